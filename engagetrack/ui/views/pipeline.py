"""The Pipeline tab: a card per organization in its stage's column; moving a card records it."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engagetrack.domain.vocabularies import PIPELINE_STAGES, Priority, Stage
from engagetrack.services import choices
from engagetrack.services import queries_pipeline as queries
from engagetrack.services.queries_pipeline import Board, Filters
from engagetrack.store.database import Database
from engagetrack.ui.bus import DataBus
from engagetrack.ui.dialogs.stage_dialog import StageChangeDialog
from engagetrack.ui.i18n import arg, vocab_label
from engagetrack.ui.models.pipeline_board import (
    PipelineTableModel,
)
from engagetrack.ui.resources import icon
from engagetrack.ui.tasks import run_in_background
from engagetrack.ui.views.base import View
from engagetrack.ui.views.pipeline_columns import StageColumn
from engagetrack.ui.widgets import RecordTable, debounced

ASIDE = (Stage.DECLINED, Stage.ON_HOLD)
TABLE_WIDTHS = {
    "name": 320,
    "stage": 120,
    "priority": 90,
    "lead_official": 200,
    "stage_since": 190,
    "next_due": 170,
}


class PipelineView(View):
    board_loaded = Signal()

    def __init__(self, db: Database, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(db, bus, parent)
        self._generation = 0
        self._keep: int | None = None
        self._focus_after_load = False

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter organizations by name…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Filter organizations"))
        self.lead_filter = QComboBox(self)
        self.lead_filter.setAccessibleName(self.tr("Lead official filter"))
        self.lead_filter.addItem(self.tr("All lead officials"), None)
        self.priority_filter = QComboBox(self)
        self.priority_filter.setAccessibleName(self.tr("Priority filter"))
        self.priority_filter.addItem(self.tr("All priorities"), None)
        for priority in Priority:
            self.priority_filter.addItem(vocab_label(priority), priority.value)
        self.board_button = QToolButton(self)
        self.board_button.setText(self.tr("&Board"))
        self.board_button.setIcon(icon("pipeline-board"))
        self.board_button.setAccessibleName(self.tr("Show as board"))
        self.table_button = QToolButton(self)
        self.table_button.setText(self.tr("&Table"))
        self.table_button.setIcon(icon("pipeline-table"))
        self.table_button.setAccessibleName(self.tr("Show as table"))
        modes = QButtonGroup(self)
        for button in (self.board_button, self.table_button):
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            modes.addButton(button)
        self.board_button.setChecked(True)
        self.hint = QLabel(
            self.tr("Drag a card, or select it and press Ctrl+→ / Ctrl+←, to change its stage.")
            if self.writable
            else self.tr("This register is open read-only: stages cannot be changed."),
            self,
        )
        self.hint.setWordWrap(True)

        # --- board -----------------------------------------------------------------------
        self.columns: dict[Stage, StageColumn] = {
            s: StageColumn(s, self, movable=self.writable) for s in Stage
        }
        board = QWidget(self)
        line = QHBoxLayout(board)
        line.setContentsMargins(0, 0, 0, 0)
        for stage in PIPELINE_STAGES:
            line.addWidget(self.columns[stage], 1)
        separator = QFrame(board)
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        line.addSpacing(6)
        line.addWidget(separator)
        line.addSpacing(6)
        aside = QVBoxLayout()
        off_line = QLabel(self.tr("Off the line"), board)
        off_line.setEnabled(False)
        aside.addWidget(off_line)
        for stage in ASIDE:
            aside.addWidget(self.columns[stage], 1)
        line.addLayout(aside, 1)
        for column in self.columns.values():
            column.model.drop_requested.connect(self._dropped)
            column.list.move_requested.connect(self._step)
            column.list.open_requested.connect(
                lambda org: self.open_record.emit("organization", org)
            )
            column.list.customContextMenuRequested.connect(
                lambda pos, c=column: self._card_menu(c, pos)
            )

        # --- table -----------------------------------------------------------------------
        self.table_model = PipelineTableModel(db, self)
        self.table = RecordTable(self.tr("Organizations in the pipeline"), self)
        self.table.setModel(self.table_model)
        for key, width in TABLE_WIDTHS.items():
            self.table.setColumnWidth(self.table_model.column_of(key), width)
        self.table.sortByColumn(
            self.table_model.column_of("stage_since"), Qt.SortOrder.AscendingOrder
        )
        self.table.open_requested.connect(self._open_table_row)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(board)
        self.stack.addWidget(self.table)
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Number of organizations shown"))

        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.lead_filter)
        bar.addWidget(self.priority_filter)
        bar.addSpacing(12)
        bar.addWidget(self.board_button)
        bar.addWidget(self.table_button)
        bar.addStretch(1)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.hint)
        layout.addWidget(self.stack, 1)

        self._typing = debounced(self, self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        self.lead_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.priority_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.board_button.toggled.connect(self._mode_changed)
        self.refresh()

    # --- View contract ------------------------------------------------------------------
    def refresh(self) -> None:
        self._load_leads()
        self.load_board()
        if self.stack.currentWidget() is self.table:
            self.table_model.reload()

    def show_record(self, entity: str, record_id: int) -> bool:
        return False  # organizations open on their own tab; the board follows along

    # --- loading ------------------------------------------------------------------------
    def filters(self) -> Filters:
        priority = self.priority_filter.currentData()
        return Filters(
            search=self.search.text().strip(),
            lead_official=self.lead_filter.currentData(),
            priority=Priority(priority) if priority else None,
        )

    def apply_filters(self) -> None:
        self._typing.stop()
        self.load_board()
        f = self.filters()
        self.table_model.set_query(
            f.search,
            {"lead_official": f.lead_official, "priority": f.priority},
        )

    def load_board(self) -> None:
        self._generation += 1
        generation, db, filters = self._generation, self.db, self.filters()

        def work(_report: Any) -> Board:
            with db.read() as session:
                return queries.board(session, filters)

        def done(board: Board) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._show_board(board)

        run_in_background(work, on_done=done, on_error=lambda exc: self.count.setText(str(exc)))

    def _show_board(self, board: Board) -> None:
        for stage, column in self.columns.items():
            column.set_cards(board.cards.get(stage, []), board.totals.get(stage, 0))
        total = sum(board.totals.values())
        self.count.setText(self.tr("%Ln organization(s)", "", total))
        if self._keep is not None:
            self.select_card(self._keep, focus=self._focus_after_load)
            self._keep = None
            self._focus_after_load = False
        self.board_loaded.emit()

    def _load_leads(self) -> None:
        db = self.db

        def work(_report: Any) -> list[str]:
            with db.read() as session:
                return choices.lead_officials(session)

        def done(leads: list[str]) -> None:
            if not shiboken6.isValid(self):
                return
            current = self.lead_filter.currentData()
            self.lead_filter.blockSignals(True)
            self.lead_filter.clear()
            self.lead_filter.addItem(self.tr("All lead officials"), None)
            for lead in leads:
                self.lead_filter.addItem(lead, lead)
            self.lead_filter.setCurrentIndex(max(0, self.lead_filter.findData(current)))
            self.lead_filter.blockSignals(False)

        run_in_background(work, on_done=done)

    def _mode_changed(self, board: bool) -> None:
        self.stack.setCurrentIndex(0 if board else 1)
        if not board:
            self.apply_filters()
            self.table_model.reload()

    # --- cards --------------------------------------------------------------------------
    def column_of(self, org_id: int) -> StageColumn | None:
        for column in self.columns.values():
            if column.model.row_of(org_id) is not None:
                return column
        return None

    def select_card(self, org_id: int, *, focus: bool = False) -> bool:
        column = self.column_of(org_id)
        if column is None:
            return False
        row = column.model.row_of(org_id)
        assert row is not None
        index = column.model.index(row, 0)
        column.list.setCurrentIndex(index)
        column.list.scrollTo(index)
        if focus:
            column.list.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _step(self, org_id: int, step: int) -> None:
        column = self.column_of(org_id)
        if column is None:
            return
        stage = column.stage
        target = stage.next_stage() if step > 0 else stage.previous_stage()
        if target is None:
            self.hint.setText(
                arg(
                    self.tr(
                        "%1 has no stage that way; use the card's menu (Shift+F10) to move it."
                    ),
                    vocab_label(stage),
                )
            )
            return
        self.request_move(org_id, target)

    def _dropped(self, org_id: int, stage_code: str) -> None:
        # after the drag has ended, never inside it: a dialog in a drop handler is fragile
        QTimer.singleShot(0, lambda: self.request_move(org_id, Stage(stage_code)))

    def request_move(self, org_id: int, target: Stage) -> bool:
        """Ask for the date and a note, then write the stage change; False when cancelled."""
        if not self.writable:
            return False
        with self.db.read() as session:
            card = queries.card(session, org_id)
        if card is None or card.stage == target:
            return False
        dialog = StageChangeDialog(self, org_id, card.name, card.stage, target, card.stage_since)
        self._keep = org_id  # the bus reloads the board once the move is written
        self._focus_after_load = True
        moved = bool(dialog.exec())
        dialog.deleteLater()
        if not moved:
            self._keep = None
            self._focus_after_load = False
            self.select_card(org_id, focus=True)
            self.select_card(org_id, focus=True)
        return moved

    def _card_menu(self, column: StageColumn, pos: QPoint) -> None:
        index = column.list.indexAt(pos)
        if not index.isValid():
            index = column.list.currentIndex()
        if not index.isValid():
            return
        column.list.setCurrentIndex(index)
        self.card_menu(column.model.cards[index.row()].id, column.stage).exec(
            column.list.viewport().mapToGlobal(column.list.visualRect(index).center())
        )

    def card_menu(self, org_id: int, current: Stage) -> QMenu:
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Card actions"))
        move = menu.addMenu(icon("pipeline-move"), self.tr("&Move to"))
        move.setEnabled(self.writable)
        for stage in Stage:
            action = move.addAction(vocab_label(stage))
            action.setEnabled(stage != current)
            action.triggered.connect(lambda _c=False, s=stage: self.request_move(org_id, s))
        menu.addAction(
            self.tr("&Open organization"), lambda: self.open_record.emit("organization", org_id)
        )
        return menu

    def _open_table_row(self, index: QModelIndex) -> None:
        org_id = self.table_model.id_at(index.row())
        if org_id is not None:
            self.open_record.emit("organization", org_id)
