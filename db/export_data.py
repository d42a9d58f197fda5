"""The data of list exports (issue 6, items 1 and 3): for each kind of list, the ids the list
screen's filters select (read once, in order), then the rows a page at a time as plain values
(dates as dates, codes as codes, names of places, document types and states in the export's
language), so a 100,000-row export holds one page in memory. Also the office's pseudonym keys and
the administrator's allowance to export sensitive fields, both audited.

No sensitive field is selected unless the caller passes `include_sensitive`, which only
`allow_sensitive` (an administrator who may see sensitive fields) makes possible.
"""

from __future__ import annotations

import datetime as dt
import secrets
from array import array
from collections.abc import Collection, Iterable
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import audit, locations
from db.applications import ApplicationFilter, application_ids
from db.errors import PermissionDenied, SanadError, ValidationError
from db.i18n import QT_TRANSLATE_NOOP
from db.models import (
    Application,
    AppMeta,
    DocumentHeld,
    DocumentType,
    Hearing,
    Household,
    Organisation,
    Person,
    Referral,
    SensitiveProfile,
    User,
    WorkflowState,
)
from db.people_list import PeopleFilter, person_ids
from db.permissions import Action, Role
from db.referrals import ReferralFilter, is_overdue, referral_ids
from db.session import UserSession

KINDS = ("people", "households", "applications", "referrals", "hearings", "letters")
PAGE = 1000  # rows read per query: memory stays flat, round trips stay few
KEY_PREFIX = "export_key:"
DEFAULT_KEY = "default"
AUDIT_ACTION = "export_list"
SENSITIVE_FIELDS = ("perceived_affiliation", "detained_relative", "gbv_disclosure", "threats")
WG_FIELDS = ("wg_seeing", "wg_hearing", "wg_walking", "wg_remembering", "wg_selfcare", "wg_communicating")
WG_DISABILITY_FROM = 3  # "a lot of difficulty" or worse in any domain (db/choices.py)


class SensitiveExportRefused(PermissionDenied):
    text = QT_TRANSLATE_NOOP(
        "SanadError",
        "Only an administrator who may see sensitive fields can include them in an export. The export was "
        "not made.",
    )


class UnknownExportKind(SanadError):
    text = QT_TRANSLATE_NOOP("SanadError", "There is no list called %1 to export.")


_BAD_KEY_NAME = QT_TRANSLATE_NOOP(
    "SanadError", "A pseudonym key name has 1 to 40 Latin letters, digits, - or _.")
_BAD_PERIOD = QT_TRANSLATE_NOOP(
    "SanadError", "Write the period as a month (2026-10), a quarter (2026-Q4), a year (2026) or two dates "
    "(2026-10-01..2026-12-31).")


# ---- filters of the lists without a list screen of their own --------------------------------------------


@dataclass(frozen=True)
class HouseholdFilter:
    district: str = ""
    displacement: str = ""


@dataclass(frozen=True)
class HearingFilter:
    owner_id: int | None = None
    to_record_only: bool = False  # hearings whose outcome is still to be written
    court: str = ""


def filter_type(kind: str) -> type:
    """The filter dataclass of a list (its list screen's): what ExportDialog and export_ids take."""
    check_kind(kind)
    if kind == "letters":
        from db.letters import LetterFilter

        return LetterFilter
    return {"people": PeopleFilter, "households": HouseholdFilter, "applications": ApplicationFilter,
            "referrals": ReferralFilter, "hearings": HearingFilter}[kind]


def default_filters(kind: str) -> Any:
    return filter_type(kind)()


def check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise UnknownExportKind(kind)


def filters_used(filters: Any) -> dict[str, Any]:
    """The filter fields that differ from their defaults (what the cover sheet and the audit name)."""
    if filters is None:
        return {}
    return {f.name: getattr(filters, f.name) for f in fields(filters)
            if getattr(filters, f.name) != f.default}


# ---- periods --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date  # inclusive

    @property
    def text(self) -> str:
        return f"{self.start.isoformat()} – {self.end.isoformat()}"


