"""`sanad self-test`: proves that the installed or frozen app has what it needs, by using it:
SQLCipher (version, pinned settings, FTS5) through a throwaway vault created and reopened, the
hardened XML parser for Excel, the bundled fonts and Arabic shaping, Qt's plugins, and both
translations. Prints one line per check; exit 0 when all pass, 1 naming what is broken."""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

Check = Callable[[], str]


def check_sqlcipher() -> str:
    from db import sqlcipher
    from db.vault import Vault

    with tempfile.TemporaryDirectory(prefix="sanad-selftest-") as folder:
        path = Path(folder) / "selftest.sanad"
        session, recovery = Vault.create(path, admin_username="selftest", admin_password="self-test-password-1")
        key = session.vault.master_key.copy()
        session.vault.close()
        if path.read_bytes()[:16] == sqlcipher.SQLITE_HEADER:
            raise RuntimeError("vault was written in plaintext")
        vault = Vault.open(path)
        try:
            vault.unlock("selftest", "self-test-password-1")
        finally:
            vault.close()
        conn = sqlcipher.connect(path, key)
        try:
            problems = sqlcipher.settings_problems(conn)
            conn.execute("CREATE VIRTUAL TABLE temp.fts_probe USING fts5(name)")
            version = sqlcipher.cipher_version(conn)
        finally:
            conn.close()
            key.wipe()
        if problems:
            raise RuntimeError("; ".join(problems))
        vault = Vault.open(path)
        try:
            vault.unlock_with_recovery(recovery)
        finally:
            vault.close()
    return f"SQLCipher {version}, settings pinned, FTS5, vault created, reopened, recovery key works"


def check_excel_hardening() -> str:
    import tempfile

    import openpyxl
    import xlsxwriter

    from exports.xlsx import StreamedWorkbook

    if not openpyxl.DEFUSEDXML:
        raise RuntimeError("openpyxl is not using defusedxml")
    # The list exports' writer (xlsxwriter) makes a file openpyxl reads back, formula text as text.
    with tempfile.TemporaryDirectory(prefix="sanad-selftest-") as folder:
        path = Path(folder) / "list.xlsx"
        workbook = StreamedWorkbook(path, Path(folder))
        sheet = workbook.sheet("قائمة", right_to_left=True)
        sheet.append(["رقم الملف", "=1+1", 7])
        workbook.save(active=sheet)
        book = openpyxl.load_workbook(path, read_only=True)
        try:
            cells = [c.value for c in book.active[1]]
        finally:
            book.close()
        if cells != ["رقم الملف", "=1+1", 7]:
            raise RuntimeError(f"list export read back as {cells!r}")
    return f"openpyxl {openpyxl.__version__} with defusedxml, xlsxwriter {xlsxwriter.__version__}"


def check_fonts() -> str:
    import fontpkg_amiri
    import fontpkg_noto_sans_arabic
    import uharfbuzz  # noqa: F401 - reportlab shapes Arabic through it

    amiri = Path(fontpkg_amiri.__file__).parent / "files" / "Amiri-Regular.ttf"
    noto = list((Path(fontpkg_noto_sans_arabic.__file__).parent / "files").glob("*.ttf"))
    if not amiri.is_file() or not noto:
        raise RuntimeError("bundled Arabic fonts missing")
    # Not registered with reportlab here: reportlab keeps one font object per face, and the
    # letters module registers Amiri itself (the "letters" check shapes a real letter).
    return "Amiri (letters) and Noto Sans Arabic (screens), HarfBuzz present"


def check_letters() -> str:
    """Every shipped template is there and an Arabic letter typesets to a PDF (the frozen build
    must carry the templates and fonts)."""
    import datetime as dt

    from exports.letters import SHIPPED_TEMPLATES, LetterData, OfficeHeader, render_letter, shipped_template

    templates = [shipped_template(key) for key in SHIPPED_TEMPLATES]
    pdf = render_letter(
        templates[0], LetterData(full_name="فاطمة أحمد علي حسين", file_number="MOS-2026-00001"), lang="ar",
        office=OfficeHeader(name_ar="سند", name_en="Sanad"), reference="SELF/TEST/1",
        issued_on=dt.date(2026, 1, 1), verification="TEST", hijri=True,
    )
    if not pdf.startswith(b"%PDF"):
        raise RuntimeError("the letter did not come out as a PDF")
    import pypdfium2  # the preview and printing rasterise letters with pdfium (a native library)

    document = pypdfium2.PdfDocument(pdf)
    try:
        width = document[0].render(scale=0.5).width
    finally:
        document.close()
    return (f"{len(templates)} letter templates, an Arabic letter typeset ({len(pdf) // 1024} KB) with its "
            f"Hijri date and rasterised by pdfium ({width} px wide)")


def check_qt() -> str:
    from PySide6.QtCore import QLibraryInfo
    from PySide6.QtWidgets import QApplication, QLabel

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    wanted = {"win32": "qwindows", "darwin": "qcocoa"}.get(sys.platform, "qxcb")
    found = sorted(p.name for p in plugins.glob("*")) if plugins.is_dir() else []
    if not any(wanted in name for name in found):
        raise RuntimeError(f"Qt platform plugin {wanted} missing in {plugins}")
    if os.environ.get("QT_QPA_PLATFORM") is None and sys.platform.startswith("linux") and not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from desktop.app import make_application

    app = QApplication.instance() or make_application()
    label = QLabel("سند — Sanad")
    image = label.grab()
    if image.isNull():
        raise RuntimeError("Qt could not draw a widget")
    return f"Qt platform plugins present ({wanted}), widgets draw on '{app.platformName()}'"


def check_translations() -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from desktop import paths

    ours = QTranslator()
    if not ours.load("sanad_ar", str(paths.translations_dir())):
        raise RuntimeError(f"sanad_ar.qm not found in {paths.translations_dir()}")
    source = "The user name or password is not correct."
    if ours.translate("SanadError", source) in ("", source):
        raise RuntimeError("Arabic translation does not translate")
    english = QTranslator()
    if not english.load("sanad_en", str(paths.translations_dir())):
        raise RuntimeError("sanad_en.qm not found")
    qt_own = QTranslator()
    if not qt_own.load("qtbase_ar", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        raise RuntimeError("Qt's own Arabic translation (qtbase_ar.qm) missing")
    return "Arabic and English, and Qt's own Arabic"


CHECKS: list[tuple[str, Check]] = [
    ("sqlcipher", check_sqlcipher),
    ("excel", check_excel_hardening),
    ("fonts", check_fonts),
    ("letters", check_letters),
    ("qt", check_qt),
    ("translations", check_translations),
]


def run_self_test(*, json_output: bool = False) -> int:
    results = []
    for name, check in CHECKS:
        started = time.perf_counter()
        try:
            detail, ok = check(), True
        except Exception as exc:  # report every broken part, not only the first
            detail, ok = f"{type(exc).__name__}: {exc}", False
        results.append({"check": name, "ok": ok, "detail": detail, "seconds": round(time.perf_counter() - started, 3)})
    if json_output:
        print(json.dumps({"ok": all(r["ok"] for r in results), "checks": results}, indent=1))
    else:
        for r in results:
            print(f"{'ok    ' if r['ok'] else 'FAILED'} {r['check']:<13} {r['detail']}")
        print("self-test passed" if all(r["ok"] for r in results) else "self-test FAILED")
    return 0 if all(r["ok"] for r in results) else 1
