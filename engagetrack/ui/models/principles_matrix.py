"""The principle matrix: organizations × P1…P11, loaded a page at a time, with totals.

Rows are only ids until painted (10,000 organizations × 11 cells stay cheap), queried off the
GUI thread by the shared lazy model; each cell shows its status as short text on a tint chosen
for the palette, so colour is never the only cue.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from engagetrack.domain.status_colours import STATUS_COLOURS
from engagetrack.domain.vocabularies import AssessmentStatus as S
from engagetrack.domain.vocabularies import Stage
from engagetrack.services import queries_principles as queries
from engagetrack.services.queries_principles import Cell, MatrixRow, PrincipleInfo
from engagetrack.store.database import Database
from engagetrack.ui.i18n import arg, number, tr, vocab_label
from engagetrack.ui.models.lazy_table import Index, LazyTableModel, Query
from engagetrack.ui.widgets import tint

if TYPE_CHECKING:
    from engagetrack.store.sessions import Session

# (light palette tint, dark palette tint) from the one status palette; Unknown has none here:
# nothing known, nothing to flag
TINTS: dict[S, tuple[str, str]] = {
    status: (f"#{colour.fill}", f"#{colour.dark}")
    for status, colour in STATUS_COLOURS.items()
    if status is not S.UNKNOWN
}


def short_label(status: S | None) -> str:
    """The few words a narrow matrix cell has room for."""
    if status is None:
        return "—"
    if status is S.NOT_APPLICABLE:
        return tr("N/A")
    return vocab_label(status)


class MatrixSource:
    """The matrix's rows: organizations by name (filter "endorsers_only"), with their cells."""

    def ids(self, session: Session, query: Query) -> list[int]:
        return queries.organization_ids(
            session,
            search=query.search,
            endorsers_only=bool(query.filters.get("endorsers_only")),
            descending=query.descending,
        )

    def rows(self, session: Session, ids: Sequence[int]) -> Mapping[int, MatrixRow]:
        return queries.rows(session, list(ids))


class PrinciplesMatrixModel(LazyTableModel):
    def __init__(
        self, db: Database, principles: list[PrincipleInfo], parent: QObject | None = None
    ) -> None:
        super().__init__(db, MatrixSource(), parent)
        self.principles = principles

    # --- shape --------------------------------------------------------------------------
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self.principles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < self.columnCount()):
            return None
        if section == 0:
            return tr("Organization") if role == Qt.ItemDataRole.DisplayRole else None
        p = self.principles[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return p.code
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{p.code} — {p.short_title}\n{p.theme}"
        return None

    def principle_at(self, column: int) -> PrincipleInfo | None:
        return self.principles[column - 1] if 1 <= column <= len(self.principles) else None

    # --- cells --------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row: MatrixRow | None = self.row_values(index.row()) if index.isValid() else None
        if row is None:
            return None
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return row.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return arg(tr("%1\nStage: %2"), row.name, vocab_label(row.stage))
            return None
        p = self.principle_at(index.column())
        if p is None:
            return None
        cell = row.cells.get(p.number)
        status = cell.status if cell is not None else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return short_label(status)
        if role == Qt.ItemDataRole.UserRole:
            return status.value if status is not None else None
        if role == Qt.ItemDataRole.BackgroundRole and status in TINTS:
            return tint(*TINTS[status])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.cell_tooltip(row, p, cell)
        return None

    def cell_tooltip(self, row: MatrixRow, p: PrincipleInfo, cell: Cell | None) -> str:
        lines = [f"{p.code} — {p.short_title}", p.text, "", row.name]
        if cell is None:
            lines.append(tr("Not assessed yet."))
        else:
            lines.append(arg(tr("Status: %1"), vocab_label(cell.status)))
            if cell.evidence:
                lines.append(arg(tr("Evidence: %1"), cell.evidence))
            if cell.source:
                lines.append(arg(tr("Source: %1"), cell.source))
            if cell.assessed_on:
                lines.append(arg(tr("Assessed on %1"), cell.assessed_on.isoformat()))
        lines.append(tr("Double-click or press Enter to edit."))
        return "\n".join(lines)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # rows sort by organization name; principle columns are compared with the totals row
        self.set_sort(None, order == Qt.SortOrder.DescendingOrder)

    def set_filter(self, search: str, endorsers_only: bool) -> None:
        self.set_query(search, {"endorsers_only": endorsers_only})

    @property
    def endorsers_only(self) -> bool:
        return bool(self.filters.get("endorsers_only"))

    def is_endorser(self, row: int) -> bool:
        r = self.row_values(row)
        return r is not None and r.stage is Stage.ENDORSED


class PrinciplesTotalsModel(QAbstractTableModel):
    """The totals row: per principle, how many of the organizations shown implement it."""

    def __init__(self, principles: list[PrincipleInfo], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.principles = principles
        self.totals: dict[int, tuple[int, int]] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self.principles)

    def set_totals(self, totals: dict[int, tuple[int, int]]) -> None:
        self.totals = totals
        self.dataChanged.emit(self.index(0, 0), self.index(0, self.columnCount() - 1))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() != 0:
            return None
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return tr("Implemented / shown")
            return None
        if not (1 <= index.column() <= len(self.principles)):
            return None
        p = self.principles[index.column() - 1]
        done, shown = self.totals.get(p.number, (0, 0))
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{number(done)} / {number(shown)}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return arg(
                tr("%1: %2 of the %3 organizations shown have implemented it."),
                f"{p.code} — {p.short_title}",
                done,
                shown,
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return arg(tr("%1: %2 of %3 implemented"), p.code, done, shown)
        return None
