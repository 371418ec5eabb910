"""The global search (Ctrl+F / Ctrl+K): one box over every text of every record
(organizations, contacts, meetings, commitments, assessments, stage notes, attached files);
Enter jumps to the record, or to the one an assessment or a file belongs to."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engagetrack.services.search import Hit, search, search_words
from engagetrack.store.database import Database
from engagetrack.ui.names import record_kind


class SearchDialog(QDialog):
    """Type to search; results update as you type; Enter or double-click opens one."""

    chosen = Signal(object)  # the Hit

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Find"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        self.box = QLineEdit(self)
        self.box.setPlaceholderText(
            self.tr("Find an organization, contact, meeting or commitment…")
        )
        self.box.setAccessibleName(self.tr("Search everything"))
        self.box.setClearButtonEnabled(True)
        layout.addWidget(self.box)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Search results"))
        layout.addWidget(self.results)
        self.status = QLabel(self.tr("Type at least two letters."), self)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.run_search)
        self.box.textChanged.connect(lambda _t: self._timer.start())
        self.box.returnPressed.connect(self.open_current)
        self.results.itemActivated.connect(lambda _item: self.open_current())
        self.box.installEventFilter(self)

    def eventFilter(self, watched: object, event: object) -> bool:
        # arrow keys in the box move through the results, as in a launcher
        if (
            watched is self.box
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
        ) and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            row = self.results.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
            if 0 <= row < self.results.count():
                self.results.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def run_search(self) -> None:
        text = self.box.text().strip()
        self.results.clear()
        if not search_words(text):  # a lone letter would match a third of a big register
            self.status.setText(self.tr("Type at least two letters."))
            return
        with self.db.read() as session:
            hits = search(session, text)
        for hit in hits:
            kind = record_kind(hit.entity)
            item = QListWidgetItem(f"{hit.title}\n    {kind} · {hit.detail}")
            item.setData(Qt.ItemDataRole.UserRole, hit)
            item.setToolTip(hit.title)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        self.status.setText(
            self.tr("%Ln result(s)", "", len(hits)) if hits else self.tr("Nothing found.")
        )

    def open_current(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.run_search()
        item = self.results.currentItem()
        if item is None:
            return
        hit: Hit = item.data(Qt.ItemDataRole.UserRole)
        if hit.opens is not None:  # an assessment or a file: shown with its record
            hit = replace(hit, entity=hit.opens[0], record_id=hit.opens[1])
        self.chosen.emit(hit)
        self.accept()
