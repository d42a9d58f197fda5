"""The place picker and the Places page, driven as a user would (offscreen Qt, pytest-qt), on a
vault holding the real COD-AB table shipped in db/data."""

from __future__ import annotations

from importlib import resources

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit

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


# --- The Places page -------------------------------------------------------------------------------


def make_page(qtbot, session):
    from ui.pages.locations import PlacesPage

    page = PlacesPage(session)
    qtbot.addWidget(page)
    page.show()
    return page


def row_texts(page, code):
    index = page._index_of(code)
    model = page.proxy
    return [model.index(index.row(), col, index.parent()).data() for col in range(model.columnCount())]


def test_places_page_shows_the_tree_with_both_names_code_source_and_offered(app, places_admin, qtbot):
    locations.add_place(places_admin, "IQG15Q05", "مركز الموصل", "Mosul Centre")
    locations.set_active(places_admin, "IQG15Q05N03", False)
    page = make_page(qtbot, places_admin)
    assert page.proxy.rowCount() == 18  # governorates at the top
    assert row_texts(page, "IQG15") == ["Ninewa", "نينوى", "IQG15", "COD-AB", "yes"]
    assert row_texts(page, "IQG15Q05X01") == ["Mosul Centre", "مركز الموصل", "IQG15Q05X01", "office", "yes"]
    assert row_texts(page, "IQG15Q05N03")[-1] == "no"
    page.select("IQG15Q05N02")
    assert page.selected().name_en == "Hammam Al-Alil"
    assert page.tree.isExpanded(page._index_of("IQG15Q05"))


def test_places_page_search_filters_by_name_or_code(app, places_admin, qtbot):
    page = make_page(qtbot, places_admin)
    qtbot.keyClicks(page.search, "Hammam")
    assert page.proxy.rowCount() == 1  # only Ninewa holds a match
    assert page._index_of("IQG15Q05N02").isValid()
    page.search.clear()
    qtbot.keyClicks(page.search, "IQG11")
    assert page.proxy.rowCount() == 1 and page.proxy.index(0, 0).data() == "Erbil"


def test_import_shows_a_dry_run_then_imports_when_confirmed(app, admin, qtbot, monkeypatch, tmp_path):
    from tests.conftest import dump_hash
    from ui.pages import locations as page_module

    page = make_page(qtbot, admin)
    assert page.empty.isVisible() and not page.tree.isVisible()
    shown = []

    def answer(result):
        def exec_(dialog):
            shown.append((dialog.findChild(QLabel, "importSummary").text(), dialog.import_button.isEnabled()))
            return result
        return exec_

    before = dump_hash(admin)
    monkeypatch.setattr(page_module.ImportPreviewDialog, "exec", answer(QDialog.DialogCode.Rejected))
    with resources.as_file(COD_AB) as path:
        assert page.import_file(path) is None
        assert dump_hash(admin) == before  # cancelled after the preview: nothing written
        assert "413 places to add, 0 to rename, 0 unchanged." in shown[0][0] and shown[0][1]
        monkeypatch.setattr(page_module.ImportPreviewDialog, "exec", answer(QDialog.DialogCode.Accepted))
        report = page.import_file(path)
    assert len(report.added) == 413
    assert page.tree.isVisible() and page.proxy.rowCount() == 18


def test_import_of_a_hostile_file_shows_one_message(app, admin, qtbot, monkeypatch, tmp_path):
    from ui.pages import locations as page_module

    errors = []
    monkeypatch.setattr(page_module, "show_error", lambda parent, text, details="": errors.append(text))
    page = make_page(qtbot, admin)
    fake = tmp_path / "table.xlsx"
    fake.write_text("ADM1_PCODE\nIQG15\n")
    assert page.import_file(fake) is None
    assert errors == [
        "The file is not a readable Excel workbook (.xlsx); it may be damaged or another kind of file renamed. "
        "Nothing was imported."]


def test_preview_lists_problems_and_renames(app, places_admin, tmp_path, qtbot):
    from ui.pages.locations import ImportPreviewDialog

    path = tmp_path / "newer.csv"
    path.write_text(
        "ADM2_PCODE,ADM2_EN,ADM2_AR,ADM1_PCODE,ADM1_EN,ADM1_AR\n"
        "IQG15Q05,Mosul,الموصل,IQG15,Ninewa,نينوى\n"
        "IQG15Q5,Broken,مكسور,IQG15,Ninewa,نينوى\n", encoding="utf-8")
    report = locations.import_cod_ab(places_admin, path, dry_run=True)
    dialog = ImportPreviewDialog(report, path.name)
    qtbot.addWidget(dialog)
    text = dialog.findChild(QPlainTextEdit, "importDetails").toPlainText()
    assert "Row 3: IQG15Q5 is not a COD-AB code for a district." in text
    assert "Renamed IQG15Q05: الموصل / Al-Mosul → الموصل / Mosul" in text
    assert dialog.import_button.isEnabled()


