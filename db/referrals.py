"""Referrals (domain.md section 4): sending a person to a service at another organisation, only
with their consent, under a reference number that is never given twice, and following it up until
the service is given or refused; and the office's address book of organisations.

The follow-up states are plain data (TRANSITIONS); every change is an event on the referral's
timeline (who, when, the day it happened, a note) and is made under a version check, so a second
window holding an older copy is told instead of overwriting. A referral is a row of the person's
record: the audit log keeps its values sealed under the person's key."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from db import choices, names, office, validation
from db.errors import NoSuchRecord, SanadError, ValidationError, ValidationErrors
from db.i18n import QT_TRANSLATE_NOOP
from db.models import Organisation, Person, ReferenceCounter, Referral, ReferralEvent, User
from db.people import ConsentDecision, may_refer
from db.permissions import MATRIX, Action
from db.records import RecordChanged
from db.session import UserSession
from db.validation import FileNumberPattern

# ---- the rules, as data -----------------------------------------------------------------------------

TRANSITIONS: dict[str, tuple[str, ...]] = {
    "sent": ("accepted", "refused", "no_answer"),
    "accepted": ("service_given", "refused"),
    "no_answer": ("accepted", "refused", "service_given"),
    "service_given": (),
    "refused": (),
}
# Still waiting on the organisation or on the service: these can be overdue for a follow-up.
OPEN_STATES = ("sent", "no_answer", "accepted")
CLOSED_STATES = ("service_given", "refused")
# Moving here means the organisation answered (the first answer's day is kept as answered_on).
ANSWERED_STATES = ("accepted", "refused", "service_given")
# Days until the next follow-up when none is given: sooner for the more urgent.
DEFAULT_FOLLOW_UP_DAYS = {"normal": 14, "urgent": 7, "emergency": 2}
MAX_FOLLOW_UP_DAYS = 365
REFERENCE_KIND = "referral"
PATTERN_SETTING = "referral_number_pattern"
MAX_REASON = 4000
MAX_NOTE = 4000
MAX_NAME = 200

_NEXT_FROM = {
    "sent": QT_TRANSLATE_NOOP(
        "SanadError", "A sent referral can next be accepted, refused, or marked as not answered."),
    "accepted": QT_TRANSLATE_NOOP(
        "SanadError", "An accepted referral can next have its service given, or be refused."),
    "no_answer": QT_TRANSLATE_NOOP(
        "SanadError", "A referral not answered yet can next be accepted, refused, or have its service given."),
    "service_given": QT_TRANSLATE_NOOP(
        "SanadError",
        "The service was given, so the referral is closed and nothing follows. Make a new referral if more "
        "is needed."),
    "refused": QT_TRANSLATE_NOOP(
        "SanadError",
        "The referral was refused, so it is closed and nothing follows. Make a new referral if more is "
        "needed."),
}


class TransitionNotAllowed(SanadError):
    text = QT_TRANSLATE_NOOP("SanadError", "This change is not allowed. %1")

    def __init__(self, from_state: str, to_state: str) -> None:
        self.from_state, self.to_state = from_state, to_state
        super().__init__(SanadError(text=_NEXT_FROM[from_state]))


class ConsentMissing(SanadError):
    """No valid consent for this organisation: the referral cannot be sent. The one argument is
    the consent decision's reason (itself translatable), so the window shows it in the user's language."""

    text = QT_TRANSLATE_NOOP("SanadError", "This referral cannot be sent without consent. %1")

    def __init__(self, decision: ConsentDecision) -> None:
        self.decision = decision
        super().__init__(SanadError(*decision.args, text=decision.reason))


class PersonArchived(SanadError):
    text = QT_TRANSLATE_NOOP("SanadError", "The file %1 is archived: no new referral can be made for it.")


def next_states(state: str) -> tuple[str, ...]:
    """Where a referral in `state` may go next (empty for a closed one)."""
    return TRANSITIONS.get(state, ())


def check_transition(from_state: str, to_state: str) -> None:
    if to_state not in TRANSITIONS:
        raise ValidationError("to_state", QT_TRANSLATE_NOOP("SanadError", "Unknown referral state: %1."), to_state)
    if to_state not in next_states(from_state):
        raise TransitionNotAllowed(from_state, to_state)


def is_overdue(state: str, follow_up_due: dt.date | None, today: dt.date) -> bool:
    return follow_up_due is not None and follow_up_due < today and state in OPEN_STATES


def _overdue_clause(today: dt.date):
    return and_(Referral.follow_up_due < today, Referral.state.in_(OPEN_STATES))


# ---- reference numbers ------------------------------------------------------------------------------

# The file-number pattern's rules, said about references (the same syntax: {year}, {seq:04d}).
_PATTERN_WORDS = {
    validation._PATTERN_WITHOUT_SEQ: QT_TRANSLATE_NOOP(
        "SanadError",
        "The referral reference pattern must contain {seq} where the running number goes, "
        "for example ODS/REF/{year}/{seq:04d}."),
    validation._PATTERN_SEQ_TWICE: QT_TRANSLATE_NOOP(
        "SanadError", "The referral reference pattern may contain {seq} only once."),
    validation._PATTERN_YEAR_TWICE: QT_TRANSLATE_NOOP(
        "SanadError", "The referral reference pattern may contain {year} only once."),
    validation._PATTERN_UNKNOWN_PART: QT_TRANSLATE_NOOP(
        "SanadError", "The referral reference pattern has an unknown part %1. Use only {year} and {seq}."),
    validation._PATTERN_BRACES: QT_TRANSLATE_NOOP(
        "SanadError", "The referral reference pattern has a { or } without its partner."),
    validation._PATTERN_BAD_TEXT: QT_TRANSLATE_NOOP(
        "SanadError", "A referral reference may contain only Latin letters, digits and the signs - _ / . (not %1)."),
    validation._PATTERN_SPACE: QT_TRANSLATE_NOOP(
        "SanadError", "A referral reference may not contain spaces: use - or / instead."),
    validation._PATTERN_TOO_LONG: QT_TRANSLATE_NOOP(
        "SanadError", "References made by this pattern could be longer than %1 characters."),
}


def reference_pattern(text: str) -> FileNumberPattern:
    """The office's reference pattern, checked by the file-number rules (same syntax, same column
    length), with its problems worded for references and tied to the reference setting."""
    try:
        return FileNumberPattern(text)
    except ValidationError as exc:
        raise ValidationError(PATTERN_SETTING, _PATTERN_WORDS.get(exc.text, exc.text), *exc.args_for_text) from None


def next_reference(db: Session, pattern: FileNumberPattern, year: int) -> str:
    """The next reference for `year`, inside the caller's write transaction. The counter only moves
    forward, so a reference once given is never given again, even if its referral is later removed;
    a number already taken (the pattern was changed back) is stepped over."""
    counter = db.get(ReferenceCounter, (REFERENCE_KIND, year))
    if counter is None:
        counter = ReferenceCounter(kind=REFERENCE_KIND, year=year, last_seq=0)
        db.add(counter)
    while True:
        counter.last_seq += 1
        reference = pattern.format(year, counter.last_seq)
        if db.scalar(select(Referral.id).where(Referral.reference == reference)) is None:
            db.flush()
            return reference


# ---- the address book -------------------------------------------------------------------------------


@dataclass(frozen=True)
class OrganisationInput:
    name_ar: str
    name_en: str = ""
    services: tuple[str, ...] = ()
    focal_point: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    name_ar: str
    name_en: str
    services: tuple[str, ...]
    focal_point: str
    phone: str
    email: str
    address: str
    active: bool

    def name(self, lang: str) -> str:
        """The name in `lang`, or the other one when that is all there is."""
        first, second = (self.name_ar, self.name_en) if lang == "ar" else (self.name_en, self.name_ar)
        return first or second


def _org_row(org: Organisation) -> OrganisationRow:
    return OrganisationRow(
        id=org.id, name_ar=org.name_ar, name_en=org.name_en,
        services=tuple(code for code in org.services.split(",") if code), focal_point=org.focal_point,
        phone=org.phone, email=org.email, address=org.address, active=org.active,
    )


_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_ORG_NAME_MISSING = QT_TRANSLATE_NOOP("SanadError", "Write the organisation's name in Arabic or in English.")
_TOO_LONG = QT_TRANSLATE_NOOP("SanadError", "This is too long: at most %1 characters.")
_ORG_TAKEN = QT_TRANSLATE_NOOP("SanadError", "%1 is already in the address book.")
_BAD_SERVICE = QT_TRANSLATE_NOOP("SanadError", "Unknown service: %1.")
_BAD_EMAIL = QT_TRANSLATE_NOOP("SanadError", "This is not an e-mail address.")
_BAD_PHONE = QT_TRANSLATE_NOOP("SanadError", "Write the phone number with digits.")


def _text_problem(field: str, text: str, maximum: int) -> ValidationError | None:
    if len(names.clean_text(text, max_length=maximum + 1)) > maximum:
        return ValidationError(field, _TOO_LONG, maximum)
    return None


def _organisation_problems(db: Session, org_id: int | None, data: OrganisationInput) -> list[ValidationError]:
    problems: list[ValidationError] = []
    name_ar, name_en = names.clean_text(data.name_ar, max_length=1000), names.clean_text(data.name_en, max_length=1000)
    if not name_ar and not name_en:
        problems.append(ValidationError("name_ar", _ORG_NAME_MISSING))
    for field in ("name_ar", "name_en", "focal_point", "email"):
        problem = _text_problem(field, getattr(data, field), MAX_NAME)
        if problem:
            problems.append(problem)
    problem = _text_problem("address", data.address, 300)
    if problem:
        problems.append(problem)
    for code in data.services:
        if code not in choices.codes(choices.SERVICE_TYPES):
            problems.append(ValidationError("services", _BAD_SERVICE, code))
    if data.email.strip() and not _EMAIL.fullmatch(data.email.strip()):
        problems.append(ValidationError("email", _BAD_EMAIL))
    if data.phone.strip() and not names.normalise_phone(data.phone):
        problems.append(ValidationError("phone", _BAD_PHONE))
    elif len(names.normalise_phone(data.phone)) > 40:
        problems.append(ValidationError("phone", _TOO_LONG, 40))
    # Two entries with one name would make consent ("sharing with X") ambiguous.
    wanted = {names.normalise_arabic(n) for n in (name_ar, name_en) if n}
    for other in db.scalars(select(Organisation).where(Organisation.id != (org_id or 0))):
        for field, other_name in (("name_ar", other.name_ar), ("name_en", other.name_en)):
            if other_name and names.normalise_arabic(other_name) in wanted:
                problems.append(ValidationError(field if getattr(data, field) else "name_ar", _ORG_TAKEN, other_name))
    return problems


def _apply_organisation(org: Organisation, data: OrganisationInput) -> None:
    org.name_ar = names.clean_text(data.name_ar, max_length=MAX_NAME)
    org.name_en = names.clean_text(data.name_en, max_length=MAX_NAME)
    org.services = ",".join(code for code, _label in choices.SERVICE_TYPES if code in data.services)
    org.focal_point = names.clean_text(data.focal_point, max_length=MAX_NAME)
    org.phone = names.normalise_phone(data.phone) if data.phone.strip() else ""
    org.email = data.email.strip()
    org.address = names.clean_text(data.address, max_length=300)


def add_organisation(session: UserSession, data: OrganisationInput) -> int:
    """A new entry in the address book; raises ValidationErrors with every problem."""
    session.require(Action.MANAGE_REFERRALS)
    with session.transaction() as db:
        problems = _organisation_problems(db, None, data)
        if problems:
            raise ValidationErrors([(None, p) for p in problems])
        org = Organisation(active=True)
        _apply_organisation(org, data)
        db.add(org)
        db.flush()
        return org.id


def update_organisation(session: UserSession, organisation_id: int, data: OrganisationInput) -> None:
    """Change an entry. Referrals already made keep pointing at it. A new name is a new name for
    consent too: consent given for sharing with the old name no longer covers it."""
    session.require(Action.MANAGE_REFERRALS)
    with session.transaction() as db:
        org = db.get(Organisation, organisation_id)
        if org is None:
            raise NoSuchRecord(organisation_id)
        problems = _organisation_problems(db, organisation_id, data)
        if problems:
            raise ValidationErrors([(None, p) for p in problems])
        _apply_organisation(org, data)


def set_organisation_active(session: UserSession, organisation_id: int, active: bool) -> None:
    """Stop offering an organisation for new referrals (or offer it again); nothing is deleted."""
    session.require(Action.MANAGE_REFERRALS)
    with session.transaction() as db:
        org = db.get(Organisation, organisation_id)
        if org is None:
            raise NoSuchRecord(organisation_id)
        org.active = active


def list_organisations(
    session: UserSession, *, include_inactive: bool = False, service: str | None = None
) -> list[OrganisationRow]:
    """The address book by Arabic name (then English); with `service`, those that take it first."""
    session.require(Action.VIEW_PEOPLE)
    with session.transaction() as db:
        query = select(Organisation)
        if not include_inactive:
            query = query.where(Organisation.active.is_(True))
        rows = [_org_row(org) for org in db.scalars(query)]
    rows.sort(key=lambda o: (service is not None and service not in o.services, not o.active,
                             o.name_ar or o.name_en, o.name_en))
    return rows


def get_organisation(session: UserSession, organisation_id: int) -> OrganisationRow:
    session.require(Action.VIEW_PEOPLE)
    with session.transaction() as db:
        org = db.get(Organisation, organisation_id)
        if org is None:
            raise NoSuchRecord(organisation_id)
        return _org_row(org)


# ---- consent ----------------------------------------------------------------------------------------


def _consent(db: Session, person_id: int, org: Organisation, on: dt.date) -> ConsentDecision:
    """people.may_refer for the organisation by either of its names: consent naming it in Arabic
    or in English counts. When neither is named, the refusal names both."""
    org_names = [name for name in (org.name_ar, org.name_en) if name.strip()]
    decisions = [may_refer(db, person_id, name, on=on) for name in org_names]
    for decision in decisions:
        if decision.allowed:
            return decision
    first = decisions[0]
    if len(decisions) > 1 and first.args != decisions[1].args and first.reason == decisions[1].reason:
        return ConsentDecision(False, first.reason, (" / ".join(org_names),))
    return first


def consent_for(
    session: UserSession, person_id: int, organisation_id: int, *, on: dt.date | None = None
) -> ConsentDecision:
    """Would consent allow referring this person to this organisation on `on` (default today)?
    The window shows the answer before anything is sent."""
    session.require(Action.VIEW_PEOPLE)
    with session.transaction() as db:
        org = db.get(Organisation, organisation_id)
        if org is None:
            raise NoSuchRecord(organisation_id)
        return _consent(db, person_id, org, on or dt.date.today())


# ---- reading ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReferralRow:
    """What lists show: no reason or notes (they may say more about the person than a list should)."""

    id: int
    reference: str
    person_id: int
    file_number: str
    person_name: str
    service: str
    organisation_id: int
    organisation_ar: str
    organisation_en: str
    focal_point: str
    urgency: str
    state: str
    sent_on: dt.date
    follow_up_due: dt.date | None
    answered_on: dt.date | None
    closed_on: dt.date | None
    owner_id: int | None
    owner: str
    version: int
    overdue: bool

    def organisation(self, lang: str) -> str:
        first, second = (self.organisation_ar, self.organisation_en) if lang == "ar" else (
            self.organisation_en, self.organisation_ar)
        return first or second


@dataclass(frozen=True)
class ReferralEventRow:
    at: dt.datetime
    username: str
    from_state: str
    to_state: str
    on: dt.date | None
    note: str


@dataclass(frozen=True)
class ReferralRecord:
    row: ReferralRow
    reason: str
    notes: str
    events: tuple[ReferralEventRow, ...]
    next_states: tuple[str, ...]


@dataclass(frozen=True)
class ReferralFilter:
    state: str = ""
    service: str = ""
    owner_id: int | None = None
    overdue: bool = False
    person_id: int | None = None
    organisation_id: int | None = None
    household_id: int | None = None  # the referrals of everyone in one household


_ROW_COLUMNS = (
    Referral.id, Referral.reference, Referral.person_id, Person.file_number, Person.first_name,
    Person.father_name, Person.grandfather_name, Person.family_name, Referral.service, Referral.organisation_id,
    Organisation.name_ar, Organisation.name_en, Referral.focal_point, Referral.urgency, Referral.state,
    Referral.sent_on, Referral.follow_up_due, Referral.answered_on, Referral.closed_on, Referral.owner_id,
    User.username, Referral.version,
)


def _row_query():
    return (
        select(*_ROW_COLUMNS)
        .join(Person, Person.id == Referral.person_id)
        .join(Organisation, Organisation.id == Referral.organisation_id)
        .outerjoin(User, User.id == Referral.owner_id)
    )


def _make_row(r, today: dt.date) -> ReferralRow:
    (rid, reference, person_id, file_number, first, father, grandfather, family, service, org_id, org_ar, org_en,
     focal_point, urgency, state, sent_on, due, answered_on, closed_on, owner_id, owner, version) = r
    return ReferralRow(
        id=rid, reference=reference, person_id=person_id, file_number=file_number,
        person_name=" ".join(p for p in (first, father, grandfather, family) if p), service=service,
        organisation_id=org_id, organisation_ar=org_ar, organisation_en=org_en, focal_point=focal_point,
        urgency=urgency, state=state, sent_on=sent_on, follow_up_due=due, answered_on=answered_on,
        closed_on=closed_on, owner_id=owner_id, owner=owner or "", version=version,
        overdue=is_overdue(state, due, today),
    )


def _conditions(filters: ReferralFilter, today: dt.date) -> list:
    conditions = []
    if filters.state:
        conditions.append(Referral.state == filters.state)
    if filters.service:
        conditions.append(Referral.service == filters.service)
    if filters.owner_id is not None:
        conditions.append(Referral.owner_id == filters.owner_id)
    if filters.person_id is not None:
        conditions.append(Referral.person_id == filters.person_id)
    if filters.organisation_id is not None:
        conditions.append(Referral.organisation_id == filters.organisation_id)
    if filters.household_id is not None:
        members = select(Person.id).where(Person.household_id == filters.household_id)
        conditions.append(Referral.person_id.in_(members))
    if filters.overdue:
        conditions.append(_overdue_clause(today))
    return conditions


def _order(filters: ReferralFilter) -> tuple:
    if filters.overdue:  # the longest overdue first
        return (Referral.follow_up_due, Referral.id)
    return (Referral.sent_on.desc(), Referral.id.desc())


def referral_ids(
    session: UserSession, filters: ReferralFilter = ReferralFilter(), *, today: dt.date | None = None
) -> list[int]:
    """The filtered, sorted ids (newest sent first; overdue: longest overdue first). The list page
    reads rows for them a page at a time with referral_rows."""
    session.require(Action.VIEW_PEOPLE)
    today = today or dt.date.today()
    with session.transaction() as db:
        return list(db.scalars(select(Referral.id).where(*_conditions(filters, today)).order_by(*_order(filters))))


def referral_rows(session: UserSession, ids: list[int], *, today: dt.date | None = None) -> dict[int, ReferralRow]:
    session.require(Action.VIEW_PEOPLE)
    today = today or dt.date.today()
    if not ids:
        return {}
    with session.transaction() as db:
        return {r[0]: _make_row(r, today) for r in db.execute(_row_query().where(Referral.id.in_(ids)))}


def _list(session: UserSession, filters: ReferralFilter, today: dt.date | None) -> list[ReferralRow]:
    session.require(Action.VIEW_PEOPLE)
    today = today or dt.date.today()
    with session.transaction() as db:
        query = _row_query().where(*_conditions(filters, today)).order_by(*_order(filters))
        return [_make_row(r, today) for r in db.execute(query)]


def list_referrals(
    session: UserSession, state: str | None = None, owner_id: int | None = None, overdue: bool = False,
    today: dt.date | None = None, *, service: str | None = None,
) -> list[ReferralRow]:
    """Referrals with their people and organisations, newest sent first (overdue: longest overdue first)."""
    return _list(session, ReferralFilter(state=state or "", service=service or "", owner_id=owner_id,
                                         overdue=overdue), today)


def referrals_for_person(session: UserSession, person_id: int, *, today: dt.date | None = None) -> list[ReferralRow]:
    return _list(session, ReferralFilter(person_id=person_id), today)


def referrals_for_household(
    session: UserSession, household_id: int, *, today: dt.date | None = None
) -> list[ReferralRow]:
    """Every member's referrals, newest sent first (the household view)."""
    return _list(session, ReferralFilter(household_id=household_id), today)


