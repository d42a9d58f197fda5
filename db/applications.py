"""Document applications: one person, one document type, moved through the office's workflow
(db/workflow.py) step by step, with fees, submitted documents, obstacles, a next action with its
due date, hearings, dependencies on other applications, and a timeline of every move.

Every save is one transaction with a version check (a second window is told, nothing is
overwritten); every move records who, when and why; the rules are the workflow's."""

from __future__ import annotations

import datetime as dt
from array import array
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from db import names
from db.errors import NoSuchRecord, SanadError, ValidationError, ValidationErrors
from db.i18n import QT_TRANSLATE_NOOP
from db.models import (
    Application,
    ApplicationCheck,
    ApplicationDependency,
    ApplicationEvent,
    ChecklistItem,
    DocumentType,
    Hearing,
    Person,
    User,
    WorkflowState,
)
from db.permissions import Action, Role
from db.session import UserSession
from db.workflow import (
    CLOSE_REASONS,
    OUTCOME_OF_CLOSE_REASON,
    DependencyCycle,
    State,
    Workflow,
    find_cycle,
)

# Obstacles staff record (domain.md section 3), plus free text.
OBSTACLES: tuple[tuple[str, str], ...] = (
    ("isis_papers", QT_TRANSLATE_NOOP("Applications", "ISIS-issued papers not recognised")),
    ("father_missing", QT_TRANSLATE_NOOP("Applications", "Father missing or dead without proof")),
    ("no_witnesses", QT_TRANSLATE_NOOP("Applications", "No witnesses")),
    ("security_objection", QT_TRANSLATE_NOOP("Applications", "Security objection")),
    ("fees", QT_TRANSLATE_NOOP("Applications", "Fees")),
    ("distance", QT_TRANSLATE_NOOP("Applications", "Distance")),
    ("fear", QT_TRANSLATE_NOOP("Applications", "Fear")),
)
HEARING_OUTCOMES: tuple[tuple[str, str], ...] = (
    ("adjourned", QT_TRANSLATE_NOOP("Applications", "Adjourned to another day")),
    ("granted", QT_TRANSLATE_NOOP("Applications", "Decided in the client's favour")),
    ("refused", QT_TRANSLATE_NOOP("Applications", "Refused")),
    ("absent", QT_TRANSLATE_NOOP("Applications", "The client did not attend")),
)
MAX_FEE = 100_000_000  # dinars: a typo guard, not a policy


class RecordChanged(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError",
        "Someone else saved this application after you opened it. Nothing was overwritten: open it again to see "
        "their changes, then make yours.",
    )


class EvidenceOnly(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError", "%1 is evidence only, never a valid document: it cannot be applied for."
    )


class NotALegalUser(SanadError):
    text = QT_TRANSLATE_NOOP("SanadError", "%1 cannot own applications: choose a legal user or an administrator.")


@dataclass(frozen=True)
class ApplicationInput:
    doc_type: str
    owner_id: int | None = None
    authority: str = ""
    authority_office: str = ""
    court: str = ""
    case_number: str = ""
    fee_amount: int = 0
    fee_paid: bool = False
    fee_receipt: str = ""
    obstacles: tuple[str, ...] = ()
    obstacle_note: str = ""
    notes: str = ""
    next_action: str = ""
    next_action_due: dt.date | None = None
    checklist: tuple[tuple[str, bool], ...] | None = None  # None: the document type's list, nothing done


@dataclass(frozen=True)
class Saved:
    id: int
    version: int
    warnings: tuple[ValidationError, ...] = ()


@dataclass(frozen=True)
class EventRow:
    at: dt.datetime
    username: str
    kind: str
    from_state: str
    to_state: str
    reason: str


@dataclass(frozen=True)
class HearingRow:
    id: int
    held_on: dt.date
    court: str
    judge: str
    outcome: str
    notes: str
    next_hearing_on: dt.date | None


@dataclass(frozen=True)
class Link:
    id: int
    file_number: str
    doc_type: str
    state: str
    finished: bool


