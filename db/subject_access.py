"""Everything the office holds about one person, for a subject-access request (security case D4):
their record, their household's, every row of every table that refers to them (found through the
schema's foreign keys, so tables added later are included without changing this module), the
audit entries about them, written to a JSON or Excel file in one step that is audited.

Other people appear only as the file number at the other end of a link, never with their names or
data; the sensitive profile only for users who may see it.
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Table, and_, or_, select
from sqlalchemy.orm import Session

from db import audit, files, names
from db.errors import NoSuchRecord, ValidationError
from db.files import ExportFolderNotWritable, ExportNotWritten  # noqa: F401 - where callers find them
from db.i18n import QT_TRANSLATE_NOOP
from db.models import AuditEntry, Base, Household, Person
from db.permissions import Action
from db.session import UserSession
from exports.xlsx import cell_text, set_cell

FORMATS = ("json", "xlsx")
AUDIT_ACTION = "export_subject_access"

# Columns that hold other people's data or ids that may since belong to someone else: the merge
# snapshot is the removed record's whole row and the rows that moved; the removed id is given
# back on undo and reused otherwise.
NEVER_EXPORTED = {("person_merge", "snapshot"), ("person_merge", "merged_id")}

# A row recorded on another person's file that points at this person (their relation to this
# person, say) shows the file numbers at both ends and only these columns. Tables not named here
# show the file numbers alone: a new table says what else is safe to show before it is shown.
LINK_COLUMNS: dict[str, tuple[str, ...]] = {"relation": ("kind", "registered_kind")}

# Rows of other tables an exported row points at, named beside their number: the organisation a
# person was referred to, the staff member responsible.
LOOKUPS: dict[str, tuple[str, ...]] = {"organisation": ("name_ar", "name_en"), "app_user": ("username",)}

NOTICE_EN = (
    "This file is not encrypted. Hand it only to the person it is about, or delete it. "
    "Made by Sanad for a subject-access request."
)
NOTICE_AR = (
    "هذا الملف غير مشفّر. يُسلَّم إلى صاحب البيانات وحده أو يُحذف. "
    "أعدّه برنامج سند استجابةً لطلب اطّلاع على البيانات الشخصية."
)


# ---- what is collected -------------------------------------------------------------------------------


@dataclass
class Section:
    """Rows of one table (or the audit log) as column name -> value."""

    columns: list[str] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)
    withheld: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {"columns": self.columns, "rows": self.rows, "withheld": self.withheld}


def _person_links(table: Table) -> list[Column]:
    """The columns of `table` that hold a person's id."""
    person_id = Person.__table__.c.id
    return [fk.parent for fk in table.foreign_keys if fk.column is person_id]


def _owner(table: Table, links: list[Column]) -> Column | None:
    """The column saying whose record a row is: `person_id`, or the only link to a person."""
    if "person_id" in table.c and table.c.person_id in links:
        return table.c.person_id
    return links[0] if len(links) == 1 else None


def tables_about_people() -> list[Table]:
    """Every table with a foreign key to person.id (the person table itself aside)."""
    person = Person.__table__
    return [t for t in Base.metadata.sorted_tables if t is not person and _person_links(t)]


def _sensitive_tables() -> set[str]:
    return {
        mapper.local_table.name
        for mapper in Base.registry.mappers
        if getattr(mapper.class_, "__sensitive__", None) and isinstance(mapper.local_table, Table)
    }


def _single_key(table: Table) -> Column | None:
    keys = list(table.primary_key.columns)
    return keys[0] if len(keys) == 1 else None


def _row_key(table: Table, row: dict[str, Any]) -> tuple:
    return tuple(row[c.name] for c in table.primary_key.columns)


