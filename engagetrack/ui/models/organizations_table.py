"""The Organizations table model: archived organizations, when shown, read as such.

An archived row says "(archived)" after its name and is drawn italic in the palette's
muted (placeholder) text colour, so the word carries the meaning and the styling only supports it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from engagetrack.services import queries_organizations as queries
from engagetrack.store.database import Database
from engagetrack.ui.editors.background_model import BackgroundTableModel
from engagetrack.ui.i18n import tr

Index = QModelIndex | QPersistentModelIndex
NAME = 0


class OrganizationsModel(BackgroundTableModel):
    """Rows of queries_organizations.LISTING, loaded off the GUI thread."""

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(db, queries.LISTING, parent)

    def is_archived(self, row: int) -> bool:
        values = self.row_values(row) if 0 <= row < self.rowCount() else None
        return bool(values and values[queries.ARCHIVED_COLUMN])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            index.isValid()
            and index.column() == NAME
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
            and self.is_archived(index.row())
        ):
            name = super().data(index, Qt.ItemDataRole.DisplayRole)
            return tr("{0} (archived)").format(name)
        return super().data(index, role)

    def row_role(self, row: int, column: int, values: tuple[Any, ...], role: int) -> Any:
        if not values[queries.ARCHIVED_COLUMN]:
            return None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            # muted but readable, light palette or dark
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None
