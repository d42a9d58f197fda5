"""Combo boxes filled from db/choices.py: stored code as item data, label in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox


def choice_text(choices, code) -> str:
    from db.choices import label

    text = label(choices, code)
    return QCoreApplication.translate("Choices", text) if text else ""


def fill_combo(combo: QComboBox, choices, *, empty: str | None = None) -> QComboBox:
    """Items for `choices`; `empty` (already translated) first with data "" when given."""
    combo.clear()
    if empty is not None:
        combo.addItem(empty, "")
    for code, text in choices:
        combo.addItem(QCoreApplication.translate("Choices", text), code)
    return combo


def select_code(combo: QComboBox, code) -> None:
    """Show `code`; an unknown stored code is kept (shown as itself) rather than silently changed."""
    index = combo.findData(code)
    if index < 0 and code not in ("", None):
        combo.addItem(str(code), code)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))


def birth_shown(text: str) -> str:
    """A date of birth for display: "~2015" (about) in words in the user's language."""
    if text.startswith("~"):
        return QCoreApplication.translate("Choices", "about %1").replace("%1", text[1:])
    return text
