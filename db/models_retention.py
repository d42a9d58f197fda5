"""Tables for retention (kept out of db/models.py so parallel work does not collide; imported at its end).

A purged file leaves one `RetentionRecord`: that the file existed, when it was opened, last moved
and was purged, why and by whom — and no personal data (domain.md section 7, security case D2)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base, utcnow


class RetentionRecord(Base):
    __tablename__ = "retention_record"
    __audited__ = True
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_number: Mapped[str] = mapped_column(String(40), unique=True)
    # The removed person's id (ids are never given twice), for the audit entries that name it.
    person_id: Mapped[int] = mapped_column(Integer, index=True)
    registered_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    last_movement_on: Mapped[dt.date] = mapped_column(Date)
    purged_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    purged_by: Mapped[str] = mapped_column(String(64), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    applications: Mapped[int] = mapped_column(Integer, default=0)
    referrals: Mapped[int] = mapped_column(Integer, default=0)
