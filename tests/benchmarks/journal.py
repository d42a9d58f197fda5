"""Rollback journal (DELETE) versus WAL on a SQLCipher vault: commit latency and kill -9 behaviour.

    .venv/bin/python -m tests.benchmarks.journal            # ~1 minute on 2 CPUs
    .venv/bin/python -m tests.benchmarks.journal --kills 100 --saves 500

Both modes use the vault's own connection settings (db/sqlcipher.py: key, memory security, cache,
secure_delete, synchronous=FULL); only journal_mode differs. Measured, per mode:

1. A typical save: one transaction that inserts a person-sized row (20 columns, Arabic text), adds
   an audit-log-sized row and updates a counter, then COMMIT — the shape of "register a person" or
   "send a referral". Median and 95th percentile over N saves on a vault that already holds
   20,000 such rows.
2. Reading while a save commits (does a long read block a commit?).
3. Crash behaviour (security case C1): a child process runs `BEGIN IMMEDIATE; 100 inserts;
   COMMIT` in a loop with synchronous=FULL and prints the number of committed batches; the parent
   SIGKILLs it after a random 0.3-1.0 s (seeded), reopens and checks integrity_check,
   cipher_integrity_check, rows >= acknowledged and rows % 100 == 0.
4. What each mode leaves beside the vault (files that backups, the panic wipe and copies must
   know about) and whether it works on a network share (WAL needs shared memory: it does not).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from db import sqlcipher
from db.secrets import MasterKey

REPO_ROOT = Path(__file__).resolve().parents[2]
SEED = 20261125
KEY_HEX = "11" * 32

_SCHEMA = """
CREATE TABLE IF NOT EXISTS person (id INTEGER PRIMARY KEY, file_number TEXT UNIQUE, first_name TEXT,
  father_name TEXT, grandfather_name TEXT, family_name TEXT, mother_name TEXT, name_latin TEXT, sex TEXT,
  birth_date TEXT, phone TEXT, phone2 TEXT, place_of_birth TEXT, marital_status TEXT, neighbourhood TEXT,
  landmark TEXT, search_key TEXT, latin_key TEXT, created_at TEXT, updated_at TEXT);
CREATE INDEX IF NOT EXISTS ix_person_phone ON person(phone);
CREATE TABLE IF NOT EXISTS audit_log (seq INTEGER PRIMARY KEY, ts TEXT, action TEXT, details TEXT, hash TEXT);
CREATE TABLE IF NOT EXISTS counter (k TEXT PRIMARY KEY, n INTEGER);
INSERT OR IGNORE INTO counter VALUES ('file', 0);
"""


def _key() -> MasterKey:
    return MasterKey(bytes.fromhex(KEY_HEX))


def _connect(path: Path):
    """The vault's connection settings except journal_mode (configure() would force DELETE)."""
    conn = sqlcipher._keyed(path, _key())
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    for pragma in ("temp_store = MEMORY", f"cache_size = -{sqlcipher.CACHE_SIZE_KIB}", "foreign_keys = ON",
                   "busy_timeout = 5000", "secure_delete = ON", "synchronous = FULL"):
        conn.execute(f"PRAGMA {pragma}")
    conn.isolation_level = None
    return conn


def _open(path: Path, mode: str):
    if not path.exists():
        sqlcipher.new_database(path, _key()).close()
    conn = _connect(path)
    got = conn.execute(f"PRAGMA journal_mode = {mode}").fetchone()[0]
    assert got.lower() == mode.lower(), got
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def _row(i: int) -> tuple:
    return (f"MOS-2026-{i:06d}", f"فاطمة{i}", "أحمد", "علي", "الجبوري", "زينب حسن", f"Fatima {i}", "F",
            "1990-01-01", "07701234567", "", "الموصل", "married", "حي الزهراء", "قرب الجامع",
            f"فاطمه احمد علي {i}", f"fatima ahmad ali {i}", "2026-11-25", "2026-11-25")


