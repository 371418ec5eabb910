"""The Meetings tab: every bilateral, roundtable and ministerial, filterable, with editors."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QMenu, QWidget

from engagetrack.domain.vocabularies import MeetingKind
from engagetrack.services import meetings as meeting_service
from engagetrack.store.database import Database
from engagetrack.ui.bus import DataBus
from engagetrack.ui.dialogs.commitment_editor import CommitmentEditor
from engagetrack.ui.dialogs.meeting_editor import MeetingEditor
from engagetrack.ui.i18n import arg, vocab_label
from engagetrack.ui.models.meetings_table import MeetingsModel
from engagetrack.ui.views.table_tab import TableTab, TabTexts
from engagetrack.ui.widgets import OptionalDateEdit, first_item

if TYPE_CHECKING:
    from engagetrack.store.sessions import Session

SHOWN_AT_FIRST_DAYS = 365  # the Held-from filter starts a year back: the recent past first
COLUMN_WIDTHS = {
    "held_on": 170,
    "title": 330,
    "kind": 110,
    "organizations": 300,
    "lead": 150,
    "location": 130,
    "principles": 130,
    "classification": 120,
}


class MeetingsView(TableTab):
    entity = "meeting"

    def __init__(self, db: Database, bus: DataBus, parent: QWidget | None = None) -> None:
        texts = TabTexts(
            search_placeholder=self.tr("Search title, lead, location…"),
            search_name=self.tr("Search meetings"),
            table_name=self.tr("Meetings"),
            count_name=self.tr("Number of meetings shown"),
            count=lambda n: self.tr("%Ln meeting(s)", "", n),
            menu_name=self.tr("Meeting actions"),
            delete_title=self.tr("Delete meeting"),
        )
        super().__init__(db, bus, MeetingsModel(db), texts, parent)
        self.model.setParent(self)
        self.date_from = OptionalDateEdit(self.tr("From"), self)
        self.date_from.set_accessible(self.tr("Held from"))
        self.date_from.edit.set_value(date.today() - timedelta(days=SHOWN_AT_FIRST_DAYS))
        self.date_to = OptionalDateEdit(self.tr("to"), self)
        self.date_to.set_accessible(self.tr("Held to"))
        self.kind_filter = QComboBox(self)
        self.kind_filter.setAccessibleName(self.tr("Kind filter"))
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in MeetingKind:
            self.kind_filter.addItem(vocab_label(kind), kind.value)
        self.add_filter(
            self.date_from, self.date_from.changed, lambda: self.date_from.set_value(None)
        )
        self.add_filter(self.date_to, self.date_to.changed, lambda: self.date_to.set_value(None))
        self.add_filter(
            self.kind_filter, self.kind_filter.currentIndexChanged, first_item(self.kind_filter)
        )
        self.organization_filter = self.add_organization_filter()

        self.new_button = self.add_button(
            self.tr("&New meeting…"), self.tr("New meeting"), self.new_record, needs_record=False
        )
        self.edit_button = self.add_button(
            self.tr("&Edit…"), self.tr("Edit meeting"), self.edit_selected
        )
        self.commitment_button = self.add_button(
            self.tr("Add &commitment from this meeting…"),
            self.tr("Add commitment from this meeting"),
            self.add_commitment,
        )
        self.delete_button = self.add_button(
            self.tr("&Delete…"), self.tr("Delete meeting"), self.delete_selected
        )
        self.lay_out_columns(
            COLUMN_WIDTHS, stretch="organizations", sort="held_on", descending=True
        )
        self.finish_layout()
        self.refresh()

    # --- filters ------------------------------------------------------------------------
    def filters(self) -> dict[str, Any]:
        return {
            "date_from": self.date_from.value(),
            "date_to": self.date_to.value(),
            "kind": self.kind_filter.currentData(),
            "organization_id": self.organization_filter.current_id(),
        }

    # --- actions ------------------------------------------------------------------------
    def new_record(self) -> None:
        if not self.writable:
            return
        editor = MeetingEditor(self)
        if editor.exec() and editor.meeting_id is not None:
            self.show_record("meeting", editor.meeting_id)
        editor.deleteLater()

    def edit_selected(self) -> None:
        record_id = self.current_id()
        if record_id is None or not self.writable:
            return
        self._keep_id = record_id
        editor = MeetingEditor(self, record_id)
        editor.exec()
        editor.deleteLater()

    def add_commitment(self) -> None:
        record_id = self.current_id()
        if record_id is None or not self.writable:
            return
        editor = CommitmentEditor(self, meeting_id=record_id)
        if editor.exec() and editor.commitment_id is not None:
            self.open_record.emit("commitment", editor.commitment_id)
        editor.deleteLater()

    def delete_question(self, record_id: int) -> str:
        row = self.model.row_values(self.table.currentIndex().row())
        title = (
            f"{self.model.value(row, 'held_on')} {self.model.value(row, 'title')}" if row else ""
        )
        return arg(
            self.tr("Delete the meeting “%1”? Commitments made there are kept, without the link."),
            title,
        )

    def delete_record(self, session: Session, record_id: int, reason: str) -> object:
        meeting_service.delete(session, record_id, reason=reason)
        return None

    def menu_actions(self, menu: QMenu) -> None:
        self.menu_item(menu, self.tr("&Edit…"), self.edit_selected)
        self.menu_item(menu, self.tr("Add &commitment from this meeting…"), self.add_commitment)
        menu.addSeparator()
        self.menu_item(menu, self.tr("&Delete…"), self.delete_selected)
