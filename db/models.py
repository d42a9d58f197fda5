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
from sqlalchemy.sql import text


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    __audited__ = False
    __personal__ = False
    __sensitive__: frozenset[str] = frozenset()

    def audit_subject(self) -> tuple[str, str] | None:
        """Whose audit key seals this row's logged values (rows about a person use the person's,
        so purging the person makes all of them unreadable); None: the row's own."""
        return None


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


class Location(Base):
    """OCHA p-coded places (governorate IQG15, districts IQG15Qnn, sub-districts), with Arabic
    and English names, loaded from the COD-AB table and extendable by the office."""

    __tablename__ = "location"
    __audited__ = True
    pcode: Mapped[str] = mapped_column(String(20), primary_key=True)
    level: Mapped[int] = mapped_column(Integer)  # 1 governorate, 2 district, 3 sub-district
    parent_pcode: Mapped[str | None] = mapped_column(ForeignKey("location.pcode"), nullable=True)
    name_ar: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # "cod-ab" for rows from an imported OCHA table, "office" for places the office added itself.
    source: Mapped[str] = mapped_column(String(10), default="cod-ab", server_default="cod-ab")
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True, default=utcnow, onupdate=utcnow)


class FileNumberCounter(Base):
    """The last sequence number issued per year: file numbers are never reused."""

    __tablename__ = "file_number_counter"
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


class PlaceAndRegistry:
    """Where someone lives now and comes from (p-codes), and the 1957 civil-registry family record
    every Civil ID application asks for; kept for households and for people."""

    # (Checked against the location table by the service layer: SQLite cannot add a foreign key to
    # an existing large table without rebuilding it.)
    current_pcode: Mapped[str | None] = mapped_column(String(20), nullable=True)
    origin_pcode: Mapped[str | None] = mapped_column(String(20), nullable=True)
    registry_record_no: Mapped[str] = mapped_column(String(20), default="")
    registry_page_no: Mapped[str] = mapped_column(String(20), default="")
    registry_office: Mapped[str] = mapped_column(String(120), default="")
    registry_governorate: Mapped[str] = mapped_column(String(80), default="")


class Household(PlaceAndRegistry, Base):
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
    # Where the family lives now and where it comes from, as p-codes (admin 2 or 3).
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    members: Mapped[list[Person]] = relationship(back_populates="household")

    __table_args__ = (Index("ix_household_phone", "phone"),)
    __mapper_args__ = {"version_id_col": version}

    def audit_subject(self) -> tuple[str, str] | None:
        return ("household", str(self.id))


class Person(PlaceAndRegistry, Base):
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
    phone2: Mapped[str] = mapped_column(String(40), default="")
    father_unknown: Mapped[bool] = mapped_column(Boolean, default=False)
    place_of_birth: Mapped[str] = mapped_column(String(120), default="")
    marital_status: Mapped[str] = mapped_column(String(16), default="")
    nationality_status: Mapped[str] = mapped_column(String(16), default="iraqi")
    # Washington Group short set: 1 no difficulty, 2 some, 3 a lot, 4 cannot do; NULL not asked.
    wg_seeing: Mapped[int | None] = mapped_column(Integer, nullable=True)
    wg_hearing: Mapped[int | None] = mapped_column(Integer, nullable=True)
    wg_walking: Mapped[int | None] = mapped_column(Integer, nullable=True)
    wg_remembering: Mapped[int | None] = mapped_column(Integer, nullable=True)
    wg_selfcare: Mapped[int | None] = mapped_column(Integer, nullable=True)
    wg_communicating: Mapped[int | None] = mapped_column(Integer, nullable=True)
    school_enrolment: Mapped[str] = mapped_column(String(16), default="")
    # Normalised name tokens (db/names.py) that the search index reads; rebuilt on every save.
    search_key: Mapped[str] = mapped_column(Text, default="")
    latin_key: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    household: Mapped[Household | None] = relationship(back_populates="members")

    __table_args__ = (
        Index("ix_person_household", "household_id"),
        Index("ix_person_current_pcode", "current_pcode"),
        # Phone search looks these up directly (a full scan of a million rows took over a second).
        Index("ix_person_phone", "phone"),
        Index("ix_person_phone2", "phone2"),
        # The people list's default order, for the people not archived: a scan of this index
        # lists a million ids in 0.6 s instead of 1.7-2.1 s.
        Index("ix_person_active_file", "file_number", sqlite_where=text("archived_at IS NULL"),
              postgresql_where=text("archived_at IS NULL")),
    )
    __mapper_args__ = {"version_id_col": version}

    def audit_subject(self) -> tuple[str, str] | None:
        return ("person", str(self.id))