@dataclass(frozen=True)
class ApplicationRecord:
    id: int
    version: int
    person_id: int
    file_number: str
    person_name: str
    state: str
    held_from: str
    data: ApplicationInput
    outcome: str
    outcome_reason: str
    opened_on: dt.date
    closed_on: dt.date | None
    allowed: tuple[State, ...]
    workflow: Workflow
    events: tuple[EventRow, ...] = field(default_factory=tuple)
    hearings: tuple[HearingRow, ...] = field(default_factory=tuple)
    waits_for: tuple[Link, ...] = field(default_factory=tuple)
    needed_by: tuple[Link, ...] = field(default_factory=tuple)

    @property
    def blocked(self) -> bool:
        return any(not link.finished for link in self.waits_for)


# ---- reference data --------------------------------------------------------------------------------


def document_types(db: Session, *, include_inactive: bool = False) -> list[DocumentType]:
    query = select(DocumentType).order_by(DocumentType.position, DocumentType.code)
    if not include_inactive:
        query = query.where(DocumentType.active.is_(True))
    return list(db.scalars(query))


def workflow_for(db: Session, doc_type: str) -> Workflow:
    """The document type's own states if the office defined them, else the default workflow."""
    rows = list(db.scalars(select(WorkflowState).where(WorkflowState.doc_type == doc_type)
                           .order_by(WorkflowState.position, WorkflowState.id)))
    if not rows:
        rows = list(db.scalars(select(WorkflowState).where(WorkflowState.doc_type == "")
                               .order_by(WorkflowState.position, WorkflowState.id)))
    return Workflow(tuple(State(r.code, r.name_en, r.name_ar, r.kind) for r in rows))


def legal_users(session: UserSession) -> list[tuple[int, str]]:
    """Who can own applications: active legal users and administrators, (id, shown name)."""
    session.require(Action.VIEW_PEOPLE)
    with session.transaction() as db:
        return [(u.id, u.full_name or u.username) for u in db.scalars(
            select(User).where(User.is_active.is_(True), User.role.in_([Role.LEGAL.value, Role.ADMIN.value]))
            .order_by(User.full_name, User.username))]


# ---- checking ------------------------------------------------------------------------------------

_TYPE_UNKNOWN = QT_TRANSLATE_NOOP("SanadError", "Choose the document applied for.")
_TOO_LONG = QT_TRANSLATE_NOOP("SanadError", "This is too long: at most %1 characters.")
_FEE = QT_TRANSLATE_NOOP("SanadError", "Write the fee in dinars, a whole number from 0 to %1.")
_RECEIPT_WITHOUT_PAYMENT = QT_TRANSLATE_NOOP("SanadError", "A receipt number is written only once the fee is paid.")
_OBSTACLE = QT_TRANSLATE_NOOP("SanadError", "Unknown obstacle: %1.")
_DUE_WITHOUT_ACTION = QT_TRANSLATE_NOOP("SanadError", "Write the next action that is due on this date.")
_DUE_IN_PAST = QT_TRANSLATE_NOOP("SanadError", "The next action's date %1 is already past. Saved anyway: check it.")
_CHECK_EMPTY = QT_TRANSLATE_NOOP("SanadError", "Checklist line %1 is empty.")


