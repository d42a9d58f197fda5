"""The backup and restore pieces the window, the start-up and the Backups page share: a worker
thread with a progress dialog (the window never freezes), the password-or-recovery-key prompt,
"restore an older backup over newer data?" side by side, the warning bar with the scheduled
backup, the backup on closing, the quick check on open and the restore offered when the vault is
damaged.

The backup folder is also remembered per computer (machine settings, outside the vault) so a
damaged vault that cannot be opened can still be restored from the newest good backup there."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import backup, backup_schedule
from db.errors import SanadError
from db.i18n import QT_TRANSLATE_NOOP
from db.permissions import Action
from db.session import UserSession
from ui.i18n import error_text
from ui.messages import ask, show_error
from ui.widgets import FieldError, isolate_ltr

log = logging.getLogger("sanad.backups")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


def fill(text: str, *args: object) -> str:
    for number, value in enumerate(args, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def problem_text(exc: BaseException) -> str:
    if isinstance(exc, SanadError):
        return error_text(exc)
    if isinstance(exc, OSError):
        return fill(
            QCoreApplication.translate("Backups", "The file system refused: %1."), exc.strerror or type(exc).__name__
        )
    from ui.errors import friendly_text

    return friendly_text(exc)


# ---- formatting --------------------------------------------------------------------------------
def when_text(when: dt.datetime | None) -> str:
    if when is None:
        return QCoreApplication.translate("Backups", "unknown")
    return ltr_run(when.astimezone().strftime("%Y-%m-%d %H:%M"))


def ltr_run(text: str) -> str:
    """A date or file name kept left to right inside a sentence. In right-to-left text the marks
    around it must be right-to-left ones: with isolate_ltr's left-to-right marks Qt joined the
    number after it ("..., 1.2 MB") to the date and put it before the date in Arabic."""
    if QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return isolate_ltr(text)
    return "\u200f\u202a" + text + "\u202c\u200f"


def size_text(size: int) -> str:
    if size >= 1024**3:
        return fill(QCoreApplication.translate("Backups", "%1 GB"), f"{size / 1024**3:.2f}")
    if size >= 1024**2:
        return fill(QCoreApplication.translate("Backups", "%1 MB"), f"{size / 1024**2:.1f}")
    return fill(QCoreApplication.translate("Backups", "%1 KB"), f"{max(1, size // 1024)}")


def counts_text(counts: backup.Counts | dict | None) -> str:
    if counts is None:
        return "—"
    if isinstance(counts, dict):
        counts = backup.Counts(
            **{k: int(counts.get(k, 0)) for k in ("people", "households", "applications", "referrals")}
        )
    return fill(
        QCoreApplication.translate("Backups", "%1 people, %2 households, %3 applications, %4 referrals"),
        f"{counts.people:,}",
        f"{counts.households:,}",
        f"{counts.applications:,}",
        f"{counts.referrals:,}",
    )


# ---- the folder, remembered outside the vault --------------------------------------------------
def _folder_key(vault_path: Path) -> str:
    digest = hashlib.sha256(str(Path(vault_path).absolute()).encode("utf-8")).hexdigest()[:16]
    return f"backup/folder-{digest}"


def remember_folder(vault_path: Path, folder: str) -> None:
    from desktop.app import machine_settings

    if folder:
        machine_settings().setValue(_folder_key(vault_path), folder)


def remembered_folder(vault_path: Path) -> str:
    from desktop.app import machine_settings

    return str(machine_settings().value(_folder_key(vault_path), "") or "")


# ---- a worker thread with a progress dialog ----------------------------------------------------
class _Signals(QObject):
    progress = Signal(str, float)
    finished = Signal(object, object)


def _emit(signal, *args) -> None:
    try:
        signal.emit(*args)
    except RuntimeError:  # the receiver is gone (the window locked or closed meanwhile)
        pass


_LIVE: set[_Signals] = set()


def start_task(
    fn: Callable[[Callable[[str, float], None], threading.Event], Any],
    finished: Callable[[Any, BaseException | None], None] | None = None,
    progress: Callable[[str, float], None] | None = None,
) -> tuple[_Signals, threading.Event]:
    """`fn(progress, cancel)` in a daemon thread (so closing the app never waits for it); its
    progress and its result or exception arrive as queued signals in the GUI thread. The slots are
    connected before the thread starts, so a quick answer is never lost."""
    signals = _Signals()
    cancel = threading.Event()
    if finished is not None:
        signals.finished.connect(finished)
    if progress is not None:
        signals.progress.connect(progress)
    # Held here until its answer is delivered: a sender deleted first takes its queued signals with it.
    _LIVE.add(signals)
    signals.finished.connect(lambda *_: _LIVE.discard(signals))

    def run() -> None:
        try:
            result, error = fn(lambda step, fraction: _emit(signals.progress, step, fraction), cancel), None
        except BaseException as exc:  # handed to the GUI thread, which shows it
            result, error = None, exc
        _emit(signals.finished, result, error)

    threading.Thread(target=run, daemon=True, name="sanad-backup").start()
    return signals, cancel


STEP_TEXT = {
    "copy": QT_TRANSLATE_NOOP("Backups", "Copying the vault (it stays encrypted)…"),
    "verify": QT_TRANSLATE_NOOP("Backups", "Checking the copy…"),
    "write": QT_TRANSLATE_NOOP("Backups", "Writing the backup file…"),
    "done": QT_TRANSLATE_NOOP("Backups", "Done."),
}


class ProgressDialog(QDialog):
    """Runs `fn(progress, cancel)` in a worker; `result` / `error` when it ends. With
    `stop_text` a button stops it (`leave_on_stop`: close at once, not waiting for the worker)."""

    def __init__(
        self, parent: QWidget | None, title: str, text: str, fn, *, stop_text: str = "", leave_on_stop: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupProgress")
        self.setWindowTitle(title)
        self.setModal(True)
        self.fn, self.leave_on_stop = fn, leave_on_stop
        self.result: Any = None
        self.error: BaseException | None = None
        self.stopped = False
        self.finished_work = False
        layout = QVBoxLayout(self)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the first progress report
        layout.addWidget(self.bar)
        self.stop_button = QPushButton(stop_text or QCoreApplication.translate("Backups", "Stop"))
        self.stop_button.setObjectName("stopButton")
        self.stop_button.setVisible(bool(stop_text))
        self.stop_button.clicked.connect(self.stop)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.stop_button)
        layout.addLayout(row)
        self.resize(460, 140)
        self._stop_allowed = bool(stop_text)
        QTimer.singleShot(0, self._start)

    def _start(self) -> None:
        self.signals, self.cancel = start_task(self.fn, self._finished, self._progress)

    def _progress(self, step: str, fraction: float) -> None:
        self.bar.setRange(0, 100)
        self.bar.setValue(int(round(fraction * 100)))
        if step in STEP_TEXT:
            self.label.setText(_tr(STEP_TEXT[step]))

    def _finished(self, result, error) -> None:
        self.result, self.error, self.finished_work = result, error, True
        if isinstance(error, backup.BackupCancelled):
            self.stopped = True
        if self.isVisible() or not self.stopped:
            self.done(QDialog.DialogCode.Accepted)

    def stop(self) -> None:
        if not self._stop_allowed or self.finished_work:
            return
        self.stopped = True
        cancel = getattr(self, "cancel", None)
        if cancel is not None:
            cancel.set()
        if self.leave_on_stop:
            self.done(QDialog.DialogCode.Rejected)
        else:
            self.stop_button.setEnabled(False)
            self.label.setText(QCoreApplication.translate("Backups", "Stopping after the current step…"))

    def reject(self) -> None:  # Escape or the window's close button: stop, never just vanish
        self.stop()

    def run(self) -> ProgressDialog:
        self.exec()
        return self


# ---- the password or recovery key of a backup -------------------------------------------------
class CredentialsDialog(QDialog):
    """User name and password of the backup (the passwords at the time it was made), or the
    recovery key instead."""

    def __init__(self, parent: QWidget | None, *, username: str = "", intro: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("backupCredentials")
        self.setWindowTitle(self.tr("Open the backup"))
        layout = QVBoxLayout(self)
        label = QLabel(
            intro
            or self.tr(
                "A backup opens with the user name and password it had when it was made, or with the "
                "vault's recovery key."
            )
        )
        label.setWordWrap(True)
        layout.addWidget(label)
        form = QFormLayout()
        self.username = QLineEdit(username)
        self.username.setObjectName("backupUsername")
        self.password = QLineEdit()
        self.password.setObjectName("backupPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        self.use_recovery = QCheckBox(self.tr("Use the recovery key instead"))
        self.use_recovery.setObjectName("useRecoveryKey")
        form.addRow(self.use_recovery)
        self.recovery = QLineEdit()
        self.recovery.setObjectName("backupRecoveryKey")
        self.recovery.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.recovery.setEnabled(False)
        form.addRow(self.tr("Recovery key"), self.recovery)
        layout.addLayout(form)
        self.error = FieldError()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.use_recovery.toggled.connect(self._toggle)
        (self.password if username else self.username).setFocus()
        self.resize(480, 240)

    def _toggle(self, on: bool) -> None:
        self.recovery.setEnabled(on)
        self.username.setEnabled(not on)
        self.password.setEnabled(not on)
        (self.recovery if on else self.password).setFocus()

    def _check(self) -> None:
        if self.use_recovery.isChecked():
            if not self.recovery.text().strip():
                self.error.show_text(self.tr("Enter the recovery key."))
                return
        elif not self.username.text().strip() or not self.password.text():
            self.error.show_text(self.tr("Enter the user name and the password."))
            return
        self.accept()

    def credentials(self) -> dict:
        """For restore_backup / test_restore; the password leaves the field as a bytearray."""
        if self.use_recovery.isChecked():
            value = {"recovery_key": self.recovery.text().strip()}
            self.recovery.clear()
            return value
        value = {"username": self.username.text().strip(), "password": bytearray(self.password.text().encode("utf-8"))}
        self.password.clear()
        return value


def ask_credentials(parent: QWidget | None, username: str = "", intro: str = "") -> dict | None:
    dialog = CredentialsDialog(parent, username=username, intro=intro)
    return dialog.credentials() if dialog.exec() else None


# ---- "restore an older backup over newer data?" ------------------------------------------------
class OlderBackupDialog(QDialog):
    """Both sides: the backup's date and counts against the vault's last change and counts. The
    safe answer (keep the vault) is the default."""

    def __init__(self, parent: QWidget | None, manifest: dict, summary: backup.VaultSummary) -> None:
        super().__init__(parent)
        self.setObjectName("olderBackupDialog")
        self.setWindowTitle(self.tr("Restore an older backup?"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The vault has changed since this backup was made. Restoring it replaces the vault with "
                "the older data: the changes made after the backup will no longer be in the vault (the "
                "current vault is kept aside, not deleted)."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        backup_counts = backup.Counts.from_manifest(manifest)
        made = backup._parse_time(manifest.get("created_at"))
        heads = (self.tr("The backup"), self.tr("The vault now"))
        for column, head in enumerate(heads, start=1):
            label = QLabel(head)
            label.setStyleSheet("font-weight: bold;")
            grid.addWidget(label, 0, column)
        rows = [
            (
                self.tr("Date"),
                self.tr("made %1").replace("%1", when_text(made)),
                self.tr("last change %1").replace("%1", when_text(summary.last_change)),
            ),
        ]
        names = (
            ("people", self.tr("People")),
            ("households", self.tr("Households")),
            ("applications", self.tr("Applications")),
            ("referrals", self.tr("Referrals")),
        )
        for name, title in names:
            old = getattr(backup_counts, name) if backup_counts else None
            now = getattr(summary.counts, name)
            rows.append((title, "—" if old is None else f"{old:,}", f"{now:,}"))
        self.cells: dict[tuple[int, int], QLabel] = {}
        for row, values in enumerate(rows, start=1):
            for column, value in enumerate(values):
                label = QLabel(value)
                label.setObjectName(f"cell_{row}_{column}")
                if self.isRightToLeft():  # a label of digits only is laid out left to right: keep it on the right
                    label.setAlignment(Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignRight
                                       | Qt.AlignmentFlag.AlignVCenter)
                if column and row > 1 and values[1] != values[2]:
                    label.setStyleSheet("color: #b00020; font-weight: bold;" if column == 1 else "")
                self.cells[(row, column)] = label
                grid.addWidget(label, row, column)
        layout.addLayout(grid)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(
            self.tr("Restore the older backup"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restoreOlder")
        self.keep_button = buttons.addButton(self.tr("Keep the vault as it is"), QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_button.setObjectName("keepVault")
        self.keep_button.setDefault(True)
        self.keep_button.setFocus()
        self.restore_button.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # QDialogButtonBox makes the accept button the default when shown: the safe answer wins.
        super().showEvent(event)
        self.restore_button.setDefault(False)
        self.keep_button.setDefault(True)
        self.keep_button.setFocus()


# ---- restoring --------------------------------------------------------------------------------
def restore_to_new_file(
    parent: QWidget | None, backup_path: Path, target: Path, credentials: dict
) -> backup.RestoreResult | None:
    """Restore into a new vault file (never over an existing one); errors shown. None if failed."""
    dialog = ProgressDialog(
        parent,
        QCoreApplication.translate("Backups", "Restoring"),
        QCoreApplication.translate("Backups", "Checking the backup and opening it…"),
        lambda progress, cancel: backup.restore_backup(backup_path, target, **credentials),
    ).run()
    if dialog.error is not None:
        show_error(parent, problem_text(dialog.error))
        return None
    return dialog.result


def choose_backup_file(parent: QWidget | None, folder: str = "") -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Backups", "Choose a backup"),
        folder,
        QCoreApplication.translate("Backups", "Sanad backups (*.sanadbak)"),
        options=QFileDialog.Option.DontUseNativeDialog,
    )
    return Path(name) if name else None


def restore_on_new_computer(parent: QWidget | None, target: Path) -> bool:
    """From the welcome screen (no vault here): pick a backup, give a password or the recovery
    key, and it becomes this computer's vault; everyone then signs in with their old password."""
    chosen = choose_backup_file(parent)
    if chosen is None:
        return False
    credentials = ask_credentials(parent)
    if credentials is None:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    result = restore_to_new_file(parent, chosen, target, credentials)
    if result is None:
        return False
    show_info(
        parent,
        fill(
            QCoreApplication.translate(
                "Backups", "The backup made %1 is restored: %2. Sign in with your usual password."
            ),
            when_text(backup._parse_time(result.manifest.get("created_at"))),
            counts_text(result.counts),
        ),
    )
    return True


