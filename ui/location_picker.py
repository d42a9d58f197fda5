"""Choosing a place: governorate, then district, then sub-district, each a list of names in the
user's language that filters as you type. The value is the deepest p-code chosen.

Inactive places are not offered, but a record that already uses one shows it (marked), so opening
and saving a record never loses its place. A code the table does not know is shown as itself."""

from __future__ import annotations

from PySide6.QtCore import QCollator, QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLabel, QSizePolicy, QWidget

from db import locations
from db.locations import DISTRICT, GOVERNORATE, SUB_DISTRICT, Place
from db.session import UserSession
from db.validation import DISTRICT_PCODE, GOVERNORATE_PCODE, SUB_DISTRICT_PCODE
from ui.i18n import current_language

_SHAPES = ((SUB_DISTRICT, SUB_DISTRICT_PCODE), (DISTRICT, DISTRICT_PCODE), (GOVERNORATE, GOVERNORATE_PCODE))


class LocationPicker(QWidget):
    """Three linked lists; `pcode()` is the deepest choice (or None), `changed` carries it ("" for none)."""

    changed = Signal(str)

    def __init__(self, session: UserSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = current_language()
        self._updating = False
        self._by_code: dict[str, Place] = {}
        self._children: dict[str | None, list[Place]] = {}

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.empty_label = QLabel(
            self.tr("No places yet: an administrator imports the COD-AB table under Places.")
        )
        self.empty_label.setObjectName("placesEmpty")
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        self.combos: dict[int, QComboBox] = {}
        for level, name, placeholder in (
            (GOVERNORATE, "governorateCombo", self.tr("Governorate")),
            (DISTRICT, "districtCombo", self.tr("District")),
            (SUB_DISTRICT, "subDistrictCombo", self.tr("Sub-district")),
        ):
            combo = self._make_combo(name, placeholder)
            self.combos[level] = combo
            layout.addWidget(combo, 1)
            combo.currentIndexChanged.connect(lambda _index, lvl=level: self._chosen(lvl))
        self.setFocusProxy(self.combos[GOVERNORATE])
        QWidget.setTabOrder(self.combos[GOVERNORATE], self.combos[DISTRICT])
        QWidget.setTabOrder(self.combos[DISTRICT], self.combos[SUB_DISTRICT])
        self.reload()

    # --- building ---------------------------------------------------------------------------------

    def _make_combo(self, name: str, placeholder: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        combo.setMinimumContentsLength(12)
        combo.setAccessibleName(placeholder)
        combo.setToolTip(placeholder)
        combo.lineEdit().setPlaceholderText(placeholder)
        completer = QCompleter(combo.model(), combo)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.setCompleter(completer)
        # Typed text that names no place goes back to the chosen place's name.
        combo.lineEdit().editingFinished.connect(lambda c=combo: self._settle_text(c))
        return combo

    def reload(self) -> None:
        """Read the place table again (after an import), keeping the current choice."""
        keep = self.pcode()
        everything = locations.places(self.session, include_inactive=True)
        self._by_code = {place.pcode: place for place in everything}
        collator = QCollator(QLocale())
        self._children = {}
        for place in everything:
            self._children.setdefault(place.parent_pcode, []).append(place)
        for siblings in self._children.values():
            siblings.sort(key=lambda p: collator.sortKey(p.name(self.lang)))
        empty = not everything
        self.empty_label.setVisible(empty)
        for combo in self.combos.values():
            combo.setVisible(not empty)
        self._updating = True
        try:
            self._fill(GOVERNORATE, None, None)
        finally:
            self._updating = False
        self.set_pcode(keep)

    def _item_text(self, place: Place) -> str:
        if place.active:
            return place.name(self.lang)
        return self.tr("%1 (no longer used)").replace("%1", place.name(self.lang))

    def _fill(self, level: int, parent: str | None, keep: str | None) -> None:
        """Offer the active places in `parent` (plus `keep`, even if inactive or unknown)."""
        combo = self.combos[level]
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("", None)
        if level == GOVERNORATE or parent is not None:
            for place in self._children.get(parent, []):
                if place.level == level and (place.active or place.pcode == keep):
                    combo.addItem(self._item_text(place), place.pcode)
                    combo.setItemData(combo.count() - 1, self._tooltip(place), Qt.ItemDataRole.ToolTipRole)
        if keep and combo.findData(keep) < 0:
            combo.addItem(keep, keep)  # a code the table does not hold: shown as itself, kept
        combo.setCurrentIndex(max(combo.findData(keep), 0) if keep else 0)
        combo.setEnabled(combo.count() > 1)
        combo.blockSignals(False)

    def _tooltip(self, place: Place) -> str:
        other = place.name_en if self.lang == "ar" else place.name_ar
        return f"{other} · {place.pcode}"

    # --- choosing ---------------------------------------------------------------------------------

    def _chosen(self, level: int) -> None:
        if self._updating:
            return
        self._updating = True
        try:
            code = self.combos[level].currentData()
            for below in range(level + 1, SUB_DISTRICT + 1):
                self._fill(below, code if below == level + 1 else None, None)
                code = None
        finally:
            self._updating = False
        self.changed.emit(self.pcode() or "")

    def _settle_text(self, combo: QComboBox) -> None:
        text = combo.currentText().strip()
        if text == combo.itemText(combo.currentIndex()):
            return
        match = combo.findText(text, Qt.MatchFlag.MatchFixedString) if text else 0
        if match >= 0:
            combo.setCurrentIndex(match)
        combo.setEditText(combo.itemText(combo.currentIndex()))

    def set_pcode(self, pcode: str | None) -> None:
        """Show this place (and the places it lies in); None or "" clears the choice."""
        pcode = (pcode or "").strip().upper()
        chain: dict[int, str] = {}
        if pcode:
            level = next((lvl for lvl, shape in _SHAPES if shape.fullmatch(pcode)), None)
            known = self._by_code.get(pcode)
            if known is not None:
                level = known.level
            code: str | None = pcode
            while code and level:
                chain[level] = code
                place = self._by_code.get(code)
                # Unknown codes nest by prefix (IQG15Q05N01 lies in IQG15Q05 lies in IQG15).
                code = place.parent_pcode if place else _prefix_parent(code, level)
                level -= 1
        self._updating = True
        try:
            self._fill(GOVERNORATE, None, chain.get(GOVERNORATE))
            self._fill(DISTRICT, chain.get(GOVERNORATE), chain.get(DISTRICT))
            self._fill(SUB_DISTRICT, chain.get(DISTRICT), chain.get(SUB_DISTRICT))
        finally:
            self._updating = False

    def pcode(self) -> str | None:
        """The deepest place chosen, or None."""
        for level in (SUB_DISTRICT, DISTRICT, GOVERNORATE):
            code = self.combos[level].currentData() if self.combos else None
            if code:
                return code
        return None

    def pcodes(self) -> tuple[str, str, str]:
        """(governorate, district, sub-district) codes chosen, "" where none: a household's address."""
        return tuple(self.combos[level].currentData() or "" for level in (GOVERNORATE, DISTRICT, SUB_DISTRICT))


def _prefix_parent(code: str, level: int) -> str | None:
    lengths = {SUB_DISTRICT: 8, DISTRICT: 5}
    return code[: lengths[level]] if level in lengths else None
