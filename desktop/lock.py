"""Auto-lock: any key press, click or wheel counts as activity; after the office's idle time the
`idle` signal fires and the app locks. The clock is injectable so tests need not wait."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, minutes: int, *, clock: Callable[[], float] = time.monotonic, parent=None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.seconds = minutes * 60
        self.last_activity = clock()
        self.enabled = True
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def set_minutes(self, minutes: int) -> None:
        self.seconds = minutes * 60

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _ACTIVITY:
            self.last_activity = self.clock()
        return False

    def reset(self) -> None:
        self.last_activity = self.clock()

    def check(self) -> None:
        if self.enabled and self.clock() - self.last_activity >= self.seconds:
            self.enabled = False
            self.idle.emit()
