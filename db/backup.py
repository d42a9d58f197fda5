"""Backups, restore, test restore and the integrity check (issue 7, first part).

A backup is ONE file, `sanad-backup-<vault id>-<UTC time>.sanadbak`: a zip (stored, not compressed:
encrypted pages do not compress) holding

    manifest.json     format, app version, schema revision, UTC time, vault id, counts, sha256s
    vault.sanad       the vault copied with SQLite's online backup API into a new SQLCipher file
                      keyed with the vault's own key and salt: encrypted as it is written
    vault.sanad.keys  the key file (the users' key slots), so the backup opens with the users'
                      passwords or with the recovery key, and with nothing else

The zip is written under a temporary name in the target folder and renamed last: a failure
(disk full, drive removed, read-only folder) leaves no partial file and the earlier backups as they
were. Restore checks every checksum, opens the copy with a password or the recovery key, checks
its pages, and only then puts it in place (beside the current vault, which is kept aside first).
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import os
import shutil
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import sqlcipher3
from sqlalchemy import func, select

from db import audit, migrate, sqlcipher
from db.errors import DiskFull, FolderNotWritable, SanadError, VaultExists
from db.i18n import QT_TRANSLATE_NOOP
from db.keyfile_paths import keys_path_for, lock_path_for
from db.keyslots import KeyFile
from db.models import Application, AppMeta, AuditEntry, Household, Person, Referral
from db.permissions import Action
from db.processlock import ProcessLock
from db.session import UserSession

FORMAT = "sanad-backup"
FORMAT_VERSION = 1
SUFFIX = ".sanadbak"
MANIFEST = "manifest.json"
VAULT_MEMBER = "vault.sanad"
KEYS_MEMBER = "vault.sanad.keys"
MEMBERS = frozenset({MANIFEST, VAULT_MEMBER, KEYS_MEMBER})
# A manifest is a few hundred bytes; anything much bigger is not ours.
MAX_MANIFEST_BYTES = 64 * 1024
CHUNK = 1024 * 1024


class BackupFolderMissing(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError", "The backup folder %1 does not exist. Plug in the drive or choose another folder."
    )


class BackupWriteFailed(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError", "The backup could not be written (%1). The earlier backups were not changed."
    )


class BackupDriveLost(BackupWriteFailed):
    text = QT_TRANSLATE_NOOP(
        "SanadError",
        "The backup drive %1 was removed or stopped answering while the backup was written. "
        "The backup was not saved and the earlier backups were not changed. Plug the drive in again "
        "and back up once more.",
    )


class BackupDiskFull(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError",
        "There is not enough free space in %1 for the backup. The backup was not saved and the earlier "
        "backups were not changed. Free some space or choose another drive.",
    )


class BackupCancelled(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError", "The backup was stopped before it was finished. The earlier backups were not changed."
    )


class BackupDamaged(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError",
        "%1 is not a complete Sanad backup, or it was damaged. Nothing was restored. Try another backup.",
    )


class BackupTooNew(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError",
        "This backup was made by a newer version of Sanad. Install the newer version to restore it. "
        "Nothing was restored.",
    )


class BackupNotFound(SanadError):
    text = QT_TRANSLATE_NOOP("SanadError", "There is no backup file at %1.")


class RestoreNeedsCredentials(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError", "To restore a backup, give a user name and password or the recovery key."
    )


@dataclass(frozen=True)
class Counts:
    people: int
    households: int
    applications: int
    referrals: int = 0

    @classmethod
    def from_manifest(cls, manifest: dict) -> Counts | None:
        """The counts a manifest records (referrals are 0 in backups made before they were counted)."""
        counts = manifest.get("counts")
        if not isinstance(counts, dict):
            return None
        try:
            return cls(**{name: int(counts.get(name, 0)) for name in ("people", "households", "applications",
                                                                       "referrals")})
        except (TypeError, ValueError):
            return None


@dataclass(frozen=True)
class BackupResult:
    path: Path
    manifest: dict
    seconds: float
    size: int


@dataclass(frozen=True)
class RestoreResult:
    path: Path | None  # None for a test restore (nothing kept)
    manifest: dict
    counts: Counts
    kept_aside: Path | None = None
    integrity_problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class CheckReport:
    ok: bool
    page_problems: list[str]
    audit_ok: bool
    audit_entries: int
    audit_first_broken: int | None
    audit_reason: str

    def as_dict(self) -> dict:
        return asdict(self)


# ---- helpers ----------------------------------------------------------------------------------
def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


# Errors that mean the drive went away under us (a USB stick pulled, a network drive dropped).
_DRIVE_LOST = {errno.EIO, errno.ENODEV, errno.ENXIO, errno.ENOENT, errno.ESTALE, errno.ENOTCONN,
               getattr(errno, "EREMOTEIO", errno.EIO)}


def _explain_os_error(exc: OSError, folder: Path, *, writing: bool = False) -> SanadError:
    """An OS error as the user's problem. `writing`: it came while the backup file was written
    into `folder` (then a vanished folder or an I/O error is a drive removed mid-backup)."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return BackupDiskFull(folder) if writing else DiskFull()
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return FolderNotWritable(folder)
    if writing and (exc.errno in _DRIVE_LOST or not folder.is_dir()):
        return BackupDriveLost(folder)
    if exc.errno == errno.ENOENT:
        return BackupFolderMissing(folder)
    return BackupWriteFailed(exc.strerror or type(exc).__name__)


