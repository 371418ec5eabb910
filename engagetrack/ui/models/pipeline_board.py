"""The pipeline board's models: one list model of cards per stage, a card painter, the table.

A board of 10,000 QWidget cards would take seconds to build; a QListView per stage over a
list model, with a delegate painting each card, draws only what is on screen.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from engagetrack.domain.vocabularies import Priority, Stage
from engagetrack.services import queries_pipeline as queries
from engagetrack.services.queries_pipeline import Card
from engagetrack.store.database import Database
from engagetrack.ui.i18n import arg, tr, vocab_label
from engagetrack.ui.models.listing_table import ListingTableModel
from engagetrack.ui.widgets import is_dark

Index = QModelIndex | QPersistentModelIndex
MIME = "application/x-engagetrack-organization"
CardRole = Qt.ItemDataRole.UserRole + 1

PRIORITY_COLOURS = {  # (light, dark): the bar beside the priority word, never alone
    Priority.HIGH: ("#c62828", "#ef9a9a"),
    Priority.MEDIUM: ("#ef8f00", "#ffcc80"),
    Priority.LOW: ("#78909c", "#b0bec5"),
}


def days_text(days: int | None) -> str:
    if days is None:
        return ""
    if days >= 365:  # "6.7 years" reads faster than "2459 days"
        return arg(tr("%1 years in stage"), QLocale().toString(days / 365.25, "f", 1))
    return tr("%Ln day(s) in stage", None, days)


def due_text(due: date | None, today: date) -> str:
    if due is None:
        return tr("No commitment due")
    if due < today:
        return arg(tr("⚠ Overdue since %1"), due.isoformat())
    return arg(tr("Next due %1"), due.isoformat())


class StageCardsModel(QAbstractListModel):
    """The cards of one stage; a drop asks (via `drop_requested`) to move a card here."""

    drop_requested = Signal(int, str)  # organization id, target stage code

    def __init__(self, stage: Stage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.cards: list[Card] = []
        self.total = 0
        self.today = date.today()

    def set_cards(self, cards: list[Card], total: int) -> None:
        self.beginResetModel()
        self.cards = cards
        self.total = total
        self.today = date.today()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.cards)):
            return None
        card = self.cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.name
        if role == CardRole:
            return card
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(card)
        return None

    def describe(self, card: Card) -> str:
        parts = [
            card.name,
            arg(tr("%1 priority"), vocab_label(card.priority)),
            arg(tr("lead: %1"), card.lead_official) if card.lead_official else tr("no lead"),
            days_text(card.days_in_stage(self.today)),
            due_text(card.next_due, self.today),
        ]
        return "; ".join(p for p in parts if p)

    def row_of(self, org_id: int) -> int | None:
        for row, card in enumerate(self.cards):
            if card.id == org_id:
                return row
        return None

    # --- drag and drop ------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        mime = QMimeData()
        ids = [str(self.cards[i.row()].id) for i in indexes if i.isValid()]
        mime.setData(MIME, QByteArray(",".join(ids[:1]).encode()))
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(MIME)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not data.hasFormat(MIME):
            return False
        text = bytes(data.data(MIME).data()).decode()
        if text.isdigit():
            # the dialog opens once the drag has finished; this model never moves rows
            # itself, the board reloads after the stage change is written
            self.drop_requested.emit(int(text), self.stage.value)
        return False


class CardDelegate(QStyledItemDelegate):
    """Paints a card: name, priority (word and bar), lead, days in stage, next due date."""

    HEIGHT_LINES = 3

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = option.fontMetrics.lineSpacing()
        return QSize(200, line * self.HEIGHT_LINES + 18)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card = index.data(CardRole)
        if not isinstance(card, Card):
            super().paint(painter, option, index)
            return
        model = index.model()
        today = model.today if isinstance(model, StageCardsModel) else date.today()
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        rect = QRect(option.rect).adjusted(2, 2, -2, -2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = palette.color(QPalette.ColorRole.Base)
        border = palette.color(QPalette.ColorRole.Mid)
        if selected:
            border = palette.color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(border, 2.0 if selected or focused else 1.0))
        painter.setBrush(base)
        painter.drawRoundedRect(rect, 5, 5)
        light, dark = PRIORITY_COLOURS.get(card.priority, ("#78909c", "#b0bec5"))
        bar = QRect(rect.left() + 1, rect.top() + 1, 5, rect.height() - 1)
        painter.fillRect(bar, QColor(dark if is_dark() else light))

        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        line = option.fontMetrics.lineSpacing()
        inner = rect.adjusted(12, 5, -8, -4)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        prio = vocab_label(card.priority)
        prio_w = option.fontMetrics.horizontalAdvance(prio) + 8
        name_rect = QRect(inner.left(), inner.top(), inner.width() - prio_w, line)
        name = painter.fontMetrics().elidedText(
            card.name, Qt.TextElideMode.ElideRight, name_rect.width()
        )
        painter.drawText(
            name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name
        )
        painter.setFont(option.font)
        painter.setPen(muted)
        painter.drawText(
            QRect(inner.right() - prio_w, inner.top(), prio_w, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            prio,
        )
        second = " · ".join(
            p
            for p in (card.lead_official or tr("no lead"), days_text(card.days_in_stage(today)))
            if p
        )
        painter.setPen(text)
        painter.drawText(
            QRect(inner.left(), inner.top() + line, inner.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            option.fontMetrics.elidedText(second, Qt.TextElideMode.ElideRight, inner.width()),
        )
        overdue = card.next_due is not None and card.next_due < today
        if overdue:
            painter.setPen(QColor("#ff8a80" if is_dark() else "#b71c1c"))
        else:
            painter.setPen(muted)
        painter.drawText(
            QRect(inner.left(), inner.top() + 2 * line, inner.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            option.fontMetrics.elidedText(
                due_text(card.next_due, today), Qt.TextElideMode.ElideRight, inner.width()
            ),
        )
        painter.restore()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> None:  # type: ignore[override]
        return None


class PipelineTableModel(ListingTableModel):
    """The table mode: the same organizations, sortable, one row each."""

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(db, queries.TABLE, parent)

    def cell(self, key: str, values: tuple[Any, ...], role: int) -> Any:
        value = self.value(values, key)
        if key == "priority" and role == Qt.ItemDataRole.DisplayRole and value is not None:
            return vocab_label(queries.PRIORITY_BY_RANK[int(value)])
        if key == "priority" and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if key == "stage_since" and role == Qt.ItemDataRole.DisplayRole and value is not None:
            days = (self.today - value).days
            return arg(tr("%1 (%2)"), value.isoformat(), tr("%Ln day(s)", None, days))
        return None
