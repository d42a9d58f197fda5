"""One person's record and one household, as the forms read and save them.

A save is one transaction with every problem reported at once (each naming its field, documents
and relations by row), and optimistic concurrency: the form says which version it read, and if
someone else saved the record since, nothing is overwritten and the user is told. Relations are
kept in both directions (if B is A's mother, A is B's child), the real relation and the one on
paper side by side (domain.md section 8)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import choices, names
from db.errors import NoSuchRecord, SanadError, ValidationError, ValidationErrors
from db.i18n import QT_TRANSLATE_NOOP
from db.models import (
    Consent,
    ConsentScope,
    DocumentHeld,
    Household,
    Location,
    Person,
    PersonMerge,
    Relation,
    SensitiveProfile,
)
from db.permissions import Action
from db.session import UserSession
from db.validation import (
    FUTURE_DATE,
    PARENT_AGE_PROBLEMS,
    BirthDate,
    HouseholdInput,
    PersonInput,
    parse_birth_date,
    registry_problems,
    text_problems,
    validate_household,
    validate_person,
)

MAX_FILE_NUMBER_LENGTH = 40


class RecordChanged(SanadError):
    """Someone saved the record after this form read it: nothing was overwritten."""

    text = QT_TRANSLATE_NOOP(
        "SanadError",
        "Someone else saved this record after you opened it. Nothing was overwritten: close the form and "
        "open the record again to see their changes, then make yours.",
    )


# ---- what the forms hold -------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentInput:
    doc_type: str
    number: str = ""
    issue_date_text: str = ""
    copy_seen: bool = False
    id: int | None = None  # an existing row, or None for a new one


@dataclass(frozen=True)
class RelationInput:
    related_person_id: int
    kind: str  # the related person is this person's <kind>
    registered_kind: str = ""  # how the registry has it, "" when the same


@dataclass(frozen=True)
class SensitiveInput:
    perceived_affiliation: bool = False
    detained_relative: bool = False
    gbv_disclosure: bool = False
    threats: bool = False
    notes: str = ""


@dataclass(frozen=True)
class PersonEdit:
    person: PersonInput
    file_number: str
    origin_pcode: str = ""
    current_pcode: str = ""
    documents: tuple[DocumentInput, ...] = ()
    relations: tuple[RelationInput, ...] = ()
    sensitive: SensitiveInput | None = None  # None: leave the profile as it is


# ---- what the forms show -------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentRow:
    id: int
    doc_type: str
    number: str
    issue_date: dt.date | None
    copy_seen: bool


@dataclass(frozen=True)
class RelationRow:
    related_person_id: int
    file_number: str
    full_name: str
    sex: str
    kind: str
    registered_kind: str


@dataclass(frozen=True)
class ConsentRow:
    id: int
    given_by: str
    guardian_name: str
    given_on: dt.date
    withdrawn_on: dt.date | None
    scopes: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class PersonRecord:
    id: int
    version: int
    household_id: int | None
    file_number: str
    person: PersonInput
    origin_pcode: str
    current_pcode: str
    documents: tuple[DocumentRow, ...]
    relations: tuple[RelationRow, ...]
    consents: tuple[ConsentRow, ...]
    created_at: dt.datetime
    updated_at: dt.datetime

    @property
    def full_name(self) -> str:
        p = self.person
        return " ".join(x for x in (p.first_name, p.father_name, p.grandfather_name, p.family_name) if x)


@dataclass(frozen=True)
class MemberRow:
    id: int
    file_number: str
    full_name: str
    mother_name: str
    sex: str
    birth: str
    relationship_to_head: str
    documents: tuple[str, ...]


@dataclass(frozen=True)
class HouseholdRecord:
    id: int
    version: int
    household: HouseholdInput
    registry: tuple[str, str, str, str]  # record no, page no, civil-status office, governorate
    members: tuple[MemberRow, ...] = field(default_factory=tuple)


def full_name(person: Person) -> str:
    parts = (person.first_name, person.father_name, person.grandfather_name, person.family_name)
    return " ".join(p for p in parts if p)


def birth_text(person: Person) -> str:
    """The date of birth as the form shows it and the parser reads it back: 07/03/2015, 03/2015,
    2015, or ~2015 for "about"."""
    text = BirthDate(person.birth_date, person.birth_precision).display()
    return "~" + text if text and person.birth_precision == "about" else text


def _date_text(day: dt.date | None) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if day else ""


def _person_input(p: Person) -> PersonInput:
    return PersonInput(
        first_name=p.first_name, father_name=p.father_name, grandfather_name=p.grandfather_name,
        family_name=p.family_name, mother_name=p.mother_name, name_latin=p.name_latin, sex=p.sex,
        birth_date_text=birth_text(p), relationship_to_head=p.relationship_to_head, phone=p.phone,
        marital_status=p.marital_status, father_unknown=p.father_unknown, phone2=p.phone2,
        place_of_birth=p.place_of_birth, nationality_status=p.nationality_status,
        school_enrolment=p.school_enrolment,
        wg=tuple((code, getattr(p, code)) for code in choices.codes(choices.WG_DOMAINS)),
        registry_record_no=p.registry_record_no, registry_page_no=p.registry_page_no,
        registry_office=p.registry_office, registry_governorate=p.registry_governorate,
    )


# ---- reading -------------------------------------------------------------------------------------


def load_person(session: UserSession, person_id: int) -> PersonRecord:
    """Everything the person form shows except the sensitive profile (people.sensitive_profile,
    behind its permission and audited)."""
    session.require(Action.VIEW_PEOPLE)
    with session.transaction() as db:
        person = db.get(Person, person_id)
        if person is None:
            raise NoSuchRecord(person_id)
        documents = tuple(
            DocumentRow(d.id, d.doc_type, d.number, d.issue_date, d.copy_seen)
            for d in db.scalars(
                select(DocumentHeld).where(DocumentHeld.person_id == person_id).order_by(DocumentHeld.id)
            )
        )
        relations = tuple(
            RelationRow(other.id, other.file_number, full_name(other), other.sex, r.kind, r.registered_kind)
            for r, other in db.execute(
                select(Relation, Person).join(Person, Person.id == Relation.related_person_id)
                .where(Relation.person_id == person_id).order_by(Relation.id)
            )
        )
        consents = []
        query = select(Consent).where(Consent.person_id == person_id).order_by(Consent.given_on, Consent.id)
        for c in db.scalars(query):
            scopes = tuple(
                (s.scope, s.agency)
                for s in db.scalars(
                    select(ConsentScope).where(ConsentScope.consent_id == c.id).order_by(ConsentScope.id)
                )
            )
            consents.append(ConsentRow(c.id, c.given_by, c.guardian_name, c.given_on, c.withdrawn_on, scopes))
        return PersonRecord(
            id=person.id, version=person.version, household_id=person.household_id,
            file_number=person.file_number, person=_person_input(person),
            origin_pcode=person.origin_pcode or "", current_pcode=person.current_pcode or "",
            documents=documents, relations=relations, consents=tuple(consents),
            created_at=person.created_at, updated_at=person.updated_at,
        )


def load_household(session: UserSession, household_id: int) -> HouseholdRecord:
    session.require(Action.VIEW_PEOPLE)
    with session.transaction() as db:
        h = db.get(Household, household_id)
        if h is None:
            raise NoSuchRecord(household_id)
        members = db.scalars(
            select(Person).where(Person.household_id == household_id)
            .order_by((Person.relationship_to_head != "head"), Person.birth_date, Person.id)
        ).all()
        docs: dict[int, list[str]] = {}
        for person_id, doc_type in db.execute(
            select(DocumentHeld.person_id, DocumentHeld.doc_type)
            .where(DocumentHeld.person_id.in_([m.id for m in members]))
        ):
            docs.setdefault(person_id, []).append(doc_type)
        return HouseholdRecord(
            id=h.id, version=h.version,
            household=HouseholdInput(
                governorate=h.governorate, district=h.district, sub_district=h.sub_district,
                neighbourhood=h.neighbourhood, landmark=h.landmark, displacement_status=h.displacement_status,
                phone=h.phone,
            ),
            registry=(h.registry_record_no, h.registry_page_no, h.registry_office, h.registry_governorate),
            members=tuple(
                MemberRow(m.id, m.file_number, full_name(m), m.mother_name, m.sex, birth_text(m),
                          m.relationship_to_head, tuple(sorted(set(docs.get(m.id, ())))))
                for m in members
            ),
        )


def find_people(session: UserSession, text: str, *, limit: int = 20, exclude: int | None = None) -> list[RelationRow]:
    """People to pick as a relative: by file number or any spelling of the name (search)."""
    from db.search import search_people

    hits = search_people(session, text, limit=limit + 1)
    return [RelationRow(h.id, h.file_number, h.full_name, h.sex, "", "") for h in hits if h.id != exclude][:limit]


# ---- checking ------------------------------------------------------------------------------------

_DOC_TYPE = QT_TRANSLATE_NOOP("SanadError", "Document %1: choose the type of document.")
_DOC_NUMBER = QT_TRANSLATE_NOOP("SanadError", "Document %1: the number is too long (at most %2 characters).")
_DOC_DATE = QT_TRANSLATE_NOOP("SanadError", "Document %1: %2")
_DOC_DATE_FUTURE = QT_TRANSLATE_NOOP("SanadError", "Document %1: the date of issue %2 is in the future.")
_DOC_BEFORE_BIRTH = QT_TRANSLATE_NOOP("SanadError", "Document %1: issued (%2) before the person was born (%3).")
_DOC_DATE_EXACT = QT_TRANSLATE_NOOP(
    "SanadError", "Document %1: write the full date of issue (day/month/year), or leave it empty."
)
_REL_SELF = QT_TRANSLATE_NOOP("SanadError", "Relation %1: a person cannot be their own relative.")
_REL_KIND = QT_TRANSLATE_NOOP("SanadError", "Relation %1: choose how the two are related.")
_REL_TWICE = QT_TRANSLATE_NOOP("SanadError", "Relation %1: this person is listed twice.")
_REL_MISSING = QT_TRANSLATE_NOOP("SanadError", "Relation %1: that person is no longer in the vault.")
_TWO_MOTHERS = QT_TRANSLATE_NOOP("SanadError", "Relation %1: a person has only one mother and one father.")
_FILE_NUMBER_EMPTY = QT_TRANSLATE_NOOP("SanadError", "The file number cannot be empty.")
_FILE_NUMBER_BAD = QT_TRANSLATE_NOOP(
    "SanadError", "A file number may use letters, digits, - / and . only, up to %1 characters."
)
_FILE_NUMBER_TAKEN = QT_TRANSLATE_NOOP("SanadError", "The file number %1 is already used by another person.")
_FILE_NUMBER_WAS_USED = QT_TRANSLATE_NOOP(
    "SanadError", "The file number %1 belonged to a record merged into another; file numbers are never reused."
)
_UNKNOWN_PLACE = QT_TRANSLATE_NOOP("SanadError", "The place code %1 is not in the office's list of places.")
_CHILD_OLDER = QT_TRANSLATE_NOOP(
    "SanadError",
    "This date of birth (%1) would make this person younger than, or too young for, their child %2 (born %3).",
)
_SENSITIVE_NOTES = QT_TRANSLATE_NOOP("SanadError", "The notes are too long: at most %1 characters.")
MAX_SENSITIVE_NOTES = 4000


def _file_number_problems(db: Session, person_id: int | None, number: str) -> list[ValidationError]:
    text = names.clean_text(number, max_length=200)
    if not text:
        return [ValidationError("file_number", _FILE_NUMBER_EMPTY)]
    if len(text) > MAX_FILE_NUMBER_LENGTH or not all(ch.isalnum() or ch in "-/._" for ch in text):
        return [ValidationError("file_number", _FILE_NUMBER_BAD, MAX_FILE_NUMBER_LENGTH)]
    # Exact matches only, through the unique index (typed numbers are compared as typed and in capitals).
    spellings = {text, text.upper()}
    other = db.scalar(select(Person.id).where(Person.file_number.in_(spellings), Person.id != (person_id or 0)))
    if other is not None:
        return [ValidationError("file_number", _FILE_NUMBER_TAKEN, text)]
    merged = db.scalar(select(PersonMerge.id).where(PersonMerge.merged_file_number.in_(spellings),
                                                    PersonMerge.undone_at.is_(None)))
    if merged is not None:
        return [ValidationError("file_number", _FILE_NUMBER_WAS_USED, text)]
    return []


def _document_problems(
    docs: tuple[DocumentInput, ...], birth: BirthDate | None, today: dt.date
) -> list[ValidationError]:
    problems = []
    allowed = choices.codes(choices.DOCUMENT_TYPES)
    for row, doc in enumerate(docs, start=1):
        name = f"document:{row - 1}"
        if doc.doc_type not in allowed:
            problems.append(ValidationError(f"{name}:doc_type", _DOC_TYPE, row))
        if len(names.clean_text(doc.number, max_length=500)) > 60:
            problems.append(ValidationError(f"{name}:number", _DOC_NUMBER, row, 60))
        if doc.issue_date_text.strip():
            try:
                issued = parse_birth_date(doc.issue_date_text, today=today)
            except ValidationError as exc:
                if exc.text == FUTURE_DATE:
                    problems.append(ValidationError(f"{name}:issue_date", _DOC_DATE_FUTURE, row, *exc.args_for_text))
                else:
                    problems.append(ValidationError(f"{name}:issue_date", _DOC_DATE, row, exc))
                continue
            if issued.precision != "exact":
                problems.append(ValidationError(f"{name}:issue_date", _DOC_DATE_EXACT, row))
            elif birth is not None and birth.value is not None and issued.value < birth.earliest():
                problems.append(ValidationError(f"{name}:issue_date", _DOC_BEFORE_BIRTH, row,
                                                issued.display(), birth.display()))
    return problems


def _relation_problems(db: Session, person_id: int | None, rels: tuple[RelationInput, ...]) -> list[ValidationError]:
    problems = []
    seen: set[int] = set()
    parents: set[str] = set()
    allowed = choices.codes(choices.RELATION_KINDS)
    for row, rel in enumerate(rels, start=1):
        name = f"relation:{row - 1}"
        if rel.related_person_id == person_id:
            problems.append(ValidationError(f"{name}:person", _REL_SELF, row))
        elif rel.related_person_id in seen:
            problems.append(ValidationError(f"{name}:person", _REL_TWICE, row))
        elif db.get(Person, rel.related_person_id) is None:
            problems.append(ValidationError(f"{name}:person", _REL_MISSING, row))
        seen.add(rel.related_person_id)
        if rel.kind not in allowed:
            problems.append(ValidationError(f"{name}:kind", _REL_KIND, row))
        if rel.registered_kind and rel.registered_kind not in allowed:
            problems.append(ValidationError(f"{name}:registered_kind", _REL_KIND, row))
        if rel.kind in ("mother", "father"):
            if rel.kind in parents:
                problems.append(ValidationError(f"{name}:kind", _TWO_MOTHERS, row))
            parents.add(rel.kind)
    return problems


def _place_problems(db: Session, edit: PersonEdit) -> list[ValidationError]:
    problems = []
    for fname in ("origin_pcode", "current_pcode"):
        code = getattr(edit, fname).strip()
        if code and db.get(Location, code) is None:
            problems.append(ValidationError(fname, _UNKNOWN_PLACE, code))
    return problems


def _parents_and_children(db: Session, rels: tuple[RelationInput, ...]) -> tuple[dict[str, Person], list[Person]]:
    parents, children = {}, []
    for rel in rels:
        other = db.get(Person, rel.related_person_id)
        if other is None:
            continue
        if rel.kind in ("mother", "father"):
            parents.setdefault(rel.kind, other)
        elif rel.kind == "child":
            children.append(other)
    return parents, children


def check_person(
    db: Session, person_id: int | None, edit: PersonEdit, today: dt.date, *, file_number: bool = True
) -> list[ValidationError]:
    """Every problem with a person form at once (runs inside the saving transaction); the file
    number is not checked when one is still to be given."""
    parents, children = _parents_and_children(db, edit.relations)
    problems = validate_person(
        edit.person, today=today,
        mother=_person_input(parents["mother"]) if "mother" in parents else None,
        father=_person_input(parents["father"]) if "father" in parents else None,
    )
    birth = None
    try:
        birth = parse_birth_date(edit.person.birth_date_text, today=today)
    except ValidationError:
        pass
    # The same parent-age rule seen from the parent's side: a child born before this person.
    if birth is not None and birth.value is not None and edit.person.sex in ("F", "M"):
        for child in children:
            child_problems = validate_person(
                _person_input(child), today=today,
                **{"mother" if edit.person.sex == "F" else "father": edit.person},
            )
            if any(p.text in PARENT_AGE_PROBLEMS for p in child_problems):
                problems.append(ValidationError("birth_date", _CHILD_OLDER, birth.display(), child.file_number,
                                                birth_text(child)))
                break
    if file_number:
        problems += _file_number_problems(db, person_id, edit.file_number)
    problems += _document_problems(edit.documents, birth, today)
    problems += _relation_problems(db, person_id, edit.relations)
    problems += _place_problems(db, edit)
    if edit.sensitive is not None:
        if len(edit.sensitive.notes) > MAX_SENSITIVE_NOTES:
            problems.append(ValidationError("sensitive_notes", _SENSITIVE_NOTES, MAX_SENSITIVE_NOTES))
        problems += text_problems("sensitive_notes", edit.sensitive.notes.replace("\n", " "), MAX_SENSITIVE_NOTES)
    return problems


# ---- saving --------------------------------------------------------------------------------------


def _apply_person(person: Person, edit: PersonEdit, today: dt.date) -> None:
    p = edit.person
    birth = parse_birth_date(p.birth_date_text, today=today)
    person.file_number = names.clean_text(edit.file_number, max_length=MAX_FILE_NUMBER_LENGTH)
    for name, limit in (("first_name", 80), ("father_name", 80), ("grandfather_name", 80), ("family_name", 80),
                        ("mother_name", 200), ("name_latin", 200), ("place_of_birth", 120),
                        ("registry_office", 120), ("registry_governorate", 80)):
        setattr(person, name, names.clean_text(getattr(p, name), max_length=limit))
    for name in ("registry_record_no", "registry_page_no"):
        setattr(person, name, names.normalise_digits(names.clean_text(getattr(p, name), max_length=20)))
    person.sex = p.sex
    person.birth_date, person.birth_precision = birth.value, birth.precision
    person.relationship_to_head = p.relationship_to_head
    person.marital_status = p.marital_status
    person.nationality_status = p.nationality_status or "iraqi"
    person.school_enrolment = p.school_enrolment
    person.father_unknown = p.father_unknown
    person.phone = names.normalise_phone(p.phone) if p.phone.strip() else ""
    person.phone2 = names.normalise_phone(p.phone2) if p.phone2.strip() else ""
    for code, answer in p.wg:
        setattr(person, code, answer)
    person.origin_pcode = edit.origin_pcode.strip() or None
    person.current_pcode = edit.current_pcode.strip() or None


def _save_documents(db: Session, person_id: int, docs: tuple[DocumentInput, ...], today: dt.date) -> None:
    existing = {d.id: d for d in db.scalars(select(DocumentHeld).where(DocumentHeld.person_id == person_id))}
    kept: set[int] = set()
    for doc in docs:
        issued = parse_birth_date(doc.issue_date_text, today=today).value if doc.issue_date_text.strip() else None
        row = existing.get(doc.id) if doc.id is not None else None
        if row is None:
            row = DocumentHeld(person_id=person_id)
            db.add(row)
        else:
            kept.add(row.id)
        row.doc_type = doc.doc_type
        row.number = names.clean_text(doc.number, max_length=60)
        row.issue_date = issued
        row.copy_seen = doc.copy_seen
    for doc_id, row in existing.items():
        if doc_id not in kept:
            db.delete(row)


def _save_relations(db: Session, person: Person, rels: tuple[RelationInput, ...]) -> None:
    """This person's relations as the form lists them, and the other side of each kept in step."""
    mine = {r.related_person_id: r for r in db.scalars(select(Relation).where(Relation.person_id == person.id))}
    theirs = {r.person_id: r for r in db.scalars(select(Relation).where(Relation.related_person_id == person.id))}
    wanted = {rel.related_person_id: rel for rel in rels}
    for other_id, row in mine.items():
        if other_id not in wanted:
            db.delete(row)
            if other_id in theirs:
                db.delete(theirs.pop(other_id))
    for other_id, rel in wanted.items():
        row = mine.get(other_id)
        if row is None:
            row = Relation(person_id=person.id, related_person_id=other_id)
            db.add(row)
        row.kind, row.registered_kind = rel.kind, rel.registered_kind
        back_kind = choices.inverse_relation(rel.kind, person.sex)
        back_registered = choices.inverse_relation(rel.registered_kind, person.sex) if rel.registered_kind else ""
        back = theirs.get(other_id)
        if back is None:
            back = Relation(person_id=other_id, related_person_id=person.id)
            db.add(back)
        back.kind, back.registered_kind = back_kind, back_registered


