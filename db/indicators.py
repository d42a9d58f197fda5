"""Indicators for managers and donors (domain.md section 5): defined as data, counted by SQL,
disaggregated, and protected by small-cell suppression before anything leaves the office.

**Definitions are rows** of the `indicator` table (db/models_reports.py), seeded by migration 0007
with the defaults below. A definition names a base entity (person, application, referral), the
date that places a record in the period, conditions as a small structure — a list of
``{"field": ..., "op": ..., "values": [...]}`` where field and operator come from the whitelists
below (never SQL written by a user) — an optional "by" field (document type, service ...), and
whether it counts records (documents, services) or distinct people (unique individuals), so a
donor gets both, labelled as such (domain.md section 8).

**Counting** is one GROUP BY query per indicator (two for a people count with a "by" field) in
portable SQLAlchemy Core: the result is a small cube of counts keyed by (by value, sex, age band,
district, displacement status, disability); every table of the report is summed from it, never
from per-row Python loops.

* age: in whole years at the period's last day, in the office's bands (setting
  ``report_age_bands``, e.g. ``0-5,6-11,12-17,18-59,60+``); no birth date (or one after the
  period) is its own band "unknown". Someone born on 29 February reaches a new age on 1 March in
  other years. Dates known only to the year or month are counted as stored (db/validation.py).
* district: the household's district p-code, else the first 8 characters of the person's own
  current p-code (COD-AB codes nest by prefix: IQG15Q05N04 lies in IQG15Q05); "" is unknown.
* displacement: the household's status; disability: Washington Group "a lot of difficulty" or
  "cannot do at all" in any domain (db/choices.py WG_DISABILITY_FROM); "unknown" when no domain
  was asked.
* a period is whole local days: dates compare as they are; times (people's `created_at`, stored in
  UTC) are placed by the office's UTC offset (the computer's local offset unless given).

**Suppression** (setting ``report_min_cell``, default 5): a count from 1 to threshold-1 is shown
as "<5"; 0 stays 0. So that totals cannot give a hidden cell back, every table is checked line by
line (each row with its row total, each column with its column total, the totals row and column
with the grand total): a line in which exactly one value is hidden gets a second one hidden too —
the smallest non-zero cell of the line, else its total — shown as "x" (complementary suppression,
repeated until no line has a single hidden value). A figure several tables of one indicator show
(the totals by sex, by age group or by breakdown value, the grand total) is hidden in all of them
when any of them hides it, and the tables are checked again, so one table never gives back what
another hides.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import DateTime, and_, case, distinct, func, literal, or_, select
from sqlalchemy.orm import Session

from db.errors import SanadError, ValidationError
from db.i18n import QT_TRANSLATE_NOOP
from db.models import Application, DocumentType, Household, Location, Person, Referral
from db.models_reports import DonorCell, DonorTemplate, Indicator
from db.names import normalise_digits
from db.permissions import Action
from db.session import UserSession

DEFAULT_BANDS = "0-5,6-11,12-17,18-59,60+"  # domain.md section 5
DEFAULT_THRESHOLD = 5
COMPLEMENTARY = "x"
UNKNOWN = ""

ENTITIES = ("person", "application", "referral")
COUNTS = ("records", "people")
OPS = ("in", "not_in", "empty", "not_empty")
DIMENSIONS = ("sex", "age", "district", "displacement", "disability")

Progress = Callable[[int, int], None]  # (indicators counted, indicators in all)
Cancelled = Callable[[], bool]  # asked between indicators: True stops the report


class ReportCancelled(SanadError):
    """The user stopped a report or donor fill; nothing was written and nothing audited."""

    text = QT_TRANSLATE_NOOP("SanadError", "The report was cancelled. No file was made.")


def stop_if_cancelled(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ReportCancelled()
MAX_CONDITIONS = 10
MAX_VALUES = 50

ENTITY_LABELS = {
    "person": QT_TRANSLATE_NOOP("Indicators", "People"),
    "application": QT_TRANSLATE_NOOP("Indicators", "Document applications"),
    "referral": QT_TRANSLATE_NOOP("Indicators", "Referrals"),
}
OP_LABELS = {
    "in": QT_TRANSLATE_NOOP("Indicators", "is one of"),
    "not_in": QT_TRANSLATE_NOOP("Indicators", "is none of"),
    "empty": QT_TRANSLATE_NOOP("Indicators", "is empty"),
    "not_empty": QT_TRANSLATE_NOOP("Indicators", "is not empty"),
}
COUNT_LABELS = {
    "records": QT_TRANSLATE_NOOP("Indicators", "Records (documents, services)"),
    "people": QT_TRANSLATE_NOOP("Indicators", "Unique people"),
}

# Fields a definition may name, per entity: the date fields that place a record in the period,
# and the fields conditions and "by" may use (all text codes). Person fields are open to every
# entity (an application's person is joined).
_PERSON_FIELDS = {
    "sex": Person.sex,
    "nationality_status": Person.nationality_status,
    "marital_status": Person.marital_status,
    "school_enrolment": Person.school_enrolment,
    "relationship_to_head": Person.relationship_to_head,
    "displacement_status": Household.displacement_status,
}
DATE_FIELDS: dict[str, dict[str, Any]] = {
    "person": {"created_at": Person.created_at},
    "application": {"opened_on": Application.opened_on, "closed_on": Application.closed_on},
    "referral": {"sent_on": Referral.sent_on, "answered_on": Referral.answered_on,
                 "closed_on": Referral.closed_on},
}
FIELDS: dict[str, dict[str, Any]] = {
    "person": dict(_PERSON_FIELDS),
    "application": {"doc_type": Application.doc_type, "state": Application.state,
                    "outcome": Application.outcome, "outcome_reason": Application.outcome_reason,
                    **_PERSON_FIELDS},
    "referral": {"service": Referral.service, "state": Referral.state, "urgency": Referral.urgency,
                 **_PERSON_FIELDS},
}
FIELD_LABELS = {
    "created_at": QT_TRANSLATE_NOOP("Indicators", "Registered on"),
    "opened_on": QT_TRANSLATE_NOOP("Indicators", "Opened on"),
    "closed_on": QT_TRANSLATE_NOOP("Indicators", "Closed on"),
    "sent_on": QT_TRANSLATE_NOOP("Indicators", "Sent on"),
    "answered_on": QT_TRANSLATE_NOOP("Indicators", "Answered on"),
    "sex": QT_TRANSLATE_NOOP("Indicators", "Sex"),
    "nationality_status": QT_TRANSLATE_NOOP("Indicators", "Nationality"),
    "marital_status": QT_TRANSLATE_NOOP("Indicators", "Marital status"),
    "school_enrolment": QT_TRANSLATE_NOOP("Indicators", "School enrolment"),
    "relationship_to_head": QT_TRANSLATE_NOOP("Indicators", "Relationship to the head of household"),
    "displacement_status": QT_TRANSLATE_NOOP("Indicators", "Displacement status"),
    "doc_type": QT_TRANSLATE_NOOP("Indicators", "Document type"),
    "state": QT_TRANSLATE_NOOP("Indicators", "State"),
    "outcome": QT_TRANSLATE_NOOP("Indicators", "Outcome"),
    "outcome_reason": QT_TRANSLATE_NOOP("Indicators", "Reason closed"),
    "service": QT_TRANSLATE_NOOP("Indicators", "Service"),
    "urgency": QT_TRANSLATE_NOOP("Indicators", "Urgency"),
}

_ISSUED = ["issued", "issued_first_instance"]
# The defaults migration 0007 seeds (kept equal to it by tests/test_indicators.py).
DEFAULTS: tuple[dict[str, Any], ...] = (
    {"code": "people_registered", "name_en": "People registered", "name_ar": "الأشخاص المسجَّلون",
     "entity": "person", "date_field": "created_at", "conditions": [], "by": "", "counts": "people"},
    {"code": "applications_opened", "name_en": "Applications opened", "name_ar": "المعاملات المفتوحة",
     "entity": "application", "date_field": "opened_on", "conditions": [], "by": "doc_type", "counts": "records"},
    {"code": "applications_issued", "name_en": "Applications issued (document obtained)",
     "name_ar": "المعاملات المنجزة (صدرت الوثيقة)", "entity": "application", "date_field": "closed_on",
     "conditions": [{"field": "outcome", "op": "in", "values": _ISSUED}], "by": "doc_type", "counts": "records"},
    {"code": "applications_unsuccessful", "name_en": "Applications closed unsuccessfully",
     "name_ar": "المعاملات المغلقة دون نجاح", "entity": "application", "date_field": "closed_on",
     "conditions": [{"field": "outcome", "op": "not_in", "values": _ISSUED}], "by": "doc_type",
     "counts": "records"},
    {"code": "people_with_applications", "name_en": "People with an application opened",
     "name_ar": "الأشخاص الذين فُتحت لهم معاملة", "entity": "application", "date_field": "opened_on",
     "conditions": [], "by": "", "counts": "people"},
    {"code": "referrals_made", "name_en": "Referrals made", "name_ar": "الإحالات المرسلة",
     "entity": "referral", "date_field": "sent_on", "conditions": [], "by": "service", "counts": "records"},
    {"code": "referrals_completed", "name_en": "Referrals completed (service given)",
     "name_ar": "الإحالات المكتملة (قُدِّمت الخدمة)", "entity": "referral", "date_field": "closed_on",
     "conditions": [{"field": "state", "op": "in", "values": ["service_given"]}], "by": "service",
     "counts": "records"},
)


# ---- periods -------------------------------------------------------------------------------------

_BAD_PERIOD = QT_TRANSLATE_NOOP(
    "SanadError",
    "Write the period as a month (2026-10), a quarter (2026-Q4), a year (2026) or two dates (2026-10-01..2026-12-31).",
)
_PERIOD_ORDER = QT_TRANSLATE_NOOP("SanadError", "The period ends before it starts.")


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date  # inclusive
    kind: str  # month, quarter, custom
    label: str

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        start = dt.date(year, month, 1)
        nxt = dt.date(year + month // 12, month % 12 + 1, 1)
        return cls(start, nxt - dt.timedelta(days=1), "month", f"{year:04d}-{month:02d}")

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        first = cls.month(year, 3 * quarter - 2)
        last = cls.month(year, 3 * quarter)
        return cls(first.start, last.end, "quarter", f"{year:04d}-Q{quarter}")

    @classmethod
    def custom(cls, start: dt.date, end: dt.date) -> Period:
        if end < start:
            raise ValidationError("period", _PERIOD_ORDER)
        return cls(start, end, "custom", f"{start.isoformat()}..{end.isoformat()}")


def parse_period(text: str) -> Period:
    """"2026-10", "2026-Q4" (or 2026Q4), "2026" (the year), or "2026-10-01..2026-10-15" (also
    "2026-10-01:2026-10-15"); Arabic-Indic digits too."""
    # Arabic-Indic and Persian digits as typed on an Arabic keyboard.
    value = normalise_digits((text or "").strip().upper())
    try:
        if m := re.fullmatch(r"(\d{4})", value):  # a whole year, as the list exports take it
            year = int(m[1])
            return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), "custom", f"{year:04d}")
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})", value):
            if 1 <= int(m[2]) <= 12:
                return Period.month(int(m[1]), int(m[2]))
        elif m := re.fullmatch(r"(\d{4})-?Q([1-4])", value):
            return Period.quarter(int(m[1]), int(m[2]))
        elif m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})\s*(?:\.\.|:|/)\s*(\d{4}-\d{2}-\d{2})", value):
            return Period.custom(dt.date.fromisoformat(m[1]), dt.date.fromisoformat(m[2]))
    except ValueError:
        pass
    raise ValidationError("period", _BAD_PERIOD)


# ---- age bands ------------------------------------------------------------------------------------

_BAD_BANDS = QT_TRANSLATE_NOOP(
    "SanadError",
    "Write the age groups from 0 up, without gaps, the last one open, e.g. 0-4,5-11,12-17,18-59,60+.",
)


@dataclass(frozen=True)
class Band:
    low: int
    high: int | None  # None: and older

    @property
    def code(self) -> str:
        return f"{self.low}+" if self.high is None else f"{self.low}-{self.high}"


def parse_bands(text: str) -> tuple[Band, ...]:
    """Age groups such as "0-4,5-11,12-17,18-59,60+": contiguous from 0, the last open-ended."""
    parts = [p.strip() for p in (text or "").replace("،", ",").split(",") if p.strip()]
    bands: list[Band] = []
    expected = 0
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        m = re.fullmatch(r"(\d{1,3})\s*\+", part) if last else re.fullmatch(r"(\d{1,3})\s*-\s*(\d{1,3})", part)
        if not m or int(m[1]) != expected:
            raise ValidationError("report_age_bands", _BAD_BANDS)
        if last:
            bands.append(Band(int(m[1]), None))
        else:
            if int(m[2]) < int(m[1]) or int(m[2]) > 130:
                raise ValidationError("report_age_bands", _BAD_BANDS)
            bands.append(Band(int(m[1]), int(m[2])))
            expected = int(m[2]) + 1
    if not bands:
        raise ValidationError("report_age_bands", _BAD_BANDS)
    return tuple(bands)


def age_at(birth: dt.date, on: dt.date) -> int:
    """Whole years (a 29 February birthday is reached on 1 March in other years)."""
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def _born_by(on: dt.date, years: int) -> dt.date:
    """The last birth date at which someone is `years` old on `on`."""
    try:
        return on.replace(year=on.year - years)
    except ValueError:  # 29 February in a year without one
        return dt.date(on.year - years, 2, 28)


def band_of(birth: dt.date | None, on: dt.date, bands: tuple[Band, ...]) -> str:
    """The band code of someone born on `birth` at `on` (the same rule as the SQL)."""
    if birth is None or birth > on:
        return UNKNOWN
    age = age_at(birth, on)
    return next(b.code for b in bands if b.high is None or age <= b.high)


# ---- definitions ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Condition:
    field: str
    op: str
    values: tuple[str, ...] = ()


@dataclass(frozen=True)
class IndicatorDef:
    code: str
    name_en: str
    name_ar: str
    entity: str
    date_field: str
    conditions: tuple[Condition, ...] = ()
    by: str = ""
    counts: str = "records"
    active: bool = True
    builtin: bool = False
    id: int | None = None
    position: int = 0

    def name(self, lang: str) -> str:
        return self.name_ar if lang == "ar" and self.name_ar else self.name_en


def _conditions_from_json(text: str) -> tuple[Condition, ...]:
    try:
        items = json.loads(text or "[]")
    except ValueError:
        items = []
    out = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict):
            values = item.get("values") or []
            out.append(Condition(str(item.get("field", "")), str(item.get("op", "")),
                                 tuple(str(v) for v in values) if isinstance(values, list) else ()))
    return tuple(out)


def _conditions_json(conditions: Iterable[Condition]) -> str:
    return json.dumps([{"field": c.field, "op": c.op, "values": list(c.values)} for c in conditions],
                      ensure_ascii=False)


def _definition(row: Indicator) -> IndicatorDef:
    return IndicatorDef(code=row.code, name_en=row.name_en, name_ar=row.name_ar, entity=row.entity,
                        date_field=row.date_field, conditions=_conditions_from_json(row.conditions),
                        by=row.by or "", counts=row.counts, active=row.active, builtin=row.builtin,
                        id=row.id, position=row.position)


def default_definitions() -> tuple[IndicatorDef, ...]:
    return tuple(IndicatorDef(**{**d, "conditions": tuple(Condition(c["field"], c["op"], tuple(c["values"]))
                                                          for c in d["conditions"])},
                              builtin=True, position=index + 1)
                 for index, d in enumerate(DEFAULTS))


_E_CODE = QT_TRANSLATE_NOOP("SanadError", "Give a short code of letters, digits and _ (for example women_18_plus).")
_E_CODE_TAKEN = QT_TRANSLATE_NOOP("SanadError", "Another indicator already has the code %1.")
_E_NAME = QT_TRANSLATE_NOOP("SanadError", "Give the indicator a name.")
_E_ENTITY = QT_TRANSLATE_NOOP("SanadError", "Choose what the indicator counts: people, applications or referrals.")
_E_DATE = QT_TRANSLATE_NOOP("SanadError", "Choose the date that places a record in the period.")
_E_FIELD = QT_TRANSLATE_NOOP("SanadError", "Condition %1: this field cannot be used here.")
_E_OP = QT_TRANSLATE_NOOP("SanadError", "Condition %1: choose how to compare.")
_E_VALUES = QT_TRANSLATE_NOOP("SanadError", "Condition %1: give at least one value.")
_E_VALUE = QT_TRANSLATE_NOOP("SanadError", "Condition %1: \"%2\" is not a value of this field.")
_E_TOO_MANY = QT_TRANSLATE_NOOP("SanadError", "Too many conditions or values.")
_E_BY = QT_TRANSLATE_NOOP("SanadError", "This field cannot break the indicator down.")
_E_COUNTS = QT_TRANSLATE_NOOP("SanadError", "Choose whether to count records or unique people.")
_E_BUILTIN = QT_TRANSLATE_NOOP("SanadError", "A built-in indicator cannot be deleted; it can be switched off.")
_E_USED = QT_TRANSLATE_NOOP(
    "SanadError", "The donor template %1 has cells mapped to this indicator: clear those cells first.")


def field_values(db: Session, name: str) -> tuple[str, ...] | None:
    """The codes a field may hold, or None when it is open (states differ per workflow)."""
    from db import choices
    from db.validation import DISPLACEMENT_STATUSES
    from db.workflow import CLOSE_REASONS, OUTCOMES

    fixed = {
        "sex": choices.codes(choices.SEX), "nationality_status": choices.codes(choices.NATIONALITY_STATUS),
        "marital_status": choices.codes(choices.MARITAL_STATUS),
        "school_enrolment": choices.codes(choices.SCHOOL_ENROLMENT),
        "relationship_to_head": choices.codes(choices.RELATIONSHIP_TO_HEAD),
        "displacement_status": DISPLACEMENT_STATUSES, "outcome": choices.codes(OUTCOMES),
        "outcome_reason": choices.codes(CLOSE_REASONS), "service": choices.codes(choices.SERVICE_TYPES),
        "urgency": choices.codes(choices.URGENCY),
    }
    if name == "doc_type":
        return tuple(db.scalars(select(DocumentType.code).order_by(DocumentType.position, DocumentType.code)))
    if name == "state":
        return None
    return fixed.get(name)


def check_definition(db: Session, d: IndicatorDef) -> list[ValidationError]:
    problems: list[ValidationError] = []
    if not re.fullmatch(r"[a-z][a-z0-9_]{1,39}", d.code or ""):
        problems.append(ValidationError("code", _E_CODE))
    else:
        taken = db.scalar(select(Indicator.id).where(Indicator.code == d.code))
        if taken is not None and taken != d.id:
            problems.append(ValidationError("code", _E_CODE_TAKEN, d.code))
    if not (d.name_en.strip() or d.name_ar.strip()) or len(d.name_en) > 200 or len(d.name_ar) > 200:
        problems.append(ValidationError("name", _E_NAME))
    if d.entity not in ENTITIES:
        return [*problems, ValidationError("entity", _E_ENTITY)]
    if d.date_field not in DATE_FIELDS[d.entity]:
        problems.append(ValidationError("date_field", _E_DATE))
    if d.counts not in COUNTS:
        problems.append(ValidationError("counts", _E_COUNTS))
    if d.by and (d.by not in FIELDS[d.entity] or d.by in ("sex", "displacement_status")):
        problems.append(ValidationError("by", _E_BY))  # sex and displacement are dimensions already
    if len(d.conditions) > MAX_CONDITIONS or any(len(c.values) > MAX_VALUES for c in d.conditions):
        problems.append(ValidationError("conditions", _E_TOO_MANY))
        return problems
    for number, c in enumerate(d.conditions, 1):
        if c.field not in FIELDS[d.entity]:
            problems.append(ValidationError("conditions", _E_FIELD, number))
            continue
        if c.op not in OPS:
            problems.append(ValidationError("conditions", _E_OP, number))
            continue
        if c.op in ("in", "not_in"):
            if not c.values or any(not v.strip() for v in c.values):
                problems.append(ValidationError("conditions", _E_VALUES, number))
                continue
            allowed = field_values(db, c.field)
            for value in c.values:
                if len(value) > 40 or (allowed is not None and value not in allowed):
                    problems.append(ValidationError("conditions", _E_VALUE, number, value))
                    break
    return problems


def list_indicators(session: UserSession, *, active_only: bool = False) -> list[IndicatorDef]:
    session.require(Action.EXPORT)
    with session.transaction() as db:
        query = select(Indicator).order_by(Indicator.position, Indicator.id)
        if active_only:
            query = query.where(Indicator.active.is_(True))
        return [_definition(row) for row in db.scalars(query)]


def save_indicator(session: UserSession, d: IndicatorDef) -> IndicatorDef:
    """Add (id None) or change one definition, checked first; audited as a change of the table."""
    from db.errors import NoSuchRecord, ValidationErrors

    session.require(Action.EXPORT)
    d = dataclasses.replace(d, code=d.code.strip(), name_en=d.name_en.strip(), name_ar=d.name_ar.strip(),
                            by=d.by.strip())
    with session.transaction() as db:
        problems = check_definition(db, d)
        if problems:
            raise ValidationErrors([(None, p) for p in problems])
        if d.id is None:
            last = db.scalar(select(func.max(Indicator.position))) or 0
            row = Indicator(builtin=False, position=last + 1)
            db.add(row)
        else:
            row = db.get(Indicator, d.id)
            if row is None:
                raise NoSuchRecord(d.id)
            if row.builtin and row.code != d.code:
                raise ValidationErrors([(None, ValidationError("code", _E_CODE_TAKEN, row.code))])
        row.code, row.name_en, row.name_ar = d.code, d.name_en, d.name_ar
        row.entity, row.date_field, row.by, row.counts = d.entity, d.date_field, d.by, d.counts
        row.conditions, row.active = _conditions_json(d.conditions), d.active
        db.flush()
        return _definition(row)


def delete_indicator(session: UserSession, code: str) -> None:
    from db.errors import NoSuchRecord

    session.require(Action.EXPORT)
    with session.transaction() as db:
        row = db.scalar(select(Indicator).where(Indicator.code == code))
        if row is None:
            raise NoSuchRecord(code)
        if row.builtin:
            raise SanadError(text=_E_BUILTIN)
        used = db.scalar(select(DonorTemplate.name).join(DonorCell, DonorCell.template_id == DonorTemplate.id)
                         .where(DonorCell.indicator_code == code).limit(1))
        if used is not None:
            raise SanadError(used, text=_E_USED)
        db.delete(row)


# ---- counting ---------------------------------------------------------------------------------------

Key = tuple[str, str, str, str, str, str]  # by, sex, age, district, displacement, disability
_WG = (Person.wg_seeing, Person.wg_hearing, Person.wg_walking, Person.wg_remembering, Person.wg_selfcare,
       Person.wg_communicating)


def local_offset(on: dt.date) -> dt.timedelta:
    """The computer's UTC offset on a day (offices set their PCs to local time)."""
    moment = dt.datetime.combine(on, dt.time(12)).astimezone()
    return moment.utcoffset() or dt.timedelta(0)


