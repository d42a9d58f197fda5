"""Users: adding, disabling, resetting, changing passwords. Each user's password opens their own
key slot; no password hash is stored anywhere (the slot is the only verifier).

Every change writes the vault first and the sidecar after, so a crash in between leaves either a
slot that maps to no active user (refused at login) or the old state — never a lost admin.
"""

from __future__ import annotations

import copy
import json
import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import audit
from db.errors import NoSuchUser, PermissionDenied, UserExists, ValidationError, WrongCredentials
from db.i18n import QT_TRANSLATE_NOOP
from db.keyslots import KdfParams, KeyFile, normalise_username
from db.models import KeySlotMirror, User
from db.permissions import ACTION_LABELS, Action, Role
from db.secrets import MasterKey, to_secret, wipe
from db.session import CurrentUser, UserSession

MIN_PASSWORD_LENGTH = 10
_USERNAME = re.compile(r"^[\w.\-]{2,64}$")


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    role: str
    can_view_sensitive: bool
    is_active: bool
    must_change_password: bool
    has_key_slot: bool
    last_login_at: str | None

    @classmethod
    def from_model(cls, user: User) -> UserInfo:
        return cls(
            id=user.id,
            username=user.username,
            full_name=user.full_name,
            role=user.role,
            can_view_sensitive=user.can_view_sensitive,
            is_active=user.is_active,
            must_change_password=user.must_change_password,
            has_key_slot=user.slot_id is not None,
            last_login_at=user.last_login_at.isoformat(timespec="minutes") if user.last_login_at else None,
        )


def validate_username(username: str) -> str:
    name = normalise_username(username)
    if not _USERNAME.match(name):
        raise ValidationError(
            "username",
            QT_TRANSLATE_NOOP(
                "SanadError",
                "A user name has 2 to 64 letters, digits, dots, dashes or underscores, without spaces.",
            ),
        )
    return name


def validate_new_password(password: bytearray, username: str) -> None:
    text = unicodedata.normalize("NFC", password.decode("utf-8", errors="replace"))
    if len(text) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            "password",
            QT_TRANSLATE_NOOP("SanadError", "A password needs at least %1 characters."),
            MIN_PASSWORD_LENGTH,
        )
    if normalise_username(username) and normalise_username(username) in text.casefold():
        raise ValidationError(
            "password", QT_TRANSLATE_NOOP("SanadError", "A password must not contain the user name.")
        )


def _install_slot(
    db: Session, keyfile: KeyFile, key: MasterKey, user: User, password: bytearray, kdf: KdfParams | None
) -> bytes | None:
    """Give the user a new slot in `keyfile` and record it in the vault's mirror; returns the id of
    the slot it replaces (still in `keyfile`, for the caller to retire after the commit)."""
    slot = keyfile.make_slot(user.username, password, key, kdf)
    old = user.slot_id
    if old is not None:
        db.query(KeySlotMirror).filter(KeySlotMirror.slot_id == old).delete()
    user.slot_id = slot.slot_id.hex()
    db.flush()
    db.add(KeySlotMirror(slot_id=user.slot_id, user_id=user.id, slot_json=json.dumps(slot.to_json())))
    keyfile.add_slot(slot)
    return bytes.fromhex(old) if old and old != user.slot_id else None


class SlotChange:
    """Key-file edits that travel with one vault transaction.

    The edits go to a copy. Before the commit the copy is saved with both the new and the old
    slots (either password works whatever happens next); after the commit the old slots are
    retired and the copy becomes the live key file. A crash anywhere leaves slots the vault maps
    to a user (they open) and slots it maps to nobody (refused, and removed at the next unlock)."""

    def __init__(self, vault) -> None:
        self.vault = vault
        self.working = copy.deepcopy(vault.keyfile)
        self.retire: list[bytes] = []

    def install(self, db: Session, user: User, password: bytearray, kdf: KdfParams | None) -> None:
        old = _install_slot(db, self.working, self.vault.master_key, user, password, kdf)
        if old is not None:
            self.retire.append(old)

    def drop(self, db: Session, user: User) -> None:
        if user.slot_id is not None:
            db.query(KeySlotMirror).filter(KeySlotMirror.slot_id == user.slot_id).delete()
            self.retire.append(bytes.fromhex(user.slot_id))
            user.slot_id = None

    def before_commit(self, db: Session) -> None:
        db.flush()
        self.working.save(self.vault.keys_path)

    def after_commit(self) -> None:
        for slot_id in self.retire:
            self.working.remove_slot(slot_id)
        self.working.save(self.vault.keys_path)
        self.vault.replace_keyfile(self.working)


def create_first_admin(
    db: Session, keyfile: KeyFile, key: MasterKey, username: str, full_name: str, password: bytearray,
    kdf: KdfParams | None = None,
) -> None:
    user = User(
        username=validate_username(username), full_name=full_name.strip(), role=Role.ADMIN.value,
        can_view_sensitive=True,
    )
    db.add(user)
    db.flush()
    _install_slot(db, keyfile, key, user, password, kdf)  # a new vault: no live key file yet


def _require_administrator(session: UserSession) -> None:
    """Adding, changing and disabling users needs a signed-in administrator; the recovery key
    may only list users and give an administrator a new password."""
    session.require(Action.MANAGE_USERS)
    if session.user.is_recovery:
        session.audit("permission_denied", details={"action": "manage_users_with_recovery_key"})
        raise PermissionDenied(ACTION_LABELS[Action.MANAGE_USERS])