def _save(conn, i: int) -> None:
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO person (file_number, first_name, father_name, grandfather_name, family_name, "
                 "mother_name, name_latin, sex, birth_date, phone, phone2, place_of_birth, marital_status, "
                 "neighbourhood, landmark, search_key, latin_key, created_at, updated_at) "
                 "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", _row(i))
    conn.execute("INSERT INTO audit_log (ts, action, details, hash) VALUES (?,?,?,?)",
                 ("2026-11-25T18:00:00Z", "create", '{"sealed": "' + "x" * 300 + '"}', "ab" * 32))
    conn.execute("UPDATE counter SET n = n + 1 WHERE k = 'file'")
    conn.execute("COMMIT")


def measure_saves(folder: Path, mode: str, saves: int, preload: int) -> dict:
    path = folder / f"latency-{mode}.sanad"
    conn = _open(path, mode)
    conn.executescript(_SCHEMA)
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO person (file_number, first_name, father_name, grandfather_name, family_name, "
                     "mother_name, name_latin, sex, birth_date, phone, phone2, place_of_birth, marital_status, "
                     "neighbourhood, landmark, search_key, latin_key, created_at, updated_at) "
                     "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (_row(i) for i in range(preload)))
    conn.execute("COMMIT")
    times = []
    for i in range(preload, preload + saves):
        started = time.perf_counter()
        _save(conn, i)
        times.append(time.perf_counter() - started)
    # A save while another connection is in the middle of a long read.
    reader = _connect(path)
    reader.execute("BEGIN")
    cursor = reader.execute("SELECT * FROM person")
    cursor.fetchmany(10)  # the read transaction is open and holds its snapshot / shared lock
    conn.execute("PRAGMA busy_timeout = 1500")
    started = time.perf_counter()
    try:
        _save(conn, preload + saves)
        during_read = f"committed in {(time.perf_counter() - started) * 1000:.1f} ms"
    except Exception as exc:  # noqa: BLE001 - the point is to report what happens
        during_read = f"blocked: {type(exc).__name__}: {exc} after {time.perf_counter() - started:.1f} s"
        conn.execute("ROLLBACK")
    reader.execute("COMMIT")
    reader.close()
    side = sorted(p.name.removeprefix(path.name) for p in folder.iterdir()
                  if p.name.startswith(path.name) and p != path)
    conn.close()
    times.sort()
    return {
        "median_ms": statistics.median(times) * 1000,
        "p95_ms": times[int(len(times) * 0.95) - 1] * 1000,
        "save_during_long_read": during_read,
        "files_beside_while_open": side,
    }


CHILD = r"""
import sys
sys.path.insert(0, sys.argv[3])
from pathlib import Path
from tests.benchmarks.journal import _connect
path, mode = Path(sys.argv[1]), sys.argv[2]
conn = _connect(path)
conn.execute(f"PRAGMA journal_mode = {mode}")
batch = 0
while True:
    conn.execute("BEGIN IMMEDIATE")
    for i in range(100):
        conn.execute("INSERT INTO t (batch, payload) VALUES (?, ?)", (batch, "مرحبا" * 20))
    conn.execute("COMMIT")
    batch += 1
    print(batch, flush=True)
"""


def kill_loop(folder: Path, mode: str, kills: int, rng: random.Random) -> dict:
    template = folder / f"kill-{mode}-template.sanad"
    conn = _open(template, mode)
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, batch INTEGER, payload TEXT)")
    conn.execute("PRAGMA journal_mode = DELETE")  # a closed template has no -wal
    conn.close()
    passed, failures, leftovers = 0, [], 0
    path = folder / f"kill-{mode}.sanad"
    for n in range(kills):
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        shutil.copyfile(template, path)
        delay = rng.uniform(0.3, 1.0)
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), mode, str(REPO_ROOT), KEY_HEX],
                                 stdout=subprocess.PIPE, text=True)
        lines: list[str] = []
        reader = threading.Thread(target=lines.extend, args=(child.stdout,), daemon=True)
        reader.start()
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        reader.join()
        acked = int(lines[-1]) * 100 if lines else 0
        if any(Path(str(path) + s).exists() and Path(str(path) + s).stat().st_size for s in ("-journal", "-wal")):
            leftovers += 1
        check = _connect(path)
        problems = sqlcipher.integrity_problems(check)
        rows = check.execute("SELECT count(*) FROM t").fetchone()[0]
        check.close()
        if problems or rows < acked or rows % 100:
            failures.append({"kill": n, "delay": round(delay, 3), "acked": acked, "rows": rows,
                             "problems": problems[:3]})
        else:
            passed += 1
    return {"kills": kills, "passed": passed, "failures": failures, "killed_with_hot_journal_or_wal": leftovers}


