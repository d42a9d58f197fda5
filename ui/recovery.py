"""Opening a vault with the recovery key, then giving an administrator a new password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from db import users
from db.errors import SanadError
from db.permissions import Role
from db.session import UserSession
from db.vault import Vault
from ui.i18n import error_text
from ui.widgets import FieldError, NewPasswordFields


class RecoveryDialog(QDialog):
    def __init__(self, vault: Vault, parent=None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.session: UserSession | None = None
        self.setWindowTitle(self.tr("Open with the recovery key"))
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages)

        key_page = QWidget()
        key_layout = QVBoxLayout(key_page)
        intro = QLabel(self.tr(
            "Type the recovery key from the sheet kept in the safe. Upper or lower case, spaces and "
            "dashes do not matter."
        ))
        intro.setWordWrap(True)
        key_layout.addWidget(intro)
        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("recoveryKey")
        self.key_edit.setPlaceholderText("XXXXX-XXXXX-XXXXX-…")
        key_layout.addWidget(self.key_edit)
        self.key_error = FieldError()
        key_layout.addWidget(self.key_error)
        self.pages.addWidget(key_page)

        admin_page = QWidget()
        admin_form = QFormLayout(admin_page)
        note = QLabel(self.tr("The vault is open. Choose an administrator and give them a new password."))
        note.setWordWrap(True)
        admin_form.addRow(note)
        self.admin_combo = QComboBox()
        self.admin_combo.setObjectName("adminCombo")
        admin_form.addRow(self.tr("Administrator"), self.admin_combo)
        self.new_password = NewPasswordFields()
        admin_form.addRow(self.new_password)
        self.admin_error = FieldError()
        admin_form.addRow(self.admin_error)
        self.pages.addWidget(admin_page)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._next)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, 260)

    def _next(self) -> None:
        if self.pages.currentIndex() == 0:
            try:
                self.session = self.vault.unlock_with_recovery(self.key_edit.text())
            except SanadError as exc:
                self.key_error.show_text(error_text(exc))
                return
            admins = [u for u in users.list_users(self.session) if u.role == Role.ADMIN.value and u.is_active]
            for info in admins:
                self.admin_combo.addItem(f"{info.username} {info.full_name}".strip(), info.username)
            self.pages.setCurrentIndex(1)
            self.new_password.first.setFocus()
            return
        assert self.session is not None
        name = self.admin_combo.currentData()
        if not name:
            return
        secret = self.new_password.value(name)
        if secret is None:
            return
        try:
            users.reset_password(self.session, name, secret, must_change=False)
        except SanadError as exc:
            self.admin_error.show_text(error_text(exc))
            return
        self.accept()

    def reject(self) -> None:
        if self.session is not None and self.session.user.is_recovery:
            # Never leave a vault open under the recovery key without an administrator chosen.
            self.session.vault.lock(audit_entry=False)
            self.session = None
        super().reject()
