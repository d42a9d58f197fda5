"""Language and direction, set once at start-up: our translator, Qt's own (so standard buttons
speak Arabic), the default locale, and right-to-left layout for Arabic."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
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
    if lang == "ar":
        QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Iraq))
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    app.setProperty("sanad_lang", lang)


def current_language() -> str:
    app = QCoreApplication.instance()
    value = app.property("sanad_lang") if app else None
    return value or "en"


def translate_text(context: str, text: str, *args: object) -> str:
    return fill(QCoreApplication.translate(context, text), *args)


def error_text(error: SanadError) -> str:
    """A data-layer error in the user's language."""
    return translate_text("SanadError", error.text, *error.args_for_text)
