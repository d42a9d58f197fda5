"""The indicator workbook: opened with openpyxl and read back (types, right-to-left, frozen headers,
suppressed text), nobody identifiable in any part of the file, atomic and audited."""

from __future__ import annotations

import datetime as dt
import errno
import shutil
import zipfile

import openpyxl
import pytest

from db.errors import DiskFull, PermissionDenied, ValidationError
from db.indicators import parse_period
from exports import report as report_xlsx
from tests.test_indicators import BAGHDAD, office  # noqa: F401 - the hand-counted office fixture


def _write(session, path, lang="en", **kw):
    return report_xlsx.write_report(session, parse_period("2026-10"), path, lang=lang, utc_offset=BAGHDAD, **kw)


def _rows(sheet):
    return [[c.value for c in row] for row in sheet.iter_rows()]


def test_english_workbook_types_frozen_and_suppressed(office, tmp_path):  # noqa: F811
    path = tmp_path / "r.xlsx"
    _write(office, path)
    book = openpyxl.load_workbook(path)
    names = book.sheetnames
    assert names[:2] == ["Cover", "Summary"] and names[2] == "1 People registered"
    assert len(names) == 2 + 7
    cover = _rows(book["Cover"])
    assert cover[0][0] == "Indicator report"
    found = {row[0]: row[1] for row in cover if row[0]}
    assert found["Office"] == "Sanad Office" and found["Period"] == "2026-10 (Month)"
    assert found["From"] == dt.datetime(2026, 10, 1) and found["Smallest count shown"] == 5
    assert found["Made by"] == "Office Admin (admin)"
    assert not book["Cover"].sheet_view.rightToLeft

    summary = book["Summary"]
    assert summary.freeze_panes == "B2"
    rows = {row[0]: row[1:] for row in _rows(summary)[1:]}
    # Four women in four age groups, each "<5", would be four 1s under a total of 4: the age by sex
    # table hides its totals, and the grand total it hides is hidden wherever it appears.
    assert rows["People registered"] == ["Unique people", "x", "x", "x"]
    assert rows["Applications opened"] == ["Records (documents, services)", "<5", "<5", "<5"]

    people = book["1 People registered"]
    assert people.freeze_panes == "B3"
    table = _rows(people)
    start = next(i for i, row in enumerate(table) if row[0] == "Disability (Washington Group)")
    assert table[start + 1][:2] == ["Disability (Washington Group)", "Count"]
    assert [row[:2] for row in table[start + 2:start + 6]] == [
        ["With disability", "<5"], ["Without disability", "<5"], ["Not asked", "<5"], ["Total", "x"]]
    small_cell = people.cell(row=start + 3, column=2)
    assert small_cell.data_type == "s"
    shown = [cell for row in people.iter_rows(min_row=3) for cell in row[1:] if isinstance(cell.value, int)]
    assert shown and all(cell.data_type == "n" for cell in shown)  # figures shown are numbers
    district = next(i for i, row in enumerate(table) if row[0] == "District" and row[1] is None)
    assert table[district + 2][:2] == ["IQG15Q01", "<5"]  # no place table rows in this vault: the p-code
    for row in people.iter_rows():
        for cell in row:
            assert cell.data_type != "f"


def test_arabic_workbook_is_right_to_left_with_arabic_labels(office, tmp_path):  # noqa: F811
    path = tmp_path / "r-ar.xlsx"
    _write(office, path, lang="ar")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[:2] == ["الغلاف", "الملخص"]
    assert all(sheet.sheet_view.rightToLeft for sheet in book.worksheets)
    cover = {row[0]: row[1] for row in _rows(book["الغلاف"]) if row[0]}
    assert cover["المنظمة"] == "منظمة سند"
    opened = book[book.sheetnames[3]]
    assert opened["A1"].value == "المعاملات المفتوحة"
    values = [row[0] for row in _rows(opened)]
    assert "الجنس" not in values and "الإعاقة (مجموعة واشنطن)" in values and "إناث" not in values
    header = next(row for row in _rows(opened) if row[0] == "نوع الوثيقة")
    assert header[1:4] == ["إناث", "ذكور", "المجموع"]


def test_no_name_phone_or_file_number_in_any_part_of_the_file(office, tmp_path):  # noqa: F811
    path = tmp_path / "r.xlsx"
    _write(office, path)
    with zipfile.ZipFile(path) as archive:
        text = "".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())
    for secret in ("ZZNAME", "أحمد", "الجبوري", "0770000", "07701111111", "MOS-2026", "2014-10-31", "2008-02-29"):
        assert secret not in text


def test_the_export_is_audited(office, tmp_path):  # noqa: F811
    _write(office, tmp_path / "r.xlsx", threshold=3)
    with office.transaction() as db:
        from sqlalchemy import select

        from db.models import AuditEntry

        entry = db.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
        assert (entry.action, entry.entity, entry.entity_id) == ("export", "indicator_report", "2026-10")
        assert '"threshold": 3' in entry.details and "people_registered" in entry.details


