"""The mapping screen of a donor template: the donor's sheet as a grid (formulas grey, cells with a
label next to them tinted, mapped cells green), and for the chosen cell which of our figures goes
there: an indicator, one value of its breakdown, and sex, age group, displacement and disability."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import indicators
from db.errors import SanadError, ValidationErrors
from db.session import UserSession
from exports import donor
from exports.donor import CellMapping
from ui.i18n import current_language, error_text
from ui.indicator_dialog import choice_label
from ui.messages import show_error
from ui.widgets import isolate_ltr

MAPPED = QColor("#c8e6c9")
CANDIDATE = QColor("#fff8e1")
FORMULA = QColor("#eeeeee")


def _column_letter(index: int) -> str:
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class DonorMappingDialog(QDialog):
    DIMENSIONS = ("sex", "age", "district", "displacement", "disability")

    def __init__(self, session: UserSession, template_id: int, parent=None) -> None:
        super().__init__(parent)
        self.session, self.template_id = session, template_id
        self.setWindowTitle(self.tr("Map the donor's cells"))
        self.resize(1100, 680)
        self.layout_sheets = donor.template_layout(session, template_id)
        self.mapping: dict[tuple[str, str], CellMapping] = {
            (m.sheet, m.cell): m for m in donor.mappings(session, template_id)}
        self.definitions = {d.code: d for d in indicators.list_indicators(session)}
        self.dimension_values = donor.dimension_values(session)
        self.by_choices: dict[str, list[tuple[str, str, str]]] = {}
        self.lang = current_language()
        from db import locations

        try:  # districts (admin level 2), Ninewa's first
            places = sorted(locations.places(session, level=2),
                            key=lambda p: (not p.pcode.startswith("IQG15"), p.pcode))
        except SanadError:
            places = []
        self.districts = {p.pcode: p.name(self.lang) for p in places}
        self.dimension_values["district"] = [*self.districts, ""]

        column = QVBoxLayout(self)
        notes = [QCoreApplication.translate("Donor", donor.LOSSES[k])
                 for k in donor.template_losses(session, template_id) if k in donor.LOSSES]
        self.warning = QLabel("\n".join([self.tr("Sanad's copy of this workbook will not keep everything:"), *notes])
                              if notes else "")
        self.warning.setObjectName("donorLosses")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a4b00;")
        self.warning.setVisible(bool(notes))
        column.addWidget(self.warning)

        splitter = QSplitter()
        column.addWidget(splitter, 1)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(QLabel(self.tr("Sheet:")))
        self.sheet = QComboBox()
        self.sheet.setObjectName("donorSheet")
        for layout in self.layout_sheets:
            self.sheet.addItem(layout.name)
        sheet_row.addWidget(self.sheet, 1)
        left_column.addLayout(sheet_row)
        self.grid = QTableWidget()
        self.grid.setObjectName("donorGrid")
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # the donor's sheet as Excel shows it
        self.grid.currentCellChanged.connect(lambda r, c, _r, _c: self._cell_chosen(r, c))
        left_column.addWidget(self.grid, 1)
        legend = QLabel(self.tr("Green: mapped. Yellow: a cell with a label next to it. Grey: the donor's formula "
                                "(never written over)."))
        legend.setWordWrap(True)
        left_column.addWidget(legend)
        splitter.addWidget(left)

        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(self.tr("The chosen cell"))
        form = QFormLayout(box)
        self.cell_label = QLabel()
        self.cell_label.setObjectName("donorCell")
        form.addRow(self.tr("Cell:"), self.cell_label)
        self.cell_text = QLabel()
        self.cell_text.setWordWrap(True)
        form.addRow(self.tr("Labels next to it:"), self.cell_text)
        self.indicator = QComboBox()
        self.indicator.setObjectName("donorIndicator")
        self.indicator.addItem(self.tr("(nothing)"), "")
        for code, d in self.definitions.items():
            self.indicator.addItem(d.name(self.lang), code)
        self.indicator.currentIndexChanged.connect(lambda _i: self._fill_by())
        form.addRow(self.tr("Indicator:"), self.indicator)
        self.by = QComboBox()
        self.by.setObjectName("donorBy")
        form.addRow(self.tr("Breakdown:"), self.by)
        self.dimension_boxes: dict[str, QComboBox] = {}
        titles = {"sex": self.tr("Sex:"), "age": self.tr("Age group:"), "district": self.tr("District:"),
                  "displacement": self.tr("Displacement:"), "disability": self.tr("Disability:")}
        for dimension in self.DIMENSIONS:
            combo = QComboBox()
            combo.setObjectName(f"donor_{dimension}")
            combo.addItem(self.tr("All"), None)
            for value in self.dimension_values[dimension]:
                combo.addItem(self._value_text(dimension, value), value)
            self.dimension_boxes[dimension] = combo
            form.addRow(titles[dimension], combo)
        buttons = QHBoxLayout()
        self.map_button = QPushButton(self.tr("&Map this cell"))
        self.map_button.setObjectName("donorMap")
        self.map_button.clicked.connect(self.map_cell)
        self.clear_button = QPushButton(self.tr("&Clear this cell"))
        self.clear_button.setObjectName("donorClear")
        self.clear_button.clicked.connect(self.clear_cell)
        buttons.addWidget(self.map_button)
        buttons.addWidget(self.clear_button)
        form.addRow(buttons)
        right_column.addWidget(box)
        right_column.addWidget(QLabel(self.tr("Mapped cells:")))
        self.mapped_list = QListWidget()
        self.mapped_list.setObjectName("donorMapped")
        self.mapped_list.itemActivated.connect(self._go_to)
        self.mapped_list.itemClicked.connect(self._go_to)
        right_column.addWidget(self.mapped_list, 1)
        splitter.addWidget(right)
        splitter.setSizes([700, 400])

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        column.addWidget(self.buttons)
        self.sheet.currentIndexChanged.connect(lambda _i: self._show_sheet())
        self._show_sheet()
        self._fill_list()
        self._fill_by()

    # ---- words ----

    def _value_text(self, dimension: str, value: str) -> str:
        if dimension == "age":
            return isolate_ltr(value) if value else self.tr("Not known")
        if dimension == "district":
            return self.districts.get(value, value) if value else self.tr("Not recorded")
        pair = indicators.FIXED_LABELS.get(dimension, {}).get(value)
        if pair is None:
            return value
        en, ar = pair
        return ar if self.lang == "ar" else en

    def describe(self, m: CellMapping) -> str:
        d = self.definitions.get(m.indicator)
        parts = [d.name(self.lang) if d else m.indicator]
        if m.by_value:
            choices = self._choices(d.by) if d and d.by else []
            parts.append(next((choice_label(*c) for c in choices if c[0] == m.by_value), m.by_value))
        for dimension in self.DIMENSIONS:
            if dimension in m.filters:
                parts.append(self._value_text(dimension, m.filters[dimension]))
        return " / ".join(parts)

    def _choices(self, field: str) -> list[tuple[str, str, str]]:
        if field not in self.by_choices:
            try:
                self.by_choices[field] = indicators.field_choices(self.session, field)
            except SanadError:
                self.by_choices[field] = []
        return self.by_choices[field]

    # ---- the grid ----

    def current_layout(self):
        return self.layout_sheets[self.sheet.currentIndex()]

    def _show_sheet(self) -> None:
        layout = self.current_layout()
        self.grid.clear()
        self.grid.setRowCount(layout.rows)
        self.grid.setColumnCount(layout.columns)
        self.grid.setHorizontalHeaderLabels([_column_letter(c) for c in range(1, layout.columns + 1)])
        candidates = {(c.row, c.column) for c in layout.candidates()}
        for (r, c), cell in layout.cells.items():
            item = QTableWidgetItem(cell.text)
            if cell.formula:
                item.setBackground(QBrush(FORMULA))
                font = QFont()
                font.setItalic(True)
                item.setFont(font)
                item.setToolTip(self.tr("The donor's formula: Sanad does not write here."))
            elif (r, c) in candidates:
                item.setBackground(QBrush(CANDIDATE))
                item.setToolTip(cell.label)
            self.grid.setItem(r - 1, c - 1, item)
        for (sheet, address), m in self.mapping.items():
            if sheet == layout.name:
                self._paint_mapped(address, m)
        self.grid.resizeColumnsToContents()
        for c in range(layout.columns):
            self.grid.setColumnWidth(c, min(max(self.grid.columnWidth(c), 60), 260))

    def _position(self, address: str) -> tuple[int, int]:
        letters = "".join(ch for ch in address if ch.isalpha())
        digits = "".join(ch for ch in address if ch.isdigit())
        column = 0
        for ch in letters:
            column = column * 26 + ord(ch) - 64
        return int(digits or 1) - 1, column - 1

    def _paint_mapped(self, address: str, m: CellMapping | None) -> None:
        r, c = self._position(address)
        layout = self.current_layout()
        cell = layout.cells.get((r + 1, c + 1))
        item = QTableWidgetItem(("→ " + self.describe(m)) if m else (cell.text if cell else ""))
        if m:
            item.setBackground(QBrush(MAPPED))
            item.setToolTip(self.describe(m))
        elif cell is not None and (r + 1, c + 1) in {(x.row, x.column) for x in layout.candidates()}:
            item.setBackground(QBrush(CANDIDATE))
        if r < self.grid.rowCount() and c < self.grid.columnCount():
            self.grid.setItem(r, c, item)

    def _address(self, row: int, column: int) -> str:
        return f"{_column_letter(column + 1)}{row + 1}"

    def _cell_chosen(self, row: int, column: int) -> None:
        if row < 0 or column < 0:
            return
        layout = self.current_layout()
        address = self._address(row, column)
        cell = layout.cells.get((row + 1, column + 1))
        self.cell_label.setText(f"{layout.name}!{address}")
        self.cell_text.setText(cell.label if cell and cell.label else "")
        writable = not (cell and (cell.formula or cell.merged_inside))
        self.map_button.setEnabled(writable)
        m = self.mapping.get((layout.name, address))
        self.indicator.setCurrentIndex(max(self.indicator.findData(m.indicator if m else ""), 0))
        self._fill_by(m.by_value if m else "")
        for dimension, combo in self.dimension_boxes.items():
            value = m.filters.get(dimension) if m else None
            index = combo.findData(value) if value is not None else 0
            combo.setCurrentIndex(max(index, 0))

    def _fill_by(self, selected: str = "") -> None:
        self.by.clear()
        d = self.definitions.get(self.indicator.currentData() or "")
        self.by.addItem(self.tr("All"), "")
        if d and d.by:
            for code, en, ar in self._choices(d.by):
                self.by.addItem(choice_label(code, en, ar), code)
        self.by.setEnabled(bool(d and d.by))
        self.by.setCurrentIndex(max(self.by.findData(selected), 0))

    # ---- mapping ----

    def map_cell(self) -> None:
        row, column = self.grid.currentRow(), self.grid.currentColumn()
        if row < 0 or column < 0:
            return
        code = self.indicator.currentData()
        layout = self.current_layout()
        address = self._address(row, column)
        if not code:
            self.clear_cell()
            return
        filters = {d: combo.currentData() for d, combo in self.dimension_boxes.items()
                   if combo.currentData() is not None}
        m = CellMapping(layout.name, address, code, self.by.currentData() or "", filters)
        self.mapping[(layout.name, address)] = m
        self._paint_mapped(address, m)
        self._fill_list()

    def clear_cell(self) -> None:
        row, column = self.grid.currentRow(), self.grid.currentColumn()
        if row < 0 or column < 0:
            return
        layout = self.current_layout()
        address = self._address(row, column)
        if self.mapping.pop((layout.name, address), None) is not None:
            self._paint_mapped(address, None)
            self._fill_list()

    def _fill_list(self) -> None:
        self.mapped_list.clear()
        for (sheet, address), m in sorted(self.mapping.items()):
            item = QListWidgetItem(f"{sheet}!{address}: {self.describe(m)}")
            item.setData(Qt.ItemDataRole.UserRole, (sheet, address))
            self.mapped_list.addItem(item)

    def _go_to(self, item: QListWidgetItem) -> None:
        sheet, address = item.data(Qt.ItemDataRole.UserRole)
        index = self.sheet.findText(sheet)
        if index >= 0 and index != self.sheet.currentIndex():
            self.sheet.setCurrentIndex(index)
        r, c = self._position(address)
        self.grid.setCurrentCell(r, c)

    def save(self) -> bool:
        try:
            donor.save_mappings(self.session, self.template_id, list(self.mapping.values()))
        except ValidationErrors as exc:
            show_error(self, "\n".join(error_text(problem) for _row, problem in exc.problems))
            return False
        except SanadError as exc:
            show_error(self, error_text(exc))
            return False
        self.accept()
        return True
