"""R6: every change is in the log with old and new value; the log is append-only and chained."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy.exc
from sqlalchemy import select, text

from db import audit, auditlog, office
from db.models import AuditEntry, Person
from tests.helpers import add_people


def _entries(session, action=None):
    with session.transaction() as db:
        query = select(AuditEntry).order_by(AuditEntry.seq)
        if action:
            query = query.where(AuditEntry.action == action)
        return list(db.scalars(query))


def test_create_change_delete_are_recorded_with_old_and_new_values(admin):
    [person_id] = add_people(admin, 1)
    with admin.transaction() as db:
        db.get(Person, person_id).phone = "07801112222"
    with admin.transaction() as db:
        db.delete(db.get(Person, person_id))
    creates = [e for e in _entries(admin, "create") if e.entity == "person"]
    updates = [e for e in _entries(admin, "update") if e.entity == "person"]
    deletes = [e for e in _entries(admin, "delete") if e.entity == "person"]
    assert len(creates) == 1 and creates[0].entity_id == str(person_id)
    with admin.transaction() as db:
        update = audit.readable_details(db, "person", str(person_id), updates[-1].details)
        deleted = audit.readable_details(db, "person", str(person_id), deletes[0].details)
    assert update == {"phone": ["", "07801112222"]}
    assert deletes[0].username == "admin" and deleted["file_number"] == "MOS-2026-00001"
    # In the table itself only the field names are readable.
    assert json.loads(updates[-1].details)["fields"] == ["phone"] and "0780" not in updates[-1].details


def test_purging_a_records_audit_key_leaves_the_chain_but_not_the_values(admin):
    """Retention: a person's data can be made unreadable in the append-only log."""
    [person_id] = add_people(admin, 1, marker="ZZPURGE")
    with admin.transaction() as db:
        db.delete(db.get(Person, person_id))
    with admin.transaction() as db:
        db.connection().exec_driver_sql(
            "DELETE FROM audit_subject_key WHERE entity = 'person' AND entity_id = ?", (str(person_id),)
        )
    assert auditlog.verify_chain(admin).ok
    shown = [row for row in auditlog.recent(admin, 50) if row.entity == "person"]
    assert shown and all("ZZPURGE" not in row.details for row in shown)
    assert all("(purged)" in row.details for row in shown)


def test_rolled_back_change_leaves_no_entry(admin):
    count = len(_entries(admin))
    with pytest.raises(RuntimeError):
        with admin.transaction() as db:
            office._write(db, "office_name_en", "Changed")
            db.flush()
            raise RuntimeError("user cancelled")
    assert len(_entries(admin)) == count
    assert office.get_settings(admin)["office_name_en"] == "Sanad Office"


def test_chain_verifies_and_names_the_first_edited_row(admin):
    add_people(admin, 3)
    assert auditlog.verify_chain(admin).ok
    target = _entries(admin)[4].seq
    with admin.transaction() as db:
        conn = db.connection()
        conn.exec_driver_sql("DROP TRIGGER audit_log_no_update")
        conn.execute(text("UPDATE audit_log SET username = 'someone' WHERE seq = :s"), {"s": target})
    result = auditlog.verify_chain(admin)
    assert not result.ok and result.first_broken == target
    assert "changed" in result.reason


def test_entries_cut_off_the_end_are_found_with_a_written_down_head(admin):
    add_people(admin, 3)
    noted = auditlog.verify_chain(admin)
    assert noted.ok and len(noted.head) == 64
    with admin.transaction() as db:
        conn = db.connection()
        conn.exec_driver_sql("DROP TRIGGER audit_log_no_delete")
        conn.exec_driver_sql(f"DELETE FROM audit_log WHERE seq > {noted.count - 2}")
    assert auditlog.verify_chain(admin).ok  # the chain alone cannot see a cut tail
    result = auditlog.verify_chain(admin, expect=(noted.count, noted.head))
    assert not result.ok and "removed" in result.reason


def test_deleted_row_is_detected(admin):
    add_people(admin, 2)
    with admin.transaction() as db:
        conn = db.connection()
        conn.exec_driver_sql("DROP TRIGGER audit_log_no_delete")
        conn.exec_driver_sql("DELETE FROM audit_log WHERE seq = 3")
    result = auditlog.verify_chain(admin)
    assert not result.ok and result.first_broken == 4


@pytest.mark.parametrize("statement", ["UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log"])
def test_triggers_refuse_raw_edits(admin, statement):
    with pytest.raises(sqlalchemy.exc.DatabaseError, match="append-only"):
        with admin.transaction() as db:
            db.connection().exec_driver_sql(statement)
    assert auditlog.verify_chain(admin).ok


def test_login_lock_and_unlock_are_recorded(admin, vault_path):
    from tests.conftest import ADMIN_PASSWORD

    admin.lock()
    session = admin.vault.unlock("admin", ADMIN_PASSWORD)
    actions = [e.action for e in _entries(session)]
    assert actions[-3:] == ["login", "lock", "unlock"] or actions[-2:] == ["lock", "unlock"]
    assert "login" in actions


def test_entries_cannot_be_changed_or_deleted_through_the_orm(admin):
    """The only paths the program has (the ORM session) are refused too."""
    for change in ("edit", "delete"):
        with pytest.raises(sqlalchemy.exc.DatabaseError, match="append-only"):
            with admin.transaction() as db:
                entry = db.scalars(select(AuditEntry).order_by(AuditEntry.seq)).first()
                if change == "edit":
                    entry.action = "nothing happened"
                else:
                    db.delete(entry)
    assert auditlog.verify_chain(admin).ok


def test_entry_hash_covers_every_field():
    fields = {"seq": 1, "ts": "t", "user_id": 1, "username": "a", "action": "b", "entity": "c",
              "entity_id": "1", "details": "{}"}
    base = audit.entry_hash(audit.GENESIS, fields)
    for key in fields:
        changed = dict(fields, **{key: "other"})
        assert audit.entry_hash(audit.GENESIS, changed) != base


def _audit_actions_in_the_code() -> set[str]:
    """Every action name the code writes: audit.append(db, actor, "name", ...),
    session.audit("name", ...) and AUDIT_ACTION = "name" constants."""
    import ast

    root = Path(__file__).resolve().parent.parent
    found: set[str] = set()
    for folder in ("db", "exports", "desktop", "ui"):
        for path in (root / folder).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                    owner = node.func.value
                    args = node.args
                    if node.func.attr == "append" and isinstance(owner, ast.Name) and owner.id == "audit":
                        args = args[2:3]
                    elif node.func.attr == "audit":
                        args = args[:1]
                    else:
                        continue
                    found |= {a.value for a in args if isinstance(a, ast.Constant) and isinstance(a.value, str)}
                elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and any(
                        isinstance(t, ast.Name) and t.id.endswith("AUDIT_ACTION") for t in node.targets):
                    found.add(node.value.value)
    return found


def test_every_action_the_code_writes_has_a_name_on_the_audit_page():
    from ui.pages.audit import ACTION_NAMES

    actions = _audit_actions_in_the_code()
    assert {"letter_issued", "purge", "backup", "people_imported"} <= actions  # the scan finds them
    assert sorted(actions - set(ACTION_NAMES)) == []
