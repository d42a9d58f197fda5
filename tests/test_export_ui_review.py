"""The export dialog and the Letters page after review (issue 6): a suggested file name follows
Anonymised even after Choose…, a named export is never saved under an "anonymised" name, an
existing file is replaced only when the user says so, the period problem wraps and keeps its dates
left to right in Arabic (a reversed range says which end is wrong), the path in the Arabic
message stays left to right, and the Letters page exports its list with its filters."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog

from db import letters, users
from db.vault import Vault
from exports import lists
from tests.helpers import add_people
from tests.test_export_ui import app  # noqa: F401 - the same English window fixture
from tests.test_letters import add_person
from ui.widgets import isolate_ltr

PASSWORD = "export-review-pass-1"
pytestmark = pytest.mark.usefixtures("app")  # English, the fonts registered; English again after


@pytest.fixture
def people(admin):
    add_people(admin, 6)
    return admin


@pytest.fixture
def asked(monkeypatch):
    """The dialog's questions answered from a list (True: yes); what was asked is kept."""
    from ui import export_dialog

    state = {"answers": [], "asked": []}

    def ask(parent, text, *, yes, no):
        state["asked"].append(text)
        return state["answers"].pop(0)

    monkeypatch.setattr(export_dialog, "ask", ask)
    return state


def _run(dialog, qtbot) -> None:
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=30_000)


def test_suggested_name_follows_anonymised_after_choose(qtbot, people, tmp_path, monkeypatch, asked):
    from ui.export_dialog import ExportDialog

    folder = tmp_path / "usb"
    folder.mkdir()
    # Choose… in another folder, keeping the suggested name.
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, caption, directory, *a, **k: (str(folder / Path(directory).name), ""))
    dialog = ExportDialog(people, "people")
    qtbot.addWidget(dialog)
    dialog.choose.click()
    assert Path(dialog.path.text()) == folder / lists.suggested_file_name("people", "en", True)
    asked["answers"] = [True]  # make a named export
    dialog.anonymised.setChecked(False)
    assert Path(dialog.path.text()) == folder / lists.suggested_file_name("people", "en", False)
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    dialog.anonymised.setChecked(True)
    assert Path(dialog.path.text()) == folder / lists.suggested_file_name("people", "ar", True)
    # A name the user wrote is theirs.
    dialog.path.setText(str(folder / "for-the-office.xlsx"))
    asked["answers"] = [True]
    dialog.anonymised.setChecked(False)
    assert Path(dialog.path.text()) == folder / "for-the-office.xlsx"


def test_named_export_is_never_saved_under_an_anonymised_name(qtbot, people, tmp_path, asked):
    from ui.export_dialog import ExportDialog

    tmp_path = tmp_path / "out"
    tmp_path.mkdir()

    dialog = ExportDialog(people, "people")
    qtbot.addWidget(dialog)
    asked["answers"] = [True]
    dialog.anonymised.setChecked(False)
    dialog.path.setText(str(tmp_path / "October-Anonymised.xlsx"))
    asked["answers"] = [False]  # go back
    _run(dialog, qtbot)
    assert "says it is anonymised" in asked["asked"][-1] and "October-named.xlsx" in asked["asked"][-1]
    assert dialog.result is None and list(tmp_path.iterdir()) == []
    assert dialog.path.text() == str(tmp_path / "October-Anonymised.xlsx")
    asked["answers"] = [True]  # use the new name
    _run(dialog, qtbot)
    assert dialog.result is not None and not dialog.result.anonymised
    assert [p.name for p in tmp_path.iterdir()] == ["October-named.xlsx"]


def test_an_existing_file_is_replaced_only_when_the_user_says_so(qtbot, people, tmp_path, asked):
    from ui.export_dialog import ExportDialog

    target = tmp_path / "people.xlsx"
    target.write_bytes(b"last month's file")
    dialog = ExportDialog(people, "people")
    qtbot.addWidget(dialog)
    dialog.path.setText(str(target))
    asked["answers"] = [False]
    _run(dialog, qtbot)
    assert asked["asked"] == ["A file called " + isolate_ltr("people.xlsx") + " is already there. Replace it?"]
    assert target.read_bytes() == b"last month's file" and dialog.result is None
    assert dialog.export_button.isEnabled() and dialog.path.text() == str(target)
    asked["answers"] = [True]
    _run(dialog, qtbot)
    assert dialog.result is not None and load_workbook(target).worksheets[1].max_row == 7