def _check(db: Session, data: ApplicationInput, today: dt.date) -> tuple[list, list]:
    """(problems, warnings) for the form."""
    problems: list[ValidationError] = []
    warnings: list[ValidationError] = []
    doc_type = db.get(DocumentType, data.doc_type) if data.doc_type else None
    if doc_type is None:
        problems.append(ValidationError("doc_type", _TYPE_UNKNOWN))
    elif doc_type.evidence_only:
        raise EvidenceOnly(doc_type.name_en)
    for fname, limit in (("authority", 200), ("authority_office", 200), ("court", 200), ("case_number", 60),
                         ("fee_receipt", 60), ("next_action", 300), ("notes", 10_000), ("obstacle_note", 2000)):
        if len(getattr(data, fname) or "") > limit:
            problems.append(ValidationError(fname, _TOO_LONG, limit))
    if not 0 <= data.fee_amount <= MAX_FEE:
        problems.append(ValidationError("fee_amount", _FEE, f"{MAX_FEE:,}"))
    if data.fee_receipt.strip() and not data.fee_paid:
        problems.append(ValidationError("fee_receipt", _RECEIPT_WITHOUT_PAYMENT))
    known = {code for code, _ in OBSTACLES}
    for obstacle in data.obstacles:
        if obstacle not in known:
            problems.append(ValidationError("obstacles", _OBSTACLE, obstacle))
    if data.next_action_due is not None and not data.next_action.strip():
        problems.append(ValidationError("next_action", _DUE_WITHOUT_ACTION))
    if data.next_action_due is not None and data.next_action_due < today:
        warnings.append(ValidationError("next_action_due", _DUE_IN_PAST, data.next_action_due.strftime("%d/%m/%Y")))
    for row, (text, _done) in enumerate(data.checklist or (), start=1):
        if not names.clean_text(text):
            problems.append(ValidationError(f"check:{row - 1}", _CHECK_EMPTY, row))
    if data.owner_id is not None:
        owner = db.get(User, data.owner_id)
        if owner is None or not owner.is_active or owner.role not in (Role.LEGAL.value, Role.ADMIN.value):
            raise NotALegalUser(owner.full_name or owner.username if owner else str(data.owner_id))
    return problems, warnings


def _apply(row: Application, data: ApplicationInput) -> None:
    row.doc_type = data.doc_type
    row.owner_id = data.owner_id
    for fname in ("authority", "authority_office", "court", "case_number", "fee_receipt", "next_action"):
        setattr(row, fname, names.clean_text(getattr(data, fname), max_length=300))
    row.notes = data.notes.strip()
    row.obstacle_note = data.obstacle_note.strip()
    row.fee_amount = data.fee_amount
    row.fee_paid = data.fee_paid
    row.obstacles = ",".join(data.obstacles)
    row.next_action_due = data.next_action_due


def _event(db: Session, session: UserSession, app_id: int, kind: str, from_state: str = "", to_state: str = "",
           reason: str = "") -> None:
    db.add(ApplicationEvent(application_id=app_id, user_id=session.user.id, username=session.user.username,
                            kind=kind, from_state=from_state, to_state=to_state, reason=reason.strip()))


# ---- creating and saving ---------------------------------------------------------------------------


def create_application(
    session: UserSession, person_id: int, data: ApplicationInput, *, today: dt.date | None = None
) -> Saved:
    session.require(Action.MANAGE_APPLICATIONS)
    today = today or dt.date.today()
    with session.transaction() as db:
        return _create(db, session, person_id, data, today)


def _create(db: Session, session: UserSession, person_id: int, data: ApplicationInput, today: dt.date) -> Saved:
    if db.get(Person, person_id) is None:
        raise NoSuchRecord(person_id)
    problems, warnings = _check(db, data, today)
    if problems:
        raise ValidationErrors([(None, p) for p in problems])
    workflow = workflow_for(db, data.doc_type)
    row = Application(person_id=person_id, state=workflow.first().code, opened_on=today,
                      last_moved_at=_now())
    _apply(row, data)
    db.add(row)
    db.flush()
    lines = data.checklist
    if lines is None:
        lines = tuple((item.text_ar or item.text_en, False) for item in db.scalars(
            select(ChecklistItem).where(ChecklistItem.doc_type == data.doc_type, ChecklistItem.active.is_(True))
            .order_by(ChecklistItem.position, ChecklistItem.id)))
    db.add_all(ApplicationCheck(application_id=row.id, text=names.clean_text(text), done=done, position=i)
               for i, (text, done) in enumerate(lines))
    _event(db, session, row.id, "created", to_state=row.state)
    db.flush()
    return Saved(row.id, row.version, tuple(warnings))


