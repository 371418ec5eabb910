"""The matrix cell editor: one organization's status on one principle, with its history."""

from __future__ import annotations

import json
from datetime import date
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout

from engagetrack.domain.vocabularies import AssessmentStatus
from engagetrack.services import assessments, queries_principles
from engagetrack.services.queries_principles import Cell, HistoryLine, PrincipleInfo
from engagetrack.ui.bus import RegisterOwner
from engagetrack.ui.dialogs.record_dialog import RecordDialog
from engagetrack.ui.forms import text_box, vocab_combo
from engagetrack.ui.i18n import arg, tr
from engagetrack.ui.widgets import DateEdit

if TYPE_CHECKING:
    from engagetrack.store.sessions import Session


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


class AssessmentEditor(RecordDialog):
    """Record status, evidence, source and date for one cell; shows the cell's audit trail."""

    entity = "assessment"
    tracks_saved_version = False  # record_id is the organization's; the cell closes on save

    def __init__(
        self,
        owner: RegisterOwner,
        organization_id: int,
        organization: str,
        principle: PrincipleInfo,
        cell: Cell | None,
    ) -> None:
        title = arg(self.tr("%1 — %2"), organization, principle.code)
        super().__init__(owner, organization_id, title)
        self.setAccessibleName(self.tr("Assessment"))
        self.organization_id = organization_id
        self.number = principle.number
        self.resize(640, 620)
        about = QLabel(
            f"<b>{escape(organization, quote=False)}</b><br><b>{principle.code} — "
            f"{escape(principle.short_title, quote=False)}</b><br>"
            f"<i>{escape(principle.theme, quote=False)}</i><br>{escape(principle.text, quote=False)}",
            self,
        )
        about.setWordWrap(True)
        self.add_above(about)
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
        self.add_field("status", self.tr("&Status"), self.status)
        self.add_field("evidence", self.tr("&Evidence"), self.evidence)
        self.add_field("source", self.tr("S&ource"), self.source)
        self.add_field("assessed_on", self.tr("&Assessed on"), self.assessed_on)
        self.history = QPlainTextEdit(self)
        self.history.setReadOnly(True)
        self.history.setAccessibleName(self.tr("History of this assessment"))
        self.history.setTabChangesFocus(True)
        history_box = QGroupBox(self.tr("History"), self)
        QVBoxLayout(history_box).addWidget(self.history)
        self.add_below(history_box, 1)
        if cell is not None:
            self.fill(cell, skip=("assessed_on",))
        self.load()
        self.status.setFocus()

    def reload(self) -> None:
        """The cell as it is now (someone else assessed it), then its history."""
        with self.db.read() as session:
            row = queries_principles.rows(session, [self.organization_id]).get(self.organization_id)
        cell = row.cells.get(self.number) if row is not None else None
        if cell is not None:
            self.fill(cell, skip=("assessed_on",))
        super().reload()

    def load(self) -> None:
        with self.db.read() as session:
            lines = queries_principles.cell_history(session, self.organization_id, self.number)
        self.history.setPlainText(
            "\n".join(describe(line) for line in lines) or self.tr("Never assessed before.")
        )

    def persist(self, session: Session, values: dict[str, Any]) -> int | None:
        status = str(values.pop("status"))
        assessments.set_assessment(session, self.organization_id, self.number, status, **values)
        return self.organization_id
