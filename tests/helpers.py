"""Small helpers shared by tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from db.models import Household, Person


def add_people(session, count: int, marker: str = "ZZMARK") -> list[int]:
    """Insert households and people through the ORM (so they are audited like real edits)."""
    ids = []
    with session.transaction() as db:
        for i in range(count):
            household = Household(district="الموصل", neighbourhood=f"{marker} حي {i}", phone="07701234567")
            db.add(household)
            db.flush()
            person = Person(
                household_id=household.id, file_number=f"MOS-2026-{i + 1:05d}",
                first_name=f"{marker}-فاطمة-{i}", father_name="أحمد", grandfather_name="علي",
                family_name="الجبوري", mother_name=f"{marker} زينب حسن", name_latin=f"{marker} Fatima {i}",
                sex="F", birth_date=dt.date(1990, 1, 1) + dt.timedelta(days=i), relationship_to_head="head",
            )
            db.add(person)
            db.flush()
            ids.append(person.id)
    return ids


@contextmanager
def demo_session(folder: Path, people: int, *, today: dt.date | None = None) -> Iterator:
    """An unlocked demo vault of `people` synthetic people, for module-scoped fixtures (which
    cannot use the per-test cheap-KDF fixture, so it is swapped here and put back after)."""
    from db import keyslots
    from db.demo import populate
    from db.vault import Vault
    from tests.conftest import FAST_KDF

    original = keyslots.DEFAULT_KDF
    keyslots.DEFAULT_KDF = FAST_KDF
    try:
        session, _ = Vault.create(folder / "demo.sanad", admin_username="admin", admin_password="demo",
                                  demo_password="demo")
        populate(session, people=people, today=today)
        try:
            yield session
        finally:
            session.vault.close()
    finally:
        keyslots.DEFAULT_KDF = original
