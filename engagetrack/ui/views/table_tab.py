"""The base of the tabs that are one big table of records (Organizations, Meetings,
Commitments): search box, filters with reset, count, selection kept across refresh,
`show_record`, delete, context menu and the read-only state, written once.

A tab supplies its model, its filter widgets (`add_filter`), its buttons and actions
(`add_control`), what its filters mean (`filters`), and how to edit and delete a record.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QModelIndex, QPoint, Qt, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engagetrack.services import choices
from engagetrack.services.listing import effective_search
from engagetrack.store.database import Database
from engagetrack.ui.bus import DataBus
from engagetrack.ui.dialogs.delete_reason import ask_delete_reason
from engagetrack.ui.i18n import tr
from engagetrack.ui.models.listing_table import ListingTableModel
from engagetrack.ui.tasks import run_in_background
from engagetrack.ui.undo import UndoStep
from engagetrack.ui.views.base import View
from engagetrack.ui.widgets import IdCombo, RecordTable, button, debounced
from engagetrack.ui.write_op import write_op

if TYPE_CHECKING:
    from engagetrack.store.sessions import Session

Control = QPushButton | QAction | QMenu | QWidget


@dataclass(frozen=True)
class TabTexts:
    """The words of one table tab, already translated."""

    search_placeholder: str
    search_name: str
    table_name: str
    count_name: str
    count: Callable[[int], str]  # "1 meeting" / "12 meetings"
    menu_name: str
    delete_title: str


@dataclass(frozen=True)
class _Rule:
    needs_record: bool
    writes: bool


class TableTab(View):
    """One table of `entity` records with filters above it and actions beside them."""

    entity = "record"

    def __init__(
        self,
        db: Database,
        bus: DataBus,
        model: ListingTableModel,
        texts: TabTexts,
        parent: QWidget | None = None,
        *,
        debounce_ms: int | None = None,
    ) -> None:
        super().__init__(db, bus, parent)
        self.model = model
        self.texts = texts
        self._keep_id: int | None = None  # the record to select after the next reload
        self._last_row = 0  # where the selection was, for when its record disappears
        self._stay_near = False  # after a write: if the record went, select its neighbour
        self._focus_after = False  # after show_record: the table takes the keyboard
        self._rules: dict[Control, _Rule] = {}
        self.org_filter: IdCombo | None = None
        self._resets: list[tuple[QWidget, Callable[[], None]]] = []

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(texts.search_placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(texts.search_name)
        self.clear_filters = QPushButton(tr("C&lear filters"), self)
        self.clear_filters.setAccessibleName(tr("Clear filters"))
        self.count = QLabel(self)
        self.count.setAccessibleName(texts.count_name)
        self.table = RecordTable(texts.table_name, self)
        self.table.setModel(model)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self.filter_row = QHBoxLayout()
        self.filter_row.addWidget(self.search, 2)
        self.action_row = QHBoxLayout()
        self.content = QVBoxLayout(self)
        self.content.addLayout(self.filter_row)
        self.content.addLayout(self.action_row)

        self._typing = (
            debounced(self, self.apply_filters, debounce_ms)
            if debounce_ms is not None
            else debounced(self, self.apply_filters)
        )
        self.search.textChanged.connect(lambda _t: self._typing.start())
        self._resets.append((self.search, self.search.clear))
        self.clear_filters.clicked.connect(self.reset_filters)
        self.table.open_requested.connect(lambda _i: self.edit_selected())
        self.table.delete_requested.connect(self.delete_selected)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._current_row_changed(current)
        )
        self.model.reloaded.connect(self._reloaded)
        self.model.failed.connect(self.count.setText)

    # --- building (for subclasses) --------------------------------------------------------
    def add_filter(
        self,
        widget: QWidget,
        changed: SignalInstance,
        reset: Callable[[], None],
        stretch: int = 0,
    ) -> None:
        """A filter beside the search box: `changed` re-queries, `reset` clears it."""
        self.filter_row.addWidget(widget, stretch)
        changed.connect(lambda *_: self.apply_filters())
        self._resets.append((widget, reset))

    def finish_layout(self, body: QWidget | None = None) -> None:
        """Close the rows: clear-filters last among the filters, the count at the right of the
        actions, then the table (or `body`, a splitter holding it) taking the rest."""
        self.filter_row.addWidget(self.clear_filters)
        self.action_row.addStretch(1)
        self.action_row.addWidget(self.count)
        self.content.addWidget(body if body is not None else self.table, 1)
        self.update_controls()

    def add_button(
        self,
        text: str,
        name: str,
        slot: Callable[[], None] | None,
        *,
        needs_record: bool = True,
        writes: bool = True,
        tip: str = "",
    ) -> QPushButton:
        """A button in the actions row, enabled by the same rules as `add_control`."""
        widget = button(self, text, name, slot, tip)
        self.add_control(widget, needs_record=needs_record, writes=writes)
        return widget

    def add_organization_filter(self) -> IdCombo:
        """The "which organization" filter, its choices loaded with `load_choices`; the
        tab keeps what this returns as its `organization_filter`."""
        combo = IdCombo(
            tr("Organization filter"),
            none_label=tr("All organizations"),
            parent=self,
        )
        combo.setMinimumContentsLength(18)
        self.add_filter(
            combo, combo.currentIndexChanged, lambda: combo.set_current_id(None), stretch=1
        )
        self.org_filter = combo
        return combo

    def lay_out_columns(
        self, widths: Mapping[str, int], *, stretch: str, sort: str, descending: bool = False
    ) -> None:
        """Column widths by key; `stretch` takes what the others leave; sorted by `sort`."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for key, width in widths.items():
            self.table.setColumnWidth(self.model.column_of(key), width)
        header.setSectionResizeMode(self.model.column_of(stretch), QHeaderView.ResizeMode.Stretch)
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.table.sortByColumn(self.model.column_of(sort), order)

    def add_control(
        self, control: Control, *, needs_record: bool = True, writes: bool = True
    ) -> None:
        """Enable `control` only with a record selected (`needs_record`) and only on a
        writable register (`writes`): read-only state shows before any dialog opens."""
        self._rules[control] = _Rule(needs_record, writes)
        if isinstance(control, QPushButton):
            self.action_row.addWidget(control)

    # --- what subclasses supply -----------------------------------------------------------
    def filters(self) -> dict[str, Any]:
        """The filter widgets' values, keyed as the listing's filters are."""
        return {}

    def query(self) -> tuple[str, dict[str, Any]]:
        return effective_search(self.search.text()), self.filters()

    def load_choices(self) -> None:
        """Refill the pickers whose choices come from the register, in the background: the
        organization filter's names and whatever `extra_choices` reads."""
        if self.org_filter is None:
            return
        db, extra = self.db, self.extra_choices

        def work(_report: Any) -> tuple[list[tuple[int, str]], Any]:
            with db.read() as session:
                return choices.organization_choices(session, include_archived=True), extra(session)

        run_in_background(work, on_done=self._fill_choices)

    def extra_choices(self, session: Session) -> Any:
        """More choices to read with the organizations' (owners, ...)."""
        return None

    def fill_extra_choices(self, found: Any) -> None:
        """Put what `extra_choices` read into its pickers."""

    def _fill_choices(self, found: tuple[list[tuple[int, str]], Any]) -> None:
        if not shiboken6.isValid(self) or self.org_filter is None:
            return  # the tab was closed while the choices loaded
        orgs, extra = found
        self.org_filter.blockSignals(True)
        self.org_filter.set_choices(orgs, self.org_filter.current_id())
        self.org_filter.blockSignals(False)
        self.fill_extra_choices(extra)

    def edit_selected(self) -> None:
        """Open the selected record's editor."""

    def delete_question(self, record_id: int) -> str:
        """The confirmation to ask before deleting; empty when this tab cannot delete."""
        return ""

    def delete_record(self, session: Session, record_id: int, reason: str) -> object:
        """Delete (or archive) the record; `reason`, the user's, goes into the audit entry."""
        raise NotImplementedError

    def after_delete(self, result: object) -> None:
        """Said after a delete went through (an organization may be archived instead)."""

    def menu_actions(self, menu: QMenu) -> None:
        """Fill the row's context menu."""

    def current_changed(self, record_id: int | None) -> None:
        """The selected record changed (or was re-read): show it."""

    # --- the View contract ----------------------------------------------------------------
    def refresh(self) -> None:
        self._keep_id = self.current_id() or self._keep_id
        self.load_choices()
        self.model.reload()

    def show_record(self, entity: str, record_id: int) -> bool:
        if entity != self.entity:
            return False
        self.reveal(record_id)
        return True

    def reveal(self, record_id: int, clear: Callable[[], None] | None = None) -> None:
        """Select a record, clearing the filters (with `clear`, else all) if they hide it."""
        row = self.model.row_of(record_id)
        if row is not None:
            self.select_row(row)
            return
        self._keep_id = record_id
        self._focus_after = True
        self._clear_filter_widgets()
        if clear is not None:
            clear()
        self.apply_filters()
        self.model.reload()  # also when the filters were clear: the record may be brand new

    # --- filters --------------------------------------------------------------------------
    def apply_filters(self) -> None:
        self._typing.stop()
        self._keep_id = self._keep_id or self.current_id()  # kept if it still matches
        self.model.set_query(*self.query())

    def _clear_filter_widgets(self) -> None:
        for widget, _reset in self._resets:
            widget.blockSignals(True)
        for _widget, reset in self._resets:
            reset()
        for widget, _reset in self._resets:
            widget.blockSignals(False)

    def reset_filters(self) -> None:
        self._clear_filter_widgets()
        self.apply_filters()

    # --- selection ------------------------------------------------------------------------
    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        if self.table.currentIndex() == index:
            self._current_row_changed(index)  # same row, new data: read it again
        else:
            self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index)

    def _current_row_changed(self, index: QModelIndex) -> None:
        if index.isValid():
            self._last_row = index.row()
        self.current_changed(self.model.id_at(index.row()) if index.isValid() else None)
        self.update_controls()

    def _reloaded(self, count: int) -> None:
        self.count.setText(self.texts.count(count))
        wanted, self._keep_id = self._keep_id, None
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is None and wanted is not None and self._stay_near and count:
            row = min(self._last_row, count - 1)  # the record went away: stay near it
        self._stay_near = False
        if row is None:
            self.current_changed(None)
            self.update_controls()
            return
        self.select_row(row)
        if self._focus_after:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._focus_after = False

    def update_controls(self) -> None:
        chosen = self.current_id() is not None
        for control, rule in self._rules.items():
            control.setEnabled(
                (chosen or not rule.needs_record) and (self.writable or not rule.writes)
            )

    # --- actions --------------------------------------------------------------------------
    def can_add(self) -> bool:
        return self.writable

    def write(
        self,
        action: Callable[[Session], object],
        entity: str | None = None,
        undo: UndoStep | None = None,
    ) -> bool:
        """One user action on the selected record, through the window's one write path; the
        selection then stays where it was, or on its neighbour if the record went."""
        self._keep_id = self.current_id()
        self._stay_near = True
        done = write_op(
            self,
            self.db,
            self.bus,
            action,
            entity=entity or self.entity,
            title=self.texts.table_name,
            undo=(lambda _result: undo) if undo is not None else None,
        )
        if done is None:
            self._stay_near = False
            return False
        return True

    def delete_selected(self) -> None:
        record_id = self.current_id()
        question = self.delete_question(record_id) if record_id is not None else ""
        if record_id is None or not self.writable or not question:
            return
        reason = ask_delete_reason(self, self.texts.delete_title, question)
        if reason is None:
            return
        outcome: list[object] = []
        if self.write(lambda s: outcome.append(self.delete_record(s, record_id, reason))):
            self.after_delete(outcome[0] if outcome else None)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.setCurrentIndex(index)
        self.build_menu().exec(self.table.viewport().mapToGlobal(pos))

    def menu_item(
        self, menu: QMenu, text: str, slot: Callable[[], None], *, writes: bool = True
    ) -> QAction:
        """A context-menu entry, disabled on a read-only register when it writes."""
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        action.setEnabled(self.writable or not writes)
        return action

    def build_menu(self) -> QMenu:
        """The selected row's menu; what cannot be done now is shown disabled."""
        menu = QMenu(self)
        menu.setAccessibleName(self.texts.menu_name)
        self.menu_actions(menu)
        return menu
