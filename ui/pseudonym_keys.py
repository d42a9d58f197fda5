"""The office's pseudonym keys, for administrators: which keys there are, who made or last replaced
each and when, a new named key, a key replaced (exports made afterwards cannot be linked to earlier
ones) or deleted (never the default). Opened from the Reports and exports page; every change goes
through db/pseudonyms.py, which checks the role and audits it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import pseudonyms
from db.errors import SanadError, ValidationError
from db.pseudonyms import KeyInfo
from db.session import UserSession
from ui.i18n import error_text
from ui.messages import ask, notify, show_error
from ui.widgets import FieldError, isolate_ltr, select_row


class PseudonymKeysDialog(QDialog):
    """PseudonymKeysDialog(session, parent).exec(); refused (PermissionDenied) for non-administrators
    when it reads the keys, so callers show the button to administrators only."""

    COL_NAME, COL_MADE, COL_MADE_BY, COL_REPLACED, COL_REPLACED_BY = range(5)

    def __init__(self, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.keys: list[KeyInfo] = []
        self.setObjectName("pseudonymKeysDialog")
        self.setWindowTitle(self.tr("Pseudonym keys"))
        self.setMinimumWidth(760)
        column = QVBoxLayout(self)

        intro = QLabel(self.tr(
            "Anonymised exports show a pseudonym instead of each file number, made with a key. Exports made "
            "with the same key give a person the same pseudonym, so whoever holds them can link them; exports "
            "made with different keys cannot be linked. Use a key of its own for each donor or partner. The key "
            "called default is used unless an export names another; it can be replaced but not deleted."))
        intro.setWordWrap(True)
        column.addWidget(intro)

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("pseudonymKeys")
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Made (UTC)"), self.tr("Made by"),
                                              self.tr("Last replaced (UTC)"), self.tr("Replaced by")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        column.addWidget(self.table, 1)

        actions = QHBoxLayout()
        self.replace_button = QPushButton(self.tr("&Replace…"))
        self.replace_button.setObjectName("replaceKey")
        self.replace_button.clicked.connect(self.replace_selected)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setObjectName("deleteKey")
        self.delete_button.clicked.connect(self.delete_selected)
        actions.addWidget(self.replace_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        column.addLayout(actions)

        new_row = QHBoxLayout()
        new_row.addWidget(QLabel(self.tr("New key name:")))
        self.new_name = QLineEdit()
        self.new_name.setObjectName("newKeyName")
        self.new_name.setMaxLength(40)
        self.new_name.setPlaceholderText(self.tr("Latin letters, digits, - or _, e.g. donor-unicef"))
        self.new_name.returnPressed.connect(self.make_key)
        new_row.addWidget(self.new_name, 1)
        self.make_button = QPushButton(self.tr("&Make the key"))
        self.make_button.setObjectName("makeKey")
        self.make_button.clicked.connect(self.make_key)
        new_row.addWidget(self.make_button)
        column.addLayout(new_row)
        self.name_error = FieldError()
        self.name_error.setObjectName("newKeyError")
        column.addWidget(self.name_error)

        self.status = QLabel()
        self.status.setObjectName("pseudonymKeysStatus")
        self.status.setWordWrap(True)
        column.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        # Enter in the name field makes the key; it must never press Replace or Delete (Escape closes).
        for button in (self.replace_button, self.delete_button, self.make_button,
                       buttons.button(QDialogButtonBox.StandardButton.Close)):
            button.setAutoDefault(False)
        self.refresh()

    # ---- reading ----

    def _when(self, moment: dt.datetime | None, key: KeyInfo) -> str:
        if moment is not None:
            return isolate_ltr(moment.strftime("%Y-%m-%d %H:%M"))
        if not key.exists:
            return self.tr("Not yet: the first anonymised export makes it")
        return self.tr("Not recorded")

    def refresh(self, select: str = "") -> None:
        current = select or (self.selected().name if self.selected() else "")
        self.keys = pseudonyms.list_keys(self.session)
        self.table.setRowCount(len(self.keys))
        for row, key in enumerate(self.keys):
            replaced = self._when(key.replaced_at, key) if key.replaced_at else ""
            values = (key.name, self._when(key.made_at, key), key.made_by, replaced, key.replaced_by)
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        names = [k.name for k in self.keys]
        select_row(self.table, names.index(current) if current in names else 0)  # selectRow fails right to left
        self._selection_changed()

    def selected(self) -> KeyInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.keys[rows[0].row()] if rows and rows[0].row() < len(self.keys) else None

    def _selection_changed(self) -> None:
        key = self.selected()
        self.replace_button.setEnabled(key is not None)
        self.delete_button.setEnabled(key is not None and not key.is_default)
        self.delete_button.setToolTip(self.tr("The default key can be replaced but not deleted.")
                                      if key is not None and key.is_default else "")

    # ---- changing ----

    def make_key(self) -> None:
        self.name_error.show_text("")
        try:
            name = pseudonyms.make_key(self.session, self.new_name.text())
        except ValidationError as exc:
            self.name_error.show_text(error_text(exc))
            self.new_name.setFocus()
            return
        except SanadError as exc:
            self.name_error.show_text(error_text(exc))
            return
        self.new_name.clear()
        self.refresh(select=name)
        self._done(self.tr("The key %1 was made.").replace("%1", name))

    def replace_selected(self) -> None:
        key = self.selected()
        if key is None:
            return
        self._confirmed_change(
            key, self.tr("Replace the key %1?\n\nAnonymised exports made from now on with this key give every file "
                         "number a new pseudonym: they can no longer be linked to exports made with it before. This "
                         "cannot be undone."), self.tr("Replace the key"), pseudonyms.replace_key,
            self.tr("The key %1 was replaced. Exports made from now on cannot be linked to earlier ones."))

    def delete_selected(self) -> None:
        key = self.selected()
        if key is None or key.is_default:
            return
        self._confirmed_change(
            key, self.tr("Delete the key %1?\n\nExports already made with it can no longer be linked to any other "
                         "export. If an export asks for this name again, a new key is made. This cannot be undone."),
            self.tr("Delete the key"), pseudonyms.delete_key, self.tr("The key %1 was deleted."))

    def _confirmed_change(self, key: KeyInfo, question: str, yes: str, change, done: str) -> None:
        """Ask (the safe answer is the default), change through the service, show the outcome."""
        if not ask(self, question.replace("%1", key.name), yes=yes, no=self.tr("Keep it")):
            return
        try:
            change(self.session, key.name)
        except SanadError as exc:
            show_error(self, error_text(exc))
            return
        self.refresh(select=key.name)
        self._done(done.replace("%1", key.name))

    def _done(self, text: str) -> None:
        self.status.setText(text)
        notify(self.parent() if isinstance(self.parent(), QWidget) else None, text)
