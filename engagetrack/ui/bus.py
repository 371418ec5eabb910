"""The data bus: one signal that tells every tab which kind of record changed, and the
window's undo stack, so any tab or dialog can offer its edit for Undo."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack


class DataBus(QObject):
    """Tells every tab that records changed, so each refreshes what it shows."""

    changed = Signal(str)  # the entity that changed: "organization", "meeting", ... or "all"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
