"""D4: everything about one person for a subject-access request, and nothing about anyone else
(tested with two people sharing one four-part name, one household and a relation); R2: the
sensitive profile only with the permission; every export audited; files written atomically;
no formulas in the workbook."""

from __future__ import annotations

import datetime as dt
import errno
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    select,
)

from db import people, subject_access, users
from db.errors import DiskFull, NoSuchRecord, PermissionDenied, ValidationError
from db.models import AuditEntry, Base, Household, Person, PersonMerge
from db.permissions import Action
from db.vault import Vault
from tests.conftest import ADMIN_PASSWORD

PASSWORD = "subject-access-pass-1"
SHARED_NAME = {"first_name": "فاطمة", "father_name": "أحمد", "grandfather_name": "علي", "family_name": "الجبوري"}
# Text the workbook must keep as text: each would be a formula (or an error code) if typed into Excel.
FORMULAS = {"place_of_birth": "=1+1", "registry_office": '=HYPERLINK("http://x.test","open")',
            "registry_governorate": "+SUM(1,2)", "phone2": "-2+3"}
SNAPSHOT_MARKER = "SNAPSHOT~OTHER~RECORD"
# Person-table text columns that are codes too short for a marker or computed from the names.
NOT_MARKED = {"sex", "search_key", "latin_key", "file_number", *SHARED_NAME, *FORMULAS}


class Markers:
    """Unique strings for one person: 'Qa~07' never occurs inside 'Qb~..', base64 or hex."""

    def __init__(self, tag: str) -> None:
        self.tag, self.planted = tag, {}

    def __call__(self, where: str) -> str:
        value = f"{self.tag}~{len(self.planted):02d}"
        self.planted[where] = value
        return value


def _plain_value(column: Column, marker: Markers, where: str) -> Any:
    kind = column.type
    if isinstance(kind, String | Text):
        return marker(where)
    if isinstance(kind, DateTime):
        return dt.datetime(2025, 3, 4, 5, 6, 7)
    if isinstance(kind, Date):
        return dt.date(2024, 2, 29)
    if isinstance(kind, Boolean):
        return True
    if isinstance(kind, Integer):
        return 2
    if isinstance(kind, LargeBinary):
        return b"\x00\x01"
    raise AssertionError(f"extend _plain_value for {where} ({kind})")


MODELS = {m.local_table.name: m.class_ for m in Base.registry.mappers}


def fill_related_tables(db, me: int, other: int, marker: Markers) -> None:
    """A row with a marker in every text column of every table that refers to a person (and of
    the tables hanging off those rows), found through the schema like the export finds them:
    a table added later is filled too, or this fails naming it. Rows they point at in the
    export's LOOKUPS (an organisation, a staff member) are made or taken too."""
    from db.models import Organisation, User

    person_id = Person.__table__.c.id
    organisation = Organisation(name_ar=marker("organisation.name_ar"), name_en=marker("organisation.name_en"))
    db.add(organisation)
    db.flush()
    admin_id = db.scalar(select(User.id).where(User.username == "admin"))
    looked_up = {"organisation": organisation.id, "app_user": admin_id}
    made: dict[str, int] = {}
    for table in Base.metadata.sorted_tables:
        links = [fk for fk in table.foreign_keys if fk.column is person_id]
        parents = [fk for fk in table.foreign_keys if fk.column.table.name in made]
        if table.name in ("person", "household", *subject_access.LOOKUPS) or not (links or parents):
            continue
        values: dict[str, Any] = {}
        for column in table.columns:
            where = f"{table.name}.{column.name}"
            fks = list(column.foreign_keys)
            if fks and fks[0].column is person_id:
                owner = column.name == "person_id" or column.name == "kept_id" or column.name == "person_a"
                values[column.name] = me if owner else other
            elif fks and fks[0].column.table.name in made:
                values[column.name] = made[fks[0].column.table.name]
            elif fks and fks[0].column.table.name in looked_up:
                values[column.name] = looked_up[fks[0].column.table.name]
            elif fks and column.nullable:
                values[column.name] = None
            elif fks:
                raise AssertionError(f"extend fill_related_tables for {where}")
            elif column.primary_key and isinstance(column.type, Integer):
                continue
            elif table.name == "person_merge" and column.name == "snapshot":
                values[column.name] = SNAPSHOT_MARKER
            else:
                values[column.name] = _plain_value(column, marker, where)
        if table.name == "not_same_person" and me > other:
            continue  # one row for the pair (low, high), made by the first of them
        model = MODELS.get(table.name)
        if model is None:  # a plain table: no audit hook, like any Core insert
            key = db.execute(table.insert().values(**values)).inserted_primary_key
        else:  # through the ORM, so the audit log records it like a real edit
            row = model(**{model.__mapper__.get_property_by_column(table.c[k]).key: v for k, v in values.items()})
            db.add(row)
            db.flush()
            key = model.__mapper__.primary_key_from_instance(row)
        if len(table.primary_key.columns) == 1:
            made[table.name] = key[0]


