"""Logging to a file in the user's log folder. Log lines carry event names, counts and error
types, never names, passwords or keys; faulthandler writes native crashes to the same folder."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import traceback
from pathlib import Path

from desktop import paths

_handler: logging.Handler | None = None
_folder: Path | None = None
_fault_file = None


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the `sanad` loggers to <log dir>/sanad.log; returns that folder (None if unwritable)."""
    global _handler, _folder, _fault_file
    folder = paths.log_dir()
    root = logging.getLogger("sanad")
    root.setLevel(level)
    if _handler is not None and folder == _folder:
        return _folder
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    try:
        paths.ensure(folder)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / "sanad.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        if _fault_file is not None:
            _fault_file.close()
        _fault_file = open(folder / "crash.log", "a", encoding="utf-8")  # noqa: SIM115 - lives with the process
        faulthandler.enable(_fault_file)
        _folder = folder
    except OSError:
        handler = logging.NullHandler()
        _folder = None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    _handler = handler
    return _folder


def safe_traceback(exc: BaseException) -> str:
    """Exception type and the places it passed: no message text, which may quote record data."""
    frames = traceback.extract_tb(exc.__traceback__)
    lines = [f"{type(exc).__module__}.{type(exc).__name__}"]
    lines += [f"  {Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames]
    return "\n".join(lines)
