"""Reading tables from files someone brought in (an .xlsx workbook or a CSV / text export), safely:
shared by the place-table import (db/locations.py) and the people import (db/importing.py).

The kind of file comes from its bytes, not its name; zip members are checked before openpyxl sees
them (security case X4: names leading outside, far too much packed data, macros); openpyxl parses
the XML through defusedxml (X1-X3: entity bombs and external entities refused); a declared sheet
size is ignored (X5); formulas are kept as their text and flagged, never evaluated (X7); rows and
columns are capped. Every refusal is one translated message (FileRefused) and nothing is written.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from db.errors import SanadError
from db.i18n import QT_TRANSLATE_NOOP

# Zip pre-checks before openpyxl parses anything (security case X4).
MAX_ZIP_MEMBERS = 500
MAX_ZIP_TOTAL = 100 * 1024 * 1024
MAX_ZIP_RATIO = 100
DEFAULT_MAX_COLUMNS = 60

EMPTY_FILE = QT_TRANSLATE_NOOP("SanadError", "The file is empty. Nothing was imported.")
NOT_A_WORKBOOK = QT_TRANSLATE_NOOP(
    "SanadError",
    "The file is not a readable Excel workbook (.xlsx); it may be damaged or another kind of file renamed. "
    "Nothing was imported.",
)
ENCRYPTED = QT_TRANSLATE_NOOP(
    "SanadError",
    "The workbook is protected with a password. Open it in Excel, remove the password, save it and "
    "import it again. Nothing was imported.",
)
LEGACY_XLS = QT_TRANSLATE_NOOP(
    "SanadError",
    "This is an old Excel 97-2003 file (.xls). Save it as an Excel workbook (.xlsx) or as CSV UTF-8 and "
    "import that. Nothing was imported.",
)
MACROS = QT_TRANSLATE_NOOP(
    "SanadError",
    "The workbook contains macros. Save it as an Excel workbook without macros (.xlsx) and import that. "
    "Nothing was imported.",
)
UNSAFE_ZIP = QT_TRANSLATE_NOOP(
    "SanadError",
    "The workbook is built in an unsafe way (file names leading outside it, or far too much packed "
    "data). It was not opened. Nothing was imported.",
)
NOT_TEXT = QT_TRANSLATE_NOOP(
    "SanadError",
    "The file is neither an Excel workbook nor a text table Sanad can read. Save it as an Excel workbook "
    "(.xlsx) or as CSV UTF-8. Nothing was imported.",
)
UNREADABLE = QT_TRANSLATE_NOOP("SanadError", "Sanad could not read the file %1. Nothing was imported.")
NO_SUCH_SHEET = QT_TRANSLATE_NOOP("SanadError", "The workbook has no sheet called %1. Nothing was imported.")


class FileRefused(SanadError):
    """The whole file was refused; nothing was written."""


class Cell(NamedTuple):
    """One cell as read: its text, whether it held a formula (kept as its text, never evaluated),
    and the typed value Excel stored (a date, a number) when there was one. (A named tuple: a
    sheet has hundreds of thousands of cells, and a frozen dataclass is several times slower to make.)"""

    text: str
    formula: bool = False
    value: object = None


_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xltx", ".xltm", ".xls"}


def file_kind(path: Path, *, max_file_bytes: int, too_big: str, too_big_args: tuple = ()) -> str:
    """"xlsx" or "text", from the first bytes; refuses empty, too large, encrypted and .xls files."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as error:
        raise FileRefused(path.name, text=UNREADABLE) from error
    if size == 0:
        raise FileRefused(text=EMPTY_FILE)
    if size > max_file_bytes:
        raise FileRefused(*too_big_args, text=too_big)
    if head.startswith(_OLE_MAGIC):
        # An encrypted .xlsx is an OLE compound file holding EncryptionInfo and EncryptedPackage.
        with path.open("rb") as fh:
            data = fh.read(max_file_bytes)
        marker = "EncryptionInfo".encode("utf-16-le") in data or "EncryptedPackage".encode("utf-16-le") in data
        raise FileRefused(text=ENCRYPTED if marker else LEGACY_XLS)
    if head.startswith(_ZIP_MAGIC):
        return "xlsx"
    if path.suffix.lower() in _EXCEL_SUFFIXES:
        raise FileRefused(text=NOT_A_WORKBOOK)
    return "text"