def show_info(parent: QWidget | None, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setObjectName("backupInfo")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("Messages", "Sanad"))
    box.setText(text)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()


def replace_vault_in_place(
    parent: QWidget | None, vault_path: Path, backup_path: Path, credentials: dict
) -> backup.RestoreResult | None:
    """The vault is closed (no Sanad holds it): restore over it, keeping it aside. Errors shown."""
    dialog = ProgressDialog(
        parent,
        QCoreApplication.translate("Backups", "Restoring"),
        QCoreApplication.translate("Backups", "Checking the backup and opening it…"),
        lambda progress, cancel: backup.restore_backup(backup_path, vault_path, replace=True, **credentials),
    ).run()
    if dialog.error is not None:
        show_error(parent, problem_text(dialog.error))
        return None
    result = dialog.result
    show_info(
        parent,
        fill(
            QCoreApplication.translate(
                "Backups",
                "The backup made %1 is restored: %2. The vault that was there is kept as %3. "
                "Sign in again with the passwords the backup had.",
            ),
            when_text(backup._parse_time(result.manifest.get("created_at"))),
            counts_text(result.counts),
            ltr_run(result.kept_aside.name if result.kept_aside else "—"),
        ),
    )
    return result


def replace_current_vault(controller, backup_path: Path, credentials: dict) -> bool:
    """Restore over the vault that is open: lock and close it (so its lock is free), restore
    (the old one kept aside), then open whichever vault is in place and show the sign-in."""
    from db.vault import Vault

    path = controller.vault.path
    username = controller.session.user.username if controller.session else ""
    parent = controller.window
    controller.lock()
    controller.vault.close()
    result = replace_vault_in_place(parent, path, backup_path, credentials)
    try:
        vault = Vault.open(path)
    except SanadError as exc:
        show_error(parent, error_text(exc))
        QTimer.singleShot(0, controller.app.quit)
        return False
    controller.reopen(vault, username)
    return result is not None


