"""Letters: template checks, typesetting of the shipped templates in Arabic and English, escaping
of hostile records (E2), no temp files (R7), byte-identical reprints."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from datetime import date

import pytest

from exports.letters import (
    SHIPPED_TEMPLATES,
    LetterData,
    OfficeHeader,
    check_template,
    known_placeholders,
    qr_payload,
    render_letter,
    shipped_template,
)

OFFICE = OfficeHeader("منظمة الأمل للمساعدة القانونية", "Al-Amal Legal Aid Organisation",
                      lines_ar=["الموصل - حي الزهور - هاتف 07701234567"],
                      lines_en=["Mosul, Al-Zuhur - Tel. +964 770 123 4567"])
REFERENCE = "ODS/REF/2026/0153"
ARABIC = LetterData(
    full_name="فاطمة أحمد عبد الله حسين", mother_name="زينب خليل إبراهيم", birth_date="2015/03/14",
    file_number="NIN-2026-00153", document_type="البطاقة الوطنية الموحدة",
    court_name="محكمة الأحوال الشخصية في الموصل", case_number="1234/ب/2026", organisation="مدرسة النور الابتدائية",
    focal_point="السيد مدير المدرسة", decision_number="3587", decision_date="2017/10/12",
    signer_name="المحامية سارة يوسف", signer_title="مديرة البرنامج القانوني", sex="F",
)
ENGLISH = LetterData(
    full_name="Fatima Ahmed Abdullah Hussein", mother_name="Zainab Khalil Ibrahim", birth_date="14/03/2015",
    file_number="NIN-2026-00153", document_type="Unified National Card",
    court_name="Mosul Personal Status Court", case_number="1234/B/2026", organisation="Al-Noor Primary School",
    focal_point="The headmaster", decision_number="3587", decision_date="12/10/2017", signer_name="Sara Youssef",
    signer_title="Legal programme manager", sex="F",
)
HOSTILE_NAME = '<font size=80 color=white>x</font> & <img src="file:///etc/passwd"/> <a href="file:///c:/x">y</a>'
HOSTILE = LetterData(
    full_name=HOSTILE_NAME + " \u202eevil\u202c فاطمة<b> " + "N" * 500, mother_name="Ahmed <Ali",
    birth_date="<b>bold", file_number="NIN-2026-00666", organisation="x" * 300 + " " + "long address " * 40,
    signer_name="S",
)
PERSONS = {"arabic": (ARABIC, "ar"), "english": (ENGLISH, "en")}


def render(key: str, data: LetterData, lang: str) -> bytes:
    return render_letter(shipped_template(key), data, lang=lang, office=OFFICE, reference=REFERENCE,
                         issued_on=date(2026, 11, 25), verification="K7Q-4XP")


def pdftotext(pdf: bytes, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()


def squeezed(text: str) -> str:
    """pdftotext's text without the spaces it guesses inside shaped words, and without the joiners
    and bidi embeddings it adds (format characters)."""
    return "".join(c for c in "".join(text.split()) if unicodedata.category(c) != "Cf")


def test_placeholders_are_a_closed_list_and_templates_are_checked():
    assert "person.full_name" in known_placeholders() and "reference" in known_placeholders()
    assert check_template("Dear {person.full_name}, file {person.file_number}") == []
    assert [p.argument for p in check_template("{person.nickname}")] == ["person.nickname"]
    sensitive = check_template("{person.perceived_affiliation}")
    assert len(sensitive) == 1 and "sensitive" in str(sensitive[0])
    assert check_template("{person.full_name") and check_template("a } b") and check_template("{{x}}")


def test_shipped_templates_use_only_known_placeholders_in_both_languages():
    for key in SHIPPED_TEMPLATES:
        template = shipped_template(key)
        assert set(template.languages) == {"ar", "en"}
        assert template.problems() == []
        assert template.languages["ar"].subject.startswith("م/")
        assert template.languages["ar"].closing == "مع التقدير"
    school = shipped_template("school_enrolment")
    for lang in ("ar", "en"):
        assert "{decision.number}" in " ".join(school.languages[lang].body)
        assert "{decision.date}" in " ".join(school.languages[lang].body)


def test_a_template_with_an_unknown_placeholder_is_not_rendered():
    template = shipped_template("health_referral")
    broken = type(template)(template.key, template.version, {
        "en": type(template.languages["en"])("t", ["{person.religion}"], "s", ["b"], "c")})
    with pytest.raises(ValueError):
        render_letter(broken, ENGLISH, lang="en", office=OFFICE, reference=REFERENCE, issued_on=date(2026, 1, 1),
                      verification="X")


@pytest.mark.parametrize("person", PERSONS)
@pytest.mark.parametrize("key", SHIPPED_TEMPLATES)
def test_each_template_renders_with_reference_file_number_and_name(key, person):
    data, lang = PERSONS[person]
    pdf = render(key, data, lang)
    text = pdftotext(pdf)
    assert REFERENCE in text and "K7Q-4XP" in text and "NIN-2026-00153" in text
    flat = squeezed(text)
    if lang == "ar":
        # Arabic comes out in logical order: the ToUnicode map names the letters behind each joined glyph.
        for words in ("فاطمة أحمد عبد الله حسين", "منظمة الأمل للمساعدة القانونية", "مع التقدير", "صفحة 1 من 1",
                      "تحية طيبة"):
            assert squeezed(words) in flat, words
        assert "\ue000" not in text
    else:
        assert "Fatima Ahmed Abdullah Hussein" in " ".join(text.split()) and "Page 1 of 1" in text


def test_mixed_arabic_and_digits_keep_their_order():
    pdf = render("court_hearing_request", ARABIC, "ar")
    # -raw keeps the drawing order, left to right: the bidi algorithm's visual order of the
    # logical "(1234/ب/2026)" in a right-to-left line is "(2026/ب/1234)" (1234 read first).
    raw = "".join(c for c in pdftotext(pdf, "-raw") if unicodedata.category(c) != "Cf")
    assert "(2026/ب/1234)" in raw
    assert "2017/10/12" not in raw  # the court letter has no decision date; the date below is today
    assert "2026/11/25" in raw and "07701234567" in raw


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize("key", SHIPPED_TEMPLATES)
def test_hostile_record_is_printed_literally_and_stays_inside_the_margins(key, lang):
    pdf = render(key, HOSTILE, lang)
    text = "".join(c for c in " ".join(pdftotext(pdf).split()) if unicodedata.category(c) != "Cf")
    if lang == "en":  # every piece literal (the justified line's wide gaps may reorder the extraction)
        assert set(HOSTILE_NAME.split()) <= set(text.split())
    else:  # in a right-to-left line "<font" shows as the bidi algorithm says (mirrored), still literal
        for piece in ("size=80", "color=white", "x</font", 'src="file:///etc/passwd', 'href="file:///c:/x"', "فاطمة"):
            assert piece in text, piece
    assert b"/Subtype /Image" not in pdf  # no <img> interpreted
    assert "file:///etc/passwd" in text and "\u202e" not in text
    assert b"/URI" not in pdf and b"/Link" not in pdf
    if "{person.mother_name}" in str(shipped_template(key).languages[lang]):
        assert "Ahmed <Ali" in text or lang == "ar" and "Ahmed" in text and "Ali" in text
    bbox = pdftotext(pdf, "-bbox")
    boxes = re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"', bbox)
    assert len(boxes) > 50
    left, right = 20 * 72 / 25.4, (210 - 20) * 72 / 25.4
    for x_min, y_min, x_max, y_max in boxes:
        assert left - 1 <= float(x_min) and float(x_max) <= right + 1
        assert float(y_max) <= 297 * 72 / 25.4
        assert float(y_max) - float(y_min) < 30  # no <font size=80> obeyed


def test_reprint_is_byte_identical_in_another_process_and_leaves_no_temp_files():
    before = set(os.listdir(tempfile.gettempdir()))
    first = render("court_hearing_request", ARABIC, "ar")
    assert render("court_hearing_request", ARABIC, "ar") == first
    assert set(os.listdir(tempfile.gettempdir())) - before == set()
    # A fresh process that shaped nothing before (its fonts learn glyphs in another order).
    code = (
        "import sys; from tests.test_letters_render import render, ARABIC; "
        "sys.stdout.buffer.write(render('court_hearing_request', ARABIC, 'ar'))"
    )
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, timeout=60,
                           cwd=os.path.dirname(os.path.dirname(__file__))).stdout
    assert other == first


def test_page_is_not_blank_and_one_letter_renders_quickly():
    render("school_enrolment", ARABIC, "ar")
    started = time.perf_counter()
    pdf = render("school_enrolment", ARABIC, "ar")
    elapsed = time.perf_counter() - started
    assert elapsed < 1.0, elapsed
    pgm = subprocess.run(["pdftoppm", "-r", "30", "-gray", "-f", "1", "-l", "1", "-"], input=pdf,
                         capture_output=True, check=True).stdout
    pixels = pgm.split(b"\n", 3)[3]
    assert sum(1 for b in pixels if b < 128) > 500


def test_qr_code_carries_the_reference_and_verification_code():
    assert qr_payload(REFERENCE, "K7Q-4XP") == "SANAD|ODS/REF/2026/0153|K7Q-4XP"


def test_right_to_left_lines_keep_latin_runs_and_numbers_in_reading_order():
    from exports.letters import _visual_line

    # What reportlab is handed, left to right; a piece with Arabic letters is reversed by HarfBuzz.
    assert _visual_line("(Fatima Ahmed) في".split()) == "في (Fatima Ahmed)"
    assert _visual_line("العدد: ODS/REF/2026/0153".split()) == "ODS/REF/2026/0153 العدد:"
    assert _visual_line("صفحة 1 من 2".split()) == "2 من 1 صفحة"
    assert _visual_line("لدينا (NIN-2026-00153)، وسيتم".split()) == "وسيتم ،(NIN-2026-00153) لدينا"


def test_a_long_arabic_letter_flows_onto_numbered_pages_and_a_logo_is_drawn():
    import io

    from PIL import Image

    logo = io.BytesIO()
    Image.new("RGB", (64, 64), (31, 78, 121)).save(logo, format="PNG")
    office = OfficeHeader(OFFICE.name_ar, OFFICE.name_en, OFFICE.lines_ar, OFFICE.lines_en, logo=logo.getvalue())
    very_long = " ".join(["عبد الرحمن"] * 100)  # cut to 600 characters by clean_text, still many lines
    long_person = LetterData(full_name=very_long, mother_name=very_long, organisation=very_long,
                             file_number="NIN-2026-00999")
    pdf = render_letter(shipped_template("school_enrolment"), long_person, lang="ar", office=office,
                        reference=REFERENCE, issued_on=date(2026, 11, 25), verification="K7Q-4XP")
    flat = squeezed(pdftotext(pdf))
    pages = int(re.search(rb"/Count (\d+)", pdf).group(1))
    assert pages >= 2
    for page in range(1, pages + 1):
        assert squeezed(f"صفحة {page} من {pages}") in flat
    assert b"/Subtype /Image" in pdf