def _dimension_columns(bands: tuple[Band, ...], on: dt.date) -> list[Any]:
    from db.choices import WG_DISABILITY_FROM

    birth = Person.birth_date
    age_whens = [(birth.is_(None), literal(UNKNOWN)), (birth > on, literal(UNKNOWN))]
    for band in bands[:-1]:
        assert band.high is not None
        age_whens.append((birth > _born_by(on, band.high + 1), literal(band.code)))
    return [
        case((Person.sex.in_(("F", "M")), Person.sex), else_=literal(UNKNOWN)).label("sex"),
        case(*age_whens, else_=literal(bands[-1].code)).label("age"),
        func.coalesce(func.nullif(Household.district, ""), func.substr(Person.current_pcode, 1, 8),
                      literal(UNKNOWN)).label("district"),
        func.coalesce(Household.displacement_status, literal(UNKNOWN)).label("displacement"),
        case((or_(*(c >= WG_DISABILITY_FROM for c in _WG)), literal("yes")),
             (and_(*(c.is_(None) for c in _WG)), literal(UNKNOWN)), else_=literal("no")).label("disability"),
    ]


def _condition_clause(entity: str, c: Condition) -> Any:
    column = FIELDS[entity][c.field]
    if c.op == "in":
        return column.in_(c.values)
    if c.op == "not_in":
        return or_(column.is_(None), column.not_in(c.values))
    if c.op == "empty":
        return or_(column.is_(None), column == "")
    return and_(column.is_not(None), column != "")


