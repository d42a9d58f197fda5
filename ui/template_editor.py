"""The letter template editor (legal staff and administrators): the letter's text in Arabic and/or
English (title, addressee lines, subject, body paragraphs separated by an empty line, closing),
placeholders inserted from the closed list, wording that follows the person's sex, a live preview
with made-up data, and a check that refuses unknown placeholders, sensitive fields and unbalanced
braces with the reason. Saving makes a new version; letters keep the version they used."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db import letters
from db.errors import SanadError, ValidationErrors
from db.permissions import Action
from db.session import UserSession
from exports.letters import (
    LANGUAGES,
    LetterTemplate,
    TemplateText,
    check_template,
    known_placeholders,
)
from ui.i18n import current_language, error_text, translate_text
from ui.letter_dialog import template_title
from ui.letter_preview import PdfPreview
from ui.messages import notify, show_error


def _paragraphs(text: str) -> list[str]:
    """Body paragraphs: separated by an empty line; lines inside one paragraph joined."""
    blocks, current = [], []
    for line in text.splitlines():
        if line.strip():
            current.append(line.strip())
        elif current:
            blocks.append(" ".join(current))
            current = []
    if current:
        blocks.append(" ".join(current))
    return blocks


class LanguagePane(QWidget):
    """One language's parts of a template."""

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        direction = Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
        form = QFormLayout(self)
        self.title = QLineEdit()
        self.addressee = QPlainTextEdit()
        self.addressee.setFixedHeight(60)
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.closing = QLineEdit()
        for name, widget in (("title", self.title), ("addressee", self.addressee), ("subject", self.subject),
                             ("body", self.body), ("closing", self.closing)):
            widget.setObjectName(f"template_{lang}_{name}")
            widget.setLayoutDirection(direction)
        self.body.setTabChangesFocus(True)
        self.addressee.setTabChangesFocus(True)
        form.addRow(self.tr("Title (for the list)"), self.title)
        form.addRow(self.tr("Addressee lines"), self.addressee)
        form.addRow(self.tr("Subject line"), self.subject)
        form.addRow(self.tr("Body (an empty line between paragraphs)"), self.body)
        form.addRow(self.tr("Closing"), self.closing)

    def editors(self) -> list[QWidget]:
        return [self.title, self.addressee, self.subject, self.body, self.closing]

    def show_text(self, text: TemplateText | None) -> None:
        self.title.setText(text.title if text else "")
        self.addressee.setPlainText("\n".join(text.addressee) if text else "")
        self.subject.setText(text.subject if text else "")
        self.body.setPlainText("\n\n".join(text.body) if text else "")
        self.closing.setText(text.closing if text else "")
        for line in (self.title, self.subject, self.closing):
            line.setCursorPosition(0)

    def is_empty(self) -> bool:
        return not any((w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()).strip()
                       for w in self.editors())

    def text(self) -> TemplateText:
        return TemplateText(
            title=self.title.text().strip(),
            addressee=[line.strip() for line in self.addressee.toPlainText().splitlines() if line.strip()],
            subject=self.subject.text().strip(), body=_paragraphs(self.body.toPlainText()),
            closing=self.closing.text().strip())


