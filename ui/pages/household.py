"""A household: its address (p-coded place, neighbourhood, landmark), displacement status, phone and
1957 registry record, and its members; open any member's record, or add a member (children of a
woman head take her name as their mother's, as in the registration grid)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db import choices, records
from db.errors import NoSuchRecord, SanadError, ValidationErrors
from db.permissions import Action
from db.records import RecordChanged, RelationInput
from db.session import UserSession
from db.validation import DISPLACEMENT_STATUSES, HouseholdInput, PersonInput
from ui.choices import birth_shown, choice_text, select_code
from ui.i18n import error_text
from ui.messages import ask, notify, show_error
from ui.widgets import FieldError


class HouseholdDialog(QDialog):
    changed = Signal()

    def __init__(self, session: UserSession, household_id: int, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.household_id = household_id
        self.version = 0
        self._dirty = False
        self.read_only = not session.may(Action.EDIT_PEOPLE)
        self.setWindowTitle(self.tr("Household"))
        self.resize(1100, 700)
        layout = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setObjectName("householdHeader")
        self.header.setStyleSheet("font-size: 13pt; font-weight: bold;")
        layout.addWidget(self.header)

        address, registry = QFormLayout(), QFormLayout()
        self.errors: dict[str, FieldError] = {}
        from ui.location_picker import LocationPicker

        self.place = LocationPicker(session)
        self.place.setObjectName("householdPlace")
        self.neighbourhood = QLineEdit()
        self.neighbourhood.setObjectName("neighbourhood")
        self.landmark = QLineEdit()
        self.landmark.setObjectName("landmark")
        self.displacement = QComboBox()
        self.displacement.setObjectName("displacement")
        for value, label in zip(DISPLACEMENT_STATUSES, (self.tr("Resident"), self.tr("Displaced"),
                                                        self.tr("Returnee"), self.tr("Left a camp")), strict=True):
            self.displacement.addItem(label, value)
        self.phone = QLineEdit()
        self.phone.setObjectName("householdPhone")
        self.registry_record = QLineEdit()
        self.registry_record.setObjectName("registry_record_no")
        self.registry_page = QLineEdit()
        self.registry_page.setObjectName("registry_page_no")
        self.registry_office = QLineEdit()
        self.registry_office.setObjectName("registry_office")
        self.registry_governorate = QLineEdit()
        self.registry_governorate.setObjectName("registry_governorate")
        for form, field, label, widget in (
            (address, "sub_district", self.tr("Place"), self.place),
            (address, "neighbourhood", self.tr("Neighbourhood (mahalla)"), self.neighbourhood),
            (address, "landmark", self.tr("Nearest landmark"), self.landmark),
            (address, "displacement_status", self.tr("Displacement status"), self.displacement),
            (address, "phone", self.tr("Household phone"), self.phone),
            (registry, "registry_record_no", self.tr("Registry record number"), self.registry_record),
            (registry, "registry_page_no", self.tr("Registry page number"), self.registry_page),
            (registry, "registry_office", self.tr("Civil-status office"), self.registry_office),
            (registry, "registry_governorate", self.tr("Governorate of the record"), self.registry_governorate),
        ):
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            error = FieldError()
            column.addWidget(error)
            self.errors[field] = error
            form.addRow(label, holder)
            widget.setEnabled(not self.read_only)
        # Errors about the governorate or district go under the one place picker.
        self.errors["governorate"] = self.errors["district"] = self.errors["sub_district"]
        columns = QHBoxLayout()
        columns.addLayout(address, 3)
        columns.addSpacing(16)
        columns.addLayout(registry, 2)
        layout.addLayout(columns)

        self.sections = QTabWidget()
        self.sections.setObjectName("householdSections")
        members_page = QWidget()
        members_layout = QVBoxLayout(members_page)
        members_layout.addWidget(QLabel(self.tr("Members (Enter or double-click opens a record):")))
        self.members = QTableWidget(0, 6)
        self.members.setObjectName("membersTable")
        self.members.setHorizontalHeaderLabels([
            self.tr("File number"), self.tr("Name"), self.tr("Sex"), self.tr("Born"), self.tr("Relationship"),
            self.tr("Documents held")])
        self.members.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.members.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.members.setColumnWidth(0, 140)
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.verticalHeader().setVisible(False)
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members.doubleClicked.connect(lambda _index: self.open_member())
        members_layout.addWidget(self.members, 1)
        self.sections.addTab(members_page, self.tr("Members"))
        self.casework = HouseholdApplications(session, self)
        self.sections.addTab(self.casework, self.tr("Applications"))
        from ui.referral_dialog import ReferralsPanel

        self.referrals = ReferralsPanel(session, household_id=household_id)
        self.sections.addTab(self.referrals, self.tr("Referrals"))
        layout.addWidget(self.sections, 1)
        self.problems = FieldError()
        layout.addWidget(self.problems)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not self.read_only)
        self.open_button = QPushButton(self.tr("Open member"))
        self.open_button.setObjectName("openMember")
        self.open_button.clicked.connect(self.open_member)
        self.add_button = QPushButton(self.tr("Add a member…"))
        self.add_button.setObjectName("addMember")
        self.add_button.setEnabled(not self.read_only)
        self.add_button.clicked.connect(self.add_member)
        for button in (self.open_button, self.add_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        if session.may(Action.MANAGE_APPLICATIONS):
            self.plan_button = QPushButton(self.tr("Plan documents…"))
            self.plan_button.setObjectName("planDocuments")
            self.plan_button.setToolTip(self.tr("Which member lacks which document, and the applications to get them"))
            self.plan_button.clicked.connect(self.plan_documents)
            self.buttons.addButton(self.plan_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.add_member)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.members, activated=self.open_member,
                  context=Qt.ShortcutContext.WidgetShortcut)

        self.load()
        for edit in (self.neighbourhood, self.landmark, self.phone, self.registry_record, self.registry_page,
                     self.registry_office, self.registry_governorate):
            edit.textChanged.connect(self._changed)
        self.displacement.currentIndexChanged.connect(self._changed)
        self.place.changed.connect(self._changed)
        self._dirty = False
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)

    def _changed(self, *args) -> None:
        self._dirty = True

    def load(self) -> None:
        record = records.load_household(self.session, self.household_id)
        self.record = record
        self.version = record.version
        h = record.household
        head = next((m for m in record.members if m.relationship_to_head == "head"), None)
        self.header.setText(self.tr("Household of %1").replace("%1", f"{head.full_name} ({head.file_number})")
                            if head else self.tr("Household"))
        self.place.set_pcode(h.sub_district or h.district or h.governorate or None)
        self.neighbourhood.setText(h.neighbourhood)
        self.landmark.setText(h.landmark)
        select_code(self.displacement, h.displacement_status)
        self.phone.setText(h.phone)
        for edit, value in zip((self.registry_record, self.registry_page, self.registry_office,
                                self.registry_governorate), record.registry, strict=True):
            edit.setText(value)
        self.show_members(record.members)

    def show_members(self, members) -> None:
        self.casework.show_for([(m.id, m.file_number, m.full_name) for m in members])
        self.members.setRowCount(0)
        for member in members:
            row = self.members.rowCount()
            self.members.insertRow(row)
            cells = (
                member.file_number, member.full_name, choice_text(choices.SEX, member.sex), birth_shown(member.birth),
                choice_text(choices.RELATIONSHIP_TO_HEAD, member.relationship_to_head) or member.relationship_to_head,
                self.tr(", ").join(choice_text(choices.DOCUMENT_TYPES, d) for d in member.documents)
                or self.tr("none"),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, member.id)
                self.members.setItem(row, col, item)
        if members:
            self.members.setCurrentCell(0, 0)

    def household_input(self) -> HouseholdInput:
        governorate, district, sub_district = self.place.pcodes()
        return HouseholdInput(
            governorate=governorate, district=district, sub_district=sub_district,
            neighbourhood=self.neighbourhood.text(), landmark=self.landmark.text(),
            displacement_status=self.displacement.currentData(), phone=self.phone.text(),
        )

    def save(self) -> bool:
        if self.read_only:
            return False
        for error in self.errors.values():
            error.show_text("")
        self.problems.show_text("")
        registry = (self.registry_record.text(), self.registry_page.text(), self.registry_office.text(),
                    self.registry_governorate.text())
        try:
            self.version = records.save_household(self.session, self.household_id, self.household_input(),
                                                  version=self.version, registry=registry)
        except ValidationErrors as exc:
            lines = []
            for _row, problem in exc.problems:
                target = self.errors.get(problem.field)
                if target is not None:
                    target.show_text(error_text(problem))
                else:
                    lines.append(error_text(problem))
            self.problems.show_text("\n".join(lines))
            return False
        except (RecordChanged, NoSuchRecord, SanadError) as exc:
            show_error(self, error_text(exc))
            return False
        self._dirty = False
        notify(self.parent(), self.tr("Household saved."))
        self.changed.emit()
        self.accept()
        return True

    def _selected_member(self) -> int | None:
        row = self.members.currentRow()
        return self.members.item(row, 0).data(Qt.ItemDataRole.UserRole) if row >= 0 else None

    def open_member(self) -> None:
        from ui.pages.person_form import PersonDialog

        person_id = self._selected_member()
        if person_id is None:
            return
        try:
            dialog = PersonDialog(self.session, person_id, parent=self)
        except NoSuchRecord as exc:
            show_error(self, error_text(exc))
            self.refresh_members()
            return
        dialog.open_household.connect(lambda _hid: dialog.raise_())
        if dialog.exec():
            self.refresh_members()
            self.changed.emit()

    def plan_documents(self) -> None:
        from ui.plan_dialog import PlanDialog

        try:
            dialog = PlanDialog(self.session, self.household_id, parent=self)
        except SanadError as exc:
            show_error(self, error_text(exc))
            return
        if dialog.exec():
            self.refresh_members()
            self.sections.setCurrentWidget(self.casework)
            self.changed.emit()

    def add_member(self) -> None:
        from ui.pages.person_form import PersonDialog

        if self.read_only:
            return
        template, relations = self._new_member_template()
        dialog = PersonDialog(self.session, household_id=self.household_id, template=template,
                              relations=relations, parent=self)
        if dialog.exec():
            self.refresh_members()
            self.changed.emit()

    def _new_member_template(self) -> tuple[PersonInput, tuple[RelationInput, ...]]:
        """A child of a woman head: her three names as the mother's name, registered under her."""
        head = next((m for m in self.record.members if m.relationship_to_head == "head"), None)
        if head is None or head.sex != "F":
            return PersonInput(sex="F"), ()
        mother_name = " ".join(head.full_name.split()[:3])
        return (PersonInput(mother_name=mother_name, sex="F", relationship_to_head="daughter", father_unknown=True),
                (RelationInput(head.id, "mother"),))

    def refresh_members(self) -> None:
        try:
            self.record = records.load_household(self.session, self.household_id)
        except NoSuchRecord:
            return
        self.show_members(self.record.members)

    def reject(self) -> None:
        if self._dirty and not ask(self, self.tr("Close without saving? Your changes will be lost."),
                                   yes=self.tr("Close without saving"), no=self.tr("Keep editing")):
            return
        super().reject()