def test_disk_full_leaves_no_file_and_no_entry(office, tmp_path, monkeypatch):  # noqa: F811
    from openpyxl.workbook.workbook import Workbook

    from tests.conftest import dump_hash

    out = tmp_path / "out"
    out.mkdir()
    before = dump_hash(office, exclude=())

    def full(self, filename):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Workbook, "save", full)
    with pytest.raises(DiskFull):
        _write(office, out / "r.xlsx")
    assert list(out.iterdir()) == []
    assert dump_hash(office, exclude=()) == before


def test_a_read_only_folder_is_a_clear_message(office, tmp_path, monkeypatch):  # noqa: F811
    import tempfile

    from db.files import ExportFolderNotWritable

    def refused(*a, **k):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    with pytest.raises(ExportFolderNotWritable):
        _write(office, tmp_path / "r.xlsx")


def test_bad_paths_and_roles(office, tmp_path):  # noqa: F811
    from db.permissions import Role
    from db.session import CurrentUser, UserSession

    with pytest.raises(ValidationError):
        _write(office, tmp_path / "r.csv")
    with pytest.raises(ValidationError):
        _write(office, tmp_path / "missing" / "r.xlsx")
    staff = UserSession(office.vault, CurrentUser(office.user.id, "staff1", "", Role.STAFF, False))
    with pytest.raises(PermissionDenied):
        _write(staff, tmp_path / "r.xlsx")
    assert not (tmp_path / "r.xlsx").exists()


