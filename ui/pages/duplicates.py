"""Likely duplicate records: a whole-vault scan in a pool thread (seconds on a large vault; the
window stays responsive, with progress and Cancel), the pairs best first, and for each pair
"Compare and merge…" or "Not the same person"; below, the recent merges, each of which can be
undone."""

from __future__ import annotations

import threading

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QModelIndex,
    Qt,
    QThreadPool,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import people_list
from db.duplicates import Match, find_duplicates, mark_not_same
from db.errors import SanadError
from db.merge import EDIT_LABELS, MergeResult, MergeSummary, UndoResult, link_label, recent_merges, undo_merge
from db.people_list import ListRow
from db.session import UserSession
from ui import widgets
from ui.i18n import error_text, translate_text
from ui.merge_dialog import ABOUT, MergeDialog
from ui.messages import ask, notify, show_error
from ui.paged import BackgroundCall, Sink
from ui.pages.register import reasons_text
from ui.widgets import isolate_ltr

_ROOT = QModelIndex()
# Pairs shown after a scan (best first); a vault with more likely pairs than this is scanned again
# after the first ones are dealt with.
MAX_PAIRS = 2000
_ROWS_PER_READ = 500


class _Cancelled(Exception):
    pass


class _ScanSink(Sink):
    progress = Signal(int, int)


def _scan(session: UserSession, sink: _ScanSink, cancel: threading.Event):
    """Runs in a pool thread: the likely pairs, and the rows to show for them."""

    def progress(done: int, total: int) -> None:
        if cancel.is_set():
            raise _Cancelled
        try:
            sink.progress.emit(done, total)
        except RuntimeError:
            pass

    matches = find_duplicates(session, limit=MAX_PAIRS, progress=progress)
    ids = sorted({m.a_id for m in matches} | {m.b_id for m in matches})
    rows: dict[int, ListRow] = {}
    for start in range(0, len(ids), _ROWS_PER_READ):
        if cancel.is_set():
            raise _Cancelled
        rows.update(people_list.rows(session, ids[start:start + _ROWS_PER_READ]))
    return [m for m in matches if m.a_id in rows and m.b_id in rows], rows


