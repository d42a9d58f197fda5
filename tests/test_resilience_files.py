"""Damaged and foreign files on the vault-opening path (security cases S5, C7): corrupted pages,
truncated files, a vault from a newer Sanad, a zero-byte file, random bytes, a plain SQLite file
pretending to be a vault, and a seeded fuzz of mutated vaults and random bytes. Each must end in
its own clear SanadError (or, for damage the first reads do not touch, a check that names it),
never a traceback, never a plaintext fallback, never a write to the file, never a hang."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from db import keyslots, sqlcipher
from db.backup import check_vault
from db.errors import (
    KeyFileMismatch,
    KeyFileMissing,
    NotAVault,
    PlaintextDatabase,
    SanadError,
    VaultDamaged,
    VaultTooNew,
    WrongRecoveryKey,
)
from db.keyfile_paths import keys_path_for
from db.vault import Vault
from tests.conftest import ADMIN_PASSWORD, FAST_KDF
from tests.helpers import add_people

SEED = int(os.environ.get("SANAD_FUZZ_SEED", "7"))
FUZZ_CASES = int(os.environ.get("SANAD_FUZZ_CASES", "60"))
PAGE = sqlcipher.PAGE_SIZE


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A small real vault (60 people) and its recovery key, made once."""
    folder = tmp_path_factory.mktemp("files-template")
    original = keyslots.DEFAULT_KDF
    keyslots.DEFAULT_KDF = FAST_KDF
    try:
        session, recovery = Vault.create(folder / "t.sanad", admin_username="admin",
                                         admin_password=ADMIN_PASSWORD, language="en")
        add_people(session, 60)
        session.vault.close()
    finally:
        keyslots.DEFAULT_KDF = original
    return folder / "t.sanad", recovery


def _copy(template_path: Path, folder: Path, name: str = "v.sanad") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    shutil.copyfile(template_path, target)
    shutil.copyfile(keys_path_for(template_path), keys_path_for(target))
    return target


def _open_and_unlock(path: Path, recovery: str | None = None):
    """The opening path a user takes; returns the session (caller closes) or raises."""
    vault = Vault.open(path)
    try:
        if recovery is not None:
            return vault.unlock_with_recovery(recovery)
        return vault.unlock("admin", ADMIN_PASSWORD)
    except BaseException:
        vault.close()
        raise


def _pages(path: Path) -> int:
    return path.stat().st_size // PAGE


