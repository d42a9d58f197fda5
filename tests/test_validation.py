"""Form rules for people and households: dates of birth as staff write them, required names,
phones, parents' ages, p-codes and file-number patterns; every message a marked literal."""

from __future__ import annotations

import ast
import dataclasses
import re
from datetime import date
from pathlib import Path

import pytest

from db import validation as v
from db.errors import ValidationError
from db.i18n import fill
from db.validation import (
    BirthDate,
    FileNumberPattern,
    HouseholdInput,
    PersonInput,
    parse_birth_date,
    validate_household,
    validate_person,
)

TODAY = date(2026, 5, 10)
SOURCE = Path(v.__file__).read_text(encoding="utf-8")


def _marked_literals() -> list[str]:
    """The text argument of every QT_TRANSLATE_NOOP call in db/validation.py."""
    texts = []
    for node in ast.walk(ast.parse(SOURCE)):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP":
            context, text = node.args
            assert isinstance(context, ast.Constant) and context.value == "SanadError"
            assert isinstance(text, ast.Constant) and isinstance(text.value, str), ast.unparse(node)
            texts.append(text.value)
    return texts


MARKED = set(_marked_literals())


def assert_translatable(err: ValidationError) -> None:
    """The text is one of the marked literals, untouched; the values travel in args_for_text."""
    assert err.text in MARKED, err.text
    numbers = sorted({int(n) for n in re.findall(r"%(\d)", err.text)})
    assert numbers == list(range(1, len(err.args_for_text) + 1)), (err.text, err.args_for_text)
    for arg in err.args_for_text:
        assert str(arg) not in err.text, (err.text, arg)
    assert str(err) == fill(err.text, *err.args_for_text)


def refused(text: str) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        parse_birth_date(text, today=TODAY)
    assert info.value.field == "birth_date"
    assert_translatable(info.value)
    return info.value


# --- Dates of birth ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("2015-03-07", date(2015, 3, 7), "exact"),
        ("7/3/2015", date(2015, 3, 7), "exact"),
        ("07/03/2015", date(2015, 3, 7), "exact"),
        ("7-3-2015", date(2015, 3, 7), "exact"),
        ("7.3.2015", date(2015, 3, 7), "exact"),
        ("7 / 3 / 2015", date(2015, 3, 7), "exact"),
        ("  7/3/2015\t", date(2015, 3, 7), "exact"),
        ("2015/3/7", date(2015, 3, 7), "exact"),
        ("٧/٣/٢٠١٥", date(2015, 3, 7), "exact"),
        ("۰۷/۰۳/۲۰۱۵", date(2015, 3, 7), "exact"),
        ("٧\u060d٣\u060d٢٠١٥", date(2015, 3, 7), "exact"),  # Arabic date separator
        ("7\u060c3\u060c2015", date(2015, 3, 7), "exact"),  # Arabic comma
        ("٢٠١٥\u2013٠٣\u2013٠٧", date(2015, 3, 7), "exact"),  # en dash from a word processor
        ("\u202b07/03/2015\u202c", date(2015, 3, 7), "exact"),
        ("29/2/2016", date(2016, 2, 29), "exact"),
        ("29/02/2000", date(2000, 2, 29), "exact"),
        ("10/5/2026", TODAY, "exact"),
        ("1/1/1906", date(1906, 1, 1), "exact"),
        ("3/2015", date(2015, 3, 1), "month"),
        ("03/2015", date(2015, 3, 1), "month"),
        ("2015-03", date(2015, 3, 1), "month"),
        ("٣/٢٠١٥", date(2015, 3, 1), "month"),
        ("5/2026", date(2026, 5, 1), "month"),
        ("2015", date(2015, 7, 1), "year"),
        ("٢٠١٥", date(2015, 7, 1), "year"),
        ("۲۰۱۵", date(2015, 7, 1), "year"),
        ("\u202e2015", date(2015, 7, 1), "year"),
        ("2015م", date(2015, 7, 1), "year"),
        ("تولد 1990", date(1990, 7, 1), "year"),
        ("مواليد ١٩٩٠", date(1990, 7, 1), "year"),
        ("1906", date(1906, 7, 1), "year"),
        ("2026", date(2026, 1, 1), "year"),  # 1 July is still to come
        ("about 2015", date(2015, 7, 1), "about"),
        ("About 2015", date(2015, 7, 1), "about"),
        ("~2015", date(2015, 7, 1), "about"),
        ("~ 2015", date(2015, 7, 1), "about"),
        ("c. 2015", date(2015, 7, 1), "about"),
        ("ca. 2015", date(2015, 7, 1), "about"),
        ("circa 2015", date(2015, 7, 1), "about"),
        ("حوالي 2015", date(2015, 7, 1), "about"),
        ("حوالي ٢٠١٥", date(2015, 7, 1), "about"),
        ("تقريبا 2015", date(2015, 7, 1), "about"),
        ("تقريباً ٢٠١٥", date(2015, 7, 1), "about"),
        ("2015 تقريبا", date(2015, 7, 1), "about"),
        ("بحدود 2015", date(2015, 7, 1), "about"),
        ("about 2026", date(2026, 1, 1), "about"),
        ("", None, "unknown"),
        ("   ", None, "unknown"),
        ("\u202e", None, "unknown"),
        ("غير معروف", None, "unknown"),
    ],
)
def test_birth_date_is_read_with_its_precision(text, value, precision):
    assert parse_birth_date(text, today=TODAY) == BirthDate(value, precision)


