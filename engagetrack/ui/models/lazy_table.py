"""A table model over a services.listing.Listing: ordered ids in memory, rows on demand.

Learned from Anki's browser table: filtering and sorting re-run one SQL query for the ids
(no QSortFilterProxyModel, which takes seconds over 100,000 rows), and the cells of a row are
fetched a page at a time only when the view paints it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from engagetrack.domain.vocabularies import Vocabulary
from engagetrack.services.listing import PAGE, Listing
from engagetrack.store.database import Database
from engagetrack.ui.i18n import tr, vocab_label

Index = QModelIndex | QPersistentModelIndex


class LazyTableModel(QAbstractTableModel):
    """Rows of one Listing; subclasses may style rows by overriding `row_role`."""

    reloaded = Signal(int)  # emitted with the number of matching rows after each query

    def __init__(self, db: Database, listing: Listing, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.listing = listing
        self._ids: list[int] = []
        self._cache: dict[int, tuple[Any, ...]] = {}
        self._search = ""
        self._filters: dict[str, Any] = {}
        self._sort_key: str | None = listing.default_sort
        self._descending = False

    # --- what the view asks -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.listing.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if (
            horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.listing.columns)
        ):
            return tr(self.listing.columns[section].header, "columns")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        values = self.row_values(index.row())
        if values is None:
            return None
        value = values[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(index.column(), value)
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.display(index.column(), value)
            return text if text and len(text) > 40 else None
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and self.listing.columns[index.column()].kind == "int"
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self.row_role(index.row(), index.column(), values, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self.listing.columns)):
            return
        self._sort_key = self.listing.columns[column].key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # --- for subclasses -----------------------------------------------------------------
    def display(self, column: int, value: Any) -> str:
        kind = self.listing.columns[column].kind
        if value is None:
            return ""
        if kind == "date" and isinstance(value, date):
            return value.isoformat()
        if kind == "vocab":
            return vocab_label(value if isinstance(value, Vocabulary) else str(value))
        if kind == "bool":
            return tr("Yes") if value else ""
        text = str(value)
        # one line in a table cell; the full text is in the detail panel or tooltip
        return text.replace("\n", " ")

    def row_role(self, row: int, column: int, values: tuple[Any, ...], role: int) -> Any:
        return None

    # --- queries ------------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        if text != self._search:
            self._search = text
            self.reload()

    def set_filters(self, filters: Mapping[str, Any]) -> None:
        new = dict(filters)
        if new != self._filters:
            self._filters = new
            self.reload()

    def reload(self) -> None:
        """Re-run the id query (search, filters, sort) and drop cached rows."""
        with self.db.read() as session:
            ids = self.listing.ids(
                session,
                search=self._search,
                filters=self._filters,
                sort=self._sort_key,
                descending=self._descending,
            )
        self.beginResetModel()
        self._ids = ids
        self._cache.clear()
        self.endResetModel()
        self.reloaded.emit(len(ids))

    def refresh_rows(self) -> None:
        """Data changed elsewhere: keep the ids, re-read what is shown."""
        self.reload()

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int | None:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    def row_values(self, row: int) -> tuple[Any, ...] | None:
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
            self._cache.update(self.listing.rows(session, wanted))

    @property
    def ids(self) -> list[int]:
        return list(self._ids)
