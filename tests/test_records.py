"""The person and household records as the forms save them: every field round-trips, a save is
one transaction, a second window is told when someone saved first, documents and relations by
row, relations kept in both directions (real and as registered), the parent-age rule from both
sides, file numbers unique and never reused."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from db import people, records
from db.errors import NoSuchRecord, PermissionDenied, ValidationErrors
from db.models import AuditEntry, DocumentHeld, Location, Person, PersonMerge, Relation, SensitiveProfile
from db.permissions import Role
from db.records import DocumentInput, PersonEdit, RecordChanged, RelationInput, SensitiveInput
from db.session import UserSession
from db.validation import HouseholdInput
from tests.test_people import HOUSEHOLD, TODAY, family


@pytest.fixture
def household(admin):
    return people.register_household(admin, HOUSEHOLD, family(), today=TODAY)


def edit_of(record: records.PersonRecord, **changes) -> PersonEdit:
    person = dataclasses.replace(record.person, **changes.pop("person", {}))
    base = PersonEdit(
        person=person, file_number=record.file_number, origin_pcode=record.origin_pcode,
        current_pcode=record.current_pcode,
        documents=tuple(DocumentInput(d.doc_type, d.number, records._date_text(d.issue_date), d.copy_seen, d.id)
                        for d in record.documents),
        relations=tuple(RelationInput(r.related_person_id, r.kind, r.registered_kind) for r in record.relations),
    )
    return dataclasses.replace(base, **changes)


def fields_of(problem: ValidationErrors) -> set[str]:
    return {error.field for _row, error in problem.problems}


def test_every_field_of_the_person_form_round_trips(admin, household):
    mother_id = household.person_ids[0]
    record = records.load_person(admin, mother_id)
    assert record.person.birth_date_text == "~1990" and record.person.first_name == "فاطمة"
    wg = (("wg_seeing", 1), ("wg_hearing", 2), ("wg_walking", 3), ("wg_remembering", None),
          ("wg_selfcare", 4), ("wg_communicating", 1))
    edit = edit_of(record, person={
        "place_of_birth": "تلعفر", "nationality_status": "foreign", "school_enrolment": "dropped_out",
        "marital_status": "husband_missing", "phone2": "+964 780 123 4567", "wg": wg,
        "registry_record_no": "١٢٣", "registry_page_no": "45", "registry_office": "دائرة نفوس الموصل",
        "registry_governorate": "نينوى", "birth_date_text": "حوالي 1989",
    }, documents=(DocumentInput("civil_id", "A123", "٣/٤/٢٠١٠", True),
                  DocumentInput("isis_issued", "", "", False)))
    version = records.save_person(admin, mother_id, edit, version=record.version, today=TODAY)
    assert version == record.version + 1
    again = records.load_person(admin, mother_id)
    p = again.person
    assert (p.place_of_birth, p.nationality_status, p.school_enrolment, p.marital_status) == (
        "تلعفر", "foreign", "dropped_out", "husband_missing")
    assert p.phone2 == "07801234567" and dict(p.wg) == dict(wg)
    assert (p.registry_record_no, p.registry_page_no) == ("123", "45") and p.birth_date_text == "~1989"
    assert [(d.doc_type, d.number, d.issue_date, d.copy_seen) for d in again.documents] == [
        ("civil_id", "A123", dt.date(2010, 4, 3), True), ("isis_issued", "", None, False)]


def test_a_second_window_is_told_and_nothing_is_overwritten(admin, household):
    pid = household.person_ids[1]
    first = records.load_person(admin, pid)
    second = records.load_person(admin, pid)
    records.save_person(admin, pid, edit_of(first, person={"place_of_birth": "الموصل"}),
                        version=first.version, today=TODAY)
    with pytest.raises(RecordChanged):
        records.save_person(admin, pid, edit_of(second, person={"place_of_birth": "سنجار"}),
                            version=second.version, today=TODAY)
    assert records.load_person(admin, pid).person.place_of_birth == "الموصل"


def test_changing_only_documents_still_moves_the_version(admin, household):
    pid = household.person_ids[2]
    record = records.load_person(admin, pid)
    new = records.save_person(admin, pid, edit_of(record, documents=(DocumentInput("birth_certificate"),)),
                              version=record.version, today=TODAY)
    assert new > record.version
    with pytest.raises(RecordChanged):
        records.save_person(admin, pid, edit_of(record), version=record.version, today=TODAY)


def test_documents_are_added_changed_and_removed_by_row(admin, household):
    pid = household.person_ids[0]
    record = records.load_person(admin, pid)
    docs = (DocumentInput("civil_id", "1"), DocumentInput("ration_card", "2"), DocumentInput("passport", "3"))
    records.save_person(admin, pid, edit_of(record, documents=docs), version=record.version, today=TODAY)
    record = records.load_person(admin, pid)
    first, _second, third = record.documents
    kept = (DocumentInput("civil_id", "1-b", "", True, first.id), DocumentInput("passport", "3", "", False, third.id))
    records.save_person(admin, pid, edit_of(record, documents=kept), version=record.version, today=TODAY)
    record = records.load_person(admin, pid)
    shown = [(d.id, d.number, d.copy_seen) for d in record.documents]
    assert shown == [(first.id, "1-b", True), (third.id, "3", False)]


@pytest.mark.parametrize("text, expected", [
    ("31/02/2020", "There is no %1 February %2."),
    ("1/1/2030", "Document %1: the date of issue %2 is in the future."),
    ("3/2015", "Document %1: write the full date of issue (day/month/year), or leave it empty."),
    ("1/1/1980", "Document %1: issued (%2) before the person was born (%3)."),
])
def test_bad_document_dates_are_named_with_their_row(admin, household, text, expected):
    pid = household.person_ids[0]
    record = records.load_person(admin, pid)
    docs = (DocumentInput("civil_id", "ok"), DocumentInput("passport", "P1", text))
    with pytest.raises(ValidationErrors) as err:
        records.save_person(admin, pid, edit_of(record, documents=docs), version=record.version, today=TODAY)
    (problem,) = [e for _r, e in err.value.problems]
    assert problem.field == "document:1:issue_date"
    assert problem.args_for_text[0] == 2
    assert expected in (problem.text, getattr(problem.args_for_text[-1], "text", ""))


def test_a_problem_anywhere_saves_nothing(admin, household):
    pid = household.person_ids[0]
    record = records.load_person(admin, pid)
    before = records.load_person(admin, pid)
    bad = edit_of(record, person={"place_of_birth": "تلعفر", "phone": "0770"},
                  documents=(DocumentInput("civil_id", "X"), DocumentInput("not-a-type")))
    with pytest.raises(ValidationErrors) as err:
        records.save_person(admin, pid, bad, version=record.version, today=TODAY)
    assert fields_of(err.value) == {"phone", "document:1:doc_type"}
    assert records.load_person(admin, pid) == before


def test_relations_are_kept_both_ways_with_the_registered_kind(admin, household):
    """A child registered under the mother's father is, on paper, her sibling."""
    mother_id, child_id = household.person_ids[0], household.person_ids[1]
    record = records.load_person(admin, child_id)
    assert [(r.related_person_id, r.kind) for r in record.relations] == [(mother_id, "mother")]
    rels = (RelationInput(mother_id, "mother", registered_kind="sibling"),)
    records.save_person(admin, child_id, edit_of(record, relations=rels), version=record.version, today=TODAY)
    mother = records.load_person(admin, mother_id)
    back = next(r for r in mother.relations if r.related_person_id == child_id)
    assert (back.kind, back.registered_kind) == ("child", "sibling")
    # Removing it on one side removes the other side too.
    record = records.load_person(admin, child_id)
    records.save_person(admin, child_id, edit_of(record, relations=()), version=record.version, today=TODAY)
    with admin.transaction() as db:
        assert db.scalar(select(Relation.id).where(Relation.person_id == mother_id,
                                                   Relation.related_person_id == child_id)) is None


