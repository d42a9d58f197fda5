"""Editing the casework reference data an office owns: the document types (names in Arabic and
English, authority, evidence only, active, order), the workflow of states for each document type
(or the default one), and the checklist of papers each type needs.

Administrators only (Action.EDIT_SETTINGS). Every change is one transaction and audited (the models
are audited). A workflow is checked with the rules' own `workflow_problems` before it is written,
and a state that applications are in (or paused from) cannot be removed: they would be stranded.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import names
from db.errors import SanadError, ValidationError, ValidationErrors
from db.i18n import QT_TRANSLATE_NOOP
from db.models import Application, ChecklistItem, DocumentType, WorkflowState
from db.permissions import Action
from db.session import UserSession
from db.workflow import KINDS, State, Workflow, workflow_problems

CODE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
NAME_MAX = 120
AUTHORITY_MAX = 200
CHECK_MAX = 200

KIND_LABELS: tuple[tuple[str, str], ...] = (
    ("open", QT_TRANSLATE_NOOP("Workflow", "A step on the way")),
    ("hold", QT_TRANSLATE_NOOP("Workflow", "On hold (needs a reason)")),
    ("issued", QT_TRANSLATE_NOOP("Workflow", "Issued (the end)")),
    ("closed", QT_TRANSLATE_NOOP("Workflow", "Closed without success (needs a reason)")),
)
assert tuple(code for code, _ in KIND_LABELS) == KINDS


@dataclass(frozen=True)
class DocumentTypeInput:
    code: str
    name_ar: str
    name_en: str
    authority_ar: str = ""
    authority_en: str = ""
    evidence_only: bool = False
    active: bool = True

    def name(self, lang: str) -> str:
        return (self.name_ar or self.name_en) if lang == "ar" else (self.name_en or self.name_ar)

    def authority(self, lang: str) -> str:
        return (self.authority_ar or self.authority_en) if lang == "ar" else (self.authority_en or self.authority_ar)


@dataclass(frozen=True)
class StateInput:
    code: str
    name_ar: str
    name_en: str
    kind: str = "open"


@dataclass(frozen=True)
class WorkflowDraft:
    doc_type: str  # "" for the default workflow
    own: bool  # False: the document type uses the default (these are the default's states)
    states: tuple[StateInput, ...]
    in_use: dict[str, int]  # state code -> applications in it (or paused from it)


@dataclass(frozen=True)
class ChecklistLine:
    text_ar: str
    text_en: str = ""
    active: bool = True
    id: int | None = None


class WorkflowChanged(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError", "Someone else changed this list after you opened it. Nothing was overwritten: open it again."
    )


class StateInUse(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError", "The state \"%1\" cannot be removed: %2 applications are in it. Move them first, or keep it."
    )


_CODE = QT_TRANSLATE_NOOP("SanadError", "Row %1: a code uses small Latin letters, digits and _ (up to 40), "
                                        "starting with a letter.")
_CODE_TWICE = QT_TRANSLATE_NOOP("SanadError", "Row %1: the code %2 is used twice.")
_NAME = QT_TRANSLATE_NOOP("SanadError", "Row %1: write a name in Arabic or English.")
_TOO_LONG = QT_TRANSLATE_NOOP("SanadError", "Row %1: a text is too long (at most %2 characters).")
_KIND = QT_TRANSLATE_NOOP("SanadError", "Row %1: choose what the state means.")
_EVIDENCE_IN_USE = QT_TRANSLATE_NOOP(
    "SanadError", "%1 has open applications: it cannot become evidence only until they are finished."
)
NO_SUCH_TYPE = QT_TRANSLATE_NOOP("SanadError", "There is no document type %1.")
_CHECK_TEXT = QT_TRANSLATE_NOOP("SanadError", "Line %1: write what must be handed in.")
_STATE_CHANGED_KIND = QT_TRANSLATE_NOOP(
    "SanadError", "The state \"%1\" cannot change what it means: %2 applications are in it."
)


# ---- reading (everyone who sees applications needs the names) --------------------------------------


def document_types(session: UserSession, *, include_inactive: bool = True) -> list[DocumentTypeInput]:
    """The office's document types in their order."""
    session.require(Action.VIEW_PEOPLE)
    with session.transaction() as db:
        query = select(DocumentType).order_by(DocumentType.position, DocumentType.code)
        if not include_inactive:
            query = query.where(DocumentType.active.is_(True))
        return [_type_input(t) for t in db.scalars(query)]


