"""The retention page: admins only, lists closed files, archive and purge selected (purge asks first)."""

from __future__ import annotations

import pytest

from db import retention
from tests.helpers import add_people
from tests.test_retention import LONG_AGO, _age


@pytest.fixture
def app(qapp):
    from ui import i18n

    i18n.install(qapp, "en")
    yield qapp
    i18n.install(qapp, "en")


def test_page_lists_archives_and_purges_after_asking(app, admin, qtbot, monkeypatch):
    """Fault: a click purges without asking, or the list shows open files. Promise: the page lists
    the closed files for the months chosen; archive marks them; purge asks, and a "no" changes
    nothing, a "yes" purges."""
    from ui.pages import retention as page_module
    from ui.pages.retention import RetentionPage

    ids = add_people(admin, 3)
    for pid in ids:
        _age(admin, pid, LONG_AGO)
    page = RetentionPage(admin)
    qtbot.addWidget(page)
    page.months.setValue(12)
    page.refresh()
    assert page.table.rowCount() == 3
    assert "MOS-2026-00001" in page.table.item(0, 0).text()
    monkeypatch.setattr(page_module, "notify", lambda *a, **k: None)
    page.table.selectRow(0)
    page.archive_selected()
    assert page.table.item(0, 4).text() == "yes"
    answers = iter([False, True])
    monkeypatch.setattr(page_module, "ask", lambda *a, **k: next(answers))
    page.table.selectRow(1)
    page.purge_selected()
    assert page.table.rowCount() == 3 and not page.purging
    page.table.selectRow(1)
    page.purge_selected()
    assert page.purging and not page.purge_button.isEnabled()  # in a pool thread
    qtbot.waitUntil(lambda: not page.purging, timeout=20000)
    assert page.table.rowCount() == 2 and page.purge_button.isEnabled()
    assert page.purged.rowCount() == 1 and "MOS-2026-00002" in page.purged.item(0, 0).text()
    assert [f.file_number for f in retention.closed_files(admin, months=12)] == ["MOS-2026-00001", "MOS-2026-00003"]


def test_only_admins_see_the_page(app, admin, qtbot):
    """Promise: the navigation offers Retention to administrators only."""
    from db.permissions import Role
    from db.session import CurrentUser, UserSession
    from ui.main_window import MainWindow

    window = MainWindow(admin.vault)
    qtbot.addWidget(window)
    window.show_session(admin)
    assert "retention" in window.page_keys()
    staff = UserSession(admin.vault, CurrentUser(1, "staffer", "", Role.STAFF, False))
    window2 = MainWindow(admin.vault)
    qtbot.addWidget(window2)
    window2.show_session(staff)
    assert "retention" not in window2.page_keys()
