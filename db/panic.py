"""Emergency wipe: make this computer's copy of the vault unreadable in under a second.

What it does, in this order (each file overwritten with random bytes in place, then fsynced):

1. the key file beside the vault (every user's key slot) and any half-written key file: whole
   file overwritten, then deleted. Passwords open nothing any more.
2. the first pages of the vault (1 MiB: the salt, the schema, the first tables), in place; the
   file stays where it was, so Sanad reports a damaged vault rather than "no vault".
3. SQLite's side files (-journal, -wal, -shm), vault copies Sanad itself keeps beside the vault
   (before a migration, before a restore, a vault still being created, backup/restore work
   folders): overwritten, then deleted.
4. optionally (`overwrite_all`) the rest of the vault file too, which takes as long as writing the
   whole file (seconds per GB); the vault is already unreadable before this starts.

After it, the vault opens with nothing: not a password, not the recovery key (the salt in the
header is gone). Only an off-site backup opened with the recovery key (or a password valid when
the backup was made) brings the data back. It cannot be recorded in the vault it destroys: one
line (no record data) goes to the local log. docs/emergency-wipe.md says what it does NOT do.

Admins enable it (office setting `emergency_wipe_enabled`, off by default); then any signed-in
user may trigger it, because under threat the person at the computer may not be an admin. While
Sanad is locked the setting cannot be read (it is inside the encrypted vault): the window
remembers what it was during the last session and then calls `wipe_locked`.
"""

from __future__ import annotations

import logging
import os
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from db import office
from db.errors import SanadError
from db.i18n import QT_TRANSLATE_NOOP
from db.keyfile_paths import keys_path_for
from db.session import UserSession

log = logging.getLogger("sanad.panic")

SETTING = "emergency_wipe_enabled"
# The word to type, in either language (the window shows the one of its language).
CONFIRM_WORDS = ("WIPE", "امسح")
HEADER_BYTES = 1024 * 1024
CHUNK = 1024 * 1024
SIDE_SUFFIXES = ("-journal", "-wal", "-shm")


class WipeNotEnabled(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError",
        "Emergency wipe is not enabled for this office. An administrator can turn it on in Settings.",
    )


class WipeNotConfirmed(SanadError):
    text = QT_TRANSLATE_NOOP("SanadError", "Type the word %1 exactly to confirm the emergency wipe.")


class WipeFailed(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError",
        "The emergency wipe could not overwrite every file (%1). The key file was destroyed first; "
        "delete the folder %2 by hand if you can.",
    )


@dataclass
class WipeResult:
    files: list[Path] = field(default_factory=list)
    bytes_overwritten: int = 0
    seconds: float = 0.0
    # Time until the vault could no longer be opened (key file and header gone).
    seconds_to_unreadable: float = 0.0


def is_enabled(session: UserSession) -> bool:
    return bool(office.get_settings(session).get(SETTING, False))


def confirmed(word: str) -> bool:
    typed = unicodedata.normalize("NFKC", word or "").strip().casefold()
    return typed in {w.casefold() for w in CONFIRM_WORDS}


def _overwrite(path: Path, length: int | None, result: WipeResult) -> None:
    """Overwrite the first `length` bytes (None: all) of `path` with random bytes and fsync."""
    size = path.stat().st_size
    todo = size if length is None else min(length, size)
    with open(path, "r+b", buffering=0) as handle:
        done = 0
        while done < todo:
            n = min(CHUNK, todo - done)
            done += handle.write(os.urandom(n))
        os.fsync(handle.fileno())
    result.bytes_overwritten += todo
    result.files.append(path)


def _destroy(path: Path, result: WipeResult, *, header_only: bool = False) -> None:
    """Overwrite a file (whole, or just its header) and delete it."""
    try:
        _overwrite(path, HEADER_BYTES if header_only else None, result)
    finally:
        path.unlink(missing_ok=True)


