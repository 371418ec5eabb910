"""The commitment editor: who promised what, by when, where, and how far it has got."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox

from engagetrack.domain.vocabularies import Classification, CommitmentStatus
from engagetrack.services import choices, queries_principles
from engagetrack.services import commitments as commitment_service
from engagetrack.services import queries_commitments as queries
from engagetrack.ui.bus import RegisterOwner
from engagetrack.ui.dialogs.attachments_section import AttachmentsSection
from engagetrack.ui.dialogs.record_dialog import RecordDialog
from engagetrack.ui.forms import text_box, vocab_combo
from engagetrack.ui.i18n import language
from engagetrack.ui.widgets import IdCombo, OptionalDateEdit

if TYPE_CHECKING:
    from engagetrack.store.sessions import Session


class CommitmentEditor(RecordDialog):
    """Add or edit one commitment; stays open with the input intact when it does not save."""

    entity = "commitment"

    def __init__(
        self,
        owner: RegisterOwner,
        commitment_id: int | None = None,
        *,
        meeting_id: int | None = None,
        organization_id: int | None = None,
    ) -> None:
        title = self.tr("Edit commitment") if commitment_id else self.tr("New commitment")
        super().__init__(owner, commitment_id, title, width=560)
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

        self.add_field("organization_id", self.tr("&Organization"), self.organization)
        self.add_field("description", self.tr("&Description"), self.description)
        self.add_field("principle", self.tr("&Principle"), self.principle, "principle_number")
        self.add_field("meeting_id", self.tr("&Meeting"), self.meeting)
        self.add_field("owner", self.tr("O&wner"), self.owner)
        self.add_field("due_on", self.tr("D&ue"), self.due)
        self.add_field("status", self.tr("&Status"), self.status)
        self.add_field("completed_on", self.tr("&Completed on"), self.completed)
        self.add_field("classification", self.tr("Mar&king"), self.classification)
        self.add_field("notes", self.tr("&Notes"), self.notes)

        self._initial = (organization_id, meeting_id)
        self.files = AttachmentsSection(self.db, self.bus, "commitment", self)
        self.files.setMaximumHeight(190)
        self.add_below(self.files)
        self.load()
        self._show_files()
        self.organization.currentIndexChanged.connect(lambda _i: self._reload_meetings())

    @property
    def commitment_id(self) -> int | None:
        return self.record_id

    def load(self) -> None:
        organization_id, meeting_id = self._initial
        with self.db.read() as session:
            orgs = choices.organization_choices(session, include_archived=True)
            owners = choices.commitment_owners(session)
            principles = queries_principles.principles(session, language())
            rec = queries.commitment_record(session, self.record_id) if self.record_id else None
            if rec is None and organization_id is None and meeting_id is not None:
                organization_id = queries.meeting_organization(session, meeting_id)
        self.principle.clear()  # load() runs again on Reload
        self.principle.addItem(self.tr("(none)"), None)
        for p in principles:
            self.principle.addItem(f"{p.code} — {p.short_title}", p.number)
        self.owner.clear()
        self.owner.addItems(owners)
        self.owner.setCurrentText("")
        if rec is not None:
            organization_id, meeting_id = rec.organization_id, rec.meeting_id
        self.organization.set_choices(orgs, organization_id)
        if organization_id is None:
            self.organization.setCurrentIndex(-1)
        self._reload_meetings(keep=meeting_id)
        if rec is not None:
            self.fill(rec, skip=("organization_id", "meeting_id"))

    def _reload_meetings(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else self.meeting.current_id()
        with self.db.read() as session:
            found = choices.meeting_choices(session, self.organization.current_id(), keep=keep)
        self.meeting.set_choices(found, keep)

    def persist(self, session: Session, values: dict[str, Any]) -> int | None:
        if self.record_id is None:
            return commitment_service.create(session, values).id
        return commitment_service.update(session, self.record_id, values).id

    def write(self) -> bool:
        if not super().write():
            return False
        self._show_files()
        return True

    def _show_files(self) -> None:
        marking = Classification(self.classification.currentData())
        self.files.show_record(self.record_id, self.description.toPlainText().strip(), marking)