@pytest.mark.parametrize(
    ("text", "message", "args"),
    [
        ("31/02/2015", v._NO_SUCH_FEBRUARY_DAY, (31, 2015)),
        ("30/2/2016", v._NO_SUCH_FEBRUARY_DAY, (30, 2016)),
        ("29/2/2015", v._NOT_A_LEAP_YEAR, (2015,)),
        ("29/02/1910", v._NOT_A_LEAP_YEAR, (1910,)),
        ("٢٩/٢/٢٠١٥", v._NOT_A_LEAP_YEAR, (2015,)),
        ("31/4/2015", v._NO_31ST[4], (2015,)),
        ("31/06/2015", v._NO_31ST[6], (2015,)),
        ("31/9/2015", v._NO_31ST[9], (2015,)),
        ("2015-11-31", v._NO_31ST[11], (2015,)),
        ("00/00/1990", v._DAY_AND_MONTH_ZERO, (1990,)),
        ("0/0/1990", v._DAY_AND_MONTH_ZERO, (1990,)),
        ("15/00/1990", v._DAY_AND_MONTH_ZERO, (1990,)),
        ("00/1990", v._DAY_AND_MONTH_ZERO, (1990,)),
        ("00/03/1990", v._DAY_ZERO, ("3/1990",)),
        ("7/13/2015", v._NO_SUCH_MONTH, (13,)),
        ("13/2015", v._NO_SUCH_MONTH, (13,)),
        ("32/1/2015", v._NO_SUCH_DAY, (32,)),
        ("11/5/2026", v._IN_THE_FUTURE, ("11/05/2026",)),
        ("6/2026", v._IN_THE_FUTURE, ("06/2026",)),
        ("2027", v._IN_THE_FUTURE, ("2027",)),
        ("about 2030", v._IN_THE_FUTURE, ("2030",)),
        ("١/١/٢٠٣٠", v._IN_THE_FUTURE, ("01/01/2030",)),
        ("1899", v._TOO_EARLY, (1899, 1906)),
        ("31/12/1899", v._TOO_EARLY, (1899, 1906)),
        ("about 1850", v._TOO_EARLY, (1850, 1906)),
        # Over 120 years old is a typing slip (security case X8).
        ("1/1/1900", v._TOO_EARLY, (1900, 1906)),
        ("1905", v._TOO_EARLY, (1905, 1906)),
        ("7/3/15", v._TWO_DIGIT_YEAR, ()),
        ("3/15", v._TWO_DIGIT_YEAR, ()),
        ("15", v._TWO_DIGIT_YEAR, ()),
        ("about 3/2015", v._ABOUT_NEEDS_YEAR, ()),
        ("حوالي 7/3/2015", v._ABOUT_NEEDS_YEAR, ()),
        ("hello", v._NOT_A_DATE, ()),
        ("about", v._NOT_A_DATE, ()),
        ("~", v._NOT_A_DATE, ()),
        ("201", v._NOT_A_DATE, ()),
        ("20150307", v._NOT_A_DATE, ()),
        ("2015/2016", v._NOT_A_DATE, ()),
        ("7/3/2015/1", v._NOT_A_DATE, ()),
        ("7/2015/3", v._NOT_A_DATE, ()),
        ("2015x", v._NOT_A_DATE, ()),
        ("-2015", v._NOT_A_DATE, ()),
        ("March 2015", v._NOT_A_DATE, ()),
    ],
)
def test_impossible_or_unreadable_birth_dates_are_refused_with_a_reason(text, message, args):
    err = refused(text)
    assert (err.text, err.args_for_text) == (message, args)


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("31/02/2015", "There is no 31 February 2015."),
        ("29/2/2015", "There is no 29 February 2015: it was not a leap year."),
        ("00/00/1990", "If the day and month are not known, write only the year: 1990."),
        ("11/5/2026", "The date of birth 11/05/2026 is in the future."),
    ],
)
def test_birth_date_messages_read_well_in_english(text, english):
    assert str(refused(text)) == english


