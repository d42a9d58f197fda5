"""Planning documents for a household: which member lacks which document, and the applications
that would get them, in the order the law needs (a mother's marriage ratified before her children's
births are registered, a birth registered before the child's national card). Creating the whole
set, with its dependencies, is one action and one transaction.

The rules (domain.md sections 3 and 8):

* every member should hold an identity document: the Unified National Card (or the older civil
  status ID, which counts);
* a child (under 18) should hold a birth certificate; the child's national card waits for it;
* a mother whose marriage was never registered, or whose husband is missing, needs the marriage
  ratified (or the court's proof) before her children's births can be registered, when she holds
  no marriage contract;
* papers issued by ISIS are evidence only: they never count as a document held;
* nothing is proposed twice: a document held, or an application open or already successful,
  removes the proposal (and a dependency on it points at that open application).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.applications import ApplicationInput, _add_dependency, _create, workflow_for
from db.errors import NoSuchRecord
from db.i18n import QT_TRANSLATE_NOOP
from db.models import Application, DocumentHeld, DocumentType, Household, Person, Relation
from db.permissions import Action
from db.records import birth_text, full_name
from db.session import UserSession

IDENTITY = ("national_card", "civil_id")
NEEDS_MARRIAGE = ("married_unregistered", "husband_missing")

WHY_IDENTITY = QT_TRANSLATE_NOOP("Plans", "No identity document")
WHY_BIRTH = QT_TRANSLATE_NOOP("Plans", "A child without a birth certificate")
WHY_MARRIAGE = QT_TRANSLATE_NOOP("Plans", "The marriage must be ratified before the children's births are registered")


@dataclass(frozen=True)
class MemberNeeds:
    person_id: int
    file_number: str
    full_name: str
    born: str
    holds: tuple[str, ...]
    lacks: tuple[str, ...]
    applying: tuple[str, ...]  # open applications already running


@dataclass(frozen=True)
class Proposal:
    key: str  # "<person id>:<document type>"
    person_id: int
    file_number: str
    full_name: str
    doc_type: str
    why: str  # English source for the translator ("Plans")
    waits_for: tuple[str, ...] = ()  # keys of other proposals, or "app:<id>" for an open application


@dataclass(frozen=True)
class HouseholdPlan:
    household_id: int
    members: tuple[MemberNeeds, ...]
    proposals: tuple[Proposal, ...]


def _age(person: Person, today: dt.date) -> int | None:
    if person.birth_date is None:
        return None
    b = person.birth_date
    return today.year - b.year - ((today.month, today.day) < (b.month, b.day))


def plan_household(session: UserSession, household_id: int, *, today: dt.date | None = None) -> HouseholdPlan:
    session.require(Action.VIEW_PEOPLE)
    today = today or dt.date.today()
    with session.transaction() as db:
        return _plan(db, household_id, today)


def _plan(db: Session, household_id: int, today: dt.date) -> HouseholdPlan:
    if db.get(Household, household_id) is None:
        raise NoSuchRecord(household_id)
    members = list(db.scalars(select(Person).where(Person.household_id == household_id, Person.archived_at.is_(None))
                              .order_by((Person.relationship_to_head != "head"), Person.birth_date, Person.id)))
    ids = [m.id for m in members]
    evidence = set(db.scalars(select(DocumentType.code).where(DocumentType.evidence_only.is_(True))))
    held: dict[int, set[str]] = {pid: set() for pid in ids}
    for pid, doc_type in db.execute(select(DocumentHeld.person_id, DocumentHeld.doc_type)
                                    .where(DocumentHeld.person_id.in_(ids))):
        if doc_type not in evidence:
            held[pid].add(doc_type)
    # Applications running or won count as on their way; lost ones do not.
    running: dict[tuple[int, str], int] = {}
    for app in db.scalars(select(Application).where(Application.person_id.in_(ids))):
        kind = workflow_for(db, app.doc_type).state(app.state).kind
        if kind in ("open", "hold"):
            running[(app.person_id, app.doc_type)] = app.id
        elif kind == "issued":
            held[app.person_id].add(app.doc_type)
    mothers = _mothers(db, members)

    proposals: dict[str, Proposal] = {}
    needs: dict[int, list[str]] = {pid: [] for pid in ids}

    def source(person: Person, doc_type: str) -> str | None:
        """What a dependency on this person's `doc_type` points at, or None if it is held."""
        if doc_type in held[person.id]:
            return None
        if (person.id, doc_type) in running:
            return f"app:{running[(person.id, doc_type)]}"
        return f"{person.id}:{doc_type}"

    def propose(person: Person, doc_type: str, why: str, waits: tuple[str | None, ...] = ()) -> None:
        if doc_type in held[person.id]:
            return
        needs[person.id].append(doc_type)
        if (person.id, doc_type) in running:
            return
        key = f"{person.id}:{doc_type}"
        proposals[key] = Proposal(key, person.id, person.file_number, full_name(person), doc_type, why,
                                  tuple(w for w in waits if w))

    by_id = {m.id: m for m in members}
    for person in members:
        age = _age(person, today)
        child = age is not None and age < 18
        mother = by_id.get(mothers.get(person.id, -1))
        if child and mother is not None and mother.marital_status in NEEDS_MARRIAGE:
            propose(mother, "marriage_contract", WHY_MARRIAGE)
    for person in members:
        age = _age(person, today)
        child = age is not None and age < 18
        mother = by_id.get(mothers.get(person.id, -1))
        if child:
            marriage = (source(mother, "marriage_contract")
                        if mother is not None and mother.marital_status in NEEDS_MARRIAGE else None)
            propose(person, "birth_certificate", WHY_BIRTH, (marriage,))
        if not held[person.id] & set(IDENTITY):
            birth = source(person, "birth_certificate") if child else None
            propose(person, "national_card", WHY_IDENTITY, (birth,))
    # Only proposals and open applications can be waited for.
    valid = set(proposals) | {f"app:{app_id}" for app_id in running.values()}
    final = tuple(
        Proposal(p.key, p.person_id, p.file_number, p.full_name, p.doc_type, p.why,
                 tuple(w for w in p.waits_for if w in valid))
        for p in proposals.values()
    )
    return HouseholdPlan(
        household_id=household_id,
        members=tuple(
            MemberNeeds(m.id, m.file_number, full_name(m), birth_text(m), tuple(sorted(held[m.id])),
                        tuple(needs[m.id]), tuple(sorted(d for (pid, d) in running if pid == m.id)))
            for m in members
        ),
        proposals=final,
    )