def _save_sensitive(db: Session, person_id: int, sensitive: SensitiveInput) -> None:
    profile = db.get(SensitiveProfile, person_id)
    empty = SensitiveInput()
    if profile is None:
        if sensitive == empty:
            return
        profile = SensitiveProfile(person_id=person_id)
        db.add(profile)
    profile.perceived_affiliation = sensitive.perceived_affiliation
    profile.detained_relative = sensitive.detained_relative
    profile.gbv_disclosure = sensitive.gbv_disclosure
    profile.threats = sensitive.threats
    profile.notes = sensitive.notes.strip()[:MAX_SENSITIVE_NOTES]


def save_person(
    session: UserSession, person_id: int, edit: PersonEdit, *, version: int, today: dt.date | None = None
) -> int:
    """Save the person form in one transaction; returns the record's new version. Raises
    ValidationErrors (every problem, field-named), RecordChanged (someone saved it since
    `version` was read), NoSuchRecord (deleted meanwhile) or PermissionDenied."""
    session.require(Action.EDIT_PEOPLE)
    if edit.sensitive is not None:
        session.require(Action.VIEW_SENSITIVE)
    today = today or dt.date.today()
    with session.transaction() as db:
        person = db.get(Person, person_id)
        if person is None:
            raise NoSuchRecord(person_id)
        if person.version != version:
            raise RecordChanged()
        problems = check_person(db, person_id, edit, today)
        if problems:
            raise ValidationErrors([(None, p) for p in problems])
        _apply_person(person, edit, today)
        _save_documents(db, person_id, edit.documents, today)
        _save_relations(db, person, edit.relations)
        if edit.sensitive is not None:
            _save_sensitive(db, person_id, edit.sensitive)
        db.flush()
        # The version moves on every save, even one that changed only documents or relations, so
        # a second window holding the old version is always told.
        if person.version == version:
            person.version = version + 1
            db.flush()
        return person.version


