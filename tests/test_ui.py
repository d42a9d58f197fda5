"""The window, driven as a user would (offscreen Qt, pytest-qt): wizard, sign-in, lock, users,
settings, language and direction."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QWizard,
)

from db.vault import Vault
from tests.conftest import ADMIN_PASSWORD, sha256

MARKER = "ZZMARK-office-7731"


@pytest.fixture
def app(qapp):
    from desktop.app import register_fonts
    from ui import i18n

    register_fonts()
    i18n.install(qapp, "en")
    yield qapp
    i18n.install(qapp, "en")


@pytest.fixture
def controller(app, admin, qtbot):
    from db import office
    from desktop.app import SanadController

    office.save_settings(admin, {"office_name_en": MARKER, "language": "en"})
    ctl = SanadController(app, admin.vault)
    qtbot.addWidget(ctl.window)
    ctl.start(admin)
    yield ctl
    app.removeEventFilter(ctl.idle)
    app.removeNativeEventFilter(ctl.session_lock)
    ctl.idle.timer.stop()


def all_visible_text(widget) -> str:
    """Every piece of text a widget tree holds: labels, edits, and table cells."""
    parts = []
    for child in [widget, *widget.findChildren(object)]:
        if isinstance(child, QLabel):
            parts.append(child.text())
        elif isinstance(child, QLineEdit):
            parts.append(child.text())
        elif isinstance(child, QPlainTextEdit):
            parts.append(child.toPlainText())
        elif isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            from PySide6.QtCore import QModelIndex

            root = QModelIndex()
            columns = model.columnCount(root) if hasattr(model, "headerData") and not isinstance(
                child, QListView) else 1
            for row in range(model.rowCount(root)):
                for col in range(columns):
                    parts.append(str(model.data(model.index(row, col))))
    return "\n".join(parts)


def test_wizard_end_to_end(app, qtbot, tmp_path, monkeypatch):
    from ui.wizard import FirstRunWizard

    path = tmp_path / "new.sanad"
    wizard = FirstRunWizard(path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.office.name_ar.setText("منظمة الأمل")  # QTest types ASCII only
    qtbot.keyClicks(wizard.office.name_en, "Hope Organisation")
    wizard.next()
    assert wizard.currentPage() is wizard.admin
    qtbot.keyClicks(wizard.admin.full_name, "Samira")
    qtbot.keyClicks(wizard.admin.password.first, "short")
    qtbot.keyClicks(wizard.admin.password.second, "short")
    wizard.next()
    assert wizard.currentPage() is wizard.admin  # refused, with the reason next to the field
    assert "at least 10" in wizard.admin.password.error.text()
    for edit in (wizard.admin.password.first, wizard.admin.password.second):
        edit.clear()
        qtbot.keyClicks(edit, "a-good-long-secret")
    wizard.next()
    assert wizard.currentPage() is wizard.recovery
    recovery = wizard.recovery_key
    assert len(recovery.replace("-", "")) == 55
    assert wizard.recovery.key_label.text().replace("\n", "-") == recovery
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # not before the key is confirmed as kept
    wizard.recovery.confirm.setChecked(True)
    assert finish.isEnabled()
    assert not path.exists()  # nothing written before Finish
    monkeypatch.setattr("ui.recovery_sheet.print_sheet", lambda *args: True)
    wizard.recovery.print_button.click()
    finish.click()
    assert wizard.session is not None and path.exists()
    from db import auditlog

    assert any(r.action == "print" and "recovery_sheet" in r.details for r in auditlog.recent(wizard.session, 20))
    assert wizard.session.user.username == "admin" and wizard.session.user.full_name == "Samira"
    assert wizard.recovery.key_label.text() == ""
    wizard.session.vault.close()
    vault = Vault.open(path)
    session = vault.unlock_with_recovery(recovery)
    from db import office

    assert office.get_settings(session)["office_name_en"] == "Hope Organisation"
    from sqlalchemy import select

    from db.models import Location

    # The shipped place table is there from the first day: Mosul can be chosen and imported by name.
    with session.transaction() as db:
        assert db.scalar(select(Location.name_ar).where(Location.pcode == "IQG15Q05")) == "الموصل"
    vault.close()


def test_recovery_sheet_holds_the_key(app):
    from ui.recovery_sheet import sheet_document

    doc = sheet_document("AAAAA-BBBBB-CCCCC", "Hope", "/x/v.sanad")
    text = doc.toPlainText()
    assert "AAAAA" in text and "CCCCC" in text and "Hope" in text


def test_login_wrong_password_shows_message_and_leaves_file(app, admin, vault_path, qtbot):
    from ui.login import LoginDialog

    admin.vault.close()
    before = sha256(vault_path)
    vault = Vault.open(vault_path)
    dialog = LoginDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.form.username, "admin")
    qtbot.keyClicks(dialog.form.password, "wrong password")
    qtbot.mouseClick(dialog.form.unlock_button, Qt.MouseButton.LeftButton)
    assert "not correct" in dialog.form.error.text()
    assert dialog.form.password.text() == ""
    assert not dialog.form.unlock_button.isEnabled()  # waiting out the delay
    assert dialog.session is None
    assert sha256(vault_path) == before
    vault.keyfile.throttle.failures = 0
    dialog.form._tick()
    qtbot.keyClicks(dialog.form.password, ADMIN_PASSWORD)
    qtbot.keyClick(dialog.form.password, Qt.Key.Key_Return)
    assert dialog.session is not None
    vault.close()


def test_demo_vault_shows_its_password_on_the_login_screen(app, tmp_path, qtbot):
    from ui.login import LoginForm

    session, _ = Vault.create(tmp_path / "demo.sanad", admin_username="admin", admin_password="demo",
                              demo_password="demo")
    session.vault.close()
    vault = Vault.open(tmp_path / "demo.sanad")
    form = LoginForm(vault)
    qtbot.addWidget(form)
    assert "DEMO" in all_visible_text(form) and "password: demo" in all_visible_text(form)
    vault.close()


def test_lock_hides_content_and_clears_the_key(controller, qtbot):
    window = controller.window
    assert MARKER in all_visible_text(window)
    key = controller.vault.master_key
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.session is None
    assert not key.present and not controller.vault.is_unlocked
    QApplication.processEvents()
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert MARKER not in all_visible_text(window)
    assert window.windowTitle() in ("Sanad", "Sanad — DEMO")
    form = window.lock_form
    assert form.username.text() == "admin"
    qtbot.keyClicks(form.password, ADMIN_PASSWORD)
    qtbot.keyClick(form.password, Qt.Key.Key_Return)
    assert controller.session is not None
    assert MARKER in all_visible_text(controller.window)


def test_idle_time_locks_with_a_fake_clock(controller):
    now = [1000.0]
    controller.idle.clock = lambda: now[0]
    controller.idle.reset()
    now[0] += 4 * 60
    controller.idle.check()
    assert controller.session is not None
    now[0] += 61
    controller.idle.check()
    assert controller.session is None and controller.window.lock_form is not None


def test_minimising_locks_unless_the_office_turned_it_off(controller, qtbot):
    controller.window.showMinimized()
    QApplication.processEvents()
    assert controller.session is None
    controller.window.showNormal()
    form = controller.window.lock_form
    qtbot.keyClicks(form.password, ADMIN_PASSWORD)
    qtbot.keyClick(form.password, Qt.Key.Key_Return)
    page = controller.window.show_page("settings")
    page.editors["lock_on_minimise"].setChecked(False)
    page.save()
    controller.window.showMinimized()
    QApplication.processEvents()
    assert controller.session is not None


def test_windows_session_lock_message_locks_sanad(controller):
    """R3: WM_WTSSESSION_CHANGE / WTS_SESSION_LOCK, as Windows sends it, locks; other messages don't."""
    import ctypes

    from PySide6.QtCore import QByteArray

    from desktop.lock import _MSG, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK

    kind = QByteArray(b"windows_generic_MSG")
    other = _MSG(message=WM_WTSSESSION_CHANGE, wParam=0x8)  # WTS_SESSION_UNLOCK
    controller.session_lock.nativeEventFilter(kind, ctypes.addressof(other))
    assert controller.session is not None
    message = _MSG(message=WM_WTSSESSION_CHANGE, wParam=WTS_SESSION_LOCK)
    controller.session_lock.nativeEventFilter(kind, ctypes.addressof(message))
    assert controller.session is None


