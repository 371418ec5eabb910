"""Add or edit a contact of an organization; the e-mail is checked beside its field."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLineEdit

from engagetrack.services import contacts as service
from engagetrack.ui.bus import RegisterOwner
from engagetrack.ui.dialogs.record_dialog import RecordDialog
from engagetrack.ui.forms import text_box

if TYPE_CHECKING:
    from engagetrack.store.sessions import Session


class ContactEditor(RecordDialog):
    entity = "contact"

    def __init__(
        self, owner: RegisterOwner, organization_id: int, contact_id: int | None = None
    ) -> None:
        title = self.tr("Edit contact") if contact_id else self.tr("New contact")
        super().__init__(owner, contact_id, title, width=440)
        self.organization_id = organization_id
        self.contact_id = contact_id
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Name"))
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Title"))
        self.email = QLineEdit(self)
        self.email.setAccessibleName(self.tr("E-mail"))
        self.phone = QLineEdit(self)
        self.phone.setAccessibleName(self.tr("Phone"))
        self.notes = text_box(self.tr("Notes"), self)
        self.add_field("name", self.tr("&Name"), self.name)
        self.add_field("title", self.tr("&Title"), self.title)
        self.add_field("email", self.tr("&E-mail"), self.email)
        self.add_field("phone", self.tr("&Phone"), self.phone)
        self.add_field("notes", self.tr("N&otes"), self.notes)
        self.load()

    def load(self) -> None:
        if self.contact_id is not None:
            with self.db.read() as session:
                self.fill(service.get(session, self.contact_id))

    def persist(self, session: Session, values: dict[str, Any]) -> int | None:
        if self.contact_id is None:
            return service.create(session, {"organization_id": self.organization_id, **values}).id
        return service.update(session, self.contact_id, values).id
