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
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from db import audit, ids, locations, office, referrals, search_sqlite, users, workflow_admin
from db.applications import workflow_for
from db.errors import SanadError
from db.i18n import QT_TRANSLATE_NOOP
from db.models import (
    Application,
    ApplicationCheck,
    ApplicationDependency,
    ApplicationEvent,
    ChecklistItem,
    Consent,
    ConsentScope,
    DocumentHeld,
    DocumentType,
    FileNumberCounter,
    Hearing,
    Household,
    Organisation,
    Person,
    ReferenceCounter,
    Referral,
    ReferralEvent,
    Relation,
    User,
    WorkflowState,
)
from db.permissions import Action, Role
from db.search import person_keys
from db.session import UserSession
from db.workflow import CLOSE_REASONS, OUTCOME_OF_CLOSE_REASON, Workflow

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
    applications: int = 0  # made by populate_casework, when asked


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
        ids.record_highest(db.connection())
        audit.append(
            db, session.user.actor, "demo_data_generated",
            details={"households": households, "people": written},
        )
    return DemoCounts(households=households, people=written)


# ---- casework: applications, hearings, referrals ----------------------------------------------------
#
# `populate_casework` adds the legal team's work to a demo vault that already has people: demo users
# (two lawyers, a manager and a caseworker, who sign in with the demo password), the applications a
# household's members need (the rules of db/plans.py: the mother's marriage ratified before her
# children's births are registered, a birth registered before the child's national card, with those
# dependencies), each walked along its workflow from the day it was opened up to `today` (holds,
# refusals, security objections, hearings adjourned and granted), so states, next actions, hearings
# and weeks without movement fall where a real office's would; a few organisations, and referrals
# with the consent they need. Like `populate` it writes with Core bulk inserts in one transaction
# and leaves one audit entry (`demo_casework_generated`); the demo users and the shorter workflows
# for documents that need no court go in through the services, audited as an office's own changes.

CASEWORK_PER_PERSON = 0.3  # applications per person when `sanad demo` is not told how many
CASE_CHUNK_HOUSEHOLDS = 4000
CASE_FLUSH_APPLICATIONS = 5000
DEMO_USERS = (  # (user name, full name, role)
    ("huda", "هدى سالم", Role.LEGAL),
    ("omar", "عمر خالد", Role.LEGAL),
    ("layla", "ليلى يوسف", Role.MANAGER),
    ("sara", "سارة محمود", Role.STAFF),
)
# Who handles a household's applications: the two lawyers most, the administrator some, and some
# still unassigned (a new case waiting for a lawyer).
CASE_OWNERS = (("huda", 44), ("omar", 36), ("admin", 8), ("", 12))
REFERRAL_OWNERS = (("sara", 50), ("huda", 20), ("omar", 20), ("", 10))
REFERRALS_PER_APPLICATION = 0.1
# Documents obtained without a court: the office gives them the default workflow without its court steps.
NO_COURT = ("national_card", "civil_id", "nationality_certificate", "residence_card", "ration_card", "passport",
            "hospital_birth_notice")
COURT_STEPS = ("court_filing", "hearings", "judgement")
IDENTITY_DOCUMENTS = {"national_card", "civil_id"}
NEEDS_MARRIAGE = ("married_unregistered", "husband_missing")
# Days a step takes (low, high, mode); hearings are walked one by one.
STEP_DAYS = {
    "intake": (0, 10, 2), "documents": (5, 75, 20), "security_clearance": (7, 100, 25),
    "court_filing": (3, 30, 10), "judgement": (5, 45, 15), "civil_registration": (7, 60, 20),
}
OTHER_STEP_DAYS = (5, 45, 15)
# The chance that an application ends unsuccessfully during a step, and why.
CLOSE_CHANCE = {
    "intake": (0.03, (("client_withdrew", 4), ("counselling_only", 4), ("referred_out", 2))),
    "documents": (0.05, (("lost_contact", 4), ("client_withdrew", 3), ("relocated", 3))),
    "security_clearance": (0.06, (("security_objection", 8), ("lost_contact", 2))),
    "civil_registration": (0.01, (("lost_contact", 1),)),
}
NEXT_ACTION_DAYS = (-20, 40, 7)  # from today (low, high, mode): a quarter already past
HOLD_CHANCE = 0.04
HOLD_DAYS = (15, 200, 40)
HEARING_GAP_DAYS = (7, 28, 14)  # a personal status court sets the next hearing a week to a month on
HEARING_REFUSED = 0.1
MAX_HEARINGS = 6
HEARING_UNRECORDED = 0.1  # a hearing of the last two weeks whose outcome nobody wrote down yet
COURT_DAYS = {6, 0, 1, 2, 3}  # Sunday to Thursday
COURTS = (("محكمة الأحوال الشخصية في الموصل", 60), ("محكمة الأحوال الشخصية في الموصل - الجانب الأيمن", 16),
          ("محكمة الأحوال الشخصية في تلعفر", 10), ("محكمة الأحوال الشخصية في الحمدانية", 8),
          ("محكمة الأحوال الشخصية في سنجار", 6))
