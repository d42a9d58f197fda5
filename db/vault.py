"""The vault: one SQLCipher file, its key-slot sidecar, and the life cycle around them.

    Vault.create(...)            make a new vault (wizard, `sanad init`, `sanad demo`)
    vault = Vault.open(path)     check the file, take the one-process lock, read the key file
    vault.unlock(name, pw)       -> UserSession (migrates first if the vault is older)
    vault.unlock_with_recovery() -> UserSession acting as "recovery" (rebuilds a lost key file)
    vault.lock()                 drop the engine and wipe the key; the process lock stays
    vault.close()                lock and release the process lock

A file that is not a vault, a damaged or truncated file, a vault from a newer Sanad, or a vault
open elsewhere each raise a SanadError; in none of those cases is the file written.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import shutil
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy.exc
import sqlcipher3
from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from db import audit, migrate, sqlcipher
from db import ids as _ids  # noqa: F401 - registers the hook that never gives a person's id twice
from db import search as _search  # noqa: F401 - registers the hooks that keep search keys current
from db.errors import (
    CipherSettingsChanged,
    FolderNotWritable,
    KeyFileDamaged,
    KeyFileMismatch,
    KeyFileMissing,
    MigrationFailed,
    NotAVault,
    PlaintextDatabase,
    SanadError,
    Throttled,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    VaultReadOnly,
    VaultTooNew,
    VaultUnreadable,
    WrongCredentials,
    WrongRecoveryKey,
)
from db.keyfile_paths import keys_path_for, lock_path_for
from db.keyslots import (
    KdfParams,
    KeyFile,
    Slot,
    decode_recovery_key,
    encode_recovery_key,
    normalise_username,
)
from db.models import AppMeta, KeySlotMirror, User
from db.processlock import ProcessLock
from db.rotation import RotationPending, finish_pending
from db.secrets import MasterKey, to_secret, wipe
from db.session import CurrentUser, UserSession

APP_VERSION = "0.1.0"

# Growing delay after consecutive failed unlocks of this vault (any user name, so the delay says
# nothing about which names exist): 1, 2, 4, 8, 16 s ... capped at 15 minutes.
THROTTLE_FREE_ATTEMPTS = 0
THROTTLE_CAP_SECONDS = 900.0


def throttle_delay(failures: int) -> float:
    if failures <= THROTTLE_FREE_ATTEMPTS:
        return 0.0
    return min(2.0 ** (failures - THROTTLE_FREE_ATTEMPTS - 1), THROTTLE_CAP_SECONDS)


def check_vault_file(path: Path) -> None:
    """Cheap checks before anything is opened; none of them writes."""
    if not path.is_file():
        raise VaultNotFound(path)
    size = path.stat().st_size
    if size == 0:
        raise NotAVault(path)
    if sqlcipher.looks_like_plaintext_sqlite(path):
        raise PlaintextDatabase(path)
    if size < sqlcipher.PAGE_SIZE or size % sqlcipher.PAGE_SIZE:
        # SQLCipher files are whole 4096-byte pages; anything else is truncated or foreign.
        raise VaultDamaged(path)


class Vault:
    def __init__(self, path: Path, *, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self.keys_path = keys_path_for(path)
        self.clock = clock
        self._process_lock = ProcessLock(lock_path_for(path))
        self._keyfile: KeyFile | None = None
        self._key: MasterKey | None = None
        self._engine: Engine | None = None
        self._sessionmaker: sessionmaker | None = None
        self._had_session = False
        self.demo = False

    # ---- opening -------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, *, clock: Callable[[], float] = time.time) -> Vault:
        path = Path(path).expanduser().absolute()
        check_vault_file(path)
        vault = cls(path, clock=clock)
        vault._process_lock.acquire()
        try:
            vault._read_keyfile()
        except BaseException:
            vault._process_lock.release()
            raise
        return vault

    def _read_keyfile(self) -> None:
        if not self.keys_path.exists():
            self._keyfile = None
            return
        keyfile = KeyFile.load(self.keys_path, self.path)
        if keyfile.db_salt != sqlcipher.file_salt(self.path):
            raise KeyFileMismatch(self.path)
        self._keyfile = keyfile
        self.demo = keyfile.demo_password is not None

    @property
    def keyfile_status(self) -> str:
        """'ok', 'missing' or 'damaged' — decides whether the login screen offers passwords."""
        if self._keyfile is not None:
            return "ok"
        return "missing" if not self.keys_path.exists() else "damaged"

    @property
    def demo_password(self) -> str | None:
        return self._keyfile.demo_password if self._keyfile else None

    @property
    def is_unlocked(self) -> bool:
        return self._engine is not None

    # ---- throttle -------------------------------------------------------------------------------
    def retry_after(self) -> float:
        """Seconds the next attempt must still wait (0 when it may go ahead)."""
        if self._keyfile is None:
            return 0.0
        throttle = self._keyfile.throttle
        wait = throttle.last_failure + throttle_delay(throttle.failures) - self.clock()
        return max(0.0, wait)

    def _record_failure(self) -> None:
        if self._keyfile is None:
            return
        throttle = self._keyfile.throttle
        now = self.clock()
        throttle.failures += 1
        throttle.last_failure = now
        throttle.pending = (throttle.pending + [now])[-100:]
        self._keyfile.save(self.keys_path)

    def _reset_throttle(self) -> list[float]:
        assert self._keyfile is not None
        throttle = self._keyfile.throttle
        pending = list(throttle.pending)
        if throttle.failures or throttle.pending:
            throttle.failures = 0
            throttle.pending = []
            self._keyfile.save(self.keys_path)
        return pending

    # ---- unlocking ------------------------------------------------------------------------------
    def unlock(self, username: str, password: str | bytes | bytearray) -> UserSession:
        secret = to_secret(password)
        try:
            if self._keyfile is None:
                if self.keys_path.exists():
                    raise KeyFileDamaged(self.path)
                raise KeyFileMissing(self.path)
            wait = self.retry_after()
            if wait > 0:
                raise Throttled(wait)
            candidates = [self._keyfile.open_slot(username, secret)]
            if self._keyfile.pending is not None:
                # A rotation was interrupted: the new key may already be the vault's key.
                candidates.append(self._keyfile.pending_keyfile().open_slot(username, secret))
            found = [c for c in candidates if c is not None]
            if not found:
                self._record_failure()
                raise WrongCredentials()
        finally:
            wipe(secret)
        for index, (slot_id, key) in enumerate(found):
            try:
                return self._start(key, slot_hex=slot_id.hex(), username=username)
            except WrongCredentials:
                self._record_failure()
                raise
            except VaultDamaged:
                if index + 1 < len(found):
                    continue
                if self._keyfile is not None and self._keyfile.pending is not None:
                    raise RotationPending() from None
                raise
        raise AssertionError("unreachable")

    def unlock_with_recovery(self, recovery_key: str) -> UserSession:
        key = decode_recovery_key(recovery_key)
        if self._keyfile is not None:
            wait = self.retry_after()
            if wait > 0:
                key.wipe()
                raise Throttled(wait)
        try:
            return self._start(key, slot_hex=None, username=None)
        except VaultDamaged as exc:
            # With an unauthenticated key, "not a database" means a wrong key far more often
            # than damage; only that case counts as a failed attempt.
            if sqlcipher.error_code(exc.__cause__) == sqlcipher.SQLITE_NOTADB:
                self._record_failure()
                raise WrongRecoveryKey() from exc
            raise

    def _probe(self, key: MasterKey) -> None:
        """Open once with this key and check the pinned settings. Read-write on purpose: after a
        crash mid-write SQLite must roll back the leftover journal, which a read-only connection
        cannot do (it would report a healthy vault as damaged)."""
        try:
            conn = sqlcipher.connect(self.path, key)
        except sqlcipher3.DatabaseError as exc:
            raise self._explain(exc) from exc
        try:
            problems = sqlcipher.settings_problems(conn)
        finally:
            conn.close()
        if problems:
            raise CipherSettingsChanged("; ".join(problems))

    def _explain(self, exc: BaseException) -> SanadError:
        """A driver error as the user's problem: wrong key or damage, read-only, or unreadable."""
        code = sqlcipher.error_code(exc)
        if code in (sqlcipher.SQLITE_READONLY, sqlcipher.SQLITE_PERM, sqlcipher.SQLITE_CANTOPEN):
            return VaultReadOnly(self.path)
        if code == sqlcipher.SQLITE_IOERR:
            return VaultUnreadable(self.path)
        return VaultDamaged(self.path)

    def _start(self, key: MasterKey, *, slot_hex: str | None, username: str | None) -> UserSession:
        try:
            self._probe(key)
        except SanadError:
            key.wipe()
            raise
        self._key = key
        self._engine, self._sessionmaker = _make_engine(self.path, key)
        try:
            self._migrate_if_needed()
            session = self._begin_session(slot_hex, username)
        except (sqlcipher3.DatabaseError, sqlalchemy.exc.DatabaseError) as exc:
            # A page that fails its HMAC or structure check reads as "malformed": never carry on.
            self.lock(audit_entry=False)
            raise self._explain(exc) from exc
        except BaseException:
            self.lock(audit_entry=False)
            raise
        return session

    def _migrate_if_needed(self) -> None:
        assert self._engine is not None
        with self._engine.connect() as conn:
            revision = migrate.current(conn)
        head = migrate.head()
        if revision == head:
            return
        if revision is not None and revision not in migrate.known_revisions():
            raise VaultTooNew()
        if revision is None:
            with self._engine.connect() as conn:
                tables = conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE type='table'").scalar()
            if tables:
                raise NotAVault(self.path)
        # The vault is older than this Sanad: keep a copy (still encrypted) before changing it.
        backup = self.path.with_name(f"{self.path.name}.before-{revision or 'empty'}-to-{head}.bak")
        self._engine.dispose()
        try:
            shutil.copy2(self.path, backup)
        except OSError as exc:
            raise MigrationFailed(exc.strerror or str(exc)) from exc
        try:
            with self._engine.connect() as conn:
                migrate.upgrade(conn)
                conn.commit()
        except Exception as exc:  # the migration ran in one transaction: SQLite rolled it back
            raise MigrationFailed(type(exc).__name__) from exc

    def _begin_session(self, slot_hex: str | None, username: str | None) -> UserSession:
        assert self._sessionmaker is not None
        pending_failures: list[float] = []
        finished = None
        with self._sessionmaker.begin() as db:
            meta = {row.key: row.value for row in db.scalars(select(AppMeta))}
            self.demo = meta.get("demo") == "1"
            if slot_hex is None:
                self._repair_keyfile(db, meta)
                user = None
            else:
                finished = finish_pending(self, db, slot_hex, username or "")
                user = db.scalar(select(User).where(User.slot_id == slot_hex))
                if user is None or not user.is_active or user.username != normalise_username(username or ""):
                    raise WrongCredentials()
            if finished is None:
                self._sync_slots(db)
            pending_failures = self._reset_throttle() if self._keyfile else []
            for when in pending_failures:
                audit.append(
                    db, audit.SYSTEM, "login_failed", when=dt.datetime.fromtimestamp(when, dt.UTC)
                )
            if user is None:
                current = CurrentUser.recovery()
                audit.append(db, current.actor, "recovery_unlock")
            else:
                first_login = not self._had_session
                user.last_login_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
                current = CurrentUser.from_model(user)
                db.info["actor"] = current.actor
                audit.append(db, current.actor, "login" if first_login else "unlock")
        if slot_hex is not None and finished is not None:
            finished.save(self.keys_path)
        self._had_session = True
        return UserSession(self, current)

    def _repair_keyfile(self, db, meta: dict[str, str]) -> None:
        """After a recovery-key unlock: rebuild a missing or damaged sidecar from the mirror."""
        if self._keyfile is not None:
            return
        keyfile = KeyFile(
            vault_id=meta["vault_id"],
            file_salt=base64.b64decode(meta["file_salt"]),
            db_salt=sqlcipher.file_salt(self.path),
            slots=_mirrored_slots(db),
            demo_password=meta.get("demo_password"),
        )
        keyfile.save(self.keys_path)
        self._keyfile = keyfile
        audit.append(db, audit.Actor(None, "recovery"), "keyfile_rebuilt", details={"slots": len(keyfile.slots)})

    # ---- sessions and engine --------------------------------------------------------------------
    @property
    def sessionmaker(self) -> sessionmaker:
        if self._sessionmaker is None:
            raise VaultLocked()
        return self._sessionmaker

    @property
    def keyfile(self) -> KeyFile:
        if self._keyfile is None:
            raise KeyFileMissing(self.path)
        return self._keyfile

    @property
    def master_key(self) -> MasterKey:
        if self._key is None:
            raise VaultLocked()
        return self._key

    def lock(self, *, audit_entry: bool = True, actor: audit.Actor | None = None) -> None:
        """Close every connection and wipe the key. The process lock stays held."""
        if self._engine is not None and audit_entry and actor is not None:
            try:
                with self.sessionmaker.begin() as db:
                    audit.append(db, actor, "lock")
            except Exception:  # locking must never fail because the audit write did
                pass
        if self._engine is not None:
            self._engine.dispose()
        self._engine = None
        self._sessionmaker = None
        if self._key is not None:
            self._key.wipe()
        self._key = None

    def close(self) -> None:
        self.lock(audit_entry=False)
        self._process_lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def recovery_key(self) -> str:
        return encode_recovery_key(self.master_key)

    def replace_keyfile(self, keyfile: KeyFile) -> None:
        self._keyfile = keyfile

    def _sync_slots(self, db) -> None:
        """Make the sidecar's slots exactly the vault's (authenticated) mirror: drops slots left
        by a crash or by a disabled user, restores any that went missing."""
        if self._keyfile is None or self._keyfile.pending is not None:
            return
        mirror = _mirrored_slots(db)
        if {s.slot_id for s in mirror} != {s.slot_id for s in self._keyfile.slots}:
            self._keyfile.slots = mirror
            self._keyfile.save(self.keys_path)

    def switch_key(self, new_key: MasterKey) -> None:
        """After PRAGMA rekey: drop connections made with the old key and use the new one."""
        self.lock(audit_entry=False)
        self._key = new_key
        self._engine, self._sessionmaker = _make_engine(self.path, new_key)

    # ---- creating -------------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        path: str | Path,
        *,
        admin_username: str,
        admin_password: str | bytes | bytearray,
        admin_full_name: str = "",
        office_name_ar: str = "",
        office_name_en: str = "",
        language: str = "ar",
        logo: tuple[str, bytes] | None = None,
        demo_password: str | None = None,
        kdf: KdfParams | None = None,
        master_key: MasterKey | None = None,
        clock: Callable[[], float] = time.time,
    ) -> tuple[UserSession, str]:
        """Create a vault and return (admin session, recovery key). Nothing appears at `path`
        until the vault is complete: it is built under a temporary name and renamed last."""
        from db import office, users

        path = Path(path).expanduser().absolute()
        if path.exists():
            raise VaultExists(path)
        if not path.parent.is_dir() or not os.access(path.parent, os.W_OK):
            raise FolderNotWritable(path.parent)
        secret = to_secret(admin_password)
        if demo_password is None:
            users.validate_new_password(secret, admin_username)
        users.validate_username(admin_username)
        key = master_key or MasterKey(os.urandom(32))
        building = path.with_name(path.name + ".creating")
        building.unlink(missing_ok=True)
        sqlcipher.new_database(building, key).close()
        engine, maker = _make_engine(building, key)
        vault_id = str(uuid.uuid4())
        file_salt = os.urandom(16)
        keyfile = KeyFile(
            vault_id=vault_id,
            file_salt=file_salt,
            db_salt=sqlcipher.file_salt(building),
            demo_password=demo_password,
        )
        try:
            with engine.connect() as conn:
                migrate.upgrade(conn)
                conn.commit()
            with maker.begin() as db:
                meta = {
                    "vault_id": vault_id,
                    "file_salt": base64.b64encode(file_salt).decode(),
                    "created_at": dt.datetime.now(dt.UTC).isoformat(),
                    "created_by_version": APP_VERSION,
                    "demo": "1" if demo_password is not None else "0",
                }
                if demo_password is not None:
                    meta["demo_password"] = demo_password
                db.add_all(AppMeta(key=k, value=v) for k, v in meta.items())
                db.flush()
                audit.append(db, audit.SYSTEM, "vault_created", details={"version": APP_VERSION})
                office.write_initial(db, name_ar=office_name_ar, name_en=office_name_en, language=language, logo=logo)
                users.create_first_admin(db, keyfile, key, admin_username, admin_full_name, secret, kdf)
            keyfile.save(keys_path_for(path))
            engine.dispose()
            # Hold the vault's lock before it appears under its name, so no other Sanad can
            # open it between the rename and our first unlock.
            vault = cls(path, clock=clock)
            vault._process_lock.acquire()
            os.replace(building, path)
        except BaseException:
            engine.dispose()
            building.unlink(missing_ok=True)
            raise
        finally:
            wipe(secret)
        vault._keyfile = keyfile
        vault.demo = demo_password is not None
        recovery = encode_recovery_key(key)
        admin_slot = keyfile.slots[0].slot_id.hex()
        session = vault._start(key.copy(), slot_hex=admin_slot, username=admin_username)
        key.wipe()
        return session, recovery


