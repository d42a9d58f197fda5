"""The export dialog (issue 6, items 1, 3 and 6): opened from the people, applications and referrals
pages with the page's filters, anonymised unless the user confirms a named export, the file chosen
in Qt's dialog, the export run in a worker thread with progress, Cancel leaving no file, clear
messages for bad input and a read-only place, and the sensitive choice only for those allowed."""

from __future__ import annotations

import datetime as dt
import errno
import tempfile
import threading
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog

from db import export_data, users
from db.vault import Vault
from exports import lists
from tests.helpers import add_people

PASSWORD = "export-ui-pass-12345"


@pytest.fixture
def app(qapp):
    from desktop.app import register_fonts
    from ui import i18n

    register_fonts()
    i18n.install(qapp, "en")
    yield qapp
    i18n.install(qapp, "en")


@pytest.fixture
def people(admin):
    add_people(admin, 60)
    with admin.transaction() as db:
        from db.models import Person

        for person in db.query(Person).filter(Person.id % 2 == 0):
            person.sex = "M"
    return admin


@pytest.fixture
def save_as(monkeypatch, tmp_path):
    """Qt's file dialog answers with a file in a fresh folder (no window opens)."""
    folder = tmp_path / "exports"
    folder.mkdir()
    chosen = folder / "chosen-name"
    asked: list[dict] = []

    def answer(parent, caption, directory, filters, *args, **kwargs):
        asked.append({"directory": directory, "filters": filters, "options": kwargs.get("options")})
        return str(chosen), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return folder, asked


def _run(dialog, qtbot) -> None:
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=30_000)


def test_people_page_exports_its_filtered_list_to_a_real_file(app, qtbot, people, save_as, monkeypatch):
    from ui.export_dialog import ExportDialog
    from ui.pages.people import PeoplePage

    folder, asked = save_as
    page = PeoplePage(people)
    qtbot.addWidget(page)
    page.sex.setCurrentIndex(page.sex.findData("F"))
    page.model.wait()
    opened: list[ExportDialog] = []
    threads: list[str] = []
    real_export = lists.export_list

    def export_in_worker(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return real_export(*args, **kwargs)

    monkeypatch.setattr(lists, "export_list", export_in_worker)

    def run_instead_of_exec(dialog) -> int:
        opened.append(dialog)
        dialog.choose.click()
        _run(dialog, qtbot)
        return 1

    monkeypatch.setattr(ExportDialog, "exec", run_instead_of_exec)
    assert page.export_button.isEnabled()
    page.export_button.click()
    dialog = opened[0]
    assert dialog.kind == "people" and dialog.filters.sex == "F"
    assert dialog.list_label.text() == "People, filtered as on the page"
    # Qt's own file dialog (the system's would list the file among recent documents).
    assert asked[0]["options"] == QFileDialog.Option.DontUseNativeDialog
    assert threads and threads[0] != threading.main_thread().name
    written = folder / "chosen-name.xlsx"
    assert dialog.result is not None and dialog.result.path == written and dialog.result.rows == 30
    assert [p.name for p in folder.iterdir()] == ["chosen-name.xlsx"]
    workbook = load_workbook(written)
    sheet = workbook.worksheets[1]
    assert sheet.max_row == 31 and sheet.freeze_panes == "A2"
    assert all(row[0].startswith("P-") for row in sheet.iter_rows(min_row=2, values_only=True))  # anonymised
    assert dialog.progress.maximum() == 30 and dialog.progress.value() == 30


def test_applications_and_referrals_pages_pass_their_filters(app, qtbot, people, monkeypatch):
    from ui.export_dialog import ExportDialog
    from ui.pages.applications import ApplicationsPage
    from ui.pages.referrals import ReferralsPage

    opened: list[ExportDialog] = []
    monkeypatch.setattr(ExportDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    applications_page = ApplicationsPage(people)
    qtbot.addWidget(applications_page)
    applications_page.overdue.setChecked(True)
    applications_page.export_button.click()
    referrals_page = ReferralsPage(people)
    qtbot.addWidget(referrals_page)
    referrals_page.overdue.setChecked(True)
    referrals_page.export_button.click()
    assert [(d.kind, d.filters.overdue) for d in opened] == [("applications", True), ("referrals", True)]


def test_named_export_is_warned_about_first(app, qtbot, people, monkeypatch):
    from ui import export_dialog
    from ui.export_dialog import ExportDialog

    dialog = ExportDialog(people, "people")
    qtbot.addWidget(dialog)
    assert dialog.anonymised.isChecked()
    assert "anonymised" in Path(dialog.path.text()).name
    answers: list[str] = []
    monkeypatch.setattr(export_dialog, "ask", lambda parent, text, yes, no: answers.append(text) or False)
    dialog.anonymised.setChecked(False)
    assert dialog.anonymised.isChecked() and len(answers) == 1 and "not encrypted" in answers[0]
    monkeypatch.setattr(export_dialog, "ask", lambda parent, text, yes, no: True)
    dialog.anonymised.setChecked(False)
    assert not dialog.anonymised.isChecked()
    assert "named" in Path(dialog.path.text()).name
    assert dialog.request().anonymised is False


def test_cancel_during_the_export_leaves_no_file(app, qtbot, people, tmp_path, monkeypatch):
    from ui.export_dialog import ExportDialog

    monkeypatch.setattr(export_data, "PAGE", 5)
    real_rows = export_data.export_rows
    started = threading.Event()

    def slow_rows(*args, **kwargs):
        started.set()
        time.sleep(0.05)
        return real_rows(*args, **kwargs)

    monkeypatch.setattr(export_data, "export_rows", slow_rows)
    folder = tmp_path / "cancel"
    folder.mkdir()
    before = {n for n in Path(tempfile.gettempdir()).iterdir() if n.name.startswith("openpyxl")}
    dialog = ExportDialog(people, "people")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(folder / "people.xlsx"))
    dialog.export_button.click()
    assert not dialog.export_button.isEnabled() and dialog.progress.isVisible()
    assert started.wait(10)
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=10_000)
    dialog.cancel_button.click()
    assert dialog.worker is None and not dialog.isVisible() and dialog.result is None
    assert list(folder.iterdir()) == []
    assert {n for n in Path(tempfile.gettempdir()).iterdir() if n.name.startswith("openpyxl")} == before


