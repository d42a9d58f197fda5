"""Places as p-codes: importing COD-AB tables as other tools write them (Excel's CSV flavours,
openpyxl workbooks with extra sheets and columns), idempotent re-imports, renames, hostile files
(security cases X4-X7), office places, permissions, and the names shown for codes."""

from __future__ import annotations

import csv
import dataclasses
import io
import zipfile
from importlib import resources
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from db import locations
from db.errors import NoSuchRecord, PermissionDenied, ValidationError
from db.locations import ImportRefused
from db.models import AuditEntry, Location
from db.permissions import Role
from db.session import UserSession
from db.validation import HouseholdInput, validate_household
from tests.conftest import dump_hash

COD_AB = resources.files("db").joinpath("data", "cod_ab_irq.csv")

HEADER = ["ADM3_EN", "ADM3_AR", "ADM3_PCODE", "ADM2_EN", "ADM2_AR", "ADM2_PCODE", "ADM1_EN", "ADM1_AR", "ADM1_PCODE"]
NINEWA = [
    ["Al-Qayarra", "القيارة", "IQG15Q05N01", "Al-Mosul", "الموصل", "IQG15Q05", "Ninewa", "نينوى", "IQG15"],
    ["Hammam Al-Alil", "حمام العليل", "IQG15Q05N02", "Al-Mosul", "الموصل", "IQG15Q05", "Ninewa", "نينوى", "IQG15"],
    ["Bartilla", "برطلة", "IQG15Q03N02", "Al-Hamdaniya", "الحمدانية", "IQG15Q03", "Ninewa", "نينوى", "IQG15"],
]


def count(session) -> int:
    with session.transaction() as db:
        return db.scalar(select(func.count()).select_from(Location))


def write_csv(path: Path, rows, *, delimiter=",", encoding="utf-8", header=HEADER) -> Path:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def staff_of(admin) -> UserSession:
    return UserSession(admin.vault, dataclasses.replace(admin.user, role=Role.STAFF))


# --- The shipped table ----------------------------------------------------------------------------


def test_shipped_cod_ab_table_imports_whole_with_ninewa_and_its_nine_districts(admin):
    with resources.as_file(COD_AB) as path:
        report = locations.import_cod_ab(admin, path)
    assert report.problems == []
    assert report.rows_read == 294
    assert len(report.added) == 18 + 101 + 294 == count(admin)
    ninewa = locations.places(admin, parent="IQG15")
    assert {p.pcode: p.name_en for p in ninewa} == {
        "IQG15Q01": "Aqra", "IQG15Q02": "Al-Baaj", "IQG15Q03": "Al-Hamdaniya", "IQG15Q04": "Al-Hatra",
        "IQG15Q05": "Al-Mosul", "IQG15Q06": "Al-Shikhan", "IQG15Q07": "Sinjar", "IQG15Q08": "Telafar",
        "IQG15Q09": "Tilkaef",
    }
    assert locations.label(admin, "IQG15", "ar") == "نينوى"
    assert locations.labels(admin, ["IQG15Q05N02", "IQG01Q01"], "ar") == {
        "IQG15Q05N02": "حمام العليل", "IQG01Q01": "الفلوجة"}
    # Cleaned on the way in: the table writes one district with a leading no-break space.
    assert locations.place(admin, "IQG04Q02").name_ar == "المناذرة"


def test_reimport_is_idempotent(admin):
    with resources.as_file(COD_AB) as path:
        locations.import_cod_ab(admin, path)
        before = dump_hash(admin)
        report = locations.import_cod_ab(admin, path)
    assert (len(report.added), len(report.renamed), report.unchanged, report.missing) == (0, 0, 413, [])
    assert dump_hash(admin) == before


# --- Files as other tools write them ---------------------------------------------------------------


def test_csv_with_bom_and_semicolons_as_excel_saves_it(admin, tmp_path):
    path = tmp_path / "places.csv"
    write_csv(path, NINEWA, delimiter=";", encoding="utf-8-sig")
    report = locations.import_cod_ab(admin, path)
    assert report.problems == [] and report.rows_read == 3
    assert sorted(p.pcode for p in report.added) == [
        "IQG15", "IQG15Q03", "IQG15Q03N02", "IQG15Q05", "IQG15Q05N01", "IQG15Q05N02"]
    assert locations.place(admin, "IQG15Q03N02") == locations.Place(
        "IQG15Q03N02", 3, "IQG15Q03", "برطلة", "Bartilla", True, "cod-ab")


