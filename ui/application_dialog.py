"""One document application (معاملة): its fields, the moves its workflow allows from where it is,
the timeline of every move (who, when, from, to, why), hearings (an outcome moves the case), and
what it waits for or is needed by. Also the small list of one person's applications that the
person form shows.

Keyboard first, as the person form: Enter or Ctrl+S saves, Escape closes (asking if anything
changed), Alt+1..4 the tabs; Enter inside the hearing box records the hearing. Problems show next to
their field in the user's language; if someone else saved the application meanwhile, nothing is
overwritten and the user is told."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db import applications, records, workflow_admin
from db.applications import (
    HEARING_OUTCOMES,
    MAX_FEE,
    OBSTACLES,
    ApplicationInput,
    ApplicationRecord,
    HearingInput,
    RecordChanged,
)
from db.errors import NoSuchRecord, SanadError, ValidationError, ValidationErrors
from db.permissions import Action
from db.session import UserSession
from db.workflow import CLOSE_REASONS, OUTCOMES, UnknownState, Workflow
from ui.i18n import current_language, error_text
from ui.messages import ask, notify, show_error
from ui.widgets import FieldError

ERROR_STYLE = "background: #fde2e1;"
WARNING_STYLE = "color: #8a5300;"
OVERDUE = QColor("#b00020")
# State colours by what the state means: on the way, paused, obtained, closed without success.
KIND_COLOURS = {"open": "#1d4f91", "hold": "#8a5300", "issued": "#1b6e20", "closed": "#6b6b6b"}


def tr_ctx(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def choice_label(choices: tuple[tuple[str, str], ...], code: str, context: str) -> str:
    for value, text in choices:
        if value == code:
            return tr_ctx(context, text)
    return code


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_text(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def local_time(at: dt.datetime) -> dt.datetime:
    """Stored times are UTC; people read their own clock."""
    return at.replace(tzinfo=dt.UTC).astimezone()


class CaseworkNames:
    """Document-type and state names in the user's language, read once per screen."""

    def __init__(self, session: UserSession) -> None:
        self.lang = current_language()
        self.types = {t.code: t for t in workflow_admin.document_types(session)}
        self.flows: dict[str, Workflow] = workflow_admin.workflows(session)

    def doc_type(self, code: str) -> str:
        known = self.types.get(code)
        return known.name(self.lang) if known else code

    def workflow(self, doc_type: str) -> Workflow:
        return self.flows.get(doc_type) or self.flows[""]

    def state(self, doc_type: str, code: str) -> str:
        try:
            return self.workflow(doc_type).state(code).name(self.lang)
        except UnknownState:
            return code

    def kind(self, doc_type: str, code: str) -> str:
        try:
            return self.workflow(doc_type).state(code).kind
        except UnknownState:
            return "open"

    def link(self, link) -> str:
        """"Birth certificate (MOS-2026-00002): Intake" for a dependency."""
        return QCoreApplication.translate("CaseworkNames", "%1 (%2): %3").replace("%1", self.doc_type(link.doc_type)) \
            .replace("%2", link.file_number).replace("%3", self.state(link.doc_type, link.state))

    def state_choices(self) -> list[tuple[str, str]]:
        """Every state code any workflow has, the default's first, for a filter."""
        seen: dict[str, str] = {}
        for key in ("", *sorted(k for k in self.flows if k)):
            for state in self.flows[key].states:
                seen.setdefault(state.code, state.name(self.lang))
        return list(seen.items())


def state_item(names: CaseworkNames, doc_type: str, state: str) -> QTableWidgetItem:
    item = QTableWidgetItem(names.state(doc_type, state))
    item.setForeground(QBrush(QColor(KIND_COLOURS.get(names.kind(doc_type, state), "#000"))))
    return item


class _EnterFilter(QObject):
    """Enter inside a box does the box's action (record the hearing), not the dialog's Save."""

    def __init__(self, action, parent: QObject) -> None:
        super().__init__(parent)
        self.action = action

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.action()
            return True
        return False


class MoveDialog(QDialog):
    """Why the application moves (needed for on hold and closed; a closing also names its reason
    from the list). `attempt(reason, close_reason)` does the move and returns the refusal's text,
    shown here, or None when it is done."""

    def __init__(self, source: str, target: str, *, needs_reason: bool, closing: bool, attempt, parent=None) -> None:
        super().__init__(parent)
        self.attempt = attempt
        self.setWindowTitle(self.tr("Move the application"))
        form = QFormLayout(self)
        summary = QLabel(self.tr("From \"%1\" to \"%2\".").replace("%1", source).replace("%2", target))
        summary.setObjectName("moveSummary")
        summary.setWordWrap(True)
        form.addRow(summary)
        self.close_reason: QComboBox | None = None
        if closing:
            self.close_reason = QComboBox()
            self.close_reason.setObjectName("closeReason")
            self.close_reason.addItem(self.tr("(choose)"), "")
            for code, text in CLOSE_REASONS:
                self.close_reason.addItem(tr_ctx("Workflow", text), code)
            form.addRow(self.tr("Closed because"), self.close_reason)
        self.reason = QLineEdit()
        self.reason.setObjectName("moveReason")
        self.reason.setPlaceholderText(self.tr("Needed: write why") if needs_reason
                                       else self.tr("Optional: what happened"))
        form.addRow(self.tr("Why") if needs_reason else self.tr("Note"), self.reason)
        self.error = FieldError()
        self.error.setObjectName("moveError")
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Move"))
        self.ok.setObjectName("confirmMove")
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        (self.close_reason or self.reason).setFocus()

    def confirm(self) -> None:
        code = self.close_reason.currentData() if self.close_reason is not None else ""
        problem = self.attempt(self.reason.text(), code)
        if problem:
            self.error.show_text(problem)
            return
        self.accept()