def test_each_birth_date_problem_has_its_own_message():
    texts = {refused(t).text for t in ("31/02/2015", "29/2/2015", "31/4/2015", "00/00/1990", "00/3/1990",
                                        "7/13/2015", "32/1/2015", "2027", "1899", "7/3/15", "about 3/2015", "x")}
    assert len(texts) == 12


def test_birth_date_range_follows_precision():
    assert parse_birth_date("3/2016", today=TODAY).latest() == date(2016, 3, 31)
    assert parse_birth_date("2016", today=TODAY).earliest() == date(2016, 1, 1)
    about = parse_birth_date("about 2016", today=TODAY)
    assert (about.earliest(), about.latest()) == (date(2014, 1, 1), date(2018, 12, 31))
    assert parse_birth_date("", today=TODAY).earliest() is None


def test_birth_date_display_uses_digits_only():
    shown = [parse_birth_date(t, today=TODAY).display() for t in ("7/3/2015", "3/2015", "2015", "~2015", "")]
    assert shown == ["07/03/2015", "03/2015", "2015", "2015", ""]


# --- People --------------------------------------------------------------------------------------

VALID_PERSON = PersonInput(
    first_name="فاطمة", father_name="علي", grandfather_name="حسن", family_name="الجبوري",
    mother_name="زينب محمد احمد", name_latin="Fatima Ali Hassan", sex="F", birth_date_text="7/3/2015",
    relationship_to_head="daughter", phone="0770 123 4567", marital_status="single",
)


def person(**changes) -> PersonInput:
    return dataclasses.replace(VALID_PERSON, **changes)


def problems(p: PersonInput, **kwargs) -> list[tuple[str, str]]:
    errors = validate_person(p, today=TODAY, **kwargs)
    for err in errors:
        assert_translatable(err)
    return [(err.field, err.text) for err in errors]


def test_a_complete_person_has_no_problems():
    assert problems(VALID_PERSON) == []


