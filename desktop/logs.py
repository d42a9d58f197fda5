"""Logging to a file in the user's log folder. Log lines carry event names, counts and error
types, never names, passwords or keys; faulthandler writes native crashes to the same folder."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers

from desktop import paths

_configured = False
_fault_file = None


def setup_logging(level: int = logging.INFO) -> None:
    global _configured, _fault_file
    if _configured:
        return
    _configured = True
    try:
        folder = paths.ensure(paths.log_dir())
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / "sanad.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        _fault_file = open(folder / "crash.log", "a", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
        faulthandler.enable(_fault_file)
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("sanad")
    root.setLevel(level)
    root.addHandler(handler)
