"""Cells for every Excel file Sanad writes: values keep their type, text can never become a formula.

openpyxl turns any string starting with "=" into a formula, and Excel or LibreOffice may evaluate a
cell starting with "+", "-", "@", a tab or a carriage return when someone edits it (security cases
X2/X3: formula injection). Every writer goes through `set_cell` (openpyxl workbooks: reports,
donor templates, subject access, import reports) or `StreamedSheet` (the streamed lists), which
type every value alike.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import decimal
import json
import math
import re
import tempfile
from pathlib import Path
from typing import Any

EXCEL_CELL_LIMIT = 32767
# Characters a spreadsheet may read as the start of a formula when the cell is edited.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
# Text openpyxl writes unchanged: no control character XML cannot carry (openpyxl's own rule).
_SAFE_TEXT = re.compile(r"[^\x00-\x08\x0b\x0c\x0e-\x1f]*")


def cell_text(value: Any, too_long: str = " …") -> str:
    """Text for one cell: characters XML cannot carry replaced, cut to Excel's cell limit."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(value, bytes | bytearray | memoryview):
        text = f"({len(value)} bytes)"
    elif isinstance(value, dict | list | tuple):
        text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    else:
        text = str(value)
    text = ILLEGAL_CHARACTERS_RE.sub("\ufffd", text)
    if len(text) > EXCEL_CELL_LIMIT:
        text = text[:EXCEL_CELL_LIMIT - len(too_long)] + too_long
    return text


def _naive(value: dt.datetime) -> dt.datetime:
    # Excel has no time zones: times are written in UTC.
    return value.astimezone(dt.UTC).replace(tzinfo=None) if value.tzinfo is not None else value


def set_cell(cell: Any, value: Any, too_long: str = " …") -> None:
    """One value into one cell: numbers, booleans and dates as themselves, everything else as text
    that can never be a formula or an error code."""
    if value is None:
        return
    if isinstance(value, bool | int) or (isinstance(value, float | decimal.Decimal) and math.isfinite(value)):
        cell.value = value  # (NaN and infinity have no cell of their own: written as text below)
    elif isinstance(value, dt.datetime):
        cell.value = _naive(value)
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, dt.date):
        cell.value = value
        cell.number_format = DATE_FORMAT
    else:
        text = cell_text(value, too_long)
        cell.value = text
        cell.data_type = "s"  # never "f" (formula) or "e" (error code)
        if text.startswith(FORMULA_START):
            cell.quotePrefix = True  # and Excel keeps it text when someone edits the cell


# ---- streamed lists (xlsxwriter, constant memory) ---------------------------------------------------------
#
# Plain lists of 100,000 rows are written with xlsxwriter's constant-memory mode: each row goes to a
# scratch file as soon as it is complete, strings inline, so memory stays flat; it writes the same
# cells in about half the time of openpyxl's write-only mode (tests/benchmarks/exports.py measures
# both). Reports, donor templates and other workbooks that are read or edited stay with openpyxl.


def _unwrap(exc: Exception) -> Exception:
    """xlsxwriter wraps the OSError of a full disk or a vanished folder in FileCreateError."""
    inner = exc.args[0] if exc.args else None
    return inner if isinstance(inner, OSError) else exc