def _rows_query(d: IndicatorDef, period: Period, bands: tuple[Band, ...], offset: dt.timedelta,
                with_by: bool) -> Any:
    if d.entity == "person":
        source = Person.__table__.outerjoin(Household, Person.household_id == Household.id)
        person_id = Person.id
    else:
        model = Application if d.entity == "application" else Referral
        source = model.__table__.join(Person, model.person_id == Person.id).outerjoin(
            Household, Person.household_id == Household.id)
        person_id = model.person_id
    when = DATE_FIELDS[d.entity][d.date_field]
    if isinstance(when.type, DateTime):
        start = dt.datetime.combine(period.start, dt.time()) - offset
        stop = dt.datetime.combine(period.end + dt.timedelta(days=1), dt.time()) - offset
        in_period = and_(when >= start, when < stop)
    else:
        in_period = and_(when >= period.start, when <= period.end)
    by = (func.coalesce(FIELDS[d.entity][d.by], literal(UNKNOWN)) if with_by and d.by else literal(UNKNOWN))
    inner = (select(by.label("by"), *_dimension_columns(bands, period.end), person_id.label("person_id"))
             .select_from(source)
             .where(in_period, *(_condition_clause(d.entity, c) for c in d.conditions))
             .subquery("r"))
    counted = func.count(distinct(inner.c.person_id)) if d.counts == "people" else func.count()
    groups = [inner.c.by, inner.c.sex, inner.c.age, inner.c.district, inner.c.displacement, inner.c.disability]
    return select(*groups, counted).group_by(*groups)


