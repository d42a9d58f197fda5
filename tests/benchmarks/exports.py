"""List export benchmark (issue 6, item 6), figures from one run:

    .venv/bin/python -m tests.benchmarks.exports [--people N] [--rounds R]

Exports the people list of a demo vault of N people (default 100,000; the people benchmark's
vault, made once and kept in the temp folder) with exports.lists.export_list, named (every
column) and anonymised, and measures:

- wall time of each export;
- the process's memory growth during it: resident memory at the start against the peak during
  the export (Linux: the peak is reset through /proc/self/clear_refs before each export);
- the ratio to a bare openpyxl write-only loop writing the same cells (the values read back from
  the export just made, held in memory before the clock starts) in the same run, alternating with
  the export round by round so machine noise hits both alike. Target: <= 1.5x; growth < 100 MB;
- the same for a bare xlsxwriter constant-memory loop (what the export writes with since openpyxl
  took twice as long for the same cells): no target, it shows what the export adds to its writer;
- reading the same rows from the vault without writing anything (the part of the export's time
  that does not shrink with fewer columns).

The bare loops write plain values (the library's own conversion, one date format); the export
also reads every page from the encrypted vault, words codes, computes ages, makes pseudonyms and
checks every text for formula starts.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.people import log, open_demo, peak_memory_mb, rss_mb

TIME_RATIO_TARGET = 1.5
MEMORY_TARGET_MB = 100.0


def reset_peak() -> bool:
    """Start a new peak-memory measurement (Linux 4.0+); False where it cannot be reset."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def timed_export(session, request, path: Path) -> tuple[float, float | None, int]:
    """(seconds, memory growth in MB or None, rows) of one export."""
    from exports.lists import export_list

    gc.collect()
    resettable = reset_peak()
    start_rss = rss_mb()
    started = time.perf_counter()
    result = export_list(session, request, path)
    seconds = time.perf_counter() - started
    growth = peak_memory_mb() - start_rss if resettable and start_rss is not None else None
    return seconds, growth, result.rows


def vault_read(session, kind: str = "people") -> float:
    """Reading every page of the export from the vault, writing nothing: what the export costs
    before any cell is made."""
    import datetime as dt

    from db import export_data

    gc.collect()
    started = time.perf_counter()
    today = dt.date.today()
    ids = export_data.export_ids(session, kind, None, today=today)
    labels = export_data.Labels(session, "ar")
    for page in export_data.pages(ids):
        export_data.export_rows(session, kind, page, labels, today=today)
    return time.perf_counter() - started


def read_back(path: Path) -> list[tuple]:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True)
    try:
        return list(workbook.worksheets[1].iter_rows(values_only=True))
    finally:
        workbook.close()


def bare_loop(rows: list[tuple], path: Path) -> float:
    """openpyxl write-only, the same cells, nothing else."""
    from openpyxl import Workbook

    gc.collect()
    started = time.perf_counter()
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("data")
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return time.perf_counter() - started


def bare_xlsxwriter(rows: list[tuple], path: Path) -> float:
    """xlsxwriter constant-memory, the same cells, nothing else."""
    import datetime as dt

    import xlsxwriter

    gc.collect()
    started = time.perf_counter()
    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True, "tmpdir": str(path.parent)})
    sheet = workbook.add_worksheet("data")
    dates = workbook.add_format({"num_format": "yyyy-mm-dd"})
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None:
                continue
            kind = type(value)
            if kind is str:
                sheet.write_string(r, c, value)
            elif kind is bool:
                sheet.write_boolean(r, c, value)
            elif isinstance(value, dt.date):
                sheet.write_datetime(r, c, value, dates)
            else:
                sheet.write_number(r, c, value)
    workbook.close()
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    from db.people_list import PeopleFilter
    from exports.lists import ExportRequest

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    vault = Path(tempfile.gettempdir()) / f"sanad-bench-people-{args.people}.sanad"
    session = open_demo(vault, args.people)
    figures: list[tuple[str, str, str, bool | None]] = []
    try:
        with tempfile.TemporaryDirectory(prefix="sanad-bench-export-") as folder:
            out = Path(folder)
            for mode, anonymised in (("named", False), ("anonymised", True)):
                request = ExportRequest("people", PeopleFilter(), lang="ar", anonymised=anonymised)
                # One export first: the pseudonym key is made, pages are warm, and its cells are
                # what the bare loop writes.
                log(f"{mode}: first export")
                timed_export(session, request, out / f"{mode}-warm.xlsx")
                rows = read_back(out / f"{mode}-warm.xlsx")
                cells = len(rows) * len(rows[0])
                ours, bare, bare_xw, growths = [], [], [], []
                for round_ in range(args.rounds):
                    log(f"{mode}: round {round_ + 1}")
                    seconds, growth, count = timed_export(session, request, out / f"{mode}-{round_}.xlsx")
                    ours.append(seconds)
                    if growth is not None:
                        growths.append(growth)
                    bare.append(bare_loop(rows, out / f"bare-{round_}.xlsx"))
                    bare_xw.append(bare_xlsxwriter(rows, out / f"bare-xw-{round_}.xlsx"))
                del rows
                gc.collect()
                best_ours, best_bare = min(ours), min(bare)
                ratio = best_ours / best_bare
                growth = max(growths) if growths else None
                figures += [
                    (f"{mode}: export of {count:,} rows x {cells // max(count + 1, 1)} columns",
                     f"{best_ours:.1f} s (rounds: {', '.join(f'{s:.1f}' for s in ours)})", "-", None),
                    (f"{mode}: bare openpyxl write-only loop, same cells",
                     f"{best_bare:.1f} s (rounds: {', '.join(f'{s:.1f}' for s in bare)})", "-", None),
                    (f"{mode}: ratio export / bare loop", f"{ratio:.2f}x", f"<= {TIME_RATIO_TARGET}x",
                     ratio <= TIME_RATIO_TARGET),
                    (f"{mode}: bare xlsxwriter constant-memory loop, same cells",
                     f"{min(bare_xw):.1f} s (rounds: {', '.join(f'{s:.1f}' for s in bare_xw)})", "-", None),
                    (f"{mode}: ratio export / bare xlsxwriter loop", f"{best_ours / min(bare_xw):.2f}x", "-", None),
                    (f"{mode}: memory growth during the export",
                     f"{growth:.0f} MB" if growth is not None else "n/a", f"< {MEMORY_TARGET_MB:.0f} MB",
                     growth < MEMORY_TARGET_MB if growth is not None else None),
                ]
                log(f"{mode}: {statistics.mean(ours):.1f} s mean, file "
                    f"{(out / f'{mode}-0.xlsx').stat().st_size / 2**20:.1f} MiB")
            reading = min(vault_read(session) for _ in range(args.rounds))
            figures.append(("reading the rows from the vault alone (ids, then pages of 1,000)", f"{reading:.1f} s",
                            "-", None))
    finally:
        session.vault.close()
    width = max(len(label) for label, *_ in figures)
    print(f"\nPeople list export, {args.people:,}-person demo vault (best of {args.rounds} rounds)")
    for label, value, target, passed in figures:
        verdict = "" if passed is None else ("  ok" if passed else "  MISSED")
        print(f"  {label:<{width}}  {value:<28} target {target}{verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
