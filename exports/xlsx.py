"""Cells for every Excel file Sanad writes: values keep their type, text can never become a formula.

openpyxl turns any string starting with "=" into a formula, and Excel or LibreOffice may evaluate a
cell starting with "+", "-", "@", a tab or a carriage return when someone edits it (security cases
X2/X3: formula injection). Every writer (lists, reports, subject access, error reports) goes through
`set_cell` (normal workbooks) or `write_only_cell` (streamed, write-only workbooks).
"""

from __future__ import annotations

import datetime as dt
import decimal
import json
from typing import Any

EXCEL_CELL_LIMIT = 32767
# Characters a spreadsheet may read as the start of a formula when the cell is edited.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"


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