R = v._NAME_REQUIRED


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"first_name": ""}, [("first_name", R["first_name"])]),
        ({"first_name": "   "}, [("first_name", R["first_name"])]),
        ({"first_name": "\u202e\u200b"}, [("first_name", R["first_name"])]),
        ({"first_name": " عبد   الله "}, []),
        ({"father_name": ""}, [("father_name", R["father_name"])]),
        ({"grandfather_name": ""}, [("grandfather_name", R["grandfather_name"])]),
        ({"family_name": ""}, [("family_name", R["family_name"])]),
        ({"father_name": "", "grandfather_name": "", "family_name": "", "father_unknown": True}, []),
        ({"father_name": "محمد", "father_unknown": True}, []),
        ({"first_name": "", "father_unknown": True}, [("first_name", R["first_name"])]),
        ({"mother_name": ""}, [("mother_name", R["mother_name"])]),
        ({"mother_name": "زينب"}, [("mother_name", v._MOTHER_ONE_WORD)]),
        ({"mother_name": "  زينب \u200f "}, [("mother_name", v._MOTHER_ONE_WORD)]),
        ({"mother_name": "زينب محمد"}, []),
        ({"mother_name": "زينب محمد احمد الطائي"}, []),
        ({"first_name": "123"}, [("first_name", v._NAME_WITHOUT_LETTERS)]),
        ({"father_name": "٤٥"}, [("father_name", v._NAME_WITHOUT_LETTERS)]),
        ({"family_name": "--"}, [("family_name", v._NAME_WITHOUT_LETTERS)]),
        ({"first_name": "ف" * 60}, []),
        ({"first_name": "ف" * 61}, [("first_name", v._NAME_TOO_LONG)]),
        ({"grandfather_name": "ح" * 30 + "\u200b" * 40}, []),
        ({"mother_name": "زينب " + "م" * 150}, [("mother_name", v._NAME_TOO_LONG)]),
        ({"name_latin": ""}, []),
        ({"name_latin": "فاطمة علي"}, [("name_latin", v._LATIN_NAME_IN_ARABIC)]),
        ({"name_latin": "42"}, [("name_latin", v._NAME_WITHOUT_LETTERS)]),
        ({"sex": ""}, [("sex", v._SEX_REQUIRED)]),
        ({"sex": "X"}, [("sex", v._SEX_REQUIRED)]),
        ({"birth_date_text": ""}, []),
        ({"birth_date_text": "31/02/2015"}, [("birth_date", v._NO_SUCH_FEBRUARY_DAY)]),
        ({"birth_date_text": "1/1/2027"}, [("birth_date", v._IN_THE_FUTURE)]),
        ({"phone": ""}, []),
        ({"phone": "+964 770 123 4567"}, []),
        ({"phone": "00964 770 123 4567"}, []),
        ({"phone": "٠٧٧٠١٢٣٤٥٦٧"}, []),
        ({"phone": "0780-123-4567"}, []),
        ({"phone": "060 812 3456"}, []),  # a Mosul landline
        ({"phone": "+44 20 7946 0958"}, []),
        ({"phone": "0770123456"}, [("phone", v._BAD_MOBILE)]),
        ({"phone": "077012345678"}, [("phone", v._BAD_MOBILE)]),
        ({"phone": "+964 770 123 456"}, [("phone", v._BAD_MOBILE)]),
        ({"phone": "12345"}, [("phone", v._BAD_PHONE)]),
        ({"phone": "1234567890123456"}, [("phone", v._BAD_PHONE)]),
        ({"phone": "call Ahmed"}, [("phone", v._BAD_PHONE)]),
    ],
)
def test_person_rules(changes, expected):
    assert problems(person(**changes)) == expected


def test_all_problems_are_reported_at_once_each_beside_its_field():
    fields = [field for field, _ in problems(PersonInput(birth_date_text="31/2/2015", phone="123"))]
    assert fields == ["first_name", "father_name", "grandfather_name", "family_name", "mother_name", "sex",
                      "birth_date", "phone"]


def test_mother_one_word_message_is_clear_in_english():
    (err,) = validate_person(person(mother_name="زينب"), today=TODAY)
    assert "full name" in str(err)


# --- Parents' ages -------------------------------------------------------------------------------

def mum(birth: str) -> PersonInput:
    return PersonInput(first_name="زينب", sex="F", birth_date_text=birth)


def dad(birth: str) -> PersonInput:
    return PersonInput(first_name="علي", sex="M", birth_date_text=birth)


