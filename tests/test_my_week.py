"""My week with a frozen clock: each section's rows (what is in, what is out: closed applications,
other owners, next week's hearings, future actions), the badge counts, who may see the office's
week, and the demo casework (counts, states the workflow knows, dependencies without a cycle)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, inspect, select, update

from db import applications, audit, demo, my_week, office, people, referrals, users
from db.applications import ApplicationInput, HearingInput
from db.errors import PermissionDenied
from db.models import (
    Application,
    ApplicationCheck,
    ApplicationDependency,
    ApplicationEvent,
    AuditEntry,
    Hearing,
    Organisation,
    Person,
    Referral,
    User,
)
from db.permissions import Role
from db.session import CurrentUser, UserSession
from db.workflow import find_cycle
from tests.test_people import HOUSEHOLD, family

TODAY = dt.date(2026, 11, 25)  # a Wednesday
DAY = dt.timedelta(days=1)


def session_for(admin, username: str, role: Role) -> UserSession:
    info = users.add_user(admin, username, "a-long-password-for-tests-1", role=role, full_name=username.title(),
                          must_change_password=False)
    return UserSession(admin.vault, CurrentUser(info.id, info.username, info.full_name, Role(info.role), False))


class Office:
    """A small office: two lawyers, a manager, a staff member, one household of six, and
    applications placed on every side of each section's edges."""

    def __init__(self, admin) -> None:
        self.admin = admin
        self.huda = session_for(admin, "huda", Role.LEGAL)
        self.omar = session_for(admin, "omar", Role.LEGAL)
        self.mona = session_for(admin, "mona", Role.MANAGER)
        self.sara = session_for(admin, "sara", Role.STAFF)
        saved = people.register_household(admin, HOUSEHOLD, family(), today=TODAY)
        self.people = saved.person_ids
        huda, omar = self.huda.user.id, self.omar.user.id
        self.overdue = self.new(1, huda, "Ask the hospital for the birth notice", TODAY - 3 * DAY)
        self.due_today = self.new(2, huda, "Take the witnesses to court", TODAY)
        self.tomorrow = self.new(3, huda, "Call the court clerk", TODAY + DAY)
        self.closed = self.new(4, huda, "Never done: the case closed", TODAY - 5 * DAY)
        self.omars = self.new(5, omar, "Collect the ration card", TODAY - DAY)
        self.nobodys = self.new(0, None, "Assign a lawyer", TODAY - 2 * DAY, doc_type="national_card")
        # Hearings of huda's: today (to record), in six days (in), in seven (next week: out),
        # ten days ago never recorded (in), ten days ago recorded (out), 61 days ago never recorded (out).
        self.hearing(self.overdue, TODAY, court="محكمة الأحوال الشخصية في الموصل")
        self.hearing(self.overdue, TODAY + 6 * DAY)
        self.hearing(self.overdue, TODAY + 7 * DAY)
        self.hearing(self.due_today, TODAY - 10 * DAY)
        self.hearing(self.tomorrow, TODAY - 10 * DAY, outcome="adjourned")
        self.hearing(self.tomorrow, TODAY - 61 * DAY)
        self.hearing(self.closed, TODAY + 2 * DAY)  # on a closed application: out
        self.hearing(self.omars, TODAY + DAY)
        self.hearing(self.nobodys, TODAY + 3 * DAY)
        version = applications.load_application(admin, self.closed).version
        applications.move(admin, self.closed, "closed_unsuccessful", "moved to Erbil", close_reason="relocated",
                          version=version, today=TODAY)
        # Movement: 40 days ago (stale), 30 days ago late in the day (stale at 30), 29 days ago (not).
        self.moved(self.due_today, dt.datetime.combine(TODAY - 40 * DAY, dt.time(9)))
        self.moved(self.tomorrow, dt.datetime.combine(TODAY - 30 * DAY, dt.time(23, 30)))
        self.moved(self.overdue, dt.datetime.combine(TODAY - 29 * DAY, dt.time(0, 5)))
        self.moved(self.closed, dt.datetime.combine(TODAY - 90 * DAY, dt.time(9)))
        self.moved(self.omars, dt.datetime.combine(TODAY - 35 * DAY, dt.time(9)))
        self.moved(self.nobodys, dt.datetime.combine(TODAY - 5 * DAY, dt.time(9)))
        with admin.transaction() as db:
            org = Organisation(name_ar="مدرسة النور", name_en="Al-Noor School")
            db.add(org)
            db.flush()
            self.referrals = {}
            for name, owner, state, due in (
                ("huda_overdue", huda, "sent", TODAY - DAY), ("huda_due_today", huda, "sent", TODAY),
                ("huda_done", huda, "service_given", TODAY - 9 * DAY), ("huda_accepted", huda, "accepted",
                                                                          TODAY - 20 * DAY),
                ("sara_overdue", self.sara.user.id, "no_answer", TODAY - 4 * DAY),
            ):
                referral = Referral(person_id=self.people[0], reference=f"REF/{name}", service="school_enrolment",
                                    organisation_id=org.id, state=state, sent_on=TODAY - 30 * DAY,
                                    follow_up_due=due, owner_id=owner)
                db.add(referral)
                db.flush()
                self.referrals[name] = referral.id

    def new(self, member: int, owner: int | None, action: str, due: dt.date, doc_type: str = "birth_certificate"):
        return applications.create_application(
            self.admin, self.people[member],
            ApplicationInput(doc_type=doc_type, owner_id=owner, next_action=action, next_action_due=due),
            today=TODAY - 100 * DAY).id

    def hearing(self, app_id: int, on: dt.date, court: str = "", outcome: str = "") -> None:
        version = applications.load_application(self.admin, app_id).version
        applications.record_hearing(self.admin, app_id, HearingInput(held_on=on, court=court, outcome=outcome),
                                    version=version, today=TODAY)

    def moved(self, app_id: int, at: dt.datetime) -> None:
        with self.admin.transaction() as db:
            db.execute(update(Application).where(Application.id == app_id).values(last_moved_at=at))


