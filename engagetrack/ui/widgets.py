"""The generic widgets every tab and dialog builds on: dates, pickers, error lines, form rows,
vocabulary combos, the record table, tabs with counts, debouncing and palette tints."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from engagetrack.ui.i18n import LANGUAGES, arg, language, tr

DEBOUNCE_MS = 250
ISO = "yyyy-MM-dd"


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def debounced(parent: QWidget, action: Callable[[], None], msecs: int = DEBOUNCE_MS) -> QTimer:
    """A single-shot timer that runs `action` once typing pauses; call .start() per keystroke."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(msecs)
    timer.timeout.connect(action)
    return timer


def is_dark() -> bool:
    """True when the system palette is dark: status colours are chosen to suit it."""
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    return base.lightness() < 128


def tint(light: str, dark: str) -> QColor:
    """A background tint readable under the palette's own text colour, light or dark."""
    return QColor(dark if is_dark() else light)


class DateEdit(QDateEdit):
    """An ISO date field with a calendar popup."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(ISO)
        self.setDate(to_qdate(value or date.today()))

    def value(self) -> date:
        return from_qdate(self.date())

    def set_value(self, value: date) -> None:
        self.setDate(to_qdate(value))


class OptionalDateEdit(QWidget):
    """A date that may be absent: a check box switches the date field on and off."""

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label, self)
        self.edit = DateEdit(parent=self)
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(lambda _on: self.changed.emit())
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.setFocusProxy(self.check)

    def set_accessible(self, name: str) -> None:
        self.setAccessibleName(name)
        self.check.setAccessibleName(arg(tr("Give a date: %1"), name))
        self.edit.setAccessibleName(name)

    def value(self) -> date | None:
        return self.edit.value() if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.set_value(value)


class ErrorLabel(QLabel):
    """A validation message shown right under its field; hidden while the field is fine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # the warning sign and bold weight carry the message, colour only supports them
        self.setStyleSheet(
            "color: #c62828; font-weight: bold;"
            if not is_dark()
            else "color: #ff8a80; font-weight: bold;"
        )
        self.hide()

    def show_message(self, message: str | None) -> None:
        if message:
            self.setText("⚠ " + message)
            self.setAccessibleName(message)
            self.show()
        else:
            self.clear()
            self.hide()


class FieldErrors:
    """Puts each ValidationError message beside its field; others go to a general label."""

    def __init__(self, general: ErrorLabel) -> None:
        self.general = general
        self.labels: dict[str, ErrorLabel] = {}
        self.fields: dict[str, QWidget] = {}

    def add(self, field: str, label: ErrorLabel, widget: QWidget) -> None:
        self.labels[field] = label
        self.fields[field] = widget

    def clear(self) -> None:
        for label in (*self.labels.values(), self.general):
            label.show_message(None)

    def show(self, errors: Mapping[str, str]) -> None:
        """Show every message; focus the first field in error so the user lands on it."""
        self.clear()
        stray: list[str] = []
        first: QWidget | None = None
        for field, message in errors.items():
            if field in self.labels:
                self.labels[field].show_message(message)
                first = first or self.fields[field]
            else:
                stray.append(message)
        self.general.show_message(" ".join(stray) if stray else None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)


