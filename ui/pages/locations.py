"""Places, for administrators: the p-code table as a tree (both names, code, where it came from,
whether it is still offered), importing a COD-AB table (a dry run shown first, then confirmed),
and the office's own places: add, rename, stop offering."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from db import locations
from db.errors import SanadError, ValidationError
from db.locations import SOURCE_OFFICE, SUB_DISTRICT, ImportReport, Place
from db.session import UserSession
from ui.i18n import current_language, error_text, translate_text
from ui.messages import notify, show_error
from ui.widgets import FieldError, isolate_ltr

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
INACTIVE_BRUSH = QBrush(QColor("#8a8a8a"))


def level_text(level: int) -> str:
    return QCoreApplication.translate("SanadError", locations.level_name(level))


class PlaceDialog(QDialog):
    """Names for a new office place (inside `parent`) or new names for an existing place."""

    def __init__(self, session: UserSession, *, parent_place: Place | None = None, existing: Place | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.session, self.parent_place, self.existing = session, parent_place, existing
        self.saved: Place | None = None
        lang = current_language()
        self.setWindowTitle(self.tr("Rename place") if existing else self.tr("Add a place"))
        form = QFormLayout(self)
        if existing is not None:
            form.addRow(self.tr("P-code"), QLabel(isolate_ltr(existing.pcode)))
        elif parent_place is not None:
            form.addRow(self.tr("Inside"), QLabel(parent_place.name(lang)))
            form.addRow(QLabel(self.tr(
                "Add only a place the COD-AB table lacks. Sanad gives it a code of its own (with an X), "
                "which no OCHA table will ever use.")))
        self.name_ar = QLineEdit(existing.name_ar if existing else "")
        self.name_ar.setObjectName("placeNameAr")
        self.name_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.name_en = QLineEdit(existing.name_en if existing else "")
        self.name_en.setObjectName("placeNameEn")
        self.name_en.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.errors = {"name_ar": FieldError(), "name_en": FieldError(), "": FieldError()}
        form.addRow(self.tr("Arabic name"), self.name_ar)
        form.addRow(self.errors["name_ar"])
        form.addRow(self.tr("English name"), self.name_en)
        form.addRow(self.errors["name_en"])
        form.addRow(self.errors[""])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _save(self) -> None:
        for label in self.errors.values():
            label.show_text("")
        try:
            if self.existing is not None:
                self.saved = locations.rename_place(
                    self.session, self.existing.pcode, self.name_ar.text(), self.name_en.text())
            else:
                self.saved = locations.add_place(
                    self.session, self.parent_place.pcode, self.name_ar.text(), self.name_en.text())
        except ValidationError as exc:
            self.errors.get(exc.field, self.errors[""]).show_text(error_text(exc))
            return
        except SanadError as exc:
            self.errors[""].show_text(error_text(exc))
            return
        self.accept()


class ImportPreviewDialog(QDialog):
    """What an import would change (a dry run), with Import and Cancel; Cancel is the default."""

    def __init__(self, report: ImportReport, file_name: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import places"))
        self.resize(640, 460)
        layout = QVBoxLayout(self)
        locale = QLocale()
        summary = QLabel(
            self.tr("%1: %2 places to add, %3 to rename, %4 unchanged.")
            .replace("%1", isolate_ltr(file_name))
            .replace("%2", locale.toString(len(report.added)))
            .replace("%3", locale.toString(len(report.renamed)))
            .replace("%4", locale.toString(report.unchanged))
        )
        summary.setObjectName("importSummary")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        if report.missing:
            missing = QLabel(self.tr(
                "%1 places in Sanad are not in this file. They are kept, because records may use them; "
                "use Stop offering for any that should no longer be chosen.").replace(
                "%1", locale.toString(len(report.missing))))
            missing.setWordWrap(True)
            layout.addWidget(missing)
        if report.problems:
            problems = QLabel(self.tr("%1 rows have problems and will be skipped:").replace(
                "%1", locale.toString(len(report.problems))))
            problems.setObjectName("importProblems")
            layout.addWidget(problems)
        details = QPlainTextEdit()
        details.setObjectName("importDetails")
        details.setReadOnly(True)
        details.setPlainText("\n".join(self._lines(report)))
        layout.addWidget(details, 1)
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("confirmImport")
        self.import_button.setEnabled(bool(report.added or report.renamed))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _lines(self, report: ImportReport) -> list[str]:
        lines = []
        for problem in report.problems:
            text = translate_text("SanadError", problem.text,
                                  *(level_text_or(arg) for arg in problem.args))
            if problem.sheet:
                lines.append(self.tr("Sheet %1, row %2: %3").replace("%1", problem.sheet)
                             .replace("%2", str(problem.row)).replace("%3", text))
            else:
                lines.append(self.tr("Row %1: %2").replace("%1", str(problem.row)).replace("%2", text))
        for renamed in report.renamed:
            lines.append(self.tr("Renamed %1: %2 / %3 → %4 / %5").replace("%1", renamed.pcode)
                         .replace("%2", renamed.old_ar).replace("%3", renamed.old_en)
                         .replace("%4", renamed.new_ar).replace("%5", renamed.new_en))
        for place in report.added[:200]:
            lines.append(self.tr("New %1: %2 / %3").replace("%1", place.pcode)
                         .replace("%2", place.name_ar).replace("%3", place.name_en))
        if len(report.added) > 200:
            lines.append(self.tr("… and %1 more new places.").replace("%1", str(len(report.added) - 200)))
        return lines


def level_text_or(arg: str) -> str:
    """A problem's argument, with a level name ("district") in the user's language."""
    for level in (1, 2, 3):
        if arg == locations.level_name(level):
            return level_text(level)
    return arg


class PlacesFilter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)


class PlacesPage(QWidget):
    # The name in the user's language comes first (it carries the tree), the other name next.
    COL_NAME, COL_OTHER_NAME, COL_CODE, COL_SOURCE, COL_ACTIVE = range(5)

    def __init__(self, session: UserSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = current_language()
        self._places: dict[str, Place] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Places are stored as OCHA p-codes. Import the COD-AB table for Iraq (HDX: cod-ab-irq, CSV or "
            "Excel) to add or update them; nothing is ever deleted, because records use the codes."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("placesSearch")
        self.search.setPlaceholderText(self.tr("Find a place by name or code"))
        self.search.setClearButtonEnabled(True)
        top.addWidget(self.search, 1)
        layout.addLayout(top)

        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([
            *((self.tr("Arabic name"), self.tr("English name")) if self.lang == "ar"
              else (self.tr("English name"), self.tr("Arabic name"))),
            self.tr("P-code"), self.tr("Source"), self.tr("Offered"),
        ])
        self.proxy = PlacesFilter(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView()
        self.tree.setObjectName("placesTree")
        self.tree.setModel(self.proxy)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.doubleClicked.connect(lambda _index: self.rename_place())
        layout.addWidget(self.tree, 1)
        self.search.textChanged.connect(self._filter)

        self.empty = QLabel(self.tr("No places yet. Import the COD-AB table to begin."))
        self.empty.setObjectName("placesEmptyPage")
        layout.addWidget(self.empty)

        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot in (
            ("importPlaces", self.tr("Import…"), self.choose_and_import),
            ("addPlace", self.tr("Add place…"), self.add_place),
            ("renamePlace", self.tr("Rename…"), self.rename_place),
            ("toggleActive", self.tr("Stop offering"), self.toggle_active),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[name] = button
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.tree.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    # --- the tree ---------------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        select = select or self.selected_code()
        expanded = {code for code in self._places if self._is_expanded(code)}
        everything = locations.places(self.session, include_inactive=True)
        self._places = {place.pcode: place for place in everything}
        self.model.removeRows(0, self.model.rowCount())
        items: dict[str, QStandardItem] = {}
        for place in everything:  # governorates, then districts, then sub-districts
            row = self._row(place)
            parent = items.get(place.parent_pcode) if place.parent_pcode else None
            (parent or self.model.invisibleRootItem()).appendRow(row)
            items[place.pcode] = row[0]
        self.model.sort(self.COL_NAME)
        self.empty.setVisible(not everything)
        self.tree.setVisible(bool(everything))
        for code in expanded:
            self._expand(code)
        if select and select in self._places:
            self.select(select)
        self._update_buttons()

    def _row(self, place: Place) -> list[QStandardItem]:
        source = self.tr("office") if place.source == SOURCE_OFFICE else self.tr("COD-AB")
        cells = [
            *(QStandardItem(name) for name in ((place.name_ar, place.name_en) if self.lang == "ar"
                                                else (place.name_en, place.name_ar))),
            QStandardItem(place.pcode),
            QStandardItem(source), QStandardItem(self.tr("yes") if place.active else self.tr("no")),
        ]
        for cell in cells:
            cell.setData(place.pcode, CODE_ROLE)
            cell.setToolTip(level_text(place.level))
            if not place.active:
                cell.setForeground(INACTIVE_BRUSH)
        return cells

    def _index_of(self, code: str):
        matches = self.model.match(self.model.index(0, 0), CODE_ROLE, code, 1,
                                   Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        return self.proxy.mapFromSource(matches[0]) if matches else None

    def _is_expanded(self, code: str) -> bool:
        index = self._index_of(code)
        return bool(index is not None and index.isValid() and self.tree.isExpanded(index))

    def _expand(self, code: str) -> None:
        index = self._index_of(code)
        if index is not None and index.isValid():
            self.tree.expand(index)

    def select(self, code: str) -> None:
        index = self._index_of(code)
        if index is None or not index.isValid():
            return
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    def selected_code(self) -> str | None:
        index = self.tree.currentIndex() if hasattr(self, "tree") else None
        if index is None or not index.isValid() or not self.tree.selectionModel().isSelected(index):
            return None
        return index.data(CODE_ROLE)

    def selected(self) -> Place | None:
        code = self.selected_code()
        return self._places.get(code) if code else None

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.tree.expandAll()

    def _update_buttons(self) -> None:
        place = self.selected()
        self.buttons["addPlace"].setEnabled(place is not None and place.level < SUB_DISTRICT)
        self.buttons["renamePlace"].setEnabled(place is not None)
        self.buttons["toggleActive"].setEnabled(place is not None)
        self.buttons["toggleActive"].setText(
            self.tr("Offer again") if place is not None and not place.active else self.tr("Stop offering"))

    # --- actions ----------------------------------------------------------------------------------

    def choose_and_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import the COD-AB place table"), "",
            self.tr("Place tables (*.xlsx *.csv *.txt);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> ImportReport | None:
        """Dry run, show what would change, import when confirmed. None if nothing was written."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            preview = locations.import_cod_ab(self.session, path, dry_run=True)
        except SanadError as exc:
            QGuiApplication.restoreOverrideCursor()
            show_error(self, error_text(exc))
            return None
        QGuiApplication.restoreOverrideCursor()
        dialog = ImportPreviewDialog(preview, path.name, self)
        if not (preview.added or preview.renamed):
            dialog.exec()
            notify(self, self.tr("Nothing to import: every place in the file is already in Sanad."))
            return None
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        try:
            report = locations.import_cod_ab(self.session, path)
        except SanadError as exc:
            show_error(self, error_text(exc))
            return None
        self.refresh()
        notify(self, self.tr("Places imported: %1 added, %2 renamed.")
               .replace("%1", QLocale().toString(len(report.added)))
               .replace("%2", QLocale().toString(len(report.renamed))))
        return report

    def add_place(self) -> None:
        parent_place = self.selected()
        if parent_place is None or parent_place.level >= SUB_DISTRICT:
            return
        dialog = PlaceDialog(self.session, parent_place=parent_place, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self.refresh(select=dialog.saved.pcode)
            notify(self, self.tr("Place added with the code %1.").replace("%1", dialog.saved.pcode))

    def rename_place(self) -> None:
        place = self.selected()
        if place is None:
            return
        dialog = PlaceDialog(self.session, existing=place, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self.refresh(select=place.pcode)

    def toggle_active(self) -> None:
        place = self.selected()
        if place is None:
            return
        try:
            locations.set_active(self.session, place.pcode, not place.active)
        except SanadError as exc:
            show_error(self, error_text(exc))
            return
        self.refresh(select=place.pcode)
        notify(self, self.tr("%1 is offered again.").replace("%1", place.name(self.lang)) if not place.active
               else self.tr("%1 is no longer offered; records that use it keep it.").replace(
                   "%1", place.name(self.lang)))
