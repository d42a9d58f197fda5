"""Domain rules for the person and household forms: dates of birth as staff write them, required
name parts, phones, p-codes and the office's file-number pattern.

Plain functions over small dataclasses, no Qt and no database: the window and the CLI call the
same rules. Every problem is a `ValidationError(field, text, *args)` whose `text` is an English
literal marked for Qt's translator, with %1 placeholders filled from `args_for_text`.
"""

from __future__ import annotations

import calendar
import re
import string
from dataclasses import dataclass
from datetime import date

from db.errors import ValidationError
from db.i18n import QT_TRANSLATE_NOOP
from db.names import clean_text, is_valid_iraqi_mobile, normalise_digits, normalise_phone

# --- Dates of birth ------------------------------------------------------------------------------

PRECISIONS = ("exact", "month", "year", "about", "unknown")
EARLIEST_BIRTH_YEAR = 1900
MAX_AGE = 120
# "about 2015" may be a couple of years off either way; the parent-age check allows for that.
ABOUT_TOLERANCE_YEARS = 2

BIRTH_DATE_FIELD = "birth_date"

_NOT_A_DATE = QT_TRANSLATE_NOOP(
    "SanadError", "This is not a date. Write it as 7/3/2015, 3/2015, 2015 or about 2015."
)
_TWO_DIGIT_YEAR = QT_TRANSLATE_NOOP("SanadError", "Write the year with all four digits, for example 2015.")
_DAY_AND_MONTH_ZERO = QT_TRANSLATE_NOOP(
    "SanadError", "If the day and month are not known, write only the year: %1."
)
_DAY_ZERO = QT_TRANSLATE_NOOP("SanadError", "If the day is not known, write only the month and year: %1.")
_NO_SUCH_MONTH = QT_TRANSLATE_NOOP(
    "SanadError", "There is no month %1. Write the day first, then the month: 7/3/2015 is 7 March."
)
_NO_SUCH_DAY = QT_TRANSLATE_NOOP("SanadError", "There is no day %1 in any month.")
_NOT_A_LEAP_YEAR = QT_TRANSLATE_NOOP("SanadError", "There is no 29 February %1: it was not a leap year.")
_NO_SUCH_FEBRUARY_DAY = QT_TRANSLATE_NOOP("SanadError", "There is no %1 February %2.")
# Months of 30 days: the day can only be wrong by being the 31st. One literal per month, because
# a month's name must be translated with the sentence around it.
_NO_31ST = {
    4: QT_TRANSLATE_NOOP("SanadError", "There is no 31 April %1: April has 30 days."),
    6: QT_TRANSLATE_NOOP("SanadError", "There is no 31 June %1: June has 30 days."),
    9: QT_TRANSLATE_NOOP("SanadError", "There is no 31 September %1: September has 30 days."),
    11: QT_TRANSLATE_NOOP("SanadError", "There is no 31 November %1: November has 30 days."),
}
_IN_THE_FUTURE = QT_TRANSLATE_NOOP("SanadError", "The date of birth %1 is in the future.")
_TOO_EARLY = QT_TRANSLATE_NOOP(
    "SanadError", "The year %1 is too early: Sanad accepts years of birth from %2. Check the year."
)
_ABOUT_NEEDS_YEAR = QT_TRANSLATE_NOOP(
    "SanadError", "Use \"about\" with a year only, for example: about 2015."
)

# Words staff put around a year of birth. They are matched after Arabic diacritics and tatweel are
# taken out, so "تقريباً" and "تقريبـا" read as "تقريبا". Longer spellings come first in each
# alternation so "ca." is not read as "c" followed by ".".
_ABOUT_WORDS = (
    r"approximately|approx\.?|about|around|circa|ca\.?|c\.?|~|≈"
    r"|حوالي|حوالى|تقريبا|بحدود|نحو"
)
# Words that add nothing: "born 1990", "تولد 1990" (the Iraqi way to say year of birth), "مواليد".
_NEUTRAL_WORDS = r"born|تولد|مواليد|سنة|عام"
# Separators people use between day, month and year, including the Arabic date separator (U+060D),
# the ASCII and Arabic comma, the Arabic decimal and thousands separators, and the dashes and slashes word processors
# substitute.
_SEPARATORS = ",/\\-.\u060c\u060d\u066b\u066c\u06d4\u2010\u2011\u2012\u2013\u2014\u2015\u2044\u2212\u2215"
_SEPARATOR = rf"\s*[{re.escape(_SEPARATORS)}]\s*|\s+"
_DATE_TEXT = re.compile(
    rf"^(?:(?:{_NEUTRAL_WORDS})\s*)?(?:(?P<before>{_ABOUT_WORDS})\s*)?(?:(?:{_NEUTRAL_WORDS})\s*)?"
    rf"(?P<core>[0-9]+(?:(?:{_SEPARATOR})[0-9]+)*)"
    # "2015م": م marks a Gregorian (ميلادي) year.
    rf"\s*(?:م\b)?\.?\s*(?:(?P<after>{_ABOUT_WORDS}))?$",
    re.IGNORECASE,
)
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_UNKNOWN_WORDS = frozenset({"?", "؟", "unknown", "not known", "غير معروف", "مجهول", "لا يعرف"})


