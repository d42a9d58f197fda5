"""Importing people from spreadsheets (issue 6 items 7-9): Sanad's template round trip, Kobo
exports, CSV encodings, Arabic headings and digits, dates, formulas, duplicates, re-import, one
transaction (a failing row, a cancel, a kill -9), the audit entry, saved mappings and the CLI."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from db import importing, locations
from db.errors import PermissionDenied, SanadError, ValidationError
from db.importing import Mapping
from db.models import AuditEntry, Household, Person, Relation
from db.models_imports import ImportedPerson, ImportRun
from tests.conftest import ADMIN_PASSWORD, dump_hash

TODAY = dt.date(2026, 11, 25)

HEAD = ["", "H1", "head", "فاطمة", "أحمد", "علي", "الجبوري", "زينب حسن علي", "Fatima Ahmed Ali", "F",
        "1990-05-03", "IQG15Q05", "IQG15Q05N01", "الزهور", "07701234567", "idp", "came in 2019"]
SON = ["", "H1", "son", "محمد", "", "", "", "", "", "M", "2015", "", "", "", "", "", ""]
DAUGHTER = ["", "H1", "daughter", "مريم", "", "", "", "", "", "F", "2016-03", "", "", "", "", "", ""]
OTHER = ["MOS-1999-00007", "H2", "head", "علي", "حسين", "كاظم", "العبيدي", "سعاد جاسم محمد", "", "M", "1985",
         "Al-Mosul", "", "", "", "resident", ""]
WIFE = ["", "H2", "spouse", "هدى", "كريم", "سالم", "الطائي", "نوال عبد الله", "", "F", "1988", "", "", "", "", "", ""]


def count(session, model) -> int:
    with session.transaction() as db:
        return db.scalar(select(func.count()).select_from(model))


@pytest.fixture
def office(admin):
    with locations.shipped_table() as table:
        locations.import_cod_ab(admin, table)
    return admin


def write_xlsx(path: Path, rows: list[list], header: list[str] | None = None, sheet: str = "people") -> Path:
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.title = sheet
    for r, values in enumerate([header or list(importing.TEMPLATE_FIELDS), *rows], 1):
        for c, value in enumerate(values, 1):
            if value != "":
                ws.cell(r, c).value = value
    workbook.save(path)
    return path


def write_csv(path: Path, rows: list[list], header=None, encoding="utf-8", delimiter=",") -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        out = csv.writer(fh, delimiter=delimiter)
        out.writerow(header or importing.TEMPLATE_FIELDS)
        out.writerows(rows)
    return path


def plan_for(session, path, **kwargs):
    table = importing.read_table(path, kwargs.pop("sheet", None))
    return importing.prepare(session, table, kwargs.pop("mapping", None) or importing.suggest_mapping(table.headers),
                             today=TODAY, **kwargs)


def people(session) -> list[Person]:
    with session.transaction() as db:
        found = list(db.scalars(select(Person).order_by(Person.id)))
        db.expunge_all()
        return found


# --- The template round trip -------------------------------------------------------------------------


def test_template_filled_by_openpyxl_imports_the_same_people_households_and_relations(office, tmp_path):
    template = importing.write_template(tmp_path / "template.xlsx")
    workbook = openpyxl.load_workbook(template)
    sheet = workbook["people"]
    assert [c.value for c in sheet[1]] == list(importing.TEMPLATE_FIELDS)
    for r, values in enumerate([HEAD, SON, DAUGHTER, OTHER, WIFE], 2):
        for c, value in enumerate(values, 1):
            if value:
                sheet.cell(r, c).value = value
    workbook.save(tmp_path / "filled.xlsx")

    plan = plan_for(office, tmp_path / "filled.xlsx")
    assert plan.counts()["rejected"] == 0, [str(p) for p in plan.problems()]
    result = importing.import_rows(office, plan)
    assert (result.people, result.households) == (5, 2)

    found = {p.first_name: p for p in people(office)}
    assert set(found) == {"فاطمة", "محمد", "مريم", "علي", "هدى"}
    fatima, mohammed, maryam, ali, huda = (found[n] for n in ("فاطمة", "محمد", "مريم", "علي", "هدى"))
    assert fatima.household_id == mohammed.household_id == maryam.household_id != ali.household_id
    assert ali.household_id == huda.household_id
    assert [p.relationship_to_head for p in (fatima, mohammed, maryam, ali, huda)] == [
        "head", "son", "daughter", "head", "spouse"]
    # Children of a woman heading the household are registered under her (as the household form does).
    assert mohammed.mother_name == "فاطمة أحمد علي" and mohammed.father_unknown
    assert (fatima.birth_date, fatima.birth_precision) == (dt.date(1990, 5, 3), "exact")
    assert (maryam.birth_date, maryam.birth_precision) == (dt.date(2016, 3, 1), "month")
    assert mohammed.birth_precision == "year" and mohammed.birth_date.year == 2015
    assert fatima.name_latin == "Fatima Ahmed Ali" and fatima.phone == "07701234567"
    # File numbers: given ones kept, the others from the office's pattern.
    assert ali.file_number == "MOS-1999-00007"
    assert fatima.file_number == "MOS-2026-00001" and mohammed.file_number == "MOS-2026-00002"
    with office.transaction() as db:
        relations = {(r.person_id, r.related_person_id, r.kind) for r in db.scalars(select(Relation))}
        household = db.get(Household, fatima.household_id)
        assert (household.district, household.sub_district, household.governorate) == (
            "IQG15Q05", "IQG15Q05N01", "IQG15")
        assert (household.displacement_status, household.neighbourhood, household.phone) == (
            "idp", "الزهور", "07701234567")
        other = db.get(Household, ali.household_id)
        assert other.district == "IQG15Q05"  # "Al-Mosul": found by its English name
        notes = {row.person_id: row.notes for row in db.scalars(select(ImportedPerson))}
    assert relations >= {(mohammed.id, fatima.id, "mother"), (fatima.id, mohammed.id, "child"),
                         (maryam.id, fatima.id, "mother")}
    assert notes[fatima.id] == "came in 2019"
    # The people can be found by the search index (the keys are written with the rows).
    from db.search import search_people as search

    assert any(hit.id == fatima.id for hit in search(office, "فاطمه احمد"))


def test_template_has_lists_instructions_and_arabic_headings(tmp_path):
    path = importing.write_template(tmp_path / "t.xlsx", lang="ar")
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["people"]
    assert [c.value for c in sheet[1]] == [importing.ARABIC_HEADERS[k] for k in importing.TEMPLATE_FIELDS]
    assert sheet.sheet_view.rightToLeft
    lists = {dv.formula1 for dv in sheet.data_validations.dataValidation}
    assert '"F,M"' in lists and any("camp_departed" in f for f in lists) and any("grandchild" in f for f in lists)
    instructions = workbook.worksheets[1]
    text = " ".join(str(c.value) for row in instructions.iter_rows() for c in row if c.value)
    assert "A Hijri date needs هـ or AH after it" in text and "يُكتب بعد التاريخ الهجري هـ" in text
    assert "household_ref" in text and "رمز الأسرة" in text
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)


def test_arabic_headings_import_without_a_mapping(office, tmp_path):
    header = [importing.ARABIC_HEADERS[k] for k in importing.TEMPLATE_FIELDS]
    path = write_xlsx(tmp_path / "ar.xlsx", [HEAD, SON], header=header)
    table = importing.read_table(path)
    mapping = importing.suggest_mapping(table.headers)
    assert set(mapping.columns) == set(importing.TEMPLATE_FIELDS)
    result = importing.import_rows(office, importing.prepare(office, table, mapping, today=TODAY))
    assert result.people == 2


@pytest.mark.parametrize("encoding,delimiter", [
    ("utf-8", ","), ("utf-8-sig", ","), ("cp1256", ","), ("utf-8-sig", ";"), ("utf-8", "\t"), ("utf-16", "\t"),
])
def test_csv_in_every_encoding_and_separator_imports_the_arabic_names(office, tmp_path, encoding, delimiter):
    path = write_csv(tmp_path / "people.csv", [HEAD, SON, OTHER], encoding=encoding, delimiter=delimiter)
    plan = plan_for(office, path)
    assert plan.counts()["rejected"] == 0, [str(p) for p in plan.problems()]
    importing.import_rows(office, plan)
    assert sorted(p.first_name for p in people(office)) == sorted(["فاطمة", "محمد", "علي"])
    assert {p.mother_name for p in people(office)} >= {"زينب حسن علي", "سعاد جاسم محمد"}


# --- Other people's spreadsheets -----------------------------------------------------------------------


def test_kobo_export_with_group_prefixes_is_mapped_and_imported(office, tmp_path):
    header = ["start", "end", "group_hh/household_id", "group_person/first_name", "group_person/father_name",
              "group_person/grandfather_name", "group_person/family_name", "group_person/mother_name",
              "group_person/sex", "group_person/dob", "group_loc/district", "group_loc/displacement_status",
              "_id", "_uuid", "_submission_time", "_index"]
    rows = [["2026-10-01", "2026-10-01", "17", "فاطمة", "أحمد", "علي", "الجبوري", "زينب حسن علي", "female",
             "1990-05-03", "IQG15Q05", "idp", 101, "a-b-c", "2026-10-01T10:00", 1]]
    path = write_xlsx(tmp_path / "kobo.xlsx", rows, header=header, sheet="Beneficiary registration")
    table = importing.read_table(path)
    mapping = importing.suggest_mapping(table.headers)
    assert mapping.columns == {
        "household_ref": "group_hh/household_id", "first_name": "group_person/first_name",
        "father_name": "group_person/father_name", "grandfather_name": "group_person/grandfather_name",
        "family_name": "group_person/family_name", "mother_name": "group_person/mother_name",
        "sex": "group_person/sex", "birth_date": "group_person/dob", "district": "group_loc/district",
        "displacement_status": "group_loc/displacement_status",
    }
    result = importing.import_rows(office, importing.prepare(office, table, mapping, today=TODAY))
    assert result.people == 1 and people(office)[0].sex == "F"


def test_kobo_label_headings_and_label_answers(office, tmp_path):
    header = ["Start time", "What is the beneficiary's first name?", "Father's name", "Grandfather's name",
              "Family name", "Mother's full name", "Gender", "Date of birth", "District", "Displacement status"]
    rows = [["2026-10-01", "علي", "حسين", "كاظم", "العبيدي", "سعاد جاسم محمد", "Male", "1985", "Al-Mosul",
             "Returnee"]]
    path = write_xlsx(tmp_path / "labels.xlsx", rows, header=header)
    table = importing.read_table(path)
    mapping = importing.suggest_mapping(table.headers)
    assert mapping.columns["first_name"] == "What is the beneficiary's first name?"
    assert mapping.columns["mother_name"] == "Mother's full name"
    assert mapping.columns["sex"] == "Gender"
    plan = importing.prepare(office, table, mapping, today=TODAY)
    assert plan.problems() == []
    importing.import_rows(office, plan)
    with office.transaction() as db:
        assert db.scalar(select(Household.displacement_status)) == "returnee"


def test_arabic_indic_and_persian_digits_in_dates_phones_and_file_numbers(office, tmp_path):
    rows = [
        ["MOS-٢٠٢٠-٠٠٠٠٩", "", "", "فاطمة", "أحمد", "علي", "الجبوري", "زينب حسن علي", "", "أنثى", "٠٣/٠٥/١٩٩٠", "",
         "", "", "٠٧٧٠١٢٣٤٥٦٧", "نازح", ""],
        ["", "", "", "علي", "حسين", "كاظم", "العبيدي", "سعاد جاسم محمد", "", "ذكر", "۱۹۸۵", "", "", "", "۰۷۸۰۱۲۳۴۵۶۷",
         "مقيم", ""],
    ]
    plan = plan_for(office, write_xlsx(tmp_path / "digits.xlsx", rows))
    assert plan.problems() == []
    importing.import_rows(office, plan)
    fatima, ali = people(office)
    assert fatima.file_number == "MOS-2020-00009" and fatima.phone == "07701234567"
    assert fatima.birth_date == dt.date(1990, 5, 3) and ali.birth_date.year == 1985
    assert ali.phone == "07801234567" and ali.sex == "M"


@pytest.mark.parametrize("typed,expected,precision", [
    ("2016-10-03", dt.date(2016, 10, 3), "exact"),
    ("03/10/2016", dt.date(2016, 10, 3), "exact"),
    ("3-10-2016", dt.date(2016, 10, 3), "exact"),
    ("2016/10/03", dt.date(2016, 10, 3), "exact"),
    ("2016-10", dt.date(2016, 10, 1), "month"),
    ("2016", dt.date(2016, 7, 1), "year"),
    (dt.datetime(2016, 10, 3), dt.date(2016, 10, 3), "exact"),
    (2016, dt.date(2016, 7, 1), "year"),
    (42646, dt.date(2016, 10, 3), "exact"),  # an Excel serial date in a number cell
])
def test_dates_in_several_forms(office, tmp_path, typed, expected, precision):
    row = list(OTHER)
    row[0], row[10] = "", typed
    plan = plan_for(office, write_xlsx(tmp_path / "dates.xlsx", [row]))
    assert plan.problems() == []
    importing.import_rows(office, plan)
    person = people(office)[0]
    assert (person.birth_date, person.birth_precision) == (expected, precision)


def test_bad_values_are_row_errors_with_column_and_reason(office, tmp_path):
    bad = [
        ["", "", "", "علي", "حسين", "كاظم", "العبيدي", "سعاد", "", "X", "31/02/2015", "Nowhere", "", "", "0770", "?",
         "x" * 3000],
        ["", "", "cousin", "هدى", "كريم", "سالم", "الطائي", "نوال عبد الله", "Huda", "F", "2030", "", "", "", "",
         "resident", ""],
        ["", "", "", "سارة", "كريم", "سالم", "الطائي", "نوال عبد الله", "سارة", "F", "1990", "", "", "", "",
         "resident", ""],
    ]
    plan = plan_for(office, write_xlsx(tmp_path / "bad.xlsx", bad))
    errors = {(i.row, i.column): i.message() for i in plan.problems()}
    assert errors[(2, "sex")] == "Choose female or male."
    assert errors[(2, "birth_date")] == "There is no 31 February 2015."
    assert errors[(2, "mother_name")].startswith("Write the mother's full name, not only her first name")
    assert errors[(2, "district")] == "No district called Nowhere is in the office's list of places."
    assert errors[(2, "phone")].startswith("This is not a phone number") or "mobile" in errors[(2, "phone")]
    assert errors[(2, "displacement_status")] == "Choose resident, displaced (IDP), returnee or left a camp."
    assert errors[(2, "notes")] == "This is too long: at most 2000 characters."
    assert errors[(3, "relationship")].startswith("cousin is not a relationship Sanad knows")
    assert errors[(3, "birth_date")] == "The date of birth 2030 is in the future."
    assert errors[(4, "name_latin")] == "Write the Latin name in Latin letters (A-Z)."
    assert plan.counts()["to_import"] == 0 and plan.counts()["rejected"] == 3


def test_formulas_come_in_as_their_text_never_evaluated_and_are_flagged(office, tmp_path):
    formulas = ['=HYPERLINK("http://x","c")', "=cmd|' /c calc'!A1", "+1+1", "-2+3", "@SUM(A1)"]
    rows = []
    for text in formulas:
        row = list(OTHER)
        row[0], row[8] = "", text
        row[3] = "علي " + text
        rows.append(row)
    path = write_xlsx(tmp_path / "formulas.xlsx", rows)
    table = importing.read_table(path)
    plan = importing.prepare(office, table, importing.suggest_mapping(table.headers), today=TODAY)
    flagged = [w for r in plan.rows for w in r.warnings if "formula" in w.text]
    assert len(flagged) >= 1  # openpyxl stores "=..." as formula cells: each is flagged
    first_names = sorted(r.values["first_name"] for r in plan.rows)
    assert first_names == sorted("علي " + t for t in formulas)
    # Written through exports/xlsx.set_cell, the error report has no formula anywhere (E1).
    report = importing.write_error_report(office, plan, tmp_path / "report.xlsx")
    workbook = openpyxl.load_workbook(report)
    assert all(c.data_type != "f" for ws in workbook.worksheets for row in ws.iter_rows() for c in row)


def test_our_csv_quote_guard_is_taken_off_on_import(office, tmp_path):
    row = list(OTHER)
    row[0], row[16] = "", "'=1+2 said the form"
    plan = plan_for(office, write_csv(tmp_path / "export.csv", [row]))
    assert plan.rows[0].values["notes"] == "=1+2 said the form"


# --- Duplicates and re-import --------------------------------------------------------------------------


def test_the_same_person_twice_in_the_file_is_warned_and_the_copy_skipped(office, tmp_path):
    near = list(OTHER)
    near[0], near[1], near[6], near[10] = "", "H9", "العبيدى", "حوالي 1986"  # another spelling, an "about" year
    copy = list(OTHER)
    copy[0], copy[1] = "", "H8"
    first = list(OTHER)
    first[0] = ""
    plan = plan_for(office, write_xlsx(tmp_path / "twice.xlsx", [first, copy, near]))
    assert plan.row(3).status == "skip" and plan.row(3).duplicates[0].other_row == 2
    assert plan.row(4).status == "duplicate" and {d.other_row for d in plan.row(4).duplicates} == {2, 3}
    assert plan.counts()["to_import"] == 2
    plan.set_skip(4, True)
    plan.set_skip(3, False)
    assert plan.counts()["to_import"] == 2 and plan.row(3).status == "duplicate"
    assert importing.import_rows(office, plan).people == 2


def test_likely_duplicates_in_the_vault_are_warned_with_their_file_number(office, tmp_path, monkeypatch):
    from tests.helpers import add_people

    monkeypatch.setattr(importing, "VAULT_CHUNK", 2)  # the vault is read in short transactions
    add_people(office, 5)
    existing = people(office)[4]
    row = list(OTHER)
    row[0] = ""
    row[3:8] = [existing.first_name, existing.father_name, existing.grandfather_name, existing.family_name,
                existing.mother_name]
    row[9], row[10] = "F", "1990"
    plan = plan_for(office, write_xlsx(tmp_path / "dup.xlsx", [row]))
    r = plan.rows[0]
    assert r.status == "duplicate" and r.duplicates[0].file_number == existing.file_number
    assert "same_names" in r.duplicates[0].reasons
    issues = importing.duplicate_issues(plan)
    assert issues[0].message().startswith(f"Probably the same person as {existing.file_number}, already in Sanad")


def test_importing_the_same_file_twice_adds_nobody_the_second_time(office, tmp_path):
    path = write_xlsx(tmp_path / "again.xlsx", [HEAD, SON, DAUGHTER, OTHER, WIFE])
    assert importing.import_rows(office, plan_for(office, path)).people == 5
    volatile = ("audit_log", "app_user", "key_slot_mirror", "import_run")
    before = dump_hash(office, exclude=volatile)
    plan = plan_for(office, path)
    assert plan.counts()["already_present"] == 5 and plan.counts()["to_import"] == 0
    assert plan.imported_before
    result = importing.import_rows(office, plan)
    assert (result.people, result.already_present) == (0, 5)
    assert count(office, Person) == 5
    assert dump_hash(office, exclude=volatile) == before


# --- One transaction -----------------------------------------------------------------------------------


def test_a_row_failing_at_write_time_leaves_nothing_written(office, tmp_path):
    rows = [list(HEAD), list(SON), list(OTHER)]
    rows[2][0] = "MOS-2026-77777"
    plan = plan_for(office, write_xlsx(tmp_path / "late.xlsx", rows))
    assert plan.counts()["to_import"] == 3
    # Someone registers a person with that file number between the preview and the import.
    with office.transaction() as db:
        db.add(Person(file_number="MOS-2026-77777", first_name="سلمى", sex="F"))
    before = dump_hash(office)
    with pytest.raises(SanadError) as failed:
        importing.import_rows(office, plan)
    assert "Row 4 can no longer be imported" in str(failed.value) and "Nothing was imported" in str(failed.value)
    assert dump_hash(office) == before
    assert count(office, Person) == 1 and count(office, ImportRun) == 0


def test_cancel_during_the_import_writes_nothing(office, tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "WRITE_CHUNK", 2)
    rows = []
    for i in range(10):
        row = list(OTHER)
        row[0], row[1], row[3] = "", "", f"علي{'ي' * i}"
        rows.append(row)
    plan = plan_for(office, write_xlsx(tmp_path / "cancel.xlsx", rows), check_duplicates=False)
    assert plan.counts()["to_import"] == 10
    before = dump_hash(office)
    seen = []
    with pytest.raises(importing.ImportCancelled):
        importing.import_rows(office, plan, progress=lambda done, total: seen.append(done),
                              cancel=lambda: len(seen) >= 2)
    assert seen[:2] == [2, 4]
    assert dump_hash(office) == before and count(office, Person) == 0


def indexes_and_triggers(session) -> set[str]:
    from sqlalchemy import text

    with session.transaction() as db:
        return set(db.scalars(text("SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger') "
                                   "AND tbl_name IN ('person', 'household', 'relation') AND sql IS NOT NULL")))


SOME_OF_THE_SCHEMA = {
    "ix_person_household", "ix_person_phone", "ix_person_active_file", "ix_household_phone", "ix_relation_person_id",
    "person_fts_insert", "person_fts_delete", "person_fts_update",
}


def test_a_large_import_builds_the_indexes_once_and_people_are_found(office, tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "BULK_FROM", 2)
    before = indexes_and_triggers(office)
    assert before >= SOME_OF_THE_SCHEMA
    importing.import_rows(office, plan_for(office, write_xlsx(tmp_path / "bulk.xlsx", [HEAD, SON, OTHER, WIFE])))
    assert indexes_and_triggers(office) == before
    from db.search import search_people

    assert [hit.first_name for hit in search_people(office, "هدى كريم")] == ["هدى"]
    assert {hit.first_name for hit in search_people(office, "MOS-1999-00007")} == {"علي"}
    # and the triggers work again for the next person registered
    with office.transaction() as db:
        db.add(Person(file_number="MOS-2026-90000", first_name="سلمى", father_name="ياسين", sex="F"))
    assert [hit.first_name for hit in search_people(office, "سلمى ياسين")] == ["سلمى"]


KILL_CHILD = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {root!r})
    from db import keyslots
    from tests.conftest import FAST_KDF
    keyslots.DEFAULT_KDF = FAST_KDF
    from db import importing
    from db.vault import Vault
    importing.WRITE_CHUNK = 100
    vault = Vault.open({vault!r})
    session = vault.unlock("admin", {password!r})
    table = importing.read_table({file!r})
    plan = importing.prepare(session, table, importing.suggest_mapping(table.headers), check_duplicates=False)
    print("planned", plan.counts()["to_import"], flush=True)
    def progress(done, total):
        print("written", done, flush=True)
        time.sleep(0.05)
    importing.import_rows(session, plan, progress=progress)
    print("committed", flush=True)
""")


