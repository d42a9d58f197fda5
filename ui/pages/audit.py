"""The audit log, read-only: the newest entries and a check of the whole chain."""

from __future__ import annotations

import json

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from db import auditlog
from db.auditlog import AuditRow
from db.i18n import QT_TRANSLATE_NOOP
from db.session import UserSession

_ROOT = QModelIndex()

# What each logged action means, for people reading the log (codes stay as stored).
ACTION_NAMES = {
    "vault_created": QT_TRANSLATE_NOOP("AuditAction", "vault created"),
    "login": QT_TRANSLATE_NOOP("AuditAction", "signed in"),
    "login_failed": QT_TRANSLATE_NOOP("AuditAction", "failed sign-in"),
    "unlock": QT_TRANSLATE_NOOP("AuditAction", "unlocked"),
    "lock": QT_TRANSLATE_NOOP("AuditAction", "locked"),
    "logout": QT_TRANSLATE_NOOP("AuditAction", "signed out"),
    "recovery_unlock": QT_TRANSLATE_NOOP("AuditAction", "opened with the recovery key"),
    "keyfile_rebuilt": QT_TRANSLATE_NOOP("AuditAction", "key file rebuilt"),
    "master_key_rotated": QT_TRANSLATE_NOOP("AuditAction", "master key rotated"),
    "create": QT_TRANSLATE_NOOP("AuditAction", "created"),
    "update": QT_TRANSLATE_NOOP("AuditAction", "changed"),
    "delete": QT_TRANSLATE_NOOP("AuditAction", "deleted"),
    "password_changed": QT_TRANSLATE_NOOP("AuditAction", "password changed"),
    "password_reset": QT_TRANSLATE_NOOP("AuditAction", "password reset"),
    "permission_denied": QT_TRANSLATE_NOOP("AuditAction", "refused (role)"),
    "print": QT_TRANSLATE_NOOP("AuditAction", "printed"),
    "export": QT_TRANSLATE_NOOP("AuditAction", "exported"),
    "view_sensitive": QT_TRANSLATE_NOOP("AuditAction", "viewed sensitive fields"),
    "demo_data_generated": QT_TRANSLATE_NOOP("AuditAction", "demo data generated"),
    "demo_casework_generated": QT_TRANSLATE_NOOP("AuditAction", "demo casework generated"),
    "merge": QT_TRANSLATE_NOOP("AuditAction", "records merged"),
    "unmerge": QT_TRANSLATE_NOOP("AuditAction", "merge undone"),
    "export_subject_access": QT_TRANSLATE_NOOP("AuditAction", "exported everything about a person"),
    "locations_imported": QT_TRANSLATE_NOOP("AuditAction", "places imported"),
    "referral_refused_consent": QT_TRANSLATE_NOOP("AuditAction", "referral refused (no consent)"),
    "letter_issued": QT_TRANSLATE_NOOP("AuditAction", "letter issued"),
    "letter_printed": QT_TRANSLATE_NOOP("AuditAction", "letter printed"),
    "letter_reprinted": QT_TRANSLATE_NOOP("AuditAction", "letter reprinted"),
    "letter_saved": QT_TRANSLATE_NOOP("AuditAction", "letter saved as PDF"),
    "letter_cancelled": QT_TRANSLATE_NOOP("AuditAction", "letter cancelled"),
    "letter_verified": QT_TRANSLATE_NOOP("AuditAction", "letter verification checked"),
    "letters_batch": QT_TRANSLATE_NOOP("AuditAction", "letters issued in a batch"),
    "export_list": QT_TRANSLATE_NOOP("AuditAction", "list exported to Excel"),
    "export_sensitive_allowed": QT_TRANSLATE_NOOP("AuditAction", "sensitive fields allowed in an export"),
    "pseudonym_key_made": QT_TRANSLATE_NOOP("AuditAction", "pseudonym key made"),
    "pseudonym_key_replaced": QT_TRANSLATE_NOOP("AuditAction", "pseudonym key replaced"),
    "pseudonym_key_deleted": QT_TRANSLATE_NOOP("AuditAction", "pseudonym key deleted"),
    "people_imported": QT_TRANSLATE_NOOP("AuditAction", "people imported"),
    "import_error_report": QT_TRANSLATE_NOOP("AuditAction", "import problems saved to Excel"),
    "backup": QT_TRANSLATE_NOOP("AuditAction", "backup made"),
    "backup_rotated": QT_TRANSLATE_NOOP("AuditAction", "old backups removed"),
    "restore": QT_TRANSLATE_NOOP("AuditAction", "backup restored"),
    "archive": QT_TRANSLATE_NOOP("AuditAction", "file archived"),
    "purge": QT_TRANSLATE_NOOP("AuditAction", "file purged (retention)"),
}


class AuditModel(QAbstractTableModel):
    COL_SEQ, COL_TIME, COL_USER, COL_ACTION, COL_RECORD, COL_DETAILS = range(6)

    def __init__(self, rows: list[AuditRow], parent=None) -> None:
        super().__init__(parent)
        self.rows = rows

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("No."), self.tr("Time (UTC)"), self.tr("User"), self.tr("Action"),
                    self.tr("Record"), self.tr("Details"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        col = index.column()
        if col == self.COL_SEQ:
            return str(row.seq)
        if col == self.COL_TIME:
            return row.ts[:19].replace("T", " ")
        if col == self.COL_USER:
            return row.username
        if col == self.COL_ACTION:
            name = ACTION_NAMES.get(row.action)
            return QCoreApplication.translate("AuditAction", name) if name else row.action
        if col == self.COL_RECORD:
            return f"{row.entity} {row.entity_id}".strip()
        try:
            details = json.loads(row.details)
        except ValueError:
            return row.details
        return ", ".join(f"{k}: {v}" for k, v in details.items())[:300]


class AuditPage(QWidget):
    def __init__(self, session: UserSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.verify_button = QPushButton(self.tr("Verify the whole log"))
        self.verify_button.setObjectName("verifyAudit")
        self.verify_button.clicked.connect(self.verify)
        self.result = QLabel()
        self.result.setObjectName("auditResult")
        self.result.setWordWrap(True)
        row.addWidget(self.verify_button)
        row.addWidget(self.result, 1)
        layout.addLayout(row)
        self.table = QTableView()
        self.table.setModel(AuditModel(auditlog.recent(session, 500), self))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)

    def verify(self) -> None:
        result = auditlog.verify_chain(self.session)
        if result.ok:
            self.result.setText(
                self.tr("Intact: %1 entries, every link verified. Newest: %2").replace("%1", str(result.count))
                .replace("%2", result.head[:16])
            )
            self.result.setToolTip(result.head)
            self.result.setStyleSheet("color: #1b5e20;")
        else:
            self.result.setText(self.tr("Broken at entry %1. The log was changed outside Sanad.")
                                .replace("%1", str(result.first_broken)))
            self.result.setStyleSheet("color: #b00020; font-weight: bold;")