def test_sanad_report_and_indicators_list(office, vault_path, tmp_path, monkeypatch, capsys):  # noqa: F811
    import json
    import time

    from desktop.cli import main
    from tests.conftest import ADMIN_PASSWORD

    office.vault.close()
    monkeypatch.setenv("SANAD_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("TZ", "Asia/Baghdad")  # the office's computer: days are Baghdad days
    time.tzset()
    out = tmp_path / "r.xlsx"
    assert main(["report", "--period", "2026-Q4", "--out", str(out), "--lang", "en", "--threshold", "1",
                 "--vault", str(vault_path), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["indicators"]["people_registered"] == 6 and printed["threshold"] == 1
    book = openpyxl.load_workbook(out)
    assert book["Summary"]["C2"].value == 6  # nothing hidden with a threshold of 1
    assert main(["indicators", "list", "--vault", str(vault_path)]) == 0
    listed = capsys.readouterr().out
    assert "people_registered" in listed and "referrals_completed" in listed
    assert main(["report", "--period", "October", "--out", str(out), "--vault", str(vault_path)]) == 1
    assert "Write the period as a month" in capsys.readouterr().err
    monkeypatch.delenv("TZ")
    time.tzset()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_the_arabic_report(office, tmp_path):  # noqa: F811
    import csv
    import subprocess

    path = tmp_path / "r.xlsx"
    _write(office, path, lang="ar")
    subprocess.run([shutil.which("soffice"), f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
                    "--convert-to", 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
                    "--outdir", str(tmp_path / "csv"), str(path)], check=True, capture_output=True, timeout=180)
    summary = next(p for p in (tmp_path / "csv").glob("*.csv") if "الملخص" in p.name)
    rows = {row[0]: row[1:] for row in csv.reader(summary.open(encoding="utf-8", newline=""))}
    assert rows["الأشخاص المسجَّلون"] == ["أشخاص دون تكرار", "x", "x", "x"]


def test_an_office_indicator_by_another_field_has_words_not_codes(office, tmp_path):  # noqa: F811
    from db import indicators
    from db.indicators import IndicatorDef
    from db.models import Person

    with office.transaction() as db:
        db.query(Person).filter(Person.file_number == "MOS-2026-00001").one().marital_status = "widowed"
    indicators.save_indicator(office, IndicatorDef(code="by_marital", name_en="Registered by marital status",
                                                   name_ar="", entity="person", date_field="created_at",
                                                   by="marital_status", counts="people"))
    path = tmp_path / "r.xlsx"
    _write(office, path, threshold=1)
    rows = _rows(openpyxl.load_workbook(path)["8 Registered by marital status"])
    header = next(row for row in rows if row[0] == "Marital status")
    assert header[1:4] == ["Female", "Male", "Total"]
    body = {row[0]: row[1:4] for row in rows[rows.index(header) + 1:rows.index(header) + 4]}
    assert body == {"Widowed": [1, 0, 1], "Not recorded": [3, 1, 4], "Total": [4, 1, 5]}


def _audit_seq(session) -> int:
    from sqlalchemy import func, select

    from db.models import AuditEntry

    with session.transaction() as db:
        return db.scalar(select(func.max(AuditEntry.seq)))


def test_a_cancel_after_the_first_indicator_leaves_no_file_and_no_entry(office, tmp_path):  # noqa: F811
    from db.indicators import ReportCancelled
    from tests.conftest import dump_hash

    out = tmp_path / "out"
    out.mkdir()
    before, seq = dump_hash(office, exclude=()), _audit_seq(office)
    steps: list[tuple[int, int]] = []
    with pytest.raises(ReportCancelled):
        _write(office, out / "r.xlsx", progress=lambda done, total: steps.append((done, total)),
               cancelled=lambda: len(steps) >= 2)  # after (0, 7) and (1, 7)
    assert steps == [(0, 7), (1, 7)]  # progress per indicator; the second was never counted
    assert list(out.iterdir()) == []
    assert _audit_seq(office) == seq and dump_hash(office, exclude=()) == before


def test_progress_counts_every_indicator(office, tmp_path):  # noqa: F811
    steps: list[tuple[int, int]] = []
    _write(office, tmp_path / "r.xlsx", progress=lambda done, total: steps.append((done, total)),
           cancelled=lambda: False)
    assert steps == [(i, 7) for i in range(8)]
    assert (tmp_path / "r.xlsx").exists()


def test_a_cancel_once_the_workbook_is_staged_removes_the_temporary_file(office, tmp_path):  # noqa: F811
    from db.indicators import ReportCancelled

    out = tmp_path / "out"
    out.mkdir()
    seq = _audit_seq(office)
    staged = []

    def cancelled() -> bool:  # says stop only once the staged file is in the folder
        staged.extend(p.name for p in out.iterdir())
        return bool(staged)

    with pytest.raises(ReportCancelled):
        _write(office, out / "r.xlsx", cancelled=cancelled)
    assert staged and staged[0].startswith(".r.xlsx.") and staged[0].endswith(".part")
    assert list(out.iterdir()) == [] and _audit_seq(office) == seq


def test_the_file_is_renamed_into_place_only_after_the_entry_commits(office, tmp_path, monkeypatch):  # noqa: F811
    from db import files

    seen = []
    real_place = files.place

    def place(temp, path):
        with office.transaction() as db:  # another connection sees the committed entry already
            from sqlalchemy import select

            from db.models import AuditEntry

            seen.append(db.scalar(select(AuditEntry.entity).order_by(AuditEntry.seq.desc()).limit(1)))
        real_place(temp, path)

    monkeypatch.setattr(files, "place", place)
    _write(office, tmp_path / "r.xlsx")
    assert seen == [report_xlsx.AUDIT_ENTITY] and (tmp_path / "r.xlsx").exists()


def test_a_donor_fill_cancelled_between_cells_leaves_no_file_and_no_entry(office, tmp_path):  # noqa: F811
    from db.indicators import ReportCancelled
    from exports import donor
    from tests.test_donor import MAPPING, donor_workbook

    template = donor.add_template(office, "Fund", donor_workbook(tmp_path / "fund.xlsx"))
    donor.save_mappings(office, template, MAPPING)
    out = tmp_path / "out"
    out.mkdir()
    seq = _audit_seq(office)
    steps: list[tuple[int, int]] = []
    asked = []

    def cancelled() -> bool:
        asked.append(len(steps))
        return len(asked) > 5  # before each of the 3 indicators, after counting, the first cell: the second stops

    with pytest.raises(ReportCancelled):
        donor.fill_template(office, template, parse_period("2026-10"), out / "filled.xlsx", utc_offset=BAGHDAD,
                            progress=lambda done, total: steps.append((done, total)), cancelled=cancelled)
    assert steps == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert list(out.iterdir()) == [] and _audit_seq(office) == seq


def test_ctrl_c_stops_sanad_report_and_leaves_no_file(office, vault_path, tmp_path, monkeypatch, capsys):  # noqa: F811
    import os
    import signal

    from db import indicators
    from desktop.cli import main
    from tests.conftest import ADMIN_PASSWORD

    office.vault.close()
    monkeypatch.setenv("SANAD_PASSWORD", ADMIN_PASSWORD)
    real = indicators.compute_one
    counted = []

    def compute_then_ctrl_c(*args, **kwargs):
        result = real(*args, **kwargs)
        counted.append(result.definition.code)
        if len(counted) == 1:
            os.kill(os.getpid(), signal.SIGINT)  # the user presses Ctrl+C during the first indicator
        return result

    monkeypatch.setattr(indicators, "compute_one", compute_then_ctrl_c)
    handler = signal.getsignal(signal.SIGINT)
    out = tmp_path / "out"
    out.mkdir()
    assert main(["report", "--period", "2026-10", "--out", str(out / "r.xlsx"), "--vault", str(vault_path)]) == 1
    assert counted == ["people_registered"]
    assert "The report was cancelled. No file was made." in capsys.readouterr().err
    assert list(out.iterdir()) == []
    assert signal.getsignal(signal.SIGINT) is handler  # Ctrl+C behaves as before once the report is over
