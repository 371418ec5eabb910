"""The base of every record editor: a form of labelled fields with their error lines, Save and
Cancel, and one save path through `write_op`.

An editor builds its fields with `add_field` (each field's input is read and filled by type,
see widgets.read_input), fills them from a record in `load`, and writes them in `persist`; the
base keeps the dialog open with the input intact when the write is refused, and sets
`saved_id` once it is committed.

Every edit is based on the version of the record the form was filled from: when someone else
(on a team server) has changed the record since, the save is refused with who and when, the
input stays, and Reload shows their version (services.records.expect_version).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engagetrack.services import records
from engagetrack.store.errors import StaleRecordError
from engagetrack.ui.bus import RegisterOwner
from engagetrack.ui.forms import add_field, read_input, show_input
from engagetrack.ui.i18n import tr
from engagetrack.ui.undo import UndoStep
from engagetrack.ui.widgets import ErrorLabel, FieldErrors
from engagetrack.ui.write_op import write_op

if TYPE_CHECKING:
    from engagetrack.store.sessions import Session


class RecordDialog(QDialog):
    """Add or edit one record of kind `entity` (`record_id` None for a new one), opened from
    a tab or another editor (`owner`), whose register and bus it uses."""

    entity = "record"
    # after saving a new record, later saves are based on its version (an editor whose
    # record_id is not the record's own id says False)
    tracks_saved_version = True

    def __init__(
        self,
        owner: RegisterOwner,
        record_id: int | None,
        title: str,
        *,
        width: int = 480,
        save_text: str | None = None,
    ) -> None:
        super().__init__(owner if isinstance(owner, QWidget) else None)
        self.db, self.bus = owner.db, owner.bus
        self.record_id = record_id
        self.saved_id: int | None = None
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(width)
        self.general = ErrorLabel(self)
        self.errors = FieldErrors(self.general)
        self.inputs: dict[str, QWidget] = {}  # value key -> the input holding it
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # a dialog that does something other than save (Move) says so, without a disk icon
        confirm = (
            QDialogButtonBox.StandardButton.Ok
            if save_text
            else QDialogButtonBox.StandardButton.Save
        )
        self.buttons = QDialogButtonBox(confirm | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(confirm)
        if save_text:
            self.save_button.setText(save_text)
        self.save_button.setAccessibleName(save_text.replace("&", "") if save_text else tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.footer = QHBoxLayout()  # actions of the record at the left, Save and Cancel right
        self.footer.addStretch(1)
        self.footer.addWidget(self.buttons)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.body.addWidget(self.general)
        self.body.addLayout(self.footer)
        # (entity, id, version) the form was filled from; None for a new record
        self.based_on: tuple[str, int, int] | None = None
        self.reload_button = QPushButton(self.tr("&Reload"), self)
        self.reload_button.setAccessibleName(self.tr("Reload the record"))
        self.reload_button.setToolTip(
            self.tr("Show the record as it is now; what you typed here is replaced")
        )
        self.reload_button.clicked.connect(self.reload)
        self.reload_button.hide()
        self.footer.insertWidget(0, self.reload_button)

    # --- building -----------------------------------------------------------------------
    def add_field(self, field: str, label: str, widget: QWidget, key: str | None = None) -> None:
        """A form row whose error line shows the service's message for `field`; its value
        goes to the service as `key` (default: the field's name)."""
        add_field(self.form, self.errors, field, label, widget)
        self.inputs[key or field] = widget

    def fill(self, record: object, skip: tuple[str, ...] = ()) -> None:
        """Show a record's stored values in the inputs of the same names."""
        for key, widget in self.inputs.items():
            if key not in skip and hasattr(record, key):
                show_input(widget, getattr(record, key))
        version = getattr(record, "version", None)
        record_id = getattr(record, "assessment_id", None) or getattr(record, "id", None)
        if isinstance(version, int) and isinstance(record_id, int):
            self.based_on = (self.entity, record_id, version)

    def add_above(self, widget: QWidget) -> None:
        """A widget above the form (a heading, what the record is about)."""
        self.body.insertWidget(0, widget)

    def add_beside(self, widget: QWidget, *, stretch: int = 1, form_stretch: int = 1) -> None:
        """A column to the right of the form (the pickers of a big record)."""
        index = self.body.indexOf(self.form)
        self.body.removeItem(self.form)
        columns = QHBoxLayout()
        columns.addLayout(self.form, form_stretch)
        columns.addWidget(widget, stretch)
        self.body.insertLayout(index, columns, 1)

    def add_below(self, widget: QWidget, stretch: int = 0) -> None:
        """A widget between the form's messages and the buttons (a history, a preview)."""
        self.body.insertWidget(self.body.count() - 1, widget, stretch)

    def add_footer_button(self, widget: QWidget) -> None:
        """A button for this record at the bottom left, away from Save and Cancel."""
        self.footer.insertWidget(self.footer.count() - 2, widget)

    # --- what an editor supplies ----------------------------------------------------------
    def load(self) -> None:
        """Fill the fields from the record being edited."""

    def values(self) -> dict[str, Any]:
        """What the inputs hold, keyed as the service expects."""
        return {key: read_input(widget) for key, widget in self.inputs.items()}

    def check(self, values: dict[str, Any]) -> dict[str, str]:
        """Problems found before writing (field -> message); the services check the rest."""
        return {}

    def persist(self, session: Session, values: dict[str, Any]) -> int | None:
        """Write `values` through a service; the id of the saved record."""
        raise NotImplementedError

    def undo_step(self, session: Session, values: dict[str, Any]) -> UndoStep | None:
        """How to take this edit back, where that loses nothing; called in the write's own
        transaction just before `persist`, so it reads the record as the edit finds it."""
        return None

    # --- saving -------------------------------------------------------------------------
    def save(self) -> bool:
        """Write and close; stays open with every message shown when the write is refused."""
        if not self.write():
            return False
        self.accept()
        return True

    def write(self) -> bool:
        """Write without closing (a new record is edited from then on); False when refused."""
        values = self.values()
        problems = self.check(values)
        if problems:
            self.errors.show(problems)
            return False

        based_on = self.based_on

        def action(session: Session) -> tuple[int | None, UndoStep | None, int | None]:
            if based_on is not None:
                records.expect_version(session, *based_on)
            step = self.undo_step(session, values) if self.record_id is not None else None
            saved = self.persist(session, values)
            version = None
            if based_on is not None:
                version = records.current_version(session, based_on[0], based_on[1])
            elif saved is not None and self.tracks_saved_version:
                version = records.current_version(session, self.entity, saved)
            return saved, step, version

        done = write_op(
            self,
            self.db,
            self.bus,
            action,
            entity=self.entity,
            errors=self.errors,
            undo=lambda result: result[1],
            refused=self._refused,
        )
        if done is None:
            return False
        saved, _step, version = done.value
        self.saved_id = saved
        self.record_id = self.saved_id
        if version is not None:
            entity, record_id = based_on[:2] if based_on else (self.entity, saved)
            assert record_id is not None
            self.based_on = (entity, record_id, version)
        self.reload_button.hide()
        self.errors.clear()
        return True

    def _refused(self, error: Exception) -> None:
        if isinstance(error, StaleRecordError):
            self.reload_button.show()

    def reload(self) -> None:
        """Fill the form from the record as it is now (someone else changed it)."""
        self.reload_button.hide()
        self.errors.clear()
        self.load()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Ctrl+Enter saves from anywhere, even inside a multi-line text box
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.save()
            return
        super().keyPressEvent(event)
