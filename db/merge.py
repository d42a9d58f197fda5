"""Merging two records of one person into one, and undoing it.

    merge_preview(session, a_id, b_id)            what staff compare: every field, what moves
    merge_people(session, keep, other, choices,   one transaction: chosen values onto the kept
                 versions=(v_keep, v_other))      record, every linked row moved, the other removed
    undo_merge(session, merge_id)                 the removed record back, with the same file number
    recent_merges(session, limit)                 for the duplicates page

Linked rows are found from the schema, not from a list in this module: every foreign key to
person.id (`person_references`) is followed, so tables added later (applications, referrals)
move too. Four shapes need more than an UPDATE, and are handled by shape or by name:

* a table whose primary key is the person (the sensitive profile): one row per person, so the
  two rows are combined column by column (flags OR-ed, texts joined, otherwise the kept one's);
* `relation`: a link between the two merged records is dropped (it would point at itself), and a
  link the kept record already has (same people, same real and registered kind) is not doubled;
* `not_same_person`: pairs are re-keyed (smaller id first), the pair of the two merged records
  is dropped (the merge overrules it), a pair already recorded is not doubled;
* any other row whose move breaks a unique key refuses the whole merge (MergeConflict).

The merge is written to `person_merge` with a JSON snapshot: the removed person's whole row, the
kept person's values before and after, the keys of every moved row, and every dropped or
combined row in full (so the snapshot may hold sensitive values; it lives in the vault and goes
with the kept person if that person is ever purged, by the foreign key's cascade).

Undoing, and what happens when something changed after the merge (nothing is lost silently):

* The removed person comes back with the same id and file number. If SQLite has given that id to
  a newer record meanwhile (it reuses the highest id once that row is gone), the person comes back
  under a new id; the file number, which staff see, is always the same.
* Moved rows go back by their keys, with any edits made to them since. A row deleted since the
  merge stays deleted (somebody deleted it, and that is in the audit log); a row someone attached
  to a third person since stays there. Both are counted in the result so the window can say so.
* Dropped rows come back (with a new id if theirs was taken); a row whose other person no longer
  exists cannot, and is counted.
* The kept person's fields: a field that still holds the value the merge gave it goes back to its
  value before the merge; a field edited since keeps the edit (the removed person gets its own
  value back anyway), and is named in the result. The combined sensitive profile follows the same
  rule column by column.
* Rows added to the kept person after the merge stay with the kept person.
* Refused, with nothing changed: a merge already undone; a kept record that was itself merged
  into another later (undo that merge first); the removed record's file number given to another
  record since.

Moved rows keep their updated_at and version: moving a row to the person it always described is
not an edit of the row (a form open on one is not told), and undo gives it back exactly.

Rows are moved with Core statements, so the ORM hook does not log each one; the explicit "merge"
and "unmerge" audit entries name both file numbers (no names) and the ids of every moved row. The
kept person's changes, the removal and the restoring of the other go through the ORM and are
logged (sealed) like any edit.
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy.exc
from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Table,
    and_,
    delete,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from db import audit
from db.errors import NoSuchRecord, SanadError, ValidationError
from db.i18n import QT_TRANSLATE_NOOP
from db.models import Base, Household, Location, NotSamePerson, Person, PersonMerge, Relation
from db.permissions import Action
from db.session import UserSession

__all__ = [
    "EDIT_LABELS",
    "LINK_LABELS",
    "MERGE_FIELDS",
    "FieldDiff",
    "MergeAlreadyUndone",
    "MergeConflict",
    "MergeField",
    "MergePreview",
    "MergeResult",
    "MergeSummary",
    "PersonSide",
    "RecordChangedSincePreview",
    "UndoBlocked",
    "UndoResult",
    "link_label",
    "merge_people",
    "merge_preview",
    "person_references",
    "recent_merges",
    "undo_merge",
]

SNAPSHOT_FORMAT = 1


# ---- errors ------------------------------------------------------------------------------------


class RecordChangedSincePreview(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError",
        "The record %1 was changed after you compared the two records. Nothing was merged: compare "
        "them again to see the change.",
    )


class MergeConflict(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError",
        "These two records cannot be merged automatically: both have an entry in \"%1\" that cannot be "
        "combined. Nothing was changed.",
    )


class MergeAlreadyUndone(SanadError):
    text = QT_TRANSLATE_NOOP("SanadError", "This merge was already undone (%1, by %2). Nothing was changed.")


class UndoBlocked(SanadError):
    """Undo would lose or confuse data: the text says why; nothing was changed."""


SAME_RECORD = QT_TRANSLATE_NOOP("SanadError", "A record cannot be merged with itself.")
BAD_CHOICE = QT_TRANSLATE_NOOP("SanadError", "Unknown field or choice in the merge: %1.")
KEPT_MERGED_LATER = QT_TRANSLATE_NOOP(
    "SanadError",
    "The kept record %1 was itself merged into %2 after this merge. Undo that merge first. Nothing "
    "was changed.",
)
FILE_NUMBER_TAKEN = QT_TRANSLATE_NOOP(
    "SanadError",
    "The file number %1 now belongs to another record, so this merge cannot be undone. Nothing was "
    "changed.",
)


# ---- the fields staff compare --------------------------------------------------------------------


@dataclass(frozen=True)
class MergeField:
    """One row of the comparison: some fields are several columns that only make sense together
    (a date and its precision, the four parts of the civil-registry record)."""

    key: str
    label: str  # English source text, context "Merge"
    columns: tuple[str, ...]


def _f(key: str, label: str, *columns: str) -> MergeField:
    return MergeField(key, label, columns or (key,))


MERGE_FIELDS: tuple[MergeField, ...] = (
    _f("first_name", QT_TRANSLATE_NOOP("Merge", "First name")),
    _f("father_name", QT_TRANSLATE_NOOP("Merge", "Father's name"), "father_name", "father_unknown"),
    _f("grandfather_name", QT_TRANSLATE_NOOP("Merge", "Grandfather's name")),
    _f("family_name", QT_TRANSLATE_NOOP("Merge", "Family name")),
    _f("mother_name", QT_TRANSLATE_NOOP("Merge", "Mother's full name")),
    _f("name_latin", QT_TRANSLATE_NOOP("Merge", "Name in Latin letters")),
    _f("sex", QT_TRANSLATE_NOOP("Merge", "Sex")),
    _f("birth", QT_TRANSLATE_NOOP("Merge", "Date of birth"), "birth_date", "birth_precision"),
    _f("place_of_birth", QT_TRANSLATE_NOOP("Merge", "Place of birth")),
    _f("marital_status", QT_TRANSLATE_NOOP("Merge", "Marital status")),
    _f("nationality_status", QT_TRANSLATE_NOOP("Merge", "Nationality")),
    _f("phone", QT_TRANSLATE_NOOP("Merge", "Phone")),
    _f("phone2", QT_TRANSLATE_NOOP("Merge", "Second phone")),
    _f("wg_seeing", QT_TRANSLATE_NOOP("Merge", "Difficulty seeing")),
    _f("wg_hearing", QT_TRANSLATE_NOOP("Merge", "Difficulty hearing")),
    _f("wg_walking", QT_TRANSLATE_NOOP("Merge", "Difficulty walking")),
    _f("wg_remembering", QT_TRANSLATE_NOOP("Merge", "Difficulty remembering")),
    _f("wg_selfcare", QT_TRANSLATE_NOOP("Merge", "Difficulty with self-care")),
    _f("wg_communicating", QT_TRANSLATE_NOOP("Merge", "Difficulty communicating")),
    _f("school_enrolment", QT_TRANSLATE_NOOP("Merge", "School")),
    _f("registry", QT_TRANSLATE_NOOP("Merge", "Civil registry record"),
       "registry_record_no", "registry_page_no", "registry_office", "registry_governorate"),
    _f("current_pcode", QT_TRANSLATE_NOOP("Merge", "Lives in")),
    _f("origin_pcode", QT_TRANSLATE_NOOP("Merge", "Comes from")),
    _f("household", QT_TRANSLATE_NOOP("Merge", "Household"), "household_id", "relationship_to_head"),
)
FIELDS_BY_KEY = {f.key: f for f in MERGE_FIELDS}
# Not chosen by staff, but set by the merge and put back by its undo: the merged person is open
# (not archived) if either record was, and known to the office since the earlier registration.
_DERIVED = ("archived_at", "created_at")
_KEPT_COLUMNS = tuple(c for f in MERGE_FIELDS for c in f.columns) + _DERIVED + ("updated_at", "version")

_PRECISION_RANK = {"exact": 4, "month": 3, "year": 2, "about": 1}

# What the window calls the rows that move, by table; other tables get LINK_OTHER with their name.
LINK_LABELS = {
    "document_held": QT_TRANSLATE_NOOP("Merge", "Documents held"),
    "relation": QT_TRANSLATE_NOOP("Merge", "Related people"),
    "consent": QT_TRANSLATE_NOOP("Merge", "Consents (with what they cover)"),
    "sensitive_profile": QT_TRANSLATE_NOOP("Merge", "Sensitive profile"),
    "not_same_person": QT_TRANSLATE_NOOP("Merge", "Records marked \"not the same person\""),
    "person_merge": QT_TRANSLATE_NOOP("Merge", "Earlier merges into this record"),
}
LINK_OTHER = QT_TRANSLATE_NOOP("Merge", "Other linked records (%1)")


# What UndoResult.kept_edits names: fields, the columns a merge sets itself, combined tables.
EDIT_LABELS = {
    **{f.key: f.label for f in MERGE_FIELDS},
    "archived_at": QT_TRANSLATE_NOOP("Merge", "Archived"),
    "created_at": QT_TRANSLATE_NOOP("Merge", "Registered on"),
    **LINK_LABELS,
}


def link_label(table: str) -> tuple[str, tuple[str, ...]]:
    """(English source text in context "Merge", its %1 arguments) for a table's rows."""
    if table in LINK_LABELS:
        return LINK_LABELS[table], ()
    return LINK_OTHER, (table,)


