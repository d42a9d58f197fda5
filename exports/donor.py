"""Donor templates (domain.md section 5): an office loads a donor's .xlsx once, maps cells of it to
our indicators (with a by value and disaggregation values, e.g. "referrals completed / female /
12-17"), and every period fills a copy with our figures, keeping the donor's layout.

* Loading reads the file safely (db/tabular.py: the kind of file from its bytes, zip members
  checked before openpyxl sees them, XML parsed through defusedxml, size capped) and keeps the
  bytes in the vault (`donor_template`), never on disk.
* Filling opens the stored bytes with openpyxl (formulas stay formulas: data_type "f", same text),
  writes only the mapped cells (through exports/xlsx.py set_cell), asks Excel to recalculate on
  opening, and saves atomically; audited as an export.
* openpyxl does not keep everything a workbook may hold: shapes and text boxes, form controls,
  slicers, sparklines and other newer Excel features, and some chart or picture formatting.
  `losses()` finds what a round trip through openpyxl would drop or change, so the user is told
  before filling (the mapping screen shows it; `fill_template` returns it).
* Figures are suppressed one by one ("<5" for small counts); the donor's own totals or formulas
  are outside our tables, so complementary suppression cannot be applied to them: the fill
  result says so when a mapped figure was hidden.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from db import audit, indicators
from db.errors import NoSuchRecord, ValidationError, ValidationErrors
from db.i18n import QT_TRANSLATE_NOOP
from db.indicators import DIMENSIONS, Period
from db.models_reports import DonorCell, DonorTemplate, Indicator
from db.permissions import Action
from db.session import UserSession
from exports.xlsx import set_cell

MAX_TEMPLATE_BYTES = 10 * 1024 * 1024
LAYOUT_ROWS = 300
LAYOUT_COLUMNS = 40
AUDIT_ENTITY = "donor_template"

_TOO_BIG = QT_TRANSLATE_NOOP("SanadError", "A donor template may be at most 10 MB. Nothing was added.")
_E_NAME = QT_TRANSLATE_NOOP("SanadError", "Give the template a name (the donor and the report).")
_E_NAME_TAKEN = QT_TRANSLATE_NOOP("SanadError", "There is already a template called %1.")
_E_SHEET = QT_TRANSLATE_NOOP("SanadError", "%1: the template has no sheet called %2.")
_E_CELL = QT_TRANSLATE_NOOP("SanadError", "%1 is not a cell address (write it like B7).")
_E_FORMULA = QT_TRANSLATE_NOOP("SanadError", "%1 holds a formula of the donor's: Sanad will not write over it.")
_E_MERGED = QT_TRANSLATE_NOOP("SanadError", "%1 lies inside merged cells: map the first cell of the merged area.")
_E_INDICATOR = QT_TRANSLATE_NOOP("SanadError", "%1: there is no indicator %2.")
_E_BY = QT_TRANSLATE_NOOP("SanadError", "%1: \"%2\" is not a value of this indicator's breakdown.")
_E_FILTER = QT_TRANSLATE_NOOP("SanadError", "%1: \"%2\" is not a value of %3.")
_E_TWICE = QT_TRANSLATE_NOOP("SanadError", "%1 is mapped twice.")
_NO_TEMPLATE = QT_TRANSLATE_NOOP("SanadError", "There is no donor template called %1.")

# What a round trip through openpyxl loses, by what the workbook holds (English sources; ui/ translates).
LOSSES = {
    "shapes": QT_TRANSLATE_NOOP("Donor", "Shapes and text boxes will be dropped."),
    "pictures": QT_TRANSLATE_NOOP("Donor", "Pictures (logos) will be dropped or changed."),
    "charts": QT_TRANSLATE_NOOP("Donor", "Charts will be dropped or lose some of their formatting."),
    "controls": QT_TRANSLATE_NOOP("Donor", "Buttons, check boxes and other form controls will be dropped."),
    "slicers": QT_TRANSLATE_NOOP("Donor", "Slicers and timelines will be dropped."),
    "pivots": QT_TRANSLATE_NOOP("Donor", "Pivot tables will be kept but not refreshed."),
    "extensions": QT_TRANSLATE_NOOP(
        "Donor", "Newer Excel features (sparklines, some conditional formats and data validations) may be dropped."),
    "comments": QT_TRANSLATE_NOOP("Donor", "Threaded comments will be dropped (notes are kept)."),
    "hidden_figures": QT_TRANSLATE_NOOP(
        "Donor", "Some figures are small and show as \"<N\"; the other figures of the same indicator show as "
        "\"x\" so the small ones cannot be worked out: the donor's own totals will not add them up."),
}


# ---- reading a workbook safely -------------------------------------------------------------------------


def _open(data: bytes, *, name: str = "template.xlsx") -> Any:
    """The workbook in `data`, checked as db/tabular.py checks imports (size, kind, zip, defusedxml)."""
    import tempfile

    import openpyxl

    from db.tabular import NOT_A_WORKBOOK, FileRefused, check_zip, file_kind

    if not openpyxl.DEFUSEDXML:  # security case X1: never parse a stranger's XML without it
        raise FileRefused(text=NOT_A_WORKBOOK)
    if len(data) > MAX_TEMPLATE_BYTES:
        raise FileRefused(text=_TOO_BIG)
    with tempfile.TemporaryDirectory(prefix="sanad-donor-") as folder:
        path = Path(folder) / "template.xlsx"
        path.write_bytes(data)
        if file_kind(path, max_file_bytes=MAX_TEMPLATE_BYTES, too_big=_TOO_BIG) != "xlsx":
            raise FileRefused(text=NOT_A_WORKBOOK)
        check_zip(path)
    try:
        return openpyxl.load_workbook(io.BytesIO(data), data_only=False, keep_links=True)
    except Exception as error:  # broken XML, entity bombs (defusedxml), missing parts: one message
        raise FileRefused(text=NOT_A_WORKBOOK) from error


def losses(data: bytes) -> list[str]:
    """Keys of LOSSES for what this workbook holds that openpyxl would drop or change."""
    found: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = [n.lower() for n in archive.namelist()]

        def read(prefix: str) -> str:
            return "".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist()
                           if n.lower().startswith(prefix) and n.lower().endswith(".xml"))

        drawings = read("xl/drawings/")
        sheets = read("xl/worksheets/")
    if re.search(r"<(\w+:)?(sp|grpSp|cxnSp)[ >]", drawings):
        found.append("shapes")
    if any(n.startswith("xl/media/") for n in names):
        found.append("pictures")
    if any(n.startswith("xl/charts/") for n in names):
        found.append("charts")
    if any(n.startswith(("xl/ctrlprops/", "xl/activex/")) for n in names):
        found.append("controls")
    if any(n.startswith(("xl/slicers/", "xl/timelines/", "xl/slicercaches/", "xl/timelinecaches/")) for n in names):
        found.append("slicers")
    if any(n.startswith("xl/pivottables/") for n in names):
        found.append("pivots")
    if "<extLst" in sheets or "<x:extLst" in sheets:
        found.append("extensions")
    if any(n.startswith("xl/threadedcomments/") for n in names):
        found.append("comments")
    return found


# ---- the layout the mapping screen shows -----------------------------------------------------------------


@dataclass(frozen=True)
class LayoutCell:
    sheet: str
    cell: str
    row: int
    column: int
    text: str  # what the cell shows ("" for an empty one)
    formula: bool = False
    merged_inside: bool = False  # part of a merged area but not its first cell
    label: str = ""  # the nearest text to its left and the nearest above, for a cell worth mapping


@dataclass
class SheetLayout:
    name: str
    rows: int
    columns: int
    cells: dict[tuple[int, int], LayoutCell] = field(default_factory=dict)
    truncated: bool = False

    def candidates(self) -> list[LayoutCell]:
        """Cells a figure may go to: not formulas, not inside merged areas, empty or a number,
        with a label next to them."""
        return [c for c in sorted(self.cells.values(), key=lambda c: (c.row, c.column))
                if c.label and not c.formula and not c.merged_inside
                and (c.text == "" or _is_number(c.text))]


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    return str(value)


def layout_of(data: bytes) -> list[SheetLayout]:
    workbook = _open(data)
    try:
        return [_sheet_layout(sheet) for sheet in workbook.worksheets]
    finally:
        workbook.close()


def _sheet_layout(sheet: Any) -> SheetLayout:
    from openpyxl.utils import get_column_letter

    rows = min(sheet.max_row or 1, LAYOUT_ROWS)
    columns = min(sheet.max_column or 1, LAYOUT_COLUMNS)
    layout = SheetLayout(sheet.title, rows, columns,
                         truncated=(sheet.max_row or 0) > LAYOUT_ROWS or (sheet.max_column or 0) > LAYOUT_COLUMNS)
    inside: set[tuple[int, int]] = set()
    for area in sheet.merged_cells.ranges:
        for r in range(area.min_row, min(area.max_row, rows) + 1):
            for c in range(area.min_col, min(area.max_col, columns) + 1):
                if (r, c) != (area.min_row, area.min_col):
                    inside.add((r, c))
    grid: dict[tuple[int, int], tuple[str, bool]] = {}
    for row in sheet.iter_rows(min_row=1, max_row=rows, max_col=columns):
        for cell in row:
            if cell.value is None or not hasattr(cell, "column"):
                continue
            formula = cell.data_type == "f"
            grid[(cell.row, cell.column)] = (str(cell.value) if formula else _shown(cell.value), formula)
    for r in range(1, rows + 1):
        left = ""
        for c in range(1, columns + 1):
            text, formula = grid.get((r, c), ("", False))
            above = next((grid[(rr, c)][0] for rr in range(r - 1, 0, -1)
                          if (rr, c) in grid and not grid[(rr, c)][1] and not _is_number(grid[(rr, c)][0])), "")
            label = " / ".join(part for part in (left, above) if part) if (text == "" or _is_number(text)) else ""
            if text or label:
                layout.cells[(r, c)] = LayoutCell(sheet.title, f"{get_column_letter(c)}{r}", r, c, text, formula,
                                                  (r, c) in inside, label if left else "")
            if text and not formula and not _is_number(text):
                left = text
    return layout


# ---- templates and mappings in the vault ---------------------------------------------------------------


@dataclass(frozen=True)
class TemplateInfo:
    id: int
    name: str
    file_name: str
    added_at: dt.datetime
    added_by: str
    cells: int
    losses: tuple[str, ...]


@dataclass(frozen=True)
class CellMapping:
    sheet: str
    cell: str
    indicator: str
    by_value: str = ""
    filters: dict[str, str] = field(default_factory=dict)

    def describe(self) -> str:
        parts = [self.indicator, self.by_value, *(f"{k}={v or '?'}" for k, v in sorted(self.filters.items()))]
        return " / ".join(p for p in parts if p)


def add_template(session: UserSession, name: str, path: Path) -> int:
    """Read a donor's workbook safely and keep it in the vault under `name`."""
    from db.tabular import FileRefused

    session.require(Action.EXPORT)
    name = (name or "").strip()
    if not name or len(name) > 120:
        raise ValidationErrors([(None, ValidationError("name", _E_NAME))])
    path = Path(path)
    try:
        if path.stat().st_size > MAX_TEMPLATE_BYTES:
            raise FileRefused(text=_TOO_BIG)
        data = path.read_bytes()
    except OSError as error:
        from db.tabular import UNREADABLE

        raise FileRefused(path.name, text=UNREADABLE) from error
    _open(data).close()  # refused here if it is not a safe, readable workbook
    with session.transaction() as db:
        if db.scalar(select(DonorTemplate.id).where(DonorTemplate.name == name)) is not None:
            raise ValidationErrors([(None, ValidationError("name", _E_NAME_TAKEN, name))])
        row = DonorTemplate(name=name, file_name=path.name[:255], data=data,
                            sha256=hashlib.sha256(data).hexdigest(), added_by=session.user.username)
        db.add(row)
        db.flush()
        return row.id