def test_kill_9_during_an_import_leaves_the_vault_as_it_was(admin, vault_path, tmp_path):
    rows = []
    for i in range(5000):
        row = list(OTHER)
        row[0], row[1], row[11] = "", "", ""
        row[3] = f"علي{i}"
        rows.append(row)
    path = write_csv(tmp_path / "big.csv", rows)
    before_people = count(admin, Person)
    before_audit = count(admin, AuditEntry)
    schema = indexes_and_triggers(admin)
    admin.vault.close()
    script = KILL_CHILD.format(root=str(Path(__file__).resolve().parents[1]), vault=str(vault_path),
                               password=ADMIN_PASSWORD, file=str(path))
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    written = 0
    deadline = time.monotonic() + 120
    for line in child.stdout:
        if line.startswith("written"):
            written = int(line.split()[1])
            if written >= 2000:
                break
        assert time.monotonic() < deadline
    assert 0 < written < 5000, "the child must be killed half-way through the import"
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)

    from db.vault import Vault

    session = Vault.open(vault_path).unlock("admin", ADMIN_PASSWORD)
    try:
        assert count(session, Person) == before_people == 0
        assert count(session, Household) == 0 and count(session, ImportRun) == 0
        with session.transaction() as db:
            actions = list(db.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))
            assert db.execute(select(func.count()).select_from(ImportedPerson)).scalar() == 0
        assert "people_imported" not in actions
        assert len(actions) >= before_audit  # sign-ins only
        # The bulk load dropped the search triggers and indexes inside the transaction: they are back.
        assert indexes_and_triggers(session) == schema and schema >= SOME_OF_THE_SCHEMA
    finally:
        session.vault.close()