def _type_input(t: DocumentType) -> DocumentTypeInput:
    return DocumentTypeInput(t.code, t.name_ar, t.name_en, t.authority_ar, t.authority_en, t.evidence_only, t.active)


def workflows(session: UserSession) -> dict[str, Workflow]:
    """The workflow each document type uses ("" is the default), to name states on screens."""
    session.require(Action.VIEW_PEOPLE)
    with session.transaction() as db:
        rows = list(db.scalars(select(WorkflowState).order_by(WorkflowState.doc_type, WorkflowState.position,
                                                              WorkflowState.id)))
        types = list(db.scalars(select(DocumentType.code)))
    grouped: dict[str, list[State]] = {}
    for r in rows:
        grouped.setdefault(r.doc_type, []).append(State(r.code, r.name_en, r.name_ar, r.kind))
    default = Workflow(tuple(grouped.get("", ())))
    result = {"": default}
    for code in types:
        result[code] = Workflow(tuple(grouped[code])) if code in grouped else default
    return result


def workflow_states(session: UserSession, doc_type: str = "") -> WorkflowDraft:
    """The states a document type uses (its own, or the default's), with how many applications
    are in each."""
    session.require(Action.VIEW_PEOPLE)
    with session.transaction() as db:
        own = _own_rows(db, doc_type)
        rows = own if own or not doc_type else _own_rows(db, "")
        return WorkflowDraft(
            doc_type=doc_type, own=bool(own) or not doc_type,
            states=tuple(StateInput(r.code, r.name_ar, r.name_en, r.kind) for r in rows),
            in_use=_usage(db, doc_type),
        )


def _own_rows(db: Session, doc_type: str) -> list[WorkflowState]:
    return list(db.scalars(select(WorkflowState).where(WorkflowState.doc_type == doc_type)
                           .order_by(WorkflowState.position, WorkflowState.id)))


def _users_of(db: Session, doc_type: str) -> list[str]:
    """The document types whose applications follow the workflow stored under `doc_type`."""
    if doc_type:
        return [doc_type]
    own = set(db.scalars(select(WorkflowState.doc_type).where(WorkflowState.doc_type != "").distinct()))
    types = set(db.scalars(select(DocumentType.code)))
    types |= set(db.scalars(select(Application.doc_type).distinct()))
    return sorted(types - own)


def _usage(db: Session, doc_type: str) -> dict[str, int]:
    """State code -> applications following `doc_type`'s workflow ("": every type on the default)
    that are in it or paused from it."""
    users = _users_of(db, doc_type)
    if not users:
        return {}
    counts: dict[str, int] = {}
    for state, held, count in db.execute(
        select(Application.state, Application.held_from, func.count()).where(Application.doc_type.in_(users))
        .group_by(Application.state, Application.held_from)
    ):
        counts[state] = counts.get(state, 0) + count
        if held:
            counts[held] = counts.get(held, 0) + count
    return counts


def checklist(session: UserSession, doc_type: str) -> list[ChecklistLine]:
    session.require(Action.VIEW_PEOPLE)
    with session.transaction() as db:
        return [ChecklistLine(i.text_ar, i.text_en, i.active, i.id) for i in db.scalars(
            select(ChecklistItem).where(ChecklistItem.doc_type == doc_type)
            .order_by(ChecklistItem.position, ChecklistItem.id))]