@dataclass(frozen=True)
class BirthDate:
    """A date of birth and how much of it is known.

    An imprecise date is stored on a fixed day: the 1st of the month for "month", 1 July for
    "year" and "about" (1 January when 1 July of this year is still to come), None for "unknown".
    """

    value: date | None
    precision: str

    @property
    def year(self) -> int | None:
        return None if self.value is None else self.value.year

    def earliest(self) -> date | None:
        """The first day the person can have been born on, given the precision."""
        if self.value is None:
            return None
        if self.precision == "exact":
            return self.value
        if self.precision == "month":
            return self.value.replace(day=1)
        if self.precision == "about":
            return date(max(1, self.value.year - ABOUT_TOLERANCE_YEARS), 1, 1)
        return date(self.value.year, 1, 1)

    def latest(self) -> date | None:
        """The last day the person can have been born on, given the precision."""
        if self.value is None:
            return None
        if self.precision == "exact":
            return self.value
        if self.precision == "month":
            last_day = calendar.monthrange(self.value.year, self.value.month)[1]
            return self.value.replace(day=last_day)
        if self.precision == "about":
            return date(self.value.year + ABOUT_TOLERANCE_YEARS, 12, 31)
        return date(self.value.year, 12, 31)

    def display(self) -> str:
        """Digits only (no words to translate), day first as Iraq writes dates: 07/03/2015,
        03/2015 or 2015; "" when unknown."""
        if self.value is None:
            return ""
        if self.precision == "exact":
            return f"{self.value.day:02d}/{self.value.month:02d}/{self.value.year}"
        if self.precision == "month":
            return f"{self.value.month:02d}/{self.value.year}"
        return str(self.value.year)


UNKNOWN_BIRTH_DATE = BirthDate(None, "unknown")


def parse_birth_date(text: str, *, today: date | None = None) -> BirthDate:
    """Read a date of birth as staff write it; raise ValidationError("birth_date", ...) if it
    cannot be one.

    Accepted: 7/3/2015 and 07/03/2015 (day first), 2015-03-07, 3/2015 and 2015-03 (month),
    2015 (year), about 2015 / ~2015 / c. 2015 / حوالي 2015 / 2015 تقريبا (about), in any digit
    script and with Arabic separators; "" is unknown.
    """
    today = today or date.today()
    cleaned = normalise_digits(clean_text(text or "")).strip()
    cleaned = _ARABIC_MARKS.sub("", cleaned).casefold()
    if not cleaned or cleaned in _UNKNOWN_WORDS:
        return UNKNOWN_BIRTH_DATE
    match = _DATE_TEXT.match(cleaned)
    if match is None:
        raise ValidationError(BIRTH_DATE_FIELD, _NOT_A_DATE)
    about = bool(match["before"] or match["after"])
    pieces = re.split(_SEPARATOR, match["core"])
    if len(pieces) > 3 or any(len(piece) > 4 for piece in pieces):
        raise ValidationError(BIRTH_DATE_FIELD, _NOT_A_DATE)
    parts, widths = [int(piece) for piece in pieces], [len(piece) for piece in pieces]

    if len(parts) == 1:
        if widths[0] == 2:
            raise ValidationError(BIRTH_DATE_FIELD, _TWO_DIGIT_YEAR)
        if widths[0] != 4:
            raise ValidationError(BIRTH_DATE_FIELD, _NOT_A_DATE)
        year, month, day = parts[0], 0, 0
    elif widths[0] == 4 and all(w <= 2 for w in widths[1:]):
        year, month, day = parts[0], parts[1], parts[2] if len(parts) == 3 else 0
    elif widths[-1] == 4 and all(w <= 2 for w in widths[:-1]):
        year, month, day = parts[-1], parts[-2], parts[0] if len(parts) == 3 else 0
    elif widths[-1] == 2 and len(parts) in (2, 3) and all(w <= 2 for w in widths):
        raise ValidationError(BIRTH_DATE_FIELD, _TWO_DIGIT_YEAR)
    else:
        raise ValidationError(BIRTH_DATE_FIELD, _NOT_A_DATE)
    has_month, has_day = len(parts) >= 2, len(parts) == 3

    # Nobody is older than 120 (security case X8): 1900 in 2026 is a typing slip, not a person.
    earliest = max(EARLIEST_BIRTH_YEAR, today.year - MAX_AGE)
    if year < earliest:
        raise ValidationError(BIRTH_DATE_FIELD, _TOO_EARLY, year, earliest)
    if has_month and month == 0:
        # "00/00/1990" or "0/1990": the writer did not know the month; the year is what we have.
        raise ValidationError(BIRTH_DATE_FIELD, _DAY_AND_MONTH_ZERO, year)
    if has_month and month > 12:
        raise ValidationError(BIRTH_DATE_FIELD, _NO_SUCH_MONTH, month)
    if has_day and day == 0:
        raise ValidationError(BIRTH_DATE_FIELD, _DAY_ZERO, f"{month}/{year}")
    if has_day and day > 31:
        raise ValidationError(BIRTH_DATE_FIELD, _NO_SUCH_DAY, day)
    if has_day and day > calendar.monthrange(year, month)[1]:
        if month == 2:
            if day == 29:
                raise ValidationError(BIRTH_DATE_FIELD, _NOT_A_LEAP_YEAR, year)
            raise ValidationError(BIRTH_DATE_FIELD, _NO_SUCH_FEBRUARY_DAY, day, year)
        raise ValidationError(BIRTH_DATE_FIELD, _NO_31ST[month], year)
    if about and has_month:
        raise ValidationError(BIRTH_DATE_FIELD, _ABOUT_NEEDS_YEAR)

    if has_day:
        result = BirthDate(date(year, month, day), "exact")
        too_late = result.value > today
    elif has_month:
        result = BirthDate(date(year, month, 1), "month")
        too_late = (year, month) > (today.year, today.month)
    else:
        mid_year = date(year, 7, 1)
        # As Iraqi civil records do for a year of birth only; but never a day still to come.
        value = mid_year if mid_year <= today else date(year, 1, 1)
        result = BirthDate(value, "about" if about else "year")
        too_late = year > today.year
    if too_late:
        raise ValidationError(BIRTH_DATE_FIELD, _IN_THE_FUTURE, result.display())
    return result


