"""A lazy table over a services `Listing`: its columns, found by key, shown as plain text.

Subclasses style rows (`row_role`) or cells (`cell`) by column key, never by column number, so
a column added to a listing moves nothing else.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt

from engagetrack.domain.vocabularies import Vocabulary
from engagetrack.services.listing import Listing
from engagetrack.store.database import Database
from engagetrack.ui.i18n import column_header, tr, vocab_label
from engagetrack.ui.models.lazy_table import Index, LazyTableModel, Query

if TYPE_CHECKING:
    from engagetrack.store.sessions import Session

TOOLTIP_FROM = 40  # characters: a cell longer than this shows its whole text on hover


class ListingSource:
    """A services Listing as a lazy table's row source."""

    def __init__(self, listing: Listing) -> None:
        self.listing = listing

    def ids(self, session: Session, query: Query) -> list[int]:
        return self.listing.ids(
            session,
            search=query.search,
            filters=query.filters,
            sort=query.sort,
            descending=query.descending,
        )

    def rows(self, session: Session, ids: Sequence[int]) -> Mapping[int, Any]:
        return self.listing.rows(session, list(ids))


class ListingTableModel(LazyTableModel):
    """Rows of one Listing; columns whose keys are in `unsortable` ignore header clicks."""

    unsortable: frozenset[str] = frozenset()

    def __init__(self, db: Database, listing: Listing, parent: QObject | None = None) -> None:
        super().__init__(db, ListingSource(listing), parent, sort_key=listing.default_sort)
        self.listing = listing
        self._keys = tuple(c.key for c in listing.columns)
        self.today = date.today()  # what "overdue" and "planned" are measured from

    def reload(self) -> None:
        self.today = date.today()  # the calendar moves on while the window stays open
        super().reload()

    def column_of(self, key: str) -> int:
        """The column number of a listing column's key (KeyError for an unknown key)."""
        try:
            return self._keys.index(key)
        except ValueError:
            raise KeyError(key) from None

    def key_of(self, column: int) -> str | None:
        return self._keys[column] if 0 <= column < len(self._keys) else None

    def value(self, values: tuple[Any, ...], key: str) -> Any:
        """One field of a loaded row, by its column key."""
        return values[self.column_of(key)]

    # --- what the view asks -------------------------------------------------------------
    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._keys)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._keys)
        ):
            return column_header(self.listing.columns[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        values = self.row_values(index.row())
        if values is None:
            return None
        key = self._keys[index.column()]
        special = self.cell(key, values, role)
        if special is not None:
            return special
        value = values[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(index.column(), value)
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.display(index.column(), value)
            return text if text and len(text) > TOOLTIP_FROM else None
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and self.listing.columns[index.column()].kind == "int"
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self.row_role(key, values, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.key_of(column)
        if key is None or key in self.unsortable:
            return
        self.set_sort(key, order == Qt.SortOrder.DescendingOrder)

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
        # one line in a table cell; the full text is in the detail panel or tooltip
        return str(value).replace("\n", " ")

    def cell(self, key: str, values: tuple[Any, ...], role: int) -> Any:
        """A cell's own text or look for `role`, or None to show the value as it is."""
        return None

    def row_role(self, key: str, values: tuple[Any, ...], role: int) -> Any:
        """The look of a whole row (font, colours) for `role`, or None."""
        return None
