"""The place picker and the Places page, driven as a user would (offscreen Qt, pytest-qt), on a
vault holding the real COD-AB table shipped in db/data."""

from __future__ import annotations

from importlib import resources

import pytest
from PySide6.QtCore import Qt

from db import locations

COD_AB = resources.files("db").joinpath("data", "cod_ab_irq.csv")


@pytest.fixture
def app(qapp):
    from desktop.app import register_fonts
    from ui import i18n

    register_fonts()
    i18n.install(qapp, "en")
    yield qapp
    i18n.install(qapp, "en")


@pytest.fixture
def places_admin(admin):
    with resources.as_file(COD_AB) as path:
        locations.import_cod_ab(admin, path)
    return admin


def make_picker(qtbot, session):
    from ui.location_picker import LocationPicker

    picker = LocationPicker(session)
    qtbot.addWidget(picker)
    picker.show()
    return picker


def choose_by_typing(qtbot, combo, text):
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), text)
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)


def test_picker_on_an_empty_table_says_an_administrator_imports_places(app, admin, qtbot):
    picker = make_picker(qtbot, admin)
    assert picker.empty_label.isVisible()
    assert "imports the COD-AB table under Places" in picker.empty_label.text()
    assert not any(combo.isVisible() for combo in picker.combos.values())
    assert picker.pcode() is None


def test_typing_names_chooses_governorate_district_and_sub_district(app, places_admin, qtbot):
    picker = make_picker(qtbot, places_admin)
    gov, district, sub = (picker.combos[level] for level in (1, 2, 3))
    assert not district.isEnabled() and not sub.isEnabled()
    with qtbot.waitSignal(picker.changed) as signal:
        choose_by_typing(qtbot, gov, "Ninewa")
    assert signal.args == ["IQG15"] and picker.pcode() == "IQG15"
    assert district.isEnabled()
    assert {district.itemText(i) for i in range(1, district.count())} == {
        "Aqra", "Al-Baaj", "Al-Hamdaniya", "Al-Hatra", "Al-Mosul", "Al-Shikhan", "Sinjar", "Telafar", "Tilkaef"}
    choose_by_typing(qtbot, district, "Al-Mosul")
    assert picker.pcode() == "IQG15Q05"
    assert [sub.itemText(i) for i in range(1, sub.count())] == [
        "Al-Muhamadath", "Al-Qayarra", "Bashiqa", "Hammam Al-Alil"]  # sorted by name
    choose_by_typing(qtbot, sub, "Hammam Al-Alil")
    assert picker.pcode() == "IQG15Q05N02"
    assert picker.pcodes() == ("IQG15", "IQG15Q05", "IQG15Q05N02")


def test_typing_part_of_a_name_filters_the_list(app, places_admin, qtbot):
    picker = make_picker(qtbot, places_admin)
    picker.set_pcode("IQG15Q05")
    sub = picker.combos[3]
    sub.setFocus()
    qtbot.keyClicks(sub.lineEdit(), "alil")  # contains, any case
    completer = sub.completer()
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Hammam Al-Alil"


def test_changing_the_governorate_clears_the_district_below(app, places_admin, qtbot):
    picker = make_picker(qtbot, places_admin)
    picker.set_pcode("IQG15Q05N04")
    with qtbot.waitSignal(picker.changed) as signal:
        choose_by_typing(qtbot, picker.combos[1], "Erbil")
    assert signal.args == ["IQG11"]
    assert picker.pcodes() == ("IQG11", "", "")
    assert not picker.combos[3].isEnabled()


def test_text_that_names_no_place_goes_back_to_the_chosen_place(app, places_admin, qtbot):
    picker = make_picker(qtbot, places_admin)
    picker.set_pcode("IQG15Q05")
    district = picker.combos[2]
    choose_by_typing(qtbot, district, "Atlantis")
    district.lineEdit().editingFinished.emit()
    assert district.currentText() == "Al-Mosul"
    assert picker.pcode() == "IQG15Q05"


def test_set_pcode_shows_each_level_and_clears(app, places_admin, qtbot):
    picker = make_picker(qtbot, places_admin)
    picker.set_pcode("IQG15Q05N04")
    assert [picker.combos[level].currentText() for level in (1, 2, 3)] == ["Ninewa", "Al-Mosul", "Al-Muhamadath"]
    assert picker.pcode() == "IQG15Q05N04"
    picker.set_pcode(None)
    assert picker.pcode() is None and picker.combos[1].currentText() == ""


def test_inactive_places_are_not_offered_but_a_record_using_one_keeps_it(app, places_admin, qtbot):
    locations.set_active(places_admin, "IQG15Q05N03", False)  # Bashiqa
    picker = make_picker(qtbot, places_admin)
    picker.set_pcode("IQG15Q05N01")
    sub = picker.combos[3]
    assert "Bashiqa" not in [sub.itemText(i) for i in range(sub.count())]
    picker.set_pcode("IQG15Q05N03")
    assert picker.pcode() == "IQG15Q05N03"
    assert sub.currentText() == "Bashiqa (no longer used)"


def test_a_code_the_table_lacks_is_shown_as_itself_and_kept(app, places_admin, qtbot):
    picker = make_picker(qtbot, places_admin)
    picker.set_pcode("IQG15Q05N77")
    assert picker.pcode() == "IQG15Q05N77"
    assert picker.combos[2].currentText() == "Al-Mosul"
    assert picker.combos[3].currentText() == "IQG15Q05N77"


def test_office_places_are_offered_with_cod_ab_places(app, places_admin, qtbot):
    added = locations.add_place(places_admin, "IQG15Q05", "مركز الموصل", "Mosul Centre")
    picker = make_picker(qtbot, places_admin)
    picker.set_pcode("IQG15Q05")
    choose_by_typing(qtbot, picker.combos[3], "Mosul Centre")
    assert picker.pcode() == added.pcode == "IQG15Q05X01"


def test_picker_in_arabic_shows_arabic_names_right_to_left(app, places_admin, qtbot):
    from ui import i18n

    i18n.install(app, "ar")
    picker = make_picker(qtbot, places_admin)
    picker.set_pcode("IQG15Q05N02")
    assert [picker.combos[level].currentText() for level in (1, 2, 3)] == ["نينوى", "الموصل", "حمام العليل"]
    assert picker.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Governorate first, on the right.
    gov, sub = picker.combos[1], picker.combos[3]
    assert gov.mapTo(picker, gov.rect().topLeft()).x() > sub.mapTo(picker, sub.rect().topLeft()).x()
    assert "IQG15Q05N02" in picker.combos[3].itemData(picker.combos[3].currentIndex(), Qt.ItemDataRole.ToolTipRole)
