"""Letters typeset as A4 PDFs with reportlab: office-edited templates (plain text with placeholders
from a closed list), Arabic shaped through HarfBuzz, every record value escaped before it reaches
reportlab's paragraph markup. Rendering is deterministic and never touches the disk."""

from __future__ import annotations

import io
import json
import re
import threading
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from xml.sax.saxutils import escape

import uharfbuzz
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from db.i18n import QT_TRANSLATE_NOOP
from db.names import clean_text

LANGUAGES = ("ar", "en")
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
HEADER_HEIGHT = 32 * mm
FOOTER_HEIGHT = 30 * mm
QR_SIZE = 22 * mm
# One token longer than this is broken into pieces so it wraps instead of running off the page.
LONGEST_TOKEN = 30
# Values are single lines; a hostile 10,000-character "name" still must not make a 40-page letter.
LONGEST_VALUE = 600

# --- Placeholders --------------------------------------------------------------------------------

# The closed list a template may use: name -> what it stands for (shown in the template editor).
PLACEHOLDERS: dict[str, str] = {
    "person.full_name": QT_TRANSLATE_NOOP("Letters", "Person's full four-part name"),
    "person.mother_name": QT_TRANSLATE_NOOP("Letters", "Mother's full name"),
    "person.birth_date": QT_TRANSLATE_NOOP("Letters", "Date of birth"),
    "person.file_number": QT_TRANSLATE_NOOP("Letters", "File number"),
    "document.type": QT_TRANSLATE_NOOP("Letters", "Document type"),
    "court.name": QT_TRANSLATE_NOOP("Letters", "Court"),
    "court.case_number": QT_TRANSLATE_NOOP("Letters", "Case number"),
    "organisation.name": QT_TRANSLATE_NOOP("Letters", "Receiving organisation"),
    "organisation.focal_point": QT_TRANSLATE_NOOP("Letters", "Focal point"),
    "legal_basis": QT_TRANSLATE_NOOP("Letters", "Legal basis"),
    "decision.number": QT_TRANSLATE_NOOP("Letters", "Ministry decision number"),
    "decision.date": QT_TRANSLATE_NOOP("Letters", "Ministry decision date"),
    "today": QT_TRANSLATE_NOOP("Letters", "Today's date"),
    "today.hijri": QT_TRANSLATE_NOOP("Letters", "Today's date (Hijri)"),
    "reference": QT_TRANSLATE_NOOP("Letters", "Reference number"),
    "signer.name": QT_TRANSLATE_NOOP("Letters", "Signer's name"),
    "signer.title": QT_TRANSLATE_NOOP("Letters", "Signer's title"),
}

# Fields a letter must never carry (domain 7, minimisation), with the reason the editor shows.
_SENSITIVE_REASON = QT_TRANSLATE_NOOP(
    "Letters", "%1 is a sensitive field: letters carry only what the receiver needs, never sensitive data."
)
SENSITIVE_FIELDS = frozenset({
    "person.perceived_affiliation", "person.affiliation", "person.detained_relative", "person.gbv_disclosure",
    "person.threats", "person.notes", "person.sensitive_profile", "person.religion", "person.ethnicity",
    "person.phone", "person.address", "person.national_id", "person.health", "person.disability",
    "sensitive_profile.perceived_affiliation", "sensitive_profile.detained_relative",
    "sensitive_profile.gbv_disclosure", "sensitive_profile.threats", "sensitive_profile.notes",
})

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
# {gender:masculine|feminine}: the wording chosen by the person's sex (the masculine one when it is
# not recorded), e.g. {gender:المولود|المولودة}, {gender:Mr|Ms}.
GENDER_PREFIX = "gender:"
GENDER_EXAMPLE = "{gender:المولود|المولودة}"


@dataclass(frozen=True)
class TemplateProblem:
    """One thing wrong with a template's text: `text` is a translatable source, `%1` is `argument`."""

    text: str
    argument: str = ""

    def __str__(self) -> str:
        return self.text.replace("%1", self.argument)


def known_placeholders() -> dict[str, str]:
    """The placeholders a template may use, each with its translatable description."""
    return dict(PLACEHOLDERS)