# --- Permission and audit ------------------------------------------------------------------------------


def staff_session(admin, role="staff"):
    import dataclasses

    from db.permissions import Role
    from db.session import UserSession

    return UserSession(admin.vault, dataclasses.replace(admin.user, role=Role(role)))


def test_only_a_role_with_import_permission_may_import_and_refusals_are_audited(office, tmp_path):
    path = write_xlsx(tmp_path / "p.xlsx", [OTHER])
    table = importing.read_table(path)
    staff = staff_session(office)
    with pytest.raises(PermissionDenied):
        importing.prepare(staff, table, importing.suggest_mapping(table.headers))
    plan = importing.prepare(office, table, importing.suggest_mapping(table.headers), today=TODAY)
    with pytest.raises(PermissionDenied):
        importing.import_rows(staff, plan)
    manager = staff_session(office, "manager")
    assert importing.import_rows(manager, plan).people == 1
    with office.transaction() as db:
        denied = db.scalars(select(AuditEntry.details).where(AuditEntry.action == "permission_denied")).all()
    assert len(denied) == 2 and all('"import"' in d for d in denied)
    assert count(office, Person) == 1


def test_one_audit_entry_with_counts_and_hashes_never_the_names(office, tmp_path):
    path = write_xlsx(tmp_path / "فاطمة-الجبوري.xlsx", [HEAD, SON, OTHER, ["", "", "", "", "", "", "", "", "", "X"]])
    result = importing.import_rows(office, plan_for(office, path))
    with office.transaction() as db:
        entries = db.scalars(select(AuditEntry).where(AuditEntry.action == "people_imported")).all()
        assert len(entries) == 1
        details = json.loads(entries[0].details)
        run = db.get(ImportRun, result.run_id)
        assert (run.people_added, run.households_added, run.rows_rejected) == (3, 2, 1)
    assert details["people_added"] == 3 and details["households_added"] == 2 and details["rejected"] == 1
    assert len(details["file_sha256"]) == 64 and "فاطمة" not in entries[0].details
    assert entries[0].username == "admin"


