"""The people list: search as you type (any spelling of a name, a file number, a phone), filters,
sort, and a model that holds only ids and fetches rows a page at a time, so a million people
scroll smoothly."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db import choices, people_list
from db.errors import NoSuchRecord, SanadError
from db.people_list import ListRow, PeopleFilter
from db.permissions import Action
from db.session import UserSession
from ui.choices import birth_shown, fill_combo
from ui.i18n import current_language, error_text
from ui.messages import notify, show_error
from ui.paged import PagedIdsModel

_ROOT = QModelIndex()


class PeopleModel(PagedIdsModel):
    COL_FILE, COL_NAME, COL_MOTHER, COL_SEX, COL_BIRTH, COL_DISTRICT = range(6)
    SORT_KEYS = {COL_FILE: "file_number", COL_NAME: "first_name", COL_BIRTH: "birth_date"}

    def __init__(self, session: UserSession, parent=None) -> None:
        super().__init__(session, people_list.person_ids, people_list.rows, parent)
        self.filters = PeopleFilter()
        self.sort_key, self.descending = "file_number", False
        self.district_labels: dict[str, str] = {}  # district p-code -> name in the user's language

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("File number"), self.tr("Name"), self.tr("Mother's name"), self.tr("Sex"),
                    self.tr("Born"), self.tr("District"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        person = self.row_at(index.row())
        if person is None:
            return "…"  # deleted meanwhile: a placeholder, never a crash
        col = index.column()
        if col == self.COL_FILE:
            return person.file_number
        if col == self.COL_NAME:
            return person.full_name
        if col == self.COL_MOTHER:
            return person.mother_name
        if col == self.COL_SEX:
            return self.tr("F") if person.sex == "F" else self.tr("M")
        if col == self.COL_BIRTH:
            return birth_shown(person.birth)
        return self.district_labels.get(person.district, person.district)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is None:
            return
        self.sort_key, self.descending = key, order == Qt.SortOrder.DescendingOrder
        self.reload()


class PeoplePage(QWidget):
    def __init__(self, session: UserSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.count = QLabel()
        self.count.setObjectName("peopleCount")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("peopleSearch")
        self.search.setPlaceholderText(self.tr("Search: any spelling of a name, a file number or a phone"))
        self.search.setClearButtonEnabled(True)
        top.addWidget(self.search, 1)
        self.sex = self._combo("sexFilter", [("", self.tr("Both sexes")), ("F", self.tr("Women and girls")),
                                             ("M", self.tr("Men and boys"))])
        self.age = self._combo("ageFilter", [("", self.tr("All ages"))] + [(g, g) for g in people_list.AGE_GROUPS])
        self.displacement = self._combo("displacementFilter", [
            ("", self.tr("Any displacement status")), ("resident", self.tr("Resident")), ("idp", self.tr("Displaced")),
            ("returnee", self.tr("Returnee")), ("camp_departed", self.tr("Left a camp")),
        ])
        # Households hold district p-codes; the filter and the list show their names.
        district_choices = people_list.districts(session, current_language())
        self.district = self._combo("districtFilter", [("", self.tr("All districts")), *district_choices])
        for combo in (self.sex, self.age, self.displacement, self.district):
            top.addWidget(combo)
        self.has_document = self._document_combo("hasDocumentFilter", self.tr("(no filter)"))
        self.lacks_document = self._document_combo("lacksDocumentFilter", self.tr("(no filter)"))
        self.register_button = QPushButton(self.tr("Register a household…"))
        self.register_button.setObjectName("registerHousehold")
        self.register_button.setEnabled(session.may(Action.EDIT_PEOPLE))
        self.register_button.clicked.connect(self.register_household)
        top.addWidget(self.register_button)
        layout.addLayout(top)
        documents = QHBoxLayout()
        documents.addWidget(QLabel(self.tr("Holds:")))
        documents.addWidget(self.has_document)
        documents.addWidget(QLabel(self.tr("Lacks:")))
        documents.addWidget(self.lacks_document)
        documents.addStretch(1)
        self.open_person_button = QPushButton(self.tr("Open record"))
        self.open_person_button.setObjectName("openPerson")
        self.open_person_button.setToolTip(self.tr("Open the selected person's record (Enter)"))
        self.open_person_button.clicked.connect(self.open_person)
        documents.addWidget(self.open_person_button)
        self.open_household_button = QPushButton(self.tr("Open household"))
        self.open_household_button.setObjectName("openHouseholdButton")
        self.open_household_button.clicked.connect(self.open_household)
        documents.addWidget(self.open_household_button)
        self.members_button = QPushButton(self.tr("List the household"))
        self.members_button.setObjectName("listHousehold")
        self.members_button.setToolTip(self.tr("Show only the selected person's household in the list"))
        self.members_button.clicked.connect(lambda: self._open_household(self.table.currentIndex()))
        documents.addWidget(self.members_button)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setObjectName("exportPeople")
        self.export_button.setToolTip(self.tr("Export the people listed, with these filters, to an Excel file"))
        self.export_button.setEnabled(session.may(Action.EXPORT))
        self.export_button.clicked.connect(self.export)
        documents.addWidget(self.export_button)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setObjectName("importPeople")
        self.import_button.setToolTip(self.tr("Import households and people from an Excel or CSV file"))
        self.import_button.setEnabled(session.may(Action.IMPORT))
        self.import_button.clicked.connect(self.import_people)
        documents.addWidget(self.import_button)
        layout.addLayout(documents)
        self.household_bar = QHBoxLayout()
        self.household_label = QLabel()
        self.clear_household = QPushButton(self.tr("Show everyone"))
        self.clear_household.clicked.connect(lambda: self._set_household(None))
        self.household_bar.addWidget(self.household_label)
        self.household_bar.addWidget(self.clear_household)
        self.household_bar.addStretch(1)
        layout.addLayout(self.household_bar)
        self.model = PeopleModel(session, self)
        self.model.district_labels = dict(district_choices)
        self.model.background = True
        self.model.loaded.connect(self._loaded)
        self.model.loading_changed.connect(self._loading)
        self.table = QTableView()
        self.table.setObjectName("peopleTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(PeopleModel.COL_FILE, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in ((0, 150), (1, 300), (2, 220), (3, 50), (4, 100)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda _index: self.open_person())
        # Enter opens too (not `activated`: Qt also emits it on a double-click, which opened the
        # record twice).
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table, activated=self.open_person,
                      context=Qt.ShortcutContext.WidgetShortcut)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.household_id: int | None = None
        # Search as you type, once the typing pauses (every key would be a query otherwise).
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(180)
        self.debounce.timeout.connect(self.apply)
        self.search.textChanged.connect(self.debounce.start)
        self.search.returnPressed.connect(self.apply)
        self._set_household(None)

    def _document_combo(self, name: str, anything: str) -> QComboBox:
        combo = fill_combo(QComboBox(), choices.DOCUMENT_TYPES, empty=anything)
        combo.setObjectName(name)
        combo.currentIndexChanged.connect(lambda _i: self.apply())
        return combo

    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for value, text in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(lambda _i: self.apply())
        return combo

    def _set_household(self, household_id: int | None) -> None:
        self.household_id = household_id
        self.household_label.setText(self.tr("Household %1").replace("%1", str(household_id)) if household_id else "")
        self.household_label.setVisible(household_id is not None)
        self.clear_household.setVisible(household_id is not None)
        self.apply()

    def _open_household(self, index) -> None:
        person = self.model.row_at(index.row())
        if person is not None and person.household_id is not None:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self._set_household(person.household_id)

    def _selected_row(self) -> ListRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def open_person(self) -> None:
        from ui.pages.person_form import PersonDialog

        row = self._selected_row()
        if row is None:
            return
        try:
            dialog = PersonDialog(self.session, row.id, parent=self)
        except NoSuchRecord as exc:
            show_error(self, error_text(exc))
            self.model.refresh_rows()
            return
        except SanadError as exc:
            show_error(self, error_text(exc))
            return
        dialog.open_household.connect(lambda household_id: self._show_household(household_id, dialog))
        dialog.exec()
        self.model.refresh_rows()

    def open_household(self) -> None:
        row = self._selected_row()
        if row is not None and row.household_id is not None:
            self._show_household(row.household_id, self)

    def _show_household(self, household_id: int, parent) -> None:
        from ui.pages.household import HouseholdDialog

        try:
            dialog = HouseholdDialog(self.session, household_id, parent=parent)
        except SanadError as exc:
            show_error(self, error_text(exc))
            return
        dialog.exec()
        self.model.refresh_rows()

    def register_household(self) -> None:
        from ui.pages.register import RegisterHouseholdDialog

        dialog = RegisterHouseholdDialog(self.session, self)
        if dialog.exec() and dialog.saved is not None:
            notify(self, self.tr("Household saved: %1").replace("%1", ", ".join(dialog.saved.file_numbers)))
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self._set_household(dialog.saved.household_id)

    def import_people(self) -> None:
        from ui.import_wizard import ImportWizard

        ImportWizard(self.session, self).exec()
        self.model.reload()

    def export(self) -> None:
        from ui.export_dialog import ExportDialog

        ExportDialog(self.session, "people", self.current_filters(), self).exec()

    def current_filters(self) -> PeopleFilter:
        return PeopleFilter(
            search=self.search.text(), sex=self.sex.currentData() or "", age_group=self.age.currentData() or "",
            district=self.district.currentData() or "", displacement=self.displacement.currentData() or "",
            has_document=self.has_document.currentData() or "", lacks_document=self.lacks_document.currentData() or "",
            household_id=self.household_id,
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
        self.count.setText(self.tr("%1 people").replace("%1", f"{self.model.rowCount():,}"))
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
