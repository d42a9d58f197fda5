"""Importing households and people from a spreadsheet an office already has (an .xlsx workbook,
a KoboToolbox export, a CSV), in four steps the window and `sanad import` share:

1. `read_table(path, sheet)`: the file is read safely (db/tabular.py: zip pre-checks, defusedxml,
   formulas kept as their text, caps on size, rows and columns); the header row is found even
   under a merged title row; duplicate and empty headings get names of their own.
2. `suggest_mapping(headers)`: columns to Sanad fields from Arabic or English headings, Kobo
   group-prefixed names (`group_x/first_name`) and labels; Sanad's own template maps itself.
   Mappings are saved in the vault by name (`save_mapping`) or as JSON files (`Mapping.to_json`).
3. `prepare(session, table, mapping)`: every row checked by the person form's own rules
   (db/validation.py through db/people.py), rows sharing a household reference made one household,
   places found by p-code or name, and the duplicate check of db/duplicates.py run within the file
   and against the vault. Nothing is written. The user reads the problems and marks duplicates to
   skip (`Plan.set_skip`).
4. `import_rows(session, plan, progress, cancel)`: everything accepted is written in ONE
   transaction, or nothing (a failing row, a cancel, a crash or kill -9 leave the vault as it was),
   with one audit entry giving who, a hash of the file and the counts, never the data.

Rows with problems are never written; `write_error_report` lists them and why in an .xlsx.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from db import audit, choices, names, tabular
from db.errors import SanadError, ValidationError
from db.i18n import QT_TRANSLATE_NOOP, fill
from db.models import (
    Consent,
    ConsentScope,
    FileNumberCounter,
    Household,
    Location,
    Person,
    PersonMerge,
    Relation,
    utcnow,
)
from db.models_imports import ImportedPerson, ImportMapping, ImportRun
from db.people import RELATIONSHIP_WORDS
from db.permissions import Action
from db.session import UserSession
from db.validation import DISTRICT_PCODE, SUB_DISTRICT_PCODE, HouseholdInput, text_problems

# --- Limits ---------------------------------------------------------------------------------------

MAX_FILE_BYTES = 60 * 1024 * 1024
MAX_ROWS = 60_000  # rows of the sheet, empty ones and the headings included
MAX_COLUMNS = 200  # a KoboToolbox export easily has a hundred columns
MAX_CELL = 10_001  # longer than any field allows, so "too long" is still reported, not silently cut
HEADER_SEARCH_ROWS = 20
MAX_NOTES = 2000
WRITE_CHUNK = 1000
VAULT_CHUNK = 5000  # people read per transaction by the duplicate check
BULK_FROM = 1000  # rows from which a large import builds the indexes once (see _bulk_load)

# --- Fields ---------------------------------------------------------------------------------------

TEMPLATE_FIELDS = (
    "file_number", "household_ref", "relationship", "first_name", "father_name", "grandfather_name",
    "family_name", "mother_name", "name_latin", "sex", "birth_date", "district", "sub_district",
    "neighbourhood", "phone", "displacement_status", "notes",
)  # fmt: skip
# Fields beyond the template's: how much of an exported date of birth is known (Sanad's own list
# export writes it beside the date, so an export imports back as it was), the six Washington Group
# questions (short set), and whether the person consented to being registered, and when.
WG_FIELDS = ("wg_seeing", "wg_hearing", "wg_walking", "wg_remembering", "wg_selfcare", "wg_communicating")
FIELDS = (*TEMPLATE_FIELDS, "birth_precision", *WG_FIELDS, "consent", "consent_date")

FIELD_LABELS = {
    "file_number": QT_TRANSLATE_NOOP("Import", "File number"),
    "household_ref": QT_TRANSLATE_NOOP("Import", "Household reference"),
    "relationship": QT_TRANSLATE_NOOP("Import", "Relationship to the head"),
    "first_name": QT_TRANSLATE_NOOP("Import", "First name"),
    "father_name": QT_TRANSLATE_NOOP("Import", "Father's name"),
    "grandfather_name": QT_TRANSLATE_NOOP("Import", "Grandfather's name"),
    "family_name": QT_TRANSLATE_NOOP("Import", "Family name (laqab)"),
    "mother_name": QT_TRANSLATE_NOOP("Import", "Mother's full name"),
    "name_latin": QT_TRANSLATE_NOOP("Import", "Name in Latin letters"),
    "sex": QT_TRANSLATE_NOOP("Import", "Sex (F/M)"),
    "birth_date": QT_TRANSLATE_NOOP("Import", "Date of birth"),
    "district": QT_TRANSLATE_NOOP("Import", "District"),
    "sub_district": QT_TRANSLATE_NOOP("Import", "Sub-district"),
    "neighbourhood": QT_TRANSLATE_NOOP("Import", "Neighbourhood"),
    "phone": QT_TRANSLATE_NOOP("Import", "Phone"),
    "displacement_status": QT_TRANSLATE_NOOP("Import", "Displacement status"),
    "notes": QT_TRANSLATE_NOOP("Import", "Notes"),
    "birth_precision": QT_TRANSLATE_NOOP("Import", "Date of birth known to"),
    "wg_seeing": QT_TRANSLATE_NOOP("Import", "Difficulty seeing (Washington Group 1-4)"),
    "wg_hearing": QT_TRANSLATE_NOOP("Import", "Difficulty hearing (Washington Group 1-4)"),
    "wg_walking": QT_TRANSLATE_NOOP("Import", "Difficulty walking or climbing steps (Washington Group 1-4)"),
    "wg_remembering": QT_TRANSLATE_NOOP("Import", "Difficulty remembering or concentrating (Washington Group 1-4)"),
    "wg_selfcare": QT_TRANSLATE_NOOP("Import", "Difficulty with self-care (Washington Group 1-4)"),
    "wg_communicating": QT_TRANSLATE_NOOP("Import", "Difficulty communicating (Washington Group 1-4)"),
    "consent": QT_TRANSLATE_NOOP("Import", "Consent to registration (yes/no)"),
    "consent_date": QT_TRANSLATE_NOOP("Import", "Date consent was given"),
}

# The template's headings in Arabic (accepted as they are, like the English keys).
ARABIC_HEADERS = {
    "file_number": "رقم الملف", "household_ref": "رمز الأسرة", "relationship": "الصلة برب الأسرة",
    "first_name": "الاسم", "father_name": "اسم الأب", "grandfather_name": "اسم الجد", "family_name": "اللقب",
    "mother_name": "اسم الأم الثلاثي", "name_latin": "الاسم بالأحرف اللاتينية", "sex": "الجنس",
    "birth_date": "تاريخ الميلاد", "district": "القضاء", "sub_district": "الناحية", "neighbourhood": "المحلة",
    "phone": "الهاتف", "displacement_status": "حالة النزوح", "notes": "ملاحظات",
    "birth_precision": "دقة تاريخ الميلاد",
    "wg_seeing": "صعوبة في الرؤية", "wg_hearing": "صعوبة في السمع", "wg_walking": "صعوبة في المشي أو صعود الدرج",
    "wg_remembering": "صعوبة في التذكر أو التركيز", "wg_selfcare": "صعوبة في العناية الذاتية",
    "wg_communicating": "صعوبة في التواصل", "consent": "الموافقة على التسجيل", "consent_date": "تاريخ الموافقة",
}

# Other headings offices and KoboToolbox forms use for each field (compared after normalising:
# case, hamza and alef forms, punctuation and underscores as spaces).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "file_number": ("file number", "file no", "file", "case number", "case no", "رقم الاضبارة", "رقم القضية"),
    "household_ref": ("household", "household id", "household ref", "household reference", "household number",
                      "hh id", "hh", "family id", "family number", "رقم الأسرة", "رمز الاسرة", "الأسرة"),
    "relationship": ("relationship", "relationship to head", "relation", "relation to head", "الصلة",
                     "صلة القرابة", "العلاقة برب الأسرة", "القرابة"),
    "first_name": ("first name", "name", "given name", "first", "fname", "beneficiary name", "الاسم الأول",
                   "اسم المستفيد", "الاسم الاول"),
    "father_name": ("father name", "fathers name", "father", "second name", "اسم الاب", "الأب"),
    "grandfather_name": ("grandfather name", "grandfathers name", "grandfather", "third name", "اسم الجد",
                         "الجد"),
    "family_name": ("family name", "surname", "last name", "tribe", "tribal name", "laqab", "اللقب", "العشيرة",
                    "الكنية"),
    "mother_name": ("mother name", "mothers name", "mother full name", "mothers full name", "mother",
                    "اسم الام", "اسم الأم", "اسم الام الثلاثي"),
    "name_latin": ("name latin", "latin name", "english name", "name in english", "name in latin letters",
                   "الاسم بالانكليزي", "الاسم بالانجليزي", "الاسم بالإنجليزية", "الاسم بالحروف اللاتينية"),
    "sex": ("sex", "gender", "sex f m", "الجنس", "النوع"),
    "birth_date": ("birth date", "date of birth", "dob", "birthdate", "born", "birth", "تاريخ الولادة",
                   "المواليد", "التولد", "سنة الميلاد"),
    "district": ("district", "qadha", "qada", "adm2", "adm2 pcode", "القضاء"),
    "sub_district": ("sub district", "subdistrict", "nahiya", "nahia", "adm3", "adm3 pcode", "الناحية"),
    "neighbourhood": ("neighbourhood", "neighborhood", "mahalla", "area", "المحلة", "الحي", "المنطقة"),
    "phone": ("phone", "mobile", "phone number", "telephone", "mobile number", "رقم الهاتف", "الهاتف",
              "الموبايل", "رقم الموبايل"),
    "displacement_status": ("displacement status", "displacement", "status", "residency status", "حالة النزوح",
                            "الحالة"),
    "notes": ("notes", "note", "remarks", "comments", "ملاحظات", "الملاحظات"),
    "birth_precision": ("birth precision", "date of birth known to", "precision"),
    # Washington Group short set: its own wording, short names KoboToolbox forms use, and Arabic.
    "wg_seeing": ("difficulty seeing", "seeing", "wg seeing", "wgss seeing", "wg ss seeing", "wg see", "vision",
                  "الرؤية", "صعوبة الرؤية", "صعوبة في الرؤية حتى مع النظارة", "البصر"),
    "wg_hearing": ("difficulty hearing", "hearing", "wg hearing", "wgss hearing", "wg ss hearing", "wg hear",
                   "السمع", "صعوبة السمع", "صعوبة في السمع حتى مع السماعة"),
    "wg_walking": ("difficulty walking", "walking", "walking or climbing steps", "wg walking", "wgss walking",
                   "wg ss walking", "wg walk", "mobility", "المشي", "صعوبة المشي", "صعوبة في المشي"),
    "wg_remembering": ("difficulty remembering", "remembering", "remembering or concentrating", "wg remembering",
                       "wgss remembering", "wg ss remembering", "wg remember", "cognition", "التذكر",
                       "صعوبة التذكر", "صعوبة في التذكر"),
    "wg_selfcare": ("difficulty with self care", "self care", "selfcare", "wg selfcare", "wg self care",
                    "wgss selfcare", "wg ss selfcare", "العناية الذاتية", "العناية بالنفس", "صعوبة العناية الذاتية"),
    "wg_communicating": ("difficulty communicating", "communicating", "communication", "wg communicating",
                         "wgss communicating", "wg ss communicating", "wg communicate", "التواصل",
                         "صعوبة التواصل", "التواصل مع الآخرين"),
    "consent": ("consent", "consent given", "informed consent", "consent obtained", "consent to registration",
                "الموافقة", "موافقة", "موافقة المستفيد", "الموافقة المستنيرة", "موافقة على التسجيل"),
    "consent_date": ("consent date", "date of consent", "date consent given", "consent given on",
                     "تاريخ الموافقة", "تاريخ أخذ الموافقة"),
}

_SEX = {
    "F": ("f", "female", "woman", "girl", "أنثى", "انثى", "ا", "ف", "امرأة", "بنت"),
    "M": ("m", "male", "man", "boy", "ذكر", "ذ", "رجل", "ولد"),
}
_DISPLACEMENT = {
    "resident": ("resident", "host", "مقيم", "مقيمة"),
    "idp": ("idp", "displaced", "internally displaced", "نازح", "نازحة", "نازحين"),
    "returnee": ("returnee", "returned", "عائد", "عائدة", "عائدين"),
    "camp_departed": ("camp departed", "camp_departed", "left a camp", "left camp", "خارج من المخيم",
                      "مغادر المخيم", "مغادرة المخيم", "مغادر للمخيم"),
}
# Words for how much of a date of birth is known (Sanad's list export writes the first two).
_PRECISION = {
    "exact": ("exact", "day", "اليوم"), "month": ("month", "الشهر"), "year": ("year", "السنة"),
    "about": ("about", "about the year", "السنة تقريباً", "تقريبا"),
}

# Washington Group answers (1 no difficulty ... 4 cannot do at all) as staff and Kobo forms write
# them; "don't know" and "refused" are left empty (not asked), as the short set counts them.
_WG_ANSWERS = {
    "1": ("no difficulty", "no", "none", "no_difficulty", "لا صعوبة", "لا توجد صعوبة", "بدون صعوبة", "لا"),
    "2": ("some difficulty", "some", "some_difficulty", "بعض الصعوبة", "صعوبة بسيطة", "بعض الصعوبات"),
    "3": ("a lot of difficulty", "a lot", "lot of difficulty", "a_lot_of_difficulty", "صعوبة كبيرة",
          "صعوبة شديدة", "صعوبة بالغة"),
    "4": ("cannot do at all", "cannot do", "cannot", "unable", "cannot_do_at_all", "لا يستطيع", "لا تستطيع",
          "لا يستطيع على الإطلاق", "لا تستطيع على الإطلاق", "لا يستطيع أبدا", "لا يمكنه"),
    "": ("don't know", "dont know", "do not know", "refused", "declined", "لا أعرف", "لا يعرف", "رفض الإجابة", "رفض"),
}
_CONSENT_WORDS = {
    "yes": ("yes", "y", "true", "1", "given", "agreed", "consent given", "نعم", "موافق", "موافقة", "وافق", "وافقت"),
    "no": ("no", "n", "false", "0", "not given", "refused", "declined", "لا", "غير موافق", "غير موافقة", "رفض",
           "رفضت"),
}

# --- Messages -------------------------------------------------------------------------------------

_TOO_BIG = QT_TRANSLATE_NOOP(
    "SanadError", "The file is larger than %1 MB. Split it into smaller files and import each. Nothing was imported."
)
_TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "SanadError",
    "The sheet has more than %1 rows; Sanad imports at most %1 rows at a time. Split it into smaller files "
    "and import each. Nothing was imported.",
)
_EMPTY_SHEET = QT_TRANSLATE_NOOP(
    "SanadError", "The sheet %1 is empty. Choose another sheet or file. Nothing was imported."
)
_EMPTY_TABLE = QT_TRANSLATE_NOOP("SanadError", "The file has no rows. Nothing was imported.")
_NO_DATA_ROWS = QT_TRANSLATE_NOOP(
    "SanadError", "The sheet has a row of headings but no rows of people below it. Nothing was imported."
)
_NO_NAME_COLUMN = QT_TRANSLATE_NOOP(
    "SanadError", "Choose the column that holds the first name: without it no row can be imported."
)
_CANCELLED = QT_TRANSLATE_NOOP("SanadError", "The import was cancelled. Nothing was imported.")
_CHANGED_SINCE = QT_TRANSLATE_NOOP(
    "SanadError",
    "Row %1 can no longer be imported: %2 Nothing was imported; check the file again and import it again.",
)
_BAD_MAPPING_FILE = QT_TRANSLATE_NOOP(
    "SanadError", "The mapping file %1 is not a Sanad column mapping (JSON with \"columns\"). Nothing was imported."
)
_UNKNOWN_FIELD = QT_TRANSLATE_NOOP("SanadError", "The mapping names a field Sanad does not have: %1.")
_MAPPED_COLUMN_MISSING = QT_TRANSLATE_NOOP(
    "SanadError", "The mapping names columns this file does not have: %1. Choose the columns again for this file. "
    "Nothing was imported.")
_NO_MAPPING_FILE = QT_TRANSLATE_NOOP("SanadError", "There is no mapping file %1. Nothing was imported.")
_NOT_XLSX = QT_TRANSLATE_NOOP("SanadError", "Choose a file name ending in .xlsx.")
_MAPPING_NAME = QT_TRANSLATE_NOOP("SanadError", "Give the mapping a name (up to 120 characters).")
_NO_SUCH_MAPPING = QT_TRANSLATE_NOOP("SanadError", "There is no saved mapping called %1.")

# Problems with one row (the row is not imported; the rest can be).
_FORMULA = QT_TRANSLATE_NOOP(
    "SanadError", "The cell holds a formula (%1). It was not calculated: its text was taken as it is."
)
_NOT_A_RELATIONSHIP = QT_TRANSLATE_NOOP(
    "SanadError",
    "%1 is not a relationship Sanad knows. Write head, spouse, son, daughter, mother, grandchild or other.",
)
_TWO_HEADS = QT_TRANSLATE_NOOP("SanadError", "Household %1 already has a head of household on row %2.")
_HOUSEHOLD_REJECTED = QT_TRANSLATE_NOOP(
    "SanadError", "Not imported because row %1 of the same household has a problem: a household is imported whole."
)
_HOUSEHOLD_DIFFERS = QT_TRANSLATE_NOOP(
    "SanadError", "This differs from the head of household's row (%1); the head's row was used for the household."
)
_FILE_NUMBER_TWICE = QT_TRANSLATE_NOOP("SanadError", "The file number %1 is also on row %2.")
_FILE_NUMBER_BAD = QT_TRANSLATE_NOOP(
    "SanadError", "A file number may use letters, digits, - / and . only, up to %1 characters."
)
_FILE_NUMBER_TAKEN = QT_TRANSLATE_NOOP("SanadError", "The file number %1 is already used by another person.")
_FILE_NUMBER_WAS_USED = QT_TRANSLATE_NOOP(
    "SanadError", "The file number %1 belonged to a record merged into another; file numbers are never reused."
)
_NO_SUCH_DISTRICT = QT_TRANSLATE_NOOP("SanadError", "No district called %1 is in the office's list of places.")
_NO_SUCH_SUB_DISTRICT = QT_TRANSLATE_NOOP(
    "SanadError", "No sub-district called %1 is in the office's list of places."
)
_AMBIGUOUS_PLACE = QT_TRANSLATE_NOOP("SanadError", "More than one place is called %1: write its p-code instead.")
_NOT_A_BIRTH_DATE = QT_TRANSLATE_NOOP("SanadError", "The number %1 is not a date of birth.")
_NOT_A_WG_ANSWER = QT_TRANSLATE_NOOP(
    "SanadError",
    "%1 is not a Washington Group answer. Write 1 (no difficulty), 2 (some difficulty), 3 (a lot of difficulty) "
    "or 4 (cannot do at all), or leave it empty.",
)
_NOT_A_CONSENT = QT_TRANSLATE_NOOP("SanadError", "%1 is not an answer Sanad understands: write yes or no.")
_NOT_A_CONSENT_DATE = QT_TRANSLATE_NOOP(
    "SanadError", "Write the day consent was given as YYYY-MM-DD or D/M/YYYY (not %1)."
)
_CONSENT_TODAY = QT_TRANSLATE_NOOP(
    "SanadError", "Consent to registration is recorded as given on %1, the day of the import: the file gives no date."
)
_CONSENT_DATE_WITHOUT_CONSENT = QT_TRANSLATE_NOOP(
    "SanadError", "A date of consent is given but the consent column does not say yes: no consent was recorded."
)

# Warnings (the row is imported unless the user marks it to skip).
_DUPLICATE_IN_FILE = QT_TRANSLATE_NOOP("SanadError", "Probably the same person as row %1 (score %2).")
_DUPLICATE_IN_VAULT = QT_TRANSLATE_NOOP("SanadError", "Probably the same person as %1, already in Sanad (score %2).")
_ALREADY_PRESENT = QT_TRANSLATE_NOOP(
    "SanadError", "Already in Sanad as %1 (same names, mother, sex and date of birth): not imported again."
)
_SAME_AS_ROW = QT_TRANSLATE_NOOP(
    "SanadError", "The same person as row %1 (every field equal): skipped unless you choose to import it."
)
_DUPLICATE_HEADER = QT_TRANSLATE_NOOP("SanadError", "Two columns are headed %1; the second is shown as %2.")
_NO_HEADER = QT_TRANSLATE_NOOP(
    "SanadError", "Column %1 has no heading (perhaps part of a merged cell); it is shown as %2."
)
_HEADER_ROW = QT_TRANSLATE_NOOP("SanadError", "The headings were found on row %1; the rows above it were left out.")
_COLUMNS_CUT = QT_TRANSLATE_NOOP("SanadError", "Only the first %1 columns were read.")
_FILE_IMPORTED_BEFORE = QT_TRANSLATE_NOOP("SanadError", "This same file was imported before, on %1.")


class ImportCancelled(SanadError):
    text = _CANCELLED


@dataclass(frozen=True)
class Issue:
    """A problem (severity "error": the row is not imported) or a warning with one row: the row
    number in the sheet (0 for the whole file), the column heading, and an English source text
    (context SanadError) with its %1 arguments."""

    row: int
    column: str
    text: str
    args: tuple[str, ...] = ()
    severity: str = "error"

    def message(self, translate: Callable[[str], str] | None = None) -> str:
        return fill(translate(self.text) if translate else self.text, *self.args)

    def __str__(self) -> str:
        where = f"row {self.row}" + (f", {self.column}" if self.column else "") if self.row else self.column
        return f"{where}: {self.message()}" if where else self.message()


# --- Reading --------------------------------------------------------------------------------------


@dataclass
class Table:
    """The sheet as read: headings (unique), rows of cell texts, and where formulas and typed
    values (dates, numbers) were."""

    file_name: str
    file_sha256: str
    sheet: str
    sheets: list[str]
    header_row: int
    headers: list[str]
    row_numbers: list[int]
    rows: list[tuple[str, ...]]
    formulas: set[tuple[int, int]] = field(default_factory=set)  # (index in rows, column)
    typed: dict[tuple[int, int], object] = field(default_factory=dict)
    warnings: list[Issue] = field(default_factory=list)


def _limits() -> dict:
    return {"max_file_bytes": MAX_FILE_BYTES, "too_big": _TOO_BIG, "too_big_args": (MAX_FILE_BYTES // (1024 * 1024),)}


def check_file(path: str | Path) -> str:
    """The quick checks before any reading ("xlsx" or "text"): the file's first bytes (empty, too
    large, encrypted, .xls, not a workbook) and, for a workbook, its zip members (X4, X6)."""
    path = Path(path)
    kind = tabular.file_kind(path, **_limits())
    if kind == "xlsx":
        tabular.check_zip(path)
    return kind


def sheets(path: str | Path) -> list[str]:
    """The worksheets of a workbook, in order ([""] for a CSV or text file)."""
    return tabular.sheet_names(Path(path), **_limits())


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_table(path: str | Path, sheet: str | None = None, *, cancel: Callable[[], bool] | None = None) -> Table:
    """Read one sheet (default: the first with any rows). Refuses (FileRefused) unsafe or unreadable
    files, an empty sheet and more than MAX_ROWS rows, before anything else happens."""
    path = Path(path)
    names_ = sheets(path)
    chosen = sheet
    raw: list[tuple[int, list[tabular.Cell]]] = []
    candidates = [sheet] if sheet is not None else names_
    best = (-1, -1)
    for name in candidates:
        rows = _read_sheet(path, None if name == "" else name, cancel)
        if sheet is not None:
            raw, chosen = rows, name
            break
        # The sheet whose headings name the most fields (not a cover page of who made the file).
        score = (max((_header_score(cells)[0] for _n, cells in rows[:HEADER_SEARCH_ROWS]), default=0),
                 min(len(rows), 2))
        if rows and score > best:
            raw, chosen, best = rows, name, score
    if not raw:
        if len(names_) == 1 and names_[0] == "":
            raise tabular.FileRefused(text=_EMPTY_TABLE)
        raise tabular.FileRefused(chosen or names_[0], text=_EMPTY_SHEET)
    return _build_table(path, chosen or "", names_, raw)


def _read_sheet(path: Path, sheet: str | None, cancel) -> list[tuple[int, list[tabular.Cell]]]:
    rows: list[tuple[int, list[tabular.Cell]]] = []
    seen = 0
    for _sheet, number, cells in tabular.read_rows(path, sheet=sheet, max_columns=MAX_COLUMNS + 1,
                                                    legacy_encodings=True, **_limits()):
        seen += 1
        if seen > MAX_ROWS:
            # Counted before anything else: a sheet of a million empty rows must not run for long.
            raise tabular.FileRefused(f"{MAX_ROWS:,}", text=_TOO_MANY_ROWS)
        if cancel is not None and seen % 2000 == 0 and cancel():
            raise ImportCancelled()
        while cells and not cells[-1].text.strip():
            cells.pop()
        if cells:
            rows.append((number, cells))
    return rows


def _header_score(cells: list[tabular.Cell]) -> tuple[int, int]:
    texts = [c.text for c in cells if c.text.strip()]
    matched = len({f for f in (_field_for_header(t)[0] for t in texts) if f})
    return matched, len(texts)


def _build_table(path: Path, sheet: str, all_sheets: list[str], raw: list[tuple[int, list[tabular.Cell]]]) -> Table:
    warnings: list[Issue] = []
    # The headings: the row among the first few that names the most fields (a merged title row
    # above the headings names none), else the first with the most filled cells.
    best = max(range(min(HEADER_SEARCH_ROWS, len(raw))), key=lambda i: (_header_score(raw[i][1]), -i))
    header_number, header_cells = raw[best]
    if best > 0:
        warnings.append(Issue(0, "", _HEADER_ROW, (str(header_number),), "warning"))
    data = raw[best + 1:]
    if not data:
        raise tabular.FileRefused(text=_NO_DATA_ROWS)
    width = max(len(header_cells), max(len(cells) for _n, cells in data))
    if width > MAX_COLUMNS:
        warnings.append(Issue(0, "", _COLUMNS_CUT, (str(MAX_COLUMNS),), "warning"))
        width = MAX_COLUMNS
    headers: list[str] = []
    seen: dict[str, int] = {}
    for index in range(width):
        text = names.clean_text(header_cells[index].text, max_length=200) if index < len(header_cells) else ""
        letter = _column_letter(index)
        if not text:
            shown = f"({letter})"
            if any(index < len(cells) and cells[index].text.strip() for _n, cells in data[:200]):
                warnings.append(Issue(0, shown, _NO_HEADER, (letter, shown), "warning"))
            text = shown
        key = text.casefold()
        if key in seen:
            seen[key] += 1
            shown = f"{text} ({seen[key]})"
            warnings.append(Issue(0, shown, _DUPLICATE_HEADER, (text, shown), "warning"))
            text = shown
        else:
            seen[key] = 1
        headers.append(text)
    formulas: set[tuple[int, int]] = set()
    typed: dict[tuple[int, int], object] = {}
    rows: list[tuple[str, ...]] = []
    numbers: list[int] = []
    text_file = sheet == ""
    for number, cells in data:
        index = len(rows)
        values = []
        for col, cell in enumerate(cells[:width]):
            text = cell.text
            if len(text) > MAX_CELL:
                text = text[:MAX_CELL]
            if cell.formula:
                formulas.add((index, col))
            elif cell.value is not None:
                typed[(index, col)] = cell.value
            elif text_file and text[:1] == "'" and text[1:2] in ("=", "+", "-", "@", "\t", "\r"):
                text = text[1:]  # our own CSV export guards such text with a quote (E1)
            values.append(text)
        rows.append(tuple(values))
        numbers.append(number)
    return Table(path.name, _file_hash(path), sheet, all_sheets, header_number, headers, numbers, rows,
                 formulas, typed, warnings)


# --- Mapping --------------------------------------------------------------------------------------


def _normal_header(text: str) -> str:
    text = re.sub(r"\([^)]*\)", " ", text).strip()  # hints such as "sex (F/M)"
    if "/" in text and " " not in text.split("/")[-1].strip():
        text = text.rsplit("/", 1)[-1]  # KoboToolbox: group_x/first_name
    return names.normalise_arabic(text.replace("_", " "))


_EXACT: dict[str, str] = {}
_CONTAINED: list[tuple[str, str]] = []


def _index_headers() -> None:
    if _EXACT:
        return
    for key in FIELDS:
        for word in (key, key.replace("_", " "), ARABIC_HEADERS[key], FIELD_LABELS[key], *SYNONYMS[key]):
            normal = _normal_header(word)
            _EXACT.setdefault(normal, key)
            if len(normal) >= 4:
                _CONTAINED.append((normal, key))
    _CONTAINED.sort(key=lambda pair: -len(pair[0]))


def _field_for_header(header: str) -> tuple[str | None, int]:
    """(field, strength): 2 for a heading that is a known name of the field, 1 for a label that
    contains one ("What is the mother's full name?"), (None, 0) otherwise."""
    _index_headers()
    if header.startswith("_"):
        return None, 0  # KoboToolbox's own columns: _id, _uuid, _submission_time, _index ...
    normal = _normal_header(header)
    if not normal:
        return None, 0
    if normal in _EXACT:
        return _EXACT[normal], 2
    padded = f" {normal} "
    for word, key in _CONTAINED:
        if f" {word} " in padded:
            return key, 1
    return None, 0


@dataclass
class Mapping:
    """Which column (by heading) fills which field, and values for fields no column gives."""

    columns: dict[str, str] = field(default_factory=dict)  # field -> heading
    defaults: dict[str, str] = field(default_factory=dict)  # field -> value

    def to_json(self) -> str:
        return json.dumps({"columns": self.columns, "defaults": self.defaults}, ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, text: str, *, source: str = "") -> Mapping:
        try:
            data = json.loads(text)
            columns, defaults = data.get("columns", {}), data.get("defaults", {})
            if not isinstance(columns, dict) or not isinstance(defaults, dict):
                raise ValueError("columns and defaults are objects")
        except (ValueError, AttributeError) as error:
            raise SanadError(source, text=_BAD_MAPPING_FILE) from error
        for key in [*columns, *defaults]:
            if key not in FIELDS:
                raise SanadError(str(key)[:60], text=_UNKNOWN_FIELD)
        return cls({str(k): str(v) for k, v in columns.items() if v},
                   {str(k): str(v) for k, v in defaults.items() if str(v).strip()})

    def save(self, path: str | Path) -> None:
        Path(path).write_text(self.to_json() + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> Mapping:
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError as error:
            raise SanadError(str(path), text=_NO_MAPPING_FILE) from error
        except (OSError, UnicodeDecodeError) as error:
            raise SanadError(path.name, text=_BAD_MAPPING_FILE) from error
        return cls.from_json(text, source=path.name)


def suggest_mapping(headers: Iterable[str]) -> Mapping:
    """The field each heading most likely holds: exact names (English keys, Arabic headings, Kobo
    names after the group prefix) before labels that contain a name; each field and each column
    used once, the leftmost column first."""
    best: dict[str, tuple[int, int, str]] = {}
    for position, header in enumerate(headers):
        key, strength = _field_for_header(header)
        if key is None:
            continue
        current = best.get(key)
        if current is None or (strength, -position) > (current[0], -current[1]):
            best[key] = (strength, position, header)
    used: set[str] = set()
    columns = {}
    for key in FIELDS:
        if key in best and best[key][2] not in used:
            columns[key] = best[key][2]
            used.add(best[key][2])
    return Mapping(columns)


def save_mapping(session: UserSession, name: str, mapping: Mapping) -> None:
    """Keep a mapping in the vault under `name` (replacing one of that name)."""
    session.require(Action.IMPORT)
    name = names.clean_text(name or "", max_length=121)
    if not name or len(name) > 120:
        raise ValidationError("mapping_name", _MAPPING_NAME)
    with session.transaction() as db:
        row = db.scalar(select(ImportMapping).where(ImportMapping.name == name))
        if row is None:
            db.add(ImportMapping(name=name, mapping_json=mapping.to_json(), created_by=session.user.username))
        else:
            row.mapping_json = mapping.to_json()


def saved_mappings(session: UserSession) -> dict[str, Mapping]:
    session.require(Action.IMPORT)
    with session.transaction() as db:
        rows = db.execute(select(ImportMapping.name, ImportMapping.mapping_json).order_by(ImportMapping.name)).all()
    return {name: Mapping.from_json(text, source=name) for name, text in rows}


def saved_mapping(session: UserSession, name: str) -> Mapping:
    found = saved_mappings(session).get(name)
    if found is None:
        raise SanadError(name, text=_NO_SUCH_MAPPING)
    return found


# --- Values ---------------------------------------------------------------------------------------


def _word(text: str) -> str:
    return names.normalise_arabic(text).replace("_", " ")


def _lookup(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {_word(word): code for code, words in table.items() for word in (code, *words)}


_SEX_WORDS = _lookup(_SEX)
_DISPLACEMENT_WORDS = _lookup(_DISPLACEMENT)
_MORE_RELATIONSHIPS = {
    "spouse": ("wife", "husband", "الزوجة", "الزوج", "زوج/زوجة"),
    "head": ("head of household", "رب الاسرة", "ربّ/ربّة الأسرة"),
    "son": ("الابن",), "daughter": ("الابنة", "البنت"), "mother": ("الام",), "grandchild": ("حفيد/حفيدة",),
    "other": ("other relative", "قريب آخر"),
}
_PRECISION_WORDS = _lookup(_PRECISION)
_WG_ANSWER_WORDS = _lookup(_WG_ANSWERS)
_CONSENT_ANSWER_WORDS = _lookup(_CONSENT_WORDS)
_RELATIONSHIP_WORDS = _lookup({
    code: (label, *RELATIONSHIP_WORDS.get(code, ()), *_MORE_RELATIONSHIPS.get(code, ()))
    for code, label in choices.RELATIONSHIP_TO_HEAD
})


def sex_code(text: str) -> str:
    word = _word(text)
    return _SEX_WORDS.get(word, text.strip().upper())


def displacement_code(text: str) -> str:
    word = _word(text)
    return _DISPLACEMENT_WORDS.get(word, word)


def relationship_code(text: str) -> str | None:
    """The stored code, "" when empty, None when not one Sanad knows."""
    word = _word(text)
    if not word:
        return ""
    return _RELATIONSHIP_WORDS.get(word)


def _birth_text(value: object, text: str) -> tuple[str, Issue | None]:
    """A date of birth as the person form's parser reads it. Excel dates come as dates; a whole
    number is a year (1000-2100: one before 1900 is refused as a year, never read as a date in
    1902-1905) or an Excel serial date; anything else is text."""
    if isinstance(value, dt.datetime | dt.date):
        day = value.date() if isinstance(value, dt.datetime) else value
        return day.isoformat(), None
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = int(value)
        if number == value and 1000 <= number <= 2100:
            return str(number), None
        if number == value and 61 <= number <= 80_000:
            from openpyxl.utils.datetime import from_excel

            return from_excel(number).date().isoformat(), None
        return text, Issue(0, "", _NOT_A_BIRTH_DATE, (text,))
    return text, None


# --- Hijri dates of birth ---------------------------------------------------------------------------

# What marks a date as Hijri: هـ (with or without its tatweel), ه, هجري / هجرية, AH or A.H. Read
# after the digits are made Western and diacritics and tatweel are taken out.
_HIJRI_MARK = re.compile(r"(?:(?<=^)|(?<=[\s0-9.]))(?:هجري[ةه]?|ه|a\.?\s?h\.?)(?=$|[\s.0-9])", re.IGNORECASE)
_HIJRI_YEARS = (1343, 1500)  # what the Umm al-Qura tables (hijridate) convert: 1924-2077
_HIJRI_CONVERTED = QT_TRANSLATE_NOOP(
    "SanadError", "The Hijri date %1 was read as %2 (Umm al-Qura calendar)."
)
_NOT_A_HIJRI_DATE = QT_TRANSLATE_NOOP(
    "SanadError", "%1 is not a Hijri date Sanad can read. Write it as 1415/03/12 هـ, 3/1415 هـ or 1415 هـ."
)
_HIJRI_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "SanadError",
    "Sanad converts Hijri years from %1 to %2 only. Write this date of birth in the Gregorian calendar.",
)
_NO_SUCH_HIJRI_MONTH = QT_TRANSLATE_NOOP("SanadError", "There is no Hijri month %1: write a month from 1 to 12.")
_NO_SUCH_HIJRI_DAY = QT_TRANSLATE_NOOP("SanadError", "Hijri month %1 of %2 has %3 days, so there is no day %4.")
_HIJRI_WITHOUT_MARK = QT_TRANSLATE_NOOP(
    "SanadError",
    "The year %1 is not a Gregorian year of birth. If the date is Hijri, write هـ or AH after it "
    "(for example 1415/03/12 هـ or 1415/03/12 AH); otherwise correct the year.",
)


def _date_pieces(core: str) -> tuple[int, int, int] | None:
    """(year, month, day) from the digits of a date, day first or year first, 0 for a part not
    given; None when the pieces are no date."""
    from db.validation import _SEPARATOR

    pieces = re.split(_SEPARATOR, core)
    if len(pieces) > 3 or any(len(p) > 4 for p in pieces):
        return None
    parts, widths = [int(p) for p in pieces], [len(p) for p in pieces]
    if len(parts) == 1:
        return (parts[0], 0, 0) if widths[0] == 4 else None
    if widths[0] == 4 and all(w <= 2 for w in widths[1:]):
        return parts[0], parts[1], parts[2] if len(parts) == 3 else 0
    if widths[-1] == 4 and all(w <= 2 for w in widths[:-1]):
        return parts[-1], parts[-2], parts[0] if len(parts) == 3 else 0
    return None


def _cleaned_date(text: str) -> str:
    from db.validation import _ARABIC_MARKS

    return _ARABIC_MARKS.sub("", names.normalise_digits(names.clean_text(text or "")).strip()).casefold()


def _hijri_birth(text: str) -> tuple[str, list[Issue]] | None:
    """A date of birth marked as Hijri, converted to the Gregorian text the person form's parser
    reads, keeping how much of it is known (day, month, year, about a year), with a warning that
    says what it was read as; None when the text is not marked Hijri. A year alone becomes the
    Gregorian year in which the middle of that Hijri year fell, a month the Gregorian month of
    its 15th day."""
    from db.validation import _DATE_TEXT

    cleaned = _cleaned_date(text)
    if not _HIJRI_MARK.search(cleaned):
        return None
    rest = re.sub(r"\s+", " ", _HIJRI_MARK.sub(" ", cleaned)).strip(" .")
    shown = names.clean_text(text)[:40]
    match = _DATE_TEXT.match(rest)
    pieces = _date_pieces(match["core"]) if match else None
    if pieces is None:
        return "", [Issue(0, "", _NOT_A_HIJRI_DATE, (shown,))]
    year, month, day = pieces
    about = bool(match["before"] or match["after"])
    if not _HIJRI_YEARS[0] <= year <= _HIJRI_YEARS[1]:
        return "", [Issue(0, "", _HIJRI_OUT_OF_RANGE, tuple(str(y) for y in _HIJRI_YEARS))]
    if month and not 1 <= month <= 12:
        return "", [Issue(0, "", _NO_SUCH_HIJRI_MONTH, (str(month),))]
    from hijridate import Hijri

    try:
        if day:
            length = Hijri(year, month, 1).month_length()
            if not 1 <= day <= length:
                return "", [Issue(0, "", _NO_SUCH_HIJRI_DAY, (str(month), str(year), str(length), str(day)))]
            converted = Hijri(year, month, day).to_gregorian().isoformat()
        elif month:
            g = Hijri(year, month, 15).to_gregorian()
            converted = f"{g.year}-{g.month:02d}"
        else:
            converted = str(Hijri(year, 7, 1).to_gregorian().year)
    except (ValueError, OverflowError):  # the tables end inside the last supported year
        return "", [Issue(0, "", _HIJRI_OUT_OF_RANGE, tuple(str(y) for y in _HIJRI_YEARS))]
    if about:
        if month:
            return converted, [Issue(0, "", _NOT_A_HIJRI_DATE, (shown,))]
        converted = f"about {converted}"
    return converted, [Issue(0, "", _HIJRI_CONVERTED, (shown, converted), "warning")]


def _year_looks_hijri(text: str) -> Issue | None:
    """A date without a Hijri mark whose year is below 1500: never silently taken as Hijri."""
    from db.validation import _DATE_TEXT

    match = _DATE_TEXT.match(_cleaned_date(text))
    pieces = _date_pieces(match["core"]) if match else None
    if pieces is not None and 1000 <= pieces[0] < 1500:
        return Issue(0, "", _HIJRI_WITHOUT_MARK, (str(pieces[0]),))
    return None


def _phone_text(value: object, text: str) -> str:
    # A mobile typed into a number cell loses its leading zero: 7701234567 is 07701234567.
    if isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer():
        digits = str(int(value))
        if len(digits) == 10 and digits.startswith("7"):
            return "0" + digits
        return digits
    return text


# --- Places ---------------------------------------------------------------------------------------


class _Places:
    """The office's place table, looked up by p-code or by Arabic or English name."""

    def __init__(self, db) -> None:
        self.codes: dict[str, tuple[int, str | None]] = {}
        self.by_name: dict[tuple[int, str], list[str]] = defaultdict(list)
        for pcode, level, parent, name_ar, name_en in db.execute(
            select(Location.pcode, Location.level, Location.parent_pcode, Location.name_ar, Location.name_en)
        ):
            self.codes[pcode] = (level, parent)
            for name in {names.normalise_arabic(name_ar), names.normalise_arabic(name_en)}:
                if name:
                    self.by_name[(level, name)].append(pcode)

    def find(self, text: str, level: int, shape: re.Pattern, parent: str = "") -> tuple[str, str | None]:
        """(p-code, None) or ("", problem text)."""
        code = re.sub(r"\s", "", names.normalise_digits(text)).upper()
        if shape.fullmatch(code):
            if code in self.codes:
                return code, None
            return "", QT_TRANSLATE_NOOP("SanadError", "The place code %1 is not in the office's list of places.")
        found = self.by_name.get((level, names.normalise_arabic(text)), [])
        if parent:
            found = [c for c in found if c.startswith(parent)] or found
        if len(found) == 1:
            return found[0], None
        if len(found) > 1:
            return "", _AMBIGUOUS_PLACE
        return "", _NO_SUCH_DISTRICT if level == 2 else _NO_SUCH_SUB_DISTRICT


