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
            sheet.reset_dimensions()  # the declared size may be forged (X5): read what is there
            try:
                empty_row: object = None
                # No max_col: openpyxl would pad every row to it; rows are cut to the cap here instead.
                for number, row in enumerate(sheet.iter_rows(), 1):
                    # openpyxl pads a missing row with one shared tuple of empty cells: a sheet
                    # whose only cell is at row 1,048,576 must cost next to nothing per row.
                    if row is empty_row:
                        yield sheet.title, number, []
                        continue
                    last = min(len(row), max_columns)
                    while last and getattr(row[last - 1], "value", None) is None:
                        last -= 1
                    if last == 0:
                        empty_row = row
                        yield sheet.title, number, []
                        continue
                    cells = []
                    for cell in row[:last]:
                        value = getattr(cell, "value", None)
                        if type(value) is str:  # most cells: text, and never a formula unless marked so
                            cells.append(Cell(value, getattr(cell, "data_type", "") == "f"))
                            continue
                        formula = getattr(cell, "data_type", "") == "f"
                        typed = value if isinstance(value, int | float | dt.date) and not formula else None
                        cells.append(Cell(cell_text(value), formula, typed))
                    yield sheet.title, number, cells
            except FileRefused:
                raise
            except Exception as error:
                raise FileRefused(text=NOT_A_WORKBOOK) from error
    finally:
        workbook.close()


def _looks_binary(text: str) -> bool:
    return any(ch < " " and ch not in "\t\r\n\f" for ch in text[:65536])


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
