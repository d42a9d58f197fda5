"""Administrators add, change, disable and reset users here."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db import users
from db.errors import SanadError, ValidationError
from db.permissions import ROLE_LABELS, Role
from db.session import UserSession
from db.users import UserInfo
from ui.i18n import error_text
from ui.messages import ask, notify, show_error
from ui.widgets import FieldError, NewPasswordFields


def role_label(role: str) -> str:
    return QCoreApplication.translate("Role", ROLE_LABELS[Role(role)])


_ROOT = QModelIndex()


class UsersModel(QAbstractTableModel):
    COL_USERNAME, COL_FULL_NAME, COL_ROLE, COL_SENSITIVE, COL_STATUS, COL_LAST_LOGIN = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[UserInfo] = []

    def set_rows(self, rows: list[UserInfo]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("Sensitive fields"),
                self.tr("Status"), self.tr("Last sign-in"),
            )[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        user = self.rows[index.row()]
        col = index.column()
        if col == self.COL_USERNAME:
            return user.username
        if col == self.COL_FULL_NAME:
            return user.full_name
        if col == self.COL_ROLE:
            return role_label(user.role)
        if col == self.COL_SENSITIVE:
            return self.tr("yes") if user.can_view_sensitive else self.tr("no")
        if col == self.COL_STATUS:
            if not user.is_active:
                return self.tr("disabled")
            if not user.has_key_slot:
                return self.tr("needs a new password")
            if user.must_change_password:
                return self.tr("must change password")
            return self.tr("active")
        return (user.last_login_at or "").replace("T", " ")


class UserDialog(QDialog):
    """Add a user (with a first password they must change) or change one's role and name."""

    def __init__(self, session: UserSession, existing: UserInfo | None = None, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.existing = existing
        self.setWindowTitle(self.tr("Edit user") if existing else self.tr("Add user"))
        form = QFormLayout(self)
        self.username = QLineEdit(existing.username if existing else "")
        self.username.setObjectName("username")
        self.username.setEnabled(existing is None)
        self.full_name = QLineEdit(existing.full_name if existing else "")
        self.full_name.setObjectName("fullName")
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        if existing:
            self.role.setCurrentIndex(self.role.findData(existing.role))
        self.sensitive = QCheckBox(self.tr("May see sensitive fields"))
        self.sensitive.setObjectName("sensitive")
        self.sensitive.setChecked(bool(existing and existing.can_view_sensitive))
        form.addRow(self.tr("User name"), self.username)
        self.username_error = FieldError()
        form.addRow(self.username_error)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.sensitive)
        self.password = NewPasswordFields()
        if existing is None:
            form.addRow(self.password)
        self.error = FieldError()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _save(self) -> None:
        try:
            if self.existing is None:
                secret = self.password.value(self.username.text())
                if secret is None:
                    return
                users.add_user(
                    self.session, self.username.text(), secret, role=self.role.currentData(),
                    full_name=self.full_name.text(), can_view_sensitive=self.sensitive.isChecked(),
                )
            else:
                users.update_user(
                    self.session, self.existing.username, role=self.role.currentData(),
                    full_name=self.full_name.text(), can_view_sensitive=self.sensitive.isChecked(),
                )
        except ValidationError as exc:
            target = self.username_error if exc.field == "username" else self.password.error
            if exc.field not in ("username", "password"):
                target = self.error
            target.show_text(error_text(exc))
            return
        except SanadError as exc:
            self.error.show_text(error_text(exc))
            return
        self.accept()


class ResetPasswordDialog(QDialog):
    def __init__(self, session: UserSession, user: UserInfo, parent=None) -> None:
        super().__init__(parent)
        self.session, self.user = session, user
        self.setWindowTitle(self.tr("New password for %1").replace("%1", user.username))
        layout = QVBoxLayout(self)
        self.password = NewPasswordFields()
        layout.addWidget(self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _save(self) -> None:
        secret = self.password.value(self.user.username)
        if secret is None:
            return
        try:
            users.reset_password(self.session, self.user.username, secret)
        except SanadError as exc:
            self.password.error.show_text(error_text(exc))
            return
        self.accept()


class UsersPage(QWidget):
    def __init__(self, session: UserSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        self.model = UsersModel(self)
        self.table = QTableView()
        self.table.setObjectName("usersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self.edit_user)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        for name, text, slot in (
            ("addUser", self.tr("Add user…"), self.add_user),
            ("editUser", self.tr("Edit…"), self.edit_user),
            ("resetUser", self.tr("New password…"), self.reset_user),
            ("disableUser", self.tr("Disable"), self.disable_user),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(users.list_users(self.session))

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def add_user(self) -> None:
        if UserDialog(self.session, parent=self).exec():
            self.refresh()
            notify(self, self.tr("User added. They must choose their own password at first sign-in."))

    def edit_user(self) -> None:
        user = self.selected()
        if user and UserDialog(self.session, user, parent=self).exec():
            self.refresh()

    def reset_user(self) -> None:
        user = self.selected()
        if user and ResetPasswordDialog(self.session, user, self).exec():
            self.refresh()
            notify(self, self.tr("New password set. The user must change it at next sign-in."))

    def disable_user(self) -> None:
        user = self.selected()
        if not user or not user.is_active:
            return
        if not ask(
            self, self.tr(
                "Disable %1? Their password will no longer open the vault. If they may have kept a copy "
                "of the vault and its key file, also rotate the master key."
            ).replace("%1", user.username),
            yes=self.tr("Disable"), no=self.tr("Cancel"),
        ):
            return
        try:
            users.disable_user(self.session, user.username)
        except SanadError as exc:
            show_error(self, error_text(exc))
        self.refresh()
