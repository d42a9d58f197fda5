"""The `sanad` command: the window when called alone, and every task a script or test needs.

Exit codes: 0 ok; 1 a problem for the user (one line on stderr, no traceback); 2 bad usage.
Passwords never come from argv: SANAD_PASSWORD / SANAD_NEW_PASSWORD, --password-file, or a prompt.
"""

from __future__ import annotations

import argparse
import datetime
import json
import logging
import math
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path

from desktop import __version__, paths
from desktop.logs import safe_traceback
from desktop.passwords import NoRecoveryKey, read_new_password, read_password

log = logging.getLogger("sanad.cli")


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--vault", type=Path, default=argparse.SUPPRESS, help="vault file (default: your data folder)")
    common.add_argument("--user", default=argparse.SUPPRESS, help="user name (default: SANAD_USER or admin)")
    common.add_argument("--password-file", default=argparse.SUPPRESS, help="read the password from this file")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print one JSON document")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(
        prog="sanad", parents=[common], description="Sanad: encrypted records for legal-aid offices."
    )
    parser.add_argument("--version", action="version", version=f"Sanad {__version__}")
    parser.add_argument("--lang", choices=["ar", "en"], help="language of the window")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("app", parents=[common], help="open the window (the default)")
    p.add_argument("--lang", choices=["ar", "en"])

    p = sub.add_parser("init", parents=[common], help="create a new vault")
    p.add_argument("--office-ar", default="", help="office name in Arabic")
    p.add_argument("--office-en", default="", help="office name in English")
    p.add_argument("--full-name", default="", help="the administrator's full name")
    p.add_argument("--language", choices=["ar", "en"], default="ar")
    p.add_argument("--logo", type=Path, help="PNG or JPEG logo")
    p.add_argument("--recovery-key-file", type=Path, help="write the recovery key here instead of stdout")

    p = sub.add_parser("demo", parents=[common], help="create a demo vault with synthetic people")
    p.add_argument("--people", type=int, default=1500, help="number of people (up to 1,000,000)")
    p.add_argument("--applications", type=int, metavar="N",
                   help="document applications for them (default: 3 for every 10 people; 0 for none)")
    p.add_argument("--open", action="store_true", help="open the window on it (creating it if missing)")
    p.add_argument("--lang", choices=["ar", "en"])

    users = sub.add_parser("users", help="list and manage users").add_subparsers(dest="users_command", metavar="ACTION")
    users.required = True
    users.add_parser("list", parents=[common], help="list users")
    p = users.add_parser("add", parents=[common], help="add a user (password: SANAD_NEW_PASSWORD or prompt)")
    p.add_argument("name")
    p.add_argument("--role", required=True, choices=["staff", "legal", "manager", "admin"])
    p.add_argument("--full-name", default="")
    p.add_argument("--sensitive", action="store_true", help="may see sensitive fields")
    p.add_argument("--new-password-file")
    p = users.add_parser("disable", parents=[common], help="disable a user and remove their key slot")
    p.add_argument("name")
    p = users.add_parser("reset", parents=[common], help="give a user a new password (they must change it)")
    p.add_argument("name")
    p.add_argument("--new-password-file")
    p = users.add_parser("passwd", parents=[common], help="change your own password")
    p.add_argument("--new-password-file")

    audit = sub.add_parser("audit", help="the audit log").add_subparsers(dest="audit_command", metavar="ACTION")
    audit.required = True
    p = audit.add_parser("verify", parents=[common], help="prove the hash chain or name the first broken entry")
    p.add_argument("--expect", metavar="N:HASH", help="entry N must still have this hash (from an earlier verify)")
    p = audit.add_parser("list", parents=[common], help="show the newest entries")
    p.add_argument("--limit", type=int, default=50)

    places = sub.add_parser("locations", help="the place table (OCHA COD-AB p-codes)").add_subparsers(
        dest="locations_command", metavar="ACTION")
    places.required = True
    p = places.add_parser("import", parents=[common],
                          help="add and rename places from a COD-AB table (CSV or .xlsx); nothing is deleted")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="report what would change and write nothing")
    places.add_parser("list", parents=[common], help="list places: code, level, names, source, offered")

    p = sub.add_parser("rekey", parents=[common], help="rotate the master key (prints the new recovery key)")
    p.add_argument("--recovery-key-file", type=Path)

    p = sub.add_parser("recover", parents=[common], help="open with the recovery key and set a new admin password")
    # The recovery key is the master key: never from the environment, which other processes see.
    p.add_argument("--recovery-key-file", type=Path, help="default: a prompt")
    p.add_argument("--new-password-file")

    p = sub.add_parser("search", parents=[common], help="find people by any spelling of a name, file number or phone")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)

    from db.choices import REFERRAL_STATES, SERVICE_TYPES, codes

    p = sub.add_parser("referrals", parents=[common],
                       help="list referrals: reference, file number, service, organisation, state, dates")
    p.add_argument("--state", choices=codes(REFERRAL_STATES))
    p.add_argument("--service", choices=codes(SERVICE_TYPES))
    p.add_argument("--owner", metavar="USER", help="only referrals this user is responsible for")
    p.add_argument("--overdue", action="store_true", help="only open referrals whose follow-up is past due")
    p.add_argument("--names", action="store_true", help="add each person's name (left out unless asked)")

    p = sub.add_parser("applications", parents=[common],
                       help="list document applications: file number, document, state, owner, next action, blocked")
    p.add_argument("--status", metavar="STATE", help="only applications in this state (its code, e.g. hearings)")
    p.add_argument("--owner", metavar="USER", help="only applications this user owns")
    p.add_argument("--type", metavar="DOC_TYPE", help="only this document type (its code, e.g. birth_certificate)")
    p.add_argument("--open", action="store_true", help="only applications not yet finished")
    p.add_argument("--overdue", action="store_true", help="only open applications whose next action is past due")
    p.add_argument("--names", action="store_true", help="add each person's name (left out unless asked)")

    p = sub.add_parser("duplicates", parents=[common], help="likely duplicate records across the vault")
    p.add_argument("--limit", type=int, default=200)

    p = sub.add_parser("merge", parents=[common], help="merge two records of one person (undo: sanad unmerge)")
    p.add_argument("keep", metavar="KEEP_FILE_NO", help="the record that stays")
    p.add_argument("other", metavar="OTHER_FILE_NO", help="the record merged into it and removed")
    p.add_argument("--take", action="append", default=[], metavar="FIELD",
                   help="take this field from OTHER (repeatable; default: the value that says more)")
    p.add_argument("--leave", action="append", default=[], metavar="FIELD", help="keep KEEP's value of this field")

    p = sub.add_parser("unmerge", parents=[common], help="undo a merge (its number is printed by sanad merge)")
    p.add_argument("merge_id", type=int, metavar="MERGE_ID")

    p = sub.add_parser("subject-access", parents=[common],
                       help="everything about one person, for a subject-access request (not encrypted)")
    p.add_argument("file_number")
    p.add_argument("--out", type=Path, required=True, help="the file to write (.json or .xlsx)")
    p.add_argument("--format", choices=["json", "xlsx"], help="default: from the file name")

    p = sub.add_parser("backup", parents=[common], help="write an encrypted backup file into a folder or USB drive")
    p.add_argument("--to", type=Path, metavar="DIR", help="the folder to write the backup into")
    p.add_argument("--auto", action="store_true",
                   help="into the folder set on the Backups page (or --to), remembered as the last good backup, "
                        "then old backups rotated out")
    p.add_argument("--if-due", action="store_true", help="with --auto: only when the daily backup is due "
                   "(for a scheduled task)")

    p = sub.add_parser("restore", parents=[common],
                       help="restore a backup (to a new path; --replace keeps the current vault aside first)")
    p.add_argument("backup", type=Path, metavar="BACKUP")
    p.add_argument("--to", type=Path, metavar="PATH", help="where the restored vault goes (default: --vault)")
    p.add_argument("--replace", action="store_true", help="replace the vault there, keeping it aside first")
    p.add_argument("--test", action="store_true", help="only verify and open it in a temporary folder, report counts")
    p.add_argument("--recovery-key-file", type=Path, help="open the backup with the recovery key in this file")

    sub.add_parser("check", parents=[common], help="check every page of the vault and the audit chain")

    sub.add_parser("self-test", parents=[common], help="check SQLCipher, fonts, Qt and translations, then exit")
    for module in _extensions():
        module.add_commands(sub, common)
    return parser