@pytest.fixture
def twins(admin, vault_path):
    """Two people with the same four-part name in one household, related to each other, every
    text column of every table about them holding a marker of its own; users of three roles."""
    marks = {"a": Markers("Qa"), "b": Markers("Qb")}
    with admin.transaction() as db:
        household = Household(neighbourhood="الزنجيلي HOUSEHOLD~SHARED", landmark="=1+1", phone="07801234567")
        db.add(household)
        db.flush()
        ids = {}
        for key, number in (("a", "MOS-2026-00041"), ("b", "MOS-2026-00042")):
            marker = marks[key]
            person = Person(household_id=household.id, file_number=number, sex="F", birth_date=dt.date(1990, 5, 17),
                            **SHARED_NAME, **FORMULAS)
            for column in Person.__table__.columns:
                if column.name not in NOT_MARKED and isinstance(column.type, String | Text):
                    setattr(person, column.key, marker(f"person.{column.name}"))
            db.add(person)
            db.flush()
            ids[key] = person.id
        for me, other in (("a", "b"), ("b", "a")):
            fill_related_tables(db, ids[me], ids[other], marks[me])
    users.add_user(admin, "manager1", PASSWORD, role="manager", must_change_password=False)
    users.add_user(admin, "seer", PASSWORD, role="manager", can_view_sensitive=True, must_change_password=False)
    users.add_user(admin, "clerk", PASSWORD, role="staff", must_change_password=False)
    admin.vault.close()
    return ids, marks, {"a": "MOS-2026-00041", "b": "MOS-2026-00042"}


@pytest.fixture
def login(vault_path):
    opened = []

    def open_as(username: str, password: str = PASSWORD):
        for session in opened:
            session.vault.close()
        opened.clear()
        session = Vault.open(vault_path).unlock(username, password)
        opened.append(session)
        return session

    yield open_as
    for session in opened:
        session.vault.close()


def strings_in(value: Any, path: tuple = ()) -> list[tuple[tuple, str]]:
    """Every string in an export (keys too) with where it is."""
    if isinstance(value, dict):
        return [hit for k, v in value.items() for hit in [(path + (k,), str(k)), *strings_in(v, path + (k,))]]
    if isinstance(value, list | tuple):
        return [hit for i, v in enumerate(value) for hit in strings_in(v, path + (i,))]
    return [(path, value if isinstance(value, str) else json.dumps(value, default=str))]


def places_of(data: dict, needle: str) -> set[tuple]:
    """(section, table, column) of every string holding `needle`."""
    found = set()
    for path, text in strings_in(data):
        if needle in text:
            found.add((path[0], path[1] if path[0] == "records" else "", path[-1]))
    return found


