"""Copying secrets and sensitive values: they stay on the clipboard for a short time, then are
cleared, but only if the clipboard still holds what we put there (security case R4)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

CLEAR_AFTER_SECONDS = 10


class SensitiveClipboard:
    def __init__(self, seconds: int = CLEAR_AFTER_SECONDS) -> None:
        self.seconds = seconds
        self._value: str | None = None
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_ours)

    def copy(self, text: str) -> None:
        QApplication.clipboard().setText(text)
        self._value = text
        self._timer.start(self.seconds * 1000)

    def clear_if_ours(self) -> None:
        clipboard = QApplication.clipboard()
        if self._value is not None and clipboard.text() == self._value:
            clipboard.clear()
        self._value = None


_shared: SensitiveClipboard | None = None


def copy_sensitive(text: str) -> SensitiveClipboard:
    global _shared
    if _shared is None:
        _shared = SensitiveClipboard()
    _shared.copy(text)
    return _shared
