"""Building the editors' forms: labelled rows with their error lines, vocabulary combos,
text boxes, and reading or filling an input by its type."""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from engagetrack.domain.vocabularies import Vocabulary
from engagetrack.ui.i18n import vocab_label
from engagetrack.ui.widgets import (
    CheckList,
    DateEdit,
    ErrorLabel,
    FieldErrors,
    IdCombo,
    OptionalDateEdit,
)


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


def read_input(widget: QWidget) -> Any:
    """What a form's input holds, as the services take it: text, a code, an id, a date."""
    if isinstance(widget, IdCombo):
        return widget.current_id()
    if isinstance(widget, QComboBox):
        return widget.currentText() if widget.isEditable() else widget.currentData()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, DateEdit | OptionalDateEdit):
        return widget.value()
    if isinstance(widget, CheckList):
        return widget.checked_ids()
    raise TypeError(f"no reader for {type(widget).__name__}")


def show_input(widget: QWidget, value: Any) -> None:
    """Put a stored value into a form's input (the reverse of `read_input`)."""
    if isinstance(widget, IdCombo):
        widget.set_current_id(value)
    elif isinstance(widget, QComboBox) and widget.isEditable():
        widget.setCurrentText(value or "")
    elif isinstance(widget, QComboBox):
        set_combo_code(widget, value)
    elif isinstance(widget, QLineEdit):
        widget.setText(value or "")
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value or "")
    elif isinstance(widget, DateEdit | OptionalDateEdit):
        widget.set_value(value)
    else:
        raise TypeError(f"no writer for {type(widget).__name__}")
