"""List exports to Excel (issue 6 items 1, 3, 5, 6, 9; security cases E1, E3, D3): every list opened
again with openpyxl (types, direction, frozen header, filters, headers, values), formula text kept
as text, anonymised files searched part by part for every name, phone and number in the vault,
pseudonyms stable per key, sensitive fields only for an administrator (audited), cancel and disk
faults leave nothing behind, LibreOffice reads the same text, and the `sanad export` command."""

from __future__ import annotations

import csv
import datetime as dt
import errno
import json
import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils.escape import unescape
from sqlalchemy import select

from db import applications, export_data, locations, users
from db.applications import ApplicationFilter, ApplicationInput
from db.errors import DiskFull, PermissionDenied, ValidationError
from db.export_data import HearingFilter, HouseholdFilter, SensitiveExportRefused
from db.models import AuditEntry, DocumentHeld, Hearing, Household, Organisation, Person, Referral, SensitiveProfile
from db.people_list import PeopleFilter
from db.referrals import ReferralFilter
from db.subject_access import ExportFolderNotWritable
from db.vault import Vault
from exports import anonymise, lists
from exports.lists import COLUMNS, ExportCancelled, ExportRequest, export_list
from tests.conftest import ADMIN_PASSWORD

TODAY = dt.date(2026, 11, 25)
PASSWORD = "export-lists-pass-1"
# Each would be a formula, or be read as one when edited, if written as it is (E1).
INJECTIONS = ['=HYPERLINK("http://x.test","c")', "+cmd|' /c calc'!A1", "-1+1", "@SUM(A1)", "\tTAB", "\rCR",
              "=1+1"]


def _person(db, i: int, household: Household, **extra) -> Person:
    # Every identifying value carries a marker unique to its field and person, so an export can be
    # searched for all of them.
    values = dict(
        household_id=household.id, file_number=f"MOS-2026-{i:05d}", first_name=f"FIRSTQ{i}",
        father_name=f"FATHERQ{i}", grandfather_name=f"GRANDQ{i}", family_name=f"FAMILYQ{i}",
        mother_name=f"MOTHERQ{i} زينب", name_latin=f"LATINQ{i}", sex="F" if i % 2 else "M",
        birth_date=dt.date(1980 + i % 40, 1 + i % 12, 1 + i % 27), birth_precision="exact",
        relationship_to_head="head", phone=f"0770{i:07d}", phone2=f"0780{i:07d}",
        marital_status="widowed", wg_walking=3 if i % 3 == 0 else 1,
    )
    values.update(extra)
    person = Person(**values)
    db.add(person)
    db.flush()
    return person


@pytest.fixture
def office(admin):
    """Twelve people in twelve households, one with formula-like names, applications, referrals,
    hearings, documents and a sensitive profile."""
    session = admin
    with locations.shipped_table() as table:
        locations.import_cod_ab(session, table)
    with session.transaction() as db:
        org = Organisation(name_ar="مدرسة النور", name_en="Al-Noor School", services="school_enrolment")
        db.add(org)
        people = []
        for i in range(1, 13):
            household = Household(district="IQG15Q02" if i % 2 else "IQG15Q05", sub_district="",
                                   neighbourhood=f"NEIGHQ{i}", landmark=f"LANDQ{i}", phone=f"0750{i:07d}",
                                   displacement_status="idp" if i % 3 else "returnee",
                                   registry_record_no=f"REC{i}99", registry_page_no=f"PAGE{i}77")
            db.add(household)
            db.flush()
            people.append(_person(db, i, household))
        household = Household(district="=1+1", neighbourhood="@SUM(A1)", phone="+9647701111111")
        db.add(household)
        db.flush()
        hostile = _person(db, 99, household, first_name=INJECTIONS[0], father_name=INJECTIONS[1],
                          grandfather_name=INJECTIONS[2], family_name=INJECTIONS[3], mother_name=INJECTIONS[4],
                          name_latin=INJECTIONS[5], phone="+9647701111111")
        people.append(hostile)
        db.add(DocumentHeld(person_id=people[0].id, doc_type="birth_certificate", number="DOCNUMQ1"))
        db.add(DocumentHeld(person_id=people[0].id, doc_type="isis_issued", number="DOCNUMQ2"))
        db.add(SensitiveProfile(person_id=people[1].id, perceived_affiliation=True, gbv_disclosure=True,
                                notes="SENSNOTEQ"))
        db.flush()
        ids = [p.id for p in people]
        org_id = org.id
    apps = []
    for n, person_id in enumerate(ids[:6]):
        due = TODAY - dt.timedelta(days=3) if n % 2 else TODAY + dt.timedelta(days=10)
        saved = applications.create_application(
            session, person_id, ApplicationInput(doc_type="birth_certificate", next_action=f"ACTIONQ{n} =1+1",
                                                 next_action_due=due, case_number=f"CASEQ{n}", fee_amount=25000),
            today=TODAY - dt.timedelta(days=30))
        apps.append(saved.id)
    with session.transaction() as db:
        for n, person_id in enumerate(ids[:4]):
            db.add(Referral(person_id=person_id, reference=f"ODS/REF/2026/{n:04d}", service="school_enrolment",
                            organisation_id=org_id, focal_point=f"FOCALQ{n}", reason="x", urgency="urgent",
                            state="sent" if n % 2 else "accepted", sent_on=TODAY - dt.timedelta(days=20 + n),
                            follow_up_due=TODAY - dt.timedelta(days=1) if n % 2 else TODAY + dt.timedelta(days=5),
                            answered_on=None if n % 2 else TODAY - dt.timedelta(days=10), owner_id=session.user.id))
        for n, app_id in enumerate(apps[:3]):
            db.add(Hearing(application_id=app_id, held_on=TODAY + dt.timedelta(days=n), court="محكمة الموصل",
                           judge=f"JUDGEQ{n}", outcome="" if n else "adjourned",
                           next_hearing_on=TODAY + dt.timedelta(days=30) if n == 0 else None))
    return session, ids, apps