def check_zip(path: Path) -> None:
    """Refuse a workbook whose zip members could hurt before anything is unpacked (X4, X6)."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise FileRefused(text=NOT_A_WORKBOOK) from error
    if len(members) > MAX_ZIP_MEMBERS or sum(m.file_size for m in members) > MAX_ZIP_TOTAL:
        raise FileRefused(text=UNSAFE_ZIP)
    names = set()
    for member in members:
        name = member.filename.replace("\\", "/")
        if name.startswith("/") or ".." in name.split("/") or ":" in name:
            raise FileRefused(text=UNSAFE_ZIP)
        if member.file_size > 1024 * 1024 and member.file_size > MAX_ZIP_RATIO * max(member.compress_size, 1):
            raise FileRefused(text=UNSAFE_ZIP)
        names.add(name.lower())
    if "xl/vbaproject.bin" in names:
        raise FileRefused(text=MACROS)
    if "xl/workbook.xml" not in names:
        raise FileRefused(text=NOT_A_WORKBOOK)


def cell_text(value: object) -> str:
    """The text of a typed cell value: whole numbers without ".0", dates as YYYY-MM-DD."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _load_read_only(path: Path):
    """openpyxl's read-only load_workbook, except that a worksheet's declared size is not looked
    for: it is ignored anyway (X5), and where a sheet has none (files written by openpyxl's
    write-only mode, some exports) openpyxl parses the whole sheet to find that out, on every
    load. Chart sheets are left out. (openpyxl internals, pinned by requirements.lock.)"""
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    class SizeUnread(ReadOnlyWorksheet):
        def _get_size(self) -> None:
            self._min_column = self._min_row = 1
            self._max_column = self._max_row = None

    class Reader(ExcelReader):
        def read_worksheets(self) -> None:
            for sheet, rel in self.parser.find_sheets():
                if rel.target not in self.valid_files or "chartsheet" in rel.Type:
                    continue
                worksheet = SizeUnread(self.wb, sheet.name, rel.target, self.shared_strings)
                worksheet.sheet_state = sheet.state
                self.wb._sheets.append(worksheet)

    # data_only=False: a formula stays its text and is flagged, never evaluated (X7).
    reader = Reader(path, read_only=True, keep_vba=False, data_only=False, keep_links=False)
    reader.read()
    return reader.wb


def _open_workbook(path: Path):
    check_zip(path)
    try:
        return _load_read_only(path)
    except Exception as error:  # openpyxl (and defusedxml) raise many kinds for broken files; each means the same
        raise FileRefused(text=NOT_A_WORKBOOK) from error


def sheet_names(path: Path, *, max_file_bytes: int, too_big: str, too_big_args: tuple = ()) -> list[str]:
    """The worksheets of a workbook (chart sheets left out); [""] for a text file."""
    path = Path(path)
    if file_kind(path, max_file_bytes=max_file_bytes, too_big=too_big, too_big_args=too_big_args) == "text":
        return [""]
    workbook = _open_workbook(path)
    try:
        return [sheet.title for sheet in workbook.worksheets if hasattr(sheet, "reset_dimensions")]
    finally:
        workbook.close()


