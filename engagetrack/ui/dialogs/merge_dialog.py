"""Choose the duplicate to fold into an organization, and see what will move first."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from engagetrack.services import queries_organizations as queries
from engagetrack.store.database import Database
from engagetrack.ui.editors.widgets import IdCombo


class MergeDialog(QDialog):
    def __init__(
        self, db: Database, keep_id: int, keep_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Merge into %1").replace("%1", keep_name))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "Choose the duplicate of <b>%1</b>. Its contacts, meetings, commitments and"
                " assessments move to %1, then the duplicate is removed. The audit trail keeps"
                " a record of every move."
            ).replace("%1", keep_name),
            self,
        )
        intro.setWordWrap(True)
        self.duplicate = IdCombo(self.tr("Duplicate organization"), parent=self)
        with db.read() as session:
            self.duplicate.set_choices(queries.choices(session, exclude=keep_id))
        self.duplicate.setCurrentIndex(-1)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What will move"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Merge"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.duplicate)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.duplicate.currentIndexChanged.connect(lambda _i: self._describe())
        self.duplicate.currentTextChanged.connect(lambda _t: self._describe())

    def duplicate_id(self) -> int | None:
        return self.duplicate.current_id()

    def _describe(self) -> None:
        dup = self.duplicate_id()
        self.ok.setEnabled(dup is not None)
        if dup is None:
            self.summary.setText("")
            return
        with self.db.read() as session:
            detail = queries.detail(session, dup)
        if detail is None:
            return
        self.summary.setText(
            self.tr("Will move: %1 contacts, %2 meetings, %3 commitments, %4 assessments.")
            .replace("%1", str(len(detail.contacts)))
            .replace("%2", str(detail.meeting_total))
            .replace("%3", str(detail.commitment_total))
            .replace("%4", str(len(detail.assessments)))
        )