def _mirrored_slots(db) -> list[Slot]:
    """The key slots as the vault records them (authenticated by the vault's own encryption)."""
    return [Slot.from_json(json.loads(m.slot_json)) for m in db.scalars(select(KeySlotMirror))]


def make_engine(path: Path, creator: Callable[[], Any], module: Any = sqlcipher3) -> Engine:
    """The engine every vault connection goes through (the benchmark builds its plain-SQLite twin
    with it too): transactions as SQLAlchemy says, write lock taken at BEGIN."""
    # hide_parameters: SQLAlchemy's error messages must never carry record values into logs.
    engine = create_engine(
        f"sqlite:///{path.as_posix()}", creator=creator, module=module, pool_size=3, hide_parameters=True
    )

    @event.listens_for(engine, "connect")
    def _no_implicit_transactions(dbapi_connection, connection_record):
        # Let SQLAlchemy, not the driver, decide where transactions begin and end.
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn):
        # IMMEDIATE: take the write lock up front, so two transactions that read and then write
        # wait for each other (busy_timeout) instead of one failing with "database is locked".
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _make_engine(path: Path, key: MasterKey) -> tuple[Engine, sessionmaker]:
    def creator() -> sqlcipher3.Connection:
        if not key.present:
            raise VaultLocked()
        return sqlcipher.connect(path, key)

    engine = make_engine(path, creator)
    return engine, sessionmaker(engine, expire_on_commit=False)