FEES = (5_000, 10_000, 15_000, 25_000)
# What the lawyer does next, by the step the application is at (staff write these in Arabic).
NEXT_ACTIONS = {
    "intake": ("الاتصال بالمستفيدة لتحديد موعد", "فتح الملف وشرح الإجراءات للمستفيدة"),
    "documents": ("جلب بيان الولادة من المستشفى", "إحضار شاهدين إلى المحكمة", "تصوير البطاقة التموينية وبطاقة السكن",
                  "الحصول على تأييد سكن من المختار"),
    "security_clearance": ("متابعة التدقيق الأمني", "مراجعة مركز الشرطة لاستلام نتيجة التدقيق"),
    "court_filing": ("تقديم عريضة الدعوى إلى المحكمة", "دفع رسم الدعوى واستلام الوصل"),
    "judgement": ("استلام نسخة الحكم بعد اكتسابه الدرجة القطعية",),
    "civil_registration": ("مراجعة دائرة الأحوال المدنية لتسجيل الواقعة", "حجز موعد البصمة للبطاقة الوطنية"),
    "on_hold": ("الاتصال بالمستفيدة لمعرفة إن عادت إلى الموصل",),
}
NEXT_HEARING = "حضور الجلسة مع المستفيدة والشهود"
RECORD_HEARING = "تسجيل نتيجة الجلسة"
WAITING_FOR = {"birth_certificate": "انتظار تصديق زواج الأم قبل تسجيل الولادة",
               "national_card": "انتظار شهادة الولادة قبل البطاقة الوطنية"}
WAITED_FOR_CLOSED = "أُغلقت المعاملة التي تنتظرها دون نجاح"
HOLD_REASONS = ("المستفيدة خارج الموصل مؤقتاً", "بانتظار وثيقة من دائرة أخرى", "المستفيدة مريضة",
                "توقف الدوام في الدائرة")
ORGANISATIONS = (  # (Arabic, English, service, focal point, phone)
    ("مدرسة النور الابتدائية", "Al-Noor Primary School", "school_enrolment", "أ. سعاد إبراهيم", "07701112233"),
    ("مركز صحي الزنجيلي", "Zanjili Health Centre", "health_centre", "د. أحمد يونس", "07801112233"),
    ("منظمة الأمل للدعم النفسي", "Amal Psychosocial Support", "psychosocial_support", "رنا عادل", "07501112233"),
    ("برنامج سبل العيش - نينوى", "Ninewa Livelihoods Programme", "livelihoods", "محمود سالم", "07901112233"),
    ("جمعية المحامين المتطوعين", "Volunteer Lawyers Association", "legal_representation", "أ. زياد حسن",
     "07711112233"),
    ("دار الإيواء للنساء", "Women's Shelter", "shelter", "نور الهدى علي", "07811112233"),
)
REFERRAL_REASONS = {
    "school_enrolment": "طفل بلا أوراق ثبوتية يحتاج إلى التسجيل في الصف الأول بموجب قرار وزارة التربية",
    "health_centre": "تحتاج إلى فحص طبي ولا تملك بطاقة وطنية",
    "psychosocial_support": "تحتاج إلى جلسات دعم نفسي بعد فقدان الزوج",
    "livelihoods": "معيلة لأسرة بلا دخل ثابت",
    "legal_representation": "قضية حضانة خارج نطاق عمل المكتب",
    "shelter": "تهديد من أقارب الزوج",
}
URGENCIES = (("normal", 80), ("urgent", 17), ("emergency", 3))
REFERRAL_TABLES = ("consent", "scope", "referral", "referral_event")


@dataclass(frozen=True)
class CaseworkCounts:
    applications: int
    hearings: int
    dependencies: int
    referrals: int
    organisations: int
    users: int


@dataclass(frozen=True)
class _CaseMember:
    id: int
    sex: str
    born: dt.date | None
    marital_status: str
    relationship: str


@dataclass
class _Need:
    person_id: int
    doc_type: str
    waits_for: int | None = None  # the index of another need of the same household
    obstacles: tuple[str, ...] = ()


@dataclass
class _Case:
    """One application, walked along its workflow."""

    app_id: int
    need: _Need
    workflow: Workflow
    owner: str  # user name, "" when unassigned
    opened: dt.date
    blocked: bool = False  # waits for an application that is not issued
    state: str = ""
    held_from: str = ""
    closed_on: dt.date | None = None
    issued_on: dt.date | None = None
    outcome: str = ""
    outcome_reason: str = ""
    moved: dt.datetime = dt.datetime.min
    court: str = ""
    events: list[dict] = field(default_factory=list)
    hearings: list[dict] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.steps = [s.code for s in self.workflow.steps]

    @property
    def reached(self) -> int:
        """The furthest step it got to (an index into `steps`)."""
        steps = self.steps
        return max((steps.index(e["to_state"]) for e in self.events if e["to_state"] in steps), default=0)