def add_person(
    session: UserSession, household_id: int | None, edit: PersonEdit, *, today: dt.date | None = None
) -> tuple[int, str]:
    """A new person (into an existing household, or none); an empty file number takes the next
    one from the office's pattern. Returns (id, file number)."""
    from db import office
    from db.people import next_file_number
    from db.validation import FileNumberPattern

    session.require(Action.EDIT_PEOPLE)
    if edit.sensitive is not None:
        session.require(Action.VIEW_SENSITIVE)
    today = today or dt.date.today()
    pattern = FileNumberPattern(office.get_settings(session)["file_number_pattern"])
    with session.transaction() as db:
        if household_id is not None and db.get(Household, household_id) is None:
            raise NoSuchRecord(household_id)
        generate = not edit.file_number.strip()
        problems = check_person(db, None, edit, today, file_number=not generate)
        if problems:
            raise ValidationErrors([(None, p) for p in problems])
        number = next_file_number(db, pattern, today.year) if generate else edit.file_number
        person = Person(household_id=household_id, first_name="", sex=edit.person.sex)
        _apply_person(person, dataclasses.replace(edit, file_number=number), today)
        db.add(person)
        db.flush()
        _save_documents(db, person.id, edit.documents, today)
        _save_relations(db, person, edit.relations)
        if edit.sensitive is not None:
            _save_sensitive(db, person.id, edit.sensitive)
        return person.id, person.file_number


