"""Automatic backups: the settings (folder, schedule, how many to keep), the last good backup,
when one is due or overdue, and the rotation of old backup files in the folder.

Settings are office settings in the vault (`office_setting` rows whose keys start with
`backup_`; audited like every setting; not on the general settings screen: the Backups page
edits them and only users allowed to make backups may change them). The last good backup is kept
in `app_meta` (`backup_last_good`), so the warning works while the backup drive is elsewhere.

Rotation keeps the newest backup of each of the last N days and the first backup of each of the
last M months, and deletes the rest, but ONLY files that are Sanad backups of THIS vault (the
manifest's vault id, read from the file, not guessed from its name). Anything else in the folder,
including other vaults' backups and files it cannot read, is never touched.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import threading
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import select

from db import backup
from db.errors import SanadError, ValidationError
from db.i18n import QT_TRANSLATE_NOOP
from db.models import AppMeta, OfficeSetting
from db.permissions import Action
from db.session import UserSession

LAST_GOOD_KEY = "backup_last_good"
PARTIAL_MAX_AGE = dt.timedelta(hours=1)


class NoBackupFolder(SanadError):
    text = QT_TRANSLATE_NOOP("SanadError", "No backup folder has been chosen yet. Choose one on the Backups page.")


@dataclass(frozen=True)
class BackupSettings:
    folder: str = ""
    keep_daily: int = 7
    keep_monthly: int = 12
    on_close: bool = True
    daily_at: str = "13:00"  # "HH:MM" local time; "" = no scheduled backup while the app is open
    stale_days: int = 7

    @property
    def daily_time(self) -> dt.time | None:
        return _parse_hhmm(self.daily_at) if self.daily_at else None


DEFAULTS = BackupSettings()
LIMITS = {"keep_daily": (1, 90), "keep_monthly": (0, 120), "stale_days": (1, 90)}


@dataclass(frozen=True)
class LastBackup:
    at: dt.datetime
    file: str
    folder: str
    size: int
    counts: dict
    last_change: str | None = None  # the newest change the backup holds (its manifest's)

    @property
    def path(self) -> Path:
        return Path(self.folder) / self.file


def _parse_hhmm(text: str) -> dt.time | None:
    match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", text or "")
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        return None
    return dt.time(int(match[1]), int(match[2]))


# ---- settings ---------------------------------------------------------------------------------
def _key(name: str) -> str:
    return f"backup_{name}"


def _read_settings(db) -> BackupSettings:
    names = {_key(name): name for name in asdict(DEFAULTS)}
    values = {}
    for row in db.scalars(select(OfficeSetting).where(OfficeSetting.key.in_(names))):
        try:
            values[names[row.key]] = json.loads(row.value)
        except ValueError:
            continue
    try:
        return BackupSettings(**{**asdict(DEFAULTS), **values})
    except TypeError:
        return DEFAULTS


def get_backup_settings(session: UserSession) -> BackupSettings:
    """Any signed-in user may read them (the main window's warning needs the stale limit)."""
    with session.transaction() as db:
        return _read_settings(db)


def _clean(changes: dict) -> dict:
    clean = {}
    for name, value in changes.items():
        if name not in asdict(DEFAULTS):
            continue
        if name in LIMITS:
            low, high = LIMITS[name]
            try:
                number = int(value)
            except (TypeError, ValueError):
                number = None
            if number is None or not low <= number <= high:
                raise ValidationError(
                    name, QT_TRANSLATE_NOOP("SanadError", "Enter a whole number from %1 to %2."), low, high
                )
            clean[name] = number
        elif name == "on_close":
            clean[name] = bool(value)
        elif name == "daily_at":
            text = str(value or "").strip()
            when = _parse_hhmm(text) if text else None
            if text and when is None:
                raise ValidationError(
                    name, QT_TRANSLATE_NOOP("SanadError", "Enter a time of day as hours:minutes, for example 13:30.")
                )
            clean[name] = when.strftime("%H:%M") if when else ""
        elif name == "folder":
            text = str(value or "").strip()
            if len(text) > 1000:
                raise ValidationError(name, QT_TRANSLATE_NOOP("SanadError", "This text is too long."))
            clean[name] = text
    return clean


def save_backup_settings(session: UserSession, **changes) -> BackupSettings:
    """Validate all, then write all in one audited transaction."""
    session.require(Action.BACKUP)
    clean = _clean(changes)
    with session.transaction() as db:
        for name, value in clean.items():
            encoded = json.dumps(value, ensure_ascii=False)
            row = db.get(OfficeSetting, _key(name))
            if row is None:
                db.add(OfficeSetting(key=_key(name), value=encoded))
            elif row.value != encoded:
                row.value = encoded
        db.flush()
        return _read_settings(db)


# ---- the last good backup ---------------------------------------------------------------------
def _read_last(db) -> LastBackup | None:
    row = db.get(AppMeta, LAST_GOOD_KEY)
    if row is None:
        return None
    try:
        data = json.loads(row.value)
        at = dt.datetime.fromisoformat(data["at"].replace("Z", "+00:00"))
        return LastBackup(at if at.tzinfo else at.replace(tzinfo=dt.UTC), str(data["file"]), str(data["folder"]),
                          int(data.get("size", 0)), dict(data.get("counts", {})), data.get("last_change"))
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def last_good_backup(session: UserSession) -> LastBackup | None:
    with session.transaction() as db:
        return _read_last(db)


def record_backup(session: UserSession, result: backup.BackupResult) -> LastBackup:
    """Remember a verified backup as the last good one (in the vault: known while the drive is away)."""
    session.require(Action.BACKUP)
    at = dt.datetime.fromisoformat(result.manifest["created_at"].replace("Z", "+00:00"))
    last = LastBackup(at, result.path.name, str(result.path.parent), result.size, dict(result.manifest["counts"]),
                      result.manifest.get("last_change"))
    value = json.dumps({"at": result.manifest["created_at"], "file": last.file, "folder": last.folder,
                        "size": last.size, "counts": last.counts, "last_change": last.last_change},
                       ensure_ascii=False)
    with session.transaction() as db:
        row = db.get(AppMeta, LAST_GOOD_KEY)
        if row is None:
            db.add(AppMeta(key=LAST_GOOD_KEY, value=value))
        else:
            row.value = value
    return last


# ---- when ------------------------------------------------------------------------------------
def _local(when: dt.datetime, tz: dt.tzinfo | None) -> dt.datetime:
    return when.astimezone(tz) if tz is not None else when.astimezone()


def backup_due(settings: BackupSettings, last: LastBackup | None, now: dt.datetime,
               tz: dt.tzinfo | None = None) -> bool:
    """A scheduled backup is due when a folder and a time are set, it is at or after that time
    today (local time), and no backup was made since then."""
    when = settings.daily_time
    if not settings.folder or when is None:
        return False
    local_now = _local(now, tz)
    today_at = local_now.replace(hour=when.hour, minute=when.minute, second=0, microsecond=0)
    if local_now < today_at:
        return False
    return last is None or _local(last.at, tz) < today_at


def changed_since(last: LastBackup | None, summary: backup.VaultSummary) -> bool:
    """Whether the vault holds changes the last good backup does not."""
    if last is None:
        return True
    return backup.backup_is_older({"created_at": last.at.isoformat(), "last_change": last.last_change}, summary)


def stale(settings: BackupSettings, last: LastBackup | None, now: dt.datetime) -> bool:
    """The warning: no good backup ever, or the last one older than `stale_days`."""
    return last is None or now - last.at > dt.timedelta(days=settings.stale_days)


# ---- rotation --------------------------------------------------------------------------------
def _ours(path: Path, vault_id: str) -> dt.datetime | None:
    """The creation time of a backup of this vault (read from its manifest), else None."""
    if not path.name.startswith(f"sanad-backup-{vault_id}-"):
        return None
    try:
        manifest = backup.peek_manifest(path)
    except backup.BackupDamaged:
        return None
    if manifest.get("vault_id") != vault_id:
        return None
    try:
        created = dt.datetime.fromisoformat(str(manifest["created_at"]).replace("Z", "+00:00"))
    except (KeyError, ValueError):
        return None
    return created if created.tzinfo else created.replace(tzinfo=dt.UTC)


def plan_rotation(folder: str | Path, vault_id: str, keep_daily: int, keep_monthly: int,
                  tz: dt.tzinfo | None = None) -> tuple[list[Path], list[Path]]:
    """(kept, to delete) among this vault's backups in `folder`: the newest backup of each of the
    last `keep_daily` days that have backups, and the first backup of each of the last
    `keep_monthly` months; the newest backup is always kept."""
    ours = []
    for path in backup.backup_files(folder):
        created = _ours(path, vault_id)
        if created is not None:
            ours.append((created, path))
    ours.sort(reverse=True)
    if not ours:
        return [], []
    keep = {ours[0][1]}
    days: dict[dt.date, Path] = {}
    for created, path in ours:  # newest first: the first seen of a day is its newest
        days.setdefault(_local(created, tz).date(), path)
    for day in sorted(days, reverse=True)[:keep_daily]:
        keep.add(days[day])
    months: dict[tuple[int, int], Path] = {}
    for created, path in reversed(ours):  # oldest first: the first seen of a month is its first
        local = _local(created, tz)
        months.setdefault((local.year, local.month), path)
    for month in sorted(months, reverse=True)[:keep_monthly]:
        keep.add(months[month])
    kept = [path for _, path in ours if path in keep]
    return kept, [path for _, path in ours if path not in keep]


def rotate(session: UserSession, folder: str | Path, settings: BackupSettings | None = None,
           tz: dt.tzinfo | None = None, now: dt.datetime | None = None) -> list[Path]:
    """Delete this vault's backups the settings no longer keep (and our own partial files left
    by a backup that was cut off over an hour ago); audited with the file names. A file that
    cannot be deleted is left (the next rotation tries again)."""
    session.require(Action.BACKUP)
    settings = settings or get_backup_settings(session)
    with session.transaction() as db:
        vault_id = db.get(AppMeta, "vault_id").value
    _kept, doomed = plan_rotation(folder, vault_id, settings.keep_daily, settings.keep_monthly, tz)
    now = now or dt.datetime.now(dt.UTC)
    try:
        for path in Path(folder).glob(f".sanad-backup-{vault_id}-*{backup.SUFFIX}.partial"):
            modified = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
            if now - modified > PARTIAL_MAX_AGE:
                doomed.append(path)
    except OSError:
        pass
    deleted = []
    for path in doomed:
        try:
            path.unlink()
            deleted.append(path)
        except OSError:
            continue
    if deleted:
        session.audit("backup_rotated", "vault", "", details={"deleted": [p.name for p in deleted]})
    return deleted


# ---- one backup, as the app and `sanad backup --auto` make it -------------------------------
@dataclass(frozen=True)
class Outcome:
    result: backup.BackupResult
    last: LastBackup
    deleted: list[Path]


def run_backup(session: UserSession, folder: str | Path | None = None, *,
               progress: backup.Progress | None = None, cancel: threading.Event | None = None,
               tz: dt.tzinfo | None = None) -> Outcome:
    """Make a backup into `folder` (default: the configured folder), remember it as the last
    good one, then rotate the configured folder. A rotation problem never fails the backup."""
    settings = get_backup_settings(session)
    target = folder or settings.folder
    if not target:
        raise NoBackupFolder()
    result = backup.make_backup(session, target, progress=progress, cancel=cancel)
    last = record_backup(session, result)
    deleted: list[Path] = []
    if settings.folder and Path(target).absolute() == Path(settings.folder).absolute():
        try:
            deleted = rotate(session, target, settings, tz)
        except OSError:
            deleted = []
    return Outcome(result, last, deleted)