@dataclass
class IndicatorResult:
    """The counts of one indicator for one period: `cells` by (by, sex, age, district,
    displacement, disability); `overall` without the by value (for unique people, whom several
    by values may share)."""

    definition: IndicatorDef
    cells: dict[Key, int]
    overall: dict[Key, int]

    def count(self, by: str | None = None, **filters: str) -> int:
        """The count for one by value (None: all) and any of sex=, age=, district=,
        displacement=, disability= (a value each; "" is unknown)."""
        positions = [(DIMENSIONS.index(name) + 1, value) for name, value in filters.items()]
        source = self.overall if by is None else self.cells
        return sum(n for key, n in source.items()
                   if (by is None or key[0] == by) and all(key[i] == v for i, v in positions))

    def values(self, dimension: str) -> list[str]:
        if dimension == "by":
            return sorted({k[0] for k in self.cells})
        i = DIMENSIONS.index(dimension) + 1
        return sorted({k[i] for k in self.overall})

    @property
    def total(self) -> int:
        return sum(self.overall.values())


def compute_one(db: Session, d: IndicatorDef, period: Period, bands: tuple[Band, ...],
                offset: dt.timedelta) -> IndicatorResult:
    cells = {tuple(row[:6]): row[6] for row in db.execute(_rows_query(d, period, bands, offset, True))}
    if d.by and d.counts == "people":
        overall = {tuple(row[:6]): row[6] for row in db.execute(_rows_query(d, period, bands, offset, False))}
    elif d.by:
        overall: dict[Key, int] = {}
        for key, n in cells.items():
            short = (UNKNOWN, *key[1:])
            overall[short] = overall.get(short, 0) + n
    else:
        overall = cells
    return IndicatorResult(d, cells, overall)  # type: ignore[arg-type]