def workload(path: Path, mode: str) -> int:
    """C1's workload for the manual power-loss check (C3, docs/release-checks.md): batches of 100
    inserts, one transaction each, forever; after each COMMIT the number of batches is written and
    fsynced to `<path>.acked`, so after the power comes back rows >= acknowledged must hold."""
    if not path.exists():
        conn = _open(path, mode)
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, batch INTEGER, payload TEXT)")
        conn.close()
    conn = _connect(path)
    conn.execute(f"PRAGMA journal_mode = {mode}")
    acked = Path(str(path) + ".acked")
    batch = conn.execute("SELECT count(*) FROM t").fetchone()[0] // 100
    print(f"writing to {path} ({mode}); cut the power whenever you like", flush=True)
    while True:
        conn.execute("BEGIN IMMEDIATE")
        for _ in range(100):
            conn.execute("INSERT INTO t (batch, payload) VALUES (?, ?)", (batch, "مرحبا" * 20))
        conn.execute("COMMIT")
        batch += 1
        with open(acked, "w", encoding="ascii") as handle:
            handle.write(str(batch))
            handle.flush()
            os.fsync(handle.fileno())


def verify(path: Path) -> int:
    """After the power cut: integrity, cipher integrity, rows >= acknowledged, whole batches only."""
    acked_file = Path(str(path) + ".acked")
    acked = int(acked_file.read_text() or 0) * 100 if acked_file.exists() else 0
    conn = _connect(path)
    problems = sqlcipher.integrity_problems(conn)
    rows = conn.execute("SELECT count(*) FROM t").fetchone()[0]
    conn.close()
    ok = not problems and rows >= acked and rows % 100 == 0
    print(f"{'PASS' if ok else 'FAIL'}: integrity {'ok' if not problems else problems[:3]}, rows {rows:,}, "
          f"acknowledged {acked:,}, whole batches {'yes' if rows % 100 == 0 else 'NO'}")
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workload", type=Path, metavar="FILE", help="run C1's workload on FILE until the power goes")
    parser.add_argument("--verify", type=Path, metavar="FILE", help="check FILE after a power cut")
    parser.add_argument("--mode", default="DELETE", choices=["DELETE", "WAL"])
    parser.add_argument("--saves", type=int, default=300)
    parser.add_argument("--preload", type=int, default=20000)
    parser.add_argument("--kills", type=int, default=25, help="SIGKILLs per mode (C1 asks 25; nightly 200)")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    if args.workload:
        return workload(args.workload, args.mode)
    if args.verify:
        return verify(args.verify)
    rng = random.Random(args.seed)
    print(f"journal benchmark: SQLCipher, synchronous=FULL, seed {args.seed}, {os.cpu_count()} CPUs")
    folder = Path(tempfile.mkdtemp(prefix="sanad-journal-"))
    try:
        for mode in ("DELETE", "WAL"):
            lat = measure_saves(folder, mode, args.saves, args.preload)
            print(f"{mode:6s} typical save: median {lat['median_ms']:.2f} ms, p95 {lat['p95_ms']:.2f} ms "
                  f"({args.saves} saves on {args.preload:,} rows)")
            print(f"{mode:6s} save while another connection reads: {lat['save_during_long_read']}")
            print(f"{mode:6s} files beside the vault while open: {lat['files_beside_while_open'] or 'none'}")
        for mode in ("DELETE", "WAL"):
            started = time.perf_counter()
            result = kill_loop(folder, mode, args.kills, rng)
            print(f"{mode:6s} kill -9 at random 0.3-1.0 s: {result['passed']}/{result['kills']} intact "
                  f"(integrity ok, rows >= acknowledged, whole batches only); "
                  f"{result['killed_with_hot_journal_or_wal']} kills left a hot journal/WAL that the next "
                  f"open recovered; {time.perf_counter() - started:.0f} s")
            for failure in result["failures"]:
                print("   FAILED", failure)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