class TemplateEditorDialog(QDialog):
    def __init__(self, session: UserSession, key: str = "", parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("templateEditor")
        self.setWindowTitle(self.tr("Letter templates"))
        self.resize(1200, 800)
        self._last_editor: QWidget | None = None
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.key = QComboBox()
        self.key.setObjectName("templateKey")
        top.addWidget(QLabel(self.tr("Template")))
        top.addWidget(self.key, 1)
        self.version_label = QLabel()
        top.addWidget(self.version_label)
        self.new_button = QPushButton(self.tr("New template…"))
        self.new_button.clicked.connect(self.new_template)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(splitter, 1)
        editing = QWidget()
        edit_layout = QVBoxLayout(editing)
        edit_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.panes = {"ar": LanguagePane("ar"), "en": LanguagePane("en")}
        self.tabs.addTab(self.panes["ar"], self.tr("Arabic"))
        self.tabs.addTab(self.panes["en"], self.tr("English"))
        edit_layout.addWidget(self.tabs, 1)
        self.problems = QLabel()
        self.problems.setObjectName("templateProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        edit_layout.addWidget(self.problems)
        splitter.addWidget(editing)

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(QLabel(self.tr("Placeholders (double-click to insert)")))
        self.placeholders = QListWidget()
        self.placeholders.setObjectName("placeholderList")
        for name, description in known_placeholders().items():
            item = QListWidgetItem(f"{QCoreApplication.translate('Letters', description)}  {{{name}}}")
            item.setData(Qt.ItemDataRole.UserRole, "{" + name + "}")
            self.placeholders.addItem(item)
        gender = QListWidgetItem(self.tr("Wording by the person's sex  {gender:masculine|feminine}"))
        gender.setData(Qt.ItemDataRole.UserRole, "{gender:المولود|المولودة}")
        self.placeholders.addItem(gender)
        self.placeholders.itemActivated.connect(self.insert_placeholder)
        middle_layout.addWidget(self.placeholders, 1)
        insert = QPushButton(self.tr("&Insert"))
        insert.clicked.connect(lambda: self.insert_placeholder(self.placeholders.currentItem()))
        middle_layout.addWidget(insert)
        self.sex = QComboBox()
        self.sex.addItem(self.tr("Preview for a woman or girl"), "F")
        self.sex.addItem(self.tr("Preview for a man or boy"), "M")
        middle_layout.addWidget(self.sex)
        splitter.addWidget(middle)

        self.preview = PdfPreview()
        splitter.addWidget(self.preview)
        splitter.setSizes([500, 320, 380])

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveTemplate")
        self.save_button.setText(self.tr("Save as a new version"))
        self.save_button.setEnabled(session.may(Action.PRINT_LETTERS))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        self._timer = QTimer(self, singleShot=True, interval=400, timeout=self.refresh)
        for pane in self.panes.values():
            for editor in pane.editors():
                (editor.textChanged if isinstance(editor, QPlainTextEdit) else editor.textEdited).connect(
                    self._schedule)
                editor.installEventFilter(self)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.sex.currentIndexChanged.connect(lambda _i: self.refresh())
        self._fill_keys(key)
        self.key.currentIndexChanged.connect(lambda _i: self.load())
        self.load()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FocusIn:
            self._last_editor = watched
        return super().eventFilter(watched, event)

    def _fill_keys(self, select: str = "") -> None:
        self.key.blockSignals(True)
        self.key.clear()
        lang = current_language()
        for info in letters.list_templates(self.session):
            self.key.addItem(template_title(info, lang), info.key)
        index = self.key.findData(select)
        self.key.setCurrentIndex(max(index, 0))
        self.key.blockSignals(False)

    def template_key(self) -> str:
        return self.key.currentData() or ""

    def load(self) -> None:
        try:
            template = letters.load_template(self.session, self.template_key())
        except SanadError as exc:
            show_error(self, error_text(exc))
            return
        for lang, pane in self.panes.items():
            pane.show_text(template.languages.get(lang))
        self.version_label.setText(self.tr("Version %1").replace("%1", str(template.version)))
        self.refresh()

    def new_template(self) -> None:
        key, ok = QInputDialog.getText(self, self.tr("New template"), self.tr(
            "A short key for the new template, in small Latin letters (for example shelter_referral):"))
        if not ok or not key.strip():
            return
        key = key.strip()
        if self.key.findData(key) >= 0:
            self.key.setCurrentIndex(self.key.findData(key))
            return
        self.key.blockSignals(True)
        self.key.addItem(key, key)
        self.key.setCurrentIndex(self.key.count() - 1)
        self.key.blockSignals(False)
        for pane in self.panes.values():
            pane.show_text(None)
        self.version_label.setText(self.tr("Not saved yet"))
        self.refresh()

    def insert_placeholder(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        text = item.data(Qt.ItemDataRole.UserRole)
        editor = self._last_editor if self._last_editor is not None else self.panes[self.current_lang()].body
        if isinstance(editor, QPlainTextEdit | QLineEdit):
            editor.insert(text) if isinstance(editor, QLineEdit) else editor.insertPlainText(text)
            editor.setFocus()
        self._schedule()

    def current_lang(self) -> str:
        return LANGUAGES[self.tabs.currentIndex()]

    def languages(self) -> dict[str, TemplateText]:
        return {lang: pane.text() for lang, pane in self.panes.items() if not pane.is_empty()}

    def _schedule(self, *_args) -> None:
        self._timer.start()

    def problems_text(self) -> str:
        lines = []
        for lang, text in self.languages().items():
            for part in text.texts():
                for problem in check_template(part):
                    lines.append(f"{lang}: " + translate_text("Letters", problem.text, problem.argument))
        return "\n".join(dict.fromkeys(lines))

    def refresh(self) -> None:
        self._timer.stop()
        problems = self.problems_text()
        self.problems.setText(problems)
        lang = self.current_lang()
        text = self.languages().get(lang)
        if text is None:
            self.preview.show_message(self.tr("Nothing written in this language yet."))
            return
        if problems:
            self.preview.show_message(self.tr("The preview shows once the problems below are fixed."))
            return
        try:
            header = letters.office_header(self.session)
            pdf = letters.sample_pdf(LetterTemplate(self.template_key(), 0, {lang: text}), lang,
                                     office_header=header, sex=self.sex.currentData())
        except (SanadError, ValueError, KeyError) as exc:
            self.preview.show_message(error_text(exc) if isinstance(exc, SanadError) else str(exc))
            return
        self.preview.show_pdf(pdf)

    def save(self) -> None:
        try:
            version = letters.save_template(self.session, self.template_key(), self.languages())
        except ValidationErrors as exc:
            self.problems.setText("\n".join(f"{error.field}: {error_text(error)}" for _, error in exc.problems))
            return
        except SanadError as exc:
            show_error(self, error_text(exc))
            return
        self.version_label.setText(self.tr("Version %1").replace("%1", str(version)))
        notify(self, self.tr("Template saved as version %1.").replace("%1", str(version)))


def open_template_editor(parent: QWidget, session: UserSession, key: str = "") -> None:
    if not session.may(Action.PRINT_LETTERS):
        return
    TemplateEditorDialog(session, key, parent).exec()