# Command groups kept in their own modules (each has add_commands(sub, common) and COMMANDS), so
# the letters, Excel and resilience work do not all edit this file.
EXTENSIONS = (
    "desktop.cli_letters",
    "desktop.cli_excel",
    "desktop.cli_report",
    "desktop.cli_import",
    "desktop.cli_resilience",
)


def _extensions() -> list:
    import importlib

    return [importlib.import_module(name) for name in EXTENSIONS]


MAX_CLI_WAIT = 30.0


class Context:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.vault_path: Path = getattr(args, "vault", None) or paths.default_vault()
        self.user: str = getattr(args, "user", None) or os.environ.get("SANAD_USER", "admin")
        self.password_file: str | None = getattr(args, "password_file", None)
        self.json: bool = getattr(args, "json", False)

    def session(self):
        from db.vault import Vault

        vault = Vault.open(self.vault_path)
        try:
            password = read_password(self.password_file)
            wait = vault.retry_after()
            if 0 < wait <= MAX_CLI_WAIT:
                # After a typo a script waits out the short delay rather than failing; long delays
                # (many failures in a row) still end the command with the message.
                print(f"sanad: waiting {math.ceil(wait)} s after failed attempts", file=sys.stderr)
                time.sleep(wait)
            return vault.unlock(self.user, password)
        except BaseException:
            vault.close()
            raise

    def out(self, data: object, text: str) -> None:
        if self.json:
            print(json.dumps(data, ensure_ascii=False, indent=1, default=str))
        elif text:
            print(text)