def _richness(merge_field: MergeField, values: tuple) -> int:
    """How much a field says, for the suggested choice: a value beats none, a father's name beats
    "father unknown", an exact date beats a year, a fuller registry record beats a partial one."""
    if merge_field.key == "father_name":
        name, unknown = values
        return 2 if name else 1 if unknown else 0
    if merge_field.key == "birth":
        born, precision = values
        return 0 if born is None else _PRECISION_RANK.get(precision, 0)
    if merge_field.key == "registry":
        return sum(1 for v in values if v)
    return 0 if values[0] in (None, "") else 1


# ---- the preview -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonSide:
    id: int
    file_number: str
    full_name: str
    version: int
    created_at: dt.datetime
    values: dict[str, Any]  # column -> value, for every column of MERGE_FIELDS
    links: dict[str, int]  # table -> rows (or, for links between people, the people) linked


@dataclass(frozen=True)
class FieldDiff:
    key: str
    label: str
    a: tuple
    b: tuple

    @property
    def differs(self) -> bool:
        return self.a != self.b


@dataclass(frozen=True)
class MergePreview:
    a: PersonSide
    b: PersonSide
    fields: tuple[FieldDiff, ...]
    households: dict[int, tuple[str, str, str]]  # id -> (neighbourhood, district, landmark)
    places: dict[str, tuple[str, str]]  # p-code -> (Arabic name, English name)
    marked_not_same: bool  # staff once said these two are different people

    def side(self, person_id: int) -> PersonSide:
        if person_id == self.a.id:
            return self.a
        if person_id == self.b.id:
            return self.b
        raise KeyError(person_id)

    def other(self, keep_id: int) -> PersonSide:
        return self.b if self.side(keep_id) is self.a else self.a

    @property
    def differing(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields if f.differs)

    @property
    def suggested_keep(self) -> int:
        """The record registered first (its file number is the older one)."""
        return min((self.a, self.b), key=lambda s: (s.created_at, s.id)).id

    def suggested_choices(self, keep_id: int) -> dict[str, str]:
        """Field -> "keep" or "other": the value that says more wins; on a tie, the kept record's."""
        kept_is_a = self.side(keep_id) is self.a
        choices = {}
        for diff in self.fields:
            mine, theirs = (diff.a, diff.b) if kept_is_a else (diff.b, diff.a)
            better = _richness(FIELDS_BY_KEY[diff.key], theirs) > _richness(FIELDS_BY_KEY[diff.key], mine)
            choices[diff.key] = "other" if diff.differs and better else "keep"
        return choices

    def versions(self, keep_id: int) -> tuple[int, int]:
        """What merge_people's `versions` must be, for this preview, keeping `keep_id`."""
        return self.side(keep_id).version, self.other(keep_id).version

    def moving(self, keep_id: int) -> dict[str, int]:
        """The removed record's linked rows, which move to the kept one (tables with none left out)."""
        return {table: count for table, count in self.other(keep_id).links.items() if count}