def test_relation_mistakes_are_refused(admin, household):
    mother_id, child_id, other_id = household.person_ids[:3]
    record = records.load_person(admin, child_id)
    rels = (RelationInput(child_id, "sibling"), RelationInput(mother_id, "mother"), RelationInput(mother_id, "aunt"),
            RelationInput(other_id, "mother"), RelationInput(999999, "other"))
    with pytest.raises(ValidationErrors) as err:
        records.save_person(admin, child_id, edit_of(record, relations=rels), version=record.version, today=TODAY)
    assert fields_of(err.value) == {"relation:0:person", "relation:2:person", "relation:2:kind",
                                    "relation:3:kind", "relation:4:person"}


def test_a_child_older_than_the_mother_is_refused_from_either_side(admin, household):
    mother_id, child_id = household.person_ids[0], household.person_ids[1]
    child = records.load_person(admin, child_id)
    with pytest.raises(ValidationErrors) as err:
        records.save_person(admin, child_id, edit_of(child, person={"birth_date_text": "1985"}),
                            version=child.version, today=TODAY)
    assert fields_of(err.value) == {"birth_date"}
    mother = records.load_person(admin, mother_id)
    with pytest.raises(ValidationErrors) as err:
        records.save_person(admin, mother_id, edit_of(mother, person={"birth_date_text": "2014"}),
                            version=mother.version, today=TODAY)
    (problem,) = [e for _r, e in err.value.problems]
    assert problem.field == "birth_date" and child.file_number in problem.args_for_text


