"""Reports and exports: the indicator report for a period (a workbook made off the window's
thread, with progress per indicator and a Cancel button), the donor templates (add, map, fill),
the lists to Excel (the export dialog), the indicator definitions an office can add to, and, for
administrators, the pseudonym keys of anonymised exports."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QObject, QStandardPaths, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import indicators
from db.errors import SanadError
from db.i18n import QT_TRANSLATE_NOOP
from db.indicators import Period, ReportCancelled
from db.permissions import Action
from db.session import UserSession
from exports import donor
from ui.i18n import current_language, error_text
from ui.messages import ask, notify, show_error
from ui.paged import BackgroundCall, Sink
from ui.widgets import isolate_ltr

MONTHS = (
    QT_TRANSLATE_NOOP("Reports", "January"), QT_TRANSLATE_NOOP("Reports", "February"),
    QT_TRANSLATE_NOOP("Reports", "March"), QT_TRANSLATE_NOOP("Reports", "April"),
    QT_TRANSLATE_NOOP("Reports", "May"), QT_TRANSLATE_NOOP("Reports", "June"),
    QT_TRANSLATE_NOOP("Reports", "July"), QT_TRANSLATE_NOOP("Reports", "August"),
    QT_TRANSLATE_NOOP("Reports", "September"), QT_TRANSLATE_NOOP("Reports", "October"),
    QT_TRANSLATE_NOOP("Reports", "November"), QT_TRANSLATE_NOOP("Reports", "December"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Reports", text)


def loss_texts(keys) -> list[str]:
    return [QCoreApplication.translate("Donor", donor.LOSSES[key]) for key in keys if key in donor.LOSSES]


class PeriodPicker(QWidget):
    """A month, a quarter, or from one day to another; the last whole month by default."""

    def __init__(self, parent=None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        today = today or dt.date.today()
        last = today.replace(day=1) - dt.timedelta(days=1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox()
        self.kind.setObjectName("periodKind")
        self.kind.addItem(self.tr("Month"), "month")
        self.kind.addItem(self.tr("Quarter"), "quarter")
        self.kind.addItem(self.tr("From … to …"), "custom")
        self.year = QSpinBox()
        self.year.setObjectName("periodYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(last.year)
        self.month = QComboBox()
        self.month.setObjectName("periodMonth")
        for number, name in enumerate(MONTHS, 1):
            self.month.addItem(_tr(name), number)
        self.month.setCurrentIndex(last.month - 1)
        self.quarter = QComboBox()
        self.quarter.setObjectName("periodQuarter")
        for number in range(1, 5):
            self.quarter.addItem(self.tr("Quarter %1").replace("%1", str(number)), number)
        self.quarter.setCurrentIndex((last.month - 1) // 3)
        self.start = QDateEdit(QDate(last.year, last.month, 1))
        self.start.setObjectName("periodFrom")
        self.end = QDateEdit(QDate(last.year, last.month, last.day))
        self.end.setObjectName("periodTo")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.to_label = QLabel(self.tr("to"))
        for widget in (self.kind, self.month, self.quarter, self.year, self.start, self.to_label, self.end):
            row.addWidget(widget)
        row.addStretch(1)
        self.kind.currentIndexChanged.connect(self._shown)
        self._shown()

    def _shown(self) -> None:
        kind = self.kind.currentData()
        self.month.setVisible(kind == "month")
        self.quarter.setVisible(kind == "quarter")
        self.year.setVisible(kind != "custom")
        for widget in (self.start, self.to_label, self.end):
            widget.setVisible(kind == "custom")

    def period(self) -> Period:
        """The chosen period (a ValidationError when the custom days are the wrong way round)."""
        kind = self.kind.currentData()
        if kind == "month":
            return Period.month(self.year.value(), self.month.currentData())
        if kind == "quarter":
            return Period.quarter(self.year.value(), self.quarter.currentData())
        return Period.custom(self.start.date().toPython(), self.end.date().toPython())

    def set_period(self, period: Period) -> None:
        self.kind.setCurrentIndex(self.kind.findData(period.kind))
        self.year.setValue(period.start.year)
        self.month.setCurrentIndex(period.start.month - 1)
        self.quarter.setCurrentIndex((period.start.month - 1) // 3)
        self.start.setDate(QDate(period.start.year, period.start.month, period.start.day))
        self.end.setDate(QDate(period.end.year, period.end.month, period.end.day))


class _Progress(QObject):
    step = Signal(int, int)


def documents_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def ask_save_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    """Qt's own save dialog (the system's would add the file to recent-files lists, R7)."""
    name, _chosen = QFileDialog.getSaveFileName(
        parent, title, str(documents_folder() / suggested),
        QCoreApplication.translate("Reports", "Excel workbook (*.xlsx)"),
        options=QFileDialog.Option.DontUseNativeDialog)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


class ReportsPage(QWidget):
    """Reports and exports."""

    report_written = Signal(str)

    def __init__(self, session: UserSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.generation = 0
        self.busy = False
        self.sink = Sink()
        self.sink.done.connect(self._finished)
        self.progress_signal = _Progress()
        self.progress_signal.step.connect(self._step)
        self.pending: dict[int, tuple[str, Path]] = {}
        self.cancel_requested = threading.Event()  # the running report's; a new one per run

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        column = QVBoxLayout(body)
        title = QLabel(self.tr("Reports and exports"))
        title.setObjectName("pageTitle")
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        column.addWidget(title)

        column.addWidget(self._report_box())
        column.addWidget(self._donor_box())
        column.addWidget(self._lists_box())
        column.addWidget(self._indicator_box())
        column.addStretch(1)
        self.refresh()

    # ---- the indicator report ----

    def _report_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Indicator report"))
        grid = QGridLayout(box)
        grid.addWidget(QLabel(self.tr("Period:")), 0, 0)
        self.picker = PeriodPicker()
        grid.addWidget(self.picker, 0, 1)
        grid.addWidget(QLabel(self.tr("Language of the workbook:")), 1, 0)
        self.language = QComboBox()
        self.language.setObjectName("reportLanguage")
        self.language.addItem("العربية", "ar")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if current_language() == "ar" else 1)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language)
        language_row.addStretch(1)
        grid.addLayout(language_row, 1, 1)
        self.threshold_label = QLabel()
        self.threshold_label.setObjectName("reportThreshold")
        self.threshold_label.setWordWrap(True)
        grid.addWidget(self.threshold_label, 2, 0, 1, 2)
        notice = QLabel(self.tr("The workbook holds counts only, no names, but it is not encrypted: save it where "
                                "only those who need it can read it."))
        notice.setWordWrap(True)
        grid.addWidget(notice, 3, 0, 1, 2)
        buttons = QHBoxLayout()
        self.report_button = QPushButton(self.tr("Make the &report…"))
        self.report_button.setObjectName("makeReport")
        self.report_button.clicked.connect(self.make_report)
        self.report_button.setDefault(True)
        buttons.addWidget(self.report_button)
        self.progress = QProgressBar()
        self.progress.setObjectName("reportProgress")
        self.progress.setVisible(False)
        buttons.addWidget(self.progress, 1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelReport")
        self.cancel_button.setToolTip(self.tr("Stop after the indicator being counted; no file is made."))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 4, 0, 1, 2)
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.status, 5, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        return box

    def make_report(self) -> None:
        if self.busy:
            return
        try:
            period = self.picker.period()
        except SanadError as exc:
            show_error(self, error_text(exc))
            return
        from exports.report import suggested_file_name

        path = ask_save_path(self, self.tr("Save the report as"), suggested_file_name(period))
        if path is None:
            return
        lang = self.language.currentData()
        session, progress, cancelled = self.session, self.progress_signal, self._new_cancel()

        def call():
            from exports.report import write_report

            return write_report(session, period, path, lang=lang, progress=progress.step.emit, cancelled=cancelled)

        self._start("report", path, call)

    # ---- running off the window's thread ----

    def _new_cancel(self):
        """A fresh Cancel for the run about to start; the worker asks it between indicators."""
        self.cancel_requested = threading.Event()
        return self.cancel_requested.is_set

    def _start(self, what: str, path: Path, call) -> None:
        self.busy = True
        self.generation += 1
        self.pending[self.generation] = (what, path)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setVisible(True)
        self.status.setText(self.tr("Counting…"))
        for button in (self.report_button, self.fill_button):
            button.setEnabled(False)
        self.cancel_button.setFocus()
        QThreadPool.globalInstance().start(BackgroundCall(self.sink, self.generation, call))

    def cancel(self) -> None:
        """Stop the running report or fill after the indicator being counted: no file, no entry."""
        if not self.busy:
            return
        self.cancel_requested.set()
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Cancelling after the indicator being counted…"))

    def _step(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if self.cancel_requested.is_set():
            return
        if done < total:
            self.status.setText(self.tr("Counting: %1 of %2 indicators done…")
                                .replace("%1", str(done)).replace("%2", str(total)))
        else:
            self.status.setText(self.tr("Writing the workbook…"))

    def _finished(self, generation: int, result, error) -> None:
        what, path = self.pending.pop(generation, ("", Path()))
        self.busy = False
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        for button in (self.report_button, self.fill_button):
            button.setEnabled(True)
        if isinstance(error, ReportCancelled):
            self.status.setText(self.tr("Cancelled. No file was made."))
            self.report_button.setFocus()
            return
        if error is not None:
            self.status.setText("")
            show_error(self, error_text(error) if isinstance(error, SanadError)
                       else self.tr("The report could not be made. Nothing was saved."), type(error).__name__)
            return
        if what == "report":
            text = self.tr("The report was saved to %1. It holds counts only, but it is not encrypted.")
        else:
            text = self.tr("The donor's workbook was filled and saved to %1. It is not encrypted.")
            notes = loss_texts(result.warnings)
            if notes:
                text += "\n" + "\n".join(notes)
        self.status.setText(text.replace("%1", str(path)))
        notify(self, self.tr("Saved %1").replace("%1", path.name))
        self.report_written.emit(str(path))

    # ---- donor templates ----

    def _donor_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Donor templates"))
        column = QVBoxLayout(box)
        hint = QLabel(self.tr("Load a donor's Excel template once, map its cells to Sanad's indicators, then fill it "
                              "for the period chosen above."))
        hint.setWordWrap(True)
        column.addWidget(hint)
        self.templates = QTableWidget(0, 4)
        self.templates.setObjectName("donorTemplates")
        self.templates.setHorizontalHeaderLabels([self.tr("Name"), self.tr("File"), self.tr("Cells mapped"),
                                                  self.tr("Added")])
        self.templates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.templates.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.templates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.templates.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.templates.verticalHeader().setVisible(False)
        self.templates.setMaximumHeight(120)
        self.templates.doubleClicked.connect(lambda _i: self.map_template())
        column.addWidget(self.templates)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a template…"))
        self.add_button.setObjectName("addTemplate")
        self.add_button.clicked.connect(self.add_template)
        self.map_button = QPushButton(self.tr("Map cells…"))
        self.map_button.setObjectName("mapTemplate")
        self.map_button.clicked.connect(self.map_template)
        self.fill_button = QPushButton(self.tr("Fill for the period…"))
        self.fill_button.setObjectName("fillTemplate")
        self.fill_button.clicked.connect(self.fill_template)
        self.delete_button = QPushButton(self.tr("Remove"))
        self.delete_button.setObjectName("deleteTemplate")
        self.delete_button.clicked.connect(self.delete_template)
        for button in (self.add_button, self.map_button, self.fill_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        return box

    def _selected_template(self):
        rows = self.templates.selectionModel().selectedRows()
        if not rows and self.templates.rowCount() == 1:
            return self.template_rows[0]
        return self.template_rows[rows[0].row()] if rows else None

    def add_template(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the donor's template"), str(documents_folder()),
                                              self.tr("Excel workbook (*.xlsx)"),
                                              options=QFileDialog.Option.DontUseNativeDialog)
        if not name:
            return
        title, ok = QInputDialog.getText(self, self.tr("Donor template"),
                                         self.tr("A name for this template (the donor and the report):"),
                                         text=Path(name).stem)
        if not ok:
            return
        try:
            template_id = donor.add_template(self.session, title, Path(name))
        except SanadError as exc:
            show_error(self, error_text(exc))
            return
        self.refresh()
        self.open_mapping(template_id)

    def map_template(self) -> None:
        template = self._selected_template()
        if template is None:
            show_error(self, self.tr("Choose a template first."))
            return
        self.open_mapping(template.id)

    def open_mapping(self, template_id: int) -> None:
        from ui.donor_mapping import DonorMappingDialog

        try:
            dialog = DonorMappingDialog(self.session, template_id, self)
        except SanadError as exc:
            show_error(self, error_text(exc))
            return
        dialog.exec()
        self.refresh()

    def fill_template(self) -> None:
        template = self._selected_template()
        if self.busy:
            return
        if template is None:
            show_error(self, self.tr("Choose a template first."))
            return
        if not template.cells:
            show_error(self, self.tr("No cell of this template is mapped yet: map its cells first."))
            return
        try:
            period = self.picker.period()
        except SanadError as exc:
            show_error(self, error_text(exc))
            return
        notes = loss_texts(template.losses)
        if notes and not ask(self, self.tr("Sanad copies the donor's workbook with a library that does not keep "
                                           "everything in it:") + "\n\n" + "\n".join(notes) + "\n\n"
                             + self.tr("Check the filled workbook before sending it. Fill it anyway?"),
                             yes=self.tr("Fill it"), no=self.tr("Cancel")):
            return
        path = ask_save_path(self, self.tr("Save the filled workbook as"),
                             donor.suggested_file_name(template.name, period))
        if path is None:
            return
        session, template_id = self.session, template.id
        progress, cancelled = self.progress_signal, self._new_cancel()

        def call():
            return donor.fill_template(session, template_id, period, path, progress=progress.step.emit,
                                       cancelled=cancelled)

        self._start("donor", path, call)

    def delete_template(self) -> None:
        template = self._selected_template()
        if template is None:
            return
        if not ask(self, self.tr("Remove the template %1 and its mapped cells?").replace("%1", template.name),
                   yes=self.tr("Remove"), no=self.tr("Keep it")):
            return
        try:
            donor.delete_template(self.session, template.id)
        except SanadError as exc:
            show_error(self, error_text(exc))
        self.refresh()

    # ---- lists ----

    def _lists_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Lists to Excel"))
        column = QVBoxLayout(box)
        row = QHBoxLayout()
        column.addLayout(row)
        for kind, text in (("people", self.tr("People")), ("households", self.tr("Households")),
                           ("applications", self.tr("Applications")), ("referrals", self.tr("Referrals")),
                           ("hearings", self.tr("Hearings")), ("letters", self.tr("Letters issued"))):
            button = QPushButton(text)
            button.setObjectName(f"list_{kind}")
            button.clicked.connect(lambda _checked=False, k=kind: self.export_list(k))
            row.addWidget(button)
        row.addStretch(1)
        if self.session.may(Action.EDIT_SETTINGS):  # administrators manage the keys
            keys_row = QHBoxLayout()
            keys_hint = QLabel(self.tr("Anonymised lists replace file numbers with pseudonyms made with a key."))
            keys_hint.setWordWrap(True)
            self.keys_button = QPushButton(self.tr("Pseudonym &keys…"))
            self.keys_button.setObjectName("pseudonymKeys")
            self.keys_button.clicked.connect(self.manage_keys)
            keys_row.addWidget(keys_hint, 1)
            keys_row.addWidget(self.keys_button)
            column.addLayout(keys_row)
        return box

    def manage_keys(self) -> None:
        from ui.pseudonym_keys import PseudonymKeysDialog

        try:
            dialog = PseudonymKeysDialog(self.session, self)
        except SanadError as exc:
            show_error(self, error_text(exc))
            return
        dialog.exec()

    def export_list(self, kind: str) -> None:
        from ui.export_dialog import ExportDialog

        try:
            dialog = ExportDialog(self.session, kind, None, self)
        except SanadError as exc:
            show_error(self, error_text(exc))
            return
        dialog.exec()

    # ---- indicator definitions ----

    def _indicator_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Indicators"))
        column = QVBoxLayout(box)
        self.indicator_table = QTableWidget(0, 4)
        self.indicator_table.setObjectName("indicatorTable")
        self.indicator_table.setHorizontalHeaderLabels([self.tr("Indicator"), self.tr("Counts"),
                                                        self.tr("Broken down by"), self.tr("In the report")])
        self.indicator_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.indicator_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.indicator_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.indicator_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.indicator_table.verticalHeader().setVisible(False)
        self.indicator_table.doubleClicked.connect(lambda _i: self.edit_indicator())
        column.addWidget(self.indicator_table)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add an indicator…"))
        add.setObjectName("addIndicator")
        add.clicked.connect(lambda: self.edit_indicator(new=True))
        edit = QPushButton(self.tr("Change…"))
        edit.setObjectName("editIndicator")
        edit.clicked.connect(lambda: self.edit_indicator())
        remove = QPushButton(self.tr("Remove…"))
        remove.setObjectName("removeIndicator")
        remove.setToolTip(self.tr("Only indicators the office added; built-in ones can be left out of the report."))
        remove.clicked.connect(self.remove_indicator)
        row.addWidget(add)
        row.addWidget(edit)
        row.addWidget(remove)
        row.addStretch(1)
        column.addLayout(row)
        return box

    def remove_indicator(self) -> None:
        rows = self.indicator_table.selectionModel().selectedRows()
        if not rows:
            show_error(self, self.tr("Choose an indicator first."))
            return
        definition = self.indicator_rows[rows[0].row()]
        if not ask(self, self.tr("Remove the indicator %1?")
                   .replace("%1", definition.name(current_language())), yes=self.tr("Remove"), no=self.tr("Keep it")):
            return
        try:
            indicators.delete_indicator(self.session, definition.code)
        except SanadError as exc:
            show_error(self, error_text(exc))
        self.refresh()

    def edit_indicator(self, new: bool = False) -> None:
        from ui.indicator_dialog import IndicatorDialog

        definition = None
        if not new:
            rows = self.indicator_table.selectionModel().selectedRows()
            if not rows:
                show_error(self, self.tr("Choose an indicator first."))
                return
            definition = self.indicator_rows[rows[0].row()]
        dialog = IndicatorDialog(self.session, definition, self)
        if dialog.exec():
            self.refresh()

    # ---- reading ----

    def refresh(self) -> None:
        lang = current_language()
        try:
            bands, threshold = indicators.report_settings(self.session)
            self.template_rows = donor.list_templates(self.session)
            self.indicator_rows = indicators.list_indicators(self.session)
        except SanadError as exc:
            self.status.setText(error_text(exc))
            self.template_rows, self.indicator_rows = [], []
            return
        self.threshold_label.setText(
            self.tr("Counts from 1 to %1 are shown as \"<%2\" (and a second count is hidden where a total would give "
                    "one back). Age groups: %3. Both are office settings.")
            .replace("%1", str(max(threshold - 1, 0))).replace("%2", str(threshold))
            .replace("%3", isolate_ltr(", ".join(b.code for b in bands))))
        self.templates.setRowCount(len(self.template_rows))
        for r, t in enumerate(self.template_rows):
            for c, value in enumerate((t.name, t.file_name, str(t.cells), t.added_at.strftime("%Y-%m-%d"))):
                self.templates.setItem(r, c, QTableWidgetItem(value))
        self.indicator_table.setRowCount(len(self.indicator_rows))
        for r, d in enumerate(self.indicator_rows):
            by = QCoreApplication.translate("Indicators", indicators.FIELD_LABELS.get(d.by, d.by)) if d.by else ""
            values = (d.name(lang), QCoreApplication.translate("Indicators", indicators.COUNT_LABELS[d.counts]),
                      by, self.tr("Yes") if d.active else self.tr("No"))
            for c, value in enumerate(values):
                self.indicator_table.setItem(r, c, QTableWidgetItem(value))
        self.indicator_table.resizeColumnsToContents()
        self.indicator_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        height = self.indicator_table.horizontalHeader().height() + 4 + sum(
            self.indicator_table.rowHeight(r) for r in range(min(len(self.indicator_rows), 10)))
        self.indicator_table.setMinimumHeight(height)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self.busy:
            self.refresh()
