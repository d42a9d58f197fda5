"""Marks user-visible text in Qt-free code for Qt's translation tools.

`pyside6-lupdate` recognises calls named QT_TRANSLATE_NOOP in any Python file, so the data layer
can mark messages without importing Qt; the UI translates them with QCoreApplication.translate.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


def fill(template: str, *args: object) -> str:
    """Substitute Qt-style %1, %2 ... placeholders (highest number first, so %10 is not read as %1)."""
    for index in range(len(args), 0, -1):
        template = template.replace(f"%{index}", str(args[index - 1]))
    return template
