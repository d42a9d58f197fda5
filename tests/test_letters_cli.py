"""`sanad letter` and `sanad letters`: issue (numbered, stored, audited) and write the PDF, list as
JSON, reprint, cancel, verify; a folder that cannot be written takes no number."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from tests.test_letters import add_person, pdfium_text
from tests.test_letters_render import pdftotext, squeezed

PASSWORD = "cli-letters-pass-1"


@pytest.fixture
def cli_vault(tmp_path, monkeypatch, capsys):
    from db.vault import Vault

    path = tmp_path / "cli.sanad"
    monkeypatch.setenv("SANAD_PASSWORD", PASSWORD)
    assert main(["init", "--vault", str(path), "--office-en", "CLI Office", "--office-ar", "مكتب"]) == 0
    capsys.readouterr()
    session = Vault.open(path).unlock("admin", PASSWORD)
    try:
        add_person(session, number="MOS-2026-00005")
    finally:
        session.vault.close()
    return path


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_issue_list_reprint_cancel_verify(cli_vault, tmp_path, capsys):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    vault = ["--vault", str(cli_vault)]
    code, out, err = run(capsys, "letter", "--template", "school_enrolment", "--person", "mos-2026-00005",
                         "--field", "organisation=مدرسة النور", "--out", str(out_dir / "a.pdf"), "--json", *vault)
    assert code == 0, err
    made = json.loads(out)
    assert made["reference"].startswith("ODS/LTR/") and made["reference"].endswith("/0001")
    pdf = (out_dir / "a.pdf").read_bytes()
    text = squeezed(pdftotext(pdf))
    assert squeezed("مدرسة النور") in text and made["verification"] in text
    code, out, _ = run(capsys, "letter", "--template", "health_referral", "--person", "MOS-2026-00005", "--lang",
                       "en", "--out", str(out_dir / "b.pdf"), *vault)
    assert code == 0 and "/0002" in out and "not encrypted" in out

    code, out, _ = run(capsys, "letters", "list", "--json", *vault)
    listing = json.loads(out)
    assert [r["reference"][-4:] for r in listing] == ["0002", "0001"] and "name" not in listing[0]
    assert listing[1]["template"] == "school_enrolment" and listing[0]["lang"] == "en"

    code, out, _ = run(capsys, "letters", "verify", made["reference"], made["verification"], *vault)
    assert code == 0 and "Genuine" in out
    code, out, _ = run(capsys, "letters", "verify", made["reference"], "AAAAAA", *vault)
    assert code == 1

    code, _, err = run(capsys, "letters", "reprint", made["reference"], "--out", str(out_dir / "copy.pdf"), *vault)
    assert code == 0, err
    assert "نسخة" in pdfium_text((out_dir / "copy.pdf").read_bytes())  # the office marks copies (default)

    code, out, _ = run(capsys, "letters", "cancel", made["reference"], "--reason", "wrong school", *vault)
    assert code == 0 and "cancelled" in out
    code, _, err = run(capsys, "letters", "reprint", made["reference"], "--out", str(out_dir / "c.pdf"), *vault)
    assert code == 1 and "cancelled" in err and not (out_dir / "c.pdf").exists()
    code, out, _ = run(capsys, "letters", "list", "--state", "cancelled", "--json", *vault)
    assert [r["reference"] for r in json.loads(out)] == [made["reference"]]

    code, out, _ = run(capsys, "audit", "verify", *vault)
    assert code == 0


def test_bad_requests_take_no_number(cli_vault, tmp_path, capsys):
    vault = ["--vault", str(cli_vault)]
    code, _, err = run(capsys, "letter", "--template", "health_referral", "--person", "MOS-2026-00005", "--out",
                       str(tmp_path / "missing-folder" / "x.pdf"), *vault)
    assert code == 1 and "folder" in err
    code, _, err = run(capsys, "letter", "--template", "no_such", "--person", "MOS-2026-00005", "--out",
                       str(tmp_path / "x.pdf"), *vault)
    assert code == 1 and "no letter template" in err
    code, _, err = run(capsys, "letter", "--template", "health_referral", "--person", "MOS-2099-99999", "--out",
                       str(tmp_path / "x.pdf"), *vault)
    assert code == 1
    code, _, err = run(capsys, "letter", "--template", "health_referral", "--person", "MOS-2026-00005",
                       "--field", "phone=0770", "--out", str(tmp_path / "x.pdf"), *vault)
    assert code == 1 and "cannot print" in err
    code, out, _ = run(capsys, "letters", "list", "--json", *vault)
    assert json.loads(out) == []
    code, out, _ = run(capsys, "letter", "--template", "health_referral", "--person", "MOS-2026-00005", "--out",
                       str(tmp_path / "x.pdf"), "--json", *vault)
    assert json.loads(out)["reference"].endswith("/0001")


def test_the_command_is_listed_in_help():
    result = subprocess.run([sys.executable, "-m", "desktop.cli", "letters", "--help"], capture_output=True,
                            text=True, cwd=Path(__file__).resolve().parent.parent)
    assert result.returncode == 0 and "reprint" in result.stdout and "verify" in result.stdout


def test_a_letter_for_a_referral_names_its_organisation(cli_vault, tmp_path, capsys):
    import datetime as dt

    from db.models import Organisation, Person, Referral
    from db.vault import Vault

    session = Vault.open(cli_vault).unlock("admin", PASSWORD)
    try:
        with session.transaction() as db:
            from sqlalchemy import select

            person_id = db.scalar(select(Person.id).where(Person.file_number == "MOS-2026-00005"))
            org = Organisation(name_ar="مركز الشفاء الصحي", name_en="Al-Shifa Health Centre")
            db.add(org)
            db.flush()
            db.add(Referral(person_id=person_id, reference="ODS/REF/2026/0007", service="health_centre",
                            organisation_id=org.id, reason="x", sent_on=dt.date.today()))
    finally:
        session.vault.close()
    vault = ["--vault", str(cli_vault)]
    code, out, err = run(capsys, "letter", "--template", "health_referral", "--person", "MOS-2026-00005",
                         "--referral", "ods/ref/2026/0007", "--lang", "en", "--out", str(tmp_path / "r.pdf"), *vault)
    assert code == 0, err
    assert "Al-Shifa Health Centre" in " ".join(pdftotext((tmp_path / "r.pdf").read_bytes()).split())
    code, _, err = run(capsys, "letter", "--template", "health_referral", "--person", "MOS-2026-00005",
                       "--referral", "ODS/REF/2026/9999", "--out", str(tmp_path / "s.pdf"), *vault)
    assert code == 1 and not (tmp_path / "s.pdf").exists()
