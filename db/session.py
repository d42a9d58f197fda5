"""The unlocked vault and the person using it, travelling together as one explicit object.

Every service function takes a UserSession: it checks the role matrix, opens one transaction with
the user as the audit actor, and writes audit entries for what it does (and for what it refused).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from db import audit
from db.errors import PermissionDenied
from db.permissions import ACTION_LABELS, Action, Role, allowed

if TYPE_CHECKING:
    from db.models import User
    from db.vault import Vault


@dataclass(frozen=True)
class CurrentUser:
    id: int | None
    username: str
    full_name: str
    role: Role
    can_view_sensitive: bool
    must_change_password: bool = False
    # Opened with the recovery key: may only pick an administrator and give them a new password.
    is_recovery: bool = False

    @classmethod
    def from_model(cls, user: User) -> CurrentUser:
        return cls(
            id=user.id,
            username=user.username,
            full_name=user.full_name,
            role=Role(user.role),
            can_view_sensitive=user.can_view_sensitive,
            must_change_password=user.must_change_password,
        )

    @classmethod
    def recovery(cls) -> CurrentUser:
        return cls(None, "recovery", "", Role.ADMIN, False, must_change_password=True, is_recovery=True)

    @property
    def actor(self) -> audit.Actor:
        return audit.Actor(self.id, self.username)


class UserSession:
    def __init__(self, vault: Vault, user: CurrentUser) -> None:
        self.vault = vault
        self.user = user

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: everything inside commits together, with its audit entries, or not at all."""
        with self.vault.sessionmaker.begin() as db:
            db.info["actor"] = self.user.actor
            yield db

    def may(self, action: Action) -> bool:
        if self.user.is_recovery:
            # Listing users and resetting an administrator's password (db/users.py narrows it).
            return action is Action.MANAGE_USERS
        return allowed(self.user.role, action, can_view_sensitive=self.user.can_view_sensitive)

    def require(self, action: Action) -> None:
        """Refuse (and audit the refusal) unless the user's role allows `action`."""
        if self.may(action):
            return
        self.audit("permission_denied", details={"action": action.value})
        raise PermissionDenied(ACTION_LABELS[action])

    def audit(self, action: str, entity: str = "", entity_id: str | int = "", details: dict | None = None) -> None:
        with self.transaction() as db:
            audit.append(db, self.user.actor, action, entity, entity_id, details)

    def lock(self) -> None:
        self.vault.lock(actor=self.user.actor)

    def replace_user(self, user: CurrentUser) -> None:
        self.user = user
