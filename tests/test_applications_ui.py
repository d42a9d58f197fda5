"""The applications screens driven as a lawyer would (offscreen Qt, pytest-qt): create an application,
advance it, hold needs a reason, a refused move shows the workflow's message, a hearing that moves
the case, dependencies with a cycle refused, a second window told, the list with its filters, the
household plan, the workflow settings, and the `sanad applications` command; in English and Arabic."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from db import applications, people, workflow_admin
from db.applications import ApplicationFilter, ApplicationInput
from db.permissions import Role
from db.session import UserSession
from tests.conftest import ADMIN_PASSWORD
from tests.test_people import HOUSEHOLD, TODAY, family

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


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
    """Questions and error dialogs answered without a window; what was said is kept."""
    said: dict[str, list] = {"ask": [], "error": []}
    reply = {"ask": False}

    def fake_ask(parent, text, **kwargs):
        said["ask"].append(text)
        return reply["ask"]

    def fake_error(parent, text, details=""):
        said["error"].append(text)

    import ui.application_dialog as dialog_module
    import ui.pages.applications as page_module
    import ui.pages.workflow_settings as settings_module
    import ui.plan_dialog as plan_module

    for module in (dialog_module, page_module, plan_module):
        monkeypatch.setattr(module, "show_error", fake_error)
    for module in (dialog_module, settings_module):
        monkeypatch.setattr(module, "ask", fake_ask)
    said["reply"] = reply
    return said


def as_role(admin, role: Role) -> UserSession:
    return UserSession(admin.vault, dataclasses.replace(admin.user, role=role))


def new(admin, person_id, doc_type="birth_certificate", **fields):
    return applications.create_application(admin, person_id, ApplicationInput(doc_type=doc_type, **fields))


def open_dialog(session, qtbot, app_id=None, person_id=None):
    from ui.application_dialog import ApplicationDialog

    dialog = ApplicationDialog(session, app_id, person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def when_modal(action, seen: list | None = None) -> None:
    """Do `action` with the next modal dialog once it shows (exec blocks the test meanwhile)."""
    def handler():
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(10, handler)
            return
        if seen is not None:
            seen.append(widget)
        action(widget)
    QTimer.singleShot(0, handler)


def move_button(dialog, code: str) -> QPushButton:
    return dialog.findChild(QPushButton, f"move_{code}")


def confirm_move(reason: str = "", close_reason: str = "", then_cancel: bool = False, errors: list | None = None):
    """Fill the move question; with `then_cancel`, keep what it said and close it."""
    def act(move):
        if move.close_reason is not None and close_reason:
            move.close_reason.setCurrentIndex(move.close_reason.findData(close_reason))
        move.reason.setText(reason)
        QTest.mouseClick(move.ok, Qt.MouseButton.LeftButton)
        if then_cancel and move.isVisible():
            if errors is not None:
                errors.append(move.error.text())
            move.reject()
    return act


# ---- creating and editing -------------------------------------------------------------------------


def test_create_an_application_for_a_person(app, admin, household, qtbot, answers):
    child = household.person_ids[1]
    dialog = open_dialog(admin, qtbot, person_id=child)
    assert dialog.windowTitle() == "New document application" and "عبد" not in dialog.windowTitle()
    assert dialog.header.text().startswith("عبد الله") and dialog.file_label.text() == household.file_numbers[1]
    assert not move_button(dialog, "documents") and not dialog.hearings_tab.isEnabled()
    dialog.doc_type.setCurrentIndex(dialog.doc_type.findData("birth_certificate"))
    assert dialog.checklist.rowCount() == 5  # the type's checklist
    assert dialog.widgets["authority"].text() == "Health directorate / Civil Affairs"
    dialog.checklist.item(0, 0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(dialog.widgets["next_action"], "Ask the hospital for the birth notice")
    dialog.has_due.setChecked(True)
    dialog.due.setDate(QDate.currentDate().addDays(7))
    dialog.obstacles["father_missing"].setChecked(True)
    dialog.fee_amount.setValue(25_000)
    assert dialog.owner.currentData() == admin.user.id  # the one making it, when they may own
    QTest.keyClick(dialog.widgets["next_action"], Qt.Key.Key_Return)  # Enter saves
    assert dialog.result() == dialog.DialogCode.Accepted
    [row] = applications.list_applications(admin)
    record = applications.load_application(admin, row.id)
    assert record.state == "intake" and record.data.next_action == "Ask the hospital for the birth notice"
    assert record.data.checklist[0][1] and not record.data.checklist[1][1]
    assert record.data.obstacles == ("father_missing",) and record.data.fee_amount == 25_000


def test_problems_show_next_to_their_field_and_nothing_is_saved(app, admin, household, qtbot, answers):
    dialog = open_dialog(admin, qtbot, person_id=household.person_ids[1])
    dialog.widgets["fee_receipt"].setText("R-1")  # a receipt before the fee is paid
    dialog.has_due.setChecked(True)  # a date with no action
    dialog._add_check_line()
    assert not dialog.write()
    assert dialog.errors["fee_receipt"].text() == "A receipt number is written only once the fee is paid."
    assert dialog.errors["next_action"].text() == "Write the next action that is due on this date."
    assert dialog.check_errors.text() == "Checklist line 6 is empty."
    assert dialog.problems.text().startswith("Problems to fix before saving: 3.")
    assert applications.list_applications(admin) == []


def test_a_past_due_date_is_a_warning_and_still_saved(app, admin, household, qtbot, answers):
    saved = new(admin, household.person_ids[1])
    dialog = open_dialog(admin, qtbot, saved.id)
    dialog.widgets["next_action"].setText("Call the court")
    dialog.has_due.setChecked(True)
    dialog.due.setDate(QDate.currentDate().addDays(-3))
    assert "already past" in dialog.errors["next_action_due"].text()
    assert dialog.save()
    record = applications.load_application(admin, saved.id)
    assert record.data.next_action_due == dt.date.today() - dt.timedelta(days=3)


def test_closing_with_changes_asks_and_keeps_them_by_default(app, admin, household, qtbot, answers):
    saved = new(admin, household.person_ids[1])
    dialog = open_dialog(admin, qtbot, saved.id)
    assert not dialog.is_dirty()
    dialog.widgets["court"].setText("محكمة الموصل")
    dialog.reject()
    assert answers["ask"] and dialog.isVisible()


# ---- moving ---------------------------------------------------------------------------------------


def test_advance_an_application_and_the_timeline_says_who_when_why(app, admin, household, qtbot, answers):
    saved = new(admin, household.person_ids[1])
    dialog = open_dialog(admin, qtbot, saved.id)
    assert set(dialog.move_buttons) == {"documents", "on_hold", "closed_unsuccessful"}  # only the allowed
    assert dialog.state_badge.text() == "Intake" and dialog.timeline.count() == 1
    when_modal(confirm_move("papers collected"))
    QTest.mouseClick(move_button(dialog, "documents"), Qt.MouseButton.LeftButton)
    assert dialog.state_badge.text() == "Gathering documents"
    assert set(dialog.move_buttons) == {"security_clearance", "intake", "on_hold", "closed_unsuccessful"}
    when, who, what, why = dialog.timeline.item(0).data(Qt.ItemDataRole.UserRole)
    assert who == "admin" and what == "Intake → Gathering documents" and why == "papers collected"
    assert dialog.timeline.item(0).text() == f"{when}  ·  admin\nIntake → Gathering documents\npapers collected"
    assert when.startswith(dt.date.today().strftime("%d/%m/%Y"))
    assert applications.load_application(admin, saved.id).state == "documents"


def test_hold_needs_a_reason_and_closing_needs_why(app, admin, household, qtbot, answers):
    saved = new(admin, household.person_ids[1])
    dialog = open_dialog(admin, qtbot, saved.id)
    said: list[str] = []
    when_modal(confirm_move("  ", then_cancel=True, errors=said))
    QTest.mouseClick(move_button(dialog, "on_hold"), Qt.MouseButton.LeftButton)
    assert said == ['Moving to "On hold" needs a reason: write why.']
    assert applications.load_application(admin, saved.id).state == "intake"
    when_modal(confirm_move("the mother travelled to Erbil"))
    assert dialog.move_to("on_hold")
    assert dialog.state_label.text().startswith('On hold (paused at "Intake")')
    assert set(dialog.move_buttons) == {"intake", "closed_unsuccessful"}
    said.clear()
    when_modal(confirm_move("gone", then_cancel=True, errors=said))
    dialog.move_to("closed_unsuccessful")
    assert said == ["Choose why the application is closed."]
    when_modal(confirm_move("family left Mosul", close_reason="relocated"))
    assert dialog.move_to("closed_unsuccessful")
    assert dialog.move_buttons == {} and "Pending: applicant absent" in dialog.state_label.text()
    assert "nothing follows" in dialog.move_label.text()


def test_a_refused_move_shows_the_workflows_message(app, admin, household, qtbot, answers):
    saved = new(admin, household.person_ids[1])
    dialog = open_dialog(admin, qtbot, saved.id)
    said: list[str] = []
    when_modal(confirm_move("skip ahead", then_cancel=True, errors=said))
    assert not dialog.move_to("judgement")
    assert said == ['An application in "Intake" cannot move to "Judgement". From here it can go to: '
                    'Gathering documents, On hold, Closed - unsuccessful.']


def test_moves_save_pending_edits_first_only_if_the_user_agrees(app, admin, household, qtbot, answers):
    saved = new(admin, household.person_ids[1])
    dialog = open_dialog(admin, qtbot, saved.id)
    dialog.widgets["case_number"].setText("123/ش/2026")
    assert not dialog.move_to("documents")  # the question's safe answer: nothing happens
    assert "Save the changes first?" in answers["ask"][-1]
    answers["reply"]["ask"] = True
    when_modal(confirm_move())
    assert dialog.move_to("documents")
    record = applications.load_application(admin, saved.id)
    assert record.state == "documents" and record.data.case_number == "123/ش/2026"


def test_a_second_window_is_told_and_nothing_is_overwritten(app, admin, household, qtbot, answers):
    saved = new(admin, household.person_ids[1])
    first = open_dialog(admin, qtbot, saved.id)
    second = open_dialog(admin, qtbot, saved.id)
    first.widgets["court"].setText("محكمة الأحوال الشخصية في الموصل")
    assert first.save()
    second.widgets["court"].setText("another court")
    assert not second.save()
    assert answers["error"] == ["Someone else saved this application after you opened it. Nothing was "
                                "overwritten: open it again to see their changes, then make yours."]
    assert applications.load_application(admin, saved.id).data.court == "محكمة الأحوال الشخصية في الموصل"


# ---- hearings and dependencies ------------------------------------------------------------------------


def test_a_hearing_with_an_outcome_moves_the_case_at_once(app, admin, household, qtbot, answers):
    saved = new(admin, household.person_ids[1], court="محكمة الأحوال الشخصية")
    version = saved.version
    for step in ("documents", "security_clearance", "court_filing"):
        version = applications.move(admin, saved.id, step, version=version)
    dialog = open_dialog(admin, qtbot, saved.id)
    dialog.tabs.setCurrentWidget(dialog.hearings_tab)
    assert dialog.hearing_court.text() == "محكمة الأحوال الشخصية"
    dialog.hearing_outcome.setCurrentIndex(dialog.hearing_outcome.findData("adjourned"))
    dialog.has_next_hearing.setChecked(True)
    dialog.next_hearing.setDate(QDate.currentDate().addDays(10))
    QTest.mouseClick(dialog.record_hearing_button, Qt.MouseButton.LeftButton)
    assert dialog.hearings.rowCount() == 2 and dialog.state_badge.text() == "Court filing"
    assert dialog.hearings.item(1, 3).text() == "(still to come)"
    # The next hearing: choose it, say what happened; Enter in the box records it.
    dialog.hearings.selectRow(1)
    assert dialog.hearing_id is not None and "What happened at the hearing of" in dialog.hearing_mode.text()
    dialog.hearing_outcome.setCurrentIndex(dialog.hearing_outcome.findData("granted"))
    dialog.hearing_judge.setText("القاضي أحمد")  # (QTest types only ASCII)
    QTest.keyClick(dialog.hearing_judge, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter in the hearing box did not save and close the dialog
    assert dialog.state_badge.text() == "Judgement"
    assert "moved to \"Judgement\"" in dialog.hearing_error.text()
    assert dialog.hearings.item(1, 3).text() == "Decided in the client's favour"
    whats = [dialog.timeline.item(row).data(Qt.ItemDataRole.UserRole)[2] for row in range(dialog.timeline.count())]
    assert whats[:2] == ["Hearing: Hearings → Judgement", "Hearing: Court filing → Hearings"]
    assert "Decided in the client's favour" in dialog.timeline.item(0).data(Qt.ItemDataRole.UserRole)[3]
    assert applications.load_application(admin, saved.id).state == "judgement"


def test_a_hearing_without_a_date_order_is_refused_next_to_the_box(app, admin, household, qtbot, answers):
    saved = new(admin, household.person_ids[1])
    dialog = open_dialog(admin, qtbot, saved.id)
    dialog.has_next_hearing.setChecked(True)
    dialog.next_hearing.setDate(QDate.currentDate().addDays(-1))
    assert not dialog.record_hearing()
    assert dialog.hearing_error.text().startswith("The next hearing must come after this one")


def test_dependencies_show_what_it_waits_for_and_a_cycle_is_refused(app, admin, household, qtbot, answers):
    mother, child = household.person_ids[0], household.person_ids[1]
    marriage = new(admin, mother, doc_type="marriage_contract")
    birth = new(admin, child)
    applications.add_dependency(admin, birth.id, marriage.id)
    dialog = open_dialog(admin, qtbot, marriage.id)
    assert dialog.needed_by.rowCount() == 1 and dialog.needed_by.item(0, 2).text() == "Birth certificate"
    assert dialog.needed_by.item(0, 1).text().startswith("عبد الله")
    dialog.candidates.setCurrentIndex(dialog.candidates.findData(birth.id))
    assert not dialog.add_dependency()
    assert answers["error"][0].startswith("This would make applications wait for each other in a circle:")
    assert dialog.waits_for.rowCount() == 0
    other = open_dialog(admin, qtbot, birth.id)
    assert other.blocked_label.isVisible()
    assert other.blocked_label.text() == (f"Waiting for: Marriage contract or ratification "
                                          f"({household.file_numbers[0]}): Intake")
    other.waits_for.selectRow(0)
    assert other.remove_dependency()
    assert not other.blocked_label.isVisible() and not applications.load_application(admin, birth.id).blocked
    other.candidates.setCurrentIndex(other.candidates.findData(marriage.id))
    assert other.add_dependency() and other.waits_for.rowCount() == 1


def test_a_manager_reads_but_cannot_change(app, admin, household, qtbot, answers):
    saved = new(admin, household.person_ids[1])
    manager = as_role(admin, Role.MANAGER)
    dialog = open_dialog(manager, qtbot, saved.id)
    assert dialog.move_buttons == {} and not dialog.save_button.isEnabled()
    assert not dialog.hearing_box.isEnabled() and dialog.widgets["court"].isReadOnly()
    assert not dialog.save() and not dialog.move_to("documents")


# ---- the list page ---------------------------------------------------------------------------------


def make_page(session, qtbot):
    from ui.pages.applications import ApplicationsPage

    page = ApplicationsPage(session)
    qtbot.addWidget(page)
    page.show()
    page.model.wait()
    return page


def test_the_list_shows_filters_and_opens_an_application(app, admin, household, qtbot, answers, monkeypatch):
    mother, child = household.person_ids[0], household.person_ids[1]
    late = new(admin, mother, doc_type="marriage_contract", next_action="File the case",
               next_action_due=dt.date.today() - dt.timedelta(days=2))
    birth = new(admin, child, owner_id=admin.user.id)
    applications.add_dependency(admin, birth.id, late.id)
    page = make_page(admin, qtbot)
    model = page.model
    assert page.count.text() == "2 applications" and model.fetches <= 1
    rows = {model.index(r, model.COL_FILE).data(): r for r in range(model.rowCount())}
    late_row, birth_row = rows[household.file_numbers[0]], rows[household.file_numbers[1]]
    assert model.index(late_row, model.COL_STATE).data() == "Intake"
    assert model.index(late_row, model.COL_TYPE).data() == "Marriage contract or ratification"
    assert model.index(late_row, model.COL_DUE).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"
    assert model.index(birth_row, model.COL_DUE).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(birth_row, model.COL_STATE).data() == "Intake · waiting"
    assert model.index(birth_row, model.COL_STATE).data(Qt.ItemDataRole.ToolTipRole) == (
        f"Waiting for: Marriage contract or ratification ({household.file_numbers[0]}): Intake")
    assert model.index(late_row, model.COL_STATE).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(birth_row, model.COL_OWNER).data() == "Office Admin"
    page.overdue.setChecked(True)
    model.wait()
    assert model.rowCount() == 1 and model.row_at(0).id == late.id
    page.overdue.setChecked(False)
    page.owner.setCurrentIndex(page.owner.findText("Mine"))
    model.wait()
    assert [model.row_at(r).id for r in range(model.rowCount())] == [birth.id]
    page.owner.setCurrentIndex(0)
    page.doc_type.setCurrentIndex(page.doc_type.findData("marriage_contract"))
    model.wait()
    assert model.rowCount() == 1
    page.doc_type.setCurrentIndex(0)
    qtbot.keyClicks(page.search, household.file_numbers[1])
    QTest.keyClick(page.search, Qt.Key.Key_Return)
    model.wait()
    assert [model.row_at(r).id for r in range(model.rowCount())] == [birth.id]
    # Enter on a row opens it.
    opened = []
    when_modal(lambda dialog: (opened.append(dialog.app_id), dialog.reject()))
    page.table.setFocus()
    page.table.setCurrentIndex(model.index(0, 0))
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [birth.id]


def test_new_application_from_the_list_picks_the_person_by_search(app, admin, household, qtbot, answers):
    from ui.pages.applications import PersonPicker

    page = make_page(admin, qtbot)
    assert page.count.text() == "0 applications"

    def pick(picker):
        assert isinstance(picker, PersonPicker)
        picker.search.setText("مريم")
        QTest.keyClick(picker.search, Qt.Key.Key_Return)
        assert picker.hits.count() >= 1 and "مريم" in picker.hits.item(0).text()
        when_modal(fill)  # the application dialog opens next
        QTest.keyClick(picker.hits, Qt.Key.Key_Return)

    def fill(dialog):
        dialog.doc_type.setCurrentIndex(dialog.doc_type.findData("national_card"))
        dialog.widgets["next_action"].setText("Book the biometrics")
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_modal(pick)
    QTest.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    page.model.wait()
    assert page.model.rowCount() == 1
    row = page.model.row_at(0)
    assert row.person_id == household.person_ids[2] and row.doc_type == "national_card"


def test_the_list_stays_lazy_with_many_applications(app, admin, qtbot, answers):
    from tests.helpers import add_people

    ids = add_people(admin, 700)
    with admin.transaction() as db:
        from db.models import Application

        for i, pid in enumerate(ids):
            db.add(Application(person_id=pid, doc_type="national_card", state="intake", opened_on=TODAY,
                               last_moved_at=dt.datetime(2026, 1, 1) + dt.timedelta(minutes=i)))
    page = make_page(admin, qtbot)
    assert page.model.rowCount() == 700 and page.model.fetches <= 1  # only the rows drawn were read
    assert page.model.index(0, 0).data() == "MOS-2026-00700"  # newest move first
    page.table.sortByColumn(page.model.COL_FILE, Qt.SortOrder.AscendingOrder)
    page.model.wait()
    assert page.model.index(0, 0).data() == "MOS-2026-00001"
    assert page.model.index(699, 0).data() == "MOS-2026-00700" and page.model.fetches <= 4


# ---- the plan, the person panel, the household button -------------------------------------------------


def test_the_plan_dialog_creates_the_ticked_set_in_one_go(app, admin, household, qtbot, answers):
    from db import records
    from tests.test_records import edit_of
    from ui.plan_dialog import PlanDialog

    mother = household.person_ids[0]
    record = records.load_person(admin, mother)
    records.save_person(admin, mother, edit_of(record, person={"marital_status": "married_unregistered"}),
                        version=record.version)
    dialog = PlanDialog(admin, household.household_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.members.rowCount() == 6
    assert "Birth certificate" in dialog.members.item(1, 4).text()
    total = dialog.proposals.rowCount()
    assert total == 12 and len(dialog.chosen()) == total  # all ticked
    marriage_row = next(r for r in range(total) if dialog.proposals.item(r, 2).text().startswith("Marriage"))
    birth_rows = [r for r in range(total) if dialog.proposals.item(r, 2).text() == "Birth certificate"]
    assert all("Marriage contract or ratification of" in dialog.proposals.item(r, 4).text() for r in birth_rows)
    # Untick the mother's national card: one fewer, and no warning (nothing waits for it).
    card_row = next(r for r in range(total) if dialog.proposals.item(r, 2).text() == "Unified National Card"
                    and dialog.proposals.item(r, 1).text().startswith("فاطمة"))
    dialog.proposals.item(card_row, 0).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.hint.isVisible()
    assert dialog.create_button.text() == f"Create {total - 1} applications"
    dialog.proposals.item(marriage_row, 0).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.hint.text().startswith("5 applications wait for one you unticked")
    dialog.proposals.item(marriage_row, 0).setCheckState(Qt.CheckState.Checked)
    QTest.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert len(dialog.created) == total - 1
    rows = applications.list_applications(admin)
    assert len(rows) == total - 1 and sum(r.blocked for r in rows) == 10
    again = PlanDialog(admin, household.household_id)
    qtbot.addWidget(again)
    assert again.proposals.rowCount() == 1 and again.create_button.isEnabled()  # the unticked card


def test_the_household_offers_the_plan_only_to_those_who_make_applications(app, admin, household, qtbot, answers):
    from ui.pages.household import HouseholdDialog

    for role, offered in ((Role.ADMIN, True), (Role.LEGAL, True), (Role.STAFF, False), (Role.MANAGER, False)):
        dialog = HouseholdDialog(as_role(admin, role), household.household_id)
        qtbot.addWidget(dialog)
        assert (dialog.findChild(QPushButton, "planDocuments") is not None) is offered


def test_the_person_panel_lists_their_applications_at_a_glance(app, admin, household, qtbot, answers):
    from ui.application_dialog import ApplicationsPanel

    child = household.person_ids[1]
    late = new(admin, child, next_action="Court", next_action_due=dt.date.today() - dt.timedelta(days=1))
    card = new(admin, child, doc_type="national_card")
    applications.add_dependency(admin, card.id, late.id)
    panel = ApplicationsPanel(admin, child)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.table.rowCount() == 2
    texts = {panel.table.item(r, 0).text(): r for r in range(2)}
    assert panel.table.item(texts["Unified National Card"], 1).text() == "Intake (waiting)"
    assert panel.table.item(texts["Birth certificate"], 3).foreground().color().name() == "#b00020"
    fired = []
    panel.changed.connect(lambda: fired.append(1))
    when_modal(lambda dialog: dialog.reject())
    panel.table.setCurrentCell(0, 0)
    panel.open_selected()
    assert fired
    assert not ApplicationsPanel(as_role(admin, Role.STAFF), child).new_button.isEnabled()


# ---- workflow settings ----------------------------------------------------------------------------------


def test_workflow_settings_rename_add_reorder_and_refuse_what_the_rules_refuse(app, admin, household, qtbot,
                                                                               answers):
    from ui.pages.workflow_settings import WorkflowSettingsPage

    new(admin, household.person_ids[1])  # in "intake"
    page = WorkflowSettingsPage(admin)
    qtbot.addWidget(page)
    page.show()
    editor = page.workflow
    table = editor.table
    assert table.rowCount() == 10 and table.item(0, 4).text() == "1"
    table.item(1, 2).setText("Collecting papers")
    editor.add_button.click()
    last = table.rowCount() - 1
    table.item(last, 1).setText("التبرّؤ")
    table.item(last, 2).setText("Disavowal")
    table.setCurrentCell(last, 1)
    for _ in range(last - 2):
        editor.shift(-1)
    assert table.item(2, 2).text() == "Disavowal"
    table.setCurrentCell(0, 0)
    editor.remove_row()  # "intake" has an application in it
    assert table.rowCount() == 11
    assert editor.problems.text() == 'The state "Intake" cannot be removed: 1 applications are in it. Move them ' \
                                     'first, or keep it.'
    assert editor.save()
    steps = [s.code for s in workflow_admin.workflows(admin)[""].steps]
    assert steps[:4] == ["intake", "documents", "state_1", "security_clearance"]
    assert workflow_admin.workflows(admin)[""].state("documents").name_en == "Collecting papers"
    # Two "issued" states: the rules' own message, nothing written.
    closed_row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "closed_unsuccessful")
    kind = table.cellWidget(closed_row, 3)
    kind.setCurrentIndex(kind.findData("issued"))
    assert not editor.save()
    assert 'it needs exactly one "issued" state.' in editor.problems.text()
    assert workflow_admin.workflows(admin)[""].state("closed_unsuccessful").kind == "closed"


def test_a_document_type_gets_its_own_workflow_from_the_settings(app, admin, qtbot, answers):
    from ui.pages.workflow_settings import WorkflowSettingsPage

    page = WorkflowSettingsPage(admin)
    qtbot.addWidget(page)
    editor = page.workflow
    editor.owner.setCurrentIndex(editor.owner.findData("ration_card"))
    assert not editor.own.isChecked() and not editor.add_button.isEnabled()
    editor.own.setChecked(True)
    for code in ("security_clearance", "court_filing", "hearings", "judgement"):
        row = next(r for r in range(editor.table.rowCount()) if editor.table.item(r, 0).text() == code)
        editor.table.setCurrentCell(row, 0)
        editor.remove_row()
    assert editor.save()
    assert [s.code for s in workflow_admin.workflows(admin)["ration_card"].steps] == [
        "intake", "documents", "civil_registration"]
    assert len(workflow_admin.workflows(admin)["passport"].steps) == 7
    # Leaving with unsaved edits asks; the safe answer stays.
    editor.table.item(0, 2).setText("Reception")
    editor.owner.setCurrentIndex(editor.owner.findData("passport"))
    assert answers["ask"] and editor.owner.currentData() == "ration_card"
    editor.dirty = False
    editor.own.setChecked(False)
    assert editor.save()
    assert not workflow_admin.workflow_states(admin, "ration_card").own


def test_document_types_and_checklists_from_the_settings(app, admin, qtbot, answers):
    from ui.pages.workflow_settings import WorkflowSettingsPage

    page = WorkflowSettingsPage(admin)
    qtbot.addWidget(page)
    types = page.types
    code_item = types.table.item(0, 0)
    assert not code_item.flags() & Qt.ItemFlag.ItemIsEditable  # a saved code stays
    types.add_button.click()
    row = types.table.rowCount() - 1
    types.table.item(row, 0).setText("Disavowal!")
    assert not types.save()
    assert types.table.item(row, 0).background().color().name() == "#fde2e1"
    assert "a code uses small Latin letters" in types.problems.text()
    types.table.item(row, 0).setText("disavowal")
    types.table.item(row, 1).setText("وثيقة تبرّؤ")
    assert types.save()
    assert workflow_admin.document_types(admin)[-1].name("ar") == "وثيقة تبرّؤ"
    checklists = page.checklists
    checklists.owner.setCurrentIndex(checklists.owner.findData("national_card"))
    assert checklists.table.rowCount() == 5
    checklists.add_button.click()
    checklists.table.item(5, 0).setText("صورة شخصية")
    assert checklists.save()
    assert workflow_admin.checklist(admin, "national_card")[-1].text_ar == "صورة شخصية"


def test_only_administrators_get_the_settings_page(app, admin, vault_path, qtbot):
    from db import users
    from db.vault import Vault
    from desktop.app import SanadController

    users.add_user(admin, "lawyer", "court-room-pass-1", role="legal", must_change_password=False)
    admin.vault.close()
    for name, password, settings in (("admin", ADMIN_PASSWORD, True), ("lawyer", "court-room-pass-1", False)):
        vault = Vault.open(vault_path)
        ctl = SanadController(app, vault)
        qtbot.addWidget(ctl.window)
        ctl.start(vault.unlock(name, password))
        try:
            keys = ctl.window.page_keys()
            assert "applications" in keys and ("workflow" in keys) is settings
            page = ctl.window.show_page("applications")
            assert page.new_button.isEnabled()
        finally:
            app.removeEventFilter(ctl.idle)
            app.removeNativeEventFilter(ctl.session_lock)
            ctl.idle.timer.stop()
            vault.close()


# ---- Arabic ----------------------------------------------------------------------------------------------


def test_the_screens_work_right_to_left_in_arabic(app, admin, household, qtbot, answers):
    from ui import i18n

    i18n.install(app, "ar")
    saved = new(admin, household.person_ids[1])
    dialog = open_dialog(admin, qtbot, saved.id)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.state_badge.text() == "استقبال"  # the state's Arabic name, from the office's data
    assert dialog.doc_type.currentText() == "شهادة الولادة"
    assert set(dialog.move_buttons) == {"documents", "on_hold", "closed_unsuccessful"}
    said: list[str] = []
    when_modal(confirm_move("", then_cancel=True, errors=said))
    dialog.move_to("on_hold")  # hold needs a reason, in Arabic too
    assert said and said[0] and "معلّقة" in said[0]
    when_modal(confirm_move("جمعنا المستمسكات"))
    assert dialog.move_to("documents")
    assert dialog.state_badge.text() == "جمع المستمسكات"
    assert dialog.timeline.item(0).data(Qt.ItemDataRole.UserRole)[2] == "استقبال ← جمع المستمسكات"
    dialog.tabs.setCurrentWidget(dialog.hearings_tab)
    dialog.hearing_outcome.setCurrentIndex(dialog.hearing_outcome.findData("refused"))
    assert dialog.record_hearing()
    assert dialog.state_badge.text() == "مغلقة دون نجاح" and dialog.move_buttons == {}
    page = make_page(admin, qtbot)
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    page.open_only.setChecked(False)
    page.model.wait()
    assert page.model.index(0, page.model.COL_STATE).data() == "مغلقة دون نجاح"
    assert page.model.index(0, page.model.COL_TYPE).data() == "شهادة الولادة"


def test_the_plan_dialog_in_arabic_creates_the_set(app, admin, household, qtbot, answers):
    from ui import i18n
    from ui.plan_dialog import PlanDialog

    i18n.install(app, "ar")
    dialog = PlanDialog(admin, household.household_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "شهادة الولادة" in dialog.members.item(1, 4).text()
    count = dialog.proposals.rowCount()
    assert count == 11
    QTest.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert len(applications.list_applications(admin)) == count


# ---- the command line ------------------------------------------------------------------------------------


def test_cli_lists_applications_for_scripts(admin, household, vault_path, monkeypatch, capsys):
    from desktop import cli

    late = new(admin, household.person_ids[0], doc_type="marriage_contract", next_action="File the case",
               next_action_due=dt.date.today() - dt.timedelta(days=2), owner_id=admin.user.id)
    birth = new(admin, household.person_ids[1])
    applications.add_dependency(admin, birth.id, late.id)
    version = applications.load_application(admin, birth.id).version
    applications.move(admin, birth.id, "documents", version=version)
    admin.vault.close()
    monkeypatch.setenv("SANAD_PASSWORD", ADMIN_PASSWORD)
    assert cli.main(["applications", "--vault", str(vault_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    by_id = {row["id"]: row for row in data}
    assert set(by_id) == {late.id, birth.id}
    assert by_id[birth.id]["state"] == "documents" and by_id[birth.id]["blocked"] is True
    assert by_id[birth.id]["waits_for"] == [late.id]
    assert by_id[late.id]["owner"] == "admin" and by_id[late.id]["overdue"] is True
    assert by_id[late.id]["file_number"] == household.file_numbers[0] and "name" not in by_id[late.id]
    assert cli.main(["applications", "--vault", str(vault_path), "--status", "documents"]) == 0
    text = capsys.readouterr().out
    assert household.file_numbers[1] in text and "WAITING" in text and household.file_numbers[0] not in text
    assert cli.main(["applications", "--vault", str(vault_path), "--owner", "admin", "--type", "marriage_contract",
                     "--open", "--json"]) == 0
    assert [row["id"] for row in json.loads(capsys.readouterr().out)] == [late.id]
    assert cli.main(["applications", "--vault", str(vault_path), "--owner", "nobody"]) == 1
    assert "nobody" in capsys.readouterr().err
    assert cli.main(["applications", "--vault", str(vault_path), "--type", "no_such_type"]) == 1


def test_application_filter_defaults_list_everything(admin, household):
    new(admin, household.person_ids[1])
    assert len(applications.application_ids(admin, ApplicationFilter())) == 1


def test_coming_back_to_the_list_shows_applications_made_elsewhere(app, admin, household, qtbot, answers):
    page = make_page(admin, qtbot)
    assert page.model.rowCount() == 0
    page.hide()
    new(admin, household.person_ids[1])  # made from a person's record or a household plan
    page.show()
    page.model.wait()
    assert page.model.rowCount() == 1 and page.count.text() == "1 applications"
