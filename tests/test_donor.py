"""Donor templates: a donor's workbook read safely, cells mapped to our indicators, filled with our
figures while its formulas, merged cells, styles, number formats and widths stay as they were."""

from __future__ import annotations

import io
import shutil
import zipfile

import openpyxl
import pytest
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from db.errors import PermissionDenied, ValidationErrors
from db.indicators import parse_period
from db.tabular import FileRefused
from exports import donor
from exports.donor import CellMapping
from tests.test_indicators import BAGHDAD, office  # noqa: F401 - the hand-counted office fixture

FORMULAS = {("Indicators", "D4"): "=SUM(B4:C4)", ("Indicators", "D5"): "=SUM(B5:C5)",
            ("Indicators", "D6"): "=B6*1", ("Indicators", "D8"): "=SUM(D4:D6)", ("Lists", "B1"): "=Indicators!D8"}


def donor_workbook(path, *, chart=False, picture=False):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Indicators"
    sheet["A1"] = "Quarterly report to the fund"
    sheet.merge_cells("A1:E1")
    sheet["A1"].font = Font(bold=True, size=14, color="1F3864")
    sheet["A1"].fill = PatternFill("solid", fgColor="FFF2CC")
    sheet["A1"].alignment = Alignment(horizontal="center")
    for cell, text in (("A3", "Indicator"), ("B3", "Girls 12-17"), ("C3", "Women 18-59"), ("D3", "Total"),
                       ("E3", "Notes"), ("A4", "Referrals completed"), ("A5", "People registered"),
                       ("A6", "Applications opened: birth certificates"), ("A8", "All")):
        sheet[cell] = text
    sheet["E3"].font = Font(italic=True)
    thin = Side(style="thin", color="000000")
    for row in range(4, 7):
        for column in "BC":
            sheet[f"{column}{row}"].number_format = "0"
            sheet[f"{column}{row}"].border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for (name, cell), formula in FORMULAS.items():
        if name == "Indicators":
            sheet[cell] = formula
    sheet["D8"].number_format = "#,##0"
    sheet["E4"] = "as counted by the partner"
    sheet.column_dimensions["A"].width = 40
    sheet.column_dimensions["B"].width = 15.5
    sheet.row_dimensions[1].height = 30
    sheet.freeze_panes = "B4"
    lists = book.create_sheet("Lists")
    lists["A1"] = "Grand total"
    lists["B1"] = FORMULAS[("Lists", "B1")]
    if chart:
        from openpyxl.chart import BarChart, Reference

        bars = BarChart()
        bars.add_data(Reference(sheet, min_col=4, min_row=4, max_row=6))
        sheet.add_chart(bars, "G3")
    if picture:
        from openpyxl.drawing.image import Image
        from PIL import Image as PILImage

        png = io.BytesIO()
        PILImage.new("RGB", (4, 4), "red").save(png, format="PNG")
        png.seek(0)
        lists.add_image(Image(png), "D2")
    book.save(path)
    return path


MAPPING = [
    CellMapping("Indicators", "B4", "referrals_completed", "", {"sex": "F", "age": "12-17"}),
    CellMapping("Indicators", "C4", "referrals_completed", "", {"sex": "F", "age": "18-59"}),
    CellMapping("Indicators", "B5", "people_registered", "", {"sex": "F", "age": "12-17"}),
    CellMapping("Indicators", "C5", "people_registered", "", {"sex": "F", "age": "18-59"}),
    CellMapping("Indicators", "B6", "applications_opened", "birth_certificate", {}),
    CellMapping("Indicators", "C6", "applications_opened", "", {"displacement": "idp"}),
]


def _style(cell):
    # (the style proxies openpyxl hands out do not compare equal to each other: compare their texts)
    return tuple(repr(part) for part in (cell.font, cell.fill, cell.border, cell.alignment, cell.protection)) + (
        cell.number_format, cell.quotePrefix if hasattr(cell, "quotePrefix") else None)


def test_defusedxml_is_active():
    assert openpyxl.DEFUSEDXML is True