def save_application(
    session: UserSession, app_id: int, data: ApplicationInput, *, version: int, today: dt.date | None = None
) -> Saved:
    """Save the form's fields (not the state: that moves only by `move`)."""
    session.require(Action.MANAGE_APPLICATIONS)
    today = today or dt.date.today()
    with session.transaction() as db:
        row = _get(db, app_id)
        if row.version != version:
            raise RecordChanged()
        if data.doc_type != row.doc_type and row.state not in {
                state.code for state in workflow_for(db, data.doc_type).states}:
            raise ValidationErrors([(None, ValidationError("doc_type", _TYPE_CHANGE))])
        problems, warnings = _check(db, data, today)
        if problems:
            raise ValidationErrors([(None, p) for p in problems])
        _apply(row, data)
        if data.checklist is not None:
            existing = list(db.scalars(select(ApplicationCheck).where(ApplicationCheck.application_id == app_id)
                                       .order_by(ApplicationCheck.position, ApplicationCheck.id)))
            for i, (text, done) in enumerate(data.checklist):
                line = existing[i] if i < len(existing) else ApplicationCheck(application_id=app_id)
                if i >= len(existing):
                    db.add(line)
                line.text, line.done, line.position = names.clean_text(text), done, i
            for line in existing[len(data.checklist):]:
                db.delete(line)
        db.flush()
        if row.version == version:
            row.version = version + 1
            db.flush()
        return Saved(row.id, row.version, tuple(warnings))


_TYPE_CHANGE = QT_TRANSLATE_NOOP(
    "SanadError", "The new document type has a different workflow without the current step: open a new application."
)


def _get(db: Session, app_id: int) -> Application:
    row = db.get(Application, app_id)
    if row is None:
        raise NoSuchRecord(app_id)
    return row


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


# ---- moving ----------------------------------------------------------------------------------------

_CLOSE_REASON = QT_TRANSLATE_NOOP("SanadError", "Choose why the application is closed.")


def move(
    session: UserSession, app_id: int, target: str, reason: str = "", *, version: int,
    close_reason: str = "", today: dt.date | None = None, lang: str = "en",
) -> int:
    """Move the application to `target` if the workflow allows it; returns the new version."""
    session.require(Action.MANAGE_APPLICATIONS)
    today = today or dt.date.today()
    with session.transaction() as db:
        row = _get(db, app_id)
        if row.version != version:
            raise RecordChanged()
        _move(db, session, row, target, reason, close_reason=close_reason, today=today, lang=lang)
        db.flush()
        return row.version


def _move(db: Session, session: UserSession, row: Application, target: str, reason: str, *,
          close_reason: str = "", today: dt.date, lang: str = "en", kind: str = "transition") -> None:
    workflow = workflow_for(db, row.doc_type)
    goal = workflow.check(row.state, target, reason, held_from=row.held_from, lang=lang)
    if goal.kind == "closed" and close_reason not in {code for code, _ in CLOSE_REASONS}:
        raise ValidationErrors([(None, ValidationError("close_reason", _CLOSE_REASON))])
    source = row.state
    if goal.kind == "hold":
        row.held_from = source
    elif workflow.state(source).kind == "hold":
        row.held_from = ""
    row.state = goal.code
    row.last_moved_at = _now()
    if goal.kind == "issued":
        first_instance = not db.scalar(select(func.count()).select_from(Hearing).where(
            Hearing.application_id == row.id, Hearing.outcome == "refused"))
        row.outcome = "issued_first_instance" if first_instance else "issued"
        row.closed_on = today
    elif goal.kind == "closed":
        row.outcome = OUTCOME_OF_CLOSE_REASON[close_reason]
        row.outcome_reason = close_reason
        row.closed_on = today
    _event(db, session, row.id, kind, source, goal.code, reason)


# ---- dependencies ---------------------------------------------------------------------------------


def _label(db: Session, app_id: int) -> str:
    row = db.get(Application, app_id)
    person = db.get(Person, row.person_id) if row else None
    return f"{person.file_number if person else '?'} {row.doc_type if row else app_id}"


def add_dependency(session: UserSession, app_id: int, depends_on_id: int) -> None:
    """`app_id` waits for `depends_on_id`. A circle is refused with the circle named."""
    session.require(Action.MANAGE_APPLICATIONS)
    with session.transaction() as db:
        _add_dependency(db, app_id, depends_on_id)


