"""Names and typed text: what we store for a name (`clean_text`) and the one normaliser that makes
search keys and queries (`search_key`, `query_tokens`), so a name finds the person however it was
spelled. Pure functions without Qt or a database; the rules follow docs section 6 of domain.md.

Two layers:

* **Stored text** keeps what staff typed (diacritics, hamza, ZWNJ, emoji) minus what can hide or
  reorder text: controls, bidi overrides, zero-width characters.
* **Search tokens** fold away every difference that is only spelling. Arabic: hamza on a carrier,
  alef forms, ة/ه, ى/ي, tashkeel, tatweel, Persian and Kurdish letters, compounds (عبد الله,
  ابو بكر, ال جبوري), the connectors بن/ابن/بنت. Latin transliterations fold to a coarse phonetic key
  (Mohammed = Muhammad = Mohamad). Digits of any script become ASCII.

`search_key` holds every token of a person plus each token without its article; `query_tokens`
folds a query the same way and strips the article, so a query token is in the key of every person
whose name is the same up to spelling. Nothing here leaves the machine (domain.md section 8).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

__all__ = [
    "ZWNJ",
    "clean_text",
    "clear_caches",
    "is_valid_iraqi_mobile",
    "latin_key",
    "looks_like_file_number",
    "looks_like_phone",
    "name_tokens",
    "normalise_arabic",
    "normalise_digits",
    "normalise_phone",
    "query_tokens",
    "search_key",
    "strip_article",
]

ZWNJ = "\u200c"

# str.translate value: a code point, a replacement string, or None to delete.
_Translation = int | str | None


class _LazyTable(dict[int, _Translation]):
    """A str.translate table whose entries a rule fills in on first sight of each character, so
    translate runs in C and the Unicode database is asked once per distinct character."""

    __slots__ = ("_rule",)
    _MAX_ENTRIES = 20_000  # a paste of every Unicode character must not grow it without limit

    def __init__(self, rule: Callable[[int], _Translation], fixed: dict[int, _Translation]) -> None:
        super().__init__(fixed)
        self._rule = rule

    def __missing__(self, code: int) -> _Translation:
        value = self._rule(code)
        if len(self) < self._MAX_ENTRIES:
            self[code] = value
        return value


# --- Stored text ---------------------------------------------------------------------------------


def _clean_rule(code: int) -> _Translation:
    char = chr(code)
    if char.isspace():  # tab, line breaks, NBSP, U+2028...: a name is one line
        return " "
    category = unicodedata.category(char)
    # Cc: C0/C1 controls. Cs: lone surrogates, which SQLite cannot store as UTF-8. Cf: invisible
    # format characters, among them the bidi embeddings/overrides/isolates (U+202A-E, U+2066-9),
    # LRM/RLM/ALM, zero-width space/joiner, word joiner, BOM, soft hyphen and tag characters, which
    # can make a name look like another or hide text. ZWNJ stays: Persian and Kurdish spelling
    # needs it (it is dropped from search keys instead).
    if category in ("Cc", "Cs") or (category == "Cf" and code != 0x200C):
        return None
    return code


_CLEAN_TABLE = _LazyTable(_clean_rule, {})
_ZWNJ_RUN = re.compile(ZWNJ + "{2,}")


def clean_text(text: str, *, max_length: int = 200) -> str:
    """What we store for a typed name or one-line text field: NFC; controls, bidi controls and
    zero-width characters removed (ZWNJ kept inside words); any whitespace or line break becomes
    one space; trimmed; cut to `max_length` code points. Never raises for any text: whether the
    text is acceptable (too long, no letters) is the validator's question, not this function's."""
    if max_length < 1:
        raise ValueError(f"max_length must be at least 1, not {max_length}")
    if not (text.isascii() and text.isprintable()):
        text = unicodedata.normalize("NFC", text.translate(_CLEAN_TABLE))
    words = text.split()
    if ZWNJ in text:
        # A ZWNJ only means something between two letters of one word.
        words = [_ZWNJ_RUN.sub(ZWNJ, word.strip(ZWNJ)) for word in words]
        words = [word for word in words if word]
    cleaned = " ".join(words)
    if len(cleaned) > max_length:
        cleaned = cleaned[:max_length].rstrip(" " + ZWNJ)
    return cleaned


# --- Folding for search --------------------------------------------------------------------------

_ALEF, _HEH, _YEH, _KAF, _WAW = "\u0627", "\u0647", "\u064a", "\u0643", "\u0648"

# Applied after NFKD, which has already split أ إ آ ؤ ئ ۀ into a base letter plus a combining
# hamza or madda (dropped with the other marks), and presentation forms and ligatures (ﻻ, ﷲ) into
# plain letters. What NFKD leaves is mapped here.
_FOLD_FIXED: dict[int, _Translation] = {
    # Alef wasla and other alef forms without a decomposition.
    0x0671: _ALEF, 0x0672: _ALEF, 0x0673: _ALEF,
    # Standalone and high hamza are dropped: وفاء/وفا, اسماء/اسما, نبأ/نبا are written both ways.
    0x0621: None, 0x0674: None,
    # Taa marbuta and the heh forms of Persian, Urdu and Kurdish: فاطمة = فاطمه.
    0x0629: _HEH, 0x06C3: _HEH, 0x06D5: _HEH, 0x06C1: _HEH, 0x06BE: _HEH,
    # Alef maqsura and the Persian/Kurdish/Urdu yeh forms: مصطفى = مصطفي, یاسین = ياسين.
    0x0649: _YEH, 0x06CC: _YEH, 0x06D0: _YEH, 0x06CE: _YEH, 0x06CD: _YEH, 0x06D2: _YEH,
    # Keheh and gaf: Iraqi documents write the /g/ of گ as ك (العگيدي = العكيدي).
    0x06A9: _KAF, 0x06AA: _KAF, 0x06AB: _KAF, 0x06AD: _KAF, 0x06AF: _KAF,
    # Kurdish and Urdu waw forms.
    0x06C6: _WAW, 0x06C7: _WAW, 0x06C8: _WAW, 0x06C9: _WAW, 0x06CB: _WAW,
    # Kurdish rr/ll and Urdu noon ghunna.
    0x0695: "\u0631", 0x06B5: "\u0644", 0x06BA: "\u0646",
    # Letters Arabic lacks, as Iraqi documents write them: پ ب, چ ج, ژ ز, ڤ ف.
    0x067E: "\u0628", 0x0686: "\u062c", 0x0698: "\u0632", 0x06A4: "\u0641",
    # Apostrophes and ayn/hamza signs in transliterations vanish: Sa'ad = Saad, Ja`far = Jafar.
    0x0027: None, 0x0060: None, 0x2018: None, 0x2019: None, 0x2032: None,
    # search_key's boundary between name parts survives folding (it is whitespace to split()).
    0x001F: 0x001F,
    # Latin letters without a decomposition.
    0x0131: "i", 0x0142: "l", 0x00F8: "o", 0x0111: "d", 0x00F0: "d", 0x00FE: "th", 0x00E6: "ae", 0x0153: "oe",
}  # fmt: skip


def _fold_rule(code: int) -> _Translation:
    char = chr(code)
    if char.isspace():
        return " "
    category = unicodedata.category(char)
    if category == "Nd":
        return str(unicodedata.decimal(char))
    # Mn/Me: tashkeel, superscript alef, Quranic marks, Latin accents (after NFKD). Lm: tatweel,
    # ʿ ʾ ʼ. C*: controls, ZWNJ and other invisible characters, private use, unassigned.
    if category in ("Mn", "Me", "Lm") or category[0] == "C":
        return None
    if category[0] in "PSZ":  # punctuation, symbols, emoji: word breaks
        return " "
    return code


_FOLD_TABLE = _LazyTable(_fold_rule, _FOLD_FIXED)


_DOUBLED_WAW = re.compile(_WAW + "{2,}")


def _fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).casefold().translate(_FOLD_TABLE)
    # داوود = داود, and with ؤ and ء folded, رؤوف = رءوف = رؤف.
    return _DOUBLED_WAW.sub(_WAW, folded) if _WAW + _WAW in folded else folded


def normalise_arabic(text: str) -> str:
    """The search form of any text, per domain.md section 6: tashkeel, superscript alef and
    tatweel removed; أ إ آ ٱ -> ا; ة -> ه; ى -> ي; ؤ -> و; ئ -> ي; ء dropped; ک گ -> ك; ی ې -> ي;
    ۀ ە -> ه; پ چ ژ ڤ -> ب ج ز ف; digits of any script -> 0-9; Latin casefolded without accents;
    punctuation and symbols become spaces (apostrophes vanish); spaces collapsed."""
    return " ".join(_fold(text).split())


def _digit_rule(code: int) -> _Translation:
    value = unicodedata.decimal(chr(code), None)
    return code if value is None else 0x30 + value


_DIGIT_TABLE = _LazyTable(_digit_rule, {})


def normalise_digits(text: str) -> str:
    """Every decimal digit (Arabic-Indic ٠-٩, Extended ۰-۹, and any other script's) as ASCII 0-9;
    everything else unchanged."""
    return text if text.isascii() else text.translate(_DIGIT_TABLE)


# --- Tokens ---------------------------------------------------------------------------------------

# Between the parts given to search_key: no compound reaches across it. Folding keeps it (and
# split() treats it as whitespace), so a pasted one is a boundary in a query too.
_PART_BOUNDARY = "\x1f"
_ARABIC_LETTERS = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff"  # presentation forms are gone after NFKD
_NOT_ARABIC = re.compile(f"[^\\s{_ARABIC_LETTERS}]")
# Runs of one kind, in order: ASCII digits, Arabic letters, anything else (Latin and other scripts).
_RUN = re.compile(f"([0-9]+)|([{_ARABIC_LETTERS}]+)|([^\\s0-9{_ARABIC_LETTERS}]+)")

# Words as they are after folding (آل is ال, أبو is ابو, ابنة is ابنه).
_ARTICLE = "ال"
_ARABIC_PREFIX_WORDS = frozenset({"عبد", "ابو"})  # joined to the word after
_ARABIC_SUFFIX_WORDS = frozenset({"الله", "الدين"})  # joined to the word before
# "son/daughter of" between name parts: not part of a name.
_ARABIC_CONNECTORS = frozenset({"بن", "ابن", "بنت", "ابنه"})
# Names of five letters or more that begin with ال without it being the article.
_NOT_ARTICLE = frozenset({"الياس", "اليسع", "الهام", "الماس", "الطاف"})
_ARABIC_SPECIAL_WORDS = _ARABIC_PREFIX_WORDS | _ARABIC_SUFFIX_WORDS | _ARABIC_CONNECTORS | {_ARTICLE}


def _drop_connectors(tokens: list[str], connectors: frozenset[str]) -> list[str]:
    kept = [token for token in tokens if token not in connectors]
    return kept if kept else tokens  # a query of only "بن" still searches for it


def _join_arabic(words: list[str]) -> list[str]:
    """ال + word, عبد + word, ابو + word as one token; الله and الدين joined to the word before."""
    if _ARABIC_SPECIAL_WORDS.isdisjoint(words):
        return words
    tokens: list[str] = []
    index, count = 0, len(words)
    while index < count:
        word = words[index]
        index += 1
        if word == _ARTICLE and index < count:
            word += words[index]
            index += 1
        elif word in _ARABIC_PREFIX_WORDS and index < count:
            following = words[index]
            index += 1
            if following == _ARTICLE and index < count:
                following += words[index]
                index += 1
            word += following
        if word in _ARABIC_SUFFIX_WORDS and tokens and tokens[-1] not in _ARABIC_CONNECTORS:
            tokens[-1] += word  # عطا الله = عطاالله, نور الدين = نورالدين
            continue
        tokens.append(word)
    return _drop_connectors(tokens, _ARABIC_CONNECTORS)


def _folded_tokens(folded: str) -> list[str]:
    if _PART_BOUNDARY in folded:
        return [token for part in folded.split(_PART_BOUNDARY) for token in _folded_tokens(part)]
    if not _NOT_ARABIC.search(folded):  # the usual case: Arabic letters and spaces only
        return _join_arabic(folded.split())
    tokens: list[str] = []
    arabic: list[str] = []
    latin: list[str] = []
    for digits, arabic_run, other in _RUN.findall(folded):
        if arabic_run:
            if latin:
                tokens += _latin_tokens(latin)
                latin = []
            arabic.append(arabic_run)
            continue
        if arabic:
            tokens += _join_arabic(arabic)
            arabic = []
        if other:
            latin.append(other)
        else:
            if latin:
                tokens += _latin_tokens(latin)
                latin = []
            tokens.append(digits)
    if arabic:
        tokens += _join_arabic(arabic)
    if latin:
        tokens += _latin_tokens(latin)
    return tokens


def name_tokens(text: str) -> list[str]:
    """The search tokens of a name, in order: Arabic folded by `normalise_arabic` with compounds
    joined (عبد الله / عبدالله / عبد اللّٰه -> عبدالله; ابو بكر -> ابوبكر; ال جبوري and آل جبوري -> الجبوري;
    نور الدين -> نورالدين) and بن/ابن/بنت dropped; Latin words folded as by `latin_key`; digits as
    ASCII runs."""
    return _folded_tokens(_fold(text))


def strip_article(token: str) -> str:
    """A folded token without its article: الجبوري -> جبوري. Tokens with two letters or fewer after
    ال (الله, الحر), and names where ال is not the article (الياس, الهام), stay as they are. Latin
    tokens come without the article already."""
    if len(token) >= 5 and token.startswith(_ARTICLE) and token not in _NOT_ARTICLE:
        return token[2:]
    return token


def search_key(*parts: str) -> str:
    """What the search index stores for a person: the tokens of every part (name parts, mother's
    name; Arabic or Latin), each once, in order of first appearance, then the tokens that lose an
    article (الجبوري also as جبوري), then any connector (بن, bin) the name holds. Space-separated and
    deterministic."""
    # One fold for all parts (the speed of building an index over many people); the boundary
    # keeps a compound from reaching across two parts.
    folded = _fold(_PART_BOUNDARY.join(parts))
    tokens = dict.fromkeys(_folded_tokens(folded))
    tokens.update(dict.fromkeys([strip_article(token) for token in tokens]))
    words = folded.split()
    if not _CONNECTORS.isdisjoint(words):
        # Queries drop them too, but a search typed letter by letter passes through "ب", "بن".
        tokens.update(dict.fromkeys(word for word in words if word in _CONNECTORS))
    return " ".join(tokens)


def query_tokens(query: str) -> list[str]:
    """The tokens of a typed query, folded exactly as `search_key` folds a name and without their
    articles, each once: every token is in the key of anyone whose name matches up to spelling.
    Arabic and Latin parts of one query are folded each by their own rules; digits are kept.
    File numbers and phones are better looked up directly: see `looks_like_file_number` and
    `looks_like_phone`."""
    return list(dict.fromkeys(strip_article(token) for token in name_tokens(query)))


# --- Latin transliterations --------------------------------------------------------------------

# Very common spellings that rules cannot reach.
_LATIN_SPELLINGS = {
    "mohd": "muhammad",
    "muhd": "muhammad",
    "mhd": "muhammad",
    "fatma": "fatima",
    "fatme": "fatima",
    "fatmeh": "fatima",
}
_LATIN_CONNECTORS = frozenset({"bin", "ibn", "ben", "bint", "binti", "ibnu", "bn"})
# The article as a word of its own, with its sun-letter forms: al-Rahman, ar-Rahman, ud-Din.
_LATIN_ARTICLES = frozenset(
    {"al", "el", "ul", "il", "aal"}
    | {vowel + consonant for vowel in "aue" for consonant in ("r", "s", "n", "t", "z", "d", "sh", "th", "dh")}
)
_ABD_WORD = re.compile(r"abd(?:[aeiou][lrsntdz]|[aeiou]sh)?")  # Abd, Abdul, Abdel, Abdur... alone
_ABU_WORDS = frozenset({"abu", "abou", "abo", "aboo", "abul", "aboul"})
_ABD_PREFIX = re.compile(r"^abd(?:[aeiou]l|[aeiou](?=([b-df-hj-np-tv-z])\1)|[aeiou]|(?=[b-df-hj-np-tv-z]))(?=[a-z]{3})")
# A glued article on the next word: Abd Alrahman, Abd Arrahman, Abu Lhassan.
_GLUED_ARTICLE_AFTER_ABD = re.compile(r"^(?:[aeiou]l|[aeiou](?=([b-df-hj-np-tv-z])\1))(?=[a-z]{3})")
_GLUED_ARTICLE = re.compile(r"^(?:al|el)(?=[a-z]{4})")  # Aljubouri, Elsayed; not Alwan, Elias, Elham
_DIN_WORD = re.compile(r"(?:[aeiou][ld]?)?d(?:i|ee|ie)ne?")  # din, eddine, uddin, aldin
_DIN_SUFFIX = re.compile(r"(?<=[a-z]{3})(?:[aeiou][ld]?)?d(?:i|ee|ie)ne?$")  # Saifuddin, Nureddine
_ALLAH_WORD = re.compile(r"[aeiou]ll[aeiou]h?")  # Allah, Ullah, Alla
_ALLAH_SUFFIX = re.compile(r"(?<=[a-z]{3})[aeiou]?ll[aeiou]h?$")  # Khairullah, Nasrallah, Atallah


_CONNECTORS = _ARABIC_CONNECTORS | _LATIN_CONNECTORS


def _latin_tokens(words: list[str]) -> list[str]:
    """Compounds joined, connectors and articles dropped, then each word folded."""
    words = _drop_connectors([_LATIN_SPELLINGS.get(word, word) for word in words], _LATIN_CONNECTORS)
    joined: list[str] = []
    index, count = 0, len(words)
    while index < count:
        word = words[index]
        index += 1
        if word in _LATIN_ARTICLES and (index < count or joined):
            continue  # keys hold no Latin article; "al" alone is still searched for
        prefix = "abdal" if _ABD_WORD.fullmatch(word) else "abu" if word in _ABU_WORDS else None
        if prefix is not None:
            if index < count and words[index] in _LATIN_ARTICLES:
                index += 1  # Abd al-Rahman; and "Abd al" while it is being typed
            if index < count:
                following = _GLUED_ARTICLE_AFTER_ABD.sub("", words[index])
                index += 1
                word = prefix + following
            else:
                word = prefix
        elif joined and _DIN_WORD.fullmatch(word):
            joined[-1] += "din"
            continue
        elif joined and _ALLAH_WORD.fullmatch(word):
            joined[-1] += "allah"
            continue
        joined.append(word)
    return [_fold_latin_word(word) for word in joined]


def latin_key(text: str) -> str:
    """A coarse phonetic key of a Latin transliteration, so that spellings of one Arabic name
    compare equal: Mohammed/Muhammad/Mohamad -> "mahamad"; Abd al-Rahman/Abdulrahman/Abdel Rahman/
    Abdurrahman -> "abdalrahman"; Hussein/Husayn/Hussain -> "hasyn". Accents, apostrophes, the
    article (al-, el-, ash-...) and bin/ibn go; consonant spellings (q/k/g, th/dh/z, ph/f...) and
    doubled letters merge; vowels keep only their place and the ay/aw glides, plus the first and
    last vowel's quality. Tokens space-separated, in order. Arabic letters in the text are folded
    as Arabic."""
    return " ".join(name_tokens(text))


_LATIN_SOUNDS = re.compile(r"sh|kh|gh|ch|th|dh|ph|ck|dj|[qgcxvp]")
_LATIN_SOUND_OF = {
    "sh": "S", "kh": "X", "gh": "G", "ch": "C",  # placeholders: one consonant each, spelled out at the end
    "th": "z", "dh": "z",  # ث ذ ض ظ: Thanoon/Dhannun, Kadhim/Kazim
    "ph": "f", "ck": "k", "dj": "j", "q": "k", "g": "k", "c": "k", "x": "ks", "v": "f", "p": "b",
}  # fmt: skip
_PLACEHOLDERS = str.maketrans({"S": "sh", "X": "kh", "G": "gh", "C": "ch"})
_FINAL_AH = re.compile(r"ah$")  # Fatimah = Fatima, Abdullah = Abdulla
_DOUBLED = re.compile(r"(.)\1+")
_VOWELS = re.compile(r"[aeiouyw]+")


def _glide(cluster: str) -> str:
    """The glide a vowel cluster holds: "w" (aw, au), "y" (ai ay ei ae ia iya ...) or none."""
    if "w" in cluster or cluster.startswith(("au", "ao")):
        return "w"
    if "y" in cluster or "ae" in cluster or ("i" in cluster and len(set(cluster)) > 1):
        return "y"
    return ""


def _initial_vowel(cluster: str) -> str:
    # The first vowel's quality is stable across spellings (Omar/Umar, Imad/Emad, Ahmed/Ahmad)
    # and tells Omar from Amer and Ayman from Iman.
    if cluster[0] == "a":
        return "a" + _glide(cluster)
    return "i" if cluster[0] in "ei" else "u"


def _final_vowel(cluster: str) -> str:
    # So is the last: Ali (ي), Alaa (ا), Aliya (ية) and Abu (و) stay apart.
    last = cluster[-1]
    if last in "iy" or (last == "e" and len(cluster) > 1):
        end = "i"
    elif last in "ouw":
        end = "u"
    else:
        end = "a"  # a, aa, and a lone final e (Fatme, Hamze)
    glide = _glide(cluster) if len(cluster) > 1 else ""
    absorbed = (glide == "y" and end == "i") or (glide == "w" and end == "u")  # Taie = Tai, Abou = Abu
    return end if absorbed else glide + end


@lru_cache(maxsize=50_000)
def _fold_latin_word(word: str) -> str:
    word = _DIN_SUFFIX.sub("din", _ALLAH_SUFFIX.sub("allah", word))
    word = _ABD_PREFIX.sub("abdal", word)
    if not word.startswith("abdal"):
        word = _GLUED_ARTICLE.sub("", word)
    word = _LATIN_SOUNDS.sub(lambda match: _LATIN_SOUND_OF[match[0]], word)
    word = _DOUBLED.sub(r"\1", _FINAL_AH.sub("a", word))
    out: list[str] = []
    position = 0
    if word[:1] in ("y", "w"):  # Yusuf, Walid: a consonant at the start
        out.append(word[0])
        position = 1
    length = len(word)
    for match in _VOWELS.finditer(word, position):
        start, end = match.span()
        out.append(word[position:start])
        cluster = match[0]
        if start == 0:
            out.append(_initial_vowel(cluster))
        elif end == length:
            out.append(_final_vowel(cluster))
        else:
            out.append(_glide(cluster) or "a")
        position = end
    out.append(word[position:])
    return "".join(out).translate(_PLACEHOLDERS)


def clear_caches() -> None:
    """Forget the Latin name words remembered for speed (call when the vault locks)."""
    _fold_latin_word.cache_clear()


# --- Phones, file numbers ------------------------------------------------------------------------

_IRAQI_MOBILE = re.compile(r"07[3-9][0-9]{8}")
_NOT_DIGIT = re.compile(r"[^0-9]")
_PLUS = ("+", "\uff0b")


def normalise_phone(text: str) -> str:
    """A phone number as digits only, in one form per number: an Iraqi number in national form
    (+964 770 123 4567, 00964 770..., 964770..., 0770..., 770 123 4567 -> 07701234567; a leading
    0 after +964 is tolerated); another international number as 00 + country code (+44... and
    0044... agree); anything else its digits. "" if there are no digits. One number per call."""
    text = normalise_digits(clean_text(text, max_length=1000))
    digits = _NOT_DIGIT.sub("", text)
    international = text.startswith(_PLUS)
    if digits.startswith("00"):
        digits, international = digits[2:], True
    if digits.startswith("964") and len(digits) > 3 and (international or len(digits) >= 12):
        national = digits[3:]
        return national if national.startswith("0") else "0" + national
    if international:
        return "00" + digits
    if len(digits) == 10 and digits.startswith("7"):
        return "0" + digits
    return digits


def is_valid_iraqi_mobile(text: str) -> bool:
    """True for an Iraqi mobile in any usual form: 07 + 9 digits once normalised, with an operator
    prefix 073-079 (075 Korek, 077 Asiacell, 078/079 Zain)."""
    return _IRAQI_MOBILE.fullmatch(normalise_phone(text)) is not None


_PHONE_QUERY = re.compile(r"[+\uff0b]?[0-9 ()./-]+")
_FILE_NUMBER_QUERY = re.compile(r"[A-Za-z0-9_./-]+")


def looks_like_phone(query: str) -> bool:
    """A query of digits and phone punctuation with at least 7 digits: search phones, not names.
    (A national ID number looks the same: the caller may search both.)"""
    query = normalise_digits(clean_text(query))
    return _PHONE_QUERY.fullmatch(query) is not None and len(_NOT_DIGIT.sub("", query)) >= 7


def looks_like_file_number(query: str) -> bool:
    """A query shaped like an office file number (MOS-2026-00412, mos/2026/412): one word of Latin
    letters, digits and - _ / ., with at least one letter and three digits."""
    query = normalise_digits(clean_text(query))
    return (
        _FILE_NUMBER_QUERY.fullmatch(query) is not None
        and any(char.isalpha() for char in query)
        and sum(char.isdigit() for char in query) >= 3
    )