# --- Preparing ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Duplicate:
    """A likely duplicate of a row: another row of the file (`other_row`) or a person in the
    vault (`person_id`, `file_number`), with the matcher's score and reason codes."""

    score: float
    reasons: tuple[str, ...]
    other_row: int = 0
    person_id: int = 0
    file_number: str = ""


@dataclass
class RowPlan:
    row: int  # the row number in the sheet
    values: dict[str, str]
    household: str  # the household key (its reference, or the row's own)
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    already_present: str = ""  # the file number of the same person already in the vault
    skip: bool = False  # the user chose not to import it (or an identical row was found)
    # Filled for rows that can be written:
    person: dict[str, Any] = field(default_factory=dict)
    mother_row: int = 0  # the row of this person's mother in the same household (female head)
    # Consent to registration from the file: (given by "self" or "guardian", the guardian's name, the day).
    consent: tuple[str, str, dt.date] | None = None

    @property
    def status(self) -> str:
        """"error", "present", "skip", "duplicate" (warned, still imported) or "ok"."""
        if self.errors:
            return "error"
        if self.already_present:
            return "present"
        if self.skip:
            return "skip"
        if self.duplicates:
            return "duplicate"
        return "ok"


@dataclass
class HouseholdPlan:
    key: str
    rows: list[int]  # sheet row numbers, head first
    values: dict[str, Any] = field(default_factory=dict)