def _month_end(year: int, month: int) -> dt.date:
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def parse_period(text: str) -> Period:
    """2026-10 (a month), 2026-Q4 (a quarter), 2026 (a year), or 2026-10-01..2026-12-31."""
    text = text.strip().upper()
    try:
        if ".." in text:
            start_text, end_text = text.split("..", 1)
            start, end = dt.date.fromisoformat(start_text.strip()), dt.date.fromisoformat(end_text.strip())
        elif "-Q" in text:
            year_text, quarter_text = text.split("-Q", 1)
            year, quarter = int(year_text), int(quarter_text)
            if not 1 <= quarter <= 4:
                raise ValueError(text)
            start = dt.date(year, 3 * quarter - 2, 1)
            end = _month_end(year, 3 * quarter)
        elif len(text) == 4:
            start, end = dt.date(int(text), 1, 1), dt.date(int(text), 12, 31)
        else:
            year_text, month_text = text.split("-")
            start = dt.date(int(year_text), int(month_text), 1)
            end = _month_end(start.year, start.month)
    except ValueError:
        raise ValidationError("period", _BAD_PERIOD) from None
    if end < start:
        raise ValidationError("period", QT_TRANSLATE_NOOP(
            "SanadError", "The period ends (%2) before it starts (%1): write the earlier date first."),
            start.isoformat(), end.isoformat())
    return Period(start, end)


def _period_ids(db: Session, kind: str, period: Period) -> set[int]:
    """The records of `kind` that fall in the period: people and households registered in it,
    applications opened, referrals sent, hearings held."""
    # Registration times are stored in UTC; the period is whole days of the office's clock, as in
    # the indicator report (db/indicators.py), so a list and a report of one month agree.
    from db.indicators import local_offset

    offset = local_offset(period.end)
    after = dt.datetime.combine(period.end + dt.timedelta(days=1), dt.time()) - offset
    start = dt.datetime.combine(period.start, dt.time()) - offset
    column_of = {
        "people": (Person.id, Person.created_at, start, after),
        "households": (Household.id, Household.created_at, start, after),
        "applications": (Application.id, Application.opened_on, period.start, period.end + dt.timedelta(days=1)),
        "referrals": (Referral.id, Referral.sent_on, period.start, period.end + dt.timedelta(days=1)),
        "hearings": (Hearing.id, Hearing.held_on, period.start, period.end + dt.timedelta(days=1)),
    }
    if kind == "letters":
        from db.models_letters import IssuedLetter

        column_of[kind] = (IssuedLetter.id, IssuedLetter.issued_on, period.start, period.end + dt.timedelta(days=1))
    key, column, low, high = column_of[kind]
    return set(db.scalars(select(key).where(column >= low, column < high)))


# ---- ids -----------------------------------------------------------------------------------------------


def export_ids(session: UserSession, kind: str, filters: Any = None, *, period: Period | None = None,
               today: dt.date | None = None) -> array:
    """Every id the list screen's filters select, in the list's order (then limited to `period`)."""
    session.require(Action.EXPORT)
    check_kind(kind)
    today = today or dt.date.today()
    filters = filters if filters is not None else default_filters(kind)
    if kind == "people":
        ids = person_ids(session, filters, today=today)
    elif kind == "applications":
        ids = application_ids(session, filters, today=today)
    elif kind == "referrals":
        ids = array("q", referral_ids(session, filters, today=today))
    elif kind == "households":
        ids = _household_ids(session, filters)
    elif kind == "hearings":
        ids = _hearing_ids(session, filters)
    else:
        from db.letters import letter_ids

        ids = array("q", letter_ids(session, filters))
    if period is not None:
        with session.transaction() as db:
            keep = _period_ids(db, kind, period)
        ids = array("q", (i for i in ids if i in keep))
    return ids


def _household_ids(session: UserSession, filters: HouseholdFilter) -> array:
    query = select(Household.id)
    if filters.district:
        query = query.where(Household.district == filters.district)
    if filters.displacement:
        query = query.where(Household.displacement_status == filters.displacement)
    with session.transaction() as db:
        return array("q", db.scalars(query.order_by(Household.id)))


def _hearing_ids(session: UserSession, filters: HearingFilter) -> array:
    query = select(Hearing.id).join(Application, Application.id == Hearing.application_id)
    if filters.owner_id is not None:
        query = query.where(Application.owner_id == filters.owner_id)
    if filters.to_record_only:
        query = query.where(Hearing.outcome == "")
    if filters.court:
        query = query.where(Hearing.court == filters.court)
    with session.transaction() as db:
        return array("q", db.scalars(query.order_by(Hearing.held_on, Hearing.id)))


# ---- rows ----------------------------------------------------------------------------------------------