def list_templates(session: UserSession) -> list[TemplateInfo]:
    session.require(Action.EXPORT)
    with session.transaction() as db:
        counts = dict(db.execute(select(DonorCell.template_id, func.count()).group_by(DonorCell.template_id)).all())
        return [TemplateInfo(t.id, t.name, t.file_name, t.added_at, t.added_by, counts.get(t.id, 0),
                             tuple(losses(t.data)))
                for t in db.scalars(select(DonorTemplate).order_by(DonorTemplate.name))]


def template_id_by_name(session: UserSession, name: str) -> int:
    from db.errors import SanadError

    session.require(Action.EXPORT)
    with session.transaction() as db:
        found = db.scalar(select(DonorTemplate.id).where(DonorTemplate.name == name.strip()))
    if found is None:
        raise SanadError(name, text=_NO_TEMPLATE)
    return found


def _template(db: Any, template_id: int) -> DonorTemplate:
    row = db.get(DonorTemplate, template_id)
    if row is None:
        raise NoSuchRecord(template_id)
    return row


def template_layout(session: UserSession, template_id: int) -> list[SheetLayout]:
    session.require(Action.EXPORT)
    with session.transaction() as db:
        data = _template(db, template_id).data
    return layout_of(data)


def template_losses(session: UserSession, template_id: int) -> list[str]:
    session.require(Action.EXPORT)
    with session.transaction() as db:
        return losses(_template(db, template_id).data)


