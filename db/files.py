"""Files Sanad writes outside the vault (exports, reports, letters, error reports): made under a
temporary name in the destination's folder, owner-only, synced, and renamed into place only when
complete, so a full disk, a pulled USB stick, a refused audit entry or a cancel never leaves a
partial file, and never replaces an older file of that name with one. OS errors become messages
for the user."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from db.errors import DiskFull, SanadError
from db.i18n import QT_TRANSLATE_NOOP


class ExportNotWritten(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError",
        "Sanad could not write %1. No file was made. Check that the folder exists and the drive is connected.",
    )


class ExportFolderNotWritable(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError", "Sanad may not write %1 (the folder is read-only or the file is open in another "
        "program). No file was made. Choose another place or close the file.",
    )


ErrorFor = Callable[[OSError, Path], SanadError]


def disk_full(exc: OSError) -> bool:
    return exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))


def not_permitted(exc: OSError) -> bool:
    return isinstance(exc, PermissionError) or exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM)


def write_error(exc: OSError, path: Path) -> SanadError:
    """The message for an OS error while writing `path`."""
    if disk_full(exc):
        return DiskFull()
    if not_permitted(exc):
        return ExportFolderNotWritable(path)
    return ExportNotWritten(path)


# What a killed or crashed Sanad may leave beside an export (plain text of what it was writing):
# the staged file, and the list writer's scratch folder (exports/xlsx.py).
PART_SUFFIX = ".part"
SCRATCH_PREFIX = ".sanad-scratch-"
STALE_AFTER = 15 * 60  # seconds without a write: no export that is still running is that quiet


def _newest_write(path: Path) -> float:
    newest = path.stat().st_mtime
    if path.is_dir():
        for child in path.rglob("*"):
            with suppress(OSError):
                newest = max(newest, child.stat().st_mtime)
    return newest


def sweep(folder: Path, *, now: float | None = None) -> list[Path]:
    """Remove what an export killed half way left in `folder` (a power cut, kill -9, a crash):
    Sanad's staged files and scratch folders with no write for STALE_AFTER. A staged file is kept
    while any scratch folder there is still being written (a long list export stages its file
    first and writes it last). Returns what was removed; what cannot be removed is left."""
    import shutil
    import time

    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    scratch = [p for p in entries if p.name.startswith(SCRATCH_PREFIX) and p.is_dir()]
    parts = [p for p in entries if p.name.startswith(".") and p.name.endswith(PART_SUFFIX) and p.is_file()]
    busy = False
    for path in scratch:
        try:
            quiet = now - _newest_write(path) > STALE_AFTER
        except OSError:
            continue
        if quiet:
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
        else:
            busy = True
    if not busy:
        for path in parts:
            with suppress(OSError):
                if now - path.stat().st_mtime > STALE_AFTER:
                    path.unlink()
                    removed.append(path)
    return removed


@contextmanager
def staged(path: Path, *, errors: ErrorFor = write_error) -> Iterator[Path]:
    """A temporary file in the destination's folder (so the final move is atomic), owner-only,
    removed if anything goes wrong before `place` moved it; OS errors become `errors(exc, path)`.
    What an earlier export killed half way left in that folder goes first (`sweep`)."""
    sweep(path.parent)
    temp: Path | None = None
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=PART_SUFFIX, dir=path.parent)
        os.close(fd)
        temp = Path(name)
        yield temp
    except OSError as exc:
        raise errors(exc, path) from exc
    finally:
        if temp is not None and temp.exists():
            temp.unlink()


def place(temp: Path, path: Path) -> None:
    """Sync the finished temporary file and rename it over `path`, then sync the folder so the
    rename itself survives a power cut (POSIX)."""
    with open(temp, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(temp, path)
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic(path: Path, produce: Callable[[Path], None], *, errors: ErrorFor = write_error) -> Path:
    """`produce(temp)` writes the file; it appears at `path` whole or not at all."""
    path = Path(path)
    with staged(path, errors=errors) as temp:
        produce(temp)
        place(temp, path)
    return path