def report_settings(session: UserSession) -> tuple[tuple[Band, ...], int]:
    """The office's age bands and suppression threshold."""
    from db import office

    settings = office.get_settings(session)
    return (parse_bands(settings.get("report_age_bands") or DEFAULT_BANDS),
            int(settings.get("report_min_cell") or DEFAULT_THRESHOLD))


@dataclass
class Report:
    period: Period
    bands: tuple[Band, ...]
    threshold: int
    results: list[IndicatorResult]
    office_en: str = ""
    office_ar: str = ""
    username: str = ""
    full_name: str = ""
    generated_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC).replace(microsecond=0))
    labels: dict[str, dict[str, tuple[str, str]]] = field(default_factory=dict)  # field -> code -> (en, ar)
    timings: dict[str, float] = field(default_factory=dict)

    def result(self, code: str) -> IndicatorResult:
        return next(r for r in self.results if r.definition.code == code)


def compute_report(session: UserSession, period: Period, *, codes: Iterable[str] | None = None,
                   bands: tuple[Band, ...] | None = None, threshold: int | None = None,
                   utc_offset: dt.timedelta | None = None, progress: Progress | None = None,
                   cancelled: Cancelled | None = None) -> Report:
    """Every active indicator (or those named) for `period`. Needs the export permission; the
    caller that writes the figures out audits the export (exports/report.py, exports/donor.py).
    `progress(done, total)` is called before the first indicator and after each; `cancelled()`
    is asked before each, and ReportCancelled raised when it says so (one indicator's queries
    run to their end: on a 1,000,000-person vault that is at most a few seconds)."""
    import time

    from db import office

    session.require(Action.EXPORT)
    office_bands, office_threshold = report_settings(session)
    bands = bands or office_bands
    threshold = office_threshold if threshold is None else int(threshold)
    if threshold < 0:
        raise ValidationError("threshold",
                              QT_TRANSLATE_NOOP("SanadError", "The smallest count shown must be 0 or more."))
    if threshold < office_threshold and not session.may(Action.EDIT_SETTINGS):
        # The office's threshold is a floor: only those who may change the setting itself go lower.
        raise ValidationError("threshold", QT_TRANSLATE_NOOP(
            "SanadError", "Only an administrator may show counts smaller than the office's setting (%1)."),
            office_threshold)
    offset = local_offset(period.end) if utc_offset is None else utc_offset
    wanted = list(codes) if codes is not None else None
    settings = office.get_settings(session)
    report = Report(period, bands, threshold, [], office_en=settings.get("office_name_en", ""),
                    office_ar=settings.get("office_name_ar", ""), username=session.user.username,
                    full_name=session.user.full_name)
    with session.transaction() as db:
        definitions = [_definition(r) for r in db.scalars(select(Indicator).order_by(Indicator.position, Indicator.id))]
        if wanted is not None:
            unknown = set(wanted) - {d.code for d in definitions}
            if unknown:
                raise ValidationError("indicator", QT_TRANSLATE_NOOP("SanadError", "There is no indicator %1."),
                                      sorted(unknown)[0])
            definitions = [d for d in definitions if d.code in wanted]
        else:
            definitions = [d for d in definitions if d.active]
        if progress is not None:
            progress(0, len(definitions))
        for index, d in enumerate(definitions):
            stop_if_cancelled(cancelled)
            started = time.perf_counter()
            report.results.append(compute_one(db, d, period, bands, offset))
            report.timings[d.code] = time.perf_counter() - started
            if progress is not None:
                progress(index + 1, len(definitions))
        report.labels = _labels(db, report.results)
    return report


