"""sanad commands for Excel list exports (registered through desktop.cli.EXTENSIONS):

    sanad export people --out people.xlsx [--period 2026-10] [--anonymised|--named] [--lang ar|en]
                        [--status S] [--district PCODE] [--sex F|M] [--overdue] [--key NAME]
                        [--include-sensitive]

The same service the window's export dialog calls (exports.lists.export_list): anonymised unless
--named, audited, written atomically."""

from __future__ import annotations

import argparse
import dataclasses
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
    p.add_argument("--status", default="", help="applications or referrals: only this status (its code)")
    p.add_argument("--district", default="", help="people or households: only this district (its p-code)")
    p.add_argument("--sex", choices=["F", "M"], help="people only")
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


def _filters(args: argparse.Namespace) -> Any:
    from db.export_data import default_filters

    wanted = {option: getattr(args, option) for option in ("district", "sex", "status", "overdue")
              if getattr(args, option)}
    allowed = _FILTER_FIELDS[args.kind]
    unknown = sorted(set(wanted) - set(allowed))
    if unknown:
        raise _UsageError(f"--{unknown[0]} does not apply to {args.kind}")
    return dataclasses.replace(default_filters(args.kind), **{allowed[k]: v for k, v in wanted.items()})


class _UsageError(Exception):
    pass


def _cmd_export(ctx: Any) -> int:
    from db.export_data import parse_period
    from exports.lists import ExportRequest, export_list

    args = ctx.args
    try:
        filters = _filters(args)
    except _UsageError as exc:
        print(f"sanad: {exc}", file=sys.stderr)
        return 2
    period = parse_period(args.period) if args.period else None
    request = ExportRequest(kind=args.kind, filters=filters, lang=args.export_lang, anonymised=not args.named,
                            include_sensitive=args.include_sensitive, period=period, key_name=args.key_name)
    session = ctx.session()
    try:
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
