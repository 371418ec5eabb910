"""Add or edit an organization; likely duplicates are flagged while the name is typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from engagetrack.domain.validation import ValidationError
from engagetrack.domain.vocabularies import Classification, OrgKind, Priority, Stage
from engagetrack.services import organizations as service
from engagetrack.store.database import Database
from engagetrack.store.errors import StoreError
from engagetrack.ui.editors.forms import add_field, set_combo_code, text_box, vocab_combo
from engagetrack.ui.editors.widgets import ErrorLabel, FieldErrors
from engagetrack.ui.undo import record
from engagetrack.ui.views.base import DataBus


class OrganizationEditor(QDialog):
    """Stays open with the input intact when it cannot save; `saved_id` once it has."""

    def __init__(
        self,
        db: Database,
        bus: DataBus,
        parent: QWidget | None = None,
        *,
        organization_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.bus = bus
        self.organization_id = organization_id
        self.saved_id: int | None = None
        self.setWindowTitle(
            self.tr("Edit organization") if organization_id else self.tr("New organization")
        )
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(520)

        general = ErrorLabel(self)
        self.errors = FieldErrors(general)
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Name"))
        self.similar = QLabel(self)
        self.similar.setWordWrap(True)
        self.similar.setAccessibleName(self.tr("Likely duplicates"))
        self.similar.hide()
        self.kind = vocab_combo(OrgKind, self.tr("Kind"), self)
        self.country = QLineEdit(self)
        self.country.setAccessibleName(self.tr("Country"))
        self.sector = QLineEdit(self)
        self.sector.setAccessibleName(self.tr("Sector"))
        self.website = QLineEdit(self)
        self.website.setAccessibleName(self.tr("Website"))
        self.website.setPlaceholderText(self.tr("kept as text; never opened or fetched"))
        self.priority = vocab_combo(Priority, self.tr("Priority"), self)
        set_combo_code(self.priority, Priority.MEDIUM)
        self.lead = QLineEdit(self)
        self.lead.setAccessibleName(self.tr("Lead official"))
        self.stage = vocab_combo(Stage, self.tr("Initial stage"), self)
        set_combo_code(self.stage, Stage.IDENTIFIED)
        self.classification = vocab_combo(Classification, self.tr("Marking"), self)
        self.notes = text_box(self.tr("Notes"), self, lines=4)

        add_field(form, self.errors, "name", self.tr("&Name"), self.name)
        form.addRow("", self.similar)
        add_field(form, self.errors, "kind", self.tr("&Kind"), self.kind)
        add_field(form, self.errors, "country", self.tr("&Country"), self.country)
        add_field(form, self.errors, "sector", self.tr("&Sector"), self.sector)
        add_field(form, self.errors, "website", self.tr("&Website"), self.website)
        add_field(form, self.errors, "priority", self.tr("&Priority"), self.priority)
        add_field(form, self.errors, "lead_official", self.tr("&Lead official"), self.lead)
        if organization_id is None:
            add_field(form, self.errors, "stage", self.tr("Initial s&tage"), self.stage)
        add_field(form, self.errors, "classification", self.tr("&Marking"), self.classification)
        add_field(form, self.errors, "notes", self.tr("N&otes"), self.notes)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(self.buttons)

        self._similar_timer = QTimer(self)
        self._similar_timer.setSingleShot(True)
        self._similar_timer.setInterval(250)
        self._similar_timer.timeout.connect(self._check_similar)
        self.name.textChanged.connect(lambda _t: self._similar_timer.start())
        if organization_id is not None:
            self._load(organization_id)
        self.name.setFocus()

    def _load(self, organization_id: int) -> None:
        with self.db.read() as session:
            org = service.get(session, organization_id)
            self.name.setText(org.name)
            set_combo_code(self.kind, org.kind)
            self.country.setText(org.country or "")
            self.sector.setText(org.sector or "")
            self.website.setText(org.website or "")
            set_combo_code(self.priority, org.priority)
            self.lead.setText(org.lead_official or "")
            set_combo_code(self.classification, org.classification)
            self.notes.setPlainText(org.notes or "")

    def _check_similar(self) -> None:
        text = self.name.text().strip()
        if len(text) < 3:
            self.similar.hide()
            return
        with self.db.read() as session:
            close = service.similar_names(session, text, exclude_id=self.organization_id)
        if close:
            self.similar.setText(
                self.tr("⚠ Possible duplicate of: %1").replace("%1", "; ".join(close))
            )
            self.similar.show()
        else:
            self.similar.hide()

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "name": self.name.text(),
            "kind": self.kind.currentData(),
            "country": self.country.text(),
            "sector": self.sector.text(),
            "website": self.website.text(),
            "priority": self.priority.currentData(),
            "lead_official": self.lead.text(),
            "classification": self.classification.currentData(),
            "notes": self.notes.toPlainText(),
        }
        if self.organization_id is None:
            values["stage"] = self.stage.currentData()
        return values

    def _current_values(self) -> dict[str, Any]:
        """The saved values of the fields this dialog edits (what Undo puts back)."""
        with self.db.read() as session:
            org = service.get(session, self.organization_id or 0)
            return {key: getattr(org, key) for key in self.values() if key != "stage"}

    def save(self) -> None:
        before = self._current_values() if self.organization_id is not None else None
        try:
            with self.db.write() as session:
                if self.organization_id is None:
                    saved = service.create(session, self.values()).id
                else:
                    saved = service.update(session, self.organization_id, self.values()).id
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except StoreError as exc:
            self.errors.show({"": str(exc)})
            return
        self.saved_id = saved
        if before is not None:
            after = self.values()
            record(
                self.db,
                self.bus,
                "organization",
                self.tr("Edit %1").replace("%1", str(after["name"]).strip()),
                lambda s: service.update(s, saved, before),
                lambda s: service.update(s, saved, after),
            )
        self.bus.changed.emit("organization")
        self.accept()