def read_rows(
    path: Path, *, max_file_bytes: int, too_big: str, too_big_args: tuple = (), sheet: str | None = None,
    max_columns: int = DEFAULT_MAX_COLUMNS, legacy_encodings: bool = False,
) -> Iterator[tuple[str, int, list[Cell]]]:
    """(sheet name, row number, cells) for every row (headers and empty rows included) of one
    sheet, or of every sheet when `sheet` is None. The caller counts rows and stops at its cap:
    this is a generator, so a sheet of a million rows is never read whole.

    `legacy_encodings`: a text file that is not UTF-8 may be Windows-1256 (Arabic Windows)."""
    path = Path(path)
    kind = file_kind(path, max_file_bytes=max_file_bytes, too_big=too_big, too_big_args=too_big_args)
    if kind == "xlsx":
        yield from _read_xlsx(path, sheet, max_columns)
    else:
        yield from _read_text(path.read_bytes(), max_columns, legacy_encodings)


def _read_xlsx(path: Path, wanted: str | None, max_columns: int) -> Iterator[tuple[str, int, list[Cell]]]:
    workbook = _open_workbook(path)
    try:
        sheets = [s for s in workbook.worksheets if hasattr(s, "reset_dimensions")]  # not chart sheets
        if wanted is not None:
            sheets = [s for s in sheets if s.title == wanted]
            if not sheets:
                raise FileRefused(wanted, text=NO_SUCH_SHEET)
        for sheet in sheets:
            try:
                yield from _sheet_rows(workbook, sheet, max_columns)
            except FileRefused:
                raise
            except Exception as error:
                raise FileRefused(text=NOT_A_WORKBOOK) from error
    finally:
        workbook.close()


def _sheet_rows(workbook, sheet, max_columns: int) -> Iterator[tuple[str, int, list[Cell]]]:
    """The rows of one worksheet, read from its XML as it is unpacked (`_SheetReader`). The
    workbook's own parts (sheet names, shared strings, number formats, the 1900 or 1904 date
    system) are openpyxl's; the sheet itself, nearly all of the work, is read here: openpyxl's
    read-only reader builds an element tree and an object for every cell, four times slower.
    A row missing from the sheet is yielded empty (the caller counts rows and stops at its cap);
    a row numbered at or before one already read is left out, as openpyxl does."""
    reader = _SheetReader(sheet._shared_strings, workbook._date_formats, workbook._timedelta_formats,
                          workbook.epoch, max_columns)
    last = 0
    unpacked = 0
    with workbook._archive.open(sheet._worksheet_path) as source:
        while True:
            chunk = source.read(_XML_CHUNK)
            unpacked += len(chunk)
            if unpacked > MAX_ZIP_TOTAL:
                raise FileRefused(text=UNSAFE_ZIP)  # more than the zip said (checked before opening)
            reader.feed(chunk, final=not chunk)
            for number, cells in reader.take():
                if number <= last:
                    continue
                for missing in range(last + 1, number):
                    yield sheet.title, missing, []
                last = number
                yield sheet.title, number, cells
            if not chunk:
                break


_XML_CHUNK = 256 * 1024
_MAIN_NAMESPACES = ("http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main")
_TAGS = {f"{ns}}}{tag}": tag for ns in _MAIN_NAMESPACES for tag in ("row", "c", "v", "f", "is", "t", "rPh")}
_DIGITS = "0123456789"
_EXCEL_COLUMNS = 16_384  # XFD


def _column_index(letters: str, cache: dict[str, int] = {}) -> int:  # noqa: B006 (a cache on purpose)
    index = cache.get(letters)
    if index is None:
        index = 0
        for ch in letters.upper():
            index = index * 26 + (ord(ch) - 64)
        cache[letters] = index
    return index


def _typed_cell(value: object) -> Cell:
    """A cell holding a typed value (a number, a date, a boolean), as the rest of Sanad reads it."""
    typed = value if isinstance(value, int | float | dt.date) else None
    return Cell(cell_text(value), False, typed)


