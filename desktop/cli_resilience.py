"""sanad commands for resilience (registered through desktop.cli.EXTENSIONS): the emergency wipe
and retention (archive or purge closed files)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this group's subcommands to the `sanad` parser."""
    p = sub.add_parser("wipe", parents=[common],
                       help="EMERGENCY WIPE: destroy the key file and the vault's header (needs the office "
                            "setting; only an off-site backup and the recovery key bring the data back)")
    p.add_argument("--confirm", required=True, metavar="WORD", help="type WIPE to confirm")
    p.add_argument("--overwrite-all", action="store_true",
                   help="then overwrite the whole vault file too (seconds per GB)")

    p = sub.add_parser("retention", parents=[common],
                       help="closed files without movement for a period: list, archive or purge them")
    p.add_argument("--older-than", metavar="MONTHS", type=int,
                   help="months without movement (default: the office setting)")
    action = p.add_mutually_exclusive_group()
    action.add_argument("--archive", action="store_true", help="hide them from normal lists (admins can open them)")
    action.add_argument("--purge", action="store_true",
                        help="remove their personal data, keep a minimal record, then VACUUM")
    p.add_argument("--reason", default="", help="why (kept in the minimal record and the audit log)")
    p.add_argument("--dry-run", action="store_true", help="list what would happen and change nothing")


def _cmd_wipe(ctx: Any) -> int:
    from db.panic import emergency_wipe

    session = ctx.session()
    try:
        result = emergency_wipe(session, ctx.args.confirm, overwrite_all=ctx.args.overwrite_all)
    finally:
        session.vault.close()
    ctx.out({"files": len(result.files), "bytes": result.bytes_overwritten, "seconds": round(result.seconds, 3),
             "seconds_to_unreadable": round(result.seconds_to_unreadable, 3)},
            f"Emergency wipe done in {result.seconds:.2f} s: the key file and the vault's header are "
            f"overwritten ({len(result.files)} files). Only an off-site backup and the recovery key can "
            "bring the data back.")
    return 0


def _cmd_retention(ctx: Any) -> int:
    from db import retention

    args = ctx.args
    session = ctx.session()
    try:
        months = args.older_than if args.older_than is not None else retention.default_months(session)
        if args.dry_run or not (args.archive or args.purge):
            files = retention.closed_files(session, months=months)
            verb = "archive" if args.archive else "purge" if args.purge else "review"
            rows = [f.as_dict() for f in files]
            lines = [f"{len(files):,} closed files without movement for {months} months (to {verb}; nothing "
                     "was changed):"]
            lines += [f"  {f.file_number}  last movement {f.last_movement:%Y-%m-%d}  "
                      f"{'archived' if f.archived else ''}".rstrip() for f in files]
            ctx.out({"months": months, "action": verb, "dry_run": True, "files": rows}, "\n".join(lines))
            return 0
        if args.archive:
            done = retention.archive_closed(session, months=months, reason=args.reason)
            ctx.out({"months": months, "archived": done.file_numbers},
                    f"Archived {len(done.file_numbers):,} closed files (hidden from lists; admins can open them).")
        else:
            done = retention.purge_closed(session, months=months, reason=args.reason)
            ctx.out({"months": months, "purged": done.file_numbers, "vacuumed": done.vacuumed},
                    f"Purged {len(done.file_numbers):,} closed files: personal data removed, a minimal record "
                    "kept, the vault compacted so nothing is left in free pages. Older backups still hold "
                    "them until they are rotated out.")
    finally:
        session.vault.close()
    return 0


COMMANDS: dict[str, Callable[[Any], int]] = {"wipe": _cmd_wipe, "retention": _cmd_retention}
