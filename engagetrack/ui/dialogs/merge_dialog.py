"""Choose the duplicate to fold into an organization, and read what will move before merging.

The picker is typed into (matching anywhere in the name); the summary below it names both
organizations and counts what moves and what is dropped, so the Merge button is the
confirmation.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from engagetrack.services import choices
from engagetrack.services import queries_organizations as queries
from engagetrack.store.database import Database
from engagetrack.ui.i18n import arg
from engagetrack.ui.widgets import IdCombo


class MergeDialog(QDialog):
    """Accepted only with a duplicate chosen; `duplicate_id()` says which."""

    def __init__(
        self, db: Database, keep_id: int, keep_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.keep_name = keep_name
        self.setWindowTitle(arg(self.tr("Merge a duplicate into %1"), keep_name))
        self.setAccessibleName(self.tr("Merge organizations"))
        self.setMinimumWidth(560)
        intro = QLabel(
            arg(
                self.tr("Which organization is a duplicate of <b>%1</b>? Type part of its name."),
                escape(keep_name),
            ),
            self,
        )
        intro.setWordWrap(True)
        self.duplicate = IdCombo(self.tr("Duplicate organization"), parent=self)
        with db.read() as session:
            found = choices.organization_choices_marked(session, exclude=keep_id)
        self.duplicate.set_choices(found)
        self.duplicate.setCurrentIndex(-1)
        self.duplicate.setEditText("")
        line = self.duplicate.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Search organizations…"))
        intro.setBuddy(self.duplicate)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # room for the whole summary before a duplicate is chosen, so the dialog never clips it
        self.summary.setMinimumHeight(self.fontMetrics().lineSpacing() * 10)
        self.summary.setAccessibleName(self.tr("What will move"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Merge"))
        self.ok.setAccessibleName(self.tr("Merge"))
        self.ok.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.duplicate)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.buttons)
        self.duplicate.currentIndexChanged.connect(lambda _i: self._describe())
        self.duplicate.currentTextChanged.connect(lambda _t: self._describe())
        self.duplicate.setFocus()
        self._describe()

    def duplicate_id(self) -> int | None:
        return self.duplicate.current_id()

    def accept(self) -> None:
        if self.duplicate_id() is not None:
            super().accept()

    def _describe(self) -> None:
        dup = self.duplicate_id()
        self.ok.setEnabled(dup is not None)
        if dup is None:
            self.summary.setText(
                self.tr("Nothing is changed until you choose a duplicate and press Merge.")
            )
            return
        with self.db.read() as session:
            moves = queries.merge_summary(session, dup)
        name = escape(moves.name)
        keep = escape(self.keep_name)
        moving = ", ".join(
            (
                self.tr("%Ln contact(s)", "", moves.contacts),
                self.tr("%Ln meeting(s)", "", moves.meetings),
                self.tr("%Ln commitment(s)", "", moves.commitments),
                self.tr("%Ln assessment(s)", "", moves.assessments),
            )
        )
        self.summary.setText(
            "<p>"
            + arg(self.tr("Moves from <b>%1</b> to <b>%2</b>: %3."), name, keep, moving)
            + "</p><p>"
            + arg(
                self.tr(
                    "Where both have assessed the same principle, %1's assessment is kept unless it is Unknown."
                ),
                keep,
            )
            + "</p><p>"
            + arg(
                self.tr(
                    "Then <b>%1</b> is removed, with its own fields (kind, website, notes…) and its stage history (%2). The audit trail records every move."
                ),
                name,
                self.tr("%Ln entry(ies)", "", moves.history),
            )
            + "</p>"
        )