def _add_dependency(db: Session, app_id: int, depends_on_id: int) -> None:
    _get(db, app_id)
    _get(db, depends_on_id)
    if db.get(ApplicationDependency, (app_id, depends_on_id)) is not None:
        return
    edges: dict[int, set[int]] = {}
    for a, b in db.execute(select(ApplicationDependency.application_id, ApplicationDependency.depends_on_id)):
        edges.setdefault(a, set()).add(b)
    cycle = find_cycle(edges, (app_id, depends_on_id))
    if cycle is not None:
        raise DependencyCycle(" → ".join(_label(db, node) for node in cycle))
    db.add(ApplicationDependency(application_id=app_id, depends_on_id=depends_on_id))
    db.flush()


def remove_dependency(session: UserSession, app_id: int, depends_on_id: int) -> None:
    session.require(Action.MANAGE_APPLICATIONS)
    with session.transaction() as db:
        link = db.get(ApplicationDependency, (app_id, depends_on_id))
        if link is not None:
            db.delete(link)


# ---- hearings ---------------------------------------------------------------------------------------

_HEARING_OUTCOME = QT_TRANSLATE_NOOP("SanadError", "Choose what happened at the hearing.")
_NEXT_BEFORE = QT_TRANSLATE_NOOP("SanadError", "The next hearing must come after this one (%1).")
_HEARING_DATE = QT_TRANSLATE_NOOP("SanadError", "Write the date of the hearing.")


@dataclass(frozen=True)
class HearingInput:
    held_on: dt.date | None
    court: str = ""
    judge: str = ""
    outcome: str = ""  # "" for a hearing still to come
    notes: str = ""
    next_hearing_on: dt.date | None = None


def record_hearing(
    session: UserSession, app_id: int, hearing: HearingInput, *, version: int, hearing_id: int | None = None,
    today: dt.date | None = None, lang: str = "en",
) -> int:
    """Add (or complete) a hearing. An outcome moves the application where the workflow says:
    granted → the step after the hearings; refused → closed (rejected); adjourned or absent →
    stays, with the next hearing added. Returns the application's new version."""
    session.require(Action.MANAGE_APPLICATIONS)
    today = today or dt.date.today()
    problems = []
    if hearing.held_on is None:
        problems.append(ValidationError("held_on", _HEARING_DATE))
    if hearing.outcome and hearing.outcome not in {code for code, _ in HEARING_OUTCOMES}:
        problems.append(ValidationError("outcome", _HEARING_OUTCOME))
    later = hearing.next_hearing_on
    if later is not None and hearing.held_on is not None and later <= hearing.held_on:
        problems.append(ValidationError("next_hearing_on", _NEXT_BEFORE, hearing.held_on.strftime("%d/%m/%Y")))
    if problems:
        raise ValidationErrors([(None, p) for p in problems])
    with session.transaction() as db:
        row = _get(db, app_id)
        if row.version != version:
            raise RecordChanged()
        record = db.get(Hearing, hearing_id) if hearing_id is not None else None
        if record is None or record.application_id != app_id:
            record = Hearing(application_id=app_id)
            db.add(record)
        record.held_on = hearing.held_on
        record.court, record.judge = names.clean_text(hearing.court), names.clean_text(hearing.judge)
        record.outcome, record.notes = hearing.outcome, hearing.notes.strip()
        record.next_hearing_on = hearing.next_hearing_on
        if hearing.next_hearing_on is not None and not db.scalar(select(Hearing.id).where(
                Hearing.application_id == app_id, Hearing.held_on == hearing.next_hearing_on)):
            db.add(Hearing(application_id=app_id, held_on=hearing.next_hearing_on, court=record.court,
                           judge=record.judge))
        if row.court == "" and record.court:
            row.court = record.court
        db.flush()
        _follow_hearing(db, session, row, hearing, today, lang)
        db.flush()
        if row.version == version:
            row.version = version + 1
            db.flush()
        return row.version


