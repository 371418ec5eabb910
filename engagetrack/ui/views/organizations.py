"""The Organizations tab: the searchable register and one organization's whole story.

The table is an id-list model queried in SQL off the GUI thread; the detail panel reads a
handful of small indexed queries (long lists capped), so both stay instant at 10,000
organizations. Every write is one transaction followed by `bus.changed`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QFont, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from engagetrack.domain.validation import ValidationError
from engagetrack.domain.vocabularies import (
    AssessmentStatus,
    Classification,
    OrgKind,
    Priority,
    Stage,
    Vocabulary,
)
from engagetrack.services import contacts as contact_service
from engagetrack.services import organizations as service
from engagetrack.services import queries_organizations as queries
from engagetrack.services import queries_principles
from engagetrack.services.commitments import is_overdue
from engagetrack.services.listing import effective_search
from engagetrack.store.database import Database
from engagetrack.store.errors import StoreError
from engagetrack.ui.dialogs.contact_editor import ContactEditor
from engagetrack.ui.dialogs.merge_dialog import MergeDialog
from engagetrack.ui.dialogs.organization_editor import OrganizationEditor
from engagetrack.ui.editors.assessment_editor import AssessmentEditor
from engagetrack.ui.editors.stage_dialog import StageChangeDialog
from engagetrack.ui.editors.widgets import RecordTable, debounced, tint
from engagetrack.ui.i18n import vocab_label
from engagetrack.ui.models.organizations_table import OrganizationsModel
from engagetrack.ui.models.principles_matrix import TINTS
from engagetrack.ui.resources import icon
from engagetrack.ui.undo import record
from engagetrack.ui.views.base import DataBus, View

SEARCH_DEBOUNCE_MS = 150
ID_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_TINT = ("#fde2e1", "#5c1f1c")
MAX_COLUMN = 220
LAST_COLUMN_ROOM = 110
# shown at first; the header's context menu shows the others (the window remembers them)
HIDDEN_AT_FIRST = ("classification", "archived")


def _vocab_filter(enum: type[Vocabulary], everything: str, name: str, parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    combo.addItem(everything, None)
    for member in enum:
        combo.addItem(vocab_label(member), member.value)
    return combo


def _section(name: str, headers: Sequence[str], parent: QWidget) -> QTreeWidget:
    """A read-only list with column headers: one line per record, Enter opens it."""
    tree = QTreeWidget(parent)
    tree.setAccessibleName(name)
    tree.setHeaderLabels(list(headers))
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setAllColumnsShowFocus(True)
    tree.setWordWrap(False)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.header().setStretchLastSection(True)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return tree


def _fill(tree: QTreeWidget, rows: list[QTreeWidgetItem], empty: str) -> None:
    """Replace the rows; an empty list says so in words rather than showing a blank box."""
    tree.clear()
    if rows:
        for item in rows:  # a cut-off cell shows its whole text on hover
            for column in range(tree.columnCount()):
                if len(item.text(column)) > 24 and not item.toolTip(column):
                    item.setToolTip(column, item.text(column))
        tree.addTopLevelItems(rows)
        _fit_columns(tree)
        return
    item = QTreeWidgetItem([empty])
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    font = QFont()
    font.setItalic(True)
    item.setFont(0, font)
    tree.addTopLevelItem(item)
    tree.setFirstColumnSpanned(0, QModelIndex(), True)


def _fit_columns(tree: QTreeWidget) -> None:
    """Fit the columns to their text (lists are capped at DETAIL_LIMIT rows, so this is
    cheap), sharing the width when they would not fit; the last column takes the rest."""
    widths = []
    for column in range(tree.columnCount() - 1):
        tree.resizeColumnToContents(column)
        widths.append(min(tree.columnWidth(column) + 8, MAX_COLUMN))
    last = tree.columnCount() - 1
    tree.resizeColumnToContents(last)
    room = tree.viewport().width() - min(tree.columnWidth(last) + 8, LAST_COLUMN_ROOM)
    if tree.viewport().width() > 200 and sum(widths) > room:
        widths = [max(60, w * room // sum(widths)) for w in widths]
    for column, width in enumerate(widths):
        tree.setColumnWidth(column, width)


def _more(tree: QTreeWidget, hidden: int, text: str) -> None:
    if hidden > 0:
        item = QTreeWidgetItem([text.format(f"{hidden:,}")])
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        tree.addTopLevelItem(item)
        tree.setFirstColumnSpanned(tree.topLevelItemCount() - 1, QModelIndex(), True)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class OrganizationsView(View):
    def __init__(self, db: Database, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(db, bus, parent)
        self.model = OrganizationsModel(db, self)
        self.detail_data: queries.OrganizationDetail | None = None
        self._pending_select: int | None = None
        self._pending_contact: int | None = None
        self._last_row = 0  # where the selection was, for when its record disappears
        self._stay_near = False  # after a write: if the shown record went, select its neighbour
        language = QLocale().name().split("_")[0]
        with db.read() as session:
            self._principles = queries_principles.principles(session, language)

        self._build_filters()
        self._build_actions()
        self._build_table()
        self.detail = self._build_detail()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("organizationsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([850, 620])

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for combo in self._filter_combos():
            filters.addWidget(combo, 1)
        filters.addWidget(self.show_archived)
        filters.addWidget(self.clear_button)
        buttons = QHBoxLayout()
        for button in self._buttons():
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)

        self._typing = debounced(self, self.apply_filters, SEARCH_DEBOUNCE_MS)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        for combo in self._filter_combos():
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.show_archived.toggled.connect(lambda _on: self.apply_filters())
        self.clear_button.clicked.connect(self.reset_filters)
        self.model.reloaded.connect(self._after_reload)
        self.model.failed.connect(self.count.setText)
        self._load_countries()
        self.apply_filters()
        self._show(None)

    # --- building -------------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search name, country, sector, lead official…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search organizations"))
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
        self.show_archived = QCheckBox(self.tr("Show &archived"), self)
        self.show_archived.setAccessibleName(self.tr("Show archived organizations"))
        self.clear_button = QPushButton(self.tr("C&lear filters"), self)
        self.clear_button.setAccessibleName(self.tr("Clear filters"))

    def _filter_combos(self) -> tuple[QComboBox, ...]:
        return (
            self.kind_filter,
            self.country_filter,
            self.stage_filter,
            self.priority_filter,
            self.marking_filter,
        )

    def _build_actions(self) -> None:
        def action(text: str, slot: Callable[[], None], shortcut: str | None = None) -> QAction:
            act = QAction(text, self)
            act.triggered.connect(slot)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
                act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            return act

        self.edit_action = action(self.tr("&Edit…"), self.edit_selected, "F2")
        self.archive_action = action(self.tr("Ar&chive"), self.toggle_archived)
        self.delete_action = action(self.tr("&Delete…"), self.delete_selected, "Del")
        self.merge_action = action(self.tr("&Merge a duplicate into this…"), self.merge_selected)
        self.stage_menu = QMenu(self.tr("Change &stage"), self)
        self.stage_menu.aboutToShow.connect(self._fill_stage_menu)

        self.new_button = QPushButton(self.tr("&New organization…"), self)
        self.new_button.setAccessibleName(self.tr("New organization"))
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setAccessibleName(self.tr("Edit organization"))
        self.edit_button.setToolTip(self.tr("Edit the selected organization (Enter or F2)"))
        self.stage_button = QPushButton(self.tr("Change &stage"), self)
        self.stage_button.setAccessibleName(self.tr("Change stage"))
        self.stage_button.setToolTip(self.tr("Move along the pipeline, with a date and a note"))
        self.stage_button.setMenu(self.stage_menu)
        self.archive_button = QPushButton(self.tr("Ar&chive"), self)
        self.archive_button.setAccessibleName(self.tr("Archive organization"))
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.setAccessibleName(self.tr("Delete organization"))
        self.delete_button.setToolTip(
            self.tr("Delete (Del); one with meetings or commitments is archived instead")
        )
        self.merge_button = QPushButton(self.tr("&Merge…"), self)
        self.merge_button.setAccessibleName(self.tr("Merge a duplicate into this organization"))
        self.merge_button.setToolTip(self.tr("Fold a duplicate into the selected organization"))
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.delete_button.clicked.connect(self.delete_selected)
        self.merge_button.clicked.connect(self.merge_selected)
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Number of organizations shown"))

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.new_button,
            self.edit_button,
            self.stage_button,
            self.archive_button,
            self.delete_button,
            self.merge_button,
        )

    def _build_table(self) -> None:
        self.table = RecordTable(self.tr("Organizations"), self)
        self.table.setObjectName("organizationsTable")
        self.table.setModel(self.model)
        for column, width in enumerate((220, 92, 105, 112, 88, 80, 64, 105, 110)):
            self.table.setColumnWidth(column, width)
        # the name takes what the other columns leave, so nothing hides behind a scroll bar
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(50)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for key in HIDDEN_AT_FIRST:  # the name says "(archived)"; the panel shows the marking
            self.table.setColumnHidden(self._column(key), True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.addAction(self.edit_action)
        self.table.addAction(self.delete_action)
        self.table.open_requested.connect(lambda _i: self.edit_selected())
        self.table.delete_requested.connect(self.delete_selected)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._current_changed(current)
        )

    @staticmethod
    def _column(key: str) -> int:
        return next(i for i, c in enumerate(queries.LISTING.columns) if c.key == key)

    def _header_menu(self, pos: QPoint) -> None:
        """Show or hide columns; the name column always stays."""
        menu = QMenu(self)
        for column in range(1, len(queries.LISTING.columns)):
            if column == queries.ARCHIVED_COLUMN:
                continue  # the name says "(archived)"
            act = menu.addAction(self.model.headerData(column, Qt.Orientation.Horizontal))
            act.setCheckable(True)
            act.setChecked(not self.table.isColumnHidden(column))
            act.toggled.connect(lambda on, c=column: self.table.setColumnHidden(c, not on))
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    def _build_detail(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 0, 0, 0)
        self.title = QLabel(panel)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setAccessibleName(self.tr("Selected organization"))
        layout.addWidget(self.title)

        # two short columns of fields; values are plain text (a website is never a link)
        self.values: dict[str, QLabel] = {}
        grid = QHBoxLayout()
        for keys in (
            (
                ("stage", self.tr("Stage")),
                ("endorsed_on", self.tr("Endorsed on")),
                ("priority", self.tr("Priority")),
                ("lead_official", self.tr("Lead official")),
                ("classification", self.tr("Marking")),
            ),
            (
                ("kind", self.tr("Kind")),
                ("country", self.tr("Country")),
                ("sector", self.tr("Sector")),
                ("website", self.tr("Website")),
            ),
        ):
            form = QFormLayout()
            form.setHorizontalSpacing(10)
            form.setVerticalSpacing(2)
            for key, caption in keys:
                value = QLabel(panel)
                value.setTextFormat(Qt.TextFormat.PlainText)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                value.setAccessibleName(caption)
                value.setWordWrap(True)
                label = QLabel(f"<b>{_esc(caption)}</b>", panel)
                form.addRow(label, value)
                self.values[key] = value
            grid.addLayout(form, 1)
        layout.addLayout(grid)
        self.notes = QPlainTextEdit(panel)
        self.notes.setReadOnly(True)
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setMaximumHeight(self.notes.fontMetrics().lineSpacing() * 4 + 14)
        layout.addWidget(self.notes)

        self.sections = QTabWidget(panel)
        self.sections.setAccessibleName(self.tr("Organization sections"))
        self.contacts = _section(
            self.tr("Contacts"),
            (self.tr("Name"), self.tr("Title"), self.tr("E-mail"), self.tr("Phone")),
            panel,
        )
        self.contacts.itemActivated.connect(lambda _item, _col: self.edit_contact())
        self.contacts.currentItemChanged.connect(lambda *_: self._update_contact_buttons())
        contacts_page = QWidget(panel)
        contacts_layout = QVBoxLayout(contacts_page)
        contacts_layout.setContentsMargins(4, 4, 4, 4)
        contacts_layout.addWidget(self.contacts, 1)
        contact_buttons = QHBoxLayout()
        self.add_contact_button = QPushButton(self.tr("Add c&ontact…"), contacts_page)
        self.add_contact_button.setAccessibleName(self.tr("Add contact"))
        self.edit_contact_button = QPushButton(self.tr("Edit contact…"), contacts_page)
        self.edit_contact_button.setAccessibleName(self.tr("Edit contact"))
        self.remove_contact_button = QPushButton(self.tr("Remove contact…"), contacts_page)
        self.remove_contact_button.setAccessibleName(self.tr("Remove contact"))
        for button, slot in (
            (self.add_contact_button, self.add_contact),
            (self.edit_contact_button, self.edit_contact),
            (self.remove_contact_button, self.remove_contact),
        ):
            button.clicked.connect(slot)
            contact_buttons.addWidget(button)
        contact_buttons.addStretch(1)
        contacts_layout.addLayout(contact_buttons)
        remove = QAction(self.tr("Remove contact…"), self.contacts)
        remove.setShortcut(QKeySequence("Del"))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove_contact)
        self.contacts.addAction(remove)

        self.history = _section(
            self.tr("Stage history"),
            (self.tr("Date"), self.tr("Move"), self.tr("By"), self.tr("Note")),
            panel,
        )
        self.meetings = _section(
            self.tr("Meetings"), (self.tr("Date"), self.tr("Kind"), self.tr("Title")), panel
        )
        self.meetings.itemActivated.connect(lambda item, _c: self._open(item, "meeting"))
        self.commitments = _section(
            self.tr("Commitments"),
            (self.tr("Due"), self.tr("Status"), self.tr("Description")),
            panel,
        )
        self.commitments.itemActivated.connect(lambda item, _c: self._open(item, "commitment"))
        self.assessments = _section(
            self.tr("Assessments of the principles"),
            (self.tr("Principle"), self.tr("Status"), self.tr("Assessed on")),
            panel,
        )
        self.assessments.itemActivated.connect(lambda item, _c: self._edit_assessment(item))
        for tree, widths in (
            (self.contacts, (170, 150, 190)),
            (self.history, (85, 190, 90)),
            (self.meetings, (85, 95)),
            (self.commitments, (85, 150)),
            (self.assessments, (250, 110)),
        ):
            for column, width in enumerate(widths):
                tree.setColumnWidth(column, width)
        self.sections.addTab(contacts_page, self.tr("Contacts"))
        self.sections.addTab(self.history, self.tr("History"))
        self.sections.setTabToolTip(1, self.tr("Stage history: every move along the pipeline"))
        self.sections.addTab(self.meetings, self.tr("Meetings"))
        self.sections.addTab(self.commitments, self.tr("Commitments"))
        self.sections.addTab(self.assessments, self.tr("Principles"))
        layout.addWidget(self.sections, 1)
        return panel

    # --- the detail panel -----------------------------------------------------------------
    def _current_changed(self, index: QModelIndex) -> None:
        if index.isValid():
            self._last_row = index.row()
        self._show(self.model.id_at(index.row()) if index.isValid() else None)

    def _show(self, org_id: int | None) -> None:
        """Read one organization's story (a few small indexed queries) and show it."""
        data = None
        if org_id is not None:
            with self.db.read() as session:
                data = queries.detail(session, org_id)
        self.detail_data = data
        self._update_buttons()
        self.sections.setEnabled(data is not None)
        if data is None:
            self.title.setText(
                "<p><i>"
                + _esc(
                    self.tr(
                        "Select an organization to see its contacts, stage history, meetings,"
                        " commitments and assessments."
                    )
                )
                + "</i></p>"
            )
            for value in self.values.values():
                value.clear()
            self.notes.hide()
            for tree in (
                self.contacts,
                self.history,
                self.meetings,
                self.commitments,
                self.assessments,
            ):
                tree.clear()
            self._update_contact_buttons()
            return
        archived = (
            f" <span style='font-weight:normal'>{_esc(self.tr('(archived)'))}</span>"
            if data.archived
            else ""
        )
        self.title.setText(f"<h2>{_esc(data.name)}{archived}</h2>")
        since = (
            self.tr("{0} since {1}").format(vocab_label(data.stage), data.stage_since.isoformat())
            if data.stage_since
            else vocab_label(data.stage)
        )
        shown = {
            "stage": since,
            "endorsed_on": data.endorsed_on.isoformat() if data.endorsed_on else "—",
            "priority": vocab_label(data.priority),
            "lead_official": data.lead_official or "—",
            "classification": vocab_label(data.classification),
            "kind": vocab_label(data.kind),
            "country": data.country or "—",
            "sector": data.sector or "—",
            "website": data.website or "—",
        }
        for key, text in shown.items():
            self.values[key].setText(text)
        self.notes.setPlainText(data.notes or "")
        self.notes.setVisible(bool(data.notes))
        self._show_contacts(data)
        self._show_history(data)
        self._show_meetings(data)
        self._show_commitments(data)
        self._show_assessments(data)

    def _show_contacts(self, data: queries.OrganizationDetail) -> None:
        kept = self._current_contact()
        rows = []
        for c in data.contacts:
            item = QTreeWidgetItem([c.name, c.title or "", c.email or "", c.phone or ""])
            item.setData(0, ID_ROLE, c.id)
            rows.append(item)
        _fill(self.contacts, rows, self.tr("No contacts yet. Add one with “Add contact…”."))
        jump = self._pending_contact  # asked for by show_record("contact", id)
        self._pending_contact = None
        wanted = jump if jump is not None else (kept[0] if kept else None)
        for item in rows:
            if wanted is not None and item.data(0, ID_ROLE) == wanted:
                self.contacts.setCurrentItem(item)
                if jump is not None:
                    self.sections.setCurrentIndex(0)
        self.sections.setTabText(0, self.tr("Contacts ({0})").format(len(data.contacts)))
        self._update_contact_buttons()

    def _show_history(self, data: queries.OrganizationDetail) -> None:
        rows = []
        for h in data.history:
            move = (
                self.tr("Added as {0}").format(vocab_label(h.to_stage))
                if h.from_stage is None
                else f"{vocab_label(h.from_stage)} → {vocab_label(h.to_stage)}"
            )
            item = QTreeWidgetItem(
                [h.changed_on.isoformat(), move, h.changed_by or "", h.note or ""]
            )
            if h.note:
                item.setToolTip(3, h.note)
            rows.append(item)
        _fill(self.history, rows, self.tr("No stage changes recorded."))
        self.sections.setTabText(1, self.tr("History ({0})").format(len(data.history)))

    def _show_meetings(self, data: queries.OrganizationDetail) -> None:
        rows = []
        for m in data.meetings:
            item = QTreeWidgetItem([m.held_on.isoformat(), vocab_label(m.kind), m.title])
            item.setData(0, ID_ROLE, m.id)
            item.setToolTip(2, m.title)
            rows.append(item)
        _fill(self.meetings, rows, self.tr("No meetings recorded."))
        _more(
            self.meetings,
            data.meeting_total - len(data.meetings),
            self.tr("… and {0} older meetings (see the Meetings tab)"),
        )
        self.sections.setTabText(2, self.tr("Meetings ({0})").format(f"{data.meeting_total:,}"))

    def _show_commitments(self, data: queries.OrganizationDetail) -> None:
        today = date.today()
        rows = []
        late = 0
        bold = QFont()
        bold.setBold(True)
        for p in data.commitments:
            status = vocab_label(p.status)
            overdue = p.due_on is not None and is_overdue(p.status, p.due_on, today)
            if overdue and p.due_on is not None:
                late += 1
                days = (today - p.due_on).days
                status = (
                    self.tr("{0} · Overdue 1 day").format(status)
                    if days == 1
                    else self.tr("{0} · Overdue {1} days").format(status, days)
                )
            due = p.due_on.isoformat() if p.due_on else self.tr("no date")
            item = QTreeWidgetItem([due, status, p.description])
            item.setData(0, ID_ROLE, p.id)
            item.setToolTip(2, p.description)
            if overdue:
                for column in range(3):
                    item.setBackground(column, tint(*OVERDUE_TINT))
                item.setFont(1, bold)
            rows.append(item)
        _fill(self.commitments, rows, self.tr("No commitments recorded."))
        _more(
            self.commitments,
            data.commitment_total - len(data.commitments),
            self.tr("… and {0} older commitments (see the Commitments tab)"),
        )
        self.sections.setTabText(
            3, self.tr("Commitments ({0})").format(f"{data.commitment_total:,}")
        )
        # the rows say "Overdue" in words; the tab adds a sign and says how many
        self.sections.setTabIcon(3, icon("commitments-overdue") if late else QIcon())
        self.sections.setTabToolTip(
            3,
            (self.tr("1 overdue") if late == 1 else self.tr("{0} overdue").format(late))
            if late
            else "",
        )

    def _show_assessments(self, data: queries.OrganizationDetail) -> None:
        rows = []
        implemented = 0
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for principle in self._principles:
            status, on = data.assessments.get(principle.number, (None, None))
            implemented += status is AssessmentStatus.IMPLEMENTED
            item = QTreeWidgetItem(
                [
                    f"{principle.code} {principle.short_title}",
                    vocab_label(status) if status is not None else self.tr("Not assessed"),
                    on.isoformat() if on else "",
                ]
            )
            item.setData(0, ID_ROLE, principle.number)
            item.setToolTip(0, principle.text)
            if status is not None and status in TINTS:
                item.setBackground(1, tint(*TINTS[status]))
            elif status is None:
                item.setForeground(1, muted)
            rows.append(item)
        _fill(self.assessments, rows, "")
        self.sections.setTabText(
            4, self.tr("Principles ({0}/{1})").format(implemented, len(self._principles))
        )
        self.sections.setTabToolTip(
            4,
            self.tr("{0} of the {1} principles implemented").format(
                implemented, len(self._principles)
            ),
        )

    def _open(self, item: QTreeWidgetItem, entity: str) -> None:
        record_id = item.data(0, ID_ROLE)
        if record_id is not None:
            self.open_record.emit(entity, int(record_id))

    def _edit_assessment(self, item: QTreeWidgetItem) -> None:
        number = item.data(0, ID_ROLE)
        data = self.detail_data
        if number is None or data is None or self.db.read_only:
            return
        principle = next(p for p in self._principles if p.number == int(number))
        with self.db.read() as session:
            row = queries_principles.rows(session, [data.id]).get(data.id)
        cell = row.cells.get(principle.number) if row is not None else None
        if AssessmentEditor(self.db, data.id, data.name, principle, cell, self).exec():
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
        self.country_filter.setCurrentIndex(max(self.country_filter.findData(current), 0))
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

    def _clear_filter_widgets(self, *, show_archived: bool) -> None:
        widgets: list[QWidget] = [self.search, self.show_archived, *self._filter_combos()]
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        for combo in self._filter_combos():
            combo.setCurrentIndex(0)
        self.show_archived.setChecked(show_archived)
        for widget in widgets:
            widget.blockSignals(False)

    def reset_filters(self) -> None:
        self._clear_filter_widgets(show_archived=False)
        self.apply_filters()

    def _after_reload(self, count: int) -> None:
        self.count.setText(
            self.tr("1 organization")
            if count == 1
            else self.tr("{0} organizations").format(f"{count:,}")
        )
        wanted = self._pending_select
        self._pending_select = None
        focus = wanted is not None
        if wanted is None and self.detail_data is not None:
            wanted = self.detail_data.id
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is None and wanted is not None and self._stay_near and not focus and count:
            # the shown record went away (deleted, merged, archived out of view): stay near
            row = min(self._last_row, count - 1)
        self._stay_near = False
        if row is None:
            self._show(None)
            return
        self._select_row(row)
        if focus:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        if self.table.currentIndex() == index:
            self._current_changed(index)  # same row, new data: read it again
        else:
            self.table.setCurrentIndex(index)  # currentRowChanged shows the detail
        self.table.selectRow(row)
        self.table.scrollTo(index)

    # --- the View contract ------------------------------------------------------------------
    def refresh(self) -> None:
        self._load_countries()
        self.model.reload()

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
        self._pending_contact = record_id if entity == "contact" else None
        row = self.model.row_of(org_id)
        if row is not None:
            self._select_row(row)
            return True
        # hidden by a filter (or not loaded yet): clear them and select once reloaded
        self._pending_select = org_id
        self._clear_filter_widgets(show_archived=archived or self.show_archived.isChecked())
        self.apply_filters()
        self.model.reload()  # also when the filters were clear: the record may be brand new
        return True

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        writable = not self.db.read_only
        chosen = self.detail_data is not None and writable
        self.new_button.setEnabled(writable)
        for widget in (
            self.edit_button,
            self.stage_button,
            self.archive_button,
            self.delete_button,
            self.merge_button,
            self.edit_action,
            self.archive_action,
            self.delete_action,
            self.merge_action,
        ):
            widget.setEnabled(chosen)
        self.stage_menu.setEnabled(chosen)
        archived = bool(self.detail_data and self.detail_data.archived)
        text = self.tr("Unar&chive") if archived else self.tr("Ar&chive")
        self.archive_button.setText(text)
        self.archive_action.setText(text)
        self.archive_button.setAccessibleName(
            self.tr("Unarchive organization") if archived else self.tr("Archive organization")
        )

    def _update_contact_buttons(self) -> None:
        writable = self.detail_data is not None and not self.db.read_only
        item = self.contacts.currentItem()
        has = item is not None and item.data(0, ID_ROLE) is not None
        self.add_contact_button.setEnabled(writable)
        self.edit_contact_button.setEnabled(writable and has)
        self.remove_contact_button.setEnabled(writable and has)

    def _context_menu(self, pos: QPoint) -> None:
        if self.current_id() is None:
            return
        menu = QMenu(self)
        menu.addAction(self.edit_action)
        menu.addMenu(self.stage_menu)
        menu.addAction(self.archive_action)
        menu.addAction(self.merge_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    # --- actions ------------------------------------------------------------------------------
    def new_record(self) -> None:
        if self.db.read_only:
            return
        dialog = OrganizationEditor(self.db, self.bus, self)
        if dialog.exec() and dialog.saved_id is not None:
            self.show_record("organization", dialog.saved_id)

    def edit_selected(self) -> None:
        data = self.detail_data
        if data is None or self.db.read_only:
            return
        OrganizationEditor(self.db, self.bus, self, organization_id=data.id).exec()

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
        if data is None or self.db.read_only or target is data.stage:
            return
        dialog = StageChangeDialog(
            self.db, data.id, data.name, data.stage, target, data.stage_since, self
        )
        if dialog.exec():
            self.bus.changed.emit("organization")

    def toggle_archived(self) -> None:
        data = self.detail_data
        if data is None or self.db.read_only:
            return
        org_id, was = data.id, data.archived
        if self._write(lambda s: service.set_archived(s, org_id, not was)):
            text = self.tr("Unarchive {0}") if was else self.tr("Archive {0}")
            record(
                self.db,
                self.bus,
                "organization",
                text.format(data.name),
                lambda s: service.set_archived(s, org_id, was),
                lambda s: service.set_archived(s, org_id, not was),
            )

    def delete_selected(self) -> None:
        data = self.detail_data
        if data is None or self.db.read_only:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete organization"),
            self.tr(
                "Delete {0}?\n\nAn organization with meetings or commitments is archived"
                " instead, so that no record is lost."
            ).format(data.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        outcome: list[bool] = []
        if self._write(lambda s: outcome.append(service.delete(s, data.id))) and outcome == [False]:
            QMessageBox.information(
                self,
                self.tr("Archived instead"),
                self.tr(
                    "{0} has meetings or commitments, so it was archived instead of deleted."
                    " Tick “Show archived” to see it again."
                ).format(data.name),
            )

    def merge_selected(self) -> None:
        data = self.detail_data
        if data is None or self.db.read_only:
            return
        dialog = MergeDialog(self.db, data.id, data.name, self)
        if not dialog.exec():
            return
        duplicate = dialog.duplicate_id()
        if duplicate is not None:
            self._write(lambda s: service.merge(s, data.id, duplicate))

    def add_contact(self) -> None:
        if self.detail_data is not None and not self.db.read_only:
            ContactEditor(self.db, self.bus, self.detail_data.id, self).exec()

    def _current_contact(self) -> tuple[int, str] | None:
        item = self.contacts.currentItem()
        if item is None or item.data(0, ID_ROLE) is None:
            return None
        return int(item.data(0, ID_ROLE)), item.text(0)

    def edit_contact(self) -> None:
        chosen = self._current_contact()
        if chosen is not None and self.detail_data is not None and not self.db.read_only:
            ContactEditor(self.db, self.bus, self.detail_data.id, self, contact_id=chosen[0]).exec()

    def remove_contact(self) -> None:
        chosen = self._current_contact()
        if chosen is None or self.db.read_only:
            return
        contact_id, name = chosen
        answer = QMessageBox.question(
            self, self.tr("Remove contact"), self.tr("Remove the contact {0}?").format(name)
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._write(lambda s: contact_service.delete(s, contact_id), "contact")

    def _write(self, action: Callable[[Session], object], entity: str = "organization") -> bool:
        """One user action, one transaction; problems in plain words."""
        try:
            with self.db.write() as session:
                action(session)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Organizations"), "\n".join(exc.errors.values()))
            return False
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Organizations"), str(exc))
            return False
        self._stay_near = True
        self.bus.changed.emit(entity)
        return True
