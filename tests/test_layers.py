"""The tree is the architecture: db/ and exports/ never load Qt widgets."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_db_and_exports_do_not_import_qt_widgets():
    modules = []
    for package in ("db", "exports"):
        modules.append(package)
        modules += [f"{package}.{m.name}" for m in pkgutil.iter_modules([str(ROOT / package)])]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"Qt loaded by the data layer: {result.stdout}"


def test_ui_builds_no_sql():
    offenders = []
    for path in (ROOT / "ui").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for needle in ("sqlalchemy", "sqlcipher3", "SELECT ", "INSERT ", "UPDATE ", "DELETE FROM"):
            if needle in source:
                offenders.append(f"{path.relative_to(ROOT)}: {needle}")
    assert offenders == []