def test_file_numbers_stay_unique_and_merged_numbers_are_never_reused(admin, household):
    first, second = household.person_ids[:2]
    record = records.load_person(admin, second)
    taken = records.load_person(admin, first).file_number
    for number, field in ((taken, "file_number"), (taken.lower(), "file_number"), ("", "file_number"),
                          ("MOS 2026 1", "file_number"), ("X" * 41, "file_number")):
        with pytest.raises(ValidationErrors) as err:
            records.save_person(admin, second, edit_of(record, file_number=number), version=record.version, today=TODAY)
        assert fields_of(err.value) == {field}, number
    with admin.transaction() as db:
        db.add(PersonMerge(kept_id=first, merged_id=99, merged_file_number="OLD-7", snapshot="{}"))
    with pytest.raises(ValidationErrors):
        records.save_person(admin, second, edit_of(record, file_number="OLD-7"), version=record.version, today=TODAY)
    paper = edit_of(record, file_number="PAPER-2019/44")
    records.save_person(admin, second, paper, version=record.version, today=TODAY)
    assert records.load_person(admin, second).file_number == "PAPER-2019/44"


def test_control_and_bidi_characters_are_refused_with_a_message(admin, household):
    pid = household.person_ids[0]
    record = records.load_person(admin, pid)
    with pytest.raises(ValidationErrors) as err:
        bad = edit_of(record, person={"place_of_birth": "الموصل\u202e", "registry_page_no": "12a"})
        records.save_person(admin, pid, bad, version=record.version, today=TODAY)
    assert fields_of(err.value) == {"place_of_birth", "registry_page_no"}


def test_place_codes_must_be_in_the_office_table(admin, household):
    pid = household.person_ids[0]
    record = records.load_person(admin, pid)
    with pytest.raises(ValidationErrors) as err:
        records.save_person(admin, pid, edit_of(record, origin_pcode="IQG15Q05"), version=record.version, today=TODAY)
    assert fields_of(err.value) == {"origin_pcode"}
    with admin.transaction() as db:
        db.add(Location(pcode="IQG15", level=1, name_ar="نينوى", name_en="Ninewa"))
        db.add(Location(pcode="IQG15Q05", level=2, parent_pcode="IQG15", name_ar="تلعفر", name_en="Telafar"))
    records.save_person(admin, pid, edit_of(record, origin_pcode="IQG15Q05"), version=record.version, today=TODAY)
    assert records.load_person(admin, pid).origin_pcode == "IQG15Q05"