def _chunks(values: list[Any], size: int = 500) -> Iterator[list[Any]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


@dataclass
class _Found:
    table: Table
    own: dict[tuple, dict[str, Any]] = field(default_factory=dict)  # rows that are this person's
    links: dict[tuple, dict[str, Any]] = field(default_factory=dict)  # other people's rows pointing here


def _find_rows(db: Session, person_id: int, withheld: set[str]) -> dict[str, _Found]:
    found: dict[str, _Found] = {}
    for table in tables_about_people():
        entry = found.setdefault(table.name, _Found(table))
        if table.name in withheld:
            continue
        links = _person_links(table)
        owner = _owner(table, links)
        for row in db.execute(select(table).where(or_(*(c == person_id for c in links)))).mappings():
            row = dict(row)
            mine = owner is not None and row[owner.name] == person_id
            (entry.own if mine else entry.links)[_row_key(table, row)] = row
    # Rows hanging off this person's rows (a consent's scopes, an application's hearings...),
    # as deep as they go. Only from their own rows: never into another person's; and not into
    # tables that name their person themselves (found above: a row there pointing at this
    # person's row may be someone else's). Tables hanging off a withheld table are withheld too.
    changed = True
    while changed:
        changed = False
        for table in Base.metadata.sorted_tables:
            if table is Person.__table__ or table.name in withheld:
                continue
            for fk in table.foreign_keys:
                parent = found.get(fk.column.table.name)
                if parent is None or fk.column is not _single_key(parent.table):
                    continue
                if parent.table.name in withheld:
                    withheld.add(table.name)
                    found.setdefault(table.name, _Found(table)).own.clear()
                    found[table.name].links.clear()
                    changed = True
                    break
                if _person_links(table):
                    continue
                parent_keys = [key[0] for key in parent.own]
                entry = found.setdefault(table.name, _Found(table))
                for chunk in _chunks(parent_keys):
                    for row in db.execute(select(table).where(fk.parent.in_(chunk))).mappings():
                        key = _row_key(table, row)
                        if key not in entry.own:
                            entry.own[key] = dict(row)
                            changed = True
    return found


def _sort_key(key: tuple) -> tuple:
    return tuple((0, v, "") if isinstance(v, int | float) else (1, 0, str(v)) for v in key)


def _lookup_target(column: Column) -> Table | None:
    targets = [fk.column.table for fk in column.foreign_keys if fk.column.table.name in LOOKUPS]
    return targets[0] if len(targets) == 1 else None


def _stem(column: str) -> str:
    return column[:-3] if column.endswith("_id") else column


def _section(table: Table, found: _Found, file_numbers: dict[int, str],
             lookups: dict[str, dict[Any, Any]]) -> Section:
    links = {c.name for c in _person_links(table)}
    shown = [c for c in table.columns if (table.name, c.name) not in NEVER_EXPORTED]
    named = {c.name: _lookup_target(c) for c in shown if _lookup_target(c) is not None}
    columns: list[str] = []
    for column in shown:
        if column.name in links:
            columns.append(f"{_stem(column.name)}_file_number")
        else:
            columns.append(column.name)
            if column.name in named:
                columns += [f"{_stem(column.name)}_{field}" for field in LOOKUPS[named[column.name].name]]
    link_columns = set(LINK_COLUMNS.get(table.name, ())) | links
    section = Section(columns=columns)
    for own, rows in ((True, found.own), (False, found.links)):
        for key in sorted(rows, key=_sort_key):
            row = rows[key]
            out: dict[str, Any] = {}
            for column in shown:
                name, value = column.name, row[column.name]
                if not own and name not in link_columns:
                    continue
                if name in links:
                    out[f"{_stem(name)}_file_number"] = file_numbers.get(value) if value is not None else None
                    continue
                out[name] = value
                if name in named:
                    target = named[name].name
                    for field_name in LOOKUPS[target]:
                        out[f"{_stem(name)}_{field_name}"] = lookups[target].get(value, {}).get(field_name)
            section.rows.append(out)
    return section


def _lookups(db: Session, found: dict[str, _Found]) -> dict[str, dict[Any, Any]]:
    """Names of the rows in LOOKUPS that this person's rows point at, by table and key."""
    wanted: dict[str, set[Any]] = {name: set() for name in LOOKUPS}
    tables: dict[str, Table] = {}
    for entry in found.values():
        for column in entry.table.columns:
            target = _lookup_target(column)
            if target is not None:
                tables[target.name] = target
                wanted[target.name] |= {row[column.name] for row in entry.own.values()} - {None}
    result: dict[str, dict[Any, Any]] = {name: {} for name in LOOKUPS}
    for name, table in tables.items():
        key = _single_key(table)
        if key is None:
            continue
        for chunk in _chunks(sorted(wanted[name], key=str)):
            rows = db.execute(select(key, *(table.c[f] for f in LOOKUPS[name])).where(key.in_(chunk))).mappings()
            result[name].update({row[key.name]: dict(row) for row in rows})
    return result


def _columns_of(row: Any) -> dict[str, Any]:
    return {c.name: getattr(row, c.key) for c in row.__table__.columns}


def _parse_ts(ts: str) -> dt.datetime:
    return dt.datetime.strptime(ts, "%Y-%m-%dT%H:%M:%S.%fZ")


def _audit_section(db: Session, person: Person, hidden_entities: set[str]) -> Section:
    """Entries about the person record and entries sealed under the person's audit key (their
    documents, consents, relations...), with values opened. Entries older than the record are
    left out: ids of deleted people can be given again, and those entries were about someone else."""
    entity_id = str(person.id)
    subject = ["person", entity_id]
    marker = json.dumps({"subject": subject}, ensure_ascii=False)[1:-1]  # '"subject": ["person", "7"]'
    query = (
        select(AuditEntry)
        .where(or_(and_(AuditEntry.entity == "person", AuditEntry.entity_id == entity_id),
                   AuditEntry.details.contains(marker, autoescape=True)))
        .order_by(AuditEntry.seq)
    )
    section = Section(columns=["seq", "when", "user", "action", "entity", "entity_id", "details"])
    for entry in db.scalars(query):
        raw = json.loads(entry.details or "{}")
        about_record = entry.entity == "person" and entry.entity_id == entity_id
        if not about_record and raw.get("subject") != subject:
            continue
        if person.created_at is not None and _parse_ts(entry.ts) < person.created_at:
            continue
        if entry.entity in hidden_entities:
            continue
        section.rows.append({
            "seq": entry.seq, "when": _parse_ts(entry.ts), "user": entry.username, "action": entry.action,
            "entity": entry.entity, "entity_id": entry.entity_id,
            "details": audit.readable_details(db, entry.entity, entry.entity_id, entry.details),
        })
    return section


def _collect(db: Session, session: UserSession, person_id: int) -> tuple[dict[str, Any], bool]:
    person = db.get(Person, person_id)
    if person is None:
        raise NoSuchRecord(person_id)
    sensitive = _sensitive_tables()
    may_see_sensitive = session.may(Action.VIEW_SENSITIVE)
    withheld = set() if may_see_sensitive else sensitive
    found = _find_rows(db, person_id, withheld)

    wanted = {person_id}
    for entry in found.values():
        for column in _person_links(entry.table):
            wanted |= {row[column.name] for row in (*entry.own.values(), *entry.links.values())}
    wanted.discard(None)
    file_numbers: dict[int, str] = {}
    for chunk in _chunks(sorted(wanted)):
        rows = db.execute(select(Person.id, Person.file_number).where(Person.id.in_(chunk)))
        file_numbers.update({row.id: row.file_number for row in rows})

    lookups = _lookups(db, found)
    records: dict[str, Any] = {}
    for name in (t.name for t in Base.metadata.sorted_tables if t.name in found):
        if name in withheld:
            section = Section(withheld=True)
        else:
            section = _section(found[name].table, found[name], file_numbers, lookups)
        records[name] = section.as_dict()
    household = db.get(Household, person.household_id) if person.household_id is not None else None
    data = {
        "about": {
            "file_number": person.file_number,
            "exported_at": dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0),
            "exported_by": session.user.username,
            "withheld": sorted(withheld),
            "notice_en": NOTICE_EN,
            "notice_ar": NOTICE_AR,
        },
        "person": _columns_of(person),
        "household": _columns_of(household) if household is not None else None,
        "records": records,
        "audit": _audit_section(db, person, withheld).as_dict(),
    }
    included = may_see_sensitive and any(found[name].own or found[name].links for name in sensitive if name in found)
    return data, included