class _SheetReader:
    """One worksheet's XML, parsed as it comes (expat through defusedxml: a document type, entity
    declarations and external references are refused, so entity bombs and XXE never expand),
    into (row number, cells). Cells are converted as openpyxl's read-only reader converts them
    (openpyxl.worksheet._reader.WorkSheetParser.parse_cell): shared and inline strings (phonetic
    runs left out), numbers as int or float, dates by the cell's number format, booleans, ISO
    dates, error values as their text, and formulas as "=" and their text, never evaluated (a
    shared formula translated to its cell, as openpyxl does). Cells past `max_columns` are not
    kept; a sheet's declared size (<dimension>) is never read."""

    def __init__(self, shared_strings, date_styles, timedelta_styles, epoch, max_columns: int) -> None:
        from defusedxml.ElementTree import DefusedXMLParser

        # The pure-Python ElementTree parser defusedxml builds; only its expat parser is used,
        # with defusedxml's refusing handlers for document types, entities and external
        # references left in place, and this reader's handlers for elements and text.
        self._defused = DefusedXMLParser(forbid_dtd=True)
        parser = self._parser = self._defused.parser
        parser.DefaultHandlerExpand = None
        parser.StartNamespaceDeclHandler = parser.EndNamespaceDeclHandler = None
        parser.CommentHandler = parser.ProcessingInstructionHandler = None
        parser.CharacterDataHandler = None
        parser.ordered_attributes = False
        parser.buffer_text = True
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        self.shared = shared_strings
        self.date_styles, self.timedelta_styles, self.epoch = date_styles, timedelta_styles, epoch
        self.max_columns = max_columns
        self.done: list[tuple[int, list[Cell]]] = []
        self.row_number = 0
        self.column = 0
        self.cells: dict[int, Cell] = {}
        self.text: list[str] = []
        self.kind = "n"
        self.style = 0
        self.ref: str | None = None
        self.value: str | None = None
        self.formula: str | None = None
        self.formula_attrs: dict = {}
        self.inline: list[str] | None = None
        self.phonetic = False
        self.shared_formulas: dict = {}

    def feed(self, data: bytes, *, final: bool) -> None:
        self._parser.Parse(data, final)

    def take(self) -> list[tuple[int, list[Cell]]]:
        done, self.done = self.done, []
        return done

    def _collect(self) -> None:
        self.text = []
        self._parser.CharacterDataHandler = self.text.append

    def _collected(self) -> str:
        self._parser.CharacterDataHandler = None
        return "".join(self.text)

    def _start(self, name: str, attrs: dict) -> None:
        tag = _TAGS.get(name)
        if tag is None:
            return
        if tag == "c":
            ref = attrs.get("r")
            if ref:
                self.column = _column_index(ref.rstrip(_DIGITS))
                if not 1 <= self.column <= _EXCEL_COLUMNS:
                    raise ValueError("not a cell reference")  # the workbook is refused, as openpyxl refuses it
            else:
                self.column += 1
            self.ref = ref
            self.kind = attrs.get("t", "n")
            style = attrs.get("s")
            self.style = int(style) if style else 0
            self.value = self.formula = self.inline = None
        elif tag == "v":
            self._collect()
        elif tag == "row":
            number = attrs.get("r")
            if number:
                try:
                    self.row_number = int(number)
                except ValueError:
                    as_float = float(number)
                    if not as_float.is_integer():
                        raise
                    self.row_number = int(as_float)
            else:
                self.row_number += 1
            self.column = 0
            self.cells = {}
        elif tag == "f":
            self.formula_attrs = attrs
            self._collect()
        elif tag == "is":
            self.inline = []
        elif tag == "t":
            if self.inline is not None and not self.phonetic:
                self._collect()
        elif tag == "rPh":
            self.phonetic = True

    def _end(self, name: str) -> None:
        tag = _TAGS.get(name)
        if tag is None:
            return
        if tag == "v":
            self.value = self._collected()
        elif tag == "c":
            if self.column <= self.max_columns:
                cell = self._cell()
                if cell is not None:
                    self.cells[self.column] = cell
        elif tag == "row":
            cells = self.cells
            if cells:
                width = max(cells)
                row = [_EMPTY] * width
                for column, cell in cells.items():
                    row[column - 1] = cell
                self.done.append((self.row_number, row))
            else:
                self.done.append((self.row_number, []))
            self.cells = {}
        elif tag == "f":
            self.formula = self._collected()
        elif tag == "t":
            if self.inline is not None and not self.phonetic:
                self.inline.append(self._collected())
        elif tag == "rPh":
            self.phonetic = False

    def _cell(self) -> Cell | None:
        kind = self.kind
        if self.formula is not None:
            return Cell(self._formula_text(), True)
        value = None if kind == "inlineStr" else (self.value or None)
        if value is None:
            if kind == "inlineStr" and self.inline is not None:
                return Cell("".join(self.inline))
            return None
        if kind == "s":
            return Cell(self.shared[int(value)])
        if kind == "n":
            number = float(value) if ("." in value or "E" in value or "e" in value) else int(value)
            if self.style in self.date_styles:
                from openpyxl.utils.datetime import from_excel

                try:
                    return _typed_cell(from_excel(number, self.epoch, timedelta=self.style in self.timedelta_styles))
                except (OverflowError, ValueError):
                    return Cell("#VALUE!")  # openpyxl's reading of a date out of range
            return _typed_cell(number)
        if kind == "b":
            return _typed_cell(bool(int(value)))
        if kind == "d":
            from openpyxl.utils.datetime import from_ISO8601

            return _typed_cell(from_ISO8601(value))
        return Cell(value)  # "str" (a formula's cached text), "e" (an error such as #N/A), or unknown

    def _formula_text(self) -> str:
        text = "=" + (self.formula or "")
        attrs = self.formula_attrs
        if attrs.get("t") == "shared":
            index = attrs.get("si")
            if index in self.shared_formulas and self.ref:
                return self.shared_formulas[index].translate_formula(self.ref)
            if self.formula and self.ref:
                from openpyxl.formula.translate import Translator

                self.shared_formulas[index] = Translator(text, self.ref)
        return text