def _explain_db_error(exc: BaseException, folder: Path) -> SanadError:
    code = sqlcipher.error_code(exc)
    if code == sqlcipher.SQLITE_FULL:
        return DiskFull()
    if code in (sqlcipher.SQLITE_READONLY, sqlcipher.SQLITE_PERM, sqlcipher.SQLITE_CANTOPEN):
        return FolderNotWritable(folder)
    return BackupWriteFailed(type(exc).__name__)


def _fsync_dir(folder: Path) -> None:
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(folder, os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _private_file(path: Path):
    """A new file only its owner may read (the backup holds the key slots), never an existing one."""
    return os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600), "wb")


def _counts(db) -> Counts:
    return Counts(
        people=db.scalar(select(func.count()).select_from(Person)) or 0,
        households=db.scalar(select(func.count()).select_from(Household)) or 0,
        applications=db.scalar(select(func.count()).select_from(Application)) or 0,
        referrals=db.scalar(select(func.count()).select_from(Referral)) or 0,
    )


# Audit actions that read or guard the vault without changing its records.
NOT_CHANGES = ("login", "unlock", "lock", "logout", "login_failed", "recovery_unlock", "backup", "restore",
               "view_sensitive", "permission_denied", "export", "print", "subject_access_export", "check",
               "backup_rotated")


def _last_change(db) -> dt.datetime | None:
    """When the records last changed: the newest audit entry that is not a read or a sign-in."""
    ts = db.scalar(
        select(AuditEntry.ts).where(AuditEntry.action.not_in(NOT_CHANGES)).order_by(AuditEntry.seq.desc()).limit(1)
    )
    return _parse_time(ts)


def _parse_time(value) -> dt.datetime | None:
    if not value:
        return None
    try:
        when = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


@dataclass(frozen=True)
class VaultSummary:
    counts: Counts
    last_change: dt.datetime | None


def vault_summary(session: UserSession) -> VaultSummary:
    """The open vault's counts and the time its records last changed (for "restore an older
    backup over newer data?")."""
    session.require(Action.RESTORE)
    with session.transaction() as db:
        return VaultSummary(_counts(db), _last_change(db))


def backup_is_older(manifest: dict, summary: VaultSummary) -> bool:
    """True when the vault changed after the backup was made (restoring it would lose that)."""
    if summary.last_change is None:
        return False
    if manifest.get("last_change"):  # the newest change the backup holds
        held = _parse_time(manifest["last_change"])
        return held is None or held < summary.last_change
    made = _parse_time(manifest.get("created_at"))
    return made is None or made < summary.last_change.replace(microsecond=0)


