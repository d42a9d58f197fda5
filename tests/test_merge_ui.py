"""The duplicates page and the merge dialog, driven as staff would (offscreen Qt, pytest-qt): the
dialog shows what differs, the value chosen is the value stored, the page scans in the
background, merges, separates and undoes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from db.merge import merge_preview
from db.models import DocumentHeld, NotSamePerson, Person
from tests.conftest import dump_hash
from tests.test_merge import UNCHANGED, pair  # noqa: F401 - the fixture


@pytest.fixture
def app(qapp):
    from desktop.app import register_fonts
    from ui import i18n

    register_fonts()
    i18n.install(qapp, "en")
    yield qapp
    i18n.install(qapp, "en")


@pytest.fixture
def yes(monkeypatch):
    """Every question answered yes; the questions asked are collected."""
    asked = []
    for module in ("ui.merge_dialog", "ui.pages.duplicates"):
        monkeypatch.setattr(f"{module}.ask", lambda parent, text, **kw: asked.append(text) or True)
    return asked


@pytest.fixture
def unmarked(admin, pair):  # noqa: F811
    """The pair, no longer marked "not the same person" (so a scan proposes it)."""
    with admin.transaction() as db:
        db.delete(db.get(NotSamePerson, (pair["keep"], pair["other"])))
    return pair


@pytest.fixture
def no_errors(monkeypatch):
    shown = []
    for module in ("ui.merge_dialog", "ui.pages.duplicates"):
        monkeypatch.setattr(f"{module}.show_error", lambda parent, text, details="": shown.append(text))
    return shown


def test_dialog_shows_what_differs_and_stores_the_value_chosen(app, qtbot, admin, pair, yes, no_errors):  # noqa: F811
    from ui.merge_dialog import MergeDialog

    dialog = MergeDialog(admin, pair["keep"], pair["other"])
    qtbot.addWidget(dialog)
    dialog.show()
    preview = merge_preview(admin, pair["keep"], pair["other"])
    # A choice (highlighted) exactly where the two records differ; the others are shown once each.
    assert set(dialog.radios) == set(preview.differing)
    assert "sex" not in dialog.radios and "phone" in dialog.radios
    assert dialog.keep_a.isChecked() and "MOS-2026-00001" in dialog.keep_a.text()
    assert dialog.radios["phone"][1].text().endswith("07801112222\u202c\u200e")
    assert "Documents held: 2" in dialog.moving.text() and "Related people: 3" in dialog.moving.text()
    assert dialog.warning.isVisible()  # staff once said these two are different people
    # Suggested: the exact date of birth of record B, the kept record's phone.
    assert dialog.radios["birth"][1].isChecked() and dialog.radios["phone"][0].isChecked()
    qtbot.mouseClick(dialog.radios["phone"][1], Qt.MouseButton.LeftButton)
    dialog.radios["birth"][0].setFocus()
    qtbot.keyClick(dialog.radios["birth"][0], Qt.Key.Key_Space)  # back to A's date, from the keyboard
    assert dialog.choices()["phone"] == "other" and dialog.choices()["birth"] == "keep"
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert yes and "MOS-2026-00003" in yes[0] and not no_errors
    assert dialog.result is not None and dialog.result.kept_id == pair["keep"]
    with admin.transaction() as db:
        person = db.get(Person, pair["keep"])
        assert person.phone == "07801112222" and person.birth_precision == "about"
        assert db.get(Person, pair["other"]) is None


def test_choosing_the_other_record_to_keep_from_the_keyboard(app, qtbot, admin, pair, yes):  # noqa: F811
    from ui.merge_dialog import MergeDialog

    dialog = MergeDialog(admin, pair["keep"], pair["other"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert dialog.keep_b.isChecked() and dialog.keep_id == pair["other"]
    # Untouched rows follow the kept record now: its own family name (empty) loses to A's.
    assert dialog.radios["family_name"][0].isChecked()
    assert dialog.choices()["family_name"] == "other"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result is None and not yes
    with admin.transaction() as db:
        assert db.get(Person, pair["other"]) is not None


def test_a_record_changed_while_the_dialog_is_open_is_not_merged(app, qtbot, admin, pair, yes, no_errors):  # noqa: F811
    from ui.merge_dialog import MergeDialog

    dialog = MergeDialog(admin, pair["keep"], pair["other"])
    qtbot.addWidget(dialog)
    with admin.transaction() as db:
        db.get(Person, pair["keep"]).phone = "07700000000"
    dialog.merge()
    assert dialog.result is None and "changed after you compared" in no_errors[0]
    assert dialog.radios["phone"][0].text().endswith("07700000000\u202c\u200e")  # read again
    dialog.merge()
    assert dialog.result is not None


def test_page_finds_merges_and_undoes(app, qtbot, admin, unmarked, yes, no_errors, monkeypatch):
    from ui.merge_dialog import MergeDialog
    from ui.pages.duplicates import DuplicatesPage, PairsModel

    pair = unmarked  # noqa: F811

    before = dump_hash(admin, UNCHANGED)
    page = DuplicatesPage(admin)
    qtbot.addWidget(page)
    page.show()
    assert not page.compare_button.isEnabled()
    qtbot.mouseClick(page.find_button, Qt.MouseButton.LeftButton)
    assert page.scanning and not page.find_button.isEnabled()
    page.wait()
    assert not page.scanning and page.model.rowCount() >= 1
    row = next(r for r in range(page.model.rowCount())
               if {page.model.pair(r).a_id, page.model.pair(r).b_id} == {pair["keep"], pair["other"]})
    files = page.model.data(page.model.index(row, PairsModel.COL_FILES))
    assert "MOS-2026-00001" in files and "MOS-2026-00003" in files
    assert "same" in page.model.data(page.model.index(row, PairsModel.COL_REASONS))
    page.select_row(row)

    # Compare and merge: the real dialog, its Merge button pressed.
    def merge_at_once(dialog):
        dialog.merge()
        return dialog.result is not None

    monkeypatch.setattr(MergeDialog, "exec", merge_at_once)
    qtbot.mouseClick(page.compare_button, Qt.MouseButton.LeftButton)
    assert page.banner.isVisible() and "MOS-2026-00003" in page.banner_text.text()
    assert all(pair["other"] not in (page.model.pair(r).a_id, page.model.pair(r).b_id)
               for r in range(page.model.rowCount()))
    assert page.merges.rowCount() == 1 and "MOS-2026-00003" in page.merges.item(0, 2).text()
    with admin.transaction() as db:
        assert db.get(Person, pair["other"]) is None

    qtbot.mouseClick(page.banner_undo, Qt.MouseButton.LeftButton)
    assert not page.banner.isVisible() and not no_errors
    assert page.merges.item(0, 4).text()  # shown as undone, when and by whom
    page.merges.selectRow(0)
    assert not page.undo_button.isEnabled()
    assert dump_hash(admin, UNCHANGED) == before


def test_undo_from_the_list_tells_what_changed_since(app, qtbot, admin, pair, yes, no_errors):  # noqa: F811
    from db.merge import merge_people
    from ui.pages.duplicates import DuplicatesPage

    preview = merge_preview(admin, pair["keep"], pair["other"])
    merge_people(admin, pair["keep"], pair["other"], {"phone": "other"}, versions=preview.versions(pair["keep"]))
    with admin.transaction() as db:
        db.get(Person, pair["keep"]).phone = "07712345678"
        db.delete(db.scalars(select(DocumentHeld).where(DocumentHeld.number == "R9")).one())
    page = DuplicatesPage(admin)
    qtbot.addWidget(page)
    page.merges.selectRow(0)
    assert page.undo_button.isEnabled()
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert "deleted since the merge" in no_errors[0] and "Documents held: 1" in no_errors[0]
    assert "Phone" in no_errors[0]
    with admin.transaction() as db:
        assert db.get(Person, pair["other"]).phone == "07801112222"


def test_not_the_same_person_takes_the_pair_off_the_list(app, qtbot, admin, unmarked, yes):
    from ui.pages.duplicates import DuplicatesPage

    page = DuplicatesPage(admin)
    qtbot.addWidget(page)
    page.scan()
    page.wait()
    rows = page.model.rowCount()
    page.select_row(0)
    match = page.model.pair(0)
    qtbot.mouseClick(page.not_same_button, Qt.MouseButton.LeftButton)
    assert yes and page.model.rowCount() == rows - 1
    with admin.transaction() as db:
        assert db.get(NotSamePerson, (match.a_id, match.b_id)) is not None
    page.scan()
    page.wait()
    assert match not in page.model.pairs


def test_a_scan_can_be_stopped(app, qtbot, admin, pair):  # noqa: F811
    from ui.pages.duplicates import DuplicatesPage

    page = DuplicatesPage(admin)
    qtbot.addWidget(page)
    page.scan()
    page.cancel_scan()
    page.wait()
    assert "Stopped" in page.status.text() and page.model.rowCount() == 0 and page.find_button.isEnabled()


def test_arabic_dialog_reads_right_to_left(qapp, qtbot, admin, pair):  # noqa: F811
    from desktop.app import register_fonts
    from ui import i18n
    from ui.merge_dialog import MergeDialog

    register_fonts()
    i18n.install(qapp, "ar")
    try:
        dialog = MergeDialog(admin, pair["keep"], pair["other"])
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        # The first record is on the right, the field names right of both.
        a, b = dialog.keep_a, dialog.keep_b
        assert a.mapTo(dialog, a.rect().center()).x() > b.mapTo(dialog, b.rect().center()).x()
        assert "MOS-2026-00001" in a.text() and a.text() != "First record: MOS-2026-00001"
    finally:
        i18n.install(qapp, "en")


def test_the_page_is_for_those_who_may_edit_people(app, qtbot, admin, vault_path):
    from db import users
    from db.vault import Vault
    from desktop.app import SanadController

    users.add_user(admin, "boss", "manager-pass-123", role="manager", must_change_password=False)
    admin.vault.close()
    for name, password, expected in (("admin", None, True), ("boss", "manager-pass-123", False)):
        from tests.conftest import ADMIN_PASSWORD

        vault = Vault.open(vault_path)
        session = vault.unlock(name, password or ADMIN_PASSWORD)
        ctl = SanadController(app, vault)
        qtbot.addWidget(ctl.window)
        ctl.start(session)
        try:
            assert ("duplicates" in ctl.window.page_keys()) is expected
        finally:
            app.removeEventFilter(ctl.idle)
            app.removeNativeEventFilter(ctl.session_lock)
            ctl.idle.timer.stop()
            vault.close()