def _export(session, tmp_path: Path, kind: str, name: str = "", **options) -> tuple[lists.ExportResult, Path]:
    path = tmp_path / "out" / (name or f"{kind}.xlsx")
    path.parent.mkdir(exist_ok=True)
    result = export_list(session, ExportRequest(kind=kind, **options), path, today=TODAY)
    return result, path


def _data(path: Path):
    workbook = load_workbook(path)
    return workbook, workbook.worksheets[1]


def _rows(sheet) -> list[dict]:
    values = list(sheet.iter_rows(values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


def _vault_values(session) -> set[str]:
    """Every name, phone, address, document and file number in the vault."""
    found: set[str] = set()
    with session.transaction() as db:
        for p in db.scalars(select(Person)):
            found |= {p.first_name, p.father_name, p.grandfather_name, p.family_name, p.mother_name, p.name_latin,
                      p.phone, p.phone2, p.file_number}
        for h in db.scalars(select(Household)):
            found |= {h.neighbourhood, h.landmark, h.phone, h.registry_record_no, h.registry_page_no}
        for d in db.scalars(select(DocumentHeld)):
            found.add(d.number)
        for r in db.scalars(select(Referral)):
            found |= {r.reference, r.focal_point}
        from db.models import Application

        for a in db.scalars(select(Application)):
            found |= {a.case_number, a.next_action}
        for h in db.scalars(select(Hearing)):
            found.add(h.judge)  # a name too: with the court and the day it points to a case
    return {value for value in found if value and len(value) >= 4}


def _all_parts(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "\n".join(archive.read(name).decode("utf-8") for name in archive.namelist())


# ---- every list, opened again ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize("kind", ["people", "households", "applications", "referrals", "hearings"])
def test_every_list_has_headers_types_direction_frozen_row_and_filters(office, tmp_path, kind, lang):
    session, _ids, _apps = office
    result, path = _export(session, tmp_path, kind, lang=lang, anonymised=False)
    workbook, sheet = _data(path)
    assert workbook.sheetnames[0] == lists.word("cover", lang)
    assert sheet.title == lists.TITLES[kind][1 if lang == "ar" else 0]
    assert bool(sheet.sheet_view.rightToLeft) is (lang == "ar")
    assert bool(workbook.worksheets[0].sheet_view.rightToLeft) is (lang == "ar")
    assert sheet.freeze_panes == "A2"
    headers = [c.value for c in sheet[1]]
    assert headers == [c.header(lang) for c in COLUMNS[kind] if c.kind != anonymise.SENSITIVE]
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(headers)).column_letter}{result.rows + 1}"
    assert sheet.max_row == result.rows + 1 and result.rows > 0
    widths = [sheet.column_dimensions[sheet.cell(1, n).column_letter].width for n in range(1, len(headers) + 1)]
    assert all(width >= 7 for width in widths)
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f"
            if isinstance(cell.value, dt.datetime):
                assert cell.is_date and cell.number_format in ("yyyy-mm-dd", "yyyy-mm-dd hh:mm:ss")


def test_people_values_are_typed_and_worded(office, tmp_path):
    session, ids, _apps = office
    _result, path = _export(session, tmp_path, "people", lang="en", anonymised=False)
    rows = {row["File number"]: row for row in _rows(_data(path)[1])}
    first = rows["MOS-2026-00001"]
    assert first["First name"] == "FIRSTQ1" and first["Sex"] == "Female" and first["Marital status"] == "Widowed"
    assert first["Date of birth"] == dt.datetime(1981, 2, 2) and first["Date of birth known to"] == "Day"
    assert first["Age"] == 45 and isinstance(first["Age"], int) and first["Age group"] == "18-59"
    assert first["Displacement status"] == "Displaced" and first["District"] == "Al-Baaj"
    # ISIS-issued papers are evidence only, never a document held.
    assert first["Documents held"] == "Birth certificate"
    assert rows["MOS-2026-00003"]["Disability (Washington Group)"] is True
    assert first["Disability (Washington Group)"] is False
    assert first["Phone"] == "07700000001"
    assert first["Registered on"].date() == dt.date.today()
    arabic = {row["رقم الملف"]: row for row in _rows(_data(_export(session, tmp_path, "people", "ar.xlsx",
                                                                     lang="ar", anonymised=False)[1])[1])}
    assert arabic["MOS-2026-00001"]["الجنس"] == "أنثى" and arabic["MOS-2026-00001"]["القضاء"] == "البعاج"


def test_casework_values(office, tmp_path):
    session, _ids, apps = office
    _r, path = _export(session, tmp_path, "applications", lang="en", anonymised=False)
    rows = _rows(_data(path)[1])
    assert len(rows) == 6
    overdue = [r for r in rows if r["Overdue"]]
    assert len(overdue) == 3 and all(r["Due"].date() < TODAY for r in overdue)
    assert {r["Document"] for r in rows} == {"Birth certificate"}
    assert all(isinstance(r["Fee (Iraqi dinars)"], int) and r["Fee (Iraqi dinars)"] == 25000 for r in rows)
    assert all(r["Fee paid"] is False for r in rows)
    assert {r["Next action"] for r in rows} >= {"ACTIONQ0 =1+1"}
    _r, path = _export(session, tmp_path, "referrals", lang="en", anonymised=False)
    rows = {r["Reference"]: r for r in _rows(_data(path)[1])}
    assert rows["ODS/REF/2026/0001"]["Follow-up overdue"] is True
    assert rows["ODS/REF/2026/0000"]["Follow-up overdue"] is False
    assert rows["ODS/REF/2026/0000"]["Days to answer"] == 10
    assert rows["ODS/REF/2026/0000"]["State"] == "Accepted" and rows["ODS/REF/2026/0000"]["Urgency"] == "Urgent"
    assert rows["ODS/REF/2026/0000"]["Organisation"] == "Al-Noor School"
    _r, path = _export(session, tmp_path, "hearings", lang="ar", anonymised=False)
    rows = _rows(_data(path)[1])
    assert [r["تاريخ الجلسة"].date() for r in rows] == sorted(r["تاريخ الجلسة"].date() for r in rows)
    assert rows[0]["النتيجة"] == "أُجّلت إلى يوم آخر" and rows[0]["المحكمة"] == "محكمة الموصل"


def test_filters_of_the_list_screens_and_periods(office, tmp_path):
    session, ids, _apps = office
    result, _ = _export(session, tmp_path, "people", filters=PeopleFilter(sex="F"), lang="en", anonymised=False)
    assert result.rows == 7  # six odd-numbered people and the hostile one (99)
    result, path = _export(session, tmp_path, "people", "district.xlsx", filters=PeopleFilter(district="IQG15Q05"))
    assert result.rows == 6
    cover = dict(_data(path)[0].worksheets[0].iter_rows(values_only=True, max_col=2))
    assert any(str(k).endswith("القضاء") for k in cover) and "الموصل" in cover.values()
    result, _ = _export(session, tmp_path, "applications", filters=ApplicationFilter(overdue=True), lang="en")
    assert result.rows == 3
    result, _ = _export(session, tmp_path, "referrals", filters=ReferralFilter(state="sent"), lang="en")
    assert result.rows == 2
    result, _ = _export(session, tmp_path, "households", filters=HouseholdFilter(displacement="returnee"))
    assert result.rows == 4
    result, _ = _export(session, tmp_path, "hearings", filters=HearingFilter(to_record_only=True))
    assert result.rows == 2
    period = export_data.parse_period("2026-11")
    result, _ = _export(session, tmp_path, "referrals", "p.xlsx", period=period)
    assert result.rows == 4
    result, _ = _export(session, tmp_path, "referrals", "q.xlsx", period=export_data.parse_period("2026-Q1"))
    assert result.rows == 0
    assert export_data.parse_period("2026-Q4") == export_data.Period(dt.date(2026, 10, 1), dt.date(2026, 12, 31))
    assert export_data.parse_period("2026") == export_data.Period(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert export_data.parse_period("2026-02").end == dt.date(2026, 2, 28)
    for bad in ("October", "2026-13", "2026-Q5", "2026-10-05..2026-10-01"):
        with pytest.raises(ValidationError):
            export_data.parse_period(bad)


def test_cover_sheet_says_what_the_file_holds(office, tmp_path):
    session, _ids, _apps = office
    result, path = _export(session, tmp_path, "people", filters=PeopleFilter(sex="F", search="FIRSTQ1"), lang="en",
                           period=export_data.parse_period("2026-11"))
    cover = {row[0]: row[1] for row in _data(path)[0].worksheets[0].iter_rows(values_only=True) if row[0]}
    assert cover["Office"] == "Sanad Office" and cover["List"] == "People"
    assert cover["Period"] == "2026-11-01 – 2026-11-30"
    assert cover["Filters: Sex"] == "Female"
    # A search may be a name: an anonymised file says one was used, not what it was.
    assert cover["Filters: Search"] == lists.word("withheld", "en")
    assert cover["Rows"] == result.rows and cover["Anonymised"] == "Yes" and cover["Pseudonym key"] == "default"
    assert cover["Sensitive fields included"] == "No"
    assert cover["Exported by"] == "Office Admin (admin)" and isinstance(cover["Exported at (UTC)"], dt.datetime)
    assert "FIRSTQ1" not in _all_parts(path)
    _r, path = _export(session, tmp_path, "people", "named.xlsx", filters=PeopleFilter(search="FIRSTQ1"),
                       anonymised=False, lang="en")
    cover = {row[0]: row[1] for row in _data(path)[0].worksheets[0].iter_rows(values_only=True) if row[0]}
    assert cover["Filters: Search"] == "FIRSTQ1" and cover["Anonymised"] == "No" and "Pseudonym key" not in cover


# ---- formula injection (E1) ---------------------------------------------------------------------------------


def test_formula_like_text_comes_back_as_text(office, tmp_path):
    session, _ids, _apps = office
    _r, path = _export(session, tmp_path, "people", lang="en", anonymised=False)
    sheet = _data(path)[1]
    hostile = next(row for row in sheet.iter_rows(min_row=2) if row[0].value == "MOS-2026-00099")
    by_header = {sheet.cell(1, cell.column).value: cell for cell in hostile}
    for header, text in zip(("First name", "Father's name", "Grandfather's name", "Family name",
                             "Mother's full name", "Name in Latin letters"), INJECTIONS, strict=False):
        cell = by_header[header]
        # Control characters are written as Excel's _xHHHH_ escapes, which openpyxl leaves as they are.
        assert unescape(cell.value) == text and cell.data_type == "s", header
        assert cell.quotePrefix  # and Excel keeps it text when someone edits it
    assert by_header["District"].value == "=1+1" and by_header["District"].data_type == "s"
    assert by_header["Phone"].value == "+9647701111111" and by_header["Phone"].data_type == "s"
    # Anonymised too: the district keeps its (hostile) code as text.
    _r, path = _export(session, tmp_path, "people", "anon.xlsx", lang="en")
    for row in _data(path)[1].iter_rows(min_row=2):
        assert all(cell.data_type != "f" for cell in row)


def test_streamed_cells_match_the_cell_writer_for_every_value(tmp_path):
    """The streamed list writer (xlsxwriter) and set_cell (openpyxl) give every value the same
    type, value, date format and quote prefix."""
    from decimal import Decimal

    from openpyxl import Workbook

    from exports.xlsx import StreamedWorkbook, set_cell

    values = ["plain", "عربي", "  spaces  ", "a\tb", "x\x01y", "_x0041_ literal", "y" * 40000, 7, -3, 2.5, True, False,
              Decimal("12.50"), dt.date(2026, 1, 2), dt.datetime(2026, 1, 2, 3, 4, 5),
              dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.timezone(dt.timedelta(hours=3))), ["a", "b"], {"k": 1},
              b"bytes", float("nan"), *INJECTIONS]
    streamed = StreamedWorkbook(tmp_path / "s.xlsx", tmp_path)
    sheet = streamed.sheet("s", right_to_left=True)
    for value in values:
        sheet.append([value])
    sheet.append(["", None])
    streamed.save(active=sheet)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.xlsx"]  # no scratch left behind
    plain = Workbook()
    for row, value in enumerate(values, start=1):
        set_cell(plain.active.cell(row, 1), value)
    plain.save(tmp_path / "p.xlsx")
    ours = load_workbook(tmp_path / "s.xlsx").active
    theirs = load_workbook(tmp_path / "p.xlsx").active
    assert ours.max_row == len(values)  # the empty row wrote nothing
    for row, value in enumerate(values, start=1):
        a, b = ours.cell(row, 1), theirs.cell(row, 1)
        # (openpyxl's XML turns a carriage return into a line feed; xlsxwriter escapes it as _x000D_.)
        got = unescape(a.value).replace("\r", "\n") if isinstance(a.value, str) else a.value
        assert (got, a.data_type, a.quotePrefix) == (b.value, b.data_type, b.quotePrefix), repr(value)
        if a.is_date:
            assert a.number_format == b.number_format, repr(value)


# ---- anonymised ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["people", "households", "applications", "referrals", "hearings"])
def test_anonymised_file_holds_no_name_phone_address_or_number_from_the_vault(office, tmp_path, kind):
    session, _ids, _apps = office
    result, path = _export(session, tmp_path, kind, lang="ar")
    text = _all_parts(path)
    leaks = sorted(value for value in _vault_values(session) if value in text)
    assert leaks == []
    # Not even the exact dates of birth.
    with session.transaction() as db:
        births = [p.birth_date for p in db.scalars(select(Person))]
    sheet = _data(path)[1]
    values = {cell.value for row in sheet.iter_rows(min_row=2) for cell in row}
    assert not any(isinstance(v, dt.datetime) and v.date() in births for v in values)
    assert result.anonymised and not set(result.columns) & {c.key for c in COLUMNS[kind]
                                                            if c.kind in anonymise.IDENTIFYING}


def test_pseudonyms_are_stable_per_key_and_unlinkable_after_a_new_key(office, tmp_path):
    session, _ids, _apps = office

    def pseudonyms(name: str) -> list:
        _r, path = _export(session, tmp_path, "people", name, lang="en")
        return [row["File number"] for row in _rows(_data(path)[1])]

    first, second = pseudonyms("a.xlsx"), pseudonyms("b.xlsx")
    assert sorted(first) == sorted(second) and len(set(first)) == len(first)
    assert all(p.startswith("P-") and len(p) == 14 for p in first)
    # Applications name the same people by the same pseudonyms.
    _r, path = _export(session, tmp_path, "applications", lang="en")
    assert {row["File number"] for row in _rows(_data(path)[1])} <= set(first)
    from db import pseudonyms as keys

    keys.replace_key(session, export_data.DEFAULT_KEY)
    third = pseudonyms("c.xlsx")
    assert not set(third) & set(first)
    # Another named key is another series; a key nobody made is refused, not made on the fly.
    with pytest.raises(export_data.UnknownPseudonymKey):
        _export(session, tmp_path, "people", "typo.xlsx", lang="en", key_name="donor-y")
    keys.make_key(session, "donor-x")
    _r, path = _export(session, tmp_path, "people", "donor.xlsx", lang="en", key_name="donor-x")
    assert not {row["File number"] for row in _rows(_data(path)[1])} & set(third)
    assert export_data.pseudonym_key_names(session) == ["default", "donor-x"]
    with session.transaction() as db:
        actions = list(db.scalars(select(AuditEntry.action).where(AuditEntry.entity == "export_key")))
    assert actions == ["pseudonym_key_made", "pseudonym_key_replaced", "pseudonym_key_made"]
    with pytest.raises(ValidationError):
        export_data.pseudonym_key(session, "no spaces")


def test_anonymise_rules_without_a_database():
    key = b"k" * 32
    assert anonymise.pseudonym(key, "MOS-2026-00001") == anonymise.pseudonym(key, " mos-2026-00001 ")
    assert anonymise.pseudonym(key, "MOS-2026-00001") != anonymise.pseudonym(b"j" * 32, "MOS-2026-00001")
    assert anonymise.pseudonym(key, "12", "household") != anonymise.pseudonym(key, "12")
    assert anonymise.age_on(dt.date(2020, 11, 26), TODAY) == 5 and anonymise.age_on(dt.date(2020, 11, 25), TODAY) == 6
    assert anonymise.age_on(None, TODAY) is None and anonymise.age_on(dt.date(2027, 1, 1), TODAY) is None
    assert [anonymise.age_band(a) for a in (0, 5, 6, 17, 18, 59, 60, None)] == \
        ["0-5", "0-5", "6-11", "12-17", "18-59", "18-59", "60+", ""]
    policy = anonymise.Policy(anonymised=True, key=key)
    assert not any(policy.keeps(kind) for kind in anonymise.IDENTIFYING)
    assert not policy.keeps(anonymise.SENSITIVE) and not policy.keeps("something new")
    assert policy.keeps(anonymise.PLAIN) and policy.keeps(anonymise.FILE_NUMBER)
    named = anonymise.Policy(anonymised=False)
    assert all(named.keeps(kind) for kind in anonymise.IDENTIFYING) and not named.keeps(anonymise.SENSITIVE)
    assert named.value(anonymise.FILE_NUMBER, "MOS-1") == "MOS-1"
    with pytest.raises(ValueError):
        anonymise.Policy(anonymised=True)


def test_every_export_column_is_declared_with_a_known_kind():
    # Minimisation (D3): only listed columns are exported, each judged by its kind; a new column of
    # the person table appears in no export by itself.
    for kind, columns in COLUMNS.items():
        assert len({c.key for c in columns}) == len(columns), kind
        assert all(c.kind in anonymise.KINDS for c in columns)
    people_keys = {c.key for c in COLUMNS["people"]}
    assert "search_key" not in people_keys and "notes" not in people_keys and "place_of_birth" not in people_keys


# ---- sensitive fields ------------------------------------------------------------------------------------


def _sign_in(vault_path: Path, name: str, password: str = PASSWORD):
    """One vault per process is open at a time (its lock): the caller closed the other session."""
    return Vault.open(vault_path).unlock(name, password)


def test_sensitive_fields_only_for_an_administrator_who_allows_them_and_audited(office, tmp_path, vault_path):
    session, ids, _apps = office
    result, path = _export(session, tmp_path, "people", lang="en", anonymised=False)
    assert not set(result.columns) & set(export_data.SENSITIVE_FIELDS)
    assert "SENSNOTEQ" not in _all_parts(path)
    # An administrator who may see sensitive fields allows them for this one export.
    assert export_data.may_include_sensitive(session)
    result, path = _export(session, tmp_path, "people", "s.xlsx", lang="en", include_sensitive=True)
    rows = {r["File number"]: r for r in _rows(_data(path)[1])}
    assert len(rows) == result.rows
    flagged = [r for r in rows.values() if r["Perceived affiliation"]]
    assert len(flagged) == 1 and flagged[0]["GBV disclosed"] is True and flagged[0]["Threats received"] is False
    assert "SENSNOTEQ" not in _all_parts(path)  # the free-text notes never leave
    with session.transaction() as db:
        allowed = db.scalar(select(AuditEntry).where(AuditEntry.action == "export_sensitive_allowed"))
        assert allowed.username == "admin" and json.loads(allowed.details)["rows"] == result.rows
    # A manager who may see them, and an administrator who may not: refused, and the refusal audited.
    users.add_user(session, "manager1", PASSWORD, role="manager", must_change_password=False,
                   can_view_sensitive=True)
    users.add_user(session, "admin2", PASSWORD, role="admin", must_change_password=False)
    session.vault.close()
    for name in ("manager1", "admin2"):
        other = _sign_in(vault_path, name)
        try:
            assert not export_data.may_include_sensitive(other)
            with pytest.raises(SensitiveExportRefused):
                _export(other, tmp_path, "people", f"{name}.xlsx", include_sensitive=True)
        finally:
            other.vault.close()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["people.xlsx", "s.xlsx"]
    session = _sign_in(vault_path, "admin", ADMIN_PASSWORD)
    try:
        with session.transaction() as db:
            refusals = db.execute(select(AuditEntry.username, AuditEntry.details)
                                  .where(AuditEntry.action == "permission_denied")).all()
    finally:
        session.vault.close()
    assert sorted(name for name, _ in refusals) == ["admin2", "manager1"]
    assert all(json.loads(details) == {"action": "export_sensitive", "kind": "people"} for _, details in refusals)


# ---- permission, audit ------------------------------------------------------------------------------------


def test_export_needs_the_export_permission_and_is_audited_without_data(office, tmp_path, vault_path):
    session, _ids, _apps = office
    users.add_user(session, "staff1", PASSWORD, role="staff", must_change_password=False)
    session.vault.close()
    staff = _sign_in(vault_path, "staff1")
    try:
        with pytest.raises(PermissionDenied):
            _export(staff, tmp_path, "people", "staff.xlsx")
    finally:
        staff.vault.close()
    assert not (tmp_path / "out" / "staff.xlsx").exists()
    session = _sign_in(vault_path, "admin", ADMIN_PASSWORD)
    result, path = _export(session, tmp_path, "people", filters=PeopleFilter(sex="F", search="FIRSTQ1"), lang="en")
    with session.transaction() as db:
        entry = db.scalar(select(AuditEntry).where(AuditEntry.action == "export_list"))
    details = json.loads(entry.details)
    assert entry.username == "admin" and entry.entity_id == "people"
    assert details["rows"] == result.rows and details["anonymised"] is True and details["sensitive"] is False
    assert details["filters"] == {"sex": "F", "search": True}
    assert details["columns"] == list(result.columns) and details["pseudonym_key"] == "default"
    assert "FIRSTQ1" not in entry.details and "MOS-2026" not in entry.details
    session.vault.close()


# ---- cancel and faults --------------------------------------------------------------------------------------


def _openpyxl_scratch() -> set[str]:
    return {name for name in os.listdir(tempfile.gettempdir()) if name.startswith("openpyxl")}


def test_cancel_leaves_no_file_no_scratch_and_no_audit(office, tmp_path, monkeypatch):
    session, _ids, _apps = office
    monkeypatch.setattr(export_data, "PAGE", 4)
    before = _openpyxl_scratch()
    calls = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ExportCancelled):
        export_list(session, ExportRequest("people", lang="en"), out / "c.xlsx", progress=progress,
                    cancelled=lambda: len(calls) >= 2, today=TODAY)
    assert calls == [(0, 13), (4, 13)]
    assert list(out.iterdir()) == [] and _openpyxl_scratch() == before
    with session.transaction() as db:
        assert db.scalar(select(AuditEntry).where(AuditEntry.action == "export_list")) is None
    # Uncancelled, progress reaches the total page by page.
    calls.clear()
    export_list(session, ExportRequest("people", lang="en"), out / "d.xlsx", progress=progress, today=TODAY)
    assert calls == [(0, 13), (4, 13), (8, 13), (12, 13), (13, 13)]
    assert [p.name for p in out.iterdir()] == ["d.xlsx"] and _openpyxl_scratch() == before


