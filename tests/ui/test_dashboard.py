"""The Dashboard as an official reads it: the figures agree with the register, overdue work
is spelled out, every item opens its record, and the charts are drawn in the palette."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QListWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from engagetrack.domain.vocabularies import CommitmentStatus
from engagetrack.services import organizations, queries_dashboard, reporting
from engagetrack.store.database import Database
from engagetrack.store.models import Commitment
from engagetrack.ui.bus import DataBus
from engagetrack.ui.views.dashboard import DashboardView


def _shown(qtbot: QtBot, db: Database, bus: DataBus) -> DashboardView:
    view = DashboardView(db, bus)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitUntil(view.is_ready, timeout=10_000)
    qtbot.waitUntil(view.lists_ready, timeout=10_000)
    return view


def _lines(widget: QListWidget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def _active_due_dates(db: Database) -> list[date]:
    with db.read() as s:
        return list(
            s.scalars(
                select(Commitment.due_on).where(
                    Commitment.status.in_([CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS]),
                    Commitment.due_on.is_not(None),
                )
            )
        )


def test_figures_match_the_register(qtbot: QtBot, demo_db: Database, bus: DataBus) -> None:
    view = _shown(qtbot, demo_db, bus)
    with demo_db.read() as s:
        stats = reporting.stats(s)
    assert view.organizations.number.text() == str(stats["organizations"])
    assert view.endorsers.number.text() == str(stats["endorsers"]) == "9"
    assert view.overdue.number.text() == str(stats["overdue_commitments"])
    assert view.open.number.text() == str(stats["open_commitments"])
    assert f"Endorsed: <b>{stats['by_stage']['Endorsed']}</b>" in view.stages.text()

    # the overdue list spells out how late each item is, most overdue first; the demo's due
    # dates are fixed, so some of them are overdue from now on
    today = date.today()
    late = sorted((today - due).days for due in _active_due_dates(demo_db) if due < today)
    assert late, "the demo dataset has overdue commitments"
    lines = _lines(view.overdue_list.list)
    assert len(lines) == len(late) == stats["overdue_commitments"]
    for line, days in zip(lines, reversed(late), strict=True):
        expected = "Overdue 1 day · " if days == 1 else f"Overdue {days} days · "
        assert line.startswith(expected), line

    soon = [d for d in _active_due_dates(demo_db) if 0 <= (d - today).days <= 30]
    soon_lines = _lines(view.soon_list.list)
    if soon:
        assert [line.split()[1] for line in soon_lines] == [d.isoformat() for d in sorted(soon)]
    else:
        assert soon_lines == ["Nothing falls due in the next 30 days."]
    assert view.overdue.detail.text() == f"{len(soon)} more due in the next 30 days"

    # endorsers newest first, each with its date
    endorser_lines = _lines(view.endorser_list.list)
    assert len(endorser_lines) == 9
    assert [line[:10] for line in endorser_lines] == sorted(
        (line[:10] for line in endorser_lines), reverse=True
    )
    qtbot.waitUntil(lambda: len(view.findChildren(QChartView)) == 2, timeout=10_000)


def test_double_click_opens_the_record(qtbot: QtBot, demo_db: Database, bus: DataBus) -> None:
    view = _shown(qtbot, demo_db, bus)
    endorsers = view.endorser_list.list
    row = next(i for i, line in enumerate(_lines(endorsers)) if "Microsoft" in line)
    with demo_db.read() as s:
        org = organizations.find_by_name(s, "Microsoft")
        assert org is not None
        wanted = org.id
    endorsers.scrollToItem(endorsers.item(row))
    centre = endorsers.visualItemRect(endorsers.item(row)).center()
    opened: list[tuple[str, int]] = []
    view.open_record.connect(lambda entity, record_id: opened.append((entity, record_id)))
    with qtbot.waitSignal(view.open_record) as signal:
        qtbot.mouseClick(endorsers.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(endorsers.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert signal.args == ["organization", wanted]
    assert opened == [("organization", wanted)]  # once, not once per signal

    # Enter on an overdue commitment opens that commitment
    overdue = view.overdue_list.list
    overdue.setFocus()
    overdue.setCurrentRow(0)
    with qtbot.waitSignal(view.open_record) as signal:
        qtbot.keyClick(overdue, Qt.Key.Key_Return)
    entity, record_id = signal.args
    assert entity == "commitment"
    with demo_db.read() as s:
        commitment = s.get(Commitment, record_id)
        assert commitment is not None
        assert commitment.description in overdue.item(0).text()


def test_capped_list_points_to_its_tab(
    qtbot: QtBot, demo_db: Database, bus: DataBus, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(queries_dashboard, "LIST_LIMIT", 2)
    view = _shown(qtbot, demo_db, bus)
    endorsers = view.endorser_list.list
    assert endorsers.count() == 3  # two endorsers, then the pointer to the rest
    more = endorsers.item(2)
    assert more.text() == "… and 7 more: see Organizations"
    with qtbot.waitSignal(view.show_tab) as signal:
        endorsers.setCurrentItem(more)
        qtbot.keyClick(endorsers, Qt.Key.Key_Return)
    assert signal.args == ["Organizations"]


def test_figures_follow_changes(qtbot: QtBot, demo_db: Database, bus: DataBus) -> None:
    view = _shown(qtbot, demo_db, bus)
    before = int(view.organizations.number.text().replace(",", ""))
    with demo_db.write() as s:
        organizations.create(s, {"name": "Aurora Messaging"})
    bus.changed.emit("organization")
    bus.changed.emit("organization")  # a burst of changes reloads once, after a pause
    qtbot.waitUntil(lambda: view.organizations.number.text() == str(before + 1), timeout=5000)
    qtbot.waitUntil(view.lists_ready, timeout=10_000)


def test_charts_follow_the_palette(qtbot: QtBot, demo_db: Database, bus: DataBus) -> None:
    view = _shown(qtbot, demo_db, bus)
    qtbot.waitUntil(view.charts_ready, timeout=10_000)
    text = QApplication.palette().color(QPalette.ColorRole.WindowText)
    charts = view.findChildren(QChartView)
    assert len(charts) == 2
    for chart_view in charts:
        axes = chart_view.chart().axes()
        assert axes
        assert all(axis.labelsColor() == text for axis in axes)
    coverage = next(c for c in charts if c.accessibleName() == "Principle coverage")
    labels = coverage.chart().axes(Qt.Orientation.Horizontal)[0].categories()
    assert labels == [f"P{n}" for n in range(1, 12)]


def test_empty_register_says_so(qtbot: QtBot, empty_db: Database, bus: DataBus) -> None:
    view = _shown(qtbot, empty_db, bus)
    assert view.organizations.number.text() == "0"
    assert _lines(view.overdue_list.list) == ["Nothing is overdue."]
    assert _lines(view.endorser_list.list) == ["No endorsers yet."]