def _cmd_init(ctx: Context) -> int:
    from db.vault import Vault

    args = ctx.args
    logo = None
    if args.logo:
        mime = "image/png" if args.logo.suffix.lower() == ".png" else "image/jpeg"
        logo = (mime, args.logo.read_bytes())
    paths.ensure(ctx.vault_path.parent)
    session, recovery = Vault.create(
        ctx.vault_path, admin_username=ctx.user, admin_password=read_new_password(ctx.password_file),
        admin_full_name=args.full_name, office_name_ar=args.office_ar, office_name_en=args.office_en,
        language=args.language, logo=logo,
    )
    try:
        from db import locations

        locations.install_shipped(session)
    finally:
        session.vault.close()
    if args.recovery_key_file:
        from db.keyslots import atomic_write

        atomic_write(args.recovery_key_file, (recovery + "\n").encode())
        recovery_text = f"recovery key written to {args.recovery_key_file}"
    else:
        recovery_text = f"Recovery key (write it down and keep it in a safe; it is shown only once):\n{recovery}"
    ctx.out({"vault": str(ctx.vault_path), "recovery_key": None if args.recovery_key_file else recovery},
            f"Created {ctx.vault_path}\n{recovery_text}")
    return 0


def demo_password() -> str:
    return os.environ.get("SANAD_PASSWORD") or "demo"


def make_demo(
    path: Path, people: int, progress: Callable[[int, int], None] | None = None, *, applications: int | None = None,
    casework_progress: Callable[[int, int], None] | None = None,
):
    """A new demo vault of `people` invented people and, for them, `applications` document
    applications with hearings and referrals (default: 3 for every 10 people), with demo users."""
    from dataclasses import replace

    from db import demo
    from db.vault import Vault

    paths.ensure(path.parent)
    password = demo_password()
    session, _recovery = Vault.create(
        path, admin_username="admin", admin_password=password, admin_full_name="Demo Administrator",
        office_name_ar="منظمة تجريبية للمساعدة القانونية", office_name_en="Demo Legal Aid Office",
        language="ar", demo_password=password,
    )
    try:
        counts = demo.populate(session, people=people, progress=progress)
        wanted = round(people * demo.CASEWORK_PER_PERSON) if applications is None else applications
        if wanted:
            casework = demo.populate_casework(session, applications=wanted, progress=casework_progress)
            counts = replace(counts, applications=casework.applications)
        return counts
    finally:
        session.vault.close()


