"""The Pipeline board's columns: one stage's heading, its cards, and the keys that move them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from engagetrack.domain.vocabularies import Stage
from engagetrack.services import queries_pipeline as queries
from engagetrack.ui.i18n import arg, number, vocab_label
from engagetrack.ui.models.pipeline_board import (
    CardDelegate,
    StageCardsModel,
)


class CardList(QListView):
    """One stage's column: Ctrl+Right / Ctrl+Left ask to move the current card."""

    move_requested = Signal(int, int)  # organization id, step (+1 right, -1 left)
    open_requested = Signal(int)

    def __init__(
        self, model: StageCardsModel, parent: QWidget | None = None, *, movable: bool = True
    ) -> None:
        super().__init__(parent)
        self.movable = movable
        self.setModel(model)
        self.setItemDelegate(CardDelegate(self))
        self.setUniformItemSizes(True)
        self.setSpacing(2)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # a read-only register: cards can be looked at and opened, never dragged
        self.setDragEnabled(movable)
        self.setAcceptDrops(movable)
        self.setDropIndicatorShown(movable)
        self.setDragDropMode(
            QAbstractItemView.DragDropMode.DragDrop
            if movable
            else QAbstractItemView.DragDropMode.NoDragDrop
        )
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.doubleClicked.connect(self._open)

    def cards_model(self) -> StageCardsModel:
        model = self.model()
        assert isinstance(model, StageCardsModel)
        return model

    def current_org(self) -> int | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        return self.cards_model().cards[index.row()].id

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        org = self.current_org()
        if (
            ctrl
            and self.movable
            and org is not None
            and event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Left)
        ):
            self.move_requested.emit(org, 1 if event.key() == Qt.Key.Key_Right else -1)
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and org is not None:
            self.open_requested.emit(org)
            event.accept()
            return
        super().keyPressEvent(event)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.cards_model().cards[index.row()].id)


class StageColumn(QWidget):
    """A heading with the count, the card list, and a note when the column is capped."""

    def __init__(
        self, stage: Stage, parent: QWidget | None = None, *, movable: bool = True
    ) -> None:
        super().__init__(parent)
        self.stage = stage
        self.model = StageCardsModel(stage, self)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.list = CardList(self.model, self, movable=movable)
        self.list.setAccessibleName(arg(self.tr("%1 column"), vocab_label(stage)))
        self.heading.setBuddy(self.list)
        self.capped = QLabel(self)
        self.capped.setWordWrap(True)
        self.capped.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.capped)
        self.set_cards([], 0)

    def set_cards(self, cards: list[queries.Card], total: int) -> None:
        self.model.set_cards(cards, total)
        self.heading.setText(f"{vocab_label(self.stage)} ({number(total)})")
        self.list.setAccessibleDescription(arg(self.tr("%1 organizations"), total))
        if total > len(cards):
            self.capped.setText(
                arg(
                    self.tr("Showing %1 of %2: filter, or use the table, to see the rest."),
                    len(cards),
                    number(total),
                )
            )
            self.capped.show()
        else:
            self.capped.hide()