def mappings(session: UserSession, template_id: int) -> list[CellMapping]:
    session.require(Action.EXPORT)
    with session.transaction() as db:
        _template(db, template_id)
        return [_mapping(row) for row in db.scalars(
            select(DonorCell).where(DonorCell.template_id == template_id).order_by(DonorCell.sheet, DonorCell.id))]


def _mapping(row: DonorCell) -> CellMapping:
    try:
        filters = json.loads(row.filters or "{}")
    except ValueError:
        filters = {}
    return CellMapping(row.sheet, row.cell, row.indicator_code, row.by_value,
                       {str(k): str(v) for k, v in filters.items()} if isinstance(filters, dict) else {})


def dimension_values(session: UserSession) -> dict[str, list[str]]:
    """The values each disaggregation may take (the office's age bands; "" is "not known")."""
    from db.validation import DISPLACEMENT_STATUSES

    bands, _threshold = indicators.report_settings(session)
    return {"sex": ["F", "M", ""], "age": [b.code for b in bands] + [""], "district": [],
            "displacement": [*DISPLACEMENT_STATUSES, ""], "disability": ["yes", "no", ""]}


def check_mappings(session: UserSession, template_id: int, cells: Iterable[CellMapping]) -> list[ValidationError]:
    """What is wrong with a set of mappings for this template (empty: they can be saved)."""
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string
    from openpyxl.utils.exceptions import CellCoordinatesException

    session.require(Action.EXPORT)
    with session.transaction() as db:
        data = _template(db, template_id).data
        definitions = {d.code: d for d in (indicators._definition(r) for r in db.scalars(select(Indicator)))}
        by_values = {code: indicators.field_values(db, d.by) if d.by else None for code, d in definitions.items()}
    allowed = dimension_values(session)
    workbook = _open(data)
    problems: list[ValidationError] = []
    seen: set[tuple[str, str]] = set()
    try:
        for m in cells:
            where = f"{m.sheet}!{m.cell}"
            if m.sheet not in workbook.sheetnames:
                problems.append(ValidationError("sheet", _E_SHEET, where, m.sheet))
                continue
            try:
                letters, row = coordinate_from_string(m.cell.upper())
                column = column_index_from_string(letters)
            except (ValueError, TypeError, CellCoordinatesException):
                problems.append(ValidationError("cell", _E_CELL, m.cell))
                continue
            if (m.sheet, m.cell.upper()) in seen:
                problems.append(ValidationError("cell", _E_TWICE, where))
            seen.add((m.sheet, m.cell.upper()))
            sheet = workbook[m.sheet]
            if sheet.cell(row=row, column=column).data_type == "f":
                problems.append(ValidationError("cell", _E_FORMULA, where))
            for area in sheet.merged_cells.ranges:
                if (area.min_row <= row <= area.max_row and area.min_col <= column <= area.max_col
                        and (row, column) != (area.min_row, area.min_col)):
                    problems.append(ValidationError("cell", _E_MERGED, where))
            definition = definitions.get(m.indicator)
            if definition is None:
                problems.append(ValidationError("indicator", _E_INDICATOR, where, m.indicator))
                continue
            values = by_values.get(m.indicator)
            if m.by_value and (not definition.by or (values is not None and m.by_value not in values)):
                problems.append(ValidationError("by_value", _E_BY, where, m.by_value))
            for key, value in m.filters.items():
                if key not in DIMENSIONS or (key != "district" and value not in allowed[key]) or len(value) > 20:
                    problems.append(ValidationError("filters", _E_FILTER, where, value, key))
    finally:
        workbook.close()
    return problems


