"""Letters: every issued letter (reference, date, person, template and version, language, who
issued it, state), filters (search by reference or file number, template, state), the selected
letter in the preview; reprint (printed identically, or marked as a copy if the office wants),
save as PDF (after a warning that the file leaves the encrypted vault), cancel with a reason (the
number stays taken), check a letter's verification code, edit the templates, and letters for many
referrals at once. Every print and save is audited."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db import letters
from db.errors import SanadError
from db.letters import LetterFilter, LetterRow
from db.permissions import Action
from db.session import UserSession
from ui.i18n import current_language, error_text
from ui.letter_dialog import template_title
from ui.letter_preview import PdfPreview, ask_save_path, print_pdf
from ui.messages import ask, notify, show_error
from ui.widgets import isolate_ltr

_ROOT = QModelIndex()
# The Issued filter: (choice, from, to) for any day.
ISSUED_CHOICES = ("any", "this_month", "last_month", "last_3_months", "this_year", "between")


def issued_range(choice: str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day a preset of the Issued filter covers (None: open); "between" is the
    date boxes' own range."""
    month_start = today.replace(day=1)
    if choice == "this_month":
        return month_start, today
    if choice == "last_month":
        last = month_start - dt.timedelta(days=1)
        return last.replace(day=1), last
    if choice == "last_3_months":
        year, month = (month_start.year, month_start.month - 2) if month_start.month > 2 else \
            (month_start.year - 1, month_start.month + 10)
        return dt.date(year, month, 1), today
    if choice == "this_year":
        return dt.date(today.year, 1, 1), today
    return None, None
CANCELLED_BRUSH = QBrush(QColor("#f3d6d6"))


