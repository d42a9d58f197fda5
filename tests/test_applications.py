"""Document applications through the service layer: created at the workflow's first step with the
type's checklist, moved only as the workflow allows (who, when, why on the timeline), hearings
that move the case, dependencies with cycles refused, the household plan, optimistic
concurrency, and R1 for applications (refusals in the service layer, audited)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from db import applications, people, plans, records, users
from db.applications import ApplicationInput, EvidenceOnly, HearingInput, NotALegalUser, RecordChanged
from db.errors import PermissionDenied, ValidationErrors
from db.models import AuditEntry, WorkflowState
from db.people import HasCasework
from db.permissions import Role
from db.records import DocumentInput
from db.session import UserSession
from db.workflow import DependencyCycle, ReasonRequired, TransitionRefused
from tests.test_people import HOUSEHOLD, TODAY, family
from tests.test_records import edit_of


@pytest.fixture
def household(admin):
    return people.register_household(admin, HOUSEHOLD, family(), today=TODAY)


def as_role(admin, role: Role) -> UserSession:
    return UserSession(admin.vault, dataclasses.replace(admin.user, role=role))


def new(admin, person_id, doc_type="birth_certificate", **fields):
    return applications.create_application(admin, person_id, ApplicationInput(doc_type=doc_type, **fields),
                                           today=TODAY)


def test_a_new_application_starts_at_the_first_step_with_the_type_checklist(admin, household):
    saved = new(admin, household.person_ids[1], next_action="Ask the hospital for the birth notice",
                next_action_due=TODAY + dt.timedelta(days=3))
    record = applications.load_application(admin, saved.id)
    assert record.state == "intake" and record.opened_on == TODAY and not saved.warnings
    assert len(record.data.checklist) == 5 and not any(done for _t, done in record.data.checklist)
    assert [e.kind for e in record.events] == ["created"]
    assert [s.code for s in record.allowed] == ["documents", "on_hold", "closed_unsuccessful"]


def test_a_past_due_date_is_a_warning_and_still_saved(admin, household):
    saved = new(admin, household.person_ids[1], next_action="Call the court", next_action_due=TODAY - dt.timedelta(1))
    assert [w.field for w in saved.warnings] == ["next_action_due"]
    assert applications.load_application(admin, saved.id).data.next_action == "Call the court"


def test_bad_input_is_named_and_nothing_is_saved(admin, household):
    with pytest.raises(ValidationErrors) as err:
        new(admin, household.person_ids[1], doc_type="", fee_amount=-5, fee_receipt="R1",
            next_action_due=TODAY, obstacles=("bad",))
    assert {e.field for _r, e in err.value.problems} == {"doc_type", "fee_amount", "fee_receipt", "next_action",
                                                          "obstacles"}
    assert applications.list_applications(admin) == []
    with pytest.raises(EvidenceOnly):
        new(admin, household.person_ids[1], doc_type="isis_issued")


def test_moves_follow_the_workflow_and_the_timeline_says_who_when_why(admin, household):
    app = new(admin, household.person_ids[1])
    version = applications.move(admin, app.id, "documents", "papers collected", version=app.version, today=TODAY)
    with pytest.raises(TransitionRefused) as err:
        applications.move(admin, app.id, "judgement", version=version, today=TODAY)
    assert "Security clearance" in err.value.args_for_text[2]
    with pytest.raises(ReasonRequired):
        applications.move(admin, app.id, "on_hold", " ", version=version, today=TODAY)
    version = applications.move(admin, app.id, "on_hold", "waiting for the mother to return", version=version,
                                today=TODAY)
    record = applications.load_application(admin, app.id)
    assert record.held_from == "documents" and [s.code for s in record.allowed] == ["documents", "closed_unsuccessful"]
    version = applications.move(admin, app.id, "documents", "back", version=version, today=TODAY)
    with pytest.raises(ValidationErrors):  # closing needs its reason code
        applications.move(admin, app.id, "closed_unsuccessful", "gone", version=version, today=TODAY)
    applications.move(admin, app.id, "closed_unsuccessful", "family left Mosul", close_reason="relocated",
                      version=version, today=TODAY)
    record = applications.load_application(admin, app.id)
    assert record.state == "closed_unsuccessful" and record.outcome == "pending_absent" and record.closed_on == TODAY
    assert [(e.from_state, e.to_state, e.reason, e.username) for e in record.events[1:]] == [
        ("intake", "documents", "papers collected", "admin"),
        ("documents", "on_hold", "waiting for the mother to return", "admin"),
        ("on_hold", "documents", "back", "admin"),
        ("documents", "closed_unsuccessful", "family left Mosul", "admin"),
    ]
    assert record.allowed == ()


def test_an_office_workflow_for_one_document_type_is_used(admin, household):
    with admin.transaction() as db:
        for position, (code, kind) in enumerate((("agent", "open"), ("issued", "issued"), ("stop", "closed"))):
            db.add(WorkflowState(doc_type="ration_card", code=code, name_en=code.title(), name_ar=code, kind=kind,
                                 position=position))
    app = new(admin, household.person_ids[0], doc_type="ration_card")
    record = applications.load_application(admin, app.id)
    assert record.state == "agent" and [s.code for s in record.allowed] == ["issued", "stop"]
    applications.move(admin, app.id, "issued", version=record.version, today=TODAY)
    assert applications.load_application(admin, app.id).outcome == "issued_first_instance"


def test_a_second_window_is_told(admin, household):
    app = new(admin, household.person_ids[1])
    record = applications.load_application(admin, app.id)
    applications.save_application(admin, app.id, dataclasses.replace(record.data, court="محكمة الموصل"),
                                  version=record.version, today=TODAY)
    with pytest.raises(RecordChanged):
        applications.save_application(admin, app.id, dataclasses.replace(record.data, court="other"),
                                      version=record.version, today=TODAY)
    with pytest.raises(RecordChanged):
        applications.move(admin, app.id, "documents", version=record.version, today=TODAY)
    assert applications.load_application(admin, app.id).data.court == "محكمة الموصل"


def test_hearings_move_the_case_as_the_workflow_says(admin, household):
    app = new(admin, household.person_ids[1])
    version = app.version
    for step in ("documents", "security_clearance", "court_filing"):
        version = applications.move(admin, app.id, step, version=version, today=TODAY)
    hearing = HearingInput(held_on=TODAY, court="محكمة الأحوال الشخصية في الموصل", outcome="adjourned",
                           next_hearing_on=TODAY + dt.timedelta(days=14))
    version = applications.record_hearing(admin, app.id, hearing, version=version, today=TODAY)
    record = applications.load_application(admin, app.id)
    assert record.state == "court_filing" and len(record.hearings) == 2  # the next one is on the calendar
    later = record.hearings[1]
    assert later.held_on == TODAY + dt.timedelta(days=14) and later.outcome == ""
    done = HearingInput(held_on=later.held_on, court=later.court, outcome="granted", judge="القاضي")
    applications.record_hearing(admin, app.id, done, version=version, hearing_id=later.id, today=TODAY)
    record = applications.load_application(admin, app.id)
    assert record.state == "judgement" and len(record.hearings) == 2
    assert [e.to_state for e in record.events if e.kind == "hearing"][-2:] == ["hearings", "judgement"]


def test_a_refused_hearing_closes_the_case_as_rejected(admin, household):
    app = new(admin, household.person_ids[1])
    version = applications.record_hearing(admin, app.id, HearingInput(held_on=TODAY, outcome="refused"),
                                          version=app.version, today=TODAY)
    record = applications.load_application(admin, app.id)
    assert record.state == "closed_unsuccessful" and record.outcome == "rejected" and version > app.version
    with pytest.raises(ValidationErrors):
        applications.record_hearing(admin, app.id, HearingInput(held_on=TODAY, outcome="maybe",
                                                                next_hearing_on=TODAY), version=version)


def test_dependencies_block_and_a_cycle_is_refused_with_its_names(admin, household):
    mother, child = household.person_ids[0], household.person_ids[1]
    marriage = new(admin, mother, doc_type="marriage_contract")
    birth = new(admin, child)
    card = new(admin, child, doc_type="national_card")
    applications.add_dependency(admin, birth.id, marriage.id)
    applications.add_dependency(admin, card.id, birth.id)
    assert applications.load_application(admin, card.id).blocked
    with pytest.raises(DependencyCycle) as err:
        applications.add_dependency(admin, marriage.id, card.id)
    assert err.value.args_for_text[0].count("→") == 3 and household.file_numbers[0] in err.value.args_for_text[0]
    rows = {r.id: r.blocked for r in applications.list_applications(admin)}
    assert rows == {marriage.id: False, birth.id: True, card.id: True}


def test_a_person_with_applications_cannot_be_deleted(admin, household):
    new(admin, household.person_ids[1])
    with pytest.raises(HasCasework):
        people.delete_person(admin, household.person_ids[1])


@pytest.mark.parametrize("role, may", [(Role.STAFF, False), (Role.MANAGER, False), (Role.LEGAL, True),
                                       (Role.ADMIN, True)])
def test_r1_applications_are_refused_in_the_service_layer_and_audited(admin, household, role, may):
    session = as_role(admin, role)
    calls = [
        lambda: new(session, household.person_ids[1]),
        lambda: applications.move(session, app.id, "documents", version=1, today=TODAY),
        lambda: applications.record_hearing(session, app.id, HearingInput(held_on=TODAY), version=1),
        lambda: applications.add_dependency(session, app.id, app.id),
        lambda: plans.create_plan(session, household.household_id, []),
    ]
    app = new(admin, household.person_ids[2])
    for call in calls:
        if may:
            try:
                call()
            except (DependencyCycle, RecordChanged):
                pass
        else:
            with pytest.raises(PermissionDenied):
                call()
    # Everybody who may see people may read applications.
    assert applications.list_applications(session)
    with admin.transaction() as db:
        denials = db.scalar(select(AuditEntry).where(AuditEntry.action == "permission_denied")
                            .order_by(AuditEntry.seq.desc()))
    assert (denials is not None) == (not may)


def test_only_legal_users_and_administrators_own_applications(admin, household):
    users.add_user(admin, "clerk", "front-desk-pass-1", role="staff")
    lawyer = users.add_user(admin, "lawyer", "court-room-pass-1", role="legal", full_name="Lawyer One")
    with admin.transaction() as db:
        from db.models import User

        clerk_id = db.scalar(select(User.id).where(User.username == "clerk"))
    with pytest.raises(NotALegalUser):
        new(admin, household.person_ids[1], owner_id=clerk_id)
    owners = dict(applications.legal_users(admin))
    assert "Lawyer One" in owners.values() and clerk_id not in owners
    del lawyer


# ---- the household plan -------------------------------------------------------------------------


def test_the_plan_for_a_mother_whose_marriage_was_never_registered(admin, household):
    mother = household.person_ids[0]
    record = records.load_person(admin, mother)
    records.save_person(admin, mother, edit_of(record, person={"marital_status": "married_unregistered"},
                                               documents=(DocumentInput("civil_id", "1"),)),
                        version=record.version, today=TODAY)
    child = household.person_ids[1]
    record = records.load_person(admin, child)
    records.save_person(admin, child, edit_of(record, documents=(DocumentInput("isis_issued"),)),
                        version=record.version, today=TODAY)
    plan = plans.plan_household(admin, household.household_id, today=TODAY)
    keys = {p.key: p for p in plan.proposals}
    assert f"{mother}:marriage_contract" in keys and f"{mother}:national_card" not in keys  # civil ID counts
    for child_id in household.person_ids[1:]:
        birth, card = keys[f"{child_id}:birth_certificate"], keys[f"{child_id}:national_card"]
        assert birth.waits_for == (f"{mother}:marriage_contract",) and card.waits_for == (birth.key,)
    # The ISIS paper counts for nothing.
    assert "isis_issued" not in plan.members[1].holds and "birth_certificate" in plan.members[1].lacks

    created = plans.create_plan(admin, household.household_id, list(keys), today=TODAY)
    assert len(created) == len(keys) == 11
    card = applications.load_application(admin, created[f"{household.person_ids[1]}:national_card"])
    assert card.blocked and card.waits_for[0].doc_type == "birth_certificate"
    # Planned again: nothing is proposed twice, the running applications are shown instead.
    again = plans.plan_household(admin, household.household_id, today=TODAY)
    assert again.proposals == () and again.members[0].applying == ("marriage_contract",)
    assert plans.create_plan(admin, household.household_id, list(keys), today=TODAY) == {}