def _audit_export(db: Session, session: UserSession, data: dict[str, Any], person_id: int, fmt: str,
                  sensitive_included: bool) -> None:
    if sensitive_included:
        audit.append(db, session.user.actor, "view_sensitive", "person", person_id)
    audit.append(db, session.user.actor, AUDIT_ACTION, "person", person_id,
                 {"file_number": data["about"]["file_number"], "format": fmt,
                  "sensitive": sensitive_included})


def everything_about(session: UserSession, person_id: int) -> dict[str, Any]:
    """All the office holds about one person, as plain values (dates as dates). Needs the export
    permission; the sensitive profile only with the sensitive permission (otherwise listed under
    about/withheld, without its values). Audited as an export with format "data"."""
    session.require(Action.EXPORT)
    with session.transaction() as db:
        data, included = _collect(db, session, person_id)
        _audit_export(db, session, data, person_id, "data", included)
    return data


def normalised_file_number(text: str) -> str:
    """A file number as stored, from one typed with digits in any script and any letter case."""
    return names.normalise_digits(names.clean_text(text)).upper()


def person_by_file_number(session: UserSession, file_number: str) -> int:
    """The id of the person with this file number (digits in any script, any letter case)."""
    session.require(Action.VIEW_PEOPLE)
    wanted = normalised_file_number(file_number)
    with session.transaction() as db:
        person_id = db.scalar(select(Person.id).where(Person.file_number == wanted))
    if person_id is None:
        raise NoSuchRecord(file_number)
    return person_id


