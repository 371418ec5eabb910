"""The Dashboard as an official reads it: the figures agree with the register, overdue work
is spelled out, and every item opens its record."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from engagetrack.services import organizations, reporting
from engagetrack.store.database import Database
from engagetrack.ui.views.base import DataBus
from engagetrack.ui.views.dashboard import DashboardView


def _ready(qtbot: QtBot, view: DashboardView) -> None:
    qtbot.waitUntil(view.is_ready, timeout=10_000)


def test_figures_match_the_register(qtbot: QtBot, demo_db: Database, bus: DataBus) -> None:
    view = DashboardView(demo_db, bus)
    qtbot.addWidget(view)
    view.show()
    _ready(qtbot, view)
    with demo_db.read() as s:
        stats = reporting.stats(s)
    assert view.endorsers.number.text() == str(stats["endorsers"]) == "9"
    assert view.overdue.number.text() == str(stats["overdue_commitments"])
    assert view.open.number.text() == str(stats["open_commitments"])
    assert "Endorsed: <b>9</b>" in view.stages.text()
    # the overdue list spells out how late each item is, most overdue first
    lines = [view.overdue_list.list.item(i).text() for i in range(view.overdue_list.list.count())]
    assert len(lines) == stats["overdue_commitments"]
    days = [int(line.split()[1]) for line in lines]
    assert days == sorted(days, reverse=True)
    weprotect_due = date(2026, 9, 30)
    expected = (date.today() - weprotect_due).days
    if expected > 0:
        assert f"Overdue {expected} days · WeProtect Global Alliance" in lines[0]
    qtbot.waitUntil(lambda: len(view.findChildren(QChartView)) == 2)


def test_items_open_their_records(qtbot: QtBot, demo_db: Database, bus: DataBus) -> None:
    view = DashboardView(demo_db, bus)
    qtbot.addWidget(view)
    view.show()
    _ready(qtbot, view)
    endorsers = view.endorser_list.list
    microsoft = next(
        endorsers.item(i)
        for i in range(endorsers.count())
        if "Microsoft" in endorsers.item(i).text()
    )
    with demo_db.read() as s:
        org = organizations.find_by_name(s, "Microsoft")
        assert org is not None
        wanted = org.id
    with qtbot.waitSignal(view.open_record) as signal:
        endorsers.setCurrentItem(microsoft)
        qtbot.keyClick(endorsers, Qt.Key.Key_Return)
    assert signal.args == ["organization", wanted]


def test_figures_follow_changes(qtbot: QtBot, demo_db: Database, bus: DataBus) -> None:
    view = DashboardView(demo_db, bus)
    qtbot.addWidget(view)
    _ready(qtbot, view)
    before = int(view.organizations.number.text().replace(",", ""))
    with demo_db.write() as s:
        organizations.create(s, {"name": "Aurora Messaging"})
    bus.changed.emit("organization")
    qtbot.waitUntil(lambda: view.organizations.number.text() == str(before + 1), timeout=5000)


def test_empty_register_says_so(qtbot: QtBot, empty_db: Database, bus: DataBus) -> None:
    view = DashboardView(empty_db, bus)
    qtbot.addWidget(view)
    _ready(qtbot, view)
    assert view.organizations.number.text() == "0"
    assert view.overdue_list.list.item(0).text() == "Nothing is overdue."
