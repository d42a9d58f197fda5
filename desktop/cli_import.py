"""sanad commands for import (registered through desktop.cli.EXTENSIONS): `sanad import FILE` reads
a spreadsheet, checks every row and imports the accepted ones in one transaction (--dry-run only
reports); `sanad import --template out.xlsx` writes Sanad's own import template."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

MAX_PRINTED_PROBLEMS = 200


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this group's subcommands to the `sanad` parser."""
    p = sub.add_parser("import", parents=[common],
                       help="import households and people from an .xlsx or .csv file (one transaction)")
    p.add_argument("file", type=Path, nargs="?", help="the spreadsheet (.xlsx, .csv, tab-separated text)")
    p.add_argument("--sheet", help="the sheet to read (default: the first with rows)")
    p.add_argument("--mapping", type=Path, metavar="M.JSON", help="column mapping file (default: suggested)")
    p.add_argument("--saved-mapping", metavar="NAME", help="a mapping saved in the vault by the window")
    p.add_argument("--dry-run", action="store_true", help="check every row and report; write nothing")
    p.add_argument("--skip-duplicates", action="store_true",
                   help="leave out likely duplicates of people in Sanad or of earlier rows (default: import them, "
                        "with a warning)")
    p.add_argument("--error-report", type=Path, metavar="OUT.XLSX", help="write the rejected rows and why here")
    p.add_argument("--template", type=Path, metavar="OUT.XLSX", help="write Sanad's import template and exit")
    p.add_argument("--lang", choices=["ar", "en"], default="en", help="headings of the template")


def _cmd_import(ctx: Any) -> int:
    from db import importing

    args = ctx.args
    if args.template:
        path = importing.write_template(args.template, lang=args.lang)
        ctx.out({"template": str(path)}, f"Wrote the import template to {path}.")
        return 0
    if args.file is None:
        print("sanad: give the file to import, or --template OUT.XLSX", file=sys.stderr)
        return 2
    mapping = importing.Mapping.load(args.mapping) if args.mapping else None
    table = importing.read_table(args.file, args.sheet)
    session = ctx.session()
    try:
        if args.saved_mapping:
            mapping = importing.saved_mapping(session, args.saved_mapping)
        mapping = mapping or importing.suggest_mapping(table.headers)
        plan = importing.prepare(session, table, mapping)
        if args.skip_duplicates:
            # A likely duplicate of someone in the vault or of an earlier row: the first of the file is kept.
            for row in plan.rows:
                if row.status == "duplicate" and any(d.person_id or d.other_row < row.row for d in row.duplicates):
                    plan.set_skip(row.row, True)
        # The rejected rows are known before anything is written: their report first, so a report
        # that cannot be written stops the command before the import, not after it.
        if args.error_report:
            importing.write_error_report(session, plan, args.error_report)
        result = None if args.dry_run else importing.import_rows(session, plan)
    finally:
        session.vault.close()
    counts = plan.counts()
    problems = plan.problems()
    notes = plan.warnings + [w for r in plan.rows for w in r.warnings] + importing.duplicate_issues(plan)
    data = {
        "dry_run": args.dry_run, "sheet": plan.sheet, "mapping": mapping.columns, "counts": counts,
        "imported_before": plan.imported_before or None,
        "problems": [{"row": i.row, "column": i.column, "problem": i.message()} for i in problems],
        "warnings": [{"row": i.row, "column": i.column, "warning": i.message()} for i in notes],
        "result": result.as_dict() if result else None,
    }
    if result is None:
        lines = [f"Dry run: {counts['to_import']:,} people in {counts['households']:,} households would be imported "
                 f"({counts['rows']:,} rows read); nothing was written."]
    else:
        lines = [f"Imported {result.people:,} people in {result.households:,} households in {result.seconds:.1f} s."]
    lines.append(f"{counts['rejected']:,} rows rejected, {counts['already_present']:,} already in Sanad, "
                 f"{counts['skipped']:,} skipped, {counts['duplicates']:,} with likely duplicates.")
    if plan.imported_before:
        lines.append(f"This same file was imported before, on {plan.imported_before}.")
    lines += [f"  {issue}" for issue in problems[:MAX_PRINTED_PROBLEMS]]
    if len(problems) > MAX_PRINTED_PROBLEMS:
        lines.append(f"  ... and {len(problems) - MAX_PRINTED_PROBLEMS:,} more (--error-report OUT.XLSX lists all)")
    lines += [f"  warning: {issue}" for issue in notes[:MAX_PRINTED_PROBLEMS]]
    if args.error_report:
        lines.append(f"Rejected rows and why: {args.error_report}")
    ctx.out(data, "\n".join(lines))
    return 0


COMMANDS: dict[str, Callable[[Any], int]] = {"import": _cmd_import}