def overdue_referrals(session: UserSession, today: dt.date, owner_id: int | None = None) -> list[ReferralRow]:
    """Follow-ups due before `today` on referrals still open (sent, no answer, accepted), the
    longest overdue first; only `owner_id`'s when given (My week for one user; None: the office)."""
    return _list(session, ReferralFilter(owner_id=owner_id, overdue=True), today)


def count_overdue(session: UserSession, today: dt.date, owner_id: int | None = None) -> int:
    """How many overdue_referrals there are (the navigation badge), without reading them."""
    session.require(Action.VIEW_PEOPLE)
    with session.transaction() as db:
        conditions = _conditions(ReferralFilter(owner_id=owner_id, overdue=True), today)
        return db.scalar(select(func.count(Referral.id)).where(*conditions)) or 0


def load_referral(session: UserSession, referral_id: int, *, today: dt.date | None = None) -> ReferralRecord:
    """One referral with its reason, notes, timeline (oldest first) and the states it may move to."""
    session.require(Action.VIEW_PEOPLE)
    today = today or dt.date.today()
    with session.transaction() as db:
        found = db.execute(_row_query().where(Referral.id == referral_id)).first()
        if found is None:
            raise NoSuchRecord(referral_id)
        row = _make_row(found, today)
        referral = db.get(Referral, referral_id)
        events = tuple(
            ReferralEventRow(e.at, e.username, e.from_state, e.to_state, e.on, e.note)
            for e in db.scalars(select(ReferralEvent).where(ReferralEvent.referral_id == referral_id)
                                .order_by(ReferralEvent.at, ReferralEvent.id))
        )
        return ReferralRecord(row, referral.reason, referral.notes, events, next_states(row.state))