def _court_day(day: dt.date) -> dt.date:
    while day.weekday() not in COURT_DAYS:
        day += dt.timedelta(days=1)
    return day


class _CaseworkGenerator:
    def __init__(self, seed: int, today: dt.date, users: dict[str, int | None]) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.users = users  # user name -> id; "" -> None
        self.owners = _weighted(tuple((name, weight) for name, weight in CASE_OWNERS if name in users))
        self.referral_owners = _weighted(tuple((name, weight) for name, weight in REFERRAL_OWNERS if name in users))
        self.courts = _weighted(COURTS)
        self.urgencies = _weighted(URGENCIES)
        self.lists = _lists()

    # -- small pieces
    def choose(self, options: tuple[tuple[str, ...], list[int]]) -> str:
        values, cum = options
        return values[bisect.bisect(cum, self.rng.random() * cum[-1])]

    def days(self, spec: tuple[float, float, float]) -> int:
        low, high, mode = spec
        return int(self.rng.triangular(low, high, mode))

    def time_on(self, day: dt.date) -> dt.datetime:
        """A moment of office hours on `day`, as naive UTC."""
        local = dt.datetime.combine(day, OFFICE_OPENS) + dt.timedelta(seconds=self.rng.randrange(OFFICE_SECONDS))
        return local - BAGHDAD_UTC_OFFSET

    def day_between(self, first: dt.date, last: dt.date) -> dt.date:
        return dt.date.fromordinal(self.rng.randint(first.toordinal(), max(first, last).toordinal()))

    # -- who needs what
    def needs(self, members: list[_CaseMember], held: dict[int, set[str]], mothers: dict[int, int]) -> list[_Need]:
        """A household's applications, each after what it waits for: those plans.py would propose
        (not all of them: the office has not got to some), and a few more an office takes on."""
        rng, today = self.rng, self.today
        by_id = {m.id: m for m in members}
        age = {m.id: (today - m.born).days / DAYS_PER_YEAR if m.born else 30.0 for m in members}
        needs: list[_Need] = []
        marriage: dict[int, int] = {}
        birth: dict[int, int] = {}
        for m in members:
            mother = by_id.get(mothers.get(m.id, -1))
            if (age[m.id] < 18 and mother is not None and mother.marital_status in NEEDS_MARRIAGE
                    and "marriage_contract" not in held[mother.id] and mother.id not in marriage):
                marriage[mother.id] = len(needs)
                obstacles = ("father_missing",) if mother.marital_status == "husband_missing" else ()
                needs.append(_Need(mother.id, "marriage_contract",
                                   obstacles=obstacles + (("no_witnesses",) if rng.random() < 0.2 else ())))
        for m in members:
            if age[m.id] < 18 and "birth_certificate" not in held[m.id]:
                birth[m.id] = len(needs)
                needs.append(_Need(m.id, "birth_certificate", marriage.get(mothers.get(m.id, -1)),
                                   ("isis_papers",) if "isis_issued" in held[m.id] else ()))
        for m in members:
            # The office starts with the court cases; cards for some adults and a few children.
            if not held[m.id] & IDENTITY_DOCUMENTS and rng.random() < (0.7 if age[m.id] >= 18 else 0.25):
                needs.append(_Need(m.id, "national_card", birth.get(m.id)))
        head = members[0]
        if head.marital_status in ("widowed", "husband_missing") and rng.random() < 0.15:
            needs.append(_Need(head.id, "death_certificate", obstacles=("father_missing",)))
        if head.sex == "F" and any(m.relationship == "grandchild" for m in members) and rng.random() < 0.35:
            needs.append(_Need(head.id, "guardianship_deed"))
        for m in members:
            if age[m.id] >= 18:
                for doc_type, chance in (("nationality_certificate", 0.04), ("ration_card", 0.03),
                                         ("residence_card", 0.03)):
                    if doc_type not in held[m.id] and rng.random() < chance:
                        needs.append(_Need(m.id, doc_type))
        for need in needs:
            roll = rng.random()
            extra = "fees" if roll < 0.05 else "distance" if roll < 0.09 else "fear" if roll < 0.11 else ""
            if extra:
                need.obstacles += (extra,)
        if len(needs) > 1 and rng.random() < 0.15:
            del needs[rng.randint(1, len(needs) - 1):]  # prerequisites come first, so none is cut off
        return needs

    # -- walking an application along its workflow
    def event(self, case: _Case, day: dt.date, source: str, target: str, reason: str = "",
              kind: str = "transition") -> None:
        at = self.time_on(day)
        if at <= case.moved:
            at = case.moved + dt.timedelta(minutes=self.rng.randint(1, 30))
        username = case.owner or "admin"
        case.events.append({"application_id": case.app_id, "at": at, "user_id": self.users.get(username),
                            "username": username, "kind": kind, "from_state": source, "to_state": target,
                            "reason": reason})
        if source != target:  # an adjourned hearing is on the timeline but moves nothing
            case.moved = at

    def move(self, case: _Case, day: dt.date, target: str, reason: str = "", kind: str = "transition") -> None:
        self.event(case, day, case.state, target, reason, kind)
        case.state = target

    def close(self, case: _Case, day: dt.date, reason_code: str, reason: str = "", kind: str = "transition") -> None:
        self.move(case, day, case.workflow.of_kind("closed").code, reason or dict(CLOSE_REASONS)[reason_code], kind)
        case.closed_on = day
        case.outcome, case.outcome_reason = OUTCOME_OF_CLOSE_REASON[reason_code], reason_code

    def hold(self, case: _Case, day: dt.date, reason: str) -> None:
        case.held_from = case.state
        self.move(case, day, case.workflow.of_kind("hold").code, reason)

    def walk(self, case: _Case, ready: dt.date | None) -> None:
        """Move `case` from its first step until today. Gathering documents ends only after what
        it waits for is issued (`ready`); while that is not issued, it stays there."""
        rng, today, workflow = self.rng, self.today, case.workflow
        steps = case.steps
        case.state = steps[0]
        self.event(case, case.opened, "", steps[0], kind="created")
        day = case.opened
        index = 0
        while True:
            code = steps[index]
            if case.blocked and index >= 1:
                return
            if code == "hearings":
                if not self.hearings(case, day) or workflow.state(case.state).kind != "open":
                    return
                day, index = case.moved.date(), steps.index(case.state)
                continue
            day += dt.timedelta(days=self.days(STEP_DAYS.get(code, OTHER_STEP_DAYS)))
            if index == 1 and ready is not None:
                day = max(day, ready + dt.timedelta(days=self.days((1, 20, 5))))
            if day > today:
                return
            chance, reasons = CLOSE_CHANCE.get(code, (0.0, ()))
            if rng.random() < chance:
                self.close(case, day, self.choose(_weighted(reasons)))
                return
            if rng.random() < HOLD_CHANCE:
                self.hold(case, day, rng.choice(HOLD_REASONS))
                day += dt.timedelta(days=self.days(HOLD_DAYS))
                if day > today:
                    return
                self.move(case, day, case.held_from)
                case.held_from = ""
            following = steps[index + 1] if index + 1 < len(steps) else workflow.of_kind("issued").code
            self.move(case, day, following)
            if workflow.state(following).kind == "issued":
                case.issued_on = case.closed_on = day
                refused = any(h["outcome"] == "refused" for h in case.hearings)
                case.outcome = "issued" if refused else "issued_first_instance"
                return
            index += 1

    def hearings(self, case: _Case, filed: dt.date) -> bool:
        """The court's hearings after filing: adjourned, or the client absent, until one grants or
        refuses (moving the case as db.applications.record_hearing does). A hearing still to come,
        or one not yet recorded, stops the walk: returns whether the case left the hearings."""
        rng, today = self.rng, self.today
        case.court = self.choose(self.courts)
        day = _court_day(filed + dt.timedelta(days=self.days(HEARING_GAP_DAYS)))
        for number in range(MAX_HEARINGS):
            if day >= today or ((today - day).days <= 14 and rng.random() < HEARING_UNRECORDED):
                case.hearings.append(self.hearing_row(case, day, ""))
                return False
            last = number == MAX_HEARINGS - 1 or rng.random() < 0.25
            if last:
                outcome = "refused" if rng.random() < HEARING_REFUSED else "granted"
            else:
                outcome = "absent" if rng.random() < 0.2 else "adjourned"
            following = None if last else _court_day(day + dt.timedelta(days=self.days(HEARING_GAP_DAYS)))
            case.hearings.append(self.hearing_row(case, day, outcome, following))
            note = f"{day:%d/%m/%Y}: {outcome}"
            if outcome == "granted":
                self.move(case, day, case.workflow.allowed("hearings")[0].code, note, "hearing")
                return True
            if outcome == "refused":
                self.close(case, day, "rejected", note, "hearing")
                return True
            self.event(case, day, "hearings", "hearings", note, "hearing")
            day = following
        return False

    def hearing_row(self, case: _Case, day: dt.date, outcome: str, following: dt.date | None = None) -> dict:
        judge = ""
        if self.rng.random() < 0.3:
            judge = f"القاضي {self.lists.male.pick(self.rng)[0]} {self.lists.family.pick(self.rng)[0]}"
        return {"application_id": case.app_id, "held_on": day, "court": case.court, "judge": judge,
                "outcome": outcome, "notes": "", "next_hearing_on": following}

    # -- rows
    def application_row(self, case: _Case, authority: str) -> dict:
        rng = self.rng
        kind = case.workflow.state(case.state).kind
        action, due = "", None
        if kind in ("open", "hold"):
            coming = [h["held_on"] for h in case.hearings if not h["outcome"]]
            if case.state == "hearings" and coming:
                action = NEXT_HEARING if coming[-1] >= self.today else RECORD_HEARING
                due = coming[-1]
            else:
                if case.blocked and kind == "open" and case.need.doc_type in WAITING_FOR:
                    action = WAITING_FOR[case.need.doc_type]
                else:
                    action = rng.choice(NEXT_ACTIONS.get(case.state, NEXT_ACTIONS["documents"]))
                # Lawyers keep their next actions roughly current (a due date moves without the
                # case moving): most fall in the weeks around today, a quarter already past.
                due = max(case.moved.date() + dt.timedelta(days=1),
                          self.today + dt.timedelta(days=self.days(NEXT_ACTION_DAYS)))
        steps = case.steps
        in_court = "court_filing" in steps and case.reached > steps.index("court_filing")
        fee = rng.choice(FEES) if in_court else 0
        paid = bool(fee) and rng.random() < 0.85
        return {
            "id": case.app_id, "person_id": case.need.person_id, "doc_type": case.need.doc_type,
            "state": case.state, "held_from": case.held_from, "owner_id": self.users.get(case.owner),
            "authority": authority, "authority_office": "", "court": case.court,
            "case_number": f"{rng.randint(100, 4999)}/ش/{case.opened.year}" if in_court else "",
            "fee_amount": fee, "fee_paid": paid, "fee_receipt": f"{rng.randrange(10**5, 10**6)}" if paid else "",
            "obstacles": ",".join(dict.fromkeys(case.need.obstacles)), "obstacle_note": "", "notes": "",
            "next_action": action, "next_action_due": due, "outcome": case.outcome,
            "outcome_reason": case.outcome_reason, "opened_on": case.opened, "closed_on": case.closed_on,
            "last_moved_at": case.moved, "created_at": case.events[0]["at"], "updated_at": case.moved, "version": 1,
        }

    def check_rows(self, case: _Case, lines: list[str]) -> list[dict]:
        reached = case.reached
        return [{"application_id": case.app_id, "text": text, "position": i,
                 "done": reached >= 2 or (reached == 1 and self.rng.random() < 0.5)}
                for i, text in enumerate(lines)]

    def referral(self, members: list[_CaseMember], registered: dt.date, organisations: dict[str, tuple[int, str, str]],
                 ids: dict[str, int]) -> tuple[dict, list[dict], dict, list[dict]] | None:
        """(referral, its events, the consent it needs, the consent's scopes) for one member."""
        rng, today = self.rng, self.today
        person = rng.choice(members)
        child = person.born is not None and (today - person.born).days < 18 * DAYS_PER_YEAR
        if child:
            service = "school_enrolment" if rng.random() < 0.7 else "health_centre"
        else:
            service = self.choose(_weighted((("psychosocial_support", 35), ("livelihoods", 30), ("health_centre", 20),
                                             ("legal_representation", 10), ("shelter", 5))))
        if service not in organisations:
            return None
        org_id, org_name, focal_point = organisations[service]
        sent = self.day_between(max(registered, today - dt.timedelta(days=240)), today)
        urgency = self.choose(self.urgencies)
        wait = referrals.DEFAULT_FOLLOW_UP_DAYS[urgency]
        owner = self.choose(self.referral_owners)
        ids["referral"] += 1
        referral_id = ids["referral"]
        state, due, answered, closed = "sent", sent + dt.timedelta(days=wait), None, None
        steps: list[tuple[str, dt.date]] = [("sent", sent)]
        if (today - sent).days > wait:
            roll = rng.random()
            if roll < 0.15:
                pass  # nobody followed it up: overdue
            elif roll < 0.3:
                asked = self.day_between(sent + dt.timedelta(days=wait), today)
                steps.append(("no_answer", asked))
                state, due = "no_answer", asked + dt.timedelta(days=7)
            elif roll < 0.4:
                answered = closed = self.day_between(sent + dt.timedelta(days=2), today)
                steps.append(("refused", answered))
                state, due = "refused", None
            else:
                answered = self.day_between(sent + dt.timedelta(days=2),
                                            min(today, sent + dt.timedelta(days=wait + 10)))
                steps.append(("accepted", answered))
                state, due = "accepted", answered + dt.timedelta(days=self.days((14, 30, 21)))
                if (today - answered).days > 20 and rng.random() < 0.7:
                    closed = self.day_between(answered + dt.timedelta(days=5), min(today, answered
                                                                                   + dt.timedelta(days=60)))
                    steps.append(("service_given", closed))
                    state, due = "service_given", None
        username = owner or "admin"
        events = []
        previous = ""
        for target, on in steps:
            events.append({"referral_id": referral_id, "at": self.time_on(on), "username": username,
                           "from_state": previous, "to_state": target, "on": on, "note": ""})
            previous = target
        row = {
            "id": referral_id, "person_id": person.id, "reference": "", "service": service,
            "organisation_id": org_id, "focal_point": focal_point, "reason": REFERRAL_REASONS[service],
            "urgency": urgency, "state": state, "sent_on": sent, "follow_up_due": due, "answered_on": answered,
            "closed_on": closed, "owner_id": self.users.get(owner), "notes": "",
            "created_at": events[0]["at"], "updated_at": events[-1]["at"], "version": 1,
        }
        ids["consent"] += 1
        given_on = max(registered, sent - dt.timedelta(days=rng.randint(0, 5)))
        # A child's consent is given by the head of the household (named when the rows are written).
        consent = {"id": ids["consent"], "person_id": person.id, "given_by": "guardian" if child else "self",
                   "guardian_name": members[0].id if child else "", "given_on": given_on, "withdrawn_on": None,
                   "notes": ""}
        scopes = [{"consent_id": ids["consent"], "scope": scope, "agency": agency}
                  for scope, agency in (("registration", ""), ("referral", ""), ("sharing", org_name))]
        return row, events, consent, scopes