def suggested_file_name(session: UserSession, person_id: int, fmt: str) -> str:
    """subject-access-<file number>.<fmt>: no name in a file name others may see."""
    session.require(Action.VIEW_PEOPLE)
    with session.transaction() as db:
        file_number = db.scalar(select(Person.file_number).where(Person.id == person_id))
    if file_number is None:
        raise NoSuchRecord(person_id)
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in file_number)
    return f"subject-access-{safe}.{fmt}"


def format_for(path: Path, fmt: str | None = None) -> str:
    """The format a path asks for: its suffix, which must agree with `fmt` when given."""
    suffix = path.suffix.lower().lstrip(".")
    if fmt is None:
        fmt = suffix
    if fmt not in FORMATS or suffix != fmt:
        raise ValidationError("path", QT_TRANSLATE_NOOP(
            "SanadError", "Choose a file name ending in .json or .xlsx, matching the format."))
    return fmt


def export_to_file(session: UserSession, person_id: int, path: Path, fmt: str | None = None) -> Path:
    """Write everything about one person to `path` (.json or .xlsx) and audit it, as one step:
    the file is made beside its final place and moved there only after the audit entry is
    committed, so a failure leaves neither a file nor an entry."""
    session.require(Action.EXPORT)
    path = Path(path)
    fmt = format_for(path, fmt)
    with files.staged(path) as temp:
        with session.transaction() as db:
            data, included = _collect(db, session, person_id)
            WRITERS[fmt](data, temp)
            _audit_export(db, session, data, person_id, fmt, included)
        files.place(temp, path)
    return path


# ---- writing files ------------------------------------------------------------------------------------


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, decimal.Decimal):
        return str(value)
    raise TypeError(f"cannot write {type(value).__name__} to JSON")