# ---- the quick check on open and the damaged vault ---------------------------------------------
def quick_check_with_progress(parent: QWidget | None, session: UserSession) -> list[str]:
    dialog = ProgressDialog(
        parent,
        QCoreApplication.translate("Backups", "Sanad"),
        QCoreApplication.translate("Backups", "Checking the vault…"),
        lambda progress, cancel: backup.quick_check(session.vault),
    ).run()
    if dialog.error is not None:
        return [type(dialog.error).__name__]
    return dialog.result or []


def folders_to_search(vault_path: Path, session: UserSession | None = None) -> list[str]:
    folders = []
    if session is not None:
        try:
            folders.append(backup_schedule.get_backup_settings(session).folder)
            last = backup_schedule.last_good_backup(session)
            if last is not None:
                folders.append(last.folder)
        except Exception:  # a damaged vault may not answer
            pass
    folders.append(remembered_folder(vault_path))
    return [f for i, f in enumerate(folders) if f and f not in folders[:i]]


def offer_restore_for_damaged(
    parent: QWidget | None,
    vault_path: Path,
    vault_id: str | None,
    problem: str,
    folders: list[str],
    before_replace: Callable[[], None] | None = None,
) -> bool:
    """The vault is damaged. Find the newest good backup in the backup folder(s) and offer it.
    Returns True when the vault was replaced by it (the damaged one kept aside).
    `before_replace` runs once the user has said yes (it closes the vault: no Sanad may hold it)."""
    found = None
    for folder in folders:
        dialog = ProgressDialog(
            parent,
            QCoreApplication.translate("Backups", "Sanad"),
            QCoreApplication.translate("Backups", "Looking for the newest good backup…"),
            lambda progress, cancel, folder=folder: backup.newest_good_backup(folder, vault_id),
        )
        dialog.run()
        if dialog.result is not None:
            found = dialog.result
            break
    if found is None:
        text = fill(
            QCoreApplication.translate(
                "Backups",
                "The vault is damaged (%1). No good backup of it was found in the backup folder. "
                "Choose a backup file to restore, or close Sanad and ask for help.",
            ),
            problem,
        )
        if not ask(
            parent,
            text,
            yes=QCoreApplication.translate("Backups", "Choose a backup file…"),
            no=QCoreApplication.translate("Backups", "Not now"),
        ):
            return False
        chosen = choose_backup_file(parent)
        if chosen is None:
            return False
        try:
            manifest = backup.read_manifest(chosen)
        except SanadError as exc:
            show_error(parent, error_text(exc))
            return False
        found = backup.BackupInfo(chosen, chosen.stat().st_size, manifest, verified=True)
    else:
        text = fill(
            QCoreApplication.translate(
                "Backups",
                "The vault is damaged (%1). The newest good backup is from %2 (%3), in %4. Restore it? "
                "The damaged vault is kept aside, not deleted.",
            ),
            problem,
            when_text(found.created_at),
            counts_text(found.counts),
            ltr_run(str(found.path.parent)),
        )
        if not ask(
            parent,
            text,
            yes=QCoreApplication.translate("Backups", "Restore the backup"),
            no=QCoreApplication.translate("Backups", "Not now"),
        ):
            return False
    credentials = ask_credentials(parent)
    if credentials is None:
        return False
    if before_replace is not None:
        before_replace()
    return replace_vault_in_place(parent, vault_path, found.path, credentials) is not None