def _short_names(db: Session, ids: list[int]) -> dict[int, str]:
    """First and father's name of these people."""
    found: dict[int, str] = {}
    for start in range(0, len(ids), 900):
        for pid, first, father in db.execute(select(Person.id, Person.first_name, Person.father_name)
                                             .where(Person.id.in_(ids[start:start + 900]))):
            found[pid] = f"{first} {father}".strip()
    return found


def _ensure_demo_users(session: UserSession, db: Session, change: users.SlotChange) -> dict[str, int | None]:
    """The demo's users by user name, made with the demo password (and no change asked) if missing."""
    password = session.vault.demo_password or "demo"
    found = {u.username: u for u in db.scalars(select(User))}
    for username, full_name, role in DEMO_USERS:
        if username not in found:
            user = User(username=username, full_name=full_name, role=role.value,
                        can_view_sensitive=role is not Role.MANAGER, must_change_password=False)
            db.add(user)
            db.flush()
            change.install(db, user, bytearray(password.encode()), None)
            found[username] = user
    known: dict[str, int | None] = {name: u.id for name, u in found.items() if u.is_active}
    known[""] = None
    return known


def _no_court_workflows(session: UserSession) -> None:
    """Documents obtained without a court get the default workflow without its court steps, as an
    office sets them up in the workflow settings (audited there)."""
    with session.transaction() as db:
        own = set(db.scalars(select(WorkflowState.doc_type).where(WorkflowState.doc_type != "")))
        default = [workflow_admin.StateInput(r.code, r.name_ar, r.name_en, r.kind) for r in db.scalars(
            select(WorkflowState).where(WorkflowState.doc_type == "").order_by(WorkflowState.position,
                                                                                WorkflowState.id))]
    states = [s for s in default if s.code not in COURT_STEPS]
    for doc_type in NO_COURT:
        if doc_type not in own:
            workflow_admin.save_workflow(session, doc_type, states)


