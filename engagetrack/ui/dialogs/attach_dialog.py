"""Before files are attached: which files, their marking (the record's own to begin with)
and a note; one OK attaches them all, in one transaction."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from engagetrack.domain.vocabularies import Classification
from engagetrack.ui.forms import set_combo_code, vocab_combo
from engagetrack.ui.i18n import arg


class AttachDialog(QDialog):
    """Confirm the files to attach to `owner` (named for the user), with a marking and note."""

    def __init__(
        self, parent: QWidget, paths: list[Path], owner: str, marking: Classification
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        title = self.tr("Attach files")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        heading = QLabel(arg(self.tr("Attach to %1:"), owner), self)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        files = QLabel("\n".join(f"• {p.name}" for p in paths), self)
        files.setAccessibleName(self.tr("Files to attach"))
        layout.addWidget(files)
        form = QFormLayout()
        self.marking = vocab_combo(Classification, self.tr("Marking"), self)
        set_combo_code(self.marking, marking)
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("e.g. signed letter of 3 March"))
        form.addRow(self.tr("&Marking:"), self.marking)
        form.addRow(self.tr("&Note:"), self.note)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Attach"))
        self.ok_button.setAccessibleName(self.tr("Attach"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_marking(self) -> Classification:
        return Classification(self.marking.currentData())

    def chosen_note(self) -> str:
        return self.note.text().strip()