def backup_name(vault_id: str, when: dt.datetime) -> str:
    return f"sanad-backup-{vault_id}-{when.strftime('%Y%m%dT%H%M%SZ')}{SUFFIX}"


# ---- backup -----------------------------------------------------------------------------------
Progress = Callable[[str, float], None]  # (step: "copy" | "verify" | "write" | "done", fraction 0..1)


def _step(progress: Progress | None, cancel: threading.Event | None, name: str, fraction: float) -> None:
    if cancel is not None and cancel.is_set():
        raise BackupCancelled()
    if progress is not None:
        progress(name, fraction)


def make_backup(
    session: UserSession,
    folder: str | Path,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> BackupResult:
    """Write one encrypted, self-contained backup file into `folder`; audited as "backup".
    `progress(step, fraction)` is called along the way (from the calling thread); setting `cancel`
    stops the backup at the next step with BackupCancelled, leaving nothing behind."""
    session.require(Action.BACKUP)
    started = time.perf_counter()
    folder = Path(folder).expanduser().absolute()
    if not folder.is_dir():
        raise BackupFolderMissing(folder)
    if not os.access(folder, os.W_OK):
        raise FolderNotWritable(folder)
    _step(progress, cancel, "copy", 0.0)
    vault = session.vault
    keyfile_bytes = vault.keys_path.read_bytes()
    salt = vault.keyfile.db_salt
    with session.transaction() as db:
        meta = {row.key: row.value for row in db.scalars(select(AppMeta))}
    when = _utc_now()
    final = folder / backup_name(meta["vault_id"], when)
    number = 1
    while final.exists() or (folder / f".{final.name}.partial").exists():  # two backups in one second
        final = folder / backup_name(meta["vault_id"], when).replace(SUFFIX, f"-{number}{SUFFIX}")
        number += 1
    # The copy is made beside the vault (same disk, known writable); it is encrypted as written.
    try:
        work = Path(tempfile.mkdtemp(prefix=".sanad-backup-", dir=vault.path.parent))
    except OSError as exc:
        raise _explain_os_error(exc, vault.path.parent) from exc
    partial = folder / f".{final.name}.partial"
    try:
        copy = work / VAULT_MEMBER
        try:
            source = sqlcipher.connect(vault.path, vault.master_key, read_only=True)
            try:
                sqlcipher.backup_into(source, copy, vault.master_key, salt)
            finally:
                source.close()
        except sqlcipher3.DatabaseError as exc:
            raise _explain_db_error(exc, vault.path.parent) from exc
        if sqlcipher.file_salt(copy) != salt:
            raise BackupWriteFailed("salt")
        _step(progress, cancel, "verify", 0.4)
        # Verify the copy before it becomes a backup (case E5); counts and schema come from the
        # copy itself, so the manifest describes exactly what was saved.
        counts, revision, last_change, problems = _inspect_copy(copy, vault.master_key)
        if problems:
            raise BackupWriteFailed("verification")
        _step(progress, cancel, "write", 0.6)
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "app_version": _app_version(),
            "schema_revision": revision,
            "created_at": when.isoformat().replace("+00:00", "Z"),
            "last_change": last_change.isoformat().replace("+00:00", "Z") if last_change else None,
            "vault_id": meta["vault_id"],
            "counts": asdict(counts),
            "files": {
                VAULT_MEMBER: {"sha256": _sha256_file(copy), "size": copy.stat().st_size},
                KEYS_MEMBER: {"sha256": hashlib.sha256(keyfile_bytes).hexdigest(), "size": len(keyfile_bytes)},
            },
        }

        def written(fraction: float) -> None:
            _step(progress, cancel, "write", 0.6 + 0.4 * fraction)

        try:
            _write_zip(partial, manifest, copy, keyfile_bytes, written)
            os.replace(partial, final)
            _fsync_dir(folder)
        except OSError as exc:
            raise _explain_os_error(exc, folder, writing=True) from exc
    finally:
        try:
            partial.unlink(missing_ok=True)
        except OSError:  # the drive is gone: there is nothing left to clean on it
            pass
        shutil.rmtree(work, ignore_errors=True)
    size = final.stat().st_size
    session.audit("backup", "vault", "", details={
        "file": final.name, "size": size, "schema_revision": revision, **asdict(counts),
    })
    if progress is not None:
        progress("done", 1.0)
    return BackupResult(final, manifest, time.perf_counter() - started, size)


