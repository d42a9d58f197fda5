"""Where Sanad keeps things, in one place. `SANAD_HOME` overrides all of it (tests, portable
installs on a USB stick); otherwise platformdirs picks the per-user folders of the OS."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "Sanad"
VAULT_FILENAME = "vault.sanad"
DEMO_FILENAME = "demo.sanad"


def _dirs() -> PlatformDirs:
    return PlatformDirs(APP_NAME, appauthor=False, roaming=False)


def home_override() -> Path | None:
    value = os.environ.get("SANAD_HOME")
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    override = home_override()
    return override / "data" if override else Path(_dirs().user_data_dir)


def log_dir() -> Path:
    override = home_override()
    return override / "logs" if override else Path(_dirs().user_log_dir)


def default_vault() -> Path:
    return data_dir() / VAULT_FILENAME


def demo_vault() -> Path:
    return data_dir() / DEMO_FILENAME


def resource_root() -> Path:
    """The folder holding our packages: the source tree, or PyInstaller's bundle when frozen."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parent.parent


def translations_dir() -> Path:
    return resource_root() / "ui" / "translations"


def ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path