def other_is_only_a_link(data: dict, other_marks: Markers, other_number: str) -> None:
    # The other person's own relation row shows what they are to this one (its kind columns);
    # everything else of theirs is absent. Their file number only at the other end of a link.
    link_columns = {"relation.kind", "relation.registered_kind"}
    for where, value in other_marks.planted.items():
        places = places_of(data, value)
        if where in link_columns:
            assert places == {("records", "relation", where.split(".")[1])}, (where, places)
        else:
            assert places == set(), (where, places)
    places = places_of(data, other_number)
    assert {("records", "relation", "related_person_file_number"), ("records", "relation", "person_file_number")} \
        <= places <= {("records", "relation", "related_person_file_number"),
                      ("records", "relation", "person_file_number"),
                      ("records", "not_same_person", "person_a_file_number"),
                      ("records", "not_same_person", "person_b_file_number")}, places
    assert places_of(data, SNAPSHOT_MARKER) == set()


def test_export_holds_every_value_of_one_twin_and_nothing_of_the_other(twins, login):
    ids, marks, numbers = twins
    session = login("seer")
    for me, other in (("a", "b"), ("b", "a")):
        data = subject_access.everything_about(session, ids[me])
        for where, value in marks[me].planted.items():
            assert places_of(data, value), f"{where} ({value}) missing from the export"
        other_is_only_a_link(data, marks[other], numbers[other])
        assert data["about"]["file_number"] == data["person"]["file_number"] == numbers[me]
        assert data["household"]["neighbourhood"] == "الزنجيلي HOUSEHOLD~SHARED"
        assert data["person"]["first_name"] == "فاطمة" and data["person"]["birth_date"] == dt.date(1990, 5, 17)
        assert data["about"]["withheld"] == []
        # Every column of the person row, as stored.
        assert set(data["person"]) == {c.name for c in Person.__table__.columns}


def test_every_table_about_people_is_exported(twins, login):
    ids, _marks, _numbers = twins
    data = subject_access.everything_about(login("seer"), ids["a"])
    about_people = {t.name for t in subject_access.tables_about_people()}
    assert about_people >= {"document_held", "relation", "consent", "sensitive_profile", "not_same_person",
                            "person_merge", "application", "referral"}
    hanging = set(about_people)
    while True:  # and every table whose rows hang off theirs, however deep
        more = {t.name for t in Base.metadata.sorted_tables
                for fk in t.foreign_keys if fk.column.table.name in hanging and t.name != "person"}
        if more <= hanging:
            break
        hanging |= more
    assert hanging - about_people >= {"consent_scope", "hearing", "application_event", "referral_event"}
    assert set(data["records"]) == hanging
    merge = data["records"]["person_merge"]
    assert set(merge["columns"]) == {"id", "kept_file_number", "merged_file_number", "merged_at", "merged_by",
                                     "undone_at", "undone_by"}
    assert merge["rows"][0]["merged_at"] == dt.datetime(2025, 3, 4, 5, 6, 7)


def test_every_column_has_an_english_and_an_arabic_header(twins, login):
    ids, _marks, _numbers = twins
    data = subject_access.everything_about(login("seer"), ids["a"])
    sections = {"about": list(data["about"]), "person": list(data["person"]), "household": list(data["household"]),
                "audit": data["audit"]["columns"], **{k: v["columns"] for k, v in data["records"].items()}}
    missing = [f"{section}.{column}" for section, columns in sections.items() for column in columns
               if subject_access.label(column, section) == (column, column)]
    assert missing == []
    arabic = {subject_access.label(c, s)[1] for s, columns in sections.items() for c in columns}
    assert all(any("\u0600" <= ch <= "\u06ff" for ch in text) for text in arabic)