def _inspect_copy(copy: Path, key) -> tuple[Counts, str | None, dt.datetime | None, list[str]]:
    """(counts, schema revision, last change, page problems) of a vault copy, read-only."""
    from sqlalchemy.orm import Session

    from db.vault import make_engine

    conn = sqlcipher.connect(copy, key, read_only=True)
    try:
        problems = sqlcipher.integrity_problems(conn)
    finally:
        conn.close()
    if problems:
        return Counts(0, 0, 0), None, None, problems
    engine = make_engine(copy, lambda: sqlcipher.connect(copy, key, read_only=True))
    try:
        with Session(engine) as db, db.begin():
            return _counts(db), migrate.current(db.connection()), _last_change(db), problems
    finally:
        engine.dispose()


def _write_zip(path: Path, manifest: dict, vault_copy: Path, keyfile_bytes: bytes,
               written: Callable[[float], None] | None = None) -> None:
    total = max(1, vault_copy.stat().st_size)
    with _private_file(path) as raw:
        with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_STORED) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, indent=1, sort_keys=True))
            info = zipfile.ZipInfo(VAULT_MEMBER, date_time=time.gmtime(vault_copy.stat().st_mtime)[:6])
            info.compress_type = zipfile.ZIP_STORED
            info.external_attr = 0o600 << 16
            done = 0
            zip64 = total >= zipfile.ZIP64_LIMIT
            with open(vault_copy, "rb") as src, archive.open(info, "w", force_zip64=zip64) as dst:
                while chunk := src.read(CHUNK * 8):
                    dst.write(chunk)
                    done += len(chunk)
                    if written is not None:
                        written(done / total)
            archive.writestr(KEYS_MEMBER, keyfile_bytes)
        raw.flush()
        os.fsync(raw.fileno())


def _app_version() -> str:
    from db.vault import APP_VERSION

    return APP_VERSION


# ---- reading a backup -------------------------------------------------------------------------
def read_manifest(backup: str | Path) -> dict:
    """The manifest after every check that needs no key: a zip of exactly our members, CRCs and
    SHA-256s as recorded, a schema this Sanad knows. Raises BackupDamaged / BackupTooNew."""
    backup = Path(backup).expanduser().absolute()
    if not backup.is_file():
        raise BackupNotFound(backup)
    try:
        with zipfile.ZipFile(backup) as archive:
            infos = {info.filename: info for info in archive.infolist()}
            if set(infos) != MEMBERS or len(archive.infolist()) != len(MEMBERS):
                raise ValueError("members")
            if infos[MANIFEST].file_size > MAX_MANIFEST_BYTES:
                raise ValueError("manifest size")
            manifest = json.loads(archive.read(MANIFEST))
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise ValueError("format")
            if int(manifest.get("format_version", 0)) > FORMAT_VERSION:
                raise BackupTooNew()
            for name in (VAULT_MEMBER, KEYS_MEMBER):
                expected = manifest["files"][name]
                if infos[name].file_size != int(expected["size"]):
                    raise ValueError("size")
                digest = hashlib.sha256()
                with archive.open(name) as member:  # zipfile checks the CRC at the end
                    while chunk := member.read(CHUNK):
                        digest.update(chunk)
                if digest.hexdigest() != expected["sha256"]:
                    raise ValueError("checksum")
    except BackupTooNew:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, KeyError, TypeError, EOFError,
            UnicodeDecodeError) as exc:
        raise BackupDamaged(backup.name) from exc
    except OSError as exc:
        raise BackupDamaged(backup.name) from exc
    revision = manifest.get("schema_revision")
    if revision is not None and revision not in migrate.known_revisions():
        raise BackupTooNew()
    return manifest