def check_template(text: str) -> list[TemplateProblem]:
    """Every problem in one template text, in order: unbalanced braces, unknown placeholders,
    sensitive fields (refused with the reason). An empty list means the text can be used."""
    problems: list[TemplateProblem] = []
    depth = 0
    for char in text:
        if char == "{":
            depth += 1
            if depth > 1:
                break
        elif char == "}":
            depth -= 1
            if depth < 0:
                break
    if depth != 0:
        problems.append(TemplateProblem(
            QT_TRANSLATE_NOOP("Letters", "A { or } has no partner: write placeholders as {name}.")))
        return problems
    for match in _PLACEHOLDER.finditer(text):
        name = match.group(1).strip()
        if name in PLACEHOLDERS:
            continue
        if name.startswith(GENDER_PREFIX):
            choices = name[len(GENDER_PREFIX):].split("|")
            if len(choices) != 2 or not all(c.strip() for c in choices):
                problems.append(TemplateProblem(QT_TRANSLATE_NOOP(
                    "Letters", "Write a wording that depends on the person's sex as {gender:masculine|feminine}, "
                    "for example %1."), GENDER_EXAMPLE))
            continue
        if name in SENSITIVE_FIELDS or name.split(".")[0] == "sensitive_profile":
            problems.append(TemplateProblem(_SENSITIVE_REASON, name))
        else:
            problems.append(TemplateProblem(QT_TRANSLATE_NOOP("Letters", "Unknown placeholder: {%1}"), name))
    return problems


# --- Templates -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class TemplateText:
    """One language of a template: every part is plain text with placeholders (never markup)."""

    title: str
    addressee: list[str]
    subject: str
    body: list[str]
    closing: str

    def texts(self) -> list[str]:
        return [self.title, *self.addressee, self.subject, *self.body, self.closing]


@dataclass(frozen=True)
class LetterTemplate:
    key: str
    version: int
    languages: dict[str, TemplateText]

    def problems(self) -> list[TemplateProblem]:
        return [p for text in self.languages.values() for part in text.texts() for p in check_template(part)]

    @classmethod
    def from_json(cls, data: dict) -> LetterTemplate:
        """{"key", "version", "ar": {...}, "en": {...}}, each language with "title", "addressee"
        (lines), "subject", "body" (paragraphs), "closing": plain text, placeholders as {name}."""
        languages = {}
        for lang in LANGUAGES:
            if lang in data:
                part = data[lang]
                languages[lang] = TemplateText(
                    title=part["title"], addressee=list(part["addressee"]), subject=part["subject"],
                    body=list(part["body"]), closing=part["closing"],
                )
        return cls(key=data["key"], version=int(data["version"]), languages=languages)


SHIPPED_TEMPLATES = (
    "school_enrolment", "health_referral", "psychosocial_referral", "civil_affairs_support", "court_hearing_request",
)


def shipped_template(key: str) -> LetterTemplate:
    """A template shipped with Sanad (exports/templates/<key>.json), the office's starting point."""
    if key not in SHIPPED_TEMPLATES:
        raise KeyError(key)
    text = resources.files("exports").joinpath("templates", f"{key}.json").read_text(encoding="utf-8")
    return LetterTemplate.from_json(json.loads(text))


# --- Data ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LetterData:
    """The values a letter may print, already formatted as text by the caller (minimum only)."""

    full_name: str = ""
    mother_name: str = ""
    birth_date: str = ""
    file_number: str = ""
    document_type: str = ""
    court_name: str = ""
    case_number: str = ""
    organisation: str = ""
    focal_point: str = ""
    legal_basis: str = ""
    decision_number: str = ""
    decision_date: str = ""
    signer_name: str = ""
    signer_title: str = ""
    sex: str = ""  # "M", "F" or "" (not recorded): chooses {gender:...} wordings, never printed

    def values(self) -> dict[str, str]:
        return {
            "person.full_name": self.full_name, "person.mother_name": self.mother_name,
            "person.birth_date": self.birth_date, "person.file_number": self.file_number,
            "document.type": self.document_type, "court.name": self.court_name,
            "court.case_number": self.case_number, "organisation.name": self.organisation,
            "organisation.focal_point": self.focal_point, "legal_basis": self.legal_basis,
            "decision.number": self.decision_number, "decision.date": self.decision_date,
            "signer.name": self.signer_name, "signer.title": self.signer_title,
        }


@dataclass(frozen=True)
class OfficeHeader:
    """The letterhead, from the office's settings."""

    name_ar: str
    name_en: str
    lines_ar: list[str] = field(default_factory=list)
    lines_en: list[str] = field(default_factory=list)
    logo: bytes | None = None