def save_mappings(session: UserSession, template_id: int, cells: Iterable[CellMapping]) -> int:
    """Replace the template's mapped cells with `cells` (checked first; all or nothing)."""
    cells = [CellMapping(m.sheet, m.cell.strip().upper(), m.indicator, m.by_value,
                         {k: v for k, v in m.filters.items() if k in DIMENSIONS}) for m in cells]
    problems = check_mappings(session, template_id, cells)
    if problems:
        raise ValidationErrors([(None, p) for p in problems])
    with session.transaction() as db:
        _template(db, template_id)
        for row in db.scalars(select(DonorCell).where(DonorCell.template_id == template_id)):
            db.delete(row)
        db.flush()
        for m in cells:
            db.add(DonorCell(template_id=template_id, sheet=m.sheet, cell=m.cell, indicator_code=m.indicator,
                             by_value=m.by_value, filters=json.dumps(m.filters, ensure_ascii=False, sort_keys=True)))
    return len(cells)


def delete_template(session: UserSession, template_id: int) -> None:
    session.require(Action.EXPORT)
    with session.transaction() as db:
        row = _template(db, template_id)
        for cell in db.scalars(select(DonorCell).where(DonorCell.template_id == template_id)):
            db.delete(cell)
        db.delete(row)


# ---- filling ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FillResult:
    path: Path
    cells: int
    warnings: tuple[str, ...]  # keys of LOSSES
    values: dict[str, Any]  # "Sheet!B7" -> what was written


