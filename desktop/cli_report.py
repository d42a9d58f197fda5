"""sanad commands for reports (registered through desktop.cli.EXTENSIONS):

    sanad report --period 2026-10 --out r.xlsx [--lang ar|en] [--threshold N]
    sanad report --donor NAME --period 2026-Q4 --out filled.xlsx [--threshold N]
    sanad indicators list

The same services the Reports page calls: exports.report.write_report (the indicator workbook)
and exports.donor.fill_template (a donor's workbook with our figures in its mapped cells); both
need the export permission, are audited and written atomically. Ctrl+C stops the report between
indicators (a second Ctrl+C stops at once): no file is left, not even a temporary one."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this group's subcommands to the `sanad` parser."""
    p = sub.add_parser("report", parents=[common],
                       help="the indicator report for a period as an Excel workbook (counts only, small counts "
                            "hidden), or a donor's template filled in")
    p.add_argument("--period", required=True,
                   help="2026-10 (a month), 2026-Q4 (a quarter) or 2026-10-01..2026-12-31 (from..to)")
    p.add_argument("--out", type=Path, required=True, help="the .xlsx file to write")
    p.add_argument("--lang", dest="report_lang", choices=["ar", "en"], default="ar",
                   help="language of the workbook (default ar, right to left)")
    p.add_argument("--threshold", type=int, default=None,
                   help="smallest count shown (smaller ones show as <N); default: the office setting")
    p.add_argument("--donor", default="", help="fill this saved donor template instead of writing our workbook")
    i = sub.add_parser("indicators", parents=[common], help="the indicators the report counts")
    i.add_argument("action", choices=["list"])


@contextmanager
def _ctrl_c_cancels() -> Iterator[Callable[[], bool]]:
    """While the report runs, the first Ctrl+C asks it to stop at the next indicator (the running
    query is not cut off half-way, so nothing is left behind); a second one interrupts at once."""
    asked = threading.Event()
    if threading.current_thread() is not threading.main_thread():  # only the main thread gets signals
        yield asked.is_set
        return

    def on_interrupt(signum: int, frame: Any) -> None:
        asked.set()
        signal.signal(signal.SIGINT, previous)
        print("sanad: stopping after the current indicator (Ctrl+C again to stop at once)…", file=sys.stderr)

    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        yield asked.is_set
    finally:
        signal.signal(signal.SIGINT, previous)


def _cmd_report(ctx: Any) -> int:
    from db.indicators import parse_period

    args = ctx.args
    period = parse_period(args.period)
    session = ctx.session()
    try:
        if args.donor:
            from exports import donor

            template_id = donor.template_id_by_name(session, args.donor)
            with _ctrl_c_cancels() as cancelled:
                result = donor.fill_template(session, template_id, period, args.out, threshold=args.threshold,
                                             cancelled=cancelled)
            ctx.out({"file": str(result.path), "donor": args.donor, "period": period.label,
                     "cells": result.cells, "warnings": list(result.warnings)},
                    f"Filled {result.cells} cells of {args.donor} for {period.label} into {result.path}."
                    + "".join(f"\nNote: {w}" for w in result.warnings))
            return 0
        from exports.report import write_report

        with _ctrl_c_cancels() as cancelled:
            report = write_report(session, period, args.out, lang=args.report_lang, threshold=args.threshold,
                                  cancelled=cancelled)
    finally:
        session.vault.close()
    figures = {r.definition.code: r.total for r in report.results}
    ctx.out({"file": str(args.out), "period": period.label, "threshold": report.threshold,
             "indicators": figures, "seconds": {k: round(v, 3) for k, v in report.timings.items()}},
            f"Wrote the indicator report for {period.label} ({len(figures)} indicators, counts below "
            f"{report.threshold} hidden) to {args.out}.\n"
            "It holds counts only, but it is not encrypted: share it only with those who need it.")
    return 0


def _cmd_indicators(ctx: Any) -> int:
    from db import indicators

    session = ctx.session()
    try:
        listed = indicators.list_indicators(session)
    finally:
        session.vault.close()
    rows = [{"code": d.code, "name_en": d.name_en, "name_ar": d.name_ar, "entity": d.entity,
             "date_field": d.date_field, "by": d.by, "counts": d.counts, "active": d.active, "builtin": d.builtin,
             "conditions": [{"field": c.field, "op": c.op, "values": list(c.values)} for c in d.conditions]}
            for d in listed]
    lines = [f"{d.code:28} {d.counts:8} {d.entity:12} {'by ' + d.by if d.by else '':14} "
             f"{'' if d.active else '(off) '}{d.name_en}" for d in listed]
    ctx.out(rows, "\n".join(lines))
    return 0


COMMANDS: dict[str, Callable[[Any], int]] = {"report": _cmd_report, "indicators": _cmd_indicators}