def _produce_json(data: dict[str, Any], temp: Path) -> None:
    with open(temp, "w", encoding="utf-8", newline="\n") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1, default=_json_value)
        handle.write("\n")


def write_json(data: dict[str, Any], path: Path) -> Path:
    """UTF-8 JSON (Arabic as letters, not escapes), written atomically: the old file or the
    complete new one, never half of it."""
    return files.atomic(path, lambda temp: _produce_json(data, temp))


# Headers of the workbook, in both languages whatever the window's language: the file goes to
# the person, not to the user who made it. Columns of tables added later without a label here
# get their column name.
LABELS: dict[str, tuple[str, str]] = {
    # about
    "exported_at": ("Exported at (UTC)", "تاريخ التصدير (بالتوقيت العالمي)"),
    "exported_by": ("Exported by", "صدّره المستخدم"),
    "withheld": ("Sections withheld", "أقسام محجوبة"),
    "notice_en": ("Notice", "تنبيه (بالإنجليزية)"),
    "notice_ar": ("Notice (Arabic)", "تنبيه"),
    # person and household
    "id": ("Internal number", "الرقم الداخلي"),
    "household_id": ("Household internal number", "الرقم الداخلي للأسرة"),
    "file_number": ("File number", "رقم الملف"),
    "first_name": ("First name", "الاسم"),
    "father_name": ("Father's name", "اسم الأب"),
    "grandfather_name": ("Grandfather's name", "اسم الجد"),
    "family_name": ("Family or tribal name", "اللقب"),
    "mother_name": ("Mother's full name", "اسم الأم الثلاثي"),
    "name_latin": ("Name in Latin letters", "الاسم بالأحرف اللاتينية"),
    "sex": ("Sex", "الجنس"),
    "birth_date": ("Date of birth", "تاريخ الميلاد"),
    "birth_precision": ("Date of birth known to", "دقة تاريخ الميلاد"),
    "relationship_to_head": ("Relationship to the head of household", "الصلة برب الأسرة"),
    "phone": ("Phone", "الهاتف"),
    "phone2": ("Second phone", "الهاتف الثاني"),
    "father_unknown": ("Father unknown", "الأب غير معروف"),
    "place_of_birth": ("Place of birth", "مكان الولادة"),
    "marital_status": ("Marital status", "الحالة الزوجية"),
    "nationality_status": ("Nationality", "الجنسية"),
    "wg_seeing": ("Difficulty seeing", "صعوبة في الرؤية"),
    "wg_hearing": ("Difficulty hearing", "صعوبة في السمع"),
    "wg_walking": ("Difficulty walking", "صعوبة في المشي"),
    "wg_remembering": ("Difficulty remembering", "صعوبة في التذكر أو التركيز"),
    "wg_selfcare": ("Difficulty with self-care", "صعوبة في العناية الذاتية"),
    "wg_communicating": ("Difficulty communicating", "صعوبة في التواصل"),
    "school_enrolment": ("School enrolment", "الالتحاق بالمدرسة"),
    "search_key": ("Name as searched", "الاسم كما يُبحث عنه"),
    "latin_key": ("Latin name as searched", "الاسم اللاتيني كما يُبحث عنه"),
    "archived_at": ("Archived at", "تاريخ الأرشفة"),
    "created_at": ("Created at", "تاريخ الإنشاء"),
    "updated_at": ("Last changed at", "تاريخ آخر تعديل"),
    "version": ("Version", "رقم النسخة"),
    "current_pcode": ("Current place (p-code)", "مكان السكن الحالي (الرمز)"),
    "origin_pcode": ("Place of origin (p-code)", "المنطقة الأصلية (الرمز)"),
    "registry_record_no": ("Civil registry record number", "رقم السجل"),
    "registry_page_no": ("Civil registry page number", "رقم الصحيفة"),
    "registry_office": ("Civil status office", "دائرة الأحوال المدنية"),
    "registry_governorate": ("Civil registry governorate", "محافظة السجل المدني"),
    "governorate": ("Governorate", "المحافظة"),
    "district": ("District", "القضاء"),
    "sub_district": ("Sub-district", "الناحية"),
    "neighbourhood": ("Neighbourhood", "المحلة"),
    "landmark": ("Landmark", "أقرب نقطة دالة"),
    "displacement_status": ("Displacement status", "حالة النزوح"),
    # records
    "person_file_number": ("Person's file number", "رقم ملف الشخص"),
    "related_person_file_number": ("Related person's file number", "رقم ملف الشخص القريب"),
    "doc_type": ("Document type", "نوع الوثيقة"),
    "number": ("Number", "الرقم"),
    "issue_date": ("Date issued", "تاريخ الإصدار"),
    "copy_seen": ("Copy seen", "اطُّلع على نسخة"),
    "kind": ("Relationship", "صلة القرابة"),
    "registered_kind": ("Relationship as registered", "صلة القرابة في السجل المدني"),
    "given_by": ("Given by", "مقدّم الموافقة"),
    "guardian_name": ("Guardian's name", "اسم الولي"),
    "given_on": ("Given on", "تاريخ الموافقة"),
    "withdrawn_on": ("Withdrawn on", "تاريخ سحب الموافقة"),
    "notes": ("Notes", "ملاحظات"),
    "import_run_id": ("Import number", "رقم عملية الاستيراد"),
    "source_row": ("Row in the imported spreadsheet", "السطر في الجدول المستورد"),
    "consent_id": ("Consent number", "رقم الموافقة"),
    "scope": ("Covers", "تشمل"),
    "agency": ("Agency", "الجهة"),
    "perceived_affiliation": ("Perceived affiliation", "انتماء مُتصوَّر"),
    "detained_relative": ("Relative detained", "قريب محتجز"),
    "gbv_disclosure": ("Gender-based violence disclosed", "إفصاح عن عنف قائم على النوع الاجتماعي"),
    "threats": ("Threats received", "تلقّي تهديدات"),
    "person_a_file_number": ("File number", "رقم الملف"),
    "person_b_file_number": ("Other file number", "رقم الملف الآخر"),
    "kept_file_number": ("Kept file number", "رقم الملف المُبقى"),
    "merged_file_number": ("Merged file number", "رقم الملف المدموج"),
    "merged_at": ("Merged at", "تاريخ الدمج"),
    "merged_by": ("Merged by", "دمجه المستخدم"),
    "undone_at": ("Merge undone at", "تاريخ التراجع عن الدمج"),
    "undone_by": ("Merge undone by", "تراجع عنه المستخدم"),
    # casework and referrals
    "owner_id": ("Responsible staff member (number)", "الموظف المسؤول (الرقم)"),
    "owner_username": ("Responsible staff member", "الموظف المسؤول"),
    "state": ("State", "الحالة"),
    "held_from": ("State before it was put on hold", "الحالة قبل التعليق"),
    "authority": ("Authority", "الجهة المختصة"),
    "authority_office": ("Authority's office", "الدائرة"),
    "court": ("Court", "المحكمة"),
    "case_number": ("Case number", "رقم الدعوى"),
    "fee_amount": ("Fee (Iraqi dinars)", "الرسوم (بالدينار العراقي)"),
    "fee_paid": ("Fee paid", "دُفعت الرسوم"),
    "fee_receipt": ("Fee receipt", "وصل الرسوم"),
    "obstacles": ("Obstacles", "العوائق"),
    "obstacle_note": ("About the obstacles", "ملاحظة عن العوائق"),
    "next_action": ("Next step", "الخطوة التالية"),
    "next_action_due": ("Next step due", "موعد الخطوة التالية"),
    "outcome": ("Outcome", "النتيجة"),
    "outcome_reason": ("Reason for the outcome", "سبب النتيجة"),
    "opened_on": ("Opened on", "تاريخ الفتح"),
    "closed_on": ("Closed on", "تاريخ الإغلاق"),
    "last_moved_at": ("Last step at", "تاريخ آخر خطوة"),
    "application_id": ("Application number", "رقم المعاملة"),
    "text": ("Item", "البند"),
    "done": ("Done", "أُنجز"),
    "position": ("Order", "الترتيب"),
    "at": ("At", "الوقت"),
    "user_id": ("Staff member (number)", "الموظف (الرقم)"),
    "username": ("Staff member", "الموظف"),
    "application_event.kind": ("Event", "نوع الحدث"),
    "from_state": ("From", "من حالة"),
    "to_state": ("To", "إلى حالة"),
    "reason": ("Reason", "السبب"),
    "depends_on_id": ("Waits for application number", "تنتظر المعاملة رقم"),
    "held_on": ("Held on", "تاريخ الجلسة"),
    "judge": ("Judge", "القاضي"),
    "next_hearing_on": ("Next hearing on", "موعد الجلسة التالية"),
    "reference": ("Reference", "رقم الإحالة"),
    "referral_id": ("Referral number", "رقم الإحالة الداخلي"),
    "service": ("Service", "الخدمة"),
    "organisation_id": ("Organisation (number)", "الجهة (الرقم)"),
    "organisation_name_ar": ("Organisation", "الجهة"),
    "organisation_name_en": ("Organisation (English name)", "اسم الجهة بالإنجليزية"),
    "focal_point": ("Focal point", "مسؤول الاتصال"),
    "urgency": ("Urgency", "درجة الاستعجال"),
    "sent_on": ("Sent on", "تاريخ الإرسال"),
    "follow_up_due": ("Follow-up due", "موعد المتابعة"),
    "answered_on": ("Answered on", "تاريخ الرد"),
    "on": ("On", "بتاريخ"),
    "note": ("Note", "ملاحظة"),
    # letters (db/models_letters.py)
    "letter.reference": ("Letter number", "عدد الكتاب"),
    "year": ("Year", "السنة"),
    "letter.seq": ("Running number", "الرقم المتسلسل"),
    "issued_on": ("Issued on", "تاريخ الإصدار"),
    "issued_at": ("Issued at", "وقت الإصدار"),
    "template_key": ("Letter template", "قالب الكتاب"),
    "template_version": ("Template version", "إصدار القالب"),
    "lang": ("Language", "اللغة"),
    "data": ("Data printed", "البيانات المطبوعة"),
    "verification": ("Verification code", "رمز التحقق"),
    "pdf": ("Letter (PDF)", "الكتاب (PDF)"),
    "issued_by": ("Issued by", "أصدره المستخدم"),
    "cancelled_at": ("Cancelled at", "تاريخ الإلغاء"),
    "cancelled_by": ("Cancelled by", "ألغاه المستخدم"),
    "cancel_reason": ("Reason for cancelling", "سبب الإلغاء"),
    # audit
    "seq": ("Entry", "رقم القيد"),
    "when": ("When (UTC)", "الوقت (بالتوقيت العالمي)"),
    "user": ("User", "المستخدم"),
    "action": ("Action", "الإجراء"),
    "entity": ("Record type", "نوع السجل"),
    "entity_id": ("Record number", "رقم السجل"),
    "details": ("Details", "التفاصيل"),
    # sheet headers
    "field": ("Field", "الحقل"),
    "value": ("Value", "القيمة"),
    "no_rows": ("No records.", "لا توجد سجلات."),
    "withheld_note": (
        "Withheld: your role does not allow seeing sensitive fields.",
        "محجوب: صلاحيتك لا تسمح بالاطلاع على البيانات الحساسة.",
    ),
}



