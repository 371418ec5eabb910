"""The stage-change dialog: asks when and why an organization moved, then records it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from engagetrack.domain.validation import ValidationError
from engagetrack.domain.vocabularies import Stage
from engagetrack.services import organizations
from engagetrack.store.database import Database
from engagetrack.store.errors import StoreError
from engagetrack.ui.editors.forms import add_field, text_box
from engagetrack.ui.editors.widgets import DateEdit, ErrorLabel, FieldErrors, to_qdate
from engagetrack.ui.i18n import vocab_label


class StageChangeDialog(QDialog):
    """Move one organization to another stage; Cancel leaves everything as it was."""

    def __init__(
        self,
        db: Database,
        organization_id: int,
        name: str,
        from_stage: Stage,
        to_stage: Stage,
        stage_since: date | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.organization_id = organization_id
        self.to_stage = to_stage
        self.setWindowTitle(self.tr("Change stage"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(460)
        heading = QLabel(
            self.tr("Move <b>{0}</b> from {1} to <b>{2}</b>.").format(
                name.replace("&", "&amp;").replace("<", "&lt;"),
                vocab_label(from_stage),
                vocab_label(to_stage),
            ),
            self,
        )
        heading.setWordWrap(True)
        general = ErrorLabel(self)
        self.errors = FieldErrors(general)
        self.changed_on = DateEdit(date.today(), self)
        self.changed_on.setAccessibleName(self.tr("Date of the change"))
        self.changed_on.setMaximumDate(QDate.currentDate())
        if stage_since is not None and stage_since <= date.today():
            self.changed_on.setMinimumDate(to_qdate(stage_since))
        self.note = text_box(self.tr("Note"), self, lines=3)
        self.note.setPlaceholderText(self.tr("What happened, e.g. letter of endorsement received"))
        form = QFormLayout()
        add_field(form, self.errors, "changed_on", self.tr("&Date"), self.changed_on)
        add_field(form, self.errors, "note", self.tr("&Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Move"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("Move"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(buttons)
        self.changed_on.setFocus()

    def save(self) -> None:
        try:
            with self.db.write() as session:
                organizations.change_stage(
                    session,
                    self.organization_id,
                    self.to_stage,
                    on=self.changed_on.value(),
                    note=self.note.toPlainText(),
                )
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except StoreError as exc:
            self.errors.show({"": str(exc)})
            return
        self.accept()
