"""Building blocks of the editor dialogs: labelled rows with their error line, vocab combos."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from engagetrack.domain.vocabularies import Vocabulary
from engagetrack.ui.editors.widgets import ErrorLabel, FieldErrors
from engagetrack.ui.i18n import vocab_label


def vocab_combo(enum: type[Vocabulary], name: str, parent: QWidget | None = None) -> QComboBox:
    """A combo of a vocabulary's translated labels holding the stable codes as data."""
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    for member in enum:
        combo.addItem(vocab_label(member), member.value)
    return combo


def set_combo_code(combo: QComboBox, code: Enum | str | None) -> None:
    value = code.value if isinstance(code, Enum) else code
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def text_box(name: str, parent: QWidget | None = None, lines: int = 3) -> QPlainTextEdit:
    """A multi-line text field where Tab moves on (keyboard users are never trapped)."""
    box = QPlainTextEdit(parent)
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


def add_field(
    form: QFormLayout,
    errors: FieldErrors,
    field: str,
    label: str,
    widget: QWidget,
) -> None:
    """A form row: the label (a buddy, so Alt+letter reaches the field) and its error line."""
    holder = QWidget()
    box = QVBoxLayout(holder)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(2)
    box.addWidget(widget)
    error = ErrorLabel(holder)
    box.addWidget(error)
    caption = QLabel(label)
    caption.setBuddy(widget)
    form.addRow(caption, holder)
    errors.add(field, error, widget)