def test_lock_closes_open_dialogs(controller, qtbot):
    from ui.pages.users import UserDialog

    dialog = UserDialog(controller.session, parent=controller.window)
    dialog.show()
    controller.lock()
    assert not dialog.isVisible()


def test_users_page_adds_a_user(controller, qtbot):
    page = controller.window.show_page("users")
    from ui.pages.users import UserDialog

    dialog = UserDialog(controller.session, parent=page)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "noor")
    qtbot.keyClicks(dialog.full_name, "Noor Hassan")
    dialog.role.setCurrentIndex(dialog.role.findData("legal"))
    qtbot.keyClicks(dialog.password.first, "first-pass-word-1")
    qtbot.keyClicks(dialog.password.second, "first-pass-word-2")
    dialog._save()
    assert "not the same" in dialog.password.error.text()
    dialog.password.second.clear()
    qtbot.keyClicks(dialog.password.second, "first-pass-word-1")
    dialog._save()
    assert dialog.result() == dialog.DialogCode.Accepted
    page.refresh()
    names = [u.username for u in page.model.rows]
    assert "noor" in names


def test_settings_validation_and_language_switch_to_arabic(controller, qtbot):
    page = controller.window.show_page("settings")
    combo = page.editors["language"]
    combo.setCurrentIndex(combo.findData("ar"))
    page.save()
    QApplication.processEvents()
    window = controller.window
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window.show()
    QApplication.processEvents()
    # Right to left: navigation sits to the right of the pages.
    nav_x = window.nav.mapTo(window, window.nav.rect().topLeft()).x()
    pages_x = window.pages.mapTo(window, window.pages.rect().topLeft()).x()
    assert nav_x > pages_x
    home_title = window.nav.item(0).text()
    assert home_title != "Home" and any("\u0600" <= ch <= "\u06ff" for ch in home_title)


