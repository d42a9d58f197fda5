"""`sanad export` refuses filter values the vault does not have (review of issue 6): a district that
is neither a p-code nor a district's name, a status no workflow or referral has, a sex other than F
or M, and --include-sensitive for a list without sensitive fields, each with exit 2, a message that
lists what is accepted, and no file; a district's name is taken as its p-code."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from openpyxl import load_workbook

from db import locations, workflow_admin
from db.models import Household, Person
from desktop.cli import main
from tests.conftest import ADMIN_PASSWORD


@pytest.fixture
def vault(admin, vault_path, monkeypatch):
    """Three women in Al-Mosul (IQG15Q05), two in Al-Hamdaniya (IQG15Q02); the vault closed, its
    password in the environment."""
    if not locations.places(admin, level=locations.DISTRICT):
        with locations.shipped_table() as table:
            locations.import_cod_ab(admin, table)
    with admin.transaction() as db:
        for i, district in enumerate(["IQG15Q05"] * 3 + ["IQG15Q02"] * 2):
            household = Household(district=district)
            db.add(household)
            db.flush()
            db.add(Person(household_id=household.id, file_number=f"MOS-2026-{i + 1:05d}", first_name=f"Q{i}",
                          family_name="F", sex="F", birth_date=dt.date(1990, 1, 1), relationship_to_head="head"))
    state = workflow_admin.workflows(admin)[""].states[0]
    admin.vault.close()
    monkeypatch.setenv("SANAD_PASSWORD", ADMIN_PASSWORD)
    return vault_path, state


def _export(vault_path, out, *args: str) -> int:
    return main(["export", *args, "--out", str(out), "--vault", str(vault_path), "--json"])


def _rows(path) -> int:
    return load_workbook(path, read_only=True).worksheets[1].max_row - 1


@pytest.mark.parametrize("name", ["IQG15Q05", "iqg15q05", "Al-Mosul", "mosul", "الموصل"])
def test_a_district_is_its_pcode_or_its_name(vault, tmp_path, capsys, name):
    vault_path, _state = vault
    out = tmp_path / "p.xlsx"
    assert _export(vault_path, out, "people", "--district", name) == 0
    assert json.loads(capsys.readouterr().out)["rows"] == 3 and _rows(out) == 3


def test_unknown_district_is_refused_with_the_districts_listed(vault, tmp_path, capsys):
    vault_path, _state = vault
    out = tmp_path / "p.xlsx"
    assert _export(vault_path, out, "people", "--district", "Mosul City") == 2
    err = capsys.readouterr().err
    assert "neither a district's p-code nor its name" in err and "IQG15Q05" in err and "Al-Mosul" in err
    assert _export(vault_path, out, "households", "--district", "IQG99Q99") == 2
    assert "IQG15Q02" in capsys.readouterr().err  # nothing contains the text: every district listed
    assert not out.exists()


def test_status_is_checked_against_the_workflows_and_referral_states(vault, tmp_path, capsys):
    vault_path, state = vault
    out = tmp_path / "a.xlsx"
    assert _export(vault_path, out, "applications", "--status", "nosuch") == 2
    err = capsys.readouterr().err
    assert "not a status applications can have" in err and state.code in err and state.name_en in err
    assert _export(vault_path, out, "referrals", "--status", "nosuch") == 2
    err = capsys.readouterr().err
    assert "service_given" in err and "Service given" in err and not out.exists()
    assert _export(vault_path, out, "applications", "--status", state.code) == 0
    assert _export(vault_path, tmp_path / "r.xlsx", "referrals", "--status", "Service given") == 0
    assert out.exists() and (tmp_path / "r.xlsx").exists()


def test_sex_other_than_f_or_m_is_refused(vault, tmp_path, capsys):
    vault_path, _state = vault
    out = tmp_path / "p.xlsx"
    with pytest.raises(SystemExit) as exit_:
        _export(vault_path, out, "people", "--sex", "X")
    assert exit_.value.code == 2 and "F" in capsys.readouterr().err and not out.exists()
    assert _export(vault_path, out, "people", "--sex", "f") == 0
    assert json.loads(capsys.readouterr().out)["rows"] == 5


def test_include_sensitive_only_for_people(vault, tmp_path, capsys):
    vault_path, _state = vault
    for kind in ("households", "applications", "referrals", "hearings", "letters"):
        out = tmp_path / f"{kind}.xlsx"
        assert _export(vault_path, out, kind, "--include-sensitive") == 2
        assert "people only" in capsys.readouterr().err and not out.exists()
    assert _export(vault_path, tmp_path / "people.xlsx", "people", "--include-sensitive", "--named") == 0