# --- Names ---------------------------------------------------------------------------------------

MAX_NAME_PART_LENGTH = 60
# The mother's full name and the Latin transliteration hold several parts.
MAX_FULL_NAME_LENGTH = 150
# Longer than any limit above, so clean_text never shortens a name before its length is checked.
_CLEAN_LIMIT = 10_000

_NAME_REQUIRED = {
    "first_name": QT_TRANSLATE_NOOP("SanadError", "Write the first name."),
    "father_name": QT_TRANSLATE_NOOP("SanadError", "Write the father's name, or mark the father as unknown."),
    "grandfather_name": QT_TRANSLATE_NOOP("SanadError", "Write the grandfather's name."),
    "family_name": QT_TRANSLATE_NOOP("SanadError", "Write the family or tribal name (laqab)."),
    "mother_name": QT_TRANSLATE_NOOP("SanadError", "Write the mother's full name."),
}
_MOTHER_ONE_WORD = QT_TRANSLATE_NOOP(
    "SanadError", "Write the mother's full name, not only her first name: at least her name and her father's."
)
_NAME_TOO_LONG = QT_TRANSLATE_NOOP("SanadError", "This name is too long: at most %1 characters.")
_NAME_WITHOUT_LETTERS = QT_TRANSLATE_NOOP("SanadError", "A name must contain letters, not only digits or signs.")
_NAME_HAS_CONTROLS = QT_TRANSLATE_NOOP(
    "SanadError", "This name contains invisible control characters. Type it again."
)
_LATIN_NAME_IN_ARABIC = QT_TRANSLATE_NOOP("SanadError", "Write the Latin name in Latin letters (A-Z).")
_SEX_REQUIRED = QT_TRANSLATE_NOOP("SanadError", "Choose female or male.")

# Characters that must never survive clean_text in a stored name: C0/C1 controls and the bidi
# embeddings, overrides and isolates that can make a name display as something else.
_CONTROL_CHARS = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_ARABIC_LETTERS = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")

SEXES = ("F", "M")

# --- Phones --------------------------------------------------------------------------------------

MIN_OTHER_PHONE_DIGITS = 7
MAX_OTHER_PHONE_DIGITS = 15  # ITU E.164: no international number is longer
_PHONE_CHARS = re.compile(r"[+\uff0b]?[0-9 ()\-./]+")
_BAD_MOBILE = QT_TRANSLATE_NOOP(
    "SanadError", "This is not a complete Iraqi mobile number. Write it as 07XX XXX XXXX (11 digits)."
)
_BAD_PHONE = QT_TRANSLATE_NOOP(
    "SanadError",
    "This is not a phone number. Write a mobile as 07XX XXX XXXX, or a landline or foreign number "
    "with 7 to 15 digits.",
)