def pages(ids: array | list[int], size: int | None = None) -> Iterable[list[int]]:
    size = size or PAGE
    for start in range(0, len(ids), size):
        yield list(ids[start:start + size])


class Labels:
    """Names of places, document types, workflow states and organisations in one language, read
    once per export (a few hundred rows at most) and kept for every page."""

    def __init__(self, session: UserSession, lang: str) -> None:
        self.session, self.lang = session, lang
        self.places: dict[str, str] = {}
        with session.transaction() as db:
            self.doc_types = {t.code: (t.name_ar if lang == "ar" else t.name_en) or t.name_en or t.code
                              for t in db.scalars(select(DocumentType))}
            self.states: dict[tuple[str, str], str] = {}
            for state in db.scalars(select(WorkflowState)):
                self.states[(state.doc_type, state.code)] = (
                    (state.name_ar if lang == "ar" else state.name_en) or state.name_en or state.code)
            self.own_workflow = {doc_type for doc_type, _code in self.states if doc_type}
            self.organisations = {o.id: ((o.name_ar or o.name_en) if lang == "ar" else (o.name_en or o.name_ar))
                                  for o in db.scalars(select(Organisation))}
            self.users = {u.id: (u.full_name or u.username) for u in db.scalars(select(User))}
        self.templates: dict[str, str] | None = None  # letter templates' titles, read for a letters export

    def place(self, pcode: str | None) -> str:
        if not pcode:
            return ""
        if pcode not in self.places:
            self.places.update(locations.labels(self.session, [pcode], self.lang))
        return self.places.get(pcode, pcode)

    def prefetch_places(self, pcodes: Iterable[str | None]) -> None:
        wanted = {code for code in pcodes if code and code not in self.places}
        if wanted:
            self.places.update(locations.labels(self.session, wanted, self.lang))

    def state(self, doc_type: str, code: str) -> str:
        owner = doc_type if doc_type in self.own_workflow else ""
        return self.states.get((owner, code), code)


def _full_name(*parts: str | None) -> str:
    return " ".join(p for p in parts if p)


def _disability(row: Any) -> bool | None:
    answers = [getattr(row, name) for name in WG_FIELDS]
    if all(answer is None for answer in answers):
        return None
    return any(answer is not None and answer >= WG_DISABILITY_FROM for answer in answers)


def _date(value: dt.datetime | None) -> dt.date | None:
    """The office's local day of a time stored in UTC."""
    return value.replace(tzinfo=dt.UTC).astimezone().date() if value is not None else None


def export_rows(session: UserSession, kind: str, ids: list[int], labels: Labels, *, today: dt.date,
                include_sensitive: bool = False, keys: Collection[str] | None = None) -> list[dict[str, Any]]:
    """One page of rows for these ids, in their order, as column key -> value. Rows deleted since
    the ids were read are left out. `keys`: the column keys the export needs (what it writes, and
    the date of birth an age is computed from); the others are not read from the vault where the
    reader can avoid it (an anonymised people export never reads a name, phone or address), and
    never returned."""
    session.require(Action.EXPORT)
    if include_sensitive:
        allow_sensitive(session, kind)  # the service's own check, not only its callers'
    if not ids:
        return []
    if kind == "letters":
        return _letter_rows(session, ids, labels)
    reader = _READERS[kind]
    with session.transaction() as db:
        if reader is _people_rows:
            found = _people_rows(db, ids, labels, today, include_sensitive, keys)
        else:
            found = reader(db, ids, labels, today, include_sensitive)
    rows = [found[i] for i in ids if i in found]
    if keys is not None and rows and not set(rows[0]) <= set(keys):
        wanted = set(keys)
        rows = [{key: value for key, value in row.items() if key in wanted} for row in rows]
    # Place names after the transaction (the place table is read through its own service).
    places = [key for key in ("district", "sub_district") if rows and key in rows[0]]
    if places:
        labels.prefetch_places(row[key] for row in rows for key in places)
        for row in rows:
            for key in places:
                row[key] = labels.place(row[key])
    return rows


