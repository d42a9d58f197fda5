"""People benchmarks (issue: People), vault and plain SQLite side by side, figures from one run:

    .venv/bin/python -m tests.benchmarks.people [--people N] [--dup-people N]

Makes (or reuses) a demo vault of N people (default 1,000,000; made once, ~2.5 minutes here, kept
in the temp folder for the next run) and a plaintext copy of it (SQLCipher's sqlcipher_export, in
a temporary folder deleted at the end; synthetic demo data only). Every figure is measured on
both through the same code path: the copy gets a UserSession over an engine built by the vault's
own make_engine with the same non-cipher PRAGMAs (tests/benchmarks/run.py `plain_engine`).

- search as you type (db.search.search_people) for common names, rare names and file/phone
  numbers, short prefixes, and every keystroke of two names: p50/p95, vault and plain runs
  alternating query by query so machine noise hits both alike; target p95 <= 50 ms;
- the people list (ui.pages.people.PeoplePage, the real widget and model, offscreen), in a fresh
  process per database that signs in and does only this, as the app would: opening the page,
  jumping to the end, and scrolling from the top to the end a page (200 rows) at a time so every
  page is fetched and painted, with the time of each scroll step and the process's peak memory
  (target < 400 MB);
- a filtered list, registering one person (the duplicate check, then the save);
- the whole-vault duplicate scan (db.duplicates.find_duplicates) on a vault of --dup-people
  people (default 100,000, or N if smaller; made once like the main one).

The plain copy is read by Python's own sqlite3, like the foundation benchmark's plain file; its
FTS5 index is rebuilt on that SQLite, which cannot read the vault's secure-delete index format
(3.42+). Not compared here: the copy read by sqlcipher3 without a key (the same SQLite build). In
one process the vault switches on SQLCipher's memory-security allocator for every connection of
that library, keyed or not, and the keyless copy slowed down under it (a filtered list 6 -> 90 ms
after the search queries; 8-14 ms in a process without the vault), so the figure would not be
the cost of encryption. Ratios are vault time / plain time.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy.orm import sessionmaker

from db.session import UserSession
from tests.benchmarks.run import REPO_ROOT, plain_engine

QUERIES = {
    "common": ["محمد", "فاطمه", "احمد علي", "زينب حسن", "الجبوري", "محمد محمد"],
    "rare": ["ذنون", "رفيف عثمان", "Fatima", "MOS-2026-00987", "07701234567"],
    "prefix": ["فا", "مح", "عبدا", "زين", "ز"],
    # What the search box sends while someone types two names, key by key.
    "keystrokes": [name[:end] for name in ("فاطمه حسن", "عبدالله الجبوري")
                   for end in range(1, len(name) + 1) if not name[:end].endswith(" ")],
}
SEARCH_TARGET_MS = 50.0
MEMORY_TARGET_MB = 400.0
PLAIN = f"SQLite {sqlite3.sqlite_version}"


def log(message: str) -> None:
    print(f"  .. {message}", file=sys.stderr, flush=True)


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[max(0, min(len(ordered) - 1, round(fraction * len(ordered)) - 1))]


# ---- memory ---------------------------------------------------------------------------------------
def _status_mb(field: str) -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def rss_mb() -> float | None:
    return _status_mb("VmRSS")


def peak_memory_mb() -> float:
    """The process's peak resident memory so far."""
    peak = _status_mb("VmHWM")
    if peak is not None:
        return peak
    peak_raw = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak_raw / (2**20 if sys.platform == "darwin" else 1024)


# ---- the plaintext copy ---------------------------------------------------------------------------
class PlainVault:
    """What a UserSession needs of a vault (a sessionmaker), over a plaintext copy, so the
    service functions run unchanged against it."""

    def __init__(self, path: Path, module: Any) -> None:
        self.path = path
        self.engine = plain_engine(path, module)
        self.sessionmaker = sessionmaker(self.engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()


def export_plain(session: UserSession, dest: Path) -> None:
    """sqlcipher_export of the open vault into a new plaintext file (outside any transaction:
    SQLite refuses ATTACH inside one)."""
    raw = session.vault.sessionmaker.kw["bind"].raw_connection()
    try:
        conn = raw.driver_connection
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(dest),))
        try:
            conn.execute("SELECT sqlcipher_export('plain')")
        finally:
            conn.execute("DETACH DATABASE plain")
    finally:
        raw.close()


