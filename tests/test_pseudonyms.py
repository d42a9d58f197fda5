"""Pseudonym keys managed by an administrator (db/pseudonyms.py) on a real vault: who may, what a
replacement does to pseudonyms, the default key kept, every change audited; and the dialog that
does it (ui/pseudonym_keys.py) driven with real widgets."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from db import export_data, pseudonyms
from db.errors import PermissionDenied, ValidationError
from db.models import AuditEntry
from db.permissions import Role
from db.session import CurrentUser, UserSession
from exports.anonymise import pseudonym

FILE_NUMBER = "MOS-2026-00001"


def _as(admin, role: Role) -> UserSession:
    return UserSession(admin.vault, CurrentUser(admin.user.id, f"{role.value}1", "", role, True))


def _entries(session, entity: str = pseudonyms.AUDIT_ENTITY) -> list[tuple[str, str, str]]:
    with session.transaction() as db:
        return [(e.action, e.entity_id, e.username) for e in db.scalars(
            select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.seq))]


@pytest.mark.parametrize("role", [Role.STAFF, Role.LEGAL, Role.MANAGER])
def test_only_administrators_manage_keys_and_refusals_are_audited(admin, role):
    pseudonyms.make_key(admin, "donor-x")
    other = _as(admin, role)
    for call in (lambda: pseudonyms.list_keys(other), lambda: pseudonyms.make_key(other, "mine"),
                 lambda: pseudonyms.replace_key(other, "donor-x"), lambda: pseudonyms.delete_key(other, "donor-x")):
        with pytest.raises(PermissionDenied):
            call()
    with admin.transaction() as db:
        refused = db.scalars(select(AuditEntry.details).where(AuditEntry.action == "permission_denied",
                                                              AuditEntry.username == f"{role.value}1")).all()
    assert len(refused) == 4 and all('"edit_settings"' in d for d in refused)
    assert [k.name for k in pseudonyms.list_keys(admin)] == ["default", "donor-x"]  # nothing changed


def test_the_default_key_is_listed_before_any_export_made_it(admin):
    [default] = pseudonyms.list_keys(admin)
    assert (default.name, default.exists, default.is_default, default.made_at) == ("default", False, True, None)


def test_a_new_key_records_who_made_it_and_when(admin):
    before = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    assert pseudonyms.make_key(admin, " donor-x ") == "donor-x"
    keys = {k.name: k for k in pseudonyms.list_keys(admin)}
    made = keys["donor-x"]
    assert made.exists and made.made_by == "admin" and made.made_at is not None
    assert before <= made.made_at <= before + dt.timedelta(minutes=1)
    assert (made.replaced_at, made.replaced_by) == (None, "")
    # Exports can pick it by name, after the default.
    assert export_data.pseudonym_key_names(admin) == ["default", "donor-x"]
    assert _entries(admin) == [("pseudonym_key_made", "donor-x", "admin")]


def test_names_are_checked_and_never_made_twice(admin):
    pseudonyms.make_key(admin, "donor-x")
    with pytest.raises(pseudonyms.KeyNameTaken):
        pseudonyms.make_key(admin, "donor-x")
    for bad in ("", "with space", "مفتاح", "x" * 41, "a;b"):
        with pytest.raises(ValidationError):
            pseudonyms.make_key(admin, bad)
    assert _entries(admin) == [("pseudonym_key_made", "donor-x", "admin")]


def test_replacing_a_key_gives_the_same_file_number_another_pseudonym(admin):
    pseudonyms.make_key(admin, "donor-x")
    key = export_data.pseudonym_key(admin, "donor-x")
    first = pseudonym(key, FILE_NUMBER)
    assert pseudonym(export_data.pseudonym_key(admin, "donor-x"), FILE_NUMBER) == first  # stable until replaced
    pseudonyms.replace_key(admin, "donor-x")
    again = pseudonym(export_data.pseudonym_key(admin, "donor-x"), FILE_NUMBER)
    assert again != first
    other = pseudonym(export_data.pseudonym_key(admin, "default"), FILE_NUMBER)
    assert other not in (first, again)  # keys are separate
    replaced = {k.name: k for k in pseudonyms.list_keys(admin)}["donor-x"]
    assert replaced.replaced_by == "admin" and replaced.replaced_at is not None and replaced.made_at is not None
    assert ("pseudonym_key_replaced", "donor-x", "admin") in _entries(admin)


def test_replacing_the_default_before_any_export_makes_it(admin):
    pseudonyms.replace_key(admin, "default")
    [default] = pseudonyms.list_keys(admin)
    assert default.exists and default.made_by == "admin"
    with pytest.raises(pseudonyms.NoSuchKey):
        pseudonyms.replace_key(admin, "never-made")


def test_delete_refuses_the_default_and_removes_another_key(admin):
    export_data.pseudonym_key(admin)  # made by an export
    pseudonyms.make_key(admin, "donor-x")
    old = pseudonym(export_data.pseudonym_key(admin, "donor-x"), FILE_NUMBER)
    with pytest.raises(pseudonyms.DefaultKeyKept):
        pseudonyms.delete_key(admin, "default")
    with pytest.raises(pseudonyms.NoSuchKey):
        pseudonyms.delete_key(admin, "never-made")
    pseudonyms.delete_key(admin, "donor-x")
    assert [k.name for k in pseudonyms.list_keys(admin)] == ["default"]
    assert _entries(admin)[-1] == ("pseudonym_key_deleted", "donor-x", "admin")
    # Gone: an export asking for it is refused; made again, it is a new key that links to nothing before.
    with pytest.raises(export_data.UnknownPseudonymKey):
        export_data.pseudonym_key(admin, "donor-x")
    pseudonyms.make_key(admin, "donor-x")
    assert pseudonym(export_data.pseudonym_key(admin, "donor-x"), FILE_NUMBER) != old


def test_a_key_made_by_an_export_shows_who_made_it_from_the_audit_log(admin):
    manager = _as(admin, Role.MANAGER)
    export_data.pseudonym_key(manager)  # the default key, made on the first anonymised export
    pseudonyms.replace_key(admin, "default")
    default = {k.name: k for k in pseudonyms.list_keys(admin)}["default"]
    assert default.made_by == "manager1" and default.made_at is not None
    assert default.replaced_by == "admin" and default.replaced_at >= default.made_at
    # Only the default is made by an export: a manager cannot start a series of their own.
    with pytest.raises(export_data.UnknownPseudonymKey):
        export_data.pseudonym_key(manager, "quarterly")
    assert [k.name for k in pseudonyms.list_keys(admin)] == ["default"]


def test_every_change_is_one_audited_step(admin):
    pseudonyms.make_key(admin, "a")
    pseudonyms.replace_key(admin, "a")
    pseudonyms.delete_key(admin, "a")
    assert _entries(admin) == [("pseudonym_key_made", "a", "admin"), ("pseudonym_key_replaced", "a", "admin"),
                               ("pseudonym_key_deleted", "a", "admin")]
    from db import audit

    with admin.transaction() as db:
        assert audit.verify(db).ok


# ---- the dialog ----------------------------------------------------------------------------------------


@pytest.fixture
def app(qapp):
    from ui import i18n

    i18n.install(qapp, "en")
    yield qapp


@pytest.fixture
def dialog(app, admin, qtbot):
    from ui.pseudonym_keys import PseudonymKeysDialog

    widget = PseudonymKeysDialog(admin)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _rows(dialog) -> list[list[str]]:
    return [[dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]
            for r in range(dialog.table.rowCount())]


def _select(dialog, name: str) -> None:
    dialog.table.setCurrentCell([k.name for k in dialog.keys].index(name), 0)


def test_the_dialog_makes_replaces_and_deletes_keys(dialog, admin, qtbot, monkeypatch):
    from PySide6.QtCore import Qt

    from ui import pseudonym_keys

    assert _rows(dialog) == [["default", "Not yet: the first anonymised export makes it", "", "", ""]]
    assert dialog.replace_button.isEnabled() and not dialog.delete_button.isEnabled()  # the default stays

    asked = []
    answer = [False]
    monkeypatch.setattr(pseudonym_keys, "ask", lambda parent, text, **kw: asked.append(text) or answer[0])
    qtbot.keyClicks(dialog.new_name, "with space")
    qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)  # makes the key, never presses Replace or Delete
    assert asked == []
    assert dialog.name_error.isVisible() and "Latin letters" in dialog.name_error.text()
    dialog.new_name.clear()
    qtbot.keyClicks(dialog.new_name, "donor-x")
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert not dialog.name_error.isVisible() and dialog.new_name.text() == ""
    made = _rows(dialog)[1]
    assert made[0] == "donor-x" and made[2] == "admin" and made[1][2:18].startswith("20")
    assert dialog.selected().name == "donor-x" and dialog.delete_button.isEnabled()
    qtbot.keyClicks(dialog.new_name, "donor-x")
    dialog.make_button.click()
    assert dialog.name_error.text() == "There is already a pseudonym key called donor-x. Choose another name."

    before = pseudonym(export_data.pseudonym_key(admin, "donor-x"), FILE_NUMBER)
    dialog.replace_button.click()  # answered "Keep it"
    assert pseudonym(export_data.pseudonym_key(admin, "donor-x"), FILE_NUMBER) == before
    assert "can no longer be linked to exports made with it before" in asked[0] and "donor-x" in asked[0]
    answer[0] = True
    dialog.replace_button.click()
    assert pseudonym(export_data.pseudonym_key(admin, "donor-x"), FILE_NUMBER) != before
    assert _rows(dialog)[1][4] == "admin" and "replaced" in dialog.status.text()

    dialog.delete_button.click()
    assert "Delete the key donor-x?" in asked[-1]
    assert [k.name for k in pseudonyms.list_keys(admin)] == ["default"] and dialog.table.rowCount() == 1
    assert [a for a, name, _who in _entries(admin) if name == "donor-x"] == [
        "pseudonym_key_made", "pseudonym_key_replaced", "pseudonym_key_deleted"]

    _select(dialog, "default")
    dialog.replace_button.click()  # the default is made by replacing it before any export
    assert _rows(dialog)[0][2] == "admin"


def test_the_reports_page_offers_the_keys_to_administrators_only(app, admin, qtbot, monkeypatch):
    from ui.pages.reports import ReportsPage
    from ui.pseudonym_keys import PseudonymKeysDialog

    page = ReportsPage(admin)
    qtbot.addWidget(page)
    opened = []
    monkeypatch.setattr(PseudonymKeysDialog, "exec", lambda self: opened.append(self.table.rowCount()))
    page.findChild(type(page.report_button), "pseudonymKeys").click()
    assert opened == [1]
    manager = ReportsPage(_as(admin, Role.MANAGER))
    qtbot.addWidget(manager)
    assert manager.findChild(type(page.report_button), "pseudonymKeys") is None


def test_right_to_left_the_key_just_made_is_the_one_selected(qapp, admin, qtbot):
    from ui import i18n
    from ui.pseudonym_keys import PseudonymKeysDialog

    i18n.install(qapp, "ar")
    try:
        dialog = PseudonymKeysDialog(admin)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.isRightToLeft() and dialog.selected().name == "default"
        assert not dialog.delete_button.isEnabled()
        dialog.new_name.setText("donor-x")
        dialog.make_button.click()
        assert dialog.selected().name == "donor-x" and dialog.delete_button.isEnabled()
    finally:
        i18n.install(qapp, "en")
