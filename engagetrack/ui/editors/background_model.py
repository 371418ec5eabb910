"""A LazyTableModel whose id query runs off the GUI thread, so typing never stalls.

At 200,000 commitments a text filter takes a few hundred milliseconds in SQLite; running it
on the task pool keeps each keystroke instant. Only the newest query's answer is shown.
"""

from __future__ import annotations

import time
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

from engagetrack.services.listing import Listing
from engagetrack.store.database import Database
from engagetrack.ui.models.lazy_table import LazyTableModel
from engagetrack.ui.tasks import run_in_background


class BackgroundTableModel(LazyTableModel):
    """Re-queries ids in the background; `reloaded` fires when the rows are in place."""

    failed = Signal(str)
    unsortable: frozenset[str] = frozenset()

    def __init__(self, db: Database, listing: Listing, parent: QObject | None = None) -> None:
        super().__init__(db, listing, parent)
        self._generation = 0
        self.last_query_ms = 0.0

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.listing.columns) and (
            self.listing.columns[column].key in self.unsortable
        ):
            return
        super().sort(column, order)

    def set_query(self, search: str, filters: dict[str, Any]) -> None:
        """Search text and filters together: one query, and none when nothing changed."""
        if search != self._search or filters != self._filters:
            self._search = search
            self._filters = dict(filters)
            self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        db, listing = self.db, self.listing
        search, filters = self._search, dict(self._filters)
        sort, descending = self._sort_key, self._descending
        started = time.perf_counter()

        def work(_report: Any) -> list[int]:
            with db.read() as session:
                return listing.ids(
                    session, search=search, filters=filters, sort=sort, descending=descending
                )

        def done(ids: list[int]) -> None:
            if not shiboken6.isValid(self) or generation != self._generation:
                return  # closed meanwhile, or a newer query is on its way
            self.last_query_ms = (time.perf_counter() - started) * 1000
            self.beginResetModel()
            self._ids = ids
            self._cache.clear()
            self.endResetModel()
            self.reloaded.emit(len(ids))

        def error(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self.failed.emit(str(exc))

        run_in_background(work, on_done=done, on_error=error)
