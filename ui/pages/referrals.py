"""Referrals: every referral of the office (reference, person, service, organisation, urgency,
state, dates; overdue follow-ups highlighted), filters (state, service, overdue, mine), New
referral (find the person, then the referral dialog with its consent check), open one to follow it
up; and the address book of organisations in a second tab.

The list holds only ids (read with the filters, sorted in SQL) and fetches rows a page at a time."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db import choices, referrals
from db.errors import SanadError
from db.permissions import Action
from db.referrals import ReferralFilter, ReferralRow
from db.session import UserSession
from ui.choices import choice_text, fill_combo
from ui.i18n import current_language, error_text
from ui.messages import show_error
from ui.pages.organisations import OrganisationsPage
from ui.referral_dialog import GIVEN_BRUSH, OVERDUE_BRUSH, PickPersonDialog, ReferralDialog, date_text, state_text
from ui.widgets import isolate_ltr, select_row

_ROOT = QModelIndex()


class ReferralsModel(QAbstractTableModel):
    (COL_REFERENCE, COL_FILE, COL_NAME, COL_SERVICE, COL_ORGANISATION, COL_URGENCY, COL_STATE, COL_SENT,
     COL_DUE) = range(9)
    PAGE = 200
    CACHE_ROWS = 5000

    def __init__(self, session: UserSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.filters = ReferralFilter()
        self.ids: list[int] = []
        self.cache: OrderedDict[int, ReferralRow] = OrderedDict()
        self.fetches = 0
        self.headers = [self.tr("Reference"), self.tr("File number"), self.tr("Name"), self.tr("Service"),
                        self.tr("Organisation"), self.tr("Urgency"), self.tr("State"), self.tr("Sent"),
                        self.tr("Follow-up due")]

    def set_filters(self, filters: ReferralFilter) -> None:
        self.filters = filters
        self.reload()

    def reload(self) -> None:
        ids = referrals.referral_ids(self.session, self.filters)
        self.beginResetModel()
        self.ids = ids
        self.cache.clear()
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt's name
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def row_at(self, row: int) -> ReferralRow | None:
        if not 0 <= row < len(self.ids):
            return None
        referral_id = self.ids[row]
        if referral_id not in self.cache:
            start = (row // self.PAGE) * self.PAGE
            page = self.ids[start:start + self.PAGE]
            self.fetches += 1
            self.cache.update(referrals.referral_rows(self.session, page))
            while len(self.cache) > self.CACHE_ROWS:
                self.cache.popitem(last=False)
        return self.cache.get(referral_id)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == Qt.ItemDataRole.BackgroundRole:
            return OVERDUE_BRUSH if row.overdue else GIVEN_BRUSH if row.state == "service_given" else None
        if role == Qt.ItemDataRole.FontRole and row.overdue and col == self.COL_DUE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.overdue:
                return self.tr("Follow-up overdue since %1").replace("%1", date_text(row.follow_up_due))
            if col == self.COL_NAME:
                return row.person_name
            if col == self.COL_ORGANISATION:
                return " / ".join(n for n in (row.organisation_ar, row.organisation_en) if n)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def _text(self, row: ReferralRow, col: int) -> str:
        if col == self.COL_REFERENCE:
            return isolate_ltr(row.reference)
        if col == self.COL_FILE:
            return isolate_ltr(row.file_number)
        if col == self.COL_NAME:
            return row.person_name
        if col == self.COL_SERVICE:
            return choice_text(choices.SERVICE_TYPES, row.service)
        if col == self.COL_ORGANISATION:
            return row.organisation(current_language())
        if col == self.COL_URGENCY:
            return choice_text(choices.URGENCY, row.urgency)
        if col == self.COL_STATE:
            return state_text(row.state)
        if col == self.COL_SENT:
            return date_text(row.sent_on)
        if col == self.COL_DUE:
            return date_text(row.follow_up_due)
        return ""


class ReferralsPage(QWidget):
    def __init__(self, session: UserSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.may_edit = session.may(Action.MANAGE_REFERRALS)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("referralTabs")
        layout.addWidget(self.tabs)

        page = QWidget()
        column = QVBoxLayout(page)
        filters = QHBoxLayout()
        self.state = fill_combo(QComboBox(), choices.REFERRAL_STATES, empty=self.tr("All states"))
        self.state.setObjectName("stateFilter")
        self.service = fill_combo(QComboBox(), choices.SERVICE_TYPES, empty=self.tr("All services"))
        self.service.setObjectName("serviceFilter")
        self.overdue = QCheckBox(self.tr("Follow-up overdue"))
        self.overdue.setObjectName("overdueFilter")
        self.mine = QCheckBox(self.tr("Only mine"))
        self.mine.setObjectName("mineFilter")
        self.mine.setEnabled(session.user.id is not None)
        for widget in (self.state, self.service, self.overdue, self.mine):
            filters.addWidget(widget)
        filters.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("referralCount")
        filters.addWidget(self.count_label)
        column.addLayout(filters)

        self.model = ReferralsModel(session, self)
        self.table = QTableView()
        self.table.setObjectName("referralTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.table.horizontalHeader()
        # Qt derives the smallest column from the font's height: with the Arabic font, 121 px.
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(lambda _index: self.open_referral())
        # Enter opens too (not `activated`: Qt also emits it on a double-click, which opened the
        # record twice).
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table, activated=self.open_referral,
                      context=Qt.ShortcutContext.WidgetShortcut)
        column.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New referral…"))
        self.new_button.setObjectName("newReferral")
        self.new_button.setToolTip(self.tr("Find the person, then make the referral (Ctrl+N)"))
        self.new_button.setEnabled(self.may_edit)
        self.new_button.clicked.connect(self.new_referral)
        self.open_button = QPushButton(self.tr("Open referral"))
        self.open_button.setObjectName("openReferral")
        self.open_button.clicked.connect(self.open_referral)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setObjectName("exportReferrals")
        self.export_button.setToolTip(self.tr("Export the referrals listed, with these filters, to an Excel file"))
        self.export_button.setEnabled(session.may(Action.EXPORT))
        self.export_button.clicked.connect(self.export)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        if not self.may_edit:
            buttons.addWidget(QLabel(self.tr("Your role can see referrals but not make or change them.")))
        column.addLayout(buttons)
        self.tabs.addTab(page, self.tr("Referrals"))

        self.organisations = OrganisationsPage(session)
        self.tabs.addTab(self.organisations, self.tr("Organisations"))
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_referral)

        self.state.currentIndexChanged.connect(self.apply_filters)
        self.service.currentIndexChanged.connect(self.apply_filters)
        self.overdue.toggled.connect(self.apply_filters)
        self.mine.toggled.connect(self.apply_filters)
        self.apply_filters()
        # Columns as wide as what they show (the rows on screen), the name and organisation sharing
        # what is left, so nine columns fit without scrolling sideways.
        self.table.resizeColumnsToContents()
        for col in (ReferralsModel.COL_NAME, ReferralsModel.COL_ORGANISATION):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)

    def export(self) -> None:
        from ui.export_dialog import ExportDialog

        ExportDialog(self.session, "referrals", self.current_filters(), self).exec()

    def current_filters(self) -> ReferralFilter:
        return ReferralFilter(
            state=self.state.currentData() or "", service=self.service.currentData() or "",
            overdue=self.overdue.isChecked(), owner_id=self.session.user.id if self.mine.isChecked() else None,
        )

    def apply_filters(self) -> None:
        try:
            self.model.set_filters(self.current_filters())
        except SanadError as exc:
            show_error(self, error_text(exc))
            return
        self.count_label.setText(self.tr("%1 referrals").replace("%1", str(len(self.model.ids))))
        self.open_button.setEnabled(bool(self.model.ids))
        if self.model.ids:
            select_row(self.table, 0)

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.ids[index.row()] if index.isValid() and index.row() < len(self.model.ids) else None

    def new_referral(self) -> None:
        if not self.may_edit:
            return
        picker = PickPersonDialog(self.session, self)
        if not picker.exec() or picker.person_id is None:
            return
        dialog = ReferralDialog(self.session, person_id=picker.person_id, parent=self)
        if dialog.exec():
            self.apply_filters()
            self._select(dialog.referral_id)

    def open_referral(self) -> None:
        referral_id = self.selected_id()
        if referral_id is None:
            return
        try:
            dialog = ReferralDialog(self.session, referral_id=referral_id, parent=self)
        except SanadError as exc:
            show_error(self, error_text(exc))
            self.apply_filters()
            return
        dialog.exec()
        self.apply_filters()
        self._select(referral_id)

    def _select(self, referral_id: int | None) -> None:
        if referral_id in self.model.ids:
            select_row(self.table, self.model.ids.index(referral_id))