def test_a_table_added_later_is_exported_without_changing_the_module(twins, login, vault_path):
    ids, _marks, numbers = twins
    hearing = Table("zz_hearing", Base.metadata, Column("id", Integer, primary_key=True),
                    Column("person_id", ForeignKey("person.id", ondelete="CASCADE")),
                    Column("witness_id", ForeignKey("person.id"), nullable=True),
                    Column("follows_id", ForeignKey("zz_hearing.id"), nullable=True), Column("court", Text))
    minute = Table("zz_hearing_minute", Base.metadata, Column("id", Integer, primary_key=True),
                   Column("hearing_id", ForeignKey("zz_hearing.id", ondelete="CASCADE")), Column("said", Text))
    # Hanging off the sensitive profile: withheld with it.
    profile_note = Table("zz_profile_note", Base.metadata, Column("id", Integer, primary_key=True),
                         Column("profile_id", ForeignKey("sensitive_profile.person_id")), Column("said", Text))
    try:
        session = login("admin", ADMIN_PASSWORD)
        with session.transaction() as db:
            for table in (hearing, minute, profile_note):
                table.create(db.connection())
            db.execute(profile_note.insert().values(profile_id=ids["a"], said="PROFILE~NOTE~a"))
            # b's hearing has a as a witness and follows a's hearing: a's export shows the link
            # to a, not b's hearing.
            for key, witness, follows in (("a", None, None), ("b", ids["a"], 1)):
                made = db.execute(hearing.insert().values(person_id=ids[key], witness_id=witness, follows_id=follows,
                                                          court=f"COURT~{key}"))
                db.execute(minute.insert().values(hearing_id=made.inserted_primary_key[0], said=f"SAID~{key}"))
        data = subject_access.everything_about(session, ids["a"])
        assert data["records"]["zz_hearing"]["rows"] == [
            {"id": 1, "person_file_number": numbers["a"], "witness_file_number": None, "follows_id": None,
             "court": "COURT~a"},
            {"person_file_number": numbers["b"], "witness_file_number": numbers["a"]},
        ]
        assert data["records"]["zz_hearing_minute"]["rows"] == [{"id": 1, "hearing_id": 1, "said": "SAID~a"}]
        assert "COURT~b" not in json.dumps(data, default=str) and "SAID~b" not in json.dumps(data, default=str)
        assert data["records"]["zz_profile_note"]["rows"][0]["said"] == "PROFILE~NOTE~a"

        data = subject_access.everything_about(login("manager1"), ids["a"])
        assert data["about"]["withheld"] == ["sensitive_profile", "zz_profile_note"]
        assert data["records"]["zz_profile_note"]["withheld"] and "PROFILE~NOTE" not in json.dumps(data, default=str)
        assert data["records"]["zz_hearing_minute"]["rows"] == [{"id": 1, "hearing_id": 1, "said": "SAID~a"}]
    finally:
        Base.metadata.remove(profile_note)
        Base.metadata.remove(minute)
        Base.metadata.remove(hearing)


def test_sensitive_profile_is_withheld_without_the_permission(twins, login):
    ids, marks, _numbers = twins
    sensitive = {v for k, v in marks["a"].planted.items() if k.startswith("sensitive_profile.")}
    assert sensitive
    data = subject_access.everything_about(login("manager1"), ids["a"])
    assert data["about"]["withheld"] == ["sensitive_profile"]
    assert data["records"]["sensitive_profile"] == {"columns": [], "rows": [], "withheld": True}
    text = json.dumps(data, default=str, ensure_ascii=False)
    assert not any(value in text for value in sensitive)
    assert "sensitive_profile" not in {row["entity"] for row in data["audit"]["rows"]}
    # Everything else is there.
    assert marks["a"].planted["consent.notes"] in text

    session = login("seer")
    data = subject_access.everything_about(session, ids["a"])
    row = data["records"]["sensitive_profile"]["rows"][0]
    assert row["notes"] == marks["a"].planted["sensitive_profile.notes"] and row["perceived_affiliation"] is True
    with session.transaction() as db:
        last_two = db.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(2)).all()
    assert [e.action for e in reversed(last_two)] == ["view_sensitive", "export_subject_access"]


def test_staff_may_not_export_and_the_refusal_is_audited(twins, login, tmp_path):
    ids, _marks, _numbers = twins
    session = login("clerk")
    with pytest.raises(PermissionDenied):
        subject_access.everything_about(session, ids["a"])
    with pytest.raises(PermissionDenied):
        subject_access.export_to_file(session, ids["a"], tmp_path / "out.json")
    assert not (tmp_path / "out.json").exists()
    with session.transaction() as db:
        last = db.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        assert (last.action, last.username, json.loads(last.details)) == (
            "permission_denied", "clerk", {"action": Action.EXPORT.value})