def test_a_filled_template_keeps_formulas_styles_and_layout(office, tmp_path):  # noqa: F811
    source = donor_workbook(tmp_path / "fund.xlsx")
    template = donor.add_template(office, "The Fund quarterly", source)
    assert donor.save_mappings(office, template, MAPPING) == 6
    out = tmp_path / "filled.xlsx"
    result = donor.fill_template(office, template, parse_period("2026-10"), out, threshold=1, utc_offset=BAGHDAD)
    # By hand (tests/test_indicators.py): R1 girl 12-17, R3 woman 18-59; P1 12-17, P7 18-59; A1 and A7 birth
    # certificates; A1, A2, A4 for displaced people.
    assert result.values == {"Indicators!B4": 1, "Indicators!C4": 1, "Indicators!B5": 1, "Indicators!C5": 1,
                             "Indicators!B6": 2, "Indicators!C6": 3}
    assert result.warnings == ()
    before, after = openpyxl.load_workbook(source), openpyxl.load_workbook(out)
    assert after.sheetnames == before.sheetnames
    mapped = {(m.sheet, m.cell) for m in MAPPING}
    for name in before.sheetnames:
        old, new = before[name], after[name]
        assert [str(r) for r in new.merged_cells.ranges] == [str(r) for r in old.merged_cells.ranges]
        assert new.freeze_panes == old.freeze_panes
        assert {k: d.width for k, d in new.column_dimensions.items()} == \
            {k: d.width for k, d in old.column_dimensions.items()}
        assert {k: d.height for k, d in new.row_dimensions.items()} == \
            {k: d.height for k, d in old.row_dimensions.items()}
        for row in old.iter_rows(min_row=1, max_row=max(old.max_row, new.max_row), max_col=max(old.max_column, 6)):
            for cell in row:
                twin = new[cell.coordinate]
                assert _style(twin) == _style(cell), (name, cell.coordinate)
                if (name, cell.coordinate) in mapped:
                    continue
                assert (twin.value, twin.data_type) == (cell.value, cell.data_type), (name, cell.coordinate)
    for (name, cell), formula in FORMULAS.items():
        assert after[name][cell].data_type == "f" and after[name][cell].value == formula
    assert after["Indicators"]["B6"].value == 2 and after["Indicators"]["B6"].data_type == "n"
    assert after.calculation.fullCalcOnLoad is True


def test_small_figures_are_hidden_and_the_user_is_told(office, tmp_path):  # noqa: F811
    template = donor.add_template(office, "Fund", donor_workbook(tmp_path / "fund.xlsx"))
    donor.save_mappings(office, template, MAPPING)
    result = donor.fill_template(office, template, parse_period("2026-10"), tmp_path / "f.xlsx", utc_offset=BAGHDAD)
    assert result.values["Indicators!B4"] == "<5" and result.values["Indicators!C6"] == "<5"
    assert "hidden_figures" in result.warnings
    cell = openpyxl.load_workbook(tmp_path / "f.xlsx")["Indicators"]["B4"]
    assert (cell.value, cell.data_type) == ("<5", "s")


def test_a_total_and_its_parts_cannot_give_a_hidden_figure_back(office, tmp_path):  # noqa: F811
    """Complementary suppression across the donor's cells: with a total mapped beside its parts,
    the other figures of an indicator with a hidden one are hidden too."""
    template = donor.add_template(office, "Fund", donor_workbook(tmp_path / "fund.xlsx"))
    donor.save_mappings(office, template, [
        CellMapping("Indicators", "B6", "applications_opened", "", {}),  # the total
        CellMapping("Indicators", "C6", "applications_opened", "birth_certificate", {}),  # a part, 2 by hand
        CellMapping("Indicators", "B5", "people_registered", "", {"sex": "F", "age": "12-17"}),
    ])
    shown = donor.fill_template(office, template, parse_period("2026-10"), tmp_path / "a.xlsx", threshold=1,
                                utc_offset=BAGHDAD).values
    assert shown["Indicators!C6"] == 2 and isinstance(shown["Indicators!B6"], int) and shown["Indicators!B6"] > 2
    hidden = donor.fill_template(office, template, parse_period("2026-10"), tmp_path / "b.xlsx", threshold=3,
                                 utc_offset=BAGHDAD).values
    assert hidden["Indicators!C6"] == "<3"
    assert hidden["Indicators!B6"] == "x"  # else total - 2 gives the hidden part back
    assert hidden["Indicators!B5"] == "<3"  # another indicator keeps its own rule


def test_mappings_are_saved_and_read_back(office, tmp_path):  # noqa: F811
    template = donor.add_template(office, "Fund", donor_workbook(tmp_path / "fund.xlsx"))
    donor.save_mappings(office, template, MAPPING)
    assert donor.mappings(office, template) == MAPPING
    [info] = donor.list_templates(office)
    assert (info.name, info.file_name, info.cells) == ("Fund", "fund.xlsx", 6)
    donor.save_mappings(office, template, MAPPING[:2])
    assert len(donor.mappings(office, template)) == 2
    donor.delete_template(office, template)
    assert donor.list_templates(office) == []


