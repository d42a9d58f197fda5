"""Automatic backups: settings, the last good backup, when one is due or stale, and rotation of
old backup files (only this vault's Sanad backups are ever deleted). Real vaults and real backup
files; dates are set in the manifests, as rotation reads them from there."""

from __future__ import annotations

import datetime as dt
import json
import os
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from db import backup, backup_schedule, users
from db.backup_schedule import BackupSettings, LastBackup
from db.errors import PermissionDenied, ValidationError
from db.models import AuditEntry, Person
from desktop.cli import main
from tests.conftest import ADMIN_PASSWORD
from tests.helpers import add_people

UTC = dt.UTC


def _clone(made: Path, folder: Path, when: dt.datetime, vault_id: str | None = None) -> Path:
    """A copy of a real backup with another creation time (and vault id) in its manifest."""
    with zipfile.ZipFile(made) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(members[backup.MANIFEST])
    manifest["created_at"] = when.isoformat().replace("+00:00", "Z")
    if vault_id is not None:
        manifest["vault_id"] = vault_id
    members[backup.MANIFEST] = json.dumps(manifest).encode()
    target = folder / backup.backup_name(manifest["vault_id"], when)
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return target


@pytest.fixture
def usb(tmp_path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def test_settings_default_validate_save_audited_and_admin_only(admin):
    assert backup_schedule.get_backup_settings(admin) == BackupSettings()
    saved = backup_schedule.save_backup_settings(admin, folder="/media/usb", keep_daily=5, keep_monthly=3,
                                                 on_close=False, daily_at="9:05", stale_days=3)
    assert saved == BackupSettings("/media/usb", 5, 3, False, "09:05", 3)
    assert backup_schedule.get_backup_settings(admin) == saved
    with admin.transaction() as db:
        changes = db.scalars(select(AuditEntry).where(AuditEntry.entity == "office_setting")).all()
    assert {e.entity_id for e in changes} >= {"backup_folder", "backup_daily_at", "backup_keep_daily"}
    for bad in ({"keep_daily": 0}, {"stale_days": "x"}, {"daily_at": "25:00"}, {"keep_monthly": 500}):
        with pytest.raises(ValidationError):
            backup_schedule.save_backup_settings(admin, **bad)
    assert backup_schedule.get_backup_settings(admin) == saved  # nothing half-saved
    users.add_user(admin, "layla", "manager-pass-1234", role="manager")
    manager = admin.vault.unlock("layla", "manager-pass-1234")
    assert backup_schedule.get_backup_settings(manager) == saved  # may read (the warning bar)
    with pytest.raises(PermissionDenied):
        backup_schedule.save_backup_settings(manager, folder="/tmp")


def test_due_at_or_after_the_time_once_a_day():
    settings = BackupSettings(folder="/b", daily_at="13:00")
    noon = dt.datetime(2026, 11, 25, 12, 59, tzinfo=UTC)
    one = dt.datetime(2026, 11, 25, 13, 0, tzinfo=UTC)
    assert not backup_schedule.backup_due(settings, None, noon, UTC)
    assert backup_schedule.backup_due(settings, None, one, UTC)
    morning = LastBackup(dt.datetime(2026, 11, 25, 9, 0, tzinfo=UTC), "f", "/b", 1, {})
    assert backup_schedule.backup_due(settings, morning, one, UTC)  # the one on closing at 9 was before 13:00
    after = LastBackup(dt.datetime(2026, 11, 25, 13, 2, tzinfo=UTC), "f", "/b", 1, {})
    assert not backup_schedule.backup_due(settings, after, one + dt.timedelta(hours=5), UTC)
    assert backup_schedule.backup_due(settings, after, one + dt.timedelta(days=1), UTC)
    assert not backup_schedule.backup_due(BackupSettings(folder="", daily_at="13:00"), None, one, UTC)
    assert not backup_schedule.backup_due(BackupSettings(folder="/b", daily_at=""), None, one, UTC)
    # local time: 13:00 in Baghdad (UTC+3) is 10:00 UTC
    baghdad = dt.timezone(dt.timedelta(hours=3))
    assert backup_schedule.backup_due(settings, None, dt.datetime(2026, 11, 25, 10, 0, tzinfo=UTC), baghdad)


def test_stale_after_n_days_or_never():
    settings = BackupSettings(stale_days=7)
    now = dt.datetime(2026, 11, 25, 12, tzinfo=UTC)
    assert backup_schedule.stale(settings, None, now)
    recent = LastBackup(now - dt.timedelta(days=6, hours=23), "f", "/b", 1, {})
    old = LastBackup(now - dt.timedelta(days=7, hours=1), "f", "/b", 1, {})
    assert not backup_schedule.stale(settings, recent, now)
    assert backup_schedule.stale(settings, old, now)


def test_run_backup_records_the_last_good_one_readable_with_the_drive_gone(admin, usb):
    add_people(admin, 3)
    backup_schedule.save_backup_settings(admin, folder=str(usb))
    outcome = backup_schedule.run_backup(admin)
    last = backup_schedule.last_good_backup(admin)
    assert last == outcome.last and last.path == outcome.result.path
    assert last.counts["people"] == 3 and last.size == outcome.result.path.stat().st_size
    usb.rename(usb.with_name("elsewhere"))  # the stick went home with the manager
    again = backup_schedule.last_good_backup(admin)
    assert again == last
    assert not backup_schedule.stale(backup_schedule.get_backup_settings(admin), again, dt.datetime.now(UTC))


def test_run_backup_without_a_folder_says_choose_one(admin):
    with pytest.raises(backup_schedule.NoBackupFolder) as err:
        backup_schedule.run_backup(admin)
    assert "Backups page" in str(err.value)


def test_rotation_keeps_n_daily_and_m_monthly_and_touches_nothing_else(admin, usb):
    """Fake dates over three months, several backups a day. Promise: exactly the newest of each of
    the last 3 days and the first of each of the last 2 months remain; other files, another
    vault's backups, an unreadable .sanadbak and a renamed backup of ours are never deleted."""
    scratch = usb.parent / "scratch"
    scratch.mkdir()
    made = backup.make_backup(admin, scratch).path
    vault_id = json.loads(zipfile.ZipFile(made).read(backup.MANIFEST))["vault_id"]
    start = dt.datetime(2026, 9, 1, 8, tzinfo=UTC)
    ours = {}
    for day in range(0, 85, 4):  # every 4th day, from 1 Sept to 22 Nov, twice a day
        for hour in (8, 17):
            when = start + dt.timedelta(days=day, hours=hour - 8)
            ours[when] = _clone(made, usb, when)
    other_vault = _clone(made, usb, start, vault_id="other-vault-0000")
    notes = usb / "notes.txt"
    notes.write_text("mine")
    junk = usb / f"sanad-backup-{vault_id}-19990101T000000Z.sanadbak"
    junk.write_bytes(b"not a zip at all")
    renamed = usb / "my-copy.sanadbak"
    renamed.write_bytes(ours[start].read_bytes())

    deleted = backup_schedule.rotate(admin, usb, BackupSettings(folder=str(usb), keep_daily=3, keep_monthly=2),
                                     tz=UTC)
    remaining = set(usb.iterdir())
    times = sorted(ours)
    newest_days = [max(t for t in times if t.date() == d) for d in sorted({t.date() for t in times})[-3:]]
    firsts = {}
    for t in times:
        firsts.setdefault((t.year, t.month), t)
    first_months = [firsts[k] for k in sorted(firsts)[-2:]]
    expected = {ours[t] for t in newest_days + first_months}
    assert {p for p in remaining if p in ours.values()} == expected
    assert len(expected) == 5
    assert {notes, junk, renamed, other_vault} <= remaining
    assert set(deleted) == set(ours.values()) - expected
    with admin.transaction() as db:
        entry = db.scalars(select(AuditEntry).where(AuditEntry.action == "backup_rotated")).one()
    assert ours[times[0]].name in entry.details


def test_rotation_removes_our_old_partial_files_only(admin, usb):
    backup_schedule.save_backup_settings(admin, folder=str(usb))
    outcome = backup_schedule.run_backup(admin)
    vault_id = outcome.result.manifest["vault_id"]
    stale_partial = usb / f".sanad-backup-{vault_id}-20260101T000000Z.sanadbak.partial"
    fresh_partial = usb / f".sanad-backup-{vault_id}-20260102T000000Z.sanadbak.partial"
    foreign_partial = usb / ".sanad-backup-someone-else-20260101T000000Z.sanadbak.partial"
    for path in (stale_partial, fresh_partial, foreign_partial):
        path.write_bytes(b"x")
    old = (dt.datetime.now(UTC) - dt.timedelta(hours=3)).timestamp()
    os.utime(stale_partial, (old, old))
    os.utime(foreign_partial, (old, old))
    deleted = backup_schedule.rotate(admin, usb)
    assert deleted == [stale_partial]
    assert fresh_partial.exists() and foreign_partial.exists() and outcome.result.path.exists()


def test_last_change_and_older_backup_detection(admin, usb):
    add_people(admin, 2)
    made = backup.make_backup(admin, usb)
    summary = backup.vault_summary(admin)
    assert not backup.backup_is_older(made.manifest, summary)  # nothing changed since
    assert made.manifest["last_change"]
    backup_schedule.record_backup(admin, made)  # remembering the backup is not a change
    admin.audit("login")
    assert not backup.backup_is_older(made.manifest, backup.vault_summary(admin))
    with admin.transaction() as db:
        db.scalars(select(Person)).first().first_name = "LATER"
    summary = backup.vault_summary(admin)
    assert summary.counts.people == 2
    assert backup.backup_is_older(made.manifest, summary)


def test_cli_backup_auto_uses_the_settings_and_rotates(admin, vault_path, usb, monkeypatch, capsys):
    backup_schedule.save_backup_settings(admin, folder=str(usb), keep_daily=1, keep_monthly=0)
    admin.vault.close()
    monkeypatch.setenv("SANAD_PASSWORD", ADMIN_PASSWORD)
    assert main(["backup", "--auto", "--vault", str(vault_path), "--user", "admin"]) == 0
    first = list(usb.iterdir())
    assert len(first) == 1 and "Backup written" in capsys.readouterr().out
    # Not due again today at the default time: --auto --if-due makes nothing.
    assert main(["backup", "--auto", "--if-due", "--vault", str(vault_path), "--user", "admin"]) == 0
    assert list(usb.iterdir()) == first
    assert "not due" in capsys.readouterr().out