def test_every_export_is_audited_with_file_number_and_format_only(twins, login, tmp_path):
    ids, marks, numbers = twins
    session = login("manager1")
    subject_access.export_to_file(session, ids["a"], tmp_path / "a.xlsx")
    subject_access.export_to_file(session, ids["a"], tmp_path / "a.json")
    with session.transaction() as db:
        entries = db.scalars(select(AuditEntry).where(AuditEntry.action == "export_subject_access")
                             .order_by(AuditEntry.seq)).all()
    assert [(e.username, e.entity, e.entity_id, json.loads(e.details)) for e in entries] == [
        ("manager1", "person", str(ids["a"]), {"file_number": numbers["a"], "format": fmt, "sensitive": False})
        for fmt in ("xlsx", "json")
    ]
    assert not any(v in e.details for e in entries for v in marks["a"].planted.values())
    assert "فاطمة" not in "".join(e.details for e in entries)


def test_audit_section_lists_what_was_done_to_this_person_only(twins, login):
    ids, marks, _numbers = twins
    session = login("admin", ADMIN_PASSWORD)
    with session.transaction() as db:
        db.get(Person, ids["a"]).place_of_birth = "Qa~CHANGED"
        db.get(Person, ids["b"]).place_of_birth = "Qb~CHANGED"
    rows = subject_access.everything_about(session, ids["a"])["audit"]["rows"]
    change = next(r for r in rows if r["action"] == "update" and r["entity"] == "person")
    assert change["user"] == "admin" and isinstance(change["when"], dt.datetime)
    assert change["details"] == {"place_of_birth": ["=1+1", "Qa~CHANGED"]}
    assert "Qb~CHANGED" not in json.dumps(rows, default=str)
    # Entries sealed under the person's key (their documents, consents...) are opened.
    assert any(r["entity"] == "document_held" and r["details"]["number"] == marks["a"].planted["document_held.number"]
               for r in rows)


def test_a_reused_id_does_not_bring_the_earlier_persons_audit_entries(admin):
    with admin.transaction() as db:
        gone = Person(file_number="MOS-2026-00900", first_name="GONE~FIRST", sex="F", mother_name="GONE~MOTHER")
        db.add(gone)
        db.flush()
        gone_id = gone.id
    people.delete_person(admin, gone_id)
    # Sanad no longer gives an id twice (db/ids.py), but vaults made before that may hold a reused one.
    with admin.transaction() as db:
        new = Person(id=gone_id, file_number="MOS-2026-00901", first_name="NEW~FIRST", sex="M")
        db.add(new)
        db.flush()
        new_id = new.id
    assert new_id == gone_id
    rows = subject_access.everything_about(admin, new_id)["audit"]["rows"]
    text = json.dumps(rows, default=str, ensure_ascii=False)
    assert "NEW~FIRST" in text and "GONE~" not in text


def test_unknown_person_is_a_clear_error(admin):
    with pytest.raises(NoSuchRecord):
        subject_access.everything_about(admin, 4242)
    with pytest.raises(NoSuchRecord):
        subject_access.person_by_file_number(admin, "MOS-2026-09999")