_PERSON_COLUMNS = (
    Person.id, Person.file_number, Person.household_id, Person.sex, Person.birth_date, Person.birth_precision,
    Person.relationship_to_head, Person.marital_status, Person.nationality_status, Person.school_enrolment,
    Person.created_at, *(getattr(Person, name) for name in WG_FIELDS),
    Household.district, Household.sub_district, Household.displacement_status,
)
# Read only when the export writes them.
_PERSON_NAMES = ("first_name", "father_name", "grandfather_name", "family_name", "mother_name", "name_latin")
_PERSON_OPTIONAL = {
    **{name: (getattr(Person, name),) for name in _PERSON_NAMES},
    "phone": (Person.phone, Household.phone.label("household_phone")),
    "neighbourhood": (Household.neighbourhood,),
}


def _people_rows(db: Session, ids: list[int], labels: Labels, today: dt.date,
                 include_sensitive: bool, keys: Collection[str] | None = None) -> dict[int, dict[str, Any]]:
    # Columns, not whole objects: a 100,000-row export reads a hundred pages.
    optional = [key for key in _PERSON_OPTIONAL if keys is None or key in keys]
    result = db.execute(
        select(*_PERSON_COLUMNS, *(column for key in optional for column in _PERSON_OPTIONAL[key]))
        .outerjoin(Household, Person.household_id == Household.id).where(Person.id.in_(ids))
    ).all()
    documents: dict[int, list[str]] = {}
    if keys is None or "documents" in keys:
        for person_id, doc_type in db.execute(
                select(DocumentHeld.person_id, DocumentHeld.doc_type).where(DocumentHeld.person_id.in_(ids))
                .order_by(DocumentHeld.person_id, DocumentHeld.id)):
            if doc_type != "isis_issued":  # evidence only, never a document held (domain.md section 8)
                documents.setdefault(person_id, []).append(labels.doc_types.get(doc_type, doc_type))
    sensitive: dict[int, SensitiveProfile] = {}
    if include_sensitive:
        sensitive = {p.person_id: p for p in db.scalars(
            select(SensitiveProfile).where(SensitiveProfile.person_id.in_(ids)))}
    names = [name for name in _PERSON_NAMES if name in optional]
    out = {}
    for p in result:
        row = {
            "file_number": p.file_number, "household": p.household_id, "sex": p.sex, "birth_date": p.birth_date,
            "birth_precision": p.birth_precision, "relationship_to_head": p.relationship_to_head,
            "marital_status": p.marital_status, "nationality_status": p.nationality_status,
            "district": p.district or "", "sub_district": p.sub_district or "",
            "displacement": p.displacement_status or "", "disability": _disability(p),
            "school_enrolment": p.school_enrolment, "documents": documents.get(p.id, []),
            "registered_on": _date(p.created_at),
        }
        for name in names:
            row[name] = getattr(p, name)
        for name in WG_FIELDS:
            if keys is None or name in keys:
                row[name] = getattr(p, name)
        if keys is not None and "birth_precision" not in keys:
            del row["birth_precision"]
        if "phone" in optional:
            row["phone"] = p.phone or p.household_phone or ""
        if "neighbourhood" in optional:
            row["neighbourhood"] = p.neighbourhood or ""
        if include_sensitive:
            profile = sensitive.get(p.id)
            for name in SENSITIVE_FIELDS:
                row[name] = getattr(profile, name) if profile is not None else None
        out[p.id] = row
    return out


