"""The vault file: encrypted always, opened only by the right key, untouched by every failure."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import uuid

import pytest
import sqlcipher3

from db import sqlcipher
from db.errors import (
    KeyFileMismatch,
    KeyFileMissing,
    NotAVault,
    PlaintextDatabase,
    Throttled,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultTooNew,
    WrongCredentials,
    WrongRecoveryKey,
)
from db.keyfile_paths import keys_path_for, lock_path_for
from db.vault import Vault, throttle_delay
from tests.conftest import ADMIN_PASSWORD, VOLATILE, dump_hash, sha256
from tests.helpers import add_people

ROTATED = (*VOLATILE, "app_meta")  # a rotation changes the key salt kept there


def _reopen(path, user="admin", password=ADMIN_PASSWORD):
    vault = Vault.open(path)
    return vault.unlock(user, password)


def test_vault_bytes_contain_no_plaintext_of_stored_names(admin, vault_path, tmp_path):
    marker = f"ZZMARK-{uuid.uuid4()}"
    add_people(admin, 1000, marker=marker)
    admin.vault.close()
    assert vault_path.read_bytes()[:16] != b"SQLite format 3\x00"
    needles = [marker.encode("utf-8"), marker.encode("utf-16-le"), "فاطمة".encode(), "فاطمة".encode("utf-16-le")]
    for file in tmp_path.rglob("*"):
        if file.is_file():
            data = file.read_bytes()
            for needle in needles:
                assert needle not in data, f"plaintext found in {file.name}"
    # Nothing else was left beside the vault: no journal, no temp files, no lock file.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["office.sanad", "office.sanad.keys"]


def test_keyfile_holds_no_user_name(admin, vault_path):
    from db import users

    users.add_user(admin, "fatima.jubouri", "a-long-password-1", role="staff", full_name="Fatima")
    text = keys_path_for(vault_path).read_text()
    for word in ("admin", "fatima", "Fatima", "Sanad Office", "منظمة"):
        assert word not in text


def test_settings_pinned_and_memory_security_on(admin, vault_path):
    """S1, S7."""
    conn = sqlcipher.connect(vault_path, admin.vault.master_key)
    try:
        assert sqlcipher.settings_problems(conn) == []
        assert sqlcipher.cipher_version(conn).startswith("4.")
        assert conn.execute("PRAGMA cipher_memory_security").fetchone()[0] == "1"
        assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2
        assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    finally:
        conn.close()


def test_key_holders_keep_no_password(admin):
    """S7: nothing that lives on after unlock holds the password."""
    for obj in (admin, admin.vault, admin.user, admin.vault.keyfile):
        values = [getattr(obj, name, None) for name in getattr(obj, "__dict__", {})]
        assert not any(isinstance(v, str | bytes | bytearray) and ADMIN_PASSWORD.encode() in (
            v.encode() if isinstance(v, str) else bytes(v)) for v in values)


def test_wrong_password_leaves_vault_untouched(admin, vault_path, tmp_path):
    """S3: a clear message, the same bytes, and no new files."""
    admin.vault.close()
    before = sha256(vault_path)
    mtime = vault_path.stat().st_mtime_ns
    names = sorted(p.name for p in tmp_path.iterdir())
    vault = Vault.open(vault_path)
    with pytest.raises(WrongCredentials) as err:
        vault.unlock("admin", "not the password")
    assert "user name or password is not correct" in str(err.value)
    vault.close()
    assert sha256(vault_path) == before and vault_path.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in tmp_path.iterdir()) == names


def test_unknown_user_and_wrong_password_look_the_same(admin, vault_path):
    """R5: no user enumeration."""
    admin.vault.close()
    vault = Vault.open(vault_path, clock=lambda: 10_000_000.0)
    messages = []
    for name in ("admin", "nobody"):
        vault.keyfile.throttle.failures = 0
        with pytest.raises(WrongCredentials) as err:
            vault.unlock(name, "wrong password here")
        messages.append(str(err.value))
    vault.close()
    assert messages[0] == messages[1]


def test_failed_attempts_grow_the_delay_and_are_audited(admin, vault_path):
    """S4 with a fake clock: 1, 2, 4, 8, 16 s; a success resets it and the failures reach the log."""
    import time

    from db import auditlog

    admin.vault.close()
    now = [1_000_000.0]
    vault = Vault.open(vault_path, clock=lambda: now[0])
    waits = []
    for _ in range(5):
        started = time.perf_counter()
        with pytest.raises(WrongCredentials):
            vault.unlock("admin", "wrong password!")
        assert time.perf_counter() - started > 0.001  # the KDF ran
        waits.append(vault.retry_after())
        with pytest.raises(Throttled):
            vault.unlock("admin", ADMIN_PASSWORD)
        now[0] += waits[-1]
    assert waits == [1, 2, 4, 8, 16]
    assert throttle_delay(30) == 900
    session = vault.unlock("admin", ADMIN_PASSWORD)
    assert vault.retry_after() == 0
    actions = [row.action for row in auditlog.recent(session, 20)]
    assert actions.count("login_failed") == 5
    vault.close()


def test_throttle_survives_a_restart(admin, vault_path):
    admin.vault.close()
    vault = Vault.open(vault_path, clock=lambda: 5_000_000.0)
    for _ in range(3):
        vault.keyfile.throttle.last_failure = 0
        with pytest.raises(WrongCredentials):
            vault.unlock("admin", "wrong password!")
    vault.close()
    again = Vault.open(vault_path, clock=lambda: 5_000_000.0)
    with pytest.raises(Throttled):
        again.unlock("admin", ADMIN_PASSWORD)
    again.close()


def test_recovery_key_opens_and_only_allows_picking_an_admin(admin, vault_path):
    from db import office, users
    from db.errors import PermissionDenied

    recovery = admin.recovery
    add_people(admin, 3)
    before = dump_hash(admin)
    admin.vault.close()
    vault = Vault.open(vault_path)
    with pytest.raises(WrongRecoveryKey):
        from db.keyslots import encode_recovery_key
        from db.secrets import MasterKey

        vault.unlock_with_recovery(encode_recovery_key(MasterKey(os.urandom(32))))
    vault.keyfile.throttle.failures = 0
    session = vault.unlock_with_recovery(recovery.lower().replace("-", " "))
    assert session.user.is_recovery
    with pytest.raises(PermissionDenied):
        office.save_settings(session, {"office_name_en": "x"})
    users.reset_password(session, "admin", "brand-new-password-1", must_change=False)
    assert not session.user.is_recovery and session.user.username == "admin"
    assert dump_hash(session) == before
    vault.close()
    _reopen(vault_path, password="brand-new-password-1").vault.close()


def test_missing_keyfile_asks_for_recovery_and_rebuilds_every_slot(admin, vault_path):
    from db import users

    users.add_user(admin, "huda", "legal-team-pass-1", role="legal", must_change_password=False)
    recovery = admin.recovery
    admin.vault.close()
    keys_path_for(vault_path).unlink()
    vault = Vault.open(vault_path)
    assert vault.keyfile_status == "missing"
    with pytest.raises(KeyFileMissing):
        vault.unlock("admin", ADMIN_PASSWORD)
    vault.unlock_with_recovery(recovery)
    vault.close()
    assert keys_path_for(vault_path).exists()
    # Every user's own password works again: the slots came back from the vault's mirror.
    _reopen(vault_path, "huda", "legal-team-pass-1").vault.close()
    _reopen(vault_path).vault.close()


def test_password_change_keeps_data_and_rewrites_one_slot(admin, vault_path):
    from db import users

    add_people(admin, 5)
    users.add_user(admin, "huda", "legal-team-pass-1", role="legal")
    before = dump_hash(admin)
    vault_bytes = sha256(vault_path)
    slots_before = {s.slot_id for s in admin.vault.keyfile.slots}
    users.change_own_password(admin, ADMIN_PASSWORD, "another-password-2")
    slots_after = {s.slot_id for s in admin.vault.keyfile.slots}
    assert len(slots_before - slots_after) == 1 and len(slots_after - slots_before) == 1
    admin.vault.close()
    assert sha256(vault_path) != vault_bytes  # the audit entry, not a re-encryption
    vault = Vault.open(vault_path)
    with pytest.raises(WrongCredentials):
        vault.unlock("admin", ADMIN_PASSWORD)
    vault.keyfile.throttle.failures = 0
    session = vault.unlock("admin", "another-password-2")
    assert dump_hash(session) == before
    vault.close()


def test_rekey_keeps_data_and_retires_old_key_and_recovery(admin, vault_path):
    """S6 (without the kill loop, which is the Backups issue's resilience suite)."""
    from db import users
    from db.rotation import rotate_master_key

    add_people(admin, 200)
    users.add_user(admin, "huda", "legal-team-pass-1", role="legal", must_change_password=False)
    old_key = admin.vault.master_key.copy()
    old_recovery = admin.recovery
    before = dump_hash(admin, ROTATED)
    new_recovery = rotate_master_key(admin, ADMIN_PASSWORD)
    assert new_recovery != old_recovery
    assert dump_hash(admin, ROTATED) == before
    admin.vault.close()
    with pytest.raises(sqlcipher3.DatabaseError):
        sqlcipher.connect(vault_path, old_key)
    vault = Vault.open(vault_path)
    with pytest.raises(WrongRecoveryKey):
        vault.unlock_with_recovery(old_recovery)
    vault.keyfile.throttle.failures = 0
    with pytest.raises(WrongCredentials):  # other users need a reset after a rotation
        vault.unlock("huda", "legal-team-pass-1")
    vault.keyfile.throttle.failures = 0
    session = vault.unlock("admin", ADMIN_PASSWORD)
    assert dump_hash(session, ROTATED) == before
    huda = [u for u in users.list_users(session) if u.username == "huda"][0]
    assert not huda.has_key_slot
    vault.close()
    vault = Vault.open(vault_path)
    vault.unlock_with_recovery(new_recovery)
    vault.close()


def test_rotation_interrupted_after_rekey_is_finished_at_next_login(admin, vault_path, monkeypatch):
    from db import rotation

    add_people(admin, 10)
    before = dump_hash(admin, ROTATED)

    def crash(*args, **kwargs):
        raise KeyboardInterrupt("power cut")

    monkeypatch.setattr(rotation, "finish_pending", crash)
    with pytest.raises(KeyboardInterrupt):
        rotation.rotate_master_key(admin, ADMIN_PASSWORD)
    monkeypatch.undo()
    from db import keyslots

    monkeypatch.setattr(keyslots, "DEFAULT_KDF", __import__("tests.conftest").conftest.FAST_KDF)
    admin.vault.close()
    session = _reopen(vault_path)
    assert dump_hash(session, ROTATED) == before
    assert session.vault.keyfile.pending is None
    session.vault.close()
    _reopen(vault_path).vault.close()


@pytest.mark.parametrize("page", ["first", "second", "last"])
def test_flipped_bit_is_reported_and_file_stays_byte_identical(admin, vault_path, page):
    """S5: tampering is detected; the damaged file is never written."""
    add_people(admin, 50)
    admin.vault.close()
    data = bytearray(vault_path.read_bytes())
    pages = len(data) // 4096
    index = {"first": 0, "second": 1, "last": pages - 1}[page]
    data[index * 4096 + 100] ^= 0x01
    vault_path.write_bytes(bytes(data))
    before = sha256(vault_path)
    vault = None
    with pytest.raises((VaultDamaged, KeyFileMismatch)):
        vault = Vault.open(vault_path)
        session = vault.unlock("admin", ADMIN_PASSWORD)
        # Damage in a page the first queries don't touch shows in the integrity check.
        conn = sqlcipher.connect(vault_path, session.vault.master_key)
        problems = sqlcipher.integrity_problems(conn)
        conn.close()
        if problems:
            raise VaultDamaged(vault_path)
    if vault is not None:
        vault.close()
    assert sha256(vault_path) == before


@pytest.mark.parametrize("size", ["half", 4095, 0])
def test_truncated_file_gives_a_clear_message(admin, vault_path, size):
    add_people(admin, 50)
    admin.vault.close()
    data = vault_path.read_bytes()
    cut = len(data) // 2 // 4096 * 4096 + 1000 if size == "half" else size
    vault_path.write_bytes(data[:cut])
    before = sha256(vault_path)
    with pytest.raises((VaultDamaged, NotAVault)) as err:
        Vault.open(vault_path)
    assert str(vault_path) in str(err.value)
    assert sha256(vault_path) == before


def test_plaintext_sqlite_file_is_refused_untouched(tmp_path):
    import sqlite3

    path = tmp_path / "plain.sanad"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = sha256(path)
    with pytest.raises(PlaintextDatabase):
        Vault.open(path)
    assert sha256(path) == before
    assert not lock_path_for(path).exists()


def test_foreign_file_with_a_keyfile_of_another_vault(admin, vault_path, tmp_path):
    admin.vault.close()
    foreign = tmp_path / "foreign.sanad"
    foreign.write_bytes(os.urandom(8192))
    keys_path_for(foreign).write_bytes(keys_path_for(vault_path).read_bytes())
    before = sha256(foreign)
    with pytest.raises(KeyFileMismatch):
        Vault.open(foreign)
    assert sha256(foreign) == before


def test_random_file_without_keyfile_is_not_a_vault_for_the_recovery_key(admin, vault_path, tmp_path):
    recovery = admin.recovery
    admin.vault.close()
    foreign = tmp_path / "random.sanad"
    foreign.write_bytes(os.urandom(4096 * 3))
    before = sha256(foreign)
    vault = Vault.open(foreign)
    with pytest.raises(WrongRecoveryKey):
        vault.unlock_with_recovery(recovery)
    vault.close()
    assert sha256(foreign) == before


def test_vault_from_a_newer_sanad_is_refused_untouched(admin, vault_path):
    with admin.transaction() as db:
        db.connection().exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    admin.vault.close()
    before = sha256(vault_path)
    vault = Vault.open(vault_path)
    with pytest.raises(VaultTooNew):
        vault.unlock("admin", ADMIN_PASSWORD)
    vault.close()
    assert sha256(vault_path) == before


def test_create_refuses_an_existing_file(admin, vault_path):
    with pytest.raises(VaultExists):
        Vault.create(vault_path, admin_username="admin", admin_password="another-password-1")


def test_second_open_in_this_process_is_refused(admin, vault_path):
    with pytest.raises(VaultInUse):
        Vault.open(vault_path)


def test_two_processes_cannot_both_open(admin, vault_path):
    """C5: the second process gets 'already open' at once, and the file is not changed."""
    admin.vault.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from db.vault import Vault
            v = Vault.open({str(vault_path)!r})
            print("open", flush=True)
            sys.stdin.readline()
            v.close()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        before = sha256(vault_path)
        with pytest.raises(VaultInUse) as err:
            Vault.open(vault_path)
        assert "already open" in str(err.value)
        assert sha256(vault_path) == before
    finally:
        holder.communicate("\n", timeout=30)
    Vault.open(vault_path).close()  # released when the other process closed


def test_lock_wipes_the_key_and_refuses_queries(admin):
    from db.errors import VaultLocked

    key = admin.vault.master_key
    admin.lock()
    assert not key.present
    assert not admin.vault.is_unlocked
    with pytest.raises(VaultLocked):
        with admin.transaction():
            pass


def test_migration_takes_a_backup_first_and_a_failed_one_leaves_the_vault(admin, vault_path, tmp_path, monkeypatch):
    """Schema changes on open: a copy is kept; a failing revision rolls back completely."""
    import shutil

    from db import migrate
    from db.errors import MigrationFailed

    add_people(admin, 20)
    before = dump_hash(admin)
    admin.vault.close()
    head = migrate.head()
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.SCRIPT_LOCATION, scripts)
    (scripts / "versions" / "t001_test.py").write_text(textwrap.dedent("""
        from alembic import op
        import sqlalchemy as sa
        revision = "t001"
        down_revision = "HEAD"
        def upgrade():
            op.add_column("person", sa.Column("test_column", sa.Text(), nullable=True))
            op.execute("UPDATE person SET test_column = 'x'")
            op.execute("INSERT INTO no_such_table VALUES (1)")
    """).replace("HEAD", head))
    monkeypatch.setattr(migrate, "SCRIPT_LOCATION", scripts)
    migrate._script.cache_clear()
    original = sha256(vault_path)
    vault = Vault.open(vault_path)
    with pytest.raises(MigrationFailed):
        vault.unlock("admin", ADMIN_PASSWORD)
    vault.close()
    assert sha256(vault_path) == original
    backups = list(tmp_path.glob(f"office.sanad.before-{head}-to-t001.bak"))
    assert backups and sha256(backups[0]) == original

    (scripts / "versions" / "t001_test.py").write_text(textwrap.dedent("""
        from alembic import op
        import sqlalchemy as sa
        revision = "t001"
        down_revision = "HEAD"
        def upgrade():
            op.add_column("person", sa.Column("test_column", sa.Text(), nullable=True))
    """).replace("HEAD", head))
    migrate._script.cache_clear()
    vault = Vault.open(vault_path)
    vault.keyfile.throttle.failures = 0
    session = vault.unlock("admin", ADMIN_PASSWORD)
    with session.transaction() as db:
        assert db.connection().exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "t001"
        cols = [r[1] for r in db.connection().exec_driver_sql("PRAGMA table_info(person)")]
        assert "test_column" in cols
    vault.close()
    migrate._script.cache_clear()
    del before


