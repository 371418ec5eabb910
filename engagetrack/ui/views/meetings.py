"""The Meetings tab: every bilateral, roundtable and ministerial, filterable, with editors."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QMenu, QPushButton, QWidget

from engagetrack.domain.vocabularies import MeetingKind
from engagetrack.services import meetings as meeting_service
from engagetrack.services import queries_commitments
from engagetrack.store.database import Database
from engagetrack.ui.bus import DataBus
from engagetrack.ui.dialogs.commitment_editor import CommitmentEditor
from engagetrack.ui.dialogs.meeting_editor import MeetingEditor
from engagetrack.ui.i18n import vocab_label
from engagetrack.ui.models.meetings_table import MeetingsModel
from engagetrack.ui.tasks import run_in_background
from engagetrack.ui.views.table_tab import TableTab, TabTexts
from engagetrack.ui.widgets import IdCombo, OptionalDateEdit

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
            count=lambda n: (
                self.tr("1 meeting") if n == 1 else self.tr("{0} meetings").format(f"{n:,}")
            ),
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
        self.org_filter = IdCombo(
            self.tr("Organization filter"), none_label=self.tr("All organizations"), parent=self
        )
        self.org_filter.setMinimumContentsLength(18)
        self.add_filter(
            self.date_from, self.date_from.changed, lambda: self.date_from.set_value(None)
        )
        self.add_filter(self.date_to, self.date_to.changed, lambda: self.date_to.set_value(None))
        self.add_filter(
            self.kind_filter,
            self.kind_filter.currentIndexChanged,
            lambda: self.kind_filter.setCurrentIndex(0),
        )
        self.add_filter(
            self.org_filter,
            self.org_filter.currentIndexChanged,
            lambda: self.org_filter.set_current_id(None),
            stretch=1,
        )

        self.new_button = QPushButton(self.tr("&New meeting…"), self)
        self.new_button.setAccessibleName(self.tr("New meeting"))
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setAccessibleName(self.tr("Edit meeting"))
        self.commitment_button = QPushButton(self.tr("Add &commitment from this meeting…"), self)
        self.commitment_button.setAccessibleName(self.tr("Add commitment from this meeting"))
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.setAccessibleName(self.tr("Delete meeting"))
        self.add_control(self.new_button, needs_record=False)
        self.add_control(self.edit_button)
        self.add_control(self.commitment_button)
        self.add_control(self.delete_button)
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_selected)
        self.commitment_button.clicked.connect(self.add_commitment)
        self.delete_button.clicked.connect(self.delete_selected)

        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for key, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(self.model.column_of(key), width)
        header.setSectionResizeMode(
            self.model.column_of("organizations"), QHeaderView.ResizeMode.Stretch
        )
        self.table.sortByColumn(self.model.column_of("held_on"), Qt.SortOrder.DescendingOrder)
        self.finish_layout()
        self.refresh()

    # --- filters ------------------------------------------------------------------------
    def load_choices(self) -> None:
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

    # --- actions ------------------------------------------------------------------------
    def new_record(self) -> None:
        if not self.writable:
            return
        editor = MeetingEditor(self.db, self.bus, self)
        if editor.exec() and editor.meeting_id is not None:
            self.show_record("meeting", editor.meeting_id)
        editor.deleteLater()

    def edit_selected(self) -> None:
        record_id = self.current_id()
        if record_id is None or not self.writable:
            return
        self._keep_id = record_id
        editor = MeetingEditor(self.db, self.bus, self, meeting_id=record_id)
        editor.exec()
        editor.deleteLater()

    def add_commitment(self) -> None:
        record_id = self.current_id()
        if record_id is None or not self.writable:
            return
        editor = CommitmentEditor(self.db, self.bus, self, meeting_id=record_id)
        if editor.exec() and editor.commitment_id is not None:
            self.open_record.emit("commitment", editor.commitment_id)
        editor.deleteLater()

    def delete_question(self, record_id: int) -> str:
        row = self.model.row_values(self.table.currentIndex().row())
        title = (
            f"{self.model.value(row, 'held_on')} {self.model.value(row, 'title')}" if row else ""
        )
        return self.tr(
            "Delete the meeting “{0}”? Commitments made there are kept, without the link."
        ).format(title)

    def delete_record(self, session: Session, record_id: int) -> object:
        meeting_service.delete(session, record_id)
        return None

    def menu_actions(self, menu: QMenu) -> None:
        self.menu_item(menu, self.tr("&Edit…"), self.edit_selected)
        self.menu_item(menu, self.tr("Add &commitment from this meeting…"), self.add_commitment)
        menu.addSeparator()
        self.menu_item(menu, self.tr("&Delete…"), self.delete_selected)