def _cmd_demo(ctx: Context) -> int:
    args = ctx.args
    path = getattr(args, "vault", None) or paths.demo_vault()
    if not 1 <= args.people <= 1_000_000:
        print("sanad: --people must be between 1 and 1,000,000", file=sys.stderr)
        return 2
    if args.applications is not None and not 0 <= args.applications <= 1_000_000:
        print("sanad: --applications must be between 0 and 1,000,000", file=sys.stderr)
        return 2
    if not path.exists():
        def progress(done: int, total: int, what: str = "people") -> None:
            if not ctx.json and sys.stderr.isatty():
                print(f"\r{done:,} / {total:,} {what}    ", end="", file=sys.stderr, flush=True)

        counts = make_demo(path, args.people, progress, applications=args.applications,
                           casework_progress=lambda done, total: progress(done, total, "applications"))
        if sys.stderr.isatty():
            print(file=sys.stderr)
        ctx.out({"vault": str(path), **asdict(counts)},
                f"Demo vault {path}: {counts.households:,} households, {counts.people:,} people, "
                f"{counts.applications:,} document applications. User admin (or the lawyers huda and omar, "
                f"the manager layla, the caseworker sara), password {demo_password()}.")
    elif not args.open:
        from db.errors import VaultExists

        raise VaultExists(path)
    if args.open:
        from desktop.app import run_gui

        return run_gui(path, lang=getattr(args, "lang", None))
    return 0


def _cmd_users(ctx: Context) -> int:
    from db import users

    args = ctx.args
    session = ctx.session()
    try:
        if args.users_command == "list":
            rows = users.list_users(session)
            text = "\n".join(
                f"{u.username:<20} {u.role:<8} {'active' if u.is_active else 'disabled':<9}"
                f"{' sensitive' if u.can_view_sensitive else ''}"
                f"{' (must change password)' if u.must_change_password else ''}"
                for u in rows
            )
            ctx.out([asdict(u) for u in rows], text)
        elif args.users_command == "add":
            info = users.add_user(
                session, args.name, read_new_password(args.new_password_file, env="SANAD_NEW_PASSWORD"),
                role=args.role, full_name=args.full_name, can_view_sensitive=args.sensitive,
            )
            ctx.out(asdict(info),
                    f"Added {info.username} ({info.role}); they must change the password at first login.")
        elif args.users_command == "disable":
            info = users.disable_user(session, args.name)
            ctx.out(asdict(info), f"Disabled {info.username}; their password no longer opens the vault. "
                    "If they may have kept a copy of the vault and its key file, also run `sanad rekey`.")
        elif args.users_command == "reset":
            info = users.reset_password(
                session, args.name, read_new_password(args.new_password_file, env="SANAD_NEW_PASSWORD")
            )
            ctx.out(asdict(info), f"New password set for {info.username}; they must change it at next login.")
        elif args.users_command == "passwd":
            users.change_own_password(
                session, read_password(ctx.password_file),
                read_new_password(args.new_password_file, env="SANAD_NEW_PASSWORD"),
            )
            ctx.out({"ok": True}, "Password changed.")
    finally:
        session.vault.close()
    return 0