class PersonRow(Base):
    """Base for rows that belong to one person: their audit values are sealed under the person's key."""

    __abstract__ = True
    __audited__ = True
    __personal__ = True

    def audit_subject(self) -> tuple[str, str] | None:
        return ("person", str(self.person_id))


class DocumentHeld(PersonRow):
    __tablename__ = "document_held"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    doc_type: Mapped[str] = mapped_column(String(40))
    number: Mapped[str] = mapped_column(String(60), default="")
    issue_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    copy_seen: Mapped[bool] = mapped_column(Boolean, default=False)


class Relation(PersonRow):
    """An explicit family link, as it really is and as the civil registry records it (a child
    registered under the mother's father is, on paper, her sibling). Never inferred from names."""

    __tablename__ = "relation"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    related_person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # mother, father, child, spouse, sibling, grandparent ...
    registered_kind: Mapped[str] = mapped_column(String(20), default="")  # "" = registered as it is


class Consent(PersonRow):
    __tablename__ = "consent"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    given_by: Mapped[str] = mapped_column(String(10))  # self, guardian
    guardian_name: Mapped[str] = mapped_column(String(200), default="")
    given_on: Mapped[dt.date] = mapped_column(Date)
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class ConsentScope(Base):
    """What one consent covers: registration, referral, sharing with a named agency, photo."""

    __tablename__ = "consent_scope"
    __audited__ = True
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    consent_id: Mapped[int] = mapped_column(ForeignKey("consent.id", ondelete="CASCADE"), index=True)
    scope: Mapped[str] = mapped_column(String(20))
    agency: Mapped[str] = mapped_column(String(200), default="")


class SensitiveProfile(PersonRow):
    """Seen only with the sensitive permission; every view audited; never in letters or exports."""

    __tablename__ = "sensitive_profile"
    __sensitive__ = frozenset({"perceived_affiliation", "detained_relative", "gbv_disclosure", "threats", "notes"})
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    perceived_affiliation: Mapped[bool] = mapped_column(Boolean, default=False)
    detained_relative: Mapped[bool] = mapped_column(Boolean, default=False)
    gbv_disclosure: Mapped[bool] = mapped_column(Boolean, default=False)
    threats: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")


class NotSamePerson(Base):
    """Two records staff decided are different people: never proposed as duplicates again."""

    __tablename__ = "not_same_person"
    __audited__ = True
    person_a: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    person_b: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)


class PersonMerge(Base):
    """Two records merged into one: `kept_id` stays, the other was removed. `snapshot` (JSON)
    holds what undoing needs: the removed person's row, the kept person's values before, and the
    rows that moved or went. The merge and its undo are audited explicitly (db/merge.py)."""

    __tablename__ = "person_merge"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kept_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    merged_id: Mapped[int] = mapped_column(Integer)  # the removed person's id, given back on undo
    merged_file_number: Mapped[str] = mapped_column(String(40))
    merged_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    merged_by: Mapped[str] = mapped_column(String(64), default="")
    snapshot: Mapped[str] = mapped_column(Text)
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    undone_by: Mapped[str] = mapped_column(String(64), default="")


# ---- legal casework (document applications) and referrals ----------------------------------------


class DocumentType(Base):
    """The documents an office helps people obtain (domain.md section 3), an editable list. The
    codes are those of db/choices.py DOCUMENT_TYPES, which seeds it; offices may add their own."""

    __tablename__ = "document_type"
    __audited__ = True
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name_ar: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))
    authority_ar: Mapped[str] = mapped_column(String(200), default="")
    authority_en: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # A paper that is evidence only (issued by ISIS): never applied for, never counted as held.
    evidence_only: Mapped[bool] = mapped_column(Boolean, default=False)


class WorkflowState(Base):
    """One state of the application workflow, as data. Rows with doc_type "" are the default
    workflow; a document type with rows of its own uses those instead. `kind` says what the state
    means to the rules (db/workflow.py): open (a step on the way), hold, issued, closed."""

    __tablename__ = "workflow_state"
    __audited__ = True
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_type: Mapped[str] = mapped_column(String(40), default="")
    code: Mapped[str] = mapped_column(String(40))
    name_ar: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(10), default="open")
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ux_workflow_state", "doc_type", "code", unique=True),)


