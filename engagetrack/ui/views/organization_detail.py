"""The Organizations tab's detail panel: one organization's whole story (fields, notes,
contacts, stage history, meetings, commitments, principles), read in a handful of small
indexed queries so it stays instant at 10,000 organizations."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from engagetrack.domain.vocabularies import AssessmentStatus
from engagetrack.services import contacts as contact_service
from engagetrack.services import queries_organizations as queries
from engagetrack.services import queries_principles
from engagetrack.services.commitments import is_overdue
from engagetrack.store.database import Database
from engagetrack.ui.bus import DataBus
from engagetrack.ui.dialogs.assessment_editor import AssessmentEditor
from engagetrack.ui.dialogs.attachments_section import AttachmentsSection
from engagetrack.ui.dialogs.contact_editor import ContactEditor
from engagetrack.ui.dialogs.delete_reason import ask_delete_reason
from engagetrack.ui.i18n import arg, language, number, vocab_label
from engagetrack.ui.models.principles_matrix import TINTS
from engagetrack.ui.resources import icon
from engagetrack.ui.views.organization_sections import (
    ID_ROLE,
    fill,
    record_item,
    section_list,
)
from engagetrack.ui.widgets import CountedTabs, tint
from engagetrack.ui.write_op import write_op

OVERDUE_TINT = ("#fde2e1", "#5c1f1c")


class OrganizationDetailPanel(QWidget):
    """Shows one organization (`show_organization`); its contacts are edited here."""

    open_record = Signal(str, int)  # entity, id

    def __init__(self, db: Database, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.bus = db, bus
        self.data: queries.OrganizationDetail | None = None
        self.pending_contact: int | None = None  # to select once shown (show_record "contact")
        with db.read() as session:
            self._principles = queries_principles.principles(session, language())
        self._build()
        self.show_organization(None)

    def _build(self) -> None:
        panel = self
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
                label = QLabel(f"<b>{escape(caption, quote=False)}</b>", panel)
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

        self.sections = CountedTabs(panel)
        self.sections.setAccessibleName(self.tr("Organization sections"))
        self.contacts = section_list(
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

        self.history = section_list(
            self.tr("Stage history"),
            (self.tr("Date"), self.tr("Move"), self.tr("By"), self.tr("Note")),
            panel,
        )
        self.meetings = section_list(
            self.tr("Meetings"), (self.tr("Date"), self.tr("Kind"), self.tr("Title")), panel
        )
        self.meetings.itemActivated.connect(lambda item, _c: self._open(item, "meeting"))
        self.commitments = section_list(
            self.tr("Commitments"),
            (self.tr("Due"), self.tr("Status"), self.tr("Description")),
            panel,
        )
        self.commitments.itemActivated.connect(lambda item, _c: self._open(item, "commitment"))
        self.assessments = section_list(
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
        self.sections.add_counted(contacts_page, self.tr("Contacts", "detail tab"))
        self.sections.add_counted(self.history, self.tr("History", "detail tab"))
        self.sections.setTabToolTip(1, self.tr("Stage history: every move along the pipeline"))
        self.sections.add_counted(self.meetings, self.tr("Meetings", "detail tab"))
        self.sections.add_counted(self.commitments, self.tr("Commitments", "detail tab"))
        self.sections.add_counted(self.assessments, self.tr("Principles", "detail tab"))
        self.files = AttachmentsSection(self.db, self.bus, "organization", panel)
        self.files.changed.connect(
            lambda n: self.sections.set_label(
                5, arg(self.tr("Files (%1)"), n), self.tr("Files", "detail tab")
            )
        )
        self.sections.add_counted(self.files, self.tr("Files", "detail tab"))
        layout.addWidget(self.sections, 1)

    # --- the detail panel -----------------------------------------------------------------
    def show_organization(self, org_id: int | None) -> None:
        """Read one organization's story (a few small indexed queries) and show it."""
        data = None
        if org_id is not None:
            with self.db.read() as session:
                data = queries.detail(session, org_id)
        self.data = data
        self.sections.setEnabled(data is not None)
        self.files.show_record(*((data.id, data.name, data.classification) if data else (None,)))
        if data is None:
            self.title.setText(
                "<p><i>"
                + escape(
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
            " <span style='font-weight:normal'>" + escape(self.tr("(archived)")) + "</span>"
            if data.archived
            else ""
        )
        self.title.setText(f"<h2>{escape(data.name)}{archived}</h2>")
        since = (
            arg(self.tr("%1 since %2"), vocab_label(data.stage), data.stage_since.isoformat())
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
        rows = [
            record_item([c.name, c.title or "", c.email or "", c.phone or ""], c.id)
            for c in data.contacts
        ]
        fill(self.contacts, rows, self.tr("No contacts yet. Add one with “Add contact…”."))
        jump = self.pending_contact  # asked for by show_record("contact", id)
        self.pending_contact = None
        wanted = jump if jump is not None else (kept[0] if kept else None)
        for item in rows:
            if wanted is not None and item.data(0, ID_ROLE) == wanted:
                self.contacts.setCurrentItem(item)
                if jump is not None:
                    self.sections.setCurrentIndex(0)
        self.sections.set_label(
            0, arg(self.tr("Contacts (%1)"), len(data.contacts)), self.tr("Contacts", "detail tab")
        )
        self._update_contact_buttons()

    def _show_history(self, data: queries.OrganizationDetail) -> None:
        rows = []
        for h in data.history:
            move = (
                arg(self.tr("Added as %1"), vocab_label(h.to_stage))
                if h.from_stage is None
                else f"{vocab_label(h.from_stage)} → {vocab_label(h.to_stage)}"
            )
            item = QTreeWidgetItem(
                [h.changed_on.isoformat(), move, h.changed_by or "", h.note or ""]
            )
            if h.note:
                item.setToolTip(3, h.note)
            rows.append(item)
        fill(self.history, rows, self.tr("No stage changes recorded."))
        self.sections.set_label(
            1, arg(self.tr("History (%1)"), len(data.history)), self.tr("History", "detail tab")
        )

    def _show_meetings(self, data: queries.OrganizationDetail) -> None:
        rows = [
            record_item([m.held_on.isoformat(), vocab_label(m.kind), m.title], m.id)
            for m in data.meetings
        ]  # (a title too long for its column shows whole on hover: see fill)
        more = self.tr("… and %1 older meetings (see the Meetings tab)")
        hidden = data.meeting_total - len(rows)
        fill(self.meetings, rows, self.tr("No meetings recorded."), hidden=hidden, more=more)
        self.sections.set_label(
            2,
            arg(self.tr("Meetings (%1)"), number(data.meeting_total)),
            self.tr("Meetings", "detail tab"),
        )

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
                status = arg(self.tr("%1 · Overdue %2"), status, self.tr("%Ln day(s)", "", days))
            due = p.due_on.isoformat() if p.due_on else self.tr("no date")
            item = record_item([due, status, p.description], p.id)
            if overdue:
                for column in range(3):
                    item.setBackground(column, tint(*OVERDUE_TINT))
                item.setFont(1, bold)
            rows.append(item)
        more = self.tr("… and %1 older commitments (see the Commitments tab)")
        empty = self.tr("No commitments recorded.")
        fill(self.commitments, rows, empty, hidden=data.commitment_total - len(rows), more=more)
        self.sections.set_label(
            3,
            arg(self.tr("Commitments (%1)"), number(data.commitment_total)),
            self.tr("Commitments", "detail tab"),
        )
        # the rows say "Overdue" in words; the tab adds a sign and says how many
        self.sections.setTabIcon(3, icon("commitments-overdue") if late else QIcon())
        self.sections.setTabToolTip(
            3,
            self.tr("%Ln overdue", "", late) if late else "",
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
        fill(self.assessments, rows, "")
        self.sections.set_label(
            4,
            arg(self.tr("Principles (%1/%2)"), implemented, len(self._principles)),
            self.tr("Principles", "detail tab"),
        )
        self.sections.setTabToolTip(
            4,
            arg(self.tr("%1 of the %2 principles implemented"), implemented, len(self._principles)),
        )

    def _open(self, item: QTreeWidgetItem, entity: str) -> None:
        record_id = item.data(0, ID_ROLE)
        if record_id is not None:
            self.open_record.emit(entity, int(record_id))

    def _edit_assessment(self, item: QTreeWidgetItem) -> None:
        number = item.data(0, ID_ROLE)
        data = self.data
        if number is None or data is None or self.db.read_only:
            return
        principle = next(p for p in self._principles if p.number == int(number))
        with self.db.read() as session:
            row = queries_principles.rows(session, [data.id]).get(data.id)
        cell = row.cells.get(principle.number) if row is not None else None
        AssessmentEditor(self, data.id, data.name, principle, cell).exec()

    def _update_contact_buttons(self) -> None:
        writable = self.data is not None and not self.db.read_only
        item = self.contacts.currentItem()
        has = item is not None and item.data(0, ID_ROLE) is not None
        self.add_contact_button.setEnabled(writable)
        self.edit_contact_button.setEnabled(writable and has)
        self.remove_contact_button.setEnabled(writable and has)

    def add_contact(self) -> None:
        if self.data is not None and not self.db.read_only:
            ContactEditor(self, self.data.id).exec()

    def _current_contact(self) -> tuple[int, str] | None:
        item = self.contacts.currentItem()
        if item is None or item.data(0, ID_ROLE) is None:
            return None
        return int(item.data(0, ID_ROLE)), item.text(0)

    def edit_contact(self) -> None:
        chosen = self._current_contact()
        if chosen is not None and self.data is not None and not self.db.read_only:
            ContactEditor(self, self.data.id, chosen[0]).exec()

    def remove_contact(self) -> None:
        chosen = self._current_contact()
        if chosen is None or self.db.read_only:
            return
        contact_id, name = chosen
        reason = ask_delete_reason(
            self, self.tr("Remove contact"), arg(self.tr("Remove the contact %1?"), name)
        )
        if reason is not None:
            write_op(
                self,
                self.db,
                self.bus,
                lambda s: contact_service.delete(s, contact_id, reason=reason),
                entity="contact",
                title=self.tr("Remove contact"),
            )