def test_must_change_password_is_asked_at_sign_in(app, admin, vault_path, qtbot, monkeypatch):
    from db import users
    from desktop.app import SanadController
    from ui.pages import security

    users.add_user(admin, "newcomer", "temporary-pass-1", role="staff")
    admin.vault.close()
    vault = Vault.open(vault_path)
    session = vault.unlock("newcomer", "temporary-pass-1")
    asked = []

    def fake_exec(dialog):
        asked.append(True)
        qtbot.keyClicks(dialog.form.old, "temporary-pass-1")
        qtbot.keyClicks(dialog.form.new.first, "my-chosen-secret-1")
        qtbot.keyClicks(dialog.form.new.second, "my-chosen-secret-1")
        dialog._save()
        return dialog.result()

    monkeypatch.setattr(security.ChangePasswordDialog, "exec", fake_exec)
    ctl = SanadController(app, vault)
    qtbot.addWidget(ctl.window)
    ctl.start(session)
    assert asked and ctl.session is not None and not ctl.session.user.must_change_password
    app.removeEventFilter(ctl.idle)
    ctl.idle.timer.stop()
    vault.close()


def test_staff_sees_no_admin_pages(app, admin, vault_path, qtbot):
    from db import users
    from desktop.app import SanadController

    users.add_user(admin, "clerk", "front-desk-pass-1", role="staff", must_change_password=False)
    admin.vault.close()
    vault = Vault.open(vault_path)
    session = vault.unlock("clerk", "front-desk-pass-1")
    ctl = SanadController(app, vault)
    qtbot.addWidget(ctl.window)
    ctl.start(session)
    keys = ctl.window.page_keys()
    assert "users" not in keys and "audit" not in keys and "reports" not in keys
    assert "people" in keys and "security" in keys
    app.removeEventFilter(ctl.idle)
    ctl.idle.timer.stop()
    vault.close()


def test_recovery_dialog_sets_a_new_admin_password(app, admin, vault_path, qtbot):
    from ui.recovery import RecoveryDialog

    recovery = admin.recovery
    admin.vault.close()
    vault = Vault.open(vault_path)
    dialog = RecoveryDialog(vault)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.key_edit, "not a key")
    dialog._next()
    assert dialog.key_error.text()
    dialog.key_edit.setText(recovery)
    dialog._next()
    assert dialog.pages.currentIndex() == 1 and dialog.admin_combo.currentData() == "admin"
    qtbot.keyClicks(dialog.new_password.first, "recovered-pass-99")
    qtbot.keyClicks(dialog.new_password.second, "recovered-pass-99")
    dialog._next()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.session.user.username == "admin"
    vault.close()
    Vault.open(vault_path).unlock("admin", "recovered-pass-99").vault.close()


def test_qt_calls_do_not_leak_references_to_none(qapp):
    """PySide6 6.12.0 on Python 3.11 dropped a reference to None on every Qt call returning void,
    until the process died with 'Fatal Python error: none_dealloc' (found by the people
    benchmark scrolling a million rows). The pinned version must not."""
    import sys

    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert abs(before - sys.getrefcount(None)) < 50
