"""The shell: navigation to each area, the lock, and a status bar saying who is signed in where.

Pages are built for a session and destroyed when the vault locks, so no record text stays in any
widget while the lock screen shows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from db.permissions import ROLE_LABELS, Action
from db.session import UserSession
from db.vault import Vault
from ui.login import LoginForm
from ui.pages.applications import ApplicationsPage
from ui.pages.audit import AuditPage
from ui.pages.duplicates import DuplicatesPage
from ui.pages.home import HomePage
from ui.pages.locations import PlacesPage
from ui.pages.my_week import BADGE_ROLE, BadgeDelegate, MyWeekPage, badge_tooltip
from ui.pages.people import PeoplePage
from ui.pages.referrals import ReferralsPage
from ui.pages.security import SecurityPage
from ui.pages.settings import SettingsPage
from ui.pages.users import UsersPage
from ui.pages.workflow_settings import WorkflowSettingsPage
from ui.widgets import isolate_ltr


class MainWindow(QMainWindow):
    lock_requested = Signal()
    unlocked = Signal(object)
    language_changed = Signal(str)
    idle_changed = Signal(int)
    minimised = Signal()
    settings_saved = Signal(dict)
    restore_requested = Signal(object, object)  # (backup file, credentials): replace the open vault

    def __init__(self, vault: Vault, parent=None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.session: UserSession | None = None
        self.setObjectName("mainWindow")
        # The title never carries record data (it shows in the taskbar and window switchers).
        self.setWindowTitle(self.tr("Sanad") + (" — " + self.tr("DEMO") if vault.demo else ""))
        self.resize(1100, 720)

        self.toolbar = QToolBar(self.tr("Main"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(self.toolbar)
        self.lock_action = QAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton), self.tr("Lock"), self
        )
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.setToolTip(self.tr("Lock Sanad now (Ctrl+L)"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.toolbar.addAction(self.lock_action)
        from ui.panic import install_shortcut

        self.wipe_shortcut = install_shortcut(self)  # emergency wipe (Ctrl+Alt+Shift+W) when the office enabled it

        self.user_label = QLabel()
        self.role_label = QLabel()
        self.vault_label = QLabel()
        self.demo_label = QLabel(self.tr("DEMO"))
        self.demo_label.setStyleSheet("background: #fff3cd; color: #664d03; font-weight: bold; padding: 0 6px;")
        for label in (self.user_label, self.role_label, self.vault_label):
            self.statusBar().addPermanentWidget(label)
        if vault.demo:
            self.statusBar().addPermanentWidget(self.demo_label)

        self.nav: QListWidget | None = None
        self.pages: QStackedWidget | None = None
        self.lock_form: LoginForm | None = None
        self.backup_bar = None
        self._restore_geometry()

    # ---- window layout, remembered per computer (never record data) ----------------------------
    def _restore_geometry(self) -> None:
        from desktop.app import machine_settings

        geometry = machine_settings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.WindowStateChange and self.isMinimized():
            self.minimised.emit()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        from desktop.app import machine_settings

        machine_settings().setValue("main_window/geometry", self.saveGeometry())
        from ui.backup_dialogs import backup_on_close

        backup_on_close(self, self.session)  # if the office wants one; the user may skip it
        super().closeEvent(event)

    # ---- signed in -----------------------------------------------------------------------------
    def show_session(self, session: UserSession) -> None:
        self.session = session
        from ui.backup_dialogs import BackupStatusBar

        central = QWidget()
        outer = QVBoxLayout(central)
        self.backup_bar = BackupStatusBar(session)
        outer.addWidget(self.backup_bar)
        layout = QHBoxLayout()
        outer.addLayout(layout, 1)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(230)
        self.nav.setStyleSheet("QListWidget#navigation { font-size: 11pt; } "
                               "QListWidget#navigation::item { padding: 7px 8px; }")
        self.nav.setItemDelegate(BadgeDelegate(self.nav))
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self._add_pages(session)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(0)
        self.setCentralWidget(central)
        self.lock_form = None
        self.toolbar.setVisible(True)
        self.lock_action.setEnabled(True)
        user = session.user
        self.user_label.setText(self.tr("User: %1").replace("%1", user.full_name or user.username))
        self.role_label.setText(
            self.tr("Role: %1").replace("%1", QCoreApplication.translate("Role", ROLE_LABELS[user.role]))
            + (" · " + self.tr("sensitive fields") if user.can_view_sensitive else "")
        )
        self.vault_label.setText(self.tr("Vault: %1").replace("%1", isolate_ltr(session.vault.path.name)))
        self.vault_label.setToolTip(str(session.vault.path))

    def _add_page(self, key: str, title: str, widget: QWidget) -> None:
        assert self.nav is not None and self.pages is not None
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.addItem(item)
        self.pages.addWidget(widget)

    def _add_pages(self, session: UserSession) -> None:
        self._add_page("home", self.tr("Home"), HomePage(session))
        if session.may(Action.VIEW_PEOPLE):  # legal users their own week, managers the office's
            week = MyWeekPage(session)
            week.background = True
            week.counts_changed.connect(self._show_week_badge)
            self._add_page("my_week", self.tr("My week"), week)
            week.refresh_counts()
        if session.may(Action.VIEW_PEOPLE):
            self._add_page("people", self.tr("People"), PeoplePage(session))
        if session.may(Action.EDIT_PEOPLE):
            self._add_page("duplicates", self.tr("Duplicates"), DuplicatesPage(session))
        if session.may(Action.VIEW_PEOPLE):  # changing them needs MANAGE_APPLICATIONS; the page knows
            self._add_page("applications", self.tr("Applications"), ApplicationsPage(session))
        if session.may(Action.VIEW_PEOPLE):  # making them needs MANAGE_REFERRALS; the page knows
            self._add_page("referrals", self.tr("Referrals"), ReferralsPage(session))
        if session.may(Action.VIEW_PEOPLE):  # issuing and templates need PRINT_LETTERS; the page knows
            from ui.pages.letters import LettersPage

            self._add_page("letters", self.tr("Letters"), LettersPage(session))
        if session.may(Action.EXPORT):
            from ui.pages.reports import ReportsPage

            self._add_page("reports", self.tr("Reports and exports"), ReportsPage(session))
        if session.may(Action.MANAGE_USERS):
            self._add_page("users", self.tr("Users"), UsersPage(session))
        if session.may(Action.VIEW_AUDIT):
            self._add_page("audit", self.tr("Audit log"), AuditPage(session))
        if session.may(Action.EDIT_SETTINGS):
            self._add_page("places", self.tr("Places"), PlacesPage(session))
            self._add_page("workflow", self.tr("Documents and workflow"), WorkflowSettingsPage(session))
        if session.may(Action.RETENTION):
            from ui.pages.retention import RetentionPage

            self._add_page("retention", self.tr("Retention"), RetentionPage(session))
        settings = SettingsPage(session)
        settings.language_changed.connect(self.language_changed)
        settings.idle_changed.connect(self.idle_changed)
        settings.settings_saved.connect(self.settings_saved)
        self._add_page("settings", self.tr("Settings"), settings)
        if session.may(Action.BACKUP) or session.may(Action.RESTORE):
            from ui.pages.backups import BackupsPage

            backups = BackupsPage(session)
            backups.replace_requested.connect(self.restore_requested)
            self._add_page("backups", self.tr("Backups"), backups)
        self._add_page("security", self.tr("My password and keys"), SecurityPage(session))

    def _show_week_badge(self, counts) -> None:
        """My week's count on its navigation item: hearings to record, actions due, follow-ups overdue."""
        if self.nav is None:
            return
        item = self.nav.item(self.page_keys().index("my_week"))
        item.setData(BADGE_ROLE, counts.total)
        item.setToolTip(badge_tooltip(counts))

    def page_keys(self) -> list[str]:
        assert self.nav is not None
        return [self.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.nav.count())]

    def show_page(self, key: str) -> QWidget:
        keys = self.page_keys()
        self.nav.setCurrentRow(keys.index(key))
        return self.pages.widget(keys.index(key))

    # ---- locked --------------------------------------------------------------------------------
    def show_locked(self, username: str) -> None:
        """Replace every page with the unlock form; the old pages are deleted."""
        old = self.takeCentralWidget()
        if old is not None:
            old.deleteLater()
        self.nav = None
        self.pages = None
        self.session = None
        self.backup_bar = None
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.addStretch(1)
        self.lock_form = LoginForm(
            self.vault, username=username,
            locked_message=self.tr("Sanad is locked. Enter your password to continue."),
        )
        self.lock_form.setMaximumWidth(520)
        self.lock_form.unlocked.connect(self.unlocked)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.lock_form)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.setCentralWidget(holder)
        self.lock_action.setEnabled(False)
        self.user_label.setText(self.tr("Locked"))
        self.role_label.clear()
        self.lock_form.password.setFocus()