def test_utf16_tab_separated_unicode_text_from_excel(admin, tmp_path):
    path = tmp_path / "places.txt"
    write_csv(path, NINEWA, delimiter="\t", encoding="utf-16")  # with a byte-order mark, as Excel writes it
    report = locations.import_cod_ab(admin, path)
    assert report.problems == [] and len(report.added) == 6
    assert locations.label(admin, "IQG15Q05N02", "ar") == "حمام العليل"


def test_utf16_without_byte_order_mark(admin, tmp_path):
    path = tmp_path / "places.csv"
    write_csv(path, NINEWA, delimiter="\t", encoding="utf-16-le")
    assert len(locations.import_cod_ab(admin, path).added) == 6


def test_cod_ab_tabular_workbook_with_a_sheet_per_level_extra_columns_and_a_cover_sheet(admin, tmp_path):
    workbook = openpyxl.Workbook()
    cover = workbook.active
    cover.title = "Read me"
    cover.append(["Iraq administrative levels 0-3, from CSO and OCHA"])
    cover.append(["Licence", "CC BY-IGO"])
    adm1 = workbook.create_sheet("irq_adm1")
    adm1.append(["ADM0_EN", "ADM0_PCODE", "ADM1_EN", "ADM1_AR", "ADM1_PCODE", "ADM1_REF", "validOn"])
    adm1.append(["Iraq", "IQ", "Ninewa", "نينوى", "IQG15", None, "2019-06-03"])
    adm1.append(["Iraq", "IQ", "Erbil", "اربيل", "IQG11", None, "2019-06-03"])
    adm2 = workbook.create_sheet("irq_adm2")
    adm2.append(["adm1_pcode", "adm2_en", "ADM2_AR", "ADM2_PCODE", "Shape_Area", "ADM2ALT1EN"])
    adm2.append(["IQG15", "Al-Mosul", "الموصل", "IQG15Q05", 0.25, "Mosul"])
    adm2.append([])  # a blank line between blocks
    adm2.append(["IQG11", "Erbil", "اربيل", "IQG11Q03", 0.5, None])
    adm3 = workbook.create_sheet("irq_adm3")
    adm3.append(["ADM3_PCODE", "ADM3_EN", "ADM3_AR", "ADM2_PCODE", "ADM1_PCODE", "notes"])
    adm3.append(["IQG15Q05N04", "Al-Muhamadath", "المحمداث", "IQG15Q05", "IQG15", "Mosul city is here"])
    path = tmp_path / "irq_adminboundaries_tabulardata.xlsx"
    workbook.save(path)

    report = locations.import_cod_ab(admin, path)
    assert report.problems == []
    assert sorted(p.pcode for p in report.added) == ["IQG11", "IQG11Q03", "IQG15", "IQG15Q05", "IQG15Q05N04"]
    assert locations.place(admin, "IQG15Q05N04").parent_pcode == "IQG15Q05"


def test_older_admin1pcode_column_style(admin, tmp_path):
    path = tmp_path / "old.csv"
    header = ["admin1Name_en", "admin1Name_ar", "admin1Pcode", "admin2Name_en", "admin2Name_ar", "admin2Pcode"]
    write_csv(path, [["Ninewa", "نينوى", "IQG15", "Sinjar", "سنجار", "IQG15Q07"]], header=header)
    report = locations.import_cod_ab(admin, path)
    assert [p.pcode for p in report.added] == ["IQG15", "IQG15Q07"]


# --- Upserting -------------------------------------------------------------------------------------


