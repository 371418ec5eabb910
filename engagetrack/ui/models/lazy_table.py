"""The one lazy table model: ordered ids in memory, rows loaded a page at a time on demand.

Learned from Anki's browser table: filtering and sorting re-run one SQL query for the ids
(no QSortFilterProxyModel, which takes seconds over 100,000 rows), off the GUI thread so that
typing never stalls; the cells of a row are fetched a page at a time only when the view paints
it. What the rows are comes from a pluggable `RowSource` (a services `Listing`, or the
principle matrix's source); how they look is the subclass's job.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Signal

from engagetrack.store.database import Database
from engagetrack.ui.tasks import run_in_background

if TYPE_CHECKING:
    from engagetrack.store.sessions import Session

Index = QModelIndex | QPersistentModelIndex
PAGE = 200  # rows read per trip to the database when the view paints an unloaded row


@dataclass(frozen=True)
class Query:
    """What a table shows: the search box's words, the filters, the sort column's key."""

    search: str = ""
    filters: Mapping[str, Any] = field(default_factory=dict)
    sort: str | None = None
    descending: bool = False


class RowSource(Protocol):
    """Where a lazy table's rows come from: the matching ids in order, then rows by id."""

    def ids(self, session: Session, query: Query) -> list[int]: ...

    def rows(self, session: Session, ids: Sequence[int]) -> Mapping[int, Any]: ...


class LazyTableModel(QAbstractTableModel):
    """Ids of what matches, re-queried in the background; `reloaded` fires with the count
    once the rows are in place, `failed` with a message when the query could not run."""

    reloaded = Signal(int)
    failed = Signal(str)

    def __init__(
        self,
        db: Database,
        source: RowSource,
        parent: QObject | None = None,
        *,
        sort_key: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.source = source
        self._ids: list[int] = []
        self._cache: dict[int, Any] = {}
        self._search = ""
        self._filters: dict[str, Any] = {}
        self._sort_key = sort_key
        self._descending = False
        self._generation = 0  # only the newest query's answer is shown

    # --- what the view asks -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    # --- queries ------------------------------------------------------------------------
    @property
    def search(self) -> str:
        return self._search

    @property
    def filters(self) -> dict[str, Any]:
        return dict(self._filters)

    def set_query(self, search: str, filters: Mapping[str, Any]) -> None:
        """Search text and filters together: one query, and none when nothing changed."""
        new = dict(filters)
        if search != self._search or new != self._filters:
            self._search, self._filters = search, new
            self.reload()

    def set_sort(self, key: str | None, descending: bool) -> None:
        self._sort_key, self._descending = key, descending
        self.reload()

    def reload(self) -> None:
        """Re-run the id query (search, filters, sort) off the GUI thread."""
        self._generation += 1
        generation = self._generation
        db, source = self.db, self.source
        query = Query(self._search, dict(self._filters), self._sort_key, self._descending)

        def work(_report: Any) -> list[int]:
            with db.read() as session:
                return source.ids(session, query)

        def done(ids: list[int]) -> None:
            if not shiboken6.isValid(self) or generation != self._generation:
                return  # closed meanwhile, or a newer query is on its way
            self.beginResetModel()
            self._ids = ids
            self._cache.clear()
            self.endResetModel()
            self.reloaded.emit(len(ids))

        def error(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self.failed.emit(str(exc))

        run_in_background(work, on_done=done, on_error=error)

    # --- rows ---------------------------------------------------------------------------
    @property
    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int | None:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    def row_values(self, row: int) -> Any:
        """The source's row for a table row (loading its page first), or None."""
        if not (0 <= row < len(self._ids)):
            return None
        record_id = self._ids[row]
        if record_id not in self._cache:
            self._load_page(row)
        return self._cache.get(record_id)

    def _load_page(self, row: int) -> None:
        start = max(0, row - PAGE // 4)
        wanted = [i for i in self._ids[start : start + PAGE] if i not in self._cache]
        if len(self._cache) > 20 * PAGE:  # keep memory flat while scrolling far
            self._cache.clear()
        with self.db.read() as session:
            self._cache.update(self.source.rows(session, wanted))
