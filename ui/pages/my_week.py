"""My week: a lawyer's morning screen (and, for managers and administrators, the office's): the
hearings of this week and earlier ones whose outcome is still to record, next actions due today or
overdue (overdue in red), applications that have not moved for the office's number of days, and
referral follow-ups that are overdue. Double-click or Enter opens the application (or referral);
"Record the outcome" writes a hearing's outcome, which moves the case as the workflow says.

The navigation badge shows what needs doing today (db.my_week.badge_counts); the page refreshes
itself when shown and its badge on a timer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QModelIndex, QRect, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import applications, my_week
from db.applications import HEARING_OUTCOMES, HearingInput, RecordChanged
from db.choices import REFERRAL_STATES, SERVICE_TYPES
from db.errors import NoSuchRecord, SanadError, ValidationErrors
from db.i18n import QT_TRANSLATE_NOOP
from db.my_week import BadgeCounts, Case, HearingItem, Week
from db.permissions import Action
from db.session import UserSession
from ui.i18n import current_language, error_text, translate_text
from ui.messages import notify, show_error
from ui.paged import BackgroundCall, Sink
from ui.widgets import FieldError

OVERDUE = QColor("#b00020")
TODAY = QColor("#1d4f91")
# The navigation item's data role carrying the badge's count (0: no badge).
BADGE_ROLE = Qt.ItemDataRole.UserRole + 7
# Counts refresh on this timer while the window is open (the page itself refreshes when shown).
BADGE_REFRESH_MS = 5 * 60 * 1000
KIND = Qt.ItemDataRole.UserRole  # ("application", id) or ("referral", id) on a row's first cell
INDEX = Qt.ItemDataRole.UserRole + 1  # the row's index into its section
VISIBLE_ROWS = 8  # a section's table shows this many rows, then scrolls


def system_today() -> dt.date:
    """The computer's date (tests replace it)."""
    return dt.date.today()


