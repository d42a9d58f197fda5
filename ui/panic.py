"""The emergency wipe in the window: one app-wide shortcut (Ctrl+Alt+Shift+W — not Ctrl+Alt+Delete,
which Windows keeps for itself) opens a confirmation where the user types a word; then db/panic.py
destroys the key file and the vault's header and the application quits. It works on the lock
screen too when the last signed-in session had the office setting on."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from db import panic
from db.errors import SanadError
from db.session import UserSession
from ui.i18n import error_text
from ui.messages import show_error

SHORTCUT = "Ctrl+Alt+Shift+W"


class WipeDialog(QDialog):
    wiped = Signal()

    def __init__(self, session: UserSession | None, parent: QWidget | None = None, *, vault=None) -> None:
        super().__init__(parent)
        self.session = session
        self.vault = vault if vault is not None else session.vault
        self.setObjectName("wipeDialog")
        self.setWindowTitle(self.tr("Emergency wipe"))
        self.setMinimumWidth(520)
        self.word = self.tr("WIPE")
        layout = QVBoxLayout(self)
        warning = QLabel(self.tr(
            "This destroys the key file and the beginning of the vault on this computer, in under a "
            "second. After it, nobody can open this vault here: not with a password, not with the "
            "recovery key. Only an off-site backup and the recovery key bring the data back."))
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #842029; font-weight: bold;")
        layout.addWidget(warning)
        prompt = QLabel(self.tr("Type %1 to confirm:").replace("%1", self.word))
        layout.addWidget(prompt)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("wipeWord")
        prompt.setBuddy(self.confirm)
        layout.addWidget(self.confirm)
        self.everything = QCheckBox(self.tr("Then overwrite the whole file too (takes longer)"))
        layout.addWidget(self.everything)
        self.buttons = QDialogButtonBox()
        self.wipe_button = self.buttons.addButton(self.tr("Wipe now"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.wipe_button.setObjectName("wipeNow")
        self.wipe_button.setEnabled(False)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)
        self.wipe_button.clicked.connect(self.wipe)
        layout.addWidget(self.buttons)
        self.confirm.textChanged.connect(self._check)
        self.confirm.returnPressed.connect(self.wipe)
        self.confirm.setFocus()

    def _check(self, text: str) -> None:
        self.wipe_button.setEnabled(panic.confirmed(text) or text.strip() == self.word)

    def wipe(self) -> None:
        typed = self.confirm.text().strip()
        if not self.wipe_button.isEnabled():
            return
        if typed == self.word:  # the word of the window's language
            typed = panic.CONFIRM_WORDS[0]
        try:
            if self.session is not None:
                panic.emergency_wipe(self.session, typed, overwrite_all=self.everything.isChecked())
            else:  # from the lock screen: the window knew the office had enabled it
                panic.wipe_locked(self.vault, typed, overwrite_all=self.everything.isChecked())
        except SanadError as exc:
            show_error(self, error_text(exc))
            return
        self.wiped.emit()
        self.accept()


def start_wipe(parent: QWidget, session: UserSession | None) -> bool:
    """The shortcut's action: a dialog when the office enabled it; True if the vault was wiped."""
    if session is None:
        # Locked: allowed if the last session had it enabled (remembered in memory only).
        vault = getattr(parent, "vault", None)
        if vault is None or not getattr(parent, "wipe_allowed", False):
            return False
        dialog = WipeDialog(None, parent, vault=vault)
    else:
        try:
            enabled = panic.is_enabled(session)
        except SanadError:
            return False
        if not enabled:
            show_error(parent, error_text(panic.WipeNotEnabled()))
            return False
        dialog = WipeDialog(session, parent)
    done = []
    dialog.wiped.connect(lambda: done.append(True))
    dialog.exec()
    if done:
        # Nothing of the vault may stay on screen, and nothing may try to write to it again
        # (closing hooks such as a backup on close look at the window's session).
        if hasattr(parent, "session"):
            parent.session = None
        for widget in QApplication.topLevelWidgets():
            widget.hide()
        QApplication.instance().exit(0)
    return bool(done)


def install_shortcut(window) -> QShortcut:
    """The app-wide shortcut on the main window (it reads `window.session`)."""
    shortcut = QShortcut(QKeySequence(SHORTCUT), window)
    shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
    shortcut.activated.connect(lambda: start_wipe(window, getattr(window, "session", None)))
    # Remember, in memory only, whether the signed-in office enabled the wipe, so it still works
    # from the lock screen (where the setting inside the vault cannot be read).
    window.wipe_allowed = False
    original = getattr(window, "show_session", None)
    if original is not None:
        def show_session(session, _original=original) -> None:
            _original(session)
            window.wipe_allowed = _enabled(session)

        window.show_session = show_session
    saved = getattr(window, "settings_saved", None)
    if saved is not None:
        saved.connect(lambda values: setattr(window, "wipe_allowed", bool(values.get(panic.SETTING, False))))
    return shortcut


def _enabled(session: UserSession) -> bool:
    try:
        return panic.is_enabled(session)
    except SanadError:
        return False
