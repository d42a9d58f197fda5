"""The My week page and its navigation badge, driven as a user would (offscreen Qt, pytest-qt), in
English and Arabic: a lawyer sees today's hearings and overdue actions, records a hearing's outcome
(the case moves, the badge goes down) and the manager's view of the office shows it."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton

from db import applications
from db.session import CurrentUser, UserSession
from tests.test_my_week import DAY, TODAY, Office


@pytest.fixture
def app(qapp):
    from desktop.app import register_fonts
    from ui import i18n

    register_fonts()
    i18n.install(qapp, "en")
    yield qapp
    i18n.install(qapp, "en")


@pytest.fixture
def office(admin, monkeypatch) -> Office:
    import ui.pages.my_week as page_module

    monkeypatch.setattr(page_module, "system_today", lambda: TODAY)
    said: list[str] = []
    monkeypatch.setattr(page_module, "show_error", lambda parent, text, details="": said.append(text))
    made = Office(admin)
    made.errors = said
    return made


def open_page(session, qtbot):
    from ui.pages.my_week import MyWeekPage

    page = MyWeekPage(session)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()  # showing it reads the week
    QApplication.processEvents()
    return page


def column(table, index: int) -> list[str]:
    return [table.item(row, index).text() for row in range(table.rowCount())]


def row_of(table, text: str, index: int = 0) -> int:
    return column(table, index).index(text)


def when_modal(action) -> None:
    """Do `action` with the next modal dialog once it shows (exec blocks the test meanwhile)."""
    def handler():
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(10, handler)
            return
        action(widget)
    QTimer.singleShot(0, handler)


def test_a_lawyer_sees_todays_hearings_and_overdue_actions(app, office, qtbot):
    page = open_page(office.huda, qtbot)
    assert page.title.text() == "My week" and not page.scope.isVisible()
    hearings = page.hearings
    assert column(hearings, 0) == ["Sun 15/11/2026", "Today", "Tue 01/12/2026"]
    assert column(hearings, 7) == ["Outcome to record", "Outcome to record", "To come"]
    assert hearings.item(0, 0).foreground().color() == QColor("#b00020")  # ten days late: red
    assert hearings.item(1, 0).font().bold()
    assert column(hearings, 2)[1] == "MOS-2026-00002" and column(hearings, 4)[1] == "Birth certificate"
    assert hearings.isColumnHidden(6)  # the owner: always the lawyer herself here
    actions = page.actions
    assert column(actions, 0) == ["22/11/2026", "Today"]
    assert actions.item(0, 1).foreground().color() == QColor("#b00020")
    assert actions.item(1, 1).foreground().color() != QColor("#b00020")
    assert column(actions, 1)[0] == "Ask the hospital for the birth notice"
    assert page.boxes["stale"].title() == "No movement for 30 days or more (2)"
    assert column(page.stale, 1) == ["40", "30"]
    assert column(page.referrals, 1) == ["REF/huda_accepted", "REF/huda_overdue"]
    assert page.summary.text() == ("Hearings to record: 2  ·  Next actions due today or overdue: 2  ·  "
                                   "Referral follow-ups overdue: 2")


def test_recording_an_outcome_moves_the_case_updates_the_badge_and_the_managers_view(app, office, qtbot):
    manager = open_page(office.mona, qtbot)
    assert manager.title.text() == "The office's week" and manager.scope.isVisible()
    assert not manager.hearings.isColumnHidden(6) and not manager.record_button.isVisible()
    page = open_page(office.huda, qtbot)
    badges = []
    page.counts_changed.connect(badges.append)
    hearings = page.hearings
    hearings.selectRow(2)  # next week's: nothing to record yet
    assert not page.record_button.isEnabled()
    hearings.selectRow(row_of(hearings, "Today"))
    assert page.record_button.isEnabled()

    def record(dialog):
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("granted"))
        assert not dialog.has_next.isChecked()  # granted: no next hearing
        qtbot.keyClicks(dialog.notes, "witnesses heard")
        qtbot.mouseClick(dialog.findChild(QPushButton, "recordButton"), Qt.MouseButton.LeftButton)

    when_modal(record)
    assert page.record_selected()
    record_ = applications.load_application(office.admin, office.overdue)
    assert record_.state == "judgement"  # granted moves the case past the hearings
    todays = next(h for h in record_.hearings if h.held_on == TODAY)
    assert todays.outcome == "granted" and "witnesses heard" in todays.notes
    assert badges[-1].hearings == 1 and badges[-1].total == 5
    row = row_of(page.hearings, "Today")
    assert page.hearings.item(row, 7).text() == "Decided in the client's favour"
    assert page.hearings.item(row, 5).text() == "Judgement"
    # The manager's page reads again when shown (or on its timer): the office sees the move.
    manager.hide()
    manager.show()
    QApplication.processEvents()
    row = row_of(manager.hearings, "Today")
    assert manager.hearings.item(row, 5).text() == "Judgement"
    assert manager.counts.hearings == 1


def test_an_adjourned_hearing_gets_its_next_date_and_a_past_one_is_refused_politely(app, office, qtbot):
    page = open_page(office.huda, qtbot)
    page.hearings.selectRow(row_of(page.hearings, "Today"))

    def adjourn(dialog):
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("adjourned"))
        assert dialog.has_next.isChecked() and dialog.next_hearing.isEnabled()
        dialog.next_hearing.setDate(dialog.next_hearing.date().addDays(-30))  # before the hearing: refused
        qtbot.mouseClick(dialog.findChild(QPushButton, "recordButton"), Qt.MouseButton.LeftButton)
        assert "must come after this one" in dialog.error.text() and dialog.isVisible()
        dialog.next_hearing.setDate(dialog.next_hearing.date().addDays(31))
        qtbot.mouseClick(dialog.findChild(QPushButton, "recordButton"), Qt.MouseButton.LeftButton)

    when_modal(adjourn)
    assert page.record_selected()
    later = TODAY + 15 * DAY
    days = [(h.held_on, h.outcome) for h in applications.load_application(office.admin, office.overdue).hearings]
    assert (TODAY, "adjourned") in days and (later, "") in days


def test_a_second_window_that_recorded_first_is_told_and_nothing_is_overwritten(app, office, qtbot):
    page = open_page(office.huda, qtbot)
    page.hearings.selectRow(row_of(page.hearings, "Today"))
    hearing = page.selected_hearing()
    applications.record_hearing(office.omar, office.overdue, applications.HearingInput(held_on=TODAY, outcome="absent"),
                                version=hearing.case.version, hearing_id=hearing.hearing_id, today=TODAY)
    import ui.pages.my_week as page_module

    def refuse(dialog):
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("granted"))
        qtbot.mouseClick(dialog.findChild(QPushButton, "recordButton"), Qt.MouseButton.LeftButton)

    told: list[str] = []
    page_module.show_error = lambda parent, text, details="": told.append(text)
    when_modal(refuse)
    assert not page.record_selected()
    assert told and "Someone else saved this application" in told[0]
    hearings = applications.load_application(office.admin, office.overdue).hearings
    assert next(h for h in hearings if h.held_on == TODAY).outcome == "absent"


def test_double_click_or_enter_opens_the_application_and_the_referral(app, office, qtbot, monkeypatch):
    import ui.application_dialog as dialog_module
    import ui.referral_dialog as referral_module

    opened = []
    monkeypatch.setattr(dialog_module.ApplicationDialog, "exec", lambda self: opened.append(("app", self.app_id)))
    monkeypatch.setattr(referral_module.ReferralDialog, "exec",
                        lambda self: opened.append(("referral", self.referral_id)))
    page = open_page(office.huda, qtbot)
    table = page.actions
    rect = table.visualItemRect(table.item(0, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    table.setFocus()
    table.setCurrentCell(1, 1)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    page.open_row(page.referrals, 0)
    assert opened == [("app", office.overdue), ("app", office.due_today),
                      ("referral", office.referrals["huda_accepted"])]


def test_managers_switch_between_their_own_and_the_office_week(app, office, qtbot):
    page = open_page(office.admin, qtbot)
    assert page.owner_id is None and page.boxes["actions"].title() == "Next actions due or overdue (4)"
    page.scope.setCurrentIndex(page.scope.findData(office.admin.user.id))
    assert page.title.text() == "My week" and page.boxes["actions"].title() == "Next actions due or overdue (0)"
    assert page.empty["actions"].isVisible() and page.actions.isColumnHidden(6)


def test_staff_see_their_referral_follow_ups_only(app, office, qtbot):
    page = open_page(office.sara, qtbot)
    assert set(page.boxes) == {"referrals"} and not page.record_button.isVisible()
    assert column(page.referrals, 1) == ["REF/sara_overdue"]
    assert not page.findChild(QComboBox, "myWeekScope").isVisible()


def test_the_navigation_shows_my_week_after_home_with_its_badge(app, office, qtbot):
    from ui.main_window import MainWindow
    from ui.pages.my_week import BADGE_ROLE

    window = MainWindow(office.admin.vault)
    qtbot.addWidget(window)
    window.show_session(office.huda)
    window.show()
    keys = window.page_keys()
    assert keys[:2] == ["home", "my_week"]
    item = window.nav.item(1)
    assert item.data(BADGE_ROLE) == 6 and "Hearings to record: 2" in item.toolTip()
    applications.save_application(office.admin, office.tomorrow, dataclasses.replace(
        applications.load_application(office.admin, office.tomorrow).data, next_action_due=TODAY),
        version=applications.load_application(office.admin, office.tomorrow).version, today=TODAY)
    page = window.show_page("my_week")
    assert page.background and page.loading  # the window reads the week in a pool thread
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    assert item.data(BADGE_ROLE) == 7 and page.actions.rowCount() == 3
    page.counts = None
    page.timer.timeout.emit()  # the timer refreshes the counts alone
    assert page.counts.total == 7


def badge_side(window) -> str:
    """Where the badge's red is drawn on the My week item: 'left' or 'right' half."""
    nav = window.nav
    rect = nav.visualItemRect(nav.item(1))
    image = nav.viewport().grab().toImage()
    red = [x for x in range(rect.left(), rect.right()) for y in range(rect.top(), rect.bottom(), 2)
           if image.pixelColor(x, y) == QColor("#b00020")]
    assert red, "no badge drawn"
    return "left" if sum(red) / len(red) < rect.center().x() else "right"


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_page_and_its_badge_in_each_direction(app, office, qtbot, lang):
    from ui import i18n
    from ui.main_window import MainWindow

    i18n.install(app, lang)
    window = MainWindow(office.admin.vault)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show_session(office.huda)
    window.show()
    page = window.show_page("my_week")
    qtbot.waitUntil(lambda: not page.loading and page.week is not None, timeout=10_000)
    right_to_left = lang == "ar"
    assert (page.layoutDirection() == Qt.LayoutDirection.RightToLeft) is right_to_left
    assert badge_side(window) == ("left" if right_to_left else "right")
    names = column(page.hearings, 4)
    assert names[1] == ("شهادة الولادة" if right_to_left else "Birth certificate")
    assert column(page.hearings, 5)[1] == ("استقبال" if right_to_left else "Intake")
    # A click on today's hearing selects it in either direction and offers to record its outcome.
    hearings = page.hearings
    rect = hearings.visualItemRect(hearings.item(1, 3))
    qtbot.mouseClick(hearings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.selected_hearing().held_on == TODAY and page.record_button.isEnabled()
    # Dates stay day/month/year in either direction; the week's range uses the language's day names.
    assert column(page.actions, 0)[0] == "22/11/2026"
    assert ("الأربعاء" in page.range_label.text()) is right_to_left


def test_a_session_without_the_right_is_told_not_crashed(app, office, qtbot):
    """A legal user's page asked for the office (a forged scope) shows the refusal in words."""
    page = open_page(office.huda, qtbot)
    page.owner_id = None
    page.refresh()
    assert office.errors and "Only managers and administrators" in office.errors[-1]
    recovery = UserSession(office.admin.vault, CurrentUser.recovery())
    from ui.pages.my_week import MyWeekPage

    MyWeekPage(recovery).refresh_counts()  # the timer's refresh keeps quiet


def test_an_answer_to_an_older_request_is_dropped(app, office, qtbot):
    """Switching scope while the week is read: only the newest request's answer is shown."""
    page = open_page(office.admin, qtbot)
    page.background = True
    page.refresh()
    first = page._generation
    page.refresh()
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    shown = page.week
    page._loaded(first, (None, None), None)  # the late answer to the first request
    assert page.week is shown and page._generation == first + 1