@pytest.mark.parametrize("where", ["first", "second", "middle", "last"])
def test_a_flipped_byte_in_a_page_is_refused_or_named(template, tmp_path, where):
    """Fault: one byte of page N changed on disk (bad sector, tampering). Promise: opening refuses
    with "damaged, restore from backup" and leaves the file as it was, or — when the first reads
    never touch that page — the integrity check names the page; never a traceback or bad data."""
    path = _copy(template[0], tmp_path)
    pages = _pages(path)
    page = {"first": 0, "second": 1, "middle": pages // 2, "last": pages - 1}[where]
    data = bytearray(path.read_bytes())
    data[page * PAGE + 100] ^= 0x40
    path.write_bytes(bytes(data))
    before = _digest(path)
    try:
        session = _open_and_unlock(path)
    except SanadError as exc:
        assert isinstance(exc, VaultDamaged | KeyFileMismatch), type(exc)
        assert "restore" in str(exc).lower() or "key file" in str(exc).lower()
        assert _digest(path) == before
        return
    try:
        report = check_vault(session)
        assert not report.ok and report.page_problems
        assert any(str(page + 1) in problem for problem in report.page_problems)
    finally:
        session.vault.close()


@pytest.mark.parametrize("size", ["half", "4095", "one page", "not whole pages"])
def test_a_truncated_vault_is_refused_unchanged(template, tmp_path, size):
    """Fault: the file was cut short (copy interrupted, USB pulled). Promise: "damaged" (or "not a
    vault" below one page), the file is not written, nothing else appears beside it."""
    path = _copy(template[0], tmp_path)
    data = path.read_bytes()
    cut = {"half": (len(data) // PAGE // 2) * PAGE, "4095": 4095, "one page": PAGE,
           "not whole pages": len(data) - 1000}[size]
    path.write_bytes(data[:cut])
    before, names = _digest(path), sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises((VaultDamaged, NotAVault)) as err:
        _open_and_unlock(path)
    assert "was not changed" in str(err.value) or "It was not changed" in str(err.value)
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == [
        n for n in names if not n.endswith(".lock")]


def test_a_vault_from_a_newer_sanad_is_refused_unchanged(template, tmp_path):
    """Fault: a vault written by a newer Sanad (schema revision this code does not know). Promise:
    "install the newer version", the file not changed, no migration attempted."""
    path = _copy(template[0], tmp_path)
    session = _open_and_unlock(path)
    key = session.vault.master_key.copy()
    session.vault.close()
    conn = sqlcipher.connect(path, key)
    conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.commit()
    conn.close()
    key.wipe()
    before = _digest(path)
    with pytest.raises(VaultTooNew) as err:
        _open_and_unlock(path)
    assert "newer version of Sanad" in str(err.value)
    assert _digest(path) == before
    assert not list(tmp_path.glob("*.bak"))


def test_zero_byte_random_and_plaintext_files(tmp_path, template):
    """Fault: the chosen file is empty, random bytes, or an unencrypted SQLite database. Promise:
    "not a Sanad vault" / "unencrypted, never opened" / key file missing or not matching — each its
    own message; the plain database is never read as a fallback; no file is changed."""
    empty = tmp_path / "empty.sanad"
    empty.write_bytes(b"")
    with pytest.raises(NotAVault):
        Vault.open(empty)

    noise = tmp_path / "noise.sanad"
    noise.write_bytes(random.Random(1).randbytes(8 * PAGE))
    before = _digest(noise)
    vault = Vault.open(noise)  # no key file beside it: passwords cannot be tried
    assert vault.keyfile_status == "missing"
    with pytest.raises(KeyFileMissing):
        vault.unlock("admin", ADMIN_PASSWORD)
    with pytest.raises(WrongRecoveryKey):
        vault.unlock_with_recovery(template[1])
    vault.close()
    shutil.copyfile(keys_path_for(template[0]), keys_path_for(noise))
    with pytest.raises(KeyFileMismatch):
        Vault.open(noise)
    assert _digest(noise) == before

    plain = tmp_path / "plain.sanad"
    conn = sqlite3.connect(plain)
    conn.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, first_name TEXT)")
    conn.execute("INSERT INTO person VALUES (1, 'ZZPLAIN')")
    conn.commit()
    conn.close()
    before = _digest(plain)
    with pytest.raises(PlaintextDatabase) as err:
        Vault.open(plain)
    assert "never opens unencrypted" in str(err.value)
    assert _digest(plain) == before


# ---- fuzz ---------------------------------------------------------------------------------------
def _mutate(data: bytes, rng: random.Random) -> bytes:
    """One of the SQLite fuzzcheck-style mutations of a valid vault."""
    buf = bytearray(data)
    pages = len(buf) // PAGE
    kind = rng.choice(["flip", "flips", "truncate", "zero_page", "swap_pages", "random_page", "extend"])
    if kind == "flip":
        buf[rng.randrange(len(buf))] ^= 1 << rng.randrange(8)
    elif kind == "flips":
        for _ in range(rng.randint(2, 50)):
            buf[rng.randrange(len(buf))] = rng.randrange(256)
    elif kind == "truncate":
        del buf[rng.randrange(len(buf)):]
    elif kind == "zero_page":
        page = rng.randrange(pages)
        buf[page * PAGE:(page + 1) * PAGE] = bytes(PAGE)
    elif kind == "swap_pages" and pages > 1:
        a, b = rng.sample(range(pages), 2)
        pa, pb = bytes(buf[a * PAGE:(a + 1) * PAGE]), bytes(buf[b * PAGE:(b + 1) * PAGE])
        buf[a * PAGE:(a + 1) * PAGE], buf[b * PAGE:(b + 1) * PAGE] = pb, pa
    elif kind == "random_page":
        page = rng.randrange(pages)
        buf[page * PAGE:(page + 1) * PAGE] = rng.randbytes(PAGE)
    else:
        buf += rng.randbytes(rng.choice([PAGE, 100]))
    return bytes(buf)


class _Hang(Exception):
    pass


def _alarm(signum, frame):
    raise _Hang()


def test_fuzz_the_opening_path(template, tmp_path):
    """Fault: any damaged or foreign file is chosen as the vault (mutated copies of a real vault:
    bit flips, truncations, zeroed, swapped and random pages; and pure random bytes of random
    length, with and without a key file). Promise, for every case: opening ends in a SanadError or
    in a working session whose check runs, within 10 s; never another exception type, never a
    hang. Seeded (SANAD_FUZZ_SEED); SANAD_FUZZ_CASES for more than the 60 in CI."""
    rng = random.Random(SEED)
    original = template[0].read_bytes()
    outcomes: dict[str, int] = {}
    slowest = 0.0
    previous = signal.signal(signal.SIGALRM, _alarm)
    try:
        for case in range(FUZZ_CASES):
            folder = tmp_path / f"c{case}"
            path = _copy(template[0], folder)
            if case % 4 == 3:
                path.write_bytes(rng.randbytes(rng.choice([0, 1, 100, PAGE - 1, PAGE, 3 * PAGE, 5000])))
                if rng.random() < 0.5:
                    keys_path_for(path).unlink()
            else:
                path.write_bytes(_mutate(original, rng))
            use_recovery = rng.random() < 0.25
            started = time.perf_counter()
            signal.alarm(10)
            try:
                session = _open_and_unlock(path, template[1] if use_recovery else None)
            except SanadError as exc:
                outcome = type(exc).__name__
            except _Hang:
                pytest.fail(f"fuzz case {case} (seed {SEED}) hung")
            except Exception as exc:
                pytest.fail(f"fuzz case {case} (seed {SEED}): unexpected {type(exc).__name__}: {exc}")
            else:
                try:
                    if use_recovery:  # the recovery session may only reset a password
                        outcome = "opened with the recovery key"
                    else:
                        report = check_vault(session)
                        outcome = "opened, check " + ("ok" if report.ok else "found damage")
                finally:
                    session.vault.close()
            finally:
                signal.alarm(0)
            slowest = max(slowest, time.perf_counter() - started)
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
            shutil.rmtree(folder, ignore_errors=True)
    finally:
        signal.signal(signal.SIGALRM, previous)
    print(f"\nfuzz: seed {SEED}, {FUZZ_CASES} cases, slowest {slowest:.2f} s: {outcomes}")
    assert slowest < 10