def test_the_layout_lists_cells_with_their_labels(office, tmp_path):  # noqa: F811
    template = donor.add_template(office, "Fund", donor_workbook(tmp_path / "fund.xlsx"))
    sheets = donor.template_layout(office, template)
    assert [s.name for s in sheets] == ["Indicators", "Lists"]
    cells = {c.cell: c for c in sheets[0].cells.values()}
    assert cells["D4"].formula and cells["D4"].text == "=SUM(B4:C4)"
    assert cells["B4"].label == "Referrals completed / Girls 12-17"
    candidates = [c.cell for c in sheets[0].candidates()]
    assert "B4" in candidates and "C6" in candidates
    assert "D4" not in candidates and "A4" not in candidates and "B1" not in candidates


@pytest.mark.parametrize(("mapping", "field"), [
    (CellMapping("Indicators", "D4", "people_registered"), "cell"),  # the donor's formula
    (CellMapping("Indicators", "B1", "people_registered"), "cell"),  # inside the merged title
    (CellMapping("Indicators", "7B", "people_registered"), "cell"),
    (CellMapping("Nowhere", "B4", "people_registered"), "sheet"),
    (CellMapping("Indicators", "B4", "no_such_indicator"), "indicator"),
    (CellMapping("Indicators", "B4", "applications_opened", "nonsense"), "by_value"),
    (CellMapping("Indicators", "B4", "people_registered", "birth_certificate"), "by_value"),
    (CellMapping("Indicators", "B4", "people_registered", "", {"sex": "X"}), "filters"),
    (CellMapping("Indicators", "B4", "people_registered", "", {"age": "13-19"}), "filters"),
])
def test_bad_mappings_are_refused_and_nothing_saved(office, tmp_path, mapping, field):  # noqa: F811
    template = donor.add_template(office, "Fund", donor_workbook(tmp_path / "fund.xlsx"))
    donor.save_mappings(office, template, MAPPING[:1])
    with pytest.raises(ValidationErrors) as caught:
        donor.save_mappings(office, template, [MAPPING[1], mapping])
    assert field in [e.field for _r, e in caught.value.problems]
    assert len(donor.mappings(office, template)) == 1


def test_what_openpyxl_would_lose_is_found_before_filling(office, tmp_path):  # noqa: F811
    template = donor.add_template(office, "Fund", donor_workbook(tmp_path / "fund.xlsx", chart=True, picture=True))
    assert set(donor.template_losses(office, template)) >= {"charts", "pictures"}
    donor.save_mappings(office, template, MAPPING[:1])
    result = donor.fill_template(office, template, parse_period("2026-10"), tmp_path / "f.xlsx", threshold=1,
                                 utc_offset=BAGHDAD)
    assert {"charts", "pictures"} <= set(result.warnings)
    plain = donor.add_template(office, "Plain", donor_workbook(tmp_path / "plain.xlsx"))
    assert donor.template_losses(office, plain) == []


def _bomb(path):
    data = io.BytesIO()
    with zipfile.ZipFile(donor_workbook(path)) as source, zipfile.ZipFile(data, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "xl/workbook.xml":
                entities = "".join(f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, 10))
                content = content.replace(b"?>", b'?><!DOCTYPE workbook [<!ENTITY e0 "laugh">'
                                          + entities.encode() + b"]>", 1).replace(b"<sheets>", b"&e9;<sheets>", 1)
            target.writestr(item, content)
    path.write_bytes(data.getvalue())
    return path


def _zip_bomb(path):
    donor_workbook(path)
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.bin", b"\0" * (20 * 1024 * 1024))  # 20 MB packed into ~20 KB
    return path


@pytest.mark.parametrize("make", [
    lambda p: (p.write_text("name,phone\nx,1\n"), p)[1],
    _zip_bomb,
    lambda p: (p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600), p)[1],
    lambda p: (p.write_bytes(b""), p)[1],
    _bomb,
])
def test_hostile_or_broken_files_are_refused(admin, tmp_path, make):
    path = make(tmp_path / "donor.xlsx")
    with pytest.raises(FileRefused):
        donor.add_template(admin, "Bad", path)
    assert donor.list_templates(admin) == []


