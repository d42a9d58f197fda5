"""The indicator report as an Excel workbook (domain.md section 5): a cover sheet, a summary, and
one sheet per indicator with its tables (by document type or service, sex × age group, district,
displacement, disability), in Arabic (right-to-left sheets) or English.

Counts are numbers; suppressed ones are text ("<5", "x": db/indicators.py says the rule). Nothing
in it names a person: only counts leave. Written to a temporary file beside the target and renamed
into place (a full disk or a read-only folder is a clear message, never half a file), and audited
as an export (who, period, indicators, threshold).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from db import audit, indicators
from db.errors import ValidationError
from db.i18n import QT_TRANSLATE_NOOP
from db.indicators import Period, Report, Table
from db.session import UserSession
from exports.xlsx import set_cell

AUDIT_ENTITY = "indicator_report"

_NOT_XLSX = QT_TRANSLATE_NOOP("SanadError", "The report is an Excel file: choose a name ending in .xlsx.")
_NO_FOLDER = QT_TRANSLATE_NOOP("SanadError", "The folder %1 does not exist.")

# Words of the workbook: (English, Arabic).
WORDS: dict[str, tuple[str, str]] = {
    "title": ("Indicator report", "تقرير المؤشرات"),
    "cover": ("Cover", "الغلاف"),
    "summary": ("Summary", "الملخص"),
    "office": ("Office", "المنظمة"),
    "period": ("Period", "الفترة"),
    "from": ("From", "من"),
    "to": ("To", "إلى"),
    "made_by": ("Made by", "أعدّه"),
    "made_at": ("Made at (UTC)", "تاريخ الإعداد (بالتوقيت العالمي)"),
    "threshold": ("Smallest count shown", "أصغر عدد يُعرض"),
    "anonymised": ("Anonymised", "مجهول الهوية"),
    "anonymised_yes": ("Yes: counts only, no names, phones, addresses or dates of birth; small counts hidden",
                       "نعم: أعداد فقط، بلا أسماء أو هواتف أو عناوين أو تواريخ ميلاد، مع إخفاء الأعداد الصغيرة"),
    "anonymised_counts": ("Counts only, no names, phones, addresses or dates of birth; small counts NOT hidden",
                          "أعداد فقط، بلا أسماء أو هواتف أو عناوين أو تواريخ ميلاد؛ الأعداد الصغيرة غير مخفية"),
    "age_groups": ("Age groups (age at the end of the period)", "الفئات العمرية (العمر في نهاية الفترة)"),
    "language": ("Language", "اللغة"),
    "rule": ("How small counts are hidden",
             "كيف تُخفى الأعداد الصغيرة"),
    "rule_text": ("A count from 1 to {n} is shown as \"<{t}\"; 0 stays 0. Where a total would give a hidden count "
                  "back, a second count in the same row or column is hidden too and shown as \"x\". A total hidden "
                  "in one table is hidden in every table of the indicator.",
                  "العدد من 1 إلى {n} يظهر \"<{t}\"، والصفر يبقى صفراً. وحيث يمكن أن يكشف المجموع عدداً مخفياً "
                  "يُخفى عدد ثانٍ في الصف أو العمود نفسه ويظهر \"x\". والمجموع المخفي في جدول يُخفى في كل "
                  "جداول المؤشر."),
    "counting": ("What is counted", "ما الذي يُعَدّ"),
    "records": ("Records (documents, services)", "سجلات (وثائق، خدمات)"),
    "people": ("Unique people", "أشخاص دون تكرار"),
    "people_note": ("A person counted under several rows is counted once in the totals.",
                    "الشخص المعدود في أكثر من صف يُعدّ مرة واحدة في المجاميع."),
    "indicator": ("Indicator", "المؤشر"),
    "total": ("Total", "المجموع"),
    "by_sex": ("by sex", "حسب الجنس"),
    "by_age": ("by age group", "حسب الفئة العمرية"),
    "age_sex": ("Age group and sex", "الفئة العمرية والجنس"),
    "district": ("District", "القضاء"),
    "displacement": ("Displacement status", "حالة النزوح"),
    "disability": ("Disability (Washington Group)", "الإعاقة (مجموعة واشنطن)"),
    "count": ("Count", "العدد"),
    "age": ("Age group", "الفئة العمرية"),
    "unknown_age": ("Not known", "غير معروف"),
    "doc_type": ("Document type", "نوع الوثيقة"),
    "service": ("Service", "الخدمة"),
    "outcome": ("Outcome", "النتيجة"),
    "state": ("State", "الحالة"),
    "urgency": ("Urgency", "درجة الاستعجال"),
    "nationality_status": ("Nationality", "الجنسية"),
    "marital_status": ("Marital status", "الحالة الزوجية"),
    "school_enrolment": ("School enrolment", "الالتحاق بالمدرسة"),
    "relationship_to_head": ("Relationship to the head of household", "الصلة برب الأسرة"),
    "outcome_reason": ("Reason closed", "سبب الإغلاق"),
    "not_recorded": ("Not recorded", "غير مسجَّل"),
    "month": ("Month", "شهر"),
    "quarter": ("Quarter", "ربع سنة"),
    "custom": ("From date to date", "من تاريخ إلى تاريخ"),
}
TOTAL_SUMMARY = ("Female", "إناث"), ("Male", "ذكور")


def word(key: str, lang: str) -> str:
    en, ar = WORDS[key]
    return ar if lang == "ar" else en


def _label(report: Report, dimension: str, code: str, lang: str) -> str:
    if dimension == "age":
        return word("unknown_age", lang) if code == indicators.UNKNOWN else code
    pair = report.labels.get(dimension, {}).get(code)
    if pair is None:
        return word("not_recorded", lang) if code == indicators.UNKNOWN else code
    en, ar = pair
    return (ar or en) if lang == "ar" else (en or ar)


def check_path(path: Path) -> Path:
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValidationError("path", _NOT_XLSX)
    if not path.parent.is_dir():
        raise ValidationError("path", _NO_FOLDER, str(path.parent))
    return path


def suggested_file_name(period: Period) -> str:
    """indicators-2026-10.xlsx: the period, nothing about anyone."""
    return f"indicators-{period.label.replace('..', '_to_')}.xlsx"


def _sheet_title(text: str, taken: set[str]) -> str:
    base = "".join(ch for ch in text if ch not in "[]:*?/\\'").strip()[:31] or "sheet"
    title, n = base, 2
    while title.casefold() in taken:
        suffix = f" ({n})"
        title, n = base[:31 - len(suffix)] + suffix, n + 1
    taken.add(title.casefold())
    return title


class _Sheet:
    """A cursor over a normal openpyxl sheet; every value goes through set_cell."""

    def __init__(self, sheet: Any, fonts: dict[str, Any], lang: str) -> None:
        self.sheet, self.fonts, self.row = sheet, fonts, 1
        if lang == "ar":
            sheet.sheet_view.rightToLeft = True

    def put(self, values: list[Any], style: str = "") -> None:
        for column, value in enumerate(values, 1):
            cell = self.sheet.cell(row=self.row, column=column)
            set_cell(cell, value)
            if style:
                cell.font = self.fonts[style]
            if isinstance(value, str) and value.startswith("<") or value == indicators.COMPLEMENTARY:
                cell.alignment = self.fonts["right"]
        self.row += 1

    def skip(self) -> None:
        self.row += 1


def _write_table(out: _Sheet, report: Report, table: Table, lang: str, by_field: str) -> None:
    row_field = by_field if table.row_dim == "by" else table.row_dim
    caption = {
        "by_sex": f"{word(by_field, lang) if by_field in WORDS else by_field} — {word('by_sex', lang)}",
        "by_age": f"{word(by_field, lang) if by_field in WORDS else by_field} — {word('by_age', lang)}",
    }.get(table.key, word(table.key, lang))
    out.put([caption], "bold")
    header_first = word(row_field, lang) if row_field in WORDS else row_field
    if table.col_dim:
        columns = [_label(report, table.col_dim, c, lang) for c in table.cols]
        out.put([header_first, *columns, word("total", lang)], "header")
    else:
        out.put([header_first, word("count", lang)], "header")
    for index, shown in enumerate(table.shown):
        name = word("total", lang) if index == len(table.rows) else _label(report, row_field, table.rows[index], lang)
        values = shown if table.col_dim else shown[:1]
        out.put([name, *values], "bold" if index == len(table.rows) else "")
    out.skip()


def _cover(out: _Sheet, report: Report, lang: str) -> None:
    office = (report.office_ar or report.office_en) if lang == "ar" else (report.office_en or report.office_ar)
    who = f"{report.full_name} ({report.username})" if report.full_name else report.username
    t = report.threshold
    anonymised = word("anonymised_yes" if t > 1 else "anonymised_counts", lang)
    out.put([word("title", lang)], "title")
    out.skip()
    for key, value in (
        ("office", office), ("period", f"{report.period.label} ({word(report.period.kind, lang)})"),
        ("from", report.period.start), ("to", report.period.end), ("made_by", who),
        ("made_at", report.generated_at.replace(tzinfo=None)), ("threshold", t), ("anonymised", anonymised),
        ("age_groups", ", ".join(b.code for b in report.bands)),
        ("language", "العربية" if lang == "ar" else "English"),
    ):
        out.put([word(key, lang), value], "")
        out.sheet.cell(row=out.row - 1, column=1).font = out.fonts["bold"]
    out.skip()
    out.put([word("rule", lang)], "bold")
    out.put([word("rule_text", lang).format(n=max(t - 1, 0), t=t)])
    out.put([word("people_note", lang)])
    out.sheet.column_dimensions["A"].width = 34
    out.sheet.column_dimensions["B"].width = 60


def _summary(out: _Sheet, report: Report, lang: str) -> None:
    out.put([word("indicator", lang), word("counting", lang), word("total", lang),
             *(ar if lang == "ar" else en for en, ar in TOTAL_SUMMARY)], "header")
    for result in report.results:
        d = result.definition
        # The sex totals and the grand total as the indicator's own sheet shows them (hidden alike).
        age_sex = next(t for t in indicators.tables(result, report.bands, report.threshold, report.labels)
                       if t.key == "age_sex")
        totals = dict(zip([*age_sex.cols, "total"], age_sex.shown[-1], strict=True))
        out.put([d.name(lang), word(d.counts, lang), totals["total"], totals["F"], totals["M"]])
    out.sheet.freeze_panes = "B2"
    out.sheet.column_dimensions["A"].width = 44
    out.sheet.column_dimensions["B"].width = 28


def build_workbook(report: Report, lang: str = "en") -> Any:
    """The report as an openpyxl Workbook (not yet saved)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    fonts = {"bold": Font(bold=True), "title": Font(bold=True, size=14), "header": Font(bold=True),
             "right": Alignment(horizontal="right")}
    workbook = Workbook()
    taken: set[str] = set()
    cover = workbook.active
    cover.title = _sheet_title(word("cover", lang), taken)
    _cover(_Sheet(cover, fonts, lang), report, lang)
    summary = workbook.create_sheet(_sheet_title(word("summary", lang), taken))
    _summary(_Sheet(summary, fonts, lang), report, lang)
    fill = PatternFill("solid", fgColor="DDE6F0")
    for row in summary.iter_rows(min_row=1, max_row=1):
        for cell in row:
            cell.fill = fill
    for index, result in enumerate(report.results, 1):
        d = result.definition
        sheet = workbook.create_sheet(_sheet_title(f"{index} {d.name(lang)}", taken))
        out = _Sheet(sheet, fonts, lang)
        out.put([d.name(lang)], "title")
        out.put([word("counting", lang), word(d.counts, lang), word("period", lang), report.period.label])
        out.skip()
        for table in indicators.tables(result, report.bands, report.threshold, report.labels):
            _write_table(out, report, table, lang, d.by)
        sheet.freeze_panes = "B3"
        sheet.column_dimensions["A"].width = 40
        for letter in "BCDEFGHIJ":
            sheet.column_dimensions[letter].width = 12
    return workbook


