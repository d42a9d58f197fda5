"""Casework benchmarks (issue 4: legal casework), figures from one run, vault and plain SQLite side
by side for the queries:

    .venv/bin/python -m tests.benchmarks.casework [--people N --applications M] [--no-plain]

Makes (or reuses) a demo vault of N people (default 1,000,000) with M document applications
(default 300,000) made by `sanad demo --applications` (db.demo.populate_casework: timelines,
checklists, hearings, dependencies, referrals; the build is timed when it happens, kept in the temp
folder for the next run), and a plaintext copy of it (tests/benchmarks/people.py: sqlcipher_export,
the search index rebuilt for Python's SQLite; deleted at the end). Measured, p50 and p95 where a
query repeats, vault and plain runs alternating:

- My week (db.my_week.my_week) for one lawyer (the demo's "huda", about 44% of the cases) and for
  the whole office, and the navigation badge's counts (db.my_week.badge_counts);
- the applications list: db.applications.list_applications (every row read, as `sanad
  applications` does) and the list screen's path, application_ids (filtered, sorted ids) then
  application_rows (one page of 200), unfiltered and filtered by status, owner, overdue, document
  type and a name;
- a household plan (db.plans.plan_household) for households of four or more;
- the real pages offscreen (vault only): My week opened for the lawyer and the office (the week read
  and the tables filled), the Applications page opened and filtered (ids read in its pool thread,
  first screen painted).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

from sqlalchemy import func, select

from db.session import CurrentUser, UserSession
from tests.benchmarks.people import (
    PLAIN,
    Figure,
    Target,
    interleaved,
    log,
    percentile,
    plain_target,
    print_table,
    stopwatch,
)

TODAY_NOTE = "the computer's date"
WEEK_TARGET_MS = 200.0  # a morning screen that answers at once
BADGE_TARGET_MS = 50.0
PAGE_TARGET_MS = 100.0  # one page of the list


def open_casework_demo(path: Path, people: int, applications: int) -> tuple[UserSession, dict[str, float]]:
    """The demo vault (made if missing, timed) and the build's times."""
    from db.keyfile_paths import keys_path_for, lock_path_for
    from db.vault import Vault
    from desktop.cli import make_demo

    built: dict[str, float] = {}
    if not path.exists():
        os.environ["SANAD_PASSWORD"] = "demo"
        log(f"making a demo vault of {people:,} people and {applications:,} applications at {path} "
            "(kept for the next run)")
        marks: dict[str, float] = {}

        def people_done(done: int, total: int) -> None:
            if done >= total:
                marks["people"] = time.perf_counter()

        started = time.perf_counter()
        try:
            counts = make_demo(path, people, people_done, applications=applications)
        except BaseException:  # no half-made vault left for the next run to reuse
            for leftover in (path, keys_path_for(path), lock_path_for(path)):
                leftover.unlink(missing_ok=True)
            raise
        finished = time.perf_counter()
        built = {"people_s": marks.get("people", finished) - started,
                 "casework_s": finished - marks.get("people", started), "applications": counts.applications}
        log(f"demo vault: {counts.people:,} people in {built['people_s']:.0f} s, {counts.applications:,} "
            f"applications in {built['casework_s']:.0f} s, {path.stat().st_size / 2**20:.0f} MiB")
    session = Vault.open(path).unlock("admin", "demo")
    for backup in path.parent.glob(f"{path.name}.before-*.bak"):  # left by migrating a kept demo vault
        backup.unlink()
    return session, built


def lawyer_of(session: UserSession, username: str = "huda") -> UserSession:
    """A session for the demo lawyer on the same open vault (no second unlock)."""
    from db.models import User

    with session.transaction() as db:
        user = db.scalar(select(User).where(User.username == username))
        if user is None:
            raise SystemExit(f"the demo vault has no user {username}: make it again with this version")
        return UserSession(session.vault, CurrentUser.from_model(user))


def p50_p95(label: str, samples: dict[str, list[float]], target: str = "-",
            passes: Callable[[float], bool] | None = None) -> list[Figure]:
    count = len(next(iter(samples.values())))
    return [
        Figure(f"{label}: p50", "ms", {n: statistics.median(s) for n, s in samples.items()}),
        Figure(f"{label}: p95 (of {count})", "ms", {n: percentile(s, 0.95) for n, s in samples.items()},
               target, passes),
    ]


