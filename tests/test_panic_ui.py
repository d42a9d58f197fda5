"""The emergency wipe in the window: the app-wide shortcut, the typed word, and what the user sees."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from db import office, panic
from db.keyfile_paths import keys_path_for


@pytest.fixture
def app(qapp):
    from ui import i18n

    i18n.install(qapp, "en")
    yield qapp
    i18n.install(qapp, "en")


def test_wipe_button_waits_for_the_word_then_wipes(app, admin, qtbot):
    """Fault: a single click or Enter wipes the vault. Promise: "Wipe now" stays disabled until the
    word is typed exactly; then the key file is gone and the dialog reports it wiped."""
    from ui.panic import WipeDialog

    office.save_settings(admin, {panic.SETTING: True})
    dialog = WipeDialog(admin)
    qtbot.addWidget(dialog)
    assert not dialog.wipe_button.isEnabled()
    qtbot.keyClicks(dialog.confirm, "WIP")
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert not dialog.wipe_button.isEnabled() and keys_path_for(admin.vault.path).exists()
    qtbot.keyClicks(dialog.confirm, "E")
    assert dialog.wipe_button.isEnabled()
    with qtbot.waitSignal(dialog.wiped):
        qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert not keys_path_for(admin.vault.path).exists()
    assert not admin.vault.is_unlocked


def test_shortcut_when_not_enabled_explains_and_changes_nothing(app, admin, qtbot, monkeypatch):
    """Fault: the shortcut pressed in an office that has not enabled the wipe. Promise: a message
    saying an administrator can turn it on; no dialog, nothing wiped."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QWidget

    from ui import panic as ui_panic

    shown = []
    monkeypatch.setattr(ui_panic, "show_error", lambda parent, text, details="": shown.append(text))
    window = QWidget()
    window.session = admin
    qtbot.addWidget(window)
    shortcut = ui_panic.install_shortcut(window)
    assert shortcut.key() == QKeySequence("Ctrl+Alt+Shift+W")
    assert shortcut.context() == Qt.ShortcutContext.ApplicationShortcut
    shortcut.activated.emit()
    assert shown and "not enabled" in shown[0]
    assert keys_path_for(admin.vault.path).exists()


def test_main_window_has_the_shortcut(app, admin, qtbot):
    """Promise: the main window carries the wipe shortcut app-wide from the start."""
    from ui.main_window import MainWindow

    window = MainWindow(admin.vault)
    qtbot.addWidget(window)
    assert window.wipe_shortcut.key().toString() == "Ctrl+Alt+Shift+W"


def test_wipe_from_the_lock_screen_when_the_last_session_had_it_on(app, admin, qtbot):
    """Fault: intruders arrive while Sanad is locked (the setting inside the vault cannot be read).
    Promise: the window remembers, in memory, that the signed-in office enabled the wipe; from the
    lock screen the shortcut's dialog still needs the word and then wipes. Without it enabled in the
    last session, the shortcut does nothing while locked."""
    from ui import panic as ui_panic
    from ui.main_window import MainWindow
    from ui.panic import WipeDialog

    window = MainWindow(admin.vault)
    qtbot.addWidget(window)
    window.show_session(admin)
    assert window.wipe_allowed is False
    office.save_settings(admin, {panic.SETTING: True})
    window.settings_saved.emit(office.get_settings(admin))
    assert window.wipe_allowed is True
    window.show_session(admin)  # a new session reads it again
    assert window.wipe_allowed is True
    admin.vault.lock(audit_entry=False)
    window.show_locked("admin")
    assert window.session is None
    dialog = WipeDialog(None, window, vault=window.vault)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.confirm, "WIPE")
    with qtbot.waitSignal(dialog.wiped):
        dialog.wipe_button.click()
    assert not keys_path_for(admin.vault.path).exists()

    window.wipe_allowed = False
    assert ui_panic.start_wipe(window, None) is False


def test_wipe_locked_needs_the_word(admin):
    """Promise: the lock-screen path also refuses without the typed word, and changes nothing."""
    admin.vault.lock(audit_entry=False)
    with pytest.raises(panic.WipeNotConfirmed):
        panic.wipe_locked(admin.vault, "please")
    assert keys_path_for(admin.vault.path).exists()
