"""Pseudonym keys managed by an administrator (db/pseudonyms.py) on a real vault: who may, what a
replacement does to pseudonyms, the default key kept, every change audited; and the dialog that
does it (ui/pseudonym_keys.py) driven with real widgets."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from db import export_data, pseudonyms
from db.errors import PermissionDenied, ValidationError
from db.models import AuditEntry
from db.permissions import Role
from db.session import CurrentUser, UserSession
from exports.anonymise import pseudonym

FILE_NUMBER = "MOS-2026-00001"


def _as(admin, role: Role) -> UserSession:
    return UserSession(admin.vault, CurrentUser(admin.user.id, f"{role.value}1", "", role, True))


def _entries(session, entity: str = pseudonyms.AUDIT_ENTITY) -> list[tuple[str, str, str]]:
    with session.transaction() as db:
        return [(e.action, e.entity_id, e.username) for e in db.scalars(
            select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.seq))]


@pytest.mark.parametrize("role", [Role.STAFF, Role.LEGAL, Role.MANAGER])
def test_only_administrators_manage_keys_and_refusals_are_audited(admin, role):
    pseudonyms.make_key(admin, "donor-x")
    other = _as(admin, role)
    for call in (lambda: pseudonyms.list_keys(other), lambda: pseudonyms.make_key(other, "mine"),
                 lambda: pseudonyms.replace_key(other, "donor-x"), lambda: pseudonyms.delete_key(other, "donor-x")):
        with pytest.raises(PermissionDenied):
            call()
    with admin.transaction() as db:
        refused = db.scalars(select(AuditEntry.details).where(AuditEntry.action == "permission_denied",
                                                              AuditEntry.username == f"{role.value}1")).all()
    assert len(refused) == 4 and all('"edit_settings"' in d for d in refused)
    assert [k.name for k in pseudonyms.list_keys(admin)] == ["default", "donor-x"]  # nothing changed


def test_the_default_key_is_listed_before_any_export_made_it(admin):
    [default] = pseudonyms.list_keys(admin)
    assert (default.name, default.exists, default.is_default, default.made_at) == ("default", False, True, None)


def test_a_new_key_records_who_made_it_and_when(admin):
    before = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    assert pseudonyms.make_key(admin, " donor-x ") == "donor-x"
    keys = {k.name: k for k in pseudonyms.list_keys(admin)}
    made = keys["donor-x"]
    assert made.exists and made.made_by == "admin" and made.made_at is not None
    assert before <= made.made_at <= before + dt.timedelta(minutes=1)
    assert (made.replaced_at, made.replaced_by) == (None, "")
    assert export_data.pseudonym_key_names(admin) == ["donor-x"]  # exports can pick it by name
    assert _entries(admin) == [("pseudonym_key_made", "donor-x", "admin")]


def test_names_are_checked_and_never_made_twice(admin):
    pseudonyms.make_key(admin, "donor-x")
    with pytest.raises(pseudonyms.KeyNameTaken):
        pseudonyms.make_key(admin, "donor-x")
    for bad in ("", "with space", "مفتاح", "x" * 41, "a;b"):
        with pytest.raises(ValidationError):
            pseudonyms.make_key(admin, bad)
    assert _entries(admin) == [("pseudonym_key_made", "donor-x", "admin")]


def test_replacing_a_key_gives_the_same_file_number_another_pseudonym(admin):
    pseudonyms.make_key(admin, "donor-x")
    key = export_data.pseudonym_key(admin, "donor-x")
    first = pseudonym(key, FILE_NUMBER)
    assert pseudonym(export_data.pseudonym_key(admin, "donor-x"), FILE_NUMBER) == first  # stable until replaced
    pseudonyms.replace_key(admin, "donor-x")
    again = pseudonym(export_data.pseudonym_key(admin, "donor-x"), FILE_NUMBER)
    assert again != first
    other = pseudonym(export_data.pseudonym_key(admin, "default"), FILE_NUMBER)
    assert other not in (first, again)  # keys are separate
    replaced = {k.name: k for k in pseudonyms.list_keys(admin)}["donor-x"]
    assert replaced.replaced_by == "admin" and replaced.replaced_at is not None and replaced.made_at is not None
    assert ("pseudonym_key_replaced", "donor-x", "admin") in _entries(admin)


def test_replacing_the_default_before_any_export_makes_it(admin):
    pseudonyms.replace_key(admin, "default")
    [default] = pseudonyms.list_keys(admin)
    assert default.exists and default.made_by == "admin"
    with pytest.raises(pseudonyms.NoSuchKey):
        pseudonyms.replace_key(admin, "never-made")


def test_delete_refuses_the_default_and_removes_another_key(admin):
    export_data.pseudonym_key(admin)  # made by an export
    pseudonyms.make_key(admin, "donor-x")
    old = pseudonym(export_data.pseudonym_key(admin, "donor-x"), FILE_NUMBER)
    with pytest.raises(pseudonyms.DefaultKeyKept):
        pseudonyms.delete_key(admin, "default")
    with pytest.raises(pseudonyms.NoSuchKey):
        pseudonyms.delete_key(admin, "never-made")
    pseudonyms.delete_key(admin, "donor-x")
    assert [k.name for k in pseudonyms.list_keys(admin)] == ["default"]
    assert _entries(admin)[-1] == ("pseudonym_key_deleted", "donor-x", "admin")
    # Asked for again, the name gets a new key: nothing made with the old one can be linked.
    assert pseudonym(export_data.pseudonym_key(admin, "donor-x"), FILE_NUMBER) != old


def test_a_key_made_by_an_export_shows_who_made_it_from_the_audit_log(admin):
    manager = _as(admin, Role.MANAGER)
    export_data.pseudonym_key(manager, "quarterly")  # made on first use, as an export does
    export_data.new_pseudonym_key(admin, "quarterly")
    quarterly = {k.name: k for k in pseudonyms.list_keys(admin)}["quarterly"]
    assert quarterly.made_by == "manager1" and quarterly.made_at is not None
    assert quarterly.replaced_by == "admin" and quarterly.replaced_at >= quarterly.made_at
    # Deleted and made again by an export: the new one's maker, not the first.
    pseudonyms.delete_key(admin, "quarterly")
    export_data.pseudonym_key(admin, "quarterly")
    again = {k.name: k for k in pseudonyms.list_keys(admin)}["quarterly"]
    assert (again.made_by, again.replaced_by) == ("admin", "")


def test_every_change_is_one_audited_step(admin):
    pseudonyms.make_key(admin, "a")
    pseudonyms.replace_key(admin, "a")
    pseudonyms.delete_key(admin, "a")
    assert _entries(admin) == [("pseudonym_key_made", "a", "admin"), ("pseudonym_key_replaced", "a", "admin"),
                               ("pseudonym_key_deleted", "a", "admin")]
    from db import audit

    with admin.transaction() as db:
        assert audit.verify(db).ok
