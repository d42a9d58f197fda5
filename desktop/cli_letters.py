"""sanad commands for letters (registered through desktop.cli.EXTENSIONS):

    sanad letter --template KEY --person FILE_NUMBER [--referral REF] [--lang ar|en] --out file.pdf
    sanad letters list [--json] [--search TEXT] [--template KEY] [--state issued|cancelled] [--names]
    sanad letters reprint REFERENCE --out file.pdf
    sanad letters cancel REFERENCE --reason TEXT
    sanad letters verify REFERENCE CODE
    sanad letters templates
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

WARNING = "This PDF is not encrypted: it left the vault. Hand it over or print it, then delete it."


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this group's subcommands to the `sanad` parser."""
    from db.letters import EDITABLE_FIELDS

    p = sub.add_parser("letter", parents=[common], help="issue a letter (numbered, stored, audited) and write its PDF")
    p.add_argument("--template", required=True, help="template key, e.g. school_enrolment")
    p.add_argument("--person", required=True, metavar="FILE_NUMBER", help="the person's file number")
    p.add_argument("--referral", metavar="REF", help="the referral the letter is about (its reference)")
    p.add_argument("--lang", choices=["ar", "en"], default="ar")
    p.add_argument("--field", action="append", default=[], metavar="NAME=VALUE",
                   help=f"a value typed for this letter; NAME is one of {', '.join(EDITABLE_FIELDS)}")
    p.add_argument("--out", required=True, type=Path, help="where to write the PDF (it leaves the vault)")

    p = sub.add_parser("letters", parents=[common], help="issued letters: list, reprint, cancel, verify")
    group = p.add_subparsers(dest="letters_command", metavar="ACTION", required=True)
    q = group.add_parser("list", parents=[common], help="issued letters, newest first")
    q.add_argument("--search", default="", help="part of a reference or a file number")
    q.add_argument("--template", default="", help="only this template")
    q.add_argument("--state", choices=["issued", "cancelled"], default="")
    q.add_argument("--names", action="store_true", help="include the person's name")
    q.add_argument("--limit", type=int, default=500)
    q = group.add_parser("reprint", parents=[common], help="write a letter again (marked copy if the office asks)")
    q.add_argument("reference")
    q.add_argument("--out", required=True, type=Path)
    q = group.add_parser("cancel", parents=[common], help="cancel a letter (its number stays taken)")
    q.add_argument("reference")
    q.add_argument("--reason", required=True)
    q = group.add_parser("verify", parents=[common], help="is this reference and code a letter of ours?")
    q.add_argument("reference")
    q.add_argument("code")
    group.add_parser("templates", parents=[common], help="the templates and their newest versions")


def _fields(pairs: list[str]) -> dict[str, str]:
    fields = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep:
            raise SystemExit(f"sanad: --field needs NAME=VALUE, not {pair!r}")
        fields[name.strip()] = value
    return fields


def _check_folder(path: Path) -> None:
    """Before a number is taken: the PDF's folder must exist and be writable."""
    folder = path.expanduser().absolute().parent
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        from db.letters import LetterFolderNotWritable

        raise LetterFolderNotWritable(path)


def _cmd_letter(ctx: Any) -> int:
    from db import letters

    args = ctx.args
    fields = _fields(args.field)
    _check_folder(args.out)
    session = ctx.session()
    try:
        person_id = letters.person_by_file_number(session, args.person)
        referral_id = None
        if args.referral:
            referral_id, referral_person = letters.referral_by_reference(session, args.referral)
            if referral_person != person_id:
                from db.errors import NoSuchRecord

                raise NoSuchRecord(args.referral)
        made = letters.issue_letter(session, args.template, person_id, lang=args.lang, referral_id=referral_id,
                                    fields=fields)
        try:
            path = letters.save_letters(session, [made.row.id], args.out)
        except Exception:
            print(f"sanad: letter {made.row.reference} was issued and stored; write it again with "
                  f"`sanad letters reprint {made.row.reference} --out FILE`", file=sys.stderr)
            raise
    finally:
        session.vault.close()
    row = made.row
    ctx.out({"id": row.id, "reference": row.reference, "verification": row.verification, "issued_on": row.issued_on,
             "template": row.template_key, "version": row.template_version, "lang": row.lang, "file": str(path)},
            f"Letter {row.reference} issued (verification code {row.verification}) and written to {path}.\n{WARNING}")
    return 0


