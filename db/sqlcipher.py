"""Everything specific to SQLite/SQLCipher lives here: connecting, keying, PRAGMAs, checks.

Keeping it in one small module leaves the rest of `db/` portable SQLAlchemy for the later
PostgreSQL issue. Settings are pinned (security case S1) and checked after every open.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from db.secrets import MasterKey

SQLITE_HEADER = b"SQLite format 3\x00"
PAGE_SIZE = 4096

# What SQLCipher 4 promises by default; a dependency upgrade that changes any of them fails S1.
PINNED_SETTINGS = {
    "kdf_iter": "256000",
    "cipher_page_size": "4096",
    "cipher_use_hmac": "1",
    "cipher_plaintext_header_size": "0",
    "cipher_hmac_algorithm": "HMAC_SHA512",
    "cipher_kdf_algorithm": "PBKDF2_HMAC_SHA512",
}

# 64 MiB page cache: with the build's default (8 MB here) pages are decrypted again and again;
# the large cache is 1.3-1.45x faster on index and warm lookups (tests/benchmarks).
CACHE_SIZE_KIB = 65536

# Few cached prepared statements. With memory security on, every allocation SQLite cannot serve
# from its small per-connection lookaside buffer costs an mlock/munlock pair; a large statement
# cache uses that buffer up and made inserts 4-9x slower (measured: 100,000-row insert 1.6 s with
# 128 cached statements, 0.4 s with 8; lookups 0.41 s vs 0.18 s). Re-preparing is cheap.
CACHED_STATEMENTS = 8


def _keyed(path: Path, key: MasterKey, *, read_only: bool = False) -> sqlcipher3.Connection:
    """A connection with the key set and SQLCipher's own settings; nothing read yet."""
    if read_only:
        conn = sqlcipher3.connect(
            path.absolute().as_uri() + "?mode=ro", uri=True, check_same_thread=False,
            cached_statements=CACHED_STATEMENTS,
        )
    else:
        conn = sqlcipher3.connect(str(path), check_same_thread=False, cached_statements=CACHED_STATEMENTS)
    # Keep SQLCipher's log quiet: it must never print key-related lines to a shared log.
    conn.execute("PRAGMA cipher_log_level = NONE")
    # Lock and zero memory SQLCipher allocates (off by default in community 4.19; security
    # case S7). It is the costly setting (mlock per allocation): see CACHED_STATEMENTS.
    conn.execute("PRAGMA cipher_memory_security = ON")
    conn.execute(f"PRAGMA key = {key.pragma_value()}")
    return conn


def connect(path: Path, key: MasterKey, *, read_only: bool = False) -> sqlcipher3.Connection:
    """Open, key and configure one connection; raises sqlcipher3.DatabaseError on a wrong key."""
    conn = _keyed(path, key, read_only=read_only)
    try:
        # A wrong key only shows at the first read: make that read now.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        configure(conn, read_only=read_only)
    except BaseException:
        conn.close()
        raise
    return conn


def configure(conn: sqlcipher3.Connection, *, read_only: bool = False) -> None:
    # Temp tables and sorts stay in memory: never a plaintext temp file.
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA cache_size = -{CACHE_SIZE_KIB}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    if not read_only:
        # Freed pages are zeroed, so deleted personal data does not linger in the file.
        conn.execute("PRAGMA secure_delete = ON")
        # Rollback journal (its pages are encrypted too) with full fsync: a power cut loses at
        # most the transaction in flight, never a committed one. Measured against WAL
        # (tests/benchmarks/journal.py): a typical save 1.4 ms vs 0.3 ms, both unnoticeable, and
        # 25/25 kill -9 intact in both; WAL lets a save commit during a long read, but keeps
        # committed data in -wal/-shm files beside the vault (a copied, restored or wiped vault
        # must carry them) and does not work on a network share. One file wins.
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")


def new_database(path: Path, key: MasterKey) -> sqlcipher3.Connection:
    conn = _keyed(path, key)
    conn.execute("PRAGMA cipher_page_size = 4096")
    configure(conn)
    # Writing anything creates page 1 with its salt.
    conn.execute("CREATE TABLE IF NOT EXISTS sanad_bootstrap (x INTEGER)")
    conn.execute("DROP TABLE sanad_bootstrap")
    conn.commit()
    return conn


