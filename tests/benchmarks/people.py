"""People benchmarks (issue: People), figures from one run:

    .venv/bin/python -m tests.benchmarks.people [--people N] [--vault PATH]

Makes (or reuses) a demo vault of N people (default 1,000,000; made once, ~2 minutes here) and
measures search-as-you-type latency for common names, rare names and short prefixes (p50/p95;
target p95 <= 50 ms), opening the people list (every id) and reading its first and last page,
a filtered list, the duplicate check and save of one registration, and the process's peak memory
(target < 400 MB). (The SQLCipher/SQLite ratio for the same queries is not measured yet.)
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import tempfile
import time
from pathlib import Path

QUERIES = {
    "common": ["محمد", "فاطمه", "احمد علي", "زينب حسن", "الجبوري", "محمد محمد"],
    "rare": ["ذنون", "رفيف عثمان", "Fatima", "MOS-2026-00987", "07701234567"],
    "prefix": ["فا", "مح", "عبدا", "زين", "ز"],
}


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[max(0, int(len(ordered) * 0.95) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--people", type=int, default=1_000_000)
    parser.add_argument("--vault", type=Path, help="reuse this demo vault (password demo)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from db import people
    from db.people_list import PeopleFilter, person_ids, rows
    from db.search import search_people
    from db.validation import HouseholdInput, PersonInput
    from db.vault import Vault
    from desktop.cli import make_demo

    path = args.vault or Path(tempfile.gettempdir()) / f"sanad-bench-people-{args.people}.sanad"
    if not path.exists():
        os.environ["SANAD_PASSWORD"] = "demo"
        started = time.perf_counter()
        counts = make_demo(path, args.people)
        print(f"demo vault: {counts.people:,} people in {time.perf_counter() - started:.0f} s, "
              f"{path.stat().st_size / 2**20:.0f} MiB ({path})")
    session = Vault.open(path).unlock("admin", "demo")
    try:
        print(f"{'figure':<44}{'p50':>10}{'p95':>10}   target")
        for kind, queries in QUERIES.items():
            samples = []
            for _ in range(args.repeat):
                for query in queries:
                    started = time.perf_counter()
                    search_people(session, query, limit=50)
                    samples.append((time.perf_counter() - started) * 1000)
            p50, p95 = _percentiles(samples)
            verdict = "PASS" if p95 <= 50 else "over"
            print(f"{'search as you type, ' + kind + ' (ms)':<44}{p50:>10.1f}{p95:>10.1f}   p95 <= 50  {verdict}")
        started = time.perf_counter()
        ids = person_ids(session, PeopleFilter())
        list_ms = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        rows(session, list(ids[:200]))
        rows(session, list(ids[-200:]))
        pages_ms = (time.perf_counter() - started) * 1000
        print(f"people list: {len(ids):,} ids {list_ms:.0f} ms; first and last page {pages_ms:.0f} ms")
        started = time.perf_counter()
        person_ids(session, PeopleFilter(sex="F", age_group="0-5"))
        print(f"filtered list (women and girls 0-5): {(time.perf_counter() - started) * 1000:.0f} ms")
        member = [people.NewMember(PersonInput(
            first_name="سعاد", father_name="كريم", grandfather_name="حسن", family_name="الطائي",
            mother_name="نور علي حسين", sex="F", birth_date_text="1985"))]
        started = time.perf_counter()
        people.likely_existing(session, member)
        check_ms = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        saved = people.register_household(session, HouseholdInput(displacement_status="idp"), member)
        save_ms = (time.perf_counter() - started) * 1000
        people.delete_person(session, saved.person_ids[0])
        print(f"registering a person: duplicate check {check_ms:.0f} ms, save {save_ms:.0f} ms")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory of this process: {peak:.0f} MB (target < 400 MB) {'PASS' if peak < 400 else 'over'}")
    finally:
        session.vault.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