def referral_owners(session: UserSession) -> list[tuple[int, str, str]]:
    """Active users who may make and follow up referrals: (id, user name, full name), by user name."""
    session.require(Action.VIEW_PEOPLE)
    roles = [role.value for role in MATRIX[Action.MANAGE_REFERRALS]]
    with session.transaction() as db:
        users = db.execute(select(User.id, User.username, User.full_name)
                           .where(User.is_active.is_(True), User.role.in_(roles)).order_by(User.username))
        return [(uid, username, full_name) for uid, username, full_name in users]


def owner_id_for(session: UserSession, username: str) -> int:
    """The id of the user called `username` (the CLI's --owner)."""
    from db.errors import NoSuchUser
    from db.keyslots import normalise_username

    session.require(Action.VIEW_PEOPLE)
    with session.transaction() as db:
        found = db.scalar(select(User.id).where(User.username == normalise_username(username)))
    if found is None:
        raise NoSuchUser(username)
    return found


# ---- making and following up ------------------------------------------------------------------------

_REASON_MISSING = QT_TRANSLATE_NOOP("SanadError", "Write why the person is referred.")
_SERVICE_MISSING = QT_TRANSLATE_NOOP("SanadError", "Choose the service the person is referred to.")
_URGENCY_BAD = QT_TRANSLATE_NOOP("SanadError", "Choose how urgent the referral is.")
_ORG_MISSING = QT_TRANSLATE_NOOP("SanadError", "Choose the organisation from the address book.")
_ORG_INACTIVE = QT_TRANSLATE_NOOP(
    "SanadError", "%1 is no longer offered in the address book: choose another organisation.")