def _extract(backup: Path, folder: Path, name: str) -> Path:
    """Write the vault and its key file into `folder` as `name` and `name.keys`."""
    target = folder / name
    with zipfile.ZipFile(backup) as archive:
        with archive.open(VAULT_MEMBER) as src, _private_file(target) as dst:
            shutil.copyfileobj(src, dst, CHUNK)
            dst.flush()
            os.fsync(dst.fileno())
        with archive.open(KEYS_MEMBER) as src, _private_file(keys_path_for(target)) as dst:
            shutil.copyfileobj(src, dst)
            dst.flush()
            os.fsync(dst.fileno())
    return target


def _open_copy(path: Path, *, username: str | None, password, recovery_key: str | None):
    """Open the extracted copy the way the app would (this also migrates an older schema)."""
    from db.vault import Vault

    vault = Vault.open(path)
    try:
        if recovery_key is not None:
            session = vault.unlock_with_recovery(recovery_key)
        elif username is not None and password is not None:
            session = vault.unlock(username, password)
            session.require(Action.RESTORE)
        else:
            raise RestoreNeedsCredentials()
        KeyFile.load(vault.keys_path, path)  # the key file must read back as written
        conn = sqlcipher.connect(path, vault.master_key, read_only=True)
        try:
            problems = sqlcipher.integrity_problems(conn)
        finally:
            conn.close()
        if problems:
            raise BackupDamaged(path.name)
        with session.transaction() as db:
            counts = _counts(db)
        return vault, session, counts
    except BaseException:
        vault.close()
        raise


def restore_backup(
    backup: str | Path,
    target: str | Path,
    *,
    username: str | None = None,
    password: str | bytes | bytearray | None = None,
    recovery_key: str | None = None,
    replace: bool = False,
) -> RestoreResult:
    """Restore `backup` as the vault at `target`. A new path by default; with `replace` the vault
    already there is first kept aside as `<name>.before-restore-<UTC time>` (with its key file).
    Nothing is put in place before the copy has been verified and opened."""
    backup = Path(backup).expanduser().absolute()
    target = Path(target).expanduser().absolute()
    manifest = read_manifest(backup)
    if target.exists() and not replace:
        raise VaultExists(target)
    if not target.parent.is_dir():
        raise BackupFolderMissing(target.parent)
    if not os.access(target.parent, os.W_OK):
        raise FolderNotWritable(target.parent)
    # No other Sanad may have the vault we are about to replace open.
    target_lock = ProcessLock(lock_path_for(target))
    target_lock.acquire()
    work = Path(tempfile.mkdtemp(prefix=".sanad-restore-", dir=target.parent))
    kept = None
    try:
        try:
            copy = _extract(backup, work, target.name)
        except OSError as exc:
            raise _explain_os_error(exc, target.parent) from exc
        except (zipfile.BadZipFile, EOFError) as exc:
            raise BackupDamaged(backup.name) from exc
        vault, session, counts = _open_copy(copy, username=username, password=password, recovery_key=recovery_key)
        try:
            session.audit("restore", "vault", "", details={
                "backup": backup.name, "backup_created_at": manifest.get("created_at"), **asdict(counts),
            })
        finally:
            vault.close()
        if target.exists():
            stamp = _utc_now().strftime("%Y%m%dT%H%M%SZ")
            kept = target.with_name(f"{target.name}.before-restore-{stamp}")
            # Kept aside as a second name (a copy where links are not possible): the vault never
            # leaves its own name, so a crash here leaves the old vault in place (case E6); the
            # vault is then replaced before its key file, and the backup's own key file opens it.
            for source, aside in ((target, kept), (keys_path_for(target), keys_path_for(kept))):
                if source.exists():
                    try:
                        os.link(source, aside)
                    except OSError:
                        shutil.copy2(source, aside)
        os.replace(copy, target)
        os.replace(keys_path_for(copy), keys_path_for(target))
        _fsync_dir(target.parent)
    except OSError as exc:
        raise _explain_os_error(exc, target.parent) from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
        target_lock.release()
    return RestoreResult(target, manifest, counts, kept)