def test_crash_mid_write_leaves_a_journal_that_the_next_open_rolls_back(admin, vault_path):
    """C6: a process killed in the middle of a large transaction leaves a hot journal; the next
    open (password or recovery key) rolls it back and the vault holds the last committed state."""
    add_people(admin, 20)
    before = dump_hash(admin)
    key_hex = bytes(admin.vault.master_key.raw()).hex()
    recovery = admin.recovery
    admin.vault.close()
    child = subprocess.run([sys.executable, "-c", textwrap.dedent(f"""
        import os, sqlcipher3
        conn = sqlcipher3.connect({str(vault_path)!r}, isolation_level=None)
        conn.execute("PRAGMA key = \\"x'{key_hex}'\\"")
        conn.execute("PRAGMA cache_size = 5")   # spill pages to the file before the commit
        conn.execute("BEGIN")
        for i in range(3000):
            conn.execute("INSERT INTO household (governorate, district, sub_district, neighbourhood, landmark,"
                         " displacement_status, phone, created_at, updated_at) VALUES"
                         " ('g','d','s',?, 'l','resident','p','2026-01-01','2026-01-01')", ("x" * 300,))
        os._exit(9)   # killed mid-transaction
    """)], timeout=60)
    assert child.returncode == 9
    journal = vault_path.with_name(vault_path.name + "-journal")
    assert journal.exists() and journal.stat().st_size > 0
    vault = Vault.open(vault_path)
    session = vault.unlock_with_recovery(recovery)
    assert dump_hash(session) == before
    vault.close()
    assert not journal.exists()