def _household_rows(db: Session, ids: list[int], labels: Labels, today: dt.date,
                    include_sensitive: bool) -> dict[int, dict[str, Any]]:
    households = list(db.scalars(select(Household).where(Household.id.in_(ids))))
    members: dict[int, list[tuple]] = {}
    for household_id, file_number, sex, birth_date, relationship, first, father, grandfather, family in db.execute(
            select(Person.household_id, Person.file_number, Person.sex, Person.birth_date,
                   Person.relationship_to_head, Person.first_name, Person.father_name, Person.grandfather_name,
                   Person.family_name)
            .where(Person.household_id.in_(ids), Person.archived_at.is_(None)).order_by(Person.id)):
        members.setdefault(household_id, []).append(
            (file_number, sex, birth_date, relationship, _full_name(first, father, grandfather, family)))
    eighteen_years_ago = _years_before(today, 18)
    out = {}
    for h in households:
        people = members.get(h.id, [])
        head = next((m for m in people if m[3] == "head"), people[0] if people else None)
        out[h.id] = {
            "household": h.id, "head_file_number": head[0] if head else "", "head_name": head[4] if head else "",
            "district": h.district, "sub_district": h.sub_district,
            "neighbourhood": h.neighbourhood, "landmark": h.landmark, "phone": h.phone,
            "displacement": h.displacement_status, "members": len(people),
            "women_and_girls": sum(1 for m in people if m[1] == "F"),
            "children": sum(1 for m in people if m[2] is not None and m[2] > eighteen_years_ago),
            "registry_record_no": h.registry_record_no, "registry_page_no": h.registry_page_no,
            "registered_on": _date(h.created_at),
        }
    return out


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _application_rows(db: Session, ids: list[int], labels: Labels, today: dt.date,
                      include_sensitive: bool) -> dict[int, dict[str, Any]]:
    from db.applications import _blocked_ids

    result = db.execute(
        select(Application, Person.file_number, Person.first_name, Person.father_name, Person.grandfather_name,
               Person.family_name)
        .join(Person, Person.id == Application.person_id).where(Application.id.in_(ids))
    ).all()
    blocked = _blocked_ids(db, list(ids))
    out = {}
    for a, file_number, first, father, grandfather, family in result:
        overdue = a.closed_on is None and a.next_action_due is not None and a.next_action_due < today
        out[a.id] = {
            "file_number": file_number, "person_name": _full_name(first, father, grandfather, family),
            "doc_type": labels.doc_types.get(a.doc_type, a.doc_type), "state": labels.state(a.doc_type, a.state),
            "waiting": a.id in blocked, "owner": labels.users.get(a.owner_id, "") if a.owner_id else "",
            "next_action": a.next_action, "next_action_due": a.next_action_due, "overdue": overdue,
            "authority": a.authority, "court": a.court, "case_number": a.case_number,
            "fee_amount": a.fee_amount, "fee_paid": a.fee_paid, "outcome": a.outcome,
            "opened_on": a.opened_on, "closed_on": a.closed_on, "last_moved_on": _date(a.last_moved_at),
        }
    return out


def _referral_rows(db: Session, ids: list[int], labels: Labels, today: dt.date,
                   include_sensitive: bool) -> dict[int, dict[str, Any]]:
    result = db.execute(
        select(Referral, Person.file_number, Person.first_name, Person.father_name, Person.grandfather_name,
               Person.family_name)
        .join(Person, Person.id == Referral.person_id).where(Referral.id.in_(ids))
    ).all()
    out = {}
    for r, file_number, first, father, grandfather, family in result:
        out[r.id] = {
            "reference": r.reference, "file_number": file_number,
            "person_name": _full_name(first, father, grandfather, family), "service": r.service,
            "organisation": labels.organisations.get(r.organisation_id, ""), "focal_point": r.focal_point,
            "urgency": r.urgency, "state": r.state, "sent_on": r.sent_on, "follow_up_due": r.follow_up_due,
            "overdue": is_overdue(r.state, r.follow_up_due, today), "answered_on": r.answered_on,
            "closed_on": r.closed_on, "days_to_answer": (r.answered_on - r.sent_on).days if r.answered_on else None,
            "owner": labels.users.get(r.owner_id, "") if r.owner_id else "",
        }
    return out


def _hearing_rows(db: Session, ids: list[int], labels: Labels, today: dt.date,
                  include_sensitive: bool) -> dict[int, dict[str, Any]]:
    result = db.execute(
        select(Hearing, Application.doc_type, Application.state, Application.case_number, Application.owner_id,
               Person.file_number, Person.first_name, Person.father_name, Person.grandfather_name,
               Person.family_name)
        .join(Application, Application.id == Hearing.application_id)
        .join(Person, Person.id == Application.person_id).where(Hearing.id.in_(ids))
    ).all()
    out = {}
    for h, doc_type, state, case_number, owner_id, file_number, first, father, grandfather, family in result:
        out[h.id] = {
            "held_on": h.held_on, "file_number": file_number,
            "person_name": _full_name(first, father, grandfather, family),
            "doc_type": labels.doc_types.get(doc_type, doc_type), "application_state": labels.state(doc_type, state),
            "court": h.court, "judge": h.judge, "case_number": case_number, "outcome": h.outcome,
            "next_hearing_on": h.next_hearing_on, "owner": labels.users.get(owner_id, "") if owner_id else "",
        }
    return out