@pytest.mark.parametrize(
    ("child", "mother", "expected"),
    [
        ("7/3/2015", "7/3/2006", None),  # exactly 9 years older: allowed
        ("7/3/2015", "8/3/2006", (v._MOTHER_TOO_YOUNG, ("07/03/2015", "08/03/2006", 9))),
        ("7/3/2015", "7/3/1990", None),
        ("7/3/1990", "7/3/2015", (v._BORN_BEFORE_MOTHER, ("07/03/1990", "07/03/2015"))),
        ("7/3/2015", "7/3/2015", (v._BORN_BEFORE_MOTHER, ("07/03/2015", "07/03/2015"))),
        ("28/2/2013", "29/2/2004", None),  # her 9th birthday in a common year
        # Year only: the years must be at least 9 apart, whatever the real days were.
        ("2010", "2001", None),
        ("2010", "2002", (v._MOTHER_TOO_YOUNG, ("2010", "2002", 9))),
        ("2005", "2010", (v._BORN_BEFORE_MOTHER, ("2005", "2010"))),
        ("2010", "2010", (v._BORN_BEFORE_MOTHER, ("2010", "2010"))),
        ("1/1/2010", "2001", None),
        ("2010", "31/12/2001", None),
        ("3/2010", "3/2001", None),
        ("3/2010", "4/2001", (v._MOTHER_TOO_YOUNG, ("03/2010", "04/2001", 9))),
        # "About" widens the mother's year by two: only a clearly impossible pair is refused.
        ("2010", "about 2003", None),
        ("2010", "about 2004", (v._MOTHER_TOO_YOUNG, ("2010", "2004", 9))),
        ("about 2000", "2010", (v._BORN_BEFORE_MOTHER, ("2000", "2010"))),
        # Nothing to compare: no error here (a bad date of the mother's is her own form's problem).
        ("", "7/3/2006", None),
        ("7/3/2015", "", None),
        ("7/3/2015", "31/2/2015", None),
    ],
)
def test_child_cannot_be_older_than_the_mother(child, mother, expected):
    errors = validate_person(person(birth_date_text=child), today=TODAY, mother=mum(mother))
    for err in errors:
        assert_translatable(err)
    got = [(err.text, err.args_for_text) for err in errors]
    assert got == ([] if expected is None else [expected])
    assert all(err.field == "birth_date" for err in errors)


def test_child_older_than_mother_message_names_both_dates():
    (err,) = validate_person(person(birth_date_text="7/3/1990"), today=TODAY, mother=mum("2015"))
    assert "07/03/1990" in str(err) and "2015" in str(err)


@pytest.mark.parametrize(
    ("child", "father", "expected"),
    [
        ("7/3/2015", "7/3/2003", None),
        ("7/3/2015", "8/3/2003", (v._FATHER_TOO_YOUNG, ("07/03/2015", "08/03/2003", 12))),
        ("2015", "2003", None),
        ("2015", "2004", (v._FATHER_TOO_YOUNG, ("2015", "2004", 12))),
        ("2015", "2020", (v._BORN_BEFORE_FATHER, ("2015", "2020"))),
    ],
)
def test_father_must_be_at_least_twelve_years_older(child, father, expected):
    errors = validate_person(person(birth_date_text=child), today=TODAY, father=dad(father))
    got = [(err.text, err.args_for_text) for err in errors]
    assert got == ([] if expected is None else [expected])


def test_mother_and_father_are_both_checked():
    fields = problems(person(birth_date_text="2015"), mother=mum("2020"), father=dad("2010"))
    assert fields == [("birth_date", v._BORN_BEFORE_MOTHER), ("birth_date", v._FATHER_TOO_YOUNG)]


def test_parent_age_limits_are_constants():
    assert (v.MIN_MOTHER_AGE_AT_BIRTH, v.MIN_FATHER_AGE_AT_BIRTH) == (9, 12)


# --- Households ----------------------------------------------------------------------------------

