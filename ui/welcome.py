"""When no vault exists yet: create one (the first-run wizard), open the demo, or find a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QProgressDialog, QPushButton, QVBoxLayout

from db.errors import SanadError
from db.session import UserSession
from desktop import paths
from ui.i18n import error_text
from ui.widgets import FieldError


class WelcomeDialog(QDialog):
    def __init__(self, default_path: Path, parent=None) -> None:
        super().__init__(parent)
        self.default_path = default_path
        self.session: UserSession | None = None
        self.chosen_path: Path = default_path
        self.setWindowTitle(self.tr("Welcome to Sanad"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Sanad keeps your office's records in one encrypted vault on this computer. "
            "There is no vault here yet."
        ))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        for name, text, slot in (
            ("createVault", self.tr("Set up a new vault for my office…"), self.create),
            ("openDemo", self.tr("Try the demo vault (synthetic people)"), self.open_demo),
            ("openFile", self.tr("Open an existing vault file…"), self.open_file),
            ("restoreBackup", self.tr("Restore the vault from a backup…"), self.restore_backup),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            layout.addWidget(button)
        self.error = FieldError()
        layout.addWidget(self.error)
        self.resize(480, 220)

    def create(self) -> None:
        from ui.wizard import FirstRunWizard

        paths.ensure(self.default_path.parent)
        wizard = FirstRunWizard(self.default_path, self)
        if wizard.exec() and wizard.session is not None:
            self.session = wizard.session
            self.accept()

    def open_demo(self) -> None:
        from desktop.cli import make_demo

        path = paths.demo_vault()
        if not path.exists():
            progress = QProgressDialog(self.tr("Making the demo vault…"), "", 0, 100, self)
            progress.setCancelButton(None)
            progress.setMinimumDuration(0)

            def step(done: int, total: int) -> None:
                progress.setValue(int(100 * done / max(total, 1)))

            try:
                make_demo(path, 1500, step)
            except SanadError as exc:
                self.error.show_text(error_text(exc))
                return
            finally:
                progress.close()
        self.chosen_path = path
        self.accept()

    def open_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open vault"), str(self.default_path.parent), self.tr("Sanad vaults (*.sanad)"),
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if name:
            self.chosen_path = Path(name)
            self.accept()

    def restore_backup(self) -> None:
        """A new computer: the backup becomes this computer's vault; sign in with the old passwords."""
        from ui.backup_dialogs import restore_on_new_computer

        if restore_on_new_computer(self, self.default_path):
            self.chosen_path = self.default_path
            self.accept()
