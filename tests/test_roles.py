"""R1: the role matrix, enforced in the service layer (not only the window); each refusal is audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db import auditlog, office, users
from db.errors import PermissionDenied
from db.models import AuditEntry
from db.overview import overview
from db.permissions import MATRIX, Action, Role, allowed
from db.rotation import rotate_master_key
from db.vault import Vault
from tests.conftest import ADMIN_PASSWORD

PASSWORD = "role-test-pass-1"

# The service calls that exist so far, one per action.
CALLS = {
    Action.MANAGE_USERS: lambda s: users.list_users(s),
    Action.EDIT_SETTINGS: lambda s: office.save_settings(s, {"office_name_en": "Changed"}),
    Action.VIEW_AUDIT: lambda s: auditlog.recent(s, 5),
    Action.VIEW_PEOPLE: lambda s: overview(s),
    Action.ROTATE_KEY: lambda s: rotate_master_key(s, PASSWORD),
}

EXPECTED = {
    Role.STAFF: {Action.VIEW_PEOPLE},
    Role.LEGAL: {Action.VIEW_PEOPLE},
    Role.MANAGER: {Action.VIEW_PEOPLE, Action.VIEW_AUDIT},
    Role.ADMIN: set(CALLS),
}


@pytest.fixture
def sessions(admin, vault_path):
    for role in Role:
        users.add_user(admin, f"user_{role.value}", PASSWORD, role=role, must_change_password=False)
    admin.vault.close()

    def login(role: Role):
        vault = Vault.open(vault_path)
        return vault.unlock(f"user_{role.value}", PASSWORD)

    return login


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", list(CALLS))
def test_role_matrix_in_the_service_layer(sessions, role, action):
    session = sessions(role)
    try:
        if action in EXPECTED[role]:
            CALLS[action](session)
        else:
            with pytest.raises(PermissionDenied):
                CALLS[action](session)
            with session.transaction() as db:
                last = db.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
            assert last.action == "permission_denied" and action.value in last.details
            assert last.username == f"user_{role.value}"
    finally:
        session.vault.close()


def test_sensitive_view_needs_the_permission_not_only_a_role():
    for role in Role:
        assert not allowed(role, Action.VIEW_SENSITIVE, can_view_sensitive=False)
        assert allowed(role, Action.VIEW_SENSITIVE, can_view_sensitive=True)


def test_matrix_follows_the_domain_roles():
    assert MATRIX[Action.MANAGE_USERS] == {Role.ADMIN}
    assert MATRIX[Action.EXPORT] == {Role.MANAGER, Role.ADMIN}
    assert MATRIX[Action.PRINT_LETTERS] == {Role.LEGAL, Role.ADMIN}
    assert Role.STAFF in MATRIX[Action.EDIT_PEOPLE] and Role.STAFF in MATRIX[Action.MANAGE_REFERRALS]


def test_disabled_user_cannot_sign_in_and_has_no_slot(admin, vault_path):
    from db.errors import WrongCredentials

    users.add_user(admin, "leaver", PASSWORD, role="staff", must_change_password=False)
    slots = len(admin.vault.keyfile.slots)
    users.disable_user(admin, "leaver")
    assert len(admin.vault.keyfile.slots) == slots - 1
    admin.vault.close()
    vault = Vault.open(vault_path)
    with pytest.raises(WrongCredentials):
        vault.unlock("leaver", PASSWORD)
    vault.close()


def test_reset_user_must_change_password_at_next_sign_in(admin, vault_path):
    users.add_user(admin, "newcomer", PASSWORD, role="legal")
    admin.vault.close()
    vault = Vault.open(vault_path)
    session = vault.unlock("newcomer", PASSWORD)
    assert session.user.must_change_password
    users.change_own_password(session, PASSWORD, "my-own-secret-99")
    assert not session.user.must_change_password
    vault.close()


def test_last_admin_cannot_be_disabled_or_demoted(admin):
    from db.errors import ValidationError

    users.add_user(admin, "second", PASSWORD, role="staff")
    with pytest.raises(ValidationError):
        users.update_user(admin, "admin", role="staff")
    with pytest.raises(ValidationError):
        users.disable_user(admin, "admin")


def test_user_rules(admin):
    from db.errors import UserExists, ValidationError

    with pytest.raises(ValidationError):
        users.add_user(admin, "two words", PASSWORD, role="staff")
    with pytest.raises(ValidationError):
        users.add_user(admin, "short", "short", role="staff")
    users.add_user(admin, "Maryam", PASSWORD, role="staff")
    with pytest.raises(UserExists):
        users.add_user(admin, "maryam", PASSWORD, role="staff")



def test_failed_password_change_leaves_the_key_file_as_it_was(admin, vault_path, monkeypatch):
    """A save that fails inside its transaction changes neither the vault nor the live key file."""
    from db import users as users_module

    slots = [s.slot_id for s in admin.vault.keyfile.slots]

    def boom(*args, **kwargs):
        raise RuntimeError("disk went away")

    monkeypatch.setattr(users_module.audit, "append", boom)
    with pytest.raises(RuntimeError):
        users.change_own_password(admin, ADMIN_PASSWORD, "never-saved-pass-1")
    monkeypatch.undo()
    assert [s.slot_id for s in admin.vault.keyfile.slots] == slots
    admin.vault.keyfile.save(admin.vault.keys_path)  # any later save writes the unchanged slots
    admin.vault.close()
    Vault.open(vault_path).unlock("admin", ADMIN_PASSWORD).vault.close()


def test_crash_between_key_file_and_commit_keeps_the_old_password(admin, vault_path, monkeypatch):
    from db.users import SlotChange

    def crash(self):
        raise KeyboardInterrupt("power cut")

    monkeypatch.setattr(SlotChange, "after_commit", crash)
    original_before = SlotChange.before_commit

    def before_then_crash(self, db):
        original_before(self, db)
        raise KeyboardInterrupt("power cut before the commit")

    monkeypatch.setattr(SlotChange, "before_commit", before_then_crash)
    with pytest.raises(KeyboardInterrupt):
        users.change_own_password(admin, ADMIN_PASSWORD, "lost-in-the-crash-1")
    monkeypatch.undo()
    admin.vault.close()
    vault = Vault.open(vault_path)
    assert len(vault.keyfile.slots) == 2  # the new slot reached the disk, the commit did not
    session = vault.unlock("admin", ADMIN_PASSWORD)
    assert len(session.vault.keyfile.slots) == 1  # the unmapped slot was removed at unlock
    vault.close()


def test_recovery_key_may_only_reset_an_active_administrator(admin, vault_path):
    users.add_user(admin, "clerk", PASSWORD, role="staff")
    recovery = admin.recovery
    admin.vault.close()
    vault = Vault.open(vault_path)
    session = vault.unlock_with_recovery(recovery)
    with pytest.raises(PermissionDenied):
        users.reset_password(session, "clerk", "taken-over-pass-1")
    with pytest.raises(PermissionDenied):
        users.add_user(session, "intruder", "taken-over-pass-2", role="admin")
    vault.close()