def test_the_sensitive_profile_is_saved_only_with_the_permission(admin, household):
    pid = household.person_ids[0]
    record = records.load_person(admin, pid)
    secret = SensitiveInput(detained_relative=True, notes="ZZSECRET")
    clerk = UserSession(admin.vault, dataclasses.replace(admin.user, role=Role.STAFF, can_view_sensitive=False))
    with pytest.raises(PermissionDenied):
        records.save_person(clerk, pid, edit_of(record, sensitive=secret), version=record.version, today=TODAY)
    # Without touching the profile, the clerk may save the rest of the form.
    records.save_person(clerk, pid, edit_of(record, person={"place_of_birth": "بعشيقة"}),
                        version=record.version, today=TODAY)
    record = records.load_person(admin, pid)
    records.save_person(admin, pid, edit_of(record, sensitive=secret), version=record.version, today=TODAY)
    with admin.transaction() as db:
        profile = db.get(SensitiveProfile, pid)
        assert profile.detained_relative and profile.notes == "ZZSECRET"
        # The audit entry records that it changed without repeating the notes in clear.
        details = " ".join(db.scalars(select(AuditEntry.details).where(AuditEntry.entity == "sensitive_profile")))
        assert "ZZSECRET" not in details


def test_a_new_member_joins_the_household_with_the_next_file_number(admin, household):
    mother_id = household.person_ids[0]
    baby = PersonEdit(
        person=dataclasses.replace(records.load_person(admin, household.person_ids[1]).person,
                                   first_name="آمنة", birth_date_text="1/9/2025", relationship_to_head="daughter"),
        file_number="", relations=(RelationInput(mother_id, "mother"),),
    )
    new_id, number = records.add_person(admin, household.household_id, baby, today=TODAY)
    assert number == "MOS-2026-00007"
    shown = records.load_household(admin, household.household_id)
    assert new_id in [m.id for m in shown.members] and shown.members[0].relationship_to_head == "head"
    mother = records.load_person(admin, mother_id)
    assert (new_id, "child") in [(r.related_person_id, r.kind) for r in mother.relations]


def test_the_household_form_saves_address_and_registry_with_a_version_check(admin, household):
    shown = records.load_household(admin, household.household_id)
    moved = dataclasses.replace(shown.household, neighbourhood="الحدباء", landmark="قرب الجامع")
    version = records.save_household(admin, household.household_id, moved, version=shown.version,
                                      registry=("٥٥", "3", "نفوس الموصل", "نينوى"))
    again = records.load_household(admin, household.household_id)
    assert again.household.neighbourhood == "الحدباء" and again.registry[:2] == ("55", "3") and again.version == version
    with pytest.raises(RecordChanged):
        records.save_household(admin, household.household_id, moved, version=shown.version)
    with pytest.raises(ValidationErrors) as err:
        records.save_household(admin, household.household_id, dataclasses.replace(moved, district="IQG15Q99"),
                               version=version)
    assert {e.field for _r, e in err.value.problems} == {"district"}
    with pytest.raises(NoSuchRecord):
        records.save_household(admin, 98765, moved, version=1)


def test_documents_of_a_deleted_person_go_with_them(admin, household):
    pid = household.person_ids[3]
    record = records.load_person(admin, pid)
    records.save_person(admin, pid, edit_of(record, documents=(DocumentInput("passport", "P9"),)),
                        version=record.version, today=TODAY)
    people.delete_person(admin, pid)
    with admin.transaction() as db:
        assert db.scalar(select(DocumentHeld.id).where(DocumentHeld.person_id == pid)) is None
        assert db.get(Person, pid) is None
    with pytest.raises(NoSuchRecord):
        records.load_person(admin, pid)


def test_household_input_stays_as_the_grid_gives_it():
    assert HouseholdInput().displacement_status == ""
