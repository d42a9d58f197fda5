"""The login form: used as the login window and, inside the main window, as the lock screen."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.errors import SanadError, Throttled
from db.session import UserSession
from db.vault import Vault
from ui.i18n import error_text
from ui.widgets import DemoBanner, FieldError, isolate_ltr


class LoginForm(QWidget):
    """Name, password, unlock. Emits `unlocked(UserSession)`; never shows why beyond
    'name or password not correct', and counts down while the vault makes us wait."""

    unlocked = Signal(object)
    recovery_requested = Signal()
    damaged = Signal(object)  # the password was right but the vault file is damaged (offer a restore)

    def __init__(self, vault: Vault, *, username: str = "", locked_message: str = "", parent=None) -> None:
        super().__init__(parent)
        self.vault = vault
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Sanad"))
        title.setObjectName("loginTitle")
        title.setStyleSheet("font-size: 22pt; font-weight: bold;")
        layout.addWidget(title)
        if locked_message:
            layout.addWidget(QLabel(locked_message))
        if vault.demo:
            layout.addWidget(DemoBanner(vault.demo_password))
        self.vault_label = QLabel(self.tr("Vault: %1").replace("%1", isolate_ltr(str(vault.path))))
        self.vault_label.setWordWrap(True)
        self.vault_label.setStyleSheet("color: #555;")
        layout.addWidget(self.vault_label)

        form = QFormLayout()
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout.addLayout(form)
        self.error = FieldError()
        layout.addWidget(self.error)

        buttons = QHBoxLayout()
        self.recovery_button = QPushButton(self.tr("Use the recovery key…"))
        self.recovery_button.setObjectName("recoveryButton")
        self.recovery_button.setAutoDefault(False)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        buttons.addWidget(self.recovery_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self.unlock_button.clicked.connect(self.try_unlock)
        self.password.returnPressed.connect(self.try_unlock)
        self.username.returnPressed.connect(self.password.setFocus)
        self.recovery_button.clicked.connect(self.recovery_requested)
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._tick)
        QShortcut(QKeySequence("Ctrl+R"), self, activated=self.recovery_requested.emit)

        status = vault.keyfile_status
        if status != "ok":
            self.password.setEnabled(False)
            self.unlock_button.setEnabled(False)
            from db.errors import KeyFileDamaged, KeyFileMissing

            err = KeyFileMissing(vault.path) if status == "missing" else KeyFileDamaged(vault.path)
            self.error.show_text(error_text(err))
        (self.password if username else self.username).setFocus()
        self._tick()

    def try_unlock(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        name = self.username.text().strip()
        if not name:
            self.error.show_text(self.tr("Enter your user name."))
            self.username.setFocus()
            return
        secret = bytearray(self.password.text().encode("utf-8"))
        self.password.clear()
        self.unlock_button.setEnabled(False)
        self.unlock_button.repaint()
        try:
            session = self.vault.unlock(name, secret)
        except Throttled as exc:
            self.error.show_text(error_text(exc))
        except SanadError as exc:
            self.error.show_text(error_text(exc))
            from db.errors import VaultDamaged

            if isinstance(exc, VaultDamaged):
                self.damaged.emit(exc)
        else:
            self.error.show_text("")
            self.unlocked.emit(session)
            return
        finally:
            self._tick()
        self.password.setFocus()

    def _tick(self) -> None:
        wait = self.vault.retry_after()
        usable = self.vault.keyfile_status == "ok"
        if wait > 0:
            self.unlock_button.setEnabled(False)
            self.unlock_button.setText(self.tr("Wait %1 s").replace("%1", str(int(wait) + 1)))
            if not self._countdown.isActive():
                self._countdown.start()
        else:
            self._countdown.stop()
            self.unlock_button.setText(self.tr("Unlock"))
            self.unlock_button.setEnabled(usable)


class LoginDialog(QDialog):
    """The first window of a session. `session` is set when it is accepted."""

    def __init__(self, vault: Vault, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sanad — sign in"))
        self.session: UserSession | None = None
        layout = QVBoxLayout(self)
        self.form = LoginForm(vault)
        layout.addWidget(self.form)
        self.form.unlocked.connect(self._done)
        self.form.recovery_requested.connect(self._recover)
        self.resize(460, 320)

    def _done(self, session: UserSession) -> None:
        self.session = session
        self.accept()

    def _recover(self) -> None:
        from ui.recovery import RecoveryDialog

        dialog = RecoveryDialog(self.form.vault, self)
        if dialog.exec() and dialog.session is not None:
            self._done(dialog.session)
