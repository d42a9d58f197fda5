"""Every visible string is translated into Arabic, placeholders intact, and the shipped .qm files
are compiled from the committed .ts sources."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "ui" / "translations"


def _messages(lang: str):
    tree = ET.parse(TS_DIR / f"sanad_{lang}.ts")
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def test_every_arabic_string_is_translated_with_placeholders_kept():
    missing, broken = [], []
    for context, message in _messages("ar"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not (translation.text or "").strip():
            missing.append(f"{context}: {source}")
            continue
        if sorted(re.findall(r"%\d", source)) != sorted(re.findall(r"%\d", translation.text)):
            broken.append(f"{context}: {source}")
    assert missing == [] and broken == []


def test_ts_sources_cover_the_code():
    """Re-running lupdate finds no string that the committed .ts lacks."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate not installed")
    result = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "desktop", "ui", "db", "exports"],
                            capture_output=True, text=True, cwd=ROOT, check=True)
    sources = [s for s in result.stdout.split() if s.endswith(".py")]
    fresh = ROOT / "build" / "sanad_check.ts"
    fresh.parent.mkdir(exist_ok=True)
    fresh.unlink(missing_ok=True)
    subprocess.run([lupdate, "-no-obsolete", *sources, "-ts", str(fresh)], cwd=ROOT, check=True,
                   capture_output=True)
    found = {(c.findtext("name"), m.findtext("source")) for c in ET.parse(fresh).getroot().iter("context")
             for m in c.iter("message")}
    committed = {(ctx, m.findtext("source")) for ctx, m in _messages("ar")}
    assert found - committed == set(), "run scripts/update_translations.sh and translate the new strings"


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_qm_files_are_compiled_from_the_ts(tmp_path, lang):
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease not installed")
    out = tmp_path / f"sanad_{lang}.qm"
    subprocess.run([lrelease, str(TS_DIR / f"sanad_{lang}.ts"), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == (TS_DIR / f"sanad_{lang}.qm").read_bytes()


def test_arabic_translator_translates_errors(qapp):
    from db.errors import WrongCredentials
    from ui import i18n

    i18n.install(qapp, "ar")
    try:
        text = i18n.error_text(WrongCredentials())
        assert text != WrongCredentials.text and any("\u0600" <= ch <= "\u06ff" for ch in text)
    finally:
        i18n.install(qapp, "en")