def person_references(metadata: MetaData = Base.metadata) -> dict[str, tuple[str, ...]]:
    """Every table with a foreign key to person.id, and its columns that hold one."""
    person = Person.__table__
    found: dict[str, tuple[str, ...]] = {}
    for table in metadata.sorted_tables:
        columns = sorted({fk.parent.name for fk in table.foreign_keys
                          if fk.references(person) and fk.column.name == "id"})
        if columns and table is not person:
            found[table.name] = tuple(columns)
    return found


def _tables() -> list[tuple[Table, tuple[str, ...]]]:
    metadata = Base.metadata
    return [(metadata.tables[name], columns) for name, columns in person_references(metadata).items()]


def _model_of(table: Table) -> type | None:
    for mapper in Base.registry.mappers:
        if mapper.local_table is table:
            return mapper.class_
    return None


def _is_sensitive(table: Table) -> bool:
    model = _model_of(table)
    return bool(model is not None and getattr(model, "__sensitive__", None))


def _links(db: Session, person_id: int, *, show_sensitive: bool) -> dict[str, int]:
    links = {}
    for table, columns in _tables():
        if _is_sensitive(table) and not show_sensitive:
            continue  # its very existence is not shown to someone who may not see it
        where = or_(*(table.c[c] == person_id for c in columns))
        if len(columns) == 1:
            links[table.name] = len(db.execute(select(*table.primary_key.columns).where(where)).all())
        else:
            # A link between people: count the people linked (a relation is stored both ways).
            partners = set()
            for row in db.execute(select(*(table.c[c] for c in columns)).where(where)):
                partners.update(v for v in row if v != person_id)
            links[table.name] = len(partners)
    return links


