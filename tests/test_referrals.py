"""Referrals (domain.md section 4): the role matrix in the service layer (R1), the consent gate,
reference numbers never reused and counted per year, the follow-up states, a second window told
instead of overwriting, overdue follow-ups on a frozen date, the address book, and the CLI."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from db import office, people, records, referrals, users, validation
from db.errors import NoSuchUser, PermissionDenied, ValidationError, ValidationErrors
from db.models import AuditEntry, Person, ReferenceCounter, Referral, ReferralEvent
from db.permissions import Action, Role
from db.records import RecordChanged
from db.referrals import ConsentMissing, OrganisationInput, TransitionNotAllowed
from db.vault import Vault
from tests.conftest import ADMIN_PASSWORD
from tests.test_people import HOUSEHOLD, family

TODAY = dt.date(2026, 11, 25)
SCHOOL = OrganisationInput("مدرسة النور الابتدائية", "Al-Noor Primary School", ("school_enrolment",), "أ. سعاد",
                           "0770 123 4567", "noor@example.org", "حي الزنجيلي")
CLINIC = OrganisationInput("مركز صحي الشفاء", "Al-Shifa Health Centre", ("health_centre", "psychosocial_support"))


def consent(session, person_id: int, *agencies: str, given_on: dt.date = TODAY - dt.timedelta(days=10),
            referral: bool = True) -> int:
    scopes = ([("referral", "")] if referral else [("registration", "")]) + [("sharing", a) for a in agencies]
    return people.record_consent(session, person_id, given_by="self", given_on=given_on, scopes=scopes)


@pytest.fixture
def office_with_people(admin):
    """Two families, a school and a clinic; the first mother consented to both by their Arabic names."""
    first = people.register_household(admin, HOUSEHOLD, family(), today=TODAY)
    second = people.register_household(admin, HOUSEHOLD, family("خديجة", "الطائي"), today=TODAY)
    school = referrals.add_organisation(admin, SCHOOL)
    clinic = referrals.add_organisation(admin, CLINIC)
    mother = first.person_ids[0]
    consent(admin, mother, SCHOOL.name_ar, CLINIC.name_ar)
    return {"mother": mother, "child": first.person_ids[1], "other": second.person_ids[0], "school": school,
            "clinic": clinic}


def refer(session, person_id, org_id, *, service="school_enrolment", **kwargs):
    kwargs.setdefault("today", TODAY)
    return referrals.make_referral(session, person_id, service, org_id, "", "Not enrolled; no ID card", **kwargs)


def count(session, model) -> int:
    with session.transaction() as db:
        return db.scalar(select(func.count()).select_from(model))


def reference_counters(session) -> int:
    """Reference-number counters (not the person-id mark db/ids.py keeps in the same table)."""
    with session.transaction() as db:
        return db.scalar(select(func.count()).select_from(ReferenceCounter).where(ReferenceCounter.kind != "person.id"))


def last_audit(session) -> AuditEntry:
    with session.transaction() as db:
        return db.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()


# ---- R1: who may do what ----------------------------------------------------------------------------

PASSWORD = "referral-role-pass-1"
MAKERS = {Role.STAFF, Role.LEGAL, Role.ADMIN}


@pytest.fixture
def role_vault(admin, vault_path, office_with_people):
    made = refer(admin, office_with_people["mother"], office_with_people["school"])
    for role in Role:
        users.add_user(admin, f"user_{role.value}", PASSWORD, role=role, must_change_password=False)
    admin.vault.close()
    return {**office_with_people, "referral": made}


def _login(vault_path, role: Role):
    return Vault.open(vault_path).unlock(f"user_{role.value}", PASSWORD)


def _fresh_version(session, referral_id):
    return referrals.load_referral(session, referral_id, today=TODAY).row.version


CALLS = {
    "make": (Action.MANAGE_REFERRALS, lambda s, v: refer(s, v["mother"], v["clinic"], service="health_centre")),
    "follow_up": (Action.MANAGE_REFERRALS, lambda s, v: referrals.follow_up(
        s, v["referral"].id, "accepted", version=_fresh_version(s, v["referral"].id), today=TODAY)),
    "edit": (Action.MANAGE_REFERRALS, lambda s, v: referrals.update_referral(
        s, v["referral"].id, version=_fresh_version(s, v["referral"].id), focal_point="x", reason="changed",
        urgency="urgent", follow_up_due=TODAY, notes="", today=TODAY)),
    "add_organisation": (Action.MANAGE_REFERRALS, lambda s, v: referrals.add_organisation(
        s, OrganisationInput("منظمة جديدة", "New NGO", ("livelihoods",)))),
    "deactivate_organisation": (Action.MANAGE_REFERRALS,
                                lambda s, v: referrals.set_organisation_active(s, v["clinic"], False)),
    "view_list": (Action.VIEW_PEOPLE, lambda s, v: referrals.list_referrals(s, today=TODAY)),
    "view_one": (Action.VIEW_PEOPLE, lambda s, v: referrals.load_referral(s, v["referral"].id, today=TODAY)),
    "view_consent": (Action.VIEW_PEOPLE, lambda s, v: referrals.consent_for(s, v["mother"], v["school"], on=TODAY)),
    "view_overdue": (Action.VIEW_PEOPLE, lambda s, v: referrals.overdue_referrals(s, TODAY)),
    "view_address_book": (Action.VIEW_PEOPLE, lambda s, v: referrals.list_organisations(s)),
}


@pytest.mark.parametrize("role", list(Role))
def test_role_matrix_for_referrals_in_the_service_layer(role_vault, vault_path, role):
    """Every call, as each role: allowed ones work; refused ones raise, write nothing, and are audited."""
    session = _login(vault_path, role)
    outcome = {}
    try:
        for call, (action, run) in CALLS.items():
            referrals_before, events_before = count(session, Referral), count(session, ReferralEvent)
            try:
                run(session, role_vault)
                outcome[call] = "allowed"
            except PermissionDenied:
                outcome[call] = "refused"
                entry = last_audit(session)
                assert entry.action == "permission_denied" and action.value in entry.details
                assert entry.username == f"user_{role.value}"
                assert (count(session, Referral), count(session, ReferralEvent)) == (referrals_before, events_before)
    finally:
        session.vault.close()
    assert outcome == {call: "allowed" if action is Action.VIEW_PEOPLE or role in MAKERS else "refused"
                       for call, (action, _run) in CALLS.items()}


def test_a_manager_sees_referrals_but_cannot_make_or_move_them(role_vault, vault_path):
    session = _login(vault_path, Role.MANAGER)
    try:
        [row] = referrals.list_referrals(session, today=TODAY)
        assert row.reference == "ODS/REF/2026/0001" and row.state == "sent"
        with pytest.raises(PermissionDenied):
            referrals.follow_up(session, row.id, "refused", version=row.version, today=TODAY)
        assert referrals.load_referral(session, row.id, today=TODAY).row.state == "sent"
    finally:
        session.vault.close()


# ---- the consent gate -------------------------------------------------------------------------------


def test_no_consent_no_referral_and_nothing_written(admin, office_with_people):
    other = office_with_people["other"]
    with pytest.raises(ConsentMissing) as err:
        refer(admin, other, office_with_people["school"])
    assert err.value.decision.reason == "There is no recorded consent."
    assert str(err.value) == "This referral cannot be sent without consent. There is no recorded consent."
    assert count(admin, Referral) == 0 and count(admin, ReferralEvent) == 0 and reference_counters(admin) == 0
    entry = last_audit(admin)
    assert entry.action == "referral_refused_consent" and entry.entity_id == str(other)
    # The refusal spent no number: the first referral made is still number 1.
    assert refer(admin, office_with_people["mother"], office_with_people["school"]).reference == "ODS/REF/2026/0001"


def test_consent_without_the_referral_scope_is_refused(admin, office_with_people):
    other = office_with_people["other"]
    consent(admin, other, SCHOOL.name_ar, referral=False)
    with pytest.raises(ConsentMissing) as err:
        refer(admin, other, office_with_people["school"])
    assert err.value.decision.reason == "The consent does not cover referrals."


def test_sharing_that_does_not_name_the_organisation_is_refused_naming_both_names(admin, office_with_people):
    other = office_with_people["other"]
    consent(admin, other, CLINIC.name_ar)
    with pytest.raises(ConsentMissing) as err:
        refer(admin, other, office_with_people["school"])
    decision = err.value.decision
    assert decision.reason == "The consent does not cover sharing with %1."
    assert decision.args == (f"{SCHOOL.name_ar} / {SCHOOL.name_en}",)
    assert refer(admin, other, office_with_people["clinic"], service="health_centre").state == "sent"


@pytest.mark.parametrize("named", [
    "Al-Noor Primary School",        # the English name as written in the address book
    "al noor primary school",        # any case and punctuation
    "مدرسة النور الابتدائيه",           # Arabic, taa marbuta written as haa
    "مدرسة  النّور الإبتدائية",          # tashkeel, hamza on the alef, double space
])
def test_consent_naming_the_organisation_in_arabic_or_english_counts(admin, office_with_people, named):
    other = office_with_people["other"]
    consent(admin, other, named)
    assert referrals.consent_for(admin, other, office_with_people["school"], on=TODAY).allowed
    assert refer(admin, other, office_with_people["school"]).reference == "ODS/REF/2026/0001"


def test_withdrawn_consent_keeps_the_referral_but_refuses_a_new_one(admin, office_with_people):
    mother, school = office_with_people["mother"], office_with_people["school"]
    made = refer(admin, mother, school)
    [given] = [c.id for c in records.load_person(admin, mother).consents]
    people.withdraw_consent(admin, given, TODAY)
    with pytest.raises(ConsentMissing) as err:
        refer(admin, mother, school, today=TODAY + dt.timedelta(days=1))
    assert err.value.decision.reason == "Consent was withdrawn on %1."
    assert err.value.decision.args == (TODAY.isoformat(),)
    # The referral made before stays, with its history, and can still be followed up.
    [row] = referrals.referrals_for_person(admin, mother, today=TODAY)
    assert row.id == made.id
    moved = referrals.follow_up(admin, made.id, "accepted", version=made.version, today=TODAY + dt.timedelta(days=1))
    assert moved.state == "accepted"


def test_consent_must_hold_on_the_day_sent_and_today(admin, office_with_people):
    other, school = office_with_people["other"], office_with_people["school"]
    consent(admin, other, SCHOOL.name_en, given_on=TODAY - dt.timedelta(days=2))
    # Written down today as sent a week ago, before consent was given: refused.
    with pytest.raises(ConsentMissing) as err:
        refer(admin, other, school, sent_on=TODAY - dt.timedelta(days=7))
    assert err.value.decision.reason == "There is no recorded consent."
    assert refer(admin, other, school, sent_on=TODAY - dt.timedelta(days=1)).sent_on == TODAY - dt.timedelta(days=1)


def test_consent_check_before_sending_answers_without_writing(admin, office_with_people):
    before = count(admin, AuditEntry)
    decision = referrals.consent_for(admin, office_with_people["other"], office_with_people["school"], on=TODAY)
    assert not decision.allowed and decision.reason == "There is no recorded consent."
    assert referrals.consent_for(admin, office_with_people["mother"], office_with_people["school"], on=TODAY).allowed
    assert count(admin, AuditEntry) == before


def test_an_archived_file_gets_no_new_referral(admin, office_with_people):
    with admin.transaction() as db:
        db.get(Person, office_with_people["mother"]).archived_at = dt.datetime(2026, 11, 1)
    with pytest.raises(referrals.PersonArchived):
        refer(admin, office_with_people["mother"], office_with_people["school"])


# ---- reference numbers ------------------------------------------------------------------------------


def test_references_count_per_year_sent(admin, office_with_people):
    mother, school = office_with_people["mother"], office_with_people["school"]
    consent(admin, mother, SCHOOL.name_ar, given_on=dt.date(2025, 1, 1))
    made = [refer(admin, mother, school, sent_on=day).reference
            for day in (TODAY, dt.date(2025, 12, 30), TODAY, dt.date(2025, 12, 31))]
    assert made == ["ODS/REF/2026/0001", "ODS/REF/2025/0001", "ODS/REF/2026/0002", "ODS/REF/2025/0002"]


def test_a_reference_is_never_given_again_even_after_its_referral_is_gone(admin, office_with_people):
    mother, school = office_with_people["mother"], office_with_people["school"]
    first, second = refer(admin, mother, school), refer(admin, mother, school)
    # A retention purge (a later module) removes rows; the counter never goes back.
    with admin.transaction() as db:
        db.delete(db.get(Referral, second.id))
        db.delete(db.get(Referral, first.id))
    assert refer(admin, mother, school).reference == "ODS/REF/2026/0003"


def test_the_office_pattern_is_used_and_numbers_already_taken_are_stepped_over(admin, office_with_people):
    mother, school = office_with_people["mother"], office_with_people["school"]
    consent(admin, mother, SCHOOL.name_ar, given_on=dt.date(2025, 1, 1))
    office.save_settings(admin, {"referral_number_pattern": "MOS/REF-{seq:03d}/{year}"})
    assert refer(admin, mother, school).reference == "MOS/REF-001/2026"
    # A pattern without the year: the count starts again each year, numbers already given are skipped.
    office.save_settings(admin, {"referral_number_pattern": "REF-{seq}"})
    assert refer(admin, mother, school, sent_on=dt.date(2025, 6, 1)).reference == "REF-1"
    assert refer(admin, mother, school).reference == "REF-2"
    assert refer(admin, mother, school, sent_on=dt.date(2025, 6, 2)).reference == "REF-3"


@pytest.mark.parametrize("pattern, words", [
    ("REF/{year}", "The referral reference pattern must contain {seq} where the running number goes, "
                   "for example ODS/REF/{year}/{seq:04d}."),
    ("REF {seq}", "A referral reference may not contain spaces: use - or / instead."),
    ("إحالة/{seq}", "A referral reference may contain only Latin letters, digits and the signs - _ / . (not %1)."),
    ("REF/{month}/{seq}", "The referral reference pattern has an unknown part %1. Use only {year} and {seq}."),
])
def test_a_bad_reference_pattern_is_refused_in_its_own_words_next_to_its_field(admin, pattern, words):
    with pytest.raises(ValidationError) as err:
        office.save_settings(admin, {"referral_number_pattern": pattern})
    assert err.value.field == "referral_number_pattern" and err.value.text == words
    assert office.get_settings(admin)["referral_number_pattern"] == "ODS/REF/{year}/{seq:04d}"


def test_every_file_number_pattern_message_has_a_reference_wording():
    file_number_words = {value for name, value in vars(validation).items()
                         if name.startswith("_PATTERN_") and "file number" in value.lower()}
    assert file_number_words <= set(referrals._PATTERN_WORDS)
    assert all("file number" not in words.lower() for words in referrals._PATTERN_WORDS.values())


# ---- follow-up --------------------------------------------------------------------------------------

STATES = list(referrals.TRANSITIONS)
ALLOWED = {("sent", "accepted"), ("sent", "refused"), ("sent", "no_answer"), ("accepted", "service_given"),
           ("accepted", "refused"), ("no_answer", "accepted"), ("no_answer", "refused"),
           ("no_answer", "service_given")}


@pytest.mark.parametrize("from_state", STATES)
@pytest.mark.parametrize("to_state", STATES)
def test_every_follow_up_move_allowed_or_refused(from_state, to_state):
    if (from_state, to_state) in ALLOWED:
        referrals.check_transition(from_state, to_state)
    else:
        with pytest.raises(TransitionNotAllowed) as err:
            referrals.check_transition(from_state, to_state)
        # The message says what may come next from here.
        assert err.value.args_for_text[0].text == referrals._NEXT_FROM[from_state]


def test_the_states_are_the_choices_offered():
    from db.choices import REFERRAL_STATES, codes

    assert set(codes(REFERRAL_STATES)) == set(referrals.TRANSITIONS)


def test_an_unknown_state_is_a_field_problem():
    with pytest.raises(ValidationError) as err:
        referrals.check_transition("sent", "lost")
    assert err.value.field == "to_state"


def _walk(session, made, *steps):
    row = made
    for to_state, on, note in steps:
        row = referrals.follow_up(session, row.id, to_state, version=row.version, on=on, note=note,
                                  today=TODAY + dt.timedelta(days=40))
    return row


def test_follow_up_records_dates_events_and_the_next_due(admin, office_with_people):
    made = refer(admin, office_with_people["mother"], office_with_people["school"], urgency="urgent")
    assert made.follow_up_due == TODAY + dt.timedelta(days=7)  # urgent: a week
    day = TODAY + dt.timedelta(days=8)
    row = _walk(admin, made, ("no_answer", day, "Phoned twice"))
    assert row.state == "no_answer" and row.answered_on is None and row.follow_up_due == day + dt.timedelta(days=7)
    row = _walk(admin, row, ("accepted", day + dt.timedelta(days=3), "Head teacher agreed"))
    assert row.answered_on == day + dt.timedelta(days=3) and row.closed_on is None
    row = _walk(admin, row, ("service_given", day + dt.timedelta(days=10), "Enrolled in grade 1"))
    assert row.state == "service_given" and row.closed_on == day + dt.timedelta(days=10)
    assert row.follow_up_due is None and row.answered_on == day + dt.timedelta(days=3)
    record = referrals.load_referral(admin, made.id, today=TODAY)
    assert [(e.from_state, e.to_state, e.on, e.note, e.username) for e in record.events] == [
        ("", "sent", TODAY, "", "admin"),
        ("sent", "no_answer", day, "Phoned twice", "admin"),
        ("no_answer", "accepted", day + dt.timedelta(days=3), "Head teacher agreed", "admin"),
        ("accepted", "service_given", day + dt.timedelta(days=10), "Enrolled in grade 1", "admin"),
    ]
    assert record.next_states == ()
    with pytest.raises(TransitionNotAllowed):
        referrals.follow_up(admin, made.id, "refused", version=row.version, today=TODAY + dt.timedelta(days=40))


def test_a_refusal_closes_and_a_given_next_due_is_kept(admin, office_with_people):
    made = refer(admin, office_with_people["mother"], office_with_people["school"])
    row = referrals.follow_up(admin, made.id, "accepted", version=made.version, on=TODAY,
                              next_due=TODAY + dt.timedelta(days=30), today=TODAY)
    assert row.follow_up_due == TODAY + dt.timedelta(days=30)
    row = referrals.follow_up(admin, made.id, "refused", version=row.version, on=TODAY, note="No places left",
                              today=TODAY)
    assert (row.state, row.closed_on, row.answered_on, row.follow_up_due) == ("refused", TODAY, TODAY, None)


def test_follow_up_dates_are_checked(admin, office_with_people):
    made = refer(admin, office_with_people["mother"], office_with_people["school"],
                 sent_on=TODAY - dt.timedelta(days=3))
    for on, field in ((TODAY + dt.timedelta(days=1), "on"), (TODAY - dt.timedelta(days=4), "on")):
        with pytest.raises(ValidationErrors) as err:
            referrals.follow_up(admin, made.id, "accepted", version=made.version, on=on, today=TODAY)
        assert [e.field for _r, e in err.value.problems] == [field]
    with pytest.raises(ValidationErrors) as err:
        referrals.follow_up(admin, made.id, "accepted", version=made.version, on=TODAY,
                            next_due=TODAY - dt.timedelta(days=1), today=TODAY)
    assert [e.field for _r, e in err.value.problems] == ["next_due"]
    assert referrals.load_referral(admin, made.id, today=TODAY).row.state == "sent"


def test_bad_input_is_reported_all_at_once_and_nothing_is_written(admin, office_with_people):
    with pytest.raises(ValidationErrors) as err:
        referrals.make_referral(admin, office_with_people["mother"], "haircut", 999, "", "  ", "very",
                                sent_on=TODAY + dt.timedelta(days=1), follow_up_days=0, today=TODAY)
    fields = {e.field for _r, e in err.value.problems}
    assert fields == {"service", "urgency", "reason", "sent_on", "follow_up_days", "organisation"}
    assert count(admin, Referral) == 0 and reference_counters(admin) == 0


def test_an_organisation_no_longer_offered_cannot_be_chosen(admin, office_with_people):
    referrals.set_organisation_active(admin, office_with_people["school"], False)
    with pytest.raises(ValidationErrors) as err:
        refer(admin, office_with_people["mother"], office_with_people["school"])
    [(_row, problem)] = err.value.problems
    assert problem.field == "organisation" and problem.args_for_text == (SCHOOL.name_ar,)


# ---- two windows -------------------------------------------------------------------------------------


def test_a_second_window_is_told_and_nothing_is_overwritten(admin, office_with_people):
    made = refer(admin, office_with_people["mother"], office_with_people["school"])
    first_window = referrals.load_referral(admin, made.id, today=TODAY).row.version
    second_window = first_window
    referrals.follow_up(admin, made.id, "accepted", version=first_window, note="by phone", today=TODAY)
    with pytest.raises(RecordChanged):
        referrals.follow_up(admin, made.id, "refused", version=second_window, today=TODAY)
    with pytest.raises(RecordChanged):
        referrals.update_referral(admin, made.id, version=second_window, focal_point="", reason="other reason",
                                  urgency="normal", follow_up_due=None, notes="", today=TODAY)
    record = referrals.load_referral(admin, made.id, today=TODAY)
    assert record.row.state == "accepted" and record.reason == "Not enrolled; no ID card"
    assert len(record.events) == 2


def test_an_edit_moves_the_version_and_keeps_service_organisation_and_reference(admin, office_with_people):
    made = refer(admin, office_with_people["mother"], office_with_people["school"])
    row = referrals.update_referral(admin, made.id, version=made.version, focal_point="Ms Huda",
                                    reason="Needs enrolment in grade 2", urgency="emergency",
                                    follow_up_due=TODAY + dt.timedelta(days=1), notes="call after 10", today=TODAY)
    assert row.version == made.version + 1 and row.focal_point == "Ms Huda" and row.urgency == "emergency"
    assert (row.reference, row.service, row.organisation_id) == (made.reference, made.service, made.organisation_id)
    same = referrals.update_referral(admin, made.id, version=row.version, focal_point="Ms Huda",
                                     reason="Needs enrolment in grade 2", urgency="emergency",
                                     follow_up_due=TODAY + dt.timedelta(days=1), notes="call after 10", today=TODAY)
    assert same.version == row.version + 1


# ---- overdue, on a frozen date ---------------------------------------------------------------------


def test_overdue_follow_ups_on_a_frozen_date(admin, office_with_people):
    mother, school = office_with_people["mother"], office_with_people["school"]
    staff = users.add_user(admin, "noor", PASSWORD, role="staff", must_change_password=False).id
    sent = TODAY - dt.timedelta(days=30)
    consent(admin, mother, SCHOOL.name_ar, given_on=sent)
    made = {name: refer(admin, mother, school, sent_on=sent, follow_up_days=days, owner_id=owner)
            for name, days, owner in (("due_long_ago", 5, None), ("due_yesterday", 29, staff), ("due_today", 30, None),
                                      ("due_later", 40, staff), ("accepted", 10, staff), ("no_answer", 20, None),
                                      ("given", 3, None), ("refused", 3, staff))}
    for name, state in (("accepted", "accepted"), ("no_answer", "no_answer"), ("given", "accepted"),
                        ("refused", "refused")):
        row = made[name]
        row = referrals.follow_up(admin, row.id, state, version=row.version, on=sent + dt.timedelta(days=1),
                                  next_due=row.follow_up_due, today=TODAY)
        if name == "given":
            referrals.follow_up(admin, row.id, "service_given", version=row.version, on=sent + dt.timedelta(days=2),
                                today=TODAY)
    overdue = referrals.overdue_referrals(admin, TODAY)
    assert [r.id for r in overdue] == [made[n].id for n in ("due_long_ago", "accepted", "no_answer", "due_yesterday")]
    assert all(r.overdue for r in overdue)
    assert [r.id for r in referrals.overdue_referrals(admin, TODAY, owner_id=staff)] == [
        made["accepted"].id, made["due_yesterday"].id]
    assert referrals.count_overdue(admin, TODAY) == 4 and referrals.count_overdue(admin, TODAY, owner_id=staff) == 2
    # A day later the one due today is overdue too; long before, none is.
    assert referrals.count_overdue(admin, TODAY + dt.timedelta(days=1)) == 5
    assert referrals.overdue_referrals(admin, sent) == []
    flagged = {r.id for r in referrals.list_referrals(admin, today=TODAY) if r.overdue}
    assert flagged == {r.id for r in overdue}
    assert [r.id for r in referrals.list_referrals(admin, overdue=True, today=TODAY)] == [r.id for r in overdue]


def test_lists_filter_by_state_service_owner_and_person(admin, office_with_people):
    mother, other, school, clinic = (office_with_people[k] for k in ("mother", "other", "school", "clinic"))
    consent(admin, other, CLINIC.name_en)
    a = refer(admin, mother, school)
    b = refer(admin, mother, clinic, service="health_centre")
    c = refer(admin, other, clinic, service="psychosocial_support")
    referrals.follow_up(admin, b.id, "accepted", version=b.version, today=TODAY)
    assert [r.id for r in referrals.list_referrals(admin, today=TODAY)] == [c.id, b.id, a.id]
    assert [r.id for r in referrals.list_referrals(admin, state="accepted", today=TODAY)] == [b.id]
    assert [r.id for r in referrals.list_referrals(admin, service="psychosocial_support", today=TODAY)] == [c.id]
    assert [r.id for r in referrals.list_referrals(admin, owner_id=admin.user.id, today=TODAY)] == [c.id, b.id, a.id]
    assert [r.id for r in referrals.referrals_for_person(admin, mother, today=TODAY)] == [b.id, a.id]
    household = records.load_person(admin, other).household_id
    assert [r.id for r in referrals.referrals_for_household(admin, household, today=TODAY)] == [c.id]
    ids = referrals.referral_ids(admin, referrals.ReferralFilter(service="health_centre"), today=TODAY)
    assert ids == [b.id]
    rows = referrals.referral_rows(admin, ids, today=TODAY)
    assert rows[b.id].person_name == "فاطمة أحمد علي الجبوري" and rows[b.id].organisation("en") == CLINIC.name_en


# ---- the audit log -----------------------------------------------------------------------------------


def test_a_referral_is_audited_sealed_under_its_person(admin, office_with_people):
    made = refer(admin, office_with_people["mother"], office_with_people["school"])
    with admin.transaction() as db:
        entry = db.scalars(select(AuditEntry).where(AuditEntry.entity == "referral",
                                                    AuditEntry.entity_id == str(made.id))).one()
    details = json.loads(entry.details)
    assert entry.action == "create" and details["subject"] == ["person", str(office_with_people["mother"])]
    assert "Not enrolled" not in entry.details and "sealed" in details


# ---- the address book --------------------------------------------------------------------------------


def test_organisation_problems_are_named_by_field(admin):
    referrals.add_organisation(admin, SCHOOL)
    with pytest.raises(ValidationErrors) as err:
        referrals.add_organisation(admin, OrganisationInput("", "", ("cooking",), email="not-an-address",
                                                            phone="call us"))
    assert {e.field for _r, e in err.value.problems} == {"name_ar", "services", "email", "phone"}
    with pytest.raises(ValidationErrors) as err:
        referrals.add_organisation(admin, OrganisationInput("مدرسة النور الإبتدائيه", ""))
    assert [e.text for _r, e in err.value.problems] == ["%1 is already in the address book."]


def test_the_address_book_lists_active_ones_and_those_taking_a_service_first(admin):
    school = referrals.add_organisation(admin, SCHOOL)
    clinic = referrals.add_organisation(admin, CLINIC)
    shelter = referrals.add_organisation(admin, OrganisationInput("دار الأمان", "", ("shelter",)))
    assert [o.id for o in referrals.list_organisations(admin, service="health_centre")][0] == clinic
    referrals.set_organisation_active(admin, school, False)
    assert school not in [o.id for o in referrals.list_organisations(admin)]
    assert school in [o.id for o in referrals.list_organisations(admin, include_inactive=True)]
    referrals.update_organisation(admin, shelter, OrganisationInput("دار الأمان", "Safe House", ("shelter",),
                                                                    phone="+964 770 123 4567"))
    row = referrals.get_organisation(admin, shelter)
    assert (row.name("en"), row.name("ar"), row.phone) == ("Safe House", "دار الأمان", "07701234567")
    assert referrals.get_organisation(admin, clinic).services == ("health_centre", "psychosocial_support")


# ---- the CLI -----------------------------------------------------------------------------------------


@pytest.fixture
def cli_vault(admin, vault_path, office_with_people, monkeypatch):
    consent(admin, office_with_people["mother"], SCHOOL.name_ar, given_on=dt.date.today() - dt.timedelta(days=30))
    first = refer(admin, office_with_people["mother"], office_with_people["school"],
                  sent_on=dt.date.today() - dt.timedelta(days=20), today=dt.date.today())
    second = refer(admin, office_with_people["mother"], office_with_people["clinic"], service="health_centre",
                   today=dt.date.today())
    referrals.follow_up(admin, second.id, "accepted", version=second.version, today=dt.date.today())
    admin.vault.close()
    monkeypatch.setenv("SANAD_PASSWORD", ADMIN_PASSWORD)
    return {"path": vault_path, "overdue": first.reference, "accepted": second.reference}


def test_cli_lists_referrals_for_scripts_without_names_unless_asked(cli_vault, capsys):
    from desktop.cli import main

    assert main(["referrals", "--json", "--vault", str(cli_vault["path"])]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert [r["reference"] for r in listing] == [cli_vault["accepted"], cli_vault["overdue"]]
    assert set(listing[0]) == {"id", "reference", "file_number", "service", "organisation_ar", "organisation_en",
                               "urgency", "state", "sent_on", "follow_up_due", "answered_on", "closed_on", "owner",
                               "overdue"}
    assert "فاطمة" not in json.dumps(listing, ensure_ascii=False)
    assert main(["referrals", "--overdue", "--json", "--names", "--vault", str(cli_vault["path"])]) == 0
    [overdue] = json.loads(capsys.readouterr().out)
    assert overdue["reference"] == cli_vault["overdue"] and overdue["overdue"] and overdue["state"] == "sent"
    assert overdue["name"] == "فاطمة أحمد علي الجبوري" and overdue["file_number"] == "MOS-2026-00001"
    assert main(["referrals", "--state", "accepted", "--owner", "admin", "--vault", str(cli_vault["path"])]) == 0
    out = capsys.readouterr().out
    assert cli_vault["accepted"] in out and cli_vault["overdue"] not in out and "accepted" in out


def test_cli_refuses_an_unknown_owner_or_state(cli_vault, capsys):
    from desktop.cli import main

    assert main(["referrals", "--owner", "nobody", "--vault", str(cli_vault["path"])]) == 1
    assert "nobody" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["referrals", "--state", "lost", "--vault", str(cli_vault["path"])])
    assert exit_.value.code == 2
    assert main(["referrals", "--service", "shelter", "--vault", str(cli_vault["path"])]) == 0
    assert capsys.readouterr().out.strip() == "No referrals."


def test_owner_lookup_names_the_missing_user(admin):
    with pytest.raises(NoSuchUser):
        referrals.owner_id_for(admin, "ghost")
    assert referrals.owner_id_for(admin, "ADMIN") == admin.user.id
    assert [u[1] for u in referrals.referral_owners(admin)] == ["admin"]
