"""The Meetings tab: every bilateral, roundtable and ministerial, filterable, with editors."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engagetrack.domain.validation import ValidationError
from engagetrack.domain.vocabularies import MeetingKind
from engagetrack.services import meetings as meeting_service
from engagetrack.services import queries_commitments
from engagetrack.services.listing import effective_search
from engagetrack.store.database import Database
from engagetrack.store.errors import StoreError
from engagetrack.ui.editors.commitment_editor import CommitmentEditor
from engagetrack.ui.editors.meeting_editor import MeetingEditor
from engagetrack.ui.editors.widgets import IdCombo, OptionalDateEdit, RecordTable, debounced
from engagetrack.ui.i18n import vocab_label
from engagetrack.ui.models.meetings_table import MeetingsModel
from engagetrack.ui.tasks import run_in_background
from engagetrack.ui.views.base import DataBus, View


class MeetingsView(View):
    def __init__(self, db: Database, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(db, bus, parent)
        self.model = MeetingsModel(db, self)
        self._keep_id: int | None = None

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search title, lead, location…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search meetings"))
        self.date_from = OptionalDateEdit(self.tr("From"), self)
        self.date_from.set_accessible(self.tr("Held from"))
        self.date_from.edit.set_value(date.today() - timedelta(days=365))
        self.date_to = OptionalDateEdit(self.tr("to"), self)
        self.date_to.set_accessible(self.tr("Held to"))
        self.kind_filter = QComboBox(self)
        self.kind_filter.setAccessibleName(self.tr("Kind filter"))
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in MeetingKind:
            self.kind_filter.addItem(vocab_label(kind), kind.value)
        self.org_filter = IdCombo(
            self.tr("Organization filter"), none_label=self.tr("All organizations"), parent=self
        )
        self.org_filter.setMinimumContentsLength(18)
        self.clear_filters = QPushButton(self.tr("C&lear filters"), self)
        self.clear_filters.setAccessibleName(self.tr("Clear filters"))

        self.new_button = QPushButton(self.tr("&New meeting…"), self)
        self.new_button.setAccessibleName(self.tr("New meeting"))
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setAccessibleName(self.tr("Edit meeting"))
        self.commitment_button = QPushButton(self.tr("Add &commitment from this meeting…"), self)
        self.commitment_button.setAccessibleName(self.tr("Add commitment from this meeting"))
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.setAccessibleName(self.tr("Delete meeting"))

        self.table = RecordTable(self.tr("Meetings"), self)
        self.table.setModel(self.model)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in enumerate((170, 330, 110, 300, 150, 130, 130, 120)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Number of meetings shown"))

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.date_from)
        filters.addWidget(self.date_to)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.org_filter, 1)
        filters.addWidget(self.clear_filters)
        actions = QHBoxLayout()
        for widget in (
            self.new_button,
            self.edit_button,
            self.commitment_button,
            self.delete_button,
        ):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)

        self._typing = debounced(self, self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.org_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.date_from.changed.connect(self.apply_filters)
        self.date_to.changed.connect(self.apply_filters)
        self.clear_filters.clicked.connect(self.reset_filters)
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_selected)
        self.commitment_button.clicked.connect(self.add_commitment)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.open_requested.connect(lambda _i: self.edit_selected())
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.model.reloaded.connect(self._reloaded)
        self.model.failed.connect(self.count.setText)
        self.table.delete_requested.connect(self.delete_selected)
        self._update_buttons()
        self.refresh()

    # --- View contract ------------------------------------------------------------------
    def refresh(self) -> None:
        self._keep_id = self.current_id() or self._keep_id
        self._load_choices()
        self.model.reload()

    def show_record(self, entity: str, record_id: int) -> bool:
        if entity != "meeting":
            return False
        self._keep_id = record_id
        if self.model.row_of(record_id) is not None:
            self._select(record_id)
        else:
            self.reset_filters()
            self.model.reload()
        return True

    # --- filters ------------------------------------------------------------------------
    def _load_choices(self) -> None:
        db = self.db

        def work(_report: Any) -> list[tuple[int, str]]:
            with db.read() as session:
                return queries_commitments.organization_choices(session, include_archived=True)

        run_in_background(work, on_done=self._fill_choices)

    def _fill_choices(self, orgs: list[tuple[int, str]]) -> None:
        try:
            current = self.org_filter.current_id()
        except RuntimeError:  # the tab was closed while the choices loaded
            return
        self.org_filter.blockSignals(True)
        self.org_filter.set_choices(orgs, current)
        self.org_filter.blockSignals(False)

    def filters(self) -> dict[str, Any]:
        return {
            "date_from": self.date_from.value(),
            "date_to": self.date_to.value(),
            "kind": self.kind_filter.currentData(),
            "organization_id": self.org_filter.current_id(),
        }

    def apply_filters(self) -> None:
        self._typing.stop()
        self.model.set_query(effective_search(self.search.text()), self.filters())

    def reset_filters(self) -> None:
        for widget in (self.search, self.kind_filter, self.org_filter):
            widget.blockSignals(True)
        self.search.clear()
        self.kind_filter.setCurrentIndex(0)
        self.org_filter.set_current_id(None)
        for widget in (self.search, self.kind_filter, self.org_filter):
            widget.blockSignals(False)
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(True)
            edit.set_value(None)
            edit.blockSignals(False)
        self.apply_filters()

    # --- selection ----------------------------------------------------------------------
    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def _select(self, record_id: int) -> None:
        row = self.model.row_of(record_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index)

    def _reloaded(self, n: int) -> None:
        self.count.setText(
            self.tr("1 meeting") if n == 1 else self.tr("{0} meetings").format(f"{n:,}")
        )
        if self._keep_id is not None:
            self._select(self._keep_id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.current_id() is not None
        for widget in (self.edit_button, self.commitment_button, self.delete_button):
            widget.setEnabled(has)

    # --- actions ------------------------------------------------------------------------
    def new_record(self) -> None:
        editor = MeetingEditor(self.db, self.bus, self)
        if editor.exec() and editor.meeting_id is not None:
            self.show_record("meeting", editor.meeting_id)
        editor.deleteLater()

    def edit_selected(self) -> None:
        record_id = self.current_id()
        if record_id is None:
            return
        editor = MeetingEditor(self.db, self.bus, self, meeting_id=record_id)
        editor.exec()
        editor.deleteLater()

    def add_commitment(self) -> None:
        record_id = self.current_id()
        if record_id is None:
            return
        editor = CommitmentEditor(self.db, self.bus, self, meeting_id=record_id)
        if editor.exec() and editor.commitment_id is not None:
            self.open_record.emit("commitment", editor.commitment_id)
        editor.deleteLater()

    def delete_selected(self) -> None:
        record_id = self.current_id()
        if record_id is None:
            return
        row = self.model.row_values(self.table.currentIndex().row()) or ()
        title = f"{row[0]} {row[1]}" if len(row) > 1 else ""
        answer = QMessageBox.question(
            self,
            self.tr("Delete meeting"),
            self.tr(
                "Delete the meeting “{0}”? Commitments made there are kept, without the link."
            ).format(title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.db.write() as session:
                meeting_service.delete(session, record_id)
        except (ValidationError, StoreError) as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), str(exc))
            return
        self._keep_id = None
        self.bus.changed.emit("meeting")

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.setCurrentIndex(index)
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Meeting actions"))
        menu.addAction(self.tr("&Edit…"), self.edit_selected)
        menu.addAction(self.tr("Add &commitment from this meeting…"), self.add_commitment)
        menu.addSeparator()
        menu.addAction(self.tr("&Delete…"), self.delete_selected)
        menu.exec(self.table.viewport().mapToGlobal(pos))
