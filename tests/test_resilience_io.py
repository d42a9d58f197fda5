"""I/O faults (security cases C4, C5, S8's "failed migration"): a read-only vault file or folder, a
real SQLite write failure (the file-size limit RLIMIT_FSIZE makes the OS refuse writes with EFBIG
in a child process), Python-level writes failing with ENOSPC/EIO, and a migration that fails.
Each: a clear message, nothing corrupted, committed data as it was."""

from __future__ import annotations

import errno
import hashlib
import os
import resource
import shutil
import signal
import tempfile
from pathlib import Path

import pytest

from db import keyslots, migrate
from db.backup import check_vault, make_backup
from db.errors import DiskFull, MigrationFailed, SanadError
from db.keyfile_paths import keys_path_for
from db.vault import Vault
from tests.conftest import ADMIN_PASSWORD, FAST_KDF, dump_hash
from tests.helpers import add_people

POSIX = pytest.mark.skipif(not hasattr(os, "fork"), reason="forks a child (POSIX)")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _in_child(work) -> str:
    """Run `work()` in a forked child; return what it reports (its exception's type and text)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read_end)
        try:
            result = work()
        except BaseException as exc:  # noqa: BLE001 - reported to the parent
            result = f"{type(exc).__module__}.{type(exc).__name__}: {exc}"
        os.write(write_end, str(result).encode()[:60000])
        os._exit(0)
    os.close(write_end)
    chunks = []
    while chunk := os.read(read_end, 65536):
        chunks.append(chunk)
    os.close(read_end)
    os.waitpid(pid, 0)
    return b"".join(chunks).decode()


@pytest.fixture
def shared_vault():
    """A vault in a folder an unprivileged user can reach (tests run as root in CI containers,
    and root ignores file permissions, so the read-only cases run as `nobody`)."""
    folder = Path(tempfile.mkdtemp(prefix="sanad-ro-"))
    os.chmod(folder, 0o755)
    original = keyslots.DEFAULT_KDF
    keyslots.DEFAULT_KDF = FAST_KDF
    try:
        session, _ = Vault.create(folder / "office.sanad", admin_username="admin",
                                  admin_password=ADMIN_PASSWORD, language="en")
        add_people(session, 10)
        session.vault.close()
    finally:
        keyslots.DEFAULT_KDF = original
    yield folder / "office.sanad"
    shutil.rmtree(folder, ignore_errors=True)


def _bulk(session, count: int) -> None:
    """One transaction adding `count` people (a large save)."""
    import datetime as dt

    from db.models import Person

    with session.transaction() as db:
        for i in range(count):
            db.add(Person(file_number=f"FULL-{i:05d}", first_name=f"ZZFULL-{i}", sex="F",
                          birth_date=dt.date(1990, 1, 1), mother_name="زينب " * 20))


def _as_nobody(work):
    def wrapped():
        if os.geteuid() == 0:
            os.setgid(65534)
            os.setuid(65534)
        return work()
    return wrapped


@POSIX
@pytest.mark.parametrize("what", ["file", "folder"])
def test_read_only_vault_or_folder(shared_vault, what):
    """Fault: the vault file (or its folder) cannot be written (copied from a CD, permissions, a
    locked-down share). Promise: a clear "read-only … nothing was changed" message within 5 s, no
    traceback, the file unchanged."""
    path = shared_vault
    for p in path.parent.iterdir():
        os.chmod(p, 0o644 if what == "folder" else 0o444)
        if p.name.endswith(".lock"):
            os.chmod(p, 0o666 if what == "file" else 0o644)
    if what == "folder":
        os.chmod(path.parent, 0o555)
    before = _digest(path)

    def work():
        vault = Vault.open(path)
        try:
            vault.unlock("admin", ADMIN_PASSWORD)
            return "opened"
        finally:
            vault.close()
    try:
        outcome = _in_child(_as_nobody(work))
    finally:
        os.chmod(path.parent, 0o755)
    assert outcome.startswith(("db.errors.VaultReadOnly", "db.errors.FolderNotWritable")), outcome
    assert "Nothing was changed" in outcome or "Choose a folder you may write to" in outcome
    assert _digest(path) == before


@POSIX
def test_a_real_sqlite_write_failure_leaves_the_vault_as_it_was(shared_vault):
    """Fault: the disk refuses to write in the middle of a large save (here the OS file-size limit
    makes SQLite's own writes fail with EFBIG, a real write error, not a simulation). Promise: the
    save fails with an error the window turns into plain advice, the vault then opens, every page
    and the audit chain check out, and the data is exactly what was committed before."""
    path = shared_vault
    with Vault.open(path) as vault:
        before = dump_hash(vault.unlock("admin", ADMIN_PASSWORD))
    limit = path.stat().st_size + 8192  # room for a page or two, not for 2,000 people

    def work():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
        vault = Vault.open(path)
        session = vault.unlock("admin", ADMIN_PASSWORD)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        try:
            _bulk(session, 2000)
            return "saved"
        finally:
            vault.close()
    outcome = _in_child(work)
    assert outcome != "saved"
    from ui.errors import friendly_text

    class Shown(Exception):
        pass
    text = friendly_text(Shown(outcome))
    assert "disk is full" in text or "could not read or write the vault" in text, outcome
    with Vault.open(path) as vault:
        session = vault.unlock("admin", ADMIN_PASSWORD)
        assert check_vault(session).ok
        assert dump_hash(session) == before
    assert not Path(str(path) + "-journal").exists()


def test_backup_write_failing_at_write_n_leaves_no_file_and_the_vault_intact(admin, tmp_path, monkeypatch):
    """Fault: the target drive fails at the Nth write (ENOSPC: disk full, EIO: USB pulled), for
    N = 1..4. Promise: "disk full" (or the drive's message), no file under a backup's name, the
    vault and its data unchanged."""
    import zipfile

    add_people(admin, 30)
    before = dump_hash(admin)
    target = tmp_path / "usb"
    target.mkdir()
    real_write = zipfile.ZipFile.write
    for code in (errno.ENOSPC, errno.EIO):
        for n in range(1, 5):
            calls = {"n": 0}

            def failing_write(self, *args, _n=n, _code=code, _calls=calls, **kwargs):
                _calls["n"] += 1
                if _calls["n"] >= _n:
                    raise OSError(_code, os.strerror(_code))
                return real_write(self, *args, **kwargs)

            monkeypatch.setattr(zipfile.ZipFile, "write", failing_write)
            monkeypatch.setattr(zipfile.ZipFile, "writestr", failing_write)
            with pytest.raises(SanadError) as err:
                make_backup(admin, target)
            # db.backup's own words (no space / drive gone) or the general "disk full".
            assert isinstance(err.value, DiskFull) or "was not saved" in str(err.value), err.value
            assert list(target.iterdir()) == [], f"write {n}: something left behind"
    monkeypatch.undo()
    assert dump_hash(admin) == before
    assert check_vault(admin).ok


def _old_vault(folder: Path) -> Path:
    """A vault at revision 0008 (as an older Sanad left it)."""
    from alembic import command

    original_kdf, original_upgrade = keyslots.DEFAULT_KDF, migrate.upgrade
    keyslots.DEFAULT_KDF = FAST_KDF
    migrate.upgrade = lambda conn: command.upgrade(migrate._config(conn), "0008")
    try:
        session, _ = Vault.create(folder / "old.sanad", admin_username="admin", admin_password=ADMIN_PASSWORD,
                                  language="en")
        add_people(session, 5)
        session.vault.close()
    finally:
        keyslots.DEFAULT_KDF, migrate.upgrade = original_kdf, original_upgrade
    return folder / "old.sanad"


FAILING_REVISION = '''"""a revision that fails half way (test only)"""
from alembic import op
import sqlalchemy as sa

revision = "0099"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("half_done", sa.Column("id", sa.Integer(), primary_key=True))
    op.execute("INSERT INTO half_done (id) VALUES (1)")
    raise RuntimeError("this migration fails on purpose")
'''


def test_a_failed_migration_leaves_the_old_vault_untouched_and_says_so(tmp_path, monkeypatch):
    """Fault: a migration fails half way (after creating a table and writing to it). Promise: the
    message says the vault was left as it was; the vault file is byte-identical to before, opens
    afterwards with the old code at its old revision, and its data are unchanged."""
    path = _old_vault(tmp_path)
    before = _digest(path)
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.SCRIPT_LOCATION, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrate.head()
    (scripts / "versions" / "0099_fails.py").write_text(FAILING_REVISION.format(head=head))
    monkeypatch.setattr(migrate, "SCRIPT_LOCATION", scripts)
    migrate._script.cache_clear()
    try:
        vault = Vault.open(path)
        with pytest.raises(MigrationFailed) as err:
            vault.unlock("admin", ADMIN_PASSWORD)
        vault.close()
    finally:
        monkeypatch.undo()
        migrate._script.cache_clear()
    assert "The vault was left as it was" in str(err.value)
    assert _digest(path) == before
    assert keys_path_for(path).exists()
    # With the real migrations it now upgrades normally.
    with Vault.open(path) as vault:
        session = vault.unlock("admin", ADMIN_PASSWORD)
        assert check_vault(session).ok
        with session.transaction() as db:
            assert migrate.current(db.connection()) == head


@POSIX
def test_a_vault_open_in_another_process_is_refused_quickly(shared_vault):
    """Fault: Sanad started a second time on a vault another process has open (case C5). Promise:
    "already open … close it there first" within 5 s, no hang, and the first process carries on."""
    import time

    with Vault.open(shared_vault) as vault:
        session = vault.unlock("admin", ADMIN_PASSWORD)

        def second():
            started = time.monotonic()
            try:
                Vault.open(shared_vault)
                return "opened"
            except SanadError as exc:
                return f"{type(exc).__name__} after {time.monotonic() - started:.1f} s: {exc}"
        outcome = _in_child(second)
        assert outcome.startswith("VaultInUse"), outcome
        assert float(outcome.split(" after ")[1].split(" s")[0]) < 5
        assert check_vault(session).ok
