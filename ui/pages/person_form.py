"""One person's record: names, birth, status, registry record and places, Washington Group and
school, documents held, relatives (real and as registered), consent, and the sensitive profile
behind its permission (shown only on request, and every showing audited).

Keyboard first: fields in reading order, Enter or Ctrl+S saves, Escape closes (asking first if
anything changed), Alt+1..7 jump to the tabs. Every problem is shown next to its field (or on its
row) in the user's language, and the first one gets the focus. A save is one transaction; if
someone else saved the record meanwhile, nothing is overwritten and the user is told."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db import choices, people, records
from db.errors import NoSuchRecord, SanadError, ValidationError, ValidationErrors
from db.permissions import Action
from db.records import DocumentInput, PersonEdit, RecordChanged, RelationInput, SensitiveInput
from db.session import UserSession
from db.validation import PersonInput
from ui.choices import choice_text, fill_combo, select_code
from ui.i18n import error_text
from ui.messages import ask, notify, show_error
from ui.widgets import FieldError

ERROR_STYLE = "background: #fde2e1;"
ERROR_BRUSH = QBrush(QColor("#fde2e1"))


class PersonDialog(QDialog):
    """Open with a person's id to edit them, or with `household_id` (and no id) to add a member."""

    saved = Signal(int)
    open_household = Signal(int)

    def __init__(self, session: UserSession, person_id: int | None = None, *, household_id: int | None = None,
                 template: PersonInput | None = None, relations: tuple[RelationInput, ...] = (), parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.person_id = person_id
        self.household_id = household_id
        self.version = 0
        self.record: records.PersonRecord | None = None
        self.sensitive_loaded = False
        self._dirty = False
        # The title is seen in the taskbar: never the person's name.
        self.setWindowTitle(self.tr("Person record") if person_id else self.tr("New person"))
        self.resize(980, 680)
        self.errors: dict[str, FieldError] = {}
        self.widgets: dict[str, QWidget] = {}
        self.read_only = not session.may(Action.EDIT_PEOPLE)

        layout = QVBoxLayout(self)
        # Name and file number side by side (each in its own direction; the layout orders them).
        top = QHBoxLayout()
        self.header = QLabel()
        self.header.setObjectName("personHeader")
        self.header.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.file_label = QLabel()
        self.file_label.setObjectName("fileNumberHeader")
        self.file_label.setStyleSheet("font-size: 13pt; color: #555;")
        top.addWidget(self.header)
        top.addWidget(self.file_label)
        top.addStretch(1)
        layout.addLayout(top)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("personTabs")
        layout.addWidget(self.tabs, 1)
        self._build_identity()
        self._build_registry()
        self._build_health()
        self._build_documents()
        self._build_family()
        self._build_consent()
        self.casework: list[QWidget] = []
        if person_id is not None:
            self._build_casework(person_id)
        self.sensitive_tab: QWidget | None = None
        if session.may(Action.VIEW_SENSITIVE):
            self._build_sensitive()
        self.problems = QLabel()
        self.problems.setObjectName("formProblems")
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setWordWrap(True)
        self.problems.hide()
        layout.addWidget(self.problems)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("savePerson")
        self.save_button.setDefault(True)
        self.save_button.setEnabled(not self.read_only)
        self.household_button = QPushButton(self.tr("Household…"))
        self.household_button.setObjectName("openHousehold")
        self.household_button.clicked.connect(self._open_household)
        self.buttons.addButton(self.household_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button = QPushButton(self.tr("Export everything about this person…"))
        self.export_button.setObjectName("subjectAccess")
        self.export_button.clicked.connect(self._export_everything)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setVisible(session.may(Action.EXPORT))  # after addButton, which shows it
        self.letter_button = QPushButton(self.tr("Issue a letter…"))
        self.letter_button.setObjectName("issueLetter")
        self.letter_button.clicked.connect(self._issue_letter)
        self.buttons.addButton(self.letter_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.letter_button.setVisible(session.may(Action.PRINT_LETTERS))  # after addButton, which shows it
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        for number in range(self.tabs.count()):
            QShortcut(QKeySequence(f"Alt+{number + 1}"), self,
                      activated=lambda n=number: self.tabs.setCurrentIndex(n))

        if person_id is not None:
            self.load(person_id)
        else:
            self._show(template or PersonInput(sex="F"), file_number="", origin="", current="")
            for rel in relations:
                self._add_relation_row(rel.related_person_id, "", "", rel.kind, rel.registered_kind)
            self.header.setText(self.tr("New person"))
            self.household_button.setEnabled(False)
            self.export_button.setEnabled(False)
            self.letter_button.setEnabled(False)
            self.consent_tab.setEnabled(False)
        self._watch_changes()
        self._dirty = False
        # Enter anywhere in the form means Save: no other button may take the default role.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.save_button.setDefault(True)
        self.widgets["first_name"].setFocus()

    # ---- building the tabs -------------------------------------------------------------------
    def _line(self, field: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(field)
        edit.setPlaceholderText(placeholder)
        edit.setReadOnly(self.read_only)
        self.widgets[field] = edit
        return edit

    def _combo(self, field: str, options, *, empty: str | None = None) -> QComboBox:
        combo = fill_combo(QComboBox(), options, empty=empty)
        combo.setObjectName(field)
        combo.setEnabled(not self.read_only)
        self.widgets[field] = combo
        return combo

    def _row(self, form: QFormLayout, label: str, field: str, widget: QWidget) -> None:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = FieldError()
        column.addWidget(error)
        self.errors[field] = error
        form.addRow(label, holder)

    def _build_identity(self) -> None:
        page = QWidget()
        outer = QVBoxLayout(page)
        names = QGridLayout()
        for column, (field, label) in enumerate((
            ("first_name", self.tr("First name")), ("father_name", self.tr("Father's name")),
            ("grandfather_name", self.tr("Grandfather's name")), ("family_name", self.tr("Family or tribal name")),
        )):
            names.addWidget(QLabel(label), 0, column)
            names.addWidget(self._line(field), 1, column)
            error = FieldError()
            self.errors[field] = error
            names.addWidget(error, 2, column)
        outer.addLayout(names)
        self.father_unknown = QCheckBox(self.tr("No legal father: registered under the mother"))
        self.father_unknown.setObjectName("father_unknown")
        self.father_unknown.setEnabled(not self.read_only)
        outer.addWidget(self.father_unknown)
        form = QFormLayout()
        self._row(form, self.tr("Mother's full name"), "mother_name", self._line("mother_name"))
        self._row(form, self.tr("Name in Latin letters"), "name_latin", self._line("name_latin"))
        self._row(form, self.tr("Sex"), "sex", self._combo("sex", choices.SEX))
        self._row(form, self.tr("Date of birth"), "birth_date",
                  self._line("birth_date", self.tr("7/3/2015, 3/2015, 2015 or about 2015")))
        self._row(form, self.tr("Place of birth"), "place_of_birth", self._line("place_of_birth"))
        self._row(form, self.tr("Relationship to the head"), "relationship_to_head",
                  self._combo("relationship_to_head", choices.RELATIONSHIP_TO_HEAD, empty=self.tr("(not set)")))
        self._row(form, self.tr("Marital status"), "marital_status",
                  self._combo("marital_status", choices.MARITAL_STATUS, empty=self.tr("(not set)")))
        self._row(form, self.tr("Nationality"), "nationality_status",
                  self._combo("nationality_status", choices.NATIONALITY_STATUS))
        self._row(form, self.tr("Phone"), "phone", self._line("phone", "07XX XXX XXXX"))
        self._row(form, self.tr("Second phone"), "phone2", self._line("phone2", "07XX XXX XXXX"))
        self._row(form, self.tr("Office file number"), "file_number",
                  self._line("file_number", self.tr("given when saved")))
        outer.addLayout(form)
        outer.addStretch(1)
        self.tabs.addTab(page, self.tr("Identity"))

    def _build_registry(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(QLabel(self.tr("The 1957 civil-registry record, as on the family's papers:")))
        self._row(form, self.tr("Record number"), "registry_record_no", self._line("registry_record_no"))
        self._row(form, self.tr("Page number"), "registry_page_no", self._line("registry_page_no"))
        self._row(form, self.tr("Civil-status office"), "registry_office", self._line("registry_office"))
        self._row(form, self.tr("Governorate of the record"), "registry_governorate",
                  self._line("registry_governorate"))
        self.origin = self._picker("origin_pcode")
        self._row(form, self.tr("Area of origin"), "origin_pcode", self.origin)
        self.current = self._picker("current_pcode")
        self._row(form, self.tr("Where the person lives now"), "current_pcode", self.current)
        self.tabs.addTab(page, self.tr("Registry and places"))

    def _picker(self, field: str) -> QWidget:
        from ui.location_picker import LocationPicker

        picker = LocationPicker(self.session)
        picker.setObjectName(field)
        picker.setEnabled(not self.read_only)
        self.widgets[field] = picker
        return picker

    def _build_health(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(QLabel(self.tr("Washington Group questions: does the person have difficulty…")))
        for code, _text in choices.WG_DOMAINS:
            combo = self._combo(code, choices.WG_ANSWERS, empty=self.tr("(not asked)"))
            self._row(form, choice_text(choices.WG_DOMAINS, code), code, combo)
        self._row(form, self.tr("School"), "school_enrolment",
                  self._combo("school_enrolment", choices.SCHOOL_ENROLMENT, empty=self.tr("(not set)")))
        self.tabs.addTab(page, self.tr("Disability and school"))

    def _build_documents(self) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        self.documents = QTableWidget(0, 4)
        self.documents.setObjectName("documentsTable")
        self.documents.setHorizontalHeaderLabels(
            [self.tr("Document"), self.tr("Number"), self.tr("Date of issue"), self.tr("Copy seen")])
        self.documents.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.documents.setColumnWidth(1, 160)
        self.documents.setColumnWidth(2, 130)
        self.documents.setTabKeyNavigation(False)
        self.documents.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        column.addWidget(self.documents, 1)
        self.document_errors = FieldError()
        self.document_errors.setObjectName("documentErrors")
        column.addWidget(self.document_errors)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Add a document"))
        add.setObjectName("addDocument")
        add.clicked.connect(lambda: self._add_document_row(DocumentInput("national_card"), focus=True))
        remove = QPushButton(self.tr("Remove the selected document"))
        remove.setObjectName("removeDocument")
        remove.clicked.connect(lambda: self._remove_row(self.documents))
        for button in (add, remove):
            button.setEnabled(not self.read_only)
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.tabs.addTab(page, self.tr("Documents"))

    def _build_family(self) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(QLabel(self.tr(
            "Relatives recorded in Sanad. When the civil registry shows a different relationship (a child "
            "registered under the mother's father appears as her brother or sister), choose it under "
            "\"As registered\".")))
        self.relatives = QTableWidget(0, 4)
        self.relatives.setObjectName("relativesTable")
        self.relatives.setHorizontalHeaderLabels(
            [self.tr("File number"), self.tr("Name"), self.tr("Is this person's"), self.tr("As registered")])
        self.relatives.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.relatives.setColumnWidth(0, 140)
        self.relatives.setColumnWidth(2, 170)
        self.relatives.setColumnWidth(3, 170)
        self.relatives.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.relatives.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        column.addWidget(self.relatives, 1)
        self.relation_errors = FieldError()
        self.relation_errors.setObjectName("relationErrors")
        column.addWidget(self.relation_errors)
        finder = QHBoxLayout()
        self.relative_search = QLineEdit()
        self.relative_search.setObjectName("relativeSearch")
        self.relative_search.setPlaceholderText(self.tr("Find a relative by name or file number, then press Enter"))
        self.relative_search.returnPressed.connect(self._find_relatives)
        finder.addWidget(self.relative_search, 1)
        remove = QPushButton(self.tr("Remove the selected relative"))
        remove.setObjectName("removeRelative")
        remove.clicked.connect(lambda: self._remove_row(self.relatives))
        finder.addWidget(remove)
        for widget in (self.relative_search, remove):
            widget.setEnabled(not self.read_only)
        column.addLayout(finder)
        self.relative_hits = QListWidget()
        self.relative_hits.setObjectName("relativeHits")
        self.relative_hits.setMaximumHeight(140)
        self.relative_hits.hide()
        self.relative_hits.itemActivated.connect(self._pick_relative)
        column.addWidget(self.relative_hits)
        self.tabs.addTab(page, self.tr("Family"))

    def _build_consent(self) -> None:
        self.consent_tab = QWidget()
        column = QVBoxLayout(self.consent_tab)
        self.consents = QTableWidget(0, 4)
        self.consents.setObjectName("consentTable")
        self.consents.setHorizontalHeaderLabels(
            [self.tr("Given by"), self.tr("Date"), self.tr("Covers"), self.tr("Withdrawn")])
        self.consents.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.consents.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.consents.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        column.addWidget(self.consents, 1)
        buttons = QHBoxLayout()
        record = QPushButton(self.tr("Record consent…"))
        record.setObjectName("recordConsent")
        record.clicked.connect(self._record_consent)
        withdraw = QPushButton(self.tr("Withdraw the selected consent…"))
        withdraw.setObjectName("withdrawConsent")
        withdraw.clicked.connect(self._withdraw_consent)
        for button in (record, withdraw):
            button.setEnabled(not self.read_only)
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addWidget(QLabel(self.tr("Consent is saved as soon as it is recorded or withdrawn.")))
        self.tabs.addTab(self.consent_tab, self.tr("Consent"))

    def _build_casework(self, person_id: int) -> None:
        """The person's document applications and referrals, status at a glance (they save on their own)."""
        from ui.application_dialog import ApplicationsPanel
        from ui.referral_dialog import ReferralsPanel

        for panel, title in ((ApplicationsPanel(self.session, person_id), self.tr("Applications")),
                             (ReferralsPanel(self.session, person_id), self.tr("Referrals"))):
            self.casework.append(panel)
            self.tabs.addTab(panel, title)

    def _build_sensitive(self) -> None:
        self.sensitive_tab = QWidget()
        column = QVBoxLayout(self.sensitive_tab)
        note = QLabel(self.tr("This part is shown only to users allowed to see sensitive fields, and only on "
                              "request. Every time it is shown, the audit log records who saw it."))
        note.setWordWrap(True)
        column.addWidget(note)
        self.show_sensitive = QPushButton(self.tr("Show the sensitive profile"))
        self.show_sensitive.setObjectName("showSensitive")
        self.show_sensitive.clicked.connect(self._load_sensitive)
        column.addWidget(self.show_sensitive, 0, Qt.AlignmentFlag.AlignLeading)
        self.sensitive_box = QWidget()
        form = QFormLayout(self.sensitive_box)
        self.sensitive_flags: dict[str, QCheckBox] = {}
        for field, text in (
            ("perceived_affiliation", self.tr("Perceived affiliation")),
            ("detained_relative", self.tr("A relative is detained")),
            ("gbv_disclosure", self.tr("Gender-based violence disclosed")),
            ("threats", self.tr("Has received threats")),
        ):
            box = QCheckBox(text)
            box.setObjectName(field)
            box.setEnabled(not self.read_only)
            self.sensitive_flags[field] = box
            form.addRow(box)
        self.sensitive_notes = QPlainTextEdit()
        self.sensitive_notes.setObjectName("sensitive_notes")
        self.sensitive_notes.setReadOnly(self.read_only)
        self.sensitive_notes.setTabChangesFocus(True)
        self._row(form, self.tr("Notes"), "sensitive_notes", self.sensitive_notes)
        self.sensitive_box.hide()
        column.addWidget(self.sensitive_box)
        column.addStretch(1)
        self.tabs.addTab(self.sensitive_tab, self.tr("Sensitive"))

    # ---- showing a record --------------------------------------------------------------------
    def load(self, person_id: int) -> None:
        record = records.load_person(self.session, person_id)
        self.record = record
        self.person_id = record.id
        self.version = record.version
        self.household_id = record.household_id
        self.header.setText(record.full_name)
        self.file_label.setText(record.file_number)
        self._show(record.person, file_number=record.file_number, origin=record.origin_pcode,
                   current=record.current_pcode)
        self.documents.setRowCount(0)
        for doc in record.documents:
            self._add_document_row(DocumentInput(doc.doc_type, doc.number, records._date_text(doc.issue_date),
                                                 doc.copy_seen, doc.id))
        self.relatives.setRowCount(0)
        for rel in record.relations:
            self._add_relation_row(rel.related_person_id, rel.file_number, rel.full_name, rel.kind, rel.registered_kind)
        self._show_consents(record.consents)
        self.household_button.setEnabled(record.household_id is not None)

    def _show(self, p: PersonInput, *, file_number: str, origin: str, current: str) -> None:
        for field in ("first_name", "father_name", "grandfather_name", "family_name", "mother_name", "name_latin",
                      "place_of_birth", "phone", "phone2", "registry_record_no", "registry_page_no",
                      "registry_office", "registry_governorate"):
            self.widgets[field].setText(getattr(p, field))
        self.widgets["birth_date"].setText(p.birth_date_text)
        self.widgets["file_number"].setText(file_number)
        self.father_unknown.setChecked(p.father_unknown)
        for field in ("sex", "relationship_to_head", "marital_status", "nationality_status", "school_enrolment"):
            select_code(self.widgets[field], getattr(p, field))
        answers = dict(p.wg)
        for code in choices.codes(choices.WG_DOMAINS):
            select_code(self.widgets[code], answers.get(code) or "")
        self.origin.set_pcode(origin or None)
        self.current.set_pcode(current or None)

    def _add_document_row(self, doc: DocumentInput, *, focus: bool = False) -> None:
        row = self.documents.rowCount()
        self.documents.insertRow(row)
        kind = fill_combo(QComboBox(), choices.DOCUMENT_TYPES)
        select_code(kind, doc.doc_type)
        kind.setEnabled(not self.read_only)
        kind.setProperty("document_id", doc.id)
        kind.currentIndexChanged.connect(self._changed)
        self.documents.setCellWidget(row, 0, kind)
        self.documents.setItem(row, 1, QTableWidgetItem(doc.number))
        self.documents.setItem(row, 2, QTableWidgetItem(doc.issue_date_text))
        seen = QTableWidgetItem()
        seen.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        seen.setCheckState(Qt.CheckState.Checked if doc.copy_seen else Qt.CheckState.Unchecked)
        self.documents.setItem(row, 3, seen)
        self.documents.setToolTip(self.tr("Date of issue: day/month/year, for example 3/4/2010"))
        if focus:
            self.documents.setCurrentCell(row, 0)
            kind.setFocus()
            self._changed()

    def _relation_combo(self, kind: str, *, registered: bool) -> QComboBox:
        combo = fill_combo(QComboBox(), choices.RELATION_KINDS,
                           empty=self.tr("(the same)") if registered else None)
        select_code(combo, kind)
        combo.setEnabled(not self.read_only)
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def _add_relation_row(self, person_id: int, file_number: str, name: str, kind: str, registered: str) -> None:
        row = self.relatives.rowCount()
        self.relatives.insertRow(row)
        number = QTableWidgetItem(file_number)
        number.setData(Qt.ItemDataRole.UserRole, person_id)
        self.relatives.setItem(row, 0, number)
        self.relatives.setItem(row, 1, QTableWidgetItem(name))
        self.relatives.setCellWidget(row, 2, self._relation_combo(kind or "other", registered=False))
        self.relatives.setCellWidget(row, 3, self._relation_combo(registered, registered=True))

    def _show_consents(self, consents) -> None:
        self.consents.setRowCount(0)
        for consent in consents:
            row = self.consents.rowCount()
            self.consents.insertRow(row)
            who = choice_text(choices.CONSENT_GIVEN_BY, consent.given_by)
            if consent.guardian_name:
                who += f" ({consent.guardian_name})"
            scopes = self.tr(", ").join(
                choice_text(choices.CONSENT_SCOPES, scope) + (f": {agency}" if agency else "")
                for scope, agency in consent.scopes
            )
            cells = (who, records._date_text(consent.given_on), scopes, records._date_text(consent.withdrawn_on))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, consent.id)
                self.consents.setItem(row, col, item)

    # ---- changes -----------------------------------------------------------------------------
    def _watch_changes(self) -> None:
        for widget in self.widgets.values():
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(self._changed)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self._changed)
            elif hasattr(widget, "changed"):
                widget.changed.connect(self._changed)
        self.father_unknown.toggled.connect(self._changed)
        self.documents.itemChanged.connect(self._changed)
        if self.sensitive_tab is not None:
            for box in self.sensitive_flags.values():
                box.toggled.connect(self._changed)
            self.sensitive_notes.textChanged.connect(self._changed)

    def _changed(self, *args) -> None:
        self._dirty = True

    def is_dirty(self) -> bool:
        return self._dirty

    def _remove_row(self, table: QTableWidget) -> None:
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)
            self._changed()

    def _find_relatives(self) -> None:
        text = self.relative_search.text().strip()
        self.relative_hits.clear()
        if not text:
            self.relative_hits.hide()
            return
        hits = records.find_people(self.session, text, exclude=self.person_id)
        for hit in hits:
            item = QListWidgetItem(f"{hit.file_number} — {hit.full_name}")
            item.setData(Qt.ItemDataRole.UserRole, (hit.related_person_id, hit.file_number, hit.full_name))
            self.relative_hits.addItem(item)
        if not hits:
            self.relative_hits.addItem(QListWidgetItem(self.tr("Nobody found.")))
        self.relative_hits.show()
        self.relative_hits.setCurrentRow(0)
        self.relative_hits.setFocus()

    def _pick_relative(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if not data:
            return
        person_id, file_number, name = data
        self._add_relation_row(person_id, file_number, name, "other", "")
        self.relative_hits.hide()
        self.relative_search.clear()
        self.relatives.setCurrentCell(self.relatives.rowCount() - 1, 2)
        self.relatives.cellWidget(self.relatives.rowCount() - 1, 2).setFocus()
        self._changed()

    # ---- consent (saved at once, apart from the form's Save) ---------------------------------
    def _record_consent(self) -> None:
        if self.person_id is None:
            return
        if ConsentDialog(self.session, self.person_id, self).exec():
            self._show_consents(records.load_person(self.session, self.person_id).consents)
            notify(self.parent(), self.tr("Consent recorded."))

    def _withdraw_consent(self) -> None:
        row = self.consents.currentRow()
        if self.person_id is None or row < 0:
            return
        consent_id = self.consents.item(row, 0).data(Qt.ItemDataRole.UserRole)
        if self.consents.item(row, 3).text():
            show_error(self, self.tr("This consent was already withdrawn."))
            return
        if not ask(self, self.tr("Record that this consent is withdrawn today? Referrals that need it will be "
                                 "refused."), yes=self.tr("Withdraw consent"), no=self.tr("Cancel")):
            return
        try:
            people.withdraw_consent(self.session, consent_id, dt.date.today())
        except SanadError as exc:
            show_error(self, error_text(exc))
            return
        self._show_consents(records.load_person(self.session, self.person_id).consents)

    # ---- the sensitive profile ---------------------------------------------------------------
    def _load_sensitive(self) -> None:
        if self.person_id is not None:
            try:
                profile = people.sensitive_profile(self.session, self.person_id)
            except SanadError as exc:
                show_error(self, error_text(exc))
                return
        else:
            profile = None
        dirty = self._dirty
        for field, box in self.sensitive_flags.items():
            box.setChecked(bool(getattr(profile, field, False)))
        self.sensitive_notes.setPlainText(getattr(profile, "notes", "") or "")
        self._dirty = dirty
        self.sensitive_loaded = True
        self.show_sensitive.hide()
        self.sensitive_box.show()

    # ---- saving ------------------------------------------------------------------------------
    def _text(self, field: str) -> str:
        return self.widgets[field].text()

    def _code(self, field: str):
        return self.widgets[field].currentData()

    def person_input(self) -> PersonInput:
        return PersonInput(
            first_name=self._text("first_name"), father_name=self._text("father_name"),
            grandfather_name=self._text("grandfather_name"), family_name=self._text("family_name"),
            mother_name=self._text("mother_name"), name_latin=self._text("name_latin"), sex=self._code("sex") or "",
            birth_date_text=self._text("birth_date"), relationship_to_head=self._code("relationship_to_head") or "",
            phone=self._text("phone"), marital_status=self._code("marital_status") or "",
            father_unknown=self.father_unknown.isChecked(), phone2=self._text("phone2"),
            place_of_birth=self._text("place_of_birth"), nationality_status=self._code("nationality_status") or "",
            school_enrolment=self._code("school_enrolment") or "",
            wg=tuple((code, self._code(code) or None) for code in choices.codes(choices.WG_DOMAINS)),
            registry_record_no=self._text("registry_record_no"), registry_page_no=self._text("registry_page_no"),
            registry_office=self._text("registry_office"), registry_governorate=self._text("registry_governorate"),
        )

    def edit(self) -> PersonEdit:
        documents = []
        for row in range(self.documents.rowCount()):
            kind = self.documents.cellWidget(row, 0)
            documents.append(DocumentInput(
                doc_type=kind.currentData(), number=self.documents.item(row, 1).text(),
                issue_date_text=self.documents.item(row, 2).text(),
                copy_seen=self.documents.item(row, 3).checkState() == Qt.CheckState.Checked,
                id=kind.property("document_id"),
            ))
        relations = [
            RelationInput(self.relatives.item(row, 0).data(Qt.ItemDataRole.UserRole),
                          self.relatives.cellWidget(row, 2).currentData(),
                          self.relatives.cellWidget(row, 3).currentData() or "")
            for row in range(self.relatives.rowCount())
        ]
        sensitive = None
        if self.sensitive_tab is not None and self.sensitive_loaded:
            sensitive = SensitiveInput(
                **{field: box.isChecked() for field, box in self.sensitive_flags.items()},
                notes=self.sensitive_notes.toPlainText(),
            )
        return PersonEdit(
            person=self.person_input(), file_number=self._text("file_number"),
            origin_pcode=self.origin.pcode() or "", current_pcode=self.current.pcode() or "",
            documents=tuple(documents), relations=tuple(relations), sensitive=sensitive,
        )

    def save(self) -> bool:
        if self.read_only:
            return False
        self._clear_problems()
        edit = self.edit()
        try:
            if self.person_id is None:
                if not self._confirmed_new(edit):
                    return False
                self.person_id, number = records.add_person(self.session, self.household_id, edit)
                notify(self.parent(), self.tr("Saved: %1").replace("%1", number))
            else:
                self.version = records.save_person(self.session, self.person_id, edit, version=self.version)
                notify(self.parent(), self.tr("Saved."))
        except ValidationErrors as exc:
            self.show_problems([error for _row, error in exc.problems])
            return False
        except RecordChanged as exc:
            show_error(self, error_text(exc))
            return False
        except NoSuchRecord:
            show_error(self, self.tr("This person is no longer in the vault (deleted or merged by someone else). "
                                     "Nothing was saved."))
            return False
        except SanadError as exc:
            show_error(self, error_text(exc))
            return False
        self._dirty = False
        self.saved.emit(self.person_id)
        self.accept()
        return True

    def _confirmed_new(self, edit: PersonEdit) -> bool:
        found = people.likely_existing(self.session, [people.NewMember(edit.person)])
        if not found:
            return True
        from ui.pages.register import reasons_text

        lines = [
            self.tr("%1 %2 (mother: %3), score %4: %5").replace("%1", item.file_number)
            .replace("%2", item.full_name).replace("%3", item.mother_name).replace("%4", f"{item.score:.0f}")
            .replace("%5", reasons_text(item.reasons))
            for item in found[:8]
        ]
        return ask(self, self.tr("This person may already be in the vault:") + "\n\n" + "\n".join(lines) + "\n\n"
                   + self.tr("Save as a new person anyway?"), yes=self.tr("Save as new"),
                   no=self.tr("Go back and check"))

    def _clear_problems(self) -> None:
        for error in self.errors.values():
            error.show_text("")
        for widget in self.widgets.values():
            widget.setStyleSheet("")
        self.document_errors.show_text("")
        self.relation_errors.show_text("")
        self.problems.hide()
        for table in (self.documents, self.relatives):
            for row in range(table.rowCount()):
                for col in range(table.columnCount()):
                    cell = table.cellWidget(row, col)
                    if cell is not None:
                        cell.setStyleSheet("")
                    item = table.item(row, col)
                    if item is not None:
                        item.setBackground(QBrush())
                        item.setToolTip("")

    def show_problems(self, problems: list[ValidationError]) -> None:
        first: tuple[int, QWidget] | None = None
        document_lines, relation_lines, other_lines = [], [], []
        for problem in problems:
            text = error_text(problem)
            parts = problem.field.split(":")
            if parts[0] in ("document", "relation") and len(parts) == 3:
                table = self.documents if parts[0] == "document" else self.relatives
                (document_lines if parts[0] == "document" else relation_lines).append(text)
                row = int(parts[1])
                column = {"doc_type": 0, "number": 1, "issue_date": 2, "person": 0, "kind": 2,
                          "registered_kind": 3}.get(parts[2], 0)
                cell = table.cellWidget(row, column)
                if cell is not None:
                    cell.setStyleSheet(ERROR_STYLE)
                else:
                    item = table.item(row, column)
                    if item is not None:
                        item.setBackground(ERROR_BRUSH)
                        item.setToolTip(text)
                        table.setCurrentCell(row, column)
                target = table
            else:
                label = self.errors.get(problem.field)
                widget = self.widgets.get(problem.field)
                if label is None:
                    other_lines.append(text)
                    continue
                label.show_text(text)
                target = widget or label
                if widget is not None and not hasattr(widget, "pcode"):
                    widget.setStyleSheet(ERROR_STYLE)
            tab = self._tab_of(target)
            if first is None or tab < first[0]:
                first = (tab, target)
        self.document_errors.show_text("\n".join(document_lines))
        self.relation_errors.show_text("\n".join(relation_lines))
        summary = self.tr("Problems to fix before saving: %1.").replace("%1", str(len(problems)))
        self.problems.setText(summary + ("\n" + "\n".join(other_lines) if other_lines else ""))
        self.problems.show()
        if first is not None:
            self.tabs.setCurrentIndex(first[0])
            first[1].setFocus()

    def _tab_of(self, widget: QWidget) -> int:
        for index in range(self.tabs.count()):
            if self.tabs.widget(index).isAncestorOf(widget):
                return index
        return 0

    # ---- other actions -----------------------------------------------------------------------
    def _open_household(self) -> None:
        if self.household_id is not None:
            self.open_household.emit(self.household_id)

    def _issue_letter(self) -> None:
        from ui.letter_dialog import open_issue_letter

        open_issue_letter(self, self.session, self.person_id)

    def _export_everything(self) -> None:
        from ui.subject_access import export_subject_access

        if self.person_id is not None:
            export_subject_access(self, self.session, self.person_id)

    def reject(self) -> None:
        if self._dirty and not ask(self, self.tr("Close without saving? Your changes will be lost."),
                                   yes=self.tr("Close without saving"), no=self.tr("Keep editing")):
            return
        super().reject()


class ConsentDialog(QDialog):
    """Record one consent: who gave it, when, and what it covers (agencies by name)."""

    def __init__(self, session: UserSession, person_id: int, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.person_id = person_id
        self.setWindowTitle(self.tr("Record consent"))
        form = QFormLayout(self)
        self.given_by = fill_combo(QComboBox(), choices.CONSENT_GIVEN_BY)
        self.given_by.setObjectName("givenBy")
        form.addRow(self.tr("Given by"), self.given_by)
        self.guardian = QLineEdit()
        self.guardian.setObjectName("guardianName")
        form.addRow(self.tr("Guardian's name"), self.guardian)
        self.given_on = QDateEdit(QDate.currentDate())
        self.given_on.setObjectName("givenOn")
        self.given_on.setCalendarPopup(True)
        self.given_on.setDisplayFormat("dd/MM/yyyy")
        self.given_on.setMaximumDate(QDate.currentDate())
        form.addRow(self.tr("Date"), self.given_on)
        self.scopes: dict[str, QCheckBox] = {}
        for code, _text in choices.CONSENT_SCOPES:
            box = QCheckBox(choice_text(choices.CONSENT_SCOPES, code))
            box.setObjectName(f"scope_{code}")
            self.scopes[code] = box
            form.addRow(box)
        self.agencies = QLineEdit()
        self.agencies.setObjectName("agencies")
        self.agencies.setPlaceholderText(self.tr("Agencies by name, separated by commas"))
        form.addRow(self.tr("Share with"), self.agencies)
        self.error = FieldError()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        scopes = []
        for code, box in self.scopes.items():
            if not box.isChecked():
                continue
            if code == "sharing":
                agencies = [a.strip() for a in self.agencies.text().replace("،", ",").split(",") if a.strip()]
                scopes += [("sharing", agency) for agency in agencies] or [("sharing", "")]
            else:
                scopes.append((code, ""))
        if not scopes:
            self.error.show_text(self.tr("Tick at least one thing the consent covers."))
            return
        day = self.given_on.date()
        try:
            people.record_consent(self.session, self.person_id, given_by=self.given_by.currentData(),
                                  given_on=dt.date(day.year(), day.month(), day.day()), scopes=scopes,
                                  guardian_name=self.guardian.text())
        except SanadError as exc:
            self.error.show_text(error_text(exc))
            return
        self.accept()
