"""The people list's queries: filtered, sorted ids first (cheap, even for a million people), then
the rows a screen actually shows, a page at a time. No sensitive field is ever selected here."""

from __future__ import annotations

import datetime as dt
from array import array
from dataclasses import dataclass

from sqlalchemy import exists, select

from db import locations
from db.models import DocumentHeld, Household, Person
from db.permissions import Action
from db.search import search_people
from db.session import UserSession
from db.validation import add_years

AGE_GROUPS = {"0-5": (0, 5), "6-11": (6, 11), "12-17": (12, 17), "18-59": (18, 59), "60+": (60, 200)}
SORTS = {
    "file_number": Person.file_number,
    "first_name": Person.first_name,
    "family_name": Person.family_name,
    "birth_date": Person.birth_date,
    "created_at": Person.created_at,
}


@dataclass(frozen=True)
class PeopleFilter:
    search: str = ""
    sex: str = ""
    age_group: str = ""
    district: str = ""
    displacement: str = ""
    has_document: str = ""
    lacks_document: str = ""
    household_id: int | None = None


@dataclass(frozen=True)
class ListRow:
    id: int
    file_number: str
    full_name: str
    mother_name: str
    sex: str
    birth: str
    district: str
    household_id: int | None


def _born_between(age_group: str, today: dt.date) -> tuple[dt.date, dt.date]:
    low, high = AGE_GROUPS[age_group]
    return add_years(today, -(high + 1)) + dt.timedelta(days=1), add_years(today, -low)


def person_ids(
    session: UserSession, filters: PeopleFilter, *, sort: str = "file_number", descending: bool = False,
    today: dt.date | None = None,
) -> array:
    """Every matching person's id, in order. With a search, the search's ranking is the order."""
    session.require(Action.VIEW_PEOPLE)
    today = today or dt.date.today()
    ranked: list[int] | None = None
    if filters.search.strip():
        ranked = [hit.id for hit in search_people(session, filters.search, limit=500)]
        if not ranked:
            return array("q")
    query = select(Person.id).where(Person.archived_at.is_(None))
    if filters.sex:
        query = query.where(Person.sex == filters.sex)
    if filters.age_group in AGE_GROUPS:
        start, end = _born_between(filters.age_group, today)
        query = query.where(Person.birth_date.between(start, end))
    if filters.household_id is not None:
        query = query.where(Person.household_id == filters.household_id)
    if filters.district or filters.displacement:
        query = query.join(Household, Person.household_id == Household.id)
        if filters.district:
            query = query.where(Household.district == filters.district)
        if filters.displacement:
            query = query.where(Household.displacement_status == filters.displacement)
    if filters.has_document:
        query = query.where(exists().where(DocumentHeld.person_id == Person.id,
                                           DocumentHeld.doc_type == filters.has_document))
    if filters.lacks_document:
        query = query.where(~exists().where(DocumentHeld.person_id == Person.id,
                                            DocumentHeld.doc_type == filters.lacks_document))
    if ranked is not None:
        query = query.where(Person.id.in_(ranked))
    else:
        column = SORTS.get(sort, Person.file_number)
        order = column.desc() if descending else column
        # File numbers are unique: no tie-break, so the partial index alone gives the order.
        query = query.order_by(order) if column is Person.file_number else query.order_by(order, Person.id)
    with session.transaction() as db:
        ids = array("q", db.scalars(query))
    if ranked is not None:
        keep = set(ids)
        ids = array("q", (pid for pid in ranked if pid in keep))
    return ids


def _birth_text(person: Person) -> str:
    if person.birth_date is None:
        return ""
    if person.birth_precision in ("year", "about"):
        return ("~" if person.birth_precision == "about" else "") + str(person.birth_date.year)
    if person.birth_precision == "month":
        return person.birth_date.strftime("%m/%Y")
    return person.birth_date.strftime("%d/%m/%Y")


def rows(session: UserSession, ids: list[int]) -> dict[int, ListRow]:
    """The shown columns for these people (one query per page)."""
    session.require(Action.VIEW_PEOPLE)
    if not ids:
        return {}
    with session.transaction() as db:
        result = db.execute(
            select(Person, Household.district).outerjoin(Household, Person.household_id == Household.id)
            .where(Person.id.in_(ids))
        )
        out = {}
        for person, district in result:
            parts = (person.first_name, person.father_name, person.grandfather_name, person.family_name)
            out[person.id] = ListRow(
                id=person.id, file_number=person.file_number, full_name=" ".join(p for p in parts if p),
                mother_name=person.mother_name, sex=person.sex, birth=_birth_text(person),
                district=district or "", household_id=person.household_id,
            )
        return out


def districts(session: UserSession, lang: str = "en") -> list[tuple[str, str]]:
    """The districts households live in, to filter by: (p-code, its name in `lang`), by name. A code
    the place table does not hold shows as itself, after the named ones."""
    session.require(Action.VIEW_PEOPLE)
    with session.transaction() as db:
        codes = [code for code in db.scalars(select(Household.district).distinct()) if code]
    names = locations.labels(session, codes, lang)
    return sorted(((code, names[code]) for code in codes), key=lambda item: (item[1] == item[0], item[1], item[0]))
