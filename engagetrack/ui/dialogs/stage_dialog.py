"""The stage-change dialog: asks when and why an organization moved, then records it."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel

from engagetrack.domain.vocabularies import Stage
from engagetrack.services import organizations
from engagetrack.ui.bus import RegisterOwner
from engagetrack.ui.dialogs.record_dialog import RecordDialog
from engagetrack.ui.forms import text_box
from engagetrack.ui.i18n import arg, vocab_label
from engagetrack.ui.widgets import DateEdit, to_qdate

if TYPE_CHECKING:
    from engagetrack.store.sessions import Session


class StageChangeDialog(RecordDialog):
    """Move one organization to another stage; Cancel leaves everything as it was."""

    entity = "organization"

    def __init__(
        self,
        owner: RegisterOwner,
        organization_id: int,
        name: str,
        from_stage: Stage,
        to_stage: Stage,
        stage_since: date | None,
    ) -> None:
        title = self.tr("Change stage")
        super().__init__(owner, organization_id, title, width=460, save_text=self.tr("Move"))
        self.to_stage = to_stage
        heading = QLabel(
            arg(
                self.tr("Move <b>%1</b> from %2 to <b>%3</b>."),
                escape(name, quote=False),
                vocab_label(from_stage),
                vocab_label(to_stage),
            ),
            self,
        )
        heading.setWordWrap(True)
        self.add_above(heading)
        self.changed_on = DateEdit(date.today(), self)
        self.changed_on.setAccessibleName(self.tr("Date of the change"))
        self.changed_on.setMaximumDate(QDate.currentDate())
        if stage_since is not None and stage_since <= date.today():
            self.changed_on.setMinimumDate(to_qdate(stage_since))
        self.note = text_box(self.tr("Note"), self, lines=3)
        self.note.setPlaceholderText(self.tr("What happened, e.g. letter of endorsement received"))
        self.add_field("changed_on", self.tr("&Date"), self.changed_on, "on")
        self.add_field("note", self.tr("&Note"), self.note)
        self.changed_on.setFocus()

    @property
    def organization_id(self) -> int:
        return self.record_id or 0

    def persist(self, session: Session, values: dict[str, Any]) -> int | None:
        organizations.change_stage(session, self.organization_id, self.to_stage, **values)
        return self.organization_id