# --- Fonts ---------------------------------------------------------------------------------------

FONT, FONT_BOLD = "SanadAmiri", "SanadAmiri-Bold"
PRIVATE_BASE = 0xF0000  # supplementary private use area A: room for every glyph id of the font


def amiri_file(style: str = "Regular") -> Path:
    """The bundled Amiri font (fontpkg-amiri), found the same way `sanad self-test` checks it."""
    import fontpkg_amiri

    path = Path(fontpkg_amiri.__file__).parent / "files" / f"Amiri-{style}.ttf"
    if not path.is_file():
        raise FileNotFoundError(f"bundled font missing: {path.name}")
    return path


class _LetterFont(TTFont):
    """Amiri, shaped by HarfBuzz, whose joined glyphs copy and search as the letters they stand for.

    reportlab gives each shaped glyph with no character of its own (initial, medial, final forms,
    lam-alef) a private-use code, and the PDF's ToUnicode map then says the page holds private-use
    characters: pdftotext, search and screen readers see nothing Arabic. `learn` records which text
    each such glyph came from; `_to_unicode_cmap` writes that text into the map instead."""

    def __init__(self, name: str, path: str):
        super().__init__(name, path, shapable=True)
        # Per letter being rendered (`forget_glyphs`): glyph id -> (certainty, text) candidates.
        self.glyph_texts: dict[int, set[tuple[int, str]]] = {}
        self.private_glyph: dict[int, int] = {}

    def hbFont(self, fontSize=10):  # noqa: N802, N803 - reportlab's names
        font = super().hbFont(fontSize)
        self.hbAddPrivate = self._add_private
        self._hb_font = font
        return font

    def _add_private(self, name: str, gid: int, advance: int) -> int:
        # reportlab numbers private glyphs in the order it first meets them, so a letter's bytes
        # would depend on what the process printed before; a code derived from the glyph id does not.
        code = PRIVATE_BASE + gid
        if code not in self.private_glyph:
            self.private_glyph[code] = gid
            self.face.charToGlyph[code] = gid
            self.face.glyphToChar.setdefault(gid, []).append(code)
            # The glyph's own advance, not this occurrence's (kerning would make it history-dependent).
            self.face.charWidths[code] = self._hb_font.get_glyph_h_advance(gid)
        return code

    def forget_glyphs(self) -> None:
        self.glyph_texts.clear()

    def glyph_text(self, gid: int) -> str:
        """The text a private glyph stands for: the most certain reading this letter gave it, so
        the same letter always gets the same map whatever was printed before."""
        candidates = self.glyph_texts.get(gid)
        return min(candidates)[1] if candidates else "\u200d"

    def learn(self, word: str, size: float) -> float:
        """Shape `word` as reportlab will, remember each private glyph's text; the shaped width."""
        buffer = uharfbuzz.Buffer()
        buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
        buffer.add_str(word)
        buffer.guess_segment_properties()
        uharfbuzz.shape(self.hbFont(size), buffer, {"kern": True, "liga": True, "dlig": True})
        glyphs = list(zip(buffer.glyph_infos, buffer.glyph_positions, strict=True))
        starts = sorted({info.cluster for info, _ in glyphs}) + [len(word)]
        width = sum(self.pdfScale(position.x_advance) for _, position in glyphs) * size / 1000
        for cluster in starts[:-1]:
            members = [(info.codepoint, position.x_advance) for info, position in glyphs if info.cluster == cluster]
            text = word[cluster:starts[starts.index(cluster) + 1]]
            main = max(members, key=lambda member: member[1])[0]
            for gid, _ in members:
                if any(code < PRIVATE_BASE for code in self.face.glyphToChar.get(gid, ())):
                    continue  # the glyph of a character: the font's own map says what it is
                certainty = 0 if len(members) == 1 else 1 if gid == main else 2
                self.glyph_texts.setdefault(gid, set()).add((certainty, text if certainty < 2 else "\u200d"))
        return width


