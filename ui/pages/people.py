"""The people list: search as you type (any spelling of a name, a file number, a phone), filters,
sort, and a model that holds only ids and fetches rows a page at a time, so a million people
scroll smoothly."""

from __future__ import annotations

from array import array
from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
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

from db import people_list
from db.people_list import ListRow, PeopleFilter
from db.permissions import Action
from db.session import UserSession
from ui.messages import notify

_ROOT = QModelIndex()


class PeopleModel(QAbstractTableModel):
    COL_FILE, COL_NAME, COL_MOTHER, COL_SEX, COL_BIRTH, COL_DISTRICT = range(6)
    SORT_KEYS = {COL_FILE: "file_number", COL_NAME: "first_name", COL_BIRTH: "birth_date"}
    PAGE = 200
    CACHE_ROWS = 5000

    def __init__(self, session: UserSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.filters = PeopleFilter()
        self.sort_key, self.descending = "file_number", False
        self.ids = array("q")
        self.cache: OrderedDict[int, ListRow] = OrderedDict()
        self.fetches = 0  # pages read from the vault (tests check the model stays lazy)

    def set_filters(self, filters: PeopleFilter) -> None:
        self.filters = filters
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.ids = people_list.person_ids(self.session, self.filters, sort=self.sort_key, descending=self.descending)
        self.cache.clear()
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("File number"), self.tr("Name"), self.tr("Mother's name"), self.tr("Sex"),
                    self.tr("Born"), self.tr("District"))[section]
        return None

    def row_at(self, row: int) -> ListRow | None:
        pid = self.ids[row]
        cached = self.cache.get(pid)
        if cached is None:
            self._fetch_page(row)
            cached = self.cache.get(pid)
        else:
            self.cache.move_to_end(pid)
        return cached

    def _fetch_page(self, row: int) -> None:
        start = row - row % self.PAGE
        page = list(self.ids[start:start + self.PAGE])
        self.fetches += 1
        self.cache.update(people_list.rows(self.session, page))
        while len(self.cache) > self.CACHE_ROWS:
            self.cache.popitem(last=False)

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
            return person.birth
        return person.district

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
        self.district = self._combo("districtFilter", [("", self.tr("All districts"))]
                                    + [(d, d) for d in people_list.districts(session)])
        for combo in (self.sex, self.age, self.displacement, self.district):
            top.addWidget(combo)
        self.register_button = QPushButton(self.tr("Register a household…"))
        self.register_button.setObjectName("registerHousehold")
        self.register_button.setEnabled(session.may(Action.EDIT_PEOPLE))
        self.register_button.clicked.connect(self.register_household)
        top.addWidget(self.register_button)
        layout.addLayout(top)
        self.household_bar = QHBoxLayout()
        self.household_label = QLabel()
        self.clear_household = QPushButton(self.tr("Show everyone"))
        self.clear_household.clicked.connect(lambda: self._set_household(None))
        self.household_bar.addWidget(self.household_label)
        self.household_bar.addWidget(self.clear_household)
        self.household_bar.addStretch(1)
        layout.addLayout(self.household_bar)
        self.model = PeopleModel(session, self)
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
        self.table.doubleClicked.connect(self._open_household)
        layout.addWidget(self.table, 1)
        self.count = QLabel()
        self.count.setObjectName("peopleCount")
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

    def register_household(self) -> None:
        from ui.pages.register import RegisterHouseholdDialog

        dialog = RegisterHouseholdDialog(self.session, self)
        if dialog.exec() and dialog.saved is not None:
            notify(self, self.tr("Household saved: %1").replace("%1", ", ".join(dialog.saved.file_numbers)))
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self._set_household(dialog.saved.household_id)

    def current_filters(self) -> PeopleFilter:
        return PeopleFilter(
            search=self.search.text(), sex=self.sex.currentData() or "", age_group=self.age.currentData() or "",
            district=self.district.currentData() or "", displacement=self.displacement.currentData() or "",
            household_id=self.household_id,
        )

    def apply(self) -> None:
        self.debounce.stop()
        self.model.set_filters(self.current_filters())
        self.count.setText(self.tr("%1 people").replace("%1", f"{self.model.rowCount():,}"))