@pytest.fixture
def office_(admin) -> Office:
    return Office(admin)


def hearing_days(week) -> list[tuple[int, dt.date]]:
    return [(h.case.application_id, h.held_on) for h in week.hearings.rows]


# ---- each section, one lawyer -------------------------------------------------------------------------


def test_a_lawyers_hearings_are_this_weeks_and_earlier_ones_still_to_record(office_):
    o = office_
    week = my_week.my_week(o.huda, today=TODAY, owner_id=o.huda.user.id)
    assert week.until == TODAY + 6 * DAY
    assert hearing_days(week) == [
        (o.due_today, TODAY - 10 * DAY),  # never recorded: first, to record
        (o.overdue, TODAY),
        (o.overdue, TODAY + 6 * DAY),
    ]
    today = week.hearings.rows[1]
    assert today.court == "محكمة الأحوال الشخصية في الموصل" and today.to_record(TODAY)
    assert not week.hearings.rows[2].to_record(TODAY)
    case = today.case
    assert case.file_number == "MOS-2026-00002" and case.person_name.startswith("عبد الله")
    assert case.doc_type_name("en") == "Birth certificate" and case.doc_type_name("ar") == "شهادة الولادة"
    assert case.state_name("en") == "Intake" and case.state_name("ar") == "استقبال"
    assert case.owner == "Huda" and case.owner_id == o.huda.user.id
    assert week.hearings.total == 3


def test_actions_due_today_or_overdue_on_open_applications_oldest_first(office_):
    o = office_
    week = my_week.my_week(o.huda, today=TODAY, owner_id=o.huda.user.id)
    assert [(a.case.application_id, a.due, a.overdue) for a in week.actions.rows] == [
        (o.overdue, TODAY - 3 * DAY, True),
        (o.due_today, TODAY, False),
    ]  # tomorrow's is not due, the closed one is gone, omar's is his
    assert week.actions.rows[0].action == "Ask the hospital for the birth notice"


def test_no_movement_for_thirty_days_counts_whole_days_and_skips_closed(office_):
    o = office_
    week = my_week.my_week(o.huda, today=TODAY, owner_id=o.huda.user.id)
    assert week.stale_days == 30
    assert [(s.case.application_id, s.days) for s in week.stale.rows] == [(o.due_today, 40), (o.tomorrow, 30)]
    shorter = my_week.my_week(o.huda, today=TODAY, owner_id=o.huda.user.id, stale_days=29)
    assert [s.case.application_id for s in shorter.stale.rows] == [o.due_today, o.tomorrow, o.overdue]


