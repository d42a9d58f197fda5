"""The audit log: append-only rows, each carrying the SHA-256 of the one before it.

Model changes are recorded automatically (an `after_flush` hook on every Session: insert, change
with old and new value, delete); logins, failed logins, unlocks, sensitive views, prints and exports
are recorded explicitly with `append`. Entries are written in the same transaction as the change
they describe, so a rolled-back change leaves no entry and no change goes unrecorded.
"""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from db.models import AuditEntry

GENESIS = "0" * 64
# Bookkeeping columns that change on every save and say nothing the entry does not already say.
_SKIP_FIELDS = {"updated_at", "last_login_at"}


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str


SYSTEM = Actor(None, "system")


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return f"<{len(value)} bytes>"
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value


def canonical(entry: dict[str, Any]) -> bytes:
    return json.dumps(entry, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def entry_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + canonical(fields)).hexdigest()


def _fields(row: AuditEntry | dict[str, Any]) -> dict[str, Any]:
    get = row.get if isinstance(row, dict) else lambda name: getattr(row, name)
    return {
        name: get(name)
        for name in ("seq", "ts", "user_id", "username", "action", "entity", "entity_id", "details")
    }


def append(
    session: Session,
    actor: Actor,
    action: str,
    entity: str = "",
    entity_id: str | int = "",
    details: dict[str, Any] | None = None,
    *,
    when: dt.datetime | None = None,
) -> None:
    """Add one chained entry in the session's current transaction."""
    conn = session.connection()
    last = conn.execute(select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    when = when or dt.datetime.now(dt.UTC)
    fields = {
        "seq": seq,
        "ts": when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "user_id": actor.user_id,
        "username": actor.username,
        "action": action,
        "entity": entity,
        "entity_id": str(entity_id),
        "details": json.dumps(details or {}, sort_keys=True, ensure_ascii=False, default=_plain),
    }
    conn.execute(AuditEntry.__table__.insert().values(**fields, prev_hash=prev, hash=entry_hash(prev, fields)))


def _identity(obj: Any) -> str:
    # Primary-key values straight from the object: for new rows they exist only after the flush.
    values = inspect(obj).mapper.primary_key_from_instance(obj)
    return ",".join("" if part is None else str(part) for part in values)


def _snapshot(obj: Any) -> dict[str, Any]:
    state = inspect(obj)
    values = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIP_FIELDS:
            continue
        value = getattr(obj, attr.key)
        values[attr.key] = "(hidden)" if attr.key in obj.__sensitive__ and value else _plain(value)
    return values


def _changes(obj: Any) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIP_FIELDS:
            continue
        history = state.attrs[attr.key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old == new:
            continue
        if attr.key in obj.__sensitive__:
            changes[attr.key] = ["(hidden)", "(hidden)"]
        else:
            changes[attr.key] = [_plain(old), _plain(new)]
    return changes


@event.listens_for(Session, "after_flush")
def _record_model_changes(session: Session, flush_context: Any) -> None:
    actor = session.info.get("actor", SYSTEM)
    for obj in list(session.new):
        if getattr(obj, "__audited__", False):
            append(session, actor, "create", obj.__tablename__, _identity(obj), _snapshot(obj))
    for obj in list(session.dirty):
        if getattr(obj, "__audited__", False) and session.is_modified(obj, include_collections=False):
            changes = _changes(obj)
            if changes:
                append(session, actor, "update", obj.__tablename__, _identity(obj), changes)
    for obj in list(session.deleted):
        if getattr(obj, "__audited__", False):
            append(session, actor, "delete", obj.__tablename__, _identity(obj), _snapshot(obj))


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    count: int
    first_broken: int | None = None
    reason: str = ""


def verify(session: Session) -> VerifyResult:
    """Walk the chain in order; name the first entry whose link or content does not hold."""
    prev = GENESIS
    expected_seq = 1
    count = 0
    for row in session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars():
        count += 1
        if row.seq != expected_seq:
            return VerifyResult(False, count, row.seq, f"entry {expected_seq} is missing")
        if row.prev_hash != prev:
            return VerifyResult(False, count, row.seq, "link to the previous entry is broken")
        if entry_hash(prev, _fields(row)) != row.hash:
            return VerifyResult(False, count, row.seq, "entry was changed after it was written")
        prev = row.hash
        expected_seq += 1
    return VerifyResult(True, count)

