"""Cells for every Excel file Sanad writes: values keep their type, text can never become a formula.

openpyxl turns any string starting with "=" into a formula, and Excel or LibreOffice may evaluate a
cell starting with "+", "-", "@", a tab or a carriage return when someone edits it (security cases
X2/X3: formula injection). Every writer (lists, reports, subject access, error reports) goes through
`set_cell` (normal workbooks) or `write_only_cell` (streamed, write-only workbooks).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import decimal
import json
import os
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
    if isinstance(value, bool | int | float | decimal.Decimal):
        cell.value = value
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


def write_only_cell(sheet: Any, value: Any, font: Any = None) -> Any:
    """A cell for `sheet.append([...])` in a write-only workbook, with the same rules as set_cell."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet)
    set_cell(cell, value)
    if font is not None:
        cell.font = font
    return cell


# ---- streamed (write-only) sheets ------------------------------------------------------------------


def streamed_sheet(workbook: Any, title: str, folder: Path, *, right_to_left: bool,
                   widths: list[float] | None = None, freeze: str | None = None) -> Any:
    """A write-only sheet whose rows stream to a scratch file in `folder` (the export's own folder,
    chosen by the user: never the system's temp folder, which may be elsewhere), with direction,
    column widths and frozen panes set before the first row (openpyxl writes them first)."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet import _writer

    sheet = workbook.create_sheet(title)
    sheet.sheet_view.rightToLeft = right_to_left
    if freeze:
        sheet.freeze_panes = freeze
    for index, width in enumerate(widths or (), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    fd, name = tempfile.mkstemp(prefix=".sanad-sheet-", suffix=".xml", dir=folder)
    os.close(fd)
    _writer.ALL_TEMP_FILES.append(name)  # openpyxl removes it once the sheet is in the workbook
    sheet._writer = _writer.WorksheetWriter(sheet, out=name)
    sheet._writer.write_top()
    return sheet


def discard_workbook(workbook: Any) -> None:
    """Close and remove the scratch files of a write-only workbook that will not be saved
    (cancelled, or failed half way)."""
    from openpyxl.worksheet import _writer

    for sheet in workbook.worksheets:
        writer = getattr(sheet, "_writer", None)
        if writer is None:
            continue
        try:
            if getattr(sheet, "_rows", None) is not None:
                sheet._rows.close()
            writer.xf.close()
        except Exception:  # noqa: BLE001 - a half-written stream: closing is all that matters
            pass
        path = writer.out
        if isinstance(path, str):
            with contextlib.suppress(OSError):
                os.remove(path)
            with contextlib.suppress(ValueError):
                _writer.ALL_TEMP_FILES.remove(path)


def plain_or_cell(sheet: Any, value: Any) -> Any:
    """What to append for one value in a streamed row: the value itself when openpyxl stores it
    exactly as write_only_cell would (numbers, booleans, dates, which openpyxl formats as
    DATE_FORMAT, text that cannot start a formula), None for empty text (an empty cell), else a
    cell made by write_only_cell. A fraction of the cost on 100,000-row lists."""
    kind = type(value)
    if value is None or kind is int or kind is float or kind is bool or kind is dt.date:
        return value
    if kind is str:
        if not value:
            return None
        if not value.startswith(FORMULA_START) and len(value) <= EXCEL_CELL_LIMIT and _SAFE_TEXT.fullmatch(value):
            return value
    return write_only_cell(sheet, value)