class HouseholdApplications(QWidget):
    """Every member's document applications, status at a glance; Enter or double-click opens one."""

    def __init__(self, session: UserSession, household: HouseholdDialog) -> None:
        from ui.application_dialog import CaseworkNames

        super().__init__(household)
        self.session = session
        self.household = household
        self.names = CaseworkNames(session)
        self.members: list[tuple[int, str, str]] = []
        column = QVBoxLayout(self)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("householdApplications")
        self.table.setHorizontalHeaderLabels([self.tr("File number"), self.tr("Name"), self.tr("Document"),
                                              self.tr("Status"), self.tr("Next action")])
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 140)
        self.table.setColumnWidth(1, 220)
        self.table.setColumnWidth(2, 200)
        self.table.setColumnWidth(3, 170)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.open_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        column.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No applications for this household yet."))
        column.addWidget(self.empty)

    def show_for(self, members: list[tuple[int, str, str]]) -> None:
        from db import applications

        self.members = members
        self.table.setRowCount(0)
        for person_id, file_number, name in members:
            for app in applications.list_applications(self.session, person_id=person_id):
                row = self.table.rowCount()
                self.table.insertRow(row)
                due = f" ({app.next_action_due:%d/%m/%Y})" if app.next_action_due else ""
                cells = (file_number, name, self.names.doc_type(app.doc_type),
                         self.names.state(app.doc_type, app.state), app.next_action + due)
                for col, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    item.setData(Qt.ItemDataRole.UserRole, app.id)
                    self.table.setItem(row, col, item)
        self.empty.setVisible(self.table.rowCount() == 0)

    def open_selected(self) -> None:
        from ui.application_dialog import ApplicationDialog

        row = self.table.currentRow()
        if row < 0:
            return
        try:
            dialog = ApplicationDialog(self.session, app_id=self.table.item(row, 0).data(Qt.ItemDataRole.UserRole),
                                       parent=self)
        except SanadError as exc:
            show_error(self, error_text(exc))
            return
        dialog.exec()
        self.show_for(self.members)
