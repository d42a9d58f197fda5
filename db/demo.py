"""Synthetic demo data for `sanad demo`: invented households and people in Ninewa, written in bulk.

Every name is drawn at random from the lists in db/data/, so no record describes a real person. The
households follow the office's case load (domain.md section 2): most are headed by a woman whose
husband is dead or missing, with her children; some by a couple; some by a grandmother raising
grandchildren. Names copied from one record to another (a child's father's name, a mother's
three-part name) are now and then written with another spelling, as staff do, so search and
duplicate detection have something to find.

Addresses are real OCHA p-codes: the COD-AB table shipped in db/data is imported first (audited
like an office's import), and households get sub-districts weighted by db/data/ninewa_subdistricts.txt,
with an area of origin for the displaced and returnees.

Rows go in with Core bulk inserts in one transaction, so the per-object audit hook is bypassed and
the people leave exactly one audit entry (`demo_data_generated`), or nothing at all if it fails or
is interrupted. The same seed (and the same `today`) gives the same data.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from db import audit, locations, search_sqlite
from db.errors import SanadError
from db.i18n import QT_TRANSLATE_NOOP
from db.models import DocumentHeld, FileNumberCounter, Household, Person, Relation
from db.permissions import Action
from db.search import person_keys
from db.session import UserSession

# Rows per bulk insert; households go in before the people of the same chunk.
CHUNK_PEOPLE = 20_000
FILE_PREFIX = "MOS"
MOSUL_CITY = "IQG15Q05N04"  # COD-AB places the whole city in the Al-Muhamadath sub-district
MAX_HOUSEHOLD = 9

# Demo registrations are spread over working days (Sunday to Thursday) from 1 January two years
# before `today` up to `today`, 08:00-14:00 Baghdad time, stored as naive UTC like models.utcnow.
OFFICE_OPENS = dt.time(8, 0)
OFFICE_SECONDS = 6 * 3600
BAGHDAD_UTC_OFFSET = dt.timedelta(hours=3)
WEEKEND = {4, 5}  # Friday, Saturday

# The ISIS period in Ninewa (June 2014 to the end of the fighting in 2017): husbands went
# missing, and children born then often have no registered birth date.
ISIS_FROM = dt.date(2014, 6, 10).toordinal()
ISIS_UNTIL = dt.date(2017, 12, 31).toordinal()
DAYS_PER_YEAR = 365.2425

DISPLACEMENT = (("resident", 30), ("returnee", 35), ("idp", 20), ("camp_departed", 15))
# Share of a displaced household's other adults who come from somewhere else than its head.
OTHER_ORIGIN = 0.1
# A woman whose husband was killed, detained or went missing: how her forms describe her marriage.
MARITAL_WITHOUT_HUSBAND = (("husband_missing", 45), ("married_unregistered", 25), ("widowed", 30))
# Documents held, by who holds them: (type, chance). Children of a missing father far more often
# lack a birth certificate, and some hold only a paper issued by ISIS (evidence, not a document).
ADULT_DOCUMENTS = (("civil_id", 0.55), ("ration_card", 0.6), ("residence_card", 0.3),
                   ("nationality_certificate", 0.4))
CHILD_BIRTH_CERTIFICATE = {"father_missing": 0.3, "other": 0.85}
ISIS_ERA = (dt.date(2014, 6, 10).toordinal(), dt.date(2017, 7, 10).toordinal())
PHONE_PREFIXES = (("0770", 35), ("0780", 30), ("0750", 15), ("0790", 20))
# (exact, month, year, about) weights by who the person is.
PRECISION_ADULT = (55, 5, 30, 10)
PRECISION_CHILD = (85, 5, 7, 3)
PRECISION_ISIS_ERA = (30, 15, 30, 25)
PRECISIONS = ("exact", "month", "year", "about")

# Share of copied names written with another spelling from the same group.
RESPELL = 0.12

NOT_A_DEMO_VAULT = QT_TRANSLATE_NOOP(
    "SanadError", "Demo data can only be added to a demo vault, never to an office's real records."
)


@dataclass(frozen=True)
class DemoCounts:
    households: int
    people: int


Name = tuple[str, str]  # (Arabic, Latin)


# ---- name lists ------------------------------------------------------------------------------------


def _spelling_key(arabic: str) -> str:
    """Folds the spellings db/data lists as variants of one name (alef forms, ة/ه, ى/ي, hamza
    carriers, spaces in compounds, a leading ال) so a copied name can be respelled."""
    key = arabic.translate(_FOLD)
    key = key.removeprefix("ال")
    return key[:-1] + "ه" if key.endswith("ة") else key


_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ؤ": "و", "ئ": "ي", "ـ": None, " ": None}
)


class _Pool:
    """Weighted choice from a list, plus the spelling variants of each entry."""

    def __init__(self, entries: list[tuple[Name, float]]) -> None:
        if not entries:
            raise ValueError("empty name list")
        self.items = [name for name, _ in entries]
        self.cum = list(itertools.accumulate(weight for _, weight in entries))
        self.total = self.cum[-1]
        groups: dict[str, list[Name]] = {}
        for name in self.items:
            groups.setdefault(_spelling_key(name[0]), []).append(name)
        self.variants = {name: tuple(groups[_spelling_key(name[0])]) for name in self.items}

    def pick(self, rng: random.Random) -> Name:
        return self.items[bisect.bisect(self.cum, rng.random() * self.total)]


def _read_rows(filename: str) -> list[list[str]]:
    text = resources.files("db").joinpath("data", filename).read_text(encoding="utf-8")
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        fields = [field.strip() for field in line.split("\t")]
        if not all(fields):
            raise ValueError(f"db/data/{filename} line {number}: empty field")
        rows.append(fields)
    return rows


def _name_pool(filename: str) -> _Pool:
    entries = []
    for fields in _read_rows(filename):
        if len(fields) not in (2, 3):
            raise ValueError(f"db/data/{filename}: want arabic<TAB>latin[<TAB>weight], got {fields}")
        entries.append(((fields[0], fields[1]), float(fields[2]) if len(fields) == 3 else 1.0))
    return _Pool(entries)


@dataclass(frozen=True)
class _Lists:
    male: _Pool
    female: _Pool
    family: _Pool
    places: _Pool  # (sub-district p-code, English name)
    mosul_quarters: _Pool
    town_quarters: _Pool
    near: tuple[str, ...]
    landmarks: tuple[str, ...]
    variants: dict[Name, tuple[Name, ...]]


@cache
def _lists() -> _Lists:
    places = [((code, name), float(weight)) for code, weight, name in _read_rows("ninewa_subdistricts.txt")]
    landmark_rows = _read_rows("landmarks.txt")
    male = _name_pool("male_first_names.txt")
    female = _name_pool("female_first_names.txt")
    family = _name_pool("family_names.txt")
    return _Lists(
        male=male,
        female=female,
        family=family,
        places=_Pool(places),
        mosul_quarters=_name_pool("mosul_neighbourhoods.txt"),
        town_quarters=_name_pool("town_quarters.txt"),
        near=tuple(text for kind, text in landmark_rows if kind == "near"),
        landmarks=tuple(text for kind, text in landmark_rows if kind == "place"),
        variants={**family.variants, **female.variants, **male.variants},
    )


# ---- generation --------------------------------------------------------------------------------------


@dataclass
class _Member:
    """A person being invented; `mother` is her/his mother's (first, father, grandfather)."""

    first: Name
    father: Name | None
    grandfather: Name | None
    family: Name
    mother: tuple[Name, Name, Name]
    sex: str
    birth: int  # ordinal
    relationship: str
    phone: str = ""
    marital_status: str = ""
    # Family links kept explicitly (domain.md section 8): the mother and spouse as members.
    mother_ref: _Member | None = field(default=None, repr=False, compare=False)
    spouse_ref: _Member | None = field(default=None, repr=False, compare=False)
    # Registered under the mother's father: on paper the mother's brother or sister.
    registered_as_sibling: bool = False


