"""Reading the audit log (verify, list) for the admin screen and `sanad audit`."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select

from db import audit
from db.models import AuditEntry
from db.permissions import Action
from db.session import UserSession


@dataclass(frozen=True)
class AuditRow:
    seq: int
    ts: str
    username: str
    action: str
    entity: str
    entity_id: str
    details: str


def verify_chain(session: UserSession, expect: tuple[int, str] | None = None) -> audit.VerifyResult:
    session.require(Action.VIEW_AUDIT)
    with session.transaction() as db:
        return audit.verify(db, expect)


def recent(session: UserSession, limit: int = 200) -> list[AuditRow]:
    session.require(Action.VIEW_AUDIT)
    with session.transaction() as db:
        rows = db.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(max(1, min(limit, 10000))))
        return [
            AuditRow(
                r.seq, r.ts, r.username, r.action, r.entity, r.entity_id,
                json.dumps(audit.readable_details(db, r.entity, r.entity_id, r.details), ensure_ascii=False),
            )
            for r in rows
        ]