def index_for_stdlib(path: Path) -> None:
    """The vault's FTS5 index has secure-delete on, a file format SQLite before 3.42 cannot read:
    drop it (with the newer SQLite) and build it again with Python's SQLite, as Sanad's migration
    does there (db/search_sqlite.create_index, secure-delete only where SQLite has it)."""
    from db import search_sqlite

    conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        conn.execute(f"DROP TABLE {search_sqlite.FTS_TABLE}")
    finally:
        conn.close()
    engine = plain_engine(path, sqlite3)
    try:
        with engine.begin() as db:
            search_sqlite.create_index(db)
    finally:
        engine.dispose()


@dataclass
class Target:
    name: str
    session: UserSession
    close: Callable[[], None] = lambda: None


def plain_target(session: UserSession, folder: Path, label: str) -> Target:
    path = folder / f"{label}.sqlite"
    started = time.perf_counter()
    export_plain(session, path)
    log(f"{label}: plaintext copy by sqlcipher_export in {time.perf_counter() - started:.1f} s, "
        f"{path.stat().st_size / 2**20:.0f} MiB")
    started = time.perf_counter()
    index_for_stdlib(path)
    log(f"{label}: search index rebuilt on SQLite {sqlite3.sqlite_version} in {time.perf_counter() - started:.1f} s")
    plain = PlainVault(path, sqlite3)
    return Target(PLAIN, UserSession(plain, session.user), plain.close)  # type: ignore[arg-type]


def open_demo(path: Path, people: int) -> UserSession:
    from db.keyfile_paths import keys_path_for, lock_path_for
    from db.vault import Vault
    from desktop.cli import make_demo

    if not path.exists():
        os.environ["SANAD_PASSWORD"] = "demo"
        log(f"making a demo vault of {people:,} people at {path} (kept for the next run)")
        started = time.perf_counter()
        try:
            counts = make_demo(path, people, applications=0)  # people only: casework has its own benchmark
        except BaseException:  # no half-made vault left for the next run to reuse
            for leftover in (path, keys_path_for(path), lock_path_for(path)):
                leftover.unlink(missing_ok=True)
            raise
        log(f"demo vault: {counts.people:,} people in {time.perf_counter() - started:.0f} s, "
            f"{path.stat().st_size / 2**20:.0f} MiB")
    session = Vault.open(path).unlock("admin", "demo")
    for backup in path.parent.glob(f"{path.name}.before-*.bak"):  # left by migrating a kept demo vault
        backup.unlink()
    return session


# ---- measurements ---------------------------------------------------------------------------------
@dataclass
class Figure:
    label: str
    unit: str  # "ms", "s", "MB", "" (a count)
    values: dict[str, float] = field(default_factory=dict)
    target: str = "-"
    passes: Callable[[float], bool] | None = None


def interleaved(targets: list[Target], rounds: int, fn: Callable[[Target, int], float | None]) -> dict[str, list]:
    """Run fn on every target, `rounds` times, alternating targets and rotating who goes first."""
    samples: dict[str, list] = {t.name: [] for t in targets}
    for index in range(rounds):
        shift = index % len(targets)
        for target in targets[shift:] + targets[:shift]:
            value = fn(target, index)
            if value is not None:
                samples[target.name].append(value)
    return samples


@contextmanager
def stopwatch() -> Iterator[list[float]]:
    out: list[float] = []
    started = time.perf_counter()
    yield out
    out.append((time.perf_counter() - started) * 1000)


def bench_search(targets: list[Target], repeat: int) -> tuple[list[Figure], list[str], list[str]]:
    from db.search import search_people

    figures, differing = [], []
    per_query: dict[tuple[str, str], list[float]] = {}
    for kind, queries in QUERIES.items():
        hits: dict[tuple[str, str], list[int]] = {}

        def one(target: Target, index: int, queries=queries, hits=hits) -> float:
            query = queries[index % len(queries)]
            with stopwatch() as elapsed:
                found = search_people(target.session, query, limit=50)
            hits[(target.name, query)] = [hit.id for hit in found]
            return elapsed[0]

        samples = interleaved(targets, repeat * len(queries), one)
        for query in queries:
            answers = {tuple(hits[(t.name, query)]) for t in targets}
            if len(answers) > 1:
                differing.append(query)
        for target in targets:  # interleaved() asked the queries in order, each target every round
            for position, value in enumerate(samples[target.name]):
                per_query.setdefault((target.name, queries[position % len(queries)]), []).append(value)
        count = repeat * len(queries)
        figures.append(Figure(f"search, {kind}: p50 ({len(queries)} queries x {repeat})", "ms",
                              {n: statistics.median(s) for n, s in samples.items()}))
        figures.append(Figure(f"search, {kind}: p95 (of {count})", "ms",
                              {n: percentile(s, 0.95) for n, s in samples.items()},
                              f"<= {SEARCH_TARGET_MS:.0f} ms", lambda v: v <= SEARCH_TARGET_MS))
    vault, plain = targets[0].name, targets[1].name
    queries = list(dict.fromkeys(q for (_name, q) in per_query))
    slowest = sorted(queries, key=lambda q: -max(per_query[(vault, q)]))[:6]
    detail = [f"  {q!r:<20} vault p50 {statistics.median(per_query[(vault, q)]):6.1f} ms, "
              f"slowest {max(per_query[(vault, q)]):6.1f} ms | plain p50 "
              f"{statistics.median(per_query[(plain, q)]):6.1f} ms, slowest {max(per_query[(plain, q)]):6.1f} ms"
              for q in slowest]
    return figures, differing, detail


