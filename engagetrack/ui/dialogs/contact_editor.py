"""Add or edit a contact of an organization; the e-mail is checked beside its field."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from engagetrack.domain.validation import ValidationError
from engagetrack.services import contacts as service
from engagetrack.store.database import Database
from engagetrack.store.errors import StoreError
from engagetrack.ui.editors.forms import add_field, text_box
from engagetrack.ui.editors.widgets import ErrorLabel, FieldErrors
from engagetrack.ui.views.base import DataBus


class ContactEditor(QDialog):
    def __init__(
        self,
        db: Database,
        bus: DataBus,
        organization_id: int,
        parent: QWidget | None = None,
        *,
        contact_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.bus = db, bus
        self.organization_id = organization_id
        self.contact_id = contact_id
        self.setWindowTitle(self.tr("Edit contact") if contact_id else self.tr("New contact"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(440)
        general = ErrorLabel(self)
        self.errors = FieldErrors(general)
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Name"))
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Title"))
        self.email = QLineEdit(self)
        self.email.setAccessibleName(self.tr("E-mail"))
        self.phone = QLineEdit(self)
        self.phone.setAccessibleName(self.tr("Phone"))
        self.notes = text_box(self.tr("Notes"), self)
        add_field(form, self.errors, "name", self.tr("&Name"), self.name)
        add_field(form, self.errors, "title", self.tr("&Title"), self.title)
        add_field(form, self.errors, "email", self.tr("&E-mail"), self.email)
        add_field(form, self.errors, "phone", self.tr("&Phone"), self.phone)
        add_field(form, self.errors, "notes", self.tr("N&otes"), self.notes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(self.buttons)
        if contact_id is not None:
            with db.read() as session:
                contact = service.get(session, contact_id)
                self.name.setText(contact.name)
                self.title.setText(contact.title or "")
                self.email.setText(contact.email or "")
                self.phone.setText(contact.phone or "")
                self.notes.setPlainText(contact.notes or "")

    def save(self) -> None:
        values = {
            "name": self.name.text(),
            "title": self.title.text(),
            "email": self.email.text(),
            "phone": self.phone.text(),
            "notes": self.notes.toPlainText(),
        }
        try:
            with self.db.write() as session:
                if self.contact_id is None:
                    service.create(session, {"organization_id": self.organization_id, **values})
                else:
                    service.update(session, self.contact_id, values)
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except StoreError as exc:
            self.errors.show({"": str(exc)})
            return
        self.bus.changed.emit("contact")
        self.accept()
