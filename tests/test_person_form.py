"""The person form and the household view, driven as staff would (offscreen Qt, pytest-qt):
fields load and save, problems show next to their field in the user's language, Enter saves,
closing with changes asks, a second window is told, the sensitive tab is there only with the
permission and every showing is audited."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from db import people, records
from db.models import AuditEntry
from db.permissions import Role
from db.records import DocumentInput
from db.session import UserSession
from tests.test_people import HOUSEHOLD, TODAY, family


@pytest.fixture
def app(qapp):
    from desktop.app import register_fonts
    from ui import i18n

    register_fonts()
    i18n.install(qapp, "en")
    yield qapp
    i18n.install(qapp, "en")


@pytest.fixture
def household(admin):
    return people.register_household(admin, HOUSEHOLD, family(), today=TODAY)


@pytest.fixture
def answers(monkeypatch):
    """Every question and error dialog answered without a window: what was asked is kept."""
    asked: dict[str, list] = {"ask": [], "error": []}
    reply = {"ask": False}

    def fake_ask(parent, text, **kwargs):
        asked["ask"].append(text)
        return reply["ask"]

    def fake_error(parent, text, details=""):
        asked["error"].append(text)

    import ui.pages.household as household_page
    import ui.pages.person_form as form

    for module in (form, household_page):
        monkeypatch.setattr(module, "ask", fake_ask)
        monkeypatch.setattr(module, "show_error", fake_error)
    asked["reply"] = reply
    return asked


def open_form(session, qtbot, person_id=None, **kwargs):
    from ui.pages.person_form import PersonDialog

    dialog = PersonDialog(session, person_id, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_form_shows_the_record_and_saves_what_was_changed(app, admin, household, qtbot, answers):
    mother_id = household.person_ids[0]
    dialog = open_form(admin, qtbot, mother_id)
    assert dialog.widgets["first_name"].text() == "فاطمة"
    assert dialog.widgets["birth_date"].text() == "~1990"
    assert dialog.relatives.rowCount() == 5 and dialog.windowTitle() == "Person record"
    assert "فاطمة" not in dialog.windowTitle()
    dialog.widgets["place_of_birth"].setText("تلعفر")
    dialog.widgets["marital_status"].setCurrentIndex(dialog.widgets["marital_status"].findData("husband_missing"))
    dialog.widgets["wg_walking"].setCurrentIndex(dialog.widgets["wg_walking"].findData(3))
    qtbot.mouseClick(dialog.findChild(type(dialog.save_button), "addDocument"), Qt.MouseButton.LeftButton)
    dialog.documents.item(0, 1).setText("NC-991")
    dialog.documents.item(0, 2).setText("2/2/2020")
    assert dialog.is_dirty()
    assert dialog.save()
    record = records.load_person(admin, mother_id)
    assert record.person.place_of_birth == "تلعفر" and record.person.marital_status == "husband_missing"
    assert dict(record.person.wg)["wg_walking"] == 3
    assert [(d.doc_type, d.number) for d in record.documents] == [("national_card", "NC-991")]


def test_problems_show_next_to_their_fields_and_nothing_is_saved(app, admin, household, qtbot, answers):
    pid = household.person_ids[0]
    before = records.load_person(admin, pid)
    dialog = open_form(admin, qtbot, pid)
    dialog.widgets["first_name"].setText("")
    dialog.widgets["phone"].setText("0770")
    dialog.tabs.setCurrentIndex(3)
    qtbot.mouseClick(dialog.findChild(type(dialog.save_button), "addDocument"), Qt.MouseButton.LeftButton)
    dialog.documents.item(0, 2).setText("31/02/2020")
    assert not dialog.save()
    assert dialog.errors["first_name"].isVisible()
    assert dialog.errors["first_name"].text() == "Write the first name."
    assert "Iraqi mobile" in dialog.errors["phone"].text()
    # The date's own message, translated inside the document's.
    assert dialog.document_errors.text() == "Document 1: There is no 31 February 2020."
    # The first problem's tab is shown and its field has the focus.
    assert dialog.tabs.currentIndex() == 0
    assert records.load_person(admin, pid) == before


def test_enter_saves_and_the_form_closes(app, admin, household, qtbot, answers):
    pid = household.person_ids[1]
    dialog = open_form(admin, qtbot, pid)
    dialog.widgets["place_of_birth"].setText("الموصل")
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        QTest.keyClick(dialog.widgets["place_of_birth"], Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert records.load_person(admin, pid).person.place_of_birth == "الموصل"


def test_closing_with_changes_asks_and_the_safe_answer_keeps_the_form(app, admin, household, qtbot, answers):
    dialog = open_form(admin, qtbot, household.person_ids[1])
    dialog.reject()
    assert answers["ask"] == [] and not dialog.isVisible()
    dialog = open_form(admin, qtbot, household.person_ids[1])
    dialog.widgets["family_name"].setText("الحمداني")
    dialog.reject()
    assert answers["ask"] and dialog.isVisible()
    answers["reply"]["ask"] = True
    dialog.reject()
    assert not dialog.isVisible()


def test_a_second_window_is_told_someone_saved_first(app, admin, household, qtbot, answers):
    pid = household.person_ids[2]
    first = open_form(admin, qtbot, pid)
    second = open_form(admin, qtbot, pid)
    first.widgets["place_of_birth"].setText("سنجار")
    assert first.save()
    second.widgets["place_of_birth"].setText("زمار")
    assert not second.save()
    assert answers["error"] and "Someone else saved this record" in answers["error"][0]
    assert second.isVisible() and second.widgets["place_of_birth"].text() == "زمار"  # their typing is kept
    assert records.load_person(admin, pid).person.place_of_birth == "سنجار"


def test_relatives_are_found_by_name_and_added(app, admin, household, qtbot, answers):
    pid = household.person_ids[1]
    dialog = open_form(admin, qtbot, pid)
    rows = dialog.relatives.rowCount()
    dialog.relative_search.setText("مريم")
    dialog._find_relatives()
    assert dialog.relative_hits.count() >= 1
    dialog._pick_relative(dialog.relative_hits.item(0))
    assert dialog.relatives.rowCount() == rows + 1
    combo = dialog.relatives.cellWidget(rows, 2)
    combo.setCurrentIndex(combo.findData("sibling"))
    assert dialog.save()
    kinds = {(r.file_number, r.kind) for r in records.load_person(admin, pid).relations}
    assert (household.file_numbers[2], "sibling") in kinds


def test_the_sensitive_tab_needs_the_permission_and_each_showing_is_audited(app, admin, household, qtbot, answers):
    pid = household.person_ids[0]
    clerk = UserSession(admin.vault, dataclasses.replace(admin.user, role=Role.STAFF, can_view_sensitive=False))
    dialog = open_form(clerk, qtbot, pid)
    assert dialog.sensitive_tab is None
    assert "Sensitive" not in [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    dialog = open_form(admin, qtbot, pid)
    dialog.tabs.setCurrentWidget(dialog.sensitive_tab)
    assert not dialog.sensitive_box.isVisibleTo(dialog)
    with admin.transaction() as db:
        before = db.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1))
    qtbot.mouseClick(dialog.show_sensitive, Qt.MouseButton.LeftButton)
    assert dialog.sensitive_box.isVisibleTo(dialog)
    with admin.transaction() as db:
        actions = list(db.scalars(select(AuditEntry.action).where(AuditEntry.seq > before)))
    assert actions == ["view_sensitive"]
    dialog.sensitive_flags["threats"].setChecked(True)
    dialog.sensitive_notes.setPlainText("ZZNOTE")
    assert dialog.save()
    assert people.sensitive_profile(admin, pid).threats


def test_only_roles_that_may_export_see_the_subject_access_button(app, admin, household, qtbot, answers):
    pid = household.person_ids[0]
    clerk = UserSession(admin.vault, dataclasses.replace(admin.user, role=Role.STAFF, can_view_sensitive=False))
    assert open_form(clerk, qtbot, pid).export_button.isHidden()  # addButton used to show it again
    assert not open_form(admin, qtbot, pid).export_button.isHidden()


def test_a_new_member_is_added_to_the_household(app, admin, household, qtbot, answers):
    from db.records import RelationInput
    from db.validation import PersonInput

    template = PersonInput(mother_name="فاطمة أحمد علي", sex="F", relationship_to_head="daughter",
                           father_unknown=True)
    dialog = open_form(admin, qtbot, household_id=household.household_id, template=template,
                       relations=(RelationInput(household.person_ids[0], "mother"),))
    assert dialog.windowTitle() == "New person" and not dialog.consent_tab.isEnabled()
    dialog.widgets["first_name"].setText("آمنة")
    dialog.widgets["birth_date"].setText("1/9/2025")
    assert dialog.save(), answers
    shown = records.load_household(admin, household.household_id)
    assert "آمنة" in [m.full_name for m in shown.members]


def test_consent_is_recorded_and_withdrawn_from_the_form(app, admin, household, qtbot, answers, monkeypatch):
    from ui.pages import person_form

    pid = household.person_ids[0]
    dialog = open_form(admin, qtbot, pid)

    def fill_and_save(consent_dialog):
        consent_dialog.scopes["referral"].setChecked(True)
        consent_dialog.scopes["sharing"].setChecked(True)
        consent_dialog.agencies.setText("UNICEF، Save the Children")
        consent_dialog.save()
        return consent_dialog.result()

    monkeypatch.setattr(person_form.ConsentDialog, "exec", fill_and_save)
    dialog._record_consent()
    assert dialog.consents.rowCount() == 1 and "UNICEF" in dialog.consents.item(0, 2).text()
    with admin.transaction() as db:
        assert people.may_refer(db, pid, "Save the Children").allowed
    dialog.consents.setCurrentCell(0, 0)
    answers["reply"]["ask"] = True
    dialog._withdraw_consent()
    assert dialog.consents.item(0, 3).text()
    with admin.transaction() as db:
        assert not people.may_refer(db, pid, "UNICEF").allowed


def test_the_household_view_lists_members_and_saves_the_address(app, admin, household, qtbot, answers):
    from ui.pages.household import HouseholdDialog

    dialog = HouseholdDialog(admin, household.household_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.members.rowCount() == 6
    assert dialog.members.item(0, 0).text() == household.file_numbers[0]
    dialog.landmark.setText("قرب جامع النبي يونس")
    dialog.registry_record.setText("٧٧")
    assert dialog.save()
    again = records.load_household(admin, household.household_id)
    assert again.household.landmark == "قرب جامع النبي يونس" and again.registry[0] == "77"


def test_document_rows_keep_their_identity_through_the_form(app, admin, household, qtbot, answers):
    pid = household.person_ids[0]
    record = records.load_person(admin, pid)
    records.save_person(admin, pid, dataclasses.replace(
        _edit(record), documents=(DocumentInput("civil_id", "1"), DocumentInput("passport", "2"))),
        version=record.version)
    first_id = records.load_person(admin, pid).documents[0].id
    dialog = open_form(admin, qtbot, pid)
    dialog.documents.setCurrentCell(1, 1)
    dialog._remove_row(dialog.documents)
    assert dialog.save()
    assert [d.id for d in records.load_person(admin, pid).documents] == [first_id]


def _edit(record):
    from tests.test_records import edit_of

    return edit_of(record)


def test_the_form_speaks_arabic_right_to_left(app, admin, household, qtbot, answers):
    from ui import i18n

    i18n.install(app, "ar")
    dialog = open_form(admin, qtbot, household.person_ids[0])
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.tabs.tabText(0) == "الهوية" and dialog.windowTitle() == "سجل شخص"
    dialog.widgets["first_name"].setText("")
    dialog.widgets["birth_date"].setText("31/02/1990")
    dialog.tabs.setCurrentIndex(3)
    qtbot.mouseClick(dialog.findChild(type(dialog.save_button), "addDocument"), Qt.MouseButton.LeftButton)
    dialog.documents.item(0, 2).setText("1/1/2090")
    assert not dialog.save()
    assert dialog.errors["first_name"].text() == app.translate("SanadError", "Write the first name.")
    assert dialog.errors["first_name"].text() != "Write the first name."
    assert "1990" in dialog.errors["birth_date"].text() and "February" not in dialog.errors["birth_date"].text()
    assert dialog.document_errors.text().startswith("الوثيقة 1:")
    assert dialog.problems.text() == "مشكلات يجب تصحيحها قبل الحفظ: 3."


def test_person_and_household_show_their_casework(app, admin, household, qtbot, answers):
    from db import applications
    from db.applications import ApplicationInput
    from ui.pages.household import HouseholdDialog

    child = household.person_ids[1]
    applications.create_application(admin, child, ApplicationInput(doc_type="birth_certificate"), today=TODAY)
    dialog = open_form(admin, qtbot, child)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "Applications" in titles and "Referrals" in titles
    panel = dialog.casework[0]
    assert panel.table.rowCount() == 1 and panel.table.item(0, 0).text() == "Birth certificate"
    view = HouseholdDialog(admin, household.household_id)
    qtbot.addWidget(view)
    assert view.casework.table.rowCount() == 1
    assert view.casework.table.item(0, 0).text() == household.file_numbers[1]
    # A new person has no casework tabs until saved.
    new_form = open_form(admin, qtbot, household_id=household.household_id)
    assert new_form.casework == []
