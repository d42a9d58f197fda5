"""Backups: back up now (to a folder or a USB drive), the automatic backup settings, the backups
found in the folder, test restore and restore. Every long step runs in a worker thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from db import backup, backup_schedule
from db.errors import SanadError, ValidationError
from db.permissions import Action
from db.session import UserSession
from ui import backup_dialogs as bd
from ui.i18n import error_text
from ui.messages import ask, notify, show_error
from ui.widgets import FieldError, isolate_ltr, select_row


class RestoreChoiceDialog(QDialog):
    """Where the backup goes: over the vault that is open (kept aside first) or into a new file."""

    def __init__(self, parent: QWidget | None, backup_info: backup.BackupInfo, vault_path: Path) -> None:
        super().__init__(parent)
        self.setObjectName("restoreChoice")
        self.setWindowTitle(self.tr("Restore a backup"))
        layout = QVBoxLayout(self)
        about = QLabel(self.tr("Backup made %1: %2.").replace("%1", bd.when_text(backup_info.created_at))
                       .replace("%2", bd.counts_text(backup_info.counts)))
        about.setWordWrap(True)
        layout.addWidget(about)
        self.replace = QRadioButton(self.tr("Replace the vault that is open now (it is kept aside first, "
                                            "and everyone signs in again)"))
        self.replace.setObjectName("restoreReplace")
        self.new_file = QRadioButton(self.tr("Restore as a new vault file:"))
        self.new_file.setObjectName("restoreNewFile")
        group = QButtonGroup(self)
        group.addButton(self.replace)
        group.addButton(self.new_file)
        self.new_file.setChecked(True)
        layout.addWidget(self.replace)
        layout.addWidget(self.new_file)
        row = QHBoxLayout()
        stamp = backup_info.created_at.strftime("%Y%m%d") if backup_info.created_at else "restored"
        self.target = QLineEdit(str(vault_path.with_name(f"{vault_path.stem}-restored-{stamp}.sanad")))
        self.target.setObjectName("restoreTarget")
        self.target.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        browse = QPushButton(self.tr("Choose…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        row.addWidget(self.target, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.error = FieldError()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.replace.toggled.connect(lambda on: self.target.setEnabled(not on))
        self.resize(560, 220)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New vault file"), self.target.text(), self.tr("Sanad vaults (*.sanad)"),
            options=QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.DontConfirmOverwrite,
        )
        if name:
            self.target.setText(name if name.endswith(".sanad") else name + ".sanad")

    def _check(self) -> None:
        if self.new_file.isChecked():
            target = Path(self.target.text().strip()).expanduser()
            if not self.target.text().strip():
                self.error.show_text(self.tr("Choose where the new vault file goes."))
                return
            if target.exists():
                self.error.show_text(self.tr("A file already exists there. Choose another name."))
                return
        self.accept()

    @property
    def target_path(self) -> Path:
        return Path(self.target.text().strip()).expanduser().absolute()


class BackupsPage(QWidget):
    # (backup file, credentials): the window closes the vault, restores over it, opens it again
    replace_requested = Signal(object, object)

    COLUMNS = ("made", "size", "people", "households", "applications", "referrals", "state")

    def __init__(self, session: UserSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("backupsPage")
        self.may_backup = session.may(Action.BACKUP)
        self.may_restore = session.may(Action.RESTORE)
        settings = backup_schedule.get_backup_settings(session)
        layout = QVBoxLayout(self)

        title = QLabel(self.tr("Backups"))
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        layout.addWidget(title)
        self.last_label = QLabel()
        self.last_label.setObjectName("lastBackup")
        self.last_label.setWordWrap(True)
        layout.addWidget(self.last_label)

        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(self.tr("Backup folder or USB drive:")))
        self.folder = QLineEdit(settings.folder)
        self.folder.setObjectName("backupFolder")
        self.folder.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.folder.setPlaceholderText(self.tr("Choose a folder, for example on a USB stick"))
        folder_row.addWidget(self.folder, 1)
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setObjectName("chooseFolder")
        self.choose_button.clicked.connect(self.choose_folder)
        folder_row.addWidget(self.choose_button)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setObjectName("backupNow")
        self.backup_button.setDefault(True)
        self.backup_button.clicked.connect(self.back_up_now)
        folder_row.addWidget(self.backup_button)
        layout.addLayout(folder_row)
        self.result_label = QLabel()
        self.result_label.setObjectName("backupResult")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        self.folder_error = FieldError()
        layout.addWidget(self.folder_error)

        schedule = QGroupBox(self.tr("Automatic backups into this folder"))
        form = QFormLayout(schedule)
        daily_row = QHBoxLayout()
        self.daily = QCheckBox(self.tr("Every day, while Sanad is open, at or after"))
        self.daily.setObjectName("dailyOn")
        self.daily_at = QTimeEdit()
        self.daily_at.setObjectName("dailyAt")
        # Left to right and Latin digits before the format is set: in a right-to-left window the
        # hour and minute sections otherwise come out swapped (13:00 showed as 00:13).
        self.daily_at.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.daily_at.setLocale(QLocale.c())
        self.daily_at.setDisplayFormat("HH:mm")
        when = settings.daily_time or dt.time(13, 0)
        self.daily_at.setTime(QTime(when.hour, when.minute))
        self.daily.setChecked(bool(settings.daily_at))
        daily_row.addWidget(self.daily)
        daily_row.addWidget(self.daily_at)
        daily_row.addStretch(1)
        form.addRow(daily_row)
        self.on_close = QCheckBox(self.tr("When Sanad is closed (if anything changed)"))
        self.on_close.setObjectName("onClose")
        self.on_close.setChecked(settings.on_close)
        form.addRow(self.on_close)
        self.keep_daily = self._spin("keepDaily", *backup_schedule.LIMITS["keep_daily"], settings.keep_daily)
        form.addRow(self.tr("Keep the last backup of each of the last … days"), self.keep_daily)
        self.keep_monthly = self._spin("keepMonthly", *backup_schedule.LIMITS["keep_monthly"], settings.keep_monthly)
        form.addRow(self.tr("Keep the first backup of each of the last … months"), self.keep_monthly)
        self.stale_days = self._spin("staleDays", *backup_schedule.LIMITS["stale_days"], settings.stale_days)
        form.addRow(self.tr("Warn when the last good backup is older than … days"), self.stale_days)
        note = QLabel(self.tr("Older backups of this vault in the folder are deleted; nothing else there is "
                              "touched. A deleted person stays in older backups until they are deleted."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        form.addRow(note)
        self.settings_error = FieldError()
        form.addRow(self.settings_error)
        self.save_button = QPushButton(self.tr("Save the settings"))
        self.save_button.setObjectName("saveBackupSettings")
        self.save_button.clicked.connect(self.save_settings)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        form.addRow(save_row)
        layout.addWidget(schedule)

        list_row = QHBoxLayout()
        list_row.addWidget(QLabel(self.tr("Backups in the folder:")))
        list_row.addStretch(1)
        self.refresh_button = QPushButton(self.tr("Check the list again"))
        self.refresh_button.setObjectName("refreshBackups")
        self.refresh_button.clicked.connect(self.refresh_list)
        list_row.addWidget(self.refresh_button)
        layout.addLayout(list_row)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("backupList")
        self.table.setHorizontalHeaderLabels([
            self.tr("Made"), self.tr("Size"), self.tr("People"), self.tr("Households"), self.tr("Applications"),
            self.tr("Referrals"), self.tr("State"),
        ])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test restore…"))
        self.test_button.setObjectName("testRestore")
        self.test_button.clicked.connect(self.test_restore)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self.restore)
        self.other_button = QPushButton(self.tr("Restore another file…"))
        self.other_button.setObjectName("restoreOther")
        self.other_button.clicked.connect(self.restore_other)
        actions.addWidget(self.test_button)
        actions.addWidget(self.restore_button)
        actions.addWidget(self.other_button)
        actions.addStretch(1)
        layout.addLayout(actions)

        for widget in (self.folder, self.choose_button, self.backup_button, schedule):
            widget.setEnabled(self.may_backup)
        for widget in (self.test_button, self.restore_button, self.other_button):
            widget.setVisible(self.may_restore)
        self.infos: list[backup.BackupInfo] = []
        self._listing = None
        self._selection_changed()
        self.show_last()
        self.refresh_list()

    def _spin(self, name: str, low: int, high: int, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setMaximumWidth(110)
        return spin

    # ---- state -----------------------------------------------------------------------------
    def show_last(self) -> None:
        last = backup_schedule.last_good_backup(self.session)
        if last is None:
            self.last_label.setText(self.tr("No backup of this vault has been made yet."))
        else:
            self.last_label.setText(
                self.tr("Last good backup: %1, %2, %3 (%4).").replace("%1", bd.when_text(last.at))
                .replace("%2", bd.size_text(last.size)).replace("%3", bd.counts_text(last.counts))
                .replace("%4", bd.ltr_run(last.file)))
            self.last_label.setToolTip(str(last.path))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder or USB drive"), self.folder.text() or str(Path.home()),
            QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.ShowDirsOnly,
        )
        if folder:
            self.folder.setText(folder)
            self.save_settings(quiet=True)
            self.refresh_list()

    def save_settings(self, quiet: bool = False) -> bool:
        self.settings_error.show_text("")
        try:
            saved = backup_schedule.save_backup_settings(
                self.session, folder=self.folder.text().strip(),
                daily_at=self.daily_at.time().toString("HH:mm") if self.daily.isChecked() else "",
                on_close=self.on_close.isChecked(), keep_daily=self.keep_daily.value(),
                keep_monthly=self.keep_monthly.value(), stale_days=self.stale_days.value())
        except ValidationError as exc:
            self.settings_error.show_text(error_text(exc))
            return False
        except SanadError as exc:
            show_error(self, error_text(exc))
            return False
        bd.remember_folder(self.session.vault.path, saved.folder)
        if not quiet:
            notify(self, self.tr("Backup settings saved."))
        self._refresh_bar()
        return True

    def _refresh_bar(self) -> None:
        bar = getattr(self.window(), "backup_bar", None)
        if bar is not None:
            bar.refresh()

    # ---- back up now ---------------------------------------------------------------------------
    def back_up_now(self) -> None:
        folder = self.folder.text().strip()
        self.folder_error.show_text("")
        if not folder:
            self.folder_error.show_text(self.tr("Choose the backup folder or USB drive first."))
            self.choose_button.setFocus()
            return
        settings = backup_schedule.get_backup_settings(self.session)
        if settings.folder != folder and not self.save_settings(quiet=True):
            return
        session = self.session
        dialog = bd.ProgressDialog(
            self, self.tr("Back up"), self.tr("Making the backup…"),
            lambda progress, cancel: backup_schedule.run_backup(session, folder, progress=progress, cancel=cancel),
            stop_text=self.tr("Stop")).run()
        if dialog.error is not None:
            if isinstance(dialog.error, backup.BackupCancelled):
                self.result_label.setText(bd.problem_text(dialog.error))
            else:
                self.result_label.setText("")
                show_error(self, bd.problem_text(dialog.error))
            return
        outcome = dialog.result
        result = outcome.result
        text = self.tr("Backup written in %1 s: %2, %3. It opens only with a user's password or the recovery "
                       "key. Keep it away from this computer.")
        text = (text.replace("%1", f"{result.seconds:.1f}").replace("%2", bd.size_text(result.size))
                .replace("%3", bd.counts_text(result.manifest["counts"])))
        if outcome.deleted:
            text += " " + self.tr("%1 older backups were deleted from the folder.").replace(
                "%1", str(len(outcome.deleted)))
        self.result_label.setText(text)
        self.show_last()
        self._refresh_bar()
        self.refresh_list()

    # ---- the list ------------------------------------------------------------------------------
    def refresh_list(self) -> None:
        """The backups in the folder: their manifests at once (a fast read), then each file's
        checksums in turn (a full read of each, in the worker), the state column filling in."""
        folder = self.folder.text().strip()
        self.table.setRowCount(0)
        self.infos = []
        self._selection_changed()
        if self._listing is not None and self._listing[1] is not None:
            self._listing[1].set()
        self._listing = None
        if not folder:
            return
        self.refresh_button.setEnabled(False)
        token = object()
        state: dict = {"infos": None, "verified": {}}
        self._listing = (token, None)

        def work(progress, cancel) -> None:
            infos = backup.list_backups(folder, cancel=cancel)
            state["infos"] = infos
            progress("listed", -1)
            for row, info in enumerate(infos):
                if cancel.is_set():
                    return
                if info.manifest is None or info.error:
                    continue
                try:
                    checked = backup.BackupInfo(info.path, info.size, backup.read_manifest(info.path), verified=True)
                except SanadError as exc:
                    checked = backup.BackupInfo(info.path, info.size, info.manifest, error=error_text(exc),
                                                verified=True)
                state["verified"][row] = checked
                progress("verified", row)

        _signals, cancel = bd.start_task(
            work, lambda _result, error, mine=token: self._listed(mine, error),
            lambda step, row, mine=token: self._list_progress(mine, state, step, int(row)))
        self._listing = (token, cancel)
        self.destroyed.connect(lambda *_: cancel.set())

    def wait_for_list(self, timeout_ms: int = 20000) -> None:
        """For tests and scripts: process events until every backup in the list is checked."""
        from PySide6.QtCore import QCoreApplication, QElapsedTimer

        timer = QElapsedTimer()
        timer.start()
        while self._listing is not None and timer.elapsed() < timeout_ms:
            QCoreApplication.processEvents()

    def _list_progress(self, token, state: dict, step: str, row: int) -> None:
        if self._listing is None or self._listing[0] is not token:
            return
        if step == "listed":
            self.infos = list(state["infos"] or [])
            self.table.setRowCount(len(self.infos))
            for index, info in enumerate(self.infos):
                self._fill_row(index, info)
            if self.infos:
                select_row(self.table, 0)
        elif step == "verified" and row < len(self.infos):
            self.infos[row] = state["verified"][row]
            self._fill_row(row, self.infos[row])
        self._selection_changed()

    def _listed(self, token, error) -> None:
        if self._listing is None or self._listing[0] is not token:
            return
        self._listing = None
        self.refresh_button.setEnabled(True)
        if error is not None:
            self.folder_error.show_text(bd.problem_text(error))

    def _fill_row(self, row: int, info: backup.BackupInfo) -> None:
        counts = info.counts
        values = [
            bd.when_text(info.created_at) if info.manifest else isolate_ltr(info.path.name),
            bd.size_text(info.size),
        ]
        for name in ("people", "households", "applications", "referrals"):
            values.append(f"{getattr(counts, name):,}" if counts else "—")
        if not info.ok:
            values.append(self.tr("Damaged: %1").replace("%1", info.error))
        elif not info.verified:
            values.append(self.tr("Checking…"))
        elif info.vault_id == self._vault_id():
            values.append(self.tr("Valid"))
        else:
            values.append(self.tr("Valid (another vault)"))
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if 1 < column < 6:
                item.setTextAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight)
            item.setToolTip(str(info.path) if column < 6 else value)
            self.table.setItem(row, column, item)

    def _vault_id(self) -> str:
        if not hasattr(self, "_cached_vault_id"):
            self._cached_vault_id = self.session.vault.keyfile.vault_id
        return self._cached_vault_id

    def selected(self) -> backup.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.infos[rows[0].row()] if rows and rows[0].row() < len(self.infos) else None

    def _selection_changed(self) -> None:
        info = self.selected()
        usable = info is not None and info.ok and info.verified
        self.test_button.setEnabled(usable)
        self.restore_button.setEnabled(usable)

    # ---- test restore and restore --------------------------------------------------------------
    def test_restore(self) -> None:
        info = self.selected()
        if info is None:
            return
        credentials = bd.ask_credentials(self, self.session.user.username)
        if credentials is None:
            return
        dialog = bd.ProgressDialog(
            self, self.tr("Test restore"), self.tr("Checking every checksum, then opening a temporary copy…"),
            lambda progress, cancel: backup.test_restore(info.path, **credentials)).run()
        if dialog.error is not None:
            show_error(self, bd.problem_text(dialog.error))
            return
        result = dialog.result
        bd.show_info(self, self.tr("The backup made %1 is good: every checksum matches and it opens: %2. "
                                   "Nothing was changed.").replace("%1", bd.when_text(info.created_at))
                     .replace("%2", bd.counts_text(result.counts)))

    def restore_other(self) -> None:
        chosen = bd.choose_backup_file(self, self.folder.text().strip())
        if chosen is None:
            return
        try:
            manifest = backup.read_manifest(chosen)
        except SanadError as exc:
            show_error(self, error_text(exc))
            return
        self.restore(backup.BackupInfo(chosen, chosen.stat().st_size, manifest, verified=True))

    def restore(self, info: backup.BackupInfo | None = None) -> None:
        info = info if isinstance(info, backup.BackupInfo) else self.selected()
        if info is None or not info.ok:
            return
        choice = RestoreChoiceDialog(self, info, self.session.vault.path)
        if not choice.exec():
            return
        if choice.replace.isChecked():
            summary = backup.vault_summary(self.session)
            if backup.backup_is_older(info.manifest, summary):
                if not bd.OlderBackupDialog(self, info.manifest, summary).exec():
                    return
            elif not ask(self, self.tr("Replace the vault that is open now with the backup made %1? The current "
                                       "vault is kept aside, and everyone signs in again.")
                         .replace("%1", bd.when_text(info.created_at)),
                         yes=self.tr("Replace the vault"), no=self.tr("Cancel")):
                return
            credentials = bd.ask_credentials(self, self.session.user.username)
            if credentials is None:
                return
            self.replace_requested.emit(info.path, credentials)
            return
        credentials = bd.ask_credentials(self, self.session.user.username)
        if credentials is None:
            return
        result = bd.restore_to_new_file(self, info.path, choice.target_path, credentials)
        if result is not None:
            bd.show_info(self, self.tr("The backup is restored as a new vault %1: %2. Open it with Sanad to "
                                       "look at it; the vault open now is unchanged.")
                         .replace("%1", bd.ltr_run(str(result.path))).replace("%2", bd.counts_text(result.counts)))
