"""The people list: ids first, rows fetched a page at a time; filters, sort and search as you type."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from db.people_list import PeopleFilter, person_ids
from tests.helpers import demo_session as demo_session_for


@pytest.fixture(scope="module")
def demo_session(tmp_path_factory):
    with demo_session_for(tmp_path_factory.mktemp("people"), 3000) as session:
        yield session


def test_model_is_lazy_and_pages(qapp, demo_session):
    from ui.pages.people import PeopleModel

    model = PeopleModel(demo_session)
    model.reload()
    assert model.rowCount() == 3000
    assert model.fetches == 0  # nothing read until a row is shown
    assert model.data(model.index(0, PeopleModel.COL_FILE)).startswith("MOS-")
    assert model.fetches == 1
    for row in range(1, PeopleModel.PAGE):
        model.data(model.index(row, PeopleModel.COL_NAME))
    assert model.fetches == 1  # the rest of the page came with the first row
    model.data(model.index(2999, PeopleModel.COL_NAME))
    assert model.fetches == 2 and len(model.cache) <= PeopleModel.CACHE_ROWS


def test_filters_and_sort(qapp, demo_session):
    from ui.pages.people import PeopleModel

    women = person_ids(demo_session, PeopleFilter(sex="F"))
    men = person_ids(demo_session, PeopleFilter(sex="M"))
    assert len(women) + len(men) == 3000 and women and men
    children = person_ids(demo_session, PeopleFilter(age_group="0-5"))
    adults = person_ids(demo_session, PeopleFilter(age_group="18-59"))
    assert children and adults and not set(children) & set(adults)
    model = PeopleModel(demo_session)
    model.sort(PeopleModel.COL_FILE, Qt.SortOrder.DescendingOrder)
    first = model.data(model.index(0, PeopleModel.COL_FILE))
    last = model.data(model.index(model.rowCount() - 1, PeopleModel.COL_FILE))
    assert first > last


def test_page_searches_as_you_type(qapp, qtbot, demo_session):
    from ui.pages.people import PeoplePage

    page = PeoplePage(demo_session)
    qtbot.addWidget(page)
    page.model.wait()
    numbers = [page.model.row_at(r).file_number for r in range(50)]
    assert numbers == sorted(numbers)  # file number order, oldest first
    row = page.model.row_at(0)
    first_name = row.full_name.split()[0]
    page.search.setText(first_name)  # Arabic: set, not typed key by key
    qtbot.waitUntil(lambda: page.model.rowCount() < 3000, timeout=3000)
    names = [page.model.row_at(r).full_name for r in range(min(page.model.rowCount(), 20))]
    assert any(first_name in n for n in names)
    page.search.clear()
    page.apply()
    page.model.wait()
    assert page.model.rowCount() == 3000
    page._open_household(page.model.index(0, 0))
    page.model.wait()
    assert 1 <= page.model.rowCount() <= 9 and not page.household_label.isHidden()


def test_the_list_is_read_in_the_background_and_a_late_answer_is_dropped(qapp, qtbot, demo_session):
    """The ids come from a pool thread; while they come the old list stays; an answer overtaken
    by a newer request never replaces the newer one."""
    from ui.pages.people import PeoplePage

    page = PeoplePage(demo_session)
    qtbot.addWidget(page)
    page.model.wait()
    assert page.model.rowCount() == 3000
    page.sex.setCurrentIndex(page.sex.findData("F"))  # the first request...
    assert page.model.loading and page.count.text() == "Searching…"
    page.sex.setCurrentIndex(page.sex.findData("M"))  # ...overtaken by a second
    page.model.wait()
    men = person_ids(demo_session, PeopleFilter(sex="M"))
    assert page.model.rowCount() == len(men)
    assert {page.model.row_at(r).id for r in range(20)} <= set(men)
    assert page.count.text() == f"{len(men):,} people"


def test_document_filters_in_the_page(qapp, qtbot, demo_session):
    from db.models import DocumentHeld

    with demo_session.transaction() as db:
        holders = set(db.scalars(DocumentHeld.__table__.select().with_only_columns(DocumentHeld.person_id)
                                 .where(DocumentHeld.doc_type == "civil_id")))
    from ui.pages.people import PeoplePage

    page = PeoplePage(demo_session)
    qtbot.addWidget(page)
    page.model.wait()
    page.has_document.setCurrentIndex(page.has_document.findData("civil_id"))
    page.model.wait()
    shown = {page.model.ids[r] for r in range(page.model.rowCount())}
    assert shown == holders - _archived(demo_session)
    page.has_document.setCurrentIndex(0)
    page.lacks_document.setCurrentIndex(page.lacks_document.findData("civil_id"))
    page.model.wait()
    assert page.model.rowCount() == 3000 - len(holders)


def _archived(session) -> set[int]:
    from sqlalchemy import select

    from db.models import Person

    with session.transaction() as db:
        return set(db.scalars(select(Person.id).where(Person.archived_at.is_not(None))))


def test_a_double_click_or_enter_opens_the_record_once(qapp, qtbot, demo_session, monkeypatch):
    """Qt emits `activated` on a double-click too: listening to both opened the record twice."""
    from PySide6.QtCore import Qt

    from ui.pages import person_form
    from ui.pages.people import PeoplePage

    opened = []
    monkeypatch.setattr(person_form.PersonDialog, "exec", lambda self: opened.append(self.person_id) or 0)
    page = PeoplePage(demo_session)
    qtbot.addWidget(page)
    page.show()
    page.model.wait()
    page.table.setCurrentIndex(page.model.index(0, 1))
    rect = page.table.visualRect(page.model.index(0, 1))
    # What a real double-click sends: press, release, double-click, release.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseRelease(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(opened) == 1
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert len(opened) == 2 and opened[0] == opened[1]
