"""The data bus: one signal that tells every tab which kind of record changed, and the
window's undo stack, so any tab or dialog can offer its edit for Undo; and `RegisterOwner`,
what an editor is opened from."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from engagetrack.store.database import Database


class DataBus(QObject):
    """Tells every tab that records changed, so each refreshes what it shows."""

    changed = Signal(str)  # the entity that changed: "organization", "meeting", ... or "all"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)


class RegisterOwner(Protocol):
    """What an editor is opened from (a tab, another editor, the window): it works on one open
    register and tells one bus what changed; the editor is parented to it."""

    @property
    def db(self) -> Database: ...

    @property
    def bus(self) -> DataBus: ...