def test_restore(
    backup: str | Path,
    *,
    username: str | None = None,
    password: str | bytes | bytearray | None = None,
    recovery_key: str | None = None,
) -> RestoreResult:
    """Verify a backup end to end without replacing anything: checksums, then the copy is opened
    in a temporary folder with the password or recovery key, its pages checked, its records
    counted; the temporary copy is deleted."""
    backup = Path(backup).expanduser().absolute()
    manifest = read_manifest(backup)
    work = Path(tempfile.mkdtemp(prefix="sanad-test-restore-"))
    try:
        copy = _extract(backup, work, "restore-test.sanad")
        vault, _session, counts = _open_copy(copy, username=username, password=password,
                                              recovery_key=recovery_key)
        vault.close()
    except OSError as exc:
        raise _explain_os_error(exc, work) from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return RestoreResult(None, manifest, counts)


test_restore.__test__ = False  # not a pytest test, despite the name


# ---- the backups in a folder, the quick check on open, network shares --------------------------
@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    manifest: dict | None  # None when the file is not a readable Sanad backup
    error: str = ""  # the SanadError's text when it is damaged or too new (empty: valid)
    verified: bool = False  # checksums were checked (read_manifest), not only the manifest read

    @property
    def created_at(self) -> dt.datetime | None:
        return _parse_time(self.manifest.get("created_at")) if self.manifest else None

    @property
    def vault_id(self) -> str | None:
        return self.manifest.get("vault_id") if self.manifest else None

    @property
    def counts(self) -> Counts | None:
        return Counts.from_manifest(self.manifest) if self.manifest else None

    @property
    def ok(self) -> bool:
        return self.manifest is not None and not self.error


def peek_manifest(backup: str | Path) -> dict:
    """The manifest alone (no checksums: fast on a large file). Raises BackupDamaged when the file
    is not a zip of our members with a readable manifest."""
    backup = Path(backup)
    try:
        with zipfile.ZipFile(backup) as archive:
            names = archive.namelist()
            if set(names) != MEMBERS or len(names) != len(MEMBERS):
                raise ValueError("members")
            if archive.getinfo(MANIFEST).file_size > MAX_MANIFEST_BYTES:
                raise ValueError("manifest size")
            manifest = json.loads(archive.read(MANIFEST))
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise ValueError("format")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, KeyError, TypeError, EOFError,
            UnicodeDecodeError, OSError) as exc:
        raise BackupDamaged(backup.name) from exc
    return manifest


def backup_files(folder: str | Path) -> list[Path]:
    """Every *.sanadbak file directly in `folder` (none when it is missing or unreadable)."""
    folder = Path(folder)
    try:
        return sorted(p for p in folder.iterdir() if p.suffix == SUFFIX and p.is_file() and not p.name.startswith("."))
    except OSError:
        return []


def list_backups(folder: str | Path, *, verify: bool = False, vault_id: str | None = None,
                 cancel: threading.Event | None = None) -> list[BackupInfo]:
    """The backups in `folder`, newest first. `verify` checks every checksum (reads each file
    whole); otherwise only the manifest is read. `vault_id` keeps only that vault's backups."""
    found = []
    for path in backup_files(folder):
        if cancel is not None and cancel.is_set():
            break
        try:
            size = path.stat().st_size
        except OSError:
            continue
        try:
            manifest = read_manifest(path) if verify else peek_manifest(path)
            info = BackupInfo(path, size, manifest, verified=verify)
        except (BackupDamaged, BackupTooNew, BackupNotFound) as exc:
            try:
                manifest = peek_manifest(path)
            except BackupDamaged:
                manifest = None
            info = BackupInfo(path, size, manifest, error=str(exc), verified=verify)
        if vault_id is not None and info.vault_id != vault_id:
            continue
        found.append(info)
    epoch = dt.datetime.min.replace(tzinfo=dt.UTC)
    found.sort(key=lambda i: (i.created_at or epoch, i.path.name), reverse=True)
    return found


