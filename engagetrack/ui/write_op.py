"""The window's one write path, like Anki's `CollectionOp`: run a service call in one
transaction, show a refusal where the user is looking, offer the edit for Undo, and tell the
data bus what changed.

Every tab and dialog writes through `write_op`; none opens `db.write()` itself. A refused write
changes nothing (the transaction rolls back) and leaves the dialog open with the user's input.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from engagetrack.domain.validation import ValidationError
from engagetrack.store.database import Database
from engagetrack.store.errors import StoreError
from engagetrack.ui.bus import DataBus
from engagetrack.ui.undo import UndoStep, error_text, offer_undo
from engagetrack.ui.widgets import FieldErrors

if TYPE_CHECKING:
    from engagetrack.store.sessions import Session

T = TypeVar("T")


@dataclass(frozen=True)
class Written(Generic[T]):
    """What a write returned, once it is committed."""

    value: T


def write_op(
    parent: QWidget,
    db: Database,
    bus: DataBus,
    action: Callable[[Session], T],
    *,
    entity: str,
    errors: FieldErrors | None = None,
    title: str = "",
    undo: Callable[[T], UndoStep | None] | None = None,
    refused: Callable[[Exception], None] | None = None,
) -> Written[T] | None:
    """Run `action` in one transaction; None when it was refused.

    A refusal goes beside the fields in `errors` (a dialog), else into a message box titled
    `title` over `parent`. On success `undo(result)` may name the step for Undo, and
    `bus.changed` is told `entity`. `refused(error)` hears of a refusal too, after it is shown
    (a dialog offers Reload for a record someone else changed).
    """
    try:
        with db.write() as session:
            result = action(session)
    except (ValidationError, StoreError) as exc:
        if errors is not None:
            errors.show(exc.errors if isinstance(exc, ValidationError) else {"": str(exc)})
        else:
            QMessageBox.warning(parent, title or parent.windowTitle(), error_text(exc))
        if refused is not None:
            refused(exc)
        return None
    step = undo(result) if undo is not None else None
    if step is not None:
        offer_undo(db, bus, entity, step)
    bus.changed.emit(entity)
    return Written(result)