def _mothers(db: Session, members: list[Person]) -> dict[int, int]:
    """Each member's mother within the household: from recorded relations, else a woman head is
    the mother of the head's sons and daughters (as registration records them)."""
    ids = {m.id for m in members}
    mothers = {}
    for person_id, mother_id in db.execute(select(Relation.person_id, Relation.related_person_id)
                                           .where(Relation.person_id.in_(ids), Relation.kind == "mother")):
        if mother_id in ids:
            mothers[person_id] = mother_id
    head = next((m for m in members if m.relationship_to_head == "head"), None)
    if head is not None and head.sex == "F":
        for m in members:
            if m.relationship_to_head in ("son", "daughter"):
                mothers.setdefault(m.id, head.id)
    return mothers


def create_plan(
    session: UserSession, household_id: int, chosen: list[str], *, owner_id: int | None = None,
    today: dt.date | None = None,
) -> dict[str, int]:
    """Create the chosen proposals (by key) with their dependencies, in one transaction; the plan
    is worked out again inside it, so nothing changed meanwhile is duplicated. Returns key → new
    application id. A chosen proposal whose prerequisite was not chosen still waits for it if
    it already runs as an application; otherwise it is created without that dependency."""
    session.require(Action.MANAGE_APPLICATIONS)
    today = today or dt.date.today()
    with session.transaction() as db:
        plan = _plan(db, household_id, today)
        wanted = [p for p in plan.proposals if p.key in set(chosen)]
        created: dict[str, int] = {}
        for proposal in wanted:
            saved = _create(db, session, proposal.person_id,
                            ApplicationInput(doc_type=proposal.doc_type, owner_id=owner_id), today)
            created[proposal.key] = saved.id
        for proposal in wanted:
            for waits in proposal.waits_for:
                target = int(waits[4:]) if waits.startswith("app:") else created.get(waits)
                if target is not None:
                    _add_dependency(db, created[proposal.key], target)
        return created
