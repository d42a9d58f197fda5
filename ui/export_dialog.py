"""Export a list to Excel: the list and filters the page had, the language of the file, anonymised
(the default; a named export is warned about first, and never saved under an "anonymised" name),
a place the user chooses (an existing file is replaced only when the user says so), then the
export in a worker thread with a progress bar and a Cancel button, so 100,000 rows never freeze
the window.

Other pages open it as `ExportDialog(session, kind, filters, parent).exec()`; `kind` is one of
db.export_data.KINDS and `filters` the list's filter dataclass (None: the whole list)."""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import export_data
from db.errors import SanadError
from db.permissions import Action
from db.session import UserSession
from exports import lists
from exports.lists import ExportCancelled, ExportRequest, ExportResult
from ui.i18n import current_language, error_text, translate_text
from ui.messages import ask, notify, show_error
from ui.widgets import isolate_ltr

# Dates, codes and file names inside a sentence: "2026-10-01..2026-12-31", "2026-Q4", "people.xlsx".
_LTR_RUN = re.compile(r"[0-9A-Za-z]+(?:[-.:/_][0-9A-Za-z]+)*(?:\.\.[0-9A-Za-z]+(?:[-.:/_][0-9A-Za-z]+)*)?")
# The newer isolates (U+2066-U+2069), which Qt's bidi code does not honour (see isolate_ltr).
_ISOLATES = re.compile("[\u2066-\u2069]")
_ANONYMISED_WORD = re.compile("anonymi[sz]ed", re.IGNORECASE)
_ARABIC = re.compile("[\u0600-\u06ff]")


