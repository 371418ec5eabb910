"""Add or edit an organization; likely duplicates are flagged while the name is typed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QLineEdit

from engagetrack.domain.vocabularies import Classification, OrgKind, Priority, Stage
from engagetrack.services import organizations as service
from engagetrack.ui.bus import RegisterOwner
from engagetrack.ui.dialogs.record_dialog import RecordDialog
from engagetrack.ui.forms import set_combo_code, text_box, vocab_combo
from engagetrack.ui.i18n import arg
from engagetrack.ui.undo import UndoStep

if TYPE_CHECKING:
    from engagetrack.store.sessions import Session

SIMILAR_AFTER_MS = 250  # a pause in typing before the name is compared with the register


class OrganizationEditor(RecordDialog):
    """Stays open with the input intact when it cannot save; `saved_id` once it has."""

    entity = "organization"

    def __init__(self, owner: RegisterOwner, organization_id: int | None = None) -> None:
        title = self.tr("Edit organization") if organization_id else self.tr("New organization")
        super().__init__(owner, organization_id, title, width=520)
        self.organization_id = organization_id
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

        self.add_field("name", self.tr("&Name"), self.name)
        self.form.addRow("", self.similar)
        self.add_field("kind", self.tr("&Kind"), self.kind)
        self.add_field("country", self.tr("&Country"), self.country)
        self.add_field("sector", self.tr("&Sector"), self.sector)
        self.add_field("website", self.tr("&Website"), self.website)
        self.add_field("priority", self.tr("&Priority"), self.priority)
        self.add_field("lead_official", self.tr("&Lead official"), self.lead)
        if organization_id is None:
            self.add_field("stage", self.tr("Initial s&tage"), self.stage)
        else:  # an existing organization moves through Move stage, not here
            self.stage.hide()
        self.add_field("classification", self.tr("&Marking"), self.classification)
        self.add_field("notes", self.tr("N&otes"), self.notes)

        self._similar_timer = QTimer(self)
        self._similar_timer.setSingleShot(True)
        self._similar_timer.setInterval(SIMILAR_AFTER_MS)
        self._similar_timer.timeout.connect(self._check_similar)
        self.name.textChanged.connect(lambda _t: self._similar_timer.start())
        self.load()
        self.name.setFocus()

    def load(self) -> None:
        if self.organization_id is None:
            return
        with self.db.read() as session:
            self.fill(service.get(session, self.organization_id))

    def _check_similar(self) -> None:
        text = self.name.text().strip()
        if len(text) < 3:
            self.similar.hide()
            return
        with self.db.read() as session:
            close = service.similar_names(session, text, exclude_id=self.organization_id)
        if close:
            self.similar.setText(arg(self.tr("⚠ Possible duplicate of: %1"), "; ".join(close)))
            self.similar.show()
        else:
            self.similar.hide()

    def persist(self, session: Session, values: dict[str, Any]) -> int | None:
        if self.organization_id is None:
            return service.create(session, values).id
        return service.update(session, self.organization_id, values).id

    def undo_step(self, session: Session, values: dict[str, Any]) -> UndoStep | None:
        org_id = self.organization_id or 0
        org = service.get(session, org_id)
        before = {key: getattr(org, key) for key in values if key != "stage"}
        after = dict(values)
        return UndoStep(
            arg(self.tr("Edit %1"), str(after["name"]).strip()),
            lambda s: service.update(s, org_id, before),
            lambda s: service.update(s, org_id, after),
        )