class LettersModel(QAbstractTableModel):
    COL_REFERENCE, COL_DATE, COL_FILE, COL_NAME, COL_TEMPLATE, COL_LANG, COL_BY, COL_STATE = range(8)

    def __init__(self, session: UserSession, titles: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.titles = titles
        self.filters = LetterFilter()
        self.ids: list[int] = []
        self.rows: dict[int, LetterRow] = {}
        self.headers = [self.tr("Reference"), self.tr("Date"), self.tr("File number"), self.tr("Name"),
                        self.tr("Template"), self.tr("Language"), self.tr("Issued by"), self.tr("State")]

    def reload(self) -> None:
        ids = letters.letter_ids(self.session, self.filters)
        self.beginResetModel()
        self.ids = ids
        self.rows = {}
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt's name
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def row_at(self, row: int) -> LetterRow | None:
        if not 0 <= row < len(self.ids):
            return None
        letter_id = self.ids[row]
        if letter_id not in self.rows:
            start = (row // 200) * 200
            self.rows.update(letters.letter_rows(self.session, self.ids[start:start + 200]))
        return self.rows.get(letter_id)

    def _text_template(self, row: LetterRow) -> str:
        return (f"{self.titles.get(row.template_key, row.template_key)} "
                f"({self.tr('v%1').replace('%1', str(row.template_version))})")

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.COL_REFERENCE: isolate_ltr(row.reference),
                self.COL_DATE: row.issued_on.strftime("%Y/%m/%d") if current_language() == "ar"
                else row.issued_on.strftime("%d/%m/%Y"),
                self.COL_FILE: isolate_ltr(row.file_number),
                self.COL_NAME: row.full_name,
                self.COL_TEMPLATE: self._text_template(row),
                self.COL_LANG: "العربية" if row.lang == "ar" else "English",
                self.COL_BY: row.issued_by,
                self.COL_STATE: QCoreApplication.translate("Letters", letters.STATE_LABELS.get(row.state, row.state)),
            }.get(col)
        if role == Qt.ItemDataRole.BackgroundRole and row.state == "cancelled":
            return CANCELLED_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole and row.state == "cancelled":
            return self.tr("Cancelled: %1").replace("%1", row.cancel_reason)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_TEMPLATE:
            return self._text_template(row)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


class VerifyDialog(QDialog):
    """A receiving office phones: is this reference with this code one of our letters?"""

    def __init__(self, session: UserSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Check a letter"))
        form = QFormLayout(self)
        self.reference = QLineEdit()
        self.reference.setObjectName("verifyReference")
        self.code = QLineEdit()
        self.code.setObjectName("verifyCode")
        self.code.setMaxLength(12)
        form.addRow(self.tr("Reference"), self.reference)
        form.addRow(self.tr("Verification code"), self.code)
        self.answer = QLabel()
        self.answer.setObjectName("verifyAnswer")
        self.answer.setWordWrap(True)
        form.addRow(self.answer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        check = QPushButton(self.tr("&Check"))
        check.setDefault(True)
        buttons.addButton(check, QDialogButtonBox.ButtonRole.ActionRole)
        check.clicked.connect(self.check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def check(self) -> None:
        try:
            found = letters.verify_letter(self.session, self.reference.text(), self.code.text())
        except SanadError as exc:
            show_error(self, error_text(exc))
            return
        if not found.genuine:
            self.answer.setStyleSheet("color: #b00020; font-weight: bold;")
            self.answer.setText(self.tr("No letter of ours has this reference and verification code."))
            return
        self.answer.setStyleSheet("color: #1b5e20; font-weight: bold;")
        text = self.tr("Genuine: issued on %1 for file %2.").replace("%1", found.issued_on.isoformat()).replace(
            "%2", isolate_ltr(found.file_number))
        if found.state == "cancelled":
            text += " " + self.tr("But this letter was CANCELLED.")
            self.answer.setStyleSheet("color: #b00020; font-weight: bold;")
        self.answer.setText(text)


class LettersPage(QWidget):
    def __init__(self, session: UserSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("lettersPage")
        self.may_print = session.may(Action.PRINT_LETTERS)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Letters"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(title)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("lettersSearch")
        self.search.setPlaceholderText(self.tr("Reference or file number"))
        self.search.setClearButtonEnabled(True)
        filters.addWidget(self.search, 2)
        self.template = QComboBox()
        self.template.setObjectName("lettersTemplate")
        self.template.addItem(self.tr("All templates"), "")
        lang = current_language()
        self.titles: dict[str, str] = {}
        try:
            infos = letters.list_templates(session)
        except SanadError:
            infos = []
        for info in infos:
            self.titles[info.key] = template_title(info, lang)
            self.template.addItem(self.titles[info.key], info.key)
        filters.addWidget(self.template, 1)
        self.state = QComboBox()
        self.state.setObjectName("lettersState")
        self.state.addItem(self.tr("Issued and cancelled"), "")
        for state in letters.STATES:
            self.state.addItem(QCoreApplication.translate("Letters", letters.STATE_LABELS[state]), state)
        filters.addWidget(self.state)
        self.issued = QComboBox()
        self.issued.setObjectName("lettersIssued")
        for choice, label in zip(ISSUED_CHOICES, (
                self.tr("Issued any day"), self.tr("Issued this month"), self.tr("Issued last month"),
                self.tr("Issued in the last 3 months"), self.tr("Issued this year"), self.tr("Issued between…")),
                strict=True):
            self.issued.addItem(label, choice)
        filters.addWidget(self.issued)
        today = QDate.currentDate()
        self.issued_from = QDateEdit(today.addMonths(-1))
        self.issued_from.setObjectName("lettersIssuedFrom")
        self.issued_to = QDateEdit(today)
        self.issued_to.setObjectName("lettersIssuedTo")
        self.issued_and = QLabel(self.tr("and"))
        for edit in (self.issued_from, self.issued_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        for widget in (self.issued_from, self.issued_and, self.issued_to):
            filters.addWidget(widget)
            widget.hide()
        layout.addLayout(filters)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = LettersModel(session, self.titles, self)
        self.table = QTableView()
        self.table.setObjectName("lettersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((LettersModel.COL_NAME, 200), (LettersModel.COL_TEMPLATE, 170)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        self.table.setWordWrap(False)
        splitter.addWidget(self.table)
        self.preview = PdfPreview()
        splitter.addWidget(self.preview)
        splitter.setSizes([760, 380])
        layout.addWidget(splitter, 1)
        self.count = QLabel()
        layout.addWidget(self.count)

        buttons = QHBoxLayout()
        self.reprint_button = QPushButton(self.tr("&Print again…"))
        self.reprint_button.setObjectName("reprintLetter")
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setObjectName("saveLetter")
        self.cancel_button = QPushButton(self.tr("Ca&ncel letter…"))
        self.cancel_button.setObjectName("cancelLetter")
        self.new_button = QPushButton(self.tr("&New letter…"))
        self.new_button.setObjectName("newLetter")
        self.verify_button = QPushButton(self.tr("Check a &letter…"))
        self.templates_button = QPushButton(self.tr("Edit &templates…"))
        self.templates_button.setObjectName("editTemplates")
        self.batch_button = QPushButton(self.tr("Letters for &many referrals…"))
        self.batch_button.setObjectName("batchLetters")
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setObjectName("exportLetters")
        self.export_button.setToolTip(self.tr("Export the letters listed, with these filters, to an Excel file"))
        self.export_button.setVisible(session.may(Action.EXPORT))
        self.export_button.clicked.connect(self.export)
        for button in (self.new_button, self.reprint_button, self.save_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.verify_button, self.templates_button, self.batch_button, self.export_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        for button in (self.new_button, self.templates_button, self.batch_button):
            button.setVisible(self.may_print)
        self.new_button.clicked.connect(self.new_letter)
        self.reprint_button.clicked.connect(self.reprint)
        self.save_button.clicked.connect(self.save_pdf)
        self.cancel_button.clicked.connect(self.cancel_letter)
        self.verify_button.clicked.connect(lambda: VerifyDialog(session, self).exec())
        self.templates_button.clicked.connect(self.edit_templates)
        self.batch_button.clicked.connect(self.batch)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.reprint)

        self._timer = QTimer(self, singleShot=True, interval=250, timeout=self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.template.currentIndexChanged.connect(lambda _i: self.reload())
        self.state.currentIndexChanged.connect(lambda _i: self.reload())
        self.issued.currentIndexChanged.connect(lambda _i: self._issued_changed())
        self.issued_from.dateChanged.connect(lambda _d: self._timer.start())
        self.issued_to.dateChanged.connect(lambda _d: self._timer.start())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selected())
        self.reload()

    # ---- list -----------------------------------------------------------------------------------
    def current_filters(self) -> LetterFilter:
        """The filters as the page shows them (the list and its Excel export use the same)."""
        choice = self.issued.currentData() or "any"
        if choice == "between":
            first, last = sorted((self.issued_from.date().toPython(), self.issued_to.date().toPython()))
        else:
            first, last = issued_range(choice, dt.date.today())
        return LetterFilter(search=self.search.text(), template_key=self.template.currentData() or "",
                            state=self.state.currentData() or "", issued_from=first, issued_to=last)

    def reload(self) -> None:
        self._timer.stop()
        self.model.filters = self.current_filters()
        try:
            self.model.reload()
        except SanadError as exc:
            show_error(self, error_text(exc))
        self.count.setText(self.tr("%1 letters").replace("%1", str(len(self.model.ids))))
        self._selected()

    def _issued_changed(self) -> None:
        between = self.issued.currentData() == "between"
        for widget in (self.issued_from, self.issued_and, self.issued_to):
            widget.setVisible(between)
        self.reload()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.ids[row] for row in rows if 0 <= row < len(self.model.ids)]

    def selected_rows(self) -> list[LetterRow]:
        return [row for row in (self.model.row_at(r) for r in sorted(
            {i.row() for i in self.table.selectionModel().selectedRows()})) if row is not None]

    def _selected(self) -> None:
        rows = self.selected_rows()
        live = bool(rows) and all(row.state == "issued" for row in rows)
        self.reprint_button.setEnabled(self.may_print and live)
        self.save_button.setEnabled(self.may_print and live)
        self.cancel_button.setEnabled(self.may_print and len(rows) == 1 and live)
        if len(rows) == 1 and self.may_print:
            try:
                self.preview.show_pdf(letters.letter_pdf(self.session, rows[0].id))
            except SanadError as exc:
                self.preview.show_message(error_text(exc))
        elif not rows:
            self.preview.show_message(self.tr("Choose a letter to see it here."))
        else:
            self.preview.show_message(self.tr("%1 letters chosen.").replace("%1", str(len(rows))))

    # ---- actions --------------------------------------------------------------------------------
    def reprint(self) -> None:
        ids = self.selected_ids()
        if not ids or not self.reprint_button.isEnabled():
            return
        try:
            pdfs = [letters.reprint_pdf(self.session, letter_id) for letter_id in ids]
            from exports.letters import merge_pdfs

            pdf = pdfs[0] if len(pdfs) == 1 else merge_pdfs(pdfs)
        except SanadError as exc:
            show_error(self, error_text(exc))
            return
        pages = print_pdf(self, pdf)
        if pages:
            letters.record_printed(self.session, ids, reprint=True, pages=pages)
            notify(self, self.tr("Sent to the printer."))

    def save_pdf(self) -> None:
        ids = self.selected_ids()
        if not ids or not self.save_button.isEnabled():
            return
        path = ask_save_path(self, letters.suggested_file_name(self.session, ids))
        if not path:
            return
        try:
            letters.save_letters(self.session, ids, path, reprint=True)
        except SanadError as exc:
            show_error(self, error_text(exc))
            return
        notify(self, self.tr("Saved as PDF."))

    def cancel_letter(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1 or not self.cancel_button.isEnabled():
            return
        row = rows[0]
        reason, ok = QInputDialog.getText(self, self.tr("Cancel letter"), self.tr(
            "Why is the letter %1 cancelled? Its number stays taken and the letter stays in the list.").replace(
            "%1", isolate_ltr(row.reference)))
        if not ok:
            return
        if not ask(self, self.tr("Cancel the letter %1? This cannot be undone.").replace(
                "%1", isolate_ltr(row.reference)), yes=self.tr("Cancel the letter"), no=self.tr("Keep it")):
            return
        try:
            letters.cancel_letter(self.session, row.id, reason)
        except SanadError as exc:
            show_error(self, error_text(exc))
            return
        self.reload()
        notify(self, self.tr("Letter cancelled."))

    def new_letter(self) -> None:
        from PySide6.QtWidgets import QDialogButtonBox as Buttons

        from ui.letter_dialog import IssueLetterDialog
        from ui.referral_dialog import PickPersonDialog

        pick = PickPersonDialog(self.session, self)
        pick.setWindowTitle(self.tr("Letter for whom?"))
        pick.buttons.button(Buttons.StandardButton.Ok).setText(self.tr("Write a letter…"))
        if not pick.exec() or pick.person_id is None:
            return
        dialog = IssueLetterDialog(self.session, pick.person_id, template_key=self.template.currentData() or "",
                                   parent=self)
        dialog.issued.connect(lambda _id: self.reload())
        dialog.exec()

    def edit_templates(self) -> None:
        from ui.template_editor import TemplateEditorDialog

        TemplateEditorDialog(self.session, self.template.currentData() or "", self).exec()

    def export(self) -> None:
        from ui.export_dialog import ExportDialog

        ExportDialog(self.session, "letters", self.current_filters(), self).exec()

    def batch(self) -> None:
        from ui.letter_batch import BatchLetterDialog

        BatchLetterDialog(self.session, self).exec()
        self.reload()
