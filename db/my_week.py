"""My week: what one legal user (or, for managers and administrators, the whole office) has to do
now: hearings this week, next actions due or overdue, applications that have not moved for a
while, and referral follow-ups that are overdue; and the few counts the navigation badge shows.

"This week" is today and the six days after it (a rolling week: Iraq's working week runs Sunday to
Thursday, so a Monday-to-Sunday week would cut a lawyer's week in two). Every function takes an
explicit `today` so the screen, the tests and the benchmarks agree on the date.

Who sees what: everyone may see their own week (legal users their applications and referrals,
staff their referrals, which are all they can own); only managers and administrators may see the
whole office's week or another user's, and a refusal is audited like any other."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from db import office, referrals
from db.applications import workflow_for
from db.errors import PermissionDenied
from db.i18n import QT_TRANSLATE_NOOP
from db.models import Application, DocumentType, Hearing, Person, User
from db.permissions import Action, Role
from db.referrals import ReferralFilter, ReferralRow
from db.session import UserSession
from db.workflow import UnknownState

WEEK_DAYS = 7  # today and the six days after it
STALE_SETTING = "stale_days"
DEFAULT_STALE_DAYS = 30
# How far back a hearing whose outcome nobody recorded is still shown (and counted) as to record;
# older ones show up among the applications that have not moved.
RECORD_LOOKBACK_DAYS = 60
ROWS_PER_SECTION = 200
OFFICE_ROLES = frozenset({Role.MANAGER, Role.ADMIN})

T = TypeVar("T")


class OfficeWeekRefused(PermissionDenied):
    text = QT_TRANSLATE_NOOP(
        "SanadError", "Only managers and administrators can see the whole office's week or another user's."
    )


@dataclass(frozen=True)
class Case:
    """The application a row of My week is about, with what the screen shows of it."""

    application_id: int
    version: int
    person_id: int
    file_number: str
    person_name: str
    doc_type: str
    doc_type_ar: str
    doc_type_en: str
    state: str
    state_ar: str
    state_en: str
    owner_id: int | None
    owner: str  # "" when nobody owns it yet

    def doc_type_name(self, lang: str) -> str:
        return (self.doc_type_ar if lang == "ar" else self.doc_type_en) or self.doc_type_en or self.doc_type

    def state_name(self, lang: str) -> str:
        return (self.state_ar if lang == "ar" else self.state_en) or self.state_en or self.state


@dataclass(frozen=True)
class HearingItem:
    hearing_id: int
    held_on: dt.date
    court: str
    judge: str
    outcome: str  # "" while still to come (or, for a past hearing, still to record)
    case: Case

    def to_record(self, today: dt.date) -> bool:
        """Today's or an earlier hearing whose outcome is not written down yet."""
        return not self.outcome and self.held_on <= today


@dataclass(frozen=True)
class ActionItem:
    due: dt.date
    action: str
    overdue: bool  # due before today (due today is not overdue yet)
    case: Case


@dataclass(frozen=True)
class StaleItem:
    last_moved: dt.date
    days: int  # whole days since the last move
    case: Case


@dataclass(frozen=True)
class Section(Generic[T]):
    """The first rows of one section (most urgent first) and how many there are in all."""

    rows: tuple[T, ...] = ()
    total: int = 0

    @property
    def more(self) -> int:
        return self.total - len(self.rows)


@dataclass(frozen=True)
class Week:
    today: dt.date
    until: dt.date  # the last day of the week (today + 6)
    owner_id: int | None  # None: the whole office
    stale_days: int
    hearings: Section[HearingItem] = field(default_factory=Section)
    actions: Section[ActionItem] = field(default_factory=Section)
    stale: Section[StaleItem] = field(default_factory=Section)
    referrals: Section[ReferralRow] = field(default_factory=Section)
    # Every user's shown name (full name, else user name), for the referral rows' owners.
    owner_names: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class BadgeCounts:
    """What needs doing today: hearings today or earlier still to record, next actions due today or
    overdue, referral follow-ups overdue."""

    hearings: int = 0
    actions: int = 0
    referrals: int = 0

    @property
    def total(self) -> int:
        return self.hearings + self.actions + self.referrals


# ---- who may see which week -----------------------------------------------------------------------


def may_see_office(session: UserSession) -> bool:
    return session.may(Action.VIEW_PEOPLE) and session.user.role in OFFICE_ROLES


def default_owner(session: UserSession) -> int | None:
    """The week a user sees first: managers and administrators the office's, others their own."""
    return None if may_see_office(session) else session.user.id


