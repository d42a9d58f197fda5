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
import tempfile
import zipfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

import sqlcipher3
from sqlalchemy import func, select

from db import audit, migrate, sqlcipher
from db.errors import DiskFull, FolderNotWritable, SanadError, VaultExists
from db.i18n import QT_TRANSLATE_NOOP
from db.keyfile_paths import keys_path_for, lock_path_for
from db.keyslots import KeyFile
from db.models import Application, AppMeta, Household, Person
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


def _explain_os_error(exc: OSError, folder: Path) -> SanadError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull()
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return FolderNotWritable(folder)
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
    )


def backup_name(vault_id: str, when: dt.datetime) -> str:
    return f"sanad-backup-{vault_id}-{when.strftime('%Y%m%dT%H%M%SZ')}{SUFFIX}"


# ---- backup -----------------------------------------------------------------------------------
def make_backup(session: UserSession, folder: str | Path) -> BackupResult:
    """Write one encrypted, self-contained backup file into `folder`; audited as "backup"."""
    import time

    session.require(Action.BACKUP)
    started = time.perf_counter()
    folder = Path(folder).expanduser().absolute()
    if not folder.is_dir():
        raise BackupFolderMissing(folder)
    if not os.access(folder, os.W_OK):
        raise FolderNotWritable(folder)
    vault = session.vault
    keyfile_bytes = vault.keys_path.read_bytes()
    salt = vault.keyfile.db_salt
    with session.transaction() as db:
        meta = {row.key: row.value for row in db.scalars(select(AppMeta))}
    when = _utc_now()
    final = folder / backup_name(meta["vault_id"], when)
    if final.exists():
        raise VaultExists(final)
    # The copy is made beside the vault (same disk, known writable); it is encrypted as written.
    work = Path(tempfile.mkdtemp(prefix=".sanad-backup-", dir=vault.path.parent))
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
        # Verify the copy before it becomes a backup (case E5); counts and schema come from the
        # copy itself, so the manifest describes exactly what was saved.
        counts, revision, problems = _inspect_copy(copy, vault.master_key)
        if problems:
            raise BackupWriteFailed("verification")
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "app_version": _app_version(),
            "schema_revision": revision,
            "created_at": when.isoformat().replace("+00:00", "Z"),
            "vault_id": meta["vault_id"],
            "counts": asdict(counts),
            "files": {
                VAULT_MEMBER: {"sha256": _sha256_file(copy), "size": copy.stat().st_size},
                KEYS_MEMBER: {"sha256": hashlib.sha256(keyfile_bytes).hexdigest(), "size": len(keyfile_bytes)},
            },
        }
        try:
            _write_zip(partial, manifest, copy, keyfile_bytes)
            os.replace(partial, final)
            _fsync_dir(folder)
        except OSError as exc:
            raise _explain_os_error(exc, folder) from exc
    finally:
        partial.unlink(missing_ok=True)
        shutil.rmtree(work, ignore_errors=True)
    size = final.stat().st_size
    session.audit("backup", "vault", "", details={
        "file": final.name, "size": size, "schema_revision": revision, **asdict(counts),
    })
    return BackupResult(final, manifest, time.perf_counter() - started, size)


def _inspect_copy(copy: Path, key) -> tuple[Counts, str | None, list[str]]:
    """(counts, schema revision, page problems) of a vault copy, read-only."""
    from sqlalchemy.orm import Session

    from db.vault import make_engine

    conn = sqlcipher.connect(copy, key, read_only=True)
    try:
        problems = sqlcipher.integrity_problems(conn)
    finally:
        conn.close()
    engine = make_engine(copy, lambda: sqlcipher.connect(copy, key, read_only=True))
    try:
        with Session(engine) as db, db.begin():
            return _counts(db), migrate.current(db.connection()), problems
    finally:
        engine.dispose()


def _write_zip(path: Path, manifest: dict, vault_copy: Path, keyfile_bytes: bytes) -> None:
    with _private_file(path) as raw:
        with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_STORED) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, indent=1, sort_keys=True))
            archive.write(vault_copy, VAULT_MEMBER)
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
            os.replace(target, kept)
            if keys_path_for(target).exists():
                os.replace(keys_path_for(target), keys_path_for(kept))
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
