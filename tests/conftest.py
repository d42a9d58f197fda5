"""Shared fixtures: a fresh vault per test, a cheap KDF (the real one is measured in the
benchmarks), English unless a test is about Arabic, offscreen Qt, and no writes to the real home."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from db import keyslots  # noqa: E402
from db.keyslots import KdfParams  # noqa: E402

FAST_KDF = KdfParams(time_cost=1, memory_kib=8192, parallelism=1)
ADMIN_PASSWORD = "correct-horse-battery-1"


@pytest.fixture(autouse=True)
def _isolated(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("sanad-home")
    monkeypatch.setenv("SANAD_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("SANAD_PASSWORD", raising=False)
    monkeypatch.delenv("SANAD_NEW_PASSWORD", raising=False)
    monkeypatch.setattr(keyslots, "DEFAULT_KDF", FAST_KDF)
    yield home


@pytest.fixture
def vault_path(tmp_path) -> Path:
    return tmp_path / "office.sanad"


@pytest.fixture
def admin(vault_path):
    """An unlocked admin session on a new vault; (session, recovery key)."""
    from db.vault import Vault

    session, recovery = Vault.create(
        vault_path, admin_username="admin", admin_password=ADMIN_PASSWORD,
        admin_full_name="Office Admin", office_name_ar="منظمة سند", office_name_en="Sanad Office",
        language="en",
    )
    session.recovery = recovery
    yield session
    session.vault.close()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# Tables every sign-in writes to (the audit entry, the last sign-in time): left out of "nothing lost".
VOLATILE = ("audit_log", "app_user", "key_slot_mirror")


def dump_hash(session, exclude: tuple[str, ...] = VOLATILE) -> str:
    """SHA-256 over every row of every table, ordered: 'nothing lost' means this is unchanged."""
    from sqlalchemy import text

    digest = hashlib.sha256()
    with session.transaction() as db:
        tables = [r[0] for r in db.execute(text("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"))]
        for table in tables:
            if table in exclude:
                continue
            for row in db.execute(text(f'SELECT * FROM "{table}" ORDER BY 1')):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()