def _require(session: UserSession, owner_id: int | None) -> None:
    session.require(Action.VIEW_PEOPLE)
    if owner_id is not None and owner_id == session.user.id:
        return
    if not may_see_office(session):
        session.audit("permission_denied", details={"action": "view_office_week",
                                                      "owner_id": owner_id})
        raise OfficeWeekRefused()


def stale_days_setting(session: UserSession) -> int:
    value = office.get_settings(session).get(STALE_SETTING, DEFAULT_STALE_DAYS)
    return value if isinstance(value, int) and value > 0 else DEFAULT_STALE_DAYS


# ---- the queries ----------------------------------------------------------------------------------


def _start_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def _hearing_clause(today: dt.date):
    """This week's hearings (those already recorded too, so today's outcome stays in sight; not
    the ones still to come on a closed application), and earlier ones still to record."""
    until = today + dt.timedelta(days=WEEK_DAYS - 1)
    return or_(
        and_(Hearing.held_on >= today, Hearing.held_on <= until,
             or_(Hearing.outcome != "", Application.closed_on.is_(None))),
        _to_record_clause(today, include_today=False),
    )


def _to_record_clause(today: dt.date, *, include_today: bool = True):
    since = today - dt.timedelta(days=RECORD_LOOKBACK_DAYS)
    last = today if include_today else today - dt.timedelta(days=1)
    return and_(Hearing.held_on >= since, Hearing.held_on <= last, Hearing.outcome == "",
                Application.closed_on.is_(None))


def _action_clause(today: dt.date):
    return and_(Application.next_action_due <= today, Application.closed_on.is_(None))


def _stale_clause(today: dt.date, stale_days: int):
    # Moved on or before the day `stale_days` ago (last_moved_at is a time of day).
    cutoff = _start_of(today - dt.timedelta(days=stale_days - 1))
    return and_(Application.last_moved_at < cutoff, Application.closed_on.is_(None))


def _owned(owner_id: int | None) -> list:
    return [] if owner_id is None else [Application.owner_id == owner_id]


def _hearings_owned(owner_id: int | None) -> list:
    """The owner, for queries that start from the hearings: written so no index on the owner can
    serve it, or the database reads every application of a lawyer (2,500 hearings this week among
    130,000 applications: 1 s) instead of this week's hearings (0.15 s) and checking their owner."""
    return [] if owner_id is None else [func.coalesce(Application.owner_id, 0) == owner_id]


_CASE_COLUMNS = (
    Application.id, Application.version, Application.person_id, Person.file_number, Person.first_name,
    Person.father_name, Person.grandfather_name, Person.family_name, Application.doc_type, Application.state,
    Application.owner_id, User.full_name, User.username,
)


class _Labels:
    """Document type and state names, read once per call (both are short office lists)."""

    def __init__(self, db: Session) -> None:
        self.db = db
        self.types = {code: (ar, en) for code, ar, en in db.execute(
            select(DocumentType.code, DocumentType.name_ar, DocumentType.name_en))}
        self.workflows: dict = {}

    def state(self, doc_type: str, code: str) -> tuple[str, str]:
        workflow = self.workflows.get(doc_type)
        if workflow is None:
            workflow = self.workflows[doc_type] = workflow_for(self.db, doc_type)
        try:
            state = workflow.state(code)
        except UnknownState:
            return code, code
        return state.name_ar, state.name_en


def _case(labels: _Labels, columns) -> Case:
    (app_id, version, person_id, file_number, first, father, grandfather, family, doc_type, state, owner_id,
     full, username) = columns
    type_ar, type_en = labels.types.get(doc_type, (doc_type, doc_type))
    state_ar, state_en = labels.state(doc_type, state)
    return Case(
        application_id=app_id, version=version, person_id=person_id, file_number=file_number,
        person_name=" ".join(p for p in (first, father, grandfather, family) if p), doc_type=doc_type,
        doc_type_ar=type_ar, doc_type_en=type_en, state=state, state_ar=state_ar, state_en=state_en,
        owner_id=owner_id, owner=(full or username or ""),
    )


def _with_case(*columns, hearings: bool = False):
    query = select(*columns, *_CASE_COLUMNS)
    if hearings:
        query = query.select_from(Hearing).join(Application, Application.id == Hearing.application_id)
    else:
        query = query.select_from(Application)
    return (query.join(Person, Person.id == Application.person_id)
            .outerjoin(User, User.id == Application.owner_id))


