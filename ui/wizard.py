"""First run: office names and logo, the administrator, and the recovery key shown once.
Nothing is written until Finish; the vault then appears complete or not at all."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from db import locations
from db.errors import SanadError, ValidationError
from db.keyslots import encode_recovery_key
from db.secrets import MasterKey
from db.session import UserSession
from db.users import validate_username
from db.vault import Vault
from ui.i18n import current_language, error_text
from ui.widgets import FieldError, NewPasswordFields


def key_for_display(recovery_key: str) -> str:
    """Four groups a line, so a group is never broken across lines."""
    groups = recovery_key.split("-")
    return "\n".join("-".join(groups[i : i + 4]) for i in range(0, len(groups), 4))


class OfficePage(QWizardPage):
    def __init__(self, vault_path: Path) -> None:
        super().__init__()
        self.setTitle(self.tr("Your office"))
        self.setSubTitle(self.tr("These names appear on every screen and on letters. You can change them later."))
        form = QFormLayout(self)
        self.name_ar = QLineEdit()
        self.name_ar.setObjectName("officeNameAr")
        self.name_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.name_en = QLineEdit()
        self.name_en.setObjectName("officeNameEn")
        self.name_en.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        form.addRow(self.tr("Office name in Arabic"), self.name_ar)
        form.addRow(self.tr("Office name in English"), self.name_en)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("العربية", "ar")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if current_language() == "ar" else 1)
        form.addRow(self.tr("Language of the office"), self.language)

        logo_row = QHBoxLayout()
        self.logo_preview = QLabel(self.tr("No logo"))
        self.logo_preview.setFixedHeight(64)
        choose = QPushButton(self.tr("Choose logo…"))
        choose.clicked.connect(self._choose_logo)
        logo_row.addWidget(self.logo_preview, 1)
        logo_row.addWidget(choose)
        form.addRow(self.tr("Logo (PNG or JPEG)"), logo_row)
        self.logo: tuple[str, bytes] | None = None

        self.path_edit = QLineEdit(str(vault_path))
        self.path_edit.setObjectName("vaultPath")
        self.path_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        form.addRow(self.tr("Vault file"), self.path_edit)
        self.error = FieldError()
        form.addRow(self.error)
        self.name_ar.textChanged.connect(self.completeChanged)
        self.name_en.textChanged.connect(self.completeChanged)

    def _choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose logo"), "", self.tr("Pictures (*.png *.jpg *.jpeg)"),
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if name:
            self.set_logo_file(Path(name))

    def set_logo_file(self, path: Path) -> None:
        data = path.read_bytes()
        pixmap = QPixmap()
        if len(data) > 2 * 1024 * 1024 or not pixmap.loadFromData(data):
            self.error.show_text(self.tr("The logo must be a PNG or JPEG picture smaller than 2 MB."))
            return
        self.error.show_text("")
        mime = "image/png" if data.startswith(b"\x89PNG") else "image/jpeg"
        self.logo = (mime, data)
        self.logo_preview.setPixmap(pixmap.scaledToHeight(60, Qt.TransformationMode.SmoothTransformation))

    def isComplete(self) -> bool:
        return bool(self.name_ar.text().strip() or self.name_en.text().strip())

    def validatePage(self) -> bool:
        path = Path(self.path_edit.text().strip()).expanduser()
        if path.exists():
            self.error.show_text(self.tr("A file already exists there. Choose another name or folder."))
            return False
        parent = path.parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass
        if not parent.is_dir() or not os.access(parent, os.W_OK):
            self.error.show_text(self.tr("Sanad cannot write in that folder."))
            return False
        self.error.show_text("")
        return True


class AdminPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The administrator"))
        self.setSubTitle(self.tr(
            "The administrator adds the other users and changes settings. Choose a password of at "
            "least 10 characters that nobody else knows."
        ))
        form = QFormLayout(self)
        self.username = QLineEdit("admin")
        self.username.setObjectName("adminUsername")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("adminFullName")
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.full_name)
        self.username_error = FieldError()
        form.addRow(self.username_error)
        self.password = NewPasswordFields()
        form.addRow(self.password)
        self.secret: bytearray | None = None

    def validatePage(self) -> bool:
        try:
            validate_username(self.username.text())
        except ValidationError as exc:
            self.username_error.show_text(error_text(exc))
            return False
        self.username_error.show_text("")
        self.secret = self.password.value(self.username.text())
        return self.secret is not None


class RecoveryPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The recovery key"))
        self.setSubTitle(self.tr(
            "If every password is forgotten or the key file is lost, only this key opens the vault. "
            "It is shown once. Print it or write it down, and keep it in a safe."
        ))
        layout = QVBoxLayout(self)
        self.key_label = QLabel()
        self.key_label.setObjectName("recoveryKeyLabel")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setStyleSheet("font-family: monospace; font-size: 15pt; padding: 12px; border: 1px solid #888;")
        layout.addWidget(self.key_label)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print the recovery sheet…"))
        self.print_button.setObjectName("printRecovery")
        self.copy_button = QPushButton(self.tr("Copy (cleared after 10 seconds)"))
        self.copy_button.setObjectName("copyRecovery")
        buttons.addWidget(self.print_button, 1)
        buttons.addWidget(self.copy_button)
        layout.addLayout(buttons)
        self.confirm = QCheckBox(self.tr("I have printed or written down the recovery key and will keep it safe."))
        self.confirm.setObjectName("confirmRecovery")
        self.confirm.toggled.connect(self.completeChanged)
        layout.addWidget(self.confirm)
        self.error = FieldError()
        layout.addWidget(self.error)
        layout.addStretch(1)

    def isComplete(self) -> bool:
        return self.confirm.isChecked()


class FirstRunWizard(QWizard):
    def __init__(self, vault_path: Path, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up Sanad"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.office = OfficePage(vault_path)
        self.admin = AdminPage()
        self.recovery = RecoveryPage()
        self.addPage(self.office)
        self.addPage(self.admin)
        self.addPage(self.recovery)
        self.session: UserSession | None = None
        self._key: MasterKey | None = None
        self.recovery_key = ""
        self.sheet_printed = False
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("Back")),
            (QWizard.WizardButton.NextButton, self.tr("Next")),
            (QWizard.WizardButton.FinishButton, self.tr("Create the vault")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
        ):
            self.setButtonText(button, text)
        self.currentIdChanged.connect(self._entered)
        self.recovery.print_button.clicked.connect(self._print)
        self.recovery.copy_button.clicked.connect(self._copy)
        self.resize(640, 480)

    def _entered(self, page_id: int) -> None:
        if self.page(page_id) is self.recovery and self._key is None:
            self._key = MasterKey(os.urandom(32))
            self.recovery_key = encode_recovery_key(self._key)
            self.recovery.key_label.setText(key_for_display(self.recovery_key))

    def _print(self) -> None:
        from ui.recovery_sheet import print_sheet

        office = self.office.name_ar.text().strip() or self.office.name_en.text().strip()
        if print_sheet(self, self.recovery_key, office, self.office.path_edit.text()):
            self.sheet_printed = True  # audited once the vault exists

    def _copy(self) -> None:
        from ui.clipboard import copy_sensitive

        copy_sensitive(self.recovery_key)

    def vault_path(self) -> Path:
        return Path(self.office.path_edit.text().strip()).expanduser()

    def accept(self) -> None:
        assert self._key is not None and self.admin.secret is not None
        try:
            self.session, _ = Vault.create(
                self.vault_path(),
                admin_username=self.admin.username.text(),
                admin_password=self.admin.secret,
                admin_full_name=self.admin.full_name.text(),
                office_name_ar=self.office.name_ar.text(),
                office_name_en=self.office.name_en.text(),
                language=self.office.language.currentData(),
                logo=self.office.logo,
                master_key=self._key,
            )
        except SanadError as exc:
            self.recovery.error.show_text(error_text(exc))
            return
        try:
            # Districts and sub-districts to choose from on the first day (db/locations.py).
            locations.install_shipped(self.session)
        except SanadError:
            pass  # the office can still import its place table on the Places page
        self._key.wipe()
        self.recovery_key = ""
        self.recovery.key_label.clear()
        if self.sheet_printed:
            self.session.audit("print", details={"document": "recovery_sheet"})
        super().accept()

    def reject(self) -> None:
        if self._key is not None:
            self._key.wipe()
        super().reject()