def _weighted(options: tuple[tuple[str, int], ...]) -> tuple[tuple[str, ...], list[int]]:
    return tuple(value for value, _ in options), list(itertools.accumulate(weight for _, weight in options))


class _Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.lists = _lists()
        # The day the household is registered: ages and "born before" are measured from it.
        self.today = 0
        self.displacement = _weighted(DISPLACEMENT)
        self.marital_without_husband = _weighted(MARITAL_WITHOUT_HUSBAND)
        self.phone_prefixes = _weighted(PHONE_PREFIXES)
        self.precision_weights = {
            "adult": list(itertools.accumulate(PRECISION_ADULT)),
            "child": list(itertools.accumulate(PRECISION_CHILD)),
            "isis": list(itertools.accumulate(PRECISION_ISIS_ERA)),
        }

    # -- small pieces
    def choose(self, options: tuple[tuple[str, ...], list[int]]) -> str:
        values, cum = options
        return values[bisect.bisect(cum, self.rng.random() * cum[-1])]

    def respell(self, name: Name) -> Name:
        if self.rng.random() >= RESPELL:
            return name
        return self.rng.choice(self.lists.variants.get(name, (name,)))

    def phone(self) -> str:
        return self.choose(self.phone_prefixes) + f"{self.rng.randrange(10_000_000):07d}"

    def born_aged(self, low: float, high: float, mode: float) -> int:
        age_days = int(self.rng.triangular(low, high, mode) * DAYS_PER_YEAR)
        return self.today - age_days - self.rng.randrange(365)

    def triple(self) -> tuple[Name, Name, Name]:
        """A woman's three-part name as her children's forms give it."""
        male = self.lists.male
        return (self.lists.female.pick(self.rng), male.pick(self.rng), male.pick(self.rng))

    def woman(self, relationship: str, birth: int) -> _Member:
        lists, rng = self.lists, self.rng
        return _Member(
            lists.female.pick(rng), lists.male.pick(rng), lists.male.pick(rng), lists.family.pick(rng),
            self.triple(), "F", birth, relationship,
        )

    def man(self, relationship: str, birth: int) -> _Member:
        lists, rng = self.lists, self.rng
        return _Member(
            lists.male.pick(rng), lists.male.pick(rng), lists.male.pick(rng), lists.family.pick(rng),
            self.triple(), "M", birth, relationship,
        )

    def children(
        self, count: int, mother: _Member, father: tuple[Name, Name, Name], relationship: str,
        *, last_birth: int | None = None, mother_triple: tuple[Name, Name, Name] | None = None,
        father_missing: bool = False,
    ) -> list[_Member]:
        """Up to `count` children of `mother` (oldest first) named after `father` (first, his father,
        family); fewer when her age or `last_birth` leaves no room. When the father is missing some
        children have no father's name on their papers, or are registered under her father."""
        rng, lists = self.rng, self.lists
        limit = min(self.today - 1, last_birth or self.today)
        birth = mother.birth + int(rng.uniform(17, 27) * DAYS_PER_YEAR)
        stop = mother.birth + int(45 * DAYS_PER_YEAR)
        # Children over 25 have mostly married and left; those still at home are not listed.
        left_home = self.today - int(25 * DAYS_PER_YEAR)
        triple = mother_triple or (
            self.respell(mother.first), self.respell(mother.father), self.respell(mother.grandfather)
        )
        kids = []
        for _ in range(count):
            if birth > limit or birth > stop:
                break
            if birth < left_home:
                birth += int(rng.uniform(1.2, 3.8) * DAYS_PER_YEAR)
                continue
            sex = "M" if rng.random() < 0.5 else "F"
            first = (lists.male if sex == "M" else lists.female).pick(rng)
            roll = rng.random() if father_missing else 1.0
            if roll < 0.03:
                # Father unknown, or named only on an ISIS-issued paper: nothing on the form.
                dad = granddad = None
                family = mother.family if rng.random() < 0.5 else self.respell(father[2])
            elif roll < 0.08:
                # Registered under the mother's father: on paper the child is her sibling.
                dad, granddad, family = self.respell(mother.father), self.respell(mother.grandfather), mother.family
            else:
                dad, granddad, family = (self.respell(part) for part in father)
            kids.append(_Member(first, dad, granddad, family, triple, sex, birth, relationship, mother_ref=mother,
                                registered_as_sibling=0.03 <= roll < 0.08))
            birth += int(rng.uniform(1.2, 3.8) * DAYS_PER_YEAR)
        return kids

    def _child_count(self) -> int:
        return bisect.bisect(_CHILD_COUNT_CUM, self.rng.random() * _CHILD_COUNT_CUM[-1])

    # -- households
    def household(self, registered: dt.date) -> list[_Member]:
        """Members of one household registered on `registered`, head first."""
        rng, lists = self.rng, self.lists
        self.today = registered.toordinal()
        kind = rng.random()
        if kind < 0.55:
            # A woman whose husband was killed, detained or went missing (most in 2014-2018),
            # with their children.
            lost = min(rng.randrange(ISIS_FROM, ISIS_UNTIL + 365), self.today - 1)
            head = self.woman("head", lost - int(rng.triangular(16, 50, 24) * DAYS_PER_YEAR))
            husband = (lists.male.pick(rng), lists.male.pick(rng),
                       head.family if rng.random() < 0.25 else lists.family.pick(rng))
            kids = self.children(
                self._child_count(), head, husband, "son", last_birth=lost + 280, father_missing=True
            )
            head.marital_status = self.choose(self.marital_without_husband)
            members = [head, *kids]
        elif kind < 0.85:
            # A couple and their children.
            head = self.man("head", self.born_aged(22, 70, 38))
            wife_birth = head.birth + int(rng.uniform(-2, 12) * DAYS_PER_YEAR)
            wife = self.woman("spouse", min(wife_birth, self.today - int(17 * DAYS_PER_YEAR)))
            if rng.random() < 0.25:
                wife.family = head.family
            head.marital_status = wife.marital_status = "married"
            head.spouse_ref, wife.spouse_ref = wife, head
            kids = self.children(self._child_count(), wife, (head.first, head.father, head.family), "son")
            members = [head, wife, *kids]
        elif kind < 0.95:
            # A grandmother raising the children of a son who is dead or missing.
            head = self.woman("head", self.born_aged(48, 82, 60))
            husband_first, son_first = lists.male.pick(rng), lists.male.pick(rng)
            family = lists.family.pick(rng)
            daughter_in_law = self.woman("other", head.birth + int(rng.uniform(18, 30) * DAYS_PER_YEAR))
            kids = self.children(
                max(1, self._child_count()), daughter_in_law, (son_first, husband_first, family),
                "grandchild",
                last_birth=rng.randrange(ISIS_FROM, ISIS_UNTIL + 365),
            )
            members = [head, *kids]
        else:
            # An adult alone, or an older brother heading his orphaned brothers and sisters.
            alone = rng.random() < 0.6
            head = self.man("head", self.born_aged(18, 75 if alone else 30, 30 if alone else 21))
            members = [head]
            if not alone:
                mother = self.woman("other", head.birth - int(rng.uniform(18, 30) * DAYS_PER_YEAR))
                siblings = self.children(
                    rng.randint(1, 5), mother, (head.father, head.grandfather, head.family), "other",
                    mother_triple=head.mother,
                )
                members += [s for s in siblings if s.birth > head.birth]
        for member in members:
            if member.relationship == "son" and member.sex == "F":
                member.relationship = "daughter"
        if kind < 0.85 and len(members) < MAX_HOUSEHOLD and rng.random() < 0.12:
            # The head's widowed mother lives with them; her name is the head's mother's name.
            first, father, grandfather = head.mother
            birth = head.birth - int(rng.uniform(17, 38) * DAYS_PER_YEAR)
            if self.today - birth < 100 * DAYS_PER_YEAR:
                grandmother = _Member(
                    self.respell(first), self.respell(father), self.respell(grandfather),
                    lists.family.pick(rng), self.triple(), "F", birth, "mother", marital_status="widowed",
                )
                head.mother_ref = grandmother
                members.insert(1, grandmother)
        del members[MAX_HOUSEHOLD:]
        self._phones(members)
        return members

    def _phones(self, members: list[_Member]) -> None:
        rng = self.rng
        adult = self.today - int(16 * DAYS_PER_YEAR)
        for index, member in enumerate(members):
            if member.birth > adult:
                continue
            if rng.random() < (0.85 if index == 0 else 0.35):
                member.phone = self.phone()

    def place(self, other_than: str = "") -> str:
        """A sub-district p-code, weighted like the office's case load (not `other_than`)."""
        while True:
            code = self.lists.places.pick(self.rng)[0]
            if code != other_than:
                return code

    def address(self) -> tuple[str, str, str]:
        """(sub-district p-code, neighbourhood, landmark)."""
        rng, lists = self.rng, self.lists
        sub_district = self.place()
        quarters = lists.mosul_quarters if sub_district == MOSUL_CITY else lists.town_quarters
        neighbourhood = quarters.pick(rng)[0]
        roll = rng.random()
        if roll < 0.2:
            landmark = ""
        else:
            landmark = f"{rng.choice(lists.near)} {rng.choice(lists.landmarks)}"
            if roll < 0.5:
                landmark += f"، زقاق {rng.randint(1, 40)}"
            elif roll < 0.65:
                landmark += f"، دار {rng.randint(1, 300)}"
        return sub_district, neighbourhood, landmark

    def origin(self, displacement: str, current: str) -> str | None:
        """Where a household comes from: returnees came home, the displaced came from elsewhere."""
        if displacement == "returnee":
            return current
        if displacement in ("idp", "camp_departed"):
            return self.place(other_than=current)
        return None

    def precision(self, member: _Member) -> str:
        if self.today - member.birth >= 18 * DAYS_PER_YEAR:
            cum = self.precision_weights["adult"]
        elif ISIS_FROM <= member.birth <= ISIS_UNTIL:
            cum = self.precision_weights["isis"]
        else:
            cum = self.precision_weights["child"]
        return PRECISIONS[bisect.bisect(cum, self.rng.random() * cum[-1])]