def test_the_office_setting_sets_the_stale_days(office_):
    o = office_
    office.save_settings(o.admin, {"stale_days": 35})
    week = my_week.my_week(o.huda, today=TODAY, owner_id=o.huda.user.id)
    assert week.stale_days == 35 and [s.case.application_id for s in week.stale.rows] == [o.due_today]


def test_overdue_referral_follow_ups_of_open_referrals_only(office_):
    o = office_
    week = my_week.my_week(o.huda, today=TODAY, owner_id=o.huda.user.id)
    assert [r.id for r in week.referrals.rows] == [o.referrals["huda_accepted"], o.referrals["huda_overdue"]]
    assert all(r.overdue for r in week.referrals.rows)


def test_sections_show_the_first_rows_and_count_them_all(office_):
    o = office_
    week = my_week.my_week(o.mona, today=TODAY, owner_id=None, limit=1)
    assert len(week.actions.rows) == 1 and week.actions.total == 4 and week.actions.more == 3
    assert week.hearings.total == 5 and len(week.hearings.rows) == 1
    assert week.referrals.total == 3 and len(week.referrals.rows) == 1


# ---- the office and who may see it --------------------------------------------------------------------


def test_the_office_week_has_every_owner_and_the_unassigned(office_):
    o = office_
    week = my_week.my_week(o.mona, today=TODAY, owner_id=None)
    assert week.owner_id is None
    assert [(a.case.application_id, a.case.owner) for a in week.actions.rows] == [
        (o.overdue, "Huda"), (o.nobodys, ""), (o.omars, "Omar"), (o.due_today, "Huda")]
    assert (o.omars, TODAY + DAY) in hearing_days(week) and (o.nobodys, TODAY + 3 * DAY) in hearing_days(week)
    assert (o.closed, TODAY + 2 * DAY) not in hearing_days(week)
    assert [s.case.application_id for s in week.stale.rows] == [o.due_today, o.omars, o.tomorrow]
    assert {r.id for r in week.referrals.rows} == {o.referrals["huda_accepted"], o.referrals["sara_overdue"],
                                                   o.referrals["huda_overdue"]}


def test_a_recorded_outcome_stays_in_sight_and_leaves_the_badge(office_):
    o = office_
    before = my_week.badge_counts(o.huda, TODAY, o.huda.user.id)
    hearing = next(h for h in my_week.my_week(o.huda, today=TODAY, owner_id=o.huda.user.id).hearings.rows
                   if h.held_on == TODAY)
    applications.record_hearing(
        o.huda, hearing.case.application_id, HearingInput(held_on=TODAY, court=hearing.court, outcome="adjourned"),
        version=hearing.case.version, hearing_id=hearing.hearing_id, today=TODAY)
    after = my_week.badge_counts(o.huda, TODAY, o.huda.user.id)
    assert (before.hearings, after.hearings) == (2, 1)
    week = my_week.my_week(o.mona, today=TODAY, owner_id=None)
    recorded = next(h for h in week.hearings.rows if h.hearing_id == hearing.hearing_id)
    assert recorded.outcome == "adjourned" and not recorded.to_record(TODAY)


def test_badge_counts_hearings_to_record_actions_due_and_overdue_follow_ups(office_):
    o = office_
    mine = my_week.badge_counts(o.huda, TODAY, o.huda.user.id)
    assert (mine.hearings, mine.actions, mine.referrals, mine.total) == (2, 2, 2, 6)
    office_counts = my_week.badge_counts(o.admin, TODAY, None)
    assert (office_counts.hearings, office_counts.actions, office_counts.referrals) == (2, 4, 3)
    assert my_week.badge_counts(o.sara, TODAY, o.sara.user.id) == my_week.BadgeCounts(0, 0, 1)
    # The next day: the hearing of today is now yesterday's, still to record; tomorrow's action is due.
    later = my_week.badge_counts(o.huda, TODAY + DAY, o.huda.user.id)
    assert (later.hearings, later.actions) == (2, 3)