def _cmd_audit(ctx: Context) -> int:
    from db import auditlog

    session = ctx.session()
    try:
        if ctx.args.audit_command == "verify":
            expect = None
            if ctx.args.expect:
                number, _, digest = ctx.args.expect.partition(":")
                if not number.isdigit() or len(digest) != 64:
                    print("sanad: --expect takes N:HASH as printed by an earlier verify", file=sys.stderr)
                    return 2
                expect = (int(number), digest.lower())
            result = auditlog.verify_chain(session, expect)
            if result.ok:
                ctx.out(asdict(result), f"Audit log intact: {result.count:,} entries, every link verified.\n"
                        f"Newest entry: {result.count}:{result.head}\n"
                        "(Write this line down away from the computer: a later check proves the log up "
                        "to it was not cut short or rewritten.)")
                return 0
            ctx.out(asdict(result), "")
            print(
                f"sanad: audit log broken at entry {result.first_broken}: {result.reason}", file=sys.stderr
            )
            return 1
        rows = auditlog.recent(session, limit=ctx.args.limit)
        ctx.out([asdict(r) for r in rows], "\n".join(
            f"{r.seq:>7} {r.ts} {r.username:<12} {r.action:<20} {r.entity} {r.entity_id}" for r in rows
        ))
    finally:
        session.vault.close()
    return 0


def _cmd_locations(ctx: Context) -> int:
    from db import locations

    session = ctx.session()
    try:
        if ctx.args.locations_command == "import":
            report = locations.import_cod_ab(session, ctx.args.file, dry_run=ctx.args.dry_run)
            verb = "Would add" if report.dry_run else "Added"
            lines = [f"{verb} {len(report.added):,} places, renamed {len(report.renamed):,}, "
                     f"{report.unchanged:,} unchanged ({report.rows_read:,} rows read)."]
            lines += [f"renamed {r.pcode}: {r.old_ar} / {r.old_en} -> {r.new_ar} / {r.new_en}" for r in report.renamed]
            if report.missing:
                lines.append(f"{len(report.missing):,} places in the vault are not in the file (kept): "
                             + " ".join(report.missing[:20]) + (" ..." if len(report.missing) > 20 else ""))
            if report.problems:
                lines.append(f"{len(report.problems):,} rows skipped:")
                lines += [f"  {problem}" for problem in report.problems]
            ctx.out(report.as_dict(), "\n".join(lines))
        else:
            rows = locations.places(session, include_inactive=True)
            ctx.out([asdict(p) for p in rows], "\n".join(
                f"{p.pcode:<12} {p.level} {p.source:<6} {'yes' if p.active else 'no ':<3} {p.name_en}  {p.name_ar}"
                for p in rows) or "No places yet: import the COD-AB table with `sanad locations import FILE`.")
    finally:
        session.vault.close()
    return 0


def _write_or_print_recovery(ctx: Context, recovery: str, path: Path | None, label: str) -> None:
    if path:
        from db.keyslots import atomic_write

        atomic_write(path, (recovery + "\n").encode())
        ctx.out({"recovery_key_file": str(path)}, f"{label} New recovery key written to {path}.")
    else:
        ctx.out({"recovery_key": recovery}, f"{label} New recovery key (the old one no longer works):\n{recovery}")


def _cmd_rekey(ctx: Context) -> int:
    from db.rotation import rotate_master_key

    password = read_password(ctx.password_file)
    session = ctx.session()
    try:
        recovery = rotate_master_key(session, password)
    finally:
        session.vault.close()
    _write_or_print_recovery(ctx, recovery, ctx.args.recovery_key_file, "Master key rotated.")
    return 0


def _cmd_recover(ctx: Context) -> int:
    from db import users
    from db.vault import Vault

    args = ctx.args
    if args.recovery_key_file:
        key_text = args.recovery_key_file.read_text(encoding="utf-8")
    elif sys.stdin is not None and sys.stdin.isatty():
        import getpass

        key_text = getpass.getpass("Recovery key: ")
    else:
        raise NoRecoveryKey()
    vault = Vault.open(ctx.vault_path)
    try:
        session = vault.unlock_with_recovery(key_text)
        users.reset_password(
            session, ctx.user, read_new_password(args.new_password_file, env="SANAD_NEW_PASSWORD"),
            must_change=False,
        )
    finally:
        vault.close()
    ctx.out({"user": ctx.user}, f"Vault opened with the recovery key; {ctx.user} has a new password.")
    return 0


