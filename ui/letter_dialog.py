"""Issue a letter for one person (from the person form, a referral, or the Letters page): pick the
template and language, check or type the values the letter needs (prefilled from the referral, the
application and the office settings), see the letter in the preview as it will print, then issue
it: numbered, stored in the vault, audited, and printed or saved as PDF. A printer that is missing
or cancelled leaves the letter issued; it can be printed any time from the Letters page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from db import letters
from db.errors import SanadError, ValidationErrors
from db.permissions import Action
from db.session import UserSession
from exports.letters import LetterTemplate
from ui.i18n import current_language, error_text
from ui.letter_preview import PdfPreview, ask_save_path, print_pdf
from ui.messages import notify, show_error
from ui.widgets import isolate_ltr

# Which typed value each placeholder needs (the person's own values come from the record only).
FIELD_OF_PLACEHOLDER = {
    "organisation.name": "organisation", "organisation.focal_point": "focal_point",
    "document.type": "document_type", "court.name": "court_name", "court.case_number": "case_number",
    "legal_basis": "legal_basis", "decision.number": "decision_number", "decision.date": "decision_date",
}
ALWAYS = ("signer_name", "signer_title")


def fields_used(template: LetterTemplate, lang: str) -> list[str]:
    text = " ".join(template.languages[lang].texts()) if lang in template.languages else ""
    used = [field for placeholder, field in FIELD_OF_PLACEHOLDER.items() if "{" + placeholder + "}" in text]
    return [*used, *ALWAYS]


def template_title(info: letters.TemplateInfo, lang: str) -> str:
    return info.titles.get(lang) or next(iter(info.titles.values()), info.key)


class IssueLetterDialog(QDialog):
    issued = Signal(int)  # the letter's id

    def __init__(self, session: UserSession, person_id: int, *, referral_id: int | None = None,
                 application_id: int | None = None, template_key: str = "", parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.person_id, self.referral_id, self.application_id = person_id, referral_id, application_id
        self.letter: letters.IssuedLetterResult | None = None
        self._templates: dict[str, LetterTemplate] = {}
        self.setObjectName("issueLetterDialog")
        self.setWindowTitle(self.tr("Issue a letter"))
        self.resize(1100, 760)

        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(splitter, 1)
        side = QWidget()
        form = QFormLayout(side)
        self.template = QComboBox()
        self.template.setObjectName("letterTemplate")
        lang = current_language()
        for info in letters.list_templates(session):
            self.template.addItem(template_title(info, lang), info.key)
        if template_key and self.template.findData(template_key) >= 0:
            self.template.setCurrentIndex(self.template.findData(template_key))
        form.addRow(self.tr("&Template"), self.template)
        self.language = QComboBox()
        self.language.setObjectName("letterLanguage")
        self.language.addItem("العربية", "ar")
        self.language.addItem("English", "en")
        form.addRow(self.tr("&Language of the letter"), self.language)
        self.person_label = QLabel()
        self.person_label.setWordWrap(True)
        form.addRow(self.tr("Person"), self.person_label)
        hint = QLabel(self.tr("The person's name, mother's name, date of birth and file number come from the "
                              "record. Correct them in the person's form if they are wrong."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        form.addRow(hint)
        self.fields: dict[str, QLineEdit] = {}
        self._labels: dict[str, QLabel] = {}
        for name in letters.EDITABLE_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"letterField_{name}")
            edit.setMaxLength(letters.MAX_FIELD)
            if self.isRightToLeft():  # digits alone (a decision number or date) would sit on the left
                edit.setAlignment(Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignRight)
            edit.textEdited.connect(self._schedule)
            label = QLabel(QCoreApplication.translate("Letters", letters.FIELD_LABELS[name]))
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.fields[name], self._labels[name] = edit, label
        self.status = QLabel()
        self.status.setObjectName("letterStatus")
        self.status.setWordWrap(True)
        form.addRow(self.status)
        splitter.addWidget(side)
        self.preview = PdfPreview()
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 680])

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("Issue and &print…"))
        self.print_button.setObjectName("issueAndPrint")
        self.save_button = QPushButton(self.tr("Issue and &save as PDF…"))
        self.save_button.setObjectName("issueAndSave")
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.issue_and_print)
        self.save_button.clicked.connect(self.issue_and_save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        allowed = session.may(Action.PRINT_LETTERS)
        self.print_button.setEnabled(allowed)
        self.save_button.setEnabled(allowed)
        self.print_button.setDefault(True)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.issue_and_print)

        self._timer = QTimer(self, singleShot=True, interval=300, timeout=self.refresh_preview)
        self.template.currentIndexChanged.connect(self._template_or_language_changed)
        self.language.currentIndexChanged.connect(self._template_or_language_changed)
        self._template_or_language_changed()
        self.template.setFocus()

    # ---- values ---------------------------------------------------------------------------------
    def template_key(self) -> str:
        return self.template.currentData() or ""

    def lang(self) -> str:
        return self.language.currentData() or "ar"

    def _load_template(self, key: str) -> LetterTemplate | None:
        if key not in self._templates:
            try:
                self._templates[key] = letters.load_template(self.session, key)
            except SanadError as exc:
                show_error(self, error_text(exc))
                return None
        return self._templates[key]

    def _template_or_language_changed(self, *_args) -> None:
        if self.letter is not None:
            return
        try:
            draft = letters.letter_draft(self.session, self.person_id, lang=self.lang(),
                                         referral_id=self.referral_id, application_id=self.application_id)
        except SanadError as exc:
            self.preview.show_message(error_text(exc))
            return
        self.person_label.setText(f"{draft.person['full_name']}\n{isolate_ltr(draft.person['file_number'])}")
        template = self._load_template(self.template_key())
        used = fields_used(template, self.lang()) if template else list(letters.EDITABLE_FIELDS)
        for name, edit in self.fields.items():
            edit.setText(draft.fields.get(name, ""))
            edit.setVisible(name in used)
            self._labels[name].setVisible(name in used)
        self.refresh_preview()

    def typed_fields(self) -> dict[str, str]:
        return {name: edit.text() for name, edit in self.fields.items() if not edit.isHidden()}

    def _schedule(self, *_args) -> None:
        self._timer.start()

    def refresh_preview(self) -> None:
        self._timer.stop()
        if self.letter is not None:
            return
        try:
            pdf = letters.preview_letter(self.session, self.template_key(), self.person_id, lang=self.lang(),
                                         referral_id=self.referral_id, application_id=self.application_id,
                                         fields=self.typed_fields())
        except ValidationErrors as exc:
            self.preview.show_message(error_text(exc))
            return
        except SanadError as exc:
            self.preview.show_message(error_text(exc))
            return
        self.preview.show_pdf(pdf)
        self.status.setText(self.tr("Preview: the number is given when the letter is issued."))

    # ---- issuing --------------------------------------------------------------------------------
    def issue(self) -> letters.IssuedLetterResult | None:
        """Issue once; later clicks print or save the same letter again."""
        if self.letter is not None:
            return self.letter
        try:
            self.letter = letters.issue_letter(self.session, self.template_key(), self.person_id, lang=self.lang(),
                                               referral_id=self.referral_id, application_id=self.application_id,
                                               fields=self.typed_fields())
        except SanadError as exc:
            show_error(self, error_text(exc))
            return None
        row = self.letter.row
        self.preview.show_pdf(self.letter.pdf)
        for widget in (self.template, self.language, *self.fields.values()):
            widget.setEnabled(False)
        self.print_button.setText(self.tr("&Print again…"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.status.setText(self.tr("Issued: %1, verification code %2. It is stored in the vault.")
                            .replace("%1", isolate_ltr(row.reference)).replace("%2", isolate_ltr(row.verification)))
        self.issued.emit(row.id)
        return self.letter

    def issue_and_print(self) -> None:
        made = self.issue()
        if made is None:
            return
        pages = print_pdf(self, made.pdf)
        if pages:
            try:
                letters.record_printed(self.session, [made.row.id], pages=pages)
            except SanadError as exc:
                show_error(self, error_text(exc))
                return
            notify(self, self.tr("Letter %1 sent to the printer.").replace("%1", made.row.reference))

    def issue_and_save(self) -> None:
        made = self.issue()
        if made is None:
            return
        path = ask_save_path(self, letters.suggested_file_name(self.session, [made.row.id]))
        if not path:
            return
        try:
            letters.save_letters(self.session, [made.row.id], path)
        except SanadError as exc:
            show_error(self, error_text(exc))
            return
        notify(self, self.tr("Letter saved as PDF."))


# Which template a referral's letter starts from, by the referral's service.
TEMPLATE_FOR_SERVICE = {"school_enrolment": "school_enrolment", "health_centre": "health_referral",
                        "psychosocial_support": "psychosocial_referral"}


def open_issue_letter(parent: QWidget, session: UserSession, person_id: int | None, *,
                      referral_id: int | None = None, service: str = "", application_id: int | None = None,
                      court: str = "") -> None:
    """The Issue letter dialog for a saved person (from the person form, a referral or a document
    application: a court case starts from the hearing request, any other application from the
    Civil Affairs support letter)."""
    if person_id is None or not session.may(Action.PRINT_LETTERS):
        return
    template = TEMPLATE_FOR_SERVICE.get(service, "")
    if application_id is not None:
        template = "court_hearing_request" if court.strip() else "civil_affairs_support"
    try:
        dialog = IssueLetterDialog(session, person_id, referral_id=referral_id, application_id=application_id,
                                   template_key=template, parent=parent)
    except SanadError as exc:
        show_error(parent, error_text(exc))
        return
    dialog.exec()
