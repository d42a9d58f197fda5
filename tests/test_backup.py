"""Backups, restore, test restore and `sanad check` (issue 7; security cases C4, C6, E4, E6).

Each test names the fault and the promise. Real vaults, real zip files, real SQLCipher.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import os
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from db import backup, users
from db.errors import (
    DiskFull,
    FolderNotWritable,
    PermissionDenied,
    VaultExists,
    VaultInUse,
    WrongCredentials,
)
from db.models import AuditEntry, Person
from db.vault import Vault
from desktop.cli import main
from tests.conftest import ADMIN_PASSWORD, dump_hash, sha256
from tests.helpers import add_people

MARKER = "ZZBAKMARK"


def _all_bytes_under(folder: Path) -> list[tuple[Path, bytes]]:
    return [(p, p.read_bytes()) for p in folder.rglob("*") if p.is_file()]


def _assert_no_marker(folder: Path, marker: str = MARKER) -> None:
    for path, data in _all_bytes_under(folder):
        for encoded in (marker.encode("utf-8"), marker.encode("utf-16-le"), "فاطمة".encode()):
            assert encoded not in data, f"plaintext in {path.name}"


@pytest.fixture
def usb(tmp_path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def _rename_first(session, name: str) -> None:
    with session.transaction() as db:
        db.scalars(select(Person).order_by(Person.id)).first().first_name = name


def _first_name(session) -> str:
    with session.transaction() as db:
        return db.scalars(select(Person).order_by(Person.id)).first().first_name


def _open(path: Path, password: str = ADMIN_PASSWORD):
    return Vault.open(path).unlock("admin", password)


def test_backup_then_restore_gives_the_backup_moments_data_and_no_plaintext(admin, usb, tmp_path):
    """Promise: backup -> change -> restore to a new path = the data at the backup moment, and
    neither the backup file nor any folder involved ever holds a readable record."""
    add_people(admin, 12, marker=MARKER)
    digest = dump_hash(admin)
    made = backup.make_backup(admin, usb)
    assert [p.name for p in usb.iterdir()] == [made.path.name]  # no temp or partial file left
    assert made.path.name.startswith(f"sanad-backup-{made.manifest['vault_id']}-")
    assert made.path.suffix == ".sanadbak"
    assert made.manifest["counts"] == {"people": 12, "households": 12, "applications": 0,
                                        "referrals": 0}
    assert made.manifest["schema_revision"] and made.manifest["app_version"]
    assert oct(made.path.stat().st_mode & 0o777) == "0o600"
    _assert_no_marker(tmp_path)  # the backup, the vault folder, every leftover
    with zipfile.ZipFile(made.path) as archive:
        assert not archive.read(backup.VAULT_MEMBER).startswith(b"SQLite format 3")
    with admin.transaction() as db:
        entry = db.scalars(select(AuditEntry).where(AuditEntry.action == "backup")).one()
        assert entry.username == "admin" and made.path.name in entry.details

    _rename_first(admin, "LATER")
    assert dump_hash(admin) != digest
    restored_path = tmp_path / "restored" / "office.sanad"
    restored_path.parent.mkdir()
    result = backup.restore_backup(made.path, restored_path, username="admin", password=ADMIN_PASSWORD)
    assert result.path == restored_path and result.kept_aside is None
    assert result.counts.people == 12
    assert sorted(p.name for p in restored_path.parent.iterdir()) == ["office.sanad", "office.sanad.keys"]
    restored = _open(restored_path)
    try:
        assert dump_hash(restored) == digest
        with restored.transaction() as db:
            assert db.scalars(select(AuditEntry).where(AuditEntry.action == "restore")).one()
    finally:
        restored.vault.close()


def test_restore_opens_with_the_recovery_key_and_then_everyone_logs_in(admin, usb, tmp_path):
    """Promise: the PC is dead, the passwords remain: a restore with the recovery key gives a
    vault every user opens with their old password."""
    users.add_user(admin, "noor", "staff-member-pass-9", role="staff")
    add_people(admin, 2)
    made = backup.make_backup(admin, usb)
    target = tmp_path / "newpc.sanad"
    result = backup.restore_backup(made.path, target, recovery_key=admin.recovery)
    assert result.counts.people == 2
    _open(target).vault.close()
    noor = Vault.open(target).unlock("noor", "staff-member-pass-9")
    noor.vault.close()


def test_wrong_password_restores_nothing(admin, usb, tmp_path):
    made = backup.make_backup(admin, usb)
    target_dir = tmp_path / "t"
    target_dir.mkdir()
    with pytest.raises(WrongCredentials):
        backup.restore_backup(made.path, target_dir / "x.sanad", username="admin", password="wrong-password-1")
    assert list(target_dir.iterdir()) == []


def test_replace_keeps_the_current_vault_aside_and_refuses_while_it_is_open(admin, usb, vault_path):
    """Promise: restore never silently overwrites (E6): the current vault and its key file are
    kept as <name>.before-restore-<time>, and a vault open in Sanad is not replaced."""
    add_people(admin, 4)
    made = backup.make_backup(admin, usb)
    _rename_first(admin, "AFTER")
    with pytest.raises(VaultInUse):
        backup.restore_backup(made.path, vault_path, username="admin", password=ADMIN_PASSWORD, replace=True)
    with pytest.raises(VaultExists):
        backup.restore_backup(made.path, vault_path, username="admin", password=ADMIN_PASSWORD)
    admin.vault.close()
    before = sha256(vault_path)
    result = backup.restore_backup(made.path, vault_path, username="admin", password=ADMIN_PASSWORD, replace=True)
    assert result.kept_aside is not None and ".before-restore-" in result.kept_aside.name
    assert sha256(result.kept_aside) == before
    kept = _open(result.kept_aside)
    try:
        assert backup.check_vault(kept).ok
        assert _first_name(kept) == "AFTER"
    finally:
        kept.vault.close()
    now = _open(vault_path)
    try:
        assert _first_name(now) != "AFTER"
        with now.transaction() as db:
            assert backup._counts(db).people == 4
    finally:
        now.vault.close()


def test_test_restore_reports_counts_and_leaves_nothing(admin, usb, tmp_path, monkeypatch):
    import tempfile

    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    add_people(admin, 3)
    made = backup.make_backup(admin, usb)
    before = sha256(made.path)
    result = backup.test_restore(made.path, username="admin", password=ADMIN_PASSWORD)
    assert result.path is None and result.counts.people == 3
    result = backup.test_restore(made.path, recovery_key=admin.recovery)
    assert result.counts.people == 3
    assert list(scratch.iterdir()) == []
    assert sha256(made.path) == before


def _rewrite(src: Path, dst: Path, change) -> None:
    with zipfile.ZipFile(src) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    change(members)
    with zipfile.ZipFile(dst, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def _flip_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def _lying_manifest(members: dict) -> None:
    data = bytearray(members[backup.VAULT_MEMBER])
    data[5000] ^= 0xFF  # the zip's own CRC is recomputed: only the manifest's SHA-256 can tell
    members[backup.VAULT_MEMBER] = bytes(data)


def _extra_member(members: dict) -> None:
    members["../evil"] = b"x"


@pytest.mark.parametrize("damage", ["flipped byte", "truncated", "tiny", "not a zip", "manifest lies",
                                    "extra member", "manifest not json"])
def test_damaged_backups_are_refused_and_nothing_is_written(admin, usb, tmp_path, damage):
    """Fault: a backup damaged on the USB stick. Promise: refused with a clear message before
    anything is written; the target folder stays empty."""
    made = backup.make_backup(admin, usb)
    bad = usb / "bad.sanadbak"
    if damage == "flipped byte":
        bad.write_bytes(made.path.read_bytes())
        _flip_middle(bad)
    elif damage == "truncated":
        bad.write_bytes(made.path.read_bytes()[: made.size // 2])
    elif damage == "tiny":
        bad.write_bytes(made.path.read_bytes()[:100])
    elif damage == "not a zip":
        bad.write_bytes(os.urandom(8192))
    elif damage == "manifest lies":
        _rewrite(made.path, bad, _lying_manifest)
    elif damage == "extra member":
        _rewrite(made.path, bad, _extra_member)
    else:
        _rewrite(made.path, bad, lambda m: m.update({backup.MANIFEST: b"\xff{not json"}))
    target_dir = tmp_path / "target"
    target_dir.mkdir()
    with pytest.raises(backup.BackupDamaged) as err:
        backup.restore_backup(bad, target_dir / "office.sanad", username="admin", password=ADMIN_PASSWORD)
    assert "bad.sanadbak" in str(err.value) and "Nothing was restored" in str(err.value)
    with pytest.raises(backup.BackupDamaged):
        backup.test_restore(bad, username="admin", password=ADMIN_PASSWORD)
    assert list(target_dir.iterdir()) == []


@pytest.mark.parametrize("field, value", [("schema_revision", "9999_from_the_future"), ("format_version", 99)])
def test_backup_from_a_newer_sanad_is_refused(admin, usb, tmp_path, field, value):
    made = backup.make_backup(admin, usb)
    newer = usb / "newer.sanadbak"

    def bump(members: dict) -> None:
        manifest = json.loads(members[backup.MANIFEST])
        manifest[field] = value
        members[backup.MANIFEST] = json.dumps(manifest).encode()

    _rewrite(made.path, newer, bump)
    with pytest.raises(backup.BackupTooNew) as err:
        backup.restore_backup(newer, tmp_path / "n.sanad", username="admin", password=ADMIN_PASSWORD)
    assert "newer version" in str(err.value)
    assert not (tmp_path / "n.sanad").exists()


def test_missing_folder_and_manager_refused_and_audited(admin, tmp_path):
    with pytest.raises(backup.BackupFolderMissing) as err:
        backup.make_backup(admin, tmp_path / "no-usb-stick")
    assert "does not exist" in str(err.value)
    users.add_user(admin, "layla", "manager-pass-1234", role="manager")
    manager = admin.vault.unlock("layla", "manager-pass-1234")
    usb = tmp_path / "usb"
    usb.mkdir()
    with pytest.raises(PermissionDenied):
        backup.make_backup(manager, usb)
    assert list(usb.iterdir()) == []
    with manager.transaction() as db:
        denied = db.scalars(select(AuditEntry).where(AuditEntry.action == "permission_denied")).all()
    assert any("backup" in (e.details or "") and e.username == "layla" for e in denied)


class FailingFile:
    """A file whose Nth write raises `code` (fault injector of case C4), after writing part of it."""

    def __init__(self, raw, fail_at: int, code: int) -> None:
        self.raw, self.fail_at, self.code, self.writes = raw, fail_at, code, 0

    def write(self, data) -> int:
        self.writes += 1
        if self.writes >= self.fail_at:
            self.raw.write(bytes(data)[: len(data) // 2])  # part of it reached the disk
            raise OSError(self.code, os.strerror(self.code))
        return self.raw.write(data)

    def __getattr__(self, name):
        return getattr(self.raw, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.raw.close()


def _inject_write_fault(monkeypatch, folder: Path, fail_at: int, code: int, *, remove_folder: bool = False) -> None:
    real = backup._private_file

    def private_file(path: Path):
        raw = real(path)
        if path.parent != folder:
            return raw
        failing = FailingFile(raw, fail_at, code)
        if remove_folder:  # the stick is pulled: the folder disappears with the write error
            real_write = failing.write

            def write(data):
                try:
                    return real_write(data)
                except OSError:
                    folder.rename(folder.with_name(folder.name + "-gone"))
                    raise
            failing.write = write
        return failing

    monkeypatch.setattr(backup, "_private_file", private_file)


@pytest.mark.parametrize("fail_at", [1, 2, 4])
@pytest.mark.parametrize("code, error, words", [
    (errno.ENOSPC, backup.BackupDiskFull, "not enough free space"),
    (errno.EROFS, FolderNotWritable, "cannot write"),
    (errno.EIO, backup.BackupDriveLost, "was removed or stopped answering"),
])
def test_write_failure_mid_backup_keeps_earlier_backups_and_leaves_no_partial_file(
        admin, usb, monkeypatch, code, error, words, fail_at):
    """Fault (C4): the disk fills / the stick turns read-only / an I/O error at the Nth write of
    the backup file. Promise: a clear message, no partial file, the earlier backup byte-identical
    and still restorable, the vault unchanged."""
    add_people(admin, 30)
    earlier = backup.make_backup(admin, usb)
    earlier_hash = sha256(earlier.path)
    digest = dump_hash(admin)
    monkeypatch.setattr(backup, "CHUNK", 4096)  # many writes, so the Nth falls inside the vault member
    _inject_write_fault(monkeypatch, usb, fail_at, code)
    later = backup._utc_now() + dt.timedelta(seconds=5)
    monkeypatch.setattr(backup, "_utc_now", lambda: later)  # a new backup name
    with pytest.raises(error) as err:
        backup.make_backup(admin, usb)
    assert words in str(err.value)
    assert [p.name for p in usb.iterdir()] == [earlier.path.name]
    assert sha256(earlier.path) == earlier_hash
    assert dump_hash(admin) == digest
    assert backup.read_manifest(earlier.path)["vault_id"] == earlier.manifest["vault_id"]
    leftovers = [p.name for p in admin.vault.path.parent.iterdir() if p.name.startswith(".sanad-backup-")]
    assert leftovers == []


def test_usb_stick_pulled_mid_backup_says_so_and_the_vault_is_untouched(admin, usb, monkeypatch):
    """Fault: the USB stick is removed while the backup is written (the write fails with EIO and
    the folder is gone). Promise: the drive-removed message, no crash while cleaning up, the vault
    unchanged, and the earlier backup intact on the stick when it comes back."""
    add_people(admin, 10)
    earlier = backup.make_backup(admin, usb)
    earlier_hash = sha256(earlier.path)
    digest = dump_hash(admin)
    _inject_write_fault(monkeypatch, usb, 3, errno.EIO, remove_folder=True)
    monkeypatch.setattr(backup, "CHUNK", 4096)
    later = backup._utc_now() + dt.timedelta(seconds=5)
    monkeypatch.setattr(backup, "_utc_now", lambda: later)
    with pytest.raises(backup.BackupDriveLost) as err:
        backup.make_backup(admin, usb)
    assert str(usb) in str(err.value) and "earlier backups were not changed" in str(err.value)
    assert dump_hash(admin) == digest
    back = usb.with_name("usb-gone")  # the stick plugged in again
    names = [p.name for p in back.iterdir()]
    assert earlier.path.name in names and not any(n.endswith(backup.SUFFIX) and n != earlier.path.name
                                                   for n in names)
    assert sha256(back / earlier.path.name) == earlier_hash
    backup.read_manifest(back / earlier.path.name)


def test_full_disk_beside_the_vault_says_disk_full(admin, usb, monkeypatch):
    """Fault: the vault's own disk is full when the copy is made there. Promise: "disk is full",
    no backup file, nothing left beside the vault."""
    import sqlcipher3

    def full(source, target, key, salt):
        target.write_bytes(b"\0" * 4096)
        exc = sqlcipher3.DatabaseError("database or disk is full")
        exc.sqlite_errorcode = 13
        raise exc

    monkeypatch.setattr(backup.sqlcipher, "backup_into", full)
    with pytest.raises(DiskFull):
        backup.make_backup(admin, usb)
    assert list(usb.iterdir()) == []
    assert not [p for p in admin.vault.path.parent.iterdir() if p.name.startswith(".sanad-backup-")]


def test_read_only_backup_folder_is_refused_before_anything_is_written(admin, tmp_path, monkeypatch):
    """Fault: a write-protected stick (a read-only folder; the OS answer is injected, as the tests
    may run as root). Promise: the read-only message first, nothing written anywhere."""
    folder = tmp_path / "ro"
    folder.mkdir()
    real_access = os.access

    def access(path, mode):
        return False if Path(path) == folder and mode & os.W_OK else real_access(path, mode)

    monkeypatch.setattr(backup.os, "access", access)
    with pytest.raises(FolderNotWritable) as err:
        backup.make_backup(admin, folder)
    assert str(folder) in str(err.value)
    assert list(folder.iterdir()) == []
    assert not [p for p in admin.vault.path.parent.iterdir() if p.name.startswith(".sanad-backup-")]


def test_check_reports_ok_then_a_broken_audit_chain(admin):
    report = backup.check_vault(admin)
    assert report.ok and report.page_problems == [] and report.audit_ok and report.audit_entries > 0
    with admin.transaction() as db:
        conn = db.connection()
        conn.exec_driver_sql("DROP TRIGGER audit_log_no_update")
        conn.exec_driver_sql("UPDATE audit_log SET details = '{}' WHERE seq = 2")
    report = backup.check_vault(admin)
    assert not report.ok and report.audit_first_broken == 2 and report.page_problems == []


def test_backup_file_checksums_match_the_manifest(admin, usb):
    made = backup.make_backup(admin, usb)
    with zipfile.ZipFile(made.path) as archive:
        for name in (backup.VAULT_MEMBER, backup.KEYS_MEMBER):
            assert hashlib.sha256(archive.read(name)).hexdigest() == made.manifest["files"][name]["sha256"]
        assert json.loads(archive.read(backup.MANIFEST)) == made.manifest


# ---- the command line ----------------------------------------------------------------------------
def test_cli_backup_test_restore_restore_and_check(admin, vault_path, tmp_path, monkeypatch, capsys):
    add_people(admin, 5)
    admin.vault.close()
    monkeypatch.setenv("SANAD_PASSWORD", ADMIN_PASSWORD)
    usb = tmp_path / "usb"
    usb.mkdir()
    assert main(["backup", "--to", str(usb), "--json", "--vault", str(vault_path)]) == 0
    made = json.loads(capsys.readouterr().out)
    path = Path(made["file"])
    assert path.is_file() and made["counts"]["people"] == 5

    assert main(["restore", "--test", str(path), "--json"]) == 0
    tested = json.loads(capsys.readouterr().out)
    assert tested["counts"]["people"] == 5 and tested["restored_to"] is None
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(admin.recovery + "\n", encoding="utf-8")
    monkeypatch.setenv("SANAD_PASSWORD", "not-the-password")  # the key file is used, not the password
    assert main(["restore", "--test", str(path), "--recovery-key-file", str(key_file)]) == 0
    assert "Backup OK" in capsys.readouterr().out
    monkeypatch.setenv("SANAD_PASSWORD", ADMIN_PASSWORD)

    assert main(["restore", str(path), "--vault", str(vault_path)]) == 1
    assert "already exists" in capsys.readouterr().err
    new = tmp_path / "new.sanad"
    assert main(["restore", str(path), "--to", str(new)]) == 0
    assert "5 people" in capsys.readouterr().out
    assert main(["restore", str(path), "--vault", str(vault_path), "--replace", "--json"]) == 0
    replaced = json.loads(capsys.readouterr().out)
    assert Path(replaced["kept_aside"]).is_file()

    assert main(["check", "--vault", str(new)]) == 0
    assert "No problems found" in capsys.readouterr().out
    assert main(["check", "--json", "--vault", str(new)]) == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True


def test_cli_check_exits_1_on_a_broken_chain_and_backup_errors_are_one_line(admin, vault_path, tmp_path,
                                                                              monkeypatch, capsys):
    with admin.transaction() as db:
        conn = db.connection()
        conn.exec_driver_sql("DROP TRIGGER audit_log_no_update")
        conn.exec_driver_sql("UPDATE audit_log SET details = '{}' WHERE seq = 2")
    admin.vault.close()
    monkeypatch.setenv("SANAD_PASSWORD", ADMIN_PASSWORD)
    assert main(["check", "--vault", str(vault_path)]) == 1
    captured = capsys.readouterr()
    assert "entry 2" in captured.out + captured.err
    assert main(["backup", "--to", str(tmp_path / "missing"), "--vault", str(vault_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "does not exist" in err
    bad = tmp_path / "bad.sanadbak"
    bad.write_bytes(b"not a backup")
    assert main(["restore", "--test", str(bad)]) == 1
    assert "damaged" in capsys.readouterr().err


def test_the_intermediate_copy_is_encrypted_and_a_bad_copy_never_becomes_a_backup(admin, usb, monkeypatch):
    """Promise (E4/E5): the vault copy is encrypted from its first byte (checked while it exists),
    and a copy that fails its page check after writing is refused: no backup file appears."""
    add_people(admin, 5, marker=MARKER)
    real = backup.sqlcipher.backup_into
    seen: list[Path] = []

    def spying(source, target, key, salt):
        real(source, target, key, salt)
        seen.append(target)
        _assert_no_marker(target.parent)

    monkeypatch.setattr(backup.sqlcipher, "backup_into", spying)
    backup.make_backup(admin, usb)
    assert seen and not seen[0].exists()

    def damaging(source, target, key, salt):
        real(source, target, key, salt)
        data = bytearray(target.read_bytes())
        data[-100] ^= 0x01  # one bit in the last page
        target.write_bytes(bytes(data))

    monkeypatch.setattr(backup.sqlcipher, "backup_into", damaging)
    monkeypatch.setattr(backup, "_utc_now", lambda: dt.datetime(2030, 1, 1, tzinfo=dt.UTC))
    with pytest.raises(backup.BackupWriteFailed):
        backup.make_backup(admin, usb)
    assert len(list(usb.iterdir())) == 1


def test_two_backups_in_the_same_second_are_both_kept(admin, usb, monkeypatch):
    """A scheduled backup and the one on closing can fall in the same second: the second gets its
    own name instead of an error, and both restore."""
    fixed = dt.datetime(2026, 11, 25, 13, 0, tzinfo=dt.UTC)
    monkeypatch.setattr(backup, "_utc_now", lambda: fixed)
    first = backup.make_backup(admin, usb)
    second = backup.make_backup(admin, usb)
    assert first.path != second.path and second.path.name.endswith("-1.sanadbak")
    assert backup.read_manifest(second.path)["vault_id"] == first.manifest["vault_id"]


def test_newest_good_backup_skips_a_damaged_newest_and_other_vaults(admin, usb, monkeypatch, tmp_path):
    """Case E5: when the newest backup is damaged, the offer is the newest one that still verifies;
    another vault's backup in the same folder is never offered."""
    times = iter([dt.datetime(2026, 11, 1, tzinfo=dt.UTC), dt.datetime(2026, 11, 2, tzinfo=dt.UTC)])
    monkeypatch.setattr(backup, "_utc_now", lambda: next(times))
    older = backup.make_backup(admin, usb)
    newest = backup.make_backup(admin, usb)
    vault_id = older.manifest["vault_id"]
    assert backup.newest_good_backup(usb, vault_id).path == newest.path
    _flip_middle(newest.path)
    found = backup.newest_good_backup(usb, vault_id)
    assert found.path == older.path and found.verified and found.counts.people == 0
    listed = backup.list_backups(usb, verify=True)
    assert [i.ok for i in listed] == [False, True] and "damaged" in listed[0].error
    assert backup.newest_good_backup(usb, "another-vault") is None
