"""The person search index on SQLite: an FTS5 table over the normalised keys that db/names.py
writes into person.search_key and person.latin_key, kept in step by triggers. SQLite-only SQL
lives here (the PostgreSQL issue gets its own module with the same two functions)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.engine import Connection

FTS_TABLE = "person_fts"

_DDL = [
    # External content: the index stores tokens only; the text stays in `person`. Prefix indexes
    # make search-as-you-type ("فاط*") fast. The keys are normalised already, so the tokenizer
    # only splits on spaces and punctuation.
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(
        search_key, latin_key, content='person', content_rowid='id',
        tokenize='unicode61 remove_diacritics 0', prefix='1 2 3'
    )""",
    f"""CREATE TRIGGER IF NOT EXISTS person_fts_insert AFTER INSERT ON person BEGIN
        INSERT INTO {FTS_TABLE}(rowid, search_key, latin_key) VALUES (new.id, new.search_key, new.latin_key);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS person_fts_delete AFTER DELETE ON person BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_key, latin_key)
        VALUES ('delete', old.id, old.search_key, old.latin_key);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS person_fts_update AFTER UPDATE OF search_key, latin_key ON person BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_key, latin_key)
        VALUES ('delete', old.id, old.search_key, old.latin_key);
        INSERT INTO {FTS_TABLE}(rowid, search_key, latin_key) VALUES (new.id, new.search_key, new.latin_key);
    END""",
]
# Deleted people leave no tokens behind in the index's pages (security case D1). Needs SQLite
# 3.42+; the bundled SQLCipher has it (a test checks the vault), an older plain SQLite (the
# benchmark's comparison file) builds the same index without it.
_SECURE_DELETE = f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('secure-delete', 1)"


_TRIGGERS = ("person_fts_insert", "person_fts_delete", "person_fts_update")


def create_index(conn: Connection) -> None:
    for ddl in _DDL:
        conn.exec_driver_sql(ddl)
    version = conn.exec_driver_sql("SELECT sqlite_version()").scalar()
    if tuple(int(part) for part in version.split(".")[:2]) >= (3, 42):
        conn.exec_driver_sql(_SECURE_DELETE)
    rebuild(conn)


@contextmanager
def bulk_load(conn: Connection) -> Iterator[None]:
    """Insert many people without updating the index row by row, then rebuild it once — in the
    caller's transaction, so an interrupted load leaves triggers and index as they were. (Row by
    row, each index update pays SQLCipher's locked-memory allocations: 100,000 people took 90 s
    instead of a few.)"""
    for trigger in _TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
    yield
    for ddl in _DDL[1:]:
        conn.exec_driver_sql(ddl)
    rebuild(conn)


def rebuild(conn: Connection) -> None:
    """Re-read every person's keys into the index (after a bulk load that bypassed triggers)."""
    conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def match_expression(tokens: Sequence[str], *, prefix_last: bool = True) -> str:
    """All tokens must match; the last one as a prefix while the user is still typing."""
    parts = [_quote(t) for t in tokens if t]
    if parts and prefix_last:
        parts[-1] += "*"
    return " AND ".join(parts)


def search_ids(
    conn: Connection, tokens: Sequence[str], limit: int, *, prefix_last: bool = True
) -> list[tuple[int, float]]:
    """(person id, position) for up to `limit` people whose keys hold every token: whole-word
    matches first, then (while the user is typing) those where the last token is a prefix.

    Not ordered by bm25 or by rowid descending, both measured on a million people: relevance
    sorting of every match cost 200-400 ms for a common name, and ORDER BY rowid DESC with a prefix
    term 11-52 s; plain index order takes 1-36 ms. The caller re-ranks the candidates by how the
    name parts fit (db/search.py)."""
    found: dict[int, float] = {}
    passes = [False, True] if prefix_last else [False]
    for prefix in passes:
        expression = match_expression(tokens, prefix_last=prefix)
        if not expression or len(found) >= limit:
            break
        rows = conn.execute(
            text(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q LIMIT :n"),
            {"q": expression, "n": limit},
        )
        for (rowid,) in rows:
            if len(found) >= limit:
                break
            found.setdefault(int(rowid), float(len(found)))
    return list(found.items())
