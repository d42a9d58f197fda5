"""The `sanad` command: the same services as the window, exit codes 0/1/2, --json, no secrets in argv."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main

PASSWORD = "cli-office-pass-1"


@pytest.fixture
def cli_vault(tmp_path, monkeypatch, capsys):
    path = tmp_path / "cli.sanad"
    monkeypatch.setenv("SANAD_PASSWORD", PASSWORD)
    assert main(["init", "--vault", str(path), "--office-en", "CLI Office", "--office-ar", "مكتب"]) == 0
    out = capsys.readouterr().out
    assert "Recovery key" in out
    return path


def test_a_new_vault_has_the_shipped_place_table(cli_vault):
    # Found in review: only the demo loaded it, so a real office's first import refused "الموصل".
    from db import locations
    from db.vault import Vault

    vault = Vault.open(cli_vault)
    try:
        session = vault.unlock("admin", PASSWORD)
        assert locations.labels(session, ["IQG15Q05"], "ar")["IQG15Q05"] == "الموصل"
    finally:
        vault.close()


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith("Sanad ")


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["users", "frobnicate"])
    assert exit_.value.code == 2


def test_users_add_list_disable_json(cli_vault, monkeypatch, capsys):
    monkeypatch.setenv("SANAD_NEW_PASSWORD", "staff-member-pass-1")
    assert main(["users", "add", "noor", "--role", "staff", "--full-name", "Noor", "--vault", str(cli_vault)]) == 0
    capsys.readouterr()
    assert main(["users", "list", "--json", "--vault", str(cli_vault)]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert {u["username"] for u in listing} == {"admin", "noor"}
    noor = next(u for u in listing if u["username"] == "noor")
    assert noor["role"] == "staff" and noor["must_change_password"]
    assert main(["users", "disable", "noor", "--vault", str(cli_vault)]) == 0
    capsys.readouterr()
    assert main(["users", "list", "--json", "--vault", str(cli_vault)]) == 0
    assert not next(u for u in json.loads(capsys.readouterr().out) if u["username"] == "noor")["is_active"]


def test_audit_verify_ok_then_broken(cli_vault, capsys):
    assert main(["audit", "verify", "--vault", str(cli_vault)]) == 0
    assert "intact" in capsys.readouterr().out
    from db.vault import Vault

    session = Vault.open(cli_vault).unlock("admin", PASSWORD)
    with session.transaction() as db:
        conn = db.connection()
        conn.exec_driver_sql("DROP TRIGGER audit_log_no_update")
        conn.exec_driver_sql("UPDATE audit_log SET details = '{}' WHERE seq = 2")
    session.vault.close()
    assert main(["audit", "verify", "--vault", str(cli_vault)]) == 1
    assert "broken at entry 2" in capsys.readouterr().err
    assert main(["audit", "verify", "--json", "--vault", str(cli_vault)]) == 1
    assert json.loads(capsys.readouterr().out)["first_broken"] == 2


def test_wrong_password_exits_1_with_one_line(cli_vault, monkeypatch, capsys):
    monkeypatch.setenv("SANAD_PASSWORD", "not-the-password")
    assert main(["audit", "verify", "--vault", str(cli_vault)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not correct" in err and "Traceback" not in err
    # A script that then uses the right password waits out the short delay instead of failing.
    monkeypatch.setenv("SANAD_PASSWORD", PASSWORD)
    assert main(["audit", "verify", "--vault", str(cli_vault)]) == 0
    assert "waiting 1 s" in capsys.readouterr().err


def test_password_file_and_missing_password(cli_vault, tmp_path, monkeypatch, capsys):
    secret = tmp_path / "pw.txt"
    secret.write_text(PASSWORD + "\n")
    monkeypatch.delenv("SANAD_PASSWORD")
    assert main(["users", "list", "--vault", str(cli_vault), "--password-file", str(secret)]) == 0
    capsys.readouterr()
    monkeypatch.setattr(sys, "stdin", None)
    assert main(["users", "list", "--vault", str(cli_vault)]) == 1
    assert "No password given" in capsys.readouterr().err


def test_missing_vault_and_not_a_vault(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SANAD_PASSWORD", PASSWORD)
    assert main(["users", "list", "--vault", str(tmp_path / "none.sanad")]) == 1
    assert "There is no vault" in capsys.readouterr().err
    junk = tmp_path / "junk.sanad"
    junk.write_text("hello")
    assert main(["users", "list", "--vault", str(junk)]) == 1
    assert "damaged" in capsys.readouterr().err


def test_rekey_and_recover(cli_vault, tmp_path, monkeypatch, capsys):
    key_file = tmp_path / "recovery.txt"
    assert main(["rekey", "--vault", str(cli_vault), "--recovery-key-file", str(key_file)]) == 0
    capsys.readouterr()
    monkeypatch.setenv("SANAD_NEW_PASSWORD", "after-recovery-pass-1")
    monkeypatch.setattr(sys, "stdin", None)
    assert main(["recover", "--vault", str(cli_vault)]) == 1
    assert "No recovery key given" in capsys.readouterr().err
    assert main(["recover", "--vault", str(cli_vault), "--recovery-key-file", str(key_file)]) == 0
    capsys.readouterr()
    monkeypatch.setenv("SANAD_PASSWORD", "after-recovery-pass-1")
    assert main(["users", "list", "--vault", str(cli_vault)]) == 0


def test_init_refuses_short_password(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SANAD_PASSWORD", "short")
    assert main(["init", "--vault", str(tmp_path / "x.sanad")]) == 1
    assert "at least 10 characters" in capsys.readouterr().err
    assert not (tmp_path / "x.sanad").exists()


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True,
                          env=full_env, timeout=120, cwd=Path(__file__).resolve().parent.parent)


def test_console_script_end_to_end_and_key_never_in_logs(tmp_path):
    """The real entry point with the real KDF; S9: the password and key never reach the logs."""
    home = tmp_path / "home"
    env = {"SANAD_HOME": str(home), "SANAD_PASSWORD": PASSWORD}
    vault = tmp_path / "real.sanad"
    created = _run("init", "--vault", str(vault), "--json", env=env)
    assert created.returncode == 0, created.stderr
    recovery = json.loads(created.stdout)["recovery_key"]
    listed = _run("users", "list", "--json", "--vault", str(vault), env=env)
    assert listed.returncode == 0 and json.loads(listed.stdout)[0]["username"] == "admin"
    wrong = _run("users", "list", "--vault", str(vault), env={**env, "SANAD_PASSWORD": "wrong-password-x"})
    assert wrong.returncode == 1 and "Traceback" not in wrong.stderr
    from db.keyslots import decode_recovery_key

    key_hex = bytes(decode_recovery_key(recovery).raw()).hex()
    for path in home.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for secret in (PASSWORD.encode(), key_hex.encode(), recovery.encode()):
                assert secret not in data, path.name
    for output in (created.stderr, listed.stdout, listed.stderr, wrong.stderr):
        assert PASSWORD not in output and key_hex not in output