def test_period_problem_wraps_and_a_reversed_range_says_so(qtbot, people, tmp_path):
    from ui.export_dialog import ExportDialog

    dialog = ExportDialog(people, "people")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(tmp_path / "p.xlsx"))
    dialog.period.setText("2026-12-31..2026-10-01")
    dialog.export_button.click()
    assert dialog.worker is None and dialog.period_problem.wordWrap()
    # The window grows to hold the message's lines: nothing below it is squeezed.
    assert dialog.height() >= dialog.layout().totalHeightForWidth(dialog.width())
    assert dialog.period_problem.text() == \
        "The period ends (2026-10-01) before it starts (2026-12-31): write the earlier date first."


def test_arabic_messages_keep_dates_and_paths_left_to_right(qapp, qtbot, people, tmp_path, monkeypatch):
    from ui import export_dialog, i18n
    from ui.export_dialog import ExportDialog

    i18n.install(qapp, "ar")
    said: list[str] = []
    monkeypatch.setattr(export_dialog, "notify", lambda widget, text, msecs=4000: said.append(text))
    dialog = ExportDialog(people, "people")
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "p.xlsx"))
    dialog.period.setText("October")
    dialog.export_button.click()
    problem = dialog.period_problem.text()
    assert isolate_ltr("2026-10-01..2026-12-31") in problem and isolate_ltr("2026-Q4") in problem
    assert not any("\u2066" <= c <= "\u2069" for c in problem)  # isolates Qt does not honour
    dialog.period.setText("2026-12-31..2026-10-01")
    dialog.export_button.click()
    assert isolate_ltr("2026-10-01") in dialog.period_problem.text()
    assert isolate_ltr("2026-12-31") in dialog.period_problem.text()
    dialog.period.setText("")
    shown: list[str] = []
    monkeypatch.setattr(export_dialog, "show_error", lambda parent, text, details="": shown.append(text))
    dialog.path.setText(str(tmp_path / "nowhere" / "p.xlsx"))
    dialog.export_button.click()
    assert dialog.worker is None and isolate_ltr(str(tmp_path / "nowhere")) in shown[0]
    dialog.path.setText(str(tmp_path / "p.xlsx"))
    _run(dialog, qtbot)
    assert dialog.result is not None and isolate_ltr(str(tmp_path / "p.xlsx")) in said[0]


def test_letters_page_exports_its_list_with_its_filters(qtbot, admin, tmp_path, monkeypatch):
    from ui.export_dialog import ExportDialog
    from ui.pages.letters import LettersPage

    person = add_person(admin)
    kept = letters.issue_letter(admin, "health_referral", person, today=dt.date.today())
    cancelled = letters.issue_letter(admin, "health_referral", person, today=dt.date.today())
    letters.cancel_letter(admin, cancelled.row.id, "wrong date")
    page = LettersPage(admin)
    qtbot.addWidget(page)
    assert not page.export_button.isHidden() and page.export_button.isEnabled()
    page.state.setCurrentIndex(page.state.findData("issued"))
    opened: list[ExportDialog] = []

    def run_instead_of_exec(dialog) -> int:
        opened.append(dialog)
        dialog.path.setText(str(tmp_path / "letters.xlsx"))
        _run(dialog, qtbot)
        return 1

    monkeypatch.setattr(ExportDialog, "exec", run_instead_of_exec)
    page.export_button.click()
    dialog = opened[0]
    assert dialog.kind == "letters" and dialog.filters == page.current_filters()
    assert dialog.filters.state == "issued" and dialog.list_label.text() == "Letters issued, filtered as on the page"
    assert dialog.result is not None and dialog.result.rows == 1
    sheet = load_workbook(tmp_path / "letters.xlsx").worksheets[1]
    rows = list(sheet.iter_rows(values_only=True))
    row = dict(zip(rows[0], rows[1], strict=True))
    assert len(rows) == 2 and row["Issued on"] == dt.datetime.combine(kept.row.issued_on, dt.time())


def test_letters_export_button_only_for_those_who_may_export(qtbot, admin, vault_path):
    from ui.pages.letters import LettersPage

    users.add_user(admin, "clerk", PASSWORD, role="staff", must_change_password=False)
    admin.vault.close()
    clerk = Vault.open(vault_path).unlock("clerk", PASSWORD)
    try:
        page = LettersPage(clerk)
        qtbot.addWidget(page)
        assert page.export_button.isHidden()
    finally:
        clerk.vault.close()