@dataclass
class Plan:
    file_name: str
    file_sha256: str
    sheet: str
    headers: list[str]
    mapping: Mapping
    rows: list[RowPlan]
    households: list[HouseholdPlan]
    warnings: list[Issue]
    pattern: str  # the office's file-number pattern, read before writing
    today: dt.date
    imported_before: str = ""  # when this same file was imported before ("" if never)
    source: dict[int, tuple[str, ...]] = field(default_factory=dict)  # row -> the cells as read

    def __post_init__(self) -> None:
        self._by_row = {r.row: r for r in self.rows}

    def row(self, number: int) -> RowPlan:
        return self._by_row[number]

    def set_skip(self, number: int, skip: bool) -> None:
        """Mark a row (a duplicate, say) to be left out, or taken back in."""
        self._by_row[number].skip = skip

    def to_write(self) -> list[HouseholdPlan]:
        """The households to write, with the rows the user did not skip (a household whose head
        is skipped or already present keeps its other members in a household of their own)."""
        out = []
        for household in self.households:
            rows = [n for n in household.rows if self._by_row[n].status in ("ok", "duplicate")]
            if rows:
                out.append(HouseholdPlan(household.key, rows, household.values))
        return out

    def counts(self) -> dict[str, int]:
        statuses = [r.status for r in self.rows]
        writing = self.to_write()
        return {
            "rows": len(self.rows),
            "to_import": sum(len(h.rows) for h in writing),
            "households": len(writing),
            "rejected": statuses.count("error"),
            "already_present": statuses.count("present"),
            "skipped": statuses.count("skip"),
            "duplicates": statuses.count("duplicate"),
            "warnings": sum(len(r.warnings) for r in self.rows) + len(self.warnings),
        }

    def problems(self) -> list[Issue]:
        return [issue for r in self.rows for issue in r.errors]