def _cmd_search(ctx: Context) -> int:
    from db.search import search_people

    session = ctx.session()
    try:
        hits = search_people(session, ctx.args.query, limit=max(1, min(ctx.args.limit, 500)))
    finally:
        session.vault.close()
    ctx.out(
        [{**asdict(h), "full_name": h.full_name} for h in hits],
        "\n".join(f"{h.score:5.1f}  {h.file_number:<16} {h.full_name}  ({h.mother_name})" for h in hits)
        or "No one found.",
    )
    return 0


def _cmd_referrals(ctx: Context) -> int:
    from db import referrals

    args = ctx.args
    session = ctx.session()
    try:
        owner_id = referrals.owner_id_for(session, args.owner) if args.owner else None
        rows = referrals.list_referrals(session, state=args.state, owner_id=owner_id, overdue=args.overdue,
                                        service=args.service)
    finally:
        session.vault.close()
    # Names only when asked: a listing made for counting should not carry them around.
    data = [
        {"id": r.id, "reference": r.reference, "file_number": r.file_number,
         **({"name": r.person_name} if args.names else {}), "service": r.service,
         "organisation_ar": r.organisation_ar, "organisation_en": r.organisation_en, "urgency": r.urgency,
         "state": r.state, "sent_on": r.sent_on, "follow_up_due": r.follow_up_due, "answered_on": r.answered_on,
         "closed_on": r.closed_on, "owner": r.owner, "overdue": r.overdue}
        for r in rows
    ]
    ctx.out(data, "\n".join(
        f"{r.reference:<20} {r.file_number:<16} {r.state:<13} {r.service:<22} sent {r.sent_on} "
        f"due {r.follow_up_due or '-'}{' OVERDUE' if r.overdue else ''}  {r.organisation_en or r.organisation_ar}"
        + (f"  {r.person_name}" if args.names else "")
        for r in rows
    ) or "No referrals.")
    return 0


def _cmd_applications(ctx: Context) -> int:
    from db import applications, referrals, workflow_admin
    from db.errors import SanadError

    args = ctx.args
    session = ctx.session()
    try:
        if args.type and args.type not in {t.code for t in workflow_admin.document_types(session)}:
            raise SanadError(args.type, text=workflow_admin.NO_SUCH_TYPE)
        owner_id = referrals.owner_id_for(session, args.owner) if args.owner else None
        filters = applications.ApplicationFilter(state=args.status or "", doc_type=args.type or "",
                                                 owner_id=owner_id, open_only=args.open, overdue=args.overdue)
        ids = list(applications.application_ids(session, filters))
        found: dict[int, applications.ApplicationRow] = {}
        for start in range(0, len(ids), 500):
            found.update(applications.application_rows(session, ids[start:start + 500]))
        rows = [found[i] for i in ids if i in found]
    finally:
        session.vault.close()
    today = datetime.date.today()

    def overdue(r) -> bool:
        return r.closed_on is None and r.next_action_due is not None and r.next_action_due < today

    # Names only when asked: a listing made for counting should not carry them around.
    data = [
        {"id": r.id, "file_number": r.file_number, **({"name": r.person_name} if args.names else {}),
         "doc_type": r.doc_type, "state": r.state, "owner": r.owner_username, "next_action": r.next_action,
         "next_action_due": r.next_action_due, "overdue": overdue(r), "last_moved_at": r.last_moved_at,
         "closed_on": r.closed_on, "blocked": r.blocked, "waits_for": [link.id for link in r.waits_for]}
        for r in rows
    ]
    ctx.out(data, "\n".join(
        f"{r.id:>7} {r.file_number:<16} {r.doc_type:<24} {r.state:<20} {r.owner_username or '-':<12} "
        f"due {r.next_action_due or '-'}{' OVERDUE' if overdue(r) else ''}"
        f"{' WAITING for ' + ','.join(str(link.id) for link in r.waits_for) if r.blocked else ''}"
        f"  {r.next_action}" + (f"  {r.person_name}" if args.names else "")
        for r in rows
    ) or "No applications.")
    return 0