# ---- labels (English, Arabic) for the codes a report shows --------------------------------------------

FIXED_LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "sex": {"F": ("Female", "إناث"), "M": ("Male", "ذكور"), UNKNOWN: ("Not recorded", "غير مسجَّل")},
    "displacement": {"resident": ("Resident", "مقيم"), "idp": ("Displaced (IDP)", "نازح"),
                     "returnee": ("Returnee", "عائد"), "camp_departed": ("Left a camp", "خارج من المخيم"),
                     UNKNOWN: ("Not recorded", "غير مسجَّل")},
    "disability": {"yes": ("With disability", "ذوو إعاقة"), "no": ("Without disability", "بدون إعاقة"),
                   UNKNOWN: ("Not asked", "لم يُسأل")},
    "service": {"school_enrolment": ("School enrolment", "التسجيل في المدرسة"),
                "health_centre": ("Health centre", "مركز صحي"),
                "psychosocial_support": ("Psychosocial support", "الدعم النفسي والاجتماعي"),
                "livelihoods": ("Livelihoods", "سبل العيش"),
                "legal_representation": ("Legal representation by another agency", "تمثيل قانوني من جهة أخرى"),
                "shelter": ("Shelter", "المأوى"), "other": ("Other service", "خدمة أخرى")},
    "outcome": {"issued_first_instance": ("Issued at first instance", "صدرت من المرة الأولى"),
                "issued": ("Issued", "صدرت"),
                "pending_documents": ("Pending: missing supporting documents", "معلقة: نقص المستمسكات"),
                "pending_absent": ("Pending: applicant absent", "معلقة: غياب صاحب الطلب"),
                "rejected": ("Rejected", "رُفضت"), "counselling_only": ("Counselling only", "استشارة فقط"),
                "referred_out": ("Referred out", "أُحيلت إلى جهة أخرى")},
    "state": {"sent": ("Sent", "مرسلة"), "accepted": ("Accepted", "مقبولة"), "no_answer": ("No answer", "بلا رد"),
              "service_given": ("Service given", "قُدِّمت الخدمة"), "refused": ("Refused", "مرفوضة")},
    "urgency": {"normal": ("Normal", "عادية"), "urgent": ("Urgent", "عاجلة"), "emergency": ("Emergency", "طارئة")},
}


def _labels(db: Session, results: list[IndicatorResult]) -> dict[str, dict[str, tuple[str, str]]]:
    labels = {name: dict(values) for name, values in FIXED_LABELS.items()}
    labels["doc_type"] = {code: (en, ar) for code, en, ar in db.execute(
        select(DocumentType.code, DocumentType.name_en, DocumentType.name_ar))}
    districts = {k[3] for r in results for k in r.overall} - {UNKNOWN}
    labels["district"] = {UNKNOWN: ("Not recorded", "غير مسجَّل")}
    if districts:
        labels["district"].update({code: (en, ar) for code, en, ar in db.execute(
            select(Location.pcode, Location.name_en, Location.name_ar).where(Location.pcode.in_(districts)))})
    for r in results:
        if r.definition.by == "state" and r.definition.entity == "application":  # the office's workflow
            from db.models import WorkflowState

            labels["state"].update({c: (en, ar) for c, en, ar in db.execute(
                select(WorkflowState.code, WorkflowState.name_en, WorkflowState.name_ar))})
        elif r.definition.by and r.definition.by not in labels:  # English labels of db/choices.py
            lists = _choice_lists()
            if r.definition.by in lists:
                from db.choices import label

                labels[r.definition.by] = {code: (label(lists[r.definition.by], code), "")
                                           for code, _text in lists[r.definition.by]}
    return labels