# ---- the service layer ------------------------------------------------------------------------------
def bench_week(targets: list[Target], lawyers: dict[str, UserSession], repeat: int, today) -> tuple[list, dict]:
    from db.my_week import badge_counts, my_week

    figures: list[Figure] = []
    sizes: dict[str, object] = {}
    for scope in ("lawyer", "office"):
        def week(target: Target, _index: int, scope=scope) -> float:
            session = lawyers[target.name] if scope == "lawyer" else target.session
            owner = session.user.id if scope == "lawyer" else None
            with stopwatch() as elapsed:
                found = my_week(session, today=today, owner_id=owner)
            sizes[scope] = found
            return elapsed[0]

        def badge(target: Target, _index: int, scope=scope) -> float:
            session = lawyers[target.name] if scope == "lawyer" else target.session
            owner = session.user.id if scope == "lawyer" else None
            with stopwatch() as elapsed:
                badge_counts(session, today, owner)
            return elapsed[0]

        who = "one lawyer" if scope == "lawyer" else "whole office"
        figures += p50_p95(f"My week, {who}", interleaved(targets, repeat * len(targets), week),
                           f"<= {WEEK_TARGET_MS:.0f} ms", lambda v: v <= WEEK_TARGET_MS)
        figures += p50_p95(f"  badge counts, {who}", interleaved(targets, repeat * len(targets), badge),
                           f"<= {BADGE_TARGET_MS:.0f} ms", lambda v: v <= BADGE_TARGET_MS)
    return figures, sizes


def bench_lists(targets: list[Target], lawyers: dict[str, UserSession], repeat: int) -> list[Figure]:
    from db.applications import ApplicationFilter, application_ids, application_rows, list_applications

    figures: list[Figure] = []
    counts: dict[str, int] = {}

    def everything(target: Target, _index: int) -> float:
        with stopwatch() as elapsed:
            counts["all"] = len(list_applications(target.session))
        return elapsed[0]

    samples = interleaved(targets, 2 * len(targets), everything)
    figures.append(Figure(f"list_applications, every row ({counts['all']:,}), median", "ms",
                          {n: statistics.median(s) for n, s in samples.items()}))

    def open_lawyer(target: Target, _index: int) -> float:
        with stopwatch() as elapsed:
            counts["mine"] = len(list_applications(target.session, owner="huda", open_only=True))
        return elapsed[0]

    samples = interleaved(targets, repeat * len(targets), open_lawyer)
    figures.append(Figure(f"list_applications, one lawyer's open ({counts['mine']:,}), median", "ms",
                          {n: statistics.median(s) for n, s in samples.items()}))

    filters = [
        ("open, newest move first (the page opening)", lambda s: ApplicationFilter(open_only=True)),
        ("status: hearings", lambda s: ApplicationFilter(state="hearings", open_only=True)),
        ("owner: one lawyer", lambda s: ApplicationFilter(owner_id=lawyers[s].user.id, open_only=True)),
        ("overdue", lambda s: ApplicationFilter(overdue=True)),
        ("document: birth certificate", lambda s: ApplicationFilter(doc_type="birth_certificate", open_only=True)),
        ("a name typed (فاطمة)", lambda s: ApplicationFilter(search="فاطمة")),
    ]
    pages: dict[str, list[float]] = {t.name: [] for t in targets}
    for label, make in filters:
        found: dict[str, int] = {}

        def ids(target: Target, index: int, make=make, found=found) -> float:
            with stopwatch() as elapsed:
                got = application_ids(target.session, make(target.name))
            found[target.name] = len(got)
            start = (index * 997) % max(1, len(got) - 200)
            with stopwatch() as page:
                application_rows(target.session, list(got[start:start + 200]))
            pages[target.name].append(page[0])
            return elapsed[0]

        samples = interleaved(targets, repeat * len(targets), ids)
        figures.append(Figure(f"list screen ids, {label} ({next(iter(found.values())):,}): p50", "ms",
                              {n: statistics.median(s) for n, s in samples.items()}))
    figures += p50_p95("list screen, one page of 200 rows", pages, f"<= {PAGE_TARGET_MS:.0f} ms",
                       lambda v: v <= PAGE_TARGET_MS)
    return figures


def bench_plans(targets: list[Target], repeat: int) -> list[Figure]:
    from db.models import Person
    from db.plans import plan_household

    with targets[0].session.transaction() as db:
        big = list(db.scalars(select(Person.household_id).group_by(Person.household_id)
                              .having(func.count(Person.id) >= 4).limit(5000)))
    chosen = random.Random(4).sample(big, min(len(big), 25 * repeat))
    proposals: list[int] = []

    def plan(target: Target, index: int) -> float:
        with stopwatch() as elapsed:
            found = plan_household(target.session, chosen[index % len(chosen)])
        proposals.append(len(found.proposals))
        return elapsed[0]

    samples = interleaved(targets, len(chosen), plan)
    figures = p50_p95(f"household plan, households of 4+ ({len(chosen)})", samples)
    figures.append(Figure("  proposals per plan, mean", "", {n: statistics.mean(proposals) for n in samples}))
    return figures