class ApplicationDialog(QDialog):
    """Open with an application's id, or with `person_id` (and no id) for a new application."""

    saved = Signal(int)
    changed = Signal(int)  # moved, a hearing, a dependency: lists showing it should refresh

    def __init__(self, session: UserSession, app_id: int | None = None, person_id: int | None = None, *,
                 doc_type: str = "", parent=None) -> None:
        super().__init__(parent)
        if app_id is None and person_id is None:
            raise ValueError("an application id or a person id")
        self.session = session
        self.app_id = app_id
        self.person_id = person_id
        self.version = 0
        self.record: ApplicationRecord | None = None
        self.names = CaseworkNames(session)
        self.read_only = not session.may(Action.MANAGE_APPLICATIONS)
        self._dirty = False
        self._loading = False
        self.hearing_id: int | None = None
        self._candidate_rows: dict[int, applications.ApplicationRow] = {}
        self.errors: dict[str, FieldError] = {}
        self.widgets: dict[str, QWidget] = {}
        # The title shows in the taskbar: never a name.
        self.setWindowTitle(self.tr("Document application") if app_id else self.tr("New document application"))
        self.resize(1180, 720)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.header = QLabel()
        self.header.setObjectName("applicationHeader")
        self.header.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.file_label = QLabel()
        self.file_label.setObjectName("applicationFileNumber")
        self.file_label.setStyleSheet("font-size: 13pt; color: #555;")
        self.state_badge = QLabel()
        self.state_badge.setObjectName("stateBadge")
        top.addWidget(self.header)
        top.addWidget(self.file_label)
        top.addStretch(1)
        top.addWidget(self.state_badge)
        layout.addLayout(top)
        self.blocked_label = QLabel()
        self.blocked_label.setObjectName("blockedLabel")
        self.blocked_label.setStyleSheet(WARNING_STYLE)
        self.blocked_label.setWordWrap(True)
        self.blocked_label.hide()
        layout.addWidget(self.blocked_label)
        self.move_bar = QHBoxLayout()
        self.move_label = QLabel(self.tr("Move to:"))
        self.move_bar.addWidget(self.move_label)
        self.move_buttons: dict[str, QPushButton] = {}
        self.move_holder = QHBoxLayout()
        self.move_bar.addLayout(self.move_holder)
        self.move_bar.addStretch(1)
        layout.addLayout(self.move_bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("applicationTabs")
        self.splitter.addWidget(self.tabs)
        self._build_details()
        self._build_checklist()
        self._build_hearings()
        self._build_dependencies()
        self._build_timeline()
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 460])
        layout.addWidget(self.splitter, 1)

        self.problems = QLabel()
        self.problems.setObjectName("formProblems")
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setWordWrap(True)
        self.problems.hide()
        layout.addWidget(self.problems)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveApplication")
        self.save_button.setEnabled(not self.read_only)
        self.letter_button = QPushButton(self.tr("Issue a letter…"))
        self.letter_button.setObjectName("applicationLetter")
        self.letter_button.clicked.connect(self._issue_letter)
        self.buttons.addButton(self.letter_button, QDialogButtonBox.ButtonRole.ActionRole)
        # A saved application only: the letter takes its court and case number as saved.
        self.letter_button.setVisible(app_id is not None and session.may(Action.PRINT_LETTERS))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        for number in range(self.tabs.count()):
            QShortcut(QKeySequence(f"Alt+{number + 1}"), self,
                      activated=lambda n=number: self.tabs.setCurrentIndex(n))

        if app_id is not None:
            self.load(app_id)
        else:
            self._start_new(person_id, doc_type)
        self._watch_changes()
        self._dirty = False
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.save_button.setDefault(True)
        self.widgets["doc_type"].setFocus()

    # ---- building ------------------------------------------------------------------------------
    def _field(self, form: QFormLayout, label: str, field: str, widget: QWidget) -> None:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = FieldError()
        column.addWidget(error)
        self.errors[field] = error
        self.widgets.setdefault(field, widget)
        form.addRow(label, holder)

    def _line(self, field: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(field)
        edit.setPlaceholderText(placeholder)
        edit.setReadOnly(self.read_only)
        self.widgets[field] = edit
        return edit

    def _build_details(self) -> None:
        page = QWidget()
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        self.doc_type = QComboBox()
        self.doc_type.setObjectName("doc_type")
        self.doc_type.setEnabled(not self.read_only)
        for t in self.names.types.values():
            if t.active and not t.evidence_only:
                self.doc_type.addItem(t.name(self.names.lang), t.code)
        self.widgets["doc_type"] = self.doc_type
        self._field(form, self.tr("Document applied for"), "doc_type", self.doc_type)
        self.state_label = QLabel()
        self.state_label.setObjectName("stateLabel")
        self.state_label.setWordWrap(True)
        form.addRow(self.tr("Status"), self.state_label)
        self.owner = QComboBox()
        self.owner.setObjectName("owner")
        self.owner.setEnabled(not self.read_only)
        self.owner.addItem(self.tr("(nobody yet)"), None)
        for user_id, name in applications.legal_users(self.session):
            self.owner.addItem(name, user_id)
        self.widgets["owner_id"] = self.owner
        self._field(form, self.tr("Owner"), "owner_id", self.owner)
        authority_row = QHBoxLayout()
        authority_row.addWidget(self._line("authority"), 3)
        authority_row.addWidget(self._line("authority_office", self.tr("office or branch")), 2)
        holder = QWidget()
        holder.setLayout(authority_row)
        authority_row.setContentsMargins(0, 0, 0, 0)
        self._field(form, self.tr("Authority and office"), "authority", holder)
        self.doc_type.currentIndexChanged.connect(lambda _i: self._authority_hint())
        self.errors["authority_office"] = self.errors["authority"]
        court_row = QHBoxLayout()
        court_row.setContentsMargins(0, 0, 0, 0)
        court_row.addWidget(self._line("court"), 3)
        court_row.addWidget(QLabel(self.tr("Case number")))
        court_row.addWidget(self._line("case_number"), 1)
        holder = QWidget()
        holder.setLayout(court_row)
        self._field(form, self.tr("Court"), "court", holder)
        self.errors["case_number"] = self.errors["court"]
        fee_row = QHBoxLayout()
        fee_row.setContentsMargins(0, 0, 0, 0)
        self.fee_amount = QSpinBox()
        self.fee_amount.setObjectName("fee_amount")
        self.fee_amount.setRange(0, MAX_FEE)
        self.fee_amount.setSingleStep(1000)
        self.fee_amount.setGroupSeparatorShown(True)
        self.fee_amount.setSuffix(" " + self.tr("IQD"))
        self.fee_amount.setReadOnly(self.read_only)
        self.widgets["fee_amount"] = self.fee_amount
        self.fee_paid = QCheckBox(self.tr("Paid"))
        self.fee_paid.setObjectName("fee_paid")
        self.fee_paid.setEnabled(not self.read_only)
        fee_row.addWidget(self.fee_amount, 2)
        fee_row.addWidget(self.fee_paid)
        fee_row.addWidget(QLabel(self.tr("Receipt number")))
        fee_row.addWidget(self._line("fee_receipt"), 2)
        holder = QWidget()
        holder.setLayout(fee_row)
        self._field(form, self.tr("Fees"), "fee_amount", holder)
        self.errors["fee_receipt"] = self.errors["fee_amount"]
        self._field(form, self.tr("Next action"), "next_action",
                    self._line("next_action", self.tr("what must be done next, by whom")))
        due_row = QHBoxLayout()
        due_row.setContentsMargins(0, 0, 0, 0)
        self.has_due = QCheckBox(self.tr("Due by"))
        self.has_due.setObjectName("has_due")
        self.has_due.setEnabled(not self.read_only)
        self.due = QDateEdit(QDate.currentDate())
        self.due.setObjectName("next_action_due")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd/MM/yyyy")
        self.due.setEnabled(False)
        self.has_due.toggled.connect(lambda on: self.due.setEnabled(on and not self.read_only))
        self.has_due.toggled.connect(self._check_due)
        self.due.dateChanged.connect(self._check_due)
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due)
        due_row.addStretch(1)
        holder = QWidget()
        holder.setLayout(due_row)
        self.widgets["next_action_due"] = self.due
        self._field(form, self.tr("Due date"), "next_action_due", holder)
        self.due_warning = self.errors["next_action_due"]
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setReadOnly(self.read_only)
        self.notes.setMaximumHeight(90)
        self.widgets["notes"] = self.notes
        self._field(form, self.tr("Notes"), "notes", self.notes)
        self.tabs.addTab(page, self.tr("Application"))

    def _build_checklist(self) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(QLabel(self.tr("Papers handed in (tick what was submitted; double-click a line to edit it):")))
        self.checklist = QTableWidget(0, 1)
        self.checklist.setObjectName("checklist")
        self.checklist.horizontalHeader().setVisible(False)
        self.checklist.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.checklist.verticalHeader().setVisible(False)
        self.checklist.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checklist.setTabKeyNavigation(False)
        if self.read_only:
            self.checklist.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        column.addWidget(self.checklist, 1)
        self.check_errors = FieldError()
        self.check_errors.setObjectName("checkErrors")
        column.addWidget(self.check_errors)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add a line"))
        add.setObjectName("addCheck")
        add.clicked.connect(self._add_check_line)
        remove = QPushButton(self.tr("Remove the selected line"))
        remove.setObjectName("removeCheck")
        remove.clicked.connect(self._remove_check_line)
        for button in (add, remove):
            button.setEnabled(not self.read_only)
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        obstacles = QGroupBox(self.tr("Obstacles"))
        grid = QGridLayout(obstacles)
        self.obstacles: dict[str, QCheckBox] = {}
        for index, (code, text) in enumerate(OBSTACLES):
            box = QCheckBox(tr_ctx("Applications", text))
            box.setObjectName(f"obstacle_{code}")
            box.setEnabled(not self.read_only)
            self.obstacles[code] = box
            grid.addWidget(box, index // 2, index % 2)
        self.obstacle_note = QLineEdit()
        self.obstacle_note.setObjectName("obstacle_note")
        self.obstacle_note.setPlaceholderText(self.tr("Other obstacles, in your words"))
        self.obstacle_note.setReadOnly(self.read_only)
        self.widgets["obstacle_note"] = self.obstacle_note
        rows = (len(OBSTACLES) + 1) // 2
        grid.addWidget(self.obstacle_note, rows, 0, 1, 2)
        self.errors["obstacles"] = FieldError()
        self.errors["obstacle_note"] = self.errors["obstacles"]
        grid.addWidget(self.errors["obstacles"], rows + 1, 0, 1, 2)
        column.addWidget(obstacles)
        self.tabs.addTab(page, self.tr("Papers and obstacles"))

    def _build_hearings(self) -> None:
        self.hearings_tab = QWidget()
        column = QVBoxLayout(self.hearings_tab)
        self.hearings = QTableWidget(0, 6)
        self.hearings.setObjectName("hearingsTable")
        self.hearings.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Court"), self.tr("Judge"),
                                                 self.tr("Outcome"), self.tr("Next hearing"), self.tr("Notes")])
        self.hearings.horizontalHeader().setStretchLastSection(True)
        self.hearings.horizontalHeader().setMinimumSectionSize(40)  # Arabic fonts raise Qt's default
        self.hearings.setWordWrap(False)
        for col, width in ((0, 88), (1, 150), (2, 100), (3, 160), (4, 92)):
            self.hearings.setColumnWidth(col, width)
        self.hearings.verticalHeader().setVisible(False)
        self.hearings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hearings.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.hearings.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hearings.itemSelectionChanged.connect(self._hearing_selected)
        column.addWidget(self.hearings, 1)
        self.hearing_box = QGroupBox(self.tr("Record a hearing"))
        self.hearing_box.setObjectName("hearingBox")
        form = QFormLayout(self.hearing_box)
        self.hearing_mode = QLabel()
        self.hearing_mode.setObjectName("hearingMode")
        form.addRow(self.hearing_mode)
        self.hearing_date = QDateEdit(QDate.currentDate())
        self.hearing_date.setObjectName("hearingDate")
        self.hearing_date.setCalendarPopup(True)
        self.hearing_date.setDisplayFormat("dd/MM/yyyy")
        form.addRow(self.tr("Date"), self.hearing_date)
        self.hearing_court = QLineEdit()
        self.hearing_court.setObjectName("hearingCourt")
        form.addRow(self.tr("Court"), self.hearing_court)
        self.hearing_judge = QLineEdit()
        self.hearing_judge.setObjectName("hearingJudge")
        self.hearing_judge.setPlaceholderText(self.tr("optional"))
        form.addRow(self.tr("Judge"), self.hearing_judge)
        self.hearing_outcome = QComboBox()
        self.hearing_outcome.setObjectName("hearingOutcome")
        self.hearing_outcome.addItem(self.tr("(still to come)"), "")
        for code, text in HEARING_OUTCOMES:
            self.hearing_outcome.addItem(tr_ctx("Applications", text), code)
        form.addRow(self.tr("Outcome"), self.hearing_outcome)
        next_row = QHBoxLayout()
        self.has_next_hearing = QCheckBox(self.tr("Next hearing on"))
        self.has_next_hearing.setObjectName("hasNextHearing")
        self.next_hearing = QDateEdit(QDate.currentDate().addDays(14))
        self.next_hearing.setObjectName("nextHearing")
        self.next_hearing.setCalendarPopup(True)
        self.next_hearing.setDisplayFormat("dd/MM/yyyy")
        self.next_hearing.setEnabled(False)
        self.has_next_hearing.toggled.connect(self.next_hearing.setEnabled)
        next_row.addWidget(self.has_next_hearing)
        next_row.addWidget(self.next_hearing)
        next_row.addStretch(1)
        form.addRow(next_row)
        self.hearing_notes = QLineEdit()
        self.hearing_notes.setObjectName("hearingNotes")
        form.addRow(self.tr("Notes"), self.hearing_notes)
        self.hearing_error = FieldError()
        self.hearing_error.setObjectName("hearingError")
        form.addRow(self.hearing_error)
        buttons = QHBoxLayout()
        self.record_hearing_button = QPushButton(self.tr("Record the hearing"))
        self.record_hearing_button.setObjectName("recordHearing")
        self.record_hearing_button.setToolTip(self.tr("Enter in this box records the hearing"))
        self.record_hearing_button.clicked.connect(self.record_hearing)
        self.new_hearing_button = QPushButton(self.tr("A new hearing"))
        self.new_hearing_button.setObjectName("newHearing")
        self.new_hearing_button.clicked.connect(lambda: self._reset_hearing_form())
        buttons.addWidget(self.record_hearing_button)
        buttons.addWidget(self.new_hearing_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        enter = _EnterFilter(self.record_hearing, self)
        for widget in (self.hearing_date, self.hearing_court, self.hearing_judge, self.hearing_outcome,
                       self.has_next_hearing, self.next_hearing, self.hearing_notes):
            widget.installEventFilter(enter)
        self.hearing_box.setEnabled(not self.read_only)
        column.addWidget(self.hearing_box)
        self.tabs.addTab(self.hearings_tab, self.tr("Hearings"))

    def _build_dependencies(self) -> None:
        self.dependencies_tab = QWidget()
        column = QVBoxLayout(self.dependencies_tab)
        column.addWidget(QLabel(self.tr("This application waits for (it cannot finish before these are issued):")))
        self.waits_for = self._link_table("waitsForTable")
        column.addWidget(self.waits_for, 1)
        row = QHBoxLayout()
        self.candidates = QComboBox()
        self.candidates.setObjectName("dependencyCandidates")
        row.addWidget(self.candidates, 1)
        self.add_dependency_button = QPushButton(self.tr("Wait for this one"))
        self.add_dependency_button.setObjectName("addDependency")
        self.add_dependency_button.clicked.connect(self.add_dependency)
        row.addWidget(self.add_dependency_button)
        self.remove_dependency_button = QPushButton(self.tr("Stop waiting for the selected one"))
        self.remove_dependency_button.setObjectName("removeDependency")
        self.remove_dependency_button.clicked.connect(self.remove_dependency)
        row.addWidget(self.remove_dependency_button)
        for widget in (self.candidates, self.add_dependency_button, self.remove_dependency_button):
            widget.setEnabled(not self.read_only)
        column.addLayout(row)
        column.addWidget(QLabel(self.tr("Other applications wait for this one:")))
        self.needed_by = self._link_table("neededByTable")
        column.addWidget(self.needed_by, 1)
        self.tabs.addTab(self.dependencies_tab, self.tr("Dependencies"))

    def _link_table(self, name: str) -> QTableWidget:
        table = QTableWidget(0, 4)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels([self.tr("File number"), self.tr("Person"), self.tr("Document"),
                                         self.tr("Status")])
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setMinimumSectionSize(40)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        return table

    def _build_timeline(self) -> None:
        box = QGroupBox(self.tr("Timeline (newest first)"))
        column = QVBoxLayout(box)
        # One entry per move: when and who, from → to, why; newest on top.
        self.timeline = QListWidget()
        self.timeline.setObjectName("timeline")
        self.timeline.setWordWrap(True)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setSpacing(2)
        self.timeline.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column.addWidget(self.timeline)
        self.splitter.addWidget(box)

    # ---- showing -------------------------------------------------------------------------------
    def _start_new(self, person_id: int, doc_type: str) -> None:
        person = records.load_person(self.session, person_id)
        self.header.setText(person.full_name)
        self.file_label.setText(person.file_number)
        self.state_badge.setText(self.tr("New"))
        self.state_label.setText(self.tr("Starts at the workflow's first step when saved."))
        for index in range(self.doc_type.count()):
            if self.doc_type.itemData(index) == doc_type:
                self.doc_type.setCurrentIndex(index)
        owner = self.owner.findData(self.session.user.id)
        if owner >= 0:
            self.owner.setCurrentIndex(owner)
        self._type_chosen()
        self.doc_type.currentIndexChanged.connect(lambda _i: self._type_chosen())
        for tab in (self.hearings_tab, self.dependencies_tab):
            tab.setEnabled(False)
        self._show_moves(())
        self.timeline.clear()

    def _authority_hint(self) -> None:
        """The type's usual authority, greyed in the empty field."""
        kind = self.names.types.get(self.doc_type.currentData() or "")
        self.widgets["authority"].setPlaceholderText(kind.authority(self.names.lang) if kind else "")

    def _type_chosen(self) -> None:
        """A new application starts with its type's checklist and authority."""
        code = self.doc_type.currentData()
        if not code:
            return
        kind = self.names.types[code]
        self.widgets["authority"].setText(kind.authority(self.names.lang))
        self.checklist.setRowCount(0)
        for line in workflow_admin.checklist(self.session, code):
            if line.active:
                self._add_check_row(line.text_ar or line.text_en, False)

    def _issue_letter(self) -> None:
        from ui.letter_dialog import open_issue_letter

        # The letter takes the court and case number as saved: unsaved edits are saved first.
        if self.record is None or (not self.read_only and not self._saved_first()):
            return
        open_issue_letter(self, self.session, self.record.person_id, application_id=self.record.id,
                          court=self.record.data.court)

    def load(self, app_id: int) -> None:
        record = applications.load_application(self.session, app_id)
        self.record = record
        self.letter_button.setVisible(self.session.may(Action.PRINT_LETTERS))
        self.app_id = record.id
        self.person_id = record.person_id
        self.version = record.version
        self._loading = True
        self.header.setText(record.person_name)
        self.file_label.setText(record.file_number)
        data = record.data
        index = self.doc_type.findData(data.doc_type)
        if index < 0:  # retired or evidence only since: shown as it is
            self.doc_type.addItem(self.names.doc_type(data.doc_type), data.doc_type)
            index = self.doc_type.count() - 1
        self.doc_type.setCurrentIndex(index)
        self._authority_hint()
        owner = self.owner.findData(data.owner_id)
        if owner < 0 and data.owner_id is not None:
            self.owner.addItem(self.tr("(user %1)").replace("%1", str(data.owner_id)), data.owner_id)
            owner = self.owner.count() - 1
        self.owner.setCurrentIndex(max(owner, 0))
        for field in ("authority", "authority_office", "court", "case_number", "fee_receipt", "next_action",
                      "obstacle_note"):
            self.widgets[field].setText(getattr(data, field))
        self.fee_amount.setValue(data.fee_amount)
        self.fee_paid.setChecked(data.fee_paid)
        self.has_due.setChecked(data.next_action_due is not None)
        if data.next_action_due is not None:
            self.due.setDate(to_qdate(data.next_action_due))
        self.notes.setPlainText(data.notes)
        for code, box in self.obstacles.items():
            box.setChecked(code in data.obstacles)
        self.checklist.setRowCount(0)
        for text, done in data.checklist or ():
            self._add_check_row(text, done)
        self._loading = False
        self._show_state(record)
        self._show_timeline(record)
        self._show_hearings(record)
        self._show_links(record)
        self._check_due()
        if not self.hearing_court.text():
            self.hearing_court.setText(data.court)

    def _show_state(self, record: ApplicationRecord) -> None:
        workflow, lang = record.workflow, self.names.lang
        state = workflow.state(record.state)
        self.state_badge.setText(state.name(lang))
        colour = KIND_COLOURS.get(state.kind, "#000")
        self.state_badge.setStyleSheet(f"color: white; background: {colour}; padding: 3px 10px; "
                                       "border-radius: 4px; font-weight: bold;")
        text = state.name(lang)
        if state.kind == "hold" and record.held_from:
            text = self.tr("%1 (paused at \"%2\")").replace("%1", text).replace(
                "%2", self.names.state(record.data.doc_type, record.held_from))
        if record.outcome:
            text += " — " + choice_label(OUTCOMES, record.outcome, "Workflow")
            if record.outcome_reason:
                text += " (" + choice_label(CLOSE_REASONS, record.outcome_reason, "Workflow") + ")"
        text += "\n" + self.tr("Opened %1").replace("%1", date_text(record.opened_on))
        if record.closed_on:
            text += " · " + self.tr("finished %1").replace("%1", date_text(record.closed_on))
        self.state_label.setText(text)
        self._show_moves(record.allowed if not self.read_only else ())
        if record.blocked:
            waiting = [self.names.link(link) for link in record.waits_for if not link.finished]
            self.blocked_label.setText(self.tr("Waiting for: %1").replace("%1", self.tr("; ").join(waiting)))
            self.blocked_label.show()
        else:
            self.blocked_label.hide()

    def _show_moves(self, allowed) -> None:
        for button in self.move_buttons.values():
            self.move_holder.removeWidget(button)
            button.deleteLater()
        self.move_buttons = {}
        for state in allowed:
            needs = state.kind in ("hold", "closed")
            button = QPushButton(state.name(self.names.lang) + ("…" if needs else ""))
            button.setObjectName(f"move_{state.code}")
            button.setAutoDefault(False)
            button.setToolTip(self.tr("Move the application to \"%1\"").replace("%1", state.name(self.names.lang)))
            button.clicked.connect(lambda _checked=False, code=state.code: self.move_to(code))
            self.move_holder.addWidget(button)
            self.move_buttons[state.code] = button
        shown = bool(allowed)
        self.move_label.setVisible(shown)
        if not shown and self.record is not None and not self.read_only:
            self.move_label.setText(self.tr("Finished: nothing follows. Open a new application if needed."))
            self.move_label.setVisible(self.record.workflow.is_end(self.record.state))
        else:
            self.move_label.setText(self.tr("Move to:"))

    def _arrow(self) -> str:
        return " ← " if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else " → "

    def _show_timeline(self, record: ApplicationRecord) -> None:
        doc_type = record.data.doc_type
        self.timeline.clear()
        for event in reversed(record.events):  # newest first
            source = self.names.state(doc_type, event.from_state) if event.from_state else ""
            target = self.names.state(doc_type, event.to_state) if event.to_state else ""
            if event.kind == "created":
                what = self.tr("Opened at \"%1\"").replace("%1", target)
            elif event.from_state and event.from_state == event.to_state:
                what = self.tr("Hearing (stays at \"%1\")").replace("%1", target)
            else:
                what = source + self._arrow() + target
                if event.kind == "hearing":
                    what = self.tr("Hearing: %1").replace("%1", what)
            # Item views ignore embedding marks: a no-break space keeps date and time one run.
            when = local_time(event.at).strftime("%d/%m/%Y %H:%M").replace(" ", "\u00a0")
            why = self._reason_shown(event.reason)
            item = QListWidgetItem("\n".join(part for part in (f"{when}  ·  {event.username}", what, why) if part))
            item.setData(Qt.ItemDataRole.UserRole, (when, event.username, what, why))
            self.timeline.addItem(item)

    def _reason_shown(self, reason: str) -> str:
        """Hearing notes carry the outcome code ("25/11/2026: granted"): shown in words."""
        for code, text in HEARING_OUTCOMES:
            marker = f": {code}"
            if marker in reason:
                return reason.replace(marker, ": " + tr_ctx("Applications", text), 1)
        return reason

    def _show_hearings(self, record: ApplicationRecord) -> None:
        self.hearings.blockSignals(True)
        self.hearings.setRowCount(0)
        for hearing in record.hearings:
            row = self.hearings.rowCount()
            self.hearings.insertRow(row)
            outcome = choice_label(HEARING_OUTCOMES, hearing.outcome, "Applications") if hearing.outcome \
                else self.tr("(still to come)")
            cells = (date_text(hearing.held_on), hearing.court, hearing.judge, outcome,
                     date_text(hearing.next_hearing_on), hearing.notes)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, hearing.id)
                item.setToolTip(text)
                self.hearings.setItem(row, col, item)
        self.hearings.blockSignals(False)
        self._reset_hearing_form()

    def _show_links(self, record: ApplicationRecord) -> None:
        for table, links in ((self.waits_for, record.waits_for), (self.needed_by, record.needed_by)):
            table.setRowCount(0)
            for link in links:
                row = table.rowCount()
                table.insertRow(row)
                person = self._person_name(link.id)
                cells = [QTableWidgetItem(link.file_number), QTableWidgetItem(person),
                         QTableWidgetItem(self.names.doc_type(link.doc_type)),
                         state_item(self.names, link.doc_type, link.state)]
                for col, item in enumerate(cells):
                    item.setData(Qt.ItemDataRole.UserRole, link.id)
                    table.setItem(row, col, item)
        self._fill_candidates(record)

    def _person_name(self, app_id: int) -> str:
        row = self._candidate_rows.get(app_id)
        return row.person_name if row else ""

    def _fill_candidates(self, record: ApplicationRecord) -> None:
        """Other applications of the same household (or person) to wait for."""
        person = records.load_person(self.session, record.person_id)
        people = [person.id]
        if person.household_id is not None:
            people = [m.id for m in records.load_household(self.session, person.household_id).members]
        rows = [r for pid in people for r in applications.list_applications(self.session, person_id=pid)]
        self._candidate_rows = {r.id: r for r in rows}
        linked = {link.id for link in record.waits_for}
        self.candidates.clear()
        for r in rows:
            if r.id == record.id or r.id in linked:
                continue
            text = self.tr("%1 — %2: %3 (%4)").replace("%1", r.file_number).replace("%2", r.person_name) \
                .replace("%3", self.names.doc_type(r.doc_type)).replace("%4", self.names.state(r.doc_type, r.state))
            self.candidates.addItem(text, r.id)
        if not self.candidates.count():
            self.candidates.addItem(self.tr("(no other application in this household)"), None)
        # Names for the link tables, now that they are known.
        for table in (self.waits_for, self.needed_by):
            for row in range(table.rowCount()):
                app_id = table.item(row, 0).data(Qt.ItemDataRole.UserRole)
                known = self._candidate_rows.get(app_id)
                if known is not None:
                    table.item(row, 1).setText(known.person_name)

    # ---- the checklist -------------------------------------------------------------------------
    def _add_check_row(self, text: str, done: bool) -> None:
        row = self.checklist.rowCount()
        self.checklist.insertRow(row)
        item = QTableWidgetItem(text)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only:
            flags |= Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
        item.setFlags(flags)
        item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
        self.checklist.setItem(row, 0, item)

    def _add_check_line(self) -> None:
        self._add_check_row("", False)
        row = self.checklist.rowCount() - 1
        self.checklist.setCurrentCell(row, 0)
        self.checklist.editItem(self.checklist.item(row, 0))
        self._changed()

    def _remove_check_line(self) -> None:
        row = self.checklist.currentRow()
        if row >= 0:
            self.checklist.removeRow(row)
            self._changed()

    # ---- changes -------------------------------------------------------------------------------
    def _watch_changes(self) -> None:
        for widget in self.widgets.values():
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(self._changed)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self._changed)
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(self._changed)
            elif isinstance(widget, QSpinBox):
                widget.valueChanged.connect(self._changed)
            elif isinstance(widget, QDateEdit):
                widget.dateChanged.connect(self._changed)
        for box in (self.fee_paid, self.has_due, *self.obstacles.values()):
            box.toggled.connect(self._changed)
        self.checklist.itemChanged.connect(self._changed)

    def _changed(self, *args) -> None:
        if not self._loading:
            self._dirty = True

    def is_dirty(self) -> bool:
        return self._dirty

    def _check_due(self, *args) -> None:
        """A date already past is allowed (catching up on paper) but said."""
        if self.has_due.isChecked() and from_qdate(self.due.date()) < dt.date.today():
            self.due_warning.setStyleSheet(WARNING_STYLE)
            self.due_warning.show_text(self.tr("This date is already past. It will be saved anyway: check it."))
        else:
            self.due_warning.show_text("")

    # ---- saving --------------------------------------------------------------------------------
    def application_input(self) -> ApplicationInput:
        lines = tuple((self.checklist.item(row, 0).text(),
                       self.checklist.item(row, 0).checkState() == Qt.CheckState.Checked)
                      for row in range(self.checklist.rowCount()))
        return ApplicationInput(
            doc_type=self.doc_type.currentData() or "", owner_id=self.owner.currentData(),
            authority=self.widgets["authority"].text(), authority_office=self.widgets["authority_office"].text(),
            court=self.widgets["court"].text(), case_number=self.widgets["case_number"].text(),
            fee_amount=self.fee_amount.value(), fee_paid=self.fee_paid.isChecked(),
            fee_receipt=self.widgets["fee_receipt"].text(),
            obstacles=tuple(code for code, box in self.obstacles.items() if box.isChecked()),
            obstacle_note=self.obstacle_note.text(), notes=self.notes.toPlainText(),
            next_action=self.widgets["next_action"].text(),
            next_action_due=from_qdate(self.due.date()) if self.has_due.isChecked() else None,
            checklist=lines,
        )

    def write(self) -> bool:
        """Save the fields (the dialog stays open); False after showing what is wrong."""
        if self.read_only:
            return False
        self._clear_problems()
        data = self.application_input()
        try:
            if self.app_id is None:
                result = applications.create_application(self.session, self.person_id, data)
                self.app_id = result.id
            else:
                result = applications.save_application(self.session, self.app_id, data, version=self.version)
        except ValidationErrors as exc:
            self.show_problems([error for _row, error in exc.problems])
            return False
        except (RecordChanged, NoSuchRecord) as exc:
            show_error(self, error_text(exc))
            return False
        except SanadError as exc:
            show_error(self, error_text(exc))
            return False
        self.version = result.version
        self._dirty = False
        message = self.tr("Application saved.")
        if result.warnings:
            message += " " + " ".join(error_text(w) for w in result.warnings)
        notify(self.parent(), message, 8000)
        self.saved.emit(self.app_id)
        return True

    def save(self) -> bool:
        if self.write():
            self.accept()
            return True
        return False

    def _clear_problems(self) -> None:
        for field, error in self.errors.items():
            if field != "next_action_due":
                error.show_text("")
        for widget in self.widgets.values():
            widget.setStyleSheet("")
        self.check_errors.show_text("")
        self.problems.hide()
        for row in range(self.checklist.rowCount()):
            self.checklist.item(row, 0).setBackground(QBrush())

    def show_problems(self, problems: list[ValidationError]) -> None:
        first: QWidget | None = None
        others, checks = [], []
        for problem in problems:
            text = error_text(problem)
            if problem.field.startswith("check:"):
                row = int(problem.field.split(":")[1])
                if row < self.checklist.rowCount():
                    self.checklist.item(row, 0).setBackground(QBrush(QColor("#fde2e1")))
                checks.append(text)
                first = first or self.checklist
                continue
            label = self.errors.get(problem.field)
            if label is None:
                others.append(text)
                continue
            label.setStyleSheet("color: #b00020;")
            label.show_text(text)
            widget = self.widgets.get(problem.field)
            if widget is not None:
                widget.setStyleSheet(ERROR_STYLE)
            first = first or widget or label
        self.check_errors.show_text("\n".join(checks))
        summary = self.tr("Problems to fix before saving: %1.").replace("%1", str(len(problems)))
        self.problems.setText(summary + ("\n" + "\n".join(others) if others else ""))
        self.problems.show()
        if first is not None:
            for index in range(self.tabs.count()):
                if self.tabs.widget(index).isAncestorOf(first):
                    self.tabs.setCurrentIndex(index)
            first.setFocus()

    def _saved_first(self) -> bool:
        """Moves and hearings reload the application: unsaved edits are saved first, if the user agrees."""
        if not self._dirty:
            return True
        if not ask(self, self.tr("You have changed this application. Save the changes first?"),
                   yes=self.tr("Save and continue"), no=self.tr("Cancel")):
            return False
        return self.write()

    def _reload(self) -> None:
        try:
            self.load(self.app_id)
        except NoSuchRecord as exc:
            show_error(self, error_text(exc))
            return
        self._dirty = False
        self.changed.emit(self.app_id)

    # ---- moving --------------------------------------------------------------------------------
    def move_to(self, target: str) -> bool:
        """Ask why (needed for on hold and closed), then move; the workflow's refusal is shown
        in the question, which stays open. True when the application moved."""
        if self.record is None or self.read_only or not self._saved_first():
            return False
        workflow = self.record.workflow
        try:
            goal = workflow.state(target)
        except UnknownState as exc:
            show_error(self, error_text(exc))
            return False
        source = workflow.state(self.record.state).name(self.names.lang)
        moved = {"done": False}

        def attempt(reason: str, close_reason: str) -> str | None:
            try:
                applications.move(self.session, self.app_id, target, reason, version=self.version,
                                  close_reason=close_reason, lang=self.names.lang)
            except ValidationErrors as exc:
                return "\n".join(error_text(e) for _r, e in exc.problems)
            except RecordChanged as exc:
                self._reload()
                return error_text(exc)
            except SanadError as exc:
                return error_text(exc)
            moved["done"] = True
            return None

        dialog = MoveDialog(source, goal.name(self.names.lang), needs_reason=workflow.needs_reason(target),
                            closing=goal.kind == "closed", attempt=attempt, parent=self)
        dialog.exec()
        if moved["done"]:
            self._reload()
            notify(self.parent(), self.tr("Moved to \"%1\".").replace("%1", goal.name(self.names.lang)))
        return moved["done"]

    # ---- hearings ------------------------------------------------------------------------------
    def _reset_hearing_form(self) -> None:
        self.hearing_id = None
        self.hearing_mode.setText(self.tr("A new hearing:"))
        self.hearing_date.setDate(QDate.currentDate())
        self.hearing_judge.clear()
        self.hearing_outcome.setCurrentIndex(0)
        self.has_next_hearing.setChecked(False)
        self.hearing_notes.clear()
        self.hearing_error.setStyleSheet("color: #b00020;")
        self.hearing_error.show_text("")
        if self.record is not None:
            self.hearing_court.setText(self.record.data.court)

    def _hearing_selected(self) -> None:
        """Choosing a hearing still to come fills the box to record what happened at it."""
        row = self.hearings.currentRow()
        if row < 0 or self.record is None:
            return
        hearing_id = self.hearings.item(row, 0).data(Qt.ItemDataRole.UserRole)
        hearing = next((h for h in self.record.hearings if h.id == hearing_id), None)
        if hearing is None or hearing.outcome:
            self._reset_hearing_form()
            return
        self.hearing_id = hearing.id
        self.hearing_mode.setText(self.tr("What happened at the hearing of %1:").replace(
            "%1", date_text(hearing.held_on)))
        self.hearing_date.setDate(to_qdate(hearing.held_on))
        self.hearing_court.setText(hearing.court)
        self.hearing_judge.setText(hearing.judge)

    def hearing_input(self) -> HearingInput:
        return HearingInput(
            held_on=from_qdate(self.hearing_date.date()), court=self.hearing_court.text(),
            judge=self.hearing_judge.text(), outcome=self.hearing_outcome.currentData() or "",
            notes=self.hearing_notes.text(),
            next_hearing_on=from_qdate(self.next_hearing.date()) if self.has_next_hearing.isChecked() else None,
        )

    def record_hearing(self) -> bool:
        if self.record is None or self.read_only or not self._saved_first():
            return False
        before = self.record.state
        try:
            self.version = applications.record_hearing(self.session, self.app_id, self.hearing_input(),
                                                       version=self.version, hearing_id=self.hearing_id,
                                                       lang=self.names.lang)
        except ValidationErrors as exc:
            self.hearing_error.show_text("\n".join(error_text(e) for _r, e in exc.problems))
            return False
        except RecordChanged as exc:
            show_error(self, error_text(exc))
            self._reload()
            return False
        except SanadError as exc:
            self.hearing_error.show_text(error_text(exc))
            return False
        self._reload()
        message = self.tr("Hearing recorded.")
        if self.record is not None and self.record.state != before:
            message += " " + self.tr("The application moved to \"%1\".").replace(
                "%1", self.names.state(self.record.data.doc_type, self.record.state))
        notify(self.parent(), message)
        self.hearing_error.setStyleSheet("color: #1b6e20;")
        self.hearing_error.show_text(message)
        return True

    # ---- dependencies --------------------------------------------------------------------------
    def add_dependency(self) -> bool:
        other = self.candidates.currentData()
        if self.record is None or self.read_only or other is None:
            return False
        try:
            applications.add_dependency(self.session, self.app_id, other)
        except SanadError as exc:  # a circle is refused with the circle named
            show_error(self, error_text(exc))
            return False
        self._reload_keeping_edits()
        return True

    def remove_dependency(self) -> bool:
        row = self.waits_for.currentRow()
        if self.record is None or self.read_only or row < 0:
            return False
        other = self.waits_for.item(row, 0).data(Qt.ItemDataRole.UserRole)
        try:
            applications.remove_dependency(self.session, self.app_id, other)
        except SanadError as exc:
            show_error(self, error_text(exc))
            return False
        self._reload_keeping_edits()
        return True

    def _reload_keeping_edits(self) -> None:
        """Dependencies do not touch the fields: refresh the links and the state only."""
        try:
            record = applications.load_application(self.session, self.app_id)
        except NoSuchRecord as exc:
            show_error(self, error_text(exc))
            return
        self.record = dataclasses.replace(self.record, waits_for=record.waits_for, needed_by=record.needed_by)
        self._show_links(self.record)
        self._show_state(self.record)
        self.changed.emit(self.app_id)

    def reject(self) -> None:
        if self._dirty and not ask(self, self.tr("Close without saving? Your changes will be lost."),
                                   yes=self.tr("Close without saving"), no=self.tr("Keep editing")):
            return
        super().reject()


