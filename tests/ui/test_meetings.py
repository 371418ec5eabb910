"""The Meetings tab as an official uses it: filter by dates, add a meeting, planned meetings."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from engagetrack.services import meetings
from engagetrack.store.database import Database
from engagetrack.ui import tasks
from engagetrack.ui.bus import DataBus
from engagetrack.ui.dialogs.commitment_editor import CommitmentEditor
from engagetrack.ui.dialogs.delete_reason import DeleteReasonDialog
from engagetrack.ui.dialogs.meeting_editor import MeetingEditor
from engagetrack.ui.views.meetings import MeetingsView
from tests.ui.dialogs_helper import give_reason, when_modal


@pytest.fixture
def view(qtbot: QtBot, demo_db: Database, bus: DataBus) -> Iterator[MeetingsView]:
    v = MeetingsView(demo_db, bus)
    qtbot.addWidget(v)
    v.resize(1400, 600)
    v.show()
    qtbot.waitUntil(lambda: v.model.rowCount() == 12, timeout=5000)
    yield v
    tasks.wait_for_all()


def shown_dates(view: MeetingsView) -> list[date]:
    return [
        view.model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(view.model.rowCount())
    ]


def test_model_passes_qtmodeltester(view: MeetingsView, qtmodeltester: object) -> None:
    qtmodeltester.check(view.model)  # type: ignore[attr-defined]


def test_filter_by_date_range(qtbot: QtBot, view: MeetingsView) -> None:
    view.date_from.edit.set_value(date(2021, 1, 1))
    view.date_to.edit.set_value(date(2021, 12, 31))
    with qtbot.waitSignal(view.model.reloaded, timeout=5000):
        qtbot.mouseClick(view.date_from.check, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.model.reloaded, timeout=5000):
        qtbot.mouseClick(view.date_to.check, Qt.MouseButton.LeftButton)
    dates = shown_dates(view)
    assert sorted(dates) == [date(2021, 3, 1), date(2021, 4, 6), date(2021, 9, 8)]
    assert view.count.text() == "3 meetings"
    with qtbot.waitSignal(view.model.reloaded, timeout=5000):
        qtbot.mouseClick(view.clear_filters, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 12


def test_text_filter_is_debounced_and_matches(qtbot: QtBot, view: MeetingsView) -> None:
    with qtbot.waitSignal(view.model.reloaded, timeout=5000) as blocker:
        qtbot.keyClicks(view.search, "ministerial")
    assert blocker.args == [3]  # typing eleven letters ran one query, not eleven
    assert {view.model.index(r, 1).data() for r in range(3)} == {
        "Five Country Ministerial 2019",
        "Five Country Ministerial 2021",
        "Call with the Canadian Centre for Child Protection",  # "…before the next ministerial"
    }


def test_future_meeting_is_shown_as_planned(demo_db: Database, qtbot: QtBot, bus: DataBus) -> None:
    with demo_db.write() as s:
        meetings.create(
            s, {"held_on": date.today() + timedelta(days=3), "title": "Call with Kestrel"}
        )
    v = MeetingsView(demo_db, bus)
    qtbot.addWidget(v)
    qtbot.waitUntil(lambda: v.model.rowCount() == 13, timeout=5000)
    rows = {v.model.index(r, 1).data(): r for r in range(13)}
    planned = v.model.index(rows["Call with Kestrel"], 0)
    past = v.model.index(rows["FCM industry roundtable"], 0)
    assert "Planned" in planned.data()
    assert not planned.data(Qt.ItemDataRole.DecorationRole).isNull()
    font = planned.data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.italic()
    assert "Planned" not in past.data()
    assert past.data(Qt.ItemDataRole.FontRole) is None


def test_add_meeting_with_validation_error_then_success(
    qtbot: QtBot, view: MeetingsView, demo_db: Database
) -> None:
    seen: dict[str, object] = {}

    def fill(dialog: object) -> None:
        assert isinstance(dialog, MeetingEditor)
        save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
        dialog.held_on.set_value(date(2026, 2, 3))
        qtbot.keyClicks(dialog.location, "Ottawa")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # no title yet
        seen["still_open"] = dialog.isVisible()
        seen["error"] = dialog.errors.labels["title"].text()
        seen["location_kept"] = dialog.location.text()
        qtbot.keyClicks(dialog.organizations.filter, "Roblox")
        proxy = dialog.organizations.proxy
        assert proxy.rowCount() == 1
        dialog.organizations.model.itemFromIndex(
            proxy.mapToSource(proxy.index(0, 0))
        ).setCheckState(Qt.CheckState.Checked)
        for row in (2, 4):  # P3 and P5
            dialog.principles.model.item(row).setCheckState(Qt.CheckState.Checked)
        qtbot.keyClicks(dialog.title_edit, "Bilateral with Roblox")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    errors = when_modal(MeetingEditor, fill)
    with qtbot.waitSignal(view.model.reloaded, timeout=5000):
        qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    assert not errors, errors
    assert seen == {
        "still_open": True,
        "error": "⚠ Title is required.",
        "location_kept": "Ottawa",
    }
    with demo_db.read() as s:
        m = meetings.find(s, date(2026, 2, 3), "Bilateral with Roblox")
        assert m is not None
        assert [o.name for o in m.organizations] == ["Roblox"]
        assert [p.number for p in m.principles] == [3, 5]
        assert m.location == "Ottawa"
    qtbot.waitUntil(lambda: view.current_id() is not None)
    row = view.table.currentIndex().row()
    assert view.model.index(row, 1).data() == "Bilateral with Roblox"
    assert view.model.index(row, 6).data() == "P3, P5"


def test_add_commitment_from_meeting_preselects_it(
    qtbot: QtBot, view: MeetingsView, demo_db: Database
) -> None:
    row = next(
        r for r in range(12) if view.model.index(r, 1).data() == "Bilateral with Kestrel Video"
    )
    view.table.setCurrentIndex(view.model.index(row, 0))
    seen: dict[str, object] = {}

    def look(dialog: object) -> None:
        assert isinstance(dialog, CommitmentEditor)
        seen["meeting"] = dialog.meeting.currentText()
        seen["organization"] = dialog.organization.currentText()
        dialog.reject()

    errors = when_modal(CommitmentEditor, look)
    qtbot.mouseClick(view.commitment_button, Qt.MouseButton.LeftButton)
    assert not errors, errors
    held_on = view.model.index(row, 0).data()  # the demo places it relative to today
    assert seen == {
        "meeting": f"{held_on} Bilateral with Kestrel Video",
        "organization": "Kestrel Video (example)",
    }


def test_delete_meeting_after_confirmation(
    qtbot: QtBot, view: MeetingsView, demo_db: Database
) -> None:
    view.table.setCurrentIndex(view.model.index(0, 0))
    doomed = view.current_id()
    assert doomed is not None
    errors = when_modal(DeleteReasonDialog, give_reason("Cancelled meeting"))
    with qtbot.waitSignal(view.model.reloaded, timeout=5000):
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert not errors, errors
    assert view.model.rowCount() == 11
    with demo_db.read() as s:
        assert s.get(meetings.Meeting, doomed) is None