def _full_name(person: Person) -> str:
    parts = (person.first_name, person.father_name, person.grandfather_name, person.family_name)
    return " ".join(p for p in parts if p)


def merge_preview(session: UserSession, a_id: int, b_id: int) -> MergePreview:
    """Both records side by side, the fields that differ, and the linked rows of each."""
    session.require(Action.VIEW_PEOPLE)
    if a_id == b_id:
        raise SanadError(text=SAME_RECORD)
    show_sensitive = session.may(Action.VIEW_SENSITIVE)
    with session.transaction() as db:
        sides = []
        for pid in (a_id, b_id):
            person = db.get(Person, pid)
            if person is None:
                raise NoSuchRecord(pid)
            sides.append(PersonSide(
                id=person.id, file_number=person.file_number, full_name=_full_name(person),
                version=person.version, created_at=person.created_at,
                values={c: getattr(person, c) for f in MERGE_FIELDS for c in f.columns},
                links=_links(db, pid, show_sensitive=show_sensitive),
            ))
        a, b = sides
        household_ids = {s.values["household_id"] for s in sides} - {None}
        households = {
            h.id: (h.neighbourhood, h.district, h.landmark)
            for h in db.scalars(select(Household).where(Household.id.in_(household_ids)))
        }
        pcodes = {s.values[c] for s in sides for c in ("current_pcode", "origin_pcode")} - {None, ""}
        places = {
            loc.pcode: (loc.name_ar, loc.name_en)
            for loc in db.scalars(select(Location).where(Location.pcode.in_(pcodes)))
        }
        low, high = sorted((a_id, b_id))
        marked = db.get(NotSamePerson, (low, high)) is not None
    fields = tuple(
        FieldDiff(f.key, f.label, tuple(a.values[c] for c in f.columns), tuple(b.values[c] for c in f.columns))
        for f in MERGE_FIELDS
    )
    return MergePreview(a, b, fields, households, places, marked)


# ---- rows as JSON (the snapshot) ---------------------------------------------------------------------


