"""Tables for letters (kept out of db/models.py so parallel work does not collide; imported at its end).

A template is a row per saved version (never changed afterwards); an issued letter keeps the
number it was given, the exact data it printed, the template version, and its PDF, all inside the
encrypted vault."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base, PersonRow, utcnow


class LetterTemplateVersion(Base):
    """One saved version of one template: its text in Arabic and/or English as JSON (the format of
    exports/templates/*.json). A save is a new row; rows are never edited."""

    __tablename__ = "letter_template"
    __audited__ = True
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer)
    content: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    saved_by: Mapped[str] = mapped_column(String(64), default="")

    __table_args__ = (Index("ux_letter_template_key_version", "key", "version", unique=True),)


class IssuedLetter(PersonRow):
    """A letter as it was issued: number, day, person, template version, the data it printed (JSON),
    who issued it, its verification code and its PDF. Cancelling keeps the row and the number."""

    __tablename__ = "letter"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    issued_on: Mapped[dt.date] = mapped_column(Date, index=True)
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    referral_id: Mapped[int | None] = mapped_column(ForeignKey("referral.id", ondelete="SET NULL"), nullable=True,
                                                    index=True)
    application_id: Mapped[int | None] = mapped_column(ForeignKey("application.id", ondelete="SET NULL"),
                                                       nullable=True)
    template_key: Mapped[str] = mapped_column(String(40), index=True)
    template_version: Mapped[int] = mapped_column(Integer)
    lang: Mapped[str] = mapped_column(String(2))
    data: Mapped[str] = mapped_column(Text)
    verification: Mapped[str] = mapped_column(String(16))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    issued_by: Mapped[str] = mapped_column(String(64), default="")
    state: Mapped[str] = mapped_column(String(12), default="issued")  # issued, cancelled
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    cancelled_by: Mapped[str] = mapped_column(String(64), default="")
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
