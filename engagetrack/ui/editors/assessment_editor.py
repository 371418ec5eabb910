"""The matrix cell editor: one organization's status on one principle, with its history."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from engagetrack.domain.validation import ValidationError
from engagetrack.domain.vocabularies import AssessmentStatus
from engagetrack.services import assessments, queries_principles
from engagetrack.services.queries_principles import Cell, HistoryLine, PrincipleInfo
from engagetrack.store.database import Database
from engagetrack.store.errors import StoreError
from engagetrack.ui.editors.forms import add_field, set_combo_code, text_box, vocab_combo
from engagetrack.ui.editors.widgets import DateEdit, ErrorLabel, FieldErrors
from engagetrack.ui.i18n import tr


def describe(line: HistoryLine) -> str:
    """One audit entry as a line a person reads: when, who, what changed from what to what."""
    parts = []
    for field, change in sorted(line.changes.items()):
        if field in ("organization_id", "principle_id", "assessed_by"):
            continue
        old, new = (change + [None, None])[:2]
        if line.action == "create":
            parts.append(f"{field}: {json.dumps(new, ensure_ascii=False)}")
        else:
            parts.append(
                f"{field}: {json.dumps(old, ensure_ascii=False)} → "
                f"{json.dumps(new, ensure_ascii=False)}"
            )
    action = {"create": tr("created"), "update": tr("changed"), "delete": tr("deleted")}
    return (
        f"{line.at.replace('T', ' ')[:16]}  {line.user}  {action.get(line.action, line.action)}: "
        + "; ".join(parts)
    )


class AssessmentEditor(QDialog):
    """Record status, evidence, source and date for one cell; shows the cell's audit trail."""

    def __init__(
        self,
        db: Database,
        organization_id: int,
        organization: str,
        principle: PrincipleInfo,
        cell: Cell | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.organization_id = organization_id
        self.number = principle.number
        self.setWindowTitle(self.tr("{0} — {1}").format(organization, principle.code))
        self.setAccessibleName(self.tr("Assessment"))
        self.resize(640, 620)

        about = QLabel(
            f"<b>{_esc(organization)}</b><br><b>{principle.code} — {_esc(principle.short_title)}"
            f"</b><br><i>{_esc(principle.theme)}</i><br>{_esc(principle.text)}",
            self,
        )
        about.setWordWrap(True)
        general = ErrorLabel(self)
        self.errors = FieldErrors(general)
        self.status = vocab_combo(AssessmentStatus, self.tr("Status"), self)
        self.evidence = text_box(self.tr("Evidence"), self, lines=4)
        self.source = QLineEdit(self)
        self.source.setAccessibleName(self.tr("Source"))
        self.source.setPlaceholderText(
            self.tr("Where the evidence comes from (report, statement, URL as text)")
        )
        self.assessed_on = DateEdit(date.today(), self)
        self.assessed_on.setAccessibleName(self.tr("Assessed on"))
        self.assessed_on.setMaximumDate(QDate.currentDate())
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        add_field(form, self.errors, "status", self.tr("&Status"), self.status)
        add_field(form, self.errors, "evidence", self.tr("&Evidence"), self.evidence)
        add_field(form, self.errors, "source", self.tr("S&ource"), self.source)
        add_field(form, self.errors, "assessed_on", self.tr("&Assessed on"), self.assessed_on)

        self.history = QPlainTextEdit(self)
        self.history.setReadOnly(True)
        self.history.setAccessibleName(self.tr("History of this assessment"))
        self.history.setTabChangesFocus(True)
        history_box = QGroupBox(self.tr("History"), self)
        QVBoxLayout(history_box).addWidget(self.history)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(history_box, 1)
        layout.addWidget(buttons)

        if cell is not None:
            set_combo_code(self.status, cell.status)
            self.evidence.setPlainText(cell.evidence or "")
            self.source.setText(cell.source or "")
        with db.read() as session:
            lines = queries_principles.cell_history(session, organization_id, self.number)
        self.history.setPlainText(
            "\n".join(describe(line) for line in lines) or self.tr("Never assessed before.")
        )
        self.status.setFocus()

    def save(self) -> None:
        try:
            with self.db.write() as session:
                assessments.set_assessment(
                    session,
                    self.organization_id,
                    self.number,
                    str(self.status.currentData()),
                    evidence=self.evidence.toPlainText(),
                    source=self.source.text(),
                    assessed_on=self.assessed_on.value(),
                )
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except StoreError as exc:
            self.errors.show({"": str(exc)})
            return
        self.accept()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
