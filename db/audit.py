"""The audit log: append-only rows, each carrying the SHA-256 of the one before it.

Model changes are recorded automatically (an `after_flush` hook on every Session: insert, change
with old and new value, delete; values of people's records sealed per record, see `seal`);
logins, failed logins, unlocks, sensitive views, prints and exports are recorded explicitly with
`append`. Entries are written in the same transaction as the change
they describe, so a rolled-back change leaves no entry and no change goes unrecorded.
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import hashlib
import json
import os
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from db.models import AuditEntry, AuditSubjectKey

GENESIS = "0" * 64
# Bookkeeping columns that change on every save and say nothing the entry does not already say.
_SKIP_FIELDS = {"updated_at", "last_login_at", "version", "search_key", "latin_key"}


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


def _subject_key(session: Session, entity: str, entity_id: str, *, create: bool) -> bytes | None:
    conn = session.connection()
    table = AuditSubjectKey.__table__
    key = conn.execute(
        select(table.c.key).where(table.c.entity == entity, table.c.entity_id == entity_id)
    ).scalar()
    if key is None and create:
        key = os.urandom(32)
        conn.execute(table.insert().values(entity=entity, entity_id=entity_id, key=key))
    return key


def _aad(entity: str, entity_id: str) -> bytes:
    return f"sanad-audit|{entity}|{entity_id}".encode()


def seal(session: Session, entity: str, entity_id: str, values: dict[str, Any]) -> dict[str, Any]:
    """Field names in clear, values encrypted under the record's own audit key."""
    key = _subject_key(session, entity, entity_id, create=True)
    nonce = os.urandom(12)
    plain = json.dumps(values, sort_keys=True, ensure_ascii=False, default=_plain).encode("utf-8")
    sealed = nonce + AESGCM(key).encrypt(nonce, plain, _aad(entity, entity_id))
    return {"fields": sorted(values), "sealed": base64.b64encode(sealed).decode("ascii")}


def readable_details(session: Session, entity: str, entity_id: str, details: str) -> dict[str, Any]:
    """An entry's details for display: sealed values opened, or marked purged once the record's
    key is gone."""
    data = json.loads(details or "{}")
    if "sealed" not in data:
        return data
    entity, entity_id = data.get("subject", [entity, entity_id])
    key = _subject_key(session, entity, entity_id, create=False)
    if key is None:
        return {name: "(purged)" for name in data.get("fields", [])}
    raw = base64.b64decode(data["sealed"])
    return json.loads(AESGCM(key).decrypt(raw[:12], raw[12:], _aad(entity, entity_id)))


def _record(session: Session, actor: Actor, action: str, obj: Any, values: dict[str, Any]) -> None:
    entity, entity_id = obj.__tablename__, _identity(obj)
    if getattr(obj, "__personal__", False):
        subject = obj.audit_subject() or (entity, entity_id)
        values = seal(session, *subject, values)
        values["subject"] = list(subject)
    append(session, actor, action, entity, entity_id, values)


@event.listens_for(Session, "after_flush")
def _record_model_changes(session: Session, flush_context: Any) -> None:
    actor = session.info.get("actor", SYSTEM)
    for obj in list(session.new):
        if getattr(obj, "__audited__", False):
            _record(session, actor, "create", obj, _snapshot(obj))
    for obj in list(session.dirty):
        if getattr(obj, "__audited__", False) and session.is_modified(obj, include_collections=False):
            changes = _changes(obj)
            if changes:
                _record(session, actor, "update", obj, changes)
    for obj in list(session.deleted):
        if getattr(obj, "__audited__", False):
            _record(session, actor, "delete", obj, _snapshot(obj))


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    count: int
    first_broken: int | None = None
    reason: str = ""
    # The newest entry's hash. The chain proves every entry up to it; it cannot show entries cut
    # off the end by someone holding the key. Writing this down outside the computer (with the
    # count) lets a later check prove nothing before it was removed or rewritten.
    head: str = ""


def verify(session: Session, expect: tuple[int, str] | None = None) -> VerifyResult:
    """Walk the chain in order; name the first entry whose link or content does not hold.
    `expect` = (entry number, hash) written down earlier: that entry must still be there, unchanged."""
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
        if expect is not None and row.seq == expect[0] and row.hash != expect[1]:
            return VerifyResult(False, count, row.seq, "entry differs from the one written down earlier")
        prev = row.hash
        expected_seq += 1
    if expect is not None and count < expect[0]:
        return VerifyResult(False, count, count + 1, f"entries {count + 1} to {expect[0]} were removed")
    return VerifyResult(True, count, head=prev)

