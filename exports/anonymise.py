"""What an export may carry about people (domain.md sections 5 and 7, security case D3): which
kinds of column an anonymised export leaves out, the stable pseudonyms that stand in for file
numbers, and ages instead of dates of birth. Plain Python, no database and no Qt.

Every export column says what kind of data it holds; the rules here decide by kind, so a new
column is judged by what it is, and a column nobody declared is never exported at all.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
from collections.abc import Callable
from dataclasses import dataclass

# Kinds of column. Identifying kinds never leave the office in an anonymised export.
NAME = "name"  # a beneficiary's (or their relative's) name, Arabic or Latin
PHONE = "phone"
BIRTH_DATE = "birth_date"  # an exact (or month) date of birth
ADDRESS = "address"  # neighbourhood, landmark: below the sub-district
DOCUMENT_NUMBER = "document_number"  # civil registry record, court case number, referral reference
FREE_TEXT = "free_text"  # staff's own words: may name anyone
FILE_NUMBER = "file_number"  # replaced by a pseudonym when anonymised
RECORD_REF = "record_ref"  # an internal number linking rows (household): pseudonymised too
SENSITIVE = "sensitive"  # the sensitive profile: only when an administrator allows it for one export
PLAIN = "plain"  # anything else: sex, age, district, states, dates of casework, counts

IDENTIFYING = frozenset({NAME, PHONE, BIRTH_DATE, ADDRESS, DOCUMENT_NUMBER, FREE_TEXT})
PSEUDONYMISED = frozenset({FILE_NUMBER, RECORD_REF})
KINDS = IDENTIFYING | PSEUDONYMISED | {SENSITIVE, PLAIN}

# Age groups of domain.md section 5, the office setting's default (exports/lists.py reads the
# office's own): (label, lowest age, highest age).
AGE_BANDS: tuple[tuple[str, int, int], ...] = (
    ("0-5", 0, 5), ("6-11", 6, 11), ("12-17", 12, 17), ("18-59", 18, 59), ("60+", 60, 200),
)
PSEUDONYM_PREFIX = "P-"
_PSEUDONYM_LENGTH = 12  # base-32 characters: 60 bits, no collision among a million files in practice
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no I, O, 0, 1: read aloud or typed back without confusion
_LETTERS = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", _ALPHABET)  # base 32's letters to ours


@dataclass(frozen=True)
class Policy:
    """How one export treats people's data. `key` is the office's pseudonym key (needed when
    anonymised); `include_sensitive` is set only after an administrator allowed it (db layer)."""

    anonymised: bool = True
    key: bytes | None = None
    include_sensitive: bool = False

    def __post_init__(self) -> None:
        if self.anonymised and not self.key:
            raise ValueError("an anonymised export needs a pseudonym key")

    def keeps(self, kind: str) -> bool:
        """Whether a column of this kind is written at all."""
        if kind not in KINDS:
            return False  # undeclared: never exported (D3)
        if kind == SENSITIVE:
            return self.include_sensitive
        return not (self.anonymised and kind in IDENTIFYING)

    def value(self, kind: str, value: object, namespace: str = "") -> object:
        """The value as written: pseudonyms for file numbers and record references when anonymised."""
        if self.anonymised and kind in PSEUDONYMISED and value not in (None, ""):
            assert self.key is not None
            return pseudonym(self.key, str(value), namespace)
        return value

    def pseudonyms(self, kind: str, namespace: str = "") -> Callable[[object], object]:
        """`value` for one column of `kind`. Record references (a household's, shared by its
        members) are remembered for the export; file numbers, each met once, are not."""
        if kind != RECORD_REF:
            return lambda value: self.value(kind, value, namespace)
        made: dict[object, object] = {}

        def of(value: object) -> object:
            found = made.get(value)
            if found is None:
                found = made[value] = self.value(kind, value, namespace)
            return found

        return of


def pseudonym(key: bytes, value: str, namespace: str = "") -> str:
    """A stable stand-in for a file number (or another reference in `namespace`): the same key
    always gives the same pseudonym, so two exports made with one key can be linked by whoever
    holds both files; a new key gives unrelated ones. Without the key nobody can go back."""
    message = f"{namespace}\x1f{value.strip().upper()}".encode()
    digest = hmac.new(key, message, hashlib.sha256).digest()
    return PSEUDONYM_PREFIX + base64.b32encode(digest[:10]).decode("ascii")[:_PSEUDONYM_LENGTH].translate(_LETTERS)


def age_on(birth_date: dt.date | None, on: dt.date) -> int | None:
    """Whole years at `on` (None when the birth date is unknown or after `on`)."""
    if birth_date is None or birth_date > on:
        return None
    years = on.year - birth_date.year
    if (on.month, on.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


def age_band(age: int | None, bands: tuple[tuple[str, int, int], ...] = AGE_BANDS) -> str:
    """The band an age falls in ("" when the age is unknown)."""
    if age is None:
        return ""
    for label, low, high in bands:
        if low <= age <= high:
            return label
    return ""


def birth_year(birth_date: dt.date | None) -> int | None:
    return birth_date.year if birth_date is not None else None