def _vault_id_of(vault_path: Path) -> str | None:
    """The vault id from its key file (readable without the key), when the key file is there."""
    from db.keyfile_paths import keys_path_for
    from db.keyslots import KeyFile

    try:
        return KeyFile.load(keys_path_for(vault_path), vault_path).vault_id
    except Exception:
        return None


def offer_restore_if_damaged(parent: QWidget | None, vault_path: Path, exc: BaseException) -> bool:
    """The vault would not open because the file is damaged (not a wrong password): offer the
    newest good backup from the folder remembered on this computer. True when one is in place."""
    from db.errors import VaultDamaged

    if not isinstance(exc, VaultDamaged):
        return False
    return offer_restore_for_damaged(
        parent, vault_path, _vault_id_of(vault_path), error_text(exc), folders_to_search(vault_path)
    )


def sign_in(vault):
    """The sign-in window; when the right password meets a damaged vault, offer a restore and
    sign in again (to the restored vault). Returns the session, or None (the vault is then closed)."""
    from db.vault import Vault
    from ui.login import LoginDialog

    while True:
        login = LoginDialog(vault)
        damaged: list[BaseException] = []

        def on_damaged(exc, login=login, damaged=damaged) -> None:
            damaged.append(exc)
            login.done(2)

        login.form.damaged.connect(on_damaged)
        login.exec()
        if login.session is not None:
            return login.session
        path = vault.path
        vault.close()
        if not damaged:
            return None
        # Restored or not, the sign-in shows again (Cancel there closes Sanad).
        offer_restore_if_damaged(None, path, damaged[0])
        try:
            vault = Vault.open(path)
        except SanadError as exc:
            show_error(None, error_text(exc))
            return None