def save_household(
    session: UserSession, household_id: int, household: HouseholdInput, *, version: int,
    registry: tuple[str, str, str, str] = ("", "", "", ""),
) -> int:
    """Save the household's address and registry record; returns the new version."""
    from db.people import _household_row

    session.require(Action.EDIT_PEOPLE)
    problems = validate_household(household)
    record_no, page_no, office_name, governorate = registry
    problems += registry_problems(record_no, page_no, office_name, governorate)
    with session.transaction() as db:
        h = db.get(Household, household_id)
        if h is None:
            raise NoSuchRecord(household_id)
        if h.version != version:
            raise RecordChanged()
        for code_field in ("governorate", "district", "sub_district"):
            code = getattr(household, code_field).strip()
            if code and db.get(Location, code) is None and not any(p.field == code_field for p in problems):
                problems.append(ValidationError(code_field, _UNKNOWN_PLACE, code))
        if problems:
            raise ValidationErrors([(None, p) for p in problems])
        for key, value in _household_row(household).items():
            setattr(h, key, value)
        h.registry_record_no = names.normalise_digits(names.clean_text(record_no, max_length=20))
        h.registry_page_no = names.normalise_digits(names.clean_text(page_no, max_length=20))
        h.registry_office = names.clean_text(office_name, max_length=120)
        h.registry_governorate = names.clean_text(governorate, max_length=80)
        db.flush()
        if h.version == version:
            h.version = version + 1
            db.flush()
        return h.version
