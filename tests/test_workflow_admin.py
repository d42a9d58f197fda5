"""Editing document types, workflows and checklists (db/workflow_admin.py): administrators only,
checked with the workflow rules, a state that applications are in is never removed, one document
type's own workflow and back to the default, audited, and the list screen's queries."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from db import applications, people, workflow_admin
from db.applications import ApplicationFilter, ApplicationInput
from db.errors import PermissionDenied, ValidationErrors
from db.models import AuditEntry
from db.permissions import Role
from db.session import UserSession
from db.workflow_admin import ChecklistLine, DocumentTypeInput, StateInput, StateInUse, WorkflowChanged
from tests.test_people import HOUSEHOLD, TODAY, family


@pytest.fixture
def household(admin):
    return people.register_household(admin, HOUSEHOLD, family(), today=TODAY)


def as_role(admin, role: Role) -> UserSession:
    return UserSession(admin.vault, dataclasses.replace(admin.user, role=role))


def new(admin, person_id, doc_type="birth_certificate", **fields):
    return applications.create_application(admin, person_id, ApplicationInput(doc_type=doc_type, **fields),
                                           today=TODAY)


def test_document_types_are_listed_in_order_with_both_names(admin):
    types = workflow_admin.document_types(admin)
    assert types[0].code == "national_card" and types[0].name("ar") == "البطاقة الوطنية الموحدة"
    assert types[0].name("en") == "Unified National Card"
    assert next(t for t in types if t.code == "isis_issued").evidence_only


def test_an_office_adds_renames_reorders_and_retires_document_types(admin):
    types = workflow_admin.document_types(admin)
    renamed = [dataclasses.replace(types[1], name_en="Civil ID"), types[0], *types[2:],
               DocumentTypeInput("disavowal", "وثيقة تبرّؤ", "Disavowal statement", "المحكمة", "Court")]
    renamed[3] = dataclasses.replace(renamed[3], active=False)
    workflow_admin.save_document_types(admin, renamed)
    again = workflow_admin.document_types(admin)
    assert [t.code for t in again] == [t.code for t in renamed]
    assert again[0].name_en == "Civil ID" and again[-1].authority("ar") == "المحكمة"
    assert not again[3].active
    assert renamed[3].code not in {t.code for t in workflow_admin.document_types(admin, include_inactive=False)}
    with admin.transaction() as db:
        assert db.scalar(select(AuditEntry).where(AuditEntry.entity == "document_type")
                         .order_by(AuditEntry.seq.desc())) is not None


def test_bad_document_types_are_named_by_row_and_nothing_is_written(admin):
    before = workflow_admin.document_types(admin)
    with pytest.raises(ValidationErrors) as err:
        workflow_admin.save_document_types(admin, [
            DocumentTypeInput("Bad Code", "x", "x"), DocumentTypeInput("ok_one", "", " "),
            DocumentTypeInput("ok_one", "a", "b"), DocumentTypeInput("long", "x" * 121, "y"),
        ])
    assert [e.field for _r, e in err.value.problems] == ["type:0:code", "type:1:name_ar", "type:2:code",
                                                         "type:3:name_ar"]
    assert workflow_admin.document_types(admin) == before


def test_a_type_with_open_applications_cannot_become_evidence_only(admin, household):
    new(admin, household.person_ids[1])
    types = workflow_admin.document_types(admin)
    changed = [dataclasses.replace(t, evidence_only=True) if t.code == "birth_certificate" else t for t in types]
    with pytest.raises(ValidationErrors) as err:
        workflow_admin.save_document_types(admin, changed)
    assert "Birth certificate" in str(err.value)


def test_the_default_workflow_is_edited_renamed_and_reordered(admin):
    draft = workflow_admin.workflow_states(admin)
    assert draft.own and draft.states[0].code == "intake" and draft.in_use == {}
    states = list(draft.states)
    states[0] = dataclasses.replace(states[0], name_en="Reception", name_ar="الاستقبال")
    states.insert(2, StateInput("disavowal", "التبرّؤ", "Disavowal", "open"))
    states[3], states[4] = states[4], states[3]
    workflow_admin.save_workflow(admin, "", states, loaded=draft.states)
    workflow = workflow_admin.workflows(admin)["birth_certificate"]
    assert [s.code for s in workflow.steps][:5] == ["intake", "documents", "disavowal", "court_filing",
                                                    "security_clearance"]
    assert workflow.state("intake").name("en") == "Reception"


def test_a_workflow_the_rules_refuse_is_not_written_and_says_why(admin):
    draft = workflow_admin.workflow_states(admin)
    without_end = [s for s in draft.states if s.kind != "issued"]
    with pytest.raises(ValidationErrors) as err:
        workflow_admin.save_workflow(admin, "", without_end)
    assert [e.text for _r, e in err.value.problems] == ["it needs exactly one \"issued\" state."]
    with pytest.raises(ValidationErrors) as err:
        workflow_admin.save_workflow(admin, "", [*draft.states, StateInput("x-y", "", "", "maybe")])
    assert {e.field for _r, e in err.value.problems} == {"state:10:code", "state:10:name_ar", "state:10:kind"}
    assert workflow_admin.workflow_states(admin).states == draft.states


def test_a_state_applications_are_in_cannot_be_removed(admin, household):
    app = new(admin, household.person_ids[1])
    version = applications.move(admin, app.id, "documents", version=app.version, today=TODAY)
    applications.move(admin, app.id, "on_hold", "waiting", version=version, today=TODAY)
    draft = workflow_admin.workflow_states(admin)
    assert draft.in_use == {"on_hold": 1, "documents": 1}
    # Paused from "documents": removing it would strand the application on hold.
    with pytest.raises(StateInUse) as err:
        workflow_admin.save_workflow(admin, "", [s for s in draft.states if s.code != "documents"])
    assert err.value.args_for_text == ("Gathering documents", 1)
    with pytest.raises(ValidationErrors):  # nor change what it means
        workflow_admin.save_workflow(admin, "", [dataclasses.replace(s, kind="open") if s.code == "on_hold" else s
                                                 for s in draft.states if s.code != "intake"])
    # An unused state goes.
    workflow_admin.save_workflow(admin, "", [s for s in draft.states if s.code != "court_filing"])
    assert "court_filing" not in {s.code for s in workflow_admin.workflow_states(admin).states}


def test_a_second_editor_is_told(admin):
    draft = workflow_admin.workflow_states(admin)
    renamed = [dataclasses.replace(s, name_en=s.name_en + "!") for s in draft.states]
    workflow_admin.save_workflow(admin, "", renamed, loaded=draft.states)
    with pytest.raises(WorkflowChanged):
        workflow_admin.save_workflow(admin, "", draft.states, loaded=draft.states)


def test_one_document_type_gets_its_own_workflow_and_goes_back_to_the_default(admin, household):
    draft = workflow_admin.workflow_states(admin, "ration_card")
    assert not draft.own and draft.states == workflow_admin.workflow_states(admin).states
    app = new(admin, household.person_ids[0], doc_type="ration_card")  # in "intake"
    short = [StateInput("agent", "الوكيل", "Agent", "open"), StateInput("issued", "صدرت", "Issued", "issued"),
             StateInput("stop", "توقفت", "Stopped", "closed")]
    with pytest.raises(StateInUse):  # its application is in "intake", which the new list lacks
        workflow_admin.save_workflow(admin, "ration_card", short)
    workflow_admin.save_workflow(admin, "ration_card", [StateInput("intake", "استقبال", "Intake", "open"), *short])
    draft = workflow_admin.workflow_states(admin, "ration_card")
    assert draft.own and draft.in_use == {"intake": 1}
    assert [s.code for s in applications.load_application(admin, app.id).allowed] == ["agent", "stop"]
    assert workflow_admin.workflows(admin)["passport"].state("hearings")  # others keep the default
    version = applications.load_application(admin, app.id).version
    applications.move(admin, app.id, "agent", version=version, today=TODAY)
    with pytest.raises(StateInUse):  # "agent" is not in the default
        workflow_admin.use_default_workflow(admin, "ration_card")
    assert workflow_admin.workflow_states(admin, "ration_card").own


def test_checklists_are_edited_in_order(admin):
    lines = workflow_admin.checklist(admin, "birth_certificate")
    assert len(lines) == 5 and lines[0].text_en.startswith("Hospital birth notice")
    edited = [lines[1], dataclasses.replace(lines[0], text_en="Birth notice"), ChecklistLine("شاهدان", "Two witnesses")]
    workflow_admin.save_checklist(admin, "birth_certificate", edited)
    again = workflow_admin.checklist(admin, "birth_certificate")
    assert [line.text_en for line in again] == [lines[1].text_en, "Birth notice", "Two witnesses"]
    assert again[0].id == lines[1].id
    with pytest.raises(ValidationErrors) as err:
        workflow_admin.save_checklist(admin, "birth_certificate", [*again, ChecklistLine(" ", "")])
    assert [e.field for _r, e in err.value.problems] == ["check:3"]


@pytest.mark.parametrize("role", [Role.STAFF, Role.LEGAL, Role.MANAGER])
def test_only_administrators_change_the_reference_data(admin, role):
    session = as_role(admin, role)
    types = workflow_admin.document_types(session)  # everyone reads the names
    draft = workflow_admin.workflow_states(session)
    for call in (lambda: workflow_admin.save_document_types(session, types),
                 lambda: workflow_admin.save_workflow(session, "", draft.states),
                 lambda: workflow_admin.use_default_workflow(session, "passport"),
                 lambda: workflow_admin.save_checklist(session, "passport", [])):
        with pytest.raises(PermissionDenied):
            call()


# ---- the list screen's queries (db/applications.py application_ids / application_rows) ------------


def test_the_list_filters_sorts_and_shows_what_an_application_waits_for(admin, household):
    mother, child = household.person_ids[0], household.person_ids[1]
    marriage = new(admin, mother, doc_type="marriage_contract", next_action="File the case",
                   next_action_due=TODAY - dt.timedelta(days=2))
    birth = new(admin, child, next_action="Hospital", next_action_due=TODAY + dt.timedelta(days=5))
    card = new(admin, child, doc_type="national_card", owner_id=admin.user.id)
    applications.add_dependency(admin, birth.id, marriage.id)
    ids = applications.application_ids(admin, ApplicationFilter(), today=TODAY)
    assert list(ids) == [card.id, birth.id, marriage.id]  # newest move first
    by_due = applications.application_ids(admin, ApplicationFilter(), sort="next_action_due", descending=False)
    assert list(by_due) == [marriage.id, birth.id, card.id]  # no date last
    assert list(applications.application_ids(admin, ApplicationFilter(overdue=True), today=TODAY)) == [marriage.id]
    assert list(applications.application_ids(admin, ApplicationFilter(owner_id=admin.user.id))) == [card.id]
    assert list(applications.application_ids(admin, ApplicationFilter(doc_type="national_card"))) == [card.id]
    assert set(applications.application_ids(admin, ApplicationFilter(search=household.file_numbers[1]))) == {
        birth.id, card.id}
    rows = applications.application_rows(admin, list(ids))
    assert rows[birth.id].blocked and rows[birth.id].waits_for[0].doc_type == "marriage_contract"
    assert rows[birth.id].waits_for[0].file_number == household.file_numbers[0]
    assert not rows[card.id].blocked and rows[card.id].owner == "Office Admin"
    version = applications.move(admin, marriage.id, "closed_unsuccessful", "gone", close_reason="relocated",
                                version=marriage.version, today=TODAY)
    assert version
    assert marriage.id not in applications.application_ids(admin, ApplicationFilter(open_only=True))
    assert list(applications.application_ids(admin, ApplicationFilter(state="closed_unsuccessful"))) == [marriage.id]
