"""Places as OCHA COD-AB p-codes (governorate IQG15, district IQG15Q05, sub-district IQG15Q05N04),
with Arabic and English names: imported from the COD-AB table an office downloads from HDX, and
extended by the office with places the table lacks.

Nothing is ever deleted: households and people keep the codes they were registered with, so a
place missing from a newer table is reported, and an office stops offering a place by making it
inactive. Office-added places get codes the COD-AB can never use (an X where OCHA writes Q or N,
see db/validation.py), so no future import can collide with them.

Reading the file is defensive (security cases X4-X7, in db/tabular.py shared with the people
import): the type comes from the bytes, not the name; zip members are checked before openpyxl sees
them; a declared sheet size is ignored; formulas are never evaluated; a cap on rows. Every refusal
is one translated message and nothing is written.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import audit, tabular
from db.errors import NoSuchRecord, ValidationError
from db.i18n import QT_TRANSLATE_NOOP, fill
from db.models import Location
from db.names import clean_text
from db.permissions import Action
from db.session import UserSession
from db.tabular import Cell, FileRefused
from db.validation import (
    COD_AB_DISTRICT_PCODE,
    COD_AB_GOVERNORATE_PCODE,
    COD_AB_SUB_DISTRICT_PCODE,
    OFFICE_PLACE_LETTER,
)

GOVERNORATE, DISTRICT, SUB_DISTRICT = 1, 2, 3
LEVELS = (GOVERNORATE, DISTRICT, SUB_DISTRICT)
SOURCE_COD_AB = "cod-ab"
SOURCE_OFFICE = "office"

SHIPPED_TABLE = "cod_ab_irq.csv"
MAX_ROWS = 50_000
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_COLUMNS = 60
MAX_NAME = 120
MAX_OFFICE_PLACES_PER_PARENT = 99

_COD_AB_SHAPES = {
    GOVERNORATE: COD_AB_GOVERNORATE_PCODE,
    DISTRICT: COD_AB_DISTRICT_PCODE,
    SUB_DISTRICT: COD_AB_SUB_DISTRICT_PCODE,
}

# --- Messages -------------------------------------------------------------------------------------

# Refusals shared with every import (db/tabular.py), named here as the tests and callers know them.
_EMPTY_FILE = tabular.EMPTY_FILE
_TOO_BIG = QT_TRANSLATE_NOOP(
    "SanadError", "The file is larger than %1 MB; a place table is far smaller. Nothing was imported."
)
_NOT_A_WORKBOOK = tabular.NOT_A_WORKBOOK
_ENCRYPTED = tabular.ENCRYPTED
_LEGACY_XLS = tabular.LEGACY_XLS
_MACROS = tabular.MACROS
_UNSAFE_ZIP = tabular.UNSAFE_ZIP
_NOT_TEXT = tabular.NOT_TEXT
_NO_COLUMNS = QT_TRANSLATE_NOOP(
    "SanadError",
    "No COD-AB columns were found (such as ADM1_PCODE, ADM1_AR, ADM1_EN, ADM2_PCODE ...). "
    "Nothing was imported.",
)
_TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "SanadError",
    "The file has more than %1 rows; a place table is far smaller. Nothing was imported.",
)

# Problems with one row (the row is skipped, the rest imported).
_BAD_CODE = QT_TRANSLATE_NOOP("SanadError", "%1 is not a COD-AB code for a %2.")
_NO_NAME_AR = QT_TRANSLATE_NOOP("SanadError", "%1 has no Arabic name.")
_NO_NAME_EN = QT_TRANSLATE_NOOP("SanadError", "%1 has no English name.")
_FORMULA = QT_TRANSLATE_NOOP(
    "SanadError", "A cell holds a formula (%1); p-codes and place names must be plain text."
)
_NOT_UNDER_PARENT = QT_TRANSLATE_NOOP("SanadError", "%1 cannot lie in %2: its code does not begin with %2.")
_NO_PARENT = QT_TRANSLATE_NOOP("SanadError", "%1 has no %2 code on its row.")
_UNKNOWN_PARENT = QT_TRANSLATE_NOOP("SanadError", "%1 lies in %2, which is neither in the file nor in Sanad.")
_CONFLICT = QT_TRANSLATE_NOOP(
    "SanadError", "%1 appears again with other names (%2 / %3); the first row's names were kept."
)
_LEVEL_NAMES = {
    GOVERNORATE: QT_TRANSLATE_NOOP("SanadError", "governorate"),
    DISTRICT: QT_TRANSLATE_NOOP("SanadError", "district"),
    SUB_DISTRICT: QT_TRANSLATE_NOOP("SanadError", "sub-district"),
}

# Office places.
_NAME_AR_REQUIRED = QT_TRANSLATE_NOOP("SanadError", "Write the place's Arabic name.")
_NAME_EN_REQUIRED = QT_TRANSLATE_NOOP("SanadError", "Write the place's English name.")
_NAME_TOO_LONG = QT_TRANSLATE_NOOP("SanadError", "A place name can be at most %1 characters.")
_NAME_FORMULA = QT_TRANSLATE_NOOP("SanadError", "A place name cannot begin with = + - or @.")
_NAME_TAKEN = QT_TRANSLATE_NOOP("SanadError", "There is already a place called %1 there.")
_TOO_DEEP = QT_TRANSLATE_NOOP(
    "SanadError", "Places go down to sub-districts; a place cannot be added inside the sub-district %1."
)
_PARENT_FULL = QT_TRANSLATE_NOOP("SanadError", "%1 already has %2 places added by the office, the most it can hold.")
_NO_SUCH_PLACE = QT_TRANSLATE_NOOP("SanadError", "There is no place with the code %1.")


ImportRefused = FileRefused  # the whole file was refused; nothing was written


# --- Values ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    pcode: str
    level: int
    parent_pcode: str | None
    name_ar: str
    name_en: str
    active: bool = True
    source: str = SOURCE_COD_AB

    def name(self, lang: str) -> str:
        """The name in `lang` ("ar" or "en"), or the other one when that is empty."""
        first, second = (self.name_ar, self.name_en) if lang == "ar" else (self.name_en, self.name_ar)
        return first or second or self.pcode

    @classmethod
    def from_model(cls, row: Location) -> Place:
        return cls(row.pcode, row.level, row.parent_pcode, row.name_ar, row.name_en, bool(row.active), row.source)


@dataclass(frozen=True)
class ImportProblem:
    """One row the import skipped or changed: `text` is a translatable source, `args` fill it."""

    row: int
    sheet: str
    text: str
    args: tuple[str, ...] = ()

    def __str__(self) -> str:
        where = f"{self.sheet} " if self.sheet else ""
        return f"{where}row {self.row}: {fill(self.text, *self.args)}"


@dataclass(frozen=True)
class Renamed:
    pcode: str
    old_ar: str
    old_en: str
    new_ar: str
    new_en: str


@dataclass
class ImportReport:
    dry_run: bool
    rows_read: int = 0
    added: list[Place] = field(default_factory=list)
    renamed: list[Renamed] = field(default_factory=list)
    unchanged: int = 0
    # COD-AB places in Sanad the file does not list: kept (records may use them), only reported.
    missing: list[str] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "dry_run": self.dry_run,
            "rows_read": self.rows_read,
            "added": [p.pcode for p in self.added],
            "renamed": [r.__dict__ for r in self.renamed],
            "unchanged": self.unchanged,
            "missing": self.missing,
            "problems": [{"row": p.row, "sheet": p.sheet, "problem": fill(p.text, *p.args)} for p in self.problems],
        }


def shipped_table() -> contextlib.AbstractContextManager[Path]:
    """The COD-AB table that ships with Sanad (db/data/cod_ab_irq.csv; see db/data/SOURCES.md), as
    a file path for import_cod_ab: `with shipped_table() as path: ...`."""
    return resources.as_file(resources.files("db").joinpath("data", SHIPPED_TABLE))


# --- Reading tables -------------------------------------------------------------------------------

_Cell = Cell


def _read_tables(path: Path) -> Iterator[tuple[str, int, list[Cell]]]:
    """(sheet name, row number, cells) for every row of every sheet, headers included."""
    return tabular.read_rows(
        Path(path), max_file_bytes=MAX_FILE_BYTES, too_big=_TOO_BIG, too_big_args=(MAX_FILE_BYTES // (1024 * 1024),),
        max_columns=MAX_COLUMNS,
    )


# --- Columns --------------------------------------------------------------------------------------

_HEADER_PART = re.compile(r"[^a-z0-9]")


def _column_key(header: str) -> tuple[int, str] | None:
    """(level, "pcode"|"ar"|"en") for a COD-AB column: ADM2_PCODE, adm2_ar, admin2Name_en,
    Admin2Pcode ... Other columns (ADM3_REF, ADM3ALT1EN, validOn, shapes) are ignored."""
    key = _HEADER_PART.sub("", header.strip().lower()).replace("admin", "adm").replace("name", "")
    match = re.fullmatch(r"adm([123])(pcode|ar|en)", key)
    return (int(match.group(1)), match.group(2)) if match else None


@dataclass(frozen=True)
class _Entry:
    pcode: str
    level: int
    parent: str | None
    name_ar: str
    name_en: str
    row: int
    sheet: str


def _clean_name(text: str) -> str:
    return clean_text(text, max_length=MAX_NAME)


def _looks_like_formula(text: str) -> bool:
    return text[:1] in ("=", "+", "-", "@")


def _entries(rows: Iterable[tuple[str, int, list[_Cell]]], report: ImportReport) -> list[_Entry]:
    """Every place each row names (a sub-district row also names its district and governorate)."""
    entries: list[_Entry] = []
    columns: dict[str, dict[tuple[int, str], int] | None] = {}
    data_rows = 0
    found_columns = False
    seen_rows = 0
    for sheet, number, cells in rows:
        seen_rows += 1
        if seen_rows > MAX_ROWS:
            # Counted before anything else: a sheet of empty or foreign rows must not run forever.
            raise ImportRefused(f"{MAX_ROWS:,}", text=_TOO_MANY_ROWS)
        if not any(cell.text.strip() for cell in cells):
            continue
        if sheet not in columns:
            mapping = {}
            for index, cell in enumerate(cells):
                key = _column_key(cell.text)
                if key is not None and key not in mapping:
                    mapping[key] = index
            # A sheet without any p-code column (a cover page, metadata) is not a place table.
            columns[sheet] = mapping if any(kind == "pcode" for _level, kind in mapping) else None
            found_columns = found_columns or columns[sheet] is not None
            continue
        mapping = columns[sheet]
        if mapping is None:
            continue
        data_rows += 1

        codes = {level: _cell_at(cells, mapping, (level, "pcode")) for level in LEVELS}
        deepest = max((level for level in LEVELS if codes[level].text.strip()), default=None)
        parent: str | None = None
        for level in LEVELS:
            code_cell = codes[level]
            code = re.sub(r"\s", "", clean_text(code_cell.text)).upper()
            if not code:
                continue
            ar_cell, en_cell = _cell_at(cells, mapping, (level, "ar")), _cell_at(cells, mapping, (level, "en"))
            # A district sheet names each district's governorate by code only: a reference to
            # the parent, not a place to add or rename.
            reference = level != deepest and not (ar_cell.text.strip() or en_cell.text.strip())
            problem = _row_problem(level, code, code_cell, ar_cell, en_cell, parent, reference=reference)
            if problem is not None:
                report.problems.append(ImportProblem(number, sheet, problem[0], problem[1]))
                break  # the places below this one cannot be placed either
            if not reference:
                entries.append(
                    _Entry(code, level, parent, _clean_name(ar_cell.text), _clean_name(en_cell.text), number, sheet)
                )
            parent = code
    if not found_columns:
        raise ImportRefused(text=_NO_COLUMNS)
    report.rows_read = data_rows
    return entries


def _cell_at(cells: list[_Cell], mapping: dict[tuple[int, str], int], key: tuple[int, str]) -> _Cell:
    index = mapping.get(key)
    return cells[index] if index is not None and index < len(cells) else _Cell("")


def _row_problem(
    level: int, code: str, code_cell: _Cell, ar: _Cell, en: _Cell, parent: str | None, *, reference: bool = False
) -> tuple[str, tuple[str, ...]] | None:
    if code_cell.formula or ar.formula or en.formula:
        formula = next(c.text for c in (code_cell, ar, en) if c.formula)
        return _FORMULA, (formula[:40],)
    if not _COD_AB_SHAPES[level].fullmatch(code):
        return _BAD_CODE, (code[:40], _LEVEL_NAMES[level])
    if level > GOVERNORATE:
        if parent is None:
            return _NO_PARENT, (code, _LEVEL_NAMES[level - 1])
        if not code.startswith(parent):
            return _NOT_UNDER_PARENT, (code, parent)
    if reference:
        return None
    name_ar, name_en = _clean_name(ar.text), _clean_name(en.text)
    if not name_ar:
        return _NO_NAME_AR, (code,)
    if not name_en:
        return _NO_NAME_EN, (code,)
    for name in (name_ar, name_en):
        if _looks_like_formula(name):
            return _FORMULA, (name[:40],)
    return None


# --- Import ---------------------------------------------------------------------------------------


def install_shipped(session: UserSession) -> ImportReport:
    """Load the place table that ships with Sanad into a new vault (the set-up wizard and `sanad
    init` do), so districts and sub-districts can be chosen, and imported by name, from the first
    day; the office can import a newer COD-AB table later on the Places page."""
    with shipped_table() as table:
        return import_cod_ab(session, table)


def import_cod_ab(
    session: UserSession, path: str | Path, *, dry_run: bool = False, db: Session | None = None
) -> ImportReport:
    """Add and rename places from a COD-AB table (CSV or .xlsx) in one transaction.

    Upserts by p-code: new places are added, changed names updated, nothing deleted (COD-AB places
    the file lacks are listed in `missing`), office places untouched, inactive places stay
    inactive. Rows with a problem are skipped and listed; a file that cannot be read safely is
    refused whole (ImportRefused) and nothing is written. `dry_run` reports without writing.
    `db`: a transaction the caller already holds (the demo generator), so the places commit or
    roll back with everything else it writes."""
    session.require(Action.EDIT_SETTINGS)
    report = ImportReport(dry_run=dry_run)
    entries = _entries(_read_tables(Path(path)), report)
    if db is not None:
        _apply(session, db, entries, report)
    else:
        with session.transaction() as db:
            _apply(session, db, entries, report)
    return report


def _apply(session: UserSession, db: Session, entries: list[_Entry], report: ImportReport) -> None:
    dry_run = report.dry_run
    existing = {row.pcode: row for row in db.scalars(select(Location))}
    chosen: dict[str, _Entry] = {}
    for entry in entries:
        first = chosen.get(entry.pcode)
        if first is None:
            chosen[entry.pcode] = entry
        elif (first.name_ar, first.name_en) != (entry.name_ar, entry.name_en):
            report.problems.append(
                ImportProblem(entry.row, entry.sheet, _CONFLICT, (entry.pcode, entry.name_ar, entry.name_en))
            )
    # A parent must be in the file or already in Sanad; drop children of dropped places.
    for level in LEVELS:
        for code, entry in list(chosen.items()):
            orphan = entry.parent and entry.parent not in chosen and entry.parent not in existing
            if entry.level == level and orphan:
                report.problems.append(ImportProblem(entry.row, entry.sheet, _UNKNOWN_PARENT, (code, entry.parent)))
                del chosen[code]

    for level in LEVELS:
        for code in sorted(c for c, e in chosen.items() if e.level == level):
            entry = chosen[code]
            row = existing.get(code)
            if row is None:
                report.added.append(Place(code, level, entry.parent, entry.name_ar, entry.name_en))
                if not dry_run:
                    db.add(Location(pcode=code, level=level, parent_pcode=entry.parent, name_ar=entry.name_ar,
                                    name_en=entry.name_en, active=True, source=SOURCE_COD_AB))
            elif (row.name_ar, row.name_en) != (entry.name_ar, entry.name_en):
                report.renamed.append(Renamed(code, row.name_ar, row.name_en, entry.name_ar, entry.name_en))
                if not dry_run:
                    row.name_ar, row.name_en = entry.name_ar, entry.name_en
            else:
                report.unchanged += 1
        if not dry_run:
            db.flush()  # parents exist before their children go in
    report.missing = sorted(
        code for code, row in existing.items() if row.source == SOURCE_COD_AB and code not in chosen
    )
    if not dry_run:
        audit.append(db, session.user.actor, "locations_imported", "location", "", {
            "added": len(report.added), "renamed": len(report.renamed), "unchanged": report.unchanged,
            "missing": len(report.missing), "problems": len(report.problems),
        })


# --- Office places --------------------------------------------------------------------------------


def _checked_names(name_ar: str, name_en: str) -> tuple[str, str]:
    # One character over the limit survives cleaning, so "too long" can be told from "cut".
    name_ar = clean_text(name_ar or "", max_length=MAX_NAME + 1)
    name_en = clean_text(name_en or "", max_length=MAX_NAME + 1)
    problems = []
    for field_name, value, required in (
        ("name_ar", name_ar, _NAME_AR_REQUIRED), ("name_en", name_en, _NAME_EN_REQUIRED)
    ):
        if not value:
            problems.append(ValidationError(field_name, required))
        elif len(value) > MAX_NAME:
            problems.append(ValidationError(field_name, _NAME_TOO_LONG, MAX_NAME))
        elif _looks_like_formula(value):
            problems.append(ValidationError(field_name, _NAME_FORMULA))
    if problems:
        raise problems[0]
    return name_ar, name_en


def _get(db, pcode: str) -> Location:
    row = db.get(Location, (pcode or "").strip().upper())
    if row is None:
        raise NoSuchRecord(pcode, text=_NO_SUCH_PLACE)
    return row


def _same_name_sibling(db, parent_pcode: str | None, name_ar: str, name_en: str, *, other_than: str = "") -> str | None:
    from db.names import normalise_arabic

    key_ar, key_en = normalise_arabic(name_ar), name_en.casefold()
    for sibling in db.scalars(select(Location).where(Location.parent_pcode == parent_pcode)):
        if sibling.pcode == other_than:
            continue
        if normalise_arabic(sibling.name_ar) == key_ar:
            return sibling.name_ar
        if sibling.name_en.casefold() == key_en:
            return sibling.name_en
    return None


def add_place(session: UserSession, parent_pcode: str, name_ar: str, name_en: str) -> Place:
    """A place the COD-AB table lacks, inside `parent_pcode` (a governorate or a district). Its code
    is the parent's code, an X and the next free number: IQG15Q05X01, IQG15X01, IQG15X01X01."""
    session.require(Action.EDIT_SETTINGS)
    name_ar, name_en = _checked_names(name_ar, name_en)
    with session.transaction() as db:
        parent = _get(db, parent_pcode)
        if parent.level >= SUB_DISTRICT:
            raise ValidationError("parent", _TOO_DEEP, parent.pcode)
        taken = _same_name_sibling(db, parent.pcode, name_ar, name_en)
        if taken is not None:
            raise ValidationError("name_ar", _NAME_TAKEN, taken)
        prefix = parent.pcode + OFFICE_PLACE_LETTER
        used = {
            int(code[len(prefix):])
            for code in db.scalars(select(Location.pcode).where(Location.parent_pcode == parent.pcode))
            if code.startswith(prefix) and code[len(prefix):].isdigit()
        }
        number = next((n for n in range(1, MAX_OFFICE_PLACES_PER_PARENT + 1) if n not in used), None)
        if number is None:
            raise ValidationError("parent", _PARENT_FULL, parent.pcode, MAX_OFFICE_PLACES_PER_PARENT)
        row = Location(pcode=f"{prefix}{number:02d}", level=parent.level + 1, parent_pcode=parent.pcode,
                       name_ar=name_ar, name_en=name_en, active=True, source=SOURCE_OFFICE)
        db.add(row)
        db.flush()
        return Place.from_model(row)