_SENT_FUTURE = QT_TRANSLATE_NOOP("SanadError", "The date sent cannot be after today.")
_DATE_TOO_OLD = QT_TRANSLATE_NOOP("SanadError", "Check the date: %1 is too long ago.")
_DAYS_RANGE = QT_TRANSLATE_NOOP("SanadError", "The follow-up must be due in 1 to %1 days.")
_OWNER_BAD = QT_TRANSLATE_NOOP("SanadError", "The person responsible must be an active user who makes referrals.")
_ON_FUTURE = QT_TRANSLATE_NOOP("SanadError", "The date cannot be after today.")
_ON_BEFORE_SENT = QT_TRANSLATE_NOOP("SanadError", "The date cannot be before the referral was sent (%1).")
_DUE_BEFORE = QT_TRANSLATE_NOOP("SanadError", "The next follow-up cannot be due before %1.")
_DUE_CLOSED = QT_TRANSLATE_NOOP("SanadError", "A closed referral has no follow-up date.")
EARLIEST = dt.date(2000, 1, 1)


def _owner_problem(db: Session, owner_id: int | None) -> ValidationError | None:
    if owner_id is None:
        return None
    user = db.get(User, owner_id)
    if user is None or not user.is_active or user.role not in {r.value for r in MATRIX[Action.MANAGE_REFERRALS]}:
        return ValidationError("owner", _OWNER_BAD)
    return None


