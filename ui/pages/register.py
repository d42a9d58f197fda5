"""Registering a household and its members in one go, from the keyboard: Tab through the cells,
Ctrl+N (or Insert) for the next member, Ctrl+S or Enter on Save to save. Every problem shows next
to its field or cell at once; nothing is saved until everything is right, and then all of it is
saved together."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from db import people
from db.errors import SanadError, ValidationErrors
from db.i18n import QT_TRANSLATE_NOOP
from db.people import NewMember, Registered
from db.session import UserSession
from db.validation import HouseholdInput
from ui.i18n import error_text
from ui.messages import ask
from ui.widgets import FieldError

# (field, header, kind): the member grid's columns. Choices are (stored value, label) pairs.
COLUMNS = [
    ("first_name", QT_TRANSLATE_NOOP("Register", "First name"), "text"),
    ("father_name", QT_TRANSLATE_NOOP("Register", "Father's name"), "text"),
    ("grandfather_name", QT_TRANSLATE_NOOP("Register", "Grandfather's name"), "text"),
    ("family_name", QT_TRANSLATE_NOOP("Register", "Family name"), "text"),
    ("mother_name", QT_TRANSLATE_NOOP("Register", "Mother's full name"), "text"),
    ("sex", QT_TRANSLATE_NOOP("Register", "Sex (F/M)"), "text"),
    ("birth_date_text", QT_TRANSLATE_NOOP("Register", "Born"), "text"),
    ("relationship_to_head", QT_TRANSLATE_NOOP("Register", "Relationship"), "text"),
    ("phone", QT_TRANSLATE_NOOP("Register", "Phone"), "text"),
    ("name_latin", QT_TRANSLATE_NOOP("Register", "Name in Latin letters"), "text"),
]
FIELD_COLUMN = {name: index for index, (name, _label, _kind) in enumerate(COLUMNS)}
FIELD_ALIASES = {"birth_date": "birth_date_text"}  # validation names the stored field
ERROR_BRUSH = QBrush(QColor("#fde2e1"))

REASON_LABELS = {
    "same_names": QT_TRANSLATE_NOOP("Duplicates", "same names"),
    "similar_names": QT_TRANSLATE_NOOP("Duplicates", "similar names"),
    "same_mother": QT_TRANSLATE_NOOP("Duplicates", "same mother's name"),
    "similar_mother": QT_TRANSLATE_NOOP("Duplicates", "similar mother's name"),
    "same_birth_date": QT_TRANSLATE_NOOP("Duplicates", "same date of birth"),
    "same_birth_year": QT_TRANSLATE_NOOP("Duplicates", "same year of birth"),
    "close_birth_year": QT_TRANSLATE_NOOP("Duplicates", "close year of birth"),
    "same_phone": QT_TRANSLATE_NOOP("Duplicates", "same phone"),
    "same_latin": QT_TRANSLATE_NOOP("Duplicates", "same name in Latin letters"),
    "same_household": QT_TRANSLATE_NOOP("Duplicates", "same household"),
    "different_sex": QT_TRANSLATE_NOOP("Duplicates", "different sex"),
    "different_mother": QT_TRANSLATE_NOOP("Duplicates", "different mother"),
    "different_father": QT_TRANSLATE_NOOP("Duplicates", "different father"),
    "birth_years_apart": QT_TRANSLATE_NOOP("Duplicates", "years of birth apart"),
}


def reasons_text(reasons: tuple[str, ...]) -> str:
    separator = QCoreApplication.translate("Duplicates", ", ")  # Arabic uses its own comma
    return separator.join(QCoreApplication.translate("Duplicates", REASON_LABELS.get(r, r)) for r in reasons)


class RegisterHouseholdDialog(QDialog):
    def __init__(self, session: UserSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.saved: Registered | None = None
        self.setWindowTitle(self.tr("Register a household"))
        self.resize(1180, 560)
        layout = QVBoxLayout(self)

        form = QFormLayout()
        from ui.location_picker import LocationPicker

        self.place = LocationPicker(session)
        self.place.setObjectName("householdPlace")
        self.neighbourhood = QLineEdit()
        self.neighbourhood.setObjectName("neighbourhood")
        self.landmark = QLineEdit()
        self.landmark.setObjectName("landmark")
        self.household_phone = QLineEdit()
        self.household_phone.setObjectName("householdPhone")
        self.displacement = QComboBox()
        self.displacement.setObjectName("displacement")
        for value, label in (("resident", self.tr("Resident")), ("idp", self.tr("Displaced")),
                             ("returnee", self.tr("Returnee")), ("camp_departed", self.tr("Left a camp"))):
            self.displacement.addItem(label, value)
        self.household_errors: dict[str, FieldError] = {}
        for field, label, widget in (
            ("sub_district", self.tr("Place"), self.place),
            ("neighbourhood", self.tr("Neighbourhood (mahalla)"), self.neighbourhood),
            ("landmark", self.tr("Nearest landmark"), self.landmark),
            ("displacement_status", self.tr("Displacement status"), self.displacement),
            ("phone", self.tr("Household phone"), self.household_phone),
        ):
            form.addRow(label, widget)
            error = FieldError()
            self.household_errors[field] = error
            form.addRow(error)
        # Errors about the governorate or district go under the one place picker.
        self.household_errors["governorate"] = self.household_errors["district"] = self.household_errors["sub_district"]
        layout.addLayout(form)

        layout.addWidget(QLabel(self.tr("Members: the head of the household first. Children take their "
                                        "mother's name from her row when it is left empty.")))
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("membersTable")
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("Register", c[1]) for c in COLUMNS])
        self.table.horizontalHeaderItem(FIELD_COLUMN["birth_date_text"]).setToolTip(
            self.tr("Day first: 7/3/2015; or 3/2015, 2015, about 2015")
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(120)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setTabKeyNavigation(True)
        layout.addWidget(self.table, 1)
        self.member_errors = QLabel()
        self.member_errors.setObjectName("memberErrors")
        self.member_errors.setStyleSheet("color: #b00020;")
        self.member_errors.setWordWrap(True)
        layout.addWidget(self.member_errors)

        add = QPushButton(self.tr("Add member (Ctrl+N)"))
        add.setObjectName("addMember")
        add.clicked.connect(self.add_member)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(add, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.add_member)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self, activated=self.add_member)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.add_member()
        self._dirty = False
        self.table.itemChanged.connect(self._changed)
        for edit in (self.neighbourhood, self.landmark, self.household_phone):
            edit.textChanged.connect(self._changed)
        self.place.changed.connect(self._changed)
        self.place.setFocus()

    def _changed(self, *args) -> None:
        self._dirty = True

    def add_member(self) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col in range(len(COLUMNS)):
            self.table.setItem(row, col, QTableWidgetItem(""))
        if row > 0:
            self.table.item(row, FIELD_COLUMN["relationship_to_head"]).setText("")
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()

    def _cell(self, row: int, field: str) -> str:
        item = self.table.item(row, FIELD_COLUMN[field])
        return item.text().strip() if item else ""

    def members(self) -> list[NewMember]:
        self._rows = [r for r in range(self.table.rowCount()) if any(self._cell(r, f) for f, _l, _k in COLUMNS)]
        return people.members_from_rows([{f: self._cell(r, f) for f, _l, _k in COLUMNS} for r in self._rows])

    def household(self) -> HouseholdInput:
        governorate, district, sub_district = self.place.pcodes()
        return HouseholdInput(
            governorate=governorate, district=district, sub_district=sub_district,
            neighbourhood=self.neighbourhood.text(), landmark=self.landmark.text(),
            displacement_status=self.displacement.currentData(), phone=self.household_phone.text(),
        )

    def _clear_marks(self) -> None:
        for error in self.household_errors.values():
            error.show_text("")
        self.member_errors.clear()
        for r in range(self.table.rowCount()):
            for c in range(len(COLUMNS)):
                item = self.table.item(r, c)
                if item is not None:
                    item.setBackground(QBrush())
                    item.setToolTip("")

    def save(self) -> None:
        self._clear_marks()
        members = self.members()
        problems = people.validate_registration(self.household(), members)
        if problems:
            self._show_problems(problems)
            return
        if not self.confirmed_not_duplicates(members):
            return
        try:
            self.saved = people.register_household(self.session, self.household(), members)
        except ValidationErrors as exc:
            self._show_problems(exc.problems)
            return
        except SanadError as exc:
            self.member_errors.setText(error_text(exc))
            return
        self._dirty = False
        self.accept()

    def confirmed_not_duplicates(self, members: list[NewMember]) -> bool:
        """Warn before saving anyone who is probably registered already; the safe answer is no."""
        found = people.likely_existing(self.session, members)
        if not found:
            return True
        lines = [
            self.tr("Member %1 may already be registered as %2 %3 (mother: %4), score %5: %6")
            .replace("%1", str(item.member_index + 1)).replace("%2", item.file_number)
            .replace("%3", item.full_name).replace("%4", item.mother_name).replace("%5", f"{item.score:.0f}")
            .replace("%6", reasons_text(item.reasons))
            for item in found[:12]
        ]
        self.member_errors.setText("\n".join(lines))
        return ask(self, self.tr("These people may already be in the vault:") + "\n\n" + "\n".join(lines)
                   + "\n\n" + self.tr("Save them as new people anyway?"),
                   yes=self.tr("Save as new"), no=self.tr("Go back and check"))

    def _show_problems(self, problems) -> None:
        lines = []
        first_cell = None
        for member, error in problems:
            text = error_text(error)
            if member is None:
                target = self.household_errors.get(error.field)
                if target is not None:
                    target.show_text(text)
                else:
                    lines.append(text)
                continue
            row = self._rows[member] if member < len(self._rows) else member
            column = FIELD_COLUMN.get(FIELD_ALIASES.get(error.field, error.field), 0)
            item = self.table.item(row, column)
            if item is not None:
                item.setBackground(ERROR_BRUSH)
                item.setToolTip(text)
                first_cell = first_cell or (row, column)
            header = QCoreApplication.translate("Register", COLUMNS[column][1])
            lines.append(self.tr("Member %1, %2: %3").replace("%1", str(member + 1)).replace("%2", header)
                         .replace("%3", text))
        self.member_errors.setText("\n".join(lines))
        if first_cell is not None:
            self.table.setCurrentCell(*first_cell)
            self.table.setFocus()

    def reject(self) -> None:
        if self._dirty and not ask(self, self.tr("Close without saving? What you typed will be lost."),
                                   yes=self.tr("Close without saving"), no=self.tr("Keep editing")):
            return
        super().reject()
