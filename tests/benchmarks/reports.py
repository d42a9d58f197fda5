"""Indicator report benchmark (issue 6), figures from one run:

    .venv/bin/python -m tests.benchmarks.reports [--people N --applications M] [--vault V] [--repeat R]

Uses the casework benchmark's demo vault (tests/benchmarks/casework.py: N people, default 1,000,000,
with M applications and their referrals), copied once to a vault of its own so that migrating it
to this schema never touches the copy other benchmarks use (made, and timed, when there is none).
Measured, vault as it is (SQLCipher):

- each indicator's counting (db.indicators.compute_one: one GROUP BY query, two for unique people
  with a breakdown) for a month and for a ten-month period (the scans are the same; the cube is
  larger), p50 over the rounds;
- the whole report: db.indicators.compute_report for every active indicator, then the workbook
  built and saved (exports.report.write_report, audited), p50 and the worst round.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.people import log


def open_vault(args: argparse.Namespace):
    from tests.benchmarks.casework import open_casework_demo

    applications = args.applications if args.applications is not None else round(args.people * 0.3)
    tmp = Path(tempfile.gettempdir())
    if args.vault:
        from db.vault import Vault

        return Vault.open(args.vault).unlock("admin", "demo"), {}
    ours = tmp / f"sanad-bench-reports-{args.people}-{applications}.sanad"
    shared = tmp / f"sanad-bench-casework-{args.people}-{applications}.sanad"
    if not ours.exists() and shared.exists():
        log(f"copying {shared.name} ({shared.stat().st_size / 2**20:.0f} MiB) to {ours.name}")
        shutil.copyfile(shared.with_name(shared.name + ".keys"), ours.with_name(ours.name + ".keys"))
        shutil.copyfile(shared, ours)
    started = time.perf_counter()
    session, built = open_casework_demo(ours, args.people, applications)
    built["open_s"] = time.perf_counter() - started  # includes migrating a copy made by an older Sanad
    return session, built


def main(argv: list[str] | None = None) -> int:
    import datetime as dt

    from db import indicators
    from db.indicators import parse_period
    from exports.report import write_report

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--people", type=int, default=1_000_000)
    parser.add_argument("--applications", type=int, help="default 3 for every 10 people")
    parser.add_argument("--vault", type=Path, help="use this demo vault (password demo) as it is")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--month", default="2026-10")
    parser.add_argument("--long", default="2026-01-01..2026-10-31")
    args = parser.parse_args(argv)
    os.environ.setdefault("SANAD_PASSWORD", "demo")
    session, built = open_vault(args)
    offset = dt.timedelta(hours=3)
    rows: list[tuple[str, str, float, float, int]] = []
    try:
        bands, threshold = indicators.report_settings(session)
        definitions = indicators.list_indicators(session, active_only=True)
        for label in (args.month, args.long):
            period = parse_period(label)
            for d in definitions:
                times, total = [], 0
                for _ in range(args.repeat):
                    with session.transaction() as db:
                        started = time.perf_counter()
                        result = indicators.compute_one(db, d, period, bands, offset)
                        times.append(time.perf_counter() - started)
                    total = result.total
                rows.append((label, d.code, statistics.median(times), max(times), total))
                log(f"{label} {d.code}: {statistics.median(times):.2f} s ({total:,})")
        whole: list[float] = []
        written: list[float] = []
        with tempfile.TemporaryDirectory(prefix="sanad-bench-report-") as folder:
            for _ in range(args.repeat):
                started = time.perf_counter()
                indicators.compute_report(session, parse_period(args.month), utc_offset=offset)
                whole.append(time.perf_counter() - started)
                started = time.perf_counter()
                write_report(session, parse_period(args.month), Path(folder) / "r.xlsx", lang="ar", utc_offset=offset)
                written.append(time.perf_counter() - started)
            size = (Path(folder) / "r.xlsx").stat().st_size
    finally:
        session.vault.close()

    print()
    if built:
        print(f"vault opened (and migrated) in {built.get('open_s', 0):.1f} s")
    print(f"{'period':26} {'indicator':28} {'p50 s':>8} {'worst s':>8} {'total':>10}")
    for label, code, p50, worst, total in rows:
        print(f"{label:26} {code:28} {p50:8.2f} {worst:8.2f} {total:10,}")
    print(f"{'all indicators, ' + args.month:55} {statistics.median(whole):8.2f} {max(whole):8.2f}")
    print(f"{'report written (count + workbook), ' + args.month:55} {statistics.median(written):8.2f} "
          f"{max(written):8.2f}   ({size / 1024:.0f} KiB)")
    print(f"threshold {threshold}, bands {', '.join(b.code for b in bands)}; {args.people:,} people; "
          f"python {sys.version.split()[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
