"""The meeting editor: when, what, who attended, which principles were discussed."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QGroupBox, QLineEdit, QPushButton, QVBoxLayout, QWidget

from engagetrack.domain.vocabularies import Classification, MeetingKind
from engagetrack.services import choices, queries_meetings, queries_principles
from engagetrack.services import meetings as meeting_service
from engagetrack.ui.bus import RegisterOwner
from engagetrack.ui.dialogs.attachments_section import AttachmentsSection
from engagetrack.ui.dialogs.commitment_editor import CommitmentEditor
from engagetrack.ui.dialogs.record_dialog import RecordDialog
from engagetrack.ui.forms import text_box, vocab_combo
from engagetrack.ui.i18n import language
from engagetrack.ui.widgets import CheckList, DateEdit, ErrorLabel

if TYPE_CHECKING:
    from engagetrack.store.sessions import Session


class MeetingEditor(RecordDialog):
    """Add or edit one meeting; stays open with the input intact when it does not save."""

    entity = "meeting"

    def __init__(
        self, owner: RegisterOwner, meeting_id: int | None = None, held_on: date | None = None
    ) -> None:
        title = self.tr("Edit meeting") if meeting_id else self.tr("New meeting")
        super().__init__(owner, meeting_id, title)
        self.resize(980, 680)
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
        self.add_field("held_on", self.tr("&Date"), self.held_on)
        self.add_field("title", self.tr("&Title"), self.title_edit)
        self.add_field("kind", self.tr("&Kind"), self.kind)
        self.add_field("location", self.tr("&Location"), self.location)
        self.add_field("lead", self.tr("L&ead"), self.lead)
        self.add_field("classification", self.tr("Mar&king"), self.classification)
        self.add_field("summary", self.tr("&Summary"), self.summary)
        self.add_field("outcomes", self.tr("O&utcomes"), self.outcomes)

        self.organizations = CheckList(self.tr("Organizations"), self)
        self.contacts = CheckList(self.tr("Contacts"), self)
        self.principles = CheckList(self.tr("Principles discussed"), self)
        pickers = QWidget(self)
        pickers_box = QVBoxLayout(pickers)
        pickers_box.setContentsMargins(0, 0, 0, 0)
        for title, picker, field, key in (
            (self.tr("Organizations"), self.organizations, "organizations", "organization_ids"),
            (
                self.tr("Contacts (of the chosen organizations)"),
                self.contacts,
                "contacts",
                "contact_ids",
            ),
            (self.tr("Principles discussed"), self.principles, "principles", "principle_numbers"),
        ):
            group = QGroupBox(title, self)
            inner = QVBoxLayout(group)
            inner.addWidget(picker)
            error = ErrorLabel(group)
            inner.addWidget(error)
            self.errors.add(field, error, picker)
            self.inputs[key] = picker
            pickers_box.addWidget(group, 2 if picker is self.organizations else 1)
        self.add_beside(pickers, stretch=2, form_stretch=3)

        self.add_commitment = QPushButton(self.tr("Add &commitment from this meeting…"), self)
        self.add_commitment.setAccessibleName(self.tr("Add commitment from this meeting"))
        self.add_commitment.clicked.connect(self.add_commitment_here)
        self.add_footer_button(self.add_commitment)
        self.files = AttachmentsSection(self.db, self.bus, "meeting", self)
        self.files.setMaximumHeight(190)
        self.add_below(self.files)
        self.load()
        self._show_files()
        self.organizations.changed.connect(self._reload_contacts)

    @property
    def meeting_id(self) -> int | None:
        return self.record_id

    def load(self) -> None:
        with self.db.read() as session:
            orgs = choices.organization_choices(session, include_archived=True)
            leads = choices.meeting_leads(session)
            principles = queries_principles.principles(session, language())
            rec = (
                queries_meetings.meeting_record(session, self.record_id) if self.record_id else None
            )
        self.lead.clear()  # load() runs again on Reload
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
        if rec is not None:
            self.fill(rec, skip=("organization_ids", "contact_ids", "principle_numbers"))

    def _reload_contacts(self, checked: list[int] | None = None) -> None:
        keep = checked if checked is not None else self.contacts.checked_ids()
        with self.db.read() as session:
            found = choices.contacts_of(session, self.organizations.checked_ids())
        self.contacts.set_items([(c.id, f"{c.name} ({c.organization})") for c in found], keep)

    def persist(self, session: Session, values: dict[str, Any]) -> int | None:
        links = {
            key: values.pop(key) for key in ("organization_ids", "contact_ids", "principle_numbers")
        }
        if self.record_id is None:
            return meeting_service.create(session, values, **links).id
        return meeting_service.update(session, self.record_id, values, **links).id

    def write(self) -> bool:
        if not super().write():
            return False
        self.setWindowTitle(self.tr("Edit meeting"))
        self._show_files()
        return True

    def _show_files(self) -> None:
        owner = f"{self.held_on.value().isoformat()} {self.title_edit.text().strip()}"
        marking = Classification(self.classification.currentData())
        self.files.show_record(self.record_id, owner, marking)

    def add_commitment_here(self) -> None:
        """Saves the meeting first (a commitment needs it), then opens the commitment editor."""
        if not self.write() or self.record_id is None:
            return
        orgs = self.organizations.checked_ids()
        editor = CommitmentEditor(
            self, meeting_id=self.record_id, organization_id=orgs[0] if orgs else None
        )
        editor.exec()
        editor.deleteLater()
