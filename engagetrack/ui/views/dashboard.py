"""The Dashboard tab: what a busy official needs at a glance before a meeting.

The headline figures are painted at once from a few indexed counts; the lists load in the
background only after that first paint, and QtCharts is imported only once they are shown,
so the window opens fast even on a register of 10,000 organizations.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6 import QtCore
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont, QPaintEvent
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

from engagetrack.domain.rules import DUE_SOON_DAYS, RECENT_DAYS, UPCOMING_DAYS
from engagetrack.domain.vocabularies import Stage
from engagetrack.services.headline import headline
from engagetrack.store.database import Database
from engagetrack.ui import tasks
from engagetrack.ui.bus import DataBus
from engagetrack.ui.i18n import arg, number, vocab_label
from engagetrack.ui.names import tab_title
from engagetrack.ui.startup import take_prefetched
from engagetrack.ui.views.base import View

if TYPE_CHECKING:
    # the lists' queries load SQLAlchemy: only in the background, after the first paint
    from engagetrack.services import queries_dashboard as queries

MORE = "more"
RELOAD_MS = 300  # many changes in a row (an import, an undo) cause one reload


class Figure(QFrame):
    """One headline number with its label; tells the Dashboard when it has been painted."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.painted: Callable[[], None] | None = None
        layout = QVBoxLayout(self)
        self.number = QLabel("…", self)
        font = QFont(self.number.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(label, self)
        self.detail = QLabel("", self)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        self.setAccessibleName(label)

    def set(self, value: int, detail: str = "") -> None:
        self.number.setText(number(value))
        self.detail.setText(detail)
        self.setAccessibleDescription(f"{number(value)} {detail}".strip())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.painted is not None:
            self.painted()


class RecordList(QGroupBox):
    """A titled, capped list whose items open their record (Enter or double-click)."""

    def __init__(self, title: str, more_tab: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.more_tab = more_tab
        self.list = QListWidget(self)
        self.list.setAccessibleName(title)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)  # a long description wraps rather than scrolls sideways
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.list)
        # Qt's enums (QtCore.Qt) take 20 ms to load on first use: not before the first paint,
        # so the first placeholder is a plain item and the scroll bar is set when filled
        self.list.addItem(self.tr("Loading…"))

    def _placeholder(self, text: str) -> None:
        entry = QListWidgetItem(text)
        entry.setFlags(QtCore.Qt.ItemFlag.NoItemFlags)
        self.list.addItem(entry)

    def fill(
        self, capped: queries.Capped, line: Callable[[queries.Item], str], empty: str, more: str
    ) -> None:
        Qt = QtCore.Qt
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.clear()
        for item in capped.items:
            entry = QListWidgetItem(line(item))
            entry.setData(Qt.ItemDataRole.UserRole, (item.entity, item.record_id))
            entry.setToolTip(item.title)
            self.list.addItem(entry)
        if not capped.items:
            self._placeholder(empty)
        elif capped.total > len(capped.items):
            entry = QListWidgetItem(more.replace("%1", number(capped.total - len(capped.items))))
            entry.setData(Qt.ItemDataRole.UserRole, (MORE, 0))
            entry.setToolTip(arg(self.tr("Open the %1 tab"), tab_title(self.more_tab)))
            font = entry.font()
            font.setItalic(True)
            entry.setFont(font)
            self.list.addItem(entry)