# --- Mappings ------------------------------------------------------------------------------------------


def test_mappings_saved_in_the_vault_and_as_json_files(office, tmp_path):
    header = ["Nom", "Pere", "Grand-pere", "Famille", "Mere", "Genre"]
    path = write_xlsx(tmp_path / "own.xlsx", [["علي", "حسين", "كاظم", "العبيدي", "سعاد جاسم محمد", "M"]], header)
    table = importing.read_table(path)
    assert importing.suggest_mapping(table.headers).columns == {}
    mapping = Mapping({"first_name": "Nom", "father_name": "Pere", "grandfather_name": "Grand-pere",
                       "family_name": "Famille", "mother_name": "Mere", "sex": "Genre"},
                      {"displacement_status": "resident"})
    importing.save_mapping(office, "Old office list", mapping)
    assert importing.saved_mapping(office, "Old office list") == mapping
    mapping.save(tmp_path / "m.json")
    assert Mapping.load(tmp_path / "m.json") == mapping
    plan = importing.prepare(office, table, Mapping.load(tmp_path / "m.json"), today=TODAY)
    assert plan.problems() == []
    importing.import_rows(office, plan)
    with office.transaction() as db:
        assert db.scalar(select(Household.displacement_status)) == "resident"
    (tmp_path / "bad.json").write_text('{"columns": {"shoe_size": "A"}}')
    with pytest.raises(SanadError, match="does not have: shoe_size"):
        Mapping.load(tmp_path / "bad.json")
    (tmp_path / "junk.json").write_text("[1, 2")
    with pytest.raises(SanadError, match="is not a Sanad column mapping"):
        Mapping.load(tmp_path / "junk.json")


def test_a_mapping_without_the_first_name_is_refused_before_any_row(office, tmp_path):
    table = importing.read_table(write_xlsx(tmp_path / "x.xlsx", [OTHER]))
    with pytest.raises(SanadError, match="first name"):
        importing.prepare(office, table, Mapping({"sex": "sex"}))


def test_error_report_lists_rejected_rows_with_the_cells_as_read(office, tmp_path):
    rows = [list(OTHER), ["", "", "", "هدى", "", "", "", "", "", "F", "=1+1"]]
    plan = plan_for(office, write_xlsx(tmp_path / "r.xlsx", rows))
    report = importing.write_error_report(office, plan, tmp_path / "errors.xlsx", right_to_left=True)
    sheet = openpyxl.load_workbook(report).worksheets[0]
    lines = [[c.value for c in row] for row in sheet.iter_rows()]
    assert lines[0][:4] == ["Row", "Column", "Problem", "file_number"]
    assert {line[0] for line in lines[1:]} == {3}
    assert any("father_name" in line[1] for line in lines[1:])
    assert lines[1][3 + 3] == "هدى" and sheet.sheet_view.rightToLeft


def test_the_error_report_has_one_line_per_rejected_row_and_imports_again_once_corrected(office, tmp_path):
    # Found in review: a row with several problems came once per problem, and the corrected report
    # then imported as that many people.
    bad = ["", "", "", "هدى", "", "", "", "", "", "Q", "1850"]  # no father, sex Q, year too early
    plan = plan_for(office, write_xlsx(tmp_path / "r.xlsx", [list(OTHER), bad]))
    report = importing.write_error_report(office, plan, tmp_path / "errors.xlsx")
    lines = [[c.value for c in row] for row in openpyxl.load_workbook(report).worksheets[0].iter_rows()]
    assert [line[0] for line in lines[1:]] == [3]
    assert "father_name" in lines[1][1] and "sex" in lines[1][1]
    assert len(lines[1][2].split("\n")) >= 3
    # Corrected in the report itself (its own columns after the three about the problem), it imports.
    book = openpyxl.load_workbook(report)
    sheet = book.worksheets[0]
    headers = [c.value for c in sheet[1]]
    for name, value in (("father_name", "حسين"), ("grandfather_name", "علي"), ("family_name", "الطائي"),
                        ("mother_name", "زينب محمد"), ("sex", "F"), ("birth_date", "1990"),
                        ("displacement_status", "idp")):
        sheet.cell(2, headers.index(name) + 1).value = value
    book.save(tmp_path / "corrected.xlsx")
    again = plan_for(office, tmp_path / "corrected.xlsx")
    assert again.problems() == [] and again.counts()["to_import"] == 1


