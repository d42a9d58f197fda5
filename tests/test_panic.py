"""Emergency wipe: admin-enabled, confirmed by a typed word, fast, and final on this computer —
only an off-site backup with the recovery key brings the data back."""

from __future__ import annotations

import logging
import os
import time

import pytest
import sqlcipher3

from db import office, panic
from db.backup import make_backup, restore_backup
from db.errors import KeyFileMismatch, KeyFileMissing, SanadError
from db.keyfile_paths import keys_path_for
from db.vault import Vault
from desktop.cli import main
from tests.conftest import ADMIN_PASSWORD, dump_hash
from tests.helpers import add_people


def _enable(session) -> None:
    office.save_settings(session, {panic.SETTING: True})


def test_wipe_is_off_by_default_and_needs_the_word(admin):
    """Fault: a stray key press or a curious user wipes the office's data. Promise: nothing happens
    unless an admin enabled it and the word is typed; the vault still opens."""
    with pytest.raises(panic.WipeNotConfirmed):
        panic.emergency_wipe(admin, "yes")
    with pytest.raises(panic.WipeNotEnabled):
        panic.emergency_wipe(admin, "WIPE")
    _enable(admin)
    with pytest.raises(panic.WipeNotConfirmed):
        panic.emergency_wipe(admin, "")
    assert admin.vault.keys_path.exists()
    assert panic.confirmed(" wipe ") and panic.confirmed("امسح") and not panic.confirmed("WIPE!")


def test_only_admins_enable_it(admin):
    """Fault: a staff member turns the wipe on. Promise: the setting is an office setting (admin only)."""
    from db.errors import PermissionDenied
    from db.permissions import Role
    from db.session import CurrentUser, UserSession

    staff = UserSession(admin.vault, CurrentUser(1, "staffer", "", Role.STAFF, False))
    with pytest.raises(PermissionDenied):
        office.save_settings(staff, {panic.SETTING: True})
    assert not panic.is_enabled(admin)


def test_after_the_wipe_nothing_opens_but_an_offsite_backup_with_the_recovery_key(admin, tmp_path, caplog):
    """Fault: the office is raided. Promise: after the wipe the vault opens with nothing — not the
    right password, not the recovery key, not an old copy of the key file — and leaves no side file;
    a backup made before, restored with the recovery key, gives back identical data. The local log
    has one line and no record data."""
    add_people(admin, 20, marker="ZZWIPE")
    recovery = admin.recovery
    offsite = tmp_path / "usb"
    offsite.mkdir()
    made = make_backup(admin, offsite)
    before = dump_hash(admin)
    path = admin.vault.path
    old_keys = keys_path_for(path).read_bytes()
    # Leftovers Sanad may have beside the vault: a pre-migration copy and a hot journal.
    (path.parent / (path.name + ".before-0008-to-0009.bak")).write_bytes(path.read_bytes())
    (path.parent / (path.name + "-journal")).write_bytes(os.urandom(8192))
    header = path.read_bytes()[:4096]
    _enable(admin)
    with caplog.at_level(logging.WARNING, logger="sanad.panic"):
        result = panic.emergency_wipe(admin, "WIPE")
    assert result.seconds < 1.0
    assert not keys_path_for(path).exists()
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name)) == [
        path.name, path.name + ".lock"]
    assert path.read_bytes()[:4096] != header
    assert "emergency wipe" in caplog.text and "ZZWIPE" not in caplog.text and path.name not in caplog.text
    admin.vault.close()

    # Every way in fails.
    vault = Vault.open(path)
    assert vault.keyfile_status == "missing"
    with pytest.raises(KeyFileMissing):
        vault.unlock("admin", ADMIN_PASSWORD)
    with pytest.raises(SanadError):
        vault.unlock_with_recovery(recovery)
    vault.close()
    keys_path_for(path).write_bytes(old_keys)  # the key file copied off the PC before the raid
    with pytest.raises(KeyFileMismatch):
        Vault.open(path)
    keys_path_for(path).unlink()
    from db.keyslots import decode_recovery_key

    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = {decode_recovery_key(recovery).pragma_value()}")
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()

    # The off-site backup and the recovery key bring everything back, on a new PC.
    new_pc = tmp_path / "new-pc"
    new_pc.mkdir()
    restored = restore_backup(made.path, new_pc / "office.sanad", recovery_key=recovery)
    with Vault.open(restored.path) as vault:
        session = vault.unlock("admin", ADMIN_PASSWORD)
        assert dump_hash(session) == before