def _choice_lists() -> dict[str, Any]:
    from db import choices
    from db.workflow import CLOSE_REASONS

    return {"sex": choices.SEX, "nationality_status": choices.NATIONALITY_STATUS,
            "marital_status": choices.MARITAL_STATUS, "school_enrolment": choices.SCHOOL_ENROLMENT,
            "relationship_to_head": choices.RELATIONSHIP_TO_HEAD, "service": choices.SERVICE_TYPES,
            "urgency": choices.URGENCY, "outcome_reason": CLOSE_REASONS}


# ---- tables and suppression ---------------------------------------------------------------------------


@dataclass
class Table:
    """One table of a report: rows × columns of counts with their totals, and what is shown."""

    key: str
    row_dim: str
    col_dim: str  # "" for a single count column
    rows: list[str]
    cols: list[str]
    grid: list[list[int]]  # (rows + 1) × (cols + 1): the last row and column are the totals
    shown: list[list[int | str]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.grid[-1][-1]


def _lines(rows: int, cols: int) -> list[list[tuple[int, int]]]:
    """Every row and column of a table with its total last: the cells, then the total they add up to."""
    return [[(i, j) for j in range(cols)] for i in range(rows)] + [[(i, j) for i in range(rows)] for j in range(cols)]


def disclosed(grid: list[list[int]], hidden: list[list[str]], threshold: int) -> list[tuple[int, int]]:
    """The hidden cells a reader can work out exactly from what the table shows: each shown figure
    is known, a "<t" cell lies in 1..t-1 and an "x" cell in 0..(the grand total); every row and
    column adds up to its total. The bounds are tightened line by line until nothing moves (what a
    reader with a spreadsheet can do), and a hidden cell whose lowest and highest possible values
    meet is disclosed."""
    rows, cols = len(grid), len(grid[0])
    most = max(max(row) for row in grid)
    low = [[0] * cols for _ in range(rows)]
    high = [[most] * cols for _ in range(rows)]
    for i in range(rows):
        for j in range(cols):
            if not hidden[i][j]:
                low[i][j] = high[i][j] = grid[i][j]
            elif hidden[i][j] == "small":
                low[i][j], high[i][j] = 1, threshold - 1
    lines = _lines(rows, cols)
    for _ in range(4 * (rows + cols)):
        moved = False
        for *cells, (mi, mj) in lines:
            sum_low = sum(low[i][j] for i, j in cells)
            sum_high = sum(high[i][j] for i, j in cells)
            if sum_low > low[mi][mj]:
                low[mi][mj], moved = sum_low, True
            if sum_high < high[mi][mj]:
                high[mi][mj], moved = sum_high, True
            for i, j in cells:
                floor = low[mi][mj] - (sum_high - high[i][j])
                ceiling = high[mi][mj] - (sum_low - low[i][j])
                if floor > low[i][j]:
                    low[i][j], moved = floor, True
                if ceiling < high[i][j]:
                    high[i][j], moved = ceiling, True
        if not moved:
            break
    return [(i, j) for i in range(rows) for j in range(cols) if hidden[i][j] and low[i][j] >= high[i][j]]


def suppress(grid: list[list[int]], threshold: int,
             forced: Iterable[tuple[int, int]] = ()) -> list[list[int | str]]:
    """What each value of `grid` (rows and columns with totals last) shows: the count, "<t" for
    1..t-1, or "x" for a value hidden so that no hidden one can be worked out from the totals and
    the other figures (`forced`: positions hidden from the start, because another table of the same
    indicator hides the same figure). More figures are hidden until `disclosed` finds none."""
    rows, cols = len(grid), len(grid[0])
    hidden = [["small" if 0 < grid[i][j] < threshold else "" for j in range(cols)] for i in range(rows)]
    for i, j in forced:
        hidden[i][j] = hidden[i][j] or "comp"
    lines = _lines(rows, cols)

    def hide_another(line: list[tuple[int, int]]) -> bool:
        """Hide the smallest shown figure of the line (a total only when no figure is left)."""
        *cells, margin = line
        candidates = sorted((grid[i][j], (i, j)) for i, j in cells if not hidden[i][j] and grid[i][j] > 0)
        if candidates:
            i, j = candidates[0][1]
        elif not hidden[margin[0]][margin[1]]:
            i, j = margin
        else:
            zeros = [(i, j) for i, j in cells if not hidden[i][j]]
            if not zeros:
                return False
            i, j = zeros[0]
        hidden[i][j] = "comp"
        return True

    while True:
        changed = True
        while changed:  # no line with a single hidden figure: its total would give it back
            changed = False
            for line in lines:
                if sum(1 for i, j in line if hidden[i][j]) == 1 and hide_another(line):
                    changed = True
        exposed = disclosed(grid, hidden, threshold)
        if not exposed:
            break
        # Widen the uncertainty in a line through an exposed cell (its row first, then its column).
        if any(hide_another(line) for cell in exposed for line in lines if cell in line):
            continue
        # Every line through them is hidden already, and small counts still add up to their total
        # (four cells of "<5" under a total of 4 are four 1s): shown as "x", they might be 0.
        smalls = [(i, j) for i, j in exposed if hidden[i][j] == "small"]
        if not smalls:
            break
        for i, j in smalls:
            hidden[i][j] = "comp"
    small = f"<{threshold}"
    return [[small if hidden[i][j] == "small" else COMPLEMENTARY if hidden[i][j] else grid[i][j]
             for j in range(cols)] for i in range(rows)]


def shown_value(count: int, threshold: int) -> int | str:
    """One figure alone (a donor's cell): "<t" for 1..t-1, else the count."""
    return f"<{threshold}" if 0 < count < threshold else count


def _table(result: IndicatorResult, key: str, row_dim: str, rows: list[str], col_dim: str, cols: list[str],
           threshold: int) -> Table:
    def count(row: str | None, col: str | None) -> int:
        filters: dict[str, str] = {}
        by = None
        for dim, value in ((row_dim, row), (col_dim, col)):
            if value is None or not dim:
                continue
            if dim == "by":
                by = value
            else:
                filters[dim] = value
        return result.count(by, **filters)

    col_values: list[str | None] = [*cols, None] if col_dim else [None]
    grid = [[count(r, c) for c in col_values] for r in [*rows, None]]
    if not col_dim:
        grid = [[row[0], row[0]] for row in grid]  # the one column is its own row total
    table = Table(key, row_dim, col_dim, rows, cols, grid)
    table.shown = suppress(grid, threshold)
    return table


def _ordered(values: Iterable[str], preferred: Iterable[str]) -> list[str]:
    values = set(values)
    order = [v for v in preferred if v in values and v != UNKNOWN]
    rest = sorted(v for v in values if v not in order and v != UNKNOWN)
    return order + rest + ([UNKNOWN] if UNKNOWN in values else [])


def tables(result: IndicatorResult, bands: tuple[Band, ...], threshold: int,
           labels: dict[str, dict[str, tuple[str, str]]] | None = None) -> list[Table]:
    """The tables of one indicator: by value × sex and × age (when it has a by field), sex × age
    group, district, displacement status, disability — each suppressed, and a figure two tables
    share hidden in both when either hides it."""
    sexes = ["F", "M"] + ([UNKNOWN] if result.count(None, sex=UNKNOWN) else [])
    ages = [b.code for b in bands] + [UNKNOWN]
    out = []
    if result.definition.by:
        preferred = list((labels or {}).get(result.definition.by, {}))
        by_values = _ordered(result.values("by"), preferred)
        out.append(_table(result, "by_sex", "by", by_values, "sex", sexes, threshold))
        out.append(_table(result, "by_age", "by", by_values, "age", ages, threshold))
    out.append(_table(result, "age_sex", "age", ages, "sex", sexes, threshold))
    out.append(_table(result, "district", "district", _ordered(result.values("district"), []), "", [], threshold))
    displacement = ["resident", "idp", "returnee", "camp_departed", UNKNOWN]
    displacement = _ordered(set(result.values("displacement")) | set(displacement), displacement)
    out.append(_table(result, "displacement", "displacement", displacement, "", [], threshold))
    out.append(_table(result, "disability", "disability", ["yes", "no", UNKNOWN], "", [], threshold))
    _agree(out, threshold)
    return out


def _figures(table: Table) -> dict[tuple[int, int], tuple[str, ...]]:
    """The positions of a table whose figure other tables of the indicator show too (totals of
    one value of a dimension, and the grand total), with what the figure is."""
    n, m = len(table.rows), len(table.cols)
    keys: dict[tuple[int, int], tuple[str, ...]] = {}
    if not table.col_dim:  # one column, which is its own row total
        for i, value in enumerate(table.rows):
            keys[(i, 0)] = keys[(i, 1)] = (table.row_dim, value)
        keys[(n, 0)] = keys[(n, 1)] = ("total",)
        return keys
    for i, value in enumerate(table.rows):
        keys[(i, m)] = (table.row_dim, value)
    for j, value in enumerate(table.cols):
        keys[(n, j)] = (table.col_dim, value)
    keys[(n, m)] = ("total",)
    return keys


def _agree(tables: list[Table], threshold: int) -> None:
    """A figure hidden in one table is hidden in every table that shows it (the sex totals of the
    sex × age table are those of the breakdown × sex table), and suppression runs again until no
    table gives back what another hides."""
    while True:
        hidden = {key for t in tables for (i, j), key in _figures(t).items() if isinstance(t.shown[i][j], str)}
        changed = False
        for t in tables:
            forced = [(i, j) for (i, j), key in _figures(t).items() if key in hidden]
            if any(not isinstance(t.shown[i][j], str) for i, j in forced):
                t.shown = suppress(t.grid, threshold, forced)
                changed = True
        if not changed:
            return


# ---- what a donor cell may ask for ---------------------------------------------------------------------


def cell_value(result: IndicatorResult, by_value: str, filters: dict[str, str], threshold: int) -> int | str:
    """One mapped figure: the count for a by value ("" all) and dimension values, suppressed."""
    clean = {k: v for k, v in filters.items() if k in DIMENSIONS}
    return shown_value(result.count(by_value or None, **clean), threshold)


def field_choices(session: UserSession, name: str) -> list[tuple[str, str, str]]:
    """(code, English label, Arabic label or "") for the values a field may take, for pickers
    (the English of db/choices.py labels is a translation source in context "Choices"). An open
    field (workflow states) gives the states of the office's workflows."""
    from db import choices

    session.require(Action.EXPORT)
    with session.transaction() as db:
        if name == "doc_type":
            return [(c, en, ar) for c, en, ar in db.execute(
                select(DocumentType.code, DocumentType.name_en, DocumentType.name_ar)
                .order_by(DocumentType.position, DocumentType.code))]
        if name == "state":
            from db.models import WorkflowState
            from db.referrals import TRANSITIONS

            seen: dict[str, tuple[str, str, str]] = {}
            for c, en, ar in db.execute(select(WorkflowState.code, WorkflowState.name_en, WorkflowState.name_ar)
                                        .order_by(WorkflowState.position)):
                seen.setdefault(c, (c, en, ar))
            for c in TRANSITIONS:
                en, ar = FIXED_LABELS["state"].get(c, (c, ""))
                seen.setdefault(c, (c, en, ar))
            return list(seen.values())
        values = field_values(db, name) or ()
    lists = _choice_lists()
    fixed = FIXED_LABELS.get({"displacement_status": "displacement"}.get(name, name), {})
    out = []
    for code in values:
        en, ar = fixed.get(code, ("", ""))
        if not en and name in lists:
            en = choices.label(lists[name], code)
        out.append((code, en or code, ar))
    return out
