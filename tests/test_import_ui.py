"""The import wizard driven as a user would (offscreen Qt): a file, its sheet, the columns matched,
the rows checked, then a real import into the vault; a cancel writes nothing; the People page
opens the wizard."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWizard
from sqlalchemy import func, select

from db import importing, locations
from db.models import Person
from tests.test_import import HEAD, OTHER, SON


@pytest.fixture
def app(qapp):
    from ui import i18n

    i18n.install(qapp, "en")
    yield qapp


@pytest.fixture
def office(admin):
    with locations.shipped_table() as table:
        locations.import_cod_ab(admin, table)
    return admin


def count_people(session) -> int:
    with session.transaction() as db:
        return db.scalar(select(func.count()).select_from(Person))


def spreadsheet(path, header, rows):
    workbook = openpyxl.Workbook()
    workbook.active.title = "Cover"
    workbook.active["A1"] = "Beneficiaries"
    sheet = workbook.create_sheet("Registration")
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def open_wizard(app, qtbot, session, path, monkeypatch):
    from ui.import_wizard import ImportWizard

    wizard = ImportWizard(session)
    qtbot.addWidget(wizard)
    wizard.confirm = lambda text: True
    wizard.show()
    page = wizard.currentPage()
    page.path.setText(str(path))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.table is not None, timeout=10_000)
    return wizard


def test_wizard_from_file_to_a_real_import(app, qtbot, office, tmp_path, monkeypatch):
    header = ["Household", "Relation", "First name", "Father", "Grandfather", "Laqab", "Mother's full name",
              "Gender", "DOB", "Qadha", "Status", "Mobile", "Remarks"]
    rows = [[*HEAD[1:3], *HEAD[3:8], HEAD[9], HEAD[10], HEAD[11], HEAD[15], HEAD[14], HEAD[16]],
            [*SON[1:3], *SON[3:8], SON[9], SON[10], "", "", "", ""],
            ["", "", "علي", "حسين", "كاظم", "العبيدي", "سعاد جاسم محمد", "M", "1985", "Al-Mosul", "", "", ""],
            ["", "", "هدى", "", "", "", "", "F", "1990", "", "resident", "", ""]]
    path = spreadsheet(tmp_path / "old-list.xlsx", header, rows)
    wizard = open_wizard(app, qtbot, office, path, monkeypatch)
    sheet_page = wizard.currentPage()
    assert wizard.table.sheet == "Registration" and sheet_page.sheet.currentData() == "Registration"
    assert "4 rows and 13 columns" in sheet_page.status.text()
    wizard.next()

    mapping_page = wizard.currentPage()
    chosen = {wizard.table.headers[i]: c.currentData() for i, c in enumerate(mapping_page.combos)}
    assert chosen["First name"] == "first_name" and chosen["Mother's full name"] == "mother_name"
    assert chosen["Qadha"] == "district" and chosen["Mobile"] == "phone"
    # The third row has no displacement status: the office says they are all residents.
    mapping_page.displacement.setCurrentIndex(mapping_page.displacement.findData("resident"))
    monkeypatch.setattr("ui.import_wizard.QInputDialog.getText", lambda *a, **k: ("Old office list", True))
    monkeypatch.setattr("ui.import_wizard.notify", lambda *a, **k: None)
    mapping_page.save_button.click()
    assert "Old office list" in importing.saved_mappings(office)
    wizard.next()

    preview = wizard.currentPage()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=20_000)
    assert "3 people in 2 households will be imported. 1 rows have problems" in preview.summary.text()
    model = preview.view.model()
    statuses = [model.data(model.index(r, model.COL_STATUS)) for r in range(model.rowCount())]
    assert statuses == ["Ready", "Ready", "Ready", "Not imported: problem"]
    details = model.data(model.index(3, model.COL_DETAILS))
    assert "Father: Write the father's name" in details
    preview.show_combo.setCurrentIndex(preview.show_combo.findData("problems"))
    assert preview.view.model().rowCount() == 1
    preview.show_combo.setCurrentIndex(preview.show_combo.findData("all"))
    # Skip the third row (ticking the box, as a user would).
    model.setData(model.index(2, model.COL_SKIP), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert "2 people in 1 households will be imported" in preview.summary.text()
    report = tmp_path / "problems.xlsx"
    assert wizard.write_report(str(report))
    assert openpyxl.load_workbook(report).worksheets[0].cell(2, 1).value == 5
    assert count_people(office) == 0  # nothing written before the import
    wizard.next()

    result_page = wizard.currentPage()
    qtbot.waitUntil(lambda: result_page.finished, timeout=20_000)
    assert result_page.status.text().startswith("Imported 2 people in 1 households.")
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert count_people(office) == 2
    with office.transaction() as db:
        assert sorted(db.scalars(select(Person.first_name))) == sorted(["فاطمة", "محمد"])


def test_a_cancelled_import_writes_nothing_and_says_so(app, qtbot, office, tmp_path, monkeypatch):
    rows = []
    for i in range(20):
        row = list(OTHER)
        row[0], row[1], row[3] = "", "", f"علي{'ي' * i}"
        rows.append(row)
    path = spreadsheet(tmp_path / "many.xlsx", list(importing.TEMPLATE_FIELDS), rows)
    monkeypatch.setattr(importing, "WRITE_CHUNK", 1)
    real = importing.import_rows
    monkeypatch.setattr(importing, "import_rows", lambda s, p, progress=None, cancel=None: real(
        s, p, progress, lambda: True))  # the user presses Cancel as soon as it starts
    wizard = open_wizard(app, qtbot, office, path, monkeypatch)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=20_000)
    wizard.next()
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.finished, timeout=20_000)
    assert page.status.text() == "The import was cancelled. Nothing was imported."
    assert count_people(office) == 0


def test_a_hostile_file_is_stopped_on_the_first_page(app, qtbot, office, tmp_path, monkeypatch):
    from ui.import_wizard import ImportWizard

    shown = []
    monkeypatch.setattr("ui.import_wizard.show_error", lambda parent, text, details="": shown.append(text))
    path = tmp_path / "locked.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptionInfo".encode("utf-16-le"))
    wizard = ImportWizard(office)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.currentPage().path.setText(str(path))
    wizard.next()
    assert wizard.currentId() == 0
    assert shown and shown[0].startswith("The workbook is protected with a password")


def test_people_page_has_an_import_button_for_who_may_import(app, qtbot, office, monkeypatch):
    from ui.pages.people import PeoplePage

    opened = []
    monkeypatch.setattr("ui.import_wizard.ImportWizard.exec", lambda self: opened.append(self) or 0)
    page = PeoplePage(office)
    qtbot.addWidget(page)
    button = page.findChild(type(page.register_button), "importPeople")
    assert button is not None and button.isEnabled()
    button.click()
    assert len(opened) == 1
    assert isinstance(opened[0].findChild(QComboBox, "importSheet"), QComboBox)


def test_the_first_page_saves_sanads_template_in_the_window_language(app, qtbot, office, tmp_path, monkeypatch):
    from ui import i18n
    from ui.import_wizard import ImportWizard

    i18n.install(app, "ar")
    try:
        target = tmp_path / "template.xlsx"
        monkeypatch.setattr("ui.import_wizard.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
        monkeypatch.setattr("ui.import_wizard.notify", lambda *a, **k: None)
        wizard = ImportWizard(office)
        qtbot.addWidget(wizard)
        wizard.show()
        from PySide6.QtWidgets import QPushButton

        wizard.currentPage().findChild(QPushButton, "importTemplate").click()
        header = [c.value for c in openpyxl.load_workbook(target)["people"][1]]
        assert header == [importing.ARABIC_HEADERS[k] for k in importing.TEMPLATE_FIELDS]
    finally:
        i18n.install(app, "en")


def test_a_workbook_refused_while_reading_says_why_on_the_sheet_page(app, qtbot, office, tmp_path):
    from tests.test_import_files import BILLION_LAUGHS, with_shared_strings, write_zip
    from ui.import_wizard import ImportWizard

    path = write_zip(tmp_path / "lol.xlsx", with_shared_strings(BILLION_LAUGHS))
    wizard = ImportWizard(office)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.currentPage().path.setText(str(path))
    wizard.next()  # the quick checks pass; the XML is read in the pool thread
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.bar.isHidden(), timeout=10_000)
    assert page.status.text().startswith("The file is not a readable Excel workbook")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_choosing_another_sheet_reads_it(app, qtbot, office, tmp_path, monkeypatch):
    path = spreadsheet(tmp_path / "two.xlsx", list(importing.TEMPLATE_FIELDS), [OTHER])
    workbook = openpyxl.load_workbook(path)
    extra = workbook.create_sheet("Second")
    extra.append(list(importing.TEMPLATE_FIELDS))
    extra.append(HEAD)
    extra.append(SON)
    workbook.save(path)
    wizard = open_wizard(app, qtbot, office, path, monkeypatch)
    page = wizard.currentPage()
    assert [page.sheet.itemData(i) for i in range(page.sheet.count())] == ["Cover", "Registration", "Second"]
    assert wizard.table.sheet == "Registration" and page.sheet.isEnabled()
    page.sheet.setCurrentIndex(page.sheet.findData("Second"))
    qtbot.waitUntil(lambda: wizard.table is not None and wizard.table.sheet == "Second", timeout=10_000)
    assert len(wizard.table.rows) == 2
