"""A referral: made (with the consent check shown before anything is sent, and Send disabled with
the reason when consent is missing), opened (details, timeline, follow-up buttons for the moves
allowed from its state), and a person's referrals at a glance (ReferralsPanel, for the person
form). The rules and every check live in db/referrals.py; this module only shows and asks."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import choices, people_list, records, referrals
from db.errors import NoSuchRecord, SanadError, ValidationErrors
from db.permissions import Action
from db.records import RecordChanged
from db.referrals import ConsentMissing, ReferralRow
from db.session import UserSession
from ui.choices import choice_text, fill_combo, select_code
from ui.i18n import current_language, error_text, translate_text
from ui.messages import notify, show_error
from ui.widgets import FieldError, isolate_ltr

OVERDUE_BRUSH = QBrush(QColor("#fde2e1"))
GIVEN_BRUSH = QBrush(QColor("#e3f4e1"))
CONSENT_OK = "background: #e3f4e1; color: #1e5b1a; border: 1px solid #9fd19a; padding: 6px;"
CONSENT_MISSING = "background: #fde2e1; color: #8a1c12; border: 1px solid #e6a29c; padding: 6px;"
CONSENT_UNKNOWN = "background: #f1f1f1; color: #444; border: 1px solid #ccc; padding: 6px;"


def date_text(day: dt.date | None) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if day else ""


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def _date_edit(day: dt.date, name: str) -> QDateEdit:
    edit = QDateEdit(to_qdate(day))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


def state_text(state: str) -> str:
    return choice_text(choices.REFERRAL_STATES, state)


def consent_text(decision) -> str:
    """A consent decision's reason in the user's language, its arguments filled in."""
    return translate_text("SanadError", decision.reason, *decision.args)


# ---- choosing the person ---------------------------------------------------------------------------


class PickPersonDialog(QDialog):
    """Find the person to refer: any spelling of the name, a file number or a phone, as in search."""

    def __init__(self, session: UserSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.person_id: int | None = None
        self.setWindowTitle(self.tr("Who is referred?"))
        self.resize(520, 420)
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setObjectName("pickPersonSearch")
        self.search.setPlaceholderText(self.tr("Name, file number or phone"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.hits = QListWidget()
        self.hits.setObjectName("pickPersonHits")
        layout.addWidget(self.hits, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Refer this person…"))
        self.buttons.accepted.connect(self.choose)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self, singleShot=True, interval=250, timeout=self.find)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self.find)
        self.hits.itemActivated.connect(lambda _item: self.choose())
        self.search.setFocus()

    def find(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        self.hits.clear()
        if not text:
            return
        try:
            found = records.find_people(self.session, text)
        except SanadError as exc:
            show_error(self, error_text(exc))
            return
        for hit in found:
            item = QListWidgetItem(f"{isolate_ltr(hit.file_number)} — {hit.full_name}")
            item.setData(Qt.ItemDataRole.UserRole, hit.related_person_id)
            self.hits.addItem(item)
        if not found:
            self.hits.addItem(QListWidgetItem(self.tr("Nobody found.")))
        self.hits.setCurrentRow(0)

    def choose(self) -> None:
        item = self.hits.currentItem()
        person_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if not person_id:
            self.search.setFocus()
            return
        self.person_id = person_id
        self.accept()


# ---- one referral ----------------------------------------------------------------------------------


class ReferralDialog(QDialog):
    """Open with `person_id` to make a new referral, or with `referral_id` to see and follow one up."""

    saved = Signal(int)

    def __init__(self, session: UserSession, *, person_id: int | None = None, referral_id: int | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        if (person_id is None) == (referral_id is None):
            raise ValueError("give a person (new referral) or a referral (open it), not both")
        self.session = session
        self.referral_id = referral_id
        self.person_id = person_id
        self.record: referrals.ReferralRecord | None = None
        self.version = 0
        self.may_edit = session.may(Action.MANAGE_REFERRALS)
        self.consent_ok = False
        self.errors: dict[str, FieldError] = {}
        self.follow_up_buttons: dict[str, QPushButton] = {}
        # The title shows in the taskbar: never the person's name nor the reference.
        self.setWindowTitle(self.tr("Referral") if referral_id else self.tr("New referral"))
        self.resize(800, 780 if referral_id else 600)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.name_label = QLabel()
        self.name_label.setObjectName("referralPerson")
        self.name_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.file_label = QLabel()
        self.file_label.setObjectName("referralFileNumber")
        self.file_label.setStyleSheet("font-size: 13pt; color: #555;")
        top.addWidget(self.name_label)
        top.addWidget(self.file_label)
        top.addStretch(1)
        self.reference_label = QLabel()
        self.reference_label.setObjectName("referralReference")
        self.reference_label.setStyleSheet("font-size: 12pt;")
        top.addWidget(self.reference_label)
        self.state_label = QLabel()
        self.state_label.setObjectName("referralState")
        top.addWidget(self.state_label)
        layout.addLayout(top)

        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.service = fill_combo(QComboBox(), choices.SERVICE_TYPES, empty=self.tr("Choose the service…"))
        self.service.setObjectName("service")
        self._row(self.tr("Service"), "service", self.service)
        self.organisation = QComboBox()
        self.organisation.setObjectName("organisation")
        self._row(self.tr("Organisation"), "organisation", self.organisation)
        self.focal_point = QLineEdit()
        self.focal_point.setObjectName("focal_point")
        self._row(self.tr("Focal point"), "focal_point", self.focal_point)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        self._row(self.tr("Reason"), "reason", self.reason)
        self.urgency = fill_combo(QComboBox(), choices.URGENCY)
        self.urgency.setObjectName("urgency")
        self._row(self.tr("Urgency"), "urgency", self.urgency)
        today = dt.date.today()
        self.sent_on = _date_edit(today, "sent_on")
        self.sent_on.setMaximumDate(to_qdate(today))
        self.follow_up_days = QSpinBox()
        self.follow_up_days.setObjectName("follow_up_days")
        self.follow_up_days.setRange(1, referrals.MAX_FOLLOW_UP_DAYS)
        self.follow_up_days.setValue(referrals.DEFAULT_FOLLOW_UP_DAYS["normal"])
        self.follow_up_days.setSuffix(self.tr(" days"))
        self.follow_up_due = _date_edit(today, "follow_up_due")
        self.owner = QComboBox()
        self.owner.setObjectName("owner")
        for user_id, username, full_name in referrals.referral_owners(session):
            self.owner.addItem(full_name or username, user_id)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(50)
        if referral_id is None:
            self._row(self.tr("Date sent"), "sent_on", self.sent_on)
            self._row(self.tr("Follow up after"), "follow_up_days", self.follow_up_days)
        else:
            self.details = QLabel()
            self.details.setObjectName("referralDates")
            self.details.setWordWrap(True)
            self.form.addRow(self.tr("Dates"), self.details)
            self._row(self.tr("Next follow-up"), "follow_up_due", self.follow_up_due)
        self._row(self.tr("Responsible"), "owner", self.owner)
        self._row(self.tr("Notes"), "notes", self.notes)

        self.consent = QLabel()
        self.consent.setObjectName("consentStatus")
        self.consent.setWordWrap(True)
        layout.addWidget(self.consent)

        self.timeline: QTableWidget | None = None
        if referral_id is not None:
            layout.addWidget(QLabel(self.tr("Timeline")))
            self.timeline = QTableWidget(0, 5)
            self.timeline.setObjectName("referralTimeline")
            self.timeline.setHorizontalHeaderLabels(
                [self.tr("Date"), self.tr("What happened"), self.tr("Note"), self.tr("By"), self.tr("Recorded")])
            self.timeline.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
            self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            self.timeline.verticalHeader().setVisible(False)
            self.timeline.horizontalHeader().setMinimumSectionSize(40)
            self.timeline.setMinimumHeight(150)
            layout.addWidget(self.timeline, 1)
            self.follow_up_row = QHBoxLayout()
            self.follow_up_label = QLabel(self.tr("Record what happened:"))
            self.follow_up_row.addWidget(self.follow_up_label)
            for state, label in (("accepted", self.tr("Accepted…")), ("no_answer", self.tr("No answer…")),
                                 ("service_given", self.tr("Service given…")), ("refused", self.tr("Refused…"))):
                button = QPushButton(label)
                button.setObjectName(f"to_{state}")
                button.clicked.connect(lambda _checked=False, s=state: self.record_follow_up(s))
                self.follow_up_buttons[state] = button
                self.follow_up_row.addWidget(button)
            self.follow_up_row.addStretch(1)
            layout.addLayout(self.follow_up_row)

        self.read_only_note = QLabel(self.tr("Your role can see referrals but not make or change them."))
        self.read_only_note.setObjectName("readOnlyNote")
        self.read_only_note.setVisible(not self.may_edit)
        layout.addWidget(self.read_only_note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = QPushButton(self.tr("Send referral") if referral_id is None else self.tr("Save changes"))
        self.send_button.setObjectName("sendReferral" if referral_id is None else "saveReferral")
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.letter_button = QPushButton(self.tr("Issue a letter…"))
        self.letter_button.setObjectName("referralLetter")
        self.letter_button.clicked.connect(self._issue_letter)
        self.buttons.addButton(self.letter_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.letter_button.setVisible(referral_id is not None and session.may(Action.PRINT_LETTERS))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.send_button.setDefault(True)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        if referral_id is None:
            self._show_person(person_id)
            select_code(self.owner, session.user.id)
            self.service.currentIndexChanged.connect(self._service_changed)
            self.organisation.currentIndexChanged.connect(self._organisation_changed)
            self.sent_on.dateChanged.connect(lambda _day: self.check_consent())
            self.urgency.currentIndexChanged.connect(self._urgency_changed)
            self._fill_organisations()
            self.check_consent()
            self.service.setFocus()
        else:
            for widget in (self.service, self.organisation):
                widget.setEnabled(False)
            self.load()
        for widget in (self.service, self.organisation, self.focal_point, self.reason, self.urgency, self.sent_on,
                       self.follow_up_days, self.follow_up_due, self.owner, self.notes):
            if not self.may_edit:
                widget.setEnabled(False)

    def _row(self, label: str, field: str, widget: QWidget) -> None:
        self.form.addRow(label, widget)
        error = FieldError()
        error.setObjectName(f"error_{field}")
        self.errors[field] = error
        self.form.addRow(error)

    def _show_person(self, person_id: int) -> None:
        shown = people_list.rows(self.session, [person_id]).get(person_id)
        if shown is None:
            raise NoSuchRecord(person_id)
        self.name_label.setText(shown.full_name)
        self.file_label.setText(isolate_ltr(shown.file_number))

    # ---- a new referral ----------------------------------------------------------------------
    def _fill_organisations(self) -> None:
        chosen = self.organisation.currentData()
        service = self.service.currentData() or None
        lang = current_language()
        self.organisation.blockSignals(True)
        self.organisation.clear()
        self.organisation.addItem(self.tr("Choose the organisation…"), None)
        for org in referrals.list_organisations(self.session, service=service):
            other = org.name("en" if lang == "ar" else "ar")
            text = org.name(lang) + (f" ({other})" if other and other != org.name(lang) else "")
            if service and service not in org.services:
                text += " — " + self.tr("does not list this service")
            self.organisation.addItem(text, org.id)
        index = self.organisation.findData(chosen) if chosen else 0
        self.organisation.setCurrentIndex(max(index, 0))
        self.organisation.blockSignals(False)

    def _service_changed(self) -> None:
        self._fill_organisations()
        self.check_consent()

    def _organisation_changed(self) -> None:
        org_id = self.organisation.currentData()
        if org_id and not self.focal_point.text().strip():
            self.focal_point.setText(referrals.get_organisation(self.session, org_id).focal_point)
        self.check_consent()

    def _urgency_changed(self) -> None:
        self.follow_up_days.setValue(referrals.DEFAULT_FOLLOW_UP_DAYS.get(self.urgency.currentData(), 14))

    def check_consent(self) -> None:
        """Ask the one consent function now, before anything is sent, and say what it answered."""
        org_id = self.organisation.currentData()
        if not org_id:
            self.consent_ok = False
            self.consent.setStyleSheet(CONSENT_UNKNOWN)
            self.consent.setText(self.tr("Choose the organisation: its consent is checked before sending."))
        else:
            decision = referrals.consent_for(self.session, self.person_id, org_id,
                                             on=from_qdate(self.sent_on.date()))
            self.consent_ok = decision.allowed
            if decision.allowed:
                self.consent.setStyleSheet(CONSENT_OK)
                self.consent.setText(self.tr("Consent checked: %1").replace("%1", consent_text(decision)))
            else:
                self.consent.setStyleSheet(CONSENT_MISSING)
                self.consent.setText(self.tr("No valid consent: %1 The referral cannot be sent; record the "
                                             "person's consent on their record first.")
                                     .replace("%1", consent_text(decision)))
        self._update_send()

    def _update_send(self) -> None:
        if self.referral_id is not None:
            return
        self.send_button.setEnabled(self.may_edit and self.consent_ok)
        if not self.may_edit:
            self.send_button.setToolTip(self.read_only_note.text())
        elif not self.consent_ok:
            self.send_button.setToolTip(self.consent.text())
        else:
            self.send_button.setToolTip("")

    def _issue_letter(self) -> None:
        from ui.letter_dialog import open_issue_letter

        service = self.record.row.service if self.record is not None else ""
        open_issue_letter(self, self.session, self.person_id, referral_id=self.referral_id, service=service)

    # ---- an existing referral ----------------------------------------------------------------
    def load(self) -> None:
        self.record = referrals.load_referral(self.session, self.referral_id)
        row = self.record.row
        self.version = row.version
        self.person_id = row.person_id
        self.name_label.setText(row.person_name)
        self.file_label.setText(isolate_ltr(row.file_number))
        self.reference_label.setText(isolate_ltr(row.reference))
        self.state_label.setText(state_text(row.state))
        self.state_label.setStyleSheet(
            "padding: 2px 8px; border-radius: 4px; "
            + ("background: #fde2e1; color: #8a1c12;" if row.overdue else "background: #e8eef7; color: #1c3d6e;"))
        select_code(self.service, row.service)
        self.organisation.clear()
        self.organisation.addItem(row.organisation(current_language()), row.organisation_id)
        self.focal_point.setText(row.focal_point)
        self.reason.setPlainText(self.record.reason)
        select_code(self.urgency, row.urgency)
        if row.owner_id is not None and self.owner.findData(row.owner_id) < 0:
            self.owner.addItem(row.owner, row.owner_id)  # no longer makes referrals: shown, kept
        elif row.owner_id is None and self.owner.findData(None) < 0:
            self.owner.insertItem(0, "—", None)
        select_code(self.owner, row.owner_id)
        self.notes.setPlainText(self.record.notes)
        closed = row.state in referrals.CLOSED_STATES
        self.follow_up_due.setEnabled(self.may_edit and not closed)
        # The day before sending stands for "no follow-up date" and shows as a dash.
        self.follow_up_due.setMinimumDate(to_qdate(row.sent_on - dt.timedelta(days=1)))
        self.follow_up_due.setSpecialValueText("—")
        self.follow_up_due.setDate(to_qdate(row.follow_up_due) if row.follow_up_due
                                   else self.follow_up_due.minimumDate())
        dates = [self.tr("sent %1").replace("%1", date_text(row.sent_on))]
        if row.answered_on:
            dates.append(self.tr("answered %1").replace("%1", date_text(row.answered_on)))
        if row.closed_on:
            dates.append(self.tr("closed %1").replace("%1", date_text(row.closed_on)))
        if row.overdue:
            dates.append(self.tr("follow-up overdue since %1").replace("%1", date_text(row.follow_up_due)))
        self.details.setText(self.tr(", ").join(dates))
        self.consent.setVisible(False)
        self._show_timeline()
        for state, button in self.follow_up_buttons.items():
            button.setVisible(state in self.record.next_states)
            button.setEnabled(self.may_edit)
        self.follow_up_label.setVisible(bool(self.record.next_states))
        self.send_button.setEnabled(self.may_edit)

    def _show_timeline(self) -> None:
        assert self.timeline is not None and self.record is not None
        self.timeline.setRowCount(0)
        for event in reversed(self.record.events):  # newest first
            row = self.timeline.rowCount()
            self.timeline.insertRow(row)
            if event.from_state:
                what = self.tr("%1 → %2").replace("%1", state_text(event.from_state)).replace(
                    "%2", state_text(event.to_state))
            else:
                what = self.tr("Sent")
            recorded = event.at.replace(tzinfo=dt.UTC).astimezone()  # stored in UTC, shown in local time
            cells = (date_text(event.on), what, event.note, event.username, recorded.strftime("%d/%m/%Y %H:%M"))
            for col, text in enumerate(cells):
                self.timeline.setItem(row, col, QTableWidgetItem(text))
        self.timeline.resizeColumnToContents(0)
        self.timeline.resizeColumnToContents(1)

    def record_follow_up(self, state: str) -> bool:
        """Ask when it happened and why (FollowUpDialog), record it, show the new state."""
        assert self.record is not None
        dialog = FollowUpDialog(self.session, self.record.row, state, version=self.version, parent=self)
        if not dialog.exec():
            return False
        self.load()
        self.saved.emit(self.referral_id)
        notify(self.parent(), self.tr("Follow-up recorded."))
        return True

    # ---- saving ------------------------------------------------------------------------------
    def _clear_problems(self) -> None:
        for error in self.errors.values():
            error.show_text("")

    def show_problems(self, exc: ValidationErrors) -> None:
        first = None
        for _row, problem in exc.problems:
            label = self.errors.get(problem.field) or self.errors["reason"]
            label.show_text((label.text() + "\n" if label.text() else "") + error_text(problem))
            first = first or problem.field
        widget = self.findChild(QWidget, first or "")
        if widget is not None:
            widget.setFocus()

    def save(self) -> bool:
        if not self.may_edit:
            return False
        self._clear_problems()
        try:
            if self.referral_id is None:
                if not self.consent_ok:
                    return False
                made = referrals.make_referral(
                    self.session, self.person_id, self.service.currentData() or "",
                    self.organisation.currentData() or 0, self.focal_point.text(), self.reason.toPlainText(),
                    self.urgency.currentData(), sent_on=from_qdate(self.sent_on.date()),
                    follow_up_days=self.follow_up_days.value(), notes=self.notes.toPlainText(),
                    owner_id=self.owner.currentData(),
                )
                self.referral_id = made.id
                notify(self.parent(), self.tr("Referral sent: %1").replace("%1", made.reference))
            else:
                assert self.record is not None
                closed = self.record.row.state in referrals.CLOSED_STATES
                no_date = self.follow_up_due.date() == self.follow_up_due.minimumDate()
                owner = self.owner.currentData()
                row = referrals.update_referral(
                    self.session, self.referral_id, version=self.version, focal_point=self.focal_point.text(),
                    reason=self.reason.toPlainText(), urgency=self.urgency.currentData(),
                    follow_up_due=None if closed or no_date else from_qdate(self.follow_up_due.date()),
                    notes=self.notes.toPlainText(),
                    owner_id=owner if owner != self.record.row.owner_id else None,
                )
                self.version = row.version
                notify(self.parent(), self.tr("Saved."))
        except ValidationErrors as exc:
            self.show_problems(exc)
            return False
        except ConsentMissing as exc:
            # Consent changed since it was checked (withdrawn in another window): say so, send nothing.
            self.check_consent()
            show_error(self, error_text(exc))
            return False
        except (RecordChanged, SanadError) as exc:
            show_error(self, error_text(exc))
            return False
        self.saved.emit(self.referral_id)
        self.accept()
        return True


class FollowUpDialog(QDialog):
    """What happened to a referral: the day, a note, and (while it stays open) the next follow-up."""

    def __init__(self, session: UserSession, row: ReferralRow, to_state: str, *, version: int, parent=None) -> None:
        super().__init__(parent)
        self.session, self.row, self.to_state, self.version = session, row, to_state, version
        self.result_row: ReferralRow | None = None
        self.setWindowTitle(self.tr("Record follow-up"))
        form = QFormLayout(self)
        heading = QLabel(self.tr("%1 → %2").replace("%1", state_text(row.state)).replace("%2", state_text(to_state)))
        heading.setObjectName("followUpHeading")
        heading.setStyleSheet("font-weight: bold;")
        form.addRow(heading)
        today = dt.date.today()
        self.on = _date_edit(today, "followUpOn")
        self.on.setMaximumDate(to_qdate(today))
        self.on.setMinimumDate(to_qdate(row.sent_on))
        form.addRow(self.tr("On"), self.on)
        self.note = QPlainTextEdit()
        self.note.setObjectName("followUpNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        form.addRow(self.tr("Note"), self.note)
        self.closing = to_state in referrals.CLOSED_STATES
        days = referrals.DEFAULT_FOLLOW_UP_DAYS.get(row.urgency, 14)
        self.next_due = _date_edit(today + dt.timedelta(days=days), "followUpNextDue")
        if not self.closing:
            form.addRow(self.tr("Next follow-up"), self.next_due)
            self.on.dateChanged.connect(lambda day: self.next_due.setDate(day.addDays(days)))
        else:
            form.addRow(QLabel(self.tr("This closes the referral.")))
        self.error = FieldError()
        self.error.setObjectName("followUpError")
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.note.setFocus()

    def save(self) -> bool:
        try:
            self.result_row = referrals.follow_up(
                self.session, self.row.id, self.to_state, version=self.version, on=from_qdate(self.on.date()),
                note=self.note.toPlainText(), next_due=None if self.closing else from_qdate(self.next_due.date()),
            )
        except ValidationErrors as exc:
            self.error.show_text("\n".join(error_text(problem) for _row, problem in exc.problems))
            return False
        except RecordChanged as exc:
            show_error(self, error_text(exc))
            self.reject()
            return False
        except SanadError as exc:
            self.error.show_text(error_text(exc))
            return False
        self.accept()
        return True


# ---- a person's referrals (a tab of the person form) -----------------------------------------------


class ReferralsPanel(QWidget):
    """One person's referrals with their state at a glance (overdue follow-ups highlighted), New
    referral and Open; or, with `household_id` instead, every member's (a name column added, no
    New: a referral is made from the member's own record). Emits `changed` after a referral was
    made or followed up."""

    changed = Signal()
    COL_REFERENCE, COL_SERVICE, COL_ORGANISATION, COL_STATE, COL_SENT, COL_DUE, COL_NAME = range(7)

    def __init__(self, session: UserSession, person_id: int | None = None, *, household_id: int | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        if (person_id is None) == (household_id is None):
            raise ValueError("give a person or a household")
        self.session = session
        self.person_id = person_id
        self.household_id = household_id
        self.rows: list[ReferralRow] = []
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("referralSummary")
        layout.addWidget(self.summary)
        headers = [self.tr("Reference"), self.tr("Service"), self.tr("Organisation"), self.tr("State"),
                   self.tr("Sent"), self.tr("Follow-up due")] + ([self.tr("Name")] if household_id else [])
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName("personReferrals")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setSectionResizeMode(self.COL_ORGANISATION, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setMinimumSectionSize(40)
        self.table.cellActivated.connect(lambda row, _col: self.open_referral())
        self.table.cellDoubleClicked.connect(lambda row, _col: self.open_referral())
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New referral…"))
        self.new_button.setObjectName("newReferral")
        self.new_button.setEnabled(session.may(Action.MANAGE_REFERRALS))
        self.new_button.setVisible(person_id is not None)
        self.new_button.clicked.connect(self.new_referral)
        self.open_button = QPushButton(self.tr("Open referral"))
        self.open_button.setObjectName("openReferral")
        self.open_button.clicked.connect(self.open_referral)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        if self.household_id is not None:
            self.rows = referrals.referrals_for_household(self.session, self.household_id)
        else:
            self.rows = referrals.referrals_for_person(self.session, self.person_id)
        cells = [
            lambda r: isolate_ltr(r.reference), lambda r: choice_text(choices.SERVICE_TYPES, r.service),
            lambda r: r.organisation(current_language()), lambda r: state_text(r.state),
            lambda r: date_text(r.sent_on), lambda r: date_text(r.follow_up_due)]
        if self.household_id is not None:
            cells.append(lambda r: r.person_name)
        fill_referral_table(self.table, self.rows, cells)
        open_count = sum(r.state in referrals.OPEN_STATES for r in self.rows)
        overdue = sum(r.overdue for r in self.rows)
        if not self.rows:
            self.summary.setText(self.tr("No referrals yet."))
        else:
            self.summary.setText(self.tr("Referrals: %1, open: %2, follow-up overdue: %3.")
                                 .replace("%1", str(len(self.rows))).replace("%2", str(open_count))
                                 .replace("%3", str(overdue)))
        self.open_button.setEnabled(bool(self.rows))

    def new_referral(self) -> None:
        if self.person_id is None:
            return
        dialog = ReferralDialog(self.session, person_id=self.person_id, parent=self)
        if dialog.exec():
            self.reload()
            self.changed.emit()

    def open_referral(self) -> None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.rows):
            return
        dialog = ReferralDialog(self.session, referral_id=self.rows[row].id, parent=self)
        dialog.saved.connect(lambda _id: self.changed.emit())
        dialog.exec()
        self.reload()


def fill_referral_table(table: QTableWidget, rows: list[ReferralRow], cells) -> None:
    """Rows of referrals, overdue ones tinted red and those whose service was given green."""
    table.setRowCount(0)
    for row in rows:
        index = table.rowCount()
        table.insertRow(index)
        brush = OVERDUE_BRUSH if row.overdue else GIVEN_BRUSH if row.state == "service_given" else None
        for col, cell in enumerate(cells):
            item = QTableWidgetItem(cell(row))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            if brush is not None:
                item.setBackground(brush)
            if row.overdue:
                item.setToolTip(QCoreApplication.translate("ReferralsPanel", "Follow-up overdue"))
            table.setItem(index, col, item)
    table.resizeColumnsToContents()