def test_bad_period_is_shown_beside_the_field_and_nothing_runs(app, qtbot, people, tmp_path):
    from ui.export_dialog import ExportDialog

    dialog = ExportDialog(people, "people")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(tmp_path / "p.xlsx"))
    dialog.period.setText("last October")
    dialog.export_button.click()
    assert dialog.worker is None and dialog.period_problem.isVisible()
    assert "2026-10" in dialog.period_problem.text()
    assert not (tmp_path / "p.xlsx").exists()
    dialog.period.setText(dt.date.today().strftime("%Y-%m"))  # the month the people were registered
    _run(dialog, qtbot)
    assert dialog.result is not None and dialog.result.rows == 60 and not dialog.period_problem.isVisible()


def test_read_only_place_and_wrong_name_get_clear_messages(app, qtbot, people, tmp_path, monkeypatch):
    from ui import export_dialog
    from ui.export_dialog import ExportDialog

    shown: list[str] = []
    monkeypatch.setattr(export_dialog, "show_error", lambda parent, text, details="": shown.append(text))
    dialog = ExportDialog(people, "people")
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "people.csv"))
    dialog.export_button.click()
    assert dialog.worker is None and ".xlsx" in shown[-1]
    locked = tmp_path / "locked"
    locked.mkdir()

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    dialog.path.setText(str(locked / "people.xlsx"))
    _run(dialog, qtbot)
    monkeypatch.undo()
    assert "read-only" in shown[-1] and dialog.result is None and list(locked.iterdir()) == []
    assert dialog.export_button.isEnabled()  # the user can choose another place


def test_who_sees_what(app, qtbot, people, vault_path):
    from ui.export_dialog import ExportDialog
    from ui.pages.people import PeoplePage

    admin_dialog = ExportDialog(people, "people")
    qtbot.addWidget(admin_dialog)
    assert not admin_dialog.sensitive.isHidden()  # this administrator may see sensitive fields
    referrals_dialog = ExportDialog(people, "referrals")
    qtbot.addWidget(referrals_dialog)
    assert referrals_dialog.sensitive.isHidden()
    users.add_user(people, "boss", PASSWORD, role="manager", must_change_password=False, can_view_sensitive=True)
    users.add_user(people, "clerk", PASSWORD, role="staff", must_change_password=False)
    people.vault.close()
    boss = Vault.open(vault_path).unlock("boss", PASSWORD)
    try:
        dialog = ExportDialog(boss, "people")
        qtbot.addWidget(dialog)
        assert dialog.sensitive.isHidden()
    finally:
        boss.vault.close()
    clerk = Vault.open(vault_path).unlock("clerk", PASSWORD)
    try:
        page = PeoplePage(clerk)
        qtbot.addWidget(page)
        assert not page.export_button.isEnabled()
    finally:
        clerk.vault.close()


def test_arabic_dialog_is_right_to_left_and_defaults_to_arabic(app, qtbot, people):
    from PySide6.QtCore import Qt

    from ui import i18n
    from ui.export_dialog import ExportDialog

    i18n.install(app, "ar")
    dialog = ExportDialog(people, "hearings", export_data.HearingFilter(to_record_only=True))
    qtbot.addWidget(dialog)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.lang() == "ar" and dialog.language.currentText() == "العربية"
    assert "hearings-anonymised-" in dialog.path.text()


def test_a_donor_key_is_chosen_in_the_dialog_and_its_pseudonyms_differ(app, qtbot, people, tmp_path):
    from db import pseudonyms
    from ui.export_dialog import ExportDialog

    dialog = ExportDialog(people, "people")
    qtbot.addWidget(dialog)
    assert dialog.key.isHidden()  # one key: no question
    pseudonyms.make_key(people, "unicef")
    dialog = ExportDialog(people, "people")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.key.isHidden() and dialog.key.currentData() == export_data.DEFAULT_KEY
    assert [dialog.key.itemData(i) for i in range(dialog.key.count())] == [export_data.DEFAULT_KEY, "unicef"]
    files = {}
    for key in (export_data.DEFAULT_KEY, "unicef"):
        dialog = ExportDialog(people, "people")
        qtbot.addWidget(dialog)
        dialog.key.setCurrentIndex(dialog.key.findData(key))
        dialog.path.setText(str(tmp_path / f"{key}.xlsx"))
        _run(dialog, qtbot)
        sheets = load_workbook(tmp_path / f"{key}.xlsx").worksheets
        cover = {row[0]: row[1] for row in sheets[0].iter_rows(values_only=True) if row[0]}
        assert cover["Pseudonym key"] == key
        files[key] = [row[0] for row in sheets[1].iter_rows(min_row=2, values_only=True)]
    assert len(files["unicef"]) == 60 and not set(files["unicef"]) & set(files[export_data.DEFAULT_KEY])
    # A named export has no pseudonyms: no key to choose.
    dialog.anonymised.blockSignals(True)
    dialog.anonymised.setChecked(False)
    dialog.anonymised.blockSignals(False)
    dialog._show_key()
    assert dialog.key.isHidden()
