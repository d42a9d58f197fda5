"""The import wizard: file → sheet → columns → check → import. Reading, checking and importing run
in a pool thread (db/importing.py does the work; this module only shows it), with progress and a
cancel that leaves the vault as it was. Nothing is written before the user confirms on the check
page; rows with problems are never written and can be saved as an error report."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from db import importing
from db.errors import SanadError
from db.importing import Mapping, Plan
from db.session import UserSession
from ui.i18n import current_language, error_text
from ui.messages import ask, notify, show_error
from ui.paged import BackgroundCall, Sink

_ROOT = QModelIndex()


def field_label(key: str) -> str:
    return QCoreApplication.translate("Import", importing.FIELD_LABELS[key])


def issue_text(issue: importing.Issue) -> str:
    return issue.message(lambda text: QCoreApplication.translate("SanadError", text))


class _Progress(QObject):
    """Carries a worker's progress to the GUI thread (queued signal)."""

    changed = Signal(int, int)


class _Job:
    """One call in a pool thread with progress and cancel; `done(result, error)` on the GUI thread."""

    def __init__(self, call: Callable[[Callable[[int, int], None], Callable[[], bool]], Any],
                 done: Callable[[Any, BaseException | None], None], bar: QProgressBar | None = None) -> None:
        self.cancelled = threading.Event()
        self.progress = _Progress()
        self.sink = Sink()
        self.running = True
        self._done = done
        if bar is not None:
            self.progress.changed.connect(lambda value, total: (bar.setMaximum(max(total, 1)), bar.setValue(value)))
        self.sink.done.connect(self._finished)
        progress, cancelled = self.progress.changed.emit, self.cancelled.is_set
        QThreadPool.globalInstance().start(BackgroundCall(self.sink, 0, lambda: call(progress, cancelled)))

    def _finished(self, _generation: int, result: Any, error: BaseException | None) -> None:
        self.running = False
        self._done(result, error)

    def cancel(self) -> None:
        self.cancelled.set()


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("An Excel workbook (.xlsx), a KoboToolbox export or a CSV file. Nothing is written "
                                 "until you have checked every row and confirmed."))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(self.tr("File to import"))
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("importBrowse")
        browse.clicked.connect(self.browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        template = QPushButton(self.tr("Save Sanad's import template…"))
        template.setObjectName("importTemplate")
        template.setToolTip(self.tr("An empty workbook with the headings Sanad reads without any matching"))
        template.clicked.connect(self.save_template)
        layout.addWidget(template)
        layout.addStretch(1)

    def browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the file to import"), "", self.tr("Spreadsheets (*.xlsx *.csv *.txt);;All files (*)"),
            options=QFileDialog.Option.DontUseNativeDialog)
        if path:
            self.path.setText(path)

    def save_template(self) -> None:
        name = "sanad-import-template.xlsx"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the import template"), name,
                                                    self.tr("Excel workbook (*.xlsx)"),
                                                    options=QFileDialog.Option.DontUseNativeDialog)
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"  # Qt's own dialog does not add it
        try:
            importing.write_template(path, lang=current_language())
        except (OSError, SanadError) as exc:
            show_error(self, error_text(exc) if isinstance(exc, SanadError) else
                       self.tr("The template could not be written: %1").replace("%1", str(exc.strerror or exc)))
            return
        notify(self.wiz.parent(), self.tr("Template saved."))

    def isComplete(self) -> bool:  # noqa: N802
        return Path(self.path.text().strip()).is_file()

    def validatePage(self) -> bool:  # noqa: N802
        # Only the quick checks here (the first bytes, the zip's list of members); the workbook
        # itself is read on the next page, in a pool thread.
        try:
            importing.check_file(self.path.text().strip())
        except SanadError as exc:
            show_error(self, error_text(exc))
            return False
        except OSError as exc:
            show_error(self, self.tr("The file could not be read: %1").replace("%1", str(exc.strerror or exc)))
            return False
        return True


class SheetPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Choose the sheet"))
        layout = QVBoxLayout(self)
        self.sheet = QComboBox()
        self.sheet.setObjectName("importSheet")
        self.sheet.currentIndexChanged.connect(lambda _i: self.read())
        layout.addWidget(self.sheet)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.hide()
        layout.addWidget(self.bar)
        self.status = QLabel()
        self.status.setObjectName("importSheetStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.job: _Job | None = None

    def initializePage(self) -> None:  # noqa: N802
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.setEnabled(False)
        self.sheet.blockSignals(False)
        self.read(first=True)

    def _fill_sheets(self, names: list[str]) -> None:
        self.wiz.sheets = names
        self.sheet.blockSignals(True)
        self.sheet.clear()
        for name in names:
            self.sheet.addItem(name or self.tr("(the text file)"), name)
        self.sheet.setEnabled(len(names) > 1)
        self.sheet.blockSignals(False)

    def read(self, first: bool = False) -> None:
        self.wiz.table = None
        self.completeChanged.emit()
        path = self.wiz.page(0).path.text().strip()
        sheet = None if first else self.sheet.currentData()
        self.status.setText(self.tr("Reading the sheet…"))
        self.bar.show()

        def done(result, error) -> None:
            self.bar.hide()
            if error is not None:
                self.status.setText(error_text(error) if isinstance(error, SanadError) else
                                    self.tr("The file could not be read."))
                return
            names, table = result
            if names is not None:
                self._fill_sheets(names)
            self.wiz.table = table
            index = self.sheet.findData(table.sheet)
            if index >= 0 and index != self.sheet.currentIndex():
                self.sheet.blockSignals(True)
                self.sheet.setCurrentIndex(index)
                self.sheet.blockSignals(False)
            lines = [self.tr("%1 rows and %2 columns; headings on row %3.")
                     .replace("%1", f"{len(table.rows):,}").replace("%2", str(len(table.headers)))
                     .replace("%3", str(table.header_row))]
            lines += [issue_text(w) for w in table.warnings]
            self.status.setText("\n".join(lines))
            self.completeChanged.emit()

        def call(progress, cancelled):
            return (importing.sheets(path) if first else None), importing.read_table(path, sheet, cancel=cancelled)

        self.job = _Job(call, done)

    def isComplete(self) -> bool:  # noqa: N802
        return self.wiz.table is not None


NOT_IMPORTED = ""


class MappingPage(QWizardPage):
    COL_HEADING, COL_SAMPLE, COL_FIELD = range(3)

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Choose the Sanad field each column holds. Sanad suggested what it recognised; "
                                 "columns left at \"Not imported\" are left out."))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Saved mapping:")))
        self.saved = QComboBox()
        self.saved.setObjectName("importSavedMapping")
        self.saved.activated.connect(self.use_saved)
        top.addWidget(self.saved, 1)
        self.save_button = QPushButton(self.tr("Save this mapping…"))
        self.save_button.setObjectName("importSaveMapping")
        self.save_button.clicked.connect(self.save_mapping)
        top.addWidget(self.save_button)
        layout.addLayout(top)
        self.grid = QTableWidget(0, 3)
        self.grid.setObjectName("importMapping")
        self.grid.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("First values"),
                                             self.tr("Sanad field")])
        self.grid.verticalHeader().setVisible(False)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.grid, 1)
        defaults = QHBoxLayout()
        defaults.addWidget(QLabel(self.tr("Displacement status when a row has none:")))
        self.displacement = QComboBox()
        self.displacement.setObjectName("importDefaultDisplacement")
        for code, text in (("", self.tr("(none: the row must say)")), ("resident", self.tr("Resident")),
                           ("idp", self.tr("Displaced")), ("returnee", self.tr("Returnee")),
                           ("camp_departed", self.tr("Left a camp"))):
            self.displacement.addItem(text, code)
        defaults.addWidget(self.displacement)
        defaults.addStretch(1)
        layout.addLayout(defaults)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:  # noqa: N802
        table = self.wiz.table
        self.saved.clear()
        self.saved.addItem(self.tr("(suggested by Sanad)"), None)
        try:
            self.saved_mappings = importing.saved_mappings(self.wiz.session)
        except SanadError:
            self.saved_mappings = {}
        for name in self.saved_mappings:
            self.saved.addItem(name, name)
        self.grid.setRowCount(len(table.headers))
        self.combos = []
        for col, heading in enumerate(table.headers):
            self.grid.setItem(col, self.COL_HEADING, QTableWidgetItem(heading))
            samples = [row[col] for row in table.rows[:5] if col < len(row) and row[col]][:3]
            self.grid.setItem(col, self.COL_SAMPLE, QTableWidgetItem(" · ".join(s[:30] for s in samples)))
            combo = QComboBox()
            combo.setObjectName(f"importField{col}")
            combo.addItem(self.tr("Not imported"), NOT_IMPORTED)
            for key in importing.FIELDS:
                combo.addItem(field_label(key), key)
            self.grid.setCellWidget(col, self.COL_FIELD, combo)
            self.combos.append(combo)
        self.apply(importing.suggest_mapping(table.headers))

    def apply(self, mapping: Mapping) -> None:
        by_heading = {heading: key for key, heading in mapping.columns.items()}
        for col, heading in enumerate(self.wiz.table.headers):
            combo = self.combos[col]
            combo.setCurrentIndex(max(0, combo.findData(by_heading.get(heading, NOT_IMPORTED))))
        self.displacement.setCurrentIndex(max(0, self.displacement.findData(
            mapping.defaults.get("displacement_status", ""))))

    def use_saved(self, _index: int) -> None:
        name = self.saved.currentData()
        mapping = self.saved_mappings.get(name) if name else importing.suggest_mapping(self.wiz.table.headers)
        if mapping is not None:
            self.apply(mapping)

    def mapping(self) -> Mapping:
        columns: dict[str, str] = {}
        for col, combo in enumerate(self.combos):
            key = combo.currentData()
            if key and key not in columns:
                columns[key] = self.wiz.table.headers[col]
        defaults = {"displacement_status": self.displacement.currentData()} if self.displacement.currentData() else {}
        return Mapping(columns, defaults)

    def save_mapping(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save this mapping"), self.tr("Name of the mapping:"))
        if not ok:
            return
        try:
            importing.save_mapping(self.wiz.session, name, self.mapping())
        except SanadError as exc:
            show_error(self, error_text(exc))
            return
        self.saved_mappings = importing.saved_mappings(self.wiz.session)
        if self.saved.findData(name.strip()) < 0:
            self.saved.addItem(name.strip(), name.strip())
        notify(self.wiz.parent(), self.tr("Mapping saved."))

    def validatePage(self) -> bool:  # noqa: N802
        mapping = self.mapping()
        used = [c.currentData() for c in self.combos if c.currentData()]
        if len(used) != len(set(used)):
            show_error(self, self.tr("Each Sanad field can come from one column only."))
            return False
        if "first_name" not in mapping.columns:
            show_error(self, self.tr("Choose the column that holds the first name."))
            return False
        self.wiz.mapping = mapping
        return True


class PreviewModel(QAbstractTableModel):
    """The checked rows (only those the filter shows), read by the view a screenful at a time."""

    COL_ROW, COL_STATUS, COL_SKIP, COL_NAME, COL_DETAILS = range(5)

    def __init__(self, plan: Plan, parent=None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.rows = list(plan.rows)

    def set_filter(self, kind: str) -> None:
        self.beginResetModel()
        if kind == "problems":
            self.rows = [r for r in self.plan.rows if r.errors]
        elif kind == "duplicates":
            self.rows = [r for r in self.plan.rows if (r.duplicates or r.already_present) and not r.errors]
        else:
            self.rows = list(self.plan.rows)
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Row"), self.tr("Status"), self.tr("Skip"), self.tr("Name"),
                    self.tr("Problems and warnings"))[section]
        return None

    def status_text(self, status: str) -> str:
        return {"error": self.tr("Not imported: problem"), "present": self.tr("Already in Sanad"),
                "skip": self.tr("Skipped"), "duplicate": self.tr("Possible duplicate"), "ok": self.tr("Ready")}[status]

    def details(self, r) -> str:
        parts = [(f"{i.column}: " if i.column else "") + issue_text(i) for i in r.errors]
        parts += [issue_text(i) for i in importing.duplicate_issues_for(r)]
        parts += [(f"{i.column}: " if i.column else "") + issue_text(i) for i in r.warnings]
        return " | ".join(parts)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == self.COL_SKIP and r.status in ("ok", "duplicate", "skip"):
            return Qt.CheckState.Checked if r.skip else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_DETAILS:
            return self.details(r).replace(" | ", "\n")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.COL_ROW:
            return r.row
        if col == self.COL_STATUS:
            return self.status_text(r.status)
        if col == self.COL_NAME:
            v = r.values
            parts = (v["first_name"], v["father_name"], v["grandfather_name"], v["family_name"])
            return " ".join(x for x in parts if x)
        if col == self.COL_DETAILS:
            return self.details(r)
        return None

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and index.column() == self.COL_SKIP:
            r = self.rows[index.row()]
            if r.status in ("ok", "duplicate", "skip"):
                flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != self.COL_SKIP:
            return False
        r = self.rows[index.row()]
        self.plan.set_skip(r.row, Qt.CheckState(value) == Qt.CheckState.Checked)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.COL_DETAILS))
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(self.tr("Rows with problems are not imported. Tick Skip for a duplicate you do not want. "
                                 "Nothing has been written yet."))
        layout = QVBoxLayout(self)
        self.bar = QProgressBar()
        layout.addWidget(self.bar)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        top = QHBoxLayout()
        self.show_combo = QComboBox()
        self.show_combo.setObjectName("importFilter")
        for kind, text in (("all", self.tr("All rows")), ("problems", self.tr("Rows with problems")),
                           ("duplicates", self.tr("Possible duplicates"))):
            self.show_combo.addItem(text, kind)
        self.show_combo.currentIndexChanged.connect(
            lambda _i: self.model.set_filter(self.show_combo.currentData()) if self.model else None)
        top.addWidget(self.show_combo)
        top.addStretch(1)
        self.report_button = QPushButton(self.tr("Save the list of problems…"))
        self.report_button.setObjectName("importErrorReport")
        self.report_button.clicked.connect(lambda: self.wiz.save_report(self))
        top.addWidget(self.report_button)
        layout.addLayout(top)
        self.view = QTableView()
        self.view.setObjectName("importPreview")
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        layout.addWidget(self.view, 1)
        self.model: PreviewModel | None = None
        self.job: _Job | None = None

    def initializePage(self) -> None:  # noqa: N802
        self.wiz.plan = None
        self.model = None
        self.view.setModel(None)
        self.summary.setText(self.tr("Checking every row and looking for duplicates…"))
        self.bar.show()
        self.report_button.setEnabled(False)
        self.completeChanged.emit()
        session, table, mapping = self.wiz.session, self.wiz.table, self.wiz.mapping

        def done(plan, error) -> None:
            self.bar.hide()
            if error is not None:
                self.summary.setText(error_text(error) if isinstance(error, SanadError) else
                                     self.tr("The rows could not be checked."))
                return
            self.wiz.plan = plan
            self.model = PreviewModel(plan, self)
            self.model.dataChanged.connect(lambda *_a: self.update_summary())
            self.view.setModel(self.model)
            for col, width in ((0, 60), (1, 170), (2, 50), (3, 260)):
                self.view.setColumnWidth(col, width)
            self.model.set_filter(self.show_combo.currentData())
            self.report_button.setEnabled(True)
            self.update_summary()
            self.completeChanged.emit()

        self.job = _Job(lambda progress, cancelled: importing.prepare(session, table, mapping, progress=progress,
                                                                      cancel=cancelled), done, self.bar)

    def update_summary(self) -> None:
        c = self.wiz.plan.counts()
        text = (self.tr("%1 people in %2 households will be imported. %3 rows have problems and will not be "
                        "imported; %4 are already in Sanad; %5 are skipped; %6 are possible duplicates.")
                .replace("%1", f"{c['to_import']:,}").replace("%2", f"{c['households']:,}")
                .replace("%3", f"{c['rejected']:,}").replace("%4", f"{c['already_present']:,}")
                .replace("%5", f"{c['skipped']:,}").replace("%6", f"{c['duplicates']:,}"))
        if self.wiz.plan.imported_before:
            text += "\n" + self.tr("This same file was imported before, on %1.").replace(
                "%1", self.wiz.plan.imported_before)
        self.summary.setText(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.wiz.plan is not None and self.wiz.plan.counts()["to_import"] > 0

    def validatePage(self) -> bool:  # noqa: N802
        c = self.wiz.plan.counts()
        return self.wiz.confirm(self.tr("Import %1 people in %2 households now? This is done in one step: if it "
                                        "is cancelled or fails, nothing is imported.")
                                .replace("%1", f"{c['to_import']:,}").replace("%2", f"{c['households']:,}"))


class ImportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Import"))
        layout = QVBoxLayout(self)
        self.bar = QProgressBar()
        self.bar.setObjectName("importProgress")
        layout.addWidget(self.bar)
        self.status = QLabel()
        self.status.setObjectName("importResult")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Cancel the import"))
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.cancel_button)
        self.report_button = QPushButton(self.tr("Save the list of rejected rows…"))
        self.report_button.setObjectName("importResultReport")
        self.report_button.clicked.connect(lambda: self.wiz.save_report(self))
        row.addWidget(self.report_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.job: _Job | None = None
        self.finished = False

    def initializePage(self) -> None:  # noqa: N802
        self.finished = False
        self.report_button.hide()
        self.cancel_button.show()
        self.status.setText(self.tr("Importing…"))
        self.wiz.button(QWizard.WizardButton.BackButton).setEnabled(False)
        session, plan = self.wiz.session, self.wiz.plan

        def done(result, error) -> None:
            self.cancel_button.hide()
            self.finished = True
            if error is not None:
                self.status.setText(error_text(error) if isinstance(error, SanadError) else
                                    self.tr("The import failed. Nothing was imported."))
            else:
                self.wiz.result = result
                self.status.setText(self.tr("Imported %1 people in %2 households. %3 rows were not imported.")
                                    .replace("%1", f"{result.people:,}").replace("%2", f"{result.households:,}")
                                    .replace("%3", f"{result.rejected + result.skipped + result.already_present:,}"))
                self.report_button.setVisible(result.rejected > 0)
            self.completeChanged.emit()

        self.job = _Job(lambda progress, cancelled: importing.import_rows(session, plan, progress, cancelled),
                        done, self.bar)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def isComplete(self) -> bool:  # noqa: N802
        return self.finished


class ImportWizard(QWizard):
    def __init__(self, session: UserSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Import people from a spreadsheet"))
        self.setObjectName("importWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.sheets: list[str] = []
        self.table: importing.Table | None = None
        self.mapping: Mapping | None = None
        self.plan: Plan | None = None
        self.result: importing.ImportResult | None = None
        self.confirm: Callable[[str], bool] = lambda text: ask(self, text, yes=self.tr("Import"),
                                                                no=self.tr("Not yet"))
        for page in (FilePage(self), SheetPage(self), MappingPage(self), PreviewPage(self), ImportPage(self)):
            self.addPage(page)
        self.resize(980, 640)

    def save_report(self, parent) -> None:
        path, _filter = QFileDialog.getSaveFileName(parent, self.tr("Save the rejected rows"), "import-problems.xlsx",
                                                    self.tr("Excel workbook (*.xlsx)"),
                                                    options=QFileDialog.Option.DontUseNativeDialog)
        if path:
            self.write_report(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def write_report(self, path: str) -> bool:
        try:
            def translate(text: str) -> str:
                return QCoreApplication.translate("Import" if text in _IMPORT_TEXTS else "SanadError", text)

            importing.write_error_report(self.session, self.plan, path, translate,
                                         right_to_left=current_language() == "ar")
        except OSError as exc:
            show_error(self, self.tr("The report could not be written: %1").replace("%1", str(exc.strerror or exc)))
            return False
        except SanadError as exc:  # e.g. the role may no longer import
            show_error(self, error_text(exc))
            return False
        notify(self.parent(), self.tr("Report saved."))
        return True

    def reject(self) -> None:
        page = self.currentPage()
        job = getattr(page, "job", None)
        if isinstance(page, ImportPage) and job is not None and job.running:
            page.cancel()  # the import rolls back first; the wizard then stays to say so
            return
        if job is not None and job.running:
            job.cancel()
        super().reject()


_IMPORT_TEXTS = {*importing.ERROR_REPORT_HEADINGS, importing.ERROR_REPORT_SHEET, importing.WARNINGS_SHEET}
