"""Two records side by side, to merge them into one: field | record A | record B, one choice per
row that differs (highlighted), which record stays, what moves with it, and a confirmation.

Keyboard: Tab moves from row to row (to the chosen value of each), the arrow keys switch a row's
choice, Alt+1 / Alt+2 choose the record to keep, Enter merges (after a question whose default is
"no"), Escape closes without merging. Defaults: the record registered first is kept; in each row
the value that says more wins (a value over none, an exact date over a year), else the kept one's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from db import choices
from db.errors import SanadError
from db.i18n import QT_TRANSLATE_NOOP
from db.merge import MergePreview, MergeResult, RecordChangedSincePreview, link_label, merge_people, merge_preview
from db.session import UserSession
from db.validation import BirthDate
from ui.choices import choice_text
from ui.i18n import current_language, error_text, translate_text
from ui.messages import ask, show_error
from ui.widgets import isolate_ltr

DIFFERS_STYLE = "background: #fff3cd;"
CHOICES_BY_FIELD = {
    "sex": choices.SEX, "marital_status": choices.MARITAL_STATUS, "nationality_status": choices.NATIONALITY_STATUS,
    "school_enrolment": choices.SCHOOL_ENROLMENT,
}


# Texts made outside the dialog's methods (lupdate reads these marks; _tr translates them).
FATHER_UNKNOWN = QT_TRANSLATE_NOOP("MergeDialog", "Unknown (registered under the mother)")
ABOUT = QT_TRANSLATE_NOOP("MergeDialog", "about %1")
REGISTRY = QT_TRANSLATE_NOOP("MergeDialog", "record %1, page %2")
COMMA = QT_TRANSLATE_NOOP("MergeDialog", ", ")
HOUSEHOLD = QT_TRANSLATE_NOOP("MergeDialog", "Household %1")
NOTHING_MOVES = QT_TRANSLATE_NOOP("MergeDialog", "Nothing else is linked to the record that will be removed.")
MOVES = QT_TRANSLATE_NOOP("MergeDialog", "Moves to the kept record: %1")


def _tr(text: str) -> str:
    return QCoreApplication.translate("MergeDialog", text)


def value_text(preview: MergePreview, key: str, values: tuple) -> str:
    """One field of one record as staff read it; "" when the record has nothing there."""
    first = values[0]
    if key == "father_name":
        name, unknown = values
        return name or (_tr(FATHER_UNKNOWN) if unknown else "")
    if key == "birth":
        born, precision = values
        text = BirthDate(born, precision).display()
        if not text:
            return ""
        return isolate_ltr(_tr(ABOUT).replace("%1", text) if precision == "about" else text)
    if key in CHOICES_BY_FIELD:
        return choice_text(CHOICES_BY_FIELD[key], first) or (first or "")
    if key.startswith("wg_"):
        return choice_text(choices.WG_ANSWERS, first) if first is not None else ""
    if key in ("phone", "phone2"):
        return isolate_ltr(first) if first else ""
    if key == "registry":
        record, page, office, governorate = values
        parts = []
        if record or page:
            parts.append(_tr(REGISTRY).replace("%1", record or "?").replace("%2", page or "?"))
        parts += [p for p in (office, governorate) if p]
        return _tr(COMMA).join(parts)
    if key in ("current_pcode", "origin_pcode"):
        if not first:
            return ""
        names = preview.places.get(first)
        name = (names[0] if current_language() == "ar" else names[1]) if names else ""
        return f"{name} ({isolate_ltr(first)})" if name else isolate_ltr(first)
    if key == "household":
        household_id, relationship = values
        if household_id is None:
            return ""
        neighbourhood, district, _landmark = preview.households.get(household_id, ("", "", ""))
        place = _tr(COMMA).join(p for p in (neighbourhood, district) if p)
        text = _tr(HOUSEHOLD).replace("%1", str(household_id)) + (f": {place}" if place else "")
        role = choice_text(choices.RELATIONSHIP_TO_HEAD, relationship)
        return text + (f" ({role})" if role else "")
    return "" if first is None else str(first)


def moving_text(preview: MergePreview, keep_id: int) -> str:
    moving = preview.moving(keep_id)
    if not moving:
        return _tr(NOTHING_MOVES)
    parts = []
    for table, count in sorted(moving.items()):
        text, args = link_label(table)
        parts.append(f"{translate_text('Merge', text, *args)}: {count}")
    return _tr(MOVES).replace("%1", _tr(COMMA).join(parts))


class _Choice(QRadioButton):
    """A value to keep: the whole highlighted cell takes the click, not only the text."""

    def hitButton(self, pos) -> bool:  # noqa: N802 - Qt's name
        return self.rect().contains(pos)


class MergeDialog(QDialog):
    """Compare two records and merge them. After `exec()`, `result` holds the MergeResult (or None)."""

    def __init__(self, session: UserSession, a_id: int, b_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.a_id, self.b_id = a_id, b_id
        self.result: MergeResult | None = None
        # No record data in the title (window switchers and the taskbar show it).
        self.setWindowTitle(self.tr("Compare and merge two records"))
        self.resize(980, 720)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "In each highlighted row, choose the value to keep. One record stays; the other is removed, and "
            "its documents, relatives, consents and other linked records move to the one that stays. Its "
            "file number will still find the kept record. You can undo the merge on the Duplicates page."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.warning = QLabel()
        self.warning.setObjectName("notSameWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a4b00; font-weight: bold;")
        layout.addWidget(self.warning)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.scroll, 1)

        self.moving = QLabel()
        self.moving.setObjectName("movingCounts")
        self.moving.setWordWrap(True)
        layout.addWidget(self.moving)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(self.tr("&Merge…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setDefault(True)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence("Alt+1"), self, activated=lambda: self.set_keep(self.preview.a.id))
        QShortcut(QKeySequence("Alt+2"), self, activated=lambda: self.set_keep(self.preview.b.id))
        self.load()

    # ---- building the comparison ---------------------------------------------------------------
    def load(self) -> None:
        """Read both records (again) and show them; choices start from the suggestions."""
        self.preview = merge_preview(self.session, self.a_id, self.b_id)
        self.keep_id = self.preview.suggested_keep
        self.touched: set[str] = set()
        self.sides: dict[str, str] = {}  # field -> "a" or "b": whose value stays
        self.groups: dict[str, QButtonGroup] = {}
        self.radios: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        self.warning.setText(self.tr(
            "Staff marked these two records as different people. Merge them only if you are sure they are "
            "one person.") if self.preview.marked_not_same else "")
        self.warning.setVisible(self.preview.marked_not_same)
        self.scroll.setWidget(self._grid())
        self.set_keep(self.keep_id)
        first = next(iter(self.radios.values()), None)
        (first[0] if first else self.keep_a).setFocus()

    def _grid(self) -> QWidget:
        body = QWidget()
        grid = QGridLayout(body)
        grid.setHorizontalSpacing(12)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        preview = self.preview
        head = QLabel(self.tr("Field"))
        head.setStyleSheet("font-weight: bold;")
        grid.addWidget(head, 0, 0)
        self.keep_group = QButtonGroup(self)
        self.keep_a = QRadioButton()
        self.keep_b = QRadioButton()
        for column, (button, side, shortcut) in enumerate(
            ((self.keep_a, preview.a, "Alt+1"), (self.keep_b, preview.b, "Alt+2")), start=1
        ):
            button.setObjectName("keepA" if column == 1 else "keepB")
            label = self.tr("First record: %1") if column == 1 else self.tr("Second record: %1")
            button.setText(label.replace("%1", isolate_ltr(side.file_number)))
            button.setToolTip(self.tr("Keep this record (%1)").replace("%1", shortcut))
            button.setStyleSheet("font-weight: bold;")
            self.keep_group.addButton(button)
            grid.addWidget(button, 0, column)
            button.toggled.connect(lambda on, pid=side.id: on and self.set_keep(pid))
        stays = QLabel(self.tr("Which record stays"))
        stays.setObjectName("keepHint")
        grid.addWidget(stays, 1, 0)
        self.stay_labels = (QLabel(), QLabel())
        for column, label in enumerate(self.stay_labels, start=1):
            label.setStyleSheet("color: #555;")
            grid.addWidget(label, 1, column)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        grid.addWidget(line, 2, 0, 1, 3)
        empty = self.tr("(empty)")
        # Values that need no choice start where the chosen values' text does, past the circle.
        style = self.style()
        indent = (style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth)
                  + style.pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing))
        for row, diff in enumerate(preview.fields, start=3):
            name = QLabel(QCoreApplication.translate("Merge", diff.label))
            grid.addWidget(name, row, 0)
            texts = [value_text(preview, diff.key, values) for values in (diff.a, diff.b)]
            if not diff.differs:
                # Aligned with the values above and below, whatever the script of the text
                # (an Arabic name in an English window would otherwise go to the far side).
                side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
                for column, text in enumerate(texts, start=1):
                    same = QLabel(text or empty)
                    same.setAlignment(Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignVCenter)
                    same.setIndent(indent)
                    same.setEnabled(bool(text))
                    grid.addWidget(same, row, column)
                continue
            name.setStyleSheet(DIFFERS_STYLE + " font-weight: bold;")
            group = QButtonGroup(self)
            pair = []
            for column, text in enumerate(texts, start=1):
                radio = _Choice(text or empty)
                radio.setObjectName(f"{diff.key}_{'ab'[column - 1]}")
                radio.setStyleSheet(DIFFERS_STYLE)
                group.addButton(radio, column)
                grid.addWidget(radio, row, column)
                pair.append(radio)
            group.idClicked.connect(lambda button_id, key=diff.key: self.choose(key, "ab"[button_id - 1]))
            self.groups[diff.key] = group
            self.radios[diff.key] = (pair[0], pair[1])
        grid.setRowStretch(len(preview.fields) + 3, 1)
        return body

    # ---- choosing -------------------------------------------------------------------------------------
    def set_keep(self, person_id: int) -> None:
        """Keep this record; rows the user has not chosen follow the suggestions for it."""
        self.keep_id = person_id
        kept_is_a = person_id == self.preview.a.id
        (self.keep_a if kept_is_a else self.keep_b).setChecked(True)
        stays, goes = self.tr("stays"), self.tr("is removed")
        self.stay_labels[0].setText(stays if kept_is_a else goes)
        self.stay_labels[1].setText(goes if kept_is_a else stays)
        suggested = self.preview.suggested_choices(person_id)
        for key in self.radios:
            if key not in self.touched:
                take_other = suggested[key] == "other"
                self._show(key, "b" if kept_is_a == take_other else "a")
        self.moving.setText(moving_text(self.preview, person_id))

    def choose(self, key: str, side: str) -> None:
        """Keep record `side`'s ("a" or "b") value of field `key`."""
        self.touched.add(key)
        self._show(key, side)

    def _show(self, key: str, side: str) -> None:
        self.sides[key] = side
        radio = self.radios[key][0 if side == "a" else 1]
        if not radio.isChecked():
            radio.setChecked(True)

    def choices(self) -> dict[str, str]:
        """For merge_people: field -> "keep" or "other", relative to the record that stays."""
        kept_side = "a" if self.keep_id == self.preview.a.id else "b"
        return {key: "keep" if side == kept_side else "other" for key, side in self.sides.items()}

    # ---- merging ----------------------------------------------------------------------------------------
    def merge(self) -> None:
        kept, other = self.preview.side(self.keep_id), self.preview.other(self.keep_id)
        question = self.tr(
            "Merge record %1 into record %2?\n\n%1 will be removed. Its linked records move to %2, with the "
            "values you chose. You can undo this on the Duplicates page."
        ).replace("%1", isolate_ltr(other.file_number)).replace("%2", isolate_ltr(kept.file_number))
        if not ask(self, question, yes=self.tr("Merge"), no=self.tr("Go back")):
            return
        try:
            self.result = merge_people(self.session, self.keep_id, other.id, self.choices(),
                                       versions=self.preview.versions(self.keep_id))
        except RecordChangedSincePreview as exc:
            show_error(self, error_text(exc))
            self.load()  # show what changed; the user compares again
            return
        except SanadError as exc:
            show_error(self, error_text(exc))
            return
        self.accept()

