"""Finding people: the keys a person is indexed under, and ranked search over them.

Keys are made by db/names.py, the same normaliser that reads a typed query, so storing and
querying always agree. The index itself is database-specific (db/search_sqlite.py); this module
is the portable part: key building, query routing (file number, phone, name) and ranking.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from db import names, search_sqlite
from db.models import Household, Person, PersonMerge
from db.permissions import Action
from db.session import UserSession

NAME_FIELDS = ("first_name", "father_name", "grandfather_name", "family_name", "mother_name")
CANDIDATES = 400  # FTS candidates re-ranked in Python; enough for a page of results after ranking


def person_keys(person: Mapping[str, Any]) -> tuple[str, str]:
    """(search_key, latin_key) for a person's fields (a dict row or anything with .get)."""
    get = person.get
    key = names.search_key(*(get(field) or "" for field in NAME_FIELDS))
    latin = get("name_latin") or ""
    # The folded key finds other spellings (Mohammed ~ Muhammad); the plain words find a name
    # while it is still being typed (a half word does not fold like the whole one).
    words = dict.fromkeys(names.latin_key(latin).split() + names.normalise_arabic(latin).split())
    return key, " ".join(words)


@event.listens_for(Person, "before_insert")
@event.listens_for(Person, "before_update")
def _refresh_keys(mapper, connection, target: Person) -> None:
    """Every save through the ORM keeps the index keys in step with the names."""
    target.search_key, target.latin_key = person_keys(
        {field: getattr(target, field) for field in (*NAME_FIELDS, "name_latin")}
    )


@dataclass(frozen=True)
class PersonHit:
    id: int
    file_number: str
    first_name: str
    father_name: str
    grandfather_name: str
    family_name: str
    mother_name: str
    name_latin: str
    sex: str
    birth_year: int | None
    household_id: int | None
    score: float
    matched: str  # "file_number", "merged_file_number" (a record merged into this one), "phone" or "name"

    @property
    def full_name(self) -> str:
        parts = (self.first_name, self.father_name, self.grandfather_name, self.family_name)
        return " ".join(p for p in parts if p)


# Only what a hit shows and ranking needs, read as plain rows (no ORM objects: cheaper per hit).
_COLUMNS = (
    Person.id, Person.file_number, Person.first_name, Person.father_name, Person.grandfather_name,
    Person.family_name, Person.mother_name, Person.name_latin, Person.sex, Person.birth_date,
    Person.household_id, Person.search_key, Person.latin_key,
)


def _hit(person: Any, score: float, matched: str) -> PersonHit:
    return PersonHit(
        id=person.id, file_number=person.file_number, first_name=person.first_name,
        father_name=person.father_name, grandfather_name=person.grandfather_name,
        family_name=person.family_name, mother_name=person.mother_name, name_latin=person.name_latin,
        sex=person.sex, birth_year=person.birth_date.year if person.birth_date else None,
        household_id=person.household_id, score=round(score, 1), matched=matched,
    )


def _name_score(tokens: list[str], person: Any) -> float:
    """0-100: how well the query's tokens fit, favouring whole words and the person's own names
    (first name first) over the mother's name or a prefix still being typed."""
    own = names.search_key(person.first_name, person.father_name, person.grandfather_name, person.family_name)
    own_tokens = own.split()
    all_tokens = set(person.search_key.split()) | set(person.latin_key.split())
    score = 0.0
    for index, token in enumerate(tokens):
        if token in own_tokens:
            score += 1.0
            if own_tokens.index(token) == index:
                score += 0.25  # in the order typed: first name, then father's ...
        elif token in all_tokens:
            score += 0.8
        elif any(t.startswith(token) for t in all_tokens):
            score += 0.6
    return 100.0 * score / (1.25 * len(tokens))


def search_people(session: UserSession, query: str, *, limit: int = 50) -> list[PersonHit]:
    """Ranked matches for a file number, a phone number in any digit script, or any spelling of
    a name (any part, the mother's name, or the Latin transliteration)."""
    session.require(Action.VIEW_PEOPLE)
    text = names.clean_text(query)
    if not text:
        return []
    with session.transaction() as db:
        if names.looks_like_file_number(text):
            hits = _by_file_number(db, text, limit) or _by_merged_file_number(db, text, limit)
            if hits:
                return hits
        if names.looks_like_phone(text):
            hits = _by_phone(db, text, limit)
            if hits:
                return hits
        return _by_name(db, names.query_tokens(text), limit)


def _by_file_number(db: Session, text: str, limit: int) -> list[PersonHit]:
    wanted = text.upper()
    # A prefix as a range, so the unique index on file_number answers it (LIKE would scan).
    rows = db.execute(
        select(*_COLUMNS).where(Person.file_number >= wanted, Person.file_number < wanted + "\uffff")
        .order_by(func.length(Person.file_number), Person.file_number).limit(limit)
    )
    return [_hit(p, 100.0 if p.file_number == wanted else 90.0, "file_number") for p in rows]


def _by_merged_file_number(db: Session, text: str, limit: int) -> list[PersonHit]:
    """The person a record was merged into (db/merge.py), found by the removed record's number."""
    kept = select(PersonMerge.kept_id).where(PersonMerge.merged_file_number == text.upper(),
                                             PersonMerge.undone_at.is_(None))
    rows = db.execute(select(*_COLUMNS).where(Person.id.in_(kept)).limit(limit))
    return [_hit(p, 95.0, "merged_file_number") for p in rows]


def _by_phone(db: Session, text: str, limit: int) -> list[PersonHit]:
    phone = names.normalise_phone(text)
    # Three indexed lookups rather than one OR across a join (which scans).
    in_household = select(Household.id).where(Household.phone == phone)
    rows = db.execute(
        select(*_COLUMNS).where(Person.phone == phone).union(
            select(*_COLUMNS).where(Person.phone2 == phone),
            select(*_COLUMNS).where(Person.household_id.in_(in_household)),
        ).limit(limit)
    )
    return [_hit(p, 100.0, "phone") for p in rows]


def _by_name(db: Session, tokens: list[str], limit: int) -> list[PersonHit]:
    if not tokens:
        return []
    candidates = search_sqlite.search_ids(db.connection(), tokens, CANDIDATES)
    if not candidates:
        return []
    rank = {pid: position for position, (pid, _bm25) in enumerate(candidates)}
    people = db.execute(select(*_COLUMNS).where(Person.id.in_(rank))).all()
    scored = sorted(
        ((_name_score(tokens, p), -rank[p.id], p) for p in people),
        key=lambda item: (item[0], item[1]),
        reverse=True,
    )
    return [_hit(p, score, "name") for score, _r, p in scored[:limit]]
