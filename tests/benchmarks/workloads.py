"""Timed database workloads, each run in a fresh worker process.

`python -m tests.benchmarks.workloads` reads one JSON job on stdin and prints one JSON result on
stdout. A fresh process per measurement matters: SQLCipher's `cipher_memory_security` is global
to the process and cannot be switched off again once on, and each run starts with an empty page
cache, so configurations cannot leak into each other.

Every workload talks to the DBAPI connection directly (no ORM), with autocommit off in the driver
and explicit BEGIN/COMMIT as the vault's SQLAlchemy engine does; the SQLAlchemy overhead would be
the same on both sides and would only dilute the SQLCipher/SQLite ratio.

Connection kinds:
    sqlcipher  the vault file, opened exactly like the app does (db.sqlcipher.connect), optionally
               with cipher_memory_security OFF or a different cache_size
    sqlite     a plain file through the standard library's sqlite3, with the same non-cipher
               PRAGMAs (db.sqlcipher.configure: cache_size, temp_store, foreign_keys,
               busy_timeout, secure_delete, journal_mode=DELETE, synchronous=FULL)
    samebuild  a plain file through sqlcipher3 without a key: the very SQLite build SQLCipher
               uses, so the ratio against it is the cost of encryption alone
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import sqlcipher3

from db import sqlcipher
from db.secrets import MasterKey

BATCH = 10_000
PERSONS_PER_HOUSEHOLD = 4

FIRST = ["محمد", "أحمد", "علي", "حسن", "فاطمة", "زينب", "مريم", "عمر", "خالد", "نور", "ليلى", "يوسف",
         "سارة", "إبراهيم", "هدى", "عبد الله", "رنا", "سامر", "ريم", "طارق"]
FAMILY = ["الحلبي", "الشامي", "العلي", "الخطيب", "المصري", "الأحمد", "النجار", "الحسن", "السيد", "الزعبي",
          "العمر", "القاسم", "الحمصي", "الإدلبي"]
LATIN = ["Mohammad", "Ahmad", "Ali", "Hasan", "Fatima", "Zainab", "Maryam", "Omar", "Khaled", "Nour"]
GOVERNORATES = ["Damascus", "Aleppo", "Homs", "Hama", "Latakia", "Idlib", "Daraa", "Deir ez-Zor", "Raqqa",
                "Tartus", "Quneitra", "As-Suwayda", "Al-Hasakah", "Rif Dimashq"]
STATUSES = ["resident", "idp", "returnee", "refugee"]
RELATIONS = ["head", "spouse", "son", "daughter", "mother", "father", "other"]

INSERT_HOUSEHOLD = (
    "INSERT INTO household (id, governorate, district, sub_district, neighbourhood, landmark, "
    "displacement_status, phone, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)"
)
INSERT_PERSON = (
    "INSERT INTO person (household_id, file_number, first_name, father_name, grandfather_name, "
    "family_name, mother_name, name_latin, sex, birth_date, birth_precision, relationship_to_head, "
    "phone, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
SELECT_BY_ID = "SELECT * FROM person WHERE id = ?"
SELECT_BY_FILE_NUMBER = "SELECT * FROM person WHERE file_number = ?"


def file_number(index: int) -> str:
    return f"SN-{index:07d}"


# ---- connections ---------------------------------------------------------------------------------
def open_connection(spec: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
    """Open one connection as `spec` says; return it with the settings actually in force."""
    kind = spec["kind"]
    path = Path(spec["path"])
    cms = str(spec.get("cms", "on")).lower()
    cache = spec.get("cache", "app")  # "app" (as configured), "library" (build default) or KiB
    library_cache = None
    if kind == "sqlcipher":
        key = MasterKey(bytes.fromhex(spec["key_hex"]))
        if cms == "on":
            # Exactly the app's code path.
            library_cache = _library_default_cache(sqlcipher3)
            conn = sqlcipher.connect(path, key)
        else:
            library_cache = _library_default_cache(sqlcipher3)
            conn = sqlcipher3.connect(str(path), check_same_thread=False)
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute("PRAGMA cipher_memory_security = OFF")
            conn.execute(f"PRAGMA key = {key.pragma_value()}")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            sqlcipher.configure(conn)
        key.wipe()
    elif kind in ("sqlite", "samebuild"):
        module = sqlite3 if kind == "sqlite" else sqlcipher3
        library_cache = _library_default_cache(module)
        conn = module.connect(str(path), check_same_thread=False)
        sqlcipher.configure(conn)
    else:
        raise ValueError(f"unknown connection kind {kind!r}")
    if cache == "library":
        conn.execute(f"PRAGMA cache_size = {library_cache}")
    elif cache != "app":
        conn.execute(f"PRAGMA cache_size = -{int(cache)}")
    # As the vault engine does: the driver opens no implicit transactions, we say BEGIN ourselves.
    conn.isolation_level = None
    settings = {
        "cache_size": conn.execute("PRAGMA cache_size").fetchone()[0],
        "journal_mode": conn.execute("PRAGMA journal_mode").fetchone()[0],
        "synchronous": conn.execute("PRAGMA synchronous").fetchone()[0],
        "secure_delete": conn.execute("PRAGMA secure_delete").fetchone()[0],
        "temp_store": conn.execute("PRAGMA temp_store").fetchone()[0],
        "foreign_keys": conn.execute("PRAGMA foreign_keys").fetchone()[0],
        "sqlite_version": conn.execute("SELECT sqlite_version()").fetchone()[0],
    }
    if kind != "sqlite":
        row = conn.execute("PRAGMA cipher_memory_security").fetchone()
        settings["cipher_memory_security"] = row[0] if row else None
    return conn, settings


def _library_default_cache(module: Any) -> int:
    probe = module.connect(":memory:")
    try:
        return int(probe.execute("PRAGMA cache_size").fetchone()[0])
    finally:
        probe.close()


# ---- data ----------------------------------------------------------------------------------------
def _stamp(rng: random.Random) -> str:
    base = dt.datetime(2024, 1, 1) + dt.timedelta(seconds=rng.randrange(60 * 60 * 24 * 700))
    return base.strftime("%Y-%m-%d %H:%M:%S.%f")


def batch_rows(start: int, stop: int, seed: int) -> tuple[list[tuple], list[tuple]]:
    """Households and persons for person indices [start, stop): the same on every engine."""
    rng = random.Random(seed * 1_000_003 + start)
    households: list[tuple] = []
    persons: list[tuple] = []
    for index in range(start, stop):
        household_id = index // PERSONS_PER_HOUSEHOLD + 1
        # Batches start at multiples of BATCH (a multiple of 4), so a household is always
        # inserted in the same transaction as its first member, before it.
        if index % PERSONS_PER_HOUSEHOLD == 0:
            stamp = _stamp(rng)
            households.append((
                household_id, rng.choice(GOVERNORATES), f"District {rng.randrange(60)}",
                f"Sub-district {rng.randrange(270)}", f"حي {rng.randrange(1000)}",
                "قرب الجامع الكبير" if rng.random() < 0.5 else "",
                rng.choice(STATUSES), f"+9639{rng.randrange(10**8):08d}", stamp, stamp,
            ))
        stamp = _stamp(rng)
        birth = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(30_000))
        persons.append((
            household_id, file_number(index), rng.choice(FIRST), rng.choice(FIRST), rng.choice(FIRST),
            rng.choice(FAMILY), f"{rng.choice(FIRST)} {rng.choice(FAMILY)}",
            f"{rng.choice(LATIN)} {rng.choice(LATIN)}", rng.choice("MF"), birth.isoformat(),
            rng.choice(["exact", "year"]), rng.choice(RELATIONS), f"+9639{rng.randrange(10**8):08d}",
            stamp, stamp,
        ))
    return households, persons


# ---- workloads -----------------------------------------------------------------------------------
def run_insert(job: dict[str, Any]) -> dict[str, Any]:
    """Persons [start, stop) with their households, one transaction per BATCH persons."""
    conn, settings = open_connection(job["conn"])
    seed = job["seed"]
    seconds = 0.0
    persons = households = 0
    batch_seconds = []
    try:
        for begin in range(job["start"], job["stop"], BATCH):
            end = min(begin + BATCH, job["stop"])
            hh_rows, person_rows = batch_rows(begin, end, seed)
            t0 = time.perf_counter()
            conn.execute("BEGIN")
            conn.executemany(INSERT_HOUSEHOLD, hh_rows)
            conn.executemany(INSERT_PERSON, person_rows)
            conn.execute("COMMIT")
            elapsed = time.perf_counter() - t0
            seconds += elapsed
            batch_seconds.append(elapsed)
            persons += len(person_rows)
            households += len(hh_rows)
    finally:
        conn.close()
    return {"seconds": seconds, "persons": persons, "households": households,
            "batch_seconds": batch_seconds, "settings": settings}


def run_point(job: dict[str, Any]) -> dict[str, Any]:
    """Random single-row lookups on a fresh connection: by id (cold page cache), by file_number,
    then the same ids again (warm page cache)."""
    conn, settings = open_connection(job["conn"])
    try:
        low, high = conn.execute("SELECT min(id), max(id) FROM person").fetchone()
        rng = random.Random(job["seed"])
        count = job["lookups"]
        ids = [rng.randint(low, high) for _ in range(count)]
        numbers = [file_number(rng.randrange(job["rows"])) for _ in range(count)]
        cursor = conn.cursor()

        def by(sql: str, values: list) -> tuple[float, int]:
            missing = 0
            t0 = time.perf_counter()
            for value in values:
                if cursor.execute(sql, (value,)).fetchone() is None:
                    missing += 1
            return time.perf_counter() - t0, missing

        pk_cold, miss_pk = by(SELECT_BY_ID, ids)
        fileno, miss_fn = by(SELECT_BY_FILE_NUMBER, numbers)
        pk_warm, _ = by(SELECT_BY_ID, ids)
    finally:
        conn.close()
    return {
        "lookups": count,
        "pk_cold_qps": count / pk_cold,
        "file_number_qps": count / fileno,
        "pk_warm_qps": count / pk_warm,
        "missing": miss_pk + miss_fn,
        "settings": settings,
    }


def run_small_txn(job: dict[str, Any]) -> dict[str, Any]:
    """Single-row insert + COMMIT, again and again: with synchronous=FULL each one waits for fsync."""
    conn, settings = open_connection(job["conn"])
    tag = job["tag"]
    latencies = []
    try:
        _, rows = batch_rows(0, job["count"], job["seed"])
        t_all = time.perf_counter()
        for index, row in enumerate(rows):
            row = (None, f"TX-{tag}-{index:06d}") + row[2:]
            t0 = time.perf_counter()
            conn.execute("BEGIN")
            conn.execute(INSERT_PERSON, row)
            conn.execute("COMMIT")
            latencies.append(time.perf_counter() - t0)
        total = time.perf_counter() - t_all
    finally:
        conn.close()
    return {"ops": len(rows), "seconds": total, "ops_per_s": len(rows) / total,
            "median_ms": statistics.median(latencies) * 1000, "settings": settings}


def run_unlock_once(job: dict[str, Any]) -> dict[str, Any]:
    """The first Vault.open + unlock in a fresh process (modules imported, nothing else warm)."""
    from db.vault import Vault

    t0 = time.perf_counter()
    vault = Vault.open(job["path"])
    t1 = time.perf_counter()
    vault.unlock(job["username"], job["password"])
    t2 = time.perf_counter()
    vault.close()
    return {"open_s": t1 - t0, "unlock_s": t2 - t1, "total_s": t2 - t0}


WORKLOADS = {
    "insert": run_insert,
    "point": run_point,
    "small_txn": run_small_txn,
    "unlock_once": run_unlock_once,
}


def main() -> None:
    job = json.loads(sys.stdin.read())
    result = WORKLOADS[job["workload"]](job)
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