# ---- writing (administrators) ----------------------------------------------------------------------


def save_document_types(session: UserSession, types: Sequence[DocumentTypeInput]) -> None:
    """Add new types and change existing ones; their order is the list's. Types left out of the
    list keep their place after it (a type is never deleted: untick "active" instead)."""
    session.require(Action.EDIT_SETTINGS)
    problems: list[ValidationError] = []
    seen: set[str] = set()
    for row, t in enumerate(types, start=1):
        if not CODE.match(t.code):
            problems.append(ValidationError(f"type:{row - 1}:code", _CODE, row))
        elif t.code in seen:
            problems.append(ValidationError(f"type:{row - 1}:code", _CODE_TWICE, row, t.code))
        seen.add(t.code)
        if not (names.clean_text(t.name_ar) or names.clean_text(t.name_en)):
            problems.append(ValidationError(f"type:{row - 1}:name_ar", _NAME, row))
        for field, limit in (("name_ar", NAME_MAX), ("name_en", NAME_MAX), ("authority_ar", AUTHORITY_MAX),
                             ("authority_en", AUTHORITY_MAX)):
            if len(names.clean_text(getattr(t, field))) > limit:
                problems.append(ValidationError(f"type:{row - 1}:{field}", _TOO_LONG, row, limit))
    if problems:
        raise ValidationErrors([(None, p) for p in problems])
    with session.transaction() as db:
        existing = {t.code: t for t in db.scalars(select(DocumentType))}
        for position, t in enumerate(types):
            row = existing.get(t.code)
            if t.evidence_only and (row is None or not row.evidence_only) and db.scalar(
                    select(Application.id).where(Application.doc_type == t.code, Application.closed_on.is_(None))
                    .limit(1)) is not None:
                raise ValidationErrors([(None, ValidationError(f"type:{position}:evidence_only", _EVIDENCE_IN_USE,
                                                               t.name_en or t.name_ar))])
            if row is None:
                row = DocumentType(code=t.code)
                db.add(row)
            row.name_ar, row.name_en = names.clean_text(t.name_ar), names.clean_text(t.name_en)
            row.authority_ar, row.authority_en = names.clean_text(t.authority_ar), names.clean_text(t.authority_en)
            row.evidence_only, row.active, row.position = t.evidence_only, t.active, position
        listed = {t.code for t in types}
        for offset, row in enumerate(sorted((r for code, r in existing.items() if code not in listed),
                                            key=lambda r: (r.position, r.code))):
            row.position = len(types) + offset


def _state_problems(states: Sequence[StateInput]) -> list[ValidationError]:
    problems: list[ValidationError] = []
    seen: set[str] = set()
    for row, s in enumerate(states, start=1):
        if not CODE.match(s.code):
            problems.append(ValidationError(f"state:{row - 1}:code", _CODE, row))
        elif s.code in seen:
            problems.append(ValidationError(f"state:{row - 1}:code", _CODE_TWICE, row, s.code))
        seen.add(s.code)
        if not (names.clean_text(s.name_ar) or names.clean_text(s.name_en)):
            problems.append(ValidationError(f"state:{row - 1}:name_ar", _NAME, row))
        if max(len(names.clean_text(s.name_ar)), len(names.clean_text(s.name_en))) > NAME_MAX:
            problems.append(ValidationError(f"state:{row - 1}:name_ar", _TOO_LONG, row, NAME_MAX))
        if s.kind not in KINDS:
            problems.append(ValidationError(f"state:{row - 1}:kind", _KIND, row))
    if not problems:
        # The rules' own check, in the translator's words ("it needs exactly one issued state" ...).
        problems += [ValidationError("states", problem) for problem in workflow_problems(
            [State(s.code, s.name_en.strip(), s.name_ar.strip(), s.kind) for s in states])]
    return problems


