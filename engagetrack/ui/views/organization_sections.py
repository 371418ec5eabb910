"""The lists of the Organizations tab's detail panel: one line per record, column headers,
an empty list said in words, and a closing line when a long list is cut short."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from engagetrack.ui.i18n import arg, number

ID_ROLE = Qt.ItemDataRole.UserRole
MAX_COLUMN = 220
LAST_COLUMN_ROOM = 110
TOOLTIP_FROM = 24  # characters: a longer cell shows its whole text on hover


def section_list(name: str, headers: Sequence[str], parent: QWidget) -> QTreeWidget:
    """A read-only list with column headers: one line per record, Enter opens it."""
    tree = QTreeWidget(parent)
    tree.setAccessibleName(name)
    tree.setHeaderLabels(list(headers))
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setAllColumnsShowFocus(True)
    tree.setWordWrap(False)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.header().setStretchLastSection(True)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return tree


def fill(
    tree: QTreeWidget,
    rows: list[QTreeWidgetItem],
    empty: str,
    *,
    hidden: int = 0,
    more: str = "",
) -> None:
    """Replace the rows; an empty list says so in words rather than showing a blank box, and
    a list cut short says how many are `hidden` (`more` holds %1 for that number)."""
    tree.clear()
    if rows:
        for item in rows:  # a cut-off cell shows its whole text on hover
            for column in range(tree.columnCount()):
                if len(item.text(column)) > TOOLTIP_FROM and not item.toolTip(column):
                    item.setToolTip(column, item.text(column))
        tree.addTopLevelItems(rows)
        fit_columns(tree)
        if hidden > 0:
            _more_line(tree, arg(more, number(hidden)))
        return
    item = QTreeWidgetItem([empty])
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    font = QFont()
    font.setItalic(True)
    item.setFont(0, font)
    tree.addTopLevelItem(item)
    tree.setFirstColumnSpanned(0, QModelIndex(), True)


def fit_columns(tree: QTreeWidget) -> None:
    """Fit the columns to their text (lists are capped at DETAIL_LIMIT rows, so this is
    cheap), sharing the width when they would not fit; the last column takes the rest."""
    widths = []
    for column in range(tree.columnCount() - 1):
        tree.resizeColumnToContents(column)
        widths.append(min(tree.columnWidth(column) + 8, MAX_COLUMN))
    last = tree.columnCount() - 1
    tree.resizeColumnToContents(last)
    room = tree.viewport().width() - min(tree.columnWidth(last) + 8, LAST_COLUMN_ROOM)
    if tree.viewport().width() > 200 and sum(widths) > room:
        widths = [max(60, w * room // sum(widths)) for w in widths]
    for column, width in enumerate(widths):
        tree.setColumnWidth(column, width)


def _more_line(tree: QTreeWidget, text: str) -> None:
    item = QTreeWidgetItem([text])
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    tree.addTopLevelItem(item)
    tree.setFirstColumnSpanned(tree.topLevelItemCount() - 1, QModelIndex(), True)


def record_item(texts: list[str], record_id: int | None = None) -> QTreeWidgetItem:
    """One line of a list; with `record_id`, Enter or a double-click opens that record."""
    item = QTreeWidgetItem(texts)
    if record_id is not None:
        item.setData(0, ID_ROLE, record_id)
    return item