def _demo_organisations(db: Session) -> dict[str, tuple[int, str, str]]:
    """service -> (organisation id, Arabic name, focal point); added if the address book lacks them."""
    have = {name: org for org in db.scalars(select(Organisation)) for name in (org.name_ar,)}
    found: dict[str, tuple[int, str, str]] = {}
    next_id = (db.scalar(select(func.max(Organisation.id))) or 0) + 1
    for name_ar, name_en, service, focal_point, phone in ORGANISATIONS:
        org = have.get(name_ar)
        if org is None:
            db.execute(insert(Organisation.__table__), [{
                "id": next_id, "name_ar": name_ar, "name_en": name_en, "services": service,
                "focal_point": focal_point, "phone": phone, "email": "", "address": "الموصل", "active": True}])
            found[service] = (next_id, name_ar, focal_point)
            next_id += 1
        else:
            found[service] = (org.id, org.name_ar, org.focal_point)
    return found


@dataclass
class _Chunk:
    """What one range of households holds: members, documents held, mothers."""

    registered: dict[int, dt.date]
    members: dict[int, list[_CaseMember]]
    held: dict[int, set[str]]
    mothers: dict[int, int]


# Tables whose secondary indexes are dropped before the bulk insert and built once after it: kept
# row by row, each of the application's five index updates paid SQLCipher's locked-memory
# allocations (20,000 applications took 5 s with them, 1.2 s without, plus 0.6 s to build them).
# The tables keyed by application id are written in that order and gain nothing from it.
BULK_TABLES = (Application, Hearing)


