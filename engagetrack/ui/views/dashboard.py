"""The Dashboard tab: what a busy official needs at a glance before a meeting.

Headline figures are painted at once from a few indexed counts; the lists and the charts
load in the background and QtCharts is imported only then, so the window opens fast even on
a register of 10,000 organizations.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from engagetrack.domain.vocabularies import Stage
from engagetrack.services import queries_dashboard as queries
from engagetrack.store.database import Database
from engagetrack.ui import tasks
from engagetrack.ui.i18n import vocab_label
from engagetrack.ui.views.base import DataBus, View

MORE = "more"


class Figure(QFrame):
    """One headline number with its label."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.number = QLabel("…", self)
        font = QFont(self.number.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(label, self)
        self.detail = QLabel("", self)
        self.detail.setForegroundRole(self.detail.foregroundRole())
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        self.setAccessibleName(label)

    def set(self, value: int, detail: str = "") -> None:
        self.number.setText(f"{value:,}")
        self.detail.setText(detail)
        self.setAccessibleDescription(f"{value:,} {detail}".strip())


class RecordList(QGroupBox):
    """A titled, capped list whose items open their record (Enter or double-click)."""

    def __init__(self, title: str, more_tab: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.more_tab = more_tab
        self.list = QListWidget(self)
        self.list.setAccessibleName(title)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)  # a long description wraps rather than scrolls sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.list)

    def fill(self, capped: queries.Capped, line: Any, empty: str, more: str) -> None:
        self.list.clear()
        for item in capped.items:
            entry = QListWidgetItem(line(item))
            entry.setData(Qt.ItemDataRole.UserRole, (item.entity, item.record_id))
            entry.setToolTip(item.title)
            self.list.addItem(entry)
        if not capped.items:
            entry = QListWidgetItem(empty)
            entry.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(entry)
        elif capped.total > len(capped.items):
            entry = QListWidgetItem(more.replace("%1", f"{capped.total - len(capped.items):,}"))
            entry.setData(Qt.ItemDataRole.UserRole, (MORE, 0))
            font = entry.font()
            font.setItalic(True)
            entry.setFont(font)
            self.list.addItem(entry)


class DashboardView(View):
    show_tab = Signal(str)

    def __init__(self, db: Database, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(db, bus, parent)
        self._ready = False
        self._generation = 0
        self._charts: Any = None

        self.organizations = Figure(self.tr("Organizations in the register"), self)
        self.endorsers = Figure(self.tr("Endorsers of the principles"), self)
        self.open = Figure(self.tr("Open commitments"), self)
        self.overdue = Figure(self.tr("Overdue commitments"), self)
        figures = QHBoxLayout()
        for figure in (self.organizations, self.endorsers, self.open, self.overdue):
            figures.addWidget(figure)

        self.stages = QLabel(self)
        self.stages.setAccessibleName(self.tr("Organizations by stage"))
        self.stages.setWordWrap(True)
        self.stages.setTextFormat(Qt.TextFormat.RichText)

        self.endorser_list = RecordList(self.tr("Endorsers, newest first"), "Organizations", self)
        self.overdue_list = RecordList(
            self.tr("Overdue commitments, most overdue first"), "Commitments", self
        )
        self.soon_list = RecordList(self.tr("Due in the next 30 days"), "Commitments", self)
        self.upcoming_list = RecordList(
            self.tr("Upcoming meetings (next 60 days)"), "Meetings", self
        )
        self.recent_list = RecordList(self.tr("Recent meetings (last 30 days)"), "Meetings", self)
        lists = QGridLayout()
        lists.addWidget(self.overdue_list, 0, 0)
        lists.addWidget(self.soon_list, 0, 1)
        lists.addWidget(self.endorser_list, 0, 2)
        lists.addWidget(self.upcoming_list, 1, 0)
        lists.addWidget(self.recent_list, 1, 1)
        self.coverage_box = QGroupBox(
            self.tr("Principle coverage: endorsers implementing each principle"), self
        )
        QVBoxLayout(self.coverage_box)
        lists.addWidget(self.coverage_box, 1, 2)
        self.timeline_box = QGroupBox(self.tr("Endorsers over time"), self)
        QVBoxLayout(self.timeline_box)
        lists.addWidget(self.timeline_box, 2, 0, 1, 3)
        for row, stretch in ((0, 3), (1, 3), (2, 2)):
            lists.setRowStretch(row, stretch)
        for record_list in self._lists():
            record_list.list.itemActivated.connect(self._open_item)
            record_list.list.itemDoubleClicked.connect(self._open_item)

        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.addLayout(figures)
        inner.addWidget(self.stages)
        inner.addLayout(lists, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        content.setMinimumHeight(760)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(300)
        self._reload_timer.timeout.connect(self.refresh)
        self.refresh()

    def _lists(self) -> list[RecordList]:
        return [
            self.endorser_list,
            self.overdue_list,
            self.soon_list,
            self.upcoming_list,
            self.recent_list,
        ]

    def is_ready(self) -> bool:
        """True once real figures and lists are shown (the charts may follow a moment later)."""
        return self._ready

    def on_data_changed(self, entity: str) -> None:
        self._reload_timer.start()  # many changes in a row cause one reload

    def refresh(self) -> None:
        today = date.today()
        with self.db.read() as session:
            head = queries.headline(session, today)
        self.organizations.set(head.organizations, self.tr("not counting archived ones"))
        self.endorsers.set(head.endorsers)
        self.open.set(head.open_commitments, self.tr("open or in progress"))
        self.overdue.set(
            head.overdue,
            self.tr("%1 more due in the next 30 days").replace("%1", f"{head.due_soon:,}"),
        )
        parts = []
        for stage in Stage:
            parts.append(f"{vocab_label(stage)}: <b>{head.by_stage[stage.value]:,}</b>")
        self.stages.setText(self.tr("By stage: ") + " &nbsp;·&nbsp; ".join(parts))
        self._generation += 1
        generation, db = self._generation, self.db

        def work(_report: Any) -> queries.DashboardData:
            with db.read() as session:
                return queries.dashboard(session, today)

        tasks.run_in_background(work, on_done=lambda data: self._show(generation, data, today))

    def _show(self, generation: int, data: queries.DashboardData, today: date) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # the window closed meanwhile, or a newer refresh is on its way
        self.overdue_list.fill(
            data.overdue,
            lambda i: (
                self.tr("Overdue %1 days · %2 · %3")
                .replace("%1", str((today - i.when).days))
                .replace("%2", i.detail)
                .replace("%3", i.title)
            ),
            self.tr("Nothing is overdue."),
            self.tr("… and %1 more overdue: see Commitments"),
        )
        self.soon_list.fill(
            data.due_soon,
            lambda i: f"{i.when.isoformat()} · {i.detail} · {i.title}",
            self.tr("Nothing falls due in the next 30 days."),
            self.tr("… and %1 more: see Commitments"),
        )
        self.endorser_list.fill(
            data.endorsers,
            lambda i: (
                f"{i.when.isoformat() if i.when else '—'} · {i.title}"
                + (f" ({i.detail})" if i.detail else "")
            ),
            self.tr("No endorsers yet."),
            self.tr("… and %1 more: see Organizations"),
        )
        self.upcoming_list.fill(
            data.upcoming,
            lambda i: (
                self.tr("%1 · Planned · %2 (%3)")
                .replace("%1", i.when.isoformat())
                .replace("%2", i.title)
                .replace("%3", vocab_label(i.detail))
            ),
            self.tr("No meetings planned in the next 60 days."),
            self.tr("… and %1 more: see Meetings"),
        )
        self.recent_list.fill(
            data.recent,
            lambda i: f"{i.when.isoformat()} · {i.title} ({vocab_label(i.detail)})",
            self.tr("No meetings in the last 30 days."),
            self.tr("… and %1 more: see Meetings"),
        )
        self._ready = True
        QTimer.singleShot(0, lambda: self._draw_charts(data))

    def _draw_charts(self, data: queries.DashboardData) -> None:
        from engagetrack.ui import charts  # QtCharts loads here, after the first paint

        if self._charts is None:
            self._charts = charts.DashboardCharts(self.timeline_box, self.coverage_box)
        self._charts.update(data.endorsements_by_year, data.coverage)

    def _open_item(self, item: QListWidgetItem) -> None:
        value = item.data(Qt.ItemDataRole.UserRole)
        if not value:
            return
        entity, record_id = value
        if entity == MORE:
            owner = next(lst for lst in self._lists() if lst.list is item.listWidget())
            self.show_tab.emit(owner.more_tab)
        else:
            self.open_record.emit(entity, int(record_id))