class PairsModel(QAbstractTableModel):
    """One likely pair per row; each cell shows record A above record B, to compare at a glance."""

    COL_SCORE, COL_FILES, COL_NAMES, COL_MOTHERS, COL_BORN, COL_REASONS = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.pairs: list[Match] = []
        self.rows: dict[int, ListRow] = {}

    def set_pairs(self, pairs: list[Match], rows: dict[int, ListRow]) -> None:
        self.beginResetModel()
        self.pairs, self.rows = list(pairs), rows
        self.endResetModel()

    def drop(self, *person_ids: int) -> None:
        """Leave out every pair with one of these people (merged, or decided)."""
        gone = set(person_ids)
        self.set_pairs([m for m in self.pairs if not {m.a_id, m.b_id} & gone], self.rows)

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.pairs)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Score"), self.tr("File numbers"), self.tr("Names"), self.tr("Mothers' names"),
                    self.tr("Born"), self.tr("Why"))[section]
        return None

    def pair(self, row: int) -> Match:
        return self.pairs[row]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        match = self.pairs[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_SCORE:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if col == self.COL_SCORE:
            return f"{match.score:.0f}"
        if col == self.COL_REASONS:
            return reasons_text(match.reasons)
        a, b = self.rows[match.a_id], self.rows[match.b_id]
        if col == self.COL_FILES:
            return f"{a.file_number}\n{b.file_number}"
        if col == self.COL_NAMES:
            return f"{a.full_name}\n{b.full_name}"
        if col == self.COL_MOTHERS:
            return f"{a.mother_name}\n{b.mother_name}"
        return f"{_birth(a.birth)}\n{_birth(b.birth)}"


def _birth(text: str) -> str:
    """The people list's birth text with "about" in words ("~1990" reads "1990~" right to left)."""
    return QCoreApplication.translate("MergeDialog", ABOUT).replace("%1", text[1:]) if text.startswith("~") else text


def _local(when) -> str:
    """A stored UTC time in this computer's time zone. Item views ignore the embedding marks of
    isolate_ltr: a no-break space keeps date and time one number run, in this order, right to left."""
    if when is None:
        return ""
    stamp = QDateTime(when.date(), when.time(), QTimeZone.utc()).toLocalTime()
    return stamp.toString("dd/MM/yyyy HH:mm").replace(" ", "\u00a0")


class DuplicatesPage(QWidget):
    """Find likely duplicates, merge or separate them, and undo recent merges."""

    merged = Signal(object)  # MergeResult
    unmerged = Signal(object)  # UndoResult

    def __init__(self, session: UserSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._cancel: threading.Event | None = None
        self._sink = _ScanSink()  # never parented: it outlives this page if the lock destroys it mid-scan
        self._sink.done.connect(self._scanned)
        self._sink.progress.connect(self._progress)
        self.last_merge: MergeResult | None = None
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.find_button = QPushButton(self.tr("&Find duplicates"))
        self.find_button.setObjectName("findDuplicates")
        self.find_button.setToolTip(self.tr("Compare every record in the vault with the others (F5)"))
        self.find_button.clicked.connect(self.scan)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelScan")
        self.cancel_button.clicked.connect(self.cancel_scan)
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.setObjectName("scanProgress")
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel(self.tr("Press \"Find duplicates\" to compare every record with the others."))
        self.status.setObjectName("scanStatus")
        top.addWidget(self.find_button)
        top.addWidget(self.cancel_button)
        top.addWidget(self.progress, 1)
        top.addWidget(self.status, 2)
        layout.addLayout(top)

        self.model = PairsModel(self)
        self.table = QTableView()
        self.table.setObjectName("duplicatePairs")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)  # the reasons take a second line when they need it
        self.table.verticalHeader().setVisible(False)
        # Two lines per pair (record A above record B), every row the same height: no measuring
        # of thousands of rows.
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(2 * self.table.fontMetrics().lineSpacing() + 12)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        self.model.modelReset.connect(self._size_columns)
        self._size_columns()
        self.table.doubleClicked.connect(lambda _index: self.compare())
        # Enter compares too (not `activated`: Qt also emits it on a double-click).
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table, activated=self.compare,
                      context=Qt.ShortcutContext.WidgetShortcut)
        layout.addWidget(self.table, 3)

        actions = QHBoxLayout()
        self.compare_button = QPushButton(self.tr("&Compare and merge…"))
        self.compare_button.setObjectName("compareAndMerge")
        self.compare_button.clicked.connect(self.compare)
        self.not_same_button = QPushButton(self.tr("&Not the same person"))
        self.not_same_button.setObjectName("notSamePerson")
        self.not_same_button.clicked.connect(self.not_same)
        actions.addWidget(self.compare_button)
        actions.addWidget(self.not_same_button)
        actions.addStretch(1)
        layout.addLayout(actions)

        # After a merge: what happened, and undo at once.
        self.banner = QWidget()
        self.banner.setObjectName("mergeBanner")
        self.banner.setStyleSheet("QWidget#mergeBanner { background: #e7f4e4; border: 1px solid #9cc79a; }")
        banner_row = QHBoxLayout(self.banner)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_undo = QPushButton(self.tr("&Undo this merge"))
        self.banner_undo.setObjectName("undoLastMerge")
        self.banner_undo.clicked.connect(lambda: self.last_merge and self.undo(self.last_merge.merge_id))
        banner_row.addWidget(self.banner_text, 1)
        banner_row.addWidget(self.banner_undo)
        self.banner.hide()
        layout.addWidget(self.banner)

        box = QGroupBox(self.tr("Recent merges"))
        box_layout = QVBoxLayout(box)
        self.merges = QTableWidget(0, 5)
        self.merges.setObjectName("recentMerges")
        self.merges.setHorizontalHeaderLabels([self.tr("When"), self.tr("Kept record"), self.tr("Merged record"),
                                               self.tr("By"), self.tr("Undone")])
        self.merges.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.merges.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.merges.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.merges.verticalHeader().setVisible(False)
        self.merges.setWordWrap(False)
        for col, width in ((0, 130), (2, 130), (3, 100), (4, 200)):
            self.merges.setColumnWidth(col, width)
        self.merges.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.merges.itemSelectionChanged.connect(self._update_buttons)
        box_layout.addWidget(self.merges)
        undo_row = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("Undo the selected merge…"))
        self.undo_button.setObjectName("undoMerge")
        self.undo_button.clicked.connect(self._undo_selected)
        undo_row.addWidget(self.undo_button)
        undo_row.addStretch(1)
        box_layout.addLayout(undo_row)
        layout.addWidget(box, 2)

        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.scan)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.summaries: list[MergeSummary] = []
        self.load_merges()
        self._update_buttons()

    def _size_columns(self) -> None:
        # (A model reset gives the header its default sizes back.)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(40)
        for col in (PairsModel.COL_FILES, PairsModel.COL_BORN):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for col, width in ((PairsModel.COL_SCORE, 56), (PairsModel.COL_NAMES, 240), (PairsModel.COL_MOTHERS, 170)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(col, width)

    def select_row(self, row: int) -> None:
        """Select one pair (ui.widgets.select_row: QTableView.selectRow picks no row right to left)."""
        widgets.select_row(self.table, row)

    # ---- scanning -------------------------------------------------------------------------------
    @property
    def scanning(self) -> bool:
        return self._cancel is not None

    def scan(self) -> None:
        if self.scanning:
            return
        cancel = self._cancel = threading.Event()
        session, sink = self.session, self._sink
        self.find_button.setEnabled(False)
        self.cancel_button.show()
        self.progress.setRange(0, 0)  # busy until the first figure arrives
        self.progress.show()
        self.status.setText(self.tr("Comparing records…"))
        self._update_buttons()
        QThreadPool.globalInstance().start(BackgroundCall(sink, 0, lambda: _scan(session, sink, cancel)))

    def cancel_scan(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.status.setText(self.tr("Stopping…"))

    def _progress(self, done: int, total: int) -> None:
        if self.scanning and total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _scanned(self, _generation: int, result, error) -> None:
        self._cancel = None
        self.find_button.setEnabled(True)
        self.cancel_button.hide()
        self.progress.hide()
        if isinstance(error, _Cancelled):
            self.status.setText(self.tr("Stopped. Nothing was changed."))
        elif error is not None:
            self.status.setText("")
            if not isinstance(error, SanadError):
                raise error
            show_error(self, error_text(error))
        else:
            pairs, rows = result
            self.model.set_pairs(pairs, rows)
            self.status.setText(self.tr("%1 likely pairs, best first.").replace("%1", f"{len(pairs):,}")
                                if pairs else self.tr("No likely duplicates found."))
            if pairs:
                self.select_row(0)
                self.table.setFocus()
        self._update_buttons()

    def wait(self, timeout_ms: int = 120_000) -> None:
        """Until a scan has finished (tests and screenshots)."""
        from PySide6.QtCore import QCoreApplication, QElapsedTimer

        clock = QElapsedTimer()
        clock.start()
        while self.scanning and clock.elapsed() < timeout_ms:
            QThreadPool.globalInstance().waitForDone(20)
            QCoreApplication.processEvents()

    # ---- deciding -----------------------------------------------------------------------------------
    def selected_pair(self) -> Match | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.pair(rows[0].row()) if rows else None

    def compare(self) -> None:
        match = self.selected_pair()
        if match is None:
            return
        try:
            dialog = MergeDialog(self.session, match.a_id, match.b_id, self)
        except SanadError as exc:
            show_error(self, error_text(exc))
            self.model.drop(match.a_id, match.b_id)  # one of them is gone: the pair is stale
            return
        if dialog.exec() and dialog.result is not None:
            self._merged(dialog.result)

    def _merged(self, result: MergeResult) -> None:
        self.last_merge = result
        rows = self.table.selectionModel().selectedRows()
        self.model.drop(result.kept_id, result.merged_id)
        if self.model.rowCount():
            self.select_row(min(rows[0].row() if rows else 0, self.model.rowCount() - 1))
        self.banner_text.setText(self.tr("Record %1 was merged into %2.").replace(
            "%1", isolate_ltr(result.merged_file_number)).replace("%2", isolate_ltr(result.kept_file_number)))
        self.banner.show()
        self.load_merges()
        self.merged.emit(result)
        notify(self, self.banner_text.text())

    def not_same(self) -> None:
        match = self.selected_pair()
        if match is None:
            return
        a, b = self.model.rows[match.a_id], self.model.rows[match.b_id]
        question = self.tr("Mark %1 and %2 as two different people? They will not be proposed as duplicates again.")
        question = question.replace("%1", isolate_ltr(a.file_number)).replace("%2", isolate_ltr(b.file_number))
        if not ask(self, question, yes=self.tr("Different people"), no=self.tr("Go back")):
            return
        try:
            mark_not_same(self.session, match.a_id, match.b_id)
        except SanadError as exc:
            show_error(self, error_text(exc))
            return
        row = self.table.selectionModel().selectedRows()[0].row()
        self.model.set_pairs([m for m in self.model.pairs if m != match], self.model.rows)
        if self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))
        notify(self, self.tr("Marked as different people."))
        self._update_buttons()

    # ---- recent merges ---------------------------------------------------------------------------------
    def load_merges(self) -> None:
        self.summaries = recent_merges(self.session, 50)
        self.merges.setRowCount(len(self.summaries))
        for row, merge in enumerate(self.summaries):
            kept = f"{merge.kept_file_number}  {merge.kept_name}"
            undone = (self.tr("%1 by %2").replace("%1", _local(merge.undone_at)).replace("%2", merge.undone_by)
                      if merge.undone else "")
            for col, text in enumerate((_local(merge.merged_at), kept, merge.merged_file_number,
                                        merge.merged_by, undone)):
                item = QTableWidgetItem(text)
                if merge.undone:
                    item.setForeground(self.palette().placeholderText())
                self.merges.setItem(row, col, item)
        self._update_buttons()

    def selected_merge(self) -> MergeSummary | None:
        rows = self.merges.selectionModel().selectedRows()
        return self.summaries[rows[0].row()] if rows else None

    def _undo_selected(self) -> None:
        merge = self.selected_merge()
        if merge is not None and not merge.undone:
            self.undo(merge.id)

    def undo(self, merge_id: int) -> UndoResult | None:
        merge = next((m for m in self.summaries if m.id == merge_id), None)
        if merge is None:
            return None
        question = self.tr(
            "Undo the merge of %1 into %2?\n\n%1 comes back as a record of its own, with what was moved to %2."
        ).replace("%1", isolate_ltr(merge.merged_file_number)).replace("%2", isolate_ltr(merge.kept_file_number))
        if not ask(self, question, yes=self.tr("Undo the merge"), no=self.tr("Go back")):
            return None
        try:
            result = undo_merge(self.session, merge_id)
        except SanadError as exc:
            show_error(self, error_text(exc))
            self.load_merges()
            return None
        if self.last_merge is not None and self.last_merge.merge_id == merge_id:
            self.last_merge = None
            self.banner.hide()
        self.load_merges()
        done = self.tr("The merge was undone: %1 is a record of its own again.").replace(
            "%1", isolate_ltr(result.restored_file_number))
        if result.complete:
            notify(self, done)
        else:
            show_error(self, done + "\n\n" + self._left_as_they_are(result))
        self.unmerged.emit(result)
        return result

    def _left_as_they_are(self, result: UndoResult) -> str:
        """What changed after the merge and was kept as it is, in plain words."""
        lines = [self.tr("Some things changed after the merge and were left as they are:")]

        def tables(counts: dict[str, int]) -> str:
            return self.tr(", ").join(
                f"{translate_text('Merge', link_label(t)[0], *link_label(t)[1])}: {n}" for t, n in counts.items())

        if result.deleted_since:
            lines.append(self.tr("deleted since the merge, so not moved back: %1").replace(
                "%1", tables(result.deleted_since)))
        if result.moved_elsewhere:
            lines.append(self.tr("attached to another person since, so left there: %1").replace(
                "%1", tables(result.moved_elsewhere)))
        if result.not_restored:
            lines.append(self.tr("could not come back because a person they point to is gone: %1").replace(
                "%1", tables(result.not_restored)))
        if result.kept_edits:
            labels = [translate_text("Merge", EDIT_LABELS.get(key, key)) for key in result.kept_edits]
            lines.append(self.tr("edited on %1 after the merge, so the edits were kept: %2").replace(
                "%1", isolate_ltr(result.kept_file_number)).replace("%2", self.tr(", ").join(labels)))
        return "\n• ".join(lines)

    def _update_buttons(self) -> None:
        has_pair = self.selected_pair() is not None
        self.compare_button.setEnabled(has_pair and not self.scanning)
        self.not_same_button.setEnabled(has_pair and not self.scanning)
        merge = self.selected_merge()
        self.undo_button.setEnabled(merge is not None and not merge.undone)
