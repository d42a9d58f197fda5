"""Figures for the home screen."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from db.models import Household, Person
from db.permissions import Action
from db.session import UserSession
from db.validation import add_years


@dataclass(frozen=True)
class Overview:
    households: int
    people: int
    women: int
    children: int


def overview(session: UserSession) -> Overview:
    session.require(Action.VIEW_PEOPLE)
    with session.transaction() as db:
        households = db.scalar(select(func.count()).select_from(Household)) or 0
        people = db.scalar(select(func.count()).select_from(Person)) or 0
        women = db.scalar(select(func.count()).select_from(Person).where(Person.sex == "F")) or 0
        children = db.scalar(
            select(func.count()).select_from(Person).where(Person.birth_date > add_years(dt.date.today(), -18))
        ) or 0
    return Overview(households, people, women, children)