def _cmd_duplicates(ctx: Context) -> int:
    from db import people_list
    from db.duplicates import find_duplicates

    session = ctx.session()
    try:
        matches = find_duplicates(session, limit=max(1, ctx.args.limit))
        shown = people_list.rows(session, sorted({m.a_id for m in matches} | {m.b_id for m in matches}))
    finally:
        session.vault.close()
    pairs = [
        {"a": {"id": m.a_id, "file_number": shown[m.a_id].file_number, "name": shown[m.a_id].full_name},
         "b": {"id": m.b_id, "file_number": shown[m.b_id].file_number, "name": shown[m.b_id].full_name},
         "score": m.score, "reasons": list(m.reasons)}
        for m in matches if m.a_id in shown and m.b_id in shown
    ]
    ctx.out(pairs, "\n".join(
        f"{p['score']:5.1f}  {p['a']['file_number']} ~ {p['b']['file_number']}  {', '.join(p['reasons'])}"
        for p in pairs
    ) or "No likely duplicates.")
    return 0


def _cmd_merge(ctx: Context) -> int:
    from db.merge import merge_people, merge_preview
    from db.subject_access import person_by_file_number

    args = ctx.args
    session = ctx.session()
    try:
        keep, other = person_by_file_number(session, args.keep), person_by_file_number(session, args.other)
        preview = merge_preview(session, keep, other)
        choices = preview.suggested_choices(keep)
        choices.update({name: "other" for name in args.take})
        choices.update({name: "keep" for name in args.leave})
        result = merge_people(session, keep, other, choices, versions=preview.versions(keep))
    finally:
        session.vault.close()
    ctx.out(
        {"merge_id": result.merge_id, "kept": result.kept_file_number, "merged": result.merged_file_number,
         "taken": sorted(k for k, v in choices.items() if v == "other"), "moved": result.moved},
        f"Merged {result.merged_file_number} into {result.kept_file_number} (merge {result.merge_id}; "
        f"undo with: sanad unmerge {result.merge_id}).",
    )
    return 0


def _cmd_unmerge(ctx: Context) -> int:
    from db.merge import undo_merge

    session = ctx.session()
    try:
        result = undo_merge(session, ctx.args.merge_id)
    finally:
        session.vault.close()
    text = f"{result.restored_file_number} is a record of its own again (taken back from {result.kept_file_number})."
    if not result.complete:
        text += ("\nChanged after the merge and left as they are: "
                 + json.dumps({k: v for k, v in asdict(result).items()
                               if k in ("deleted_since", "moved_elsewhere", "not_restored", "kept_edits") and v}))
    ctx.out(asdict(result), text)
    return 0


def _cmd_subject_access(ctx: Context) -> int:
    from db import subject_access

    args = ctx.args
    session = ctx.session()
    try:
        person_id = subject_access.person_by_file_number(session, args.file_number)
        path = subject_access.export_to_file(session, person_id, args.out, args.format)
    finally:
        session.vault.close()
    fmt = subject_access.format_for(path, args.format)
    number = subject_access.normalised_file_number(args.file_number)
    ctx.out({"file": str(path), "file_number": number, "format": fmt},
            f"Wrote everything about {number} to {path}.\n"
            "This file is not encrypted: hand it only to the person it is about, or delete it.")
    return 0


def _cmd_backup(ctx: Context) -> int:
    import datetime as dt

    from db import backup_schedule
    from db.backup import make_backup

    if not ctx.args.auto and ctx.args.to is None:
        print("sanad: give --to DIR (or --auto for the folder set on the Backups page)", file=sys.stderr)
        return 2
    session = ctx.session()
    try:
        if ctx.args.auto:
            settings = backup_schedule.get_backup_settings(session)
            last = backup_schedule.last_good_backup(session)
            if ctx.args.if_due and not backup_schedule.backup_due(settings, last, dt.datetime.now(dt.UTC)):
                ctx.out({"due": False}, "A backup is not due now; nothing was written.")
                return 0
            made = backup_schedule.run_backup(session, ctx.args.to).result
        else:
            made = make_backup(session, ctx.args.to)
    finally:
        session.vault.close()
    counts = made.manifest["counts"]
    ctx.out({"file": str(made.path), "size": made.size, "seconds": round(made.seconds, 2), **made.manifest},
            f"Backup written: {made.path} ({made.size / 1e6:,.1f} MB, {counts['people']:,} people, "
            f"{counts['households']:,} households, {counts['applications']:,} applications).\n"
            "It opens only with a user's password or the recovery key. Keep it away from this computer.")
    return 0


