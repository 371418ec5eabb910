"""Undo and redo of edits, as service calls: each step is one transaction, audited like any
other change (the audit trail keeps both the edit and its undoing).

Only edits that can be reversed without loss are offered: field changes of organizations,
archiving, and commitment status changes. Deletions and merges ask for confirmation instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox, QWidget

from engagetrack.domain.validation import ValidationError
from engagetrack.store.database import Database
from engagetrack.store.errors import StoreError
from engagetrack.ui.bus import DataBus

if TYPE_CHECKING:
    from engagetrack.store.sessions import Session

Step = Callable[["Session"], object]


@dataclass(frozen=True)
class UndoStep:
    """How to take an edit back (`undo`) and make it again (`redo`), named for the Edit menu."""

    text: str
    undo: Step
    redo: Step


def error_text(exc: ValidationError | StoreError) -> str:
    """A refused write in plain words: every validation message, or the storage problem."""
    return "\n".join(exc.errors.values()) if isinstance(exc, ValidationError) else str(exc)


class ServiceCommand(QUndoCommand):
    """An edit already made; undo and redo replay service calls in their own transaction."""

    def __init__(self, db: Database, bus: DataBus, entity: str, step: UndoStep) -> None:
        super().__init__(step.text)
        self.db, self.bus, self.entity = db, bus, entity
        self._step = step
        self._done = True  # pushed after the edit: the first redo() must not repeat it

    def _run(self, step: Step) -> None:
        try:
            with self.db.write() as session:
                step(session)
        except (ValidationError, StoreError) as exc:
            # the record changed since (or the disk is full): say so, and drop this step
            parent = self.bus.parent()
            QMessageBox.warning(
                parent if isinstance(parent, QWidget) else None, "EngageTrack", error_text(exc)
            )
            self.setObsolete(True)
            return
        self.bus.changed.emit(self.entity)

    def undo(self) -> None:
        self._run(self._step.undo)

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(self._step.redo)


def offer_undo(db: Database, bus: DataBus, entity: str, step: UndoStep) -> None:
    """Offer an edit that has just been saved for Undo (Edit menu, Ctrl+Z)."""
    bus.undo_stack.push(ServiceCommand(db, bus, entity, step))
