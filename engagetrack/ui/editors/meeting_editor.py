"""The meeting editor: when, what, who attended, which principles were discussed."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engagetrack.domain.validation import ValidationError
from engagetrack.domain.vocabularies import Classification, MeetingKind
from engagetrack.services import meetings as meeting_service
from engagetrack.services import queries_commitments, queries_meetings, queries_principles
from engagetrack.store.database import Database
from engagetrack.store.errors import StoreError
from engagetrack.ui.editors.commitment_editor import CommitmentEditor
from engagetrack.ui.editors.forms import add_field, set_combo_code, text_box, vocab_combo
from engagetrack.ui.editors.widgets import CheckList, DateEdit, ErrorLabel, FieldErrors
from engagetrack.ui.views.base import DataBus


class MeetingEditor(QDialog):
    """Add or edit one meeting; stays open with the input intact when it does not save."""

    def __init__(
        self,
        db: Database,
        bus: DataBus,
        parent: QWidget | None = None,
        *,
        meeting_id: int | None = None,
        held_on: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.bus = bus
        self.meeting_id = meeting_id
        self.setWindowTitle(self.tr("Edit meeting") if meeting_id else self.tr("New meeting"))
        self.setAccessibleName(self.windowTitle())
        self.resize(980, 680)

        general = ErrorLabel(self)
        self.errors = FieldErrors(general)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.held_on = DateEdit(held_on, self)
        self.held_on.setAccessibleName(self.tr("Date"))
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.kind = vocab_combo(MeetingKind, self.tr("Kind"), self)
        self.location = QLineEdit(self)
        self.location.setAccessibleName(self.tr("Location"))
        self.lead = QComboBox(self)
        self.lead.setEditable(True)
        self.lead.setAccessibleName(self.tr("Lead"))
        self.classification = vocab_combo(Classification, self.tr("Marking"), self)
        self.summary = text_box(self.tr("Summary"), self, lines=4)
        self.outcomes = text_box(self.tr("Outcomes"), self, lines=3)
        add_field(form, self.errors, "held_on", self.tr("&Date"), self.held_on)
        add_field(form, self.errors, "title", self.tr("&Title"), self.title_edit)
        add_field(form, self.errors, "kind", self.tr("&Kind"), self.kind)
        add_field(form, self.errors, "location", self.tr("&Location"), self.location)
        add_field(form, self.errors, "lead", self.tr("L&ead"), self.lead)
        add_field(form, self.errors, "classification", self.tr("Mar&king"), self.classification)
        add_field(form, self.errors, "summary", self.tr("&Summary"), self.summary)
        add_field(form, self.errors, "outcomes", self.tr("O&utcomes"), self.outcomes)

        self.organizations = CheckList(self.tr("Organizations"), self)
        self.contacts = CheckList(self.tr("Contacts"), self)
        self.principles = CheckList(self.tr("Principles discussed"), self)
        pickers = QVBoxLayout()
        for title, picker, field in (
            (self.tr("Organizations"), self.organizations, "organizations"),
            (self.tr("Contacts (of the chosen organizations)"), self.contacts, "contacts"),
            (self.tr("Principles discussed"), self.principles, "principles"),
        ):
            group = QGroupBox(title, self)
            box = QVBoxLayout(group)
            box.addWidget(picker)
            error = ErrorLabel(group)
            box.addWidget(error)
            self.errors.add(field, error, picker)
            pickers.addWidget(group, 2 if picker is self.organizations else 1)

        columns = QHBoxLayout()
        columns.addLayout(form, 3)
        columns.addLayout(pickers, 2)

        self.add_commitment = QPushButton(self.tr("Add &commitment from this meeting…"), self)
        self.add_commitment.setAccessibleName(self.tr("Add commitment from this meeting"))
        self.add_commitment.clicked.connect(self.add_commitment_here)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.buttons.accepted.connect(self.save_and_close)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_commitment)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(general)
        layout.addLayout(bottom)

        self._load()
        self.organizations.changed.connect(self._reload_contacts)

    def _load(self) -> None:
        with self.db.read() as session:
            orgs = queries_commitments.organization_choices(session, include_archived=True)
            leads = queries_meetings.leads(session)
            principles = queries_principles.principles(session)
            rec = queries_meetings.record(session, self.meeting_id) if self.meeting_id else None
        self.lead.addItems(leads)
        self.lead.setCurrentText("")
        chosen = rec.organization_ids if rec else []
        # the chosen organizations first, so a long register does not hide them
        first = set(chosen)
        ordered = [o for o in orgs if o[0] in first] + [o for o in orgs if o[0] not in first]
        self.organizations.set_items(ordered, chosen)
        self.principles.set_items(
            [(p.number, f"{p.code} — {p.short_title}") for p in principles],
            rec.principle_numbers if rec else [],
        )
        self._reload_contacts(checked=rec.contact_ids if rec else [])
        if rec is None:
            return
        self.held_on.set_value(rec.held_on)
        self.title_edit.setText(rec.title)
        set_combo_code(self.kind, rec.kind)
        self.location.setText(rec.location or "")
        self.lead.setCurrentText(rec.lead or "")
        set_combo_code(self.classification, rec.classification)
        self.summary.setPlainText(rec.summary or "")
        self.outcomes.setPlainText(rec.outcomes or "")

    def _reload_contacts(self, checked: list[int] | None = None) -> None:
        keep = checked if checked is not None else self.contacts.checked_ids()
        with self.db.read() as session:
            found = queries_meetings.contacts_of(session, self.organizations.checked_ids())
        self.contacts.set_items([(c.id, f"{c.name} ({c.organization})") for c in found], keep)

    def values(self) -> dict[str, Any]:
        return {
            "held_on": self.held_on.value(),
            "title": self.title_edit.text(),
            "kind": self.kind.currentData(),
            "location": self.location.text(),
            "lead": self.lead.currentText(),
            "summary": self.summary.toPlainText(),
            "outcomes": self.outcomes.toPlainText(),
            "classification": self.classification.currentData(),
        }

    def save(self) -> bool:
        """Write the meeting in one transaction; False (and messages shown) when it cannot."""
        links = {
            "organization_ids": self.organizations.checked_ids(),
            "contact_ids": self.contacts.checked_ids(),
            "principle_numbers": self.principles.checked_ids(),
        }
        try:
            with self.db.write() as session:
                if self.meeting_id is None:
                    new_id = meeting_service.create(session, self.values(), **links).id
                else:
                    new_id = meeting_service.update(
                        session, self.meeting_id, self.values(), **links
                    ).id
            self.meeting_id = new_id  # only once committed
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return False
        except StoreError as exc:
            self.errors.show({"": str(exc)})
            return False
        self.errors.clear()
        self.setWindowTitle(self.tr("Edit meeting"))
        self.bus.changed.emit("meeting")
        return True

    def save_and_close(self) -> None:
        if self.save():
            self.accept()

    def add_commitment_here(self) -> None:
        """Saves the meeting first (a commitment needs it), then opens the commitment editor."""
        if not self.save() or self.meeting_id is None:
            return
        orgs = self.organizations.checked_ids()
        editor = CommitmentEditor(
            self.db,
            self.bus,
            self,
            meeting_id=self.meeting_id,
            organization_id=orgs[0] if orgs else None,
        )
        editor.exec()
        editor.deleteLater()
