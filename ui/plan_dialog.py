"""Plan documents for a household: what each member holds and lacks, the applications that would
get what is lacking in the order the law needs (a marriage ratified before the children's births
are registered, a birth registered before the child's national card), all ticked; Create makes the
ticked ones, with their dependencies, in one transaction."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import applications, plans
from db.errors import SanadError
from db.permissions import Action
from db.session import UserSession
from ui.application_dialog import CaseworkNames
from ui.choices import birth_shown
from ui.i18n import error_text
from ui.messages import notify, show_error
from ui.widgets import FieldError


class PlanDialog(QDialog):
    COL_TICK, COL_PERSON, COL_DOCUMENT, COL_WHY, COL_WAITS = range(5)

    def __init__(self, session: UserSession, household_id: int, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.household_id = household_id
        self.created: dict[str, int] = {}
        self.names = CaseworkNames(session)
        self.setWindowTitle(self.tr("Plan documents for this household"))
        self.resize(1180, 740)
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Vertical)

        members_box = QWidget()
        column = QVBoxLayout(members_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("What each member holds and lacks (papers issued by ISIS never count):")))
        self.members = QTableWidget(0, 5)
        self.members.setObjectName("planMembers")
        self.members.setHorizontalHeaderLabels([self.tr("File number"), self.tr("Name"), self.tr("Born"),
                                                self.tr("Holds"), self.tr("Lacks")])
        header = self.members.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.members.setColumnWidth(0, 130)
        self.members.setColumnWidth(2, 95)
        self.members.setWordWrap(True)
        self.members.verticalHeader().setVisible(False)
        self.members.horizontalHeader().setMinimumSectionSize(30)
        self.members.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        column.addWidget(self.members)
        splitter.addWidget(members_box)

        proposals_box = QWidget()
        column = QVBoxLayout(proposals_box)
        column.setContentsMargins(0, 0, 0, 0)
        self.proposals_label = QLabel(self.tr("Applications to create (untick what is not wanted):"))
        column.addWidget(self.proposals_label)
        self.proposals = QTableWidget(0, 5)
        self.proposals.setObjectName("planProposals")
        self.proposals.setHorizontalHeaderLabels(["", self.tr("Person"), self.tr("Document"), self.tr("Why"),
                                                  self.tr("Waits for")])
        header = self.proposals.horizontalHeader()
        header.setSectionResizeMode(self.COL_TICK, QHeaderView.ResizeMode.Fixed)
        self.proposals.setColumnWidth(self.COL_TICK, 34)
        header.setSectionResizeMode(self.COL_WHY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COL_WAITS, QHeaderView.ResizeMode.Stretch)
        self.proposals.setColumnWidth(self.COL_PERSON, 300)
        self.proposals.setColumnWidth(self.COL_DOCUMENT, 220)
        self.proposals.setWordWrap(True)
        self.proposals.verticalHeader().setVisible(False)
        self.proposals.horizontalHeader().setMinimumSectionSize(30)
        self.proposals.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.proposals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.proposals.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.proposals.itemChanged.connect(self._ticks_changed)
        column.addWidget(self.proposals)
        self.hint = QLabel()
        self.hint.setObjectName("planHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #8a5300;")
        column.addWidget(self.hint)
        splitter.addWidget(proposals_box)
        splitter.setSizes([260, 360])
        layout.addWidget(splitter, 1)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Owner of the new applications")))
        self.owner = QComboBox()
        self.owner.setObjectName("planOwner")
        self.owner.addItem(self.tr("(nobody yet)"), None)
        for user_id, name in applications.legal_users(session):
            self.owner.addItem(name, user_id)
        mine = self.owner.findData(session.user.id)
        if mine >= 0:
            self.owner.setCurrentIndex(mine)
        row.addWidget(self.owner)
        row.addStretch(1)
        layout.addLayout(row)
        self.error = FieldError()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setObjectName("createPlan")
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.load()

    def _doc_names(self, codes) -> str:
        return QCoreApplication.translate("PlanDialog", ", ").join(self.names.doc_type(c) for c in codes)

    def load(self) -> None:
        self.plan = plans.plan_household(self.session, self.household_id)
        self.members.setRowCount(0)
        for member in self.plan.members:
            row = self.members.rowCount()
            self.members.insertRow(row)
            # A mother is lacking her marriage ratification once, however many children wait for it.
            lacks = [self.names.doc_type(code) + (" " + self.tr("(applying)") if code in member.applying else "")
                     for code in dict.fromkeys(member.lacks)]
            cells = (member.file_number, member.full_name, birth_shown(member.born),
                     self._doc_names(member.holds) or self.tr("nothing"), self.tr(", ").join(lacks) or "—")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.members.setItem(row, col, item)
        self.by_key = {p.key: p for p in self.plan.proposals}
        self.proposals.blockSignals(True)
        self.proposals.setRowCount(0)
        for proposal in self.plan.proposals:
            row = self.proposals.rowCount()
            self.proposals.insertRow(row)
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            tick.setCheckState(Qt.CheckState.Checked)
            tick.setData(Qt.ItemDataRole.UserRole, proposal.key)
            self.proposals.setItem(row, self.COL_TICK, tick)
            cells = (f"{proposal.full_name}  {proposal.file_number}", self.names.doc_type(proposal.doc_type),
                     QCoreApplication.translate("Plans", proposal.why), self._waits_text(proposal.waits_for))
            for col, text in enumerate(cells, start=1):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.proposals.setItem(row, col, item)
        self.proposals.blockSignals(False)
        if not self.plan.proposals:
            self.proposals_label.setText(self.tr("Nothing to propose: every member holds what they need or "
                                                 "already has an application running."))
        allowed = self.session.may(Action.MANAGE_APPLICATIONS)
        self.create_button.setText(self.tr("Create %1 applications").replace("%1", str(len(self.plan.proposals))))
        self.create_button.setEnabled(allowed and bool(self.plan.proposals))
        self.owner.setEnabled(allowed)
        self._ticks_changed()

    def _waits_text(self, waits: tuple[str, ...]) -> str:
        parts = []
        for key in waits:
            if key.startswith("app:"):
                parts.append(self.tr("an application already running (no. %1)").replace("%1", key[4:]))
            elif key in self.by_key:
                other = self.by_key[key]
                parts.append(self.tr("%1 of %2").replace("%1", self.names.doc_type(other.doc_type))
                             .replace("%2", other.full_name))
        return self.tr("; ").join(parts)

    def chosen(self) -> list[str]:
        return [self.proposals.item(row, self.COL_TICK).data(Qt.ItemDataRole.UserRole)
                for row in range(self.proposals.rowCount())
                if self.proposals.item(row, self.COL_TICK).checkState() == Qt.CheckState.Checked]

    def _ticks_changed(self, *args) -> None:
        """Say when a ticked application waits for one left unticked: it is created without that link."""
        chosen = set(self.chosen())
        loose = [self.by_key[key] for key in chosen
                 if any(w in self.by_key and w not in chosen for w in self.by_key[key].waits_for)]
        self.hint.setText(self.tr("%1 applications wait for one you unticked: they will be created without "
                                  "that link.").replace("%1", str(len(loose))) if loose else "")
        self.hint.setVisible(bool(loose))
        if self.plan.proposals and self.session.may(Action.MANAGE_APPLICATIONS):
            self.create_button.setText(self.tr("Create %1 applications").replace("%1", str(len(chosen))))
            self.create_button.setEnabled(bool(chosen))

    def create(self) -> None:
        chosen = self.chosen()
        if not chosen:
            return
        try:
            self.created = plans.create_plan(self.session, self.household_id, chosen,
                                             owner_id=self.owner.currentData())
        except SanadError as exc:
            show_error(self, error_text(exc))
            self.load()
            return
        notify(self.parent(), self.tr("%1 applications created.").replace("%1", str(len(self.created))))
        self.accept()