def test_report_and_template_names_must_end_in_xlsx_and_a_mapping_must_fit_the_file(office, tmp_path):
    from db.errors import SanadError

    plan = plan_for(office, write_xlsx(tmp_path / "r.xlsx", [list(OTHER)]))
    for write in (lambda p: importing.write_error_report(office, plan, p),
                  lambda p: importing.write_template(p)):
        with pytest.raises(ValidationError) as refused:
            write(tmp_path / "out.csv")
        assert ".xlsx" in str(refused.value)
    assert not (tmp_path / "out.csv").exists()
    with pytest.raises(SanadError) as missing:
        Mapping.load(tmp_path / "nowhere.json")
    assert "There is no mapping file" in str(missing.value)
    table = importing.read_table(write_xlsx(tmp_path / "own.xlsx", [["علي", "M"]], ["Nom", "Genre"]))
    with pytest.raises(ValidationError) as wrong:
        importing.prepare(office, table, Mapping({"first_name": "nosuchfield", "sex": "Genre"}))
    assert "nosuchfield" in str(wrong.value) and "Nothing was imported" in str(wrong.value)


def test_a_stray_control_character_is_the_rows_problem_not_the_files(office, tmp_path):
    # Found in review: one vertical tab in a notes cell refused a UTF-8 CSV as "not a text table".
    path = write_csv(tmp_path / "ctrl.csv", [list(OTHER), list(HEAD)])
    text = path.read_text(encoding="utf-8")
    name = HEAD[3]
    assert name in text
    path.write_text(text.replace(name, name + "\x0b", 1), encoding="utf-8")
    plan = plan_for(office, path)
    assert plan.counts()["rows"] == 2
    binary = tmp_path / "photo.csv"
    binary.write_bytes(bytes(range(1, 32)) * 200)
    with pytest.raises(SanadError):
        importing.read_table(binary)


# --- Command line --------------------------------------------------------------------------------------


def run_cli(args, monkeypatch, capsys, vault_path, session=None):
    """`sanad import ...` with the test's own session closed meanwhile (one process holds a vault)."""
    from desktop import cli

    if session is not None:
        session.vault.close()
    monkeypatch.setenv("SANAD_PASSWORD", ADMIN_PASSWORD)
    code = cli.main(["import", *args, "--vault", str(vault_path)] if args[0] != "--template" else ["import", *args])
    out = capsys.readouterr()
    if session is not None:
        from db.vault import Vault

        reopened = Vault.open(vault_path).unlock("admin", ADMIN_PASSWORD)
        session.vault, session.user = reopened.vault, reopened.user
    return code, out.out, out.err


def test_cli_dry_run_prints_counts_and_errors_and_writes_nothing(office, vault_path, tmp_path, monkeypatch, capsys):
    path = write_xlsx(tmp_path / "p.xlsx", [HEAD, SON, ["", "", "", "هدى", "", "", "", "", "", "Q"]])
    before = dump_hash(office)
    code, out, _err = run_cli([str(path), "--dry-run"], monkeypatch, capsys, vault_path, office)
    assert code == 0
    assert "Dry run: 2 people in 1 households would be imported" in out
    assert "1 rows rejected" in out and "row 4, sex: Choose female or male." in out
    assert dump_hash(office) == before
    code, out, _err = run_cli([str(path), "--dry-run", "--json"], monkeypatch, capsys, vault_path, office)
    data = json.loads(out)
    assert data["dry_run"] and data["counts"]["to_import"] == 2 and data["problems"][0]["row"] == 4


def test_cli_imports_with_a_mapping_file_and_writes_the_error_report(office, vault_path, tmp_path, monkeypatch,
                                                                    capsys):
    header = ["Nom", "Pere", "Grand-pere", "Famille", "Mere", "Genre", "Etat"]
    path = write_xlsx(tmp_path / "own.xlsx", [["علي", "حسين", "كاظم", "العبيدي", "سعاد جاسم محمد", "M", "idp"],
                                              ["هدى", "", "", "", "", "F", "idp"]], header)
    Mapping({"first_name": "Nom", "father_name": "Pere", "grandfather_name": "Grand-pere", "family_name": "Famille",
             "mother_name": "Mere", "sex": "Genre", "displacement_status": "Etat"}).save(tmp_path / "m.json")
    code, out, err = run_cli([str(path), "--mapping", str(tmp_path / "m.json"), "--error-report",
                              str(tmp_path / "errors.xlsx")], monkeypatch, capsys, vault_path, office)
    assert code == 0, err
    assert "Imported 1 people in 1 households" in out
    assert (tmp_path / "errors.xlsx").exists()
    assert [p.first_name for p in people(office)] == ["علي"]
    # A report that cannot be written stops the command before anything is imported (found in review).
    code, _out, err = run_cli([str(path), "--mapping", str(tmp_path / "m.json"), "--error-report",
                               str(tmp_path / "nowhere" / "e.xlsx")], monkeypatch, capsys, vault_path, office)
    assert code == 1 and "sanad:" in err
    assert [p.first_name for p in people(office)] == ["علي"]


def test_cli_refuses_a_hostile_file_with_one_line(office, vault_path, tmp_path, monkeypatch, capsys):
    path = tmp_path / "locked.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptionInfo".encode("utf-16-le"))
    code, _out, err = run_cli([str(path)], monkeypatch, capsys, vault_path, office)
    assert code == 1 and err.startswith("sanad: The workbook is protected with a password")
    assert "Traceback" not in err


def test_cli_writes_the_template_without_a_vault(tmp_path, monkeypatch, capsys):
    code, out, _err = run_cli(["--template", str(tmp_path / "t.xlsx"), "--lang", "ar"], monkeypatch, capsys,
                              tmp_path / "none.sanad")
    assert code == 0 and (tmp_path / "t.xlsx").exists()
    header = [c.value for c in openpyxl.load_workbook(tmp_path / "t.xlsx")["people"][1]]
    assert header[3] == "الاسم"


# --- Our own export imports back (E1, issue 6 "import round-trip") --------------------------------------


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_people_export_imports_into_an_empty_vault_as_the_same_people(office, tmp_path, lang):
    from exports.lists import ExportRequest, export_list

    rows = [list(HEAD), list(SON), list(DAUGHTER), list(OTHER), list(WIFE)]
    rows[3][8] = "=Ali Hussein"  # a Latin name a spreadsheet would read as a formula
    rows[4][10] = "حوالي 1988"
    plan = plan_for(office, write_csv(tmp_path / "people.csv", rows))
    assert plan.problems() == []
    importing.import_rows(office, plan)
    with office.transaction() as db:  # Washington Group answers go out and come back too
        first, second = db.scalars(select(Person).order_by(Person.id).limit(2))
        first.wg_seeing, first.wg_walking, second.wg_communicating = 3, 2, 4
    original = people(office)
    export = export_list(office, ExportRequest("people", lang=lang, anonymised=False), tmp_path / "export.xlsx",
                         today=TODAY)

    from db.vault import Vault
    from tests.conftest import FAST_KDF  # noqa: F401  (the fixture's cheap KDF applies here too)

    other, _recovery = Vault.create(tmp_path / "empty.sanad", admin_username="admin",
                                    admin_password=ADMIN_PASSWORD, language=lang)
    try:
        with locations.shipped_table() as table:
            locations.import_cod_ab(other, table)
        table = importing.read_table(export.path)
        mapping = importing.suggest_mapping(table.headers)
        plan = importing.prepare(other, table, mapping, today=TODAY)
        assert plan.problems() == [], [str(p) for p in plan.problems()]
        assert importing.import_rows(other, plan).people == 5
        again = people(other)
    finally:
        other.vault.close()

    def key(p):
        return (p.file_number, p.first_name, p.father_name, p.grandfather_name, p.family_name, p.mother_name,
                p.name_latin, p.sex, p.birth_date, p.birth_precision, p.relationship_to_head,
                *(getattr(p, name) for name in importing.WG_FIELDS))

    assert sorted(map(key, again)) == sorted(map(key, original))
    households = {p.file_number: p.household_id for p in again}
    by_name = {p.first_name: p.file_number for p in again}
    assert households[by_name["فاطمة"]] == households[by_name["محمد"]] == households[by_name["مريم"]]
    assert households[by_name["علي"]] == households[by_name["هدى"]] != households[by_name["فاطمة"]]