VALID_HOUSEHOLD = HouseholdInput(
    governorate="IQG15", district="IQG15Q05", sub_district="IQG15Q05N01", neighbourhood="الزنجيلي",
    landmark="قرب الجامع", displacement_status="returnee", phone="07801234567",
)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({}, []),
        ({"displacement_status": "resident"}, []),
        ({"displacement_status": "idp"}, []),
        ({"displacement_status": "camp_departed"}, []),
        ({"displacement_status": ""}, [("displacement_status", v._DISPLACEMENT_REQUIRED)]),
        ({"displacement_status": "refugee"}, [("displacement_status", v._DISPLACEMENT_REQUIRED)]),
        ({"governorate": "", "district": "", "sub_district": ""}, []),
        ({"governorate": " IQG15 ", "district": "IQG15Q05 "}, []),
        ({"governorate": "", "district": "IQG01Q01", "sub_district": ""}, []),  # origin outside Ninewa
        ({"governorate": "Ninewa"}, [("governorate", v._BAD_GOVERNORATE)]),
        ({"district": "IQG15Q5", "sub_district": ""}, [("district", v._BAD_DISTRICT)]),
        ({"district": "iqg15q05", "sub_district": ""}, [("district", v._BAD_DISTRICT)]),
        ({"district": "IQG15", "sub_district": ""}, [("district", v._BAD_DISTRICT)]),
        ({"sub_district": "IQG15Q05"}, [("sub_district", v._BAD_SUB_DISTRICT)]),
        ({"sub_district": "IQG15Q05N1"}, [("sub_district", v._BAD_SUB_DISTRICT)]),
        ({"sub_district": "IQG15Q05N01 x"}, [("sub_district", v._BAD_SUB_DISTRICT)]),
        ({"sub_district": "IQG15Q03N01"}, [("sub_district", v._SUB_DISTRICT_OUTSIDE_DISTRICT)]),
        ({"district": "IQG01Q01", "sub_district": "IQG01Q01N01"}, [("district", v._DISTRICT_OUTSIDE_GOVERNORATE)]),
        ({"phone": ""}, []),
        ({"phone": "0780123456"}, [("phone", v._BAD_MOBILE)]),
        ({"phone": "phone"}, [("phone", v._BAD_PHONE)]),
    ],
)
def test_household_rules(changes, expected):
    errors = validate_household(dataclasses.replace(VALID_HOUSEHOLD, **changes))
    for err in errors:
        assert_translatable(err)
    assert [(err.field, err.text) for err in errors] == expected


def test_household_problems_all_at_once():
    errors = validate_household(HouseholdInput(district="Mosul", sub_district="x", phone="1"))
    assert [err.field for err in errors] == ["phone", "displacement_status", "district", "sub_district"]


def test_p_code_shapes():
    assert v.DISTRICT_PCODE.fullmatch("IQG15Q05") and v.SUB_DISTRICT_PCODE.fullmatch("IQG15Q05N01")
    assert not v.DISTRICT_PCODE.fullmatch("IQG15Q05N01") and not v.SUB_DISTRICT_PCODE.fullmatch("IQG15Q05")


# --- File numbers --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("pattern", "year", "seq", "number"),
    [
        ("MOS-{year}-{seq:05d}", 2026, 412, "MOS-2026-00412"),
        ("MOS-{year}-{seq:05d}", 2026, 123456, "MOS-2026-123456"),
        ("{seq:06d}", 2026, 7, "000007"),
        ("MOS/{year}/{seq}", 2026, 12, "MOS/2026/12"),
        ("F{seq:04d}-{year}", 2027, 1, "F0001-2027"),
        ("{year}{seq:05d}", 2026, 9, "202600009"),
        ("LA.{seq}.MOS", 2026, 30, "LA.30.MOS"),
    ],
)
def test_file_number_pattern_formats_and_recognises_its_numbers(pattern, year, seq, number):
    fmt = FileNumberPattern(pattern)
    assert fmt.format(year, seq) == number
    assert fmt.regex().fullmatch(number)
    assert fmt.parse(number) == ((year if "{year}" in pattern else None), seq)


