"""Document types and workflow (administrators): the office's list of documents (names in Arabic and
English, authority, evidence only, active, order), the states each document type's applications go
through (its own list or the default one: add, rename, reorder, remove if no application is in it),
and the papers each type's checklist starts with. Problems come from the workflow's own rules,
shown next to the table in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db import workflow_admin
from db.errors import SanadError, ValidationErrors
from db.permissions import Action
from db.session import UserSession
from db.workflow_admin import KIND_LABELS, ChecklistLine, DocumentTypeInput, StateInput, StateInUse
from ui.i18n import current_language, error_text
from ui.messages import ask, notify
from ui.widgets import FieldError

ERROR_BRUSH = QBrush(QColor("#fde2e1"))
EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
FIXED = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
TICK = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable


def _table(name: str, headers: list[str], stretch: tuple[int, ...]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    for col in stretch:
        table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setMinimumSectionSize(40)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    return table


def _text(text: str, flags=EDITABLE) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(flags)
    return item


def _tick(on: bool, enabled: bool = True) -> QTableWidgetItem:
    item = QTableWidgetItem()
    item.setFlags(TICK if enabled else FIXED)
    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
    return item


def _ticked(item: QTableWidgetItem) -> bool:
    return item.checkState() == Qt.CheckState.Checked


class _Editor(QWidget):
    """A table with Add, Remove, Up, Down and Save, and the problems under it. Each subclass (the
    three editors below) says how its rows are read and shown and how they are saved, with the
    methods rows() -> list, show_rows(rows), blank() -> a new row, and save()."""

    def __init__(self, table: QTableWidget, editable: bool, parent=None) -> None:
        super().__init__(parent)
        self.table = table
        self.editable = editable
        self.dirty = False
        self.column = QVBoxLayout(self)
        self.column.addWidget(table, 1)
        self.problems = FieldError()
        self.problems.setObjectName(table.objectName() + "Problems")
        self.column.addWidget(self.problems)
        row = QHBoxLayout()
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName(table.objectName() + "Save")
        for button, slot in ((self.add_button, self.add_row), (self.remove_button, self.remove_row),
                             (self.up_button, lambda: self.shift(-1)), (self.down_button, lambda: self.shift(1)),
                             (self.save_button, self.save)):
            button.clicked.connect(slot)
            button.setEnabled(editable)
            row.addWidget(button)
        row.insertStretch(4, 1)
        self.column.addLayout(row)
        table.itemChanged.connect(self._changed)
        if not editable:
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def _changed(self, *args) -> None:
        self.dirty = True

    def add_row(self) -> None:
        rows = self.rows()
        rows.append(self.blank())
        self._redraw(rows, len(rows) - 1)
        self.table.editItem(self.table.item(len(rows) - 1, self.first_editable(len(rows) - 1)))

    def first_editable(self, row: int) -> int:
        for col in range(self.table.columnCount()):
            item = self.table.item(row, col)
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsEditable:
                return col
        return 0

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0 or not self.may_remove(row):
            return
        rows = self.rows()
        del rows[row]
        self._redraw(rows, min(row, len(rows) - 1))

    def may_remove(self, row: int) -> bool:
        return True

    def shift(self, step: int) -> None:
        row = self.table.currentRow()
        rows = self.rows()
        if row < 0 or not 0 <= row + step < len(rows):
            return
        rows[row], rows[row + step] = rows[row + step], rows[row]
        self._redraw(rows, row + step)

    def _redraw(self, rows: list, current: int) -> None:
        self.table.blockSignals(True)
        self.show_rows(rows)
        self.table.blockSignals(False)
        self.dirty = True
        if current >= 0:
            self.table.setCurrentCell(current, self.table.currentColumn() if self.table.currentColumn() >= 0 else 0)

    def show_problems(self, exc: SanadError) -> None:
        """Row problems ("type:2:code") colour their cell; every problem is written under the table."""
        lines = []
        problems = exc.problems if isinstance(exc, ValidationErrors) else [(None, exc)]
        for _row, problem in problems:
            lines.append(error_text(problem))
            parts = getattr(problem, "field", "").split(":")
            if len(parts) == 3 and parts[1].isdigit():
                item = self.table.item(int(parts[1]), self.column_of(parts[2]))
                if item is not None:
                    item.setBackground(ERROR_BRUSH)
                    self.table.setCurrentItem(item)
            elif len(parts) == 2 and parts[1].isdigit():
                item = self.table.item(int(parts[1]), 0)
                if item is not None:
                    item.setBackground(ERROR_BRUSH)
        self.problems.show_text("\n".join(lines))
        self.table.setFocus()

    def column_of(self, field: str) -> int:
        return 0

    def clear_problems(self) -> None:
        self.problems.show_text("")
        for row in range(self.table.rowCount()):
            for col in range(self.table.columnCount()):
                item = self.table.item(row, col)
                if item is not None:
                    item.setBackground(QBrush())

    def confirm_leaving(self) -> bool:
        """Switching to another list with unsaved edits asks first (the safe answer keeps them)."""
        if not self.dirty:
            return True
        return ask(self, self.tr("Leave this list without saving? Your changes will be lost."),
                   yes=self.tr("Leave without saving"), no=self.tr("Keep editing"))


class DocumentTypesEditor(_Editor):
    FIELDS = ("code", "name_ar", "name_en", "authority_ar", "authority_en", "evidence_only", "active")

    def __init__(self, session: UserSession, editable: bool, parent=None) -> None:
        table = _table("documentTypesTable", [
            QCoreApplication.translate("WorkflowSettings", "Code"),
            QCoreApplication.translate("WorkflowSettings", "Name in Arabic"),
            QCoreApplication.translate("WorkflowSettings", "Name in English"),
            QCoreApplication.translate("WorkflowSettings", "Authority (Arabic)"),
            QCoreApplication.translate("WorkflowSettings", "Authority (English)"),
            QCoreApplication.translate("WorkflowSettings", "Evidence only"),
            QCoreApplication.translate("WorkflowSettings", "Offered"),
        ], stretch=(1, 2, 3, 4))
        super().__init__(table, editable, parent)
        self.session = session
        self.add_button.setText(self.tr("Add a document type"))
        self.add_button.setObjectName("addDocumentType")
        self.remove_button.hide()  # a type is never deleted: untick "Offered"
        note = QLabel(self.tr(
            "A document type is never deleted: untick \"Offered\" to stop offering it. Papers issued by ISIS are "
            "evidence only: never applied for, never counted as held."))
        note.setWordWrap(True)
        self.column.insertWidget(0, note)
        self.saved_codes: set[str] = set()
        self.load()

    def load(self) -> None:
        types = workflow_admin.document_types(self.session)
        self.saved_codes = {t.code for t in types}
        self.table.blockSignals(True)
        self.show_rows(types)
        self.table.blockSignals(False)
        self.table.resizeColumnToContents(0)
        self.dirty = False

    def blank(self) -> DocumentTypeInput:
        return DocumentTypeInput("", "", "")

    def show_rows(self, rows: list[DocumentTypeInput]) -> None:
        self.table.setRowCount(0)
        for t in rows:
            row = self.table.rowCount()
            self.table.insertRow(row)
            fixed_code = t.code in self.saved_codes or not self.editable
            self.table.setItem(row, 0, _text(t.code, FIXED if fixed_code else EDITABLE))
            for col, field in enumerate(("name_ar", "name_en", "authority_ar", "authority_en"), start=1):
                self.table.setItem(row, col, _text(getattr(t, field), EDITABLE if self.editable else FIXED))
            self.table.setItem(row, 5, _tick(t.evidence_only, self.editable))
            self.table.setItem(row, 6, _tick(t.active, self.editable))

    def rows(self) -> list[DocumentTypeInput]:
        return [DocumentTypeInput(
            code=self.table.item(r, 0).text().strip(), name_ar=self.table.item(r, 1).text(),
            name_en=self.table.item(r, 2).text(), authority_ar=self.table.item(r, 3).text(),
            authority_en=self.table.item(r, 4).text(), evidence_only=_ticked(self.table.item(r, 5)),
            active=_ticked(self.table.item(r, 6)),
        ) for r in range(self.table.rowCount())]

    def column_of(self, field: str) -> int:
        return self.FIELDS.index(field) if field in self.FIELDS else 0

    def save(self) -> bool:
        self.clear_problems()
        try:
            workflow_admin.save_document_types(self.session, self.rows())
        except SanadError as exc:
            self.show_problems(exc)
            return False
        self.load()
        notify(self, self.tr("Document types saved."))
        return True


class WorkflowEditor(_Editor):
    FIELDS = ("code", "name_ar", "name_en", "kind")

    def __init__(self, session: UserSession, editable: bool, parent=None) -> None:
        table = _table("workflowTable", [
            QCoreApplication.translate("WorkflowSettings", "Code"),
            QCoreApplication.translate("WorkflowSettings", "Name in Arabic"),
            QCoreApplication.translate("WorkflowSettings", "Name in English"),
            QCoreApplication.translate("WorkflowSettings", "What it means"),
            QCoreApplication.translate("WorkflowSettings", "Applications in it"),
        ], stretch=(1, 2))
        table.setColumnWidth(0, 160)
        table.setColumnWidth(3, 290)
        table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        super().__init__(table, editable, parent)
        self.session = session
        self.lang = current_language()
        self.add_button.setText(self.tr("Add a state"))
        self.add_button.setObjectName("addState")
        self.remove_button.setText(self.tr("Remove the selected state"))
        self.remove_button.setObjectName("removeState")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Workflow of")))
        self.owner = QComboBox()
        self.owner.setObjectName("workflowOf")
        self.owner.addItem(self.tr("The default workflow (every document without its own)"), "")
        for t in workflow_admin.document_types(session):
            if not t.evidence_only:
                self.owner.addItem(t.name(self.lang), t.code)
        top.addWidget(self.owner, 1)
        self.own = QCheckBox(self.tr("This document has its own workflow"))
        self.own.setObjectName("ownWorkflow")
        self.own.setEnabled(editable)
        top.addWidget(self.own)
        self.column.insertLayout(0, top)
        help_text = QLabel(self.tr(
            "Steps are followed in this order, one at a time (one step back is allowed). \"On hold\" and "
            "\"closed\" need a reason. A state that applications are in cannot be removed."))
        help_text.setWordWrap(True)
        self.column.insertWidget(1, help_text)
        self.draft: workflow_admin.WorkflowDraft | None = None
        self.current_owner = ""
        self.owner.currentIndexChanged.connect(self._owner_chosen)
        self.own.toggled.connect(self._own_toggled)
        self.load("")

    def load(self, doc_type: str) -> None:
        self.draft = workflow_admin.workflow_states(self.session, doc_type)
        self.current_owner = doc_type
        self.own.blockSignals(True)
        self.own.setChecked(self.draft.own)
        self.own.setVisible(bool(doc_type))
        self.own.blockSignals(False)
        self.table.blockSignals(True)
        self.show_rows(list(self.draft.states))
        self.table.blockSignals(False)
        self._set_editable()
        self.clear_problems()
        self.dirty = False

    def _set_editable(self) -> None:
        editing = self.editable and (self.own.isChecked() or not self.current_owner)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(editing)
        self.save_button.setEnabled(self.editable)
        self.table.setEnabled(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers if editing
                                   else QAbstractItemView.EditTrigger.NoEditTriggers)
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 3)
            if combo is not None:
                combo.setEnabled(editing)

    def _owner_chosen(self) -> None:
        code = self.owner.currentData()
        if code == self.current_owner:
            return
        if not self.confirm_leaving():
            self.owner.blockSignals(True)
            self.owner.setCurrentIndex(self.owner.findData(self.current_owner))
            self.owner.blockSignals(False)
            return
        self.load(code)

    def _own_toggled(self, on: bool) -> None:
        """Ticking starts the document's own list from the default's; unticking goes back to the
        default when saved."""
        self.dirty = True
        self._set_editable()

    def blank(self) -> StateInput:
        taken = {s.code for s in self.rows()}
        number = 1
        while f"state_{number}" in taken:
            number += 1
        return StateInput(f"state_{number}", "", "", "open")

    def show_rows(self, rows: list[StateInput]) -> None:
        saved = {s.code for s in self.draft.states} if self.draft else set()
        usage = self.draft.in_use if self.draft else {}
        self.table.setRowCount(0)
        for s in rows:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, _text(s.code, FIXED if s.code in saved else EDITABLE))
            self.table.setItem(row, 1, _text(s.name_ar))
            self.table.setItem(row, 2, _text(s.name_en))
            kind = QComboBox()
            for code, text in KIND_LABELS:
                kind.addItem(QCoreApplication.translate("Workflow", text), code)
            kind.setCurrentIndex(max(0, kind.findData(s.kind)))
            kind.currentIndexChanged.connect(self._changed)
            self.table.setCellWidget(row, 3, kind)
            self.table.setItem(row, 4, _text(str(usage.get(s.code, 0)), FIXED))
        self._set_editable()

    def rows(self) -> list[StateInput]:
        return [StateInput(self.table.item(r, 0).text().strip(), self.table.item(r, 1).text(),
                           self.table.item(r, 2).text(), self.table.cellWidget(r, 3).currentData())
                for r in range(self.table.rowCount())]

    def may_remove(self, row: int) -> bool:
        state = self.rows()[row]
        count = self.draft.in_use.get(state.code, 0) if self.draft else 0
        if count:
            self.problems.show_text(error_text(StateInUse(state.name_ar if self.lang == "ar" else state.name_en,
                                                          count)))
            return False
        return True

    def column_of(self, field: str) -> int:
        return self.FIELDS.index(field) if field in self.FIELDS else 0

    def save(self) -> bool:
        self.clear_problems()
        doc_type = self.current_owner
        try:
            if doc_type and not self.own.isChecked():
                workflow_admin.use_default_workflow(self.session, doc_type)
            else:
                workflow_admin.save_workflow(self.session, doc_type, self.rows(),
                                             loaded=self.draft.states if self.draft else None)
        except SanadError as exc:
            self.show_problems(exc)
            return False
        self.load(doc_type)
        notify(self, self.tr("Workflow saved."))
        return True


class ChecklistEditor(_Editor):
    def __init__(self, session: UserSession, editable: bool, parent=None) -> None:
        table = _table("checklistTable", [
            QCoreApplication.translate("WorkflowSettings", "In Arabic"),
            QCoreApplication.translate("WorkflowSettings", "In English"),
            QCoreApplication.translate("WorkflowSettings", "In use"),
        ], stretch=(0, 1))
        super().__init__(table, editable, parent)
        self.session = session
        self.add_button.setText(self.tr("Add a line"))
        self.add_button.setObjectName("addChecklistLine")
        self.remove_button.setText(self.tr("Remove the selected line"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Papers to hand in for")))
        self.owner = QComboBox()
        self.owner.setObjectName("checklistOf")
        for t in workflow_admin.document_types(session):
            if not t.evidence_only:
                self.owner.addItem(t.name(current_language()), t.code)
        top.addWidget(self.owner, 1)
        self.column.insertLayout(0, top)
        note = QLabel(self.tr("A new application starts with these lines; applications already open keep theirs."))
        note.setWordWrap(True)
        self.column.insertWidget(1, note)
        self.ids: list[int | None] = []
        self.current_owner = self.owner.currentData() or ""
        self.owner.currentIndexChanged.connect(self._owner_chosen)
        self.load(self.current_owner)

    def load(self, doc_type: str) -> None:
        self.current_owner = doc_type
        self.table.blockSignals(True)
        self.show_rows(workflow_admin.checklist(self.session, doc_type) if doc_type else [])
        self.table.blockSignals(False)
        self.clear_problems()
        self.dirty = False

    def _owner_chosen(self) -> None:
        code = self.owner.currentData()
        if code == self.current_owner:
            return
        if not self.confirm_leaving():
            self.owner.blockSignals(True)
            self.owner.setCurrentIndex(self.owner.findData(self.current_owner))
            self.owner.blockSignals(False)
            return
        self.load(code)

    def blank(self) -> ChecklistLine:
        return ChecklistLine("", "")

    def show_rows(self, rows: list[ChecklistLine]) -> None:
        self.table.setRowCount(0)
        for line in rows:
            row = self.table.rowCount()
            self.table.insertRow(row)
            first = _text(line.text_ar, EDITABLE if self.editable else FIXED)
            first.setData(Qt.ItemDataRole.UserRole, line.id)
            self.table.setItem(row, 0, first)
            self.table.setItem(row, 1, _text(line.text_en, EDITABLE if self.editable else FIXED))
            self.table.setItem(row, 2, _tick(line.active, self.editable))

    def rows(self) -> list[ChecklistLine]:
        return [ChecklistLine(self.table.item(r, 0).text(), self.table.item(r, 1).text(),
                              _ticked(self.table.item(r, 2)), self.table.item(r, 0).data(Qt.ItemDataRole.UserRole))
                for r in range(self.table.rowCount())]

    def save(self) -> bool:
        self.clear_problems()
        try:
            workflow_admin.save_checklist(self.session, self.current_owner, self.rows())
        except SanadError as exc:
            self.show_problems(exc)
            return False
        self.load(self.current_owner)
        notify(self, self.tr("Checklist saved."))
        return True


class WorkflowSettingsPage(QWidget):
    """Three lists, each saved on its own: document types, workflows, checklists."""

    def __init__(self, session: UserSession, parent=None) -> None:
        super().__init__(parent)
        editable = session.may(Action.EDIT_SETTINGS)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("workflowSettingsTabs")
        self.types = DocumentTypesEditor(session, editable)
        self.workflow = WorkflowEditor(session, editable)
        self.checklists = ChecklistEditor(session, editable)
        self.tabs.addTab(self.types, self.tr("Document types"))
        self.tabs.addTab(self.workflow, self.tr("Workflows"))
        self.tabs.addTab(self.checklists, self.tr("Checklists"))
        layout.addWidget(self.tabs)