# Children per mother (0-8), before age and household-size limits cut the list.
_CHILD_COUNT_CUM = list(itertools.accumulate((6, 12, 18, 20, 17, 12, 8, 5, 2)))


def _stored_birth_date(ordinal: int, precision: str, registered: int) -> dt.date:
    """Imprecise dates are stored on a fixed day: 1st of the month, or 1 July (as Iraqi civil
    records do for a year of birth only; 1 January if 1 July is still to come when the person is
    registered); `birth_precision` says how much of the date is known."""
    date = dt.date.fromordinal(ordinal)
    if precision == "exact":
        return date
    if precision == "month":
        return date.replace(day=1)
    mid_year = dt.date(date.year, 7, 1)
    return mid_year if mid_year.toordinal() <= registered else dt.date(date.year, 1, 1)


def _latin(parts: list[Name | None], rng: random.Random) -> str:
    names = [part[1] for part in parts if part is not None]
    if len(names) == 4 and rng.random() < 0.25:
        del names[2]  # often written without the grandfather's name
    return " ".join(names)


class _Schedule:
    """Registration times: `fraction` (0..1) of the way through the office's working hours
    between `start` and `today`, as naive UTC."""

    def __init__(self, start: dt.date, today: dt.date) -> None:
        self.days = [
            dt.date.fromordinal(day)
            for day in range(start.toordinal(), today.toordinal() + 1)
            if dt.date.fromordinal(day).weekday() not in WEEKEND
        ] or [today]

    def at(self, fraction: float) -> dt.datetime:
        position = min(fraction, 1.0) * len(self.days) * OFFICE_SECONDS
        day_index = min(int(position // OFFICE_SECONDS), len(self.days) - 1)
        seconds = int(position - day_index * OFFICE_SECONDS)
        local = dt.datetime.combine(self.days[day_index], OFFICE_OPENS) + dt.timedelta(seconds=seconds)
        return local - BAGHDAD_UTC_OFFSET


_HOUSEHOLD_COLUMNS = (
    "id", "governorate", "district", "sub_district", "neighbourhood", "landmark",
    "displacement_status", "phone", "current_pcode", "origin_pcode", "created_at", "updated_at",
)
_PERSON_COLUMNS = (
    "household_id", "file_number", "first_name", "father_name", "grandfather_name", "family_name",
    "mother_name", "name_latin", "sex", "birth_date", "birth_precision", "relationship_to_head",
    "phone", "origin_pcode", "created_at", "updated_at", "search_key", "latin_key",
)


class _FileNumbers:
    """`MOS-{year}-{n:05d}` numbered per year of registration, after any the vault already has."""

    def __init__(self, db: Session) -> None:
        self.db = db
        self.next: dict[int, int] = {}

    def take(self, year: int) -> str:
        n = self.next.get(year)
        if n is None:
            prefix = f"{FILE_PREFIX}-{year}-"
            # The longest, then highest: MOS-2026-100000 comes after MOS-2026-99999.
            last = self.db.scalar(
                select(Person.file_number)
                .where(Person.file_number.like(prefix + "%"))
                .order_by(func.length(Person.file_number).desc(), Person.file_number.desc())
                .limit(1)
            )
            tail = last[len(prefix):] if last else ""
            n = int(tail) + 1 if tail.isdigit() else 1
        self.next[year] = n + 1
        return f"{FILE_PREFIX}-{year}-{n:05d}"

    def record(self, db: Session) -> None:
        """Move the office's never-reuse counters past the numbers just given."""
        for year, following in self.next.items():
            counter = db.get(FileNumberCounter, year)
            if counter is None:
                db.add(FileNumberCounter(year=year, last_seq=following - 1))
            else:
                counter.last_seq = max(counter.last_seq, following - 1)
        db.flush()


def _family_rows(gen: _Generator, members: list[_Member], ids: list[int]) -> tuple[list[dict], list[dict]]:
    """(relation rows, document rows) of one household: mothers and spouses who live there, both
    directions, with the relation as registered when it differs; the documents each member holds."""
    rng = gen.rng
    id_of = {id(m): pid for m, pid in zip(members, ids, strict=True)}
    relations: list[dict] = []
    for member, pid in zip(members, ids, strict=True):
        mother = id_of.get(id(member.mother_ref)) if member.mother_ref is not None else None
        if mother is not None:
            on_paper = "sibling" if member.registered_as_sibling else ""
            relations.append({"person_id": pid, "related_person_id": mother, "kind": "mother",
                              "registered_kind": on_paper})
            relations.append({"person_id": mother, "related_person_id": pid, "kind": "child",
                              "registered_kind": on_paper})
        spouse = id_of.get(id(member.spouse_ref)) if member.spouse_ref is not None else None
        if spouse is not None:
            relations.append({"person_id": pid, "related_person_id": spouse, "kind": "spouse",
                              "registered_kind": ""})
    documents: list[dict] = []
    adult = gen.today - int(18 * DAYS_PER_YEAR)
    father_missing = members[0].marital_status in ("husband_missing", "married_unregistered", "widowed")
    for member, pid in zip(members, ids, strict=True):
        held: list[str] = []
        if member.birth <= adult:
            held += [doc for doc, chance in ADULT_DOCUMENTS if rng.random() < chance]
            if "civil_id" not in held and rng.random() < 0.5:
                held.append("national_card")
            if member.marital_status == "married" and rng.random() < 0.7:
                held.append("marriage_contract")
        else:
            chance = CHILD_BIRTH_CERTIFICATE["father_missing" if father_missing else "other"]
            if rng.random() < chance:
                held.append("birth_certificate")
                if rng.random() < 0.3:
                    held.append("national_card")
            elif rng.random() < 0.3:
                held.append("hospital_birth_notice")
            if father_missing and ISIS_ERA[0] <= member.birth <= ISIS_ERA[1] and rng.random() < 0.25:
                held.append("isis_issued")
        documents += [{"person_id": pid, "doc_type": doc, "number": f"{rng.randrange(10**7, 10**8)}"
                       if doc != "isis_issued" else "", "copy_seen": rng.random() < 0.6} for doc in held]
    return relations, documents


def _rows(
    gen: _Generator, people: int, first_household_id: int, file_numbers: _FileNumbers, schedule: _Schedule,
    first_person_id: int = 1,
) -> Iterator[tuple[dict, list[dict], list[dict], list[dict]]]:
    """(household row, its person rows, their relation rows, their documents) until `people`
    persons exist; the last household may be cut short, never below its head."""
    rng = gen.rng
    done = 0
    household_id = first_household_id
    person_id = first_person_id
    while done < people:
        registered = schedule.at(done / people)
        members = gen.household((registered + BAGHDAD_UTC_OFFSET).date())[: people - done]
        sub_district, neighbourhood, landmark = gen.address()
        displacement = gen.choose(gen.displacement)
        origin = gen.origin(displacement, sub_district)
        phone = next((m.phone for m in members if m.phone), "")
        # COD-AB codes nest by prefix: IQG15Q05N04 lies in district IQG15Q05, governorate IQG15.
        household = {
            "id": household_id, "governorate": sub_district[:5], "district": sub_district[:8],
            "sub_district": sub_district, "neighbourhood": neighbourhood, "landmark": landmark,
            "displacement_status": displacement, "phone": phone,
            "current_pcode": sub_district, "origin_pcode": origin,
            "created_at": registered, "updated_at": registered,
        }
        adult = gen.today - int(18 * DAYS_PER_YEAR)
        year = (registered + BAGHDAD_UTC_OFFSET).year
        persons = []
        created = registered
        for index, m in enumerate(members):
            precision = gen.precision(m)
            person_origin = None
            if origin is not None and index == 0:
                person_origin = origin
            elif origin is not None and m.birth <= adult and rng.random() < OTHER_ORIGIN:
                person_origin = gen.place(other_than=origin)
            parts = [m.first, m.father, m.grandfather, m.family]
            persons.append({
                "id": person_id + index,
                "household_id": household_id,
                "file_number": file_numbers.take(year),
                "first_name": m.first[0],
                "father_name": m.father[0] if m.father else "",
                "grandfather_name": m.grandfather[0] if m.grandfather else "",
                "family_name": m.family[0],
                "mother_name": " ".join(part[0] for part in m.mother),
                "name_latin": _latin(parts, rng),
                "sex": m.sex,
                "birth_date": _stored_birth_date(m.birth, precision, gen.today),
                "birth_precision": precision,
                "relationship_to_head": m.relationship,
                "marital_status": m.marital_status,
                "phone": m.phone,
                "origin_pcode": person_origin,
                "created_at": created,
                "updated_at": created,
            })
            persons[-1]["search_key"], persons[-1]["latin_key"] = person_keys(persons[-1])
            created += dt.timedelta(seconds=rng.randint(60, 180))  # staff type in the next member
        relations, documents = _family_rows(gen, members, [p["id"] for p in persons])
        yield household, persons, relations, documents
        done += len(persons)
        person_id += len(persons)
        household_id += 1


# ---- writing -------------------------------------------------------------------------------------------


def populate(
    session: UserSession,
    *,
    people: int = 1500,
    seed: int = 2026,
    progress: Callable[[int, int], None] | None = None,
    today: dt.date | None = None,
) -> DemoCounts:
    """Add invented households until `people` persons exist, in one transaction with one audit
    entry. `progress(done, total)` is called after each chunk of rows is written. `today` fixes
    the dates (ages, registration times) for reproducible output; it defaults to the real date."""
    if people < 0:
        raise ValueError("people must not be negative")
    if not session.vault.demo:
        raise SanadError(text=NOT_A_DEMO_VAULT)
    session.require(Action.EDIT_PEOPLE)
    today = today or dt.date.today()
    gen = _Generator(seed)
    schedule = _Schedule(dt.date(today.year - 2, 1, 1), today)
    household_table, person_table = Household.__table__, Person.__table__
    households = written = 0
    with session.transaction() as db:
        # The real COD-AB place table first (the same import an office runs), so every code the
        # households get has its names; a second run finds every place already there.
        with locations.shipped_table() as table:
            locations.import_cod_ab(session, table, db=db)
        # Household ids are given, not returned one by one, so people can point at them in bulk.
        # (On PostgreSQL the id sequence would have to be moved past them afterwards.)
        first_id = (db.scalar(select(func.max(Household.id))) or 0) + 1
        first_person = (db.scalar(select(func.max(Person.id))) or 0) + 1
        file_numbers = _FileNumbers(db)
        household_rows: list[dict] = []
        person_rows: list[dict] = []
        relation_rows: list[dict] = []
        document_rows: list[dict] = []

        def flush() -> None:
            nonlocal written
            if household_rows:
                db.execute(insert(household_table), household_rows)
                db.execute(insert(person_table), person_rows)
                if relation_rows:
                    db.execute(insert(Relation.__table__), relation_rows)
                if document_rows:
                    db.execute(insert(DocumentHeld.__table__), document_rows)
                written += len(person_rows)
                for rows in (household_rows, person_rows, relation_rows, document_rows):
                    rows.clear()
                if progress is not None:
                    progress(written, people)

        with search_sqlite.bulk_load(db.connection()):
            for household, persons, relations, documents in _rows(
                gen, people, first_id, file_numbers, schedule, first_person
            ):
                household_rows.append(household)
                person_rows.extend(persons)
                relation_rows.extend(relations)
                document_rows.extend(documents)
                households += 1
                if len(person_rows) >= CHUNK_PEOPLE:
                    flush()
            flush()
        file_numbers.record(db)
        audit.append(
            db, session.user.actor, "demo_data_generated",
            details={"households": households, "people": written},
        )
    return DemoCounts(households=households, people=written)
