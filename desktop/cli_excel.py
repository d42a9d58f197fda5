"""sanad commands for Excel list exports (registered through desktop.cli.EXTENSIONS):

    sanad export people --out people.xlsx [--period 2026-10] [--anonymised|--named] [--lang ar|en]
                        [--status S] [--district PCODE|NAME] [--sex F|M] [--overdue] [--key NAME]
                        [--include-sensitive]

--district and --status are checked against the vault (a district's p-code or its Arabic or English
name; a status code or name of the office's workflows, or of referrals), so a mistyped value is
refused with the accepted ones listed instead of writing an empty file.

The same service the window's export dialog calls (exports.lists.export_list): anonymised unless
--named, audited, written atomically."""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

KINDS = ("people", "households", "applications", "referrals", "hearings", "letters")


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this group's subcommands to the `sanad` parser."""
    p = sub.add_parser("export", parents=[common],
                       help="export a list (people, households, applications, referrals, hearings, letters) to "
                            "Excel; anonymised unless --named (the file is not encrypted)")
    p.add_argument("kind", choices=KINDS)
    p.add_argument("--out", type=Path, required=True, help="the .xlsx file to write")
    p.add_argument("--period", help="2026-10 (a month), 2026-Q4, 2026, or 2026-10-01..2026-12-31: people and "
                                    "households registered, applications opened, referrals sent, hearings held")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--anonymised", dest="named", action="store_false", default=False,
                      help="no names, phones, dates of birth, addresses or document numbers (the default)")
    mode.add_argument("--named", dest="named", action="store_true", help="with names: for use inside the office only")
    p.add_argument("--lang", dest="export_lang", choices=["ar", "en"], default="ar",
                   help="language of the headers and values (default ar, right to left)")
    p.add_argument("--key", dest="key_name", default="default",
                   help="the pseudonym key to use (same key, same pseudonyms; default: default)")
    p.add_argument("--include-sensitive", action="store_true",
                   help="people only, administrators who may see sensitive fields: include the sensitive profile")
    p.add_argument("--status", default="", help="applications or referrals: only this status (its code or name)")
    p.add_argument("--district", default="",
                   help="people or households: only this district (its p-code, or its name in Arabic or English)")
    p.add_argument("--sex", type=str.upper, choices=["F", "M"], help="people only")
    p.add_argument("--overdue", action="store_true", help="applications or referrals: only overdue ones")


# Which command-line filters each list takes, as fields of its filter dataclass.
_FILTER_FIELDS = {
    "people": {"district": "district", "sex": "sex"},
    "households": {"district": "district"},
    "applications": {"status": "state", "overdue": "overdue"},
    "referrals": {"status": "state", "overdue": "overdue"},
    "hearings": {},
    "letters": {},
}


def _check_options(args: argparse.Namespace) -> dict[str, Any]:
    """The filters given, refused (before the vault is opened) when they do not apply to the list."""
    if args.include_sensitive and args.kind != "people":
        raise _UsageError(f"--include-sensitive applies to people only: a list of {args.kind} has no sensitive "
                          "fields")
    wanted = {option: getattr(args, option) for option in ("district", "sex", "status", "overdue")
              if getattr(args, option)}
    unknown = sorted(set(wanted) - set(_FILTER_FIELDS[args.kind]))
    if unknown:
        raise _UsageError(f"--{unknown[0]} does not apply to {args.kind}")
    return wanted


def _filters(session: Any, args: argparse.Namespace, wanted: dict[str, Any]) -> Any:
    """The list's filter dataclass, with --district and --status checked against the vault: an
    unknown value would match nothing and write an empty file that looks like a real answer."""
    from db.export_data import default_filters

    if "district" in wanted:
        wanted["district"] = _district_code(session, wanted["district"])
    if "status" in wanted:
        wanted["status"] = _status_code(session, args.kind, wanted["status"])
    allowed = _FILTER_FIELDS[args.kind]
    return dataclasses.replace(default_filters(args.kind), **{allowed[k]: v for k, v in wanted.items()})