def list_users(session: UserSession) -> list[UserInfo]:
    session.require(Action.MANAGE_USERS)
    with session.transaction() as db:
        return [UserInfo.from_model(u) for u in db.scalars(select(User).order_by(User.username))]


def _get(db: Session, username: str) -> User:
    user = db.scalar(select(User).where(User.username == normalise_username(username)))
    if user is None:
        raise NoSuchUser(username)
    return user


def add_user(
    session: UserSession,
    username: str,
    password: str | bytes | bytearray,
    *,
    role: Role | str,
    full_name: str = "",
    can_view_sensitive: bool = False,
    must_change_password: bool = True,
    kdf: KdfParams | None = None,
) -> UserInfo:
    _require_administrator(session)
    name = validate_username(username)
    secret = to_secret(password)
    try:
        validate_new_password(secret, name)
        role = Role(role)
        change = SlotChange(session.vault)
        with session.transaction() as db:
            if db.scalar(select(func.count()).select_from(User).where(User.username == name)):
                raise UserExists(name)
            user = User(
                username=name, full_name=full_name.strip(), role=role.value,
                can_view_sensitive=can_view_sensitive, must_change_password=must_change_password,
            )
            db.add(user)
            db.flush()
            change.install(db, user, secret, kdf)
            info = UserInfo.from_model(user)
            change.before_commit(db)
        change.after_commit()
        return info
    finally:
        wipe(secret)


def update_user(
    session: UserSession, username: str, *, role: Role | str | None = None, full_name: str | None = None,
    can_view_sensitive: bool | None = None,
) -> UserInfo:
    _require_administrator(session)
    with session.transaction() as db:
        user = _get(db, username)
        if role is not None and Role(role) != Role(user.role):
            _keep_an_admin(db, user, losing=True)
            user.role = Role(role).value
        if full_name is not None:
            user.full_name = full_name.strip()
        if can_view_sensitive is not None:
            user.can_view_sensitive = can_view_sensitive
        return UserInfo.from_model(user)


def _keep_an_admin(db: Session, user: User, *, losing: bool) -> None:
    if user.role != Role.ADMIN.value or not losing:
        return
    others = db.scalar(
        select(func.count()).select_from(User).where(
            User.role == Role.ADMIN.value, User.is_active.is_(True), User.id != user.id
        )
    )
    if not others:
        raise ValidationError(
            "username",
            QT_TRANSLATE_NOOP("SanadError", "The vault must keep at least one active administrator."),
        )


def disable_user(session: UserSession, username: str) -> UserInfo:
    """Disable and remove the key slot: the password no longer opens anything."""
    _require_administrator(session)
    change = SlotChange(session.vault)
    with session.transaction() as db:
        user = _get(db, username)
        if user.id == session.user.id:
            raise ValidationError(
                "username", QT_TRANSLATE_NOOP("SanadError", "You cannot disable your own account.")
            )
        _keep_an_admin(db, user, losing=True)
        user.is_active = False
        change.drop(db, user)
        info = UserInfo.from_model(user)
    change.after_commit()
    return info


def reset_password(
    session: UserSession, username: str, new_password: str | bytes | bytearray, *,
    must_change: bool = True, kdf: KdfParams | None = None,
) -> UserInfo:
    """An administrator (or the recovery key) gives a user a new password, re-enabling them."""
    session.require(Action.MANAGE_USERS)
    secret = to_secret(new_password)
    change = SlotChange(session.vault)
    try:
        with session.transaction() as db:
            user = _get(db, username)
            if session.user.is_recovery and (user.role != Role.ADMIN.value or not user.is_active):
                # The recovery key only gives an active administrator a new password.
                raise PermissionDenied(ACTION_LABELS[Action.MANAGE_USERS])
            validate_new_password(secret, user.username)
            user.is_active = True
            user.must_change_password = must_change
            change.install(db, user, secret, kdf)
            audit.append(db, session.user.actor, "password_reset", "app_user", user.id)
            info = UserInfo.from_model(user)
            change.before_commit(db)
        change.after_commit()
    finally:
        wipe(secret)
    if session.user.is_recovery and info.role == Role.ADMIN.value:
        # The recovery key's only job is done: carry on as that administrator.
        with session.transaction() as db:
            session.replace_user(CurrentUser.from_model(_get(db, username)))
    return info


def change_own_password(
    session: UserSession, old_password: str | bytes | bytearray, new_password: str | bytes | bytearray,
    *, kdf: KdfParams | None = None,
) -> None:
    """Rewrites this user's slot only; the database itself is not re-encrypted."""
    vault = session.vault
    old_secret, new_secret = to_secret(old_password), to_secret(new_password)
    try:
        found = vault.keyfile.open_slot(session.user.username, old_secret)
        if found is None:
            raise WrongCredentials()
        found[1].wipe()
        validate_new_password(new_secret, session.user.username)
        change = SlotChange(vault)
        with session.transaction() as db:
            user = _get(db, session.user.username)
            if user.slot_id != found[0].hex():
                raise WrongCredentials()
            user.must_change_password = False
            change.install(db, user, new_secret, kdf)
            audit.append(db, session.user.actor, "password_changed", "app_user", user.id)
            current = CurrentUser.from_model(user)
            change.before_commit(db)
        change.after_commit()
        session.replace_user(current)
    finally:
        wipe(old_secret)
        wipe(new_secret)
