"""List exports to Excel (issue 6, items 1, 3, 5 and 6): people, households, applications,
referrals, hearings and letters, with the filters of their list screens, streamed page by page
into a write-only workbook (memory stays flat for 100,000 rows), real cell types, a frozen header
row with filters, right-to-left sheets with Arabic headers for an Arabic export, and a cover sheet
saying what the file holds and who made it.

Anonymised by default (exports/anonymise.py decides which columns an anonymised export leaves
out); sensitive fields only after an administrator allowed them for this export. The file is
made beside its final place and moved there only once the audit entry is committed, so a failure
or a cancel leaves neither a file nor an entry.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db import export_data
from db.errors import SanadError, ValidationError
from db.export_data import Labels, Period
from db.files import place, staged
from db.i18n import QT_TRANSLATE_NOOP
from db.permissions import Action
from db.session import UserSession
from exports import anonymise
from exports.anonymise import (
    ADDRESS,
    BIRTH_DATE,
    DOCUMENT_NUMBER,
    FILE_NUMBER,
    FREE_TEXT,
    NAME,
    PHONE,
    PLAIN,
    RECORD_REF,
    SENSITIVE,
    Policy,
)
from exports.xlsx import StreamedSheet, StreamedWorkbook

LANGUAGES = ("ar", "en")
Progress = Callable[[int, int], None]


class ExportCancelled(SanadError):
    text = QT_TRANSLATE_NOOP("SanadError", "The export was cancelled. No file was made.")


_NOT_XLSX = QT_TRANSLATE_NOOP("SanadError", "Choose a file name ending in .xlsx.")
_NO_FOLDER = QT_TRANSLATE_NOOP("SanadError", "The folder %1 does not exist. Choose another place.")
_TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "SanadError", "This list has %1 rows and an Excel sheet holds %2 at most. Narrow the list with its "
    "filters or a period, and export it in parts.")
# Rows of an Excel sheet (1,048,576) less the header row.
MAX_ROWS = 1_048_575


# ---- columns ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    key: str
    en: str
    ar: str
    kind: str = PLAIN  # exports/anonymise.py kinds: what the column holds decides if it is written
    width: float = 14
    values: str = ""  # a VALUE_LABELS table: codes shown as words in the export's language
    namespace: str = ""  # pseudonyms of record references: one series per kind of record

    def header(self, lang: str) -> str:
        return self.ar if lang == "ar" else self.en


# Only the columns listed here are ever exported (security case D3): a new database column
# appears in no export until someone adds it here, with its kind.
COLUMNS: dict[str, tuple[Column, ...]] = {
    "people": (
        Column("file_number", "File number", "رقم الملف", FILE_NUMBER, 17),
        Column("household", "Household", "الأسرة", RECORD_REF, 12, namespace="household"),
        Column("first_name", "First name", "الاسم", NAME, 14),
        Column("father_name", "Father's name", "اسم الأب", NAME, 14),
        Column("grandfather_name", "Grandfather's name", "اسم الجد", NAME, 14),
        Column("family_name", "Family name", "اللقب", NAME, 14),
        Column("mother_name", "Mother's full name", "اسم الأم الثلاثي", NAME, 22),
        Column("name_latin", "Name in Latin letters", "الاسم بالحروف اللاتينية", NAME, 22),
        Column("sex", "Sex", "الجنس", PLAIN, 8, values="sex"),
        Column("birth_date", "Date of birth", "تاريخ الميلاد", BIRTH_DATE, 13),
        Column("birth_precision", "Date of birth known to", "دقة تاريخ الميلاد", BIRTH_DATE, 14, values="precision"),
        Column("age", "Age", "العمر", PLAIN, 7),
        Column("age_band", "Age group", "الفئة العمرية", PLAIN, 10),
        Column("relationship_to_head", "Relationship to the head", "الصلة برب الأسرة", PLAIN, 16,
               values="relationship"),
        Column("marital_status", "Marital status", "الحالة الزوجية", PLAIN, 16, values="marital"),
        Column("nationality_status", "Nationality", "الجنسية", PLAIN, 11, values="nationality"),
        Column("district", "District", "القضاء", PLAIN, 14),
        Column("sub_district", "Sub-district", "الناحية", PLAIN, 14),
        Column("neighbourhood", "Neighbourhood", "المحلة", ADDRESS, 16),
        Column("displacement", "Displacement status", "حالة النزوح", PLAIN, 14, values="displacement"),
        Column("disability", "Disability (Washington Group)", "إعاقة (مجموعة واشنطن)", PLAIN, 12),
        # The six answers (1 no difficulty .. 4 cannot do at all), headed as the import reads them back.
        *(Column(key, en, ar, PLAIN, 12) for key, en, ar in (
            ("wg_seeing", "Difficulty seeing (Washington Group 1-4)", "صعوبة في الرؤية"),
            ("wg_hearing", "Difficulty hearing (Washington Group 1-4)", "صعوبة في السمع"),
            ("wg_walking", "Difficulty walking or climbing steps (Washington Group 1-4)",
             "صعوبة في المشي أو صعود الدرج"),
            ("wg_remembering", "Difficulty remembering or concentrating (Washington Group 1-4)",
             "صعوبة في التذكر أو التركيز"),
            ("wg_selfcare", "Difficulty with self-care (Washington Group 1-4)", "صعوبة في العناية الذاتية"),
            ("wg_communicating", "Difficulty communicating (Washington Group 1-4)", "صعوبة في التواصل"))),
        Column("school_enrolment", "School enrolment", "الالتحاق بالمدرسة", PLAIN, 16, values="school"),
        Column("documents", "Documents held", "الوثائق المتوفرة", PLAIN, 30),
        Column("phone", "Phone", "الهاتف", PHONE, 14),
        Column("registered_on", "Registered on", "تاريخ التسجيل", PLAIN, 13),
        Column("perceived_affiliation", "Perceived affiliation", "انتماء مُتصوَّر", SENSITIVE, 12),
        Column("detained_relative", "Relative detained", "قريب محتجز", SENSITIVE, 12),
        Column("gbv_disclosure", "GBV disclosed", "إفصاح عن عنف قائم على النوع الاجتماعي", SENSITIVE, 12),
        Column("threats", "Threats received", "تعرّض لتهديدات", SENSITIVE, 12),
    ),
    "households": (
        Column("household", "Household", "الأسرة", RECORD_REF, 12, namespace="household"),
        Column("head_file_number", "Head's file number", "رقم ملف رب الأسرة", FILE_NUMBER, 17),
        Column("head_name", "Head of household", "رب الأسرة", NAME, 28),
        Column("district", "District", "القضاء", PLAIN, 14),
        Column("sub_district", "Sub-district", "الناحية", PLAIN, 14),
        Column("neighbourhood", "Neighbourhood", "المحلة", ADDRESS, 16),
        Column("landmark", "Landmark", "أقرب نقطة دالة", ADDRESS, 20),
        Column("phone", "Phone", "الهاتف", PHONE, 14),
        Column("displacement", "Displacement status", "حالة النزوح", PLAIN, 14, values="displacement"),
        Column("members", "Members", "عدد الأفراد", PLAIN, 9),
        Column("women_and_girls", "Women and girls", "النساء والفتيات", PLAIN, 10),
        Column("children", "Children under 18", "الأطفال دون 18", PLAIN, 10),
        Column("registry_record_no", "Civil registry record", "رقم السجل", DOCUMENT_NUMBER, 12),
        Column("registry_page_no", "Civil registry page", "رقم الصحيفة", DOCUMENT_NUMBER, 12),
        Column("registered_on", "Registered on", "تاريخ التسجيل", PLAIN, 13),
    ),
    "applications": (
        Column("file_number", "File number", "رقم الملف", FILE_NUMBER, 17),
        Column("person_name", "Person", "الشخص", NAME, 28),
        Column("doc_type", "Document", "الوثيقة", PLAIN, 24),
        Column("state", "Status", "الحالة", PLAIN, 20),
        Column("waiting", "Waiting for another application", "بانتظار معاملة أخرى", PLAIN, 12),
        Column("owner", "Owner", "المسؤول", PLAIN, 16),
        Column("next_action", "Next action", "الإجراء التالي", FREE_TEXT, 30),
        Column("next_action_due", "Due", "الموعد", PLAIN, 12),
        Column("overdue", "Overdue", "متأخرة", PLAIN, 9),
        Column("authority", "Authority", "الجهة المختصة", PLAIN, 20),
        Column("court", "Court", "المحكمة", PLAIN, 20),
        Column("case_number", "Case number", "رقم الدعوى", DOCUMENT_NUMBER, 14),
        Column("fee_amount", "Fee (Iraqi dinars)", "الرسوم (بالدينار العراقي)", PLAIN, 12),
        Column("fee_paid", "Fee paid", "دُفعت الرسوم", PLAIN, 9),
        Column("outcome", "Outcome", "النتيجة", PLAIN, 18, values="outcome"),
        Column("opened_on", "Opened on", "تاريخ الفتح", PLAIN, 12),
        Column("closed_on", "Closed on", "تاريخ الإغلاق", PLAIN, 12),
        Column("last_moved_on", "Last movement", "آخر حركة", PLAIN, 12),
    ),
    "referrals": (
        Column("reference", "Reference", "الرقم المرجعي", DOCUMENT_NUMBER, 18),
        Column("file_number", "File number", "رقم الملف", FILE_NUMBER, 17),
        Column("person_name", "Name", "الاسم", NAME, 28),
        Column("service", "Service", "الخدمة", PLAIN, 20, values="service"),
        Column("organisation", "Organisation", "الجهة", PLAIN, 24),
        Column("focal_point", "Focal point", "مسؤول الاتصال", NAME, 18),
        Column("urgency", "Urgency", "درجة الاستعجال", PLAIN, 11, values="urgency"),
        Column("state", "State", "الحالة", PLAIN, 14, values="referral_state"),
        Column("sent_on", "Sent on", "تاريخ الإرسال", PLAIN, 12),
        Column("follow_up_due", "Follow-up due", "موعد المتابعة", PLAIN, 12),
        Column("overdue", "Follow-up overdue", "المتابعة متأخرة", PLAIN, 10),
        Column("answered_on", "Answered on", "تاريخ الرد", PLAIN, 12),
        Column("days_to_answer", "Days to answer", "أيام حتى الرد", PLAIN, 9),
        Column("closed_on", "Closed on", "تاريخ الإغلاق", PLAIN, 12),
        Column("owner", "Responsible staff member", "الموظف المسؤول", PLAIN, 16),
    ),
    "hearings": (
        Column("held_on", "Hearing date", "تاريخ الجلسة", PLAIN, 12),
        Column("file_number", "File number", "رقم الملف", FILE_NUMBER, 17),
        Column("person_name", "Person", "الشخص", NAME, 28),
        Column("doc_type", "Document", "الوثيقة", PLAIN, 24),
        Column("application_state", "Application status", "حالة المعاملة", PLAIN, 18),
        Column("court", "Court", "المحكمة", PLAIN, 20),
        Column("judge", "Judge", "القاضي", NAME, 16),  # a name; with court and date it points to a case
        Column("case_number", "Case number", "رقم الدعوى", DOCUMENT_NUMBER, 14),
        Column("outcome", "Outcome", "النتيجة", PLAIN, 20, values="hearing_outcome"),
        Column("next_hearing_on", "Next hearing", "الجلسة التالية", PLAIN, 12),
        Column("owner", "Owner", "المسؤول", PLAIN, 16),
    ),
    "letters": (
        Column("reference", "Letter number", "رقم الكتاب", DOCUMENT_NUMBER, 18),
        Column("issued_on", "Issued on", "تاريخ الإصدار", PLAIN, 12),
        Column("file_number", "File number", "رقم الملف", FILE_NUMBER, 17),
        Column("person_name", "Person", "الشخص", NAME, 28),
        Column("template", "Letter", "الكتاب", PLAIN, 28),
        Column("template_version", "Template version", "إصدار القالب", PLAIN, 9),
        Column("lang", "Language", "اللغة", PLAIN, 10, values="lang"),
        Column("issued_by", "Issued by", "أصدره", PLAIN, 14),
        Column("state", "State", "الحالة", PLAIN, 12, values="letter_state"),
        Column("cancel_reason", "Why cancelled", "سبب الإلغاء", FREE_TEXT, 24),
        Column("verification", "Verification code", "رمز التحقق", DOCUMENT_NUMBER, 14),
    ),
}

# Codes as words, (English, Arabic): the app's own wording (ui/translations), so a list reads as
# the screens do. The export's language is chosen per export, not the window's.
VALUE_LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "sex": {"F": ("Female", "أنثى"), "M": ("Male", "ذكر")},
    "precision": {"exact": ("Day", "اليوم"), "month": ("Month", "الشهر"), "year": ("Year", "السنة"),
                  "about": ("About the year", "السنة تقريباً")},
    "relationship": {
        "head": ("Head of household", "ربّ/ربّة الأسرة"), "spouse": ("Spouse", "زوج/زوجة"), "son": ("Son", "ابن"),
        "daughter": ("Daughter", "ابنة"), "mother": ("Mother", "أم"), "grandchild": ("Grandchild", "حفيد/حفيدة"),
        "other": ("Other relative", "قريب آخر"),
    },
    "marital": {
        "single": ("Single", "أعزب/عزباء"), "married": ("Married", "متزوج/متزوجة"),
        "married_unregistered": ("Married, marriage not registered", "متزوجة، والزواج غير مسجّل"),
        "husband_missing": ("Husband missing or detained", "الزوج مفقود أو محتجز"),
        "widowed": ("Widowed", "أرمل/أرملة"), "divorced": ("Divorced", "مطلّق/مطلّقة"),
        "separated": ("Separated", "منفصل/منفصلة"),
    },
    "nationality": {"iraqi": ("Iraqi", "عراقي"), "foreign": ("Foreign", "أجنبي"),
                    "unknown": ("Not known", "غير معروف")},
    "displacement": {
        "resident": ("Resident", "مقيم"), "idp": ("Displaced", "نازح"), "returnee": ("Returnee", "عائد"),
        "camp_departed": ("Left a camp", "مغادر للمخيم"),
    },
    "school": {
        "enrolled": ("Enrolled", "مسجّل في المدرسة"), "not_enrolled": ("Never enrolled", "لم يسجَّل أبداً"),
        "dropped_out": ("Dropped out", "منقطع عن الدراسة"),
        "not_school_age": ("Not of school age", "ليس في سن الدراسة"),
    },
    "service": {
        "school_enrolment": ("School enrolment", "التسجيل في المدرسة"), "health_centre": ("Health centre", "مركز صحي"),
        "psychosocial_support": ("Psychosocial support", "الدعم النفسي والاجتماعي"),
        "livelihoods": ("Livelihoods", "سبل العيش"),
        "legal_representation": ("Legal representation by another agency", "تمثيل قانوني من جهة أخرى"),
        "shelter": ("Shelter", "مأوى"), "other": ("Other service", "خدمة أخرى"),
    },
    "urgency": {"normal": ("Normal", "عادية"), "urgent": ("Urgent", "عاجلة"), "emergency": ("Emergency", "طارئة")},
    "referral_state": {
        "sent": ("Sent", "أُرسلت"), "accepted": ("Accepted", "قُبلت"), "no_answer": ("No answer", "لا يوجد رد"),
        "service_given": ("Service given", "قُدِّمت الخدمة"), "refused": ("Refused", "رُفضت"),
    },
    "hearing_outcome": {
        "adjourned": ("Adjourned to another day", "أُجّلت إلى يوم آخر"),
        "granted": ("Decided in the client's favour", "حُكم لصالح المستفيد"), "refused": ("Refused", "رُفضت"),
        "absent": ("The client did not attend", "لم يحضر المستفيد"),
    },
    "lang": {"ar": ("Arabic", "العربية"), "en": ("English", "الإنجليزية")},
    "letter_state": {"issued": ("Issued", "صادر"), "cancelled": ("Cancelled", "ملغى")},
    "outcome": {
        "issued_first_instance": ("Issued at first instance", "صدرت من المرة الأولى"), "issued": ("Issued", "صدرت"),
        "pending_documents": ("Pending: missing supporting documents", "معلّقة: تنقصها مستمسكات داعمة"),
        "pending_absent": ("Pending: applicant absent", "معلّقة: صاحب الطلب غائب"),
        "rejected": ("Rejected", "رُفضت"), "counselling_only": ("Counselling only", "استشارة فقط"),
        "referred_out": ("Referred out", "أُحيلت إلى الخارج"),
    },
}

TITLES: dict[str, tuple[str, str]] = {
    "people": ("People", "الأشخاص"),
    "households": ("Households", "الأسر"),
    "applications": ("Applications", "المعاملات"),
    "referrals": ("Referrals", "الإحالات"),
    "hearings": ("Hearings", "الجلسات"),
    "letters": ("Letters issued", "الكتب الصادرة"),
}

# The cover sheet's words, (English, Arabic).
WORDS: dict[str, tuple[str, str]] = {
    "cover": ("About this file", "عن هذا الملف"),
    "office": ("Office", "المنظمة"),
    "list": ("List", "القائمة"),
    "period": ("Period", "الفترة"),
    "all_time": ("All records", "كل السجلات"),
    "filters": ("Filters", "عوامل التصفية"),
    "no_filters": ("None: the whole list", "لا شيء: القائمة كاملة"),
    "rows": ("Rows", "عدد الصفوف"),
    "anonymised": ("Anonymised", "مُجهَّل الهوية"),
    "key": ("Pseudonym key", "مفتاح الأسماء المستعارة"),
    "sensitive": ("Sensitive fields included", "يتضمن الحقول الحساسة"),
    "exported_by": ("Exported by", "صدّره"),
    "exported_at": ("Exported at (UTC)", "وقت التصدير (بالتوقيت العالمي)"),
    "language": ("Language", "اللغة"),
    "yes": ("Yes", "نعم"),
    "no": ("No", "لا"),
    "withheld": ("(given; not shown in an anonymised file)", "(مُحدَّد؛ لا يُعرض في ملف مُجهَّل الهوية)"),
    "notice": (
        "This file is not encrypted. Keep it only as long as it is needed, share it only with those who "
        "need it, then delete it.",
        "هذا الملف غير مشفّر. احتفظ به ما دامت الحاجة إليه قائمة فقط، ولا تشاركه إلا مع من يحتاجه، ثم احذفه.",
    ),
    "anonymised_notice": (
        "Names, phones, dates of birth, addresses and document numbers are left out; file numbers are "
        "replaced by pseudonyms that only this office can link back, and the rows are in random order.",
        "حُذفت الأسماء وأرقام الهواتف وتواريخ الميلاد والعناوين وأرقام الوثائق، واستُبدلت أرقام الملفات "
        "بأسماء مستعارة لا يستطيع ربطها بأصحابها إلا هذه المنظمة، ورُتّبت الصفوف ترتيباً عشوائياً.",
    ),
}

FILTER_LABELS: dict[str, tuple[str, str]] = {
    "search": ("Search", "البحث"), "sex": ("Sex", "الجنس"), "age_group": ("Age group", "الفئة العمرية"),
    "district": ("District", "القضاء"), "displacement": ("Displacement status", "حالة النزوح"),
    "has_document": ("Holds", "يملك"), "lacks_document": ("Lacks", "ينقصه"),
    "household_id": ("One household", "أسرة واحدة"), "state": ("Status", "الحالة"),
    "doc_type": ("Document", "الوثيقة"), "owner_id": ("Owner", "المسؤول"), "open_only": ("Open only", "المفتوحة فقط"),
    "overdue": ("Overdue only", "المتأخرة فقط"), "person_id": ("One person", "شخص واحد"),
    "service": ("Service", "الخدمة"), "organisation_id": ("Organisation", "الجهة"),
    "to_record_only": ("Outcome still to record", "لم تُسجَّل نتيجتها بعد"), "court": ("Court", "المحكمة"),
    "template_key": ("Letter", "الكتاب"), "referral_id": ("One referral", "إحالة واحدة"),
    "issued_from": ("Issued from", "صادر من تاريخ"), "issued_to": ("Issued until", "صادر حتى تاريخ"),
    "issued_by": ("Issued by", "أصدره"),
}
# Filters naming one person or household, or holding typed text (perhaps a name): an anonymised
# file says they were used, not what they were.
_IDENTIFYING_FILTERS = {"search", "person_id", "household_id", "court", "referral_id"}


def word(key: str, lang: str) -> str:
    en, ar = WORDS[key]
    return ar if lang == "ar" else en


def value_label(table: str, code: Any, lang: str) -> Any:
    pair = VALUE_LABELS.get(table, {}).get(code)
    if pair is None:
        return code
    return pair[1] if lang == "ar" else pair[0]


# ---- the request --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportRequest:
    """One export: which list (`kind`, one of db.export_data.KINDS), with which filters (the list
    screen's filter dataclass; None: the whole list), in which language, anonymised or not."""

    kind: str
    filters: Any = None
    lang: str = "ar"
    anonymised: bool = True
    include_sensitive: bool = False  # refused unless an administrator may see sensitive fields
    period: Period | None = None
    key_name: str = export_data.DEFAULT_KEY


@dataclass(frozen=True)
class ExportResult:
    path: Path
    kind: str
    rows: int
    anonymised: bool
    columns: tuple[str, ...]


def columns_for(kind: str, policy: Policy) -> tuple[Column, ...]:
    """The columns an export of `kind` writes under `policy`."""
    export_data.check_kind(kind)
    return tuple(column for column in COLUMNS[kind] if policy.keeps(column.kind))


def suggested_file_name(kind: str, lang: str, anonymised: bool, today: dt.date | None = None) -> str:
    """people-anonymised-2026-11-25.xlsx: the list and the day, never a name."""
    today = today or dt.date.today()
    return f"{kind}-{'anonymised' if anonymised else 'named'}-{today.isoformat()}.xlsx"


def check_path(path: Path) -> Path:
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValidationError("path", _NOT_XLSX)
    if not path.parent.is_dir():
        raise ValidationError("path", _NO_FOLDER, str(path.parent))
    return path


# ---- writing ---------------------------------------------------------------------------------------------


def _derived(row: dict[str, Any], today: dt.date, bands: tuple[tuple[str, int, int], ...]) -> None:
    if "birth_date" in row:
        # An age from a date known only to the year or "about" is as good as that year.
        age = anonymise.age_on(row["birth_date"], today)
        row["age"] = age
        row["age_band"] = anonymise.age_band(age, bands)


def office_age_bands(session: UserSession) -> tuple[tuple[str, int, int], ...]:
    """The office's age groups, as the indicator report reads them (the report_age_bands setting)."""
    from db.indicators import report_settings

    bands, _threshold = report_settings(session)
    return tuple((band.code, band.low, band.high if band.high is not None else 200) for band in bands)


def _row_maker(columns: tuple[Column, ...], policy: Policy, lang: str) -> Callable[[dict], list]:
    """A function turning one row (column key -> value) into what the sheet appends: codes as
    words, lists joined, pseudonyms when anonymised. Decided once per column, not per cell:
    this loop runs for every cell of a 100,000-row export."""
    separator = "، " if lang == "ar" else ", "
    plan = []
    for column in columns:
        words = ({code: pair[1 if lang == "ar" else 0] for code, pair in VALUE_LABELS[column.values].items()}
                 if column.values else None)
        pseudonyms = (policy.pseudonyms(column.kind, column.namespace)
                      if policy.anonymised and column.kind in anonymise.PSEUDONYMISED else None)
        plan.append((column.key, words, pseudonyms))

    def make(row: dict[str, Any]) -> list:
        cells = []
        for key, words, pseudonyms in plan:
            value = row.get(key)
            if words is not None:
                value = words.get(value, value) if value else None
            elif type(value) is list:
                value = separator.join(str(v) for v in value)
            elif pseudonyms is not None:
                value = pseudonyms(value)
            cells.append(value)
        return cells

    return make


def _filter_value(name: str, value: Any, labels: Labels, lang: str, anonymised: bool) -> Any:
    if anonymised and name in _IDENTIFYING_FILTERS:
        return word("withheld", lang)
    if isinstance(value, bool):
        return word("yes" if value else "no", lang)
    if name == "district":
        return labels.place(value)
    if name in ("has_document", "lacks_document", "doc_type"):
        return labels.doc_types.get(value, value)
    if name == "owner_id":
        return labels.users.get(value, value)
    if name == "organisation_id":
        return labels.organisations.get(value, value)
    if name == "state" and value in VALUE_LABELS["referral_state"]:
        return value_label("referral_state", value, lang)
    if name == "state":
        return labels.state("", value)
    table = {"sex": "sex", "displacement": "displacement", "service": "service"}.get(name)
    return value_label(table, value, lang) if table else value


def _cover(sheet: StreamedSheet, request: ExportRequest, session: UserSession, labels: Labels, rows: int,
           exported_at: dt.datetime) -> None:
    lang = request.lang
    name_ar, name_en = export_data.office_names(session)
    office = (name_ar or name_en) if lang == "ar" else (name_en or name_ar)
    user = session.user
    title_en, title_ar = TITLES[request.kind]
    lines: list[tuple[str, Any]] = [
        (word("office", lang), office),
        (word("list", lang), title_ar if lang == "ar" else title_en),
        (word("period", lang), request.period.text if request.period else word("all_time", lang)),
    ]
    used = export_data.filters_used(request.filters)
    if not used:
        lines.append((word("filters", lang), word("no_filters", lang)))
    for name, value in used.items():
        label = FILTER_LABELS.get(name, (name, name))
        lines.append((f"{word('filters', lang)}: {label[1] if lang == 'ar' else label[0]}",
                      _filter_value(name, value, labels, lang, request.anonymised)))
    lines += [
        (word("rows", lang), rows),
        (word("anonymised", lang), word("yes" if request.anonymised else "no", lang)),
    ]
    if request.anonymised:
        lines.append((word("key", lang), request.key_name))
    lines += [
        (word("sensitive", lang), word("yes" if request.include_sensitive else "no", lang)),
        (word("exported_by", lang), f"{user.full_name} ({user.username})" if user.full_name else user.username),
        (word("exported_at", lang), exported_at),
        (word("language", lang), "العربية" if lang == "ar" else "English"),
    ]
    sheet.append([word("cover", lang)], bold=1)
    for label, value in lines:
        sheet.append([label, value], bold=1)
    sheet.append([])
    sheet.append([word("notice", lang)])
    if request.anonymised:
        sheet.append([word("anonymised_notice", lang)])


def _sheet_title(text: str) -> str:
    return "".join(ch for ch in text if ch not in "[]:*?/\\")[:31]


def export_list(
    session: UserSession, request: ExportRequest, path: Path, *, progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None, today: dt.date | None = None,
) -> ExportResult:
    """Write the list to `path` (.xlsx) and audit it, as one step. `progress(done, total)` is
    called after each page; `cancelled()` is asked before each page, and when it says so the
    partial file is removed and ExportCancelled raised. Raises PermissionDenied (no export
    permission), SensitiveExportRefused, ValidationError (bad path or language), DiskFull,
    ExportFolderNotWritable, ExportNotWritten; never leaves a partial file under any name."""
    session.require(Action.EXPORT)
    export_data.check_kind(request.kind)
    if request.lang not in LANGUAGES:
        raise ValidationError("lang", QT_TRANSLATE_NOOP("SanadError", "Choose Arabic or English."))
    path = check_path(path)
    if request.include_sensitive:
        if not any(column.kind == SENSITIVE for column in COLUMNS[request.kind]):
            raise ValidationError("include_sensitive", QT_TRANSLATE_NOOP(
                "SanadError", "This list has no sensitive fields to include: export it without them."))
        export_data.allow_sensitive(session, request.kind)
    today = today or dt.date.today()
    key = export_data.pseudonym_key(session, request.key_name) if request.anonymised else None
    policy = Policy(anonymised=request.anonymised, key=key, include_sensitive=request.include_sensitive)
    columns = columns_for(request.kind, policy)
    ids = export_data.export_ids(session, request.kind, request.filters, period=request.period, today=today)
    labels = Labels(session, request.lang)
    bands = office_age_bands(session)
    lang, rtl = request.lang, request.lang == "ar"
    exported_at = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    if request.anonymised:
        # In file-number order, the n-th row would be the n-th file: whoever knows the numbering
        # could link pseudonyms back. Rows go in an order nobody can reproduce.
        ids = list(ids)
        random.SystemRandom().shuffle(ids)
    total, done = len(ids), 0
    if total > MAX_ROWS:
        raise ValidationError("filters", _TOO_MANY_ROWS, f"{total:,}", f"{MAX_ROWS:,}")
    if progress:
        progress(0, total)
    with staged(path) as temp:
        workbook = StreamedWorkbook(temp, temp.parent)
        try:
            cover = workbook.sheet(_sheet_title(word("cover", lang)), right_to_left=rtl, widths=[34, 60])
            title_en, title_ar = TITLES[request.kind]
            headers = [c.header(lang) for c in columns]
            # Wide enough for a short heading; a long one wraps onto a second or third line.
            widths = [max(c.width, min(len(text) + 2, 22)) for c, text in zip(columns, headers, strict=True)]
            sheet = workbook.sheet(_sheet_title(title_ar if rtl else title_en), right_to_left=rtl, widths=widths,
                                   freeze_header=True)
            sheet.header(headers, widths)
            make_row = _row_maker(columns, policy, lang)
            needed = {c.key for c in columns}
            if needed & {"age", "age_band"}:
                needed.add("birth_date")  # what the age is computed from; never written when anonymised
            for page in export_data.pages(ids):
                if cancelled is not None and cancelled():
                    raise ExportCancelled()
                rows = export_data.export_rows(session, request.kind, page, labels, today=today,
                                               include_sensitive=request.include_sensitive, keys=needed)
                for row in rows:
                    _derived(row, today, bands)
                    sheet.append(make_row(row))
                done += len(rows)
                if progress:
                    progress(min(done, total), total)
            if cancelled is not None and cancelled():
                raise ExportCancelled()
            sheet.autofilter(len(columns))
            _cover(cover, request, session, labels, done, exported_at)
        except BaseException:
            workbook.discard()
            raise
        workbook.save(active=sheet)
        with session.transaction() as db:
            export_data.record_export(
                db, session, kind=request.kind, rows=done, filters=export_data.filters_used(request.filters),
                period=request.period, anonymised=request.anonymised, include_sensitive=request.include_sensitive,
                lang=lang, key_name=request.key_name, columns=[c.key for c in columns])
        place(temp, path)
    return ExportResult(path=path, kind=request.kind, rows=done, anonymised=request.anonymised,
                        columns=tuple(c.key for c in columns))