def check_on_open(session: UserSession) -> UserSession | None:
    """The quick check after signing in. A damaged vault: offer the newest good backup; after a
    restore everyone signs in again (the restored vault is checked too). None: give up."""
    from db.vault import Vault

    while True:
        problems = quick_check_with_progress(None, session)
        if not problems:
            return session
        vault = session.vault
        path = vault.path
        log.warning("quick check on open found %d problems", len(problems))
        problem = QCoreApplication.translate("Backups", "%1 damaged pages").replace("%1", str(len(problems)))
        vault_id = _vault_id_of(path)
        folders = folders_to_search(path, session)
        closed = []

        def close(vault=vault, session=session, closed=closed) -> None:
            session.lock()
            vault.close()
            closed.append(True)

        if not offer_restore_for_damaged(None, path, vault_id, problem, folders, before_replace=close):
            if closed:  # the restore failed after the vault was closed: it is still the damaged one
                vault = Vault.open(path)
                return sign_in(vault)
            show_error(
                None,
                QCoreApplication.translate(
                    "Backups",
                    "Sanad opens the damaged vault as it is. Make no changes you cannot repeat, "
                    "copy out what you need, and restore a backup as soon as you can.",
                ),
            )
            return session
        session = sign_in(Vault.open(path))
        if session is None:
            return None


