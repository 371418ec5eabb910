"""The Commitments table model: overdue and due-soon rows stand out by text, icon and tint."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from engagetrack.domain.rules import DUE_SOON_DAYS
from engagetrack.domain.vocabularies import CommitmentStatus
from engagetrack.services import queries_commitments as queries
from engagetrack.store.database import Database
from engagetrack.ui.i18n import arg, tr
from engagetrack.ui.models.listing_table import ListingTableModel
from engagetrack.ui.resources import icon
from engagetrack.ui.widgets import tint


def state_of(due: date | None, status: CommitmentStatus | str, today: date) -> tuple[str, int]:
    """("overdue", days late) / ("soon", days left) / ("done", 0) / ("", 0) for one row."""
    status = status if isinstance(status, CommitmentStatus) else CommitmentStatus(status)
    if status is CommitmentStatus.DONE:
        return "done", 0
    if not status.is_active or due is None:
        return "", 0
    if due < today:
        return "overdue", (today - due).days
    if (due - today).days <= DUE_SOON_DAYS:
        return "soon", (due - today).days
    return "", 0


class CommitmentsModel(ListingTableModel):
    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(db, queries.LISTING, parent)

    def state(self, values: tuple[Any, ...]) -> tuple[str, int]:
        return state_of(self.value(values, "due_on"), self.value(values, "status"), self.today)

    def cell(self, key: str, values: tuple[Any, ...], role: int) -> Any:
        if key == "due_on" and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self.due_text(values)
        if key == "due_on" and role == Qt.ItemDataRole.DecorationRole:
            name = {
                "overdue": "commitments-overdue",
                "soon": "commitments-due-soon",
                "done": "commitments-done",
            }.get(self.state(values)[0])
            return icon(name) if name else None
        if key == "principle" and role == Qt.ItemDataRole.DisplayRole:
            number = self.value(values, "principle")
            return f"P{number}" if number is not None else ""
        return None

    def due_text(self, values: tuple[Any, ...]) -> str:
        due_on = self.value(values, "due_on")
        due = due_on.isoformat() if due_on is not None else tr("no date")
        state, days = self.state(values)
        if state == "overdue":
            return arg(tr("%1 · Overdue %2"), due, tr("%Ln day(s)", None, days))
        if state == "soon":
            return (
                arg(tr("%1 · due in %2"), due, tr("%Ln day(s)", None, days))
                if days
                else arg(tr("%1 · due today"), due)
            )
        return due

    def row_role(self, key: str, values: tuple[Any, ...], role: int) -> Any:
        state, _days = self.state(values)
        if role == Qt.ItemDataRole.BackgroundRole:
            if state == "overdue":
                return tint("#fde2e1", "#5c1f1c")
            if state == "soon":
                return tint("#fff4d6", "#4d3b00")
        if role == Qt.ItemDataRole.FontRole and state == "overdue" and key in ("due_on", "status"):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def status_of(self, row: int) -> CommitmentStatus | None:
        values = self.row_values(row)
        return None if values is None else CommitmentStatus(self.value(values, "status"))