class ApplicationsPanel(QWidget):
    """One person's applications at a glance (document, status, next action, due), with New and
    Open; for the person form. `changed` fires when one was created or changed."""

    changed = Signal()

    def __init__(self, session: UserSession, person_id: int, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.person_id = person_id
        self.names = CaseworkNames(session)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("personApplications")
        self.table.setHorizontalHeaderLabels([self.tr("Document"), self.tr("Status"), self.tr("Next action"),
                                              self.tr("Due")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(1, 200)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.open_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        column.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New application…"))
        self.new_button.setObjectName("newPersonApplication")
        self.new_button.setEnabled(session.may(Action.MANAGE_APPLICATIONS))
        self.new_button.clicked.connect(self.new_application)
        self.open_button = QPushButton(self.tr("Open application"))
        self.open_button.setObjectName("openPersonApplication")
        self.open_button.clicked.connect(self.open_selected)
        row.addWidget(self.new_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        column.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        rows = applications.list_applications(self.session, person_id=self.person_id)
        today = dt.date.today()
        self.table.setRowCount(0)
        for r in rows:
            row = self.table.rowCount()
            self.table.insertRow(row)
            state = state_item(self.names, r.doc_type, r.state)
            if r.blocked:
                state.setText(self.tr("%1 (waiting)").replace("%1", state.text()))
            due = QTableWidgetItem(date_text(r.next_action_due))
            finished = self.names.workflow(r.doc_type).is_end(r.state) if r.state else False
            if r.next_action_due and r.next_action_due < today and not finished:
                due.setForeground(QBrush(OVERDUE))
                due.setToolTip(self.tr("Overdue"))
            cells = [QTableWidgetItem(self.names.doc_type(r.doc_type)), state, QTableWidgetItem(r.next_action), due]
            for col, item in enumerate(cells):
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                self.table.setItem(row, col, item)
        if rows:
            self.table.setCurrentCell(0, 0)

    def open_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self._open(ApplicationDialog, app_id=self.table.item(row, 0).data(Qt.ItemDataRole.UserRole))

    def new_application(self) -> None:
        self._open(ApplicationDialog, person_id=self.person_id)

    def _open(self, cls, **kwargs) -> None:
        try:
            dialog = cls(self.session, parent=self, **kwargs)
        except SanadError as exc:
            show_error(self, error_text(exc))
            self.refresh()
            return
        dialog.changed.connect(lambda _id: self.changed.emit())
        dialog.exec()
        self.refresh()
        self.changed.emit()