def _follow_hearing(db: Session, session: UserSession, row: Application, hearing: HearingInput, today: dt.date,
                    lang: str) -> None:
    workflow = workflow_for(db, row.doc_type)
    note = f"{hearing.held_on:%d/%m/%Y}: {hearing.outcome}"
    if hearing.notes.strip():
        note += f" — {hearing.notes.strip()}"
    if hearing.outcome == "granted" and workflow.state(row.state).kind == "open":
        # Forward to the step after the hearings (or issued), one step at a time as the rules say.
        steps = [s.code for s in workflow.steps]
        stop_after = "hearings" if "hearings" in steps else row.state
        while workflow.state(row.state).kind == "open" and steps.index(row.state) <= steps.index(stop_after):
            following = workflow.allowed(row.state, held_from=row.held_from)[0]
            _move(db, session, row, following.code, note, today=today, lang=lang, kind="hearing")
            if following.kind != "open":
                break
    elif hearing.outcome == "refused" and workflow.state(row.state).kind in ("open", "hold"):
        closed = workflow.of_kind("closed").code
        _move(db, session, row, closed, note or "refused", close_reason="rejected", today=today, lang=lang,
              kind="hearing")
    elif hearing.outcome:
        _event(db, session, row.id, "hearing", row.state, row.state, note)


# ---- reading ------------------------------------------------------------------------------------------


def _cached_workflow(db: Session, doc_type: str, cache: dict) -> Workflow:
    """One read per document type (dict.setdefault would read it again every time)."""
    if doc_type not in cache:
        cache[doc_type] = workflow_for(db, doc_type)
    return cache[doc_type]


def _link(db: Session, app_id: int, workflow_cache: dict) -> Link:
    row = db.get(Application, app_id)
    person = db.get(Person, row.person_id)
    workflow = _cached_workflow(db, row.doc_type, workflow_cache)
    return Link(row.id, person.file_number, row.doc_type, row.state, workflow.state(row.state).kind == "issued")


def load_application(session: UserSession, app_id: int) -> ApplicationRecord:
    session.require(Action.VIEW_PEOPLE)
    with session.transaction() as db:
        row = _get(db, app_id)
        person = db.get(Person, row.person_id)
        workflow = workflow_for(db, row.doc_type)
        checks = tuple((c.text, c.done) for c in db.scalars(
            select(ApplicationCheck).where(ApplicationCheck.application_id == app_id)
            .order_by(ApplicationCheck.position, ApplicationCheck.id)))
        data = ApplicationInput(
            doc_type=row.doc_type, owner_id=row.owner_id, authority=row.authority,
            authority_office=row.authority_office, court=row.court, case_number=row.case_number,
            fee_amount=row.fee_amount, fee_paid=row.fee_paid, fee_receipt=row.fee_receipt,
            obstacles=tuple(o for o in row.obstacles.split(",") if o), obstacle_note=row.obstacle_note,
            notes=row.notes, next_action=row.next_action, next_action_due=row.next_action_due, checklist=checks,
        )
        cache: dict = {}
        waits = tuple(_link(db, d, cache) for d in db.scalars(
            select(ApplicationDependency.depends_on_id).where(ApplicationDependency.application_id == app_id)))
        needed = tuple(_link(db, d, cache) for d in db.scalars(
            select(ApplicationDependency.application_id).where(ApplicationDependency.depends_on_id == app_id)))
        return ApplicationRecord(
            id=row.id, version=row.version, person_id=row.person_id, file_number=person.file_number,
            person_name=" ".join(p for p in (person.first_name, person.father_name, person.grandfather_name,
                                             person.family_name) if p),
            state=row.state, held_from=row.held_from, data=data, outcome=row.outcome,
            outcome_reason=row.outcome_reason, opened_on=row.opened_on, closed_on=row.closed_on,
            allowed=workflow.allowed(row.state, held_from=row.held_from), workflow=workflow,
            events=tuple(EventRow(e.at, e.username, e.kind, e.from_state, e.to_state, e.reason) for e in db.scalars(
                select(ApplicationEvent).where(ApplicationEvent.application_id == app_id)
                .order_by(ApplicationEvent.at, ApplicationEvent.id))),
            hearings=tuple(HearingRow(h.id, h.held_on, h.court, h.judge, h.outcome, h.notes, h.next_hearing_on)
                           for h in db.scalars(select(Hearing).where(Hearing.application_id == app_id)
                                               .order_by(Hearing.held_on, Hearing.id))),
            waits_for=waits, needed_by=needed,
        )


