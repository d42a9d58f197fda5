"""Your password, and (for administrators) rotating the master key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import office, users
from db.errors import SanadError
from db.permissions import Action
from db.rotation import rotate_master_key
from db.session import UserSession
from ui.i18n import error_text
from ui.messages import ask, notify
from ui.widgets import FieldError, NewPasswordFields


class ChangePasswordForm(QWidget):
    def __init__(self, session: UserSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        form = QFormLayout(self)
        self.old = QLineEdit()
        self.old.setObjectName("oldPassword")
        self.old.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Current password"), self.old)
        self.new = NewPasswordFields()
        form.addRow(self.new)
        self.error = FieldError()
        form.addRow(self.error)

    def submit(self) -> bool:
        secret = self.new.value(self.session.user.username)
        if secret is None:
            return False
        try:
            users.change_own_password(self.session, self.old.text(), secret)
        except SanadError as exc:
            self.error.show_text(error_text(exc))
            return False
        self.old.clear()
        self.new.clear()
        self.error.show_text("")
        return True


class ChangePasswordDialog(QDialog):
    """Shown at sign-in when an administrator has set a temporary password."""

    def __init__(self, session: UserSession, parent=None, *, forced: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose your password"))
        layout = QVBoxLayout(self)
        if forced:
            note = QLabel(self.tr("An administrator gave you a temporary password. Choose your own now."))
            note.setWordWrap(True)
            layout.addWidget(note)
        self.form = ChangePasswordForm(session)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _save(self) -> None:
        if self.form.submit():
            self.accept()


class RecoveryKeyDialog(QDialog):
    """Shows a new recovery key once, with the sheet to print."""

    def __init__(self, session: UserSession, recovery_key: str, office_name: str, vault_path: str,
                 parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New recovery key"))
        layout = QVBoxLayout(self)
        note = QLabel(self.tr(
            "The master key was changed. This is the new recovery key; the old sheet no longer works "
            "and should be destroyed. It is shown only now."
        ))
        note.setWordWrap(True)
        layout.addWidget(note)
        from ui.wizard import key_for_display

        key = QLabel(key_for_display(recovery_key))
        key.setObjectName("newRecoveryKey")
        key.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        key.setStyleSheet("font-family: monospace; font-size: 14pt; padding: 10px; border: 1px solid #888;")
        layout.addWidget(key)
        print_button = QPushButton(self.tr("Print the recovery sheet…"))
        layout.addWidget(print_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

        def do_print() -> None:
            from ui.recovery_sheet import print_sheet

            if print_sheet(self, recovery_key, office_name, vault_path):
                session.audit("print", details={"document": "recovery_sheet"})

        print_button.clicked.connect(do_print)


class SecurityPage(QWidget):
    def __init__(self, session: UserSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("Change my password"))
        box_layout = QVBoxLayout(box)
        self.password_form = ChangePasswordForm(session)
        box_layout.addWidget(self.password_form)
        change = QPushButton(self.tr("Change password"))
        change.setObjectName("changePassword")
        change.clicked.connect(self._change)
        box_layout.addWidget(change)
        layout.addWidget(box)

        if session.may(Action.ROTATE_KEY):
            rotate_box = QGroupBox(self.tr("Master key"))
            rotate_layout = QFormLayout(rotate_box)
            explain = QLabel(self.tr(
                "Rotating re-encrypts the whole vault with a new key and gives a new recovery key. "
                "Do it if a recovery sheet or a computer may have fallen into the wrong hands. Other "
                "users will need a new password from you afterwards."
            ))
            explain.setWordWrap(True)
            rotate_layout.addRow(explain)
            self.rotate_password = QLineEdit()
            self.rotate_password.setObjectName("rotatePassword")
            self.rotate_password.setEchoMode(QLineEdit.EchoMode.Password)
            rotate_layout.addRow(self.tr("Your password"), self.rotate_password)
            self.rotate_error = FieldError()
            rotate_layout.addRow(self.rotate_error)
            rotate = QPushButton(self.tr("Rotate the master key…"))
            rotate.setObjectName("rotateKey")
            rotate.clicked.connect(self._rotate)
            rotate_layout.addRow(rotate)
            layout.addWidget(rotate_box)
        layout.addStretch(1)

    def _change(self) -> None:
        if self.password_form.submit():
            notify(self, self.tr("Password changed."))

    def _rotate(self) -> None:
        if not ask(self, self.tr("Rotate the master key now? Other users will need new passwords."),
                   yes=self.tr("Rotate"), no=self.tr("Cancel")):
            return
        try:
            recovery = rotate_master_key(self.session, self.rotate_password.text())
        except SanadError as exc:
            self.rotate_error.show_text(error_text(exc))
            return
        finally:
            self.rotate_password.clear()
        self.rotate_error.show_text("")
        settings = office.get_settings(self.session)
        RecoveryKeyDialog(self.session, recovery, settings["office_name_ar"] or settings["office_name_en"],
                          str(self.session.vault.path), self).exec()