def _date_problems(field: str, day: dt.date, today: dt.date, future: str) -> list[ValidationError]:
    if day > today:
        return [ValidationError(field, future)]
    if day < EARLIEST:
        return [ValidationError(field, _DATE_TOO_OLD, day.isoformat())]
    return []


def make_referral(
    session: UserSession, person_id: int, service: str, organisation_id: int, focal_point: str, reason: str,
    urgency: str = "normal", *, sent_on: dt.date | None = None, follow_up_days: int | None = None,
    notes: str = "", owner_id: int | None = None, today: dt.date | None = None,
) -> ReferralRow:
    """Send a person to an organisation's service, in one transaction: only with consent that
    names the organisation (in Arabic or English) on the day sent and today, else ConsentMissing
    carrying the reason and nothing is written; the next reference of the year sent; event "sent";
    a follow-up due `follow_up_days` after sending (default by urgency); owner: the user, unless
    given. Raises PermissionDenied, ValidationErrors (every problem, field-named), NoSuchRecord,
    PersonArchived, ConsentMissing."""
    session.require(Action.MANAGE_REFERRALS)
    today = today or dt.date.today()
    sent_on = sent_on or today
    owner_id = session.user.id if owner_id is None else owner_id
    problems: list[ValidationError] = []
    if service not in choices.codes(choices.SERVICE_TYPES):
        problems.append(ValidationError("service", _SERVICE_MISSING))
    if urgency not in choices.codes(choices.URGENCY):
        problems.append(ValidationError("urgency", _URGENCY_BAD))
    if not names.clean_text(reason, max_length=10):
        problems.append(ValidationError("reason", _REASON_MISSING))
    for field, text, maximum in (("reason", reason, MAX_REASON), ("notes", notes, MAX_NOTE),
                                 ("focal_point", focal_point, MAX_NAME)):
        problem = _text_problem(field, text, maximum)
        if problem:
            problems.append(problem)
    problems += _date_problems("sent_on", sent_on, today, _SENT_FUTURE)
    days = DEFAULT_FOLLOW_UP_DAYS.get(urgency, 14) if follow_up_days is None else follow_up_days
    if not 1 <= days <= MAX_FOLLOW_UP_DAYS:
        problems.append(ValidationError("follow_up_days", _DAYS_RANGE, MAX_FOLLOW_UP_DAYS))
    pattern = reference_pattern(office.get_settings(session)[PATTERN_SETTING])
    refused: ConsentDecision | None = None
    with session.transaction() as db:
        person = db.get(Person, person_id)
        if person is None:
            raise NoSuchRecord(person_id)
        if person.archived_at is not None:
            raise PersonArchived(person.file_number)
        org = db.get(Organisation, organisation_id) if organisation_id else None
        if org is None:
            problems.append(ValidationError("organisation", _ORG_MISSING))
        elif not org.active:
            problems.append(ValidationError("organisation", _ORG_INACTIVE, org.name_ar or org.name_en))
        owner_problem = _owner_problem(db, owner_id)
        if owner_problem:
            problems.append(owner_problem)
        if problems:
            raise ValidationErrors([(None, p) for p in problems])
        # Consent when it was sent, and now that it is written down (withdrawn since: refused).
        for day in dict.fromkeys((sent_on, today)):
            decision = _consent(db, person_id, org, day)
            if not decision.allowed:
                refused = decision
                break
        if refused is None:
            referral = Referral(
                person_id=person_id, reference=next_reference(db, pattern, sent_on.year), service=service,
                organisation_id=org.id, focal_point=names.clean_text(focal_point or org.focal_point,
                                                                     max_length=MAX_NAME),
                reason=reason.strip(), urgency=urgency, state="sent", sent_on=sent_on,
                follow_up_due=sent_on + dt.timedelta(days=days), owner_id=owner_id, notes=notes.strip(),
            )
            db.add(referral)
            db.flush()
            db.add(ReferralEvent(referral_id=referral.id, username=session.user.username, from_state="",
                                 to_state="sent", on=sent_on))
            db.flush()
            found = db.execute(_row_query().where(Referral.id == referral.id)).one()
            return _make_row(found, today)
    # Refused: nothing was written; the attempt itself is recorded (no values, only what and whom).
    session.audit("referral_refused_consent", "person", person_id, {"organisation_id": organisation_id})
    raise ConsentMissing(refused)