# ---- the main window: warning bar, scheduled backup, backup on closing -------------------------
class BackupStatusBar(QFrame):
    """A yellow bar over the pages when the last good backup is older than the limit (or there is
    none), or the vault is on a network share; it also makes the daily backup when it is due."""

    backup_made = Signal(object)
    CHECK_MS = 60_000

    def __init__(
        self,
        session: UserSession,
        parent: QWidget | None = None,
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        super().__init__(parent)
        self.session, self.clock = session, clock
        self.setObjectName("backupWarning")
        self.setStyleSheet(
            "QFrame#backupWarning { background: #fff3cd; border: 1px solid #e0c36a; }"
            " QFrame#backupWarning QLabel { color: #664d03; }"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel()
        self.label.setObjectName("backupWarningText")
        self.label.setWordWrap(True)
        row.addWidget(self.label, 1)
        self.button = QPushButton(self.tr("Back up now"))
        self.button.setObjectName("backupNowBar")
        self.button.clicked.connect(self.back_up_now)
        self.button.setVisible(session.may(Action.BACKUP))
        row.addWidget(self.button)
        self.network = backup.network_share(session.vault.path)
        self.running = False
        self.last_error = ""
        self.timer = QTimer(self)
        self.timer.setInterval(self.CHECK_MS)
        self.timer.timeout.connect(self.check_schedule)
        if session.may(Action.BACKUP):
            self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        try:
            settings = backup_schedule.get_backup_settings(self.session)
            last = backup_schedule.last_good_backup(self.session)
        except Exception:  # locked meanwhile
            return
        remember_folder(self.session.vault.path, settings.folder)
        texts = []
        if self.network:
            texts.append(
                self.tr(
                    "This vault is on a network share. SQLite files on a network share can be "
                    "damaged when the connection drops: keep the vault on this computer's own "
                    "disk and put only the backups on the share."
                )
            )
        if self.last_error:
            texts.append(self.last_error)
        if backup_schedule.stale(settings, last, self.clock()):
            if last is None:
                texts.append(self.tr("No backup of this vault has been made yet."))
            else:
                days = max(1, (self.clock() - last.at).days)
                texts.append(
                    self.tr("The last good backup is %1 days old (%2).")
                    .replace("%1", str(days))
                    .replace("%2", when_text(last.at))
                )
        self.label.setText(" ".join(texts))
        self.setVisible(bool(texts))

    def back_up_now(self) -> None:
        window = self.window()
        if hasattr(window, "show_page") and window.pages is not None and "backups" in window.page_keys():
            page = window.show_page("backups")
            page.back_up_now()
            return

    def check_schedule(self) -> None:
        """Start the daily backup in the background when it is due (never two at once)."""
        if self.running:
            return
        try:
            settings = backup_schedule.get_backup_settings(self.session)
            last = backup_schedule.last_good_backup(self.session)
        except Exception:
            return
        if not backup_schedule.backup_due(settings, last, self.clock()):
            return
        self.running = True
        session = self.session
        self._signals, self._cancel = start_task(
            lambda progress, cancel: backup_schedule.run_backup(session, cancel=cancel), self._scheduled_done
        )

    def _scheduled_done(self, outcome, error) -> None:
        self.running = False
        if error is not None:
            self.last_error = self.tr("The scheduled backup failed: %1").replace("%1", problem_text(error))
            log.warning("scheduled backup failed: %s", type(error).__name__)
        else:
            self.last_error = ""
            from ui.messages import notify

            notify(self, self.tr("Backup made: %1.").replace("%1", size_text(outcome.result.size)), 8000)
            self.backup_made.emit(outcome)
        self.refresh()


def backup_on_close(parent: QWidget | None, session: UserSession | None) -> None:
    """If the office wants a backup when Sanad closes (and something changed since the last one):
    make it with a progress dialog the user may skip. Never raises; never waits after Skip."""
    if session is None or not session.may(Action.BACKUP):
        return
    try:
        settings = backup_schedule.get_backup_settings(session)
        if not settings.on_close or not settings.folder:
            return
        last = backup_schedule.last_good_backup(session)
        summary = backup.vault_summary(session)
        if not backup_schedule.changed_since(last, summary):
            return  # nothing changed since the last good backup
    except Exception:
        return
    dialog = ProgressDialog(
        parent,
        QCoreApplication.translate("Backups", "Backing up before closing"),
        fill(
            QCoreApplication.translate("Backups", "Making the backup in %1 before Sanad closes…"),
            ltr_run(settings.folder),
        ),
        lambda progress, cancel: backup_schedule.run_backup(session, progress=progress, cancel=cancel),
        stop_text=QCoreApplication.translate("Backups", "Skip this time"),
        leave_on_stop=True,
    ).run()
    if dialog.error is not None and not dialog.stopped:
        show_error(
            parent,
            fill(QCoreApplication.translate("Backups", "The backup on closing failed: %1"), problem_text(dialog.error)),
        )
