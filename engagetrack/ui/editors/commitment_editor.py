"""The commitment editor: who promised what, by when, where, and how far it has got."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from engagetrack.domain.validation import ValidationError
from engagetrack.domain.vocabularies import Classification, CommitmentStatus
from engagetrack.services import commitments as commitment_service
from engagetrack.services import queries_commitments as queries
from engagetrack.services import queries_principles
from engagetrack.store.database import Database
from engagetrack.store.errors import StoreError
from engagetrack.ui.editors.forms import add_field, set_combo_code, text_box, vocab_combo
from engagetrack.ui.editors.widgets import ErrorLabel, FieldErrors, IdCombo, OptionalDateEdit
from engagetrack.ui.views.base import DataBus


class CommitmentEditor(QDialog):
    """Add or edit one commitment; stays open with the input intact when it does not save."""

    def __init__(
        self,
        db: Database,
        bus: DataBus,
        parent: QWidget | None = None,
        *,
        commitment_id: int | None = None,
        meeting_id: int | None = None,
        organization_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.bus = bus
        self.commitment_id = commitment_id
        self.setWindowTitle(
            self.tr("Edit commitment") if commitment_id else self.tr("New commitment")
        )
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(560)

        general = ErrorLabel(self)
        self.errors = FieldErrors(general)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.organization = IdCombo(self.tr("Organization"), parent=self)
        self.description = text_box(self.tr("Description"), self, lines=2)
        self.principle = QComboBox(self)
        self.principle.setAccessibleName(self.tr("Principle"))
        self.meeting = IdCombo(self.tr("Meeting"), none_label=self.tr("(no meeting)"), parent=self)
        self.owner = QComboBox(self)
        self.owner.setEditable(True)
        self.owner.setAccessibleName(self.tr("Owner"))
        self.due = OptionalDateEdit(self.tr("Due date"), self)
        self.due.set_accessible(self.tr("Due on"))
        self.status = vocab_combo(CommitmentStatus, self.tr("Status"), self)
        self.completed = OptionalDateEdit(self.tr("Completed"), self)
        self.completed.set_accessible(self.tr("Completed on"))
        self.completed.edit.setMaximumDate(QDate.currentDate())
        self.completed.setToolTip(self.tr("Left empty, marking a commitment Done fills in today."))
        self.classification = vocab_combo(Classification, self.tr("Marking"), self)
        self.notes = text_box(self.tr("Notes"), self)

        add_field(form, self.errors, "organization_id", self.tr("&Organization"), self.organization)
        add_field(form, self.errors, "description", self.tr("&Description"), self.description)
        add_field(form, self.errors, "principle", self.tr("&Principle"), self.principle)
        add_field(form, self.errors, "meeting_id", self.tr("&Meeting"), self.meeting)
        add_field(form, self.errors, "owner", self.tr("O&wner"), self.owner)
        add_field(form, self.errors, "due_on", self.tr("D&ue"), self.due)
        add_field(form, self.errors, "status", self.tr("&Status"), self.status)
        add_field(form, self.errors, "completed_on", self.tr("&Completed on"), self.completed)
        add_field(form, self.errors, "classification", self.tr("Mar&king"), self.classification)
        add_field(form, self.errors, "notes", self.tr("&Notes"), self.notes)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(self.buttons)

        self._load(organization_id, meeting_id)
        self.organization.currentIndexChanged.connect(lambda _i: self._reload_meetings())

    def _load(self, organization_id: int | None, meeting_id: int | None) -> None:
        with self.db.read() as session:
            orgs = queries.organization_choices(session, include_archived=True)
            owners = queries.owners(session)
            principles = queries_principles.principles(session)
            rec = queries.record(session, self.commitment_id) if self.commitment_id else None
            if rec is None and organization_id is None and meeting_id is not None:
                organization_id = queries.meeting_organization(session, meeting_id)
        self.principle.addItem(self.tr("(none)"), None)
        for p in principles:
            self.principle.addItem(f"{p.code} — {p.short_title}", p.number)
        self.owner.addItems(owners)
        self.owner.setCurrentText("")
        if rec is not None:
            organization_id, meeting_id = rec.organization_id, rec.meeting_id
        self.organization.set_choices(orgs, organization_id)
        if organization_id is None:
            self.organization.setCurrentIndex(-1)
        self._reload_meetings(keep=meeting_id)
        if rec is None:
            return
        self.description.setPlainText(rec.description)
        self.principle.setCurrentIndex(max(0, self.principle.findData(rec.principle_number)))
        self.owner.setCurrentText(rec.owner or "")
        self.due.set_value(rec.due_on)
        set_combo_code(self.status, rec.status)
        self.completed.set_value(rec.completed_on)
        set_combo_code(self.classification, rec.classification)
        self.notes.setPlainText(rec.notes or "")

    def _reload_meetings(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else self.meeting.current_id()
        with self.db.read() as session:
            choices = queries.meeting_choices(session, self.organization.current_id(), keep=keep)
        self.meeting.set_choices(choices, keep)

    def values(self) -> dict[str, Any]:
        return {
            "organization_id": self.organization.current_id(),
            "description": self.description.toPlainText(),
            "principle_number": self.principle.currentData(),
            "meeting_id": self.meeting.current_id(),
            "owner": self.owner.currentText(),
            "due_on": self.due.value(),
            "status": self.status.currentData(),
            "completed_on": self.completed.value(),
            "classification": self.classification.currentData(),
            "notes": self.notes.toPlainText(),
        }

    def save(self) -> None:
        values = self.values()
        if values["organization_id"] is None:
            self.errors.show({"organization_id": self.tr("Choose who made the commitment.")})
            return
        try:
            with self.db.write() as session:
                if self.commitment_id is None:
                    new_id = commitment_service.create(session, values).id
                else:
                    new_id = commitment_service.update(session, self.commitment_id, values).id
            self.commitment_id = new_id  # only once committed
        except ValidationError as exc:
            errors = dict(exc.errors)
            if "principle" in errors:
                errors["principle"] = errors.pop("principle")
            self.errors.show(errors)
            return
        except StoreError as exc:
            self.errors.show({"": str(exc)})
            return
        self.bus.changed.emit("commitment")
        self.accept()

    def keyPressEvent(self, event: Any) -> None:
        # Enter inside the form should not save half-typed text by accident in text boxes
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
        ):
            self.save()
            return
        super().keyPressEvent(event)
