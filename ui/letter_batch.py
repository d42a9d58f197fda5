"""Letters for many referrals at once (e.g. 40 school letters for a campaign): pick the referrals
(by service, open ones by default), the template, language and the values shared by all letters,
then issue them in a worker thread with a progress bar and Cancel. Each letter is its own numbered,
stored record (db/letters.py issue_batch: per letter, so Cancel keeps the ones already issued);
the letters come back as one PDF to print or save."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from db import choices, letters, referrals
from db.errors import SanadError
from db.permissions import Action
from db.referrals import ReferralFilter
from db.session import UserSession
from ui.choices import fill_combo
from ui.i18n import current_language, error_text
from ui.letter_dialog import template_title
from ui.letter_preview import ask_save_path, print_pdf
from ui.messages import notify, show_error
from ui.widgets import isolate_ltr

SHARED_FIELDS = ("legal_basis", "decision_number", "decision_date", "signer_name", "signer_title")
SERVICE_TEMPLATE = {"school_enrolment": "school_enrolment", "health_centre": "health_referral",
                    "psychosocial_support": "psychosocial_referral"}


class BatchWorker(QObject):
    """Runs issue_batch off the window's thread; rendering is serialised in exports.letters."""

    progressed = Signal(int, int)
    finished = Signal(object, object)  # (BatchResult or None, error or None)

    def __init__(self, session: UserSession, template_key: str, items: list[letters.BatchItem], lang: str,
                 fields: dict[str, str]) -> None:
        super().__init__()
        self.session, self.template_key, self.items, self.lang, self.fields = (
            session, template_key, items, lang, fields)
        self.stop = threading.Event()

    def run(self) -> None:
        try:
            result = letters.issue_batch(self.session, self.template_key, self.items, lang=self.lang,
                                         fields=self.fields, progress=self.progressed.emit,
                                         cancelled=self.stop.is_set)
        except SanadError as exc:
            self.finished.emit(None, exc)
            return
        except Exception as exc:  # noqa: BLE001 - shown as a message, never a crash
            self.finished.emit(None, exc)
            return
        self.finished.emit(result, None)