def _locked_referral(db: Session, referral_id: int, version: int) -> Referral:
    referral = db.get(Referral, referral_id)
    if referral is None:
        raise NoSuchRecord(referral_id)
    if referral.version != version:
        raise RecordChanged()
    return referral


def follow_up(
    session: UserSession, referral_id: int, to_state: str, *, version: int, on: dt.date | None = None,
    note: str = "", next_due: dt.date | None = None, today: dt.date | None = None,
) -> ReferralRow:
    """Record what happened: the organisation accepted, refused or did not answer, or the service
    was given — on day `on` (default today), with a note. Allowed moves only (TransitionNotAllowed
    says which are); the first answer's day becomes answered_on, a closing one closed_on; a
    referral still open gets its next follow-up on `next_due` (default: by urgency after `on`).
    `version` is the one the caller read: if someone changed it since, RecordChanged and nothing
    is written."""
    session.require(Action.MANAGE_REFERRALS)
    today = today or dt.date.today()
    on = on or today
    with session.transaction() as db:
        referral = _locked_referral(db, referral_id, version)
        check_transition(referral.state, to_state)
        problems = _date_problems("on", on, today, _ON_FUTURE)
        if on < referral.sent_on:
            problems.append(ValidationError("on", _ON_BEFORE_SENT, referral.sent_on.isoformat()))
        problem = _text_problem("note", note, MAX_NOTE)
        if problem:
            problems.append(problem)
        if next_due is not None and to_state not in CLOSED_STATES and next_due < on:
            problems.append(ValidationError("next_due", _DUE_BEFORE, on.isoformat()))
        if problems:
            raise ValidationErrors([(None, p) for p in problems])
        from_state = referral.state
        referral.state = to_state
        if to_state in ANSWERED_STATES and referral.answered_on is None:
            referral.answered_on = on
        if to_state in CLOSED_STATES:
            referral.closed_on = on
            referral.follow_up_due = None
        else:
            days = DEFAULT_FOLLOW_UP_DAYS.get(referral.urgency, 14)
            referral.follow_up_due = next_due or on + dt.timedelta(days=days)
        db.add(ReferralEvent(referral_id=referral.id, username=session.user.username, from_state=from_state,
                             to_state=to_state, on=on, note=note.strip()))
        db.flush()
        return _make_row(db.execute(_row_query().where(Referral.id == referral_id)).one(), today)