def _to_json(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value


def _from_json(column, value: Any) -> Any:
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return dt.date.fromisoformat(value)
    if isinstance(kind, LargeBinary):
        return base64.b64decode(value)
    if isinstance(kind, Numeric):
        return decimal.Decimal(value)
    if isinstance(kind, Boolean):
        return bool(value)
    return value


def _encode(row: dict[str, Any]) -> dict[str, Any]:
    return {name: _to_json(value) for name, value in row.items()}


def _decode(table: Table, data: dict[str, Any]) -> dict[str, Any]:
    return {name: _from_json(table.c[name], value) for name, value in data.items() if name in table.c}


def _pk(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    return {c.name: row[c.name] for c in table.primary_key.columns}


def _where_pk(table: Table, pk: dict[str, Any]):
    return and_(*(table.c[name] == value for name, value in pk.items()))


def _row(db: Session, table: Table, pk: dict[str, Any]) -> dict[str, Any] | None:
    found = db.execute(select(table).where(_where_pk(table, pk))).mappings().first()
    return dict(found) if found is not None else None


# ---- moving linked rows ----------------------------------------------------------------------------------


@dataclass
class _Journal:
    """What the merge did to linked rows, in the snapshot's JSON form."""

    moved: dict[str, list[dict]] = field(default_factory=dict)  # {"pk": after the move, "columns": [...]}
    dropped: dict[str, list[dict]] = field(default_factory=dict)  # whole rows as they were
    inserted: dict[str, list[dict]] = field(default_factory=dict)  # keys of rows the merge added
    combined: dict[str, list[dict]] = field(default_factory=dict)  # {"pk", "before": row|None, "after": row}

    def add(self, kind: str, table: Table, entry: dict) -> None:
        getattr(self, kind).setdefault(table.name, []).append(entry)

    def counts(self, kind: str) -> dict[str, int]:
        return {table: len(rows) for table, rows in getattr(self, kind).items()}


def _remap(row: dict[str, Any], columns: Iterable[str], old: int, new: int) -> dict[str, Any]:
    return {**row, **{c: new for c in columns if row[c] == old}}


def _linked_rows(db: Session, table: Table, columns: tuple[str, ...], person_id: int) -> list[dict[str, Any]]:
    where = or_(*(table.c[c] == person_id for c in columns))
    return [dict(r) for r in db.execute(select(table).where(where).order_by(*table.primary_key.columns)).mappings()]


def _as_it_was(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    """Columns a Core UPDATE would stamp anew (updated_at), kept as they are: moving a row to the
    person it always described is not an edit of the row, and undo must give it back unchanged."""
    return {c.name: row[c.name] for c in table.columns if c.onupdate is not None}


def _drop(db: Session, journal: _Journal, table: Table, row: dict[str, Any]) -> None:
    db.execute(delete(table).where(_where_pk(table, _pk(table, row))))
    journal.add("dropped", table, _encode(row))


def _move_rows(
    db: Session, journal: _Journal, table: Table, columns: tuple[str, ...], keep: int, other: int
) -> None:
    for row in _linked_rows(db, table, columns, other):
        changed = [c for c in columns if row[c] == other]
        try:
            db.execute(update(table).where(_where_pk(table, _pk(table, row)))
                       .values({**_as_it_was(table, row), **{c: keep for c in changed}}))
        except sqlalchemy.exc.IntegrityError as exc:
            raise MergeConflict(table.name) from exc
        journal.add("moved", table, {"pk": _encode(_pk(table, _remap(row, changed, other, keep))), "columns": changed})


def _move_relations(
    db: Session, journal: _Journal, table: Table, columns: tuple[str, ...], keep: int, other: int
) -> None:
    same = ("person_id", "related_person_id", "kind", "registered_kind")
    for row in _linked_rows(db, table, columns, other):
        moved = _remap(row, columns, other, keep)
        if moved["person_id"] == moved["related_person_id"]:
            _drop(db, journal, table, row)  # a link between the two records being merged
            continue
        twin = db.execute(
            select(table.c.id).where(*(table.c[c] == moved[c] for c in same), table.c.id != row["id"])
        ).first()
        if twin is not None:
            _drop(db, journal, table, row)  # the kept record has this link already
            continue
        changed = [c for c in columns if row[c] == other]
        db.execute(update(table).where(table.c.id == row["id"])
                   .values({**_as_it_was(table, row), **{c: keep for c in changed}}))
        journal.add("moved", table, {"pk": {"id": row["id"]}, "columns": changed})


def _move_not_same(
    db: Session, journal: _Journal, table: Table, columns: tuple[str, ...], keep: int, other: int
) -> None:
    for row in _linked_rows(db, table, columns, other):
        _drop(db, journal, table, row)
        a, b = sorted(_remap(row, columns, other, keep)[c] for c in ("person_a", "person_b"))
        if a == b:
            continue  # "not the same" pair of the two records: the merge overrules it
        pk = {"person_a": a, "person_b": b}
        if _row(db, table, pk) is None:
            db.execute(insert(table).values(pk))
            journal.add("inserted", table, pk)


def _combined_value(column, mine: Any, theirs: Any) -> Any:
    if isinstance(column.type, Boolean):
        return bool(mine) or bool(theirs)
    if isinstance(column.type, String):
        parts = [p for p in (mine, theirs) if p]
        return "\n\n".join(dict.fromkeys(parts)) if parts else mine
    return theirs if mine is None else mine


def _move_one_per_person(
    db: Session, journal: _Journal, table: Table, columns: tuple[str, ...], keep: int, other: int
) -> None:
    """A table keyed by the person (the sensitive profile): the two rows become one."""
    (column,) = columns
    theirs = _row(db, table, {column: other})
    if theirs is None:
        return
    mine = _row(db, table, {column: keep})
    _drop(db, journal, table, theirs)
    if mine is None:
        after = {**theirs, column: keep}
        db.execute(insert(table).values(after))
    else:
        after = {c.name: mine[c.name] if c.primary_key else _combined_value(c, mine[c.name], theirs[c.name])
                 for c in table.columns}
        db.execute(update(table).where(table.c[column] == keep).values(after))
    journal.add("combined", table, {"pk": {column: keep}, "before": None if mine is None else _encode(mine),
                                     "after": _encode(after)})


def _mover(table: Table, columns: tuple[str, ...]):
    if table.name == Relation.__tablename__:
        return _move_relations
    if table.name == NotSamePerson.__tablename__:
        return _move_not_same
    if len(columns) == 1 and [c.name for c in table.primary_key.columns] == list(columns):
        return _move_one_per_person
    return _move_rows


# ---- merging -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MergeResult:
    merge_id: int
    kept_id: int
    kept_file_number: str
    merged_id: int
    merged_file_number: str
    moved: dict[str, int]  # table -> rows now on the kept record
    dropped: dict[str, int]  # table -> rows not needed any more (kept in the snapshot for undo)


def _checked_choices(choices: dict[str, str]) -> dict[str, str]:
    for key, value in choices.items():
        if key not in FIELDS_BY_KEY or value not in ("keep", "other"):
            raise ValidationError("choices", BAD_CHOICE, f"{key}={value}")
    return {f.key: choices.get(f.key, "keep") for f in MERGE_FIELDS}


def _person_values(person: Person, columns: Iterable[str]) -> dict[str, Any]:
    return {c: getattr(person, c) for c in columns}


def merge_people(
    session: UserSession, keep_id: int, other_id: int, choices: dict[str, str], *, versions: tuple[int, int]
) -> MergeResult:
    """Merge `other_id` into `keep_id` in one transaction. `choices`: MERGE_FIELDS key -> "keep" or
    "other" (missing keys keep the kept record's value); `versions`: (kept, other) as the preview
    read them — if either record was saved since, nothing is merged (RecordChangedSincePreview)."""
    session.require(Action.EDIT_PEOPLE)
    if keep_id == other_id:
        raise SanadError(text=SAME_RECORD)
    choices = _checked_choices(choices)
    person_table = Person.__table__
    with session.transaction() as db:
        keep, other = db.get(Person, keep_id), db.get(Person, other_id)
        for pid, person in ((keep_id, keep), (other_id, other)):
            if person is None:
                raise NoSuchRecord(pid)
        for person, version in zip((keep, other), versions, strict=True):
            if person.version != version:
                raise RecordChangedSincePreview(person.file_number)
        kept_before = _person_values(keep, _KEPT_COLUMNS)
        removed = _row(db, person_table, {"id": other_id})
        journal = _Journal()
        for table, columns in _tables():
            _mover(table, columns)(db, journal, table, columns, keep_id, other_id)
        db.delete(other)
        db.flush()
        for merge_field in MERGE_FIELDS:
            if choices[merge_field.key] == "other":
                for column in merge_field.columns:
                    setattr(keep, column, removed[column])
        if removed["archived_at"] is None:
            keep.archived_at = None
        keep.created_at = min(keep.created_at, removed["created_at"])
        db.flush()
        snapshot = {
            "format": SNAPSHOT_FORMAT,
            "kept": {"id": keep_id, "file_number": keep.file_number, "choices": choices,
                     "before": _encode(kept_before), "after": _encode(_person_values(keep, _KEPT_COLUMNS))},
            "merged": _encode(removed),
            "moved": journal.moved, "dropped": journal.dropped,
            "inserted": journal.inserted, "combined": journal.combined,
        }
        record = PersonMerge(
            kept_id=keep_id, merged_id=other_id, merged_file_number=removed["file_number"],
            merged_by=session.user.username, snapshot=json.dumps(snapshot, ensure_ascii=False, sort_keys=True),
        )
        db.add(record)
        db.flush()
        audit.append(db, session.user.actor, "merge", "person", keep_id, {
            "merge_id": record.id, "kept": keep.file_number, "merged": removed["file_number"],
            "merged_id": other_id, "fields_from_merged": sorted(k for k, v in choices.items() if v == "other"),
            "moved": {t: [e["pk"] for e in rows] for t, rows in journal.moved.items()},
            "dropped": journal.counts("dropped"), "combined": journal.counts("combined"),
        })
        moved = journal.counts("moved")
        for table, rows in journal.combined.items():
            moved[table] = moved.get(table, 0) + len(rows)
        return MergeResult(record.id, keep_id, keep.file_number, other_id, removed["file_number"],
                           _shown(session, moved), _shown(session, journal.counts("dropped")))


# ---- undoing ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class UndoResult:
    merge_id: int
    restored_id: int  # the merged id again, unless SQLite had given it to a newer record
    restored_file_number: str
    kept_file_number: str
    moved_back: dict[str, int]
    deleted_since: dict[str, int]  # moved rows deleted after the merge: they stay deleted
    moved_elsewhere: dict[str, int]  # moved rows attached to a third person since: left there
    not_restored: dict[str, int]  # dropped rows whose other person no longer exists
    kept_edits: tuple[str, ...]  # MERGE_FIELDS keys (and columns of combined rows) edited since

    @property
    def complete(self) -> bool:
        return not (self.deleted_since or self.moved_elsewhere or self.not_restored or self.kept_edits)


def _restore_columns(current: dict, before: dict, after: dict, columns: Iterable[str]) -> tuple[dict, bool]:
    """Values to set: each column that still holds what the merge left goes back; returns
    (changes, whether any column was edited since — those keep the edit)."""
    columns = list(columns)
    if all(current[c] == after[c] for c in columns):
        return {c: before[c] for c in columns if current[c] != before[c]}, False
    return {}, any(before[c] != after[c] for c in columns)


def _insert_restored(db: Session, table: Table, row: dict[str, Any]) -> bool:
    """Put a dropped row back; a single integer key taken since gets a new one. False when the
    row cannot come back (a person it points at is gone, or the same row exists already)."""
    pk = _pk(table, row)
    if _row(db, table, pk) is not None:
        (first, *rest) = table.primary_key.columns
        if rest or first.foreign_keys or not isinstance(first.type, sqlalchemy.Integer):
            return True  # the same key is there already (a pair recorded again since)
        row = {k: v for k, v in row.items() if k not in pk}  # an id given to a newer row: a new one
    person = Person.__table__
    for fk in table.foreign_keys:
        if fk.references(person) and row.get(fk.parent.name) is not None:
            if db.execute(select(person.c.id).where(person.c.id == row[fk.parent.name])).first() is None:
                return False
    db.execute(insert(table).values(row))
    return True


def undo_merge(session: UserSession, merge_id: int) -> UndoResult:
    """Give the removed record back and move back what moved, in one transaction (see the module
    text for what happens to things changed since the merge)."""
    session.require(Action.EDIT_PEOPLE)
    person_table = Person.__table__
    tables = Base.metadata.tables
    with session.transaction() as db:
        record = db.get(PersonMerge, merge_id)
        if record is None:
            raise NoSuchRecord(merge_id)
        if record.undone_at is not None:
            raise MergeAlreadyUndone(record.undone_at.strftime("%d/%m/%Y %H:%M"), record.undone_by or "?")
        snap = json.loads(record.snapshot)
        kept_id = snap["kept"]["id"]
        keep = db.get(Person, kept_id)
        if record.kept_id != kept_id or keep is None:
            # A later merge removed the kept record and carried this merge's row along with it.
            into = db.get(Person, record.kept_id)
            raise UndoBlocked(snap["kept"]["file_number"], into.file_number if into else "?", text=KEPT_MERGED_LATER)
        merged = _decode(person_table, snap["merged"])
        taken = db.scalar(select(Person.id).where(Person.file_number == merged["file_number"]))
        if taken is not None:
            raise UndoBlocked(merged["file_number"], text=FILE_NUMBER_TAKEN)

        old_id = merged["id"]
        if db.get(Person, old_id) is not None:
            del merged["id"]  # SQLite gave the id to a newer record: the person comes back under a new one
        restored = Person(**merged)
        db.add(restored)
        db.flush()
        new_id = restored.id

        moved_back: dict[str, int] = {}
        deleted_since: dict[str, int] = {}
        elsewhere: dict[str, int] = {}
        for name, entries in snap["moved"].items():
            table = tables[name]
            for entry in entries:
                pk = _decode(table, entry["pk"])
                row = _row(db, table, pk)
                if row is None:
                    deleted_since[name] = deleted_since.get(name, 0) + 1
                    continue
                columns = [c for c in entry["columns"] if row[c] == kept_id]
                if not columns:
                    elsewhere[name] = elsewhere.get(name, 0) + 1
                    continue
                db.execute(update(table).where(_where_pk(table, pk))
                           .values({**_as_it_was(table, row), **{c: new_id for c in columns}}))
                moved_back[name] = moved_back.get(name, 0) + 1

        kept_edits: list[str] = []
        for name, entries in snap["combined"].items():
            table = tables[name]
            for entry in entries:
                pk = _decode(table, entry["pk"])
                current = _row(db, table, pk)
                after = _decode(table, entry["after"])
                if current is None:
                    continue  # deleted since: not brought back (somebody deleted it)
                if entry["before"] is None:
                    if current == after:
                        db.execute(delete(table).where(_where_pk(table, pk)))
                    else:
                        kept_edits.append(name)
                    continue
                before = _decode(table, entry["before"])
                changes, edited = {}, False
                for column in table.columns:
                    change, was_edited = _restore_columns(current, before, after, [column.name])
                    changes.update(change)
                    edited = edited or was_edited
                if changes:
                    db.execute(update(table).where(_where_pk(table, pk))
                               .values({**_as_it_was(table, current), **changes}))
                if edited:
                    kept_edits.append(name)

        for name, keys in snap["inserted"].items():
            table = tables[name]
            for pk in keys:
                db.execute(delete(table).where(_where_pk(table, _decode(table, pk))))

        not_restored: dict[str, int] = {}
        for name, rows in snap["dropped"].items():
            table = tables[name]
            for data in rows:
                row = _decode(table, data)
                row = {k: (new_id if v == old_id and k in _person_columns(table) else v) for k, v in row.items()}
                if not _insert_restored(db, table, row):
                    not_restored[name] = not_restored.get(name, 0) + 1

        kept_before = _decode(person_table, snap["kept"]["before"])
        kept_after = _decode(person_table, snap["kept"]["after"])
        unchanged_since = keep.version == kept_after["version"]
        current = _person_values(keep, _KEPT_COLUMNS)
        groups = [(f.key, f.columns) for f in MERGE_FIELDS] + [(c, (c,)) for c in _DERIVED]
        for key, columns in groups:
            changes, edited = _restore_columns(current, kept_before, kept_after, columns)
            for column, value in changes.items():
                setattr(keep, column, value)
            if edited:
                kept_edits.insert(0, key)
        if unchanged_since:
            # Nobody saved the kept record since: it becomes exactly what it was, version too, so a
            # form opened before the merge may still save.
            keep.updated_at = kept_before["updated_at"]
            keep.version = kept_before["version"]
        record.undone_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        record.undone_by = session.user.username
        db.flush()
        audit.append(db, session.user.actor, "unmerge", "person", new_id, {
            "merge_id": merge_id, "kept": keep.file_number, "restored": merged["file_number"],
            "restored_id": new_id, "merged_id": old_id, "moved_back": moved_back,
            "deleted_since": deleted_since, "moved_elsewhere": elsewhere, "not_restored": not_restored,
            "kept_edits": kept_edits,
        })
        hidden = set() if session.may(Action.VIEW_SENSITIVE) else {t.name for t, _c in _tables() if _is_sensitive(t)}
        return UndoResult(merge_id, new_id, merged["file_number"], keep.file_number, moved_back, deleted_since,
                          elsewhere, _shown(session, not_restored), tuple(k for k in kept_edits if k not in hidden))


def _shown(session: UserSession, counts: dict[str, int]) -> dict[str, int]:
    """Counts for the window: rows of sensitive tables only for users who may see them (the rows
    move either way)."""
    if session.may(Action.VIEW_SENSITIVE):
        return counts
    tables = Base.metadata.tables
    return {name: n for name, n in counts.items() if not (name in tables and _is_sensitive(tables[name]))}


def _person_columns(table: Table) -> set[str]:
    person = Person.__table__
    return {fk.parent.name for fk in table.foreign_keys if fk.references(person)}


# ---- the list of merges ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class MergeSummary:
    id: int
    kept_id: int
    kept_file_number: str
    kept_name: str
    merged_id: int
    merged_file_number: str
    merged_at: dt.datetime
    merged_by: str
    undone_at: dt.datetime | None
    undone_by: str

    @property
    def undone(self) -> bool:
        return self.undone_at is not None


def recent_merges(session: UserSession, limit: int = 50) -> list[MergeSummary]:
    """The newest merges first, undone ones too (marked), with the kept record as it is now."""
    session.require(Action.VIEW_PEOPLE)
    with session.transaction() as db:
        rows = db.execute(
            select(PersonMerge, Person).join(Person, Person.id == PersonMerge.kept_id)
            .order_by(PersonMerge.id.desc()).limit(max(1, limit))
        ).all()
        return [
            MergeSummary(m.id, m.kept_id, p.file_number, _full_name(p), m.merged_id, m.merged_file_number,
                         m.merged_at, m.merged_by, m.undone_at, m.undone_by)
            for m, p in rows
        ]