def test_templates_need_the_export_permission_and_fills_are_audited(office, tmp_path):  # noqa: F811
    from sqlalchemy import select

    from db.models import AuditEntry
    from db.permissions import Role
    from db.session import CurrentUser, UserSession

    staff = UserSession(office.vault, CurrentUser(office.user.id, "staff1", "", Role.STAFF, False))
    with pytest.raises(PermissionDenied):
        donor.add_template(staff, "Fund", donor_workbook(tmp_path / "fund.xlsx"))
    template = donor.add_template(office, "Fund", tmp_path / "fund.xlsx")
    with pytest.raises(ValidationErrors):
        donor.add_template(office, "Fund", tmp_path / "fund.xlsx")  # the name is taken
    with pytest.raises(PermissionDenied):
        donor.fill_template(staff, template, parse_period("2026-10"), tmp_path / "f.xlsx")
    donor.save_mappings(office, template, MAPPING)
    donor.fill_template(office, template, parse_period("2026-Q4"), tmp_path / "f.xlsx", utc_offset=BAGHDAD)
    with office.transaction() as db:
        entry = db.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
    assert (entry.action, entry.entity, entry.entity_id) == ("export", "donor_template", str(template))
    assert '"period": "2026-Q4"' in entry.details


def test_sanad_report_fills_a_saved_template(office, vault_path, tmp_path, monkeypatch, capsys):  # noqa: F811
    import json

    from desktop.cli import main
    from tests.conftest import ADMIN_PASSWORD

    template = donor.add_template(office, "The Fund", donor_workbook(tmp_path / "fund.xlsx"))
    donor.save_mappings(office, template, MAPPING)
    office.vault.close()
    monkeypatch.setenv("SANAD_PASSWORD", ADMIN_PASSWORD)
    out = tmp_path / "filled.xlsx"
    assert main(["report", "--donor", "The Fund", "--period", "2026-10", "--out", str(out), "--threshold", "1",
                 "--vault", str(vault_path), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["cells"] == 6 and printed["warnings"] == []
    assert openpyxl.load_workbook(out)["Indicators"]["B6"].value == 2
    assert main(["report", "--donor", "Nobody", "--period", "2026-10", "--out", str(out),
                 "--vault", str(vault_path)]) == 1
    assert "There is no donor template called Nobody" in capsys.readouterr().err


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed (apt: libreoffice-calc-nogui)")
def test_libreoffice_opens_the_filled_template_and_adds_up_our_figures(office, tmp_path):  # noqa: F811
    import csv
    import subprocess

    template = donor.add_template(office, "Fund", donor_workbook(tmp_path / "fund.xlsx"))
    donor.save_mappings(office, template, MAPPING)
    out = tmp_path / "filled.xlsx"
    donor.fill_template(office, template, parse_period("2026-10"), out, threshold=1, utc_offset=BAGHDAD)
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless", "--convert-to",
                    'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
                    "--outdir", str(tmp_path / "csv"), str(out)], check=True, capture_output=True, timeout=180)
    made = sorted((tmp_path / "csv").glob("*.csv"))
    indicators_csv = next(p for p in made if "Indicators" in p.name)
    rows = list(csv.reader(indicators_csv.open(encoding="utf-8", newline="")))
    assert rows[3][:4] == ["Referrals completed", "1", "1", "2"]  # the donor's =SUM(B4:C4), computed
    assert rows[5][:4] == ["Applications opened: birth certificates", "2", "3", "2"]
    assert rows[7][3] == "6"  # =SUM(D4:D6): 2 + 2 + 2
    lists_csv = next(p for p in made if "Lists" in p.name)
    assert list(csv.reader(lists_csv.open(encoding="utf-8")))[0][:2] == ["Grand total", "6"]


def test_an_indicator_a_template_uses_cannot_be_removed(office, tmp_path):  # noqa: F811
    from db import indicators
    from db.errors import SanadError
    from db.indicators import IndicatorDef

    indicators.save_indicator(office, IndicatorDef(code="mine", name_en="Mine", name_ar="", entity="person",
                                                   date_field="created_at"))
    template = donor.add_template(office, "Fund", donor_workbook(tmp_path / "fund.xlsx"))
    donor.save_mappings(office, template, [CellMapping("Indicators", "B4", "mine")])
    with pytest.raises(SanadError) as caught:
        indicators.delete_indicator(office, "mine")
    assert "Fund" in str(caught.value)
    donor.save_mappings(office, template, [])
    indicators.delete_indicator(office, "mine")