def test_disk_full_half_way_leaves_nothing_and_the_old_file_stays(office, tmp_path, monkeypatch):
    session, _ids, _apps = office
    out = tmp_path / "usb"
    out.mkdir()
    (out / "people.xlsx").write_bytes(b"earlier")
    import xlsxwriter

    def store_half(self) -> None:
        self.filename.write(b"PK\x03\x04 half a workbook")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(xlsxwriter.Workbook, "_store_workbook", store_half)
    with pytest.raises(DiskFull):
        export_list(session, ExportRequest("people"), out / "people.xlsx", today=TODAY)
    assert [p.name for p in out.iterdir()] == ["people.xlsx"] and (out / "people.xlsx").read_bytes() == b"earlier"
    monkeypatch.undo()
    # Full while the rows stream (a page fails): the scratch files go too.
    monkeypatch.setattr(export_data, "PAGE", 4)
    real_rows, pages_read = export_data.export_rows, []

    def second_page_fails(*args, **kwargs):
        pages_read.append(1)
        if len(pages_read) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_rows(*args, **kwargs)

    monkeypatch.setattr(export_data, "export_rows", second_page_fails)
    before = _openpyxl_scratch()
    with pytest.raises(DiskFull):
        export_list(session, ExportRequest("people"), out / "people.xlsx", today=TODAY)
    assert [p.name for p in out.iterdir()] == ["people.xlsx"] and _openpyxl_scratch() == before
    assert len(pages_read) == 2
    with session.transaction() as db:
        assert db.scalar(select(AuditEntry).where(AuditEntry.action == "export_list")) is None


