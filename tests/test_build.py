"""What ships: the pinned, hash-checked dependency lock (security case B3) and the frozen
PyInstaller build, proved by running its own self-test, --version and demo (B1)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import tomllib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from desktop import __version__

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements.lock"
SPEC = ROOT / "installer" / "sanad.spec"

# What the Windows build ships that matters most for B3; each must be installed at the lock's pin.
SHIPPED = [
    "sqlcipher3", "openpyxl", "reportlab", "defusedxml", "PySide6-Essentials", "shiboken6", "SQLAlchemy",
    "alembic", "cryptography", "argon2-cffi", "argon2-cffi-bindings", "uharfbuzz", "fontpkg-amiri",
    "fontpkg-noto-sans-arabic", "platformdirs", "pyinstaller",
]
BUILD_SECONDS_LIMIT = 420  # here a build takes about 30 s; the whole suite must stay under ~10 min


@dataclass(frozen=True)
class Pin:
    requirement: Requirement
    hashes: tuple[str, ...]

    @property
    def version(self) -> Version:
        return Version(next(iter(self.requirement.specifier)).version)


def read_lock(path: Path = LOCK) -> dict[str, Pin]:
    """The lock's entries by canonical name: `name==version [; marker]` plus its --hash options."""
    text = re.sub(r"\\\n", " ", path.read_text(encoding="utf-8"))  # join continuation lines
    pins: dict[str, Pin] = {}
    for line in text.splitlines():
        line = line.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        requirement = Requirement(line.split(" --hash=", 1)[0].strip())
        hashes = tuple(re.findall(r"--hash=sha256:([0-9a-f]{64})", line))
        pins[canonicalize_name(requirement.name)] = Pin(requirement, hashes)
    return pins


def test_lock_pins_every_entry_exactly_with_hashes():
    pins = read_lock()
    assert len(pins) >= 20, "requirements.lock looks empty or unparsable"
    for name, pin in pins.items():
        operators = [spec.operator for spec in pin.requirement.specifier]
        assert operators == ["=="], f"{name} is not pinned with == in requirements.lock"
        assert pin.hashes, f"{name} has no --hash=sha256: in requirements.lock"


def test_lock_has_the_windows_wheels_of_binary_packages():
    # A lock made for one platform only would fail `pip install --require-hashes` on win_amd64.
    pins = read_lock()
    for name in ("sqlcipher3", "pyside6-essentials", "shiboken6", "cryptography", "uharfbuzz"):
        assert len(pins[name].hashes) >= 3, f"{name}: too few hashes for Linux and Windows wheels"
    # PyInstaller needs these on Windows only; a Linux-only resolution would miss them.
    for name in ("pefile", "pywin32-ctypes"):
        assert name in pins and pins[name].requirement.marker is not None


def test_lock_covers_every_runtime_dependency_of_the_project():
    pins = read_lock()
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    for line in declared:
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement.name} is in pyproject.toml, not in requirements.lock: run installer/lock.sh"
        assert pins[name].version in requirement.specifier, (
            f"requirements.lock pins {name}=={pins[name].version}, outside pyproject's {requirement.specifier}"
        )
    assert "pyinstaller" in pins, "the build tool ships too: it must be in requirements.lock"


@pytest.mark.parametrize("name", SHIPPED)
def test_installed_version_equals_the_lock(name):
    pin = read_lock()[canonicalize_name(name)]
    installed = Version(metadata.version(name))
    assert installed == pin.version, (
        f"{name} {installed} is installed but requirements.lock pins {pin.version}: "
        "reinstall with scripts/setup.sh, or re-lock with installer/lock.sh"
    )


# --- the frozen app ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FrozenApp:
    folder: Path
    seconds: float
    tmp: Path

    def exe(self, name: str) -> Path:
        return self.folder / (name + (".exe" if sys.platform == "win32" else ""))

    def run(self, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
        home = self.tmp / "home"
        environment = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "SANAD_"))}
        environment.update(QT_QPA_PLATFORM="offscreen", SANAD_HOME=str(home), **env)
        return subprocess.run(
            [str(self.exe("sanad-cli")), *args], env=environment, capture_output=True, text=True,
            encoding="utf-8", timeout=300,
        )


@pytest.fixture(scope="module")
def frozen(tmp_path_factory) -> FrozenApp:
    """Builds dist/Sanad once for this module, exactly as installer/build.sh does (minus --clean)."""
    tmp = tmp_path_factory.mktemp("frozen")
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(tmp / "dist"),
         "--workpath", str(tmp / "build"), str(SPEC)],
        cwd=ROOT, capture_output=True, text=True, timeout=BUILD_SECONDS_LIMIT + 180,
    )
    seconds = time.perf_counter() - started
    assert result.returncode == 0, result.stderr[-5000:]
    print(f"\nPyInstaller build: {seconds:.0f} s")
    return FrozenApp(tmp / "dist" / "Sanad", seconds, tmp)


@pytest.mark.slow
def test_frozen_build_is_quick_enough_for_the_suite(frozen):
    assert frozen.seconds < BUILD_SECONDS_LIMIT


@pytest.mark.slow
def test_frozen_self_test_passes(frozen):
    result = frozen.run("self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    for check in ("sqlcipher", "excel", "fonts", "qt", "translations"):  # excel: X1, defusedxml in use
        assert re.search(rf"^ok\s+{check}\b", result.stdout, re.MULTILINE), result.stdout


@pytest.mark.slow
def test_frozen_version_is_the_package_version(frozen):
    result = frozen.run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Sanad {__version__}"


@pytest.mark.slow
def test_frozen_demo_creates_a_vault_that_verifies(frozen):
    vault = frozen.tmp / "demo.sanad"
    password = "frozen-demo-password-1"
    result = frozen.run("demo", "--vault", str(vault), "--people", "50", SANAD_PASSWORD=password)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "50 people" in result.stdout
    assert vault.is_file()
    result = frozen.run("audit", "verify", "--vault", str(vault), SANAD_PASSWORD=password)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_frozen_bundle_has_the_files_the_app_reads_from_disk(frozen):
    bundle = frozen.folder / "_internal"
    # Alembic loads revisions as files, from Path(db/migrate.py).parent / "migrations".
    ours = {p.name for p in (ROOT / "db/migrations/versions").glob("*.py")}
    assert {p.name for p in (bundle / "db/migrations/versions").glob("*.py")} == ours
    assert (bundle / "db/migrations/env.py").is_file()
    for qm in (ROOT / "ui/translations").glob("*.qm"):
        assert (bundle / "ui/translations" / qm.name).is_file()
    # Qt's own translations (PySide6/Qt/translations on Linux, PySide6/translations on Windows).
    assert list((bundle / "PySide6").rglob("qtbase_ar.qm")), "Qt's Arabic for standard buttons and dialogs"
    assert not list((bundle / "PySide6").rglob("qtbase_de.qm")), "languages other than ar and en are left out"
    # Both executables: the window, and its console twin for scripts.
    assert frozen.exe("Sanad").is_file() and frozen.exe("sanad-cli").is_file()
