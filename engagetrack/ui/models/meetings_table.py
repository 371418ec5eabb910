"""The Meetings table model: future meetings read as planned (tag, icon, italics)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from engagetrack.services import queries_meetings as queries
from engagetrack.store.database import Database
from engagetrack.ui.editors.background_model import BackgroundTableModel
from engagetrack.ui.i18n import tr
from engagetrack.ui.resources import icon

Index = QModelIndex | QPersistentModelIndex
DATE, PRINCIPLES = 0, 6


def principles_text(raw: str | None) -> str:
    """ "3, 1, 2" from SQL as "P1, P2, P3"; all eleven as "P1–P11"."""
    if not raw:
        return ""
    numbers = sorted({int(n) for n in raw.split(",") if n.strip().isdigit()})
    if numbers == list(range(1, 12)):
        return tr("P1–P11 (all)")
    return ", ".join(f"P{n}" for n in numbers)


class MeetingsModel(BackgroundTableModel):
    unsortable = queries.UNSORTABLE

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(db, queries.LISTING, parent)
        self.today = date.today()

    def reload(self) -> None:
        self.today = date.today()
        super().reload()

    def is_planned(self, values: tuple[Any, ...]) -> bool:
        return values[DATE] is not None and values[DATE] > self.today

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self.rowCount()):
            return None
        values = self.row_values(index.row())
        if values is None:
            return None
        if index.column() == DATE and role == Qt.ItemDataRole.DisplayRole:
            text = values[DATE].isoformat()
            return tr("{0} · Planned").format(text) if self.is_planned(values) else text
        if (
            index.column() == DATE
            and role == Qt.ItemDataRole.ToolTipRole
            and self.is_planned(values)
        ):
            return tr("Planned: this meeting has not taken place yet.")
        if index.column() == PRINCIPLES and role == Qt.ItemDataRole.DisplayRole:
            return principles_text(values[PRINCIPLES])
        return super().data(index, role)

    def row_role(self, row: int, column: int, values: tuple[Any, ...], role: int) -> Any:
        if not self.is_planned(values):
            return None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == DATE:
            return icon("meetings-planned")
        return None