def test_read_only_folder_and_bad_paths_get_clear_messages(office, tmp_path, monkeypatch):
    session, _ids, _apps = office
    locked = tmp_path / "locked"
    locked.mkdir()
    if os.geteuid() == 0:  # root writes anywhere: the refusal a read-only drive gives is injected
        def refuse(*args, **kwargs):
            raise OSError(errno.EROFS, "Read-only file system")

        monkeypatch.setattr(tempfile, "mkstemp", refuse)
    else:
        locked.chmod(0o500)
    try:
        with pytest.raises(ExportFolderNotWritable) as refused:
            export_list(session, ExportRequest("people"), locked / "people.xlsx", today=TODAY)
        assert "read-only" in str(refused.value)
    finally:
        locked.chmod(0o700)
        monkeypatch.undo()
    assert list(locked.iterdir()) == []
    with pytest.raises(ValidationError) as wrong:
        export_list(session, ExportRequest("people"), tmp_path / "people.csv", today=TODAY)
    assert ".xlsx" in str(wrong.value)
    with pytest.raises(ValidationError) as missing:
        export_list(session, ExportRequest("people"), tmp_path / "nowhere" / "people.xlsx", today=TODAY)
    assert "does not exist" in str(missing.value)
    with pytest.raises(export_data.UnknownExportKind):
        export_list(session, ExportRequest("cats"), tmp_path / "cats.xlsx", today=TODAY)


