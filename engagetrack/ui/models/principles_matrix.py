"""The principle matrix: organizations × P1…P11, loaded a page at a time, with totals.

Rows are only ids until painted (10,000 organizations × 11 cells stay cheap); each cell shows
its status as short text on a tint chosen for the palette, so colour is never the only cue.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from engagetrack.domain.vocabularies import AssessmentStatus as S
from engagetrack.domain.vocabularies import Stage
from engagetrack.services import queries_principles as queries
from engagetrack.services.queries_principles import Cell, MatrixRow, PrincipleInfo
from engagetrack.store.database import Database
from engagetrack.ui.editors.widgets import tint
from engagetrack.ui.i18n import tr, vocab_label

Index = QModelIndex | QPersistentModelIndex
PAGE = 200

# (light palette tint, dark palette tint); Unknown has none: nothing known, nothing to flag
TINTS: dict[S, tuple[str, str]] = {
    S.IMPLEMENTED: ("#cdebd0", "#1f4d24"),
    S.IN_PROGRESS: ("#ffe9b3", "#574300"),
    S.PLANNED: ("#d6e6fb", "#1b3f66"),
    S.NOT_STARTED: ("#f9d7d5", "#5e2220"),
    S.NOT_APPLICABLE: ("#e6e6e6", "#3d3d3d"),
}


def short_label(status: S | None) -> str:
    """The few words a narrow matrix cell has room for."""
    if status is None:
        return "—"
    if status is S.NOT_APPLICABLE:
        return tr("N/A")
    return vocab_label(status)


class PrinciplesMatrixModel(QAbstractTableModel):
    reloaded = Signal(int)

    def __init__(
        self, db: Database, principles: list[PrincipleInfo], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.principles = principles
        self._ids: list[int] = []
        self._cache: dict[int, MatrixRow] = {}
        self.search = ""
        self.endorsers_only = False
        self.descending = False

    # --- shape --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

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
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        row = self.row(index.row())
        if row is None:
            return None
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return row.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{row.name}\n{tr('Stage')}: {vocab_label(row.stage)}"
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
            lines.append(tr("Status: {0}").format(vocab_label(cell.status)))
            if cell.evidence:
                lines.append(tr("Evidence: {0}").format(cell.evidence))
            if cell.source:
                lines.append(tr("Source: {0}").format(cell.source))
            if cell.assessed_on:
                lines.append(tr("Assessed on {0}").format(cell.assessed_on.isoformat()))
        lines.append(tr("Double-click or press Enter to edit."))
        return "\n".join(lines)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # rows sort by organization name; principle columns are compared with the totals row
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # --- loading ------------------------------------------------------------------------
    def set_filter(self, search: str, endorsers_only: bool) -> None:
        if (search, endorsers_only) != (self.search, self.endorsers_only):
            self.search, self.endorsers_only = search, endorsers_only
            self.reload()

    def reload(self) -> None:
        with self.db.read() as session:
            ids = queries.organization_ids(
                session,
                search=self.search,
                endorsers_only=self.endorsers_only,
                descending=self.descending,
            )
        self.beginResetModel()
        self._ids = ids
        self._cache.clear()
        self.endResetModel()
        self.reloaded.emit(len(ids))

    def row(self, row: int) -> MatrixRow | None:
        org_id = self._ids[row]
        if org_id not in self._cache:
            start = max(0, row - PAGE // 4)
            wanted = [i for i in self._ids[start : start + PAGE] if i not in self._cache]
            if len(self._cache) > 20 * PAGE:
                self._cache.clear()
            with self.db.read() as session:
                self._cache.update(queries.rows(session, wanted))
        return self._cache.get(org_id)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, org_id: int) -> int | None:
        try:
            return self._ids.index(org_id)
        except ValueError:
            return None

    def is_endorser(self, row: int) -> bool:
        r = self.row(row)
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
            return f"{done:,} / {shown:,}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("{0}: {1} of the {2} organizations shown have implemented it.").format(
                f"{p.code} — {p.short_title}", done, shown
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return tr("{0}: {1} of {2} implemented").format(p.code, done, shown)
        return None