class CheckList(QWidget):
    """A filterable list of check boxes (organizations, contacts, principles)."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(tr("Filter…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(arg(tr("Filter %1"), name))
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list = QListView(self)
        self.list.setModel(self.proxy)
        self.list.setAccessibleName(name)
        self.list.setUniformItemSizes(True)
        self.count = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.model.itemChanged.connect(self._item_changed)
        self._quiet = False
        self.setFocusProxy(self.filter)

    def set_items(self, items: Iterable[tuple[int, str]], checked: Iterable[int] = ()) -> None:
        wanted = set(checked)
        self._quiet = True
        self.model.clear()
        for item_id, label in items:
            item = QStandardItem(label)
            item.setData(item_id, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(
                Qt.CheckState.Checked if item_id in wanted else Qt.CheckState.Unchecked
            )
            self.model.appendRow(item)
        self._quiet = False
        self._update_count()

    def checked_ids(self) -> list[int]:
        out = []
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def set_checked(self, ids: Iterable[int]) -> None:
        wanted = set(ids)
        self._quiet = True
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            on = int(item.data(Qt.ItemDataRole.UserRole)) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._quiet = False
        self._update_count()

    def _item_changed(self, _item: QStandardItem) -> None:
        if not self._quiet:
            self._update_count()
            self.changed.emit()

    def _update_count(self) -> None:
        self.count.setText(tr("%Ln chosen", None, len(self.checked_ids())))


class IdCombo(QComboBox):
    """A combo of (id, label) choices, typed into with matching anywhere in the label."""

    def __init__(self, name: str, none_label: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(name)
        self.none_label = none_label
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        completer = self.completer()
        assert completer is not None  # editable combos always have one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        line = self.lineEdit()
        if line is not None:
            line.setAccessibleName(name)

    def set_choices(self, choices: Iterable[tuple[int, str]], current: int | None = None) -> None:
        self.blockSignals(True)
        self.clear()
        if self.none_label is not None:
            self.addItem(self.none_label, None)
        for item_id, label in choices:
            self.addItem(label, item_id)
        self.blockSignals(False)
        self.set_current_id(current)

    def current_id(self) -> int | None:
        # typed text that names no choice counts as no choice, never as a stale selection
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        if index < 0:
            return None
        value = self.itemData(index)
        return None if value is None else int(value)

    def set_current_id(self, item_id: int | None) -> None:
        index = self.findData(item_id) if item_id is not None else (0 if self.none_label else -1)
        self.setCurrentIndex(max(index, 0) if self.count() else -1)


class RecordTable(QTableView):
    """A table where Enter or a double-click opens the current record and Delete deletes it."""

    open_requested = Signal(QModelIndex)
    delete_requested = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setHighlightSections(False)
        self.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.doubleClicked.connect(self.open_requested.emit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            event.accept()
            return
        if event.key() == Qt.Key.Key_Delete and self.currentIndex().isValid():
            self.delete_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def refill_combo(combo: QComboBox, everything: str, values: Iterable[str]) -> None:
    """A filter's choices anew ("All …" first), keeping what was chosen if it is still there;
    no signal fires, so refilling never re-runs a query."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for value in values:
        combo.addItem(value, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


def first_item(combo: QComboBox) -> Callable[[], None]:
    """What resets a filter combo: its first entry ("All …")."""
    return lambda: combo.setCurrentIndex(0)


def choose_file(parent: QWidget | None, title: str, folder: Path, filters: str) -> Path | None:
    """The system's Open dialog; None when the user cancels."""
    name, _ = QFileDialog.getOpenFileName(parent, title, str(folder), filters)
    return Path(name) if name else None


def register_filters() -> str:
    return tr("EngageTrack register (*.db);;All files (*)")


def choose_register(parent: QWidget | None, folder: Path) -> Path | None:
    """The Open dialog for a register file; None when the user cancels."""
    return choose_file(parent, tr("Open register"), folder, register_filters())


def choose_new_register(parent: QWidget | None, folder: Path) -> Path | None:
    """The Save dialog for a new register file; None when the user cancels."""
    name, _ = QFileDialog.getSaveFileName(
        parent, tr("New register"), str(folder / "register.db"), tr("EngageTrack register (*.db)")
    )
    return Path(name) if name else None


def button(
    parent: QWidget,
    text: str,
    name: str,
    slot: Callable[[], None] | None = None,
    tip: str = "",
) -> QPushButton:
    """A push button with its accessible name (and tooltip), wired to `slot`."""
    widget = QPushButton(text, parent)
    widget.setAccessibleName(name)
    if tip:
        widget.setToolTip(tip)
    if slot is not None:
        widget.clicked.connect(lambda _checked=False: slot())
    return widget


def language_combo(parent: QWidget, name: str) -> QComboBox:
    """A choice of English or French (each named in itself), the window's language first
    chosen; the item data is the code ("en", "fr")."""
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    for code, label in LANGUAGES.items():
        combo.addItem(label, code)
    combo.setCurrentIndex(combo.findData(language()))
    return combo


class CountedTabs(QTabWidget):
    """Tabs whose labels carry a count ("Meetings (4)"). When the bar is too narrow for every
    full label (a narrow panel, French labels a fifth longer), tabs from the last one back
    show their name alone until the rest fit: no tab hidden behind scroll arrows, no name cut
    short while there is room for it. Text is elided only when even the names do not fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabBar().setUsesScrollButtons(False)
        self.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
        self._labels: dict[int, tuple[str, str]] = {}  # index -> (full, name alone)

    def add_counted(self, page: QWidget, name: str) -> int:
        index = self.addTab(page, name)
        self._labels[index] = (name, name)
        return index

    def set_label(self, index: int, full: str, name: str) -> None:
        self._labels[index] = (full, name)
        self._fit()

    def full_label(self, index: int) -> str:
        """The tab's label with its count, whether or not there is room to show it."""
        return self._labels[index][0] if index in self._labels else self.tabText(index)

    def showing_names_only(self) -> bool:
        """True when some tab shows its name without its count."""
        return any(self.tabText(i) != full for i, (full, _) in self._labels.items())

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        bar = self.tabBar()
        full_width: dict[int, int] = {}
        name_width: dict[int, int] = {}
        for index, (full, name) in self._labels.items():
            # a tab's own size hint, from its text and icon (elision is not counted)
            bar.setTabText(index, full)
            full_width[index] = bar.tabSizeHint(index).width()
            bar.setTabText(index, name)
            name_width[index] = bar.tabSizeHint(index).width()
        others = sum(
            bar.tabSizeHint(i).width() for i in range(bar.count()) if i not in self._labels
        )
        used = others + sum(name_width.values())
        for index in sorted(self._labels):  # counts for the first tabs first
            wider = used - name_width[index] + full_width[index]
            if wider <= self.width():
                bar.setTabText(index, self._labels[index][0])
                used = wider