@pytest.mark.parametrize(
    "number",
    ["MOS-2026-412", "MOS-2026-000412", "mos-2026-00412", "MOS-26-00412", "XMOS-2026-00412",
     "MOS-2026-00412X", "MOS.2026.00412", "MOS-2026-00000", "MOS-٢٠٢٦-00412", ""],
)
def test_file_number_regex_refuses_numbers_the_pattern_cannot_make(number):
    fmt = FileNumberPattern("MOS-{year}-{seq:05d}")
    assert fmt.parse(number) is None


def test_unpadded_sequence_has_no_leading_zero():
    fmt = FileNumberPattern("N{seq}")
    assert fmt.parse("N07") is None and fmt.parse("N7") == (None, 7) and fmt.seq_width == 0


@pytest.mark.parametrize(
    ("pattern", "message", "args"),
    [
        ("MOS-{year}", v._PATTERN_WITHOUT_SEQ, ()),
        ("", v._PATTERN_WITHOUT_SEQ, ()),
        ("MOS-{seq}-{seq}", v._PATTERN_SEQ_TWICE, ()),
        ("{year}-{year}-{seq}", v._PATTERN_YEAR_TWICE, ()),
        ("{office}-{seq}", v._PATTERN_UNKNOWN_PART, ("{office}",)),
        ("{}-{seq}", v._PATTERN_UNKNOWN_PART, ("{}",)),
        ("{seq:5d}", v._PATTERN_BAD_SEQ, ("{seq:5d}",)),
        ("{seq:x}", v._PATTERN_BAD_SEQ, ("{seq:x}",)),
        ("{seq!r}", v._PATTERN_BAD_SEQ, ("{seq!r}",)),
        ("{year:02d}-{seq}", v._PATTERN_BAD_YEAR, ("{year:02d}",)),
        ("MOS-{seq", v._PATTERN_BRACES, ()),
        ("MOS}-{seq}", v._PATTERN_BRACES, ()),
        ("موصل-{seq}", v._PATTERN_BAD_TEXT, ("م و ص ل",)),
        ("MOS {seq}", v._PATTERN_SPACE, ()),
        ("MOS-{year}\t{seq}", v._PATTERN_SPACE, ()),
        ("MOS\u202e-{seq}", v._PATTERN_BAD_TEXT, ("U+202E",)),
        ("N°#{seq}", v._PATTERN_BAD_TEXT, ("° #",)),
        ("A" * 35 + "{seq}", v._PATTERN_TOO_LONG, (40,)),
    ],
)
def test_bad_file_number_patterns_are_refused(pattern, message, args):
    with pytest.raises(ValidationError) as info:
        FileNumberPattern(pattern)
    err = info.value
    assert (err.field, err.text, err.args_for_text) == ("file_number_pattern", message, args)
    assert_translatable(err)


def test_file_number_format_refuses_impossible_arguments():
    fmt = FileNumberPattern("MOS-{year}-{seq:05d}")
    with pytest.raises(ValueError):
        fmt.format(26, 1)
    with pytest.raises(ValueError):
        fmt.format(2026, 0)


# --- Messages are translatable -------------------------------------------------------------------

def test_every_message_is_a_distinct_marked_literal():
    literals = _marked_literals()
    assert len(literals) == len(set(literals))
    for text in literals:
        numbers = sorted({int(n) for n in re.findall(r"%(\d)", text)})
        assert numbers == list(range(1, len(numbers) + 1)), text


def test_no_message_is_built_in_code():
    """Every ValidationError's text is a marked constant: no f-string, concatenation or bare literal."""
    for node in ast.walk(ast.parse(SOURCE)):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "ValidationError":
            text = node.args[1]
            assert isinstance(text, (ast.Name, ast.Subscript)), ast.unparse(node)


def test_a_century_not_divisible_by_400_has_no_29_february():
    # 1900 was no leap year; checked on a day when 1900 was still within 120 years.
    with pytest.raises(ValidationError) as caught:
        parse_birth_date("29/02/1900", today=date(2019, 6, 1))
    assert caught.value.text == v._NOT_A_LEAP_YEAR