def test_hijri_dates_excel_day_60_rtl_marks_and_mixed_digits(office, tmp_path):
    """Security case X8: what spreadsheets really hold becomes a row error or clean text, never a crash."""
    rows = []
    for born in ("1445/03/12", 60, -5, 45.5, "12/13/2010"):
        row = list(OTHER)
        row[0], row[1], row[10] = "", "", born
        rows.append(row)
    marked = list(OTHER)
    marked[0], marked[1], marked[3], marked[10] = "", "", "\u200fعلي\u202e", "۱۹٨5"  # Persian and Arabic digits
    rows.append(marked)
    plan = plan_for(office, write_xlsx(tmp_path / "x8.xlsx", rows))
    errors = {i.row: i.message() for i in plan.problems()}
    assert errors[2] == ("The year 1445 is not a Gregorian year of birth. If the date is Hijri, write هـ or AH after "
                         "it (for example 1415/03/12 هـ or 1415/03/12 AH); otherwise correct the year.")
    assert errors[3] == "The number 60 is not a date of birth."  # Excel's 29 February 1900 that never was
    assert errors[4] == "The number -5 is not a date of birth."
    assert errors[5] == "The number 45.5 is not a date of birth."
    assert errors[6].startswith("There is no month 13.")
    assert 7 not in errors and plan.row(7).person["first_name"] == "علي"
    assert plan.row(7).person["birth_date"].year == 1985


# Conversions checked by hand against the Umm al-Qura calendar: 1 Muharram 1415 was 10 June 1994, so
# 12 Rabi al-Awwal 1415 (the 71st day: Muharram 30 days, Safar 29) was 19 August 1994 and its 15th
# day 22 August; 1 Ramadan 1444 was 23 March 2023; 1 Shawwal 1430 (Eid al-Fitr) 20 September 2009;
# 1 Muharram 1445 was 19 July 2023; 1 Rajab 1415, the middle of that year, 3 December 1994.
@pytest.mark.parametrize("typed,expected,precision,shown", [
    ("1415/03/12 هـ", dt.date(1994, 8, 19), "exact", "1994-08-19"),
    ("12/3/1415هـ", dt.date(1994, 8, 19), "exact", "1994-08-19"),
    ("١٤١٥/٠٣/١٢ هـ", dt.date(1994, 8, 19), "exact", "1994-08-19"),
    ("1415-03-12 AH", dt.date(1994, 8, 19), "exact", "1994-08-19"),
    ("1444/09/01 هـ", dt.date(2023, 3, 23), "exact", "2023-03-23"),
    ("1/10/1430 هجري", dt.date(2009, 9, 20), "exact", "2009-09-20"),
    ("1445-01-01 A.H.", dt.date(2023, 7, 19), "exact", "2023-07-19"),
    ("3/1415 هـ", dt.date(1994, 8, 1), "month", "1994-08"),
    ("1415هـ", dt.date(1994, 7, 1), "year", "1994"),
    ("هـ 1415", dt.date(1994, 7, 1), "year", "1994"),
    ("حوالي 1415 هـ", dt.date(1994, 7, 1), "about", "about 1994"),
])
def test_hijri_dates_of_birth_are_converted_keeping_what_is_known(office, tmp_path, typed, expected, precision,
                                                                    shown):
    row = list(OTHER)
    row[0], row[10] = "", typed
    plan = plan_for(office, write_xlsx(tmp_path / "hijri.xlsx", [row]))
    assert plan.problems() == []
    assert [w.message() for w in plan.rows[0].warnings] == [
        f"The Hijri date {typed} was read as {shown} (Umm al-Qura calendar)."]
    assert plan.rows[0].warnings[0].column == "birth_date"
    importing.import_rows(office, plan)
    person = people(office)[0]
    assert (person.birth_date, person.birth_precision) == (expected, precision)


def test_hijri_dates_that_cannot_be_and_unmarked_early_years_are_row_errors(office, tmp_path):
    cases = {
        "1415/03/30 هـ": "Hijri month 3 of 1415 has 29 days, so there is no day 30.",
        "1415/13/01 هـ": "There is no Hijri month 13: write a month from 1 to 12.",
        "1300 هـ": "Sanad converts Hijri years from 1343 to 1500 only. Write this date of birth in the Gregorian "
                   "calendar.",
        "2015 AH": "Sanad converts Hijri years from 1343 to 1500 only. Write this date of birth in the Gregorian "
                   "calendar.",
        "حوالي 3/1415 هـ": "حوالي 3/1415 هـ is not a Hijri date Sanad can read. Write it as 1415/03/12 هـ, 3/1415 هـ "
                           "or 1415 هـ.",
        "1448/09/01 هـ": "The date of birth 08/02/2027 is in the future.",  # from the date parser, after converting
        "1415": "The year 1415 is not a Gregorian year of birth. If the date is Hijri, write هـ or AH after it "
                "(for example 1415/03/12 هـ or 1415/03/12 AH); otherwise correct the year.",
        "12/3/1415": "The year 1415 is not a Gregorian year of birth. If the date is Hijri, write هـ or AH after it "
                     "(for example 1415/03/12 هـ or 1415/03/12 AH); otherwise correct the year.",
        1415: "The year 1415 is not a Gregorian year of birth. If the date is Hijri, write هـ or AH after it "
              "(for example 1415/03/12 هـ or 1415/03/12 AH); otherwise correct the year.",  # a number cell, not 1903
        1850: f"The year 1850 is too early: Sanad accepts years of birth from {dt.date.today().year - 120}. "
              "Check the year.",
    }
    rows = []
    for typed in cases:
        row = list(OTHER)
        row[0], row[1], row[10] = "", "", typed
        rows.append(row)
    plan = plan_for(office, write_xlsx(tmp_path / "bad-hijri.xlsx", rows))
    errors = {i.row: (i.column, i.message()) for i in plan.problems()}
    assert [errors.get(row) for row in range(2, 2 + len(cases))] == [("birth_date", m) for m in cases.values()]


def test_numbers_follow_the_office_pattern_after_its_counter_and_skip_numbers_in_use(office, tmp_path):
    from db import office as office_settings

    office_settings.save_settings(office, {"file_number_pattern": "NIN/{seq:03d}/{year}"})
    with office.transaction() as db:
        db.add(Person(file_number="NIN/002/2026", first_name="سلمى", sex="F"))
    rows = [list(OTHER), list(WIFE)]
    rows[0][0] = ""
    importing.import_rows(office, plan_for(office, write_xlsx(tmp_path / "n.xlsx", rows)))
    assert sorted(p.file_number for p in people(office)) == ["NIN/001/2026", "NIN/002/2026", "NIN/003/2026"]


def test_cli_skip_duplicates_leaves_likely_duplicates_out(office, vault_path, tmp_path, monkeypatch, capsys):
    first = list(OTHER)
    first[0], first[1] = "", ""
    near = list(first)
    near[6], near[10] = "العبيدى", "حوالي 1986"
    path = write_xlsx(tmp_path / "d.xlsx", [first, near])
    code, out, _err = run_cli([str(path), "--dry-run", "--skip-duplicates", "--json"], monkeypatch, capsys,
                              vault_path, office)
    data = json.loads(out)
    assert code == 0 and data["counts"]["to_import"] == 1 and data["counts"]["skipped"] == 1
    assert any("Probably the same person as row" in w["warning"] for w in data["warnings"])


