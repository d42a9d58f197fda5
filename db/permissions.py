"""Roles and what each may do (domain.md section 7), as one table the service layer checks.

Seeing sensitive fields is not a role but a separate permission a user may hold in any role.
"""

from __future__ import annotations

from enum import StrEnum

from db.i18n import QT_TRANSLATE_NOOP


class Role(StrEnum):
    STAFF = "staff"
    LEGAL = "legal"
    MANAGER = "manager"
    ADMIN = "admin"


ROLE_LABELS = {
    Role.STAFF: QT_TRANSLATE_NOOP("Role", "Staff"),
    Role.LEGAL: QT_TRANSLATE_NOOP("Role", "Legal"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Role", "Manager"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Role", "Administrator"),
}


class Action(StrEnum):
    VIEW_PEOPLE = "view_people"
    EDIT_PEOPLE = "edit_people"
    DELETE_PEOPLE = "delete_people"
    VIEW_SENSITIVE = "view_sensitive"
    MANAGE_REFERRALS = "manage_referrals"
    MANAGE_APPLICATIONS = "manage_applications"
    PRINT_LETTERS = "print_letters"
    EXPORT = "export"
    IMPORT = "import"
    VIEW_AUDIT = "view_audit"
    MANAGE_USERS = "manage_users"
    EDIT_SETTINGS = "edit_settings"
    ROTATE_KEY = "rotate_key"
    BACKUP = "backup"
    RESTORE = "restore"
    RETENTION = "retention"


ACTION_LABELS = {
    Action.VIEW_PEOPLE: QT_TRANSLATE_NOOP("Action", "view people"),
    Action.EDIT_PEOPLE: QT_TRANSLATE_NOOP("Action", "register and edit people"),
    Action.DELETE_PEOPLE: QT_TRANSLATE_NOOP("Action", "delete people"),
    Action.VIEW_SENSITIVE: QT_TRANSLATE_NOOP("Action", "see sensitive fields"),
    Action.MANAGE_REFERRALS: QT_TRANSLATE_NOOP("Action", "make referrals"),
    Action.MANAGE_APPLICATIONS: QT_TRANSLATE_NOOP("Action", "manage document applications"),
    Action.PRINT_LETTERS: QT_TRANSLATE_NOOP("Action", "print letters"),
    Action.EXPORT: QT_TRANSLATE_NOOP("Action", "export data"),
    Action.IMPORT: QT_TRANSLATE_NOOP("Action", "import data"),
    Action.VIEW_AUDIT: QT_TRANSLATE_NOOP("Action", "read the audit log"),
    Action.MANAGE_USERS: QT_TRANSLATE_NOOP("Action", "manage users"),
    Action.EDIT_SETTINGS: QT_TRANSLATE_NOOP("Action", "change office settings"),
    Action.ROTATE_KEY: QT_TRANSLATE_NOOP("Action", "rotate the master key"),
    Action.BACKUP: QT_TRANSLATE_NOOP("Action", "make backups"),
    Action.RESTORE: QT_TRANSLATE_NOOP("Action", "restore backups"),
    Action.RETENTION: QT_TRANSLATE_NOOP("Action", "archive and purge closed files"),
}

_S, _L, _M, _A = Role.STAFF, Role.LEGAL, Role.MANAGER, Role.ADMIN

# The role matrix. VIEW_SENSITIVE is granted by the user's permission flag, never by role alone.
MATRIX: dict[Action, frozenset[Role]] = {
    Action.VIEW_PEOPLE: frozenset({_S, _L, _M, _A}),
    Action.EDIT_PEOPLE: frozenset({_S, _L, _A}),
    Action.DELETE_PEOPLE: frozenset({_A}),
    Action.VIEW_SENSITIVE: frozenset({_S, _L, _M, _A}),
    Action.MANAGE_REFERRALS: frozenset({_S, _L, _A}),
    Action.MANAGE_APPLICATIONS: frozenset({_L, _A}),
    Action.PRINT_LETTERS: frozenset({_L, _A}),
    Action.EXPORT: frozenset({_M, _A}),
    Action.IMPORT: frozenset({_M, _A}),
    Action.VIEW_AUDIT: frozenset({_M, _A}),
    Action.MANAGE_USERS: frozenset({_A}),
    Action.EDIT_SETTINGS: frozenset({_A}),
    Action.ROTATE_KEY: frozenset({_A}),
    Action.BACKUP: frozenset({_A}),
    Action.RESTORE: frozenset({_A}),
    Action.RETENTION: frozenset({_A}),
}


def allowed(role: Role | str, action: Action, *, can_view_sensitive: bool = False) -> bool:
    if action is Action.VIEW_SENSITIVE and not can_view_sensitive:
        return False
    return Role(role) in MATRIX[action]
