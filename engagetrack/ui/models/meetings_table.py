"""The Meetings table model: future meetings read as planned (tag, icon, italics)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from engagetrack.services import queries_meetings as queries
from engagetrack.store.database import Database
from engagetrack.ui.i18n import arg, tr
from engagetrack.ui.models.listing_table import ListingTableModel
from engagetrack.ui.resources import icon


def principles_text(raw: str | None) -> str:
    """ "3, 1, 2" from SQL as "P1, P2, P3"; all eleven as "P1–P11"."""
    if not raw:
        return ""
    numbers = sorted({int(n) for n in raw.split(",") if n.strip().isdigit()})
    if numbers == list(range(1, 12)):
        return tr("P1–P11 (all)")
    return ", ".join(f"P{n}" for n in numbers)


class MeetingsModel(ListingTableModel):
    unsortable = queries.UNSORTABLE

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(db, queries.LISTING, parent)

    def is_planned(self, values: tuple[Any, ...]) -> bool:
        held_on = self.value(values, "held_on")
        return held_on is not None and held_on > self.today

    def cell(self, key: str, values: tuple[Any, ...], role: int) -> Any:
        if key == "held_on" and role == Qt.ItemDataRole.DisplayRole:
            text = self.value(values, "held_on").isoformat()
            return arg(tr("%1 · Planned"), text) if self.is_planned(values) else text
        if key == "held_on" and role == Qt.ItemDataRole.ToolTipRole and self.is_planned(values):
            return tr("Planned: this meeting has not taken place yet.")
        if key == "held_on" and role == Qt.ItemDataRole.DecorationRole and self.is_planned(values):
            return icon("meetings-planned")
        if key == "principles" and role == Qt.ItemDataRole.DisplayRole:
            return principles_text(self.value(values, "principles"))
        return None

    def row_role(self, key: str, values: tuple[Any, ...], role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and self.is_planned(values):
            font = QFont()
            font.setItalic(True)
            return font
        return None
