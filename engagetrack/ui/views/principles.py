"""The Principles tab: who implements which of the eleven principles, and on what evidence."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from engagetrack.services import queries_principles as queries
from engagetrack.store.database import Database
from engagetrack.ui.bus import DataBus
from engagetrack.ui.dialogs.assessment_editor import AssessmentEditor
from engagetrack.ui.i18n import language
from engagetrack.ui.models.principles_matrix import (
    TINTS,
    PrinciplesMatrixModel,
    PrinciplesTotalsModel,
    short_label,
)
from engagetrack.ui.tasks import run_in_background
from engagetrack.ui.views.base import View
from engagetrack.ui.widgets import RecordTable, debounced, is_dark

NAME_WIDTH, CELL_WIDTH = 280, 100


class PrinciplesView(View):
    def __init__(self, db: Database, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(db, bus, parent)
        with db.read() as session:
            principles = queries.principles(session, language())
        self.model = PrinciplesMatrixModel(db, principles, self)
        self.totals_model = PrinciplesTotalsModel(principles, self)
        self._keep: tuple[int, int] | None = None

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter organizations by name…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Filter organizations"))
        self.endorsers_only = QCheckBox(self.tr("&Endorsers only"), self)
        self.endorsers_only.setAccessibleName(self.tr("Show endorsers only"))
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Number of organizations shown"))
        swatches = [
            f'<span style="background-color:{tints[1] if is_dark() else tints[0]}">'
            f"&nbsp;{short_label(status)}&nbsp;</span>"
            for status, tints in TINTS.items()
        ]
        key = self.tr("Key:") + " " + " ".join(swatches) + " &nbsp;— " + self.tr("not assessed")
        if not self.writable:
            key += (
                " &nbsp;·&nbsp; <b>" + self.tr("Read-only: assessments cannot be changed.") + "</b>"
            )
        legend = QLabel(key, self)
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setToolTip(self.tr("Cell text gives the status; the tint repeats it."))
        self.legend = legend

        self.table = RecordTable(self.tr("Principle matrix"), self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setAlternatingRowColors(False)
        self.table.setMouseTracking(True)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, NAME_WIDTH)
        for column in range(1, self.model.columnCount()):
            self.table.setColumnWidth(column, CELL_WIDTH)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

        self.totals = QTableView(self)
        self.totals.setModel(self.totals_model)
        self.totals.setAccessibleName(self.tr("Totals per principle"))
        self.totals.horizontalHeader().setVisible(False)
        self.totals.verticalHeader().setVisible(False)
        self.totals.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.totals.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.totals.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.totals.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        row_height = self.table.verticalHeader().defaultSectionSize()
        self.totals.verticalHeader().setDefaultSectionSize(row_height)
        self.totals.setFixedHeight(row_height + 2 * self.totals.frameWidth())
        font = self.totals.font()
        font.setBold(True)
        self.totals.setFont(font)
        self._sync_columns()

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.endorsers_only)
        top.addStretch(1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addWidget(legend)

        self._typing = debounced(self, self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        self.endorsers_only.toggled.connect(lambda _on: self.apply_filter())
        self.table.open_requested.connect(self.edit_cell)
        self.model.reloaded.connect(self._reloaded)
        header.sectionResized.connect(lambda *_: self._sync_columns())
        self.table.horizontalScrollBar().valueChanged.connect(
            self.totals.horizontalScrollBar().setValue
        )
        self.refresh()

    # --- View contract ------------------------------------------------------------------
    def refresh(self) -> None:
        self._keep = self._keep or self._current()
        self.model.reload()

    def show_record(self, entity: str, record_id: int) -> bool:
        if entity != "assessment":
            return False
        with self.db.read() as session:
            where = queries.locate(session, record_id)
        if where is None:
            return False
        org_id, number = where
        self._keep = (org_id, number)
        if self.model.row_of(org_id) is None:
            self.search.clear()
            self.endorsers_only.setChecked(False)
            self.apply_filter()
        self._restore()
        return True

    # --- filtering ----------------------------------------------------------------------
    def apply_filter(self) -> None:
        self._typing.stop()
        self._keep = self._keep or self._current()
        self.model.set_filter(self.search.text().strip(), self.endorsers_only.isChecked())

    def _reloaded(self, n: int) -> None:
        self.count.setText(self.tr("%Ln organization(s)", "", n))
        self._restore()
        db, search, endorsers_only = self.db, self.model.search, self.model.endorsers_only

        def work(_report: Any) -> dict[int, tuple[int, int]]:
            with db.read() as session:
                return queries.totals(session, search=search, endorsers_only=endorsers_only)

        def done(totals: dict[int, tuple[int, int]]) -> None:
            if shiboken6.isValid(self.totals_model):  # the tab may have closed meanwhile
                self.totals_model.set_totals(totals)

        run_in_background(work, on_done=done)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        # the stretching name column settles after the layout: line the totals up then
        QTimer.singleShot(0, self._sync_columns)

    def _sync_columns(self) -> None:
        frame = (
            self.table.verticalHeader().width() if self.table.verticalHeader().isVisible() else 0
        )
        for column in range(self.model.columnCount()):
            width = self.table.columnWidth(column) + (frame if column == 0 else 0)
            self.totals.setColumnWidth(column, width)

    # --- cells --------------------------------------------------------------------------
    def _current(self) -> tuple[int, int] | None:
        index = self.table.currentIndex()
        org_id = self.model.id_at(index.row()) if index.isValid() else None
        return None if org_id is None else (org_id, max(index.column(), 0))

    def _restore(self) -> None:
        if self._keep is None:
            return
        org_id, number = self._keep
        row = self.model.row_of(org_id)
        if row is not None:
            index = self.model.index(row, number)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        self._keep = None

    def edit_cell(self, index: QModelIndex) -> None:
        p = self.model.principle_at(index.column())
        org_id = self.model.id_at(index.row())
        row = self.model.row_values(index.row()) if org_id is not None else None
        if p is None or row is None or org_id is None:
            return
        if not self.writable:
            return
        self._keep = (org_id, index.column())  # the bus reloads the matrix once it is written
        editor = AssessmentEditor(self, org_id, row.name, p, row.cells.get(p.number))
        if not editor.exec():
            self._keep = None
        editor.deleteLater()
