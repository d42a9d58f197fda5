"""The office's pseudonym keys, managed by an administrator (issue 6, item 3): list them with when
and by whom each was made and last replaced, make a new named key, replace a key's secret (exports
made afterwards can no longer be linked to earlier ones), delete one no longer needed (never the
default). Every change is audited.

The keys themselves live where db/export_data.py keeps them (`app_meta`, "export_key:<name>", made
on first use by an export). This module adds, beside each key it makes or replaces, a small record
"pseudonym_key_info:<name>" of who did it and when; for a key made before that (or by an export),
the same facts are read from the audit log, which has recorded every key made or replaced.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import audit
from db.errors import SanadError
from db.export_data import DEFAULT_KEY, KEY_PREFIX, _check_key_name
from db.i18n import QT_TRANSLATE_NOOP
from db.models import AppMeta, AuditEntry
from db.permissions import Action
from db.session import UserSession

INFO_PREFIX = "pseudonym_key_info:"
AUDIT_ENTITY = "export_key"
MADE_AUDIT_ACTION = "pseudonym_key_made"  # the names export_data writes too
REPLACED_AUDIT_ACTION = "pseudonym_key_replaced"
DELETED_AUDIT_ACTION = "pseudonym_key_deleted"


class KeyNameTaken(SanadError):
    text = QT_TRANSLATE_NOOP("SanadError", "There is already a pseudonym key called %1. Choose another name.")


class NoSuchKey(SanadError):
    text = QT_TRANSLATE_NOOP("SanadError", "There is no pseudonym key called %1.")


class DefaultKeyKept(SanadError):
    text = QT_TRANSLATE_NOOP("SanadError", "The default key cannot be deleted; it can be replaced.")


@dataclass(frozen=True)
class KeyInfo:
    name: str
    exists: bool  # False only for the default key before the first anonymised export makes it
    made_at: dt.datetime | None = None  # UTC; None when nothing recorded it
    made_by: str = ""
    replaced_at: dt.datetime | None = None
    replaced_by: str = ""

    @property
    def is_default(self) -> bool:
        return self.name == DEFAULT_KEY


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)


def _read_info(text: str) -> dict[str, str]:
    try:
        info = json.loads(text)
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in info.items()} if isinstance(info, dict) else {}


def _when(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text.rstrip("Z")).replace(microsecond=0, tzinfo=None) if text else None
    except ValueError:
        return None


def _record(db: Session, session: UserSession, name: str, *, made: bool) -> None:
    """Note who made or replaced the key and when, beside the key."""
    row = db.get(AppMeta, INFO_PREFIX + name)
    # A key made by an export has no record of its own yet: who made it comes from the audit log.
    info = _read_info(row.value) if row is not None else _from_audit(db, {name}).get(name, {})
    now, who = _now().isoformat(), session.user.username
    if made:
        info = {"made_at": now, "made_by": who}
    else:
        info.update(replaced_at=now, replaced_by=who)
    value = json.dumps(info, sort_keys=True)
    if row is None:
        db.add(AppMeta(key=INFO_PREFIX + name, value=value))
    else:
        row.value = value


def _from_audit(db: Session, names: set[str]) -> dict[str, dict[str, str]]:
    """Made and last replaced, by whom, for keys with no record of their own, from the audit log
    (the latest making after the latest deletion; a key first made by a replacement counts as made)."""
    found: dict[str, dict[str, str]] = {}
    entries = db.execute(select(AuditEntry.entity_id, AuditEntry.action, AuditEntry.ts, AuditEntry.username)
                         .where(AuditEntry.entity == AUDIT_ENTITY, AuditEntry.entity_id.in_(names))
                         .order_by(AuditEntry.seq))
    for name, action, ts, username in entries:
        if action == DELETED_AUDIT_ACTION:
            found.pop(name, None)
        elif action == MADE_AUDIT_ACTION or (action == REPLACED_AUDIT_ACTION and name not in found):
            found[name] = {"made_at": ts, "made_by": username}
        elif action == REPLACED_AUDIT_ACTION:
            found[name].update(replaced_at=ts, replaced_by=username)
    return found


def list_keys(session: UserSession) -> list[KeyInfo]:
    """Every pseudonym key, the default first (listed even before an export has made it)."""
    session.require(Action.EDIT_SETTINGS)
    with session.transaction() as db:
        rows = dict(db.execute(select(AppMeta.key, AppMeta.value).where(
            AppMeta.key.startswith(KEY_PREFIX, autoescape=True) | AppMeta.key.startswith(INFO_PREFIX,
                                                                                         autoescape=True))).all())
        names = {key[len(KEY_PREFIX):] for key in rows if key.startswith(KEY_PREFIX)}
        infos = {name: _read_info(rows[INFO_PREFIX + name]) for name in names if INFO_PREFIX + name in rows}
        missing = names - set(infos)
        if missing:
            infos.update(_from_audit(db, missing))
    out = []
    for name in sorted(names | {DEFAULT_KEY}, key=lambda n: (n != DEFAULT_KEY, n.casefold())):
        info = infos.get(name, {})
        out.append(KeyInfo(name, name in names, _when(info.get("made_at", "")), info.get("made_by", ""),
                           _when(info.get("replaced_at", "")), info.get("replaced_by", "")))
    return out


def make_key(session: UserSession, name: str) -> str:
    """A new key called `name` (1 to 40 Latin letters, digits, - or _); refused if one exists."""
    session.require(Action.EDIT_SETTINGS)
    name = _check_key_name(name)
    with session.transaction() as db:
        if db.get(AppMeta, KEY_PREFIX + name) is not None:
            raise KeyNameTaken(name)
        db.add(AppMeta(key=KEY_PREFIX + name, value=secrets.token_hex(32)))
        _record(db, session, name, made=True)
        audit.append(db, session.user.actor, MADE_AUDIT_ACTION, AUDIT_ENTITY, name)
    return name


def replace_key(session: UserSession, name: str) -> None:
    """A new secret under the same name: exports made from now on cannot be linked to earlier
    ones (the same file number gets another pseudonym). The default key is made if it was not yet."""
    session.require(Action.EDIT_SETTINGS)
    name = _check_key_name(name)
    with session.transaction() as db:
        row = db.get(AppMeta, KEY_PREFIX + name)
        if row is None and name != DEFAULT_KEY:
            raise NoSuchKey(name)
        if row is None:
            db.add(AppMeta(key=KEY_PREFIX + name, value=secrets.token_hex(32)))
        else:
            row.value = secrets.token_hex(32)
        _record(db, session, name, made=row is None)
        audit.append(db, session.user.actor, REPLACED_AUDIT_ACTION, AUDIT_ENTITY, name)


def delete_key(session: UserSession, name: str) -> None:
    """Delete a key no longer needed (never the default): nobody can link exports made with it any
    more. An export asking for the name again gets a new key."""
    session.require(Action.EDIT_SETTINGS)
    name = _check_key_name(name)
    if name == DEFAULT_KEY:
        raise DefaultKeyKept()
    with session.transaction() as db:
        row = db.get(AppMeta, KEY_PREFIX + name)
        if row is None:
            raise NoSuchKey(name)
        db.delete(row)
        info = db.get(AppMeta, INFO_PREFIX + name)
        if info is not None:
            db.delete(info)
        audit.append(db, session.user.actor, DELETED_AUDIT_ACTION, AUDIT_ENTITY, name)
