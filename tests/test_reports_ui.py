"""The Reports and exports page with real widgets: a report made off the window's thread into a real
file, a donor template mapped on its grid, an indicator added from the editor, the lists' dialog."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog

from db import indicators
from db.indicators import Period
from exports import donor
from tests.test_donor import MAPPING, donor_workbook
from tests.test_indicators import office  # noqa: F401 - the hand-counted office fixture


@pytest.fixture
def app(qapp):
    from desktop.app import register_fonts
    from ui import i18n

    register_fonts()
    i18n.install(qapp, "en")
    yield qapp


@pytest.fixture
def page(app, office, qtbot):  # noqa: F811
    from ui.pages.reports import ReportsPage

    widget = ReportsPage(office)
    qtbot.addWidget(widget)
    widget.resize(1100, 900)
    widget.show()
    return widget


def test_the_report_button_writes_a_workbook_without_blocking(page, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "october.xlsx"
    asked = []

    def save_name(parent, title, suggested, filters, **kw):
        asked.append(suggested)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    page.picker.set_period(Period.month(2026, 10))
    page.language.setCurrentIndex(page.language.findData("en"))
    written = []
    page.report_written.connect(written.append)
    page.report_button.click()
    assert asked and asked[0].endswith("indicators-2026-10.xlsx")
    qtbot.waitUntil(lambda: bool(written), timeout=20000)
    assert not page.busy and page.report_button.isEnabled()
    assert str(target) in page.status.text()
    book = openpyxl.load_workbook(target)
    assert book.sheetnames[:2] == ["Cover", "Summary"]
    assert book["Cover"]["B4"].value == "2026-10 (Month)"


def test_the_cancel_button_stops_the_report_with_no_file_and_no_entry(page, office, qtbot, tmp_path,  # noqa: F811
                                                                       monkeypatch):
    from PySide6.QtCore import Qt
    from sqlalchemy import func, select

    from db.models import AuditEntry

    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out / "october.xlsx"), ""))
    real, counted = indicators.compute_one, []

    def second_is_slow(*args, **kwargs):  # the second indicator takes until Cancel is pressed (a big vault)
        counted.append(args[1].code)
        if len(counted) == 2:
            assert page.cancel_requested.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(indicators, "compute_one", second_is_slow)
    with office.transaction() as db:
        last_entry = db.scalar(select(func.max(AuditEntry.seq)))
    page.picker.set_period(Period.month(2026, 10))
    page.report_button.click()
    assert page.cancel_button.isVisible() and not page.report_button.isEnabled()
    qtbot.waitUntil(lambda: page.progress.maximum() == 7 and page.progress.value() == 1, timeout=20000)
    assert page.status.text() == "Counting: 1 of 7 indicators done…"
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert page.status.text() == "Cancelled. No file was made."
    assert counted == ["people_registered", "applications_opened"]  # stopped before the third
    assert list(out.iterdir()) == []
    with office.transaction() as db:
        assert db.scalar(select(func.max(AuditEntry.seq))) == last_entry
    assert not page.cancel_button.isVisible() and not page.progress.isVisible() and page.report_button.isEnabled()


def test_a_bad_custom_period_is_a_message_not_a_file(page, monkeypatch, tmp_path):
    from ui import messages
    from ui.pages import reports as reports_page

    shown = []
    monkeypatch.setattr(reports_page, "show_error", lambda parent, text, *a: shown.append(text))
    monkeypatch.setattr(messages, "show_error", lambda parent, text, *a: shown.append(text))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("no file may be asked for"))
    page.picker.kind.setCurrentIndex(page.picker.kind.findData("custom"))
    from PySide6.QtCore import QDate

    page.picker.start.setDate(QDate(2026, 10, 31))
    page.picker.end.setDate(QDate(2026, 10, 1))
    page.report_button.click()
    assert shown == ["The period ends before it starts."]


def test_periods_from_the_picker(page):
    picker = page.picker
    picker.kind.setCurrentIndex(picker.kind.findData("quarter"))
    picker.year.setValue(2026)
    picker.quarter.setCurrentIndex(3)
    assert picker.period().label == "2026-Q4"
    assert picker.month.isHidden() and not picker.quarter.isHidden()
    picker.kind.setCurrentIndex(picker.kind.findData("month"))
    picker.month.setCurrentIndex(1)
    assert (picker.period().start.isoformat(), picker.period().end.isoformat()) == ("2026-02-01", "2026-02-28")


def test_mapping_a_cell_on_the_grid_saves_it(office, qtbot, tmp_path):  # noqa: F811
    from ui.donor_mapping import DonorMappingDialog

    template = donor.add_template(office, "Fund", donor_workbook(tmp_path / "fund.xlsx", chart=True))
    dialog = DonorMappingDialog(office, template)
    qtbot.addWidget(dialog)
    assert dialog.warning.isVisibleTo(dialog) and "Charts" in dialog.warning.text()
    assert dialog.grid.item(3, 3).text() == "=SUM(B4:C4)"
    dialog.grid.setCurrentCell(3, 3)  # D4: the donor's formula
    assert not dialog.map_button.isEnabled()
    dialog.grid.setCurrentCell(3, 1)  # B4
    assert dialog.cell_label.text() == "Indicators!B4"
    assert dialog.cell_text.text() == "Referrals completed / Girls 12-17"
    dialog.indicator.setCurrentIndex(dialog.indicator.findData("referrals_completed"))
    dialog.dimension_boxes["sex"].setCurrentIndex(dialog.dimension_boxes["sex"].findData("F"))
    dialog.dimension_boxes["age"].setCurrentIndex(dialog.dimension_boxes["age"].findData("12-17"))
    dialog.map_button.click()
    dialog.grid.setCurrentCell(5, 1)  # B6
    dialog.indicator.setCurrentIndex(dialog.indicator.findData("applications_opened"))
    dialog.by.setCurrentIndex(dialog.by.findData("birth_certificate"))
    dialog.map_button.click()
    assert dialog.mapped_list.count() == 2
    assert dialog.grid.item(3, 1).text().startswith("→ Referrals completed")
    assert dialog.save()
    assert donor.mappings(office, template) == [MAPPING[0], MAPPING[4]]


def test_filling_a_template_from_the_page(page, office, qtbot, tmp_path, monkeypatch):  # noqa: F811
    template = donor.add_template(office, "Fund", donor_workbook(tmp_path / "fund.xlsx"))
    donor.save_mappings(office, template, MAPPING)
    page.refresh()
    assert page.templates.rowCount() == 1 and page.templates.item(0, 2).text() == "6"
    target = tmp_path / "filled.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.picker.set_period(Period.month(2026, 10))
    written = []
    page.report_written.connect(written.append)
    page.templates.selectRow(0)
    page.fill_button.click()
    qtbot.waitUntil(lambda: bool(written), timeout=20000)
    assert openpyxl.load_workbook(target)["Indicators"]["D4"].value == "=SUM(B4:C4)"


def test_cancelling_a_donor_fill_from_the_page_leaves_no_file(page, office, qtbot, tmp_path, monkeypatch):  # noqa: F811
    template = donor.add_template(office, "Fund", donor_workbook(tmp_path / "fund.xlsx"))
    donor.save_mappings(office, template, MAPPING)
    page.refresh()
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out / "filled.xlsx"), ""))
    real, counted = indicators.compute_one, []

    def second_is_slow(*args, **kwargs):
        counted.append(args[1].code)
        if len(counted) == 2:
            assert page.cancel_requested.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(indicators, "compute_one", second_is_slow)
    page.picker.set_period(Period.month(2026, 10))
    page.templates.setCurrentCell(0, 0)
    page.fill_button.click()
    qtbot.waitUntil(lambda: page.progress.maximum() == 3 and page.progress.value() == 1, timeout=20000)
    assert page.status.text() == "Counting: 1 of 3 indicators done…"
    page.cancel_button.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert page.status.text() == "Cancelled. No file was made." and len(counted) == 2
    assert list(out.iterdir()) == []


def test_adding_an_indicator_from_the_editor(page, office, qtbot, monkeypatch):  # noqa: F811
    from PySide6.QtCore import Qt

    from ui.indicator_dialog import IndicatorDialog

    dialog = IndicatorDialog(office, None, page)
    qtbot.addWidget(dialog)
    assert not dialog.save()  # no name
    assert dialog.errors["name"].isVisibleTo(dialog)
    dialog.name_en.setText("Girls referred to school")
    dialog.name_ar.setText("فتيات أُحلن إلى المدرسة")
    dialog.entity.setCurrentIndex(dialog.entity.findData("referral"))
    dialog.add_condition()
    row = dialog.condition_rows[0]
    row.field.setCurrentIndex(row.field.findData("service"))
    for i in range(row.values.count()):
        if row.values.item(i).data(Qt.ItemDataRole.UserRole) == "school_enrolment":
            row.values.item(i).setCheckState(Qt.CheckState.Checked)
    dialog.add_condition()
    second = dialog.condition_rows[1]
    second.field.setCurrentIndex(second.field.findData("sex"))
    second.values.item(0).setCheckState(Qt.CheckState.Checked)  # Female
    assert dialog.save()
    saved = {d.code: d for d in indicators.list_indicators(office)}["girls_referred_to_school"]
    assert saved.conditions == (indicators.Condition("service", "in", ("school_enrolment",)),
                                indicators.Condition("sex", "in", ("F",)))
    page.refresh()
    assert page.indicator_table.rowCount() == 8


def test_list_buttons_open_the_export_dialog(page, monkeypatch):
    from ui import export_dialog

    opened = []
    monkeypatch.setattr(export_dialog.ExportDialog, "exec", lambda self: opened.append((self.kind, self.filters)))
    page.findChild(type(page.report_button), "list_referrals").click()
    page.findChild(type(page.report_button), "list_people").click()
    assert [kind for kind, _filters in opened] == ["referrals", "people"]


def test_the_main_window_shows_the_page_to_managers(app, admin, qtbot):
    from ui.main_window import MainWindow
    from ui.pages.reports import ReportsPage

    window = MainWindow(admin.vault)
    qtbot.addWidget(window)
    window.show_session(admin)
    assert isinstance(window.show_page("reports"), ReportsPage)


def test_removing_an_office_indicator_from_the_page(page, office, monkeypatch):  # noqa: F811
    from ui.pages import reports as reports_page

    indicators.save_indicator(office, indicators.IndicatorDef(code="mine", name_en="Mine", name_ar="",
                                                              entity="person", date_field="created_at"))
    page.refresh()
    monkeypatch.setattr(reports_page, "ask", lambda *a, **k: True)
    shown = []
    monkeypatch.setattr(reports_page, "show_error", lambda parent, text, *a: shown.append(text))
    page.indicator_table.selectRow(0)  # built in
    page.findChild(type(page.report_button), "removeIndicator").click()
    assert shown == ["A built-in indicator cannot be deleted; it can be switched off."]
    page.indicator_table.selectRow(7)
    page.findChild(type(page.report_button), "removeIndicator").click()
    assert page.indicator_table.rowCount() == 7
