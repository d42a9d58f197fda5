"""Small shared widgets: a form-row error label shown next to its field."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget


def isolate_ltr(text: str) -> str:
    """Keep a path or code in its own left-to-right run inside Arabic text. Qt's bidi code does not
    honour the newer isolates (U+2066) here, so this uses an embedding with marks on both sides."""
    return "\u200e\u202a" + text + "\u202c\u200e"


class FieldError(QLabel):
    """Red text under or beside a field; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setStyleSheet("color: #b00020;")
        self.setWordWrap(True)
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def demo_banner_text(password: str | None) -> str:
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate("Demo", "DEMO VAULT: synthetic people, not real data.")
    if password is not None:
        text += " " + QCoreApplication.translate("Demo", "User: admin, password: %1").replace("%1", password)
    return text


class DemoBanner(QLabel):
    def __init__(self, password: str | None, parent: QWidget | None = None) -> None:
        super().__init__(demo_banner_text(password), parent)
        self.setObjectName("demoBanner")
        self.setStyleSheet(
            "QLabel#demoBanner { background: #fff3cd; color: #664d03; border: 1px solid #e0c36a;"
            " padding: 6px; font-weight: bold; }"
        )
        self.setWordWrap(True)


class NewPasswordFields(QWidget):
    """Password and repeat, checked with the vault's own rule, the message next to the fields."""

    def __init__(self, parent: QWidget | None = None, *, policy: bool = True) -> None:
        from PySide6.QtWidgets import QFormLayout, QLineEdit

        super().__init__(parent)
        self.policy = policy
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.first = QLineEdit()
        self.first.setObjectName("newPassword")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setObjectName("repeatPassword")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("New password"), self.first)
        form.addRow(self.tr("Repeat it"), self.second)
        self.error = FieldError()
        form.addRow(self.error)

    def value(self, username: str) -> bytearray | None:
        """The password, or None after showing what is wrong."""
        from db.errors import ValidationError
        from db.users import validate_new_password
        from ui.i18n import error_text

        if self.first.text() != self.second.text():
            self.error.show_text(self.tr("The two passwords are not the same."))
            return None
        secret = bytearray(self.first.text().encode("utf-8"))
        if self.policy:
            try:
                validate_new_password(secret, username)
            except ValidationError as exc:
                self.error.show_text(error_text(exc))
                return None
        self.error.show_text("")
        return secret

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()


def select_row(view: QAbstractItemView, row: int) -> None:
    """Make `row` the current, selected row of a table or list. QTableView.selectRow selects
    nothing when the layout is right to left (Qt 6.11: it selects between the row's first and last
    visual columns, which swap sides), so every Arabic screen selects through the model instead."""
    model = view.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().setCurrentIndex(model.index(row, 0), flags)
    view.scrollTo(model.index(row, 0))