def save_workflow(
    session: UserSession, doc_type: str, states: Sequence[StateInput], *,
    loaded: Sequence[StateInput] | None = None,
) -> None:
    """Write the whole list of states for `doc_type` ("" = the default workflow) in this order.
    `loaded` is what the editor showed: if the stored list changed since, nothing is written.
    A state applications are in (or paused from) cannot be removed or change its kind."""
    session.require(Action.EDIT_SETTINGS)
    problems = _state_problems(states)
    if problems:
        raise ValidationErrors([(None, p) for p in problems])
    with session.transaction() as db:
        if doc_type and db.get(DocumentType, doc_type) is None:
            raise SanadError(doc_type, text=NO_SUCH_TYPE)
        rows = _own_rows(db, doc_type)
        base = rows if rows or not doc_type else _own_rows(db, "")
        if loaded is not None and tuple(StateInput(r.code, r.name_ar, r.name_en, r.kind) for r in base) \
                != tuple(loaded):
            raise WorkflowChanged()
        usage = _usage(db, doc_type)
        wanted = {s.code: s for s in states}
        for r in base:
            count = usage.get(r.code, 0)
            if not count:
                continue
            if r.code not in wanted:
                raise StateInUse(r.name_en or r.name_ar, count)
            if wanted[r.code].kind != r.kind:
                raise ValidationErrors([(None, ValidationError("states", _STATE_CHANGED_KIND,
                                                               r.name_en or r.name_ar, count))])
        by_code = {r.code: r for r in rows}
        for position, s in enumerate(states):
            row = by_code.pop(s.code, None)
            if row is None:
                row = WorkflowState(doc_type=doc_type, code=s.code)
                db.add(row)
            row.name_ar, row.name_en = names.clean_text(s.name_ar), names.clean_text(s.name_en)
            row.kind, row.position = s.kind, position
        for row in by_code.values():
            db.delete(row)


def use_default_workflow(session: UserSession, doc_type: str) -> None:
    """The document type drops its own states and follows the default workflow again; refused
    while its applications are in a state the default does not have."""
    session.require(Action.EDIT_SETTINGS)
    with session.transaction() as db:
        rows = _own_rows(db, doc_type)
        if not doc_type or not rows:
            return
        default = {r.code for r in _own_rows(db, "")}
        usage = _usage(db, doc_type)
        for r in rows:
            if usage.get(r.code) and r.code not in default:
                raise StateInUse(r.name_en or r.name_ar, usage[r.code])
        for r in rows:
            db.delete(r)


def save_checklist(session: UserSession, doc_type: str, lines: Sequence[ChecklistLine]) -> None:
    """The papers a new application of `doc_type` starts with, in this order (applications already
    open keep their own copy)."""
    session.require(Action.EDIT_SETTINGS)
    problems: list[ValidationError] = []
    for row, line in enumerate(lines, start=1):
        if not (names.clean_text(line.text_ar) or names.clean_text(line.text_en)):
            problems.append(ValidationError(f"check:{row - 1}", _CHECK_TEXT, row))
        if max(len(names.clean_text(line.text_ar)), len(names.clean_text(line.text_en))) > CHECK_MAX:
            problems.append(ValidationError(f"check:{row - 1}", _TOO_LONG, row, CHECK_MAX))
    if problems:
        raise ValidationErrors([(None, p) for p in problems])
    with session.transaction() as db:
        if db.get(DocumentType, doc_type) is None:
            raise SanadError(doc_type, text=NO_SUCH_TYPE)
        existing = {i.id: i for i in db.scalars(select(ChecklistItem).where(ChecklistItem.doc_type == doc_type))}
        for position, line in enumerate(lines):
            item = existing.pop(line.id, None) if line.id is not None else None
            if item is None:
                item = ChecklistItem(doc_type=doc_type)
                db.add(item)
            item.text_ar, item.text_en = names.clean_text(line.text_ar), names.clean_text(line.text_en)
            item.active, item.position = line.active, position
        for item in existing.values():
            db.delete(item)

