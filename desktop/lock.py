"""Auto-lock: any key press, click or wheel counts as activity; after the office's idle time the
`idle` signal fires and the app locks. The clock is injectable so tests need not wait. On Windows
Sanad also locks when the Windows session locks."""

from __future__ import annotations

import ctypes
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QAbstractNativeEventFilter, QEvent, QObject, QTimer, Signal

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


class _MSG(ctypes.Structure):
    """Windows' MSG structure (winuser.h), declared here so the filter can be tested anywhere."""

    _fields_ = [
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
        ("time", ctypes.c_uint32),
        ("pt_x", ctypes.c_long),
        ("pt_y", ctypes.c_long),
    ]


WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0


class WindowsSessionLockWatcher(QAbstractNativeEventFilter):
    """Locks Sanad when Windows locks the session (Win+L, lid closed, screen-saver lock):
    KeePassXC's default, security case R3. Elsewhere it is installed but never fires."""

    def __init__(self, on_session_lock: Callable[[], None]) -> None:
        super().__init__()
        self.on_session_lock = on_session_lock

    def register(self, window_id: int) -> bool:
        """Ask Windows to send session notifications to this window; False off Windows."""
        if sys.platform != "win32":
            return False
        wtsapi = ctypes.WinDLL("wtsapi32")
        return bool(wtsapi.WTSRegisterSessionNotification(ctypes.c_void_p(window_id), NOTIFY_FOR_THIS_SESSION))

    def nativeEventFilter(self, event_type, message):  # noqa: N802 - Qt's name
        if bytes(event_type) == b"windows_generic_MSG" and message:
            msg = _MSG.from_address(int(message))
            if msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK:
                self.on_session_lock()
        return False, 0
