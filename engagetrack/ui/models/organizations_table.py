"""The Organizations table model: archived organizations, when shown, read as such.

An archived row says "(archived)" after its name and is drawn italic in the palette's
muted (placeholder) text colour, so the word carries the meaning and the styling only supports it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from engagetrack.services import queries_organizations as queries
from engagetrack.store.database import Database
from engagetrack.ui.i18n import arg, tr
from engagetrack.ui.models.listing_table import ListingTableModel


class OrganizationsModel(ListingTableModel):
    """Rows of queries_organizations.LISTING, loaded off the GUI thread."""

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(db, queries.LISTING, parent)

    def is_archived(self, row: int) -> bool:
        values = self.row_values(row)
        return bool(values and self.value(values, "archived"))

    def cell(self, key: str, values: tuple[Any, ...], role: int) -> Any:
        if (
            key == "name"
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
            and self.value(values, "archived")
        ):
            return arg(tr("%1 (archived)"), self.value(values, "name"))
        return None

    def row_role(self, key: str, values: tuple[Any, ...], role: int) -> Any:
        if not self.value(values, "archived"):
            return None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            # muted but readable, light palette or dark
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None