def suggested_file_name(name: str, period: Period) -> str:
    safe = re.sub(r"[^\w\-]+", "-", name, flags=re.UNICODE).strip("-") or "donor"
    return f"{safe}-{period.label.replace('..', '_to_')}.xlsx"


def fill_template(session: UserSession, template_id: int, period: Period, path: Path, *,
                  threshold: int | None = None, utc_offset: dt.timedelta | None = None,
                  progress: indicators.Progress | None = None,
                  cancelled: indicators.Cancelled | None = None) -> FillResult:
    """A copy of the donor's workbook with our figures for `period` in its mapped cells, written
    atomically to `path` and audited; everything else of the workbook as openpyxl keeps it.
    `progress(done, total)` counts the mapped indicators; `cancelled()` is asked between them,
    between cells and before the audit entry (indicators.ReportCancelled: no file, no entry)."""
    from openpyxl.workbook.properties import CalcProperties

    from db import files
    from exports.report import check_path

    session.require(Action.EXPORT)
    path = check_path(path)
    with session.transaction() as db:
        template = _template(db, template_id)
        data, name = template.data, template.name
        cells = [_mapping(row) for row in db.scalars(select(DonorCell).where(DonorCell.template_id == template_id))]
    codes = sorted({m.indicator for m in cells})
    report = indicators.compute_report(session, period, codes=codes, threshold=threshold, utc_offset=utc_offset,
                                       progress=progress, cancelled=cancelled)
    indicators.stop_if_cancelled(cancelled)
    workbook = _open(data)
    written: dict[str, Any] = {}
    values = {id(m): indicators.cell_value(report.result(m.indicator), m.by_value, m.filters, report.threshold)
              for m in cells}
    # A donor's layout may map a total and its parts (Total 15, women 12, men "<5": 15 - 12 gives
    # the hidden count back), in any arrangement we cannot see. So once one figure of an indicator is
    # hidden, every other non-zero figure of that indicator is hidden too ("x"), as the report's
    # complementary suppression would.
    hiding = {m.indicator for m in cells if isinstance(values[id(m)], str)}
    for m in cells:
        indicators.stop_if_cancelled(cancelled)
        value = values[id(m)]
        if m.indicator in hiding and isinstance(value, int) and value != 0:
            value = indicators.COMPLEMENTARY
        set_cell(workbook[m.sheet][m.cell], value)
        written[f"{m.sheet}!{m.cell}"] = value
    workbook.calculation = workbook.calculation or CalcProperties()
    workbook.calculation.fullCalcOnLoad = True  # the donor's formulas add our figures up when opened
    warnings = losses(data)
    if any(isinstance(v, str) for v in written.values()):
        warnings.append("hidden_figures")
    with files.staged(path) as temp:
        workbook.save(temp)
        indicators.stop_if_cancelled(cancelled)  # the last moment a cancel leaves nothing behind
        with session.transaction() as db:
            audit.append(db, session.user.actor, "export", AUDIT_ENTITY, template_id, {
                "kind": "donor", "template": name, "period": period.label, "cells": len(written),
                "threshold": report.threshold,
            })
        files.place(temp, path)  # only once the entry has committed
    return FillResult(path, len(written), tuple(warnings), written)
