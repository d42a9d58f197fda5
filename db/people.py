"""Registering and reading households and people: one transaction per save, every problem
reported at once, file numbers from the office's pattern that are never reused, the sensitive
profile behind its permission (each view audited), and the one consent question the rest of the
app asks: may this person be referred to agency X?"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import audit, names, office
from db.errors import NoSuchRecord, SanadError, ValidationError, ValidationErrors
from db.i18n import QT_TRANSLATE_NOOP
from db.models import Consent, ConsentScope, FileNumberCounter, Household, Person, SensitiveProfile
from db.permissions import Action
from db.session import UserSession
from db.validation import (
    FileNumberPattern,
    HouseholdInput,
    PersonInput,
    parse_birth_date,
    validate_household,
    validate_person,
)

CONSENT_SCOPES = ("registration", "referral", "sharing", "photo")


_UNKNOWN_PLACE = QT_TRANSLATE_NOOP("SanadError", "The place code %1 is not in the office's list of places.")


class HasCasework(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError",
        "%1 has document applications or referrals. Close and archive the file instead; deleting it would "
        "leave casework without its person.",
    )


def next_file_number(db: Session, pattern: FileNumberPattern, year: int) -> str:
    """The next number for `year`. Runs inside the caller's write transaction (BEGIN IMMEDIATE),
    so two windows saving at once get different numbers; a number once given is never given again,
    even if the person is deleted, because the counter only moves forward."""
    counter = db.get(FileNumberCounter, year)
    if counter is None:
        counter = FileNumberCounter(year=year, last_seq=0)
        db.add(counter)
    while True:
        counter.last_seq += 1
        number = pattern.format(year, counter.last_seq)
        if db.scalar(select(Person.id).where(Person.file_number == number)) is None:
            db.flush()
            return number


@dataclass(frozen=True)
class NewMember:
    person: PersonInput
    # Index in the same list of this member's mother / father, for the age checks and relations.
    mother_index: int | None = None
    father_index: int | None = None


@dataclass(frozen=True)
class Registered:
    household_id: int
    person_ids: list[int] = field(default_factory=list)
    file_numbers: list[str] = field(default_factory=list)


# What staff type in the sex and relationship cells, in either language, and the stored code.
SEX_WORDS = {"f": "F", "m": "M", "ا": "F", "أنثى": "F", "انثى": "F", "ذ": "M", "ذكر": "M"}
RELATIONSHIP_WORDS = {
    "head": ("head", "رب الأسرة", "ربة الأسرة"), "spouse": ("spouse", "زوج", "زوجة"),
    "son": ("son", "ابن"), "daughter": ("daughter", "ابنة", "بنت"), "mother": ("mother", "أم", "ام"),
    "grandchild": ("grandchild", "حفيد", "حفيدة"), "other": ("other", "آخر", "اخرى", "أخرى"),
}


def relationship_code(text: str) -> str:
    typed = text.strip().casefold()
    for code, words in RELATIONSHIP_WORDS.items():
        if typed in words:
            return code
    return typed


def members_from_rows(rows: list[dict[str, str]]) -> list[NewMember]:
    """A household grid as typed (head first) → members. The first row is the head unless said
    otherwise. When the head is a woman, her sons and daughters take her three names as their
    mother's name when it is left empty, and with no father's name typed are registered under her
    (father unknown, domain.md section 2)."""
    if not rows:
        return []
    head = rows[0]
    head_is_mother = SEX_WORDS.get(head.get("sex", "").strip().casefold()) == "F"
    members = []
    for position, row in enumerate(rows):
        get = lambda field, row=row: (row.get(field) or "").strip()  # noqa: E731
        relation = relationship_code(get("relationship_to_head")) or ("head" if position == 0 else "")
        her_child = position > 0 and relation in ("son", "daughter") and head_is_mother
        mother_name = get("mother_name")
        if not mother_name and her_child:
            mother_name = " ".join(
                (head.get(f) or "").strip() for f in ("first_name", "father_name", "grandfather_name")
            ).strip()
        person = PersonInput(
            first_name=get("first_name"), father_name=get("father_name"),
            grandfather_name=get("grandfather_name"), family_name=get("family_name"),
            mother_name=mother_name, name_latin=get("name_latin"),
            sex=SEX_WORDS.get(get("sex").casefold(), get("sex").upper()),
            birth_date_text=get("birth_date_text"), relationship_to_head=relation, phone=get("phone"),
            father_unknown=her_child and not get("father_name"),
        )
        members.append(NewMember(person, mother_index=0 if her_child else None))
    return members


def _household_row(h: HouseholdInput) -> dict:
    return {
        "governorate": h.governorate, "district": h.district, "sub_district": h.sub_district,
        "neighbourhood": names.clean_text(h.neighbourhood, max_length=120),
        "landmark": names.clean_text(h.landmark), "displacement_status": h.displacement_status,
        "phone": names.normalise_phone(h.phone) if h.phone.strip() else "",
        "current_pcode": h.sub_district or h.district or h.governorate or None,
    }


def _person_row(p: PersonInput, today: dt.date) -> dict:
    birth = parse_birth_date(p.birth_date_text, today=today)
    return {
        "first_name": names.clean_text(p.first_name, max_length=80),
        "father_name": names.clean_text(p.father_name, max_length=80),
        "grandfather_name": names.clean_text(p.grandfather_name, max_length=80),
        "family_name": names.clean_text(p.family_name, max_length=80),
        "mother_name": names.clean_text(p.mother_name),
        "name_latin": names.clean_text(p.name_latin),
        "sex": p.sex, "birth_date": birth.value, "birth_precision": birth.precision,
        "relationship_to_head": p.relationship_to_head, "marital_status": p.marital_status,
        "phone": names.normalise_phone(p.phone) if p.phone.strip() else "",
        "father_unknown": p.father_unknown,
    }


def validate_registration(
    household: HouseholdInput, members: list[NewMember], *, today: dt.date | None = None
) -> list[tuple[int | None, ValidationError]]:
    """Every problem at once, as (member index or None for the household, error)."""
    problems: list[tuple[int | None, ValidationError]] = [(None, e) for e in validate_household(household)]
    if not members:
        problems.append((None, ValidationError(
            "members", QT_TRANSLATE_NOOP("SanadError", "A household needs at least one member.")
        )))
    for index, member in enumerate(members):
        mother = members[member.mother_index].person if member.mother_index is not None else None
        father = members[member.father_index].person if member.father_index is not None else None
        problems += [(index, e) for e in validate_person(member.person, today=today, mother=mother, father=father)]
    return problems


@dataclass(frozen=True)
class LikelyExisting:
    member_index: int
    person_id: int
    file_number: str
    full_name: str
    mother_name: str
    score: float
    reasons: tuple[str, ...]


def likely_existing(
    session: UserSession, members: list[NewMember], *, today: dt.date | None = None, limit: int = 5
) -> list[LikelyExisting]:
    """People already in the vault who are probably members being registered: shown before
    saving so nobody is registered twice without being warned."""
    from db import people_list
    from db.duplicates import Candidate, matches_for

    today = today or dt.date.today()
    found: list[tuple[int, object]] = []
    for index, member in enumerate(members):
        row = _person_row(member.person, today)
        draft = Candidate(
            id=0, file_number="", first_name=row["first_name"], father_name=row["father_name"],
            grandfather_name=row["grandfather_name"], family_name=row["family_name"],
            mother_name=row["mother_name"], name_latin=row["name_latin"], sex=row["sex"],
            birth_year=row["birth_date"].year if row["birth_date"] else None,
            birth_precision=row["birth_precision"], phone=row["phone"], birth_date=row["birth_date"],
        )
        found += [(index, match) for match in matches_for(session, draft, limit=limit)]
    shown = people_list.rows(session, sorted({match.b_id for _i, match in found}))
    return [
        LikelyExisting(index, m.b_id, shown[m.b_id].file_number, shown[m.b_id].full_name,
                       shown[m.b_id].mother_name, m.score, m.reasons)
        for index, m in found if m.b_id in shown
    ]


def register_household(
    session: UserSession, household: HouseholdInput, members: list[NewMember], *, today: dt.date | None = None
) -> Registered:
    """Save a household and its members in one transaction, or nothing (raising
    ValidationErrors with every problem, each tagged with its member)."""
    session.require(Action.EDIT_PEOPLE)
    today = today or dt.date.today()
    problems = validate_registration(household, members, today=today)
    shaped = {f: getattr(household, f).strip() for f in ("governorate", "district", "sub_district")}
    bad_shape = {e.field for _i, e in problems}
    from db.locations import unknown_pcodes

    unknown = unknown_pcodes(session, [code for f, code in shaped.items() if code and f not in bad_shape])
    problems += [(None, ValidationError(f, _UNKNOWN_PLACE, code)) for f, code in shaped.items() if code in unknown]
    if problems:
        raise ValidationErrors(problems)
    pattern = FileNumberPattern(office.get_settings(session)["file_number_pattern"])
    with session.transaction() as db:
        row = Household(**_household_row(household))
        db.add(row)
        db.flush()
        people: list[Person] = []
        for member in members:
            person = Person(household_id=row.id, **_person_row(member.person, today))
            person.file_number = next_file_number(db, pattern, today.year)
            db.add(person)
            db.flush()
            people.append(person)
        for member, person in zip(members, people, strict=True):
            for parent_index, kind in ((member.mother_index, "mother"), (member.father_index, "father")):
                if parent_index is not None:
                    _relate(db, person, people[parent_index], kind)
        return Registered(row.id, [p.id for p in people], [p.file_number for p in people])


def _relate(db: Session, child: Person, parent: Person, kind: str) -> None:
    from db.models import Relation

    db.add(Relation(person_id=child.id, related_person_id=parent.id, kind=kind))
    db.add(Relation(person_id=parent.id, related_person_id=child.id, kind="child"))


def delete_person(session: UserSession, person_id: int) -> None:
    """Hard delete: the person, their documents, consents, relations, profile and search-index
    entry go in one transaction; the audit log keeps that it happened."""
    from db.models import Application, Referral

    session.require(Action.DELETE_PEOPLE)
    with session.transaction() as db:
        person = db.get(Person, person_id)
        if person is None:
            raise NoSuchRecord(person_id)
        # Casework is never orphaned nor silently destroyed with the person: it must be dealt with first.
        for model in (Application, Referral):
            if db.scalar(select(model.id).where(model.person_id == person_id).limit(1)) is not None:
                raise HasCasework(person.file_number)
        db.delete(person)


# ---- the sensitive profile ---------------------------------------------------------------------------


def sensitive_profile(session: UserSession, person_id: int) -> SensitiveProfile | None:
    """Only with the sensitive permission; every look is written to the audit log."""
    session.require(Action.VIEW_SENSITIVE)
    with session.transaction() as db:
        profile = db.get(SensitiveProfile, person_id)
        audit.append(db, session.user.actor, "view_sensitive", "person", person_id)
        if profile is not None:
            db.expunge(profile)
        return profile


# ---- consent -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ConsentDecision:
    allowed: bool
    reason: str  # an English source text for Qt's translator (SanadError context)
    args: tuple = ()


def may_refer(db: Session, person_id: int, agency: str, *, on: dt.date | None = None) -> ConsentDecision:
    """May this person be referred to `agency` on this day? Needs a consent given on or before
    that day, not withdrawn by then, covering referral and sharing with that agency by name."""
    on = on or dt.date.today()
    wanted = names.normalise_arabic(names.clean_text(agency))
    consents = db.scalars(select(Consent).where(Consent.person_id == person_id, Consent.given_on <= on)).all()
    if not consents:
        return ConsentDecision(False, QT_TRANSLATE_NOOP("SanadError", "There is no recorded consent."))
    live = [c for c in consents if c.withdrawn_on is None or c.withdrawn_on > on]
    if not live:
        return ConsentDecision(False, QT_TRANSLATE_NOOP("SanadError", "Consent was withdrawn on %1."),
                               (max(c.withdrawn_on for c in consents).isoformat(),))
    scopes = db.scalars(select(ConsentScope).where(ConsentScope.consent_id.in_([c.id for c in live]))).all()
    if not any(s.scope == "referral" for s in scopes):
        return ConsentDecision(False, QT_TRANSLATE_NOOP("SanadError", "The consent does not cover referrals."))
    if not any(s.scope == "sharing" and names.normalise_arabic(s.agency) == wanted for s in scopes):
        return ConsentDecision(False, QT_TRANSLATE_NOOP(
            "SanadError", "The consent does not cover sharing with %1."), (agency,))
    return ConsentDecision(True, QT_TRANSLATE_NOOP("SanadError", "Consent covers this referral."))


def record_consent(
    session: UserSession, person_id: int, *, given_by: str, given_on: dt.date, scopes: list[tuple[str, str]],
    guardian_name: str = "",
) -> int:
    session.require(Action.EDIT_PEOPLE)
    if given_by not in ("self", "guardian"):
        raise ValidationError("given_by", QT_TRANSLATE_NOOP("SanadError", "Choose who gave consent."))
    if given_by == "guardian" and not guardian_name.strip():
        raise ValidationError("guardian_name", QT_TRANSLATE_NOOP("SanadError", "Write the guardian's name."))
    for scope, agency in scopes:
        if scope not in CONSENT_SCOPES:
            raise ValidationError("scopes", QT_TRANSLATE_NOOP("SanadError", "Unknown consent scope: %1."), scope)
        if scope == "sharing" and not agency.strip():
            raise ValidationError("scopes", QT_TRANSLATE_NOOP(
                "SanadError", "Sharing consent must name the agency."))
    with session.transaction() as db:
        if db.get(Person, person_id) is None:
            raise NoSuchRecord(person_id)
        consent = Consent(person_id=person_id, given_by=given_by, given_on=given_on,
                          guardian_name=names.clean_text(guardian_name))
        db.add(consent)
        db.flush()
        db.add_all(ConsentScope(consent_id=consent.id, scope=s, agency=names.clean_text(a)) for s, a in scopes)
        return consent.id


def withdraw_consent(session: UserSession, consent_id: int, on: dt.date) -> None:
    session.require(Action.EDIT_PEOPLE)
    with session.transaction() as db:
        consent = db.get(Consent, consent_id)
        if consent is None:
            raise NoSuchRecord(consent_id)
        consent.withdrawn_on = on



