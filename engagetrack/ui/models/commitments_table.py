"""The Commitments table model: overdue and due-soon rows stand out by text, icon and tint."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from engagetrack.domain.vocabularies import CommitmentStatus
from engagetrack.services import queries_commitments as queries
from engagetrack.store.database import Database
from engagetrack.ui.editors.background_model import BackgroundTableModel
from engagetrack.ui.editors.widgets import tint
from engagetrack.ui.i18n import tr
from engagetrack.ui.resources import icon

Index = QModelIndex | QPersistentModelIndex
DUE, STATUS = 0, 1


def state_of(values: tuple[Any, ...], today: date) -> tuple[str, int]:
    """("overdue", days late) / ("soon", days left) / ("done", 0) / ("", 0) for one row."""
    due, status = values[DUE], values[STATUS]
    status = status if isinstance(status, CommitmentStatus) else CommitmentStatus(status)
    if status is CommitmentStatus.DONE:
        return "done", 0
    if not status.is_active or due is None:
        return "", 0
    if due < today:
        return "overdue", (today - due).days
    if (due - today).days <= queries.DUE_SOON_DAYS:
        return "soon", (due - today).days
    return "", 0


class CommitmentsModel(BackgroundTableModel):
    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(db, queries.LISTING, parent)
        self.today = date.today()

    def reload(self) -> None:
        self.today = date.today()  # the calendar moves on while the window stays open
        super().reload()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self.rowCount()):
            return None
        values = self.row_values(index.row())
        if values is None:
            return None
        column = index.column()
        if column == DUE and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self.due_text(values)
        if column == 5 and role == Qt.ItemDataRole.DisplayRole:
            return f"P{values[5]}" if values[5] is not None else ""
        return super().data(index, role)

    def due_text(self, values: tuple[Any, ...]) -> str:
        due = values[DUE].isoformat() if values[DUE] is not None else tr("no date")
        state, days = state_of(values, self.today)
        if state == "overdue":
            return (
                tr("{0} · Overdue {1} days").format(due, days)
                if days != 1
                else tr("{0} · Overdue 1 day").format(due)
            )
        if state == "soon":
            return (
                tr("{0} · due in {1} days").format(due, days)
                if days
                else tr("{0} · due today").format(due)
            )
        return due

    def row_role(self, row: int, column: int, values: tuple[Any, ...], role: int) -> Any:
        state, _days = state_of(values, self.today)
        if role == Qt.ItemDataRole.DecorationRole and column == DUE:
            name = {
                "overdue": "commitments-overdue",
                "soon": "commitments-due-soon",
                "done": "commitments-done",
            }.get(state)
            return icon(name) if name else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if state == "overdue":
                return tint("#fde2e1", "#5c1f1c")
            if state == "soon":
                return tint("#fff4d6", "#4d3b00")
        if role == Qt.ItemDataRole.FontRole and state == "overdue" and column in (DUE, STATUS):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def status_of(self, row: int) -> CommitmentStatus | None:
        values = self.row_values(row)
        return None if values is None else CommitmentStatus(values[STATUS])
