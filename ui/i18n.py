"""Language and direction, set once at start-up: our translator, Qt's own (so standard buttons
speak Arabic), the default locale, and right-to-left layout for Arabic."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from db.errors import SanadError
from db.i18n import fill
from desktop import paths

LANGUAGES = ("ar", "en")
_installed: list[QTranslator] = []


def install(app: QApplication, lang: str) -> None:
    lang = lang if lang in LANGUAGES else "ar"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(f"sanad_{lang}", str(paths.translations_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if lang != "en" and qt_own.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    _set_font(app, lang)
    if lang == "ar":
        QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Iraq))
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    app.setProperty("sanad_lang", lang)


_default_families: list[str] = []


def _set_font(app: QApplication, lang: str) -> None:
    """Arabic letters from the bundled Noto Sans Arabic, Latin from the system font."""
    font = app.font()
    if not _default_families:
        _default_families.extend(font.families() or [font.family()])
    families = list(_default_families)
    if lang == "ar" and "Noto Sans Arabic" in QFontDatabase.families():
        families = ["Noto Sans Arabic", *families]
    font.setFamilies(families)
    app.setFont(font)


def current_language() -> str:
    app = QCoreApplication.instance()
    value = app.property("sanad_lang") if app else None
    return value or "en"


def translate_text(context: str, text: str, *args: object) -> str:
    return fill(QCoreApplication.translate(context, text), *args)


def error_text(error: SanadError) -> str:
    """A data-layer error in the user's language."""
    # An argument may itself be an error (a document's date problem inside "Document 2: ..."):
    # it is translated too.
    args = [error_text(arg) if isinstance(arg, SanadError) else arg for arg in error.args_for_text]
    return translate_text("SanadError", error.text, *args)
