"""Start-up as a recipe: crash handler, language, vault choice, sign-in, main window, lock."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog

from db import office
from db.errors import SanadError
from db.session import UserSession
from db.vault import Vault
from desktop import paths
from desktop.lock import IdleWatcher, WindowsSessionLockWatcher

log = logging.getLogger("sanad.app")


def machine_settings() -> QSettings:
    """Per-computer preferences only (language of the sign-in screen, last vault path, window
    geometry): never record data."""
    return QSettings("Sanad", "Sanad")


def register_fonts() -> None:
    """Bundled Arabic UI font so every PC shows the same letters, whatever Windows has."""
    try:
        import fontpkg_noto_sans_arabic
    except ImportError:
        return
    folder = Path(fontpkg_noto_sans_arabic.__file__).parent / "files"
    for font in folder.glob("*.ttf"):
        QFontDatabase.addApplicationFont(str(font))


def make_application(argv: list[str] | None = None) -> QApplication:
    if QApplication.instance() is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Sanad")
    app.setOrganizationName("Sanad")
    icon = paths.resource_root() / "ui" / "icons" / "sanad.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    register_fonts()
    return app


def install_crash_handler() -> None:
    from ui.errors import install_excepthook

    install_excepthook()


class SanadController:
    """Owns the open vault, the session, the main window and the idle lock."""

    def __init__(self, app: QApplication, vault: Vault) -> None:

        self.app = app
        self.vault = vault
        self.session: UserSession | None = None
        self.lock_on_minimise = True
        self.idle = IdleWatcher(5, parent=app)
        self.window = self._make_window()
        self.idle.idle.connect(self.lock)
        app.installEventFilter(self.idle)
        self.session_lock = WindowsSessionLockWatcher(self.lock)
        app.installNativeEventFilter(self.session_lock)
        app.aboutToQuit.connect(self.shutdown)

    def start(self, session: UserSession) -> None:
        self.on_unlocked(session)
        self.window.show()
        self.session_lock.register(int(self.window.winId()))
        # The sign-in dialog just closed: give the keyboard to the main window (Ctrl+L works at once).
        self.window.raise_()
        self.window.activateWindow()

    def on_unlocked(self, session: UserSession) -> bool:
        if session.user.must_change_password and not session.user.is_recovery:
            from ui.pages.security import ChangePasswordDialog

            if not ChangePasswordDialog(session, self.window, forced=True).exec():
                session.lock()
                self.window.show_locked(session.user.username)
                return False
        self.session = session
        log.info("vault unlocked")
        settings = office.get_settings(session)
        self._apply_settings(settings)
        self.idle.set_minutes(int(settings["idle_lock_minutes"]))
        self.idle.reset()
        self.idle.enabled = True
        language = settings["language"]
        machine_settings().setValue("language", language)
        if language != self.app.property("sanad_lang"):
            from ui import i18n

            i18n.install(self.app, language)
            self._rebuild_window()
        self.window.show_session(session)
        return True

    def _make_window(self):
        from ui.main_window import MainWindow

        window = MainWindow(self.vault)
        window.lock_requested.connect(self.lock)
        window.unlocked.connect(self.on_unlocked)
        window.language_changed.connect(self.change_language)
        window.idle_changed.connect(self.idle.set_minutes)
        window.minimised.connect(self._on_minimised)
        window.settings_saved.connect(self._apply_settings)
        window.restore_requested.connect(self.replace_vault)
        return window

    def _apply_settings(self, settings: dict) -> None:
        self.lock_on_minimise = bool(settings["lock_on_minimise"])

    def _on_minimised(self) -> None:
        if self.lock_on_minimise:
            self.lock()

    def _rebuild_window(self) -> None:
        old = self.window
        self.window = self._make_window()
        self.window.setGeometry(old.geometry())
        if old.isVisible():
            self.window.show()
        old.hide()
        old.deleteLater()

    def change_language(self, language: str) -> None:
        from ui import i18n

        session = self.session
        i18n.install(self.app, language)
        machine_settings().setValue("language", language)
        self._rebuild_window()
        if session is not None:
            self.window.show_session(session)
            self.window.show_page("settings")

    def lock(self) -> None:
        """Hide every window's content and drop the key; the password brings it back."""
        if self.session is None:
            return
        username = self.session.user.username
        for widget in QApplication.topLevelWidgets():
            if widget is not self.window and isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
            elif widget is not self.window and widget.isWindow() and widget.isVisible():
                widget.close()
        self.session.lock()
        self.session = None
        self.idle.enabled = False
        self.window.show_locked(username)
        log.info("vault locked")

    def replace_vault(self, backup_path, credentials) -> None:
        """Restore a backup over the open vault (kept aside), then sign in to it again."""
        from ui.backup_dialogs import replace_current_vault

        replace_current_vault(self, backup_path, credentials)

    def reopen(self, vault: Vault, username: str) -> None:
        """Another vault file is now in place (after a restore): a new window, locked, on it."""
        self.vault = vault
        self._rebuild_window()
        self.window.show_locked(username)
        self.window.show()

    def shutdown(self) -> None:
        if self.session is not None:
            try:
                self.session.audit("logout")
            except SanadError:
                pass
        self.session = None
        self.vault.close()


def choose_vault(app: QApplication, requested: Path | None) -> Vault | UserSession | None:
    """Open the requested or default vault; with none, offer to create one or open the demo."""
    from ui.errors import show_sanad_error
    from ui.welcome import WelcomeDialog

    path = requested or paths.default_vault()
    while True:
        if path.exists():
            try:
                return Vault.open(path)
            except SanadError as exc:
                from ui.backup_dialogs import offer_restore_if_damaged

                if offer_restore_if_damaged(None, path, exc):
                    continue  # a backup is in place now: open it
                show_sanad_error(None, exc)
                if requested is not None:
                    return None
        dialog = WelcomeDialog(path)
        if not dialog.exec():
            return None
        if dialog.session is not None:
            return dialog.session
        path = dialog.chosen_path
        requested = path


def run_gui(vault_path: Path | None = None, *, lang: str | None = None) -> int:
    from ui import i18n

    install_crash_handler()
    app = make_application()
    language = lang or machine_settings().value("language", "ar")
    i18n.install(app, str(language))
    choice = choose_vault(app, Path(vault_path) if vault_path else None)
    if choice is None:
        return 1 if vault_path else 0
    if isinstance(choice, UserSession):
        session = choice
    else:
        from ui.backup_dialogs import sign_in

        session = sign_in(choice)  # offers the newest good backup when the vault is damaged
        if session is None:
            return 0
    from ui.backup_dialogs import check_on_open

    session = check_on_open(session)  # the quick check; offers the newest good backup if damaged
    if session is None:
        return 1
    controller = SanadController(app, session.vault)
    controller.start(session)
    app._sanad_controller = controller  # keep it alive as long as the app
    return app.exec()


def time_to_login_window(vault_path: str | Path) -> float:
    """For the cold-start benchmark: seconds from this call to the sign-in window shown."""
    from ui import i18n
    from ui.login import LoginDialog

    started = time.perf_counter()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_application()
    i18n.install(app, "ar")
    vault = Vault.open(vault_path)
    dialog = LoginDialog(vault)
    dialog.show()
    app.processEvents()
    elapsed = time.perf_counter() - started
    dialog.close()
    vault.close()
    QTimer.singleShot(0, app.quit)
    return elapsed