# ---- LibreOffice ------------------------------------------------------------------------------------------


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed (apt: libreoffice-calc-nogui; "
                                            "scripts/setup.sh installs it)")
def test_libreoffice_reads_the_text_and_evaluates_nothing(office, tmp_path):
    session, _ids, _apps = office
    _r, path = _export(session, tmp_path, "people", lang="ar", anonymised=False)
    profile = tmp_path / "lo-profile"
    # Every sheet to its own CSV (UTF-8, comma, quoted text): the data sheet is the second.
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                    'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
                    "--outdir", str(tmp_path / "csv"), str(path)],
                   check=True, capture_output=True, timeout=180)
    made = sorted((tmp_path / "csv").glob("*.csv"))
    assert len(made) == 2, made
    data = next(p for p in made if lists.TITLES["people"][1] in p.name)
    with data.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    assert header[:3] == ["رقم الملف", "الأسرة", "الاسم"]
    hostile = next(r for r in rows if r[0] == "MOS-2026-00099")
    by_header = dict(zip(header, hostile, strict=True))
    assert by_header["الاسم"] == INJECTIONS[0]  # the formula's text, not its result "c"
    assert by_header["اسم الأب"] == INJECTIONS[1] and by_header["اسم الجد"] == INJECTIONS[2]
    assert by_header["اللقب"] == INJECTIONS[3]
    assert by_header["القضاء"] == "=1+1"
    first = next(r for r in rows if r[0] == "MOS-2026-00001")
    assert dict(zip(header, first, strict=True))["تاريخ الميلاد"] == "1981-02-02"
    assert dict(zip(header, first, strict=True))["العمر"] == "45"