# --- Parents' ages -------------------------------------------------------------------------------

# How much older than a person the recorded mother and father must be. The check is there to catch
# swapped or mistyped dates (a child entered as older than its mother), not to judge anyone's
# family: the bounds are set at the edge of what is biologically possible, so no real record is
# ever refused, and an office can change them here.
MIN_MOTHER_AGE_AT_BIRTH = 9
MIN_FATHER_AGE_AT_BIRTH = 12

_BORN_BEFORE_MOTHER = QT_TRANSLATE_NOOP(
    "SanadError",
    "This date of birth (%1) is not after the mother's (%2). Check whether the two dates were swapped.",
)
_MOTHER_TOO_YOUNG = QT_TRANSLATE_NOOP(
    "SanadError", "The mother (born %2) would have been under %3 when this person was born (%1). Check both dates."
)
_BORN_BEFORE_FATHER = QT_TRANSLATE_NOOP(
    "SanadError",
    "This date of birth (%1) is not after the father's (%2). Check whether the two dates were swapped.",
)
_FATHER_TOO_YOUNG = QT_TRANSLATE_NOOP(
    "SanadError", "The father (born %2) would have been under %3 when this person was born (%1). Check both dates."
)


@dataclass(frozen=True)
class PersonInput:
    """What the person form holds, as typed. Field names match the `person` table's columns;
    every error about the date of birth carries the field name "birth_date"."""

    first_name: str = ""
    father_name: str = ""
    grandfather_name: str = ""
    family_name: str = ""
    mother_name: str = ""
    name_latin: str = ""
    sex: str = ""
    birth_date_text: str = ""
    relationship_to_head: str = ""
    phone: str = ""
    marital_status: str = ""
    # A child registered under the mother with no legal father (domain.md section 2): the
    # father's, grandfather's and family names may then be left empty.
    father_unknown: bool = False
    # The rest of the person form (the household grid leaves them at their defaults).
    phone2: str = ""
    place_of_birth: str = ""
    nationality_status: str = "iraqi"
    school_enrolment: str = ""
    # Washington Group answers by column name (wg_seeing ...): 1-4, or missing when not asked.
    wg: tuple[tuple[str, int | None], ...] = ()
    registry_record_no: str = ""
    registry_page_no: str = ""
    registry_office: str = ""
    registry_governorate: str = ""


def validate_person(
    p: PersonInput,
    *,
    today: date | None = None,
    mother: PersonInput | None = None,
    father: PersonInput | None = None,
) -> list[ValidationError]:
    """Every problem with the form at once, each naming the field it belongs next to."""
    today = today or date.today()
    errors: list[ValidationError] = []

    required = {"first_name", "mother_name"}
    if not p.father_unknown:
        required |= {"father_name", "grandfather_name", "family_name"}
    for field in ("first_name", "father_name", "grandfather_name", "family_name"):
        errors += _name_errors(field, getattr(p, field), field in required, MAX_NAME_PART_LENGTH)
    mother_errors = _name_errors("mother_name", p.mother_name, True, MAX_FULL_NAME_LENGTH)
    if not mother_errors and len(_clean_name(p.mother_name).split()) < 2:
        mother_errors.append(ValidationError("mother_name", _MOTHER_ONE_WORD))
    errors += mother_errors
    latin_errors = _name_errors("name_latin", p.name_latin, False, MAX_FULL_NAME_LENGTH)
    if not latin_errors and _ARABIC_LETTERS.search(_clean_name(p.name_latin)):
        latin_errors.append(ValidationError("name_latin", _LATIN_NAME_IN_ARABIC))
    errors += latin_errors

    if p.sex not in SEXES:
        errors.append(ValidationError("sex", _SEX_REQUIRED))

    birth = UNKNOWN_BIRTH_DATE
    try:
        birth = parse_birth_date(p.birth_date_text, today=today)
    except ValidationError as err:
        errors.append(err)
    for parent, min_age, before, too_young in (
        (mother, MIN_MOTHER_AGE_AT_BIRTH, _BORN_BEFORE_MOTHER, _MOTHER_TOO_YOUNG),
        (father, MIN_FATHER_AGE_AT_BIRTH, _BORN_BEFORE_FATHER, _FATHER_TOO_YOUNG),
    ):
        if parent is not None:
            problem = _parent_age_error(birth, parent, min_age, before, too_young, today)
            if problem is not None:
                errors.append(problem)

    for field in ("phone", "phone2"):
        phone_error = phone_problem(field, getattr(p, field))
        if phone_error is not None:
            errors.append(phone_error)
    errors += _detail_errors(p)
    return errors


