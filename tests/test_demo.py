"""The demo data generator: invented households and people written in bulk, one audit entry."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re

import pytest
from sqlalchemy import func, select

from db import audit, demo, locations
from db.errors import SanadError
from db.keyslots import KdfParams
from db.models import AuditEntry, Household, Person
from db.vault import Vault

FAST = KdfParams(time_cost=1, memory_kib=8192, parallelism=1)
TODAY = dt.date(2026, 11, 25)
ARABIC = re.compile("[\u0621-\u064a]")
FILE_NUMBER = re.compile(r"^MOS-\d{4}-\d{5,}$")
PHONE = re.compile(r"^07[5789]0\d{7}$")


def _demo_vault(path):
    session, _recovery = Vault.create(
        path, admin_username="admin", admin_password="demo", demo_password="demo", kdf=FAST
    )
    return session


@pytest.fixture
def session(tmp_path):
    session = _demo_vault(tmp_path / "v.sanad")
    yield session
    session.vault.close()


def _people(session) -> list[Person]:
    with session.transaction() as db:
        return list(db.scalars(select(Person).order_by(Person.id)))


def _households(session) -> list[Household]:
    with session.transaction() as db:
        return list(db.scalars(select(Household).order_by(Household.id)))


def test_populate_writes_the_counts_it_returns(session):
    counts = demo.populate(session, people=500, today=TODAY)
    assert counts.people == 500
    assert 50 <= counts.households <= 500
    with session.transaction() as db:
        assert db.scalar(select(func.count()).select_from(Person)) == 500
        assert db.scalar(select(func.count()).select_from(Household)) == counts.households


def test_households_have_one_head_listed_first_and_every_person_a_household(session):
    counts = demo.populate(session, people=500, today=TODAY)
    people = _people(session)
    household_ids = {h.id for h in _households(session)}
    by_household: dict[int, list[Person]] = {}
    for person in people:
        assert person.household_id in household_ids
        by_household.setdefault(person.household_id, []).append(person)
    assert len(by_household) == counts.households
    for members in by_household.values():
        assert 1 <= len(members) <= 9
        assert [m.relationship_to_head for m in members].count("head") == 1
        assert members[0].relationship_to_head == "head"


def test_fields_hold_plausible_values(session):
    demo.populate(session, people=500, today=TODAY)
    people = _people(session)
    file_numbers = [p.file_number for p in people]
    assert len(set(file_numbers)) == len(file_numbers)
    assert all(FILE_NUMBER.match(number) for number in file_numbers)
    for p in people:
        for arabic in (p.first_name, p.family_name, p.mother_name):
            assert ARABIC.search(arabic), p.file_number
        assert len(p.mother_name.split()) >= 3  # her name, her father's, her grandfather's
        assert p.name_latin.isascii() and p.name_latin
        assert p.sex in {"F", "M"}
        assert p.birth_precision in {"exact", "month", "year", "about"}
        assert p.relationship_to_head in {"head", "spouse", "son", "daughter", "mother", "grandchild", "other"}
        assert p.phone == "" or PHONE.match(p.phone)
        assert p.birth_date <= (p.created_at + dt.timedelta(hours=3)).date()
        assert p.created_at.date() <= TODAY
        assert p.file_number.startswith(f"MOS-{(p.created_at + dt.timedelta(hours=3)).year}-")
    households = _households(session)
    for h in households:
        # Real COD-AB codes, each inside the one above it, the household's current place.
        assert h.governorate == "IQG15" and h.sub_district.startswith(h.district) and h.district.startswith("IQG15Q")
        assert h.current_pcode == h.sub_district and ARABIC.search(h.neighbourhood)
        expected_origin = {"resident": None, "returnee": h.sub_district}.get(h.displacement_status, "elsewhere")
        assert h.origin_pcode == expected_origin or (expected_origin == "elsewhere" and h.origin_pcode
                                                      and h.origin_pcode != h.sub_district)
        assert h.displacement_status in {"resident", "idp", "returnee", "camp_departed"}
        assert h.phone == "" or PHONE.match(h.phone)
    used = {code for h in households for code in (h.governorate, h.district, h.sub_district, h.origin_pcode) if code}
    assert locations.unknown_pcodes(session, used | {p.origin_pcode for p in people if p.origin_pcode}) == set()
    assert any(p.origin_pcode for p in people) and any(h.origin_pcode for h in households)
    assert locations.label(session, "IQG15Q05N04", "ar") == "المحمداث"  # the table came in with the people
    assert sum(h.sub_district == "IQG15Q05N04" for h in households) > len(households) / 2  # Mosul city
    assert {p.sex for p in people} == {"F", "M"}
    assert {"head", "son", "daughter", "spouse"} <= {p.relationship_to_head for p in people}


def test_children_carry_the_heads_name_as_their_mothers_name(session):
    demo.populate(session, people=2000, today=TODAY)
    people = _people(session)
    heads = {p.household_id: p for p in people if p.relationship_to_head == "head" and p.sex == "F"}
    children = [p for p in people if p.relationship_to_head in {"son", "daughter"} and p.household_id in heads]
    assert children
    same = sum(
        1 for c in children if c.mother_name.split()[0] == heads[c.household_id].first_name.split()[0]
    )
    # Now and then a copied name is written with another spelling, as staff do.
    assert 0.75 * len(children) <= same < len(children)


def test_same_seed_gives_the_same_people_and_another_seed_does_not(tmp_path):
    def names(path, seed):
        session = _demo_vault(path)
        try:
            demo.populate(session, people=300, seed=seed, today=TODAY)
            return [
                (p.file_number, p.first_name, p.father_name, p.grandfather_name, p.family_name,
                 p.mother_name, p.name_latin, p.birth_date, p.created_at)
                for p in _people(session)
            ]
        finally:
            session.vault.close()

    first = names(tmp_path / "a.sanad", 7)
    assert names(tmp_path / "b.sanad", 7) == first
    assert names(tmp_path / "c.sanad", 8) != first


def test_one_audit_entry_for_the_whole_generation_and_the_chain_holds(session):
    counts = demo.populate(session, people=500, today=TODAY)
    with session.transaction() as db:
        assert audit.verify(db).ok
        entries = list(db.scalars(select(AuditEntry).where(AuditEntry.action == "demo_data_generated")))
        assert len(entries) == 1
        assert json.loads(entries[0].details) == {"households": counts.households, "people": 500}
        assert entries[0].username == "admin"
        per_row = db.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.entity.in_(["person", "household"]))
        )
        assert per_row == 0


def test_progress_reports_rows_written(session):
    calls = []
    demo.populate(session, people=500, today=TODAY, progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (500, 500)
    assert all(total == 500 for _, total in calls)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_running_twice_continues_the_numbering(session):
    first = demo.populate(session, people=200, today=TODAY)
    second = demo.populate(session, people=200, today=TODAY)
    people = _people(session)
    assert len(people) == 400
    assert len({p.file_number for p in people}) == 400
    assert len(_households(session)) == first.households + second.households


def test_refuses_a_real_office_vault(tmp_path):
    session, _recovery = Vault.create(
        tmp_path / "office.sanad", admin_username="admin", admin_password="correct-horse-battery-1", kdf=FAST
    )
    try:
        with pytest.raises(SanadError):
            demo.populate(session, people=10)
        assert _people(session) == []
    finally:
        session.vault.close()


def test_name_lists_parse_and_hold_spelling_variants():
    lists = demo._lists()
    for pool in (lists.male, lists.female, lists.family, lists.mosul_quarters, lists.town_quarters):
        for arabic, latin in pool.items:
            assert ARABIC.search(arabic) and latin.isascii()
    male = {arabic for arabic, _ in lists.male.items}
    female = {arabic for arabic, _ in lists.female.items}
    assert {"أحمد", "احمد", "عبد الله", "عبدالله"} <= male
    assert {"فاطمة", "فاطمه", "هدى", "هدي"} <= female
    assert ("احمد", "Ahmed") in lists.variants[("أحمد", "Ahmed")]
    assert ("عبدالله", "Abdullah") in lists.variants[("عبد الله", "Abdullah")]
    # Every one of Ninewa's nine districts, by real sub-district codes from the shipped COD-AB table.
    codes = {code for code, _ in lists.places.items}
    assert {code[:8] for code in codes} == {f"IQG15Q0{n}" for n in range(1, 10)}
    with locations.shipped_table() as path:
        shipped = {row["ADM3_PCODE"]: row["ADM3_EN"] for row in csv.DictReader(path.open(encoding="utf-8"))}
    assert all(shipped[code] == name.split(" (")[0] for code, name in lists.places.items)


def test_families_come_with_their_links_and_papers(session):
    """Mothers and spouses who live in the household are linked both ways (some children are on
    paper their mother's siblings); members hold documents, fewer where the father is missing, and
    some children only a paper issued by ISIS."""
    from sqlalchemy import select

    from db.models import DocumentHeld, Relation

    demo.populate(session, people=3000, today=TODAY)
    people = {p.id: p for p in _people(session)}
    with session.transaction() as db:
        relations = db.execute(select(Relation.person_id, Relation.related_person_id, Relation.kind,
                                      Relation.registered_kind)).all()
        documents = db.execute(select(DocumentHeld.person_id, DocumentHeld.doc_type)).all()
    links = {(a, b, kind) for a, b, kind, _r in relations}
    mothers = [(a, b) for a, b, kind, _r in relations if kind == "mother"]
    assert len(mothers) > 500
    for child, mother in mothers:
        assert (mother, child, "child") in links
        assert people[mother].sex == "F" and people[child].household_id == people[mother].household_id
        assert people[child].birth_date > people[mother].birth_date
    assert any(r == "sibling" for _a, _b, kind, r in relations if kind == "mother")
    assert sum(kind == "spouse" for _a, _b, kind, _r in relations) % 2 == 0
    held = {}
    for pid, doc in documents:
        held.setdefault(pid, set()).add(doc)
    without = [p for p in people.values() if p.relationship_to_head == "head" and p.sex == "F"
               and p.marital_status in ("husband_missing", "married_unregistered", "widowed")]
    assert without
    assert {"birth_certificate", "civil_id", "isis_issued"} <= {d for docs in held.values() for d in docs}
    children_of = lambda ids: [c for c, m in mothers if m in ids]  # noqa: E731
    missing = children_of({p.id for p in without})
    with_father = children_of({p.id for p in people.values() if p.marital_status == "married"})
    rate = lambda kids: sum("birth_certificate" in held.get(k, ()) for k in kids) / len(kids)  # noqa: E731
    assert rate(missing) < rate(with_father)


def test_after_the_demo_no_persons_id_is_given_twice(session):
    from sqlalchemy import func, select

    from db.models import Person

    demo.populate(session, people=200, today=TODAY)
    with session.transaction() as db:
        highest = db.scalar(select(func.max(Person.id)))
    # The highest demo person leaves: their id must not come back.
    with session.transaction() as db:
        db.delete(db.get(Person, highest))
    with session.transaction() as db:
        newcomer = Person(file_number="MOS-2026-99999", first_name="x", sex="F")
        db.add(newcomer)
        db.flush()
        assert newcomer.id == highest + 1