def test_wipe_of_a_large_vault_takes_under_a_second(tmp_path):
    """Fault: the wipe is too slow to finish before someone reaches the PC. Promise: key file, header
    and side files are overwritten and synced in under a second whatever the vault's size (the
    cost does not grow with it): measured on a 256 MB file here, SANAD_WIPE_MB=1024 for 1 GB."""
    size_mb = int(os.environ.get("SANAD_WIPE_MB", "256"))
    path = tmp_path / "big.sanad"
    with open(path, "wb") as handle:
        block = os.urandom(1024 * 1024)
        for _ in range(size_mb):
            handle.write(block)
        handle.flush()
        os.fsync(handle.fileno())
    keys_path_for(path).write_bytes(os.urandom(4000))
    (tmp_path / "big.sanad-journal").write_bytes(os.urandom(512 * 1024))
    head = path.read_bytes()[: panic.HEADER_BYTES]
    started = time.perf_counter()
    result = panic.wipe_files(path)
    elapsed = time.perf_counter() - started
    print(f"wipe of a {size_mb} MB vault: {elapsed * 1000:.0f} ms "
          f"(unreadable after {result.seconds_to_unreadable * 1000:.0f} ms)")
    assert elapsed < 1.0
    with open(path, "rb") as handle:
        assert handle.read(panic.HEADER_BYTES) != head
    assert not keys_path_for(path).exists() and not (tmp_path / "big.sanad-journal").exists()
    assert path.stat().st_size == size_mb * 1024 * 1024


def test_overwrite_all_replaces_every_byte(tmp_path):
    """Fault: ciphertext pages stay on disk after the wipe. Promise: with overwrite_all no 4 KiB page
    of the old file remains (on a disk that writes in place; see docs/emergency-wipe.md)."""
    path = tmp_path / "v.sanad"
    old = os.urandom(3 * 1024 * 1024 + 8192)
    path.write_bytes(old)
    panic.wipe_files(path, overwrite_all=True)
    new = path.read_bytes()
    assert len(new) == len(old)
    assert all(new[i:i + 4096] != old[i:i + 4096] for i in range(0, len(old), 4096))


def test_cli_wipe(tmp_path, monkeypatch, capsys):
    """Fault: the command wipes without the office's consent or the word. Promise: refused with a
    clear message (exit 1) until enabled; then it wipes and says what only brings the data back."""
    path = tmp_path / "cli.sanad"
    session, _ = Vault.create(path, admin_username="admin", admin_password=ADMIN_PASSWORD, language="en")
    session.vault.close()
    monkeypatch.setenv("SANAD_PASSWORD", ADMIN_PASSWORD)
    assert main(["wipe", "--confirm", "WIPE", "--vault", str(path)]) == 1
    assert "not enabled" in capsys.readouterr().err
    with Vault.open(path) as vault:
        office.save_settings(vault.unlock("admin", ADMIN_PASSWORD), {panic.SETTING: True})
    assert main(["wipe", "--confirm", "no", "--vault", str(path)]) == 1
    assert "Type the word WIPE" in capsys.readouterr().err
    assert main(["wipe", "--confirm", "WIPE", "--vault", str(path)]) == 0
    assert "Only an off-site backup and the recovery key" in capsys.readouterr().out
    assert not keys_path_for(path).exists()
    assert main(["check", "--vault", str(path)]) == 1
    assert "key file" in capsys.readouterr().err