_FONTS_BY_FACE: dict[str, _LetterFont] = {}
_reportlab_to_unicode_cmap = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset):
    font = _FONTS_BY_FACE.get(fontname.partition("+")[2])
    cmap = _reportlab_to_unicode_cmap(fontname, subset)
    if font is None:
        return cmap
    for index, code in enumerate(subset):
        if code < PRIVATE_BASE:
            continue
        utf16 = font.glyph_text(font.private_glyph[code]).encode("utf-16-be").hex().upper()
        cmap = cmap.replace(f"<{index:02X}> <{code:04X}>", f"<{index:02X}> <{utf16}>")
    return cmap


@cache
def register_fonts() -> None:
    # shapable=True: reportlab shapes the text through HarfBuzz (uharfbuzz): joined letters,
    # lam-alef ligatures and marks placed by the font's own OpenType tables.
    for name, style in ((FONT, "Regular"), (FONT_BOLD, "Bold")):
        font = _LetterFont(name, str(amiri_file(style)))
        pdfmetrics.registerFont(font)
        if pdfmetrics.getFont(name) is not font:
            # reportlab keeps one object per font face: an earlier plain registration of Amiri
            # would silently take this one's place (and lose the shaping bookkeeping).
            raise RuntimeError(f"the {style} Amiri face was registered with reportlab before the letters module")
        _FONTS_BY_FACE[font.face.name.decode()] = font
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap


# --- Text ----------------------------------------------------------------------------------------

_LONG_TOKEN = re.compile(rf"\S{{{LONGEST_TOKEN + 1},}}")


def _break_long_tokens(text: str) -> str:
    def split(match: re.Match[str]) -> str:
        token = match.group(0)
        return " ".join(token[i:i + LONGEST_TOKEN] for i in range(0, len(token), LONGEST_TOKEN))

    return _LONG_TOKEN.sub(split, text)


def plain_value(value: str) -> str:
    """A record value as it may be printed: bidi controls, controls and line breaks gone
    (db.names.clean_text), at most LONGEST_VALUE characters, tokens too long to wrap broken."""
    return _break_long_tokens(clean_text(value or "", max_length=LONGEST_VALUE))


def fill(text: str, values: dict[str, str], sex: str = "") -> str:
    """Template text with its placeholders replaced, as plain text (escaped later, all of it). One
    pass: a value that looks like a placeholder is printed as it is, never expanded again."""

    def value(match: re.Match[str]) -> str:
        name = match.group(1).strip()
        if name.startswith(GENDER_PREFIX):
            masculine, _, feminine = name[len(GENDER_PREFIX):].partition("|")
            return (feminine if sex == "F" else masculine).strip()
        return plain_value(values.get(name, ""))

    return _PLACEHOLDER.sub(value, text)


_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")


def format_date(day: date, lang: str) -> str:
    """Iraqi administrative style in Arabic (2026/11/25), spelled out in English (25 November 2026)."""
    if lang == "ar":
        return f"{day.year}/{day.month:02d}/{day.day:02d}"
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def format_hijri(day: date, lang: str) -> str:
    """The Hijri (Umm al-Qura) date: 1448/06/15 هـ, or 15 Jumada al-Akhirah 1448 AH; "" outside
    the tables' range (1343-1500 AH)."""
    from hijridate import Gregorian

    try:
        hijri = Gregorian(day.year, day.month, day.day).to_hijri()
    except (OverflowError, ValueError):
        return ""
    if lang == "ar":
        return f"{hijri.year}/{hijri.month:02d}/{hijri.day:02d} هـ"
    return f"{hijri.day} {hijri.month_name('en')} {hijri.year} AH"


# --- Right to left -------------------------------------------------------------------------------
# reportlab shapes each space-separated word through HarfBuzz (shaping=1) but reorders nothing
# without its optional rlbidi module, which is not on PyPI. So the Unicode bidi algorithm's part
# that letters need is done here: lines are broken in logical order, then each line's words are put
# in visual order (runs of Latin words and numbers keep their left-to-right order), and a word
# mixing Arabic with digits (1234/ب/2026) is arranged so that HarfBuzz's right-to-left pass gives
# the visual order the bidi algorithm gives.

_MIRROR = str.maketrans("()[]{}<>«»", ")(][}{><»«")


def _char_class(char: str) -> str:
    kind = unicodedata.bidirectional(char)
    if kind in ("R", "AL"):
        return "R"
    if kind in ("L", "EN", "AN"):
        return "L"
    return "N"