class DashboardView(View):
    show_tab = Signal(str)  # the tab to show: "Commitments", "Meetings" or "Organizations"

    def __init__(self, db: Database, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(db, bus, parent)
        self._figures_set = False
        self._painted = False
        self._lists_pending = False
        self._lists_shown = False
        self._generation = 0
        self._charts: Any = None
        self.figures_painted_at: float | None = None  # when real figures were first painted

        self.organizations = Figure(self.tr("Organizations in the register"), self)
        self.endorsers = Figure(self.tr("Endorsers of the principles"), self)
        self.open = Figure(self.tr("Open commitments"), self)
        self.overdue = Figure(self.tr("Overdue commitments"), self)
        self.overdue.painted = self._figures_painted
        figures = QHBoxLayout()
        for figure in (self.organizations, self.endorsers, self.open, self.overdue):
            figures.addWidget(figure)

        self.stages = QLabel(self)
        self.stages.setAccessibleName(self.tr("Organizations by stage"))
        self.stages.setWordWrap(True)  # rich text (bold figures): Qt sees the tags itself

        self.overdue_list = RecordList(
            self.tr("Overdue commitments, most overdue first"), "Commitments", self
        )
        self.soon_list = RecordList(
            arg(self.tr("Due in the next %1 days"), str(DUE_SOON_DAYS)),
            "Commitments",
            self,
        )
        self.endorser_list = RecordList(self.tr("Endorsers, newest first"), "Organizations", self)
        self.upcoming_list = RecordList(
            arg(self.tr("Planned meetings (next %1 days)"), str(UPCOMING_DAYS)),
            "Meetings",
            self,
        )
        self.recent_list = RecordList(
            arg(self.tr("Recent meetings (last %1 days)"), str(RECENT_DAYS)),
            "Meetings",
            self,
        )
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
        self.timeline_box = QGroupBox(
            self.tr("Endorsers over time: in all at the end of each year (this year so far)"),
            self,
        )
        QVBoxLayout(self.timeline_box)
        lists.addWidget(self.timeline_box, 2, 0, 1, 3)
        for row, stretch in ((0, 3), (1, 3), (2, 2)):
            lists.setRowStretch(row, stretch)
        for record_list in self._lists():
            # Enter or double-click (single click where the platform activates on one);
            # itemDoubleClicked as well would open the record twice
            record_list.list.itemActivated.connect(self._open_item)

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
        self._reload_timer.setInterval(RELOAD_MS)
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

    # --- readiness --------------------------------------------------------------------------
    def is_ready(self) -> bool:
        """True once the real headline figures are on screen (a hidden tab: once they are
        set, to be painted when it is shown). The lists and charts follow in the background."""
        return self._figures_set and (self._painted or not self.isVisible())

    def lists_ready(self) -> bool:
        """True once the lists show real records (the charts follow a moment later)."""
        return self._lists_shown

    def charts_ready(self) -> bool:
        return self._charts is not None

    def _figures_painted(self) -> None:
        if not self._painted and self._figures_set:
            self.figures_painted_at = time.perf_counter()  # for the launch benchmark
        self._painted = True
        if self._lists_pending:  # only now: the first paint does not share the CPU with them
            self._lists_pending = False
            QTimer.singleShot(0, self._load_lists)

    # --- loading ----------------------------------------------------------------------------
    def on_data_changed(self, entity: str) -> None:
        self._reload_timer.start()

    def refresh(self) -> None:
        today = date.today()
        head = take_prefetched(self.db, today)
        if head is None:
            # plain SQL on a driver connection: the first paint does not wait for SQLAlchemy
            with self.db.raw_read() as conn:
                head = headline(conn, today)
        self.organizations.set(
            head.organizations,
            arg(self.tr("and %1 archived, not counted"), number(head.archived))
            if head.archived
            else "",
        )
        self.endorsers.set(
            head.endorsers,
            arg(
                self.tr("%1 of them endorsed in %2"),
                number(head.endorsed_this_year),
                str(today.year),
            ),
        )
        self.open.set(head.open_commitments, self.tr("open or in progress"))
        self.overdue.set(
            head.overdue,
            arg(
                self.tr("%1 more due in the next %2 days"),
                number(head.due_soon),
                str(DUE_SOON_DAYS),
            ),
        )
        parts = [
            arg(self.tr("%1: <b>%2</b>"), vocab_label(stage), number(head.by_stage[stage.value]))
            for stage in Stage
        ]
        self.stages.setText(self.tr("By stage: ") + " &nbsp;·&nbsp; ".join(parts))
        self._figures_set = True
        self._generation += 1
        self._lists_pending = True
        self._painted = False
        if self.isVisible():
            self.overdue.update()  # its paint starts the lists
        # a hidden Dashboard loads its lists when it is first shown

    def _load_lists(self) -> None:
        today, generation, db = date.today(), self._generation, self.db

        def work(_report: Any) -> queries.DashboardData:
            from engagetrack.services import queries_dashboard as queries

            with db.read() as session:
                return queries.dashboard(session, today)

        tasks.run_in_background(work, on_done=lambda data: self._show(generation, data, today))

    def _show(self, generation: int, data: queries.DashboardData, today: date) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # the window closed meanwhile, or a newer refresh is on its way

        def in_days(when: date | None) -> str:
            days = (when - today).days if when else 0
            if days == 0:
                return self.tr("today")
            if days == 1:
                return self.tr("tomorrow")
            return self.tr("in %Ln day(s)", "", days)

        def overdue(i: queries.Item) -> str:
            days = (today - i.when).days if i.when else 0
            return arg(
                self.tr("Overdue %1 · %2 · %3"), self.tr("%Ln day(s)", "", days), i.detail, i.title
            )

        def endorser(i: queries.Item) -> str:
            where = [i.detail] if i.detail else []
            if i.archived:
                where.append(self.tr("archived"))
            suffix = f" ({', '.join(where)})" if where else ""
            when = i.when.isoformat() if i.when else self.tr("date not recorded")
            return f"{when} · {i.title}{suffix}"

        self.overdue_list.fill(
            data.overdue,
            overdue,
            self.tr("Nothing is overdue."),
            self.tr("… and %1 more overdue: see Commitments"),
        )
        self.soon_list.fill(
            data.due_soon,
            lambda i: arg(
                self.tr("Due %1 (%2) · %3 · %4"),
                i.when.isoformat() if i.when else "",
                in_days(i.when),
                i.detail,
                i.title,
            ),
            arg(self.tr("Nothing falls due in the next %1 days."), str(DUE_SOON_DAYS)),
            self.tr("… and %1 more: see Commitments"),
        )
        self.endorser_list.fill(
            data.endorsers,
            endorser,
            self.tr("No endorsers yet."),
            self.tr("… and %1 more: see Organizations"),
        )
        self.upcoming_list.fill(
            data.upcoming,
            lambda i: arg(
                self.tr("%1 (%2) · Planned · %3 (%4)"),
                i.when.isoformat() if i.when else "",
                in_days(i.when),
                i.title,
                vocab_label(i.detail),
            ),
            arg(self.tr("No meetings planned in the next %1 days."), str(UPCOMING_DAYS)),
            self.tr("… and %1 more: see Meetings"),
        )
        self.recent_list.fill(
            data.recent,
            lambda i: (
                f"{i.when.isoformat() if i.when else ''} · {i.title} ({vocab_label(i.detail)})"
            ),
            arg(self.tr("No meetings in the last %1 days."), str(RECENT_DAYS)),
            self.tr("… and %1 more: see Meetings"),
        )
        self._lists_shown = True
        QTimer.singleShot(0, lambda: self._draw_charts(generation, data))

    def _draw_charts(self, generation: int, data: queries.DashboardData) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        from engagetrack.ui import charts  # QtCharts loads here, after the first paint

        if self._charts is None:
            self._charts = charts.DashboardCharts(self.timeline_box, self.coverage_box)
        self._charts.update(data.endorsements_by_year, data.undated_endorsers, data.coverage)

    def _open_item(self, item: QListWidgetItem) -> None:
        value = item.data(QtCore.Qt.ItemDataRole.UserRole)
        if not value:
            return
        entity, record_id = value
        if entity == MORE:
            owner = next(lst for lst in self._lists() if lst.list is item.listWidget())
            self.show_tab.emit(owner.more_tab)
        else:
            self.open_record.emit(entity, int(record_id))
