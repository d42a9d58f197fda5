"""Tables for imports (kept out of db/models.py so parallel work does not collide; imported at its end):
saved column mappings, one row per import run, and which run and spreadsheet row each imported
person came from (with the spreadsheet's notes, which have no column of their own on a person)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base, utcnow


class ImportMapping(Base):
    """A named, reusable mapping of spreadsheet columns to Sanad fields (JSON: columns, defaults)."""

    __tablename__ = "import_mapping"
    __audited__ = True
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    mapping_json: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(64), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class ImportRun(Base):
    """One import that was written: who, when, a hash of the file (never its content) and counts."""

    __tablename__ = "import_run"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    username: Mapped[str] = mapped_column(String(64), default="")
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    rows_read: Mapped[int] = mapped_column(Integer, default=0)
    people_added: Mapped[int] = mapped_column(Integer, default=0)
    households_added: Mapped[int] = mapped_column(Integer, default=0)
    rows_rejected: Mapped[int] = mapped_column(Integer, default=0)
    rows_skipped: Mapped[int] = mapped_column(Integer, default=0)
    already_present: Mapped[int] = mapped_column(Integer, default=0)


class ImportedPerson(Base):
    """Where an imported person came from: the run and the spreadsheet row, and the row's notes."""

    __tablename__ = "imported_person"
    __personal__ = True
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    # NULL is never written by the import; allowed so a row can outlive its run's bookkeeping.
    import_run_id: Mapped[int | None] = mapped_column(ForeignKey("import_run.id"), nullable=True, index=True)
    source_row: Mapped[int] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")

    def audit_subject(self) -> tuple[str, str] | None:
        return ("person", str(self.person_id))