@pytest.mark.parametrize("role, sees_office", [
    (Role.STAFF, False), (Role.LEGAL, False), (Role.MANAGER, True), (Role.ADMIN, True)])
def test_who_may_see_the_office_week_is_enforced_by_the_service(admin, role, sees_office):
    session = session_for(admin, "someone", role)
    assert my_week.default_owner(session) == (None if sees_office else session.user.id)
    assert my_week.may_see_office(session) is sees_office
    my_week.my_week(session, today=TODAY, owner_id=session.user.id)  # one's own week: always
    my_week.badge_counts(session, TODAY, session.user.id)
    other = admin.user.id
    for call in (lambda: my_week.my_week(session, today=TODAY, owner_id=None),
                 lambda: my_week.my_week(session, today=TODAY, owner_id=other),
                 lambda: my_week.badge_counts(session, TODAY, None)):
        if sees_office:
            call()
        else:
            with pytest.raises(PermissionDenied):
                call()
    with admin.transaction() as db:
        refusals = db.scalars(select(AuditEntry.details).where(AuditEntry.action == "permission_denied",
                                                               AuditEntry.user_id == session.user.id)).all()
    assert len(refusals) == (0 if sees_office else 3)
    assert all("view_office_week" in details for details in refusals)


def test_a_recovery_session_sees_no_week(admin):
    recovery = UserSession(admin.vault, CurrentUser.recovery())
    with pytest.raises(PermissionDenied):
        my_week.my_week(recovery, today=TODAY, owner_id=None)


# ---- the demo's casework ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def casework(tmp_path_factory):
    from tests.helpers import demo_session

    with demo_session(tmp_path_factory.mktemp("casework"), 1500, today=TODAY) as session:
        counts = demo.populate_casework(session, applications=450, today=TODAY)
        yield session, counts


def test_demo_casework_writes_what_it_counts(casework):
    session, counts = casework
    assert counts.applications == 450
    with session.transaction() as db:
        assert db.scalar(select(func.count()).select_from(Application)) == 450
        assert db.scalar(select(func.count()).select_from(Hearing)) == counts.hearings > 0
        assert db.scalar(select(func.count()).select_from(ApplicationDependency)) == counts.dependencies > 0
        assert db.scalar(select(func.count()).select_from(Referral)) == counts.referrals > 0
        assert db.scalar(select(func.count()).select_from(ApplicationEvent)) >= 450
        assert db.scalar(select(func.count()).select_from(ApplicationCheck)) > 450
        entries = db.scalars(select(AuditEntry.action).where(AuditEntry.action == "demo_casework_generated")).all()
        assert len(entries) == 1
        # The indexes dropped for the bulk insert are back.
        inspector = inspect(db.connection())
        indexes = {i["name"] for table in ("application", "hearing") for i in inspector.get_indexes(table)}
        assert {"ix_application_due", "ix_application_moved", "ix_application_owner_id", "ix_application_person_id",
                "ix_application_state", "ix_hearing_held_on", "ix_hearing_application_id", "ix_application_open_due",
                "ix_application_open_owner_due", "ix_application_open_moved", "ix_application_open_owner_moved",
                "ix_hearing_unrecorded"} <= indexes
        assert audit.verify(db).ok


def test_demo_referrals_have_the_consent_they_need_and_references_in_order(casework):
    session, _ = casework
    with session.transaction() as db:
        sent = db.execute(select(Referral.id, Referral.organisation_id, Referral.person_id, Referral.sent_on,
                                 Referral.reference).order_by(Referral.sent_on, Referral.id)).all()
    for referral_id, organisation_id, person_id, on, _reference in sent:
        assert referrals.consent_for(session, person_id, organisation_id, on=on).allowed, referral_id
    by_year: dict[int, list[str]] = {}
    for *_rest, on, reference in sent:
        by_year.setdefault(on.year, []).append(reference)
    for year, references in by_year.items():
        assert references == [f"ODS/REF/{year}/{n:04d}" for n in range(1, len(references) + 1)]


