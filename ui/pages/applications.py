"""The applications list: every document application with its person, document, status, owner,
next action and due date (overdue in red), last movement, and what it waits for; filters by status,
document, owner (or "mine"), open only, overdue, and a person's name or file number. The model holds
only ids (read in a pool thread) and fetches rows a page at a time, so 300,000 applications open and
filter without freezing the window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db import applications, records
from db.applications import ApplicationFilter, ApplicationRow
from db.errors import NoSuchRecord, SanadError
from db.permissions import Action
from db.session import UserSession
from ui.application_dialog import KIND_COLOURS, OVERDUE, ApplicationDialog, CaseworkNames, date_text, local_time
from ui.i18n import error_text
from ui.messages import show_error
from ui.paged import PagedIdsModel

_ROOT = QModelIndex()


class ApplicationsModel(PagedIdsModel):
    COL_FILE, COL_PERSON, COL_TYPE, COL_STATE, COL_OWNER, COL_ACTION, COL_DUE, COL_MOVED = range(8)
    SORT_KEYS = {COL_FILE: "file_number", COL_TYPE: "doc_type", COL_STATE: "state", COL_DUE: "next_action_due",
                 COL_MOVED: "last_moved_at"}
    def __init__(self, session: UserSession, names: CaseworkNames, parent=None) -> None:
        super().__init__(session, applications.application_ids, applications.application_rows, parent)
        self.names = names
        self.filters = ApplicationFilter(open_only=True)
        self.sort_key, self.descending = "last_moved_at", True
        self.today = dt.date.today()
        self.started = False  # the table sets its sort order before the page sets the filters: one query

    def set_filters(self, filters: ApplicationFilter) -> None:
        self.started = True
        super().set_filters(filters)

    def reload(self) -> None:
        self.today = dt.date.today()  # "overdue" is measured against the day the list was read
        super().reload()

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 8

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("File number"), self.tr("Person"), self.tr("Document"), self.tr("Status"),
                    self.tr("Owner"), self.tr("Next action"), self.tr("Due"), self.tr("Last movement"))[section]
        return None

    def is_overdue(self, row: ApplicationRow) -> bool:
        return row.closed_on is None and row.next_action_due is not None and row.next_action_due < self.today

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole):
            return None
        app = self.row_at(index.row())
        if app is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole else None  # deleted meanwhile
        col = index.column()
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.COL_DUE and self.is_overdue(app):
                return QBrush(OVERDUE)
            if col == self.COL_STATE:
                kind = "hold" if app.blocked else self.names.kind(app.doc_type, app.state)
                return QBrush(QColor(KIND_COLOURS.get(kind, "#000")))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COL_DUE and self.is_overdue(app):
                return self.tr("Overdue")
            if col == self.COL_STATE and app.blocked:
                return self.waiting_text(app)
            if col in (self.COL_ACTION, self.COL_PERSON, self.COL_TYPE, self.COL_OWNER):
                return self._text(app, col) or None
            return None
        return self._text(app, col)

    def _text(self, app: ApplicationRow, col: int) -> str:
        if col == self.COL_FILE:
            return app.file_number
        if col == self.COL_PERSON:
            return app.person_name
        if col == self.COL_TYPE:
            return self.names.doc_type(app.doc_type)
        if col == self.COL_STATE:
            state = self.names.state(app.doc_type, app.state)
            # A blocked application says so where the eye looks for its status; what it waits
            # for is in the tooltip.
            return self.tr("%1 · waiting").replace("%1", state) if app.blocked else state
        if col == self.COL_OWNER:
            return app.owner
        if col == self.COL_ACTION:
            return app.next_action
        if col == self.COL_DUE:
            return date_text(app.next_action_due)
        return local_time(app.last_moved_at).strftime("%d/%m/%Y")

    def waiting_text(self, app: ApplicationRow) -> str:
        return self.tr("Waiting for: %1").replace("%1", self.tr("; ").join(self.names.link(link)
                                                                         for link in app.waits_for))

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is None:
            return
        self.sort_key, self.descending = key, order == Qt.SortOrder.DescendingOrder
        if self.started:
            self.reload()


class PersonPicker(QDialog):
    """Choose the person a new application is for: any spelling of a name, or a file number."""

    def __init__(self, session: UserSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.person_id: int | None = None
        self.setWindowTitle(self.tr("New application: whose?"))
        self.resize(560, 420)
        column = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setObjectName("pickerSearch")
        self.search.setPlaceholderText(self.tr("A name in any spelling, or a file number"))
        self.search.setClearButtonEnabled(True)
        column.addWidget(self.search)
        self.hits = QListWidget()
        self.hits.setObjectName("pickerHits")
        self.hits.itemActivated.connect(lambda _item: self.choose())
        column.addWidget(self.hits, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Choose"))
        buttons.accepted.connect(self.choose)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(200)
        self.debounce.timeout.connect(self.find)
        self.search.textChanged.connect(self.debounce.start)
        # Enter in the search box finds at once; Down moves into the results, Enter there chooses.
        self.search.returnPressed.connect(self.find)
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.search, activated=self.hits.setFocus,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.ok.setAutoDefault(False)
        self.ok.setDefault(False)

    def find(self) -> None:
        self.debounce.stop()
        text = self.search.text().strip()
        self.hits.clear()
        if not text:
            return
        try:
            found = records.find_people(self.session, text, limit=30)
        except SanadError as exc:
            show_error(self, error_text(exc))
            return
        for hit in found:
            item = QListWidgetItem(f"{hit.file_number} — {hit.full_name}")
            item.setData(Qt.ItemDataRole.UserRole, hit.related_person_id)
            self.hits.addItem(item)
        if not found:
            self.hits.addItem(QListWidgetItem(self.tr("Nobody found.")))
        self.hits.setCurrentRow(0)

    def choose(self) -> None:
        item = self.hits.currentItem()
        person_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if person_id is None:
            return
        self.person_id = person_id
        self.accept()


class ApplicationsPage(QWidget):
    def __init__(self, session: UserSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.names = CaseworkNames(session)
        self.count = QLabel()
        self.count.setObjectName("applicationsCount")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("applicationsSearch")
        self.search.setPlaceholderText(self.tr("Person: any spelling of a name, or a file number"))
        self.search.setClearButtonEnabled(True)
        top.addWidget(self.search, 1)
        self.state = self._combo("stateFilter", [(None, self.tr("Every status")), *self.names.state_choices()])
        self.doc_type = self._combo("typeFilter", [(None, self.tr("Every document")), *(
            (t.code, t.name(self.names.lang)) for t in self.names.types.values() if not t.evidence_only)])
        owners = [(None, self.tr("Every owner")), (session.user.id, self.tr("Mine"))]
        owners += [(user_id, name) for user_id, name in applications.legal_users(session) if user_id != session.user.id]
        self.owner = self._combo("ownerFilter", owners)
        for combo in (self.state, self.doc_type, self.owner):
            top.addWidget(combo)
        layout.addLayout(top)
        second = QHBoxLayout()
        self.open_only = QCheckBox(self.tr("Open only"))
        self.open_only.setObjectName("openOnly")
        self.open_only.setChecked(True)
        self.overdue = QCheckBox(self.tr("Overdue only"))
        self.overdue.setObjectName("overdueOnly")
        for box in (self.open_only, self.overdue):
            box.toggled.connect(lambda _on: self.apply())
            second.addWidget(box)
        second.addStretch(1)
        self.new_button = QPushButton(self.tr("New application…"))
        self.new_button.setObjectName("newApplication")
        self.new_button.setEnabled(session.may(Action.MANAGE_APPLICATIONS))
        self.new_button.clicked.connect(self.new_application)
        self.open_button = QPushButton(self.tr("Open application"))
        self.open_button.setObjectName("openApplication")
        self.open_button.setToolTip(self.tr("Open the selected application (Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        second.addWidget(self.new_button)
        second.addWidget(self.open_button)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setObjectName("exportApplications")
        self.export_button.setToolTip(self.tr("Export the applications listed, with these filters, to an Excel file"))
        self.export_button.setEnabled(session.may(Action.EXPORT))
        self.export_button.clicked.connect(self.export)
        second.addWidget(self.export_button)
        layout.addLayout(second)
        self.model = ApplicationsModel(session, self.names, self)
        self.model.background = True
        self.model.loaded.connect(self._loaded)
        self.model.loading_changed.connect(self._loading)
        self.table = QTableView()
        self.table.setObjectName("applicationsTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(ApplicationsModel.COL_MOVED, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(40)  # Arabic fonts raise Qt's default above the widths below
        # Fits a 1366-pixel screen without scrolling sideways: the person and the next action share
        # what is left; long texts are elided, whole in the tooltip.
        for col in (ApplicationsModel.COL_PERSON, ApplicationsModel.COL_ACTION):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 122), (2, 150), (3, 150), (4, 105), (6, 85), (7, 92)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        # Enter opens too (not `activated`: Qt also emits it on a double-click, which opened the
        # record twice).
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table, activated=self.open_selected,
                      context=Qt.ShortcutContext.WidgetShortcut)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(200)
        self.debounce.timeout.connect(self.apply)
        self.search.textChanged.connect(self.debounce.start)
        self.search.returnPressed.connect(self.apply)
        self.apply()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Coming back to the page shows applications made elsewhere meanwhile (a household plan,
        a person's record); the old list stays until the new one arrives."""
        super().showEvent(event)
        if self.model.started and not self.model.loading:
            self.model.refresh_rows()

    def _combo(self, name: str, items) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for value, text in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(lambda _i: self.apply())
        return combo

    def export(self) -> None:
        from ui.export_dialog import ExportDialog

        ExportDialog(self.session, "applications", self.current_filters(), self).exec()

    def current_filters(self) -> ApplicationFilter:
        return ApplicationFilter(
            state=self.state.currentData() or "", doc_type=self.doc_type.currentData() or "",
            owner_id=self.owner.currentData(), open_only=self.open_only.isChecked(),
            overdue=self.overdue.isChecked(), search=self.search.text(),
        )

    def apply(self) -> None:
        self.debounce.stop()
        self.model.set_filters(self.current_filters())

    def _loading(self, loading: bool) -> None:
        if loading:
            self.count.setText(self.tr("Searching…"))

    def _loaded(self) -> None:
        if self.model.error is not None:
            self.count.setText(error_text(self.model.error))
            return
        self.count.setText(self.tr("%1 applications").replace("%1", f"{self.model.rowCount():,}"))
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def selected(self) -> ApplicationRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self._open(app_id=row.id)

    def new_application(self) -> None:
        picker = PersonPicker(self.session, self)
        if picker.exec() and picker.person_id is not None:
            self._open(person_id=picker.person_id)

    def _open(self, **kwargs) -> None:
        try:
            dialog = ApplicationDialog(self.session, parent=self, **kwargs)
        except NoSuchRecord as exc:
            show_error(self, error_text(exc))
            self.model.refresh_rows()
            return
        except SanadError as exc:
            show_error(self, error_text(exc))
            return
        self.dialog = dialog  # tests reach the open dialog
        dialog.exec()
        self.dialog = None
        self.model.refresh_rows()
