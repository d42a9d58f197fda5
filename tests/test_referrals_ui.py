"""The referral screens as staff use them (offscreen Qt, pytest-qt): the consent check shown
before sending (Send disabled with the reason when consent is missing), sending, following up from
the timeline's buttons, a second window told, filters and overdue rows on the list, the address
book, a person's referrals at a glance, a manager who sees but cannot change, and Arabic right to
left."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from db import people, referrals, users
from db.models import Referral
from db.vault import Vault
from tests.conftest import ADMIN_PASSWORD
from tests.test_people import HOUSEHOLD, family
from tests.test_referrals import CLINIC, SCHOOL, consent

TODAY = dt.date.today()
PASSWORD = "manager-pass-12345"


@pytest.fixture
def app(qapp):
    from desktop.app import register_fonts
    from ui import i18n

    register_fonts()
    i18n.install(qapp, "en")
    yield qapp
    i18n.install(qapp, "en")


@pytest.fixture
def answers(monkeypatch):
    """Error dialogs answered without a window; what they said is kept."""
    said: list[str] = []

    def fake_error(parent, text, details=""):
        said.append(text)

    import ui.pages.organisations as organisations_page
    import ui.pages.referrals as referrals_page
    import ui.referral_dialog as dialog_module

    for module in (dialog_module, organisations_page, referrals_page):
        monkeypatch.setattr(module, "show_error", fake_error)
    return said


@pytest.fixture
def office(admin):
    first = people.register_household(admin, HOUSEHOLD, family(), today=TODAY)
    second = people.register_household(admin, HOUSEHOLD, family("خديجة", "الطائي"), today=TODAY)
    school = referrals.add_organisation(admin, SCHOOL)
    clinic = referrals.add_organisation(admin, CLINIC)
    mother = first.person_ids[0]
    consent(admin, mother, SCHOOL.name_ar, CLINIC.name_en, given_on=TODAY - dt.timedelta(days=40))
    return {"mother": mother, "other": second.person_ids[0], "school": school, "clinic": clinic}


def sent(admin, office, *, days_ago=0, follow_up_days=14, org="school", service="school_enrolment"):
    return referrals.make_referral(admin, office["mother"], service, office[org], "", "No school place",
                                   sent_on=TODAY - dt.timedelta(days=days_ago), follow_up_days=follow_up_days)


def new_dialog(qtbot, session, person_id):
    from ui.referral_dialog import ReferralDialog

    dialog = ReferralDialog(session, person_id=person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


# ---- a new referral -----------------------------------------------------------------------------------


def test_send_is_disabled_with_the_reason_until_consent_covers_the_organisation(app, qtbot, admin, office, answers):
    dialog = new_dialog(qtbot, admin, office["other"])
    assert "Choose the organisation" in dialog.consent.text() and not dialog.send_button.isEnabled()
    choose(dialog.service, "school_enrolment")
    choose(dialog.organisation, office["school"])
    assert not dialog.consent_ok and not dialog.send_button.isEnabled()
    assert "There is no recorded consent." in dialog.consent.text()
    assert "fde2e1" in dialog.consent.styleSheet()  # red
    assert "There is no recorded consent." in dialog.send_button.toolTip()
    dialog.reason.setPlainText("Needs a school place")
    assert not dialog.save()
    with admin.transaction() as db:
        assert db.query(Referral).count() == 0
    # Consent recorded (in another window) naming the school: checked again, green, Send enabled.
    consent(admin, office["other"], SCHOOL.name_en)
    choose(dialog.organisation, office["clinic"])
    assert f"{CLINIC.name_ar} / {CLINIC.name_en}" in dialog.consent.text()
    choose(dialog.organisation, office["school"])
    assert dialog.consent_ok and dialog.send_button.isEnabled() and "e3f4e1" in dialog.consent.styleSheet()
    assert dialog.consent.text() == "Consent checked: Consent covers this referral."


def test_sending_makes_the_referral_and_fills_the_focal_point(app, qtbot, admin, office, answers):
    dialog = new_dialog(qtbot, admin, office["mother"])
    assert dialog.name_label.text() == "فاطمة أحمد علي الجبوري" and "MOS-2026-00001" in dialog.file_label.text()
    assert dialog.windowTitle() == "New referral" and "فاطمة" not in dialog.windowTitle()
    choose(dialog.service, "school_enrolment")
    # The organisations that take the service come first.
    assert dialog.organisation.itemData(1) == office["school"]
    assert "does not list this service" in dialog.organisation.itemText(2)
    choose(dialog.organisation, office["school"])
    assert dialog.focal_point.text() == SCHOOL.focal_point
    choose(dialog.urgency, "urgent")
    assert dialog.follow_up_days.value() == 7
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    # No reason: said next to the reason, nothing sent, the dialog stays.
    assert dialog.errors["reason"].text() == "Write why the person is referred." and dialog.isVisible()
    dialog.reason.setPlainText("Not enrolled: no ID card")
    qtbot.keyClick(dialog.focal_point, Qt.Key.Key_Return)  # Enter in a field sends
    assert dialog.result() == QDialog.DialogCode.Accepted and answers == []
    [row] = referrals.referrals_for_person(admin, office["mother"])
    assert (row.reference, row.urgency, row.follow_up_due) == (
        f"ODS/REF/{TODAY.year}/0001", "urgent", TODAY + dt.timedelta(days=7))
    assert row.owner == "admin" and row.focal_point == SCHOOL.focal_point


def test_a_date_sent_before_consent_was_given_turns_the_check_red(app, qtbot, admin, office, answers):
    dialog = new_dialog(qtbot, admin, office["mother"])
    choose(dialog.organisation, office["school"])
    assert dialog.consent_ok
    from ui.referral_dialog import to_qdate

    dialog.sent_on.setDate(to_qdate(TODAY - dt.timedelta(days=60)))
    assert not dialog.consent_ok and not dialog.send_button.isEnabled()


def test_consent_withdrawn_after_the_check_is_refused_when_sending(app, qtbot, admin, office, answers):
    from db import records

    dialog = new_dialog(qtbot, admin, office["mother"])
    choose(dialog.service, "school_enrolment")
    choose(dialog.organisation, office["school"])
    dialog.reason.setPlainText("Needs a school place")
    assert dialog.send_button.isEnabled()
    [given] = records.load_person(admin, office["mother"]).consents
    people.withdraw_consent(admin, given.id, TODAY - dt.timedelta(days=1))
    assert not dialog.save()
    assert answers and "Consent was withdrawn on" in answers[0]
    assert not dialog.send_button.isEnabled() and "withdrawn" in dialog.consent.text()
    assert referrals.referrals_for_person(admin, office["mother"]) == []


# ---- following up -------------------------------------------------------------------------------------


def open_dialog(qtbot, session, referral_id):
    from ui.referral_dialog import ReferralDialog

    dialog = ReferralDialog(session, referral_id=referral_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.fixture
def follow_up_answers(monkeypatch):
    """The follow-up dialog filled in and saved as a user would: note, day, then Save."""
    from ui.referral_dialog import FollowUpDialog, to_qdate

    plan = {"note": "", "on": None}

    def fake_exec(self):
        self.note.setPlainText(plan["note"])
        if plan["on"]:
            self.on.setDate(to_qdate(plan["on"]))
        self.save()
        return self.result()

    monkeypatch.setattr(FollowUpDialog, "exec", fake_exec)
    return plan


def test_follow_up_buttons_follow_the_rules_and_the_timeline_grows(app, qtbot, admin, office, answers,
                                                                    follow_up_answers):
    made = sent(admin, office, days_ago=3)
    dialog = open_dialog(qtbot, admin, made.id)
    assert dialog.windowTitle() == "Referral" and made.reference in dialog.reference_label.text()
    visible = {state for state, button in dialog.follow_up_buttons.items() if button.isVisibleTo(dialog)}
    assert visible == {"accepted", "refused", "no_answer"}
    assert dialog.timeline.rowCount() == 1 and dialog.timeline.item(0, 1).text() == "Sent"
    follow_up_answers.update(note="The head teacher agreed", on=TODAY - dt.timedelta(days=1))
    qtbot.mouseClick(dialog.follow_up_buttons["accepted"], Qt.MouseButton.LeftButton)
    assert dialog.state_label.text() == "Accepted"
    assert dialog.timeline.rowCount() == 2
    assert dialog.timeline.item(0, 1).text() == "Sent → Accepted"
    assert dialog.timeline.item(0, 2).text() == "The head teacher agreed"
    assert dialog.timeline.item(0, 0).text() == (TODAY - dt.timedelta(days=1)).strftime("%d/%m/%Y")
    visible = {state for state, button in dialog.follow_up_buttons.items() if button.isVisibleTo(dialog)}
    assert visible == {"service_given", "refused"}
    follow_up_answers.update(note="Enrolled", on=None)
    qtbot.mouseClick(dialog.follow_up_buttons["service_given"], Qt.MouseButton.LeftButton)
    assert dialog.state_label.text() == "Service given" and not dialog.follow_up_due.isEnabled()
    assert not any(button.isVisibleTo(dialog) for button in dialog.follow_up_buttons.values())
    assert "closed" in dialog.details.text() and answers == []


def test_a_follow_up_dated_before_sending_is_shown_in_the_little_dialog(app, qtbot, admin, office, answers):
    from ui.referral_dialog import FollowUpDialog, to_qdate

    made = sent(admin, office, days_ago=3)
    box = FollowUpDialog(admin, made, "refused", version=made.version)
    qtbot.addWidget(box)
    box.on.setMinimumDate(to_qdate(TODAY - dt.timedelta(days=30)))  # the widget stops this; the service too
    box.on.setDate(to_qdate(TODAY - dt.timedelta(days=10)))
    assert not box.save()
    assert "before the referral was sent" in box.error.text()
    assert referrals.load_referral(admin, made.id).row.state == "sent"


def test_a_second_window_is_told_and_its_change_is_not_written(app, qtbot, admin, office, answers,
                                                                follow_up_answers):
    made = sent(admin, office)
    first, second = open_dialog(qtbot, admin, made.id), open_dialog(qtbot, admin, made.id)
    qtbot.mouseClick(first.follow_up_buttons["accepted"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(second.follow_up_buttons["refused"], Qt.MouseButton.LeftButton)
    assert answers and answers[0].startswith("Someone else saved this record")
    second.reason.setPlainText("Overwritten?")
    assert not second.save() and len(answers) == 2
    record = referrals.load_referral(admin, made.id)
    assert record.row.state == "accepted" and record.reason == "No school place"


def test_editing_saves_the_new_follow_up_date_and_urgency(app, qtbot, admin, office, answers):
    from ui.referral_dialog import to_qdate

    made = sent(admin, office)
    dialog = open_dialog(qtbot, admin, made.id)
    choose(dialog.urgency, "emergency")
    dialog.follow_up_due.setDate(to_qdate(TODAY + dt.timedelta(days=2)))
    dialog.notes.setPlainText("Call after 10")
    assert dialog.save()
    row = referrals.load_referral(admin, made.id)
    assert (row.row.urgency, row.row.follow_up_due, row.notes) == ("emergency", TODAY + dt.timedelta(days=2),
                                                                    "Call after 10")


# ---- the list -------------------------------------------------------------------------------------------


def test_the_list_filters_and_highlights_overdue_follow_ups(app, qtbot, admin, office, answers):
    from ui.pages.referrals import ReferralsModel, ReferralsPage
    from ui.referral_dialog import OVERDUE_BRUSH

    overdue = sent(admin, office, days_ago=20, follow_up_days=5)
    fresh = sent(admin, office, org="clinic", service="health_centre")
    referrals.follow_up(admin, fresh.id, "accepted", version=fresh.version)
    page = ReferralsPage(admin)
    qtbot.addWidget(page)
    page.show()
    model = page.model
    assert model.ids == [fresh.id, overdue.id] and page.count_label.text() == "2 referrals"
    due = model.index(1, ReferralsModel.COL_DUE)
    assert model.data(due, Qt.ItemDataRole.BackgroundRole) == OVERDUE_BRUSH
    assert model.data(due, Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(0, ReferralsModel.COL_DUE), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(1, ReferralsModel.COL_NAME)) == "فاطمة أحمد علي الجبوري"
    assert model.data(model.index(0, ReferralsModel.COL_ORGANISATION)) == CLINIC.name_en
    assert model.data(model.index(0, ReferralsModel.COL_STATE)) == "Accepted"
    page.overdue.setChecked(True)
    assert model.ids == [overdue.id]
    page.overdue.setChecked(False)
    choose(page.state, "accepted")
    assert model.ids == [fresh.id]
    choose(page.state, "")
    choose(page.service, "school_enrolment")
    assert model.ids == [overdue.id]
    choose(page.service, "")
    page.mine.setChecked(True)
    assert model.ids == [fresh.id, overdue.id]
    assert model.fetches <= 3  # rows read a page at a time, not one query per cell


def test_new_referral_from_the_page_finds_the_person_first(app, qtbot, admin, office, answers, monkeypatch):
    from ui.pages.referrals import ReferralsPage
    from ui.referral_dialog import PickPersonDialog, ReferralDialog

    page = ReferralsPage(admin)
    qtbot.addWidget(page)
    picked = {}

    def pick(self):
        qtbot.keyClicks(self.search, "MOS-2026-00001")
        self.find()
        picked["hits"] = self.hits.count()
        self.choose()
        return self.result()

    def send(self):
        choose(self.service, "school_enrolment")
        choose(self.organisation, picked.setdefault("org", office["school"]))
        self.reason.setPlainText("Needs a school place")
        self.save()
        return self.result()

    monkeypatch.setattr(PickPersonDialog, "exec", pick)
    monkeypatch.setattr(ReferralDialog, "exec", send)
    page.new_referral()
    assert picked["hits"] == 1
    [row] = referrals.list_referrals(admin)
    assert page.model.ids == [row.id] and page.selected_id() == row.id and row.person_id == office["mother"]


def test_the_person_picker_finds_any_spelling(app, qtbot, admin, office):
    from ui.referral_dialog import PickPersonDialog

    picker = PickPersonDialog(admin)
    qtbot.addWidget(picker)
    picker.search.setText("فاطمه احمد")  # typed: the search waits for a pause
    qtbot.waitUntil(lambda: picker.hits.count() > 0)
    assert "MOS-2026-00001" in picker.hits.item(0).text()
    qtbot.keyClick(picker.hits, Qt.Key.Key_Return)
    assert picker.person_id == office["mother"] and picker.result() == QDialog.DialogCode.Accepted


# ---- the address book -----------------------------------------------------------------------------------


def test_the_address_book_adds_checks_and_stops_offering(app, qtbot, admin, office, answers, monkeypatch):
    from ui.pages.organisations import OrganisationDialog, OrganisationsPage

    page = OrganisationsPage(admin)
    qtbot.addWidget(page)
    assert page.table.rowCount() == 2
    dialog = OrganisationDialog(admin)
    qtbot.addWidget(dialog)
    dialog.fields["email"].setText("nobody")
    assert not dialog.save()
    assert dialog.errors["name_ar"].text() == "Write the organisation's name in Arabic or in English."
    assert dialog.errors["email"].text() == "This is not an e-mail address."
    dialog.fields["name_ar"].setText("دار الأمان")
    dialog.fields["name_en"].setText("Safe House")
    dialog.fields["email"].setText("safe@example.org")
    dialog.services["shelter"].setChecked(True)
    assert dialog.save()
    page.reload()
    names = [page.table.item(r, page.COL_NAME_EN).text() for r in range(page.table.rowCount())]
    assert "Safe House" in names
    row = names.index("Safe House")
    assert page.table.item(row, page.COL_SERVICES).text() == "Shelter"
    page.table.selectRow(row)
    assert page.active_button.text() == "Stop offering"
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 2
    page.show_inactive.setChecked(True)
    assert page.table.rowCount() == 3
    row = [page.table.item(r, page.COL_NAME_EN).text() for r in range(3)].index("Safe House")
    assert page.table.item(row, page.COL_OFFERED).text() == "no"
    page.table.selectRow(row)
    assert page.active_button.text() == "Offer again"


# ---- a person's referrals ------------------------------------------------------------------------------


def test_the_panel_shows_a_persons_referrals_at_a_glance(app, qtbot, admin, office, answers):
    from ui.referral_dialog import OVERDUE_BRUSH, ReferralsPanel

    overdue = sent(admin, office, days_ago=20, follow_up_days=5)
    sent(admin, office, org="clinic", service="health_centre")
    panel = ReferralsPanel(admin, office["mother"])
    qtbot.addWidget(panel)
    assert panel.summary.text() == "Referrals: 2, open: 2, follow-up overdue: 1."
    assert panel.table.rowCount() == 2 and panel.new_button.isEnabled()
    overdue_row = [r.id for r in panel.rows].index(overdue.id)
    assert panel.table.item(overdue_row, panel.COL_STATE).text() == "Sent"
    assert panel.table.item(overdue_row, panel.COL_DUE).background() == OVERDUE_BRUSH
    empty = ReferralsPanel(admin, office["other"])
    qtbot.addWidget(empty)
    assert empty.summary.text() == "No referrals yet." and not empty.open_button.isEnabled()



def test_the_household_panel_shows_every_members_referrals_with_their_names(app, qtbot, admin, office, answers):
    from db import records
    from ui.referral_dialog import ReferralsPanel

    sent(admin, office)
    consent(admin, office["other"], SCHOOL.name_ar)
    referrals.make_referral(admin, office["other"], "school_enrolment", office["school"], "", "Needs school")
    household_id = records.load_person(admin, office["mother"]).household_id
    panel = ReferralsPanel(admin, household_id=household_id)
    qtbot.addWidget(panel)
    assert panel.table.rowCount() == 1 and not panel.new_button.isVisibleTo(panel)
    assert panel.table.item(0, panel.COL_NAME).text() == "فاطمة أحمد علي الجبوري"
    assert panel.summary.text() == "Referrals: 1, open: 1, follow-up overdue: 0."


# ---- a manager sees, does not change -------------------------------------------------------------------


@pytest.fixture
def manager(admin, office, vault_path):
    made = sent(admin, office)
    users.add_user(admin, "boss", PASSWORD, role="manager", must_change_password=False)
    admin.vault.close()
    session = Vault.open(vault_path).unlock("boss", PASSWORD)
    yield session, made
    session.vault.close()


def test_a_manager_sees_referrals_but_every_way_to_change_them_is_closed(app, qtbot, manager, office, answers):
    from ui.pages.referrals import ReferralsPage
    from ui.referral_dialog import ReferralDialog, ReferralsPanel

    session, made = manager
    page = ReferralsPage(session)
    qtbot.addWidget(page)
    assert page.model.ids == [made.id]
    assert not page.new_button.isEnabled() and not page.organisations.add_button.isEnabled()
    dialog = open_dialog(qtbot, session, made.id)
    assert dialog.read_only_note.isVisibleTo(dialog) and not dialog.send_button.isEnabled()
    assert not any(button.isEnabled() for button in dialog.follow_up_buttons.values())
    assert not dialog.reason.isEnabled() and not dialog.save()
    new = ReferralDialog(session, person_id=office["mother"])
    qtbot.addWidget(new)
    choose(new.organisation, office["school"])
    assert new.consent_ok and not new.send_button.isEnabled()
    panel = ReferralsPanel(session, office["mother"])
    qtbot.addWidget(panel)
    assert not panel.new_button.isEnabled() and panel.open_button.isEnabled()


def test_the_page_is_there_for_every_role_that_sees_people(app, qtbot, admin, vault_path):
    from desktop.app import SanadController

    users.add_user(admin, "boss", PASSWORD, role="manager", must_change_password=False)
    admin.vault.close()
    for name, password in (("admin", ADMIN_PASSWORD), ("boss", PASSWORD)):
        vault = Vault.open(vault_path)
        ctl = SanadController(app, vault)
        qtbot.addWidget(ctl.window)
        ctl.start(vault.unlock(name, password))
        try:
            keys = ctl.window.page_keys()
            assert "referrals" in keys
            page = ctl.window.show_page("referrals")
            assert page.new_button.isEnabled() is (name == "admin")
        finally:
            app.removeEventFilter(ctl.idle)
            app.removeNativeEventFilter(ctl.session_lock)
            ctl.idle.timer.stop()
            vault.close()


# ---- Arabic ---------------------------------------------------------------------------------------------


def test_the_screens_run_right_to_left_in_arabic_with_the_consent_reason_translated(app, qtbot, admin, office,
                                                                                     answers):
    from ui import i18n
    from ui.pages.referrals import ReferralsModel, ReferralsPage

    sent(admin, office, days_ago=20, follow_up_days=5)
    i18n.install(app, "ar")
    page = ReferralsPage(admin)
    qtbot.addWidget(page)
    page.show()
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert page.table.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Organisation and service in Arabic; the reference kept in its own left-to-right run.
    assert page.model.data(page.model.index(0, ReferralsModel.COL_ORGANISATION)) == SCHOOL.name_ar
    assert page.model.data(page.model.index(0, ReferralsModel.COL_REFERENCE)).startswith("\u200e")
    dialog = new_dialog(qtbot, admin, office["other"])
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    choose(dialog.organisation, office["school"])
    reason = app.translate("SanadError", "There is no recorded consent.")
    assert reason != "There is no recorded consent." and reason in dialog.consent.text()
    assert not dialog.send_button.isEnabled() and reason in dialog.send_button.toolTip()
    assert dialog.organisation.currentText().startswith(SCHOOL.name_ar)


def test_organisation_entry_keeps_each_name_in_its_direction(app, qtbot, admin):
    from ui import i18n
    from ui.pages.organisations import OrganisationDialog

    i18n.install(app, "ar")
    dialog = OrganisationDialog(admin)
    qtbot.addWidget(dialog)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.fields["name_en"].layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert dialog.fields["email"].layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert dialog.fields["name_ar"].layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_the_reference_pattern_is_set_in_settings_with_its_problem_beside_it(app, qtbot, admin):
    from db import office
    from ui.pages.settings import SettingsPage

    page = SettingsPage(admin)
    qtbot.addWidget(page)
    editor = page.editors["referral_number_pattern"]
    assert editor.text() == "ODS/REF/{year}/{seq:04d}"
    editor.setText("MOS REF {seq}")
    page.save()
    assert page.errors["referral_number_pattern"].text() == (
        "A referral reference may not contain spaces: use - or / instead.")
    editor.setText("MOS/REF/{year}/{seq:03d}")
    page.save()
    assert office.get_settings(admin)["referral_number_pattern"] == "MOS/REF/{year}/{seq:03d}"


def test_a_table_row_is_selected_right_to_left_too(app, qtbot, admin, office):
    # QTableView.selectRow selects nothing when the layout is right to left (Qt 6.11): the pages
    # select through ui.widgets.select_row, so an Arabic user sees the row the page chose.
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableWidget

    from ui.pages.referrals import ReferralsPage
    from ui.widgets import select_row

    table = QTableWidget(3, 3)
    qtbot.addWidget(table)
    table.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.show()
    select_row(table, 1)
    assert [i.row() for i in table.selectionModel().selectedRows()] == [1] and table.currentRow() == 1
    select_row(table, 7)  # no such row: nothing changes, nothing raised
    assert table.currentRow() == 1
    first = sent(admin, office)
    sent(admin, office, org="clinic", service="health_centre")
    page = ReferralsPage(admin)
    qtbot.addWidget(page)
    page.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    page.show()
    page.apply_filters()
    assert [i.row() for i in page.table.selectionModel().selectedRows()] == [0]
    page._select(first.id)
    assert page.selected_id() == first.id
    assert [i.row() for i in page.table.selectionModel().selectedRows()] == [page.model.ids.index(first.id)]
