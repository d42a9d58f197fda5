"""Duplicate detection: which records are likely the same person (domain.md section 6).

Three parts:

* `score_pair` — pure scoring of two `Candidate`s, no database. Names are compared after the
  shared normaliser of db/names.py (hamza, ة/ه, ى/ي, عبد الله/عبدالله, the article), so spelling
  variants are equal; rapidfuzz measures "close" for what is left (a letter dropped or swapped).
* `find_duplicates` — a whole-vault scan. People are streamed with only the needed columns (no
  ORM objects) and compared only within blocks that share a key: first + father + grandfather;
  first + mother (her first two names); father + grandfather + mother, for a typo in the first
  name; first + father + birth year and first + grandfather + birth year, for a gap or typo in the
  other; phone; Latin name. 100,000 people take seconds instead of the 5 billion comparisons of
  every pair. A block larger than BLOCK_CAP (محمد محمد محمد in a very large vault) is sorted by
  birth year and mother's name, and each person compared with the next WINDOW only.
* `matches_for` — likely existing records for a person being typed on the registration form,
  found through the search index.

Staff decide what a match is: merge, or `mark_not_same`, after which the pair is never proposed
again. Reasons are short stable codes that the UI translates (REASONS lists them).

The rules (points add up; a pair is a match at MATCH_THRESHOLD = 60 or more; score capped at 100):

* The first name must be the same after normalisation (+30) or close (+12: one edit — a swap of
  two letters counts as one — in a name of five letters or more, two edits in one of eight or
  more, or Jaro-Winkler >= 0.95). Otherwise there is no match at all: children of one mother with
  different first names are siblings, not duplicates. Shorter first names are never "close":
  حسن/حسين, محمد/محمود, سعد/سعيد are other names. A close (not same) first name also needs the
  birth years to overlap where both are known (brothers سلمان and سليمان) and no different father.
* Father's name same +20 (close +10, missing 0, different -25); grandfather's name same +15
  (close +8, missing 0, different -15); family name same +5 (close +3, different -3 only: many
  families share a tribe name, and it is often dropped or written otherwise). For these, close is
  one edit when the longer name has five letters (مروان/مرون). "same_names" when first, father's
  and grandfather's names are all the same, else "similar_names" (with "different_father" when
  the father's or grandfather's name conflicts).
* Mother's name, as tokens (her first, her father's, her grandfather's name): two or more the same
  and none in conflict +25 ("same_mother"); the first the same (or close) and the rest close or
  absent +12 ("similar_mother"); her first name different -35, a later part different -30
  ("different_mother"): محمد محمد محمد with different mothers are different people, even when
  both mothers are called فاطمة.
* Birth year, widened by its precision (an "about" year is +-ABOUT_TOLERANCE_YEARS = 2): both
  precise and the same +15 ("same_birth_year"; +5 more and "same_birth_date" for the same exact
  date or day and month swapped); overlapping only through an "about" +8, or one year apart +3
  ("close_birth_year"); two or three years apart -10 ("birth_years_apart"); more than three years
  apart, or more than five between the recorded years: no match whatever else agrees (a mother
  and her daughter of the same name).
* A different sex -30 ("different_sex"): strong, but not a veto, because ticking the wrong box is
  a typing slip; with everything else the same the pair is still proposed, with the warning.
* Same phone (any format) +10; same household +10 (one family entered twice); same Latin name +8,
  only when the Arabic names are not all the same already (it mostly repeats them).

So: the same first + father + grandfather name and nothing else known scores 65-70, a match as
domain.md asks; the same names with different mothers score at most 55 even with the same birth
year; a copy with the family name dropped and the year +-1 "about" scores over 90.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from rapidfuzz.distance import OSA, JaroWinkler
from sqlalchemy import func, select

from db import names, search_sqlite
from db.errors import NoSuchRecord
from db.models import NotSamePerson, Person
from db.permissions import Action
from db.session import UserSession
from db.validation import ABOUT_TOLERANCE_YEARS

__all__ = [
    "MATCH_THRESHOLD",
    "REASONS",
    "Candidate",
    "Match",
    "candidate_from_row",
    "find_duplicates",
    "mark_not_same",
    "matches_for",
    "score_pair",
]

MATCH_THRESHOLD = 60.0

# Every reason code score_pair gives, for the UI to translate. The last four are warnings: they
# come with a match only when the rest of the evidence outweighs them.
REASONS = (
    "same_names", "similar_names", "same_mother", "similar_mother", "same_birth_date",
    "same_birth_year", "close_birth_year", "same_phone", "same_latin", "same_household",
    "different_sex", "different_mother", "different_father", "birth_years_apart",
)  # fmt: skip

# Blocking: blocks up to this size are compared all against all; larger ones (محمد محمد ...) are
# sorted by birth year and mother's name and each person is compared with the next WINDOW.
BLOCK_CAP = 150
WINDOW = 30
# matches_for: candidates read from the search index per query.
INDEX_CANDIDATES = 600

_PRECISE = frozenset({"exact", "month", "year"})


@dataclass(frozen=True)
class Candidate:
    """What duplicate detection needs of one person (a stored record, or a draft being typed:
    then id is 0). `birth_date` is optional; with it, the same date (or day and month swapped)
    counts a little more than the same year."""

    id: int
    file_number: str
    first_name: str
    father_name: str = ""
    grandfather_name: str = ""
    family_name: str = ""
    mother_name: str = ""
    name_latin: str = ""
    sex: str = ""
    birth_year: int | None = None
    birth_precision: str = "exact"
    phone: str = ""
    household_id: int | None = None
    birth_date: dt.date | None = None


@dataclass(frozen=True)
class Match:
    """Two records that are likely one person; a_id < b_id (for a draft, a_id is the draft's)."""

    a_id: int
    b_id: int
    score: float  # 0-100
    reasons: tuple[str, ...]


# --- Normalised profiles -----------------------------------------------------------------------


class _Normaliser:
    """The search form of each distinct name, computed once per scan: names repeat a lot (a
    vault of 100,000 people has some 50,000 distinct name strings), and nothing is kept after the
    scan (no names linger in memory once the vault locks)."""

    __slots__ = ("latin", "phones", "words")

    def __init__(self) -> None:
        self.words: dict[str, tuple[str, ...]] = {}
        self.latin: dict[str, str] = {}
        self.phones: dict[str, str] = {}

    def tokens(self, text: str) -> tuple[str, ...]:
        result = self.words.get(text)
        if result is None:
            result = tuple(names.strip_article(token) for token in names.name_tokens(text)) if text else ()
            self.words[text] = result
        return result

    def name(self, text: str) -> str:
        return " ".join(self.tokens(text))

    def latin_key(self, text: str) -> str:
        result = self.latin.get(text)
        if result is None:
            result = self.latin[text] = names.latin_key(text) if text else ""
        return result

    def phone(self, text: str) -> str:
        result = self.phones.get(text)
        if result is None:
            result = self.phones[text] = names.normalise_phone(text) if text else ""
        return result


class _Profile:
    """A Candidate with everything compared already normalised."""

    __slots__ = (
        "birth_date", "birth_hi", "birth_lo", "birth_year", "father", "first", "family", "grandfather", "household_id",
        "id", "latin", "mother", "phone", "precise", "sex",
    )  # fmt: skip

    def __init__(self, c: Candidate, norm: _Normaliser) -> None:
        self.id = c.id
        self.first = norm.name(c.first_name)
        self.father = norm.name(c.father_name)
        self.grandfather = norm.name(c.grandfather_name)
        self.family = norm.name(c.family_name)
        self.mother = norm.tokens(c.mother_name)
        self.latin = norm.latin_key(c.name_latin)
        self.sex = (c.sex or "").upper()
        self.phone = norm.phone(c.phone)
        self.household_id = c.household_id
        year = self.birth_year = c.birth_year if c.birth_precision != "unknown" else None
        if year is None:
            self.birth_lo = self.birth_hi = None
            self.precise = False
        elif c.birth_precision == "about":
            self.birth_lo, self.birth_hi = year - ABOUT_TOLERANCE_YEARS, year + ABOUT_TOLERANCE_YEARS
            self.precise = False
        else:
            self.birth_lo = self.birth_hi = year
            self.precise = c.birth_precision in _PRECISE
        self.birth_date = c.birth_date if c.birth_precision == "exact" else None


# --- Scoring -----------------------------------------------------------------------------------

_SAME, _CLOSE, _MISSING, _DIFFERENT, _LATER_DIFFERENT = 0, 1, 2, 3, 4


def _compare(x: str, y: str, *, first: bool = False) -> int:
    """_SAME, _CLOSE, _MISSING or _DIFFERENT for two normalised names. Close is one edit (a swap
    of two letters counts as one) in a name of five letters or more — عبدالرحمن/عبدالرحمان,
    اسماعيل/اسمعيل, مروان/مرون — or two in one of eight or more. A first name must itself have
    five letters for one edit, since the shorter names a letter apart are other names (حسن/حسين,
    محمد/محمود); the other names only add or take points once the first name agrees."""
    if not x or not y:
        return _MISSING
    if x == y:
        return _SAME
    shorter, longer = sorted((len(x), len(y)))
    if (shorter if first else longer) >= 5 and shorter >= 4:
        edits = OSA.distance(x, y, score_cutoff=2)
        if edits <= 1 or (edits == 2 and shorter >= 8):
            return _CLOSE
        if shorter >= 5 and JaroWinkler.normalized_similarity(x, y) >= 0.95:
            return _CLOSE
    return _DIFFERENT


def _compare_mothers(x: tuple[str, ...], y: tuple[str, ...]) -> int:
    """Two mothers' names as tokens (her name, her father's, her grandfather's): _SAME when two or
    more agree and none conflicts; _CLOSE when the first agrees (or is close) and the rest are
    close or absent; _DIFFERENT when her first name differs; _LATER_DIFFERENT when her father's or
    grandfather's name does (another woman of the same first name)."""
    if not x or not y:
        return _MISSING
    first = _compare(x[0], y[0], first=True)
    if first == _DIFFERENT:
        return _DIFFERENT
    common = min(len(x), len(y))
    all_same = first == _SAME
    for index in range(1, common):
        outcome = _compare(x[index], y[index])
        if outcome == _DIFFERENT:
            return _LATER_DIFFERENT
        all_same = all_same and outcome == _SAME
    return _SAME if all_same and common >= 2 else _CLOSE


_FATHER_POINTS = {_SAME: 20.0, _CLOSE: 10.0, _MISSING: 0.0, _DIFFERENT: -25.0}
_GRANDFATHER_POINTS = {_SAME: 15.0, _CLOSE: 8.0, _MISSING: 0.0, _DIFFERENT: -15.0}
_FAMILY_POINTS = {_SAME: 5.0, _CLOSE: 3.0, _MISSING: 0.0, _DIFFERENT: -3.0}
_MOTHER = {
    _SAME: (25.0, "same_mother"), _CLOSE: (12.0, "similar_mother"), _MISSING: (0.0, ""),
    _DIFFERENT: (-35.0, "different_mother"), _LATER_DIFFERENT: (-30.0, "different_mother"),
}  # fmt: skip


def _same_day(a: dt.date, b: dt.date) -> bool:
    return a == b or (a.year == b.year and a.month == b.day and a.day == b.month)


def _score(a: _Profile, b: _Profile) -> Match | None:
    if not a.first or not b.first:
        return None
    first = _SAME if a.first == b.first else _compare(a.first, b.first, first=True)
    if first == _DIFFERENT:
        return None  # siblings, or strangers: a first name is never only spelled differently
    father = _compare(a.father, b.father)
    grandfather = _compare(a.grandfather, b.grandfather)
    if first == _CLOSE and father == _DIFFERENT:
        return None
    reasons: list[str] = []
    score = (30.0 if first == _SAME else 12.0) + _FATHER_POINTS[father] + _GRANDFATHER_POINTS[grandfather]
    score += _FAMILY_POINTS[_compare(a.family, b.family)]
    same_names = first == father == grandfather == _SAME
    if same_names:
        reasons.append("same_names")
    elif father != _DIFFERENT and grandfather != _DIFFERENT:
        reasons.append("similar_names")
    else:
        reasons.append("similar_names")
        reasons.append("different_father")

    points, reason = _MOTHER[_compare_mothers(a.mother, b.mother)]
    score += points
    if reason:
        reasons.append(reason)

    if a.birth_lo is not None and b.birth_lo is not None:
        gap = max(0, max(a.birth_lo, b.birth_lo) - min(a.birth_hi, b.birth_hi))
        if gap > 3 or abs(a.birth_year - b.birth_year) > 3 + ABOUT_TOLERANCE_YEARS:
            # No match whatever else agrees: a mother and her daughter of the same name. (Two
            # "about" years may be 3 + 2 years apart, not 3 + 2 + 2.)
            return None
        if first == _CLOSE and gap > 0:
            return None  # سلمان/سليمان of one mother, born in different years: brothers
        if gap == 0 and a.precise and b.precise:
            score += 15.0
            reasons.append("same_birth_year")
            if a.birth_date and b.birth_date and _same_day(a.birth_date, b.birth_date):
                score += 5.0
                reasons.append("same_birth_date")
        elif gap == 0:
            score += 8.0
            reasons.append("close_birth_year")
        elif gap == 1:
            score += 3.0
            reasons.append("close_birth_year")
        else:
            score -= 10.0
            reasons.append("birth_years_apart")

    if a.sex and b.sex and a.sex != b.sex:
        score -= 30.0
        reasons.append("different_sex")
    if a.phone and a.phone == b.phone:
        score += 10.0
        reasons.append("same_phone")
    if a.latin and a.latin == b.latin and not same_names:
        # Evidence only where the Arabic names left a doubt: the Latin name is mostly the same
        # names again.
        score += 8.0
        reasons.append("same_latin")
    if a.household_id is not None and a.household_id == b.household_id:
        score += 10.0
        reasons.append("same_household")
    if score < MATCH_THRESHOLD:
        return None
    low, high = (a.id, b.id) if a.id <= b.id else (b.id, a.id)
    return Match(low, high, round(min(score, 100.0), 1), tuple(reasons))


def score_pair(a: Candidate, b: Candidate) -> Match | None:
    """A Match (a_id < b_id, score 0-100, reason codes) when `a` and `b` are likely one person,
    else None. Pure: no database, no state kept between calls."""
    norm = _Normaliser()
    return _score(_Profile(a, norm), _Profile(b, norm))


# --- Reading people ----------------------------------------------------------------------------

_COLUMNS = (
    Person.id, Person.file_number, Person.first_name, Person.father_name, Person.grandfather_name,
    Person.family_name, Person.mother_name, Person.name_latin, Person.sex, Person.birth_date,
    Person.birth_precision, Person.phone, Person.household_id,
)  # fmt: skip
_READ_BATCH = 5000


def candidate_from_row(row: Any) -> Candidate:
    """A Candidate from a row of _COLUMNS (or anything with those attributes, such as a Person)."""
    born = row.birth_date
    return Candidate(
        id=row.id, file_number=row.file_number, first_name=row.first_name or "",
        father_name=row.father_name or "", grandfather_name=row.grandfather_name or "",
        family_name=row.family_name or "", mother_name=row.mother_name or "",
        name_latin=row.name_latin or "", sex=row.sex or "",
        birth_year=born.year if born else None, birth_precision=row.birth_precision or "exact",
        phone=row.phone or "", household_id=row.household_id, birth_date=born,
    )


def _not_same_pairs(db) -> set[tuple[int, int]]:
    pairs = db.execute(select(NotSamePerson.person_a, NotSamePerson.person_b))
    return {(a, b) if a <= b else (b, a) for a, b in pairs}


# --- Whole-vault scan --------------------------------------------------------------------------


def _block_keys(p: _Profile) -> Iterable[tuple]:
    """The blocks a person is in. Every key holds the first name but one, which holds the
    father's and grandfather's names and the mother's instead, for a typo in the first name."""
    mother2 = p.mother[:2]
    if p.first:
        if p.father and p.grandfather:
            yield ("n3", p.first, p.father, p.grandfather)
        if mother2:
            yield ("fm", p.first, mother2)
        if p.birth_year is not None:
            # For a grandfather's name missing or different (and no mother's name to agree on),
            # and for a typo in the father's name. Without the year these blocks are large: half
            # the men are محمد, احمد or علي, and so are their fathers.
            if p.father:
                yield ("ff", p.first, p.father, p.birth_year)
            if p.grandfather:
                yield ("fg", p.first, p.grandfather, p.birth_year)
        if p.latin:
            yield ("la", p.latin)
    if p.father and p.grandfather and mother2:
        yield ("pm", p.father, p.grandfather, mother2)  # brothers and sisters; first-name typos
    if p.phone:
        yield ("ph", p.phone)


def _window_order(p: _Profile) -> tuple:
    return (p.birth_lo if p.birth_lo is not None else 10_000, p.mother, p.grandfather, p.id)


def _pairs(block: list[_Profile]) -> Iterable[tuple[_Profile, _Profile]]:
    size = len(block)
    if size <= BLOCK_CAP:
        for i in range(size - 1):
            a = block[i]
            for j in range(i + 1, size):
                yield a, block[j]
        return
    # Sort and window: a block of common names compares each person only with the next WINDOW
    # people born about the same year (unknown years last), with the mother's name second.
    block = sorted(block, key=_window_order)
    for i in range(size - 1):
        a = block[i]
        for j in range(i + 1, min(size, i + 1 + WINDOW)):
            yield a, block[j]


def find_duplicates(
    session: UserSession,
    *,
    limit: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Match]:
    """Every likely duplicate pair in the vault, best first (score descending, then ids), leaving
    out pairs marked "not the same person". `progress(done, total)` is called now and then; total
    is twice the number of people (reading them, then comparing)."""
    session.require(Action.VIEW_PEOPLE)
    norm = _Normaliser()
    profiles: list[_Profile] = []
    with session.transaction() as db:
        total = db.scalar(select(func.count()).select_from(Person)) or 0
        excluded = _not_same_pairs(db)
        result = db.execute(select(*_COLUMNS).execution_options(yield_per=_READ_BATCH))
        for rows in result.partitions():
            profiles.extend(_Profile(candidate_from_row(row), norm) for row in rows)
            if progress is not None:
                progress(len(profiles), 2 * max(total, len(profiles)))
    del norm
    count = len(profiles)

    blocks: dict[tuple, list[_Profile]] = defaultdict(list)
    for profile in profiles:
        for key in _block_keys(profile):
            blocks[key].append(profile)
    multi = [block for block in blocks.values() if len(block) > 1]
    del blocks

    seen: set[tuple[int, int]] = set()
    matches: list[Match] = []
    step = max(1, len(multi) // 50)
    for index, block in enumerate(multi):
        for a, b in _pairs(block):
            pair = (a.id, b.id) if a.id < b.id else (b.id, a.id)
            if pair in seen:
                continue
            seen.add(pair)
            if pair in excluded:
                continue
            match = _score(a, b)
            if match is not None:
                matches.append(match)
        if progress is not None and index % step == 0:
            progress(count + count * index // len(multi), 2 * count)
    if progress is not None:
        progress(2 * count, 2 * count)
    matches.sort(key=lambda m: (-m.score, m.a_id, m.b_id))
    return matches if limit is None else matches[:limit]


# --- The registration form ---------------------------------------------------------------------


def _index_queries(draft: Candidate, first_name: str) -> list[list[str]]:
    """Token sets to look up in the search index. A record scoring MATCH_THRESHOLD has the same
    first name and either the same father's name (with the grandfather's, or the birth year) or
    the same mother's name: the two queries below. A third, without the first name, finds a typo
    in it (only names of five letters or more can be close). Each needs two distinct tokens: one
    common token (محمد) alone matches half the vault."""
    first = names.query_tokens(draft.first_name)
    father = names.query_tokens(draft.father_name)
    grandfather = names.query_tokens(draft.grandfather_name)
    mother = names.query_tokens(draft.mother_name)[:2]
    queries = [first + father + grandfather, first + mother]
    if len(first_name) >= 5:
        queries.append(father + grandfather + mother)
    unique: list[list[str]] = []
    for query in queries:
        tokens = list(dict.fromkeys(query))
        if len(tokens) >= 2 and tokens not in unique:
            unique.append(tokens)
    return unique


def matches_for(session: UserSession, draft: Candidate, *, limit: int = 10) -> list[Match]:
    """Existing records that are likely the person being typed (`draft`; id 0 for a new person,
    or their own id when editing, which is then left out with any pair marked not the same), best
    first. In each Match, the draft's id is a_id and the existing record's is b_id. Candidates come
    from the search index (INDEX_CANDIDATES per query), so this stays fast on a large vault."""
    session.require(Action.VIEW_PEOPLE)
    norm = _Normaliser()
    mine = _Profile(draft, norm)
    if not mine.first:
        return []
    with session.transaction() as db:
        conn = db.connection()
        ids: set[int] = set()
        for tokens in _index_queries(draft, mine.first):
            found = search_sqlite.search_ids(conn, tokens, INDEX_CANDIDATES, prefix_last=False)
            ids.update(pid for pid, _rank in found)
        ids.discard(draft.id)
        if draft.id:
            ids -= {b if a == draft.id else a for a, b in _not_same_pairs_with(db, draft.id)}
        id_list = sorted(ids)
        rows = []
        for start in range(0, len(id_list), 900):  # SQLite's limit on bound parameters
            rows += db.execute(select(*_COLUMNS).where(Person.id.in_(id_list[start : start + 900]))).all()
    matches = []
    for row in rows:
        # Most candidates have the draft's first name only as someone's father or mother.
        first = norm.name(row.first_name or "")
        if first != mine.first and _compare(first, mine.first, first=True) != _CLOSE:
            continue
        match = _score(mine, _Profile(candidate_from_row(row), norm))
        if match is not None:
            matches.append(Match(draft.id, row.id, match.score, match.reasons))
    matches.sort(key=lambda m: (-m.score, m.b_id))
    return matches[:limit]


def _not_same_pairs_with(db, person_id: int) -> list[tuple[int, int]]:
    return list(db.execute(select(NotSamePerson.person_a, NotSamePerson.person_b).where(
        (NotSamePerson.person_a == person_id) | (NotSamePerson.person_b == person_id))))


# --- Staff decisions ---------------------------------------------------------------------------

def mark_not_same(session: UserSession, a_id: int, b_id: int) -> None:
    """Record that two people are different, so they are never proposed as duplicates again.
    Stored with the smaller id first; marking a pair twice is harmless. Audited by the ORM hook."""
    session.require(Action.EDIT_PEOPLE)
    if a_id == b_id:
        raise ValueError("a record is always the same person as itself")
    low, high = (a_id, b_id) if a_id < b_id else (b_id, a_id)
    with session.transaction() as db:
        for pid in (low, high):
            if db.get(Person, pid) is None:
                raise NoSuchRecord(pid)
        if db.get(NotSamePerson, (low, high)) is None:
            db.add(NotSamePerson(person_a=low, person_b=high))