def _date(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def _label(choices: tuple[tuple[str, str], ...], code: str, context: str) -> str:
    for value, text in choices:
        if value == code:
            return translate_text(context, text)
    return code


class MyWeekPage(QWidget):
    """`today` gives the date (default: the computer's, `system_today`)."""

    counts_changed = Signal(object)  # BadgeCounts, for the navigation badge

    def __init__(self, session: UserSession, *, today: Callable[[], dt.date] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._today = today
        self.lang = current_language()
        self.owner_id = my_week.default_owner(session)
        self.week: Week | None = None
        self.counts = BadgeCounts()
        # The main window sets it: the week (100-300 ms on a very large vault) is then read in a
        # pool thread and the window never waits; answers to an older request are dropped.
        self.background = False
        self.loading = False
        self._generation = 0
        self._sink = Sink()
        self._sink.done.connect(self._loaded)
        self.may_record = session.may(Action.MANAGE_APPLICATIONS)
        # Staff own no applications: their week is their referrals.
        self.with_applications = self.may_record or my_week.may_see_office(session)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("myWeekTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        top.addWidget(self.title)
        self.range_label = QLabel()
        self.range_label.setObjectName("myWeekRange")
        top.addWidget(self.range_label)
        top.addStretch(1)
        self.scope = QComboBox()
        self.scope.setObjectName("myWeekScope")
        self.scope.addItem(self.tr("Mine"), session.user.id)
        self.scope.addItem(self.tr("Whole office"), None)
        self.scope.setCurrentIndex(1 if self.owner_id is None else 0)
        self.scope.setVisible(my_week.may_see_office(session))
        self.scope.setToolTip(self.tr("Show your own week or the whole office's"))
        self.scope.currentIndexChanged.connect(self._scope_changed)
        top.addWidget(self.scope)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("myWeekRefresh")
        self.refresh_button.setToolTip(self.tr("Read the week again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        self.summary = QLabel()
        self.summary.setObjectName("myWeekSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.hearings = self._table("hearingsTable", [
            self.tr("Day"), self.tr("Court"), self.tr("File number"), self.tr("Person"), self.tr("Document"),
            self.tr("Status"), self.tr("Owner"), self.tr("Outcome")], stretch=(1, 3))
        self.actions = self._table("actionsTable", [
            self.tr("Due"), self.tr("Next action"), self.tr("File number"), self.tr("Person"), self.tr("Document"),
            self.tr("Status"), self.tr("Owner")], stretch=(1, 3))
        self.stale = self._table("staleTable", [
            self.tr("Last moved"), self.tr("Days"), self.tr("File number"), self.tr("Person"), self.tr("Document"),
            self.tr("Status"), self.tr("Owner")], stretch=(3,))
        self.referrals = self._table("referralsTable", [
            self.tr("Follow-up due"), self.tr("Reference"), self.tr("File number"), self.tr("Person"),
            self.tr("Service"), self.tr("Organisation"), self.tr("Status"), self.tr("Owner")], stretch=(3, 5))
        self.record_button = QPushButton(self.tr("Record the outcome…"))
        self.record_button.setObjectName("recordOutcome")
        self.record_button.setToolTip(self.tr("Write what happened at the selected hearing (Ctrl+R)"))
        self.record_button.setVisible(self.may_record)
        self.record_button.clicked.connect(self.record_selected)
        top.insertWidget(top.indexOf(self.scope), self.record_button)
        self.hearings.itemSelectionChanged.connect(self._update_buttons)
        QShortcut(QKeySequence("Ctrl+R"), self, activated=self.record_selected)
        self.boxes: dict[str, QGroupBox] = {}
        self.empty: dict[str, QLabel] = {}
        self.more: dict[str, QLabel] = {}
        sections = [("referrals", self.referrals, self.tr("No referral follow-up is overdue."))]
        if self.with_applications:
            sections = [
                ("hearings", self.hearings, self.tr("No hearings this week.")),
                ("actions", self.actions, self.tr("No next action is due.")),
                ("stale", self.stale, self.tr("Every open application moved recently.")),
                *sections,
            ]
        # Each table is as tall as its rows (up to VISIBLE_ROWS, then it scrolls), an empty section
        # is one line of text, and the page scrolls if the four need more than the window has.
        holder = QWidget()
        self.sections_layout = QVBoxLayout(holder)
        self.sections_layout.setContentsMargins(0, 0, 0, 0)
        for key, table, nothing in sections:
            self.sections_layout.addWidget(self._section(key, table, nothing))
        self.sections_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("myWeekScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(holder)
        layout.addWidget(self.scroll, 1)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.refresh)

        self.timer = QTimer(self)
        self.timer.setInterval(BADGE_REFRESH_MS)
        self.timer.timeout.connect(self.refresh_counts)
        self.timer.start()
        self._update_buttons()

    # ---- building --------------------------------------------------------------------------------
    def _table(self, name: str, headers: list[str], stretch: tuple[int, ...] = ()) -> QTableWidget:
        """A read-only table; the `stretch` columns share the width (long texts elided, whole in the
        tooltip), the others fit their contents, so nothing scrolls sideways."""
        table = QTableWidget(0, len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().setDefaultSectionSize(26)
        # Double-click or Enter (Qt's "activated"; a style that activates on one click opens on one).
        table.activated.connect(lambda index, t=table: self.open_row(t, index.row()))
        return table

    def _section(self, key: str, table: QTableWidget, nothing: str) -> QGroupBox:
        box = QGroupBox()
        box.setObjectName(f"{key}Section")
        inner = QVBoxLayout(box)
        inner.setContentsMargins(6, 4, 6, 4)
        inner.setSpacing(2)
        stack = QStackedWidget()
        empty = QLabel(nothing)
        empty.setObjectName(f"{key}Empty")
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setStyleSheet("color: #555;")
        stack.addWidget(table)
        stack.addWidget(empty)
        inner.addWidget(stack, 1)
        more = QLabel()
        more.setObjectName(f"{key}More")
        more.setStyleSheet("color: #555;")
        more.hide()
        row = QHBoxLayout()
        row.addWidget(more)
        row.addStretch(1)
        inner.addLayout(row)
        self.boxes[key] = box
        self.empty[key] = empty
        self.more[key] = more
        box.setProperty("stack", stack)
        return box

    # ---- reading -----------------------------------------------------------------------------------
    def today(self) -> dt.date:
        return self._today() if self._today is not None else system_today()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()

    def _scope_changed(self, _index: int) -> None:
        self.owner_id = self.scope.currentData()
        self.refresh()

    def refresh(self) -> None:
        """Read the week again (and the badge's counts) and show it."""
        session, today, owner_id = self.session, self.today(), self.owner_id

        def read() -> tuple[Week, BadgeCounts]:
            return (my_week.my_week(session, today=today, owner_id=owner_id),
                    my_week.badge_counts(session, today, owner_id))

        self._generation += 1
        if not self.background:
            try:
                result, error = read(), None
            except SanadError as exc:
                result, error = None, exc
            self._loaded(self._generation, result, error)
            return
        self.loading = True
        self.setCursor(Qt.CursorShape.BusyCursor)
        QThreadPool.globalInstance().start(BackgroundCall(self._sink, self._generation, read))

    def _loaded(self, generation: int, result, error) -> None:
        if generation != self._generation:
            return  # an older request (the scope changed meanwhile)
        self.loading = False
        self.unsetCursor()
        if error is not None:
            if not isinstance(error, SanadError):
                raise error
            show_error(self, error_text(error))
            return
        self.week, self.counts = result
        self._show(self.week)
        self.counts_changed.emit(self.counts)

    def refresh_counts(self) -> None:
        """Only the badge's counts (cheap: indexed counts), for the timer."""
        try:
            self.counts = my_week.badge_counts(self.session, self.today(), self.owner_id)
        except SanadError:
            return  # the page shows the problem when it is opened
        self.counts_changed.emit(self.counts)

    # ---- showing ---------------------------------------------------------------------------------------
    def _show(self, week: Week) -> None:
        office = week.owner_id is None
        self.title.setText(self.tr("The office's week") if office else self.tr("My week"))
        locale = QLocale()
        first = locale.toString(QDate(week.today.year, week.today.month, week.today.day), "dddd d MMMM")
        last = locale.toString(QDate(week.until.year, week.until.month, week.until.day), "dddd d MMMM yyyy")
        self.range_label.setText(self.tr("%1 to %2").replace("%1", first).replace("%2", last))
        counts = self.counts
        self.summary.setText("  ·  ".join(count_lines(counts, with_applications=self.with_applications)))
        for table in (self.hearings, self.actions, self.stale, self.referrals):
            table.setColumnHidden(table.columnCount() - (2 if table is self.hearings else 1), not office)
        self._fill_hearings(week)
        self._fill_actions(week)
        self._fill_stale(week)
        self._fill_referrals(week)
        self._update_buttons()

    def _heading(self, key: str, title: str, section: my_week.Section) -> None:
        box = self.boxes.get(key)
        if box is None:
            return
        locale = QLocale()
        box.setTitle(f"{title} ({locale.toString(section.total)})")
        stack = box.property("stack")
        stack.setCurrentIndex(0 if section.rows else 1)
        stack.setFixedHeight(self._height(stack.widget(0), len(section.rows)) if section.rows else 32)
        more = self.more[key]
        more.setText(self.tr("The first %1 of %2 are shown.").replace("%1", locale.toString(len(section.rows)))
                     .replace("%2", locale.toString(section.total)) + " " + (
            self.tr("The Applications page lists them all.") if key != "referrals"
            else self.tr("The Referrals page lists them all.")))
        more.setVisible(section.more > 0)

    @staticmethod
    def _height(table: QTableWidget, rows: int) -> int:
        shown = min(rows, VISIBLE_ROWS)
        return (table.horizontalHeader().sizeHint().height() + shown * table.verticalHeader().defaultSectionSize()
                + 2 * table.frameWidth() + 2)

    def _case_cells(self, case: Case) -> list[str]:
        return [case.file_number, case.person_name, case.doc_type_name(self.lang), case.state_name(self.lang)]

    @staticmethod
    def _put(table: QTableWidget, row: int, cells: list[str], key: tuple[str, int], index: int,
             colour: QColor | None = None, bold: bool = False) -> None:
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)  # whole, where the column elides it
            if colour is not None:
                item.setForeground(QBrush(colour))
            if bold:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            if column == 0:
                item.setData(KIND, key)
                item.setData(INDEX, index)
            table.setItem(row, column, item)

    def _day(self, day: dt.date, today: dt.date) -> str:
        if day == today:
            return self.tr("Today")
        if day == today + dt.timedelta(days=1):
            return self.tr("Tomorrow")
        name = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
        return f"{name} {_date(day)}"

    def _fill_hearings(self, week: Week) -> None:
        self._heading("hearings", self.tr("Hearings this week"), week.hearings)
        table = self.hearings
        table.setRowCount(len(week.hearings.rows))
        for row, hearing in enumerate(week.hearings.rows):
            to_record = hearing.to_record(week.today)
            if hearing.outcome:
                outcome = _label(HEARING_OUTCOMES, hearing.outcome, "Applications")
            elif to_record:
                outcome = self.tr("Outcome to record")
            else:
                outcome = self.tr("To come")
            late = to_record and hearing.held_on < week.today
            cells = [self._day(hearing.held_on, week.today), hearing.court, *self._case_cells(hearing.case),
                     hearing.case.owner, outcome]
            self._put(table, row, cells, ("application", hearing.case.application_id), row,
                      OVERDUE if late else TODAY if hearing.held_on == week.today else None,
                      bold=hearing.held_on == week.today)

    def _fill_actions(self, week: Week) -> None:
        self._heading("actions", self.tr("Next actions due or overdue"), week.actions)
        table = self.actions
        table.setRowCount(len(week.actions.rows))
        for row, action in enumerate(week.actions.rows):
            due = _date(action.due) if action.overdue else self.tr("Today")
            cells = [due, action.action, *self._case_cells(action.case), action.case.owner]
            self._put(table, row, cells, ("application", action.case.application_id), row,
                      OVERDUE if action.overdue else None)

    def _fill_stale(self, week: Week) -> None:
        self._heading("stale", self.tr("No movement for %1 days or more").replace(
            "%1", QLocale().toString(week.stale_days)), week.stale)
        table = self.stale
        table.setRowCount(len(week.stale.rows))
        for row, item in enumerate(week.stale.rows):
            cells = [_date(item.last_moved), str(item.days), *self._case_cells(item.case),
                     item.case.owner]
            self._put(table, row, cells, ("application", item.case.application_id), row)

    def _fill_referrals(self, week: Week) -> None:
        self._heading("referrals", self.tr("Referral follow-ups overdue"), week.referrals)
        table = self.referrals
        table.setRowCount(len(week.referrals.rows))
        for row, referral in enumerate(week.referrals.rows):
            cells = [_date(referral.follow_up_due), referral.reference, referral.file_number, referral.person_name,
                     _label(SERVICE_TYPES, referral.service, "Choices"), referral.organisation(self.lang),
                     _label(REFERRAL_STATES, referral.state, "Choices"),
                     week.owner_names.get(referral.owner_id, referral.owner)]
            self._put(table, row, cells, ("referral", referral.id), row, OVERDUE)

    # ---- acting ---------------------------------------------------------------------------------------
    def selected_hearing(self) -> HearingItem | None:
        if self.week is None:
            return None
        rows = self.hearings.selectionModel().selectedRows()
        if not rows:
            return None
        index = self.hearings.item(rows[0].row(), 0).data(INDEX)
        return self.week.hearings.rows[index]

    def _update_buttons(self) -> None:
        hearing = self.selected_hearing()
        self.record_button.setEnabled(self.may_record and hearing is not None and not hearing.outcome
                                      and hearing.held_on <= self.today())

    def open_row(self, table: QTableWidget, row: int) -> None:
        item = table.item(row, 0)
        if item is None:
            return
        kind, record_id = item.data(KIND)
        if kind == "referral":
            self.open_referral(record_id)
        else:
            self.open_application(record_id)

    def open_application(self, app_id: int) -> None:
        from ui.application_dialog import ApplicationDialog

        try:
            dialog = ApplicationDialog(self.session, app_id, parent=self)
        except NoSuchRecord as exc:
            show_error(self, error_text(exc))
            self.refresh()
            return
        dialog.exec()
        self.refresh()  # it may have moved, been given a new next action, or a hearing

    def open_referral(self, referral_id: int) -> None:
        from ui.referral_dialog import ReferralDialog

        try:
            dialog = ReferralDialog(self.session, referral_id=referral_id, parent=self)
        except NoSuchRecord as exc:
            show_error(self, error_text(exc))
            self.refresh()
            return
        dialog.exec()
        self.refresh()

    def record_selected(self) -> bool:
        hearing = self.selected_hearing()
        if hearing is None or not self.record_button.isEnabled():
            return False
        dialog = HearingOutcomeDialog(self.session, hearing, today=self.today(), parent=self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.refresh()
        if accepted:
            notify(self, dialog.message)
        return accepted


class HearingOutcomeDialog(QDialog):
    """What happened at one hearing: the outcome, notes, and the next hearing's date if the court set
    one. Saving moves the application as the workflow says (db.applications.record_hearing)."""

    def __init__(self, session: UserSession, hearing: HearingItem, *, today: dt.date, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.hearing = hearing
        self.today = today
        self.lang = current_language()
        self.message = ""
        # The title shows in the taskbar: never a name.
        self.setWindowTitle(self.tr("Hearing outcome"))
        layout = QVBoxLayout(self)
        case = hearing.case
        about = QLabel(self.tr("%1, %2: %3 (%4)").replace("%1", _date(hearing.held_on))
                       .replace("%2", hearing.court or self.tr("court not written"))
                       .replace("%3", case.doc_type_name(self.lang)).replace("%4", case.file_number))
        about.setObjectName("hearingAbout")
        about.setWordWrap(True)
        layout.addWidget(about)
        person = QLabel(case.person_name)
        person.setStyleSheet("font-weight: bold;")
        layout.addWidget(person)
        form = QFormLayout()
        self.outcome = QComboBox()
        self.outcome.setObjectName("outcome")
        for code, text in HEARING_OUTCOMES:
            self.outcome.addItem(translate_text("Applications", text), code)
        form.addRow(self.tr("Outcome"), self.outcome)
        self.notes = QLineEdit()
        self.notes.setObjectName("notes")
        self.notes.setMaxLength(2000)
        form.addRow(self.tr("Notes"), self.notes)
        self.has_next = QCheckBox(self.tr("Next hearing on"))
        self.has_next.setObjectName("hasNextHearing")
        self.next_hearing = QDateEdit()
        self.next_hearing.setObjectName("nextHearing")
        self.next_hearing.setCalendarPopup(True)
        self.next_hearing.setDisplayFormat("dd/MM/yyyy")
        later = max(today, hearing.held_on) + dt.timedelta(days=14)
        self.next_hearing.setDate(QDate(later.year, later.month, later.day))
        form.addRow(self.has_next, self.next_hearing)
        layout.addLayout(form)
        self.error = FieldError()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("Record"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("recordButton")
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.has_next.toggled.connect(self.next_hearing.setEnabled)
        self._outcome_changed()

    def _outcome_changed(self, *_args) -> None:
        # Adjourned or absent: the court usually sets the next hearing; granted or refused: none.
        more = self.outcome.currentData() in ("adjourned", "absent")
        self.has_next.setChecked(more)
        self.next_hearing.setEnabled(more)

    def save(self) -> bool:
        qdate = self.next_hearing.date()
        following = dt.date(qdate.year(), qdate.month(), qdate.day()) if self.has_next.isChecked() else None
        hearing, case = self.hearing, self.hearing.case
        data = HearingInput(held_on=hearing.held_on, court=hearing.court, judge=hearing.judge,
                            outcome=self.outcome.currentData(), notes=self.notes.text(), next_hearing_on=following)
        try:
            applications.record_hearing(self.session, case.application_id, data, version=case.version,
                                        hearing_id=hearing.hearing_id, today=self.today, lang=self.lang)
        except ValidationErrors as exc:
            self.error.show_text("\n".join(error_text(e) for _row, e in exc.problems))
            return False
        except RecordChanged as exc:
            show_error(self, error_text(exc))
            self.reject()
            return False
        except SanadError as exc:
            self.error.show_text(error_text(exc))
            return False
        self.message = self.tr("Hearing recorded.")
        try:
            record = applications.load_application(self.session, case.application_id)
        except SanadError:
            record = None
        if record is not None and record.state != case.state:
            moved_to = record.workflow.state(record.state).name(self.lang)
            self.message += " " + self.tr("The application moved to \"%1\".").replace("%1", moved_to)
        self.accept()
        return True


class BadgeDelegate(QStyledItemDelegate):
    """Draws an item's count (BADGE_ROLE) as a red pill at the end of the navigation item, on the
    left when the layout runs right to left."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().paint(painter, option, index)
        count = index.data(BADGE_ROLE) or 0
        if not count:
            return
        text = QLocale().toString(int(count)) if count < 1000 else "999+"
        font = QFont(option.font)
        font.setBold(True)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        metrics = QFontMetrics(font)
        height = metrics.height() + 4
        width = max(height, metrics.horizontalAdvance(text) + 12)
        rect = option.rect
        right_to_left = option.direction == Qt.LayoutDirection.RightToLeft
        x = rect.left() + 8 if right_to_left else rect.right() - width - 8
        pill = QRect(x, rect.top() + (rect.height() - height) // 2, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(OVERDUE)
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(QColor("white"))
        painter.setFont(font)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


# What the badge's number is made of, for the page's summary line and the navigation's tooltip.
COUNT_LINES = (
    ("hearings", QT_TRANSLATE_NOOP("MyWeekPage", "Hearings to record: %1")),
    ("actions", QT_TRANSLATE_NOOP("MyWeekPage", "Next actions due today or overdue: %1")),
    ("referrals", QT_TRANSLATE_NOOP("MyWeekPage", "Referral follow-ups overdue: %1")),
)


def count_lines(counts: BadgeCounts, *, with_applications: bool = True) -> list[str]:
    locale = QLocale()
    return [QCoreApplication.translate("MyWeekPage", text).replace("%1", locale.toString(getattr(counts, key)))
            for key, text in COUNT_LINES if with_applications or key == "referrals"]


def badge_tooltip(counts: BadgeCounts) -> str:
    """The navigation item's tooltip: what the badge's number is made of."""
    return "\n".join(count_lines(counts))
