"""The contract every tab follows, so the main window can build, refresh and jump to them."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from engagetrack.store.database import Database


class DataBus(QObject):
    """Tells every tab that records changed, so each refreshes what it shows; holds the
    window's undo stack, so any tab can offer an edit for Undo."""

    changed = Signal(str)  # the entity that changed: "organization", "meeting", ...

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)


class View(QWidget):
    """A tab. `open_record` asks the main window to show a record on its own tab."""

    open_record = Signal(str, int)  # entity, id

    def __init__(self, db: Database, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.bus = bus
        bus.changed.connect(self.on_data_changed)

    def on_data_changed(self, entity: str) -> None:
        """Refresh what this tab shows; called after any write anywhere."""
        self.refresh()

    def refresh(self) -> None:
        """Re-read from the database."""

    def show_record(self, entity: str, record_id: int) -> bool:
        """Select the record if this tab shows that kind of record; True when it did."""
        return False