@contextmanager
def _indexes_built_after(db: Session) -> Iterator[None]:
    """Drop the bulk tables' secondary indexes, and create them again after the block, in the
    caller's transaction (if it fails, the rollback brings them back)."""
    conn = db.connection()
    indexes = [index for model in BULK_TABLES for index in model.__table__.indexes]
    for index in indexes:
        index.drop(conn)
    yield
    for index in indexes:
        index.create(conn)


def _read_chunk(db: Session, low: int, high: int) -> _Chunk:
    registered = {hid: (created + BAGHDAD_UTC_OFFSET).date() for hid, created in db.execute(
        select(Household.id, Household.created_at).where(Household.id.between(low, high)))}
    members: dict[int, list[_CaseMember]] = {}
    for pid, hid, sex, born, marital, rel in db.execute(
        select(Person.id, Person.household_id, Person.sex, Person.birth_date, Person.marital_status,
               Person.relationship_to_head)
        .where(Person.household_id.between(low, high), Person.archived_at.is_(None))
        .order_by(Person.household_id, Person.id)
    ):
        members.setdefault(hid, []).append(_CaseMember(pid, sex, born, marital or "", rel or ""))
    ids = [m.id for group in members.values() for m in group]
    held: dict[int, set[str]] = {pid: set() for pid in ids}
    mothers: dict[int, int] = {}
    if ids:
        first_id, last_id = min(ids), max(ids)
        for pid, doc_type in db.execute(select(DocumentHeld.person_id, DocumentHeld.doc_type)
                                        .where(DocumentHeld.person_id.between(first_id, last_id))):
            if pid in held:
                held[pid].add(doc_type)
        for pid, mother in db.execute(select(Relation.person_id, Relation.related_person_id)
                                      .where(Relation.person_id.between(first_id, last_id), Relation.kind == "mother")):
            mothers[pid] = mother
    for group in members.values():
        head = group[0]
        if head.relationship == "head" and head.sex == "F":
            # As plans.py reads a household: a woman head is the mother of the head's sons and daughters.
            for m in group:
                if m.relationship in ("son", "daughter"):
                    mothers.setdefault(m.id, head.id)
    return _Chunk(registered, members, held, mothers)


