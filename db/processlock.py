"""One Sanad process per vault: an OS lock on `<vault>.lock`, released when the process ends
(even if it is killed), so a crash never leaves a stale lock behind."""

from __future__ import annotations

import os
from pathlib import Path

from db.errors import FolderNotWritable, VaultInUse

if os.name == "nt":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class ProcessLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        for _attempt in range(5):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            except PermissionError as exc:
                raise FolderNotWritable(self.path.parent) from exc
            if not _try_lock(fd):
                os.close(fd)
                raise VaultInUse()
            # The holder before us may have removed the file between our open and our lock:
            # then we hold a lock on a file nobody else will see. Start again.
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except FileNotFoundError:
                same = False
            if same:
                self._fd = fd
                return
            os.close(fd)
        raise VaultInUse()

    def release(self) -> None:
        """Unlock and remove the lock file, so a closed vault leaves nothing beside it."""
        if self._fd is None:
            return
        try:
            if os.name != "nt":
                self.path.unlink(missing_ok=True)
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None
        if os.name == "nt":
            try:
                self.path.unlink()
            except OSError:
                pass  # another Sanad opened it meanwhile; it owns the file now

    @property
    def held(self) -> bool:
        return self._fd is not None
