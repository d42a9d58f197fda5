"""Rotating the master key (`PRAGMA rekey`) so that a crash at any moment leaves a vault someone
can open.

Order: (1) the rotating admin's new slot is written to the sidecar as *pending*, (2) SQLCipher
re-encrypts every page in one transaction, (3) the vault records the new slot and retires the
others, (4) the sidecar's pending slot becomes the only slot. If Sanad stops after (2), the admin's
next login opens the vault through the pending slot and finishes (3) and (4). Other users' slots
wrap the old key, which no longer opens anything: they are marked for a password reset by an
administrator. The recovery key is the master key, so a rotation also issues a new recovery key.
"""

from __future__ import annotations

import base64
import json
import os
from typing import TYPE_CHECKING

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from db import audit, sqlcipher
from db.errors import SanadError, WrongCredentials
from db.i18n import QT_TRANSLATE_NOOP
from db.keyslots import KeyFile, encode_recovery_key
from db.models import AppMeta, KeySlotMirror, User
from db.permissions import Action
from db.secrets import MasterKey, to_secret, wipe

if TYPE_CHECKING:
    from db.session import UserSession
    from db.vault import Vault


class RotationPending(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError",
        "A change of the master key was interrupted. The administrator who started it must sign in "
        "to finish it; other users need a new password from that administrator afterwards.",
    )


def rotate_master_key(session: UserSession, password: str | bytes | bytearray) -> str:
    """Re-encrypt the vault with a new random key; return the new recovery key (show it once)."""
    session.require(Action.ROTATE_KEY)
    vault = session.vault
    keyfile = vault.keyfile
    secret = to_secret(password)
    try:
        found = keyfile.open_slot(session.user.username, secret)
        if found is None:
            raise WrongCredentials()
        found[1].wipe()
        new_key = MasterKey(os.urandom(32))
        new_salt = os.urandom(16)
        staging = KeyFile(keyfile.vault_id, new_salt, keyfile.db_salt)
        new_slot = staging.make_slot(session.user.username, secret, new_key)
    finally:
        wipe(secret)
    keyfile.set_pending(new_salt, [new_slot])
    keyfile.save(vault.keys_path)

    old_key = vault.master_key.copy()
    vault.lock(audit_entry=False)
    conn = sqlcipher.connect(vault.path, old_key)
    try:
        sqlcipher.rekey(conn, new_key)
    finally:
        conn.close()
        old_key.wipe()
    vault.switch_key(new_key.copy())
    with vault.sessionmaker.begin() as db:
        finished = finish_pending(vault, db, new_slot.slot_id.hex(), session.user.username)
    if finished is not None:
        finished.save(vault.keys_path)
    recovery = encode_recovery_key(new_key)
    new_key.wipe()
    return recovery


def finish_pending(vault: Vault, db: Session, slot_hex: str, username: str) -> KeyFile | None:
    """Complete steps (3) and (4) when the vault was opened through the pending slot; drop a
    pending rotation that never reached step (2). Returns the key file to save after commit."""
    keyfile = vault._keyfile
    if keyfile is None or keyfile.pending is None:
        return None
    pending = keyfile.pending_keyfile()
    if slot_hex not in {slot.slot_id.hex() for slot in pending.slots}:
        keyfile.pending = None
        return keyfile
    from db.keyslots import normalise_username

    user = db.scalar(select(User).where(User.username == normalise_username(username)))
    if user is None:
        raise WrongCredentials()
    db.info["actor"] = audit.Actor(user.id, user.username)
    others = db.scalars(select(User.id).where(User.id != user.id, User.slot_id.is_not(None))).all()
    db.execute(
        update(User).where(User.id != user.id).values(slot_id=None, must_change_password=True)
    )
    db.execute(delete(KeySlotMirror))
    db.flush()
    user.slot_id = slot_hex
    db.flush()
    db.add(KeySlotMirror(slot_id=slot_hex, user_id=user.id, slot_json=json.dumps(pending.slots[0].to_json())))
    meta = db.get(AppMeta, "file_salt")
    meta.value = base64.b64encode(pending.file_salt).decode()
    audit.append(
        db,
        audit.Actor(user.id, user.username),
        "master_key_rotated",
        details={"users_needing_reset": len(others)},
    )
    keyfile.file_salt = pending.file_salt
    keyfile.slots = pending.slots
    keyfile.pending = None
    return keyfile
