"""People: registering a household in one transaction, file numbers never reused, search by any
spelling, deletion reaching the search index (D1), the sensitive profile, and consent."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select, text

from db import people, users
from db.errors import PermissionDenied, ValidationErrors
from db.models import AuditEntry, FileNumberCounter, Household, Person
from db.people import NewMember
from db.search import search_people
from db.validation import HouseholdInput, PersonInput
from db.vault import Vault

TODAY = dt.date(2026, 11, 25)


def family(mother_first: str = "فاطمة", family_name: str = "الجبوري") -> list[NewMember]:
    mother = PersonInput(
        first_name=mother_first, father_name="أحمد", grandfather_name="علي", family_name=family_name,
        mother_name="زينب حسن محمد", sex="F", birth_date_text="about 1990", relationship_to_head="head",
        phone="٠٧٧٠١٢٣٤٥٦٧", name_latin="Fatima Ahmed Ali Al-Jubouri" if mother_first == "فاطمة" else "",
    )
    children = [
        PersonInput(first_name=name, father_name="", grandfather_name="", family_name="",
                    mother_name=f"{mother_first} أحمد علي", sex=sex, birth_date_text=born,
                    relationship_to_head=rel, father_unknown=True)
        for name, sex, born, rel in (
            ("عبد الله", "M", "2015", "son"), ("مريم", "F", "3/2016", "daughter"),
            ("يوسف", "M", "7/3/2017", "son"), ("هدى", "F", "2018", "daughter"), ("عمر", "M", "2019", "son"),
        )
    ]
    return [NewMember(mother)] + [NewMember(c, mother_index=0) for c in children]


HOUSEHOLD = HouseholdInput(displacement_status="returnee", neighbourhood="الزنجيلي", phone="07801234567")


def test_register_a_household_of_six(admin):
    saved = people.register_household(admin, HOUSEHOLD, family(), today=TODAY)
    assert len(saved.person_ids) == 6
    assert saved.file_numbers == [f"MOS-2026-{n:05d}" for n in range(1, 7)]
    with admin.transaction() as db:
        mother = db.get(Person, saved.person_ids[0])
        assert mother.phone == "07701234567" and mother.birth_precision == "about"
        assert mother.search_key and "فاطمه" in mother.search_key
        child = db.get(Person, saved.person_ids[2])
        assert child.birth_date == dt.date(2016, 3, 1) and child.birth_precision == "month"


def test_a_bad_member_saves_nothing(admin):
    members = family()
    members.append(NewMember(PersonInput(first_name="", mother_name="x", sex="F")))
    with pytest.raises(ValidationErrors) as err:
        people.register_household(admin, HOUSEHOLD, members, today=TODAY)
    fields = {(row, e.field) for row, e in err.value.problems}
    assert (6, "first_name") in fields and (6, "mother_name") in fields
    with admin.transaction() as db:
        assert db.scalar(select(func.count()).select_from(Household)) == 0
        assert db.scalar(select(func.count()).select_from(FileNumberCounter)) == 0


def test_file_numbers_are_never_reused(admin):
    first = people.register_household(admin, HOUSEHOLD, family()[:1], today=TODAY)
    people.delete_person(admin, first.person_ids[0])
    second = people.register_household(admin, HOUSEHOLD, family()[:1], today=TODAY)
    assert second.file_numbers == ["MOS-2026-00002"]


def test_office_pattern_is_used_and_checked(admin):
    from db import office
    from db.errors import ValidationError

    with pytest.raises(ValidationError):
        office.save_settings(admin, {"file_number_pattern": "NO-SEQ-{year}"})
    office.save_settings(admin, {"file_number_pattern": "ODS/{year}/{seq:04d}"})
    saved = people.register_household(admin, HOUSEHOLD, family()[:2], today=TODAY)
    assert saved.file_numbers == ["ODS/2026/0001", "ODS/2026/0002"]


@pytest.mark.parametrize("query", [
    "فاطمه احمد", "فاطمة أحمد", "فاطمه", "فاط", "احمد علي الجبوري", "جبوري",
    "fatima", "Fatimah", "fati", "FATEMA ahmad", "عبدالله", "عبد الله",
    "MOS-2026-00001", "mos-2026-00002", "٠٧٧٠١٢٣٤٥٦٧", "+964 770 123 4567",
])
def test_search_finds_every_spelling(admin, query):
    people.register_household(admin, HOUSEHOLD, family(), today=TODAY)
    decoys = family(mother_first="خديجة", family_name="الطائي")
    people.register_household(admin, HouseholdInput(displacement_status="idp"), decoys, today=TODAY)
    hits = search_people(admin, query)
    ours = [h for h in hits if "خديجة" not in h.first_name + h.mother_name]
    assert ours, query
    if query not in ("عبدالله", "عبد الله"):  # both families have a son of that name
        assert hits[0] in ours


def test_search_ranks_the_closest_first(admin):
    people.register_household(admin, HOUSEHOLD, family(), today=TODAY)
    hits = search_people(admin, "فاطمه احمد علي")
    assert hits[0].first_name == "فاطمة"  # the mother herself before her children (mother's name)
    assert hits[0].score >= hits[-1].score


def test_deleting_a_person_removes_them_from_the_index(admin):
    """D1: the search index holds nothing of a deleted person."""
    saved = people.register_household(admin, HOUSEHOLD, family(mother_first="زهراء")[:1], today=TODAY)
    assert search_people(admin, "زهراء")
    people.delete_person(admin, saved.person_ids[0])
    assert search_people(admin, "زهراء") == []
    with admin.transaction() as db:
        matched = db.execute(text("SELECT count(*) FROM person_fts WHERE person_fts MATCH '\"زهراء\"'")).scalar()
        assert matched == 0
        secure = db.execute(text("SELECT v FROM person_fts_config WHERE k = 'secure-delete'")).scalar()
        assert secure == 1  # deleted tokens are overwritten in the index pages too


def test_sensitive_profile_needs_the_permission_and_every_view_is_audited(admin, vault_path):
    saved = people.register_household(admin, HOUSEHOLD, family()[:1], today=TODAY)
    people.sensitive_profile(admin, saved.person_ids[0])
    with admin.transaction() as db:
        last = db.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        assert last.action == "view_sensitive" and last.entity_id == str(saved.person_ids[0])
    users.add_user(admin, "clerk", "front-desk-pass-1", role="staff", must_change_password=False)
    admin.vault.close()
    session = Vault.open(vault_path).unlock("clerk", "front-desk-pass-1")
    with pytest.raises(PermissionDenied):
        people.sensitive_profile(session, saved.person_ids[0])
    session.vault.close()


def test_may_refer_follows_consent(admin):
    saved = people.register_household(admin, HOUSEHOLD, family()[:1], today=TODAY)
    pid = saved.person_ids[0]
    with admin.transaction() as db:
        assert not people.may_refer(db, pid, "UNICEF", on=TODAY).allowed
    consent = people.record_consent(admin, pid, given_by="self", given_on=dt.date(2026, 1, 1),
                                    scopes=[("registration", ""), ("referral", ""), ("sharing", "UNICEF")])
    with admin.transaction() as db:
        assert people.may_refer(db, pid, "unicef", on=TODAY).allowed
        decision = people.may_refer(db, pid, "IRC", on=TODAY)
        assert not decision.allowed and decision.args == ("IRC",)
        assert not people.may_refer(db, pid, "UNICEF", on=dt.date(2025, 12, 31)).allowed
    people.withdraw_consent(admin, consent, dt.date(2026, 6, 1))
    with admin.transaction() as db:
        assert not people.may_refer(db, pid, "UNICEF", on=TODAY).allowed
        assert people.may_refer(db, pid, "UNICEF", on=dt.date(2026, 5, 31)).allowed


def test_cli_search_json(admin, vault_path, monkeypatch, capsys):
    from desktop.cli import main
    from tests.conftest import ADMIN_PASSWORD

    people.register_household(admin, HOUSEHOLD, family(), today=TODAY)
    admin.vault.close()
    monkeypatch.setenv("SANAD_PASSWORD", ADMIN_PASSWORD)
    assert main(["search", "فاطمه", "--json", "--vault", str(vault_path)]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits[0]["file_number"] == "MOS-2026-00001" and hits[0]["first_name"] == "فاطمة"
    assert {"score", "father_name", "grandfather_name", "family_name", "mother_name"} <= set(hits[0])


def test_demo_people_are_searchable_and_numbering_continues(tmp_path):
    from db.demo import populate

    session, _ = Vault.create(tmp_path / "demo.sanad", admin_username="admin", admin_password="demo",
                              demo_password="demo")
    counts = populate(session, people=300)
    with session.transaction() as db:
        person = db.scalars(select(Person).order_by(Person.id)).first()
        indexed = db.execute(text("SELECT count(*) FROM person_fts")).scalar()
    assert indexed == counts.people
    hits = search_people(session, f"{person.first_name} {person.father_name}")
    assert person.id in [h.id for h in hits]
    saved = people.register_household(session, HOUSEHOLD, family()[:1], today=TODAY)
    with session.transaction() as db:
        taken = set(db.scalars(select(Person.file_number)))
    assert saved.file_numbers[0] in taken and len(taken) == counts.people + 1
    session.vault.close()


def test_members_from_a_typed_grid():
    rows = [
        {"first_name": "فاطمة", "father_name": "أحمد", "grandfather_name": "علي", "family_name": "الجبوري",
         "mother_name": "زينب حسن محمد", "sex": "أنثى", "birth_date_text": "1990"},
        {"first_name": "عمر", "sex": "ذكر", "birth_date_text": "2015", "relationship_to_head": "ابن"},
        {"first_name": "هدى", "father_name": "خالد", "grandfather_name": "سعيد", "family_name": "الطائي",
         "sex": "f", "birth_date_text": "2016", "relationship_to_head": "daughter"},
    ]
    head, son, daughter = people.members_from_rows(rows)
    assert head.person.relationship_to_head == "head" and head.person.sex == "F"
    assert son.person.mother_name == "فاطمة أحمد علي" and son.person.father_unknown and son.mother_index == 0
    assert not daughter.person.father_unknown and daughter.person.sex == "F"


def test_register_dialog_end_to_end(qapp, qtbot, admin, monkeypatch):
    from ui import i18n
    from ui.pages.register import FIELD_COLUMN, RegisterHouseholdDialog

    i18n.install(qapp, "en")
    monkeypatch.setattr("ui.pages.register.ask", lambda *args, **kwargs: True)
    dialog = RegisterHouseholdDialog(admin)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.place.pcode() is None  # no places imported in this vault: the picker says so
    dialog.neighbourhood.setText("الزنجيلي")
    grid = [
        ("فاطمة", "أحمد", "علي", "الجبوري", "زينب حسن محمد", "F", "about 1990", "head"),
        ("عمر", "", "", "", "", "M", "2015", "son"),
        ("مريم", "", "", "", "", "F", "3/2016", "daughter"),
        ("يوسف", "", "", "", "", "M", "31/02/2017", "son"),  # no such date
        ("هدى", "", "", "", "", "F", "2018", "daughter"),
        ("عبد الله", "", "", "", "", "M", "2019", "son"),
    ]
    for row, values in enumerate(grid):
        if row:
            qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        for field, value in zip(("first_name", "father_name", "grandfather_name", "family_name", "mother_name",
                                 "sex", "birth_date_text", "relationship_to_head"), values, strict=True):
            dialog.table.item(row, FIELD_COLUMN[field]).setText(value)
    assert dialog.table.rowCount() == 6
    dialog.save()
    assert dialog.saved is None
    assert "Member 4" in dialog.member_errors.text() and "31 February" in dialog.member_errors.text()
    bad = dialog.table.item(3, FIELD_COLUMN["birth_date_text"])
    assert bad.toolTip() and dialog.table.currentRow() == 3
    bad.setText("7/3/2017")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saved is not None and len(dialog.saved.person_ids) == 6
    hits = search_people(admin, "عبدالله فاطمه")
    assert hits and hits[0].first_name == "عبد الله"

    # Registering the same family again: warned before anything is saved; "go back" saves nothing.
    asked = []
    monkeypatch.setattr("ui.pages.register.ask", lambda parent, text, **kw: asked.append(text) or False)
    again = RegisterHouseholdDialog(admin)
    qtbot.addWidget(again)
    for field, value in (("first_name", "فاطمه"), ("father_name", "احمد"), ("grandfather_name", "علي"),
                         ("family_name", "الجبوري"), ("mother_name", "زينب حسن محمد"), ("sex", "F"),
                         ("birth_date_text", "1990")):
        again.table.item(0, FIELD_COLUMN[field]).setText(value)
    again.save()
    assert asked and "MOS-2026-00001" in asked[0] and again.saved is None
    assert "same" in again.member_errors.text()


def test_cli_duplicates_json(admin, vault_path, monkeypatch, capsys):
    from desktop.cli import main
    from tests.conftest import ADMIN_PASSWORD

    people.register_household(admin, HOUSEHOLD, family()[:2], today=TODAY)
    again = family()[:1]  # the same mother registered a second time, spelled differently
    again = [NewMember(PersonInput(**{**again[0].person.__dict__, "first_name": "فاطمه", "father_name": "احمد"}))]
    people.register_household(admin, HOUSEHOLD, again, today=TODAY)
    admin.vault.close()
    monkeypatch.setenv("SANAD_PASSWORD", ADMIN_PASSWORD)
    assert main(["duplicates", "--json", "--vault", str(vault_path)]) == 0
    pairs = json.loads(capsys.readouterr().out)
    assert {pairs[0]["a"]["file_number"], pairs[0]["b"]["file_number"]} == {"MOS-2026-00001", "MOS-2026-00003"}
    assert pairs[0]["score"] >= 60 and pairs[0]["reasons"]


def test_sensitive_fields_never_reach_lists_or_search(admin, vault_path):
    """R2: a marker in the sensitive profile is not found by search, is in no list or search row,
    and the profile itself is refused without the permission."""
    import dataclasses

    from db.models import SensitiveProfile
    from db.people_list import ListRow, PeopleFilter, person_ids, rows
    from db.search import PersonHit

    saved = people.register_household(admin, HOUSEHOLD, family()[:1], today=TODAY)
    pid = saved.person_ids[0]
    with admin.transaction() as db:
        db.add(SensitiveProfile(person_id=pid, perceived_affiliation=True, notes="ZZSENSITIVE detained brother"))
    sensitive = {"perceived_affiliation", "detained_relative", "gbv_disclosure", "threats", "notes"}
    for shown in (ListRow, PersonHit):
        assert not sensitive & {f.name for f in dataclasses.fields(shown)}
    users.add_user(admin, "clerk", "front-desk-pass-1", role="staff", must_change_password=False)
    admin.vault.close()
    session = Vault.open(vault_path).unlock("clerk", "front-desk-pass-1")
    try:
        assert search_people(session, "ZZSENSITIVE") == []
        assert list(person_ids(session, PeopleFilter(search="ZZSENSITIVE"))) == []
        listed = rows(session, list(person_ids(session, PeopleFilter())))
        assert "ZZSENSITIVE" not in repr(listed)
        with pytest.raises(PermissionDenied):
            people.sensitive_profile(session, pid)
    finally:
        session.vault.close()


def test_the_register_dialog_stores_the_chosen_place_as_p_codes(qapp, qtbot, admin, monkeypatch):
    from db.models import Location
    from ui.pages.register import FIELD_COLUMN, RegisterHouseholdDialog

    with admin.transaction() as db:
        db.add(Location(pcode="IQG15", level=1, name_ar="نينوى", name_en="Ninewa"))
        db.add(Location(pcode="IQG15Q02", level=2, parent_pcode="IQG15", name_ar="الموصل", name_en="Mosul"))
        db.add(Location(pcode="IQG15Q02N01", level=3, parent_pcode="IQG15Q02", name_ar="مركز قضاء الموصل",
                        name_en="Markaz al-Mosul"))
    monkeypatch.setattr("ui.pages.register.ask", lambda *args, **kwargs: True)
    dialog = RegisterHouseholdDialog(admin)
    qtbot.addWidget(dialog)
    dialog.place.set_pcode("IQG15Q02N01")
    for field, value in (("first_name", "فاطمة"), ("father_name", "أحمد"), ("grandfather_name", "علي"),
                         ("family_name", "الجبوري"), ("mother_name", "زينب حسن محمد"), ("sex", "F"),
                         ("birth_date_text", "1990")):
        dialog.table.item(0, FIELD_COLUMN[field]).setText(value)
    dialog.save()
    assert dialog.saved is not None
    with admin.transaction() as db:
        household = db.get(Household, dialog.saved.household_id)
        assert (household.governorate, household.district, household.sub_district, household.current_pcode) == (
            "IQG15", "IQG15Q02", "IQG15Q02N01", "IQG15Q02N01")


def test_registration_refuses_place_codes_the_office_table_lacks(admin):
    household = HouseholdInput(displacement_status="resident", governorate="IQG15", district="IQG15Q05")
    with pytest.raises(ValidationErrors) as err:
        people.register_household(admin, household, family()[:1], today=TODAY)
    assert {(e.field, e.args_for_text) for _i, e in err.value.problems} == {
        ("governorate", ("IQG15",)), ("district", ("IQG15Q05",))}


def test_a_deleted_persons_id_is_never_given_again(admin):
    """SQLite alone would hand the highest id out again once its row is gone; the audit log's
    per-person keys and merge records are keyed by id."""
    first = people.register_household(admin, HOUSEHOLD, family()[:2], today=TODAY)
    last_id = first.person_ids[-1]
    people.delete_person(admin, last_id)
    again = people.register_household(admin, HOUSEHOLD, family()[:1], today=TODAY)
    assert again.person_ids[0] == last_id + 1
