"""Letters benchmarks (issue 5: printing figures), from one run:

    .venv/bin/python -m tests.benchmarks.letters [--batch 500] [--warm 20]

On a fresh vault (cheap KDF: the key derivation is not what is measured) with BATCH people:
- one letter typeset to PDF (exports.letters.render_letter), warm, p50/p95 over WARM runs (target
  <= 300 ms), Arabic and English;
- one letter issued (db.letters.issue_letter: number, data gathered, PDF, stored, audited), warm;
- the issue dialog's preview rasterised by pdfium (ui.letter_preview.page_images at 80 dpi), warm;
- a batch of BATCH letters issued (db.letters.issue_batch: one transaction per letter) into one PDF:
  time, letters per second, PDF size, and the peak memory of the process (the resident set's growth
  from /proc, reportlab and pdfium included; --tracemalloc adds Python's own peak, but slows the run).
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path


def _rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(call, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return times


def _p(times: list[float], q: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--warm", type=int, default=20)
    parser.add_argument("--tracemalloc", action="store_true",
                        help="also trace Python allocations (slows the batch several times)")
    args = parser.parse_args(argv)

    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from db import keyslots, letters
    from db.vault import Vault
    from exports.letters import render_letter, shipped_template
    from tests.conftest import FAST_KDF
    from tests.helpers import add_people
    from tests.test_letters_render import ARABIC, ENGLISH, OFFICE

    keyslots.DEFAULT_KDF = FAST_KDF
    folder = Path(tempfile.mkdtemp(prefix="sanad-letters-bench-"))
    session, _ = Vault.create(folder / "bench.sanad", admin_username="admin", admin_password="bench-pass-123456",
                              admin_full_name="Bench", office_name_ar="مكتب سند", office_name_en="Sanad Office")
    try:
        people = add_people(session, args.batch)
        rows = []
        for lang, data in (("ar", ARABIC), ("en", ENGLISH)):
            template = shipped_template("school_enrolment")

            def render(template=template, data=data, lang=lang):
                return render_letter(template, data, lang=lang, office=OFFICE, reference="ODS/LTR/2026/0153",
                                     issued_on=dt.date(2026, 11, 25), verification="K7QA4X")

            render()
            times = _timed(render, args.warm)
            rows.append((f"one letter to PDF, warm ({lang})", statistics.median(times), _p(times, 0.95)))
        letters.issue_letter(session, "school_enrolment", people[0])
        times = _timed(lambda: letters.issue_letter(session, "school_enrolment", people[0]), args.warm)
        rows.append(("one letter issued (numbered, stored, audited)", statistics.median(times), _p(times, 0.95)))
        pdf = letters.preview_letter(session, "school_enrolment", people[0])

        from PySide6.QtWidgets import QApplication

        from ui.letter_preview import page_images

        app = QApplication.instance() or QApplication([])  # noqa: F841 - QImage needs the application
        times = _timed(lambda: list(page_images(pdf, 80)), args.warm)
        rows.append(("preview page rasterised (80 dpi)", statistics.median(times), _p(times, 0.95)))
        times = _timed(lambda: letters.preview_letter(session, "school_enrolment", people[0]), args.warm)
        rows.append(("preview PDF (gathered + typeset)", statistics.median(times), _p(times, 0.95)))

        items = [letters.BatchItem(pid) for pid in people[:args.batch]]
        rss_before = _rss_mb()
        peak_rss = rss_before
        if args.tracemalloc:
            tracemalloc.start()

        def progress(done: int, total: int) -> None:
            nonlocal peak_rss
            if done % 25 == 0:
                peak_rss = max(peak_rss, _rss_mb())

        started = time.perf_counter()
        result = letters.issue_batch(session, "school_enrolment", items, progress=progress)
        seconds = time.perf_counter() - started
        py_peak = tracemalloc.get_traced_memory()[1] if args.tracemalloc else 0
        tracemalloc.stop()
        peak_rss = max(peak_rss, _rss_mb())
        print(f"{'figure':<48} {'p50 ms':>9} {'p95 ms':>9}")
        for name, p50, p95 in rows:
            print(f"{name:<48} {p50:>9.1f} {p95:>9.1f}")
        print(f"batch of {len(result.letters)} letters into one PDF: {seconds:.1f} s "
              f"({len(result.letters) / seconds:.1f} letters/s, {seconds / len(result.letters) * 1000:.0f} ms each), "
              f"PDF {len(result.pdf) / 1e6:.1f} MB")
        traced = f"Python allocations {py_peak / 1e6:.0f} MB (tracemalloc), " if args.tracemalloc else ""
        print(f"batch peak memory: {traced}resident set {rss_before:.0f} -> {peak_rss:.0f} MB "
              f"(+{peak_rss - rss_before:.0f} MB, sampled every 25 letters and at the end)")
        print(f"vault after {len(result.letters) + args.warm + 1} letters: "
              f"{(folder / 'bench.sanad').stat().st_size / 1e6:.1f} MB")
    finally:
        session.vault.close()
        for path in folder.iterdir():
            path.unlink()
        folder.rmdir()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
