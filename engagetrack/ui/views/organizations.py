"""The Organizations tab: the searchable register beside one organization's whole story.

The table is the shared lazy model queried in SQL off the GUI thread; the detail panel
(organization_detail.py) reads a handful of small indexed queries. Every write goes through
the window's one write path.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHeaderView,
    QMenu,
    QMessageBox,
    QSplitter,
    QWidget,
)

from engagetrack.domain.vocabularies import Classification, OrgKind, Priority, Stage, Vocabulary
from engagetrack.services import choices
from engagetrack.services import organizations as service
from engagetrack.services import queries_organizations as queries
from engagetrack.store.database import Database
from engagetrack.ui.bus import DataBus
from engagetrack.ui.dialogs.merge_dialog import MergeDialog
from engagetrack.ui.dialogs.organization_editor import OrganizationEditor
from engagetrack.ui.dialogs.stage_dialog import StageChangeDialog
from engagetrack.ui.i18n import arg, vocab_label
from engagetrack.ui.models.organizations_table import OrganizationsModel
from engagetrack.ui.undo import UndoStep
from engagetrack.ui.views.organization_detail import OrganizationDetailPanel
from engagetrack.ui.views.table_tab import TableTab, TabTexts
from engagetrack.ui.widgets import first_item, refill_combo

if TYPE_CHECKING:
    from engagetrack.store.sessions import Session

SEARCH_DEBOUNCE_MS = 150
COLUMN_WIDTHS = {
    "name": 220,
    "kind": 92,
    "country": 105,
    "sector": 112,
    "stage": 88,
    "stage_since": 80,
    "priority": 64,
    "lead_official": 105,
    "classification": 110,
}
# shown at first; the header's context menu shows the others (the window remembers them)
HIDDEN_AT_FIRST = ("classification", "archived")
ALWAYS_SHOWN = ("name",)  # the name column stays; "(archived)" is said beside the name
NEVER_OFFERED = ("archived",)


def _vocab_filter(enum: type[Vocabulary], everything: str, name: str, parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    combo.addItem(everything, None)
    for member in enum:
        combo.addItem(vocab_label(member), member.value)
    return combo


class OrganizationsView(TableTab):
    entity = "organization"

    def __init__(self, db: Database, bus: DataBus, parent: QWidget | None = None) -> None:
        texts = TabTexts(
            search_placeholder=self.tr("Search name, country, sector, lead official…"),
            search_name=self.tr("Search organizations"),
            table_name=self.tr("Organizations"),
            count_name=self.tr("Number of organizations shown"),
            count=lambda n: self.tr("%Ln organization(s)", "", n),
            menu_name=self.tr("Organization actions"),
            delete_title=self.tr("Delete organization"),
        )
        self.organizations = OrganizationsModel(db)
        super().__init__(db, bus, self.organizations, texts, parent, debounce_ms=SEARCH_DEBOUNCE_MS)
        self.organizations.setParent(self)
        self._build_filters()
        self._build_actions()
        self._build_table()
        self.detail = OrganizationDetailPanel(db, bus, self)
        self.detail.open_record.connect(self.open_record)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("organizationsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([850, 620])
        self.finish_layout(self.splitter)
        self.load_choices()
        self.apply_filters()

    @property
    def detail_data(self) -> queries.OrganizationDetail | None:
        return self.detail.data

    # --- building -------------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.kind_filter = _vocab_filter(
            OrgKind, self.tr("All kinds"), self.tr("Kind filter"), self
        )
        self.country_filter = QComboBox(self)
        self.country_filter.setAccessibleName(self.tr("Country filter"))
        self.stage_filter = _vocab_filter(
            Stage, self.tr("All stages"), self.tr("Stage filter"), self
        )
        self.priority_filter = _vocab_filter(
            Priority, self.tr("All priorities"), self.tr("Priority filter"), self
        )
        self.marking_filter = _vocab_filter(
            Classification, self.tr("All markings"), self.tr("Marking filter"), self
        )
        self.filter_row.setStretch(0, 3)
        for combo in (
            self.kind_filter,
            self.country_filter,
            self.stage_filter,
            self.priority_filter,
            self.marking_filter,
        ):
            self.add_filter(combo, combo.currentIndexChanged, first_item(combo), 1)
        self.show_archived = QCheckBox(self.tr("Show &archived"), self)
        self.show_archived.setAccessibleName(self.tr("Show archived organizations"))
        self.add_filter(
            self.show_archived,
            self.show_archived.toggled,
            lambda: self.show_archived.setChecked(False),
        )
        self.clear_button = self.clear_filters

    def _build_actions(self) -> None:
        def action(text: str, slot: Callable[[], None], shortcut: str | None = None) -> QAction:
            act = QAction(text, self)
            act.triggered.connect(slot)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
                act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.add_control(act)
            return act

        self.edit_action = action(self.tr("&Edit…"), self.edit_selected, "F2")
        self.archive_action = action(self.tr("Ar&chive"), self.toggle_archived)
        self.delete_action = action(self.tr("&Delete…"), self.delete_selected, "Del")
        self.merge_action = action(self.tr("&Merge a duplicate into this…"), self.merge_selected)
        self.stage_menu = QMenu(self.tr("Change &stage"), self)
        self.stage_menu.aboutToShow.connect(self._fill_stage_menu)
        self.add_control(self.stage_menu)

        self.new_button = self.add_button(
            self.tr("&New organization…"),
            self.tr("New organization"),
            self.new_record,
            needs_record=False,
        )
        self.edit_button = self.add_button(
            self.tr("&Edit…"),
            self.tr("Edit organization"),
            self.edit_selected,
            tip=self.tr("Edit the selected organization (Enter or F2)"),
        )
        self.stage_button = self.add_button(
            self.tr("Change &stage"),
            self.tr("Change stage"),
            None,
            tip=self.tr("Move along the pipeline, with a date and a note"),
        )
        self.stage_button.setMenu(self.stage_menu)
        self.archive_button = self.add_button(
            self.tr("Ar&chive"), self.tr("Archive organization"), self.toggle_archived
        )
        self.delete_button = self.add_button(
            self.tr("&Delete…"),
            self.tr("Delete organization"),
            self.delete_selected,
            tip=self.tr("Delete (Del); one with meetings or commitments is archived instead"),
        )
        self.merge_button = self.add_button(
            self.tr("&Merge…"),
            self.tr("Merge a duplicate into this organization"),
            self.merge_selected,
            tip=self.tr("Fold a duplicate into the selected organization"),
        )

    def _build_table(self) -> None:
        self.table.setObjectName("organizationsTable")
        for key, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(self.model.column_of(key), width)
        # the name takes what the other columns leave, so nothing hides behind a scroll bar
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(50)
        header.setSectionResizeMode(self.model.column_of("name"), QHeaderView.ResizeMode.Stretch)
        for key in HIDDEN_AT_FIRST:  # the name says "(archived)"; the panel shows the marking
            self.table.setColumnHidden(self.model.column_of(key), True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.table.sortByColumn(self.model.column_of("name"), Qt.SortOrder.AscendingOrder)
        self.table.addAction(self.edit_action)
        self.table.addAction(self.delete_action)

    def _header_menu(self, pos: QPoint) -> None:
        """Show or hide columns; the name column always stays."""
        menu = QMenu(self)
        for column in range(self.model.columnCount()):
            if self.model.key_of(column) in ALWAYS_SHOWN + NEVER_OFFERED:
                continue
            act = menu.addAction(self.model.headerData(column, Qt.Orientation.Horizontal))
            act.setCheckable(True)
            act.setChecked(not self.table.isColumnHidden(column))
            act.toggled.connect(lambda on, c=column: self.table.setColumnHidden(c, not on))
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    # --- filtering ------------------------------------------------------------------------
    def load_choices(self) -> None:
        with self.db.read() as session:
            names = choices.countries(session)
        refill_combo(self.country_filter, self.tr("All countries"), names)

    def filters(self) -> dict[str, Any]:
        return {
            "kind": self.kind_filter.currentData(),
            "stage": self.stage_filter.currentData(),
            "priority": self.priority_filter.currentData(),
            "classification": self.marking_filter.currentData(),
            "country": self.country_filter.currentData(),
            "hide_archived": None if self.show_archived.isChecked() else True,
        }

    # --- the View contract ------------------------------------------------------------------
    def show_record(self, entity: str, record_id: int) -> bool:
        """Select the organization (of a contact, for "contact"), clearing filters if needed."""
        if entity not in ("organization", "contact"):
            return False
        with self.db.read() as session:
            org_id = (
                record_id
                if entity == "organization"
                else queries.organization_of_contact(session, record_id)
            )
            archived = queries.archived_state(session, org_id) if org_id is not None else None
        if org_id is None or archived is None:
            return False
        self.detail.pending_contact = record_id if entity == "contact" else None
        keep_archived = archived or self.show_archived.isChecked()
        self.reveal(org_id, clear=lambda: self.show_archived.setChecked(keep_archived))
        return True

    def current_changed(self, record_id: int | None) -> None:
        self.detail.show_organization(record_id)

    def update_controls(self) -> None:
        super().update_controls()
        archived = bool(self.detail_data and self.detail_data.archived)
        text = self.tr("Unar&chive") if archived else self.tr("Ar&chive")
        self.archive_button.setText(text)
        self.archive_action.setText(text)
        self.archive_button.setAccessibleName(
            self.tr("Unarchive organization") if archived else self.tr("Archive organization")
        )

    def menu_actions(self, menu: QMenu) -> None:
        menu.addAction(self.edit_action)
        menu.addMenu(self.stage_menu)
        menu.addAction(self.archive_action)
        menu.addAction(self.merge_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)

    # --- actions ------------------------------------------------------------------------------
    def new_record(self) -> None:
        if not self.writable:
            return
        dialog = OrganizationEditor(self)
        if dialog.exec() and dialog.saved_id is not None:
            self.show_record("organization", dialog.saved_id)

    def edit_selected(self) -> None:
        data = self.detail_data
        if data is None or not self.writable:
            return
        OrganizationEditor(self, data.id).exec()

    def _fill_stage_menu(self) -> None:
        self.stage_menu.clear()
        data = self.detail_data
        if data is None:
            return
        for stage in Stage:
            act = self.stage_menu.addAction(vocab_label(stage))
            act.setEnabled(stage is not data.stage)
            act.triggered.connect(lambda _on=False, s=stage: self.change_stage(s))

    def change_stage(self, target: Stage) -> None:
        data = self.detail_data
        if data is None or not self.writable or target is data.stage:
            return
        StageChangeDialog(self, data.id, data.name, data.stage, target, data.stage_since).exec()

    def toggle_archived(self) -> None:
        data = self.detail_data
        if data is None or not self.writable:
            return
        org_id, was = data.id, data.archived
        text = self.tr("Unarchive %1") if was else self.tr("Archive %1")
        self.write(
            lambda s: service.set_archived(s, org_id, not was),
            undo=UndoStep(
                arg(text, data.name),
                lambda s: service.set_archived(s, org_id, was),
                lambda s: service.set_archived(s, org_id, not was),
            ),
        )

    def delete_question(self, record_id: int) -> str:
        data = self.detail_data
        if data is None:
            return ""
        self._deleted_name = data.name
        return arg(
            self.tr(
                "Delete %1?\n\nAn organization with meetings or commitments is archived instead, so that no record is lost."
            ),
            data.name,
        )

    def delete_record(self, session: Session, record_id: int, reason: str) -> object:
        return service.delete(session, record_id, reason=reason)

    def after_delete(self, result: object) -> None:
        if result is False:  # kept as archived: it has meetings or commitments
            QMessageBox.information(
                self,
                self.tr("Archived instead"),
                arg(
                    self.tr(
                        "%1 has meetings or commitments, so it was archived instead of deleted. Tick “Show archived” to see it again."
                    ),
                    self._deleted_name,
                ),
            )

    def merge_selected(self) -> None:
        data = self.detail_data
        if data is None or not self.writable:
            return
        dialog = MergeDialog(self.db, data.id, data.name, self)
        if not dialog.exec():
            return
        duplicate = dialog.duplicate_id()
        if duplicate is not None:
            self.write(lambda s: service.merge(s, data.id, duplicate))