def update_referral(
    session: UserSession, referral_id: int, *, version: int, focal_point: str, reason: str, urgency: str,
    follow_up_due: dt.date | None, notes: str, owner_id: int | None = None, today: dt.date | None = None,
) -> ReferralRow:
    """Correct what was written (focal point, reason, urgency, next follow-up, notes, who is
    responsible). The service, organisation and reference stay: a referral elsewhere is a new one,
    with its own consent check. Same version check as follow_up."""
    session.require(Action.MANAGE_REFERRALS)
    today = today or dt.date.today()
    problems: list[ValidationError] = []
    if urgency not in choices.codes(choices.URGENCY):
        problems.append(ValidationError("urgency", _URGENCY_BAD))
    if not names.clean_text(reason, max_length=10):
        problems.append(ValidationError("reason", _REASON_MISSING))
    for field, text, maximum in (("reason", reason, MAX_REASON), ("notes", notes, MAX_NOTE),
                                 ("focal_point", focal_point, MAX_NAME)):
        problem = _text_problem(field, text, maximum)
        if problem:
            problems.append(problem)
    with session.transaction() as db:
        referral = _locked_referral(db, referral_id, version)
        if follow_up_due is not None and referral.state in CLOSED_STATES:
            problems.append(ValidationError("follow_up_due", _DUE_CLOSED))
        elif follow_up_due is not None and follow_up_due < referral.sent_on:
            problems.append(ValidationError("follow_up_due", _DUE_BEFORE, referral.sent_on.isoformat()))
        owner_problem = _owner_problem(db, owner_id)
        if owner_problem:
            problems.append(owner_problem)
        if problems:
            raise ValidationErrors([(None, p) for p in problems])
        referral.focal_point = names.clean_text(focal_point, max_length=MAX_NAME)
        referral.reason = reason.strip()
        referral.urgency = urgency
        referral.notes = notes.strip()
        if referral.state not in CLOSED_STATES:
            referral.follow_up_due = follow_up_due
        if owner_id is not None:
            referral.owner_id = owner_id
        db.flush()
        if referral.version == version:  # nothing changed: the version still moves, like a save
            referral.version = version + 1
            db.flush()
        return _make_row(db.execute(_row_query().where(Referral.id == referral_id)).one(), today)