def test_renames_are_reported_and_written_nothing_is_deleted(admin, tmp_path):
    locations.import_cod_ab(admin, write_csv(tmp_path / "first.csv", NINEWA))
    newer = [list(row) for row in NINEWA[:2]]
    newer[1][0] = "Hamam al-Alil"  # a respelling in a newer table; Bartilla's row is gone
    newer.append(["Bashiqa", "بعشيقة", "IQG15Q05N03", "Al-Mosul", "الموصل", "IQG15Q05", "Ninewa", "نينوى", "IQG15"])
    path = write_csv(tmp_path / "newer.csv", newer)

    before = dump_hash(admin)
    preview = locations.import_cod_ab(admin, path, dry_run=True)
    assert dump_hash(admin) == before  # a dry run writes nothing
    report = locations.import_cod_ab(admin, path)
    for r in (preview, report):
        assert [p.pcode for p in r.added] == ["IQG15Q05N03"]
        assert r.renamed == [locations.Renamed("IQG15Q05N02", "حمام العليل", "Hammam Al-Alil",
                                               "حمام العليل", "Hamam al-Alil")]
        assert r.missing == ["IQG15Q03", "IQG15Q03N02"]  # reported, kept
    assert locations.label(admin, "IQG15Q05N02", "en") == "Hamam al-Alil"
    assert locations.place(admin, "IQG15Q03N02") is not None
    with admin.transaction() as db:
        renames = db.scalars(select(AuditEntry).where(AuditEntry.entity == "location", AuditEntry.action == "update"))
        assert [e.entity_id for e in renames] == ["IQG15Q05N02"]
        summary = db.scalars(select(AuditEntry).where(AuditEntry.action == "locations_imported")).all()
        assert len(summary) == 2


def test_import_leaves_office_places_and_deactivation_alone(admin, tmp_path):
    path = write_csv(tmp_path / "places.csv", NINEWA)
    locations.import_cod_ab(admin, path)
    office = locations.add_place(admin, "IQG15Q05", "مركز الموصل", "Mosul Centre")
    locations.set_active(admin, "IQG15Q05N01", False)
    report = locations.import_cod_ab(admin, path)
    assert report.missing == [] and report.added == []
    assert locations.place(admin, office.pcode) == office
    assert locations.place(admin, "IQG15Q05N01").active is False


def test_rows_with_problems_are_listed_by_row_and_the_rest_imported(admin, tmp_path):
    rows = [
        NINEWA[0],
        ["Nowhere", "لا مكان", "IQG15Q5N01", "Al-Mosul", "الموصل", "IQG15Q05", "Ninewa", "نينوى", "IQG15"],  # row 3
        ["Misplaced", "خطأ", "IQG11Q03N01", "Al-Mosul", "الموصل", "IQG15Q05", "Ninewa", "نينوى", "IQG15"],  # row 4
        ["No Arabic", "", "IQG15Q05N09", "Al-Mosul", "الموصل", "IQG15Q05", "Ninewa", "نينوى", "IQG15"],  # row 5
        ["=HYPERLINK(\"http://x\",\"c\")", "x", "IQG15Q05N08", "Al-Mosul", "الموصل", "IQG15Q05",
         "Ninewa", "نينوى", "IQG15"],  # row 6
        ["Office", "مكتب", "IQG15Q05X01", "Al-Mosul", "الموصل", "IQG15Q05", "Ninewa", "نينوى", "IQG15"],  # row 7
        ["Hammam", "حمام", "IQG15Q05N01", "Al-Mosul", "الموصل", "IQG15Q05", "Ninewa", "نينوى", "IQG15"],  # row 8
        NINEWA[1],
    ]
    report = locations.import_cod_ab(admin, write_csv(tmp_path / "mixed.csv", rows))
    problems = {p.row: str(p) for p in report.problems}
    assert problems == {
        3: "row 3: IQG15Q5N01 is not a COD-AB code for a sub-district.",
        4: "row 4: IQG11Q03N01 cannot lie in IQG15Q05: its code does not begin with IQG15Q05.",
        5: "row 5: IQG15Q05N09 has no Arabic name.",
        6: 'row 6: A cell holds a formula (=HYPERLINK("http://x","c")); p-codes and place names must be plain text.',
        7: "row 7: IQG15Q05X01 is not a COD-AB code for a sub-district.",
        8: "row 8: IQG15Q05N01 appears again with other names (حمام / Hammam); the first row's names were kept.",
    }
    assert sorted(p.pcode for p in report.added) == ["IQG15", "IQG15Q05", "IQG15Q05N01", "IQG15Q05N02"]
    assert locations.label(admin, "IQG15Q05N01", "en") == "Al-Qayarra"