# ---- sanad export ----------------------------------------------------------------------------------------


def test_sanad_export_command(office, tmp_path, vault_path, monkeypatch, capsys):
    from desktop.cli import main

    session, _ids, _apps = office
    session.vault.close()
    monkeypatch.setenv("SANAD_PASSWORD", "correct-horse-battery-1")
    out = tmp_path / "cli.xlsx"
    assert main(["export", "applications", "--out", str(out), "--vault", str(vault_path), "--lang", "en",
                 "--overdue", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["rows"] == 3 and printed["anonymised"] is True and "person_name" not in printed["columns"]
    rows = _rows(_data(out)[1])
    assert len(rows) == 3 and all(r["File number"].startswith("P-") for r in rows)
    assert main(["export", "people", "--out", str(tmp_path / "named.xlsx"), "--vault", str(vault_path), "--named",
                 "--sex", "F", "--period", str(dt.date.today().year)]) == 0  # the year they were registered
    assert "with names" in capsys.readouterr().out
    workbook, sheet = _data(tmp_path / "named.xlsx")
    assert sheet.sheet_view.rightToLeft and sheet.max_row == 1 + 7
    # Bad input: a filter that does not apply, a bad period, a bad file name.
    assert main(["export", "hearings", "--out", str(tmp_path / "h.xlsx"), "--vault", str(vault_path),
                 "--district", "IQG15Q02"]) == 2
    assert main(["export", "people", "--out", str(tmp_path / "p.xlsx"), "--vault", str(vault_path),
                 "--period", "last month"]) == 1
    assert main(["export", "people", "--out", str(tmp_path / "p.txt"), "--vault", str(vault_path)]) == 1
    err = capsys.readouterr().err
    assert "does not apply" in err and "period" in err and ".xlsx" in err
    assert not (tmp_path / "h.xlsx").exists() and not (tmp_path / "p.xlsx").exists()


# ---- letters issued ----------------------------------------------------------------------------------------


def test_letters_issued_export_with_the_letters_list_filters(office, tmp_path):
    from db import letters

    session, ids, _apps = office
    first = letters.issue_letter(session, "health_referral", ids[0], lang="ar", today=TODAY)
    second = letters.issue_letter(session, "health_referral", ids[1], lang="en", today=TODAY)
    letters.cancel_letter(session, second.row.id, "TYPOQ in the name")
    result, path = _export(session, tmp_path, "letters", lang="en", anonymised=False)
    workbook, sheet = _data(path)
    rows = {r["Letter number"]: r for r in _rows(sheet)}
    assert result.rows == 2 and sheet.title == "Letters issued" and sheet.freeze_panes == "A2"
    mine = rows[first.row.reference]
    assert mine["File number"] == "MOS-2026-00001" and mine["Person"].startswith("FIRSTQ1")
    assert mine["Issued on"].date() == TODAY and mine["Language"] == "Arabic" and mine["State"] == "Issued"
    assert rows[second.row.reference]["State"] == "Cancelled"
    assert rows[second.row.reference]["Why cancelled"] == "TYPOQ in the name"
    result, path = _export(session, tmp_path, "letters", "issued.xlsx", lang="ar",
                           filters=letters.LetterFilter(state="issued"))
    text = _all_parts(path)
    assert result.rows == 1 and first.row.reference not in text and first.row.verification not in text
    assert "FIRSTQ1" not in text and "MOS-2026-00001" not in text and "TYPOQ" not in text
    result, _ = _export(session, tmp_path, "letters", "none.xlsx", period=export_data.parse_period("2025"))
    assert result.rows == 0


def test_rows_service_refuses_sensitive_fields_without_the_administrators_allowance(office, vault_path):
    # The page reader is a service of its own: it must not hand the sensitive profile to someone
    # with the export permission only, whoever calls it (R1, R2).
    session, ids, _apps = office
    users.add_user(session, "manager2", PASSWORD, role="manager", must_change_password=False,
                   can_view_sensitive=True)
    session.vault.close()
    other = _sign_in(vault_path, "manager2")
    try:
        labels = export_data.Labels(other, "en")
        with pytest.raises(SensitiveExportRefused):
            export_data.export_rows(other, "people", list(ids), labels, today=TODAY, include_sensitive=True)
        rows = export_data.export_rows(other, "people", list(ids), labels, today=TODAY)
        assert rows and not any(name in row for row in rows for name in export_data.SENSITIVE_FIELDS)
    finally:
        other.vault.close()


@pytest.mark.parametrize("kind", ["people", "households", "applications", "referrals", "hearings"])
def test_an_anonymised_export_never_reads_a_name_phone_or_address_from_the_vault(office, tmp_path, kind):
    # Data minimisation inside the process too: the page reader is told which columns the export
    # writes, selects only those, and returns nothing else (the people list never even reads a name).
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    session, _ids, _apps = office
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(Engine, "before_cursor_execute", seen)
    real_rows, returned = export_data.export_rows, []

    def keep(*args, **kwargs):
        rows = real_rows(*args, **kwargs)
        returned.extend(rows)
        return rows

    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(export_data, "export_rows", keep)
            result, _path = _export(session, tmp_path, kind, lang="en")
    finally:
        event.remove(Engine, "before_cursor_execute", seen)
    written = set(result.columns) | {"birth_date"}
    assert returned and all(set(row) <= written for row in returned)
    identifying = {c.key for c in COLUMNS[kind]
                   if c.kind in (anonymise.NAME, anonymise.PHONE, anonymise.ADDRESS, anonymise.FREE_TEXT)}
    assert identifying and not identifying & set().union(*returned)
    if kind == "people":
        reads = "\n".join(s for s in statements if "FROM people" in s)
        for column in ("first_name", "family_name", "mother_name", "name_latin", "phone", "neighbourhood"):
            assert f".{column}" not in reads, column


def test_a_list_longer_than_an_excel_sheet_is_refused_before_anything_is_written(office, tmp_path, monkeypatch):
    # Excel holds 1,048,576 rows a sheet; the writer would drop the rest without a word.
    session, _ids, _apps = office
    monkeypatch.setattr(lists, "MAX_ROWS", 12)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ValidationError) as refused:
        export_list(session, ExportRequest("people", lang="en"), out / "p.xlsx", today=TODAY)
    assert "13 rows" in str(refused.value) and "12 at most" in str(refused.value)
    assert list(out.iterdir()) == []
    result = export_list(session, ExportRequest("people", PeopleFilter(sex="F"), lang="en"), out / "p.xlsx",
                         today=TODAY)
    assert result.rows == 7


def test_anonymised_rows_are_in_an_order_that_does_not_follow_the_file_numbers(office, tmp_path, monkeypatch):
    # Found in review: row n of an anonymised list was file n, so the numbering linked pseudonyms back.
    session, _ids, _apps = office  # 13 people: two shuffles agree with each other or the numbering 1 in 13!
    key = export_data.pseudonym_key(session)
    _r, named = _export(session, tmp_path, "people", "named.xlsx", lang="en", anonymised=False)
    by_number = [anonymise.pseudonym(key, row["File number"]) for row in _rows(_data(named)[1])]
    orders = []
    for name in ("a.xlsx", "b.xlsx"):
        _r, path = _export(session, tmp_path, "people", name, lang="en")
        orders.append([row["File number"] for row in _rows(_data(path)[1])])
    assert sorted(orders[0]) == sorted(by_number) == sorted(orders[1])
    assert orders[0] != by_number and orders[1] != by_number and orders[0] != orders[1]
    assert "random order" in _all_parts(path)  # and the cover says so


def test_a_period_is_whole_days_of_the_office_clock_as_in_the_report(office, tmp_path, monkeypatch):
    # Found in review: the list placed registrations by their UTC day, the report by the office's.
    import time

    from db import indicators

    session, ids, _apps = office
    monkeypatch.setenv("TZ", "Asia/Baghdad")  # UTC+3 all year
    time.tzset()
    try:
        with session.transaction() as db:
            late = db.get(Person, ids[0])
            late.created_at = dt.datetime(2026, 10, 31, 22, 30)  # 01:30 on 1 November in Mosul
            number = late.file_number
        october = export_data.parse_period("2026-10")
        november = export_data.parse_period("2026-11")
        _r, path = _export(session, tmp_path, "people", "oct.xlsx", lang="en", anonymised=False, period=october)
        assert number not in {row["File number"] for row in _rows(_data(path)[1])}
        _r, path = _export(session, tmp_path, "people", "nov.xlsx", lang="en", anonymised=False, period=november)
        row = next(row for row in _rows(_data(path)[1]) if row["File number"] == number)
        assert row["Registered on"].date() == dt.date(2026, 11, 1)
        listed = len(_rows(_data(path)[1]))
        report = indicators.compute_report(session, november, threshold=1, codes=["people_registered"])
        assert report.result("people_registered").count(None) == listed
    finally:
        monkeypatch.undo()
        time.tzset()


def test_age_groups_are_the_office_setting_the_report_uses(office, tmp_path):
    # Found in review: the list had fixed groups while the report read the office's setting.
    from db import office as office_settings

    session, _ids, _apps = office
    _r, path = _export(session, tmp_path, "people", "default.xlsx", lang="en")
    groups = {row["Age group"] for row in _rows(_data(path)[1])} - {None}
    assert groups and groups <= {"0-5", "6-11", "12-17", "18-59", "60+"}
    office_settings.save_settings(session, {"report_age_bands": "0-17,18-49,50+"})
    result, path = _export(session, tmp_path, "people", "office.xlsx", lang="en", anonymised=False)
    rows = _rows(_data(path)[1])
    for row in rows:
        age, group = row["Age"], row["Age group"]
        if age is None:
            assert group is None
        else:
            assert group == ("0-17" if age <= 17 else "18-49" if age <= 49 else "50+"), (age, group)
    assert any(row["Age group"] == "18-49" for row in rows)


def test_sensitive_fields_are_refused_for_a_list_that_has_none(office, tmp_path):
    # Found in review: the households file said "Sensitive fields included: Yes" and the audit
    # recorded an allowance, for a list without such a column.
    session, _ids, _apps = office
    out = tmp_path / "out"
    out.mkdir()
    for kind in ("households", "applications", "referrals", "hearings", "letters"):
        with pytest.raises(ValidationError) as refused:
            export_list(session, ExportRequest(kind, include_sensitive=True, anonymised=False), out / f"{kind}.xlsx",
                        today=TODAY)
        assert "no sensitive fields" in str(refused.value)
    assert list(out.iterdir()) == []
    with session.transaction() as db:
        assert db.scalar(select(AuditEntry).where(AuditEntry.action == "export_sensitive_allowed")) is None


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_heading_fits_its_column_or_wraps_in_a_row_tall_enough(office, tmp_path, lang):
    # Found in review: long headings ("Waiting for another application") were cut off.
    import math

    session, _ids, _apps = office
    for kind in ("people", "applications", "referrals", "hearings", "households", "letters"):
        _r, path = _export(session, tmp_path, kind, f"{kind}-{lang}.xlsx", lang=lang, anonymised=False)
        sheet = _data(path)[1]
        height = sheet.row_dimensions[1].height
        # (Columns of one width are stored as one range, which openpyxl keeps under its first letter.)
        widths = {n: d.width for d in sheet.column_dimensions.values() for n in range(d.min, d.max + 1)}
        for cell in sheet[1]:
            width = widths[cell.column]
            lines = math.ceil(len(cell.value) / max(width - 1, 1))
            assert cell.font.b and (lines == 1 or (cell.alignment.wrap_text and height >= 15 * min(lines, 3))), \
                (kind, cell.value, width, height)
            assert lines <= 3, (kind, cell.value, width)


def test_what_a_killed_export_left_behind_goes_at_the_next_export_to_that_folder(office, tmp_path):
    # Found in review: after kill -9 the folder kept a scratch folder of plain-text rows and a
    # staged .part file. The next file written there removes them once nothing has written to
    # them for a while; an export still running (a fresh scratch folder) keeps its staged file.
    import time

    from db import files

    session, _ids, _apps = office
    out = tmp_path / "usb"
    out.mkdir()
    old = time.time() - files.STALE_AFTER - 60
    stale_scratch = out / f"{files.SCRATCH_PREFIX}k1l2"
    stale_scratch.mkdir()
    (stale_scratch / "tmpabc").write_text("<row>FIRSTQ1 07700000001</row>")
    stale_part = out / ".named.xlsx.x7y8.part"
    stale_part.write_bytes(b"PK half")
    for path in (stale_scratch / "tmpabc", stale_scratch, stale_part):
        os.utime(path, (old, old))
    running = out / f"{files.SCRATCH_PREFIX}live"
    running.mkdir()
    (running / "tmpdef").write_text("<row>being written</row>")
    mine = out / "notes.part"  # not Sanad's (no leading dot): never touched
    mine.write_text("keep")
    os.utime(mine, (old, old))

    export_list(session, ExportRequest("people", lang="en"), out / "p.xlsx", today=TODAY)
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([running.name, ".named.xlsx.x7y8.part", "notes.part", "p.xlsx"])  # a run is on
    shutil.rmtree(running)
    export_list(session, ExportRequest("people", lang="en"), out / "q.xlsx", today=TODAY)
    assert sorted(p.name for p in out.iterdir()) == ["notes.part", "p.xlsx", "q.xlsx"]