def test_the_error_report_needs_the_import_permission_and_is_audited_without_data(office, tmp_path):
    """It carries rows of the file out of the vault again: refused to staff, audited with counts."""
    rows = [list(OTHER), ["", "", "", "هدى", "", "", "", "", "", "F", ""]]
    plan = plan_for(office, write_xlsx(tmp_path / "r.xlsx", rows))
    with pytest.raises(PermissionDenied):
        importing.write_error_report(staff_session(office), plan, tmp_path / "refused.xlsx")
    assert not (tmp_path / "refused.xlsx").exists()
    importing.write_error_report(office, plan, tmp_path / "errors.xlsx")
    with office.transaction() as db:
        entry = db.scalars(select(AuditEntry).where(AuditEntry.action == "import_error_report")).one()
    assert "rejected_rows" in entry.details and "هدى" not in entry.details
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


# --- Writing with few bound values -----------------------------------------------------------------------


def raw_rows(session, table: str, key: str, wanted) -> dict:
    """Every stored column of the rows whose `key` is in `wanted`, as SQLite holds them (value and type)."""
    from sqlalchemy import text

    with session.transaction() as db:
        names_ = [row[1] for row in db.execute(text(f"PRAGMA table_info({table})"))]
        selected = ", ".join(f"{n}, typeof({n})" for n in names_)
        out = {}
        for row in db.execute(text(f"SELECT {selected} FROM {table}")):
            record = dict(zip([f"{n}{suffix}" for n in names_ for suffix in ("", ":type")], row, strict=True))
            if record[key] in wanted:
                out[record[key]] = record
        return out


def test_rows_written_with_constants_are_stored_exactly_as_bound_rows(office):
    """_insert_many writes values shared by a group of rows into the statement instead of binding
    them (fewer locked allocations): what is stored must be the same, value and SQLite type, as
    a plain executemany of the same dicts, for every kind of value an import writes, and text
    from the file is never written into the statement."""
    now = dt.datetime(2026, 11, 25, 21, 30, 15, 123456)
    base = {"first_name": "فاطمة", "father_name": "O'Brien'); DROP TABLE person; --", "grandfather_name": "",
            "family_name": "الجبوري", "mother_name": "", "name_latin": "", "sex": "F",
            "birth_date": dt.date(1990, 5, 3), "birth_precision": "exact", "relationship_to_head": "head",
            "marital_status": "", "phone": "07701234567", "father_unknown": False, "current_pcode": None,
            "search_key": "فاطمه", "latin_key": "", "created_at": now, "updated_at": now, "version": 1}
    variants = [{}, {"birth_date": None, "birth_precision": "year"}, {"father_unknown": True, "phone": ""},
                {"name_latin": "Fatima", "latin_key": "fatima", "current_pcode": "IQG15Q05"},
                {"created_at": now.replace(microsecond=0)}, {"sex": "M", "first_name": "'"}]
    rows = [{**base, **variant} for variant in variants for _copy in range(3)]
    rows.append({**base, "name_latin": "Zainab", "latin_key": "zaynab", "phone": "07809876543",
                 "birth_date": dt.date(1977, 7, 7)})  # a group of one row: every value its own
    with office.transaction() as db:
        start = (db.scalar(select(func.max(Person.id))) or 0) + 1
        mine = [{**row, "id": start + i, "file_number": f"A-{i}"} for i, row in enumerate(rows)]
        plain = [{**row, "id": start + 100 + i, "file_number": f"B-{i}"} for i, row in enumerate(rows)]
        statements = []
        from sqlalchemy import event, insert

        def seen(conn, cursor, statement, *args):
            statements.append(statement)

        event.listen(db.get_bind(), "before_cursor_execute", seen)
        try:
            importing._insert_many(db, Person.__table__, mine)
        finally:
            event.remove(db.get_bind(), "before_cursor_execute", seen)
        db.execute(insert(Person.__table__), plain)
    assert len(statements) > 1  # grouped by which columns are empty
    personal = ("O'Brien", "O''Brien", "فاطمة", "فاطمه", "Fatima", "Zainab", "zaynab", "0770", "0780", "1990-05-03",
                "1977-07-07", "A-")
    assert not any(value in statement for value in personal for statement in statements)
    assert any("'2026-11-25 21:30:15.123456'" in s for s in statements)  # the shared timestamp, once
    got = raw_rows(office, "person", "id", {r["id"] for r in mine + plain})
    for a, b in zip(mine, plain, strict=True):
        left, right = dict(got[a["id"]]), dict(got[b["id"]])
        for record in (left, right):
            del record["id"], record["file_number"]
        assert left == right
    assert got[start]["created_at"] == "2026-11-25 21:30:15.123456" and got[start]["birth_date:type"] == "text"


def test_an_imported_persons_rows_search_hits_and_audit_entry_are_as_before(office, tmp_path):
    """The import writes its rows with _insert_many; the same file written with SQLAlchemy's plain
    executemany (the way it was written before) gives the same stored rows, the same search hits
    and the one audit entry with the same counts."""
    from sqlalchemy import insert

    from db.search import search_people

    path = write_xlsx(tmp_path / "same.xlsx", [HEAD, SON, DAUGHTER, OTHER, WIFE])
    tables = {"household": "id", "person": "file_number", "relation": "id", "imported_person": "person_id"}
    importing.import_rows(office, plan_for(office, path))
    first = {t: raw_rows(office, t, k, _Everything()) for t, k in tables.items()}
    hits = {q: [h.file_number for h in search_people(office, q)] for q in ("فاطمه احمد", "هدى كريم", "Fatima")}
    with office.transaction() as db:
        audits = [json.loads(e.details) for e in db.scalars(select(AuditEntry).where(
            AuditEntry.action == "people_imported"))]
    # Undo it and write the same plan the old way.
    from sqlalchemy import delete, text

    with office.transaction() as db:
        db.execute(text("DELETE FROM imported_person")), db.execute(delete(Relation))
        db.execute(delete(Person)), db.execute(delete(Household)), db.execute(delete(ImportRun))
        db.execute(text("UPDATE file_number_counter SET last_seq = 0"))

    def plain(db, table, rows):
        if rows:
            db.execute(insert(table), rows)

    original = importing._insert_many
    importing._insert_many = plain
    try:
        importing.import_rows(office, plan_for(office, path))
    finally:
        importing._insert_many = original
    second = {t: raw_rows(office, t, k, _Everything()) for t, k in tables.items()}
    for table in tables:
        assert set(first[table]) == set(second[table]) and first[table], table
        for name in first[table]:
            a, b = dict(first[table][name]), dict(second[table][name])
            for volatile in ("created_at", "updated_at", "import_run_id"):
                a.pop(volatile, None), b.pop(volatile, None)
            assert a == b, (table, name)
    assert hits == {q: [h.file_number for h in search_people(office, q)] for q in hits} and all(hits.values())
    with office.transaction() as db:
        again = [json.loads(e.details) for e in db.scalars(select(AuditEntry).where(
            AuditEntry.action == "people_imported").order_by(AuditEntry.seq))]
    assert len(audits) == 1 and again[0] == again[1] == audits[0]


class _Everything:
    def __contains__(self, _item) -> bool:
        return True


# --- Washington Group answers and consent ------------------------------------------------------------------