def newest_good_backup(folder: str | Path, vault_id: str | None = None) -> BackupInfo | None:
    """The newest backup in `folder` whose every checksum holds (of `vault_id` when given): what
    to offer when the vault is damaged. Older ones are read only when a newer one is bad."""
    for info in list_backups(folder, vault_id=vault_id):
        if info.manifest is None:
            continue
        try:
            return BackupInfo(info.path, info.size, read_manifest(info.path), verified=True)
        except (BackupDamaged, BackupTooNew, BackupNotFound):
            continue
    return None


def quick_check(vault) -> list[str]:
    """The check run when the app opens a vault (unlocked): the HMAC of every page, read-only.
    Empty when every page is intact; a page that cannot be read at all is a problem too."""
    try:
        conn = sqlcipher.connect(vault.path, vault.master_key, read_only=True)
        try:
            return sqlcipher.page_problems(conn)
        finally:
            conn.close()
    except sqlcipher3.DatabaseError as exc:
        return [f"the vault could not be read ({exc})"]


NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs", "ncpfs", "9p", "ceph", "glusterfs",
    "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2", "fuse.gvfsd-fuse", "fuse.rclone", "webdav", "afpfs",
})


def _mounts() -> list[tuple[str, str]]:
    """(mount point, filesystem type) from /proc/mounts (Linux); empty elsewhere."""
    try:
        text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    rows = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            rows.append((parts[1].replace("\\040", " "), parts[2]))
    return rows


def network_share(path: str | Path, *, mounts: list[tuple[str, str]] | None = None,
                  windows_drive_type: Callable[[str], int] | None = None) -> str | None:
    """What shows `path` is on a network share ("\\\\server\\share", "nfs", "cifs", ...), or None.
    A UNC path, a Windows network drive letter, or a Linux network mount."""
    text = str(path)
    if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
        return "unc"
    if sys.platform == "win32" or windows_drive_type is not None:
        import ntpath

        drive = ntpath.splitdrive(text)[0]
        if len(drive) == 2 and drive[1] == ":":
            get_type = windows_drive_type or _windows_drive_type
            if get_type(drive + "\\") == 4:  # DRIVE_REMOTE
                return "network drive"
        if windows_drive_type is not None:
            return None
    absolute = os.path.abspath(text)
    best, kind = "", None
    for point, fstype in (mounts if mounts is not None else _mounts()):
        inside = absolute == point or absolute.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fstype
    return kind if kind in NETWORK_FILESYSTEMS else None


def _windows_drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


# ---- integrity check --------------------------------------------------------------------------
def check_vault(session: UserSession) -> CheckReport:
    """Every page's HMAC (cipher_integrity_check), SQLite's structure check, the audit chain."""
    session.require(Action.VIEW_AUDIT)
    vault = session.vault
    try:
        conn = sqlcipher.connect(vault.path, vault.master_key, read_only=True)
        try:
            problems = sqlcipher.integrity_problems(conn)
        finally:
            conn.close()
    except sqlcipher3.DatabaseError as exc:
        problems = [f"the vault could not be read ({type(exc).__name__})"]
    try:
        with session.transaction() as db:
            chain = audit.verify(db)
        audit_ok, entries, broken, reason = chain.ok, chain.count, chain.first_broken, chain.reason
    except Exception as exc:  # a damaged page under the audit table
        audit_ok, entries, broken, reason = False, 0, None, f"could not be read ({type(exc).__name__})"
    return CheckReport(
        ok=not problems and audit_ok, page_problems=problems, audit_ok=audit_ok, audit_entries=entries,
        audit_first_broken=broken, audit_reason=reason or "",
    )