def test_workbook_opens_with_values_dates_rtl_and_no_formulas(twins, login, tmp_path):
    ids, marks, numbers = twins
    path = subject_access.export_to_file(login("seer"), ids["a"], tmp_path / "a.xlsx")
    workbook = load_workbook(path)
    assert {"about", "person", "household", "relation", "consent", "consent_scope", "sensitive_profile",
            "audit"} <= set(workbook.sheetnames)
    texts = {ws.title: [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
             for ws in workbook}

    def sheets_with(value: str) -> set[str]:
        return {title for title, values in texts.items() if any(value in v for v in values)}

    for where, value in marks["a"].planted.items():
        assert sheets_with(value), where
    for where, value in marks["b"].planted.items():
        assert sheets_with(value) == ({"relation"} if where.startswith("relation.") else set()), where
    assert all(ws.sheet_view.rightToLeft for ws in workbook)
    person = {ws_row[1].value: ws_row[2] for ws_row in workbook["person"].iter_rows(min_row=2)}
    assert person["File number"].value == numbers["a"]
    assert person["Date of birth"].is_date and person["Date of birth"].value == dt.datetime(1990, 5, 17)
    for column, formula in FORMULAS.items():
        cell = person[subject_access.label(column)[0]]
        assert (cell.value, cell.data_type) == (formula, "s"), column
    landmark = {r[1].value: r[2] for r in workbook["household"].iter_rows(min_row=2)}["Landmark"]
    assert (landmark.value, landmark.data_type, landmark.quotePrefix) == ("=1+1", "s", True)
    consent = workbook["consent"]
    assert [c.value for c in consent[1]][:3] == ["الرقم الداخلي", "رقم ملف الشخص", "مقدّم الموافقة"]
    assert [c.value for c in consent[2]][:3] == ["Internal number", "Person's file number", "Given by"]
    assert consent["E3"].is_date  # given_on
    with zipfile.ZipFile(path) as archive:
        xml = "".join(archive.read(n).decode("utf-8") for n in archive.namelist() if n.startswith("xl/worksheets/"))
    assert "<f>" not in xml and "<f " not in xml


def test_workbook_says_what_was_withheld(twins, login, tmp_path):
    ids, marks, _numbers = twins
    path = subject_access.export_to_file(login("manager1"), ids["a"], tmp_path / "a.xlsx")
    workbook = load_workbook(path)
    assert "محجوب" in workbook["sensitive_profile"]["A1"].value
    assert "Withheld" in workbook["sensitive_profile"]["A2"].value
    sensitive = [v for k, v in marks["a"].planted.items() if k.startswith("sensitive_profile.")]
    with zipfile.ZipFile(path) as archive:
        raw = b"".join(archive.read(n) for n in archive.namelist()).decode("utf-8", "replace")
    assert not any(value in raw for value in sensitive)


def test_json_is_utf8_with_arabic_letters(twins, login, tmp_path):
    ids, marks, numbers = twins
    path = subject_access.export_to_file(login("seer"), ids["a"], tmp_path / "a.json")
    raw = path.read_bytes().decode("utf-8")
    assert "فاطمة" in raw and "\\u0641" not in raw
    data = json.loads(raw)
    assert data["person"]["file_number"] == numbers["a"] and data["person"]["birth_date"] == "1990-05-17"
    assert data["records"]["consent"]["rows"][0]["notes"] == marks["a"].planted["consent.notes"]


def test_a_failed_write_leaves_no_file_and_no_audit_entry(twins, login, tmp_path, monkeypatch):
    ids, _marks, _numbers = twins
    session = login("manager1")
    out = tmp_path / "out"
    out.mkdir()

    def half_then_full_disk(data, temp: Path) -> None:
        temp.write_bytes(b"PK\x03\x04 half a workbook")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setitem(subject_access.WRITERS, "xlsx", half_then_full_disk)
    with pytest.raises(DiskFull):
        subject_access.export_to_file(session, ids["a"], out / "a.xlsx")
    assert list(out.iterdir()) == []
    # An earlier file of the same name stays as it was.
    (out / "a.xlsx").write_bytes(b"earlier")
    with pytest.raises(DiskFull):
        subject_access.export_to_file(session, ids["a"], out / "a.xlsx")
    assert [p.name for p in out.iterdir()] == ["a.xlsx"] and (out / "a.xlsx").read_bytes() == b"earlier"
    with session.transaction() as db:
        assert db.scalar(select(AuditEntry).where(AuditEntry.action == "export_subject_access")) is None

    # The plain writers too: an error half-way leaves nothing.
    with pytest.raises(TypeError):
        subject_access.write_json({"big": "x" * 200_000, "bad": object()}, out / "b.json")
    import openpyxl

    def save_half(workbook, filename) -> None:
        Path(filename).write_bytes(b"PK\x03\x04 half")
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(openpyxl.Workbook, "save", save_half)
    data = subject_access.everything_about(session, ids["a"])
    with pytest.raises(subject_access.ExportNotWritten):
        subject_access.write_xlsx(data, out / "b.xlsx")
    assert [p.name for p in out.iterdir()] == ["a.xlsx"]


def test_a_missing_folder_or_wrong_name_is_a_clear_error(twins, login, tmp_path):
    ids, _marks, _numbers = twins
    session = login("manager1")
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(subject_access.ExportNotWritten) as error:
        subject_access.export_to_file(session, ids["a"], out / "no-such-folder" / "a.json")
    assert "no-such-folder" in str(error.value)
    for name, fmt in (("a.txt", None), ("a.json", "xlsx"), ("a", None)):
        with pytest.raises(ValidationError):
            subject_access.export_to_file(session, ids["a"], out / name, fmt)
    assert list(out.iterdir()) == []


def test_cli_subject_access(twins, vault_path, tmp_path, monkeypatch, capsys):
    from desktop.cli import main

    _ids, marks, numbers = twins
    monkeypatch.setenv("SANAD_PASSWORD", PASSWORD)
    out = tmp_path / "cli.json"
    # Arabic-Indic digits and lower case find the same file number.
    typed = numbers["a"].lower().replace("0", "٠").replace("4", "٤")
    assert main(["subject-access", typed, "--out", str(out), "--vault", str(vault_path), "--user", "manager1"]) == 0
    assert str(out) in capsys.readouterr().out
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["person"]["file_number"] == numbers["a"]
    assert data["records"]["document_held"]["rows"][0]["number"] == marks["a"].planted["document_held.number"]
    xlsx = tmp_path / "cli.xlsx"
    assert main(["subject-access", numbers["b"], "--out", str(xlsx), "--format", "xlsx", "--json",
                 "--vault", str(vault_path), "--user", "manager1"]) == 0
    assert json.loads(capsys.readouterr().out) == {"file": str(xlsx), "file_number": numbers["b"], "format": "xlsx"}
    assert load_workbook(xlsx)["person"]["C2"].value is not None
    # Wrong number, wrong role: exit 1 with one line, no file.
    assert main(["subject-access", "MOS-2026-09999", "--out", str(tmp_path / "x.json"),
                 "--vault", str(vault_path), "--user", "manager1"]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert main(["subject-access", numbers["a"], "--out", str(tmp_path / "y.json"),
                 "--vault", str(vault_path), "--user", "clerk"]) == 1
    assert "does not allow" in capsys.readouterr().err
    assert not (tmp_path / "x.json").exists() and not (tmp_path / "y.json").exists()


def test_merge_rows_show_the_merged_file_number_not_the_snapshot(admin):
    with admin.transaction() as db:
        kept = Person(file_number="MOS-2026-00010", first_name="KEPT", sex="F")
        db.add(kept)
        db.flush()
        db.add(PersonMerge(kept_id=kept.id, merged_id=77, merged_file_number="MOS-2025-00003", merged_by="admin",
                           snapshot=json.dumps({"first_name": "REMOVED~NAME"})))
        kept_id = kept.id
    rows = subject_access.everything_about(admin, kept_id)["records"]["person_merge"]["rows"]
    assert len(rows) == 1 and rows[0]["merged_file_number"] == "MOS-2025-00003"
    assert "snapshot" not in rows[0] and "merged_id" not in rows[0]
    assert "REMOVED~NAME" not in json.dumps(rows, default=str)


# ---- the window ------------------------------------------------------------------------------------------


@pytest.fixture
def dialogs(monkeypatch):
    """The warning (ask), errors and the 'saved' box, recorded instead of shown."""
    from PySide6.QtWidgets import QMessageBox

    import ui.subject_access as module

    shown: dict[str, list] = {"ask": [], "error": [], "saved": []}
    answer = {"ask": True}

    def fake_ask(parent, text, *, yes, no):
        shown["ask"].append(text)
        return answer["ask"]

    def fake_exec(box):
        shown["saved"].append(box.text() + "\n" + box.informativeText())
        return 0

    monkeypatch.setattr(module, "ask", fake_ask)
    monkeypatch.setattr(module, "show_error", lambda parent, text, details="": shown["error"].append(text))
    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown, answer


def _answer_file_dialog(qtbot, name: str | None, filter_index: int = 0) -> list:
    """Type `name` into Qt's save dialog when it opens (or cancel it); what the dialog offered."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog

    offered: list = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        offered.append((dialog.selectedFiles(), dialog.nameFilters(), dialog.testOption(
            QFileDialog.Option.DontUseNativeDialog)))
        if name is None:
            dialog.reject()
            return
        dialog.selectNameFilter(dialog.nameFilters()[filter_index])
        dialog.selectFile(name)
        dialog.accept()

    QTimer.singleShot(0, answer)
    return offered


def test_window_export_warns_then_writes_the_chosen_file(qapp, qtbot, twins, login, tmp_path, dialogs):
    from PySide6.QtWidgets import QWidget

    from ui.subject_access import export_subject_access

    ids, marks, numbers = twins
    shown, _answer = dialogs
    session = login("manager1")
    parent = QWidget()
    qtbot.addWidget(parent)
    out = tmp_path / "out"
    out.mkdir()
    # No suffix typed, JSON chosen as the type: the file gets .json.
    offered = _answer_file_dialog(qtbot, str(out / "for-her"), filter_index=1)
    written = export_subject_access(parent, session, ids["a"])
    assert written == out / "for-her.json"
    assert json.loads(written.read_text(encoding="utf-8"))["person"]["file_number"] == numbers["a"]
    assert "NOT encrypted" in shown["ask"][0] and "only to the person" in shown["ask"][0]
    suggested, filters, qt_dialog = offered[0]
    assert suggested[0].endswith(f"subject-access-{numbers['a']}.xlsx") and qt_dialog
    assert filters == ["Excel workbook (*.xlsx)", "JSON file (*.json)"]
    assert str(written) in shown["saved"][0] and "not encrypted" in shown["saved"][0]
    assert shown["error"] == []

    _answer_file_dialog(qtbot, str(out / "for-her.xlsx"))
    written = export_subject_access(parent, session, ids["a"])
    person = {row[1].value: row[2].value for row in load_workbook(written)["person"].iter_rows(min_row=2)}
    assert written == out / "for-her.xlsx" and person["Mother's full name"] == marks["a"].planted["person.mother_name"]


def test_window_export_cancelled_or_refused_writes_nothing(qapp, qtbot, twins, login, tmp_path, dialogs):
    from PySide6.QtWidgets import QWidget

    from ui.subject_access import export_subject_access

    ids, _marks, _numbers = twins
    shown, answer = dialogs
    parent = QWidget()
    qtbot.addWidget(parent)
    out = tmp_path / "out"
    out.mkdir()

    session = login("manager1")
    answer["ask"] = False  # "Cancel" at the warning
    assert export_subject_access(parent, session, ids["a"]) is None
    answer["ask"] = True
    _answer_file_dialog(qtbot, None)  # "Cancel" in the file dialog
    assert export_subject_access(parent, session, ids["a"]) is None
    # A folder that is not there: a clear message, no file.
    _answer_file_dialog(qtbot, str(out / "gone" / "x.xlsx"))
    assert export_subject_access(parent, session, ids["a"]) is None
    assert "could not write" in shown["error"][-1] and "gone" in shown["error"][-1]
    from PySide6.QtWidgets import QApplication

    assert QApplication.overrideCursor() is None  # the wait cursor is gone after a failure too
    with session.transaction() as db:
        assert db.scalar(select(AuditEntry).where(AuditEntry.action == "export_subject_access")) is None

    shown["ask"].clear()
    assert export_subject_access(parent, login("clerk"), ids["a"]) is None
    assert shown["ask"] == [] and "does not allow" in shown["error"][-1]
    assert list(out.iterdir()) == []
