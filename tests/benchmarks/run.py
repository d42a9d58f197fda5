"""Sanad benchmarks: vault unlock cost, SQLCipher vs plain SQLite throughput, cold start.

    .venv/bin/python -m tests.benchmarks.run               # full run (200,000 persons)
    .venv/bin/python -m tests.benchmarks.run --quick       # smoke version, well under 30 s
    .venv/bin/python -m tests.benchmarks.run --rows 50000 --json results.json

Everything is measured in one run, in temporary files that are removed afterwards:

1. Open + unlock of a real vault (default Argon2id parameters, not weakened), median of several
   runs, split into Argon2id (key slot), one SQLCipher connection, the Alembic revision check
   and the rest; plus the first unlock in a fresh process.
2. Bulk insert, point queries and small fsync-bound transactions on the vault versus a plain
   SQLite file with the same schema (made by the same Alembic migrations) and the same non-cipher
   PRAGMAs. Target: SQLCipher at most 1.3x slower. A third column uses sqlcipher3 without a key
   (the same SQLite build SQLCipher is compiled from), which isolates the cost of encryption
   from differences between SQLite builds. Also: cipher_memory_security ON vs OFF and
   cache_size choices.
3. Cold start to the login window (or a stand-in, labelled, while the GUI does not exist yet).

Ratios are "times slower": SQLCipher time per operation / SQLite time per operation.
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from db import migrate, sqlcipher
from db.secrets import MasterKey
from db.vault import make_engine
from tests.benchmarks import coldstart
from tests.benchmarks.workloads import BATCH

REPO_ROOT = Path(__file__).resolve().parents[2]
USERNAME = "admin"
PASSWORD = "bench-password-123"
TARGET_RATIO = 1.3
SEED = 20241125


@dataclass(frozen=True)
class Plan:
    rows: int
    lookups: int
    small_txns: int
    unlock_repeats: int
    insert_rounds: int
    point_rounds: int
    small_rounds: int
    cold_repeats: int
    insert_cms_off: bool


FULL = Plan(rows=200_000, lookups=20_000, small_txns=500, unlock_repeats=5, insert_rounds=2,
            point_rounds=3, small_rounds=5, cold_repeats=5, insert_cms_off=True)
QUICK = Plan(rows=20_000, lookups=5_000, small_txns=100, unlock_repeats=3, insert_rounds=1,
             point_rounds=1, small_rounds=1, cold_repeats=2, insert_cms_off=False)


def log(message: str) -> None:
    print(f"  .. {message}", file=sys.stderr, flush=True)


# ---- helpers -------------------------------------------------------------------------------------
def worker(job: dict[str, Any]) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.workloads"],
        input=json.dumps(job),
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"worker {job['workload']} failed:\n{proc.stderr.strip()[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def timed(fn, repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return times


def median(values: list[float]) -> float:
    return statistics.median(values)


def rotated(items: list, shift: int) -> list:
    shift %= len(items)
    return items[shift:] + items[:shift]


def plain_engine(path: Path, module: Any):
    """An engine built by the vault's own make_engine, but with no key: the same non-cipher
    PRAGMAs and transaction handling."""

    def creator():
        conn = module.connect(str(path), check_same_thread=False)
        sqlcipher.configure(conn)
        return conn

    return make_engine(path, creator, module)


def make_plain_database(path: Path, module: Any) -> None:
    engine = plain_engine(path, module)
    try:
        with engine.connect() as conn:
            migrate.upgrade(conn)
            conn.commit()
    finally:
        engine.dispose()


def schema_of(conn: Any) -> list[tuple]:
    """Our tables (their columns), indexes and triggers. Tables are compared by column, not by
    their stored CREATE text, which SQLite versions write differently after ALTER TABLE; FTS5's
    own shadow tables are left out (their layout differs between versions too)."""
    rows = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
        "AND NOT (type = 'table' AND name LIKE 'person_fts_%')"
    ).fetchall()
    described = []
    for kind, name, table, sql in rows:
        if kind == "table" and not (sql or "").upper().startswith("CREATE VIRTUAL"):
            sql = tuple(tuple(col) for col in conn.execute(f'PRAGMA table_info("{name}")').fetchall())
        described.append((kind, name, table, sql))
    return sorted(described, key=repr)


# ---- 1. open + unlock ----------------------------------------------------------------------------
@contextmanager
def stopwatches(targets: list[tuple[type, str]]) -> Iterator[dict[str, list[float]]]:
    """Time every call of these methods (class, name) while the block runs; restore them after."""
    laps: dict[str, list[float]] = {name: [] for _, name in targets}
    originals = [(owner, name, owner.__dict__[name]) for owner, name in targets]
    for owner, name, original in originals:
        def timed_call(*args, _original=original, _name=name, **kwargs):
            t0 = time.perf_counter()
            try:
                return _original(*args, **kwargs)
            finally:
                laps[_name].append(time.perf_counter() - t0)

        setattr(owner, name, timed_call)
    try:
        yield laps
    finally:
        for owner, name, original in originals:
            setattr(owner, name, original)


def bench_unlock(vault_path: Path, plain_path: Path, key_hex: str, plan: Plan) -> dict[str, Any]:
    from db.keyslots import KeyFile
    from db.vault import Vault, _make_engine

    parts = ["open_slot", "_probe", "_migrate_if_needed", "_begin_session"]
    opens, unlocks, totals, kdf_alone = [], [], [], []
    unlock_parts: dict[str, list[float]] = {}
    kdf_params = None
    targets = [(KeyFile, "open_slot"), (Vault, "_probe"), (Vault, "_migrate_if_needed"),
               (Vault, "_begin_session")]
    for _ in range(plan.unlock_repeats):
        with stopwatches(targets) as laps:
            t0 = time.perf_counter()
            vault = Vault.open(vault_path)
            t1 = time.perf_counter()
            vault.unlock(USERNAME, PASSWORD)
            t2 = time.perf_counter()
        try:
            # The Argon2id step on its own, interleaved with the unlocks so both see the same load.
            kdf_params = vault.keyfile.slots[0].kdf
            t3 = time.perf_counter()
            found = vault.keyfile.open_slot(USERNAME, bytearray(PASSWORD.encode()))
            kdf_alone.append(time.perf_counter() - t3)
            assert found is not None, "open_slot failed with the right password"
            found[1].wipe()
        finally:
            vault.close()
        opens.append(t1 - t0)
        unlocks.append(t2 - t1)
        totals.append(t2 - t0)
        for name in parts:
            assert len(laps[name]) == 1, f"{name} ran {len(laps[name])} times in one unlock"
        laps_per_run = {name: laps[name][0] for name in parts}
        laps_per_run["other"] = (t2 - t1) - sum(laps_per_run.values())
        for name, value in laps_per_run.items():
            unlock_parts.setdefault(name, []).append(value)
    assert kdf_params is not None

    def cipher_connect() -> None:
        key = MasterKey(bytes.fromhex(key_hex))
        sqlcipher.connect(vault_path, key).close()
        key.wipe()

    def plain_connect() -> None:
        conn = sqlite3.connect(str(plain_path))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        sqlcipher.configure(conn)
        conn.close()

    connect_cipher = timed(cipher_connect, max(plan.unlock_repeats, 5))
    connect_plain = timed(plain_connect, max(plan.unlock_repeats, 5))

    key = MasterKey(bytes.fromhex(key_hex))
    engine, _ = _make_engine(vault_path, key)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1").fetchone()

            def revision_check() -> None:
                assert migrate.current(conn) == migrate.head()

            revision = timed(revision_check, max(plan.unlock_repeats, 5))
    finally:
        engine.dispose()
        key.wipe()

    fresh = worker({"workload": "unlock_once", "path": str(vault_path), "username": USERNAME,
                    "password": PASSWORD})
    return {
        "kdf_params": asdict(kdf_params),
        "open_unlock_s": median(totals),
        "open_s": median(opens),
        "unlock_s": median(unlocks),
        "unlock_parts_s": {name: median(values) for name, values in unlock_parts.items()},
        "kdf_alone_s": median(kdf_alone),
        "sqlcipher_connect_s": median(connect_cipher),
        "sqlite_connect_s": median(connect_plain),
        "revision_check_s": median(revision),
        "fresh_process": fresh,
        "samples": {"open_unlock": totals, "kdf_alone": kdf_alone, "unlock_parts": unlock_parts,
                    "connect": connect_cipher},
    }


# ---- 2. SQLCipher vs SQLite ----------------------------------------------------------------------
def bench_throughput(paths: dict[str, Path], key_hex: str, plan: Plan) -> dict[str, Any]:
    def spec(kind: str, **extra: Any) -> dict[str, Any]:
        base = {"kind": kind, "path": str(paths[kind])}
        if kind == "sqlcipher":
            base["key_hex"] = key_hex
        return base | extra

    insert_specs = {
        "sqlcipher": spec("sqlcipher"),
        "sqlite": spec("sqlite"),
        "samebuild": spec("samebuild"),
    }
    if plan.insert_cms_off:
        insert_specs["sqlcipher_cms_off"] = {
            "kind": "sqlcipher", "path": str(paths["sqlcipher_cms_off"]), "key_hex": key_hex, "cms": "off",
        }

    # (a) bulk insert: rounds of whole batches, engine order reversed every round so drift in
    # machine load hits every engine alike.
    batches = math.ceil(plan.rows / BATCH)
    bounds = [round(batches * r / plan.insert_rounds) * BATCH for r in range(plan.insert_rounds + 1)]
    bounds[-1] = plan.rows
    inserts: dict[str, dict[str, Any]] = {name: {"seconds": 0.0, "persons": 0, "households": 0}
                                          for name in insert_specs}
    for r in range(plan.insert_rounds):
        names = list(insert_specs)
        for name in names if r % 2 == 0 else reversed(names):
            log(f"insert round {r + 1}/{plan.insert_rounds}: {name} rows {bounds[r]}-{bounds[r + 1]}")
            result = worker({"workload": "insert", "conn": insert_specs[name], "seed": SEED,
                             "start": bounds[r], "stop": bounds[r + 1]})
            total = inserts[name]
            total["seconds"] += result["seconds"]
            total["persons"] += result["persons"]
            total["households"] += result["households"]
            total["settings"] = result["settings"]
    for total in inserts.values():
        total["persons_per_s"] = total["persons"] / total["seconds"]

    # (b) point queries, each configuration in its own process, order rotated every round.
    point_specs = {
        "sqlcipher": spec("sqlcipher"),
        "sqlite": spec("sqlite"),
        "samebuild": spec("samebuild"),
        "sqlcipher_cms_off": spec("sqlcipher", cms="off"),
        "sqlcipher_cache_library": spec("sqlcipher", cache="library"),
        "sqlcipher_cache_2m": spec("sqlcipher", cache=2000),
        "sqlite_cache_2m": spec("sqlite", cache=2000),
        "samebuild_cache_2m": spec("samebuild", cache=2000),
        "sqlcipher_cms_off_cache_2m": spec("sqlcipher", cms="off", cache=2000),
    }
    point_runs: dict[str, list[dict[str, Any]]] = {name: [] for name in point_specs}
    for r in range(plan.point_rounds):
        for name in rotated(list(point_specs), r * 3):
            log(f"point queries round {r + 1}/{plan.point_rounds}: {name}")
            result = worker({"workload": "point", "conn": point_specs[name], "seed": SEED + r,
                             "lookups": plan.lookups, "rows": plan.rows})
            if result["missing"]:
                raise RuntimeError(f"{name}: {result['missing']} lookups found nothing")
            point_runs[name].append(result)
    points = {
        name: {
            metric: median([run[metric] for run in runs])
            for metric in ("pk_cold_qps", "file_number_qps", "pk_warm_qps")
        } | {"settings": runs[0]["settings"], "runs": len(runs)}
        for name, runs in point_runs.items()
    }

    # (c) small transactions (fsync-bound with synchronous=FULL).
    small_specs = {"sqlcipher": spec("sqlcipher"), "sqlite": spec("sqlite"), "samebuild": spec("samebuild"),
                   "sqlcipher_cms_off": spec("sqlcipher", cms="off")}
    small_runs: dict[str, list[dict[str, Any]]] = {name: [] for name in small_specs}
    for r in range(plan.small_rounds):
        for name in rotated(list(small_specs), r):
            log(f"small transactions round {r + 1}/{plan.small_rounds}: {name}")
            small_runs[name].append(worker({"workload": "small_txn", "conn": small_specs[name], "seed": SEED,
                                            "count": plan.small_txns, "tag": f"{name}-{r}"}))
    small = {
        name: {"ops_per_s": median([run["ops_per_s"] for run in runs]),
               "median_ms": median([run["median_ms"] for run in runs])}
        for name, runs in small_runs.items()
    }

    sizes = {name: paths[name].stat().st_size for name in ("sqlcipher", "sqlite", "samebuild")}
    return {"insert": inserts, "point": points, "small_txn": small, "file_bytes": sizes}


# ---- report --------------------------------------------------------------------------------------
@dataclass
class Row:
    figure: str
    cipher: float | None
    sqlite: float | None = None
    samebuild: float | None = None
    unit: str = "s"  # "s" (lower is better) or "/s" (higher is better)
    target: float | None = None

    def ratio(self, other: float | None) -> float | None:
        if self.cipher is None or other is None:
            return None
        return other / self.cipher if self.unit == "/s" else self.cipher / other

    @property
    def result(self) -> str:
        ratio = self.ratio(self.sqlite)
        if self.target is None or ratio is None:
            return "info"
        return "PASS" if ratio <= self.target else "over"


def fmt_value(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "/s":
        return f"{value:,.0f}/s"
    if value < 1:
        return f"{value * 1000:.1f} ms"
    return f"{value:.2f} s"


def fmt_ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}x"


def report_rows(unlock: dict, thr: dict, cold: dict, plan: Plan) -> dict[str, list[Row]]:
    kdf = unlock["kdf_params"]
    parts = unlock["unlock_parts_s"]
    ins, pts, small = thr["insert"], thr["point"], thr["small_txn"]

    def three(figure: str, table: dict, metric: str) -> Row:
        return Row(figure, table["sqlcipher"][metric], table["sqlite"][metric], table["samebuild"][metric],
                   unit="/s", target=TARGET_RATIO)

    main = [
        Row("Vault.open + unlock (median)", unlock["open_unlock_s"]),
        Row("  Vault.open (checks, lock, key file)", unlock["open_s"]),
        Row("  unlock", unlock["unlock_s"]),
        Row(f"    Argon2id key slot (m={kdf['memory_kib'] // 1024} MiB, t={kdf['time_cost']}, "
            f"p={kdf['parallelism']})", parts["open_slot"]),
        Row("    probe: one SQLCipher connection (key check)", parts["_probe"]),
        Row("    engine connection + Alembic revision check", parts["_migrate_if_needed"]),
        Row("    login write (audit entry, last_login_at, fsync)", parts["_begin_session"]),
        Row("    other (engine set-up, wiping, ...)", parts["other"]),
        Row("  Argon2id open_slot alone, between unlocks", unlock["kdf_alone_s"]),
        Row("  one connection: key, first read, PRAGMAs", unlock["sqlcipher_connect_s"],
            unlock["sqlite_connect_s"]),
        Row("  Alembic revision check alone (open connection)", unlock["revision_check_s"]),
        Row("first open + unlock in a fresh process", unlock["fresh_process"]["total_s"]),
        three(f"bulk insert, persons (+households), {BATCH:,}/txn", ins, "persons_per_s"),
        three("point query by id, fresh connection", pts, "pk_cold_qps"),
        three("point query by file_number", pts, "file_number_qps"),
        three("point query by id, warm cache", pts, "pk_warm_qps"),
        three("single-row insert + commit (fsync)", small, "ops_per_s"),
    ]

    settings: list[Row] = []
    on, off = pts["sqlcipher"], pts["sqlcipher_cms_off"]
    lib_cache = pts["sqlcipher_cache_library"]["settings"]["cache_size"]
    app_cache = pts["sqlcipher"]["settings"]["cache_size"]
    for metric, label in (("pk_cold_qps", "by id, fresh"), ("file_number_qps", "by file_number"),
                          ("pk_warm_qps", "by id, warm")):
        settings.append(Row(f"cipher_memory_security ON vs OFF: {label}", on[metric], off[metric], unit="/s"))
    for name, label in (("sqlcipher_cache_library", f"cache_size {lib_cache} (build default)"),
                        ("sqlcipher_cache_2m", "cache_size -2000 (SQLite stock default)")):
        for metric, what in (("pk_cold_qps", "by id, fresh"), ("file_number_qps", "by file_number"),
                             ("pk_warm_qps", "by id, warm")):
            settings.append(Row(f"{label} vs {app_cache}: {what}", pts[name][metric], on[metric], unit="/s"))
    for metric, what in (("pk_cold_qps", "by id, fresh"), ("file_number_qps", "by file_number"),
                         ("pk_warm_qps", "by id, warm")):
        settings.append(Row(f"both at cache -2000, SQLCipher vs SQLite: {what}",
                            pts["sqlcipher_cache_2m"][metric], pts["sqlite_cache_2m"][metric],
                            pts["samebuild_cache_2m"][metric], unit="/s"))
    if "sqlcipher_cms_off" in ins:
        settings.append(Row("cipher_memory_security ON vs OFF: bulk insert", ins["sqlcipher"]["persons_per_s"],
                            ins["sqlcipher_cms_off"]["persons_per_s"], unit="/s"))
        settings.append(Row("memory security OFF, SQLCipher vs SQLite: bulk insert",
                            ins["sqlcipher_cms_off"]["persons_per_s"], ins["sqlite"]["persons_per_s"],
                            ins["samebuild"]["persons_per_s"], unit="/s"))
    for metric, what in (("pk_cold_qps", "by id, fresh"), ("file_number_qps", "by file_number"),
                         ("pk_warm_qps", "by id, warm")):
        settings.append(Row(f"memory security OFF, SQLCipher vs SQLite: {what}", off[metric],
                            pts["sqlite"][metric], pts["samebuild"][metric], unit="/s"))
    for metric, what in (("pk_cold_qps", "by id, fresh"), ("file_number_qps", "by file_number"),
                         ("pk_warm_qps", "by id, warm")):
        settings.append(Row(f"memory security OFF, both cache -2000, vs SQLite: {what}",
                            pts["sqlcipher_cms_off_cache_2m"][metric], pts["sqlite_cache_2m"][metric],
                            pts["samebuild_cache_2m"][metric], unit="/s"))
    settings.append(Row("cipher_memory_security ON vs OFF: single-row commit", small["sqlcipher"]["ops_per_s"],
                        small["sqlcipher_cms_off"]["ops_per_s"], unit="/s"))
    settings.append(Row("memory security OFF, SQLCipher vs SQLite: single-row commit",
                        small["sqlcipher_cms_off"]["ops_per_s"], small["sqlite"]["ops_per_s"],
                        small["samebuild"]["ops_per_s"], unit="/s"))

    runs = cold["runs"]
    if cold["mode"] == "login":
        label = "login window"
        parts = [Row("  import desktop.app (PySide6, db, ui ...), median",
                     median([r["import_desktop_app_s"] for r in runs])),
                 Row("  time_to_login_window() call, median", median([r["call_s"] for r in runs])),
                 Row("    of which its own figure (after its imports), median",
                     median([r["reported_s"] for r in runs]))]
    else:
        label = "FALLBACK: PySide6 + QApplication + QWidget"
        parts = [Row("  import PySide6.QtWidgets, median", median([r["import_pyside6_s"] for r in runs])),
                 Row("  QApplication + QWidget.show(), median", median([r["app_and_show_s"] for r in runs]))]
    start = [
        Row(f"cold start to {label} (median of {len(runs)})", cold["median_s"]),
        Row("  first run", cold["first_s"]),
        Row("  fastest / slowest", cold["min_s"], cold["max_s"]),
        *parts,
        Row("  interpreter start-up + process launch (rest), median",
            median([r["launch_to_shown_s"] - r["in_process_s"] for r in runs])),
    ]
    return {"main": main, "settings": settings, "start": start}


def print_report(rows: dict[str, list[Row]], unlock: dict, thr: dict, cold: dict, plan: Plan,
                 meta: dict) -> None:
    width = 58
    head = (f"{'Figure':<{width}} {'SQLCipher':>13} {'SQLite':>13} {'ratio':>7} {'SQLite*':>13} "
            f"{'ratio*':>7} {'target':>7}  result")
    line = "-" * len(head)
    print()
    print(f"Sanad benchmark  rows={plan.rows:,}  lookups={plan.lookups:,}  small txns={plan.small_txns}  "
          f"({meta['mode']})")
    print(f"SQLCipher {meta['cipher_version']} (SQLite {meta['sqlcipher_sqlite']}); "
          f"stdlib sqlite3 SQLite {meta['stdlib_sqlite']}; Python {meta['python']}; {meta['cpus']} CPUs")
    print("ratio  = SQLCipher time per op / plain SQLite (stdlib sqlite3) time per op")
    print("ratio* = SQLCipher / SQLite*, where SQLite* = sqlcipher3 with no key: the same SQLite build,")
    print("         so ratio* is the cost of encryption alone")
    print(line)
    print(head)
    print(line)
    for row in rows["main"]:
        target = f"{row.target:.1f}x" if row.target else "-"
        print(f"{row.figure:<{width}} {fmt_value(row.cipher, row.unit):>13} {fmt_value(row.sqlite, row.unit):>13} "
              f"{fmt_ratio(row.ratio(row.sqlite)):>7} {fmt_value(row.samebuild, row.unit):>13} "
              f"{fmt_ratio(row.ratio(row.samebuild)):>7} {target:>7}  {row.result}")
    print(line)
    sizes = thr["file_bytes"]
    print(f"file sizes: vault {sizes['sqlcipher'] / 2**20:.1f} MiB, plain {sizes['sqlite'] / 2**20:.1f} MiB, "
          f"plain (same build) {sizes['samebuild'] / 2**20:.1f} MiB")
    print()
    head2 = f"{'Setting (SQLCipher)':<{width + 12}} {'with':>13} {'without':>13} {'ratio':>7}"
    print(head2)
    print("-" * len(head2))
    for row in rows["settings"]:
        extra = ""
        if row.samebuild is not None:
            extra = f"   (vs SQLite*: {fmt_value(row.samebuild, row.unit)}, {fmt_ratio(row.ratio(row.samebuild))})"
        print(f"{row.figure:<{width + 12}} {fmt_value(row.cipher, row.unit):>13} "
              f"{fmt_value(row.sqlite, row.unit):>13} {fmt_ratio(row.ratio(row.sqlite)):>7}{extra}")
    print("(ratio = time per op with the setting / without; the app runs with cipher_memory_security ON"
          f" and cache_size {thr['point']['sqlcipher']['settings']['cache_size']})")
    print()
    print(f"{'Start-up':<{width + 12}} {'time':>13}")
    print("-" * (width + 26))
    for row in rows["start"]:
        value = fmt_value(row.cipher, row.unit)
        if row.sqlite is not None:
            value = f"{value} / {fmt_value(row.sqlite, row.unit)}"
        print(f"{row.figure:<{width + 12}} {value:>13}")
    if cold["mode"] != "login":
        print(f"NOTE: measured the stand-in, not the login window ({cold['why']}); the real figure is used")
        print("      automatically once desktop.app.time_to_login_window(vault_path) exists.")
    else:
        print("(measured from outside: from launching the process until it reports the login window shown)")
    fresh = unlock["fresh_process"]
    print(f"first unlock in a fresh process: open {fmt_value(fresh['open_s'], 's')}, "
          f"unlock {fmt_value(fresh['unlock_s'], 's')}")
    verdicts = [row.result for row in rows["main"] if row.target is not None]
    print()
    print(f"SQLCipher/SQLite target {TARGET_RATIO}x: {verdicts.count('PASS')} of {len(verdicts)} figures PASS")


# ---- main ----------------------------------------------------------------------------------------
def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.run", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fast smoke run (under 30 s)")
    parser.add_argument("--rows", type=int, help="persons to insert (default 200,000; quick 20,000)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the results as JSON here")
    parser.add_argument("--tmpdir", type=Path, help="where to put the temporary databases (default: system temp)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    plan = QUICK if args.quick else FULL
    if args.rows is not None:
        if args.rows < 100:
            raise SystemExit("--rows must be at least 100")
        plan = Plan(**(asdict(plan) | {"rows": args.rows}))
    started = time.perf_counter()

    probe = sqlcipher3.connect(":memory:")
    meta = {
        "mode": "quick" if args.quick else "full",
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": __import__("os").cpu_count(),
        "cipher_version": probe.execute("PRAGMA cipher_version").fetchone()[0],
        "sqlcipher_sqlite": probe.execute("SELECT sqlite_version()").fetchone()[0],
        "stdlib_sqlite": sqlite3.sqlite_version,
        "plan": asdict(plan),
    }
    probe.close()

    from db.vault import Vault

    tmp = Path(tempfile.mkdtemp(prefix="sanad-bench-", dir=args.tmpdir))
    try:
        paths = {
            "sqlcipher": tmp / "bench-vault.sanad",
            "sqlite": tmp / "plain-stdlib.sqlite",
            "samebuild": tmp / "plain-samebuild.sqlite",
            "sqlcipher_cms_off": tmp / "vault-cms-off.sanad",
        }
        log("creating the vault (real Argon2id parameters)")
        session, _recovery = Vault.create(paths["sqlcipher"], admin_username=USERNAME, admin_password=PASSWORD,
                                          office_name_en="Bench")
        key_hex = session.vault.master_key.raw().hex()
        session.vault.close()
        log("creating the plain databases with the same Alembic migrations")
        make_plain_database(paths["sqlite"], sqlite3)
        make_plain_database(paths["samebuild"], sqlcipher3)
        if plan.insert_cms_off:
            shutil.copy2(paths["sqlcipher"], paths["sqlcipher_cms_off"])

        key = MasterKey(bytes.fromhex(key_hex))
        conn = sqlcipher.connect(paths["sqlcipher"], key, read_only=True)
        key.wipe()
        vault_schema = schema_of(conn)
        conn.close()
        for name in ("sqlite", "samebuild"):
            plain = sqlite3.connect(str(paths[name]))
            same = schema_of(plain) == vault_schema
            plain.close()
            if not same:
                plain = sqlite3.connect(str(paths[name]))
                differing = sorted({row[1] for row in set(schema_of(plain)) ^ set(vault_schema)})
                plain.close()
                raise RuntimeError(f"the {name} database's schema differs from the vault's: {differing}")
        meta["schema_identical"] = True

        log(f"open + unlock, {plan.unlock_repeats} runs")
        unlock = bench_unlock(paths["sqlcipher"], paths["sqlite"], key_hex, plan)
        thr = bench_throughput(paths, key_hex, plan)
        paths["sqlcipher_cms_off"].unlink(missing_ok=True)
        log(f"cold start, {plan.cold_repeats} runs")
        cold = coldstart.measure(paths["sqlcipher"], plan.cold_repeats)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    rows = report_rows(unlock, thr, cold, plan)
    print_report(rows, unlock, thr, cold, plan, meta)
    meta["elapsed_s"] = time.perf_counter() - started
    print(f"(benchmark took {meta['elapsed_s']:.0f} s)")

    if args.json:
        document = {
            "meta": meta,
            "target_ratio": TARGET_RATIO,
            "rows": {
                section: [
                    asdict(row) | {"ratio": row.ratio(row.sqlite), "ratio_samebuild": row.ratio(row.samebuild),
                                   "result": row.result}
                    for row in section_rows
                ]
                for section, section_rows in rows.items()
            },
            "raw": {"unlock": unlock, "throughput": thr, "cold_start": cold},
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"JSON written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