class ExportWorker(QThread):
    """Runs exports.lists.export_list off the GUI thread; never touches a widget. Progress and the
    outcome come back through queued signals."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, session: UserSession, request: ExportRequest, path: Path, parent=None) -> None:
        super().__init__(parent)
        self.session, self.request, self.path = session, request, path
        self.cancel_requested = threading.Event()

    def run(self) -> None:
        try:
            result = lists.export_list(self.session, self.request, self.path,
                                       progress=lambda done, total: self.progressed.emit(done, total),
                                       cancelled=self.cancel_requested.is_set)
        except Exception as exc:  # handed to the GUI thread, which shows it
            self.failed.emit(exc)
            return
        self.succeeded.emit(result)


class ExportDialog(QDialog):
    """ExportDialog(session, kind, filters=None, parent=None): stable signature, opened by the list
    pages and the reports page. After exec(), `result` holds the ExportResult (None if no file
    was written)."""

    def __init__(self, session: UserSession, kind: str, filters: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        export_data.check_kind(kind)
        self.session, self.kind, self.filters = session, kind, filters
        self.result: ExportResult | None = None
        self.worker: ExportWorker | None = None
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export to Excel"))
        self.setMinimumWidth(640)
        column = QVBoxLayout(self)

        form = QFormLayout()
        self.list_label = QLabel(self._list_text())
        self.list_label.setObjectName("exportList")
        self.list_label.setWordWrap(True)
        form.addRow(self.tr("List:"), self.list_label)
        self.language = QComboBox()
        self.language.setObjectName("exportLanguage")
        self.language.addItem("العربية", "ar")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if current_language() == "ar" else 1)
        self.language.currentIndexChanged.connect(lambda _i: self._suggest_path())
        form.addRow(self.tr("Language of the file:"), self.language)
        self.period = QLineEdit()
        self.period.setObjectName("exportPeriod")
        self.period.setPlaceholderText(self.tr("All records, or a month such as 2026-10, or 2026-Q4"))
        form.addRow(self.tr("Period:"), self.period)
        self.period_problem = QLabel()
        self.period_problem.setObjectName("exportPeriodProblem")
        self.period_problem.setStyleSheet("color: #b00020")
        self.period_problem.setWordWrap(True)  # the message is longer than the field in English
        self.period_problem.setVisible(False)
        form.addRow("", self.period_problem)
        self.anonymised = QCheckBox(self.tr("Anonymised (for anything that leaves the office)"))
        self.anonymised.setObjectName("exportAnonymised")
        self.anonymised.setChecked(True)
        self.anonymised.toggled.connect(self._anonymised_toggled)
        form.addRow("", self.anonymised)
        self.anonymised_note = QLabel(self.tr("No names, phones, dates of birth, addresses or document numbers; "
                                              "file numbers are replaced by pseudonyms."))
        self.anonymised_note.setWordWrap(True)
        self.anonymised_note.setStyleSheet("color: #505050")  # an explanation, quieter than the controls
        form.addRow("", self.anonymised_note)
        # Pseudonyms of one key link across exports; a donor given its own key cannot link its files
        # with anyone else's (the keys are made on the Reports page's Pseudonym keys screen).
        self.key = QComboBox()
        self.key.setObjectName("exportKey")
        for name in export_data.pseudonym_key_names(session):
            self.key.addItem(name, name)  # as on the keys screen, the cover sheet and the command line
        self.key_label = QLabel(self.tr("Pseudonym key:"))
        self.key_label.setBuddy(self.key)
        form.addRow(self.key_label, self.key)
        self._show_key()
        self.sensitive = QCheckBox(self.tr("Include sensitive fields"))
        self.sensitive.setObjectName("exportSensitive")
        self.sensitive.setToolTip(self.tr("Administrators only; recorded in the audit log."))
        self.sensitive.setVisible(kind == "people" and export_data.may_include_sensitive(session))
        self.sensitive.toggled.connect(self._sensitive_toggled)
        form.addRow("", self.sensitive)
        path_row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setObjectName("exportPath")
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.setObjectName("exportChoose")
        self.choose.clicked.connect(self.choose_path)
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.choose)
        form.addRow(self.tr("Save as:"), path_row)
        column.addLayout(form)

        self.notice = QLabel(self.tr("The file is not encrypted. Keep it only as long as it is needed and share it "
                                     "only with those who need it."))
        self.notice.setWordWrap(True)
        column.addWidget(self.notice)
        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setVisible(False)
        column.addWidget(self.progress)
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        column.addWidget(self.status)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportStart")
        self.export_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("exportCancel")
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        column.addWidget(self.buttons)
        self._suggested = True
        self.path.textEdited.connect(lambda _t: setattr(self, "_suggested", False))
        self._suggest_path()

    # ---- what is exported ----

    def _list_text(self) -> str:
        title = {
            "people": self.tr("People"), "households": self.tr("Households"), "applications": self.tr("Applications"),
            "referrals": self.tr("Referrals"), "hearings": self.tr("Hearings"), "letters": self.tr("Letters issued"),
        }[self.kind]
        if not export_data.filters_used(self.filters):
            return self.tr("%1, the whole list").replace("%1", title)
        return self.tr("%1, filtered as on the page").replace("%1", title)

    def lang(self) -> str:
        return self.language.currentData()

    def _folder(self) -> Path:
        current = self.path.text().strip()
        if current and Path(current).parent.is_dir():
            return Path(current).parent
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def _suggest_path(self) -> None:
        """The suggested file name for the list, language and mode, in the folder already chosen. A
        name the user wrote is kept; a name that is still a suggestion (even after Choose…) follows
        the mode, so a named export never keeps an "…-anonymised-…" name, nor the other way round."""
        name = lists.suggested_file_name(self.kind, self.lang(), self.anonymised.isChecked())
        if self._suggested:
            self.path.setText(str(self._folder() / name))
            return
        current = Path(self.path.text().strip())
        suggestions = {lists.suggested_file_name(self.kind, lang, anonymised)
                       for lang in ("ar", "en") for anonymised in (True, False)}
        if current.name in suggestions and current.name != name:
            self.path.setText(str(current.with_name(name)))

    def choose_path(self) -> None:
        # Qt's own dialog: the system's would add the file to the recent-files lists (R7).
        name, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save the export as"), self.path.text(), self.tr("Excel workbook (*.xlsx)"),
            options=QFileDialog.Option.DontUseNativeDialog)
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        self.path.setText(str(path))
        self._suggested = False

    def _show_key(self) -> None:
        # Only where there is a choice: one key needs no question.
        shown = self.anonymised.isChecked() and self.key.count() > 1
        self.key.setVisible(shown)
        self.key_label.setVisible(shown)

    def _anonymised_toggled(self, on: bool) -> None:
        self.anonymised_note.setVisible(self.anonymised.isChecked())
        self._show_key()
        if not on and not ask(self, self.tr(
                "A named export holds people's names, phone numbers, dates of birth, addresses and document "
                "numbers, in a file that is not encrypted. If it is lost or shared, people can be found.\n\n"
                "Make a named export only for use inside the office, and never send it outside."),
                yes=self.tr("Make a named export"), no=self.tr("Keep it anonymised")):
            self.anonymised.blockSignals(True)
            self.anonymised.setChecked(True)
            self.anonymised.blockSignals(False)
            self.anonymised_note.setVisible(True)
            self._show_key()
            return
        self._suggest_path()

    def _sensitive_toggled(self, on: bool) -> None:
        if on and not ask(self, self.tr(
                "Sensitive fields (perceived affiliation, a detained relative, GBV disclosure, threats) can put "
                "people in danger. Include them in this one export? Your name is recorded in the audit log."),
                yes=self.tr("Include them"), no=self.tr("Leave them out")):
            self.sensitive.blockSignals(True)
            self.sensitive.setChecked(False)
            self.sensitive.blockSignals(False)

    # ---- running ----

    def request(self) -> ExportRequest | None:
        """The export as the form stands; None (and the problem shown) when the period is wrong."""
        period = None
        self.period_problem.setVisible(False)
        if self.period.text().strip():
            try:
                period = export_data.parse_period(self.period.text())
            except SanadError as exc:
                self.period_problem.setText(self._ltr_runs(error_text(exc)))
                self.period_problem.setVisible(True)
                self._fit_height()
                self.period.setFocus()
                return None
        return ExportRequest(kind=self.kind, filters=self.filters, lang=self.lang(),
                             anonymised=self.anonymised.isChecked(), include_sensitive=self.sensitive.isChecked(),
                             period=period, key_name=self.key.currentData() or export_data.DEFAULT_KEY)

    def _fit_height(self) -> None:
        """Grow the window when a wrapped message appears, so that no line of the form is cut off."""
        layout = self.layout()
        layout.activate()
        wanted = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else self.sizeHint().height()
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def _ltr_runs(self, text: str) -> str:
        """In a right-to-left window, each date, code or file name of a message in its own
        left-to-right run ("2026-10-01..2026-12-31" would otherwise read "2026-12-31..2026-10-01")."""
        if self.layoutDirection() != Qt.LayoutDirection.RightToLeft:
            return text
        return _LTR_RUN.sub(lambda match: isolate_ltr(match.group(0)), _ISOLATES.sub("", text))

    def _error_text(self, error: SanadError) -> str:
        """error_text, with a folder or file named in it kept left to right in a right-to-left window
        ("/tmp/exports" read "tmp/exports/" in Arabic)."""
        if self.layoutDirection() != Qt.LayoutDirection.RightToLeft:
            return error_text(error)
        args = [error_text(arg) if isinstance(arg, SanadError)
                else isolate_ltr(arg) if isinstance(arg, str) and not _ARABIC.search(arg) else arg
                for arg in error.args_for_text]
        return translate_text("SanadError", error.text, *args)

    def _named_file_name(self, path: Path) -> Path | None:
        """A named export is never saved under a name saying "anonymised": someone would take it for
        one and send it outside. The user is offered the same name with "named" instead (None: go
        back to the form)."""
        if _ANONYMISED_WORD.search(path.name) is None:
            return path
        renamed = path.with_name(_ANONYMISED_WORD.sub("named", path.name))
        if not ask(self, self.tr(
                "This export has names, but its file name %1 says it is anonymised. Save it as %2 instead?")
                .replace("%1", isolate_ltr(path.name)).replace("%2", isolate_ltr(renamed.name)),
                yes=self.tr("Use the new name"), no=self.tr("Go back")):
            return None
        self.path.setText(str(renamed))
        return renamed

    def start(self) -> None:
        if self.worker is not None:
            return
        try:
            self.session.require(Action.EXPORT)  # refused before any work; the refusal is audited
            path = lists.check_path(Path(self.path.text().strip()))
        except SanadError as exc:
            show_error(self, self._error_text(exc))
            return
        request = self.request()
        if request is None:
            return
        if not request.anonymised:
            path = self._named_file_name(path)
            if path is None:
                return
        if path.exists() and not ask(
                self, self.tr("A file called %1 is already there. Replace it?").replace("%1", isolate_ltr(path.name)),
                yes=self.tr("Replace it"), no=self.tr("Keep it")):
            return
        self._running(True)
        self.status.setText(self.tr("Reading the list…"))
        self.worker = ExportWorker(self.session, request, path)
        self.worker.progressed.connect(self._progressed)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        self.worker.finished.connect(self._finished)
        self.worker.start()

    def _running(self, running: bool) -> None:
        for widget in (self.language, self.period, self.anonymised, self.key, self.sensitive, self.path,
                       self.choose, self.export_button):
            widget.setEnabled(not running)
        self.progress.setVisible(running or self.progress.value() > 0)
        if running:
            self.progress.setRange(0, 0)  # busy until the first page says how many

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(self.tr("%1 of %2 rows written").replace("%1", f"{done:,}").replace("%2", f"{total:,}"))

    def _succeeded(self, result: ExportResult) -> None:
        self.result = result
        notify(self.parent() if isinstance(self.parent(), QWidget) else None,
               self.tr("Exported %1 rows to %2 (not encrypted).").replace("%1", f"{result.rows:,}")
               .replace("%2", isolate_ltr(str(result.path))))

    def _failed(self, error: BaseException) -> None:
        self.progress.setValue(0)
        if isinstance(error, ExportCancelled):
            self.status.setText(self.tr("Cancelled. No file was made."))
            return
        self.status.setText("")
        if isinstance(error, SanadError):
            show_error(self, self._error_text(error))
        else:
            show_error(self, self.tr("The export failed. No file was made."), f"{type(error).__name__}")

    def _finished(self) -> None:
        self.worker = None
        if self.result is not None:
            self.accept()
            return
        self._running(False)

    def reject(self) -> None:
        """Cancel: stops a running export (its partial file is removed) before closing."""
        if self.worker is not None:
            self.status.setText(self.tr("Cancelling…"))
            self.worker.cancel_requested.set()
            self.worker.wait()
            self.worker = None
        super().reject()