# Primary SQLite result codes (the low byte of an extended code).
SQLITE_PERM, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_CANTOPEN, SQLITE_NOTADB = 3, 8, 10, 11, 14, 26


def error_code(exc: BaseException) -> int | None:
    """The primary SQLite result code of a driver error (also when wrapped by SQLAlchemy)."""
    inner = getattr(exc, "orig", exc)
    code = getattr(inner, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def cipher_settings(conn: sqlcipher3.Connection) -> dict[str, str]:
    settings: dict[str, str] = {}
    for (line,) in conn.execute("PRAGMA cipher_settings"):
        body = line.strip().removeprefix("PRAGMA ").rstrip(";")
        name, _, value = body.partition("=")
        settings[name.strip()] = value.strip()
    return settings


def cipher_version(conn: sqlcipher3.Connection) -> str:
    return conn.execute("PRAGMA cipher_version").fetchone()[0]


def settings_problems(conn: sqlcipher3.Connection) -> list[str]:
    """Differences from the pinned settings; empty when all is as it must be."""
    problems = []
    version = cipher_version(conn)
    if not version.startswith("4."):
        problems.append(f"cipher_version {version} (want 4.x)")
    actual = cipher_settings(conn)
    for name, want in PINNED_SETTINGS.items():
        if name == "kdf_iter":
            if int(actual.get(name, "0")) < int(want):
                problems.append(f"{name} {actual.get(name)} (want >= {want})")
        elif actual.get(name) != want:
            problems.append(f"{name} {actual.get(name)} (want {want})")
    if conn.execute("PRAGMA cipher_memory_security").fetchone()[0] not in ("1", 1):
        problems.append("cipher_memory_security off")
    return problems


def rekey(conn: sqlcipher3.Connection, new_key: MasterKey) -> None:
    """Re-encrypt every page with a new key (SQLCipher does it in one transaction)."""
    conn.execute(f"PRAGMA rekey = {new_key.pragma_value()}")


def vacuum(path: Path, key: MasterKey) -> int:
    """Rebuild the file without free pages (after a purge: no page keeps deleted data, and the
    file shrinks); returns the free-page count after, 0. Needs no other connection in a transaction."""
    conn = connect(path, key)
    try:
        conn.isolation_level = None
        conn.execute("VACUUM")
        return int(conn.execute("PRAGMA freelist_count").fetchone()[0])
    finally:
        conn.close()


def file_salt(path: Path) -> bytes:
    """SQLCipher keeps a random 16-byte salt at the start of the file: it identifies the file."""
    with open(path, "rb") as handle:
        return handle.read(16)


def looks_like_plaintext_sqlite(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(16) == SQLITE_HEADER


def page_problems(conn: sqlcipher3.Connection) -> list[str]:
    """The quick check on open: the HMAC of every page (any flipped, zeroed or torn page of an
    encrypted file fails it). Measured 2.5 s on a 1 GB vault; the structure check adds 5 s."""
    return [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]


def integrity_problems(conn: sqlcipher3.Connection) -> list[str]:
    """Full check: HMAC of every page, then SQLite's own structure check."""
    problems = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
    if not problems:
        rows = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            problems.extend(rows)
    return problems


AUDIT_TRIGGERS = [
    # The audit log is append-only: no UPDATE or DELETE path exists, and these refuse raw SQL.
    """CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END""",
    """CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END""",
]


def backup_into(source: sqlcipher3.Connection, target: Path, key: MasterKey, salt: bytes) -> None:
    """Copy the whole database with SQLite's online backup API (one consistent snapshot, also
    while other connections are open) into a NEW file keyed with the same raw key and the same
    16-byte salt: the copy is encrypted page by page as it is written, never plaintext on disk,
    and the vault's key file (which records the salt) opens it."""
    if len(salt) != 16:
        raise ValueError("salt must be 16 bytes")
    conn = sqlcipher3.connect(str(target), check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("PRAGMA key = \"x'" + key.raw().hex() + salt.hex() + "'\"")
        conn.execute("PRAGMA cipher_page_size = 4096")
        source.backup(conn)  # pages=-1: every page in one step, so the snapshot is consistent
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


SQLITE_FULL = 13