def write_report(session: UserSession, period: Period, path: Path, *, lang: str = "en",
                 threshold: int | None = None, utc_offset: dt.timedelta | None = None,
                 progress: indicators.Progress | None = None,
                 cancelled: indicators.Cancelled | None = None) -> Report:
    """Compute every active indicator for `period`, write the workbook to `path` atomically and
    audit the export in the same step (no file, no entry; no entry, no file).

    `progress(done, total)` counts indicators; `cancelled()` is asked before each indicator and
    once more after the workbook is staged, before the audit entry: when it says so,
    indicators.ReportCancelled is raised and there is no file under any name and no entry. The
    staged file is renamed into place only after the entry has committed."""
    from db import files

    path = check_path(path)
    report = indicators.compute_report(session, period, threshold=threshold, utc_offset=utc_offset,
                                       progress=progress, cancelled=cancelled)
    indicators.stop_if_cancelled(cancelled)
    workbook = build_workbook(report, lang)
    with files.staged(path) as temp:
        workbook.save(temp)
        indicators.stop_if_cancelled(cancelled)  # the last moment a cancel leaves nothing behind
        with session.transaction() as db:
            audit.append(db, session.user.actor, "export", AUDIT_ENTITY, report.period.label, {
                "kind": "indicators", "period": report.period.label, "lang": lang,
                "threshold": report.threshold, "indicators": [r.definition.code for r in report.results],
            })
        files.place(temp, path)
    return report