def test_demo_casework_states_are_the_workflows_and_ends_are_dated(casework):
    session, _ = casework
    with session.transaction() as db:
        workflow = applications.workflow_for(db, "birth_certificate")
        rows = db.execute(select(Application.state, Application.held_from, Application.closed_on,
                                 Application.outcome, Application.opened_on, Application.last_moved_at,
                                 Application.next_action_due, Application.next_action)).all()
    states = {s.code: s.kind for s in workflow.states}
    assert {state for state, *_ in rows} <= set(states)
    assert len({state for state, *_ in rows}) >= 8  # spread along the whole workflow
    for state, held_from, closed_on, outcome, opened_on, moved, due, action in rows:
        kind = states[state]
        assert (closed_on is not None) == (kind in ("issued", "closed")), state
        assert bool(outcome) == (kind in ("issued", "closed"))
        assert (kind == "hold") == bool(held_from) and (not held_from or states[held_from] == "open")
        assert opened_on <= moved.date() <= TODAY
        if kind in ("open", "hold"):
            assert due is not None and action
    overdue = sum(1 for r in rows if r[6] is not None and r[6] < TODAY and r[2] is None)
    stale = sum(1 for r in rows if r[2] is None and (TODAY - r[5].date()).days >= 30)
    assert overdue >= 10 and stale >= 10


def test_demo_casework_dependencies_follow_the_law_without_a_cycle(casework):
    session, _ = casework
    with session.transaction() as db:
        pairs = db.execute(
            select(ApplicationDependency.application_id, ApplicationDependency.depends_on_id)).all()
        kinds = dict(db.execute(select(Application.id, Application.doc_type)).all())
        person = dict(db.execute(select(Application.id, Application.person_id)).all())
        household = dict(db.execute(select(Person.id, Person.household_id)).all())
    edges: dict[int, set[int]] = {}
    for app_id, on in pairs:
        edges.setdefault(app_id, set()).add(on)
        assert (kinds[on], kinds[app_id]) in {("marriage_contract", "birth_certificate"),
                                              ("birth_certificate", "national_card")}
        assert household[person[app_id]] == household[person[on]]
    for app_id, on in pairs:
        rest = {a: {b for b in bs if (a, b) != (app_id, on)} for a, bs in edges.items()}
        assert find_cycle(rest, (app_id, on)) is None


def test_demo_casework_owners_are_demo_lawyers_who_can_sign_in(casework):
    session, counts = casework
    with session.transaction() as db:
        owners = db.execute(select(User.username, User.role, func.count(Application.id))
                            .join(Application, Application.owner_id == User.id).group_by(User.id)).all()
        unassigned = db.scalar(select(func.count()).select_from(Application).where(Application.owner_id.is_(None)))
    assert {role for _u, role, _n in owners} <= {"legal", "admin"}
    assert len([u for u, role, _n in owners if role == "legal"]) >= 2 and unassigned > 0
    lawyer = next(u for u, role, _n in owners if role == "legal")
    signed_in = session.vault.unlock(lawyer, "demo")
    week = my_week.my_week(signed_in, today=TODAY, owner_id=signed_in.user.id)
    assert week.actions.total > 0 and week.hearings.total > 0
    assert all(a.case.owner_id == signed_in.user.id for a in week.actions.rows)


def test_demo_casework_only_in_a_demo_vault(admin):
    from db.errors import SanadError

    with pytest.raises(SanadError):
        demo.populate_casework(admin, applications=5, today=TODAY)


def test_sanad_demo_makes_casework_by_default_and_as_asked(tmp_path, monkeypatch, capsys):
    import json

    from db.vault import Vault
    from desktop.cli import main

    monkeypatch.setenv("SANAD_PASSWORD", "demo-password-1")
    assert main(["demo", "--vault", str(tmp_path / "a.sanad"), "--people", "200", "--json"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert made["people"] == 200 and made["applications"] == 60  # 3 for every 10 people
    assert main(["demo", "--vault", str(tmp_path / "b.sanad"), "--people", "200", "--applications", "0"]) == 0
    assert "200 people, 0 document applications" in capsys.readouterr().out
    assert main(["demo", "--vault", str(tmp_path / "c.sanad"), "--applications", "-1"]) == 2
    session = Vault.open(tmp_path / "a.sanad").unlock("omar", "demo-password-1")  # a demo lawyer signs in
    try:
        assert session.user.role == Role.LEGAL
        with session.transaction() as db:
            assert db.scalar(select(func.count()).select_from(Application)) == 60
    finally:
        session.vault.close()
