"""The confirmation before a deletion: what will go, and the reason, which is required and
kept in the audit trail with the deleted record's last values (a government record is never
destroyed without saying why)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class DeleteReasonDialog(QDialog):
    """Asks "delete this?" with a reason box; Delete stays disabled until a reason is given."""

    def __init__(self, parent: QWidget | None, title: str, question: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        text = QLabel(question, self)
        text.setWordWrap(True)
        layout.addWidget(text)
        label = QLabel(self.tr("&Reason (kept in the audit trail):"), self)
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Reason for deleting"))
        self.reason.setPlaceholderText(self.tr("e.g. entered twice; attached to the wrong record"))
        self.reason.setMaxLength(2000)
        label.setBuddy(self.reason)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.delete_button: QPushButton = self.buttons.addButton(
            self.tr("&Delete"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.setAccessibleName(self.tr("Delete"))
        self.delete_button.setEnabled(False)
        self.delete_button.setAutoDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setDefault(True)
        self.delete_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(
            lambda text: self.delete_button.setEnabled(bool(text.strip()))
        )
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def given_reason(self) -> str:
        return " ".join(self.reason.text().split())

    def accept(self) -> None:
        if self.given_reason():  # Enter in an empty box does not delete
            super().accept()


def ask_delete_reason(parent: QWidget | None, title: str, question: str) -> str | None:
    """The reason the user gave for deleting, or None when they did not delete."""
    dialog = DeleteReasonDialog(parent, title, question)
    dialog.setObjectName("deleteReasonDialog")
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.given_reason()
    finally:
        dialog.deleteLater()