@dataclass(frozen=True)
class ApplicationRow:
    id: int
    person_id: int
    file_number: str
    person_name: str
    doc_type: str
    state: str
    owner: str
    next_action: str
    next_action_due: dt.date | None
    last_moved_at: dt.datetime
    blocked: bool
    # Filled by application_rows (the list screen): what it waits for, and whether it is finished.
    waits_for: tuple[Link, ...] = ()
    closed_on: dt.date | None = None
    owner_username: str = ""


def list_applications(
    session: UserSession, *, state: str | None = None, owner: str | None = None, doc_type: str | None = None,
    person_id: int | None = None, open_only: bool = False, limit: int | None = None,
) -> list[ApplicationRow]:
    """Applications for the list screen and `sanad applications`, newest move first."""
    session.require(Action.VIEW_PEOPLE)
    with session.transaction() as db:
        query = (select(Application, Person.file_number, Person.first_name, Person.father_name,
                        Person.grandfather_name, Person.family_name, User.username, User.full_name)
                 .join(Person, Person.id == Application.person_id)
                 .outerjoin(User, User.id == Application.owner_id))
        if state:
            query = query.where(Application.state == state)
        if owner:
            query = query.where(User.username == owner)
        if doc_type:
            query = query.where(Application.doc_type == doc_type)
        if person_id is not None:
            query = query.where(Application.person_id == person_id)
        if open_only:
            query = query.where(Application.closed_on.is_(None))
        query = query.order_by(Application.last_moved_at.desc(), Application.id.desc())
        if limit:
            query = query.limit(limit)
        result = db.execute(query).all()
        ids = [r[0].id for r in result]
        blocked = _blocked_ids(db, ids)
        return [
            ApplicationRow(
                id=a.id, person_id=a.person_id, file_number=number,
                person_name=" ".join(p for p in (first, father, grandfather, family) if p), doc_type=a.doc_type,
                state=a.state, owner=(full or username or ""), next_action=a.next_action,
                next_action_due=a.next_action_due, last_moved_at=a.last_moved_at, blocked=a.id in blocked,
                closed_on=a.closed_on, owner_username=username or "",
            )
            for a, number, first, father, grandfather, family, username, full in result
        ]


def _blocked_ids(db: Session, ids: list[int]) -> set[int]:
    """Of these applications, those waiting for one not yet issued."""
    if not ids:
        return set()
    blocked: set[int] = set()
    cache: dict = {}
    for chunk in range(0, len(ids), 900):
        part = ids[chunk:chunk + 900]
        for app_id, dep_type, dep_state in db.execute(
            select(ApplicationDependency.application_id, Application.doc_type, Application.state)
            .join(Application, Application.id == ApplicationDependency.depends_on_id)
            .where(ApplicationDependency.application_id.in_(part))
        ):
            workflow = _cached_workflow(db, dep_type, cache)
            if workflow.state(dep_state).kind != "issued":
                blocked.add(app_id)
    return blocked


def has_open_application(db: Session, person_id: int, doc_type: str) -> bool:
    return db.scalar(select(Application.id).where(
        Application.person_id == person_id, Application.doc_type == doc_type,
        or_(Application.closed_on.is_(None), Application.outcome.in_(("issued", "issued_first_instance"))),
    ).limit(1)) is not None


# ---- the list screen: ids first, rows a page at a time ---------------------------------------------

SORTS = {
    "last_moved_at": Application.last_moved_at,
    "next_action_due": Application.next_action_due,
    "opened_on": Application.opened_on,
    "doc_type": Application.doc_type,
    "state": Application.state,
    "file_number": Person.file_number,
}