def _cmd_restore(ctx: Context) -> int:
    from db import backup

    args = ctx.args
    credentials: dict = {"username": ctx.user}
    if args.recovery_key_file:
        credentials = {"recovery_key": args.recovery_key_file.read_text(encoding="utf-8")}
    else:
        credentials["password"] = read_password(ctx.password_file)
    if args.test:
        result = backup.test_restore(args.backup, **credentials)
    else:
        target = args.to or ctx.vault_path
        result = backup.restore_backup(args.backup, target, replace=args.replace, **credentials)
    c = result.counts
    made = result.manifest.get("created_at", "?")
    if result.path is None:
        text = (f"Backup OK: made {made}, checksums verified, opened and checked: {c.people:,} people, "
                f"{c.households:,} households, {c.applications:,} applications. Nothing was changed.")
    else:
        text = (f"Restored the backup made {made} to {result.path}: {c.people:,} people, {c.households:,} "
                f"households, {c.applications:,} applications.")
        if result.kept_aside:
            text += f"\nThe vault that was there is kept as {result.kept_aside}."
    ctx.out({"restored_to": str(result.path) if result.path else None,
             "kept_aside": str(result.kept_aside) if result.kept_aside else None,
             "counts": asdict(c), "manifest": result.manifest}, text)
    return 0


def _cmd_check(ctx: Context) -> int:
    from db.backup import check_vault

    session = ctx.session()
    try:
        report = check_vault(session)
    finally:
        session.vault.close()
    lines = []
    if report.page_problems:
        lines.append(f"The vault file is damaged: {len(report.page_problems):,} problems, first: "
                     f"{report.page_problems[0]}. Restore the newest good backup.")
    else:
        lines.append("Every page of the vault is intact (encryption checksums and structure).")
    if report.audit_ok:
        lines.append(f"Audit log intact: {report.audit_entries:,} entries, every link verified.")
    else:
        lines.append(f"Audit log broken at entry {report.audit_first_broken}: {report.audit_reason}.")
    lines.append("No problems found." if report.ok else "Problems found: see above.")
    ctx.out(report.as_dict(), "\n".join(lines))
    return 0 if report.ok else 1


def _cmd_self_test(ctx: Context) -> int:
    from desktop.selftest import run_self_test

    return run_self_test(json_output=ctx.json)


COMMANDS: dict[str, Callable[[Context], int]] = {
    "init": _cmd_init,
    "demo": _cmd_demo,
    "users": _cmd_users,
    "audit": _cmd_audit,
    "locations": _cmd_locations,
    "rekey": _cmd_rekey,
    "recover": _cmd_recover,
    "search": _cmd_search,
    "referrals": _cmd_referrals,
    "applications": _cmd_applications,
    "duplicates": _cmd_duplicates,
    "merge": _cmd_merge,
    "unmerge": _cmd_unmerge,
    "subject-access": _cmd_subject_access,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "check": _cmd_check,
    "self-test": _cmd_self_test,
}


def main(argv: Sequence[str] | None = None) -> int:
    from db.errors import SanadError
    from desktop.logs import setup_logging

    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging()
    ctx = Context(args)
    command = args.command or "app"
    try:
        if command == "app":
            from desktop.app import run_gui

            return run_gui(getattr(args, "vault", None), lang=args.lang)
        commands = dict(COMMANDS)
        for module in _extensions():
            commands.update(module.COMMANDS)
        return commands[command](ctx)
    except SanadError as exc:
        print(f"sanad: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("sanad: interrupted", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"sanad: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1
    except Exception as exc:  # never a traceback for the user; the log has the type and place
        log.error("unexpected error in %s\n%s", command, safe_traceback(exc))
        print(f"sanad: unexpected error ({type(exc).__name__}); see the log in {paths.log_dir()}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