def _column_of(mapping: Mapping, headers: list[str], key: str) -> int | None:
    header = mapping.columns.get(key)
    if header is None:
        return None
    try:
        return headers.index(header)
    except ValueError:
        return None


def _row_values(table: Table, index: int, columns: dict[str, int | None], mapping: Mapping,
                issues: list[Issue]) -> dict[str, str]:
    row = table.rows[index]
    number = table.row_numbers[index]
    values: dict[str, str] = {}
    for key in FIELDS:
        col = columns.get(key)
        if col is None:
            values[key] = mapping.defaults.get(key, "")
            continue
        text = row[col] if col < len(row) else ""
        value = table.typed.get((index, col))
        heading = table.headers[col]
        if (index, col) in table.formulas:
            issues.append(Issue(number, heading, _FORMULA, (text[:40],), "warning"))
        elif key == "birth_date":
            text, problem = _birth_text(value, text)
            found = [problem] if problem is not None else []
            if not found:
                hijri = _hijri_birth(text)
                if hijri is not None:
                    text, found = hijri
                elif (unmarked := _year_looks_hijri(text)) is not None:
                    found = [unmarked]
            for issue in found:
                issues.append(dataclasses.replace(issue, row=number, column=heading))
            if any(issue.severity == "error" for issue in found):
                text = ""  # reported once, here, not again by the date parser
        elif key == "phone":
            text = _phone_text(value, text)
        text = text.strip()
        values[key] = text or mapping.defaults.get(key, "")
    precision = _PRECISION_WORDS.get(_word(values["birth_precision"]))
    match = re.fullmatch(r"([0-9]{4})-([0-9]{2})-[0-9]{2}", values["birth_date"])
    if precision in ("month", "year", "about") and match:
        # An exported date of which only the month or year is known: only that is imported.
        year, month = match.groups()
        values["birth_date"] = {"month": f"{year}-{month}", "year": year, "about": f"about {year}"}[precision]
    return values