def _fsync_dir(folder: Path) -> None:
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(folder, os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def leftovers(vault_path: Path) -> list[Path]:
    """Files Sanad itself leaves beside a vault that hold (encrypted) copies of it or its keys."""
    folder, name = vault_path.parent, vault_path.name
    found = []
    for entry in folder.iterdir():
        entry_name = entry.name
        if entry_name == name or not entry.is_file():
            if entry.is_dir() and entry_name.startswith((".sanad-backup-", ".sanad-restore-")):
                found.extend(p for p in entry.rglob("*") if p.is_file())
            continue
        if entry_name.startswith((name + ".", name + "-")) and not entry_name.endswith(".lock"):
            found.append(entry)  # .keys, .keys.*.tmp, -journal/-wal/-shm, .before-*, .creating
    return found


def wipe_files(vault_path: str | Path, *, overwrite_all: bool = False) -> WipeResult:
    """Destroy the vault at `vault_path` as described in the module note. Needs no key: it works
    on the files. The caller must have closed every connection to the vault first."""
    started = time.perf_counter()
    path = Path(vault_path).absolute()
    result = WipeResult()
    errors: list[str] = []
    keys = keys_path_for(path)
    # 1. Key slots first: they are what turns a password into the key.
    for candidate in [keys, *sorted(path.parent.glob(keys.name + ".*.tmp"))]:
        if candidate.exists():
            try:
                _destroy(candidate, result)
            except OSError as exc:
                errors.append(type(exc).__name__)
    # 2. The vault's header (salt, schema): the recovery key no longer opens it either.
    if path.exists():
        try:
            _overwrite(path, HEADER_BYTES, result)
        except OSError as exc:
            errors.append(type(exc).__name__)
    result.seconds_to_unreadable = time.perf_counter() - started
    # 3. Side files and copies Sanad keeps beside the vault.
    for side in leftovers(path):
        try:
            big = side.stat().st_size > 4 * HEADER_BYTES and not side.name.endswith(SIDE_SUFFIXES)
            _destroy(side, result, header_only=big)
        except OSError as exc:
            errors.append(type(exc).__name__)
    for folder in path.parent.iterdir():
        if folder.is_dir() and folder.name.startswith((".sanad-backup-", ".sanad-restore-")):
            for sub in sorted(folder.rglob("*"), reverse=True):
                try:
                    sub.rmdir() if sub.is_dir() else sub.unlink()
                except OSError:
                    pass
            try:
                folder.rmdir()
            except OSError:
                pass
    # 4. Optionally every remaining page of the vault.
    if overwrite_all and path.exists():
        try:
            _overwrite(path, None, result)
        except OSError as exc:
            errors.append(type(exc).__name__)
    try:
        _fsync_dir(path.parent)
    except OSError:
        pass
    result.seconds = time.perf_counter() - started
    # The vault cannot record its own destruction: one line here, no names, no record data.
    log.warning("emergency wipe: %d files overwritten (%d bytes) in %.3f s%s", len(result.files),
                result.bytes_overwritten, result.seconds, f"; errors: {', '.join(errors)}" if errors else "")
    if errors:
        raise WipeFailed(", ".join(sorted(set(errors))), path.parent)
    return result


def emergency_wipe(session: UserSession, confirmation: str, *, overwrite_all: bool = False) -> WipeResult:
    """Check that the office enabled it and the word was typed, close the vault, wipe its files.
    Afterwards the session is dead: the caller closes the window or exits."""
    if not confirmed(confirmation):
        raise WipeNotConfirmed(CONFIRM_WORDS[0])
    if not is_enabled(session):
        raise WipeNotEnabled()
    vault = session.vault
    path = vault.path
    # No connection may write page 1 back after it is overwritten; the key leaves memory too.
    vault.lock(audit_entry=False)
    return wipe_files(path, overwrite_all=overwrite_all)


def wipe_locked(vault, confirmation: str, *, overwrite_all: bool = False) -> WipeResult:
    """The wipe from the lock screen, for a window whose last session had the wipe enabled (the
    setting is not readable while locked). Needs the word; no key."""
    if not confirmed(confirmation):
        raise WipeNotConfirmed(CONFIRM_WORDS[0])
    vault.lock(audit_entry=False)
    return wipe_files(vault.path, overwrite_all=overwrite_all)
