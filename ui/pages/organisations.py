"""The address book of organisations people are referred to: both names, the services each takes,
the focal point and how to reach them. Entries are never deleted, only no longer offered, so old
referrals keep their organisation."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import choices, referrals
from db.errors import SanadError, ValidationErrors
from db.permissions import Action
from db.referrals import OrganisationInput, OrganisationRow
from db.session import UserSession
from ui.choices import choice_text
from ui.i18n import error_text
from ui.messages import notify, show_error
from ui.widgets import FieldError, isolate_ltr, select_row


class OrganisationDialog(QDialog):
    """Add an organisation, or change one (`row` given)."""

    def __init__(self, session: UserSession, row: OrganisationRow | None = None, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.row = row
        self.organisation_id: int | None = row.id if row else None
        self.setWindowTitle(self.tr("Organisation") if row else self.tr("New organisation"))
        self.resize(560, 520)
        self.form = QFormLayout(self)
        self.errors: dict[str, FieldError] = {}
        self.fields: dict[str, QLineEdit] = {}
        for field, label, direction in (
            ("name_ar", self.tr("Name in Arabic"), Qt.LayoutDirection.RightToLeft),
            ("name_en", self.tr("Name in English"), Qt.LayoutDirection.LeftToRight),
            ("focal_point", self.tr("Focal point"), None),
            ("phone", self.tr("Phone"), Qt.LayoutDirection.LeftToRight),
            ("email", self.tr("E-mail"), Qt.LayoutDirection.LeftToRight),
            ("address", self.tr("Address"), None),
        ):
            edit = QLineEdit(getattr(row, field) if row else "")
            edit.setObjectName(field)
            if direction is not None:
                edit.setLayoutDirection(direction)
            self.fields[field] = edit
            self._row(label, field, edit)
            if field == "name_en":
                self._services()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.form.addRow(buttons)
        self.fields["name_ar"].setFocus()

    def _row(self, label: str, field: str, widget: QWidget) -> None:
        self.form.addRow(label, widget)
        error = FieldError()
        error.setObjectName(f"error_{field}")
        self.errors[field] = error
        self.form.addRow(error)

    def _services(self) -> None:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.services: dict[str, QCheckBox] = {}
        for index, (code, _text) in enumerate(choices.SERVICE_TYPES):
            check = QCheckBox(choice_text(choices.SERVICE_TYPES, code))
            check.setObjectName(f"service_{code}")
            check.setChecked(bool(self.row and code in self.row.services))
            self.services[code] = check
            grid.addWidget(check, index // 2, index % 2)
        self._row(self.tr("Services it takes"), "services", box)

    def value(self) -> OrganisationInput:
        text = {field: edit.text() for field, edit in self.fields.items()}
        return OrganisationInput(services=tuple(code for code, box in self.services.items() if box.isChecked()),
                                 **text)

    def save(self) -> bool:
        for error in self.errors.values():
            error.show_text("")
        try:
            if self.organisation_id is None:
                self.organisation_id = referrals.add_organisation(self.session, self.value())
            else:
                referrals.update_organisation(self.session, self.organisation_id, self.value())
        except ValidationErrors as exc:
            first = None
            for _row, problem in exc.problems:
                label = self.errors.get(problem.field, self.errors["name_ar"])
                label.show_text((label.text() + "\n" if label.text() else "") + error_text(problem))
                first = first or self.fields.get(problem.field)
            if first is not None:
                first.setFocus()
            return False
        except SanadError as exc:
            show_error(self, error_text(exc))
            return False
        self.accept()
        return True


class OrganisationsPage(QWidget):
    """The address book as a table, with Add, Edit and Stop offering / Offer again."""

    changed = Signal()
    COL_NAME_AR, COL_NAME_EN, COL_SERVICES, COL_FOCAL, COL_PHONE, COL_EMAIL, COL_OFFERED = range(7)

    def __init__(self, session: UserSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.may_edit = session.may(Action.MANAGE_REFERRALS)
        self.rows: list[OrganisationRow] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.show_inactive = QCheckBox(self.tr("Show organisations no longer offered"))
        self.show_inactive.setObjectName("showInactive")
        self.show_inactive.toggled.connect(lambda _on: self.reload())
        top.addWidget(self.show_inactive)
        top.addStretch(1)
        layout.addLayout(top)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("organisationTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Arabic name"), self.tr("English name"), self.tr("Services"), self.tr("Focal point"),
            self.tr("Phone"), self.tr("E-mail"), self.tr("Offered")])
        self.table.horizontalHeader().setSectionResizeMode(self.COL_SERVICES, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setMinimumSectionSize(40)
        self.table.cellActivated.connect(lambda _row, _col: self.edit())
        self.table.cellDoubleClicked.connect(lambda _row, _col: self.edit())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add organisation…"))
        self.add_button.setObjectName("addOrganisation")
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editOrganisation")
        self.edit_button.clicked.connect(self.edit)
        self.active_button = QPushButton(self.tr("Stop offering"))
        self.active_button.setObjectName("toggleOrganisation")
        self.active_button.clicked.connect(self.toggle_active)
        for button in (self.add_button, self.edit_button, self.active_button):
            button.setEnabled(self.may_edit)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        chosen = self.current()
        self.rows = referrals.list_organisations(self.session, include_inactive=self.show_inactive.isChecked())
        self.table.setRowCount(0)
        for org in self.rows:
            index = self.table.rowCount()
            self.table.insertRow(index)
            services = self.tr(", ").join(choice_text(choices.SERVICE_TYPES, code) for code in org.services)
            cells = (org.name_ar, org.name_en, services, org.focal_point, isolate_ltr(org.phone) if org.phone else "",
                     org.email, self.tr("yes") if org.active else self.tr("no"))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, org.id)
                if not org.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(index, col, item)
            if chosen is not None and org.id == chosen.id:
                select_row(self.table, index)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(self.COL_SERVICES, QHeaderView.ResizeMode.Stretch)
        self._selection_changed()

    def current(self) -> OrganisationRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.table.selectedItems() else None

    def _selection_changed(self) -> None:
        org = self.current()
        self.edit_button.setEnabled(self.may_edit and org is not None)
        self.active_button.setEnabled(self.may_edit and org is not None)
        self.active_button.setText(self.tr("Offer again") if org is not None and not org.active
                                   else self.tr("Stop offering"))

    def add(self) -> None:
        dialog = OrganisationDialog(self.session, parent=self)
        if dialog.exec():
            self.reload()
            self._select(dialog.organisation_id)
            notify(self, self.tr("Organisation added."))
            self.changed.emit()

    def edit(self) -> None:
        org = self.current()
        if org is None or not self.may_edit:
            return
        if OrganisationDialog(self.session, org, parent=self).exec():
            self.reload()
            notify(self, self.tr("Organisation saved."))
            self.changed.emit()

    def toggle_active(self) -> None:
        org = self.current()
        if org is None:
            return
        try:
            referrals.set_organisation_active(self.session, org.id, not org.active)
        except SanadError as exc:
            show_error(self, error_text(exc))
            return
        self.reload()
        self.changed.emit()

    def _select(self, organisation_id: int | None) -> None:
        for index, org in enumerate(self.rows):
            if org.id == organisation_id:
                select_row(self.table, index)