def test_formula_cells_in_a_workbook_are_flagged_never_evaluated(admin, tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["ADM1_PCODE", "ADM1_EN", "ADM1_AR"])
    sheet.append(["IQG15", "Ninewa", "نينوى"])
    sheet.append(["IQG11", "=cmd|' /c calc'!A1", "اربيل"])
    sheet.append(["IQG12", "@SUM(A1)", "كربلاء"])
    path = tmp_path / "formulas.xlsx"
    workbook.save(path)
    report = locations.import_cod_ab(admin, path)
    assert [p.pcode for p in report.added] == ["IQG15"]
    assert [(p.row, p.text) for p in report.problems] == [(3, locations._FORMULA), (4, locations._FORMULA)]


def test_a_district_whose_governorate_is_nowhere_is_refused(admin, tmp_path):
    path = write_csv(tmp_path / "adm2.csv", [["IQG15Q07", "Sinjar", "سنجار", "IQG15"]],
                     header=["ADM2_PCODE", "ADM2_EN", "ADM2_AR", "ADM1_PCODE"])
    report = locations.import_cod_ab(admin, path)
    assert report.added == []
    assert [str(p) for p in report.problems] == [
        "row 2: IQG15Q07 lies in IQG15, which is neither in the file nor in Sanad."]
    # Once the governorate is in Sanad, the same file places the district.
    locations.import_cod_ab(admin, write_csv(tmp_path / "adm1.csv", [["IQG15", "Ninewa", "نينوى"]],
                                             header=["ADM1_PCODE", "ADM1_EN", "ADM1_AR"]))
    assert [p.pcode for p in locations.import_cod_ab(admin, path).added] == ["IQG15Q07"]


# --- Hostile and broken files: one message each, nothing written ------------------------------------


def _write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _zip(path: Path, members: dict[str, bytes], *, compression=zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _valid_xlsx_members(tmp_path: Path) -> dict[str, bytes]:
    workbook = openpyxl.Workbook()
    workbook.active.append(["ADM1_PCODE", "ADM1_EN", "ADM1_AR"])
    workbook.active.append(["IQG15", "Ninewa", "نينوى"])
    source = tmp_path / "source.xlsx"
    workbook.save(source)
    with zipfile.ZipFile(source) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _forged_dimension(tmp_path: Path, rows: int) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["ADM1_PCODE", "ADM1_EN", "ADM1_AR"])
    for _ in range(rows):
        sheet.append(["IQG15", "Ninewa", "نينوى"])
    plain = tmp_path / "plain.xlsx"
    workbook.save(plain)
    with zipfile.ZipFile(plain) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    xml = members["xl/worksheets/sheet1.xml"].decode()
    start = xml.index("<dimension ref=\"")
    end = xml.index("/>", start)
    members["xl/worksheets/sheet1.xml"] = (xml[:start] + '<dimension ref="A1:XFD1048576"' + xml[end:]).encode()
    return _zip(tmp_path / "forged.xlsx", members)


