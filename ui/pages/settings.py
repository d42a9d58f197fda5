"""Office settings, built from the declaration in db/office.py."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from db import office
from db.errors import SanadError, ValidationError
from db.permissions import Action
from db.session import UserSession
from ui.i18n import error_text
from ui.messages import notify
from ui.widgets import FieldError


class SettingsPage(QWidget):
    language_changed = Signal(str)
    idle_changed = Signal(int)
    settings_saved = Signal(dict)

    def __init__(self, session: UserSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        editable = session.may(Action.EDIT_SETTINGS)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, FieldError] = {}
        values = office.get_settings(session)
        for spec in office.SETTINGS:
            label = QCoreApplication.translate("Settings", spec.label)
            if spec.kind == "int":
                editor = QSpinBox()
                editor.setRange(spec.minimum or 0, spec.maximum or 10_000)
                editor.setValue(int(values[spec.key]))
            elif spec.kind == "choice":
                editor = QComboBox()
                for value, text in spec.choices:
                    editor.addItem(text, value)
                editor.setCurrentIndex(max(0, editor.findData(values[spec.key])))
            elif spec.kind == "bool":
                editor = QCheckBox()
                editor.setChecked(bool(values[spec.key]))
            elif spec.kind == "multiline":
                editor = QPlainTextEdit(values[spec.key])
                editor.setFixedHeight(70)
            else:
                editor = QLineEdit(values[spec.key])
            if spec.key.endswith("_en"):
                editor.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            elif spec.key.endswith("_ar"):
                editor.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            editor.setObjectName(spec.key)
            editor.setEnabled(editable)
            self.editors[spec.key] = editor
            form.addRow(label, editor)
            error = FieldError()
            self.errors[spec.key] = error
            form.addRow(error)

        logo_row = QHBoxLayout()
        self.logo_label = QLabel(self.tr("No logo"))
        self.logo_label.setFixedHeight(64)
        logo_row.addWidget(self.logo_label, 1)
        change_logo = QPushButton(self.tr("Change logo…"))
        change_logo.setEnabled(editable)
        change_logo.clicked.connect(self._choose_logo)
        logo_row.addWidget(change_logo)
        form.addRow(self.tr("Logo"), logo_row)
        self.logo_error = FieldError()
        form.addRow(self.logo_error)
        self._show_logo()

        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.setObjectName("saveSettings")
        self.save_button.setEnabled(editable)
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        if not editable:
            layout.addWidget(QLabel(self.tr("Only an administrator can change these settings.")))
        layout.addStretch(1)

    def _show_logo(self) -> None:
        logo = office.get_logo(self.session)
        pixmap = QPixmap()
        if logo and pixmap.loadFromData(logo[1]):
            self.logo_label.setPixmap(pixmap.scaledToHeight(60, Qt.TransformationMode.SmoothTransformation))

    def _choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose logo"), "", self.tr("Pictures (*.png *.jpg *.jpeg)"),
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if not name:
            return
        data = Path(name).read_bytes()
        if not QPixmap().loadFromData(data):
            self.logo_error.show_text(self.tr("This file is not a picture Sanad can read."))
            return
        mime = "image/png" if data.startswith(b"\x89PNG") else "image/jpeg"
        try:
            office.set_logo(self.session, mime, data)
        except SanadError as exc:
            self.logo_error.show_text(error_text(exc))
            return
        self.logo_error.show_text("")
        self._show_logo()

    def _value(self, editor: QWidget):
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QSpinBox):
            return editor.value()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        return editor.text()

    def save(self) -> None:
        before = office.get_settings(self.session)
        changes = {key: self._value(editor) for key, editor in self.editors.items()}
        for error in self.errors.values():
            error.show_text("")
        try:
            after = office.save_settings(self.session, changes)
        except ValidationError as exc:
            self.errors.get(exc.field, next(iter(self.errors.values()))).show_text(error_text(exc))
            return
        except SanadError as exc:
            self.errors["office_name_ar"].show_text(error_text(exc))
            return
        notify(self, self.tr("Settings saved."))
        self.settings_saved.emit(after)
        if after["idle_lock_minutes"] != before["idle_lock_minutes"]:
            self.idle_changed.emit(after["idle_lock_minutes"])
        if after["language"] != before["language"]:
            self.language_changed.emit(after["language"])