def rename_place(session: UserSession, pcode: str, name_ar: str, name_en: str) -> Place:
    """New names for a place (a COD-AB place gets the table's names back at its next import)."""
    session.require(Action.EDIT_SETTINGS)
    name_ar, name_en = _checked_names(name_ar, name_en)
    with session.transaction() as db:
        row = _get(db, pcode)
        taken = _same_name_sibling(db, row.parent_pcode, name_ar, name_en, other_than=row.pcode)
        if taken is not None:
            raise ValidationError("name_ar", _NAME_TAKEN, taken)
        row.name_ar, row.name_en = name_ar, name_en
        db.flush()
        return Place.from_model(row)


def set_active(session: UserSession, pcode: str, active: bool) -> Place:
    """Hide a place from pickers (or offer it again); records that use it keep it and its name."""
    session.require(Action.EDIT_SETTINGS)
    with session.transaction() as db:
        row = _get(db, pcode)
        row.active = bool(active)
        db.flush()
        return Place.from_model(row)


# --- Queries --------------------------------------------------------------------------------------


def places(
    session: UserSession, parent: str | None = None, level: int | None = None, include_inactive: bool = False
) -> list[Place]:
    """Places inside `parent` (or everywhere), optionally of one level, in code order."""
    session.require(Action.VIEW_PEOPLE)
    query = select(Location).order_by(Location.level, Location.pcode)
    if parent is not None:
        query = query.where(Location.parent_pcode == parent)
    if level is not None:
        query = query.where(Location.level == level)
    if not include_inactive:
        query = query.where(Location.active.is_(True))
    with session.transaction() as db:
        return [Place.from_model(row) for row in db.scalars(query)]


