"""Figures for the home screen."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from db.models import Household, Person
from db.permissions import Action
from db.session import UserSession


@dataclass(frozen=True)
class Overview:
    households: int
    people: int
    women: int
    children: int


def _years_ago(years: int, today: dt.date | None = None) -> dt.date:
    today = today or dt.date.today()
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def overview(session: UserSession) -> Overview:
    session.require(Action.VIEW_PEOPLE)
    with session.transaction() as db:
        households = db.scalar(select(func.count()).select_from(Household)) or 0
        people = db.scalar(select(func.count()).select_from(Person)) or 0
        women = db.scalar(select(func.count()).select_from(Person).where(Person.sex == "F")) or 0
        children = db.scalar(
            select(func.count()).select_from(Person).where(Person.birth_date > _years_ago(18))
        ) or 0
    return Overview(households, people, women, children)