@dataclass(frozen=True)
class ApplicationFilter:
    state: str = ""
    doc_type: str = ""
    owner_id: int | None = None
    open_only: bool = False
    overdue: bool = False  # open, with a next action due before today
    person_id: int | None = None
    search: str = ""  # a file number or any spelling of the person's name


def application_ids(
    session: UserSession, filters: ApplicationFilter, *, sort: str = "last_moved_at", descending: bool = True,
    today: dt.date | None = None,
) -> array:
    """Every matching application's id, in order (the list screen reads rows for the ids it shows).
    Sorting and filtering happen in SQL: 300,000 applications stay quick."""
    session.require(Action.VIEW_PEOPLE)
    today = today or dt.date.today()
    ranked: list[int] | None = None
    if filters.search.strip():
        from db.search import search_people

        ranked = [hit.id for hit in search_people(session, filters.search, limit=500)]
        if not ranked:
            return array("q")
    query = select(Application.id)
    if filters.state:
        query = query.where(Application.state == filters.state)
    if filters.doc_type:
        query = query.where(Application.doc_type == filters.doc_type)
    if filters.owner_id is not None:
        query = query.where(Application.owner_id == filters.owner_id)
    if filters.person_id is not None:
        query = query.where(Application.person_id == filters.person_id)
    if filters.open_only or filters.overdue:
        query = query.where(Application.closed_on.is_(None))
    if filters.overdue:
        query = query.where(Application.next_action_due < today)
    if ranked is not None:
        query = query.where(Application.person_id.in_(ranked))
    column = SORTS.get(sort, Application.last_moved_at)
    if column is Person.file_number:
        query = query.join(Person, Person.id == Application.person_id)
    if column is Application.next_action_due:
        # Applications without a due date go last either way.
        query = query.order_by(Application.next_action_due.is_(None),
                               column.desc() if descending else column, Application.id)
    else:
        query = query.order_by(column.desc() if descending else column,
                               Application.id.desc() if descending else Application.id)
    with session.transaction() as db:
        return array("q", db.scalars(query))


def application_rows(session: UserSession, ids: list[int]) -> dict[int, ApplicationRow]:
    """The list's columns for these applications (one page): person, type, state, owner, next
    action, and for each what it still waits for."""
    session.require(Action.VIEW_PEOPLE)
    if not ids:
        return {}
    with session.transaction() as db:
        # Columns, not whole rows: a page is read on every scroll.
        result = db.execute(
            select(Application.id, Application.person_id, Application.doc_type, Application.state,
                   Application.next_action, Application.next_action_due, Application.last_moved_at,
                   Application.closed_on, Person.file_number, Person.first_name, Person.father_name,
                   Person.grandfather_name, Person.family_name, User.username, User.full_name)
            .join(Person, Person.id == Application.person_id)
            .outerjoin(User, User.id == Application.owner_id)
            .where(Application.id.in_(ids))
        ).all()
        waits: dict[int, list[Link]] = {}
        cache: dict = {}
        for app_id, dep_id, dep_type, dep_state, dep_number in db.execute(
            select(ApplicationDependency.application_id, Application.id, Application.doc_type, Application.state,
                   Person.file_number)
            .join(Application, Application.id == ApplicationDependency.depends_on_id)
            .join(Person, Person.id == Application.person_id)
            .where(ApplicationDependency.application_id.in_(ids))
        ):
            workflow = _cached_workflow(db, dep_type, cache)
            finished = workflow.state(dep_state).kind == "issued"
            if not finished:
                waits.setdefault(app_id, []).append(Link(dep_id, dep_number, dep_type, dep_state, False))
        return {
            r.id: ApplicationRow(
                id=r.id, person_id=r.person_id, file_number=r.file_number,
                person_name=" ".join(p for p in (r.first_name, r.father_name, r.grandfather_name, r.family_name) if p),
                doc_type=r.doc_type, state=r.state, owner=(r.full_name or r.username or ""),
                next_action=r.next_action, next_action_due=r.next_action_due, last_moved_at=r.last_moved_at,
                blocked=r.id in waits, waits_for=tuple(waits.get(r.id, ())), closed_on=r.closed_on,
                owner_username=r.username or "",
            )
            for r in result
        }
