"""The contract every tab follows, so the main window can build, refresh and jump to them
without asking what a tab can do."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from engagetrack.store.database import Database
from engagetrack.ui.bus import DataBus


class View(QWidget):
    """A tab. `open_record` asks the main window to show a record on its own tab, `show_tab`
    to bring another tab forward."""

    open_record = Signal(str, int)  # entity, id
    show_tab = Signal(str)  # a tab name of main_window.TABS

    def __init__(self, db: Database, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.bus = bus
        bus.changed.connect(self.on_data_changed)

    @property
    def writable(self) -> bool:
        """False on a register opened read-only: every control that writes is disabled."""
        return not self.db.read_only

    def on_data_changed(self, entity: str) -> None:
        """Refresh what this tab shows; called after any write anywhere."""
        self.refresh()

    def refresh(self) -> None:
        """Re-read from the database."""

    def show_record(self, entity: str, record_id: int) -> bool:
        """Select the record if this tab shows that kind of record; True when it did."""
        return False

    def can_add(self) -> bool:
        """Whether Edit > New record (Ctrl+N) adds something on this tab now."""
        return False

    def new_record(self) -> None:
        """Add a record of this tab's kind (only called when `can_add()`)."""