class StreamedWorkbook:
    """A workbook written row by row into an open file (the caller's staged temp file), its scratch
    files in a private folder made inside `folder` (the export's own folder, chosen by the user:
    never the system's temp folder, which may be elsewhere), all removed by `save` or `discard`.
    Every cell follows the rules of set_cell: numbers, booleans and dates as themselves, text never
    a formula (a quote prefix when it starts like one), characters XML cannot carry replaced."""

    def __init__(self, path: Path, folder: Path) -> None:
        import xlsxwriter

        from db.files import SCRATCH_PREFIX

        self._scratch = Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX, dir=folder))
        self._handle = None
        try:
            self._handle = open(path, "wb")  # noqa: SIM115 - closed by save() or discard()
            self.book = xlsxwriter.Workbook(self._handle, {
                "constant_memory": True, "tmpdir": str(self._scratch),
                # Text is text: never turned into a number, a formula or a link.
                "strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False,
            })
        except BaseException:
            self.discard()
            raise
        self.bold = self.book.add_format({"bold": True})
        self._date = self.book.add_format({"num_format": DATE_FORMAT})
        self._datetime = self.book.add_format({"num_format": DATETIME_FORMAT})
        self._quoted = self.book.add_format({"quote_prefix": True})
        self._bold_quoted = self.book.add_format({"quote_prefix": True, "bold": True})
        self._header = self.book.add_format({"bold": True, "text_wrap": True, "valign": "top"})
        self._header_quoted = self.book.add_format({"bold": True, "text_wrap": True, "valign": "top",
                                                    "quote_prefix": True})

    def sheet(self, title: str, *, right_to_left: bool, widths: list[float] | None = None,
              freeze_header: bool = False) -> StreamedSheet:
        worksheet = self.book.add_worksheet(title)
        if right_to_left:
            worksheet.right_to_left()
        for index, width in enumerate(widths or ()):
            worksheet.set_column(index, index, width)
        if freeze_header:
            worksheet.freeze_panes(1, 0)
        return StreamedSheet(self, worksheet)

    def save(self, active: StreamedSheet | None = None) -> None:
        """Finish the file (raises OSError when the disk is full or the folder went away)."""
        from xlsxwriter.exceptions import FileCreateError

        if active is not None:
            active.worksheet.activate()
        try:
            self.book.close()
            self._handle.close()
        except FileCreateError as exc:
            raise _unwrap(exc) from exc
        finally:
            self.discard()

    def discard(self) -> None:
        """Close every file this workbook holds open and remove its scratch folder (after save,
        or instead of it when the export was cancelled or failed half way)."""
        import shutil

        book = getattr(self, "book", None)
        for worksheet in (book.worksheets() if book is not None else ()):
            with contextlib.suppress(Exception):
                worksheet._opt_close()  # the row scratch file of constant-memory mode
        if self._handle is not None:
            with contextlib.suppress(OSError):
                self._handle.close()
        shutil.rmtree(self._scratch, ignore_errors=True)


class StreamedSheet:
    def __init__(self, workbook: StreamedWorkbook, worksheet: Any) -> None:
        self.workbook, self.worksheet = workbook, worksheet
        self.rows = 0

    def append(self, values: list[Any] | tuple[Any, ...], *, bold: int = 0) -> None:
        """One row after the last, cells typed as set_cell types them, the first `bold` of them in
        bold; None and "" leave a cell empty."""
        write, row = self._cell, self.rows
        for column, value in enumerate(values):
            if value is None:
                continue
            if column < bold:
                self._bold_cell(row, column, value)
            else:
                write(row, column, value)
        self.rows = row + 1

    def _cell(self, row: int, column: int, value: Any, text_format: Any = None, quoted: Any = None) -> None:
        sheet, book = self.worksheet, self.workbook
        kind = type(value)
        if kind is str:
            if not value:
                return
            if (not value.startswith(FORMULA_START) and len(value) <= EXCEL_CELL_LIMIT
                    and _SAFE_TEXT.fullmatch(value)):
                sheet.write_string(row, column, value, text_format)
                return
        elif kind is bool:
            sheet.write_boolean(row, column, value, text_format)
            return
        elif kind is int or (kind is float and math.isfinite(value)):
            sheet.write_number(row, column, value, text_format)
            return
        elif kind is decimal.Decimal and value.is_finite():
            sheet.write_number(row, column, float(value), text_format)
            return
        elif isinstance(value, dt.datetime):
            sheet.write_datetime(row, column, _naive(value), book._datetime)
            return
        elif isinstance(value, dt.date):
            sheet.write_datetime(row, column, value, book._date)
            return
        text = cell_text(value)
        if not text:
            return
        starts_formula = text.startswith(FORMULA_START)
        sheet.write_string(row, column, text, (quoted or book._quoted) if starts_formula else text_format)

    def header(self, values: list[str], widths: list[float]) -> None:
        """The first row: bold headings wrapped within their columns' widths, the row as tall as
        the longest needs (up to three lines), so no heading is cut off."""
        lines = max((math.ceil(len(text) / max(width - 1, 1)) for text, width in zip(values, widths, strict=False)),
                    default=1)
        self.worksheet.set_row(self.rows, 15 * min(max(lines, 1), 3))
        book = self.workbook
        for column, value in enumerate(values):
            self._cell(self.rows, column, value, book._header, book._header_quoted)
        self.rows += 1

    def _bold_cell(self, row: int, column: int, value: Any) -> None:
        self._cell(row, column, value, self.workbook.bold, self.workbook._bold_quoted)

    def autofilter(self, columns: int) -> None:
        """Filters on the header row over every row written."""
        self.worksheet.autofilter(0, 0, max(self.rows - 1, 0), max(columns - 1, 0))