def _count(db: Session, query) -> int:
    return db.scalar(select(func.count()).select_from(query.subquery())) or 0


def _hearings(db: Session, labels: _Labels, today: dt.date, owner_id: int | None, limit: int) -> Section:
    conditions = [_hearing_clause(today), *_hearings_owned(owner_id)]
    base = (select(Hearing.id).join(Application, Application.id == Hearing.application_id).where(*conditions))
    total = _count(db, base)
    query = (_with_case(Hearing.id, Hearing.held_on, Hearing.court, Hearing.judge, Hearing.outcome, hearings=True)
             .where(*conditions).order_by(Hearing.held_on, Hearing.court, Hearing.id).limit(limit))
    rows = tuple(HearingItem(hearing_id=r[0], held_on=r[1], court=r[2], judge=r[3], outcome=r[4],
                             case=_case(labels, r[5:])) for r in db.execute(query))
    return Section(rows, total)


def _actions(db: Session, labels: _Labels, today: dt.date, owner_id: int | None, limit: int) -> Section:
    conditions = [_action_clause(today), *_owned(owner_id)]
    total = _count(db, select(Application.id).where(*conditions))
    query = (_with_case(Application.next_action_due, Application.next_action)
             .where(*conditions).order_by(Application.next_action_due, Application.id).limit(limit))
    rows = tuple(ActionItem(due=r[0], action=r[1], overdue=r[0] < today, case=_case(labels, r[2:]))
                 for r in db.execute(query))
    return Section(rows, total)


def _stale(db: Session, labels: _Labels, today: dt.date, owner_id: int | None, stale_days: int,
           limit: int) -> Section:
    conditions = [_stale_clause(today, stale_days), *_owned(owner_id)]
    total = _count(db, select(Application.id).where(*conditions))
    query = (_with_case(Application.last_moved_at).where(*conditions)
             .order_by(Application.last_moved_at, Application.id).limit(limit))
    rows = []
    for r in db.execute(query):
        moved = r[0].date()
        rows.append(StaleItem(last_moved=moved, days=(today - moved).days, case=_case(labels, r[1:])))
    return Section(tuple(rows), total)


def my_week(
    session: UserSession, *, today: dt.date, owner_id: int | None = None, stale_days: int | None = None,
    limit: int = ROWS_PER_SECTION,
) -> Week:
    """The week of `owner_id` (None: the whole office, for managers and administrators), each
    section's most urgent `limit` rows first with its full count: hearings (earlier ones still to
    record, then by day), next actions due today or overdue (the oldest first), open applications
    that have not moved for `stale_days` (default: the office setting; the longest still first),
    referral follow-ups overdue (the longest overdue first)."""
    _require(session, owner_id)
    stale_days = stale_days if stale_days is not None else stale_days_setting(session)
    with session.transaction() as db:
        labels = _Labels(db)
        hearings = _hearings(db, labels, today, owner_id, limit)
        actions = _actions(db, labels, today, owner_id, limit)
        stale = _stale(db, labels, today, owner_id, stale_days, limit)
        owner_names = {uid: full or username for uid, full, username in db.execute(
            select(User.id, User.full_name, User.username))}
    overdue_ids = referrals.referral_ids(session, ReferralFilter(owner_id=owner_id, overdue=True), today=today)
    shown = referrals.referral_rows(session, overdue_ids[:limit], today=today)
    overdue = Section(tuple(shown[i] for i in overdue_ids[:limit] if i in shown), len(overdue_ids))
    return Week(today=today, until=today + dt.timedelta(days=WEEK_DAYS - 1), owner_id=owner_id,
                stale_days=stale_days, hearings=hearings, actions=actions, stale=stale, referrals=overdue,
                owner_names=owner_names)


def badge_counts(session: UserSession, today: dt.date, owner_id: int | None) -> BadgeCounts:
    """The navigation badge's counts, from indexed counts alone (no rows read)."""
    _require(session, owner_id)
    with session.transaction() as db:
        hearings = db.scalar(
            select(func.count(Hearing.id)).join(Application, Application.id == Hearing.application_id)
            .where(_to_record_clause(today), *_hearings_owned(owner_id))) or 0
        actions = db.scalar(select(func.count(Application.id)).where(_action_clause(today), *_owned(owner_id))) or 0
    overdue = referrals.count_overdue(session, today, owner_id)
    return BadgeCounts(hearings=hearings, actions=actions, referrals=overdue)
