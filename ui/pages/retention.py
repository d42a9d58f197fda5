"""Retention, for administrators: closed files without movement for a period, to archive or purge
(db/retention.py does the work; nothing is changed without a confirmation)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import retention
from db.errors import SanadError
from db.session import UserSession
from ui.i18n import error_text
from ui.messages import ask, notify, show_error
from ui.paged import BackgroundCall, Sink
from ui.widgets import isolate_ltr


class RetentionPage(QWidget):
    def __init__(self, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("retentionPage")
        self.files: list[retention.ClosedFile] = []
        self.purging = False
        # The purge and the VACUUM after it run in a pool thread (seconds on a large vault).
        self._sink = Sink()
        self._sink.done.connect(self._purged)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Retention: closed files"))
        title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        layout.addWidget(title)
        intro = QLabel(self.tr(
            "Files whose applications and referrals are all closed and that have not changed for the "
            "period below. Archive hides them from the daily lists (administrators can still open them). "
            "Purge removes their personal data for good and keeps only the file number, dates, the reason "
            "and who purged it; backups made before still hold them until they are rotated out."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        row = QHBoxLayout()
        months_label = QLabel(self.tr("Months without movement:"))
        self.months = QSpinBox()
        self.months.setObjectName("retentionMonths")
        self.months.setRange(1, 600)
        months_label.setBuddy(self.months)
        self.refresh_button = QPushButton(self.tr("List closed files"))
        self.refresh_button.clicked.connect(self.refresh)
        row.addWidget(months_label)
        row.addWidget(self.months)
        row.addWidget(self.refresh_button)
        row.addStretch(1)
        layout.addLayout(row)

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("retentionTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("File number"), self.tr("Registered"), self.tr("Last movement"),
            self.tr("Applications / referrals"), self.tr("Archived")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)

        actions = QHBoxLayout()
        reason_label = QLabel(self.tr("Reason:"))
        self.reason = QLineEdit()
        self.reason.setObjectName("retentionReason")
        self.reason.setPlaceholderText(self.tr("e.g. closed for five years, office policy"))
        reason_label.setBuddy(self.reason)
        self.archive_button = QPushButton(self.tr("Archive selected"))
        self.purge_button = QPushButton(self.tr("Purge selected…"))
        self.purge_button.setStyleSheet("color: #842029;")
        self.archive_button.clicked.connect(self.archive_selected)
        self.purge_button.clicked.connect(self.purge_selected)
        actions.addWidget(reason_label)
        actions.addWidget(self.reason, 1)
        actions.addWidget(self.archive_button)
        actions.addWidget(self.purge_button)
        layout.addLayout(actions)

        purged_title = QLabel(self.tr("Purged files (what is kept of them)"))
        purged_title.setStyleSheet("font-weight: bold;")
        layout.addWidget(purged_title)
        self.purged = QTableWidget(0, 5)
        self.purged.setObjectName("purgedTable")
        self.purged.setHorizontalHeaderLabels([
            self.tr("File number"), self.tr("Registered"), self.tr("Last movement"), self.tr("Purged"),
            self.tr("Reason")])
        self.purged.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.purged.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.purged.verticalHeader().setVisible(False)
        self.purged.setMaximumHeight(160)
        layout.addWidget(self.purged)
        try:
            self.months.setValue(retention.default_months(session))
        except SanadError:
            self.months.setValue(60)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self.files and self.table.rowCount() == 0:
            self.refresh()

    def refresh(self) -> None:
        try:
            self.files = retention.closed_files(self.session, months=self.months.value())
        except SanadError as exc:
            show_error(self, error_text(exc))
            return
        self.table.setRowCount(len(self.files))
        for row, closed in enumerate(self.files):
            values = [
                isolate_ltr(closed.file_number),
                closed.registered_on.isoformat() if closed.registered_on else "",
                closed.last_movement.date().isoformat(),
                f"{closed.applications} / {closed.referrals}",
                self.tr("yes") if closed.archived else "",
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, closed.person_id)
                self.table.setItem(row, column, item)
        self.count_label.setText(self.tr("%1 closed files").replace("%1", str(len(self.files))))
        try:
            records = retention.purged_records(self.session)
        except SanadError:
            records = []
        self.purged.setRowCount(len(records))
        for row, record in enumerate(records):
            values = [
                isolate_ltr(record.file_number),
                record.registered_on.isoformat() if record.registered_on else "",
                record.last_movement_on.isoformat(),
                self.tr("%1 by %2").replace("%1", isolate_ltr(f"{record.purged_at:%Y-%m-%d}"))
                .replace("%2", isolate_ltr(record.purged_by)),
                record.reason,
            ]
            for column, value in enumerate(values):
                self.purged.setItem(row, column, QTableWidgetItem(value))

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.files[row].person_id for row in rows]

    def archive_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            notify(self, self.tr("Select the files first."))
            return
        try:
            done = retention.archive(self.session, ids, months=self.months.value(), reason=self.reason.text())
        except SanadError as exc:
            show_error(self, error_text(exc))
            return
        notify(self, self.tr("%1 files archived.").replace("%1", str(len(done.file_numbers))))
        self.refresh()

    def purge_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            notify(self, self.tr("Select the files first."))
            return
        question = self.tr(
            "Purge %1 files? Their names, phones, documents, family links, consents, sensitive details, "
            "casework and letters are removed for good. Only the file number, dates and the reason stay."
        ).replace("%1", str(len(ids)))
        if not ask(self, question, yes=self.tr("Purge"), no=self.tr("Cancel")):
            return
        session, months, reason = self.session, self.months.value(), self.reason.text()
        self.purging = True
        for button in (self.archive_button, self.purge_button, self.refresh_button):
            button.setEnabled(False)
        self.count_label.setText(self.tr("Purging and compacting the vault…"))
        QThreadPool.globalInstance().start(BackgroundCall(
            self._sink, 0, lambda: retention.purge(session, ids, months=months, reason=reason)))

    def _purged(self, _generation: int, done, error) -> None:
        self.purging = False
        for button in (self.archive_button, self.purge_button, self.refresh_button):
            button.setEnabled(True)
        if isinstance(error, SanadError):
            show_error(self, error_text(error))
        elif error is not None:
            raise error
        else:
            notify(self, self.tr("%1 files purged.").replace("%1", str(len(done.file_numbers))))
        self.refresh()