_NOT_A_CHOICE = QT_TRANSLATE_NOOP("SanadError", "Choose one of the listed values.")
_NOT_A_WG_ANSWER = QT_TRANSLATE_NOOP(
    "SanadError", "Answer 1 (no difficulty) to 4 (cannot do at all), or leave it empty."
)
_REGISTRY_NUMBER = QT_TRANSLATE_NOOP(
    "SanadError", "Write only the number as it is on the civil registry record (digits, up to %1)."
)
_TEXT_TOO_LONG = QT_TRANSLATE_NOOP("SanadError", "This is too long: at most %1 characters.")
_TEXT_HAS_CONTROLS = QT_TRANSLATE_NOOP("SanadError", "This contains invisible control characters. Type it again.")
MAX_REGISTRY_DIGITS = 10


def _detail_errors(p: PersonInput) -> list[ValidationError]:
    from db import choices

    errors = []
    for field, value, allowed in (
        ("marital_status", p.marital_status, choices.codes(choices.MARITAL_STATUS)),
        ("nationality_status", p.nationality_status, choices.codes(choices.NATIONALITY_STATUS)),
        ("school_enrolment", p.school_enrolment, choices.codes(choices.SCHOOL_ENROLMENT)),
    ):
        if value and value not in allowed:
            errors.append(ValidationError(field, _NOT_A_CHOICE))
    domains = choices.codes(choices.WG_DOMAINS)
    for field, answer in p.wg:
        if field not in domains or (answer is not None and answer not in (1, 2, 3, 4)):
            errors.append(ValidationError(field if field in domains else "wg", _NOT_A_WG_ANSWER))
    errors += text_problems("place_of_birth", p.place_of_birth, 120)
    errors += registry_problems(p.registry_record_no, p.registry_page_no, p.registry_office, p.registry_governorate)
    return errors


def registry_problems(record_no: str, page_no: str, office: str, governorate: str) -> list[ValidationError]:
    """The 1957 civil-registry record (domain.md section 8): record and page are numbers (any
    digit script); the civil-status office and governorate are short texts."""
    errors = []
    for field, value in (("registry_record_no", record_no), ("registry_page_no", page_no)):
        raw = normalise_digits(clean_text(value or "")).strip()
        if raw and not (raw.isdigit() and len(raw) <= MAX_REGISTRY_DIGITS):
            errors.append(ValidationError(field, _REGISTRY_NUMBER, MAX_REGISTRY_DIGITS))
    errors += text_problems("registry_office", office, 120)
    errors += text_problems("registry_governorate", governorate, 80)
    return errors


def text_problems(field: str, text: str, max_length: int) -> list[ValidationError]:
    """Free text (a place, an office, a note): not too long, no invisible control characters."""
    raw = (text or "").strip()
    if not raw:
        return []
    problems = []
    if _CONTROL_CHARS.search(raw.replace("\n", "").replace("\t", "")):
        problems.append(ValidationError(field, _TEXT_HAS_CONTROLS))
    if len(clean_text(raw, max_length=_CLEAN_LIMIT)) > max_length:
        problems.append(ValidationError(field, _TEXT_TOO_LONG, max_length))
    return problems


# What other modules compare a problem's text with: a date in the future, and the parent-age rule.
FUTURE_DATE = _IN_THE_FUTURE
PARENT_AGE_PROBLEMS = frozenset({_BORN_BEFORE_MOTHER, _MOTHER_TOO_YOUNG, _BORN_BEFORE_FATHER, _FATHER_TOO_YOUNG})


def _clean_name(text: str) -> str:
    return clean_text(text or "", max_length=_CLEAN_LIMIT).strip()


def _name_errors(field: str, text: str, required: bool, max_length: int) -> list[ValidationError]:
    name = _clean_name(text)
    if not name:
        return [ValidationError(field, _NAME_REQUIRED[field])] if required else []
    errors = []
    if len(name) > max_length:
        errors.append(ValidationError(field, _NAME_TOO_LONG, max_length))
    if _CONTROL_CHARS.search(name):
        errors.append(ValidationError(field, _NAME_HAS_CONTROLS))
    if not any(ch.isalpha() for ch in name):
        errors.append(ValidationError(field, _NAME_WITHOUT_LETTERS))
    return errors


