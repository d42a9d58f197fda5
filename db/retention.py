"""Retention: closed files that have not moved for a set period are listed, then archived or purged
(domain.md section 7; security cases D1, D2).

A *closed file* is a person whose applications and referrals are all closed (or who has none) and
whose record, applications and referrals have not changed for `months` months (the office setting
`retention_months`, or what the caller asks).

    closed_files(session, months=)          list them; changes nothing
    archive(session, ids, reason=)          hide them from normal lists; admins can still open them
    purge(session, ids, reason=)            remove all their personal data, keep a minimal record
    archive_closed / purge_closed           the same for every closed file

Purging one person, in ONE transaction: every row that points at the person (documents,
relations, consents and their scopes, the sensitive profile, applications with their checklists,
timelines and hearings, referrals with their events, letters with their stored PDFs, merges kept
into them, "not the same person" marks) and the person's row itself are deleted, the search index
entry goes with it (triggers in db/search_sqlite.py), the household goes too when nobody is left
in it; a `RetentionRecord` keeps the file number, dates, reason and who; the audit log gets a
"purge" entry naming the id and counts only. The per-person audit keys are destroyed, so every
earlier audit value about the person (sealed under them, see db/audit.py) becomes unreadable while
the hash chain still verifies. After the transaction the vault is VACUUMed (db/sqlcipher.py) so no
freed page keeps the data. Backups made before still hold it until they are rotated out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import delete, exists, func, or_, select, update
from sqlalchemy.orm import Session

from db import audit, office, sqlcipher
from db.errors import NoSuchRecord, SanadError, ValidationError
from db.i18n import QT_TRANSLATE_NOOP
from db.models import (
    Application,
    AuditSubjectKey,
    Base,
    Household,
    Person,
    PersonMerge,
    Referral,
    utcnow,
)
from db.models_retention import RetentionRecord
from db.permissions import Action
from db.session import UserSession

SETTING = "retention_months"
DEFAULT_REASON = "retention period passed"
MAX_REASON = 500


class NotClosed(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError",
        "The file %1 is not a closed file without movement for %2 months (something is open or moved "
        "since). Nothing was changed.",
    )


def default_months(session: UserSession) -> int:
    return int(office.get_settings(session).get(SETTING, 60))


def months_before(day: dt.datetime, months: int) -> dt.datetime:
    """The same moment `months` calendar months earlier (the 31st becomes the month's last day)."""
    if months < 1:
        raise ValidationError("months", QT_TRANSLATE_NOOP("SanadError", "Enter a whole number from %1 to %2."), 1, 600)
    year, month = divmod(day.year * 12 + (day.month - 1) - months, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class ClosedFile:
    person_id: int
    file_number: str
    registered_on: dt.date | None
    last_movement: dt.datetime
    archived: bool
    applications: int
    referrals: int

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["registered_on"] = self.registered_on.isoformat() if self.registered_on else None
        data["last_movement"] = self.last_movement.isoformat()
        return data


@dataclass
class RetentionDone:
    file_numbers: list[str] = field(default_factory=list)
    vacuumed: bool = False
    free_pages: int | None = None


def _open_or_moved(cutoff: dt.datetime):
    """People with an open application or referral, or casework that moved since `cutoff`."""
    app = exists().where(Application.person_id == Person.id, or_(
        Application.closed_on.is_(None), Application.last_moved_at >= cutoff, Application.updated_at >= cutoff))
    ref = exists().where(Referral.person_id == Person.id, or_(
        Referral.closed_on.is_(None), Referral.updated_at >= cutoff))
    return or_(app, ref)


def _query(cutoff: dt.datetime):
    apps = select(func.count(Application.id)).where(Application.person_id == Person.id).scalar_subquery()
    refs = select(func.count(Referral.id)).where(Referral.person_id == Person.id).scalar_subquery()
    app_moved = select(func.max(Application.last_moved_at)).where(Application.person_id == Person.id).scalar_subquery()
    ref_moved = select(func.max(Referral.updated_at)).where(Referral.person_id == Person.id).scalar_subquery()
    return (
        select(Person.id, Person.file_number, Person.created_at, Person.updated_at, Person.archived_at,
               apps, refs, app_moved, ref_moved)
        .where(Person.updated_at < cutoff, ~_open_or_moved(cutoff))
        .order_by(Person.file_number)
    )


def _closed(db: Session, cutoff: dt.datetime, ids: list[int] | None = None) -> list[ClosedFile]:
    query = _query(cutoff)
    if ids is not None:
        query = query.where(Person.id.in_(ids))
    found = []
    for pid, number, created, updated, archived, apps, refs, app_moved, ref_moved in db.execute(query):
        moved = max(m for m in (created, updated, app_moved, ref_moved) if m is not None)
        found.append(ClosedFile(pid, number, created.date() if created else None, moved, archived is not None,
                                apps or 0, refs or 0))
    return found


def closed_files(
    session: UserSession, *, months: int | None = None, now: dt.datetime | None = None
) -> list[ClosedFile]:
    """Closed files without movement for `months` months (default: the office setting)."""
    session.require(Action.RETENTION)
    months = default_months(session) if months is None else months
    cutoff = months_before(now or utcnow(), months)
    with session.transaction() as db:
        return _closed(db, cutoff)


def _checked(db: Session, ids: list[int], months: int, now: dt.datetime | None) -> list[ClosedFile]:
    """The files for these ids, each still closed and still without movement (else nothing changes)."""
    cutoff = months_before(now or utcnow(), months)
    found = {f.person_id: f for i in range(0, len(ids), CHUNK) for f in _closed(db, cutoff, ids[i:i + CHUNK])}
    for pid in ids:
        if pid not in found:
            person = db.get(Person, pid)
            if person is None:
                raise NoSuchRecord(pid)
            raise NotClosed(person.file_number, months)
    return [found[pid] for pid in dict.fromkeys(ids)]


def _reason(text: str) -> str:
    text = (text or "").strip() or DEFAULT_REASON
    if len(text) > MAX_REASON:
        raise ValidationError("reason", QT_TRANSLATE_NOOP("SanadError", "This text is too long."))
    return text


def archive(session: UserSession, person_ids: list[int], *, months: int | None = None, reason: str = "",
            now: dt.datetime | None = None) -> RetentionDone:
    """Hide closed files from normal lists (one transaction; each change audited)."""
    session.require(Action.RETENTION)
    months = default_months(session) if months is None else months
    reason = _reason(reason)
    done = RetentionDone()
    with session.transaction() as db:
        for closed in _checked(db, list(person_ids), months, now):
            if closed.archived:
                continue
            # Archiving is not movement: the last-changed time stays, so the file can be purged later.
            db.execute(update(Person).where(Person.id == closed.person_id).values(
                archived_at=utcnow(), updated_at=Person.updated_at, version=Person.version + 1))
            audit.append(db, session.user.actor, "archive", "person", closed.person_id,
                         details={"reason": reason, "months": months})
            done.file_numbers.append(closed.file_number)
    return done


CHUNK = 500  # ids per IN list (well under SQLite's limit on bound values)


def _delete_where(db: Session, table, columns: tuple[str, ...], ids: list[int]) -> tuple[dict[int, int], list[str]]:
    """Delete rows of `table` whose `columns` hold one of `ids`: (rows per id, the rows' single-column
    keys, for their audit keys)."""
    condition = or_(*(table.c[c].in_(ids) for c in columns))
    keys: list[str] = []
    per_id: dict[int, int] = {}
    pk = list(table.primary_key.columns)
    wanted = set(ids)
    columns_and_pk = [table.c[c] for c in columns] + ([pk[0]] if len(pk) == 1 else [])
    for row in db.execute(select(*columns_and_pk).where(condition)):
        for value in set(row[:len(columns)]) & wanted:
            per_id[value] = per_id.get(value, 0) + 1
        if len(pk) == 1:
            keys.append(str(row[-1]))
    if per_id:
        db.execute(delete(table).where(condition))
    return per_id, keys


def _references(target) -> list[tuple[Any, tuple[str, ...]]]:
    """Every table with a foreign key to `target`.id, dependents first."""
    found = []
    for table in reversed(Base.metadata.sorted_tables):
        columns = tuple(sorted({fk.parent.name for fk in table.foreign_keys
                                if fk.references(target) and fk.column.name == "id"}))
        if columns and table is not target:
            found.append((table, columns))
    return found


def _forget_keys(db: Session, pairs: set[tuple[str, str]]) -> None:
    table = AuditSubjectKey.__table__
    by_entity: dict[str, list[str]] = {}
    for entity, entity_id in pairs:
        by_entity.setdefault(entity, []).append(entity_id)
    for entity, entity_ids in by_entity.items():
        for i in range(0, len(entity_ids), CHUNK):
            db.execute(delete(table).where(table.c.entity == entity, table.c.entity_id.in_(entity_ids[i:i + CHUNK])))


def _purge_many(db: Session, session: UserSession, files: list[ClosedFile], reason: str) -> None:
    """Purge these closed files with a few statements per table for the whole batch."""
    person_table, household_table = Person.__table__, Household.__table__
    pids = [f.person_id for f in files]
    households = dict(db.execute(select(person_table.c.id, person_table.c.household_id)
                                 .where(person_table.c.id.in_(pids))).all())
    keys: set[tuple[str, str]] = {("person", str(pid)) for pid in pids}
    # People merged into these earlier: their own audit values are theirs to lose too.
    for merged in db.scalars(select(PersonMerge.merged_id).where(PersonMerge.kept_id.in_(pids))):
        keys.add(("person", str(merged)))
    removed: dict[int, dict[str, int]] = {pid: {} for pid in pids}
    for table, columns in _references(person_table):
        per_id, row_keys = _delete_where(db, table, columns, pids)
        for pid, count in per_id.items():
            removed[pid][table.name] = count
        keys.update((table.name, k) for k in row_keys)
    for obj in [o for o in db.identity_map.values() if isinstance(o, Person | Household)]:
        db.expunge(obj)
    db.execute(delete(person_table).where(person_table.c.id.in_(pids)))
    # Households nobody is left in go too.
    candidates = {h for h in households.values() if h is not None}
    still = set(db.scalars(select(person_table.c.household_id).where(person_table.c.household_id.in_(candidates))
                           .distinct())) if candidates else set()
    empty = sorted(candidates - still)
    if empty:
        for table, columns in _references(household_table):
            if table is person_table:
                continue
            _per_id, row_keys = _delete_where(db, table, columns, empty)
            keys.update((table.name, k) for k in row_keys)
        db.execute(delete(household_table).where(household_table.c.id.in_(empty)))
        keys.update(("household", str(h)) for h in empty)
        for pid, hid in households.items():
            if hid in empty:
                removed[pid]["household"] = 1
    now = utcnow()
    db.add_all(RetentionRecord(
        file_number=f.file_number, person_id=f.person_id, registered_on=f.registered_on,
        last_movement_on=f.last_movement.date(), purged_at=now, purged_by=session.user.username,
        reason=reason, applications=f.applications, referrals=f.referrals,
    ) for f in files)
    db.flush()
    for pid in pids:
        audit.append(db, session.user.actor, "purge", "person", pid,
                     details={"reason": reason, "removed": removed[pid]})
    _forget_keys(db, keys)


def purge(session: UserSession, person_ids: list[int], *, months: int | None = None, reason: str = "",
          now: dt.datetime | None = None, vacuum: bool = True) -> RetentionDone:
    """Remove the personal data of these closed files (one transaction), then VACUUM."""
    session.require(Action.RETENTION)
    months = default_months(session) if months is None else months
    reason = _reason(reason)
    done = RetentionDone()
    with session.transaction() as db:
        files = _checked(db, list(person_ids), months, now)
        for i in range(0, len(files), CHUNK):
            _purge_many(db, session, files[i:i + CHUNK], reason)
        done.file_numbers = [f.file_number for f in files]
    if vacuum and done.file_numbers:
        done.free_pages = compact(session)
        done.vacuumed = True
    return done


def compact(session: UserSession) -> int:
    """VACUUM the vault (no freed page keeps deleted data); returns the free pages left (0)."""
    session.require(Action.RETENTION)
    vault = session.vault
    # Pooled connections hold no transaction here; dropping them lets VACUUM take the file.
    vault.sessionmaker.kw["bind"].dispose()
    return sqlcipher.vacuum(vault.path, vault.master_key)


def archive_closed(session: UserSession, *, months: int | None = None, reason: str = "",
                   now: dt.datetime | None = None) -> RetentionDone:
    files = closed_files(session, months=months, now=now)
    return archive(session, [f.person_id for f in files], months=months, reason=reason, now=now)


def purge_closed(session: UserSession, *, months: int | None = None, reason: str = "",
                 now: dt.datetime | None = None) -> RetentionDone:
    files = closed_files(session, months=months, now=now)
    if not files:
        return RetentionDone()
    return purge(session, [f.person_id for f in files], months=months, reason=reason, now=now)


def purged_records(session: UserSession, limit: int = 500) -> list[RetentionRecord]:
    """The minimal records of purged files, newest first."""
    session.require(Action.RETENTION)
    with session.transaction() as db:
        return list(db.scalars(select(RetentionRecord).order_by(RetentionRecord.purged_at.desc()).limit(limit)))