def test_washington_group_answers_and_consent_from_arabic_english_and_kobo_headings(office, tmp_path):
    from db.models import Consent, ConsentScope
    from db.people import may_refer

    header = ["group_hh/first_name", "father_name", "grandfather_name", "family_name", "mother_name", "sex",
              "birth_date", "household_ref", "relationship",
              "disability/wg_seeing", "Difficulty hearing", "صعوبة في المشي أو صعود الدرج",
              "Do you have difficulty remembering or concentrating?", "selfcare", "التواصل",
              "الموافقة", "consent date"]
    rows = [
        ["فاطمة", "أحمد", "علي", "الجبوري", "زينب حسن علي", "F", "1990-05-03", "H1", "head",
         "1", "some_difficulty", "صعوبة كبيرة", "Cannot do at all", "", "don't know", "نعم", "2024-02-10"],
        ["مريم", "", "", "", "", "F", "2016-03-01", "H1", "daughter",
         2, "", "", "", "4", "", "yes", dt.datetime(2024, 2, 10)],
        ["علي", "حسين", "كاظم", "العبيدي", "سعاد جاسم محمد", "M", "1985", "H2", "head",
         "", "", "", "", "", "", "لا", "2024-02-11"],
        ["هدى", "كريم", "سالم", "الطائي", "نوال عبد الله", "F", "1988", "H3", "head",
         "", "", "", "", "", "", "Yes", ""],
    ]
    table = importing.read_table(write_xlsx(tmp_path / "wg.xlsx", rows, header))
    mapping = importing.suggest_mapping(table.headers)
    assert {key: mapping.columns.get(key) for key in (*importing.WG_FIELDS, "consent", "consent_date")} == {
        "wg_seeing": "disability/wg_seeing", "wg_hearing": "Difficulty hearing",
        "wg_walking": "صعوبة في المشي أو صعود الدرج",
        "wg_remembering": "Do you have difficulty remembering or concentrating?", "wg_selfcare": "selfcare",
        "wg_communicating": "التواصل", "consent": "الموافقة", "consent_date": "consent date"}
    mapping.defaults["displacement_status"] = "resident"
    plan = importing.prepare(office, table, mapping, today=TODAY)
    assert plan.problems() == []
    warnings = {(w.row, w.message()) for r in plan.rows for w in r.warnings}
    assert (4, "A date of consent is given but the consent column does not say yes: no consent was recorded.") \
        in warnings
    assert (5, "Consent to registration is recorded as given on 2026-11-25, the day of the import: the file gives "
               "no date.") in warnings
    importing.import_rows(office, plan)
    by_name = {p.first_name: p for p in people(office)}
    fatima, maryam, ali, huda = (by_name[n] for n in ("فاطمة", "مريم", "علي", "هدى"))
    assert [getattr(fatima, k) for k in importing.WG_FIELDS] == [1, 2, 3, 4, None, None]
    assert [getattr(maryam, k) for k in importing.WG_FIELDS] == [2, None, None, None, 4, None]
    assert [getattr(ali, k) for k in importing.WG_FIELDS] == [None] * 6
    with office.transaction() as db:
        consents = {c.person_id: (c.given_by, c.guardian_name, c.given_on, c.withdrawn_on)
                    for c in db.scalars(select(Consent))}
        scopes = {(s.consent_id, s.scope, s.agency) for s in db.scalars(select(ConsentScope))}
        assert may_refer(db, fatima.id, "UNICEF", on=TODAY).allowed is False  # registration only, not referral
    assert consents == {
        fatima.id: ("self", "", dt.date(2024, 2, 10), None),
        maryam.id: ("guardian", "فاطمة أحمد علي الجبوري", dt.date(2024, 2, 10), None),  # a child: her mother, the head
        huda.id: ("self", "", TODAY, None),
    }
    assert {scope for _c, scope, _a in scopes} == {"registration"} and len(scopes) == 3


def test_bad_washington_group_answers_and_consents_are_row_errors(office, tmp_path):
    header = list(importing.TEMPLATE_FIELDS) + ["wg_seeing", "consent", "consent_date"]
    rows = []
    for seeing, consent, day in (("5", "", ""), ("perhaps", "", ""), ("", "maybe", ""), ("", "yes", "2024-02"),
                                 ("", "yes", "tomorrow")):
        row = list(OTHER)
        row[0], row[1] = "", ""
        rows.append(row + [seeing, consent, day])
    plan = plan_for(office, write_xlsx(tmp_path / "bad-wg.xlsx", rows, header))
    assert [(i.row, i.column, i.message()) for i in plan.problems()] == [
        (2, "wg_seeing", "5 is not a Washington Group answer. Write 1 (no difficulty), 2 (some difficulty), 3 (a lot "
                         "of difficulty) or 4 (cannot do at all), or leave it empty."),
        (3, "wg_seeing", "perhaps is not a Washington Group answer. Write 1 (no difficulty), 2 (some difficulty), 3 "
                         "(a lot of difficulty) or 4 (cannot do at all), or leave it empty."),
        (4, "consent", "maybe is not an answer Sanad understands: write yes or no."),
        (5, "consent_date", "Write the day consent was given as YYYY-MM-DD or D/M/YYYY (not 2024-02)."),
        (6, "consent_date", "Write the day consent was given as YYYY-MM-DD or D/M/YYYY (not tomorrow)."),
    ]


def test_the_vault_pass_of_the_duplicate_check_finds_what_whole_profiles_find(tmp_path, monkeypatch, office):
    """The duplicate check makes a whole profile only of vault people who share a block with the
    file, and works out a Latin key only where one can match: it must find exactly what making a
    whole profile of everyone found (the way it was before), Latin-only, phone-only and
    first-name-typo matches included."""
    from db.duplicates import _Profile, candidate_from_row
    from tests.helpers import demo_session

    (tmp_path / "demo").mkdir()
    with demo_session(tmp_path / "demo", 1500, today=TODAY) as session:
        with session.transaction() as db:
            vault = db.scalars(select(Person).where(Person.name_latin != "").order_by(Person.id).limit(60)).all()
            db.expunge_all()
        header = list(importing.TEMPLATE_FIELDS)
        rows = []
        for i, p in enumerate(vault):
            born = p.birth_date.isoformat() if p.birth_date else ""
            row = ["", f"V{i}", "head", p.first_name, p.father_name, p.grandfather_name, p.family_name,
                   p.mother_name, p.name_latin, p.sex, born, "", "", "", p.phone, "resident", ""]
            kind = i % 4
            if kind == 1:  # another Arabic first name, the same Latin name: only the Latin block holds both
                row[3], row[4], row[5], row[7] = "ياسمين" if p.sex == "F" else "ياسر", "", "", ""
            elif kind == 2:  # only the phone in common
                row[3], row[4], row[5], row[7], row[8] = "نرجس", "كامل", "شاكر", "", ""
                row[14] = p.phone or "07701234567"
            elif kind == 3:  # a typo in the first name
                row[3] = row[3][:-1] + ("ة" if not row[3].endswith("ة") else "ه")
            rows.append(row)
        path = write_xlsx(tmp_path / "dups.xlsx", rows, header)

        def found():
            plan = plan_for(session, path)
            return {(r.row, d.person_id, d.score, d.reasons) for r in plan.rows for d in r.duplicates}, plan

        from db.duplicates import _Normaliser

        latin_worked_out: list[str] = []
        original_latin_key = _Normaliser.latin_key

        def counted(self, text):
            latin_worked_out.append(text)
            return original_latin_key(self, text)

        monkeypatch.setattr(_Normaliser, "latin_key", counted)
        fast, plan = found()
        monkeypatch.setattr(_Normaliser, "latin_key", original_latin_key)

        def whole_profile(self, row, norm, latin_firsts):
            profile = _Profile(candidate_from_row(row), norm)
            for name in importing._Probe.__slots__:
                setattr(self, name, getattr(profile, name))

        monkeypatch.setattr(importing._Probe, "fill", whole_profile)
        reference, _ = found()
    assert fast == reference
    assert {(row - 2) % 4 for row, *_ in fast} == {0, 3}  # copies and first-name typos found their people
    # Latin keys worked out for the vault people whose stored key shares a first word with the file's
    # Latin names (the people copied or mistyped at least), not for all 1,500.
    expected = {p.name_latin for i, p in enumerate(vault) if i % 4 in (0, 3) and not plan.row(i + 2).errors}
    assert expected and expected <= set(latin_worked_out)
    assert len(latin_worked_out) < 1000