def test_vault_in_a_folder_with_uri_characters(tmp_path):
    folder = tmp_path / "case#1 100%41 a?b"
    folder.mkdir()
    session, _ = Vault.create(folder / "v.sanad", admin_username="admin", admin_password=ADMIN_PASSWORD)
    session.vault.close()
    _reopen(folder / "v.sanad").vault.close()
    assert sorted(p.name for p in folder.iterdir()) == ["v.sanad", "v.sanad.keys"]


@pytest.mark.parametrize(
    ("code", "error"),
    [(8, "VaultReadOnly"), (14, "VaultReadOnly"), (266, "VaultUnreadable"), (11, "VaultDamaged"), (26, "VaultDamaged")],
)
def test_driver_errors_become_plain_messages(admin, code, error):
    """Read-only folder, I/O error (USB pulled), corruption, wrong key: each its own message."""
    exc = sqlcipher3.DatabaseError("driver message")
    exc.sqlite_errorcode = code
    explained = admin.vault._explain(exc)
    assert type(explained).__name__ == error
    assert str(admin.vault.path) in str(explained)


def test_models_and_migrations_agree(admin):
    """Every model column exists in the migrated schema and vice versa (a forgotten revision fails)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from db.models import Base
    from db.search_sqlite import FTS_TABLE

    def ours(name, type_, parent_names):
        return not (type_ == "table" and name.startswith(FTS_TABLE))  # the index's own tables

    with admin.transaction() as db:
        context = MigrationContext.configure(db.connection(), opts={"include_name": ours})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_tampered_kdf_parameters_are_refused_untouched(admin, vault_path):
    import json

    from db.errors import KeyFileDamaged

    admin.vault.close()
    keys = keys_path_for(vault_path)
    data = json.loads(keys.read_text())
    data["slots"][0]["kdf"]["memory_kib"] = 64 * 1024 * 1024  # 64 GiB: every sign-in would hang
    keys.write_text(json.dumps(data))
    before = sha256(keys)
    with pytest.raises(KeyFileDamaged):
        Vault.open(vault_path)
    assert sha256(keys) == before


def test_killed_during_master_key_rotation_the_vault_still_opens(admin, vault_path, tmp_path):
    """S6 fault: SIGKILL at random moments of a rotation (pending slot, rekey, commit, key file);
    afterwards the administrator's password opens the vault and nothing is lost."""
    import random
    import shutil
    import signal
    import time

    add_people(admin, 3000)
    before = dump_hash(admin, ROTATED)
    admin.vault.close()
    pristine = tmp_path / "pristine"
    pristine.mkdir()
    for name in (vault_path.name, keys_path_for(vault_path).name):
        shutil.copy2(vault_path.with_name(name), pristine / name)
    rng = random.Random(7)
    script = textwrap.dedent(f"""
        import sys
        from db import keyslots
        from db.keyslots import KdfParams
        keyslots.DEFAULT_KDF = KdfParams(time_cost=1, memory_kib=8192, parallelism=1)
        from db.vault import Vault
        from db.rotation import rotate_master_key
        session = Vault.open({str(vault_path)!r}).unlock("admin", {ADMIN_PASSWORD!r})
        print("rotating", flush=True)
        rotate_master_key(session, {ADMIN_PASSWORD!r})
        print("done", flush=True)
        session.vault.close()
    """)
    outcomes = []
    for _ in range(8):
        for name in (vault_path.name, keys_path_for(vault_path).name):
            shutil.copy2(pristine / name, vault_path.with_name(name))
        for leftover in tmp_path.glob("office.sanad-journal"):
            leftover.unlink()
        child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "rotating"
        time.sleep(rng.uniform(0.0, 0.25))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        vault = Vault.open(vault_path)
        session = vault.unlock("admin", ADMIN_PASSWORD)
        assert dump_hash(session, ROTATED) == before
        outcomes.append(session.vault.keyfile.pending is None)
        vault.close()
        Vault.open(vault_path).unlock("admin", ADMIN_PASSWORD).vault.close()  # and again, settled
    assert all(outcomes)