def list_child(kind: str, path: Path) -> dict[str, Any]:
    """In a fresh process (--list-child): sign in, start Qt, then the people page as a user meets
    it: open it, jump to the end, scroll from the top to the end a page at a time (every page
    fetched and painted). The process's peak memory is then the app's with the list scrolled."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView

    from ui.pages.people import PeopleModel, PeoplePage

    if kind == "vault":
        from db.vault import Vault

        session = Vault.open(path).unlock("admin", "demo")
        close = session.vault.close
    else:
        from sqlalchemy import select

        from db.models import User
        from db.session import CurrentUser

        plain = PlainVault(path, sqlite3)
        with plain.sessionmaker.begin() as db:
            user = CurrentUser.from_model(db.scalar(select(User).where(User.username == "admin")))
        session = UserSession(plain, user)  # type: ignore[arg-type]
        close = plain.close
    none_refs = sys.getrefcount(None)
    app = QApplication.instance() or QApplication([])
    # The app's window exists before the list opens: Qt's first-widget costs (fonts, styles,
    # plugins) are paid here, on a table with no database behind it.
    warm = QTableView()
    warm.setModel(QStandardItemModel(50, 6, warm))
    warm.show()
    app.processEvents()
    warm.close()
    before_mb = rss_mb()
    with stopwatch() as opening:
        page = PeoplePage(session)
        page.resize(1280, 800)
        page.show()
        app.processEvents()
        page.model.wait()  # the ids are read in a pool thread; then the first screen is painted
        app.processEvents()
    model, table = page.model, page.table
    rows = model.rowCount()
    with stopwatch() as jumping:
        table.scrollToBottom()
        app.processEvents()
    last_shown = table.rowAt(table.viewport().height() - 1)
    fetched_before = model.fetches
    steps: list[float] = []
    started = time.perf_counter()
    table.scrollToTop()  # its page is still cached from opening: the first step reads none
    app.processEvents()
    for row in range(0, rows, PeopleModel.PAGE):
        step = time.perf_counter()
        table.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        app.processEvents()
        steps.append((time.perf_counter() - step) * 1000)
    table.scrollToBottom()
    app.processEvents()
    scroll_s = time.perf_counter() - started
    result = {
        "rows": rows, "open_ms": opening[0], "jump_ms": jumping[0], "last_shown": last_shown,
        "scroll_s": scroll_s, "pages": model.fetches - fetched_before,
        "step_p50": statistics.median(steps) if steps else 0.0,
        "step_p95": percentile(steps, 0.95) if steps else 0.0, "step_max": max(steps, default=0.0),
        "before_mb": before_mb, "peak_mb": peak_memory_mb(), "none_refs_lost": none_refs - sys.getrefcount(None),
    }
    page.close()
    close()
    return result


def run_list_child(kind: str, path: Path) -> dict[str, Any] | None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.people", "--list-child", kind, str(path)],
        capture_output=True, text=True, cwd=REPO_ROOT, env=env, check=False,
    )
    answers = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if not answers:
        log(f"people list on {kind} failed (exit {proc.returncode}):\n{proc.stderr.strip()[-2000:]}")
        return None
    result = json.loads(answers[-1])
    result["returncode"] = proc.returncode
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    fatal = [line for line in lines if "Fatal Python error" in line]
    result["error"] = (fatal or lines or [""])[-1] if proc.returncode else ""
    return result


def bench_filtered(targets: list[Target], repeat: int) -> Figure:
    from db.people_list import PeopleFilter, person_ids

    def one(target: Target, _index: int) -> float:
        with stopwatch() as elapsed:
            person_ids(target.session, PeopleFilter(sex="F", age_group="0-5"))
        return elapsed[0]

    samples = interleaved(targets, repeat * len(targets), one)
    return Figure("filtered list: women and girls 0-5, median", "ms",
                  {n: statistics.median(s) for n, s in samples.items()})


def bench_registration(targets: list[Target], repeat: int) -> list[Figure]:
    from db import people
    from db.validation import HouseholdInput, PersonInput

    checks: dict[str, list[float]] = {t.name: [] for t in targets}

    def one(target: Target, index: int) -> float:
        member = [people.NewMember(PersonInput(
            first_name="سعاد", father_name="كريم", grandfather_name="حسن", family_name="الطائي",
            mother_name="نور علي حسين", sex="F", birth_date_text=str(1980 + index % 20)))]
        with stopwatch() as check:
            people.likely_existing(target.session, member)
        checks[target.name].append(check[0])
        with stopwatch() as save:
            saved = people.register_household(target.session, HouseholdInput(displacement_status="idp"), member)
        people.delete_person(target.session, saved.person_ids[0])
        return save[0]

    saves = interleaved(targets, repeat * len(targets), one)
    return [
        Figure("registering a person: duplicate check, median", "ms",
               {n: statistics.median(s) for n, s in checks.items()}),
        Figure("registering a person: save (one transaction, fsync), median", "ms",
               {n: statistics.median(s) for n, s in saves.items()}),
    ]


def bench_duplicates(targets: list[Target], people: int) -> list[Figure]:
    from db.duplicates import find_duplicates

    pairs: dict[str, int] = {}

    def one(target: Target, _index: int) -> float:
        started = time.perf_counter()
        pairs[target.name] = len(find_duplicates(target.session))
        return time.perf_counter() - started

    samples = interleaved(targets, len(targets), one)
    return [
        Figure(f"duplicate scan of {people:,} people", "s", {n: s[0] for n, s in samples.items()}),
        Figure("  likely pairs found", "", {n: float(p) for n, p in pairs.items()}),
    ]


# ---- the report -----------------------------------------------------------------------------------
def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:,.0f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "MB":
        return f"{value:,.0f} MB"
    return f"{value:,.0f}"


def print_table(figures: list[Figure], names: list[str]) -> None:
    width = max(len(f.label) for f in figures) + 2
    vault, plains = names[0], names[1:]
    head = f"{'figure':<{width}}{'vault':>11}"
    for name in plains:
        head += f"{name:>15}{'ratio':>8}"
    head += f"   {'target':<10} result"
    print("-" * len(head))
    print(head)
    print("-" * len(head))
    for figure in figures:
        mine = figure.values.get(vault)
        line = f"{figure.label:<{width}}{fmt(mine, figure.unit):>11}"
        for name in plains:
            other = figure.values.get(name)
            ratio = f"{mine / other:.2f}x" if figure.unit and mine is not None and other else "-"
            line += f"{fmt(other, figure.unit):>15}{ratio:>8}"
        result = "-" if figure.passes is None or mine is None else ("PASS" if figure.passes(mine) else "FAIL")
        line += f"   {figure.target:<10} {result}"
        print(line)
    print("-" * len(head))


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--people", type=int, default=1_000_000, help="people in the demo vault (default 1,000,000)")
    parser.add_argument("--vault", type=Path, help="reuse this demo vault (password demo) instead")
    parser.add_argument("--dup-people", type=int, help="people for the duplicate scan (default 100,000 or --people)")
    parser.add_argument("--repeat", type=int, default=5, help="rounds of each search query per database")
    parser.add_argument("--no-list", action="store_true", help="skip the people list (open, scroll)")
    parser.add_argument("--no-duplicates", action="store_true", help="skip the duplicate scan")
    parser.add_argument("--list-child", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def list_figures(listed: dict[str, dict[str, Any]], notes: list[str]) -> list[Figure]:
    first = next(iter(listed.values()))
    for name, result in listed.items():
        if result["last_shown"] != result["rows"] - 1:
            notes.append(f"NOTE: {name}: after the jump the last row shown was {result['last_shown']:,}, "
                         f"not {result['rows'] - 1:,}")
        if result["none_refs_lost"] > 1000:
            notes.append(
                f"NOTE: {name}: the list run lost {result['none_refs_lost']:,} references to None (PySide6/"
                "shiboken6 6.12.0 on Python 3.11 drops one on every call of a Qt method returning void); "
                "a process that runs out dies with 'Fatal Python error: none_dealloc'")
        if result["returncode"]:
            notes.append(f"NOTE: {name}: the list process reported its figures, then ended with exit code "
                         f"{result['returncode']}: {result['error']}")
    return [
        Figure(f"people list: open the page, first screen shown ({first['rows']:,} people)", "ms",
               {n: v["open_ms"] for n, v in listed.items()}),
        Figure("people list: jump to the end", "ms", {n: v["jump_ms"] for n, v in listed.items()}),
        Figure(f"people list: scroll to the end, page by page ({first['pages']:,} pages read)", "s",
               {n: v["scroll_s"] for n, v in listed.items()}),
        Figure("  one scroll step (fetch + paint): p50", "ms", {n: v["step_p50"] for n, v in listed.items()}),
        Figure("  one scroll step: p95", "ms", {n: v["step_p95"] for n, v in listed.items()}),
        Figure("  one scroll step: slowest", "ms", {n: v["step_max"] for n, v in listed.items()}),
        Figure("  memory: signed in, Qt started, before the list", "MB",
               {n: v["before_mb"] for n, v in listed.items() if v["before_mb"] is not None}),
        Figure("  memory: peak of that process, list scrolled to the end", "MB",
               {n: v["peak_mb"] for n, v in listed.items()},
               f"< {MEMORY_TARGET_MB:.0f} MB", lambda v: v < MEMORY_TARGET_MB),
    ]


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.list_child:
        kind, child_path = args.list_child
        print(json.dumps(list_child(kind, Path(child_path))), flush=True)
        return 0
    dup_people = args.dup_people or min(100_000, args.people)
    tmp = Path(tempfile.gettempdir())
    path = args.vault or tmp / f"sanad-bench-people-{args.people}.sanad"
    started_run = time.perf_counter()
    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    figures: list[Figure] = []
    notes: list[str] = []
    detail: list[str] = []
    with ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="sanad-bench-plain-")))

        def opened(vault_path: Path, people: int, label: str) -> list[Target]:
            session = open_demo(vault_path, people)
            closed: list[bool] = []

            def close_vault() -> None:
                if not closed:
                    closed.append(True)
                    session.vault.close()

            stack.callback(close_vault)
            plain = plain_target(session, folder, label)
            stack.callback(plain.close)  # before the folder goes (callbacks run last in, first out)
            return [Target("vault", session, close_vault), plain]

        targets = opened(path, args.people, "main")
        names = [t.name for t in targets]
        log("search as you type, vault and plain alternating")
        search_figures, differing, detail = bench_search(targets, args.repeat)
        figures += search_figures
        if differing:
            notes.append(f"NOTE: different hits on vault and plain copy for {len(differing)} queries: {differing}")
        log("filtered list, registration")
        figures.append(bench_filtered(targets, 3))
        figures += bench_registration(targets, args.repeat)

        if not args.no_list:
            plain_path = targets[1].session.vault.path
            for target in targets:
                target.close()  # the vault's process lock is released for the list's own process
            listed = {}
            for name, kind, where in (("vault", "vault", path), (names[1], "plain", plain_path)):
                log(f"people list on {name}, in its own process: open, jump to the end, scroll to the end")
                result = run_list_child(kind, where)
                if result is not None:
                    listed[name] = result
            if listed:
                figures += list_figures(listed, notes)

        if not args.no_duplicates:
            if dup_people == args.people and args.vault is None and args.no_list:
                dup_targets = targets
            else:
                dup_targets = opened(tmp / f"sanad-bench-people-{dup_people}.sanad", dup_people, "duplicates")
            log(f"duplicate scan of {dup_people:,} people")
            figures += bench_duplicates(dup_targets, dup_people)

    import sqlalchemy

    print()
    print(f"Sanad people benchmark: {args.people:,} people ({path.name}), vault on SQLCipher's SQLite "
          f"{sqlcipher3.sqlite_version}, plain copy on {PLAIN} (Python's sqlite3); SQLAlchemy "
          f"{sqlalchemy.__version__}, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    print("ratio = vault time / plain copy time (same code path, same PRAGMAs, runs alternating)")
    print_table(figures, names)
    load = f"; load average {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end" if load_before else ""
    print(f"whole run {time.perf_counter() - started_run:.0f} s{load}")
    print("slowest search queries (on the vault):")
    for line in detail:
        print(line)
    for note in notes:
        print(note)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
