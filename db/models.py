"""SQLAlchemy 2 models of the vault. The schema itself is created and changed only by Alembic
revisions in db/migrations; these classes describe it for queries.

Models that set `__audited__ = True` have every insert, change (old and new value) and delete
written to the hash-chained audit log by db/audit.py; `__sensitive__` names fields whose values
the audit log records as changed without repeating them; `__personal__` models (people's data)
have their logged values sealed under a per-record key, so purging a person can make the values
unreadable without breaking the chain.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    __audited__ = False
    __personal__ = False
    __sensitive__: frozenset[str] = frozenset()


class AppMeta(Base):
    """Facts about the vault itself: id, salts, the version that made it, the demo flag."""

    __tablename__ = "app_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class OfficeSetting(Base):
    """Office settings (names, logo, letterhead, idle time, language) as JSON values by key."""

    __tablename__ = "office_setting"
    __audited__ = True
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class OfficeLogo(Base):
    __tablename__ = "office_logo"
    __audited__ = True
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mime: Mapped[str] = mapped_column(String(40))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class User(Base):
    __tablename__ = "app_user"
    __audited__ = True
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(16))
    can_view_sensitive: Mapped[bool] = mapped_column(Boolean, default=False)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    # Hex id of this user's key slot; NULL when the user has none (disabled, or reset pending).
    slot_id: Mapped[str | None] = mapped_column(String(32), unique=True, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class KeySlotMirror(Base):
    """A copy of each key slot (already password-wrapped) so the recovery key can rebuild a lost
    sidecar with every user's slot."""

    __tablename__ = "key_slot_mirror"
    slot_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"))
    slot_json: Mapped[str] = mapped_column(Text)


class AuditEntry(Base):
    """Append-only, hash-chained. Written only through db/audit.py; triggers refuse UPDATE/DELETE."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    ts: Mapped[str] = mapped_column(String(32))
    user_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    username: Mapped[str] = mapped_column(String(64), default="")
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(64), default="")
    entity_id: Mapped[str] = mapped_column(String(64), default="")
    details: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditSubjectKey(Base):
    """The key that seals one record's values in the audit log. Deleting it (retention purge)
    leaves the log's entries and chain intact but their values unreadable."""

    __tablename__ = "audit_subject_key"
    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    key: Mapped[bytes] = mapped_column(LargeBinary)


class Household(Base):
    """A family unit; the People issue extends it (address p-codes, 1957 registry record, ...)."""

    __tablename__ = "household"
    __audited__ = True
    __personal__ = True
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    governorate: Mapped[str] = mapped_column(String(80), default="")
    district: Mapped[str] = mapped_column(String(80), default="")
    sub_district: Mapped[str] = mapped_column(String(80), default="")
    neighbourhood: Mapped[str] = mapped_column(String(120), default="")
    landmark: Mapped[str] = mapped_column(String(200), default="")
    displacement_status: Mapped[str] = mapped_column(String(20), default="resident")
    phone: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    members: Mapped[list[Person]] = relationship(back_populates="household")


class Person(Base):
    """A beneficiary; the People issue adds consent, documents, disability, relationships."""

    __tablename__ = "person"
    __audited__ = True
    __personal__ = True
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    household_id: Mapped[int | None] = mapped_column(ForeignKey("household.id"), nullable=True)
    file_number: Mapped[str] = mapped_column(String(40), unique=True)
    first_name: Mapped[str] = mapped_column(String(80))
    father_name: Mapped[str] = mapped_column(String(80), default="")
    grandfather_name: Mapped[str] = mapped_column(String(80), default="")
    family_name: Mapped[str] = mapped_column(String(80), default="")
    mother_name: Mapped[str] = mapped_column(String(200), default="")
    name_latin: Mapped[str] = mapped_column(String(200), default="")
    sex: Mapped[str] = mapped_column(String(1))
    birth_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    birth_precision: Mapped[str] = mapped_column(String(8), default="exact")
    relationship_to_head: Mapped[str] = mapped_column(String(20), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    household: Mapped[Household | None] = relationship(back_populates="members")

    __table_args__ = (Index("ix_person_household", "household_id"),)
