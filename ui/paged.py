"""Long lists that stay smooth: a table model that holds only the ids of a query (read in a pool
thread, so a filter over a million rows never freezes the window) and fetches the rows a page at
a time into a bounded cache; and the small worker pieces it and other pages use."""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QRunnable, QThreadPool, Signal

from db.errors import SanadError

_ROOT = QModelIndex()


class Sink(QObject):
    """Carries a worker's answer back to the GUI thread (queued signal). Never parented, so it
    outlives a page destroyed while a query runs (the lock does that); its signal then reaches
    no one."""

    done = Signal(int, object, object)


class BackgroundCall(QRunnable):
    """`call()` in a pool thread (with its own connection from the engine's pool); the result or
    the exception goes to the sink with the request's generation."""

    def __init__(self, sink: Sink, generation: int, call: Callable[[], Any]) -> None:
        super().__init__()
        self.sink, self.generation, self.call = sink, generation, call

    def run(self) -> None:
        try:
            result, error = self.call(), None
        except Exception as exc:  # handed to the GUI thread, which shows it
            result, error = None, exc
        try:
            self.sink.done.emit(self.generation, result, error)
        except RuntimeError:
            pass


class PagedIdsModel(QAbstractTableModel):
    """`read_ids(session, filters, sort=, descending=)` gives the ids in order (run in the pool);
    `read_rows(session, ids)` the rows of one page as {id: row}. Subclasses set `filters`,
    `sort_key` and `descending`, and show the rows."""

    PAGE = 200
    CACHE_ROWS = 5000

    loaded = Signal()
    loading_changed = Signal(bool)

    def __init__(self, session, read_ids: Callable[..., array], read_rows: Callable[..., dict[int, Any]],
                 parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.read_ids, self.read_rows = read_ids, read_rows
        self.ids = array("q")
        self.cache: OrderedDict[int, Any] = OrderedDict()
        self.fetches = 0  # pages read from the vault (tests check the model stays lazy)
        self.background = False  # the page sets it: ids are then read in a pool thread
        self.loading = False
        self.generation = 0
        self.error: BaseException | None = None
        self._sink = Sink()
        self._sink.done.connect(self._loaded)

    def ids_query(self) -> Callable[[], array]:
        """The read as it stands now (filters and sort copied, so later changes do not leak in)."""
        read, session, filters, sort, descending = (self.read_ids, self.session, self.filters, self.sort_key,
                                                    self.descending)
        return lambda: read(session, filters, sort=sort, descending=descending)

    def set_filters(self, filters) -> None:
        self.filters = filters
        self.reload()

    def reload(self) -> None:
        """Read the ids again (filters, sort, or records changed). In the background the old list
        stays on screen until the new one arrives; an answer overtaken by a newer request is dropped."""
        self.generation += 1
        if not self.background:
            try:
                self._loaded(self.generation, self.ids_query()(), None)
            except SanadError as exc:
                self._loaded(self.generation, None, exc)
            return
        self._set_loading(True)
        QThreadPool.globalInstance().start(BackgroundCall(self._sink, self.generation, self.ids_query()))

    def _set_loading(self, loading: bool) -> None:
        if loading != self.loading:
            self.loading = loading
            self.loading_changed.emit(loading)

    def _loaded(self, generation: int, ids, error) -> None:
        if generation != self.generation:
            return
        self._set_loading(False)
        self.error = error
        if error is not None:
            if not isinstance(error, SanadError):
                raise error
            self.loaded.emit()
            return
        self.beginResetModel()
        self.ids = ids
        self.cache.clear()
        self.endResetModel()
        self.loaded.emit()

    def refresh_rows(self) -> None:
        """Forget the shown rows (a record was edited) and read the ids again."""
        self.cache.clear()
        self.reload()

    def wait(self, timeout_ms: int = 60_000) -> None:
        """Until the list has arrived (tests and benchmarks)."""
        from PySide6.QtCore import QCoreApplication, QElapsedTimer

        clock = QElapsedTimer()
        clock.start()
        while self.loading and clock.elapsed() < timeout_ms:
            QThreadPool.globalInstance().waitForDone(20)
            QCoreApplication.processEvents()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.ids)

    def row_at(self, row: int):
        """The row's data, fetching its page if needed; None when out of range or gone meanwhile."""
        if not 0 <= row < len(self.ids):
            return None
        key = self.ids[row]
        cached = self.cache.get(key)
        if cached is None:
            self._fetch_page(row)
            cached = self.cache.get(key)
        else:
            self.cache.move_to_end(key)
        return cached

    def _fetch_page(self, row: int) -> None:
        start = row - row % self.PAGE
        page = list(self.ids[start:start + self.PAGE])
        self.fetches += 1
        try:
            self.cache.update(self.read_rows(self.session, page))
        except SanadError:
            return  # shown as placeholders; the next reload says what is wrong
        while len(self.cache) > self.CACHE_ROWS:
            self.cache.popitem(last=False)