def place(session: UserSession, pcode: str) -> Place | None:
    session.require(Action.VIEW_PEOPLE)
    with session.transaction() as db:
        row = db.get(Location, pcode)
        return Place.from_model(row) if row is not None else None


def labels(session: UserSession, pcodes: Iterable[str], lang: str) -> dict[str, str]:
    """Names to show for these codes (inactive places too: records keep them). A code not in the
    table shows as itself."""
    session.require(Action.VIEW_PEOPLE)
    wanted = sorted({code for code in pcodes if code})
    out = {code: code for code in wanted}
    with session.transaction() as db:
        for start in range(0, len(wanted), 500):
            for row in db.scalars(select(Location).where(Location.pcode.in_(wanted[start:start + 500]))):
                out[row.pcode] = Place.from_model(row).name(lang)
    return out


def label(session: UserSession, pcode: str | None, lang: str) -> str:
    if not pcode:
        return ""
    return labels(session, [pcode], lang)[pcode]


def unknown_pcodes(session: UserSession, pcodes: Iterable[str]) -> set[str]:
    """The codes among `pcodes` that the place table does not hold (for a service checking input)."""
    session.require(Action.VIEW_PEOPLE)
    wanted = {code for code in pcodes if code}
    if not wanted:
        return set()
    with session.transaction() as db:
        known = set(db.scalars(select(Location.pcode).where(Location.pcode.in_(sorted(wanted)))))
    return wanted - known


def level_name(level: int) -> str:
    """The translatable English source for a level ("governorate", "district", "sub-district")."""
    return _LEVEL_NAMES[level]
