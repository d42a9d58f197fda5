"""The global exception hook: log the traceback (types and places, no personal data) and show a
calm, translated message; known low-level failures become plain advice."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from db.errors import SanadError
from db.i18n import QT_TRANSLATE_NOOP
from desktop.logs import safe_traceback
from ui.i18n import error_text
from ui.messages import show_error

log = logging.getLogger("sanad.crash")

_KNOWN = {
    "database or disk is full": QT_TRANSLATE_NOOP(
        "Errors", "The disk is full. Nothing was saved. Free some space and try again."),
    "disk I/O error": QT_TRANSLATE_NOOP(
        "Errors", "Sanad could not read or write the vault file. If it is on a USB stick or network "
        "folder, check that it is still connected."),
    "database disk image is malformed": QT_TRANSLATE_NOOP(
        "Errors", "The vault file could not be read. It may be damaged; restore it from a backup."),
    "file is not a database": QT_TRANSLATE_NOOP(
        "Errors", "The vault file could not be read. It may be damaged; restore it from a backup."),
    "attempt to write a readonly database": QT_TRANSLATE_NOOP(
        "Errors", "The vault file is read-only. Check the folder's permissions."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def friendly_text(exc: BaseException) -> str:
    if isinstance(exc, SanadError):
        return error_text(exc)
    message = str(exc)
    for needle, text in _KNOWN.items():
        if needle in message:
            return _tr(text)
    return QCoreApplication.translate(
        "Errors",
        "Something unexpected went wrong. Your saved work is safe. If it happens again, copy the "
        "details and send them to your administrator.",
    )


def _hook(exc_type, exc, tb) -> None:
    details = safe_traceback(exc.with_traceback(tb))
    log.error("unhandled exception\n%s", details)
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    try:
        show_error(QApplication.activeWindow(), friendly_text(exc), details)
    except Exception:  # the hook itself must never raise
        sys.__excepthook__(exc_type, exc, tb)


def install_excepthook() -> None:
    sys.excepthook = _hook


def show_sanad_error(parent: QWidget | None, exc: SanadError) -> None:
    show_error(parent, error_text(exc))