class BatchLetterDialog(QDialog):
    def __init__(self, session: UserSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.result: letters.BatchResult | None = None
        self.thread: QThread | None = None
        self.worker: BatchWorker | None = None
        self.setObjectName("batchLetterDialog")
        self.setWindowTitle(self.tr("Letters for many referrals"))
        self.resize(760, 680)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.service = fill_combo(QComboBox(), choices.SERVICE_TYPES, empty=self.tr("Any service"))
        self.service.setObjectName("batchService")
        form.addRow(self.tr("Referrals for"), self.service)
        self.open_only = QCheckBox(self.tr("Only referrals still open"))
        self.open_only.setChecked(True)
        form.addRow(self.open_only)
        layout.addLayout(form)
        self.list = QListWidget()
        self.list.setObjectName("batchReferrals")
        layout.addWidget(self.list, 1)
        pick = QHBoxLayout()
        self.count = QLabel()
        pick.addWidget(self.count, 1)
        for text, checked in ((self.tr("Select all"), True), (self.tr("Select none"), False)):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, v=checked: self._check_all(v))
            pick.addWidget(button)
        layout.addLayout(pick)

        form = QFormLayout()
        self.template = QComboBox()
        self.template.setObjectName("batchTemplate")
        lang = current_language()
        for info in letters.list_templates(session):
            self.template.addItem(template_title(info, lang), info.key)
        form.addRow(self.tr("&Template"), self.template)
        self.language = QComboBox()
        self.language.addItem("العربية", "ar")
        self.language.addItem("English", "en")
        form.addRow(self.tr("&Language of the letters"), self.language)
        self.fields: dict[str, QLineEdit] = {}
        defaults = letters.letter_draft_defaults(session)
        for name in SHARED_FIELDS:
            edit = QLineEdit(defaults.get(name, ""))
            edit.setMaxLength(letters.MAX_FIELD)
            form.addRow(QCoreApplication.translate("Letters", letters.FIELD_LABELS[name]), edit)
            self.fields[name] = edit
        layout.addLayout(form)

        self.progress = QProgressBar()
        self.progress.setObjectName("batchProgress")
        self.progress.setValue(0)
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.start_button = QPushButton(self.tr("&Issue the letters"))
        self.start_button.setObjectName("batchStart")
        self.cancel_button = QPushButton(self.tr("&Stop"))
        self.cancel_button.setObjectName("batchCancel")
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("Save as &PDF…"))
        for button in (self.start_button, self.cancel_button, self.print_button, self.save_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.setEnabled(False)
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.start_button.setEnabled(session.may(Action.PRINT_LETTERS))
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.print_button.clicked.connect(self.print_letters)
        self.save_button.clicked.connect(self.save_letters)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.service.currentIndexChanged.connect(self._service_changed)
        self.open_only.toggled.connect(lambda _on: self.load())
        self.list.itemChanged.connect(lambda _item: self._count())
        self.load()

    def _service_changed(self, *_args) -> None:
        key = SERVICE_TEMPLATE.get(self.service.currentData() or "")
        if key and self.template.findData(key) >= 0:
            self.template.setCurrentIndex(self.template.findData(key))
        self.load()

    def load(self) -> None:
        self.list.clear()
        try:
            ids = referrals.referral_ids(self.session, ReferralFilter(service=self.service.currentData() or ""))
            rows = referrals.referral_rows(self.session, list(ids))
        except SanadError as exc:
            show_error(self, error_text(exc))
            return
        for referral_id in ids:
            row = rows.get(referral_id)
            if row is None or (self.open_only.isChecked() and row.state in referrals.CLOSED_STATES):
                continue
            item = QListWidgetItem(f"{isolate_ltr(row.reference)}  {isolate_ltr(row.file_number)}  {row.person_name}")
            item.setData(Qt.ItemDataRole.UserRole, (row.person_id, row.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        self._count()

    def _check_all(self, on: bool) -> None:
        for i in range(self.list.count()):
            self.list.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def items(self) -> list[letters.BatchItem]:
        chosen = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                person_id, referral_id = item.data(Qt.ItemDataRole.UserRole)
                chosen.append(letters.BatchItem(person_id, referral_id))
        return chosen

    def _count(self) -> None:
        self.count.setText(self.tr("%1 referrals chosen").replace("%1", str(len(self.items()))))

    def start(self) -> None:
        items = self.items()
        if not items:
            show_error(self, self.tr("Choose at least one referral."))
            return
        fields = {name: edit.text() for name, edit in self.fields.items() if edit.text().strip()}
        self.progress.setRange(0, len(items))
        self.progress.setValue(0)
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Issuing the letters…"))
        self.thread = QThread(self)
        self.worker = BatchWorker(self.session, self.template.currentData(), items, self.language.currentData(),
                                  fields)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self._progressed)
        self.worker.finished.connect(self._finished)
        self.worker.finished.connect(self.thread.quit)
        self.thread.start()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.stop.set()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Stopping after the letter being made…"))

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setValue(done)

    def _finished(self, result, error) -> None:
        self.cancel_button.setEnabled(False)
        if self.thread is not None:
            # The connection to thread.quit is queued to this (the GUI) thread too and would run
            # only after this slot: quit here, or wait() sits out its whole timeout.
            self.thread.quit()
            self.thread.wait(10_000)
        if error is not None:
            self.start_button.setEnabled(True)
            show_error(self, error_text(error) if isinstance(error, SanadError) else self.tr(
                "The letters could not be made. Nothing more was issued."))
            return
        self.result = result
        text = self.tr("%1 letters issued and stored.").replace("%1", str(len(result.letters)))
        if result.cancelled:
            text += " " + self.tr("Stopped: the letters issued before you stopped stay issued and are listed on "
                                  "the Letters page.")
        if result.failed:
            text += " " + self.tr("%1 could not be made: %2").replace("%1", str(len(result.failed))).replace(
                "%2", "; ".join(error_text(exc) for _item, exc in result.failed[:5]))
        self.status.setText(text)
        self.print_button.setEnabled(bool(result.letters))
        self.save_button.setEnabled(bool(result.letters))

    def letter_ids(self) -> list[int]:
        return [row.id for row in self.result.letters] if self.result else []

    def print_letters(self) -> None:
        if not self.result or not self.result.pdf:
            return
        pages = print_pdf(self, self.result.pdf)
        if pages:
            letters.record_printed(self.session, self.letter_ids(), pages=pages)
            notify(self, self.tr("The letters were sent to the printer."))

    def save_letters(self) -> None:
        if not self.result or not self.result.letters:
            return
        path = ask_save_path(self, letters.suggested_file_name(self.session, self.letter_ids()))
        if not path:
            return
        try:
            letters.save_letters(self.session, self.letter_ids(), path)
        except SanadError as exc:
            show_error(self, error_text(exc))
            return
        notify(self, self.tr("Letters saved as PDF."))

    def reject(self) -> None:
        if self.worker is not None and self.thread is not None and self.thread.isRunning():
            self.worker.stop.set()
            self.thread.wait(60_000)
        super().reject()
