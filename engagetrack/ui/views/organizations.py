"""The Organizations tab: the searchable register and one organization's whole story.

The table is an id-list model queried in SQL off the GUI thread; the detail panel reads a
handful of small indexed queries, so both stay instant at 10,000 organizations.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from engagetrack.domain.principles import PRINCIPLES
from engagetrack.domain.validation import ValidationError
from engagetrack.domain.vocabularies import Classification, OrgKind, Priority, Stage
from engagetrack.services import contacts as contact_service
from engagetrack.services import organizations as service
from engagetrack.services import queries_organizations as queries
from engagetrack.services.commitments import is_overdue
from engagetrack.services.listing import effective_search
from engagetrack.store.database import Database
from engagetrack.store.errors import StoreError
from engagetrack.ui.dialogs.contact_editor import ContactEditor
from engagetrack.ui.dialogs.merge_dialog import MergeDialog
from engagetrack.ui.dialogs.organization_editor import OrganizationEditor
from engagetrack.ui.editors.background_model import BackgroundTableModel
from engagetrack.ui.editors.widgets import RecordTable, debounced
from engagetrack.ui.i18n import vocab_label
from engagetrack.ui.undo import record
from engagetrack.ui.views.base import DataBus, View


class OrganizationsModel(BackgroundTableModel):
    """Archived organizations, when shown, read as such (italic text and the word)."""

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(db, queries.LISTING, parent)

    def row_role(self, row: int, column: int, values: tuple[Any, ...], role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and values[queries.ARCHIVED_COLUMN]:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setItalic(True)
            return font
        return None


def _vocab_filter(enum: Any, everything: str, name: str, parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    combo.addItem(everything, None)
    for member in enum:
        combo.addItem(vocab_label(member), member.value)
    return combo


class OrganizationsView(View):
    def __init__(self, db: Database, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(db, bus, parent)
        self.model = OrganizationsModel(db, self)
        self.detail_data: queries.OrganizationDetail | None = None

        # --- filters ----------------------------------------------------------------------
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search name, country, sector, lead official…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search organizations"))
        self.kind_filter = _vocab_filter(
            OrgKind, self.tr("All kinds"), self.tr("Kind filter"), self
        )
        self.stage_filter = _vocab_filter(
            Stage, self.tr("All stages"), self.tr("Stage filter"), self
        )
        self.priority_filter = _vocab_filter(
            Priority, self.tr("All priorities"), self.tr("Priority filter"), self
        )
        self.marking_filter = _vocab_filter(
            Classification, self.tr("All markings"), self.tr("Marking filter"), self
        )
        self.country_filter = QComboBox(self)
        self.country_filter.setAccessibleName(self.tr("Country filter"))
        self.show_archived = QCheckBox(self.tr("Show &archived"), self)
        self.show_archived.setAccessibleName(self.tr("Show archived organizations"))
        self.count = QLabel(self)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for widget in (
            self.kind_filter,
            self.stage_filter,
            self.priority_filter,
            self.marking_filter,
            self.country_filter,
        ):
            filters.addWidget(widget, 1)
        filters.addWidget(self.show_archived)

        # --- actions ----------------------------------------------------------------------
        self.new_button = QPushButton(self.tr("&New organization…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.stage_button = QPushButton(self.tr("Change &stage…"), self)
        self.archive_button = QPushButton(self.tr("Ar&chive"), self)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.merge_button = QPushButton(self.tr("&Merge…"), self)
        actions = QHBoxLayout()
        for button, slot in (
            (self.new_button, self.new_record),
            (self.edit_button, self.edit_selected),
            (self.stage_button, self.change_stage),
            (self.archive_button, self.toggle_archived),
            (self.delete_button, self.delete_selected),
            (self.merge_button, self.merge_selected),
        ):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            button.clicked.connect(slot)
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count)
        if db.read_only:
            for button in (
                self.new_button,
                self.edit_button,
                self.stage_button,
                self.archive_button,
                self.delete_button,
                self.merge_button,
            ):
                button.setEnabled(False)

        # --- table and detail -----------------------------------------------------------------
        self.table = RecordTable(self.tr("Organizations"), self)
        self.table.setObjectName("organizationsTable")
        self.table.setModel(self.model)
        self.table.open_requested.connect(lambda _i: self.edit_selected())
        self.table.delete_requested.connect(self.delete_selected)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        for column, width in ((0, 230), (1, 110), (2, 120), (3, 130), (4, 100), (5, 90), (6, 75)):
            self.table.setColumnWidth(column, width)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(lambda current, _prev: self._show_detail(current))
        self.model.reloaded.connect(self._after_reload)

        self.detail = self._build_detail()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("organizationsSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)

        self._typing = debounced(self, self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        for combo in (
            self.kind_filter,
            self.stage_filter,
            self.priority_filter,
            self.marking_filter,
            self.country_filter,
        ):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.show_archived.toggled.connect(lambda _on: self.apply_filters())
        self._pending_select: int | None = None
        self._load_countries()
        self.apply_filters()
        self._update_buttons()

    # --- detail panel ---------------------------------------------------------------------
    def _build_detail(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(6, 0, 0, 0)
        self.title = QLabel(self.tr("Select an organization to see its story."), panel)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setAccessibleName(self.tr("Selected organization"))
        layout.addWidget(self.title)
        self.fields = QLabel(panel)
        self.fields.setWordWrap(True)
        self.fields.setTextFormat(Qt.TextFormat.RichText)
        self.fields.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields.setAccessibleName(self.tr("Organization details"))
        form = QFormLayout()
        form.addRow(self.fields)
        layout.addLayout(form)
        self.sections = QTabWidget(panel)
        self.sections.setAccessibleName(self.tr("Organization sections"))
        self.contacts = QListWidget(panel)
        self.contacts.setAccessibleName(self.tr("Contacts"))
        contacts_page = QWidget(panel)
        contacts_layout = QVBoxLayout(contacts_page)
        contacts_layout.addWidget(self.contacts)
        contact_buttons = QHBoxLayout()
        self.add_contact_button = QPushButton(self.tr("Add contact…"), contacts_page)
        self.edit_contact_button = QPushButton(self.tr("Edit…"), contacts_page)
        self.remove_contact_button = QPushButton(self.tr("Remove…"), contacts_page)
        for button, slot in (
            (self.add_contact_button, self.add_contact),
            (self.edit_contact_button, self.edit_contact),
            (self.remove_contact_button, self.remove_contact),
        ):
            button.setAccessibleName(button.text().rstrip("…"))
            button.clicked.connect(slot)
            button.setEnabled(not self.db.read_only)
            contact_buttons.addWidget(button)
        contact_buttons.addStretch(1)
        contacts_layout.addLayout(contact_buttons)
        self.contacts.itemActivated.connect(lambda _i: self.edit_contact())
        self.history = QListWidget(panel)
        self.history.setAccessibleName(self.tr("Stage history"))
        self.meetings = QListWidget(panel)
        self.meetings.setAccessibleName(self.tr("Meetings"))
        self.meetings.itemActivated.connect(lambda item: self._open(item, "meeting"))
        self.meetings.itemDoubleClicked.connect(lambda item: self._open(item, "meeting"))
        self.commitments = QListWidget(panel)
        self.commitments.setAccessibleName(self.tr("Commitments"))
        self.commitments.itemActivated.connect(lambda item: self._open(item, "commitment"))
        self.commitments.itemDoubleClicked.connect(lambda item: self._open(item, "commitment"))
        self.assessments = QListWidget(panel)
        self.assessments.setAccessibleName(self.tr("Assessments of the principles"))
        self.assessments.itemActivated.connect(self._edit_assessment)
        self.assessments.itemDoubleClicked.connect(self._edit_assessment)
        self.sections.addTab(contacts_page, self.tr("Contacts"))
        self.sections.addTab(self.history, self.tr("Stage history"))
        self.sections.addTab(self.meetings, self.tr("Meetings"))
        self.sections.addTab(self.commitments, self.tr("Commitments"))
        self.sections.addTab(self.assessments, self.tr("Principles"))
        layout.addWidget(self.sections, 1)
        return panel

    def _show_detail(self, index: QModelIndex) -> None:
        org_id = self.model.id_at(index.row()) if index.isValid() else None
        self._update_buttons()
        if org_id is None:
            self.detail_data = None
            return
        with self.db.read() as session:
            data = queries.detail(session, org_id)
        self.detail_data = data
        if data is None:
            return
        archived = self.tr(" (archived)") if data.archived else ""
        self.title.setText(f"<h2>{_esc(data.name)}{archived}</h2>")
        rows = [
            (self.tr("Kind"), vocab_label(data.kind)),
            (
                self.tr("Stage"),
                vocab_label(data.stage)
                + (
                    self.tr(" since %1").replace("%1", data.stage_since.isoformat())
                    if data.stage_since
                    else ""
                ),
            ),
            (self.tr("Endorsed on"), data.endorsed_on.isoformat() if data.endorsed_on else "—"),
            (self.tr("Priority"), vocab_label(data.priority)),
            (self.tr("Lead official"), data.lead_official or "—"),
            (self.tr("Country"), data.country or "—"),
            (self.tr("Sector"), data.sector or "—"),
            (self.tr("Website"), data.website or "—"),
            (self.tr("Marking"), data.classification.value),
        ]
        table = "".join(
            f"<tr><td><b>{_esc(k)}</b>&nbsp;&nbsp;</td><td>{_esc(v)}</td></tr>" for k, v in rows
        )
        notes = f"<p>{_esc(data.notes)}</p>" if data.notes else ""
        self.fields.setText(f"<table>{table}</table>{notes}")
        self.contacts.clear()
        for c in data.contacts:
            line = " · ".join(x for x in (c.name, c.title or "", c.email or "", c.phone or "") if x)
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.contacts.addItem(item)
        self.history.clear()
        for h in data.history:
            move = (
                vocab_label(h.to_stage)
                if h.from_stage is None
                else f"{vocab_label(h.from_stage)} → {vocab_label(h.to_stage)}"
            )
            extra = " · ".join(x for x in (h.changed_by or "", h.note or "") if x)
            self.history.addItem(
                f"{h.changed_on.isoformat()}  {move}" + (f"  ({extra})" if extra else "")
            )
        self.meetings.clear()
        for m in data.meetings:
            item = QListWidgetItem(f"{m.held_on.isoformat()} · {m.title} ({vocab_label(m.kind)})")
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            self.meetings.addItem(item)
        _more(
            self.meetings,
            data.meeting_total - len(data.meetings),
            self.tr("… and %1 older meetings"),
        )
        self.commitments.clear()
        today = date.today()
        for p in data.commitments:
            due = p.due_on.isoformat() if p.due_on else self.tr("no date")
            late = ""
            if is_overdue(p.status, p.due_on, today) and p.due_on is not None:
                late = self.tr(" · OVERDUE %1 days").replace("%1", str((today - p.due_on).days))
            item = QListWidgetItem(f"{due} · {vocab_label(p.status)}{late} · {p.description}")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.commitments.addItem(item)
        _more(
            self.commitments,
            data.commitment_total - len(data.commitments),
            self.tr("… and %1 older commitments"),
        )
        self.assessments.clear()
        for principle in PRINCIPLES:
            status, on = data.assessments.get(principle.number, (None, None))
            shown = vocab_label(status) if status is not None else self.tr("not assessed")
            when = f" ({on.isoformat()})" if on else ""
            item = QListWidgetItem(f"{principle.code} {principle.short_title_en}: {shown}{when}")
            item.setData(Qt.ItemDataRole.UserRole, principle.number)
            item.setToolTip(principle.text_en)
            self.assessments.addItem(item)
        self.sections.setTabText(0, self.tr("Contacts (%1)").replace("%1", str(len(data.contacts))))
        self.sections.setTabText(2, self.tr("Meetings (%1)").replace("%1", str(data.meeting_total)))
        self.sections.setTabText(
            3, self.tr("Commitments (%1)").replace("%1", str(data.commitment_total))
        )

    def _open(self, item: QListWidgetItem, entity: str) -> None:
        record_id = item.data(Qt.ItemDataRole.UserRole)
        if record_id is not None:
            self.open_record.emit(entity, int(record_id))

    def _edit_assessment(self, item: QListWidgetItem) -> None:
        number = item.data(Qt.ItemDataRole.UserRole)
        org_id = self.current_id()
        if number is None or org_id is None or self.db.read_only:
            return
        from engagetrack.services import queries_principles
        from engagetrack.ui.editors.assessment_editor import AssessmentEditor

        with self.db.read() as session:
            principle = next(
                p for p in queries_principles.principles(session) if p.number == int(number)
            )
            row = queries_principles.rows(session, [org_id]).get(org_id)
        if row is None:
            return
        dialog = AssessmentEditor(
            self.db, org_id, row.name, principle, row.cells.get(principle.number), self
        )
        if dialog.exec():
            self.bus.changed.emit("assessment")

    # --- filtering ------------------------------------------------------------------------
    def _load_countries(self) -> None:
        current = self.country_filter.currentData()
        with self.db.read() as session:
            names = queries.countries(session)
        self.country_filter.blockSignals(True)
        self.country_filter.clear()
        self.country_filter.addItem(self.tr("All countries"), None)
        for name in names:
            self.country_filter.addItem(name, name)
        index = self.country_filter.findData(current)
        self.country_filter.setCurrentIndex(max(index, 0))
        self.country_filter.blockSignals(False)

    def filters(self) -> dict[str, Any]:
        return {
            "kind": self.kind_filter.currentData(),
            "stage": self.stage_filter.currentData(),
            "priority": self.priority_filter.currentData(),
            "classification": self.marking_filter.currentData(),
            "country": self.country_filter.currentData(),
            "hide_archived": None if self.show_archived.isChecked() else True,
        }

    def apply_filters(self) -> None:
        self._typing.stop()
        self.model.set_query(effective_search(self.search.text()), self.filters())

    def clear_filters(self) -> None:
        widgets: list[Any] = [
            self.search,
            self.kind_filter,
            self.stage_filter,
            self.priority_filter,
            self.marking_filter,
            self.country_filter,
        ]
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        for combo in widgets[1:]:
            combo.setCurrentIndex(0)
        for widget in widgets:
            widget.blockSignals(False)

    def _after_reload(self, count: int) -> None:
        self.count.setText(
            self.tr("%1 organizations").replace("%1", f"{count:,}")
            if count != 1
            else self.tr("1 organization")
        )
        wanted = self._pending_select
        if wanted is None and self.detail_data is not None:
            wanted = self.detail_data.id
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
            self._show_detail(self.model.index(row, 0))
            if self._pending_select is not None:
                self.table.setFocus()
        self._pending_select = None
        self._update_buttons()

    # --- the View contract --------------------------------------------------------------------
    def refresh(self) -> None:
        self._load_countries()
        self.model.reload()

    def show_record(self, entity: str, record_id: int) -> bool:
        if entity not in ("organization", "contact"):
            return False
        row = self.model.row_of(record_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
            self._show_detail(self.model.index(row, 0))
            return True
        # hidden by a filter: clear them (and show archived) and select once reloaded
        self._pending_select = record_id
        self.clear_filters()
        self.show_archived.blockSignals(True)
        self.show_archived.setChecked(True)
        self.show_archived.blockSignals(False)
        self.apply_filters()
        return True

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        chosen = self.current_id() is not None and not self.db.read_only
        for button in (
            self.edit_button,
            self.stage_button,
            self.archive_button,
            self.delete_button,
            self.merge_button,
        ):
            button.setEnabled(chosen)
        archived = bool(self.detail_data and self.detail_data.archived)
        self.archive_button.setText(self.tr("Un&archive") if archived else self.tr("Ar&chive"))

    # --- actions ------------------------------------------------------------------------------
    def new_record(self) -> None:
        if self.db.read_only:
            return
        dialog = OrganizationEditor(self.db, self.bus, self)
        if dialog.exec() and dialog.saved_id is not None:
            self.show_record("organization", dialog.saved_id)

    def edit_selected(self) -> None:
        org_id = self.current_id()
        if org_id is None or self.db.read_only:
            return
        OrganizationEditor(self.db, self.bus, self, organization_id=org_id).exec()

    def change_stage(self) -> None:
        data = self.detail_data
        if data is None or self.db.read_only:
            return
        from engagetrack.ui.editors.stage_dialog import StageChangeDialog

        menu = QMenu(self)
        for stage in Stage:
            if stage is not data.stage:
                menu.addAction(vocab_label(stage)).setData(stage.value)
        chosen = menu.exec(self.stage_button.mapToGlobal(self.stage_button.rect().bottomLeft()))
        if chosen is None:
            return
        target = Stage.parse(chosen.data())
        dialog = StageChangeDialog(
            self.db, data.id, data.name, data.stage, target, data.stage_since, self
        )
        if dialog.exec():
            self.bus.changed.emit("organization")

    def toggle_archived(self) -> None:
        data = self.detail_data
        if data is None:
            return
        org_id, was = data.id, data.archived
        if self._write(lambda s: service.set_archived(s, org_id, not was)):
            text = self.tr("Unarchive %1") if was else self.tr("Archive %1")
            record(
                self.db,
                self.bus,
                "organization",
                text.replace("%1", data.name),
                lambda s: service.set_archived(s, org_id, was),
                lambda s: service.set_archived(s, org_id, not was),
            )

    def delete_selected(self) -> None:
        data = self.detail_data
        if data is None or self.db.read_only:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete organization"),
            self.tr(
                "Delete %1?\n\nAn organization with meetings or commitments is archived"
                " instead, so that no record is lost."
            ).replace("%1", data.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        outcome: list[bool] = []
        if self._write(lambda s: outcome.append(service.delete(s, data.id))) and outcome == [False]:
            QMessageBox.information(
                self,
                self.tr("Delete organization"),
                self.tr(
                    "%1 has meetings or commitments, so it was archived instead of deleted."
                ).replace("%1", data.name),
            )

    def merge_selected(self) -> None:
        data = self.detail_data
        if data is None or self.db.read_only:
            return
        dialog = MergeDialog(self.db, data.id, data.name, self)
        if not dialog.exec() or dialog.duplicate_id() is None:
            return
        duplicate = dialog.duplicate_id()
        assert duplicate is not None
        self._write(lambda s: service.merge(s, data.id, duplicate))

    def add_contact(self) -> None:
        if self.detail_data is not None:
            ContactEditor(self.db, self.bus, self.detail_data.id, self).exec()

    def edit_contact(self) -> None:
        item = self.contacts.currentItem()
        if item is not None and self.detail_data is not None and not self.db.read_only:
            ContactEditor(
                self.db,
                self.bus,
                self.detail_data.id,
                self,
                contact_id=int(item.data(Qt.ItemDataRole.UserRole)),
            ).exec()

    def remove_contact(self) -> None:
        item = self.contacts.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove contact"),
            self.tr("Remove %1?").replace("%1", item.text().split(" · ")[0]),
        )
        if answer == QMessageBox.StandardButton.Yes:
            contact_id = int(item.data(Qt.ItemDataRole.UserRole))
            self._write(lambda s: contact_service.delete(s, contact_id))

    def _write(self, action: Any) -> bool:
        """One user action, one transaction; problems in plain words."""
        try:
            with self.db.write() as session:
                action(session)
        except (ValidationError, StoreError) as exc:
            message = (
                "\n".join(exc.errors.values()) if isinstance(exc, ValidationError) else str(exc)
            )
            QMessageBox.warning(self, self.tr("Organizations"), message)
            return False
        self.bus.changed.emit("organization")
        return True

    def _context_menu(self, pos: Any) -> None:
        if self.current_id() is None:
            return
        menu = QMenu(self)
        for text, slot in (
            (self.tr("Edit…"), self.edit_selected),
            (self.tr("Change stage…"), self.change_stage),
            (self.archive_button.text().replace("&", ""), self.toggle_archived),
            (self.tr("Merge…"), self.merge_selected),
            (self.tr("Delete…"), self.delete_selected),
        ):
            action = QAction(text, menu)
            action.triggered.connect(slot)
            action.setEnabled(not self.db.read_only)
            menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(pos))


def _more(target: QListWidget, hidden: int, text: str) -> None:
    if hidden > 0:
        item = QListWidgetItem(text.replace("%1", f"{hidden:,}"))
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        target.addItem(item)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