def _resolve(text: str, base: str = "R") -> list[str]:
    """Each character's direction in a line of direction `base`: strong ones their own, neutrals
    the direction of the characters on both sides when they agree, else the line's."""
    classes = [_char_class(c) for c in text]
    resolved = list(classes)
    previous = base
    for i, kind in enumerate(classes):
        if kind != "N":
            previous = kind
            continue
        following = next((k for k in classes[i + 1:] if k != "N"), base)
        resolved[i] = previous if previous == following else base
    return resolved


def _is_arabic_letter(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def _is_latin_letter(char: str) -> bool:
    return char.isalpha() and unicodedata.bidirectional(char) == "L"


def _visual_line(words: list[str], base: str = "R") -> str:
    """One line's words (logical order) as reportlab should be handed them to draw left to right.

    The line is cut into runs of one resolved direction; runs go right to left, a left-to-right run
    keeps its order inside. reportlab then shapes each space-separated piece on its own: a piece
    holding Arabic letters HarfBuzz shapes right to left, reversing and mirroring all of it, so it
    gets its characters back to front (left-to-right ones pre-mirrored); any other piece is drawn as
    given, so its right-to-left neutrals are mirrored here."""
    line = " ".join(words)
    resolved = _resolve(line, base)
    runs: list[list[tuple[str, str]]] = []
    for char, kind in zip(line, resolved, strict=True):
        if runs and runs[-1][0][1] == kind:
            runs[-1].append((char, kind))
        else:
            runs.append([(char, kind)])
    ordered = reversed(runs) if base == "R" else runs  # a left-to-right line keeps its runs in order
    visual = [pair for run in ordered for pair in (run if run[0][1] == "L" else reversed(run))]
    pieces: list[list[tuple[str, str]]] = [[]]
    for char, kind in visual:
        if char == " ":
            pieces.append([])
        else:
            pieces[-1].append((char, kind))
    split: list[list[tuple[str, str]]] = []
    for piece in pieces:
        if any(_is_arabic_letter(c) for c, _ in piece) and any(_is_latin_letter(c) for c, _ in piece):
            # HarfBuzz shapes a piece in the script of its first letter: Arabic after Latin letters
            # with no space between ("فاطمة<b>") would come out unjoined. Each direction's part is
            # drawn on its own (a space between them; only odd records ever have this).
            for char, kind in piece:
                if split and split[-1] and split[-1][-1][1] == kind:
                    split[-1].append((char, kind))
                else:
                    split.append([(char, kind)])
        else:
            split.append(piece)
    out = []
    for piece in split:
        if any(_is_arabic_letter(char) for char, _ in piece):
            out.append("".join(char.translate(_MIRROR) if kind == "L" else char for char, kind in reversed(piece)))
        else:
            out.append("".join(char.translate(_MIRROR) if kind == "R" else char for char, kind in piece))
    return " ".join(piece for piece in out if piece)


def _word_width(word: str, font: str, size: float) -> float:
    return pdfmetrics.getFont(font).learn(word, size)


class RtlParagraph(Flowable):
    """A paragraph of plain text with right-to-left runs: broken into lines in logical order, each
    line drawn in visual order as one shaped reportlab Paragraph; splits across pages between lines.
    `base` is the paragraph's direction: "R" for Arabic letters, "L" for an English letter's line
    holding Arabic (a mother's name, an Arabic signer), whose Arabic words reportlab would otherwise
    draw unjoined and back to front. A justified paragraph justifies every line but its last."""

    def __init__(self, text: str, style: ParagraphStyle, lines: list[str] | None = None, base: str = "R",
                 ends: bool = True):
        super().__init__()
        self.text, self.style, self.base, self.ends = text, style, base, ends
        self._lines = lines
        self._line_style = ParagraphStyle(f"{style.name}-line", parent=style, wordWrap=None, shaping=1,
                                          splitLongWords=0, spaceBefore=0, spaceAfter=0)
        self._full_style = ParagraphStyle(f"{style.name}-full", parent=self._line_style, justifyLastLine=1)

    def _break(self, width: float) -> list[str]:
        font, size = self.style.fontName, self.style.fontSize
        space = pdfmetrics.stringWidth(" ", font, size)
        lines: list[list[str]] = [[]]
        used = 0.0
        for word in self.text.split():
            wide = _word_width(word, font, size)
            if lines[-1] and used + space + wide > width - 1:
                lines.append([])
                used = 0.0
            used += (space if lines[-1] else 0) + wide
            lines[-1].append(word)
        visual = [_visual_line(line, self.base) for line in lines if line]
        for line in visual:  # what reportlab will shape: learn the text behind its glyphs
            for word in line.split():
                _word_width(word, font, size)
        return visual

    def wrap(self, avail_width, avail_height):
        if self._lines is None or getattr(self, "_width", None) != avail_width:
            self._lines = self._break(avail_width) if self._lines is None else self._lines
            self._width = avail_width
        last = len(self._lines) - 1
        self._paragraphs = [Paragraph(escape(line), self._line_style if i == last and self.ends else self._full_style)
                            for i, line in enumerate(self._lines)]
        self.width = avail_width
        self.height = sum(p.wrap(avail_width, avail_height)[1] for p in self._paragraphs)
        return self.width, self.height

    def split(self, avail_width, avail_height):
        self.wrap(avail_width, avail_height)
        fits = int(avail_height // self.style.leading)
        if fits <= 0 or fits >= len(self._lines):
            return [] if fits <= 0 else [self]
        first, rest = self._lines[:fits], self._lines[fits:]
        return [RtlParagraph(self.text, self.style, first, self.base, ends=False),
                RtlParagraph(self.text, self.style, rest, self.base, ends=self.ends)]

    def getSpaceBefore(self):  # noqa: N802 - reportlab's name
        return self.style.spaceBefore

    def getSpaceAfter(self):  # noqa: N802 - reportlab's name
        return self.style.spaceAfter

    def draw(self):
        y = self.height
        for paragraph in self._paragraphs:
            y -= paragraph.height
            paragraph.drawOn(self.canv, 0, y)


def paragraph(text: str, style: ParagraphStyle) -> Flowable:
    """Plain text (never markup) as a flowable in the style's direction, escaped for reportlab."""
    if style.wordWrap == "RTL":
        return RtlParagraph(text, style)
    if any(_is_arabic_letter(char) for char in text):
        return RtlParagraph(text, style, base="L")
    return Paragraph(escape(text), style)


_LABELS = {
    "ar": {"reference": "العدد", "date": "التاريخ", "page": "صفحة {x} من {y}", "stamp": "الختم",
           "verify": "رمز التحقق", "copy": "نسخة", "gregorian": "م", "matching": "الموافق"},
    "en": {"reference": "Ref.", "date": "Date", "page": "Page {x} of {y}", "stamp": "Stamp",
           "verify": "Verification code", "copy": "COPY", "gregorian": "", "matching": "corresponding to"},
}


def _styles(lang: str) -> dict[str, ParagraphStyle]:
    rtl = lang == "ar"
    start, end = (TA_RIGHT, TA_LEFT) if rtl else (TA_LEFT, TA_RIGHT)
    wrap = "RTL" if rtl else None

    def style(name: str, size: float, leading: float, alignment: int, *, bold: bool = False, direction=wrap,
              **extra) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=FONT_BOLD if bold else FONT, fontSize=size, leading=leading,
                              alignment=alignment, wordWrap=direction, splitLongWords=1, **extra)

    return {
        "body": style("body", 13, 22, start if rtl else TA_JUSTIFY, spaceAfter=6),
        "start": style("start", 13, 20, start),
        "startbold": style("startbold", 13, 20, start, bold=True),
        "subject": style("subject", 14, 22, TA_CENTER, bold=True, spaceBefore=8, spaceAfter=10),
        "end": style("end", 13, 20, end),
        "endbold": style("endbold", 13, 20, end, bold=True),
        "small": style("small", 9, 12, TA_CENTER),
        "smallend": style("smallend", 9, 12, end),
        "headar": style("headar", 14, 19, TA_RIGHT, bold=True, direction="RTL"),
        "headarline": style("headarline", 9.5, 13, TA_RIGHT, direction="RTL"),
        "headen": style("headen", 13, 18, TA_LEFT, bold=True, direction=None),
        "headenline": style("headenline", 9.5, 13, TA_LEFT, direction=None),
    }


# --- Pages ---------------------------------------------------------------------------------------


def _page_canvas(draw_page):
    """A canvas that knows the page count when each page is drawn ('page x of y')."""

    class PagedCanvas(pdfcanvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                draw_page(self, number, total)
                super().showPage()
            super().save()

    return PagedCanvas


def _draw(canvas, text: str, style: ParagraphStyle, x: float, y_top: float, width: float) -> float:
    flowable = paragraph(text, style)
    _, height = flowable.wrap(width, PAGE_HEIGHT)
    flowable.drawOn(canvas, x, y_top - height)
    return height


# reportlab's font objects carry per-letter state (the glyph bookkeeping above): one letter at a
# time in the whole process, whichever thread (preview, batch worker) asks.
_RENDER_LOCK = threading.RLock()
RENDER_LOCK = _RENDER_LOCK  # for callers that render these PDFs with pdfium (not thread-safe either)


def render_letter(
    template: LetterTemplate, data: LetterData, *, lang: str, office: OfficeHeader, reference: str,
    issued_on: date, verification: str, hijri: bool = False, copy: bool = False,
) -> bytes:
    """The letter as PDF bytes. Same inputs give byte-identical bytes (reprints), rendered in memory.
    `hijri` adds the Hijri date beside the Gregorian one; `copy` marks every page as a copy."""
    with _RENDER_LOCK:
        return _render_letter(template, data, lang=lang, office=office, reference=reference, issued_on=issued_on,
                              verification=verification, hijri=hijri, copy=copy)


def _render_letter(
    template: LetterTemplate, data: LetterData, *, lang: str, office: OfficeHeader, reference: str,
    issued_on: date, verification: str, hijri: bool, copy: bool,
) -> bytes:
    if lang not in template.languages:
        raise KeyError(lang)
    problems = template.problems()
    if problems:
        raise ValueError("; ".join(str(p) for p in problems))
    register_fonts()
    for name in (FONT, FONT_BOLD):  # not thread-safe: letters are rendered one at a time
        pdfmetrics.getFont(name).forget_glyphs()
    text = template.languages[lang]
    styles = _styles(lang)
    labels = _LABELS[lang]
    rtl = lang == "ar"
    reference, verification = plain_value(reference), plain_value(verification)
    hijri_text = format_hijri(issued_on, lang)
    values = {**data.values(), "today": format_date(issued_on, lang), "today.hijri": hijri_text,
              "reference": reference}
    date_line = values["today"]
    if hijri and hijri_text:
        gregorian = f"{date_line} {labels['gregorian']}".strip()
        date_line = f"{gregorian} {labels['matching']} {hijri_text}"
    width = PAGE_WIDTH - 2 * MARGIN
    qr_modules = _qr_modules(qr_payload(reference, verification))

    def draw_page(canvas, number: int, total: int) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - 12 * mm
        half = width / 2 - 14 * mm
        y = top
        y -= _draw(canvas, plain_value(office.name_ar), styles["headar"], PAGE_WIDTH - MARGIN - half, y, half)
        for line in office.lines_ar:
            y -= _draw(canvas, plain_value(line), styles["headarline"], PAGE_WIDTH - MARGIN - half, y, half)
        y = top
        y -= _draw(canvas, plain_value(office.name_en), styles["headen"], MARGIN, y, half)
        for line in office.lines_en:
            y -= _draw(canvas, plain_value(line), styles["headenline"], MARGIN, y, half)
        if office.logo:
            size = 22 * mm
            canvas.drawImage(ImageReader(io.BytesIO(office.logo)), (PAGE_WIDTH - size) / 2, top - size, size, size,
                             preserveAspectRatio=True, mask="auto")
        rule = PAGE_HEIGHT - 12 * mm - HEADER_HEIGHT + 4 * mm
        canvas.setStrokeColor(colors.HexColor("#1f4e79"))
        canvas.setLineWidth(1.2)
        canvas.line(MARGIN, rule, PAGE_WIDTH - MARGIN, rule)
        # Footer: the QR code (reference and verification code) at the end side, page x of y.
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, FOOTER_HEIGHT, PAGE_WIDTH - MARGIN, FOOTER_HEIGHT)
        qr_x = MARGIN if rtl else PAGE_WIDTH - MARGIN - QR_SIZE
        _draw_qr(canvas, qr_modules, qr_x, 6 * mm, QR_SIZE)
        code_width = 60 * mm
        code_x = MARGIN + QR_SIZE + 3 * mm if rtl else PAGE_WIDTH - MARGIN - QR_SIZE - 3 * mm - code_width
        code_style = ParagraphStyle("code", parent=styles["small"], alignment=TA_LEFT if rtl else TA_RIGHT)
        _draw(canvas, reference, ParagraphStyle("ref", parent=code_style, wordWrap=None), code_x, 22 * mm, code_width)
        _draw(canvas, f"{labels['verify']}: {verification}", code_style, code_x, 17 * mm, code_width)
        page = labels["page"].format(x=number, y=total)
        _draw(canvas, page, styles["small"], (PAGE_WIDTH - 40 * mm) / 2, 12 * mm, 40 * mm)
        if copy:
            # Across the page, light enough to read the letter through, so it covers no line.
            mark = ParagraphStyle("copy", parent=styles["subject"], fontSize=96, leading=110,
                                  textColor=colors.Color(0.69, 0, 0.125, alpha=0.16), spaceBefore=0, spaceAfter=0)
            canvas.saveState()
            canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
            canvas.rotate(40)
            _draw(canvas, labels["copy"], mark, -90 * mm, 20 * mm, 180 * mm)
            canvas.restoreState()
        canvas.restoreState()

    story: list[Flowable] = [
        paragraph(f"{labels['reference']}: {reference}", styles["start"]),
        paragraph(f"{labels['date']}: {date_line}", styles["start"]),
        Spacer(1, 6 * mm),
    ]
    sex = data.sex
    story += [paragraph(fill(line, values, sex), styles["startbold"]) for line in text.addressee]
    story.append(paragraph(fill(text.subject, values, sex), styles["subject"]))
    story += [paragraph(fill(part, values, sex), styles["body"]) for part in text.body]
    stamp = Table([[paragraph(labels["stamp"], styles["small"])]], colWidths=[40 * mm], rowHeights=[24 * mm],
                  hAlign="LEFT" if rtl else "RIGHT")
    stamp.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story.append(KeepTogether([
        Spacer(1, 4 * mm), paragraph(fill(text.closing, values, sex), styles["end"]), Spacer(1, 12 * mm),
        paragraph(plain_value(data.signer_name), styles["endbold"]),
        paragraph(plain_value(data.signer_title), styles["end"]), Spacer(1, 3 * mm), stamp,
    ]))

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=12 * mm + HEADER_HEIGHT,
        bottomMargin=FOOTER_HEIGHT + 4 * mm, invariant=1, title=reference, author="Sanad", creator="Sanad",
        producer="Sanad", subject="", keywords="", lang="ar" if rtl else "en",
    )
    document.build(story, canvasmaker=_page_canvas(draw_page))
    return buffer.getvalue()