class ChecklistItem(Base):
    """What must be submitted for a document type (the application's checklist starts from it)."""

    __tablename__ = "checklist_item"
    __audited__ = True
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_type: Mapped[str] = mapped_column(String(40), index=True)
    text_ar: Mapped[str] = mapped_column(String(200))
    text_en: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Application(PersonRow):
    """One attempt to obtain one document for one person (معاملة)."""

    __tablename__ = "application"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    doc_type: Mapped[str] = mapped_column(String(40))
    state: Mapped[str] = mapped_column(String(40))
    held_from: Mapped[str] = mapped_column(String(40), default="")  # the state before "on hold"
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True, index=True)
    authority: Mapped[str] = mapped_column(String(200), default="")
    authority_office: Mapped[str] = mapped_column(String(200), default="")
    court: Mapped[str] = mapped_column(String(200), default="")
    case_number: Mapped[str] = mapped_column(String(60), default="")
    fee_amount: Mapped[int] = mapped_column(Integer, default=0)  # Iraqi dinars
    fee_paid: Mapped[bool] = mapped_column(Boolean, default=False)
    fee_receipt: Mapped[str] = mapped_column(String(60), default="")
    obstacles: Mapped[str] = mapped_column(Text, default="")  # codes, comma-separated
    obstacle_note: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    next_action: Mapped[str] = mapped_column(String(300), default="")
    next_action_due: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    outcome: Mapped[str] = mapped_column(String(30), default="")  # reporting category when closed
    outcome_reason: Mapped[str] = mapped_column(Text, default="")
    opened_on: Mapped[dt.date] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    last_moved_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (
        Index("ix_application_state", "state"),
        Index("ix_application_due", "next_action_due"),
        Index("ix_application_moved", "last_moved_at"),
        # My week (db/my_week.py) over the open applications only, one owner's or the office's
        # (0005: one lawyer's week of 300,000 applications 2.4 s -> 0.2 s).
        *(Index(name, *columns, sqlite_where=text("closed_on IS NULL"), postgresql_where=text("closed_on IS NULL"))
          for name, columns in (("ix_application_open_owner_due", ("owner_id", "next_action_due")),
                                ("ix_application_open_due", ("next_action_due",)),
                                ("ix_application_open_owner_moved", ("owner_id", "last_moved_at")),
                                ("ix_application_open_moved", ("last_moved_at",)))),
    )
    __mapper_args__ = {"version_id_col": version}


class ApplicationCheck(Base):
    """One checklist line of one application: submitted or not."""

    __tablename__ = "application_check"
    __audited__ = True
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(String(200))
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class ApplicationEvent(Base):
    """The timeline: every state change (who, when, why), and other notable steps."""

    __tablename__ = "application_event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    username: Mapped[str] = mapped_column(String(64), default="")
    kind: Mapped[str] = mapped_column(String(20), default="transition")  # transition, hearing, created, note
    from_state: Mapped[str] = mapped_column(String(40), default="")
    to_state: Mapped[str] = mapped_column(String(40), default="")
    reason: Mapped[str] = mapped_column(Text, default="")


class ApplicationDependency(Base):
    """`application_id` waits for `depends_on_id` (marriage ratification before the children's
    birth registrations, those before their national cards)."""

    __tablename__ = "application_dependency"
    __audited__ = True
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id", ondelete="CASCADE"), primary_key=True)
    depends_on_id: Mapped[int] = mapped_column(ForeignKey("application.id", ondelete="CASCADE"), primary_key=True,
                                               index=True)


class Hearing(Base):
    __tablename__ = "hearing"
    __audited__ = True
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    court: Mapped[str] = mapped_column(String(200), default="")
    judge: Mapped[str] = mapped_column(String(200), default="")
    outcome: Mapped[str] = mapped_column(String(30), default="")  # "" until it has happened
    notes: Mapped[str] = mapped_column(Text, default="")
    next_hearing_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)

    # Hearings whose outcome is still to record (My week, its badge): few, whatever the history.
    __table_args__ = (Index("ix_hearing_unrecorded", "held_on", sqlite_where=text("outcome = ''"),
                            postgresql_where=text("outcome = ''")),)


class Organisation(Base):
    """The address book of organisations people are referred to."""

    __tablename__ = "organisation"
    __audited__ = True
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name_ar: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    services: Mapped[str] = mapped_column(String(300), default="")  # service codes, comma-separated
    focal_point: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Referral(PersonRow):
    __tablename__ = "referral"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    service: Mapped[str] = mapped_column(String(30))
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    focal_point: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    urgency: Mapped[str] = mapped_column(String(10), default="normal")  # normal, urgent, emergency
    state: Mapped[str] = mapped_column(String(20), default="sent")
    sent_on: Mapped[dt.date] = mapped_column(Date)
    follow_up_due: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    answered_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    closed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True, index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class ReferralEvent(Base):
    __tablename__ = "referral_event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referral.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    username: Mapped[str] = mapped_column(String(64), default="")
    from_state: Mapped[str] = mapped_column(String(20), default="")
    to_state: Mapped[str] = mapped_column(String(20), default="")
    on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class ReferenceCounter(Base):
    """Never-reused sequence numbers per kind and year (referrals now, letters later)."""

    __tablename__ = "reference_counter"
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


# Tables of later modules live in their own files; importing them here registers them on Base.
from db import models_imports, models_letters, models_reports, models_retention  # noqa: E402,F401
