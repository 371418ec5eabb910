"""The Commitments tab: who promised what by when, with overdue work standing out."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction
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
from engagetrack.domain.vocabularies import CommitmentStatus
from engagetrack.services import commitments as commitment_service
from engagetrack.services import queries_commitments as queries
from engagetrack.services.listing import effective_search
from engagetrack.store.database import Database
from engagetrack.store.errors import StoreError
from engagetrack.ui.editors.commitment_editor import CommitmentEditor
from engagetrack.ui.editors.widgets import IdCombo, OptionalDateEdit, RecordTable, debounced
from engagetrack.ui.i18n import vocab_label
from engagetrack.ui.models.commitments_table import CommitmentsModel
from engagetrack.ui.tasks import run_in_background
from engagetrack.ui.undo import record
from engagetrack.ui.views.base import DataBus, View

_ALL, _ACTIVE, _OVERDUE, _SOON = "all", "active", "overdue", "soon"


class CommitmentsView(View):
    def __init__(self, db: Database, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(db, bus, parent)
        self.model = CommitmentsModel(db, self)
        self._keep_id: int | None = None

        # --- filters -------------------------------------------------------------------
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search description, owner, organization…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search commitments"))
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.addItem(self.tr("All statuses"), _ALL)
        self.status_filter.addItem(self.tr("Open or in progress"), _ACTIVE)
        self.status_filter.addItem(self.tr("Overdue"), _OVERDUE)
        self.status_filter.addItem(self.tr("Due in the next 30 days"), _SOON)
        for status in CommitmentStatus:
            self.status_filter.addItem(vocab_label(status), status.value)
        self.owner_filter = QComboBox(self)
        self.owner_filter.setAccessibleName(self.tr("Owner filter"))
        self.owner_filter.addItem(self.tr("All owners"), None)
        self.org_filter = IdCombo(
            self.tr("Organization filter"), none_label=self.tr("All organizations"), parent=self
        )
        self.org_filter.setMinimumContentsLength(18)
        self.due_from = OptionalDateEdit(self.tr("Due from"), self)
        self.due_from.set_accessible(self.tr("Due from"))
        self.due_to = OptionalDateEdit(self.tr("to"), self)
        self.due_to.set_accessible(self.tr("Due to"))
        self.clear_filters = QPushButton(self.tr("C&lear filters"), self)
        self.clear_filters.setAccessibleName(self.tr("Clear filters"))

        # --- actions -------------------------------------------------------------------
        self.new_button = QPushButton(self.tr("&New commitment…"), self)
        self.new_button.setAccessibleName(self.tr("New commitment"))
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setAccessibleName(self.tr("Edit commitment"))
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.setAccessibleName(self.tr("Delete commitment"))
        self.quick_status = QComboBox(self)
        self.quick_status.setAccessibleName(self.tr("Set status of the selected commitment"))
        self.quick_status.setToolTip(self.tr("Set the status of the selected commitment"))
        self.quick_status.addItem(self.tr("Set status…"), None)
        for status in CommitmentStatus:
            self.quick_status.addItem(vocab_label(status), status.value)

        self.table = RecordTable(self.tr("Commitments"), self)
        self.table.setModel(self.model)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in enumerate((265, 100, 230, 360, 120, 70, 220, 100, 130)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Number of commitments shown"))

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.owner_filter)
        filters.addWidget(self.org_filter, 1)
        filters.addWidget(self.due_from)
        filters.addWidget(self.due_to)
        filters.addWidget(self.clear_filters)
        actions = QHBoxLayout()
        for widget in (self.new_button, self.edit_button, self.delete_button):
            actions.addWidget(widget)
        actions.addSpacing(16)
        actions.addWidget(self.quick_status)
        actions.addStretch(1)
        actions.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)

        # --- wiring --------------------------------------------------------------------
        self._typing = debounced(self, self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        for combo in (self.status_filter, self.owner_filter, self.org_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.due_from.changed.connect(self.apply_filters)
        self.due_to.changed.connect(self.apply_filters)
        self.clear_filters.clicked.connect(self.reset_filters)
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.quick_status.activated.connect(self._quick_status_chosen)
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
        if entity != "commitment":
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

        def work(_report: Any) -> tuple[list[str], list[tuple[int, str]]]:
            with db.read() as session:
                return queries.owners(session), queries.organization_choices(
                    session, include_archived=True
                )

        run_in_background(work, on_done=self._fill_choices)

    def _fill_choices(self, result: tuple[list[str], list[tuple[int, str]]]) -> None:
        owners, orgs = result
        try:
            owner = self.owner_filter.currentData()
            org = self.org_filter.current_id()
        except RuntimeError:  # the tab was closed while the choices loaded
            return
        self.owner_filter.blockSignals(True)
        self.owner_filter.clear()
        self.owner_filter.addItem(self.tr("All owners"), None)
        for name in owners:
            self.owner_filter.addItem(name, name)
        self.owner_filter.setCurrentIndex(max(0, self.owner_filter.findData(owner)))
        self.owner_filter.blockSignals(False)
        self.org_filter.blockSignals(True)
        self.org_filter.set_choices(orgs, org)
        self.org_filter.blockSignals(False)

    def filters(self) -> dict[str, Any]:
        today = date.today()
        state = self.status_filter.currentData()
        out: dict[str, Any] = {
            "text": effective_search(self.search.text()),
            "owner": self.owner_filter.currentData(),
            "organization_id": self.org_filter.current_id(),
            "due_from": self.due_from.value(),
            "due_to": self.due_to.value(),
        }
        if state == _ACTIVE:
            out["statuses"] = (CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS)
        elif state == _OVERDUE:
            out["overdue_on"] = today
        elif state == _SOON:
            out["due_soon_on"] = today
        elif state != _ALL:
            out["statuses"] = (CommitmentStatus(state),)
        return out

    def apply_filters(self) -> None:
        self._typing.stop()
        self.model.set_filters(self.filters())

    def reset_filters(self) -> None:
        for widget in (self.search, self.status_filter, self.owner_filter, self.org_filter):
            widget.blockSignals(True)
        self.search.clear()
        self.status_filter.setCurrentIndex(0)
        self.owner_filter.setCurrentIndex(0)
        self.org_filter.set_current_id(None)
        for widget in (self.search, self.status_filter, self.owner_filter, self.org_filter):
            widget.blockSignals(False)
        self.due_from.set_value(None)
        self.due_to.set_value(None)
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
            self.tr("1 commitment") if n == 1 else self.tr("{0} commitments").format(f"{n:,}")
        )
        if self._keep_id is not None:
            self._select(self._keep_id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.current_id() is not None
        for widget in (self.edit_button, self.delete_button, self.quick_status):
            widget.setEnabled(has)

    # --- actions ------------------------------------------------------------------------
    def new_record(self) -> None:
        editor = CommitmentEditor(
            self.db, self.bus, self, organization_id=self.org_filter.current_id()
        )
        if editor.exec():
            self.show_record("commitment", editor.commitment_id or 0)
        editor.deleteLater()

    def edit_selected(self) -> None:
        record_id = self.current_id()
        if record_id is None:
            return
        editor = CommitmentEditor(self.db, self.bus, self, commitment_id=record_id)
        editor.exec()
        editor.deleteLater()

    def set_status(self, status: CommitmentStatus) -> None:
        """The quick status change: one write; Done gets today's date from the service."""
        record_id = self.current_id()
        if record_id is None:
            return
        try:
            with self.db.write() as session:
                before = commitment_service.get(session, record_id)
                old = {"status": before.status, "completed_on": before.completed_on}
                commitment_service.set_status(session, record_id, status)
        except (ValidationError, StoreError) as exc:
            QMessageBox.warning(self, self.tr("Status not changed"), str(exc))
            return
        record(
            self.db,
            self.bus,
            "commitment",
            self.tr("Set status to %1").replace("%1", vocab_label(status)),
            lambda s: commitment_service.update(s, record_id, old),
            lambda s: commitment_service.set_status(s, record_id, status),
        )
        self._keep_id = record_id
        self.bus.changed.emit("commitment")

    def _quick_status_chosen(self, index: int) -> None:
        code = self.quick_status.itemData(index)
        self.quick_status.setCurrentIndex(0)
        if code is not None:
            self.set_status(CommitmentStatus(code))

    def delete_selected(self) -> None:
        record_id = self.current_id()
        if record_id is None:
            return
        row = self.model.row_values(self.table.currentIndex().row()) or ()
        description = str(row[3]) if len(row) > 3 else ""
        answer = QMessageBox.question(
            self,
            self.tr("Delete commitment"),
            self.tr("Delete the commitment “{0}”? This cannot be undone.").format(description),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.db.write() as session:
                commitment_service.delete(session, record_id)
        except (ValidationError, StoreError) as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), str(exc))
            return
        self._keep_id = None
        self.bus.changed.emit("commitment")

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.setCurrentIndex(index)
        self.build_menu().exec(self.table.viewport().mapToGlobal(pos))

    def build_menu(self) -> QMenu:
        """The row's menu: edit, quick status, jump to its organization, delete."""
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Commitment actions"))
        menu.addAction(self.tr("&Edit…"), self.edit_selected)
        status_menu = menu.addMenu(self.tr("Set &status"))
        current = self.model.status_of(self.table.currentIndex().row())
        for status in CommitmentStatus:
            action = QAction(vocab_label(status), status_menu)
            action.setCheckable(True)
            action.setChecked(status is current)
            action.triggered.connect(lambda _c=False, s=status: self.set_status(s))
            status_menu.addAction(action)
        menu.addAction(self.tr("Go to &organization"), self._go_to_organization)
        menu.addSeparator()
        menu.addAction(self.tr("&Delete…"), self.delete_selected)
        return menu

    def _go_to_organization(self) -> None:
        record_id = self.current_id()
        if record_id is None:
            return
        with self.db.read() as session:
            rec = queries.record(session, record_id)
        if rec is not None:
            self.open_record.emit("organization", rec.organization_id)

    def _index(self, row: int) -> QModelIndex:
        return self.model.index(row, 0)