QR_BORDER = 4  # modules of quiet zone around the code, as the standard asks


def _qr_modules(payload: str) -> list[list[bool]]:
    """The QR code's modules (level M), encoded once per letter."""
    qr = QrCodeWidget(payload, barLevel="M").qr
    qr.make()
    return [[bool(module) for module in row] for row in qr.modules]


def _draw_qr(canvas, modules: list[list[bool]], x: float, y: float, size: float) -> None:
    """The modules as one filled path of runs (reportlab's widget makes a shape object per run and
    encodes the code twice per page: a third of a letter's time)."""
    box = size / (len(modules) + 2 * QR_BORDER)
    path = canvas.beginPath()
    for r, row in enumerate(modules):
        top = y + size - (r + QR_BORDER + 1) * box
        c = 0
        while c < len(row):
            if not row[c]:
                c += 1
                continue
            start = c
            while c < len(row) and row[c]:
                c += 1
            path.rect(x + (start + QR_BORDER) * box, top, (c - start) * box, box)
    canvas.saveState()
    canvas.setFillColor(colors.black)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def qr_payload(reference: str, verification: str) -> str:
    """What the QR code carries: enough for a receiving office to ask us whether the letter is ours."""
    return f"SANAD|{reference}|{verification}"


def merge_pdfs(pdfs: list[bytes]) -> bytes:
    """Several letters as one PDF (a batch to print), in memory: pdfium copies the pages over."""
    import pypdfium2

    with _RENDER_LOCK:
        merged = pypdfium2.PdfDocument.new()
        try:
            for pdf in pdfs:
                source = pypdfium2.PdfDocument(pdf)
                try:
                    merged.import_pages(source)
                finally:
                    source.close()
            buffer = io.BytesIO()
            merged.save(buffer)
            return buffer.getvalue()
        finally:
            merged.close()