def label(key: str, section: str = "") -> tuple[str, str]:
    """(English, Arabic) header of a column, by "section.column" first, then by column."""
    return LABELS.get(f"{section}.{key}") or LABELS.get(key) or (key, key)


def _text_for_excel(value: Any) -> str:
    if isinstance(value, bytes | bytearray | memoryview):
        value = f"({len(value)} bytes: in the JSON export)"
    return cell_text(value, " … (continues in the JSON export)")


def _set(cell: Any, value: Any) -> None:
    if isinstance(value, dict | list | tuple):
        value = json.dumps(value, ensure_ascii=False, sort_keys=True, default=_json_value)
    set_cell(cell, value, " … (continues in the JSON export)")


def _sheet_title(key: str, taken: set[str]) -> str:
    title = "".join("_" if ch in '[]:*?/\\' else ch for ch in key)[:31] or "sheet"
    base, n = title, 2
    while title.lower() in taken:
        suffix = f"_{n}"
        title, n = base[:31 - len(suffix)] + suffix, n + 1
    taken.add(title.lower())
    return title


def _produce_xlsx(data: dict[str, Any], temp: Path, right_to_left: bool) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    workbook = Workbook()
    workbook.remove(workbook.active)
    taken: set[str] = set()

    def sheet(key: str):
        ws = workbook.create_sheet(_sheet_title(key, taken))
        ws.sheet_view.rightToLeft = right_to_left
        return ws

    def vertical(key: str, values: dict[str, Any]) -> None:
        ws = sheet(key)
        headers = (label("field")[1], label("field")[0], f"{label('value')[1]} · {label('value')[0]}")
        for col, text in enumerate(headers, start=1):
            _set(ws.cell(row=1, column=col), text)
            ws.cell(row=1, column=col).font = bold
        for row, (name, value) in enumerate(values.items(), start=2):
            english, arabic = label(name, key)
            _set(ws.cell(row=row, column=1), arabic)
            _set(ws.cell(row=row, column=2), english)
            _set(ws.cell(row=row, column=3), value)
            ws.cell(row=row, column=3).alignment = wrap
        for col, width in ((1, 34), (2, 34), (3, 60)):
            ws.column_dimensions[get_column_letter(col)].width = width
        ws.freeze_panes = "A2"

    def table(key: str, section: dict[str, Any]) -> None:
        ws = sheet(key)
        if section.get("withheld"):
            english, arabic = label("withheld_note")
            _set(ws.cell(row=1, column=1), arabic)
            _set(ws.cell(row=2, column=1), english)
            return
        columns = section["columns"]
        for col, name in enumerate(columns, start=1):
            english, arabic = label(name, key)
            for row, text in ((1, arabic), (2, english)):
                _set(ws.cell(row=row, column=col), text)
                ws.cell(row=row, column=col).font = bold
            ws.column_dimensions[get_column_letter(col)].width = max(14, min(50, len(english) + 4))
        for row, values in enumerate(section["rows"], start=3):
            for col, name in enumerate(columns, start=1):
                _set(ws.cell(row=row, column=col), values.get(name))
        if not section["rows"]:
            english, arabic = label("no_rows")
            _set(ws.cell(row=3, column=1), f"{arabic} · {english}")
        ws.freeze_panes = "A3"

    vertical("about", data["about"])
    vertical("person", data["person"])
    if data.get("household") is not None:
        vertical("household", data["household"])
    for name, section in data["records"].items():
        table(name, section)
    table("audit", data["audit"])
    workbook.save(temp)


def write_xlsx(data: dict[str, Any], path: Path, *, right_to_left: bool = True) -> Path:
    """An Excel workbook, one sheet per section, headers in Arabic and English, right-to-left
    sheets (the person reads Arabic), dates as dates, no formulas; written atomically."""
    return files.atomic(path, lambda temp: _produce_xlsx(data, temp, right_to_left))


WRITERS: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "json": _produce_json,
    "xlsx": lambda data, temp: _produce_xlsx(data, temp, True),
}