def _name_key(name: str) -> str:
    """A place or state name compared loosely: case, spaces, hyphens, underscores and a leading
    article ("Al-Mosul", "al mosul", "Mosul"; "الموصل", "موصل") do not count."""
    key = re.sub(r"[\s\-_]+", "", name.strip().casefold())
    return re.sub(r"^(al|ال)(?=..)", "", key)


def _match(text: str, choices: dict[str, tuple[str, ...]]) -> list[str]:
    """The codes in `choices` (code -> names) that `text` is: the code itself (any case), or else
    every code one of whose names is `text`."""
    by_code = {code.casefold(): code for code in choices}
    if text.strip().casefold() in by_code:
        return [by_code[text.strip().casefold()]]
    key = _name_key(text)
    return [code for code, names in choices.items() if key and any(_name_key(n) == key for n in names if n)]


def _district_code(session: Any, text: str) -> str:
    from db import locations

    districts = {p.pcode: (p.name_en, p.name_ar)
                 for p in locations.places(session, level=locations.DISTRICT, include_inactive=True)}
    found = _match(text, districts)
    if len(found) == 1:
        return found[0]
    if found:
        listed = "; ".join(f"{code} ({' / '.join(n for n in districts[code] if n)})" for code in found)
        raise _UsageError(f"--district {text} is the name of more than one district; give its p-code: {listed}")
    key = _name_key(text)
    near = [code for code, names in districts.items() if key and any(key in _name_key(n) for n in names if n)]
    listed = "\n".join(f"  {code}  {' / '.join(n for n in districts[code] if n)}" for code in (near or districts))
    which = "Districts whose name contains it" if near else "The districts"
    raise _UsageError(f"--district {text} is neither a district's p-code nor its name in Arabic or English. "
                      f"{which}:\n{listed}")


def _status_code(session: Any, kind: str, text: str) -> str:
    if kind == "referrals":
        from db import choices

        states = {code: (label,) for code, label in choices.REFERRAL_STATES}
    else:
        from db import workflow_admin

        states = {}
        for flow in workflow_admin.workflows(session).values():
            for state in flow.states:
                states.setdefault(state.code, (state.name_en, state.name_ar))
    found = _match(text, states)
    if len(found) == 1:
        return found[0]
    listed = "\n".join(f"  {code}  {' / '.join(n for n in names if n)}" for code, names in states.items()
                       if not found or code in found)
    if found:
        raise _UsageError(f"--status {text} is the name of more than one status; give its code:\n{listed}")
    raise _UsageError(f"--status {text} is not a status {kind} can have. The statuses (code, name):\n{listed}")


class _UsageError(Exception):
    pass


def _cmd_export(ctx: Any) -> int:
    from db.export_data import parse_period
    from exports.lists import ExportRequest, export_list

    args = ctx.args
    try:
        wanted = _check_options(args)
    except _UsageError as exc:
        print(f"sanad: {exc}", file=sys.stderr)
        return 2
    period = parse_period(args.period) if args.period else None
    session = ctx.session()
    try:
        try:
            filters = _filters(session, args, wanted)
        except _UsageError as exc:
            print(f"sanad: {exc}", file=sys.stderr)
            return 2
        request = ExportRequest(kind=args.kind, filters=filters, lang=args.export_lang, anonymised=not args.named,
                                include_sensitive=args.include_sensitive, period=period, key_name=args.key_name)
        result = export_list(session, request, args.out)
    finally:
        session.vault.close()
    mode = "anonymised" if result.anonymised else "with names"
    ctx.out({"file": str(result.path), "kind": result.kind, "rows": result.rows, "anonymised": result.anonymised,
             "columns": list(result.columns)},
            f"Wrote {result.rows:,} {result.kind} ({mode}) to {result.path}.\n"
            "This file is not encrypted: keep it only as long as needed and share it only with those who need it.")
    return 0


COMMANDS: dict[str, Callable[[Any], int]] = {"export": _cmd_export}