def _cmd_letters(ctx: Any) -> int:
    return {"list": _list, "reprint": _reprint, "cancel": _cancel, "verify": _verify,
            "templates": _templates}[ctx.args.letters_command](ctx)


def _list(ctx: Any) -> int:
    from db import letters

    args = ctx.args
    session = ctx.session()
    try:
        rows = letters.list_letters(session, letters.LetterFilter(search=args.search, template_key=args.template,
                                                                  state=args.state), limit=args.limit)
    finally:
        session.vault.close()
    data = [{"id": r.id, "reference": r.reference, "issued_on": r.issued_on, "file_number": r.file_number,
             **({"name": r.full_name} if args.names else {}), "template": r.template_key,
             "version": r.template_version, "lang": r.lang, "issued_by": r.issued_by, "state": r.state,
             "cancel_reason": r.cancel_reason} for r in rows]
    ctx.out(data, "\n".join(
        f"{r.reference:<22} {r.issued_on} {r.file_number:<16} {r.template_key:<24} v{r.template_version:<3} "
        f"{r.lang} {r.state:<9} {r.issued_by}" + (f"  {r.full_name}" if args.names else "")
        for r in rows) or "No letters.")
    return 0


def _reprint(ctx: Any) -> int:
    from db import letters

    args = ctx.args
    _check_folder(args.out)
    session = ctx.session()
    try:
        letter_id = letters.letter_id_by_reference(session, args.reference)
        path = letters.save_letters(session, [letter_id], args.out, reprint=True)
    finally:
        session.vault.close()
    ctx.out({"reference": args.reference, "file": str(path)}, f"Letter {args.reference} written to {path}.\n{WARNING}")
    return 0


def _cancel(ctx: Any) -> int:
    from db import letters

    args = ctx.args
    session = ctx.session()
    try:
        row = letters.cancel_letter(session, letters.letter_id_by_reference(session, args.reference), args.reason)
    finally:
        session.vault.close()
    ctx.out({"reference": row.reference, "state": row.state},
            f"Letter {row.reference} cancelled; its number stays taken.")
    return 0


def _verify(ctx: Any) -> int:
    from db import letters

    args = ctx.args
    session = ctx.session()
    try:
        found = letters.verify_letter(session, args.reference, args.code)
    finally:
        session.vault.close()
    if not found.genuine:
        ctx.out({"genuine": False}, "No letter of ours has this reference and verification code.")
        return 1
    ctx.out({"genuine": True, "state": found.state, "issued_on": found.issued_on, "template": found.template_key,
             "file_number": found.file_number},
            f"Genuine: issued {found.issued_on}, {found.template_key}, file {found.file_number}"
            + (" (CANCELLED)" if found.state == "cancelled" else "") + ".")
    return 0


def _templates(ctx: Any) -> int:
    from db import letters

    session = ctx.session()
    try:
        infos = letters.list_templates(session)
    finally:
        session.vault.close()
    ctx.out([{"key": t.key, "version": t.version, "languages": list(t.languages), "titles": t.titles,
              "saved_by": t.saved_by, "saved_at": t.saved_at} for t in infos],
            "\n".join(f"{t.key:<24} v{t.version:<3} {','.join(t.languages):<6} {t.titles.get('en', '')}"
                      for t in infos))
    return 0


COMMANDS: dict[str, Callable[[Any], int]] = {"letter": _cmd_letter, "letters": _cmd_letters}
