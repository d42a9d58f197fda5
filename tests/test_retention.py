"""Retention (security cases D1, D2): closed files listed by a configurable period, archived or purged;
a purge leaves a minimal record, an audit entry, unreadable old audit values, a verifying chain,
no search-index entry and no free page holding the data."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import sqlcipher3
from sqlalchemy import select, text, update

from db import audit, retention, sqlcipher
from db.errors import PermissionDenied
from db.models import Application, AuditEntry, Household, Organisation, Person, Referral, SensitiveProfile
from db.models_retention import RetentionRecord
from db.permissions import Role
from db.session import CurrentUser, UserSession
from desktop.cli import main
from tests.conftest import ADMIN_PASSWORD
from tests.helpers import add_people

NOW = dt.datetime(2026, 11, 25, 12, 0)
LONG_AGO = dt.datetime(2019, 3, 1, 9, 0)
RECENT = dt.datetime(2026, 10, 1, 9, 0)
MARKER = "Qzxretmark"


def _age(session, person_id: int, when: dt.datetime) -> None:
    with session.transaction() as db:
        db.execute(update(Person).where(Person.id == person_id).values(updated_at=when, created_at=when))


def _application(session, person_id: int, *, closed: bool, moved: dt.datetime) -> None:
    with session.transaction() as db:
        db.add(Application(person_id=person_id, doc_type="civil_id", state="closed" if closed else "intake",
                           opened_on=LONG_AGO.date(), closed_on=moved.date() if closed else None,
                           notes=f"{MARKER} application note {person_id}", last_moved_at=moved, updated_at=moved,
                           created_at=moved))


def _referral(session, person_id: int, *, closed: bool, moved: dt.datetime, number: int) -> None:
    with session.transaction() as db:
        org = db.scalar(select(Organisation).limit(1))
        if org is None:
            org = Organisation(name_ar="منظمة", name_en="Org")
            db.add(org)
            db.flush()
        db.add(Referral(person_id=person_id, reference=f"REF/{number}", service="health", organisation_id=org.id,
                        reason=f"{MARKER} referral reason {person_id}", sent_on=LONG_AGO.date(), state="service_given",
                        closed_on=moved.date() if closed else None, updated_at=moved, created_at=moved))


@pytest.fixture
def office(admin):
    """Five people: 1 no casework, old; 2 open application; 3 closed application that moved lately;
    4 record edited lately; 5 closed application and referral, old, with a sensitive profile."""
    ids = add_people(admin, 5, marker=MARKER)
    for pid in ids:
        _age(admin, pid, LONG_AGO)
    _application(admin, ids[1], closed=False, moved=LONG_AGO)
    _application(admin, ids[2], closed=True, moved=RECENT)
    _age(admin, ids[3], RECENT)
    _application(admin, ids[4], closed=True, moved=LONG_AGO)
    _referral(admin, ids[4], closed=True, moved=LONG_AGO, number=1)
    with admin.transaction() as db:
        db.add(SensitiveProfile(person_id=ids[4], threats=True, notes=f"{MARKER} sensitive note"))
    _age(admin, ids[4], LONG_AGO)
    return admin, ids


def test_lists_exactly_the_closed_files_past_the_period(office):
    """Fault: a file still open, or moved lately, proposed for deletion. Promise: with fake dates,
    exactly the people with everything closed and nothing moved for the period are listed, and
    listing changes nothing (case D2)."""
    admin, ids = office
    files = retention.closed_files(admin, months=24, now=NOW)
    assert [f.person_id for f in files] == [ids[0], ids[4]]
    fifth = files[1]
    assert (fifth.applications, fifth.referrals, fifth.archived) == (1, 1, False)
    assert fifth.last_movement == LONG_AGO
    # A period longer than the time since LONG_AGO lists nobody; the office setting is the default.
    assert retention.closed_files(admin, months=120, now=NOW) == []
    assert retention.default_months(admin) == 60
    assert [f.person_id for f in retention.closed_files(admin, now=NOW)] == [ids[0], ids[4]]


def test_only_admins_may_list_archive_or_purge(office):
    """Fault: a staff member purges files. Promise: the service refuses (and audits the refusal)."""
    admin, ids = office
    with admin.transaction() as db:
        staff_id = db.scalar(select(Person.id).limit(1))  # any id: the check comes first
    staff = UserSession(admin.vault, CurrentUser(staff_id, "staffer", "", Role.STAFF, True))
    for call in (lambda: retention.closed_files(staff, months=24, now=NOW),
                 lambda: retention.archive(staff, [ids[0]], months=24, now=NOW),
                 lambda: retention.purge(staff, [ids[0]], months=24, now=NOW)):
        with pytest.raises(PermissionDenied):
            call()
    with admin.transaction() as db:
        assert db.get(Person, ids[0]).archived_at is None


def test_purging_an_open_file_is_refused_and_changes_nothing(office):
    """Fault: an id that is not a closed file (open application) in a purge. Promise: NotClosed names
    the file, and nothing of the batch is purged (one transaction)."""
    admin, ids = office
    with pytest.raises(retention.NotClosed) as err:
        retention.purge(admin, [ids[0], ids[1]], months=24, now=NOW)
    assert "MOS-2026-00002" in str(err.value)
    with admin.transaction() as db:
        assert db.get(Person, ids[0]) is not None
        assert db.scalar(select(RetentionRecord).limit(1)) is None


def test_archive_hides_from_lists_but_keeps_the_record(office):
    """Fault: archiving loses data or leaves the file in the daily lists. Promise: the person leaves
    the normal list, the record is still there for an admin, the archive is audited with its reason."""
    from db import people_list

    admin, ids = office
    done = retention.archive(admin, [ids[0]], months=24, reason="closed 2019", now=NOW)
    assert done.file_numbers == ["MOS-2026-00001"]
    with admin.transaction() as db:
        person = db.get(Person, ids[0])
        assert person.archived_at is not None and person.first_name.startswith(MARKER)
        entry = db.scalar(select(AuditEntry).where(AuditEntry.action == "archive"))
        assert json.loads(entry.details)["reason"] == "closed 2019"
    listed = set(people_list.person_ids(admin, people_list.PeopleFilter()))
    assert ids[0] not in listed and ids[4] in listed
    # Archiving again does nothing more.
    assert retention.archive(admin, [ids[0]], months=24, now=NOW).file_numbers == []


def _raw_rows(session) -> tuple[list[str], list[bytes]]:
    """Every table (FTS shadow tables too) read through sqlcipher3 with the key: names and row bytes."""
    conn = sqlcipher.connect(session.vault.path, session.vault.master_key, read_only=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        blobs = []
        for table in tables:
            try:
                rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
            except sqlcipher3.OperationalError:
                continue  # the FTS table itself reads through its content table
            for row in rows:
                for value in row:
                    if isinstance(value, bytes):
                        blobs.append(value)
                    elif value is not None:
                        blobs.append(str(value).encode("utf-8"))
        freelist = conn.execute("PRAGMA freelist_count").fetchone()[0]
    finally:
        conn.close()
    return tables, blobs + [_plaintext_export(session), str(freelist).encode()]


def _plaintext_export(session) -> bytes:
    """The whole vault exported to a plaintext SQLite file in a test-only temp dir (sqlcipher_export),
    read back as raw bytes: what a dump of every table holds."""
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory(prefix="sanad-d1-") as folder:
        plain = Path(folder) / "plain.db"
        conn = sqlcipher.connect(session.vault.path, session.vault.master_key)
        try:
            conn.execute(f"ATTACH DATABASE '{plain}' AS plaintext KEY ''")
            conn.execute("SELECT sqlcipher_export('plaintext')")
            conn.execute("DETACH DATABASE plaintext")
        finally:
            conn.close()
        data = plain.read_bytes()
    assert data.startswith(b"SQLite format 3")
    return data


def test_purge_removes_personal_data_keeps_minimal_record_and_vacuums(office):
    """Fault: purged personal data lingers (rows, search index, audit values, free pages). Promise:
    every row about the person goes, a minimal record and one audit entry stay, older audit values
    about them read "(purged)" while the chain verifies, the FTS shadow tables and a full dump hold
    no marker, and the file has no free page (cases D1, D2)."""
    admin, ids = office
    target = ids[4]
    with admin.transaction() as db:
        household_id = db.get(Person, target).household_id
        earlier = [(e.entity, e.entity_id, e.details) for e in db.scalars(
            select(AuditEntry).where(AuditEntry.entity == "person", AuditEntry.entity_id == str(target)))]
    assert earlier
    done = retention.purge(admin, [target], months=24, reason="five years closed", now=NOW)
    assert done.file_numbers == ["MOS-2026-00005"] and done.vacuumed and done.free_pages == 0
    with admin.transaction() as db:
        assert db.get(Person, target) is None
        assert db.get(Household, household_id) is None
        assert db.scalar(select(Application).where(Application.person_id == target)) is None
        assert db.scalar(select(Referral).where(Referral.person_id == target)) is None
        record = db.scalar(select(RetentionRecord))
        assert (record.file_number, record.person_id, record.reason, record.purged_by) == (
            "MOS-2026-00005", target, "five years closed", "admin")
        assert (record.applications, record.referrals, record.last_movement_on) == (1, 1, LONG_AGO.date())
        purge_entry = db.scalar(select(AuditEntry).where(AuditEntry.action == "purge"))
        assert purge_entry.entity_id == str(target) and MARKER not in purge_entry.details
        for entity, entity_id, details in earlier:
            shown = audit.readable_details(db, entity, entity_id, details)
            assert shown and set(shown.values()) == {"(purged)"}
        assert audit.verify(db).ok
        hits = db.execute(text("SELECT rowid FROM person_fts WHERE person_fts MATCH :q"),
                          {"q": MARKER.lower() + "*"}).all()
        assert {h[0] for h in hits} == {ids[0], ids[1], ids[2], ids[3]}
    # The other four people keep their marker; build the check on a vault holding only the purged one.
    tables, blobs = _raw_rows(admin)
    assert {"person_fts_data", "person_fts_idx", "retention_record"} <= set(tables)
    assert blobs[-1] == b"0"  # freelist_count
    needle = b"five years closed"
    assert any(needle in blob for blob in blobs)  # the minimal record is there ...
    assert not any(b"sensitive note" in blob for blob in blobs)  # ... the person's data is not
    for gone in (f"{MARKER} Fatima 4", f"{MARKER}-فاطمة-4", f"{MARKER} حي 4",
                 f"application note {target}", f"referral reason {target}"):
        assert not any(gone.encode() in blob for blob in blobs), gone
    assert any(f"{MARKER} Fatima 3".encode() in blob for blob in blobs)  # the others are still there


def test_purging_everyone_leaves_no_marker_anywhere(admin):
    """Fault: a purged name survives in the search index's segments or a leftover page. Promise:
    after purging every file carrying a unique marker, no table, FTS shadow table or full dump of
    the decrypted vault contains the marker (upper or lower case), and no page is free."""
    ids = add_people(admin, 3, marker=MARKER)
    for pid in ids:
        _age(admin, pid, LONG_AGO)
    _application(admin, ids[0], closed=True, moved=LONG_AGO)
    _age(admin, ids[0], LONG_AGO)
    _, before = _raw_rows(admin)
    assert any(MARKER.encode() in b or MARKER.lower().encode() in b for b in before)
    done = retention.purge_closed(admin, months=24, now=NOW)
    assert len(done.file_numbers) == 3 and done.free_pages == 0
    _, after = _raw_rows(admin)
    for blob in after:
        assert MARKER.encode() not in blob and MARKER.lower().encode() not in blob
    with admin.transaction() as db:
        assert db.scalar(select(Person).limit(1)) is None
        assert audit.verify(db).ok


def test_cli_retention_dry_run_then_purge(tmp_path, monkeypatch, capsys):
    """Fault: the command purges when asked only to look. Promise: --dry-run (and no action) list and
    change nothing; --purge purges the listed files and says so; JSON output for scripts."""
    from db.vault import Vault

    path = tmp_path / "cli.sanad"
    session, _ = Vault.create(path, admin_username="admin", admin_password=ADMIN_PASSWORD, language="en")
    ids = add_people(session, 2, marker=MARKER)
    for pid in ids:
        _age(session, pid, LONG_AGO)
    session.vault.close()
    monkeypatch.setenv("SANAD_PASSWORD", ADMIN_PASSWORD)
    assert main(["retention", "--older-than", "12", "--purge", "--dry-run", "--json", "--vault", str(path)]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["dry_run"] and [f["file_number"] for f in listed["files"]] == ["MOS-2026-00001", "MOS-2026-00002"]
    assert main(["retention", "--older-than", "12", "--vault", str(path)]) == 0
    assert "2 closed files without movement for 12 months" in capsys.readouterr().out
    assert main(["retention", "--older-than", "12", "--purge", "--reason", "test", "--vault", str(path)]) == 0
    assert "Purged 2 closed files" in capsys.readouterr().out
    assert main(["retention", "--older-than", "12", "--json", "--vault", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["files"] == []


def test_batches_and_shared_households(admin, monkeypatch):
    """Fault: a batch purge removes a household someone still lives in, or loses files between
    batches. Promise: a household stays while anyone is left in it and goes with its last member;
    purging in several batches (here 2 ids per batch) purges every file once."""
    monkeypatch.setattr(retention, "CHUNK", 2)
    ids = add_people(admin, 5, marker=MARKER)
    with admin.transaction() as db:
        shared = db.get(Person, ids[0]).household_id
        db.execute(update(Person).where(Person.id.in_(ids[1:3])).values(household_id=shared))
    for pid in ids:
        _age(admin, pid, LONG_AGO)
    done = retention.purge(admin, [ids[0], ids[3], ids[4], ids[1]], months=24, now=NOW)
    assert sorted(done.file_numbers) == ["MOS-2026-00001", "MOS-2026-00002", "MOS-2026-00004", "MOS-2026-00005"]
    with admin.transaction() as db:
        assert db.get(Household, shared) is not None  # the third person still lives there
        assert db.scalar(select(text("count(*)")).select_from(RetentionRecord)) == 4
    retention.purge(admin, [ids[2]], months=24, now=NOW)
    with admin.transaction() as db:
        assert db.get(Household, shared) is None
        assert db.scalar(select(Person).limit(1)) is None
        assert audit.verify(db).ok
