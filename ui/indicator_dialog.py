"""Add or change one indicator definition: what it counts, which date places a record in the period,
a few conditions chosen from lists (never typed SQL), and an optional breakdown."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db import indicators
from db.errors import SanadError, ValidationErrors
from db.indicators import Condition, IndicatorDef
from db.session import UserSession
from ui.i18n import current_language, error_text
from ui.messages import show_error
from ui.widgets import FieldError


def _ind(text: str) -> str:
    return QCoreApplication.translate("Indicators", text)


def choice_label(code: str, en: str, ar: str) -> str:
    if current_language() == "ar" and ar:
        return ar
    translated = QCoreApplication.translate("Choices", en) if en else ""
    return translated or en or code


class ConditionRow(QWidget):
    """One condition: field, how to compare, and the values ticked in a list."""

    def __init__(self, dialog: IndicatorDialog, condition: Condition | None = None) -> None:
        super().__init__()
        self.dialog = dialog
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.field = QComboBox()
        self.field.setObjectName("conditionField")
        self.op = QComboBox()
        self.op.setObjectName("conditionOp")
        for op, text in indicators.OP_LABELS.items():
            self.op.addItem(_ind(text), op)
        self.values = QListWidget()
        self.values.setObjectName("conditionValues")
        self.values.setMaximumHeight(90)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: dialog.remove_condition(self))
        row.addWidget(self.field)
        row.addWidget(self.op)
        row.addWidget(self.values, 1)
        row.addWidget(remove)
        self.fill_fields(dialog.entity.currentData())
        self.field.currentIndexChanged.connect(lambda _i: self.fill_values())
        self.op.currentIndexChanged.connect(
            lambda _i: self.values.setEnabled(self.op.currentData() in ("in", "not_in")))
        if condition is not None:
            self.field.setCurrentIndex(max(self.field.findData(condition.field), 0))
            self.op.setCurrentIndex(max(self.op.findData(condition.op), 0))
            self.fill_values(set(condition.values))

    def fill_fields(self, entity: str) -> None:
        current = self.field.currentData()
        self.field.blockSignals(True)
        self.field.clear()
        for name in indicators.FIELDS.get(entity, {}):
            self.field.addItem(_ind(indicators.FIELD_LABELS.get(name, name)), name)
        self.field.setCurrentIndex(max(self.field.findData(current), 0))
        self.field.blockSignals(False)
        self.fill_values()

    def fill_values(self, ticked: set[str] | None = None) -> None:
        ticked = ticked if ticked is not None else set(self.condition().values)
        self.values.clear()
        name = self.field.currentData()
        if not name:
            return
        try:
            choices = indicators.field_choices(self.dialog.session, name)
        except SanadError:
            choices = []
        for code, en, ar in choices:
            item = QListWidgetItem(choice_label(code, en, ar))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in ticked else Qt.CheckState.Unchecked)
            self.values.addItem(item)

    def condition(self) -> Condition:
        values = tuple(self.values.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.values.count())
                       if self.values.item(i).checkState() == Qt.CheckState.Checked)
        op = self.op.currentData() or "in"
        return Condition(self.field.currentData() or "", op, values if op in ("in", "not_in") else ())


class IndicatorDialog(QDialog):
    def __init__(self, session: UserSession, definition: IndicatorDef | None = None, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.definition = definition
        self.setWindowTitle(self.tr("Indicator") if definition else self.tr("New indicator"))
        self.resize(720, 560)
        column = QVBoxLayout(self)
        form = QFormLayout()
        column.addLayout(form)
        self.errors: dict[str, FieldError] = {}

        def add(label: str, field: str, widget: QWidget) -> None:
            form.addRow(label, widget)
            error = FieldError()
            error.setObjectName(f"error_{field}")
            self.errors[field] = error
            form.addRow(error)

        d = definition
        self.name_ar = QLineEdit(d.name_ar if d else "")
        self.name_ar.setObjectName("name_ar")
        self.name_ar.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        add(self.tr("Name in Arabic"), "name", self.name_ar)
        self.name_en = QLineEdit(d.name_en if d else "")
        self.name_en.setObjectName("name_en")
        self.name_en.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        form.addRow(self.tr("Name in English"), self.name_en)
        self.code = QLineEdit(d.code if d else "")
        self.code.setObjectName("code")
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.code.setPlaceholderText("girls_school_referrals")
        self.code.setReadOnly(bool(d and d.builtin))
        add(self.tr("Short code (letters, digits, _)"), "code", self.code)
        self.entity = QComboBox()
        self.entity.setObjectName("entity")
        for entity, text in indicators.ENTITY_LABELS.items():
            self.entity.addItem(_ind(text), entity)
        add(self.tr("Counts from"), "entity", self.entity)
        self.counts = QComboBox()
        self.counts.setObjectName("counts")
        for counts, text in indicators.COUNT_LABELS.items():
            self.counts.addItem(_ind(text), counts)
        add(self.tr("Counts"), "counts", self.counts)
        self.date_field = QComboBox()
        self.date_field.setObjectName("date_field")
        add(self.tr("In the period when"), "date_field", self.date_field)
        self.by = QComboBox()
        self.by.setObjectName("by")
        add(self.tr("Broken down by"), "by", self.by)
        self.active = QCheckBox(self.tr("In the report"))
        self.active.setObjectName("active")
        self.active.setChecked(d.active if d else True)
        form.addRow("", self.active)

        column.addWidget(QLabel(self.tr("Only records where (all conditions must hold):")))
        self.condition_box = QVBoxLayout()
        column.addLayout(self.condition_box)
        self.condition_rows: list[ConditionRow] = []
        add_condition = QPushButton(self.tr("Add a condition"))
        add_condition.setObjectName("addCondition")
        add_condition.clicked.connect(lambda: self.add_condition())
        row = QHBoxLayout()
        row.addWidget(add_condition)
        row.addStretch(1)
        column.addLayout(row)
        self.conditions_error = FieldError()
        self.conditions_error.setObjectName("error_conditions")
        self.errors["conditions"] = self.conditions_error
        column.addWidget(self.conditions_error)
        column.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)

        if d:
            self.entity.setCurrentIndex(max(self.entity.findData(d.entity), 0))
            self.counts.setCurrentIndex(max(self.counts.findData(d.counts), 0))
        self._entity_changed()
        if d:
            self.date_field.setCurrentIndex(max(self.date_field.findData(d.date_field), 0))
            self.by.setCurrentIndex(max(self.by.findData(d.by), 0))
            for condition in d.conditions:
                self.add_condition(condition)
        self.entity.currentIndexChanged.connect(lambda _i: self._entity_changed())
        self.name_ar.setFocus()

    def _entity_changed(self) -> None:
        entity = self.entity.currentData()
        self.date_field.clear()
        for name in indicators.DATE_FIELDS[entity]:
            self.date_field.addItem(_ind(indicators.FIELD_LABELS.get(name, name)), name)
        self.by.clear()
        self.by.addItem(self.tr("Nothing (one total)"), "")
        for name in indicators.FIELDS[entity]:
            if name not in ("sex", "displacement_status"):
                self.by.addItem(_ind(indicators.FIELD_LABELS.get(name, name)), name)
        for row in self.condition_rows:
            row.fill_fields(entity)

    def add_condition(self, condition: Condition | None = None) -> None:
        row = ConditionRow(self, condition)
        self.condition_rows.append(row)
        self.condition_box.addWidget(row)

    def remove_condition(self, row: ConditionRow) -> None:
        self.condition_rows.remove(row)
        row.setParent(None)
        row.deleteLater()

    def value(self) -> IndicatorDef:
        d = self.definition
        code = self.code.text().strip()
        if not code and not d:  # a code from the English name, when none was given
            code = re.sub(r"[^a-z0-9]+", "_", self.name_en.text().strip().lower()).strip("_")[:40]
        return IndicatorDef(
            code=code, name_en=self.name_en.text(), name_ar=self.name_ar.text(), entity=self.entity.currentData(),
            date_field=self.date_field.currentData() or "", by=self.by.currentData() or "",
            counts=self.counts.currentData(), active=self.active.isChecked(),
            conditions=tuple(row.condition() for row in self.condition_rows),
            builtin=bool(d and d.builtin), id=d.id if d else None, position=d.position if d else 0)

    def save(self) -> bool:
        for error in self.errors.values():
            error.show_text("")
        try:
            self.definition = indicators.save_indicator(self.session, self.value())
        except ValidationErrors as exc:
            for _row, problem in exc.problems:
                label = self.errors.get(problem.field, self.errors["name"])
                label.show_text((label.text() + "\n" if label.text() else "") + error_text(problem))
            return False
        except SanadError as exc:
            show_error(self, error_text(exc))
            return False
        self.accept()
        return True
