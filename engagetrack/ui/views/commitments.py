"""The Commitments tab: who promised what by when, with overdue work standing out."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QMenu, QWidget

from engagetrack.domain.rules import DUE_SOON_DAYS
from engagetrack.domain.vocabularies import ACTIVE_COMMITMENT_STATUSES, CommitmentStatus
from engagetrack.services import choices
from engagetrack.services import commitments as commitment_service
from engagetrack.services import queries_commitments as queries
from engagetrack.store.database import Database
from engagetrack.ui.bus import DataBus
from engagetrack.ui.dialogs.commitment_editor import CommitmentEditor
from engagetrack.ui.i18n import arg, vocab_label
from engagetrack.ui.models.commitments_table import CommitmentsModel
from engagetrack.ui.undo import UndoStep
from engagetrack.ui.views.table_tab import TableTab, TabTexts
from engagetrack.ui.widgets import OptionalDateEdit, first_item, refill_combo
from engagetrack.ui.write_op import write_op

if TYPE_CHECKING:
    from engagetrack.store.sessions import Session

_ALL, _ACTIVE, _OVERDUE, _SOON = "all", "active", "overdue", "soon"
COLUMN_WIDTHS = {
    "due_on": 265,
    "status": 100,
    "organization": 230,
    "description": 360,
    "owner": 120,
    "principle": 70,
    "meeting": 220,
    "completed_on": 100,
    "classification": 130,
}


class CommitmentsView(TableTab):
    entity = "commitment"

    def __init__(self, db: Database, bus: DataBus, parent: QWidget | None = None) -> None:
        texts = TabTexts(
            search_placeholder=self.tr("Search description, owner, organization…"),
            search_name=self.tr("Search commitments"),
            table_name=self.tr("Commitments"),
            count_name=self.tr("Number of commitments shown"),
            count=lambda n: self.tr("%Ln commitment(s)", "", n),
            menu_name=self.tr("Commitment actions"),
            delete_title=self.tr("Delete commitment"),
        )
        self.commitments = CommitmentsModel(db)
        super().__init__(db, bus, self.commitments, texts, parent)
        self.commitments.setParent(self)

        # --- filters -------------------------------------------------------------------
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.addItem(self.tr("All statuses"), _ALL)
        self.status_filter.addItem(self.tr("Open or in progress"), _ACTIVE)
        self.status_filter.addItem(self.tr("Overdue"), _OVERDUE)
        self.status_filter.addItem(arg(self.tr("Due in the next %1 days"), DUE_SOON_DAYS), _SOON)
        for status in CommitmentStatus:
            self.status_filter.addItem(vocab_label(status), status.value)
        self.owner_filter = QComboBox(self)
        self.owner_filter.setAccessibleName(self.tr("Owner filter"))
        self.owner_filter.addItem(self.tr("All owners"), None)
        self.due_from = OptionalDateEdit(self.tr("Due from"), self)
        self.due_from.set_accessible(self.tr("Due from"))
        self.due_to = OptionalDateEdit(self.tr("to"), self)
        self.due_to.set_accessible(self.tr("Due to"))
        for combo in (self.status_filter, self.owner_filter):
            self.add_filter(combo, combo.currentIndexChanged, first_item(combo))
        self.organization_filter = self.add_organization_filter()
        self.add_filter(self.due_from, self.due_from.changed, lambda: self.due_from.set_value(None))
        self.add_filter(self.due_to, self.due_to.changed, lambda: self.due_to.set_value(None))

        # --- actions -------------------------------------------------------------------
        self.new_button = self.add_button(
            self.tr("&New commitment…"),
            self.tr("New commitment"),
            self.new_record,
            needs_record=False,
        )
        self.edit_button = self.add_button(
            self.tr("&Edit…"), self.tr("Edit commitment"), self.edit_selected
        )
        self.delete_button = self.add_button(
            self.tr("&Delete…"), self.tr("Delete commitment"), self.delete_selected
        )
        self.quick_status = QComboBox(self)
        self.quick_status.setAccessibleName(self.tr("Set status of the selected commitment"))
        self.quick_status.setToolTip(self.tr("Set the status of the selected commitment"))
        self.quick_status.addItem(self.tr("Set status…"), None)
        for status in CommitmentStatus:
            self.quick_status.addItem(vocab_label(status), status.value)
        self.action_row.addSpacing(16)
        self.action_row.addWidget(self.quick_status)
        self.add_control(self.quick_status)
        self.quick_status.activated.connect(self._quick_status_chosen)
        self.lay_out_columns(COLUMN_WIDTHS, stretch="description", sort="due_on")
        self.finish_layout()
        self.refresh()

    # --- filters ------------------------------------------------------------------------
    def extra_choices(self, session: Session) -> list[str]:
        return choices.commitment_owners(session)

    def fill_extra_choices(self, found: Any) -> None:
        refill_combo(self.owner_filter, self.tr("All owners"), found)

    def query(self) -> tuple[str, dict[str, Any]]:
        # the listing matches its text through a filter of its own (description, owner, name)
        search, filters = super().query()
        return "", {"text": search, **filters}

    def filters(self) -> dict[str, Any]:
        today = date.today()
        state = self.status_filter.currentData()
        out: dict[str, Any] = {
            "owner": self.owner_filter.currentData(),
            "organization_id": self.organization_filter.current_id(),
            "due_from": self.due_from.value(),
            "due_to": self.due_to.value(),
        }
        if state == _ACTIVE:
            out["statuses"] = ACTIVE_COMMITMENT_STATUSES
        elif state == _OVERDUE:
            out["overdue_on"] = today
        elif state == _SOON:
            out["due_soon_on"] = today
        elif state != _ALL:
            out["statuses"] = (CommitmentStatus(state),)
        return out

    # --- actions ------------------------------------------------------------------------
    def new_record(self) -> None:
        if not self.writable:
            return
        editor = CommitmentEditor(self, organization_id=self.organization_filter.current_id())
        if editor.exec() and editor.commitment_id is not None:
            self.show_record("commitment", editor.commitment_id)
        editor.deleteLater()

    def edit_selected(self) -> None:
        record_id = self.current_id()
        if record_id is None or not self.writable:
            return
        self._keep_id = record_id
        editor = CommitmentEditor(self, record_id)
        editor.exec()
        editor.deleteLater()

    def set_status(self, status: CommitmentStatus) -> None:
        """The quick status change: one write; Done gets today's date from the service."""
        record_id = self.current_id()
        if record_id is None or not self.writable:
            return
        old: dict[str, Any] = {}

        def action(session: Session) -> object:
            before = commitment_service.get(session, record_id)
            old.update(status=before.status, completed_on=before.completed_on)
            return commitment_service.set_status(session, record_id, status)

        self._keep_id = record_id
        write_op(
            self,
            self.db,
            self.bus,
            action,
            entity="commitment",
            title=self.tr("Status not changed"),
            undo=lambda _r: UndoStep(
                arg(self.tr("Set status to %1"), vocab_label(status)),
                lambda s: commitment_service.update(s, record_id, old),
                lambda s: commitment_service.set_status(s, record_id, status),
            ),
        )

    def _quick_status_chosen(self, index: int) -> None:
        code = self.quick_status.itemData(index)
        self.quick_status.setCurrentIndex(0)
        if code is not None:
            self.set_status(CommitmentStatus(code))

    def delete_question(self, record_id: int) -> str:
        row = self.model.row_values(self.table.currentIndex().row())
        description = str(self.model.value(row, "description")) if row else ""
        return arg(self.tr("Delete the commitment “%1”? This cannot be undone."), description)

    def delete_record(self, session: Session, record_id: int, reason: str) -> object:
        commitment_service.delete(session, record_id, reason=reason)
        return None

    def menu_actions(self, menu: QMenu) -> None:
        """The row's menu: edit, quick status, jump to its organization, delete."""
        self.menu_item(menu, self.tr("&Edit…"), self.edit_selected)
        status_menu = menu.addMenu(self.tr("Set &status"))
        status_menu.setEnabled(self.writable)
        current = self.commitments.status_of(self.table.currentIndex().row())
        for status in CommitmentStatus:
            action = QAction(vocab_label(status), status_menu)
            action.setCheckable(True)
            action.setChecked(status is current)
            action.triggered.connect(lambda _c=False, s=status: self.set_status(s))
            status_menu.addAction(action)
        self.menu_item(menu, self.tr("Go to &organization"), self._go_to_organization, writes=False)
        menu.addSeparator()
        self.menu_item(menu, self.tr("&Delete…"), self.delete_selected)

    def _go_to_organization(self) -> None:
        record_id = self.current_id()
        if record_id is None:
            return
        with self.db.read() as session:
            rec = queries.commitment_record(session, record_id)
        if rec is not None:
            self.open_record.emit("organization", rec.organization_id)