def test_add_rename_and_stop_offering_from_the_page(app, places_admin, qtbot, monkeypatch):
    from ui.pages import locations as page_module

    page = make_page(qtbot, places_admin)
    page.select("IQG15Q05N02")
    assert not page.buttons["addPlace"].isEnabled()  # nothing goes inside a sub-district
    page.select("IQG15Q05")
    assert page.buttons["addPlace"].isEnabled()

    def fill_and_save(name_ar, name_en):
        def exec_(dialog):
            dialog.name_ar.setText(name_ar)
            dialog.name_en.setText(name_en)
            dialog._save()
            return dialog.result()
        return exec_

    monkeypatch.setattr(page_module.PlaceDialog, "exec", fill_and_save("الشورة", "Al-Shura"))
    page.add_place()
    assert page.selected_code() == "IQG15Q05X01"
    assert row_texts(page, "IQG15Q05X01")[:4] == ["Al-Shura", "الشورة", "IQG15Q05X01", "office"]

    monkeypatch.setattr(page_module.PlaceDialog, "exec", fill_and_save("الشورة", "Al-Shoura"))
    page.rename_place()
    assert locations.label(places_admin, "IQG15Q05X01", "en") == "Al-Shoura"

    assert page.buttons["toggleActive"].text() == "Stop offering"
    qtbot.mouseClick(page.buttons["toggleActive"], Qt.MouseButton.LeftButton)
    assert locations.place(places_admin, "IQG15Q05X01").active is False
    assert page.buttons["toggleActive"].text() == "Offer again"
    assert row_texts(page, "IQG15Q05X01")[-1] == "no"


def test_place_dialog_shows_problems_next_to_the_field(app, places_admin, qtbot):
    from ui.pages.locations import PlaceDialog

    parent_place = locations.place(places_admin, "IQG15Q05")
    dialog = PlaceDialog(places_admin, parent_place=parent_place)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_ar.setText("القياره")  # QTest cannot type Arabic letters
    qtbot.keyClicks(dialog.name_en, "Somewhere")
    dialog._save()
    assert dialog.errors["name_ar"].text() == "There is already a place called القيارة there."
    assert dialog.errors["name_ar"].isVisible() and not dialog.errors["name_en"].isVisible()
    assert dialog.result() != dialog.DialogCode.Accepted


def test_places_page_is_in_the_window_for_administrators_only(app, admin, vault_path, qtbot):
    from db import users
    from db.vault import Vault
    from desktop.app import SanadController

    users.add_user(admin, "clerk", "front-desk-pass-1", role="staff", must_change_password=False)
    for username, password, expected in (("admin", None, True), ("clerk", "front-desk-pass-1", False)):
        if password is None:
            session, vault = admin, admin.vault
        else:
            admin.vault.close()
            vault = Vault.open(vault_path)
            session = vault.unlock(username, password)
        ctl = SanadController(app, vault)
        qtbot.addWidget(ctl.window)
        ctl.start(session)
        assert ("places" in ctl.window.page_keys()) is expected
        app.removeEventFilter(ctl.idle)
        ctl.idle.timer.stop()
    vault.close()


def test_people_page_district_filter_shows_names_and_filters_by_code(app, places_admin, qtbot):
    from tests.test_locations import add_household_in
    from ui.pages.people import PeoplePage

    add_household_in(places_admin, "IQG15Q05", "فاطمة")
    add_household_in(places_admin, "IQG15Q08", "زينب")
    page = PeoplePage(places_admin)
    qtbot.addWidget(page)
    page.model.background = False
    combo = page.district
    assert [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())] == [
        ("", "All districts"), ("IQG15Q05", "Al-Mosul"), ("IQG15Q08", "Telafar")]
    combo.setCurrentIndex(combo.findData("IQG15Q08"))
    page.apply()
    assert page.model.rowCount() == 1
    assert page.model.index(0, page.model.COL_DISTRICT).data() == "Telafar"


def test_places_page_in_arabic_puts_the_arabic_name_first_right_to_left(app, places_admin, qtbot):
    from ui import i18n

    i18n.install(app, "ar")
    page = make_page(qtbot, places_admin)
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert row_texts(page, "IQG15Q05")[:3] == ["الموصل", "Al-Mosul", "IQG15Q05"]
    # Governorates in Arabic alphabetical order (the article counts): اربيل before الانبار.
    assert [page.proxy.index(row, 0).data() for row in range(2)] == ["اربيل", "الانبار"]