def _letter_rows(session: UserSession, ids: list[int], labels: Labels) -> list[dict[str, Any]]:
    """Issued letters through the letters service (never their PDF or the data they printed)."""
    from db.letters import letter_rows, list_templates

    if labels.templates is None:
        labels.templates = {info.key: info.titles.get(labels.lang) or next(iter(info.titles.values()), info.key)
                            for info in list_templates(session)}
    found = letter_rows(session, ids)
    return [{
        "reference": r.reference, "issued_on": r.issued_on, "file_number": r.file_number, "person_name": r.full_name,
        "template": labels.templates.get(r.template_key, r.template_key), "template_version": r.template_version,
        "lang": r.lang, "issued_by": r.issued_by, "state": r.state, "cancel_reason": r.cancel_reason,
        "verification": r.verification,
    } for r in (found[i] for i in ids if i in found)]


_READERS = {
    "people": _people_rows, "households": _household_rows, "applications": _application_rows,
    "referrals": _referral_rows, "hearings": _hearing_rows,
}


# ---- pseudonym keys --------------------------------------------------------------------------------------


def _check_key_name(name: str) -> str:
    name = name.strip()
    if not (1 <= len(name) <= 40) or not all(ch.isascii() and (ch.isalnum() or ch in "-_") for ch in name):
        raise ValidationError("key_name", _BAD_KEY_NAME)
    return name


class UnknownPseudonymKey(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError", "There is no pseudonym key called %1. An administrator makes keys on the Pseudonym keys "
        "screen (Reports and exports).")


def pseudonym_key(session: UserSession, name: str = DEFAULT_KEY) -> bytes:
    """The office's pseudonym key called `name`, kept in the vault: exports made with one key give
    each file number the same pseudonym. The default key is made (and audited) on first use; any
    other must have been made by an administrator (db/pseudonyms.py), so a mistyped name is refused
    instead of quietly starting a series of its own."""
    session.require(Action.EXPORT)
    name = _check_key_name(name)
    with session.transaction() as db:
        row = db.get(AppMeta, KEY_PREFIX + name)
        if row is None:
            if name != DEFAULT_KEY:
                raise UnknownPseudonymKey(name)
            row = AppMeta(key=KEY_PREFIX + name, value=secrets.token_hex(32))
            db.add(row)
            audit.append(db, session.user.actor, "pseudonym_key_made", "export_key", name)
        return bytes.fromhex(row.value)


def pseudonym_key_names(session: UserSession) -> list[str]:
    session.require(Action.EXPORT)
    with session.transaction() as db:
        keys = db.scalars(select(AppMeta.key).where(AppMeta.key.like(KEY_PREFIX + "%")))
        names = sorted(key[len(KEY_PREFIX):] for key in keys)
    # The default key first, even before the first anonymised export makes it.
    return [DEFAULT_KEY, *(name for name in names if name != DEFAULT_KEY)]


# ---- sensitive fields and the audit ------------------------------------------------------------------------


def may_include_sensitive(session: UserSession) -> bool:
    return session.user.role is Role.ADMIN and session.may(Action.EXPORT) and session.may(Action.VIEW_SENSITIVE)


def allow_sensitive(session: UserSession, kind: str) -> None:
    """An administrator allows sensitive fields in this one export: refused (and the refusal
    audited) for anyone else."""
    if not may_include_sensitive(session):
        session.audit("permission_denied", details={"action": "export_sensitive", "kind": kind})
        raise SensitiveExportRefused()


def record_export(db: Session, session: UserSession, *, kind: str, rows: int, filters: dict[str, Any],
                  period: Period | None, anonymised: bool, include_sensitive: bool, lang: str,
                  key_name: str, columns: list[str]) -> None:
    """The audit entries of one export, in the caller's transaction: who (the entry's actor), what
    list, which filters, how many rows and which columns, never a value of a row. A search text
    is recorded as present, not as typed (it may be a name)."""
    shown = {name: (True if name == "search" else value) for name, value in filters.items()}
    details = {"kind": kind, "rows": rows, "filters": shown, "period": period.text if period else "",
               "anonymised": anonymised, "sensitive": include_sensitive, "lang": lang, "columns": columns}
    if anonymised:
        details["pseudonym_key"] = key_name
    if include_sensitive:
        audit.append(db, session.user.actor, "export_sensitive_allowed", "export", kind,
                     {"kind": kind, "rows": rows, "fields": list(SENSITIVE_FIELDS)})
    audit.append(db, session.user.actor, AUDIT_ACTION, "export", kind, details)


def office_names(session: UserSession) -> tuple[str, str]:
    from db import office

    settings = office.get_settings(session)
    return settings.get("office_name_ar", ""), settings.get("office_name_en", "")