HOSTILE = {
    "empty file": (lambda tmp: _write(tmp / "empty.csv", b""), locations._EMPTY_FILE),
    "text renamed .xlsx": (
        lambda tmp: _write(tmp / "notes.xlsx", "ADM1_PCODE,ADM1_EN,ADM1_AR\nIQG15,Ninewa,نينوى\n"),
        locations._NOT_A_WORKBOOK),
    "password-protected xlsx (OLE)": (
        lambda tmp: _write(tmp / "locked.xlsx",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptionInfo".encode("utf-16-le") + bytes(512)),
        locations._ENCRYPTED),
    "legacy .xls": (
        lambda tmp: _write(tmp / "old.xls",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "Workbook".encode("utf-16-le") + bytes(512)),
        locations._LEGACY_XLS),
    "zip with ../ names": (
        lambda tmp: _zip(tmp / "escape.xlsx", {**_valid_xlsx_members(tmp), "../../evil.txt": b"x"}),
        locations._UNSAFE_ZIP),
    "zip bomb": (
        lambda tmp: _zip(tmp / "bomb.xlsx", {**_valid_xlsx_members(tmp), "xl/media/big.bin": bytes(20_000_000)}),
        locations._UNSAFE_ZIP),
    "macro workbook (.xlsm)": (
        lambda tmp: _zip(tmp / "macros.xlsm", {**_valid_xlsx_members(tmp), "xl/vbaProject.bin": b"\x00" * 64}),
        locations._MACROS),
    "xlsx without xl/workbook.xml": (
        lambda tmp: _zip(tmp / "broken.xlsx", {
            k: v for k, v in _valid_xlsx_members(tmp).items() if k != "xl/workbook.xml"}),
        locations._NOT_A_WORKBOOK),
    "damaged xlsx": (
        lambda tmp: _zip(tmp / "damaged.xlsx", {
            **_valid_xlsx_members(tmp), "xl/workbook.xml": b"<workbook><sheets><sheet"}),
        locations._NOT_A_WORKBOOK),
    "binary file named .csv": (
        lambda tmp: _write(tmp / "photo.csv", bytes(range(256)) * 40), locations._NOT_TEXT),
    "windows-1256 text": (
        lambda tmp: _write(tmp / "ansi.csv", "ADM1_PCODE,ADM1_AR\nIQG15,نينوى\n".encode("cp1256")),
        locations._NOT_TEXT),
    "a table of something else": (
        lambda tmp: write_csv(tmp / "people.csv", [["Fatima", "Ahmed"]], header=["first", "father"]),
        locations._NO_COLUMNS),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_file_gives_its_message_and_leaves_places_unchanged(admin, tmp_path, case):
    locations.import_cod_ab(admin, write_csv(tmp_path / "good.csv", NINEWA))
    before = dump_hash(admin)
    make, message = HOSTILE[case]
    path = make(tmp_path)
    with pytest.raises(ImportRefused) as refused:
        locations.import_cod_ab(admin, path)
    assert refused.value.text == message
    assert "Nothing was imported" in str(refused.value)
    assert dump_hash(admin) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("tmp")) == []


def test_forged_dimension_and_too_many_rows_stop_at_the_cap(admin, tmp_path, monkeypatch):
    monkeypatch.setattr(locations, "MAX_ROWS", 1_000)
    path = _forged_dimension(tmp_path, 1_500)
    before = dump_hash(admin)
    with pytest.raises(ImportRefused) as refused:
        locations.import_cod_ab(admin, path)
    assert str(refused.value) == (
        "The file has more than 1,000 rows; a place table is far smaller. Nothing was imported.")
    assert dump_hash(admin) == before


def test_forged_dimension_within_the_cap_reads_the_real_rows(admin, tmp_path):
    report = locations.import_cod_ab(admin, _forged_dimension(tmp_path, 3))
    assert [p.pcode for p in report.added] == ["IQG15"] and report.unchanged == 0


def test_too_large_a_file_is_refused_before_reading(admin, tmp_path, monkeypatch):
    monkeypatch.setattr(locations, "MAX_FILE_BYTES", 100)
    path = write_csv(tmp_path / "big.csv", NINEWA)
    with pytest.raises(ImportRefused) as refused:
        locations.import_cod_ab(admin, path)
    assert refused.value.text == locations._TOO_BIG
    assert count(admin) == 0


def test_a_missing_file_is_a_message_not_a_crash(admin, tmp_path):
    with pytest.raises(ImportRefused) as refused:
        locations.import_cod_ab(admin, tmp_path / "gone.csv")
    assert str(refused.value) == "Sanad could not read the file gone.csv. Nothing was imported."


# --- Permissions -----------------------------------------------------------------------------------


def test_only_who_may_edit_settings_changes_places_everyone_may_read_them(admin, tmp_path):
    path = write_csv(tmp_path / "places.csv", NINEWA)
    locations.import_cod_ab(admin, path)
    staff = staff_of(admin)
    before = dump_hash(admin)
    for call in (
        lambda: locations.import_cod_ab(staff, path),
        lambda: locations.import_cod_ab(staff, path, dry_run=True),
        lambda: locations.add_place(staff, "IQG15Q05", "حي", "Quarter"),
        lambda: locations.rename_place(staff, "IQG15Q05", "الموصل", "Mosul"),
        lambda: locations.set_active(staff, "IQG15Q05", False),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert dump_hash(admin) == before
    assert [p.pcode for p in locations.places(staff, level=1)] == ["IQG15"]
    assert locations.label(staff, "IQG15Q05", "ar") == "الموصل"


# --- Office places ---------------------------------------------------------------------------------


def test_office_places_get_x_codes_that_households_accept(admin, tmp_path):
    locations.import_cod_ab(admin, write_csv(tmp_path / "places.csv", NINEWA))
    centre = locations.add_place(admin, "IQG15Q05", " مركز  الموصل ", "Mosul Centre")
    shura = locations.add_place(admin, "IQG15Q05", "الشورة", "Al-Shura")
    district = locations.add_place(admin, "IQG15", "قضاء تجريبي", "Office District")
    inside = locations.add_place(admin, district.pcode, "ناحية", "Office Sub-district")
    assert (centre.pcode, shura.pcode, district.pcode, inside.pcode) == (
        "IQG15Q05X01", "IQG15Q05X02", "IQG15X01", "IQG15X01X01")
    assert centre.name_ar == "مركز الموصل" and centre.source == "office" and centre.level == 3
    for governorate, dist, sub in (("IQG15", "IQG15Q05", centre.pcode), ("IQG15", district.pcode, inside.pcode)):
        assert validate_household(HouseholdInput(governorate, dist, sub, displacement_status="idp")) == []
    with admin.transaction() as db:
        created = db.scalars(select(AuditEntry.entity_id).where(
            AuditEntry.entity == "location", AuditEntry.action == "create", AuditEntry.entity_id.like("%X%")))
        assert sorted(created) == sorted([centre.pcode, shura.pcode, district.pcode, inside.pcode])


def test_office_place_codes_are_never_cod_ab_shapes_and_cod_ab_never_office_shapes():
    from db.validation import COD_AB_DISTRICT_PCODE, COD_AB_SUB_DISTRICT_PCODE, DISTRICT_PCODE, SUB_DISTRICT_PCODE

    for office in ("IQG15X01", "IQG15Q05X01", "IQG15X01X01"):
        assert not (COD_AB_DISTRICT_PCODE.fullmatch(office) or COD_AB_SUB_DISTRICT_PCODE.fullmatch(office))
        assert DISTRICT_PCODE.fullmatch(office) or SUB_DISTRICT_PCODE.fullmatch(office)
    assert not SUB_DISTRICT_PCODE.fullmatch("IQG15X01N01")  # OCHA codes never sit in an office district


def test_office_place_names_are_checked(admin, tmp_path):
    locations.import_cod_ab(admin, write_csv(tmp_path / "places.csv", NINEWA))
    cases = [
        (("IQG15Q05", "", "Quarter"), "name_ar", "Write the place's Arabic name."),
        (("IQG15Q05", "حي", " \u202e "), "name_en", "Write the place's English name."),
        (("IQG15Q05", "ح" * 121, "Quarter"), "name_ar", "A place name can be at most 120 characters."),
        (("IQG15Q05", "حي", "=1+1"), "name_en", "A place name cannot begin with = + - or @."),
        (("IQG15Q05", "القياره", "Somewhere"), "name_ar", "There is already a place called القيارة there."),
        (("IQG15Q05N01", "حي", "Quarter"), "parent",
         "Places go down to sub-districts; a place cannot be added inside the sub-district IQG15Q05N01."),
    ]
    before = count(admin)
    for args, field, text in cases:
        with pytest.raises(ValidationError) as error:
            locations.add_place(admin, *args)
        assert (error.value.field, str(error.value)) == (field, text)
    with pytest.raises(NoSuchRecord):
        locations.add_place(admin, "IQG99", "حي", "Quarter")
    assert count(admin) == before


def test_rename_and_deactivate(admin, tmp_path):
    locations.import_cod_ab(admin, write_csv(tmp_path / "places.csv", NINEWA))
    renamed = locations.rename_place(admin, "IQG15Q05N02", "حمام العليل", "Hammam al-Alil")
    assert renamed.name_en == "Hammam al-Alil"
    hidden = locations.set_active(admin, "IQG15Q05N02", False)
    assert hidden.active is False
    assert "IQG15Q05N02" not in [p.pcode for p in locations.places(admin, parent="IQG15Q05")]
    assert "IQG15Q05N02" in [p.pcode for p in locations.places(admin, parent="IQG15Q05", include_inactive=True)]
    assert locations.label(admin, "IQG15Q05N02", "en") == "Hammam al-Alil"  # records keep showing it
    with pytest.raises(ValidationError):
        locations.rename_place(admin, "IQG15Q05N02", "القيارة", "Hammam")
    with pytest.raises(NoSuchRecord):
        locations.set_active(admin, "IQG15Q05N99", True)


def test_labels_show_unknown_codes_as_themselves(admin):
    assert locations.labels(admin, ["IQG15Q05", "", "IQG15Q05N01"], "en") == {
        "IQG15Q05": "IQG15Q05", "IQG15Q05N01": "IQG15Q05N01"}
    assert locations.label(admin, None, "ar") == ""
    assert locations.unknown_pcodes(admin, ["IQG15", ""]) == {"IQG15"}


# --- The command line ------------------------------------------------------------------------------


def test_cli_imports_lists_and_refuses_a_hostile_file(tmp_path, monkeypatch, capsys):
    import json

    from desktop.cli import main

    vault = tmp_path / "cli.sanad"
    monkeypatch.setenv("SANAD_PASSWORD", "cli-office-pass-1")
    assert main(["init", "--vault", str(vault), "--office-en", "CLI Office"]) == 0
    capsys.readouterr()
    with resources.as_file(COD_AB) as path:
        # A new vault has the shipped table already: importing it again changes nothing.
        assert main(["locations", "list", "--json", "--vault", str(vault)]) == 0
        assert len(json.loads(capsys.readouterr().out)) == 413
        assert main(["locations", "import", str(path), "--dry-run", "--vault", str(vault)]) == 0
        assert capsys.readouterr().out.startswith("Would add 0 places, renamed 0, 413 unchanged (294 rows read).")
        assert main(["locations", "import", str(path), "--json", "--vault", str(vault)]) == 0
        report = json.loads(capsys.readouterr().out)
        assert (len(report["added"]), report["dry_run"], report["problems"]) == (0, False, [])
    assert main(["locations", "list", "--vault", str(vault)]) == 0
    assert "IQG15Q05N02  3 cod-ab yes Hammam Al-Alil  حمام العليل" in capsys.readouterr().out
    fake = tmp_path / "places.xlsx"
    fake.write_text("not a workbook")
    assert main(["locations", "import", str(fake), "--vault", str(vault)]) == 1
    assert capsys.readouterr().err.startswith("sanad: The file is not a readable Excel workbook (.xlsx)")


# --- The people list's district filter -------------------------------------------------------------


def add_household_in(session, district: str, first_name: str) -> None:
    import datetime as dt

    from db.models import Household, Person

    with session.transaction() as db:
        household = Household(governorate=district[:5], district=district, current_pcode=district)
        db.add(household)
        db.flush()
        db.add(Person(household_id=household.id, file_number=f"MOS-2026-{household.id:05d}", first_name=first_name,
                      father_name="أحمد", grandfather_name="علي", family_name="الجبوري", mother_name="زينب حسن",
                      sex="F", birth_date=dt.date(1990, 1, 1), relationship_to_head="head"))


def test_people_list_districts_are_codes_with_names_in_the_users_language(admin, tmp_path):
    from db import people_list

    locations.import_cod_ab(admin, write_csv(tmp_path / "places.csv", NINEWA))
    add_household_in(admin, "IQG15Q05", "فاطمة")
    add_household_in(admin, "IQG15Q03", "زينب")
    add_household_in(admin, "IQG15Q05", "هدى")
    add_household_in(admin, "IQG15Q77", "مريم")  # a code the table lacks
    assert people_list.districts(admin, "en") == [
        ("IQG15Q03", "Al-Hamdaniya"), ("IQG15Q05", "Al-Mosul"), ("IQG15Q77", "IQG15Q77")]
    assert people_list.districts(admin, "ar") == [
        ("IQG15Q03", "الحمدانية"), ("IQG15Q05", "الموصل"), ("IQG15Q77", "IQG15Q77")]
    ids = people_list.person_ids(admin, people_list.PeopleFilter(district="IQG15Q05"))
    assert sorted(people_list.rows(admin, list(ids))[i].full_name.split()[0] for i in ids) == ["فاطمة", "هدى"]