_EMPTY = Cell("")


def _looks_binary(text: str) -> bool:
    """Many control characters: not text. A stray one in a cell (a vertical tab pasted from Word)
    is the row's problem, not the file's (security case X8)."""
    sample = text[:65536]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\r\n\f")
    return controls > max(8, len(sample) // 100)


def decode_text(data: bytes, *, legacy_encodings: bool = False) -> str:
    """UTF-8 (with or without BOM) or UTF-16 (Excel's "Unicode text"); with `legacy_encodings`,
    Windows-1256 when the bytes are not UTF-8. Raises UnicodeDecodeError when none fits."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        # UTF-16 without a byte-order mark: every other byte of plain text is zero.
        even_zeros = data[0:4096:2].count(0)
        odd_zeros = data[1:4096:2].count(0)
        if odd_zeros > even_zeros:
            return data.decode("utf-16-le")
        if even_zeros > odd_zeros:
            return data.decode("utf-16-be")
        raise UnicodeDecodeError("utf-16", data, 0, 1, "binary")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        if not legacy_encodings:
            raise
    # Arabic Windows (Excel's "CSV" on an Arabic Windows). Every byte decodes, so judge the result:
    # text in it has no control characters.
    text = data.decode("cp1256")
    if _looks_binary(text):
        raise UnicodeDecodeError("cp1256", data, 0, 1, "binary")
    return text


def _read_text(data: bytes, max_columns: int, legacy_encodings: bool) -> Iterator[tuple[str, int, list[Cell]]]:
    try:
        text = decode_text(data, legacy_encodings=legacy_encodings)
    except UnicodeDecodeError as error:
        raise FileRefused(text=NOT_TEXT) from error
    if "\x00" in text or _looks_binary(text):
        raise FileRefused(text=NOT_TEXT)
    first_line = text.split("\n", 1)[0]
    delimiter = max(("\t", ";", ","), key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for number, row in enumerate(reader, 1):
            yield "", number, [Cell(value) for value in row[:max_columns]]
    except csv.Error as error:
        raise FileRefused(text=NOT_TEXT) from error