# ---- the pages ----------------------------------------------------------------------------------------
def bench_pages(session: UserSession, lawyer: UserSession, repeat: int) -> list[Figure]:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from ui.pages.applications import ApplicationsPage
    from ui.pages.my_week import MyWeekPage

    app = QApplication.instance() or QApplication([])

    def settle() -> None:
        for _ in range(3):
            app.processEvents()

    def dispose(widget) -> None:
        widget.close()
        widget.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    warm = MyWeekPage(lawyer)  # fonts, styles, plugins: not the page's time
    warm.show()
    settle()
    dispose(warm)
    figures: list[Figure] = []
    for who, user in (("one lawyer", lawyer), ("whole office", session)):
        times = []
        for _ in range(repeat):
            with stopwatch() as opened:
                page = MyWeekPage(user)
                page.resize(1200, 800)
                page.show()  # reads the week and fills the tables
                settle()
            times.append(opened[0])
            dispose(page)
        figures.append(Figure(f"My week page opened, {who}: median of {repeat}", "ms",
                              {"vault": statistics.median(times)}))
    opened_times, filtered_times = [], []
    for _ in range(repeat):
        with stopwatch() as opened:
            page = ApplicationsPage(session)
            page.resize(1200, 800)
            page.show()
            page.model.wait()
            settle()
        opened_times.append(opened[0])
        with stopwatch() as filtered:
            page.state.setCurrentIndex(page.state.findData("hearings"))
            page.model.wait()
            settle()
        filtered_times.append(filtered[0])
        dispose(page)
    figures.append(Figure(f"Applications page opened, first screen: median of {repeat}", "ms",
                          {"vault": statistics.median(opened_times)}))
    figures.append(Figure(f"  filtered by status (hearings): median of {repeat}", "ms",
                          {"vault": statistics.median(filtered_times)}))
    return figures


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--people", type=int, default=1_000_000, help="people in the demo vault (default 1,000,000)")
    parser.add_argument("--applications", type=int, help="applications in it (default 3 for every 10 people)")
    parser.add_argument("--vault", type=Path, help="reuse this demo vault (password demo) instead")
    parser.add_argument("--repeat", type=int, default=10, help="rounds of each query per database")
    parser.add_argument("--no-plain", action="store_true", help="the vault alone (no plaintext copy)")
    parser.add_argument("--no-pages", action="store_true", help="skip the pages (offscreen Qt)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    import datetime as dt

    args = parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    applications = args.applications if args.applications is not None else round(args.people * 0.3)
    tmp = Path(tempfile.gettempdir())
    path = args.vault or tmp / f"sanad-bench-casework-{args.people}-{applications}.sanad"
    today = dt.date.today()
    started_run = time.perf_counter()
    figures: list[Figure] = []
    with ExitStack() as stack:
        session, built = open_casework_demo(path, args.people, applications)
        stack.callback(session.vault.close)
        targets = [Target("vault", session)]
        lawyers = {"vault": lawyer_of(session)}
        if not args.no_plain:
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="sanad-bench-plain-")))
            plain = plain_target(session, folder, "casework")
            stack.callback(plain.close)
            targets.append(plain)
            lawyers[plain.name] = UserSession(plain.session.vault, lawyers["vault"].user)
        names = [t.name for t in targets]
        if built:
            figures.append(Figure(f"demo build: {args.people:,} people", "s", {"vault": built["people_s"]}))
            figures.append(Figure(f"demo build: {built['applications']:,} applications with their casework", "s",
                                  {"vault": built["casework_s"]}))
        log("My week and its badge, lawyer and office")
        week_figures, weeks = bench_week(targets, lawyers, args.repeat, today)
        figures += week_figures
        log("the applications list")
        figures += bench_lists(targets, lawyers, max(3, args.repeat // 2))
        log("household plans")
        figures += bench_plans(targets, max(2, args.repeat // 5))
        if not args.no_pages:
            log("the pages, offscreen")
            figures += bench_pages(session, lawyers["vault"], max(3, args.repeat // 3))

    import sqlalchemy
    import sqlcipher3

    print()
    print(f"Sanad casework benchmark: {args.people:,} people, {applications:,} applications ({path.name}), "
          f"today {today} ({TODAY_NOTE}); vault on SQLCipher's SQLite {sqlcipher3.sqlite_version}"
          + (f", plain copy on {PLAIN} (Python's sqlite3)" if len(targets) > 1 else "")
          + f"; SQLAlchemy {sqlalchemy.__version__}, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f}")
    for scope, week in weeks.items():
        print(f"  {scope}'s week: {week.hearings.total:,} hearings, {week.actions.total:,} actions due or overdue, "
              f"{week.stale.total:,} without movement for {week.stale_days} days, {week.referrals.total:,} "
              f"follow-ups overdue (the page shows the first {len(week.actions.rows)} of each)")
    if len(targets) > 1:
        print("ratio = vault time / plain copy time (same code path, same PRAGMAs, runs alternating)")
    print_table(figures, names)
    print(f"whole run {time.perf_counter() - started_run:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