_FIELD_OF_ERROR = {"birth_date": "birth_date", "relationship_to_head": "relationship", "governorate": "district",
                   "members": "first_name"}


def _heading(mapping: Mapping, key: str) -> str:
    return mapping.columns.get(key) or key


def prepare(
    session: UserSession, table: Table, mapping: Mapping, *, today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None, cancel: Callable[[], bool] | None = None,
    check_duplicates: bool = True,
) -> Plan:
    """Check every row and look for duplicates; writes nothing. `progress(done, total)`."""
    from db import office, people
    from db.validation import FileNumberPattern

    session.require(Action.IMPORT)
    if "first_name" not in mapping.columns and not mapping.defaults.get("first_name"):
        raise ValidationError("first_name", _NO_NAME_COLUMN)
    today = today or dt.date.today()
    pattern = office.get_settings(session)["file_number_pattern"]
    FileNumberPattern(pattern)
    columns = {key: _column_of(mapping, table.headers, key) for key in FIELDS}
    missing = [mapping.columns[key] for key in FIELDS if key in mapping.columns and columns[key] is None]
    if missing:
        # A mapping made for another file: every row would read as empty, or lack its name.
        raise ValidationError("mapping", _MAPPED_COLUMN_MISSING, ", ".join(missing))
    total = len(table.rows) * (2 if check_duplicates else 1)
    step = max(1, len(table.rows) // 100)

    # Short transactions around the reads only: each holds the vault's write lock (BEGIN IMMEDIATE),
    # and checking tens of thousands of rows must not keep the rest of the window waiting.
    with session.transaction() as db:
        places = _Places(db)
        before = db.scalar(select(ImportRun.at).where(ImportRun.file_sha256 == table.file_sha256)
                           .order_by(ImportRun.at.desc()).limit(1))
    rows: list[RowPlan] = []
    source: dict[int, tuple[str, ...]] = {}
    for index in range(len(table.rows)):
        if index % step == 0:
            if cancel is not None and cancel():
                raise ImportCancelled()
            if progress is not None:
                progress(index, total)
        number = table.row_numbers[index]
        issues: list[Issue] = []
        values = _row_values(table, index, columns, mapping, issues)
        if not any(values[k] for k in FIELDS if k not in mapping.defaults):
            continue  # an empty row (or only its defaults)
        ref = names.normalise_digits(names.clean_text(values["household_ref"], max_length=80)).casefold()
        plan_row = RowPlan(number, values, f"ref:{ref}" if ref else f"row:{number}")
        plan_row.errors += [i for i in issues if i.severity == "error"]
        plan_row.warnings += [i for i in issues if i.severity == "warning"]
        rows.append(plan_row)
        source[number] = table.rows[index]
    with session.transaction() as db:
        _check_file_numbers(db, rows, mapping)
    households = _group(rows, mapping, places, today, people)
    if check_duplicates:
        _find_duplicates(session, rows, progress, cancel, len(table.rows), total)
    if progress is not None:
        progress(total, total)
    return Plan(table.file_name, table.file_sha256, table.sheet, table.headers, mapping, rows, households,
                list(table.warnings), pattern, today,
                imported_before=before.strftime("%Y-%m-%d %H:%M") if before else "",
                source={r.row: source[r.row] for r in rows if r.errors})  # the error report's cells only


def _clean_file_number(text: str) -> str:
    return names.normalise_digits(names.clean_text(text, max_length=200)).upper()


def _check_file_numbers(db, rows: list[RowPlan], mapping: Mapping) -> None:
    from db.records import MAX_FILE_NUMBER_LENGTH

    heading = _heading(mapping, "file_number")
    first_row: dict[str, int] = {}
    for r in rows:
        number = _clean_file_number(r.values["file_number"])
        r.values["file_number"] = number
        if not number:
            continue
        if len(number) > MAX_FILE_NUMBER_LENGTH or not all(ch.isalnum() or ch in "-/._" for ch in number):
            r.errors.append(Issue(r.row, heading, _FILE_NUMBER_BAD, (str(MAX_FILE_NUMBER_LENGTH),)))
        elif number in first_row:
            r.errors.append(Issue(r.row, heading, _FILE_NUMBER_TWICE, (number, str(first_row[number]))))
        else:
            first_row[number] = r.row
    wanted = sorted(first_row)
    taken: dict[str, tuple] = {}
    merged: set[str] = set()
    for start in range(0, len(wanted), 900):
        chunk = wanted[start:start + 900]
        for row in db.execute(select(Person.file_number, Person.first_name, Person.father_name,
                                     Person.grandfather_name, Person.mother_name, Person.sex)
                              .where(Person.file_number.in_(chunk))):
            taken[row[0]] = tuple(row[1:])
        merged.update(db.scalars(select(PersonMerge.merged_file_number).where(
            PersonMerge.merged_file_number.in_(chunk), PersonMerge.undone_at.is_(None))))
    for r in rows:
        number = r.values["file_number"]
        if not number or r.errors:
            continue
        if number in taken:
            theirs = taken[number]
            mine = (r.values["first_name"], r.values["father_name"], r.values["grandfather_name"],
                    r.values["mother_name"], sex_code(r.values["sex"]))
            same = [names.normalise_arabic(a) for a in mine[:4]] + [mine[4]] == \
                [names.normalise_arabic(a or "") for a in theirs[:4]] + [theirs[4]]
            if same:
                r.already_present = number  # a second import of the same file (X9)
            else:
                r.errors.append(Issue(r.row, heading, _FILE_NUMBER_TAKEN, (number,)))
        elif number in merged:
            r.errors.append(Issue(r.row, heading, _FILE_NUMBER_WAS_USED, (number,)))


def _group(rows: list[RowPlan], mapping: Mapping, places: _Places, today: dt.date, people) -> list[HouseholdPlan]:
    """Rows sharing a household reference become one household, the head first; each household is
    checked with the registration form's rules (db/people.validate_registration)."""
    groups: dict[str, list[RowPlan]] = {}
    for r in rows:
        groups.setdefault(r.household, []).append(r)
    households = []
    for key, members in groups.items():
        for r in members:
            code = relationship_code(r.values["relationship"])
            if code is None:
                r.errors.append(Issue(r.row, _heading(mapping, "relationship"), _NOT_A_RELATIONSHIP,
                                      (r.values["relationship"][:40],)))
                code = ""
            r.values["relationship"] = code
        heads = [r for r in members if r.values["relationship"] == "head"]
        head = heads[0] if heads else members[0]
        for extra in heads[1:]:
            extra.errors.append(Issue(extra.row, _heading(mapping, "relationship"), _TWO_HEADS,
                                      (extra.values["household_ref"] or str(head.row), str(head.row))))
        if not heads and not head.values["relationship"]:
            head.values["relationship"] = "head"
        ordered = [head] + [r for r in members if r is not head]
        for r in ordered[1:]:
            if not r.values["relationship"]:
                r.values["relationship"] = "other"
        household_values = _household_values(head, ordered, mapping, places)
        _check_household(ordered, household_values, mapping, today, people)
        households.append(HouseholdPlan(key, [r.row for r in ordered], household_values))
    return households


def _household_values(head: RowPlan, members: list[RowPlan], mapping: Mapping, places: _Places) -> dict[str, Any]:
    v = head.values
    district, sub_district = "", ""
    if v["district"]:
        district, problem = places.find(v["district"], 2, DISTRICT_PCODE)
        if problem:
            head.errors.append(Issue(head.row, _heading(mapping, "district"), problem, (v["district"][:60],)))
    if v["sub_district"]:
        sub_district, problem = places.find(v["sub_district"], 3, SUB_DISTRICT_PCODE, district)
        if problem:
            head.errors.append(Issue(head.row, _heading(mapping, "sub_district"), problem, (v["sub_district"][:60],)))
        elif not district:
            district = places.codes.get(sub_district, (3, None))[1] or ""
    governorate = (district or sub_district)[:5]
    for r in members[1:]:
        for key in ("district", "sub_district", "neighbourhood", "displacement_status"):
            theirs = r.values[key]
            if theirs and theirs != v[key] and theirs not in mapping.defaults.values():
                r.warnings.append(Issue(r.row, _heading(mapping, key), _HOUSEHOLD_DIFFERS, (str(head.row),),
                                        "warning"))
    return {"governorate": governorate, "district": district, "sub_district": sub_district,
            "neighbourhood": v["neighbourhood"], "displacement_status": displacement_code(v["displacement_status"]),
            "phone": v["phone"]}


def _check_household(members: list[RowPlan], household: dict[str, Any], mapping: Mapping, today: dt.date,
                     people) -> None:
    grid = [{
        "relationship_to_head": r.values["relationship"], "first_name": r.values["first_name"],
        "father_name": r.values["father_name"], "grandfather_name": r.values["grandfather_name"],
        "family_name": r.values["family_name"], "mother_name": r.values["mother_name"],
        "name_latin": r.values["name_latin"], "sex": sex_code(r.values["sex"]),
        "birth_date_text": r.values["birth_date"], "phone": r.values["phone"],
    } for r in members]
    new_members = people.members_from_rows(grid)
    house_input = HouseholdInput(
        governorate=household["governorate"], district=household["district"], sub_district=household["sub_district"],
        neighbourhood=household["neighbourhood"], displacement_status=household["displacement_status"],
        phone=household["phone"],
    )
    problems = people.validate_registration(house_input, new_members, today=today)
    for index, error in problems:
        target = members[index] if index is not None else members[0]
        key = _FIELD_OF_ERROR.get(error.field, error.field)
        if index is None and key == "phone":
            continue  # the head's own phone is checked as theirs
        target.errors.append(Issue(target.row, _heading(mapping, key), error.text,
                                   tuple(str(a) for a in error.args_for_text)))
    for r in members:
        r.errors += [Issue(r.row, _heading(mapping, "notes"), e.text, tuple(str(a) for a in e.args_for_text))
                     for e in text_problems("notes", r.values["notes"], MAX_NOTES)]
    extras = [_wg_and_consent(r, mapping, today) for r in members]
    failed = next((r for r in members if r.errors), None)
    if failed is not None:
        for r in members:
            if not r.errors:
                r.errors.append(Issue(r.row, "", _HOUSEHOLD_REJECTED, (str(failed.row),)))
        return
    from db.people import _person_row

    for r, member in zip(members, new_members, strict=True):
        r.person = _person_row(member.person, today)
        if member.mother_index is not None:
            r.mother_row = members[member.mother_index].row
        r.person["father_unknown"] = member.person.father_unknown
    head = members[0]
    for r, (wg, consented_on) in zip(members, extras, strict=True):
        r.person.update(wg)
        if consented_on is not None:
            # A child's consent is given by a guardian: the head of the household, when the child is not the head.
            born = r.person["birth_date"]
            child = born is not None and (consented_on.year - born.year - (
                (consented_on.month, consented_on.day) < (born.month, born.day))) < 18
            if child and r is not head:
                guardian = " ".join(head.person[k] for k in ("first_name", "father_name", "grandfather_name",
                                                               "family_name") if head.person[k])
                r.consent = ("guardian", guardian, consented_on)
            else:
                r.consent = ("self", "", consented_on)
    household["row"] = people._household_row(house_input)


def _wg_and_consent(r: RowPlan, mapping: Mapping, today: dt.date) -> tuple[dict[str, int | None], dt.date | None]:
    """One row's Washington Group answers ({column: 1-4 or None}) and the day it consented to being
    registered (None: no consent recorded); problems go on the row."""
    from db.validation import parse_birth_date

    wg: dict[str, int | None] = {}
    for key in WG_FIELDS:
        text = r.values[key]
        answer = _WG_ANSWER_WORDS.get(_word(text)) if text else ""
        if answer is None:
            r.errors.append(Issue(r.row, _heading(mapping, key), _NOT_A_WG_ANSWER, (text[:40],)))
        wg[key] = int(answer) if answer else None
    said, day_text = r.values["consent"], r.values["consent_date"]
    consent = _CONSENT_ANSWER_WORDS.get(_word(said)) if said else ""
    if consent is None:
        r.errors.append(Issue(r.row, _heading(mapping, "consent"), _NOT_A_CONSENT, (said[:40],)))
        return wg, None
    if consent != "yes":
        if day_text:
            r.warnings.append(Issue(r.row, _heading(mapping, "consent_date"), _CONSENT_DATE_WITHOUT_CONSENT,
                                    (), "warning"))
        return wg, None
    if not day_text:
        r.warnings.append(Issue(r.row, _heading(mapping, "consent"), _CONSENT_TODAY, (today.isoformat(),),
                                "warning"))
        return wg, today
    try:
        day = parse_birth_date(day_text, today=today)
    except ValidationError:
        day = None
    if day is None or day.precision != "exact":
        r.errors.append(Issue(r.row, _heading(mapping, "consent_date"), _NOT_A_CONSENT_DATE, (day_text[:40],)))
        return wg, None
    return wg, day.value


# --- Duplicates -----------------------------------------------------------------------------------


def _identity(c) -> tuple:
    return (c.first, c.father, c.grandfather, c.family, c.mother, c.sex, c.birth_lo, c.birth_date)


def _find_duplicates(session: UserSession, rows: list[RowPlan], progress, cancel, done: int, total: int) -> None:
    """The People issue's matcher (db/duplicates.py) within the file and against the vault: the
    file's rows are blocked by the same keys as the whole-vault scan; the vault is read once, in
    short transactions of VAULT_CHUNK people (every transaction holds the write lock, and a long
    scan must not keep the rest of the window waiting), and only people sharing a block with some
    row are scored."""
    from db.duplicates import _COLUMNS, _block_keys, _Normaliser, _pairs, _Profile, _score, candidate_from_row
    from db.duplicates import Candidate as DupCandidate

    norm = _Normaliser()
    profiles: dict[int, Any] = {}
    by_row = {r.row: r for r in rows}
    for r in rows:
        if r.errors or r.already_present or not r.person:
            continue
        p = r.person
        born = p["birth_date"]
        candidate = DupCandidate(
            id=-r.row, file_number="", first_name=p["first_name"], father_name=p["father_name"],
            grandfather_name=p["grandfather_name"], family_name=p["family_name"], mother_name=p["mother_name"],
            name_latin=p["name_latin"], sex=p["sex"], birth_year=born.year if born else None,
            birth_precision=p["birth_precision"], phone=p["phone"], birth_date=born,
        )
        profiles[r.row] = _Profile(candidate, norm)
    blocks: dict[tuple, list] = defaultdict(list)
    for profile in profiles.values():
        for key in _block_keys(profile):
            blocks[key].append(profile)

    # Within the file.
    seen: set[tuple[int, int]] = set()
    for block in blocks.values():
        if len(block) < 2:
            continue
        for a, b in _pairs(block):
            pair = (a.id, b.id) if a.id < b.id else (b.id, a.id)
            if pair in seen:
                continue
            seen.add(pair)
            match = _score(a, b)
            if match is None:
                continue
            first, second = sorted((-a.id, -b.id))
            by_row[second].duplicates.append(Duplicate(match.score, match.reasons, other_row=first))
            by_row[first].duplicates.append(Duplicate(match.score, match.reasons, other_row=second))
            if _identity(a) == _identity(b) and not by_row[second].skip:
                by_row[second].skip = True
                by_row[second].warnings.append(Issue(second, "", _SAME_AS_ROW, (str(first),), "warning"))

    # Against the vault.
    if not blocks:
        return
    with session.transaction() as db:
        vault_total = db.scalar(select(func.count()).select_from(Person)) or 0
    read = last_id = 0
    scored: set[tuple[int, int]] = set()
    # The first word of each Latin-name key in the file: a person in the vault can share a Latin
    # block only if their stored search key (db/search.person_keys: the Latin key's words first)
    # holds one of them, so the costly Latin key is worked out for those people alone.
    latin_firsts = {key[1].split()[0] for key in blocks if key[0] == "la" and key[1]}
    probe = _Probe()
    while True:
        if cancel is not None and cancel():
            raise ImportCancelled()
        with session.transaction() as db:
            # Core rows (not ORM-loaded ones): a million of them are read.
            chunk = db.connection().execute(select(*_COLUMNS, Person.latin_key.label("stored_latin"))
                                            .where(Person.id > last_id).order_by(Person.id)
                                            .limit(VAULT_CHUNK)).all()
        if not chunk:
            break
        last_id = chunk[-1].id
        for row in chunk:
            # The blocks this person is in, from the few fields they are made of; only someone
            # sharing a block with a row of the file is made a whole profile and scored.
            probe.fill(row, norm, latin_firsts)
            hits = [block for key in _block_keys(probe) if (block := blocks.get(key))]
            if not hits:
                continue
            vault_profile = _Profile(candidate_from_row(row), norm)
            for block in hits:
                for mine in block:
                    pair = (mine.id, row.id)
                    if pair in scored:
                        continue
                    scored.add(pair)
                    match = _score(mine, vault_profile)
                    if match is None:
                        continue
                    plan_row = by_row[-mine.id]
                    if _identity(mine) == _identity(vault_profile):
                        plan_row.already_present = plan_row.already_present or row.file_number
                    plan_row.duplicates.append(Duplicate(match.score, match.reasons, person_id=row.id,
                                                         file_number=row.file_number))
        read += len(chunk)
        if progress is not None and vault_total:
            progress(done + (total - done) * min(read, vault_total) // vault_total, total)
    for r in rows:
        r.duplicates.sort(key=lambda d: -d.score)
        del r.duplicates[5:]


class _Probe:
    """What db/duplicates._block_keys reads of a profile, for one person of the vault: the same
    values _Profile would hold (through the same normaliser), the Latin key only when it can
    matter (see _find_duplicates)."""

    __slots__ = ("birth_year", "father", "first", "grandfather", "latin", "mother", "phone")

    def fill(self, row, norm, latin_firsts: set[str]) -> None:
        self.first = norm.name(row.first_name or "")
        self.father = norm.name(row.father_name or "")
        self.grandfather = norm.name(row.grandfather_name or "")
        self.mother = norm.tokens(row.mother_name or "")
        born = row.birth_date
        self.birth_year = born.year if born and (row.birth_precision or "exact") != "unknown" else None
        self.phone = norm.phone(row.phone or "")
        latin = row.name_latin or ""
        if latin and latin_firsts and not latin_firsts.isdisjoint((row.stored_latin or "").split()):
            self.latin = norm.latin_key(latin)
        else:
            self.latin = ""


# --- Writing --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportResult:
    run_id: int
    people: int
    households: int
    rejected: int
    skipped: int
    already_present: int
    file_numbers: tuple[str, ...]
    person_ids: tuple[int, ...]
    seconds: float

    def as_dict(self) -> dict:
        data = dataclasses.asdict(self)
        data["file_numbers"] = list(self.file_numbers[:50])
        data.pop("person_ids")
        return data


def import_rows(
    session: UserSession, plan: Plan, progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ImportResult:
    """Write every accepted row of `plan` in ONE transaction: households, people (file numbers
    given or made from the office's pattern, never reused), the mother-child relations the
    household grid makes, where each came from, one audit entry. A file number taken since the
    check, a cancel (`cancel()` true) or any failure rolls everything back: nothing is written.
    `progress(done, total)` after each chunk of rows."""
    import time

    from db.search import person_keys
    from db.validation import FileNumberPattern

    session.require(Action.IMPORT)
    started = time.perf_counter()
    pattern = FileNumberPattern(plan.pattern)
    households = plan.to_write()
    rows = [plan.row(n) for h in households for n in h.rows]
    total = len(rows)
    counts = plan.counts()
    with session.transaction() as db:
        _recheck_file_numbers(db, rows)
        run = ImportRun(username=session.user.username, file_sha256=plan.file_sha256, rows_read=len(plan.rows),
                        rows_rejected=counts["rejected"], rows_skipped=counts["skipped"],
                        already_present=counts["already_present"])
        db.add(run)
        db.flush()
        next_household = (db.scalar(select(func.max(Household.id))) or 0) + 1
        next_person = (db.scalar(select(func.max(Person.id))) or 0) + 1
        next_consent = (db.scalar(select(func.max(Consent.id))) or 0) + 1
        numbers = _FileNumbers(db, pattern, plan.today.year, {r.values["file_number"] for r in rows})
        now = utcnow()
        household_rows: list[dict] = []
        person_rows: list[dict] = []
        relation_rows: list[dict] = []
        origin_rows: list[dict] = []
        consent_rows: list[dict] = []
        scope_rows: list[dict] = []
        person_ids: list[int] = []
        file_numbers: list[str] = []
        done = 0

        def flush() -> None:
            nonlocal done
            if household_rows:
                _insert_many(db, Household.__table__, household_rows)
            if person_rows:
                _insert_many(db, Person.__table__, person_rows)
                _insert_many(db, ImportedPerson.__table__, origin_rows)
            if relation_rows:
                _insert_many(db, Relation.__table__, relation_rows)
            if consent_rows:
                _insert_many(db, Consent.__table__, consent_rows)
                _insert_many(db, ConsentScope.__table__, scope_rows)
            done += len(person_rows)
            household_rows.clear(), person_rows.clear(), relation_rows.clear(), origin_rows.clear()
            consent_rows.clear(), scope_rows.clear()
            if progress is not None:
                progress(done, total)
            if cancel is not None and cancel():
                raise ImportCancelled()

        with _bulk_load(db, total >= BULK_FROM and total * 4 >= next_person):
            for household in households:
                household_id = next_household
                next_household += 1
                values = dict(household.values.get("row") or {})
                household_rows.append({"id": household_id, **values, "created_at": now, "updated_at": now,
                                       "version": 1, "landmark": values.get("landmark", "")})
                ids_by_row: dict[int, int] = {}
                for number in household.rows:
                    r = plan.row(number)
                    person_id = next_person
                    next_person += 1
                    ids_by_row[number] = person_id
                    file_number = r.values["file_number"] or numbers.take()
                    person = {
                        **r.person, "id": person_id, "household_id": household_id, "file_number": file_number,
                        "current_pcode": values.get("current_pcode"), "created_at": now, "updated_at": now,
                        "version": 1,
                    }
                    person["search_key"], person["latin_key"] = person_keys(person)
                    person_rows.append(person)
                    origin_rows.append({"person_id": person_id, "import_run_id": run.id, "source_row": number,
                                        "notes": names.clean_text(r.values["notes"], max_length=MAX_NOTES)})
                    person_ids.append(person_id)
                    file_numbers.append(file_number)
                    if r.consent is not None:
                        given_by, guardian, given_on = r.consent
                        consent_rows.append({"id": next_consent, "person_id": person_id, "given_by": given_by,
                                             "guardian_name": guardian, "given_on": given_on, "withdrawn_on": None,
                                             "notes": ""})
                        scope_rows.append({"consent_id": next_consent, "scope": "registration", "agency": ""})
                        next_consent += 1
                    if r.mother_row and r.mother_row in ids_by_row:
                        mother_id = ids_by_row[r.mother_row]
                        relation_rows.append({"person_id": person_id, "related_person_id": mother_id, "kind": "mother",
                                              "registered_kind": ""})
                        relation_rows.append({"person_id": mother_id, "related_person_id": person_id, "kind": "child",
                                              "registered_kind": ""})
                if len(person_rows) >= WRITE_CHUNK:
                    flush()
            flush()
        numbers.save()
        run.people_added, run.households_added = len(person_ids), len(households)
        audit.append(db, session.user.actor, "people_imported", "import_run", run.id, {
            "file_sha256": plan.file_sha256,
            "file_name_sha256": hashlib.sha256(plan.file_name.encode("utf-8")).hexdigest(),
            "rows_read": len(plan.rows), "people_added": len(person_ids), "households_added": len(households),
            "rejected": counts["rejected"], "skipped": counts["skipped"],
            "already_present": counts["already_present"],
            "first_person_id": person_ids[0] if person_ids else None,
            "last_person_id": person_ids[-1] if person_ids else None,
        })
        run_id = run.id
    return ImportResult(run_id, len(person_ids), len(households), counts["rejected"], counts["skipped"],
                        counts["already_present"], tuple(file_numbers), tuple(person_ids),
                        round(time.perf_counter() - started, 3))


# What may be written into a statement: values that say nothing about anyone (no names, numbers,
# phones or dates of birth), so that no personal value ever appears in SQL text (an error message
# or a log line carries the statement, never its bound values).
_CONSTANT_TYPES = (type(None), bool, int, dt.datetime)  # the import's timestamps; not dates of birth
_CODE_COLUMNS = frozenset({
    "sex", "birth_precision", "relationship_to_head", "marital_status", "nationality_status", "school_enrolment",
    "displacement_status", "kind", "registered_kind", "given_by", "scope",
})


def _insert_many(db, table, rows: list[dict]) -> None:
    """Insert `rows` (dicts) into `table` with as few bound values as possible: a value the rows
    of a group all share (an empty text, the import's timestamp, a column default, a code) is
    written into the statement once instead of bound on every row. Under SQLCipher's memory
    security every bound text is a locked allocation (an mlock/munlock pair), so this is most of
    the cost of a large import. Rows are grouped by which of their columns are empty, so a
    column empty in most rows is a constant for those rows. Only empty values, numbers, the
    import's timestamps and codes (sex, relationship...) are written as constants (rendered by
    SQLAlchemy for the dialect): names, file numbers, phones and dates from the file are always
    bound, so none of them is ever in the text of a statement (which error messages and logs
    may show)."""
    from sqlalchemy import literal, literal_column

    if not rows:
        return
    dialect = db.get_bind().dialect
    # Every column gets a value: the row's, else the column's scalar default (what SQLAlchemy
    # would bind for it), so the rows' dicts need not carry the defaults.
    defaults = {c.name: c.default.arg for c in table.columns
                if c.default is not None and c.default.is_scalar}
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        full = {**defaults, **row}
        groups[tuple(sorted(k for k, v in full.items() if v is None or v == ""))].append(full)
    for members in groups.values():
        first = members[0]
        constant = {}
        for key, value in first.items():
            if not (value == "" or type(value) in _CONSTANT_TYPES
                    or (key in _CODE_COLUMNS and isinstance(value, str) and value.isascii() and value.isidentifier())):
                continue
            if all(m[key] == value and type(m[key]) is type(value) for m in members):
                constant[key] = value
        varying = [k for k in first if k not in constant]
        statement = insert(table)
        if constant:
            rendered = {
                key: literal_column(str(literal(value, table.c[key].type).compile(
                    dialect=dialect, compile_kwargs={"literal_binds": True})))
                for key, value in constant.items()
            }
            statement = statement.values(rendered)
        if varying:
            db.execute(statement, [{k: m[k] for k in varying} for m in members])
        else:
            for _member in members:
                db.execute(statement)


@contextmanager
def _bulk_load(db, enabled: bool) -> Iterator[None]:
    """A large import into a smaller vault: the search index and the people tables' secondary
    indexes are built once after the rows instead of row by row (each row's index updates pay
    SQLCipher's locked-memory allocations), in the same transaction, so a failure or a kill brings
    them back as they were. Into a large vault rebuilding would cost more than it saves."""
    if not enabled:
        yield
        return
    from db import search_sqlite

    conn = db.connection()
    indexes = [index for model in (Person, Household, Relation) for index in model.__table__.indexes]
    for index in indexes:
        index.drop(conn)
    with search_sqlite.bulk_load(conn):
        yield
    for index in indexes:
        index.create(conn)


def _recheck_file_numbers(db, rows: list[RowPlan]) -> None:
    given = {r.values["file_number"]: r.row for r in rows if r.values["file_number"]}
    wanted = sorted(given)
    for start in range(0, len(wanted), 900):
        chunk = wanted[start:start + 900]
        taken = set(db.scalars(select(Person.file_number).where(Person.file_number.in_(chunk))))
        if taken:
            number = min(taken)
            raise SanadError(given[number], fill(_FILE_NUMBER_TAKEN, number), text=_CHANGED_SINCE)


class _FileNumbers:
    """Numbers from the office's pattern for this year, after the counter (never reused), skipping
    any already in the vault or given in the file."""

    def __init__(self, db, pattern, year: int, given: set[str]) -> None:
        self.db, self.pattern, self.year, self.given = db, pattern, year, given
        self.counter = db.get(FileNumberCounter, year)
        if self.counter is None:
            self.counter = FileNumberCounter(year=year, last_seq=0)
            db.add(self.counter)
        self.seq = self.counter.last_seq
        self.ready: list[tuple[int, str]] = []
        # The pattern's pieces once (FileNumberPattern.format re-reads the pattern on every call).
        self.parts = pattern._parts()

    def _format(self, seq: int) -> str:
        out = []
        for literal, name, width in self.parts:
            out.append(literal)
            if name == "year":
                out.append(f"{self.year:04d}")
            elif name == "seq":
                out.append(f"{seq:0{width}d}")
        return "".join(out)

    def take(self) -> str:
        while not self.ready:
            batch = []
            for _ in range(500):
                self.seq += 1
                batch.append((self.seq, self._format(self.seq)))
            taken = set(self.db.scalars(select(Person.file_number).where(
                Person.file_number.in_([number for _s, number in batch]))))
            self.ready = [(seq, n) for seq, n in batch if n not in taken and n not in self.given]
            self.ready.reverse()
        self.used, number = self.ready.pop()
        return number

    def save(self) -> None:
        used = getattr(self, "used", None)
        if used is not None and used > self.counter.last_seq:
            self.counter.last_seq = used
        self.db.flush()


# --- Reports and the template ----------------------------------------------------------------------


def _atomic_workbook(workbook, path: Path, before_replace: Callable[[], None] | None = None) -> Path:
    """Saved under a temp name in the target folder, synced, then renamed over `path` (after
    `before_replace`, e.g. the audit entry: if that fails, no file is left) — the same staging the
    other Excel writers use (db/files.py), so OS errors become the same messages."""
    from db import files

    path = Path(path)
    with files.staged(path) as temp:
        workbook.save(temp)
        if before_replace is not None:
            before_replace()
        files.place(temp, path)
    return path


ERROR_REPORT_HEADINGS = (
    QT_TRANSLATE_NOOP("Import", "Row"), QT_TRANSLATE_NOOP("Import", "Column"),
    QT_TRANSLATE_NOOP("Import", "Problem"),
)
ERROR_REPORT_SHEET = QT_TRANSLATE_NOOP("Import", "Rejected rows")
WARNINGS_SHEET = QT_TRANSLATE_NOOP("Import", "Warnings")


def _check_xlsx(path: str | Path) -> None:
    if Path(path).suffix.lower() != ".xlsx":
        raise ValidationError("path", _NOT_XLSX)


def write_error_report(session: UserSession, plan: Plan, path: str | Path,
                       translate: Callable[[str], str] | None = None, *, right_to_left: bool = False) -> Path:
    """An .xlsx listing every rejected row (row, column, problem, and the row's cells as read),
    then the warnings; every cell written through exports/xlsx.set_cell (never a formula). It
    carries rows of the imported file out of the vault again: the import permission, and audited
    (counts only)."""
    from openpyxl import Workbook

    from exports.xlsx import set_cell

    session.require(Action.IMPORT)
    _check_xlsx(path)

    tr = translate or (lambda text: text)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = tr(ERROR_REPORT_SHEET)[:31]
    sheet.sheet_view.rightToLeft = right_to_left
    for col, value in enumerate([tr(h) for h in ERROR_REPORT_HEADINGS] + list(plan.headers), 1):
        set_cell(sheet.cell(1, col), value)
    line = 2
    for r in plan.rows:
        if not r.errors:
            continue
        # One line per rejected row, its problems together: corrected, the sheet imports again
        # (a row repeated once per problem would come back as that many people).
        columns = list(dict.fromkeys(issue.column for issue in r.errors if issue.column))
        cells = [r.row, ", ".join(columns), "\n".join(issue.message(translate) for issue in r.errors)]
        for col, value in enumerate(cells + list(plan.source.get(r.row, ())), 1):
            set_cell(sheet.cell(line, col), value)
        line += 1
    sheet.freeze_panes = "A2"
    warnings = workbook.create_sheet(tr(WARNINGS_SHEET)[:31])
    warnings.sheet_view.rightToLeft = right_to_left
    for col, value in enumerate([tr(h) for h in ERROR_REPORT_HEADINGS], 1):
        set_cell(warnings.cell(1, col), value)
    line = 2
    for issue in plan.warnings + [w for r in plan.rows for w in r.warnings] + duplicate_issues(plan):
        for col, value in enumerate((issue.row or "", issue.column, issue.message(translate)), 1):
            set_cell(warnings.cell(line, col), value)
        line += 1

    def audited() -> None:
        with session.transaction() as db:
            audit.append(db, session.user.actor, "import_error_report", "import", "", {
                "rejected_rows": sum(1 for r in plan.rows if r.errors), "warnings": line - 2})

    return _atomic_workbook(workbook, Path(path), audited)


def duplicate_issues_for(r: RowPlan) -> list[Issue]:
    """One row's likely duplicates (or its copy already in the vault) as warnings."""
    if r.errors:
        return []
    if r.already_present:
        return [Issue(r.row, "", _ALREADY_PRESENT, (r.already_present,), "warning")]
    return [Issue(r.row, "", _DUPLICATE_IN_FILE, (str(d.other_row), f"{d.score:g}"), "warning") if d.other_row
            else Issue(r.row, "", _DUPLICATE_IN_VAULT, (d.file_number, f"{d.score:g}"), "warning")
            for d in r.duplicates]


def duplicate_issues(plan: Plan) -> list[Issue]:
    """Every row's likely duplicates as warnings (for reports and the command line)."""
    return [issue for r in plan.rows for issue in duplicate_issues_for(r)]


TEMPLATE_SHEET = "people"
TEMPLATE_INSTRUCTIONS = (
    ("Sanad import template", "قالب الاستيراد في سند"),
    ("One row per person. Do not change the headings of the first row (English or Arabic headings are both "
     "accepted).", "سطر واحد لكل شخص. لا تغيّر عناوين السطر الأول (تُقبل العناوين بالإنجليزية أو بالعربية)."),
    ("file_number: leave empty and Sanad gives the next number of the office.",
     "رقم الملف: اتركه فارغاً ليعطي سند الرقم التالي للمنظمة."),
    ("household_ref: any word or number; rows with the same household_ref form one household.",
     "رمز الأسرة: أي كلمة أو رقم؛ الأسطر التي تحمل الرمز نفسه تكوّن أسرة واحدة."),
    ("relationship: head, spouse, son, daughter, mother, grandchild or other (one head per household; "
     "the first row of a household is the head if none is marked).",
     "الصلة برب الأسرة: رب الأسرة، زوج/زوجة، ابن، ابنة، أم، حفيد، آخر (رب أسرة واحد لكل أسرة)."),
    ("first_name, father_name, grandfather_name, family_name: the four-part name; mother_name: her full name "
     "(at least her name and her father's).",
     "الاسم واسم الأب واسم الجد واللقب: الاسم الرباعي؛ اسم الأم الثلاثي: اسمها واسم أبيها على الأقل."),
    ("sex: F or M.", "الجنس: F للأنثى أو M للذكر (أو أنثى / ذكر)."),
    ("birth_date: YYYY-MM-DD, YYYY-MM or YYYY (also 7/3/2015, day first). A Hijri date needs هـ or AH after it "
     "(1415/03/12 هـ); it is converted to the Gregorian calendar.",
     "تاريخ الميلاد: سنة-شهر-يوم أو سنة-شهر أو السنة وحدها (ويُقبل 7/3/2015، اليوم أولاً). "
     "يُكتب بعد التاريخ الهجري هـ (1415/03/12 هـ) ويُحوَّل إلى التاريخ الميلادي."),
    ("district, sub_district: p-code (IQG15Q05, IQG15Q05N01) or the name as in Sanad's list of places.",
     "القضاء والناحية: الرمز (IQG15Q05) أو الاسم كما في قائمة الأماكن في سند."),
    ("displacement_status: resident, idp, returnee or camp_departed.",
     "حالة النزوح: resident مقيم، idp نازح، returnee عائد، camp_departed خارج من المخيم."),
    ("Nothing is written until you have seen every problem and confirmed the import.",
     "لا يُحفظ شيء قبل أن تطّلع على كل المشكلات وتؤكد الاستيراد."),
)


def write_template(path: str | Path, *, lang: str = "en", rows: int = 2000) -> Path:
    """Sanad's own import template: fixed headings (English keys, or Arabic with lang="ar") that
    import with no mapping, lists to choose sex, relationship and displacement status from, text
    cells for numbers and dates (so leading zeros stay), and an instructions sheet in both languages."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation

    from exports.xlsx import set_cell

    _check_xlsx(path)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = TEMPLATE_SHEET
    sheet.sheet_view.rightToLeft = lang == "ar"
    bold = Font(bold=True)
    for col, key in enumerate(TEMPLATE_FIELDS, 1):
        cell = sheet.cell(1, col)
        set_cell(cell, ARABIC_HEADERS[key] if lang == "ar" else key)
        cell.font = bold
        letter = _column_letter(col - 1)
        sheet.column_dimensions[letter].width = 14 if key in ("sex", "relationship", "birth_date") else 20
        if key in ("file_number", "household_ref", "birth_date", "phone"):
            sheet.column_dimensions[letter].number_format = "@"  # text: leading zeros and dates stay as typed
    sheet.freeze_panes = "A2"
    lists = {
        "sex": "F,M",
        "relationship": ",".join(choices.codes(choices.RELATIONSHIP_TO_HEAD)),
        "displacement_status": "resident,idp,returnee,camp_departed",
    }
    for key, options in lists.items():
        col = _column_letter(TEMPLATE_FIELDS.index(key))
        validation = DataValidation(type="list", formula1=f'"{options}"', allow_blank=True)
        validation.error = "Choose one of / اختر إحدى القيم: " + options
        validation.errorTitle = "Sanad"
        validation.prompt = options
        sheet.add_data_validation(validation)
        validation.add(f"{col}2:{col}{rows + 1}")
    notes = workbook.create_sheet("instructions - التعليمات")
    notes.column_dimensions["A"].width = 90
    notes.column_dimensions["B"].width = 90
    for row, (english, arabic) in enumerate(TEMPLATE_INSTRUCTIONS, 1):
        set_cell(notes.cell(row, 1), english)
        set_cell(notes.cell(row, 2), arabic)
        if row == 1:
            notes.cell(row, 1).font = notes.cell(row, 2).font = bold
    return _atomic_workbook(workbook, Path(path))


# --- One call for the command line -----------------------------------------------------------------


def plan_file(session: UserSession, path: str | Path, *, sheet: str | None = None, mapping: Mapping | None = None,
              today: dt.date | None = None) -> Plan:
    """Read, map (the given mapping, else the suggested one) and check a file: the dry run."""
    table = read_table(path, sheet)
    return prepare(session, table, mapping or suggest_mapping(table.headers), today=today)