def populate_casework(
    session: UserSession,
    *,
    applications: int,
    seed: int = 2026,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> CaseworkCounts:
    """Add `applications` document applications (fewer only if the people need fewer) with their
    checklists, timelines, hearings and dependencies, and about one referral for every ten
    applications (with the consent each needs), to the people of a demo vault: one transaction,
    one audit entry. The same seed, people and `today` give the same casework."""
    if applications < 0:
        raise ValueError("applications must not be negative")
    if not session.vault.demo:
        raise SanadError(text=NOT_A_DEMO_VAULT)
    session.require(Action.MANAGE_APPLICATIONS)
    session.require(Action.EDIT_SETTINGS)
    today = today or dt.date.today()
    _no_court_workflows(session)
    pattern = referrals.reference_pattern(office.get_settings(session)[referrals.PATTERN_SETTING])
    change = users.SlotChange(session.vault)
    written = {"applications": 0, "hearings": 0, "dependencies": 0, "referrals": 0}
    with session.transaction() as db:
        known_users = _ensure_demo_users(session, db, change)
        gen = _CaseworkGenerator(seed, today, known_users)
        rng = gen.rng
        types = {t.code: t for t in db.scalars(select(DocumentType))}
        workflows = {code: workflow_for(db, code) for code in types}
        checklists: dict[str, list[str]] = {}
        for item in db.scalars(select(ChecklistItem).where(ChecklistItem.active.is_(True))
                               .order_by(ChecklistItem.position, ChecklistItem.id)):
            checklists.setdefault(item.doc_type, []).append(item.text_ar or item.text_en)
        organisations = _demo_organisations(db)
        counters = {year: last for year, last in db.execute(
            select(ReferenceCounter.year, ReferenceCounter.last_seq)
            .where(ReferenceCounter.kind == referrals.REFERENCE_KIND))}
        ids = {"referral": db.scalar(select(func.max(Referral.id))) or 0,
               "consent": db.scalar(select(func.max(Consent.id))) or 0}
        next_app = (db.scalar(select(func.max(Application.id))) or 0) + 1
        first_household, last_household = db.execute(select(func.min(Household.id), func.max(Household.id))).one()
        tables = {"app": Application, "check": ApplicationCheck, "event": ApplicationEvent, "hearing": Hearing,
                  "dep": ApplicationDependency, "consent": Consent, "scope": ConsentScope, "referral": Referral,
                  "referral_event": ReferralEvent}
        rows: dict[str, list[dict]] = {key: [] for key in tables}

        def flush(final: bool = False) -> None:
            if final:
                guardians = {row["guardian_name"] for row in rows["consent"] if row["given_by"] == "guardian"}
                names_of = _short_names(db, sorted(guardians))
                for row in rows["consent"]:
                    if row["given_by"] == "guardian":
                        row["guardian_name"] = names_of.get(row["guardian_name"], "")
                # References are numbered per year in the order the referrals were sent.
                for row in sorted(rows["referral"], key=lambda r: (r["sent_on"], r["id"])):
                    year = row["sent_on"].year
                    counters[year] = counters.get(year, 0) + 1
                    row["reference"] = pattern.format(year, counters[year])
            for key, model in tables.items():
                if key in REFERRAL_TABLES and not final:
                    continue
                if rows[key]:
                    db.execute(insert(model.__table__), rows[key])
            written["hearings"] += len(rows["hearing"])
            written["dependencies"] += len(rows["dep"])
            written["referrals"] += len(rows["referral"]) if final else 0
            for key, value in rows.items():
                if final or key not in REFERRAL_TABLES:
                    value.clear()
            if progress is not None:
                progress(written["applications"], applications)

        def take(hid: int, chunk: _Chunk, remaining: int) -> int:
            """Open the applications household `hid` needs (at most `remaining`); how many."""
            nonlocal next_app
            group = chunk.members[hid]
            needs = [n for n in gen.needs(group, chunk.held, chunk.mothers)
                     if (n.person_id, n.doc_type) not in applied][:remaining]
            if not needs:
                return 0
            opened = gen.day_between(max(chunk.registered[hid], today - dt.timedelta(days=730)), today)
            owner = gen.choose(gen.owners)
            cases: list[_Case] = []
            for need in needs:
                later = dt.timedelta(days=rng.choice((0, 0, 0, 1, 7, 30)))
                case = _Case(next_app, need, workflows[need.doc_type], owner, min(today, opened + later))
                next_app += 1
                waits = cases[need.waits_for] if need.waits_for is not None else None
                case.blocked = waits is not None and waits.issued_on is None
                gen.walk(case, waits.issued_on if waits is not None else None)
                if case.blocked and waits.closed_on is not None and case.workflow.state(case.state).kind == "open":
                    gen.hold(case, max(waits.closed_on, case.moved.date()), WAITED_FOR_CLOSED)
                cases.append(case)
                rows["app"].append(gen.application_row(case, types[need.doc_type].authority_ar))
                rows["check"] += gen.check_rows(case, checklists.get(need.doc_type, []))
                rows["event"] += case.events
                rows["hearing"] += case.hearings
                if waits is not None:
                    rows["dep"].append({"application_id": case.app_id, "depends_on_id": waits.app_id})
            if rng.random() < REFERRALS_PER_APPLICATION * len(cases):
                made = gen.referral(group, chunk.registered[hid], organisations, ids)
                if made is not None:
                    referral, events, consent, scopes = made
                    rows["referral"].append(referral)
                    rows["referral_event"] += events
                    rows["consent"].append(consent)
                    rows["scope"] += scopes
            return len(cases)

        # Households are taken at the pace that spreads the applications over all of them (the
        # yield of a household learnt as it goes); a second pass tops up if the first fell short.
        chosen: set[int] = set()
        per_household = 2.0
        applied = {(pid, doc_type) for pid, doc_type in db.execute(select(Application.person_id, Application.doc_type))}
        with _indexes_built_after(db):
            for top_up in (False, True):
                low = first_household
                while low is not None and low <= last_household and written["applications"] < applications:
                    high = low + CASE_CHUNK_HOUSEHOLDS - 1
                    chunk = _read_chunk(db, low, high)
                    for hid in sorted(chunk.members):
                        remaining = applications - written["applications"]
                        if remaining <= 0:
                            break
                        if hid in chosen:
                            continue
                        pace = remaining / (max(1, last_household - hid + 1) * per_household)
                        if not top_up and rng.random() >= 1.1 * pace:
                            continue
                        chosen.add(hid)
                        written["applications"] += take(hid, chunk, remaining)
                        per_household = max(0.5, written["applications"] / len(chosen))
                    if len(rows["app"]) >= CASE_FLUSH_APPLICATIONS:
                        flush()
                    low = high + 1
            flush(final=True)
        for year, last in counters.items():
            counter = db.get(ReferenceCounter, (referrals.REFERENCE_KIND, year))
            if counter is None:
                db.add(ReferenceCounter(kind=referrals.REFERENCE_KIND, year=year, last_seq=last))
            else:
                counter.last_seq = max(counter.last_seq, last)
        db.flush()
        audit.append(db, session.user.actor, "demo_casework_generated", details={
            "applications": written["applications"], "households": len(chosen),
            "referrals": written["referrals"]})
        change.before_commit(db)
    change.after_commit()
    return CaseworkCounts(
        applications=written["applications"], hearings=written["hearings"], dependencies=written["dependencies"],
        referrals=written["referrals"], organisations=len(organisations),
        users=sum(1 for name, *_ in DEMO_USERS if name in known_users),
    )