def _parent_age_error(
    birth: BirthDate, parent: PersonInput, min_age: int, before: str, too_young: str, today: date
) -> ValidationError | None:
    """Only a certain conflict is reported: the parent's earliest possible birth plus `min_age`
    years must fall after the person's latest possible birth. With year-only dates that means the
    years must differ by at least `min_age` (a mother born in 2000 may have a child in 2009, even
    if the real days would make her 8 and a half); "about" dates widen each side by
    ABOUT_TOLERANCE_YEARS, so they catch only swapped dates."""
    try:
        parent_birth = parse_birth_date(parent.birth_date_text, today=today)
    except ValidationError:
        return None  # the parent's own form reports it
    if birth.value is None or parent_birth.value is None:
        return None
    if add_years(parent_birth.earliest(), min_age) <= birth.latest():
        return None
    if birth.value <= parent_birth.value:
        return ValidationError(BIRTH_DATE_FIELD, before, birth.display(), parent_birth.display())
    return ValidationError(BIRTH_DATE_FIELD, too_young, birth.display(), parent_birth.display(), min_age)


def add_years(day: date, years: int) -> date:
    """The same day `years` later; 29 February becomes 28 February in a common year (the
    earlier day, so the check never refuses a borderline case)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def phone_problem(field: str, text: str) -> ValidationError | None:
    """None if `text` is empty, a valid Iraqi mobile, or a plausible landline or foreign number
    (7-15 digits); otherwise the error to show next to `field`."""
    raw = normalise_digits(clean_text(text or "")).strip()
    if not raw:
        return None
    if is_valid_iraqi_mobile(raw):
        return None
    if not _PHONE_CHARS.fullmatch(raw):
        return ValidationError(field, _BAD_PHONE)
    if normalise_phone(raw).startswith("07"):
        # An Iraqi mobile (07..., +964 7..., 00964 7...) with a digit missing or extra, or an
        # unknown operator prefix, must not pass as a landline.
        return ValidationError(field, _BAD_MOBILE)
    digits = re.sub(r"[^0-9]", "", raw)
    if digits.startswith("00"):
        digits = digits[2:]  # the international prefix is not part of the number
    if not MIN_OTHER_PHONE_DIGITS <= len(digits) <= MAX_OTHER_PHONE_DIGITS:
        return ValidationError(field, _BAD_PHONE)
    return None


# --- Households ----------------------------------------------------------------------------------

DISPLACEMENT_STATUSES = ("resident", "idp", "returnee", "camp_departed")
# OCHA COD-AB p-codes for Iraq (db/data/cod_ab_irq.csv, from HDX cod-ab-irq): governorate IQG15
# (Ninewa), district IQG15Q05 (Al-Mosul), sub-district IQG15Q05N01 (Al-Qayarra): each code is
# its parent's code, a letter (G, Q, N) and two digits. Any governorate is accepted: an address or
# area of origin may lie outside Ninewa. Whether a code exists is for the place table to say
# (db/locations.py), not this shape.
COD_AB_GOVERNORATE_PCODE = re.compile(r"IQG\d{2}")
COD_AB_DISTRICT_PCODE = re.compile(r"IQG\d{2}Q\d{2}")
COD_AB_SUB_DISTRICT_PCODE = re.compile(r"IQG\d{2}Q\d{2}N\d{2}")
# Places an office adds (db/locations.add_place) put an X where OCHA writes Q or N: a district
# IQG15X01, a sub-district IQG15Q05X01 (in a COD-AB district) or IQG15X01X01 (in an office
# district). OCHA never uses X, so no COD-AB table can ever collide with an office's code.
OFFICE_PLACE_LETTER = "X"
GOVERNORATE_PCODE = COD_AB_GOVERNORATE_PCODE
DISTRICT_PCODE = re.compile(r"IQG\d{2}[QX]\d{2}")
SUB_DISTRICT_PCODE = re.compile(r"IQG\d{2}(?:Q\d{2}[NX]|X\d{2}X)\d{2}")

_DISPLACEMENT_REQUIRED = QT_TRANSLATE_NOOP(
    "SanadError", "Choose resident, displaced (IDP), returnee or left a camp."
)
_BAD_GOVERNORATE = QT_TRANSLATE_NOOP("SanadError", "This is not a governorate code. It looks like IQG15.")
_BAD_DISTRICT = QT_TRANSLATE_NOOP("SanadError", "This is not a district code. It looks like IQG15Q05.")
_BAD_SUB_DISTRICT = QT_TRANSLATE_NOOP(
    "SanadError", "This is not a sub-district code. It looks like IQG15Q05N01."
)
_DISTRICT_OUTSIDE_GOVERNORATE = QT_TRANSLATE_NOOP(
    "SanadError", "The district %1 is not in the governorate %2."
)
_SUB_DISTRICT_OUTSIDE_DISTRICT = QT_TRANSLATE_NOOP(
    "SanadError", "The sub-district %1 is not in the district %2."
)


@dataclass(frozen=True)
class HouseholdInput:
    """What the household form holds, as typed; locations are p-codes (or empty)."""

    governorate: str = ""
    district: str = ""
    sub_district: str = ""
    neighbourhood: str = ""
    landmark: str = ""
    displacement_status: str = ""
    phone: str = ""


def validate_household(h: HouseholdInput) -> list[ValidationError]:
    """Every problem with the household form at once, each naming its field."""
    errors: list[ValidationError] = []
    phone_error = phone_problem("phone", h.phone)
    if phone_error is not None:
        errors.append(phone_error)
    if h.displacement_status not in DISPLACEMENT_STATUSES:
        errors.append(ValidationError("displacement_status", _DISPLACEMENT_REQUIRED))

    governorate, district, sub_district = (x.strip() for x in (h.governorate, h.district, h.sub_district))
    good = {}
    for field, code, shape, message in (
        ("governorate", governorate, GOVERNORATE_PCODE, _BAD_GOVERNORATE),
        ("district", district, DISTRICT_PCODE, _BAD_DISTRICT),
        ("sub_district", sub_district, SUB_DISTRICT_PCODE, _BAD_SUB_DISTRICT),
    ):
        if code and not shape.fullmatch(code):
            errors.append(ValidationError(field, message))
        elif code:
            good[field] = code
    # A p-code starts with its parent's p-code.
    if "governorate" in good and "district" in good and not district.startswith(governorate):
        errors.append(ValidationError("district", _DISTRICT_OUTSIDE_GOVERNORATE, district, governorate))
    if "district" in good and "sub_district" in good and not sub_district.startswith(district):
        errors.append(ValidationError("sub_district", _SUB_DISTRICT_OUTSIDE_DISTRICT, sub_district, district))
    return errors


# --- File numbers --------------------------------------------------------------------------------

FILE_NUMBER_PATTERN_FIELD = "file_number_pattern"
MAX_FILE_NUMBER_LENGTH = 40  # the person.file_number column
# Only zero padding: "{seq:5d}" would pad with spaces.
_SEQ_SPEC = re.compile(r"0([1-9])d")
# Latin letters, digits and a few signs only: Arabic letters beside digits reorder on screen and
# on paper, and a file number must read the same everywhere.
_NOT_FILE_NUMBER_TEXT = re.compile(r"[^A-Za-z0-9_./-]")

_PATTERN_WITHOUT_SEQ = QT_TRANSLATE_NOOP(
    "SanadError",
    "The file number pattern must contain {seq} where the running number goes, "
    "for example MOS-{year}-{seq:05d}.",
)
_PATTERN_SEQ_TWICE = QT_TRANSLATE_NOOP("SanadError", "The file number pattern may contain {seq} only once.")
_PATTERN_YEAR_TWICE = QT_TRANSLATE_NOOP("SanadError", "The file number pattern may contain {year} only once.")
_PATTERN_UNKNOWN_PART = QT_TRANSLATE_NOOP(
    "SanadError", "The file number pattern has an unknown part %1. Use only {year} and {seq}."
)
_PATTERN_BAD_SEQ = QT_TRANSLATE_NOOP(
    "SanadError",
    "Write the running number as {seq}, or as {seq:05d} for 5 digits with leading zeros; not %1.",
)
_PATTERN_BAD_YEAR = QT_TRANSLATE_NOOP("SanadError", "Write the year as {year}; not %1.")
_PATTERN_BRACES = QT_TRANSLATE_NOOP("SanadError", "The file number pattern has a { or } without its partner.")
_PATTERN_BAD_TEXT = QT_TRANSLATE_NOOP(
    "SanadError", "A file number may contain only Latin letters, digits and the signs - _ / . (not %1)."
)
_PATTERN_SPACE = QT_TRANSLATE_NOOP("SanadError", "A file number may not contain spaces: use - or / instead.")
_PATTERN_TOO_LONG = QT_TRANSLATE_NOOP(
    "SanadError", "File numbers made by this pattern could be longer than %1 characters."
)


@dataclass(frozen=True)
class FileNumberPattern:
    """An office's file-number pattern, e.g. "MOS-{year}-{seq:05d}" -> MOS-2026-00412.

    Placeholders: {year} (four digits) and {seq} (the running number; {seq:05d} pads it to five
    digits with zeros). Anything else is literal text. Making the numbers — never reused, inside
    the transaction that saves the person — is the numbering module's job.
    """

    pattern: str

    def __post_init__(self) -> None:
        self._parts()  # refuse a bad pattern when it is made, not when it is first used

    def _parts(self) -> list[tuple[str, str | None, int]]:
        """(literal text, "year" / "seq" / None, seq width) for each piece of the pattern."""
        try:
            pieces = list(string.Formatter().parse(self.pattern))
        except ValueError:
            raise ValidationError(FILE_NUMBER_PATTERN_FIELD, _PATTERN_BRACES) from None
        parts: list[tuple[str, str | None, int]] = []
        for literal, name, spec, conversion in pieces:
            if any(ch.isspace() for ch in literal):
                raise ValidationError(FILE_NUMBER_PATTERN_FIELD, _PATTERN_SPACE)
            # An invisible character is named by its code point, never shown raw in the message.
            bad_chars = dict.fromkeys(_NOT_FILE_NUMBER_TEXT.findall(literal))
            bad_text = " ".join(ch if ch.isprintable() else f"U+{ord(ch):04X}" for ch in bad_chars)
            if bad_text:
                raise ValidationError(FILE_NUMBER_PATTERN_FIELD, _PATTERN_BAD_TEXT, bad_text)
            if name is None:
                parts.append((literal, None, 0))
                continue
            shown = "{" + name + ("!" + conversion if conversion else "") + (":" + spec if spec else "") + "}"
            if name == "seq":
                width_match = _SEQ_SPEC.fullmatch(spec or "")
                if conversion or (spec and width_match is None):
                    raise ValidationError(FILE_NUMBER_PATTERN_FIELD, _PATTERN_BAD_SEQ, shown)
                parts.append((literal, "seq", int(width_match.group(1)) if width_match else 0))
            elif name == "year":
                if conversion or spec:
                    raise ValidationError(FILE_NUMBER_PATTERN_FIELD, _PATTERN_BAD_YEAR, shown)
                parts.append((literal, "year", 0))
            else:
                raise ValidationError(FILE_NUMBER_PATTERN_FIELD, _PATTERN_UNKNOWN_PART, shown)
        names = [name for _, name, _ in parts]
        if "seq" not in names:
            raise ValidationError(FILE_NUMBER_PATTERN_FIELD, _PATTERN_WITHOUT_SEQ)
        if names.count("seq") > 1:
            raise ValidationError(FILE_NUMBER_PATTERN_FIELD, _PATTERN_SEQ_TWICE)
        if names.count("year") > 1:
            raise ValidationError(FILE_NUMBER_PATTERN_FIELD, _PATTERN_YEAR_TWICE)
        # Room for a running number of at least 6 digits (or the padded width, if wider).
        longest = sum(len(lit) + (4 if n == "year" else max(6, w) if n == "seq" else 0) for lit, n, w in parts)
        if longest > MAX_FILE_NUMBER_LENGTH:
            raise ValidationError(FILE_NUMBER_PATTERN_FIELD, _PATTERN_TOO_LONG, MAX_FILE_NUMBER_LENGTH)
        return parts

    @property
    def seq_width(self) -> int:
        """How many digits {seq} is padded to (0: not padded)."""
        return next(width for _, name, width in self._parts() if name == "seq")

    def format(self, year: int, seq: int) -> str:
        """The file number for running number `seq` (1 or more) in `year`."""
        if not 1000 <= year <= 9999:
            raise ValueError(f"year must have four digits, not {year}")
        if seq < 1:
            raise ValueError(f"running numbers start at 1, not {seq}")
        out = []
        for literal, name, width in self._parts():
            out.append(literal)
            if name == "year":
                out.append(f"{year:04d}")
            elif name == "seq":
                out.append(f"{seq:0{width}d}")
        return "".join(out)

    def regex(self) -> re.Pattern[str]:
        """Matches (with fullmatch) exactly the numbers `format` can make; groups "year" and "seq"."""
        out = []
        for literal, name, width in self._parts():
            out.append(re.escape(literal))
            if name == "year":
                out.append(r"(?P<year>[0-9]{4})")
            elif name == "seq" and width > 1:
                # Padded to `width` digits, or longer once the running number outgrows the padding.
                out.append(rf"(?P<seq>[0-9]{{{width}}}|[1-9][0-9]{{{width},}})")
            elif name == "seq":
                out.append(r"(?P<seq>[1-9][0-9]*)")
        return re.compile("".join(out))

    def parse(self, number: str) -> tuple[int | None, int] | None:
        """(year or None, seq) if `number` was made by this pattern, else None."""
        match = self.regex().fullmatch(number.strip())
        if match is None:
            return None
        year = match.groupdict().get("year")
        seq = int(match["seq"])
        if seq < 1:
            return None
        return (int(year) if year is not None else None, seq)
