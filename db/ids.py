"""People's ids are never given twice. SQLite, without AUTOINCREMENT, hands the highest id out
again once that row is deleted; a person's id keys their audit subject key and the merge record,
so a new person must never inherit a deleted (or merged-away) one's. The highest id ever used is
kept in `reference_counter` (kind "person.id") and every ORM insert takes the next one. Bulk
loads (the demo) call `record_highest` after inserting with ids of their own."""

from __future__ import annotations

from sqlalchemy import event, func, insert, select, update
from sqlalchemy.engine import Connection

from db.models import Person, ReferenceCounter

KIND = "person.id"
_counter = ReferenceCounter.__table__


def _bump(connection: Connection, used: int) -> int:
    """Raise the mark to at least `used` (and the table's highest id); the mark afterwards."""
    last = connection.scalar(select(_counter.c.last_seq).where(_counter.c.kind == KIND, _counter.c.year == 0))
    highest = connection.scalar(select(func.max(Person.id))) or 0
    mark = max(last or 0, highest, used)
    if last is None:
        connection.execute(insert(_counter).values(kind=KIND, year=0, last_seq=mark))
    elif mark != last:
        connection.execute(update(_counter).where(_counter.c.kind == KIND, _counter.c.year == 0).values(last_seq=mark))
    return mark


@event.listens_for(Person, "before_insert")
def _fresh_id(mapper, connection: Connection, target: Person) -> None:
    if target.id is None:
        target.id = _bump(connection, 0) + 1
    _bump(connection, target.id)


def record_highest(connection: Connection) -> None:
    """After a bulk insert that chose its own ids."""
    _bump(connection, 0)
