"""The Commitments tab as an official uses it: overdue work stands out, quick status changes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from engagetrack.domain.rules import DUE_SOON_DAYS
from engagetrack.domain.vocabularies import CommitmentStatus
from engagetrack.services import audit, commitments, organizations
from engagetrack.store.database import Database
from engagetrack.ui import tasks
from engagetrack.ui.bus import DataBus
from engagetrack.ui.dialogs.commitment_editor import CommitmentEditor
from engagetrack.ui.dialogs.delete_reason import DeleteReasonDialog
from engagetrack.ui.views.commitments import CommitmentsView
from tests.ui.dialogs_helper import give_reason, when_modal

LATE = 10


@pytest.fixture
def late_id(demo_db: Database) -> int:
    """An Open commitment due ten days ago, whatever today is."""
    with demo_db.write() as s:
        org = organizations.find_by_name(s, "Google")
        assert org is not None
        c = commitments.create(
            s,
            {
                "organization_id": org.id,
                "description": "Send the annual transparency figures",
                "owner": "A. Tremblay",
                "due_on": date.today() - timedelta(days=LATE),
                "status": "Open",
            },
        )
        return c.id


@pytest.fixture
def view(qtbot: QtBot, demo_db: Database, bus: DataBus, late_id: int) -> Iterator[CommitmentsView]:
    v = CommitmentsView(demo_db, bus)
    qtbot.addWidget(v)
    v.resize(1400, 600)
    v.show()
    qtbot.waitUntil(lambda: v.model.rowCount() > 0, timeout=5000)
    yield v
    tasks.wait_for_all()


def row_of(view: CommitmentsView, record_id: int) -> int:
    row = view.model.row_of(record_id)
    assert row is not None
    return row


def select(qtbot: QtBot, view: CommitmentsView, record_id: int) -> None:
    row = row_of(view, record_id)
    rect = view.table.visualRect(view.model.index(row, 3))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.current_id() == record_id


def test_model_passes_qtmodeltester(view: CommitmentsView, qtmodeltester: object) -> None:
    qtmodeltester.check(view.model)  # type: ignore[attr-defined]


def test_overdue_row_says_so_in_text_and_icon(view: CommitmentsView, late_id: int) -> None:
    index = view.model.index(row_of(view, late_id), 0)
    assert f"Overdue {LATE} days" in index.data()
    decoration = index.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(decoration, QIcon) and not decoration.isNull()
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    # a commitment due far ahead carries none of it
    # (whatever today is: the demo places its commitments around it)
    beyond = date.today() + timedelta(days=DUE_SOON_DAYS)

    def due(r: int) -> date | None:
        found = re.search(r"\d{4}-\d{2}-\d{2}", view.model.index(r, 0).data())
        return date.fromisoformat(found.group()) if found else None

    far = [r for r in range(view.model.rowCount()) if (due(r) or date.min) > beyond]
    assert far and "Overdue" not in view.model.index(far[0], 0).data()
    assert view.model.index(far[0], 0).data(Qt.ItemDataRole.BackgroundRole) is None


def test_mark_done_from_context_menu_sets_completed_and_clears_overdue(
    qtbot: QtBot, view: CommitmentsView, demo_db: Database, late_id: int
) -> None:
    select(qtbot, view, late_id)
    menu = view.build_menu()
    qtbot.addWidget(menu)
    done = next(
        a
        for sub in menu.actions()
        if sub.menu() is not None
        for a in sub.menu().actions()
        if a.text() == "Done"
    )
    with qtbot.waitSignal(view.model.reloaded, timeout=5000):
        done.trigger()
    row = row_of(view, late_id)
    assert view.model.index(row, 1).data() == "Done"
    assert view.model.index(row, 7).data() == date.today().isoformat()
    assert "Overdue" not in view.model.index(row, 0).data()
    assert view.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert view.current_id() == late_id  # the selection stays on the row just changed
    with demo_db.read() as s:
        assert commitments.get(s, late_id).completed_on == date.today()


def test_toolbar_status_combo_by_keyboard(
    qtbot: QtBot, view: CommitmentsView, demo_db: Database, late_id: int
) -> None:
    select(qtbot, view, late_id)
    view.quick_status.setFocus()
    with qtbot.waitSignal(view.model.reloaded, timeout=5000):
        qtbot.keyClick(view.quick_status, Qt.Key.Key_End)  # last choice: Dropped
    with demo_db.read() as s:
        assert commitments.get(s, late_id).status is CommitmentStatus.DROPPED
    assert view.quick_status.currentIndex() == 0  # ready for the next change


def test_status_filter_overdue_and_text_search(qtbot: QtBot, view: CommitmentsView) -> None:
    overdue = view.status_filter.findData("overdue")
    with qtbot.waitSignal(view.model.reloaded, timeout=5000):
        view.status_filter.setCurrentIndex(overdue)
    texts = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    assert texts and all("Overdue" in t for t in texts)
    with qtbot.waitSignal(view.model.reloaded, timeout=5000):
        qtbot.keyClicks(view.search, "transparency figures")
    assert view.model.rowCount() == 1
    assert view.count.text() == "1 commitment"


def test_new_commitment_needs_a_description(
    qtbot: QtBot, view: CommitmentsView, demo_db: Database
) -> None:
    seen: dict[str, object] = {}

    def fill(dialog: object) -> None:
        assert isinstance(dialog, CommitmentEditor)
        dialog.organization.setCurrentText("Roblox")
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        seen["open_after_error"] = dialog.isVisible()
        seen["message"] = dialog.errors.labels["description"].text()
        qtbot.keyClicks(dialog.description, "Join the Lantern signal-sharing programme")
        dialog.due.set_value(date.today() + timedelta(days=5))
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    errors = when_modal(CommitmentEditor, fill)
    with qtbot.waitSignal(view.model.reloaded, timeout=5000):
        qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    assert not errors, errors
    assert seen["open_after_error"] is True
    assert "Description is required" in str(seen["message"])
    with demo_db.read() as s:
        org = organizations.find_by_name(s, "Roblox")
        assert org is not None
        assert commitments.find(s, org.id, "Join the Lantern signal-sharing programme") is not None
    qtbot.waitUntil(lambda: view.current_id() is not None)
    assert "due in 5 days" in view.model.index(view.table.currentIndex().row(), 0).data()


def test_delete_asks_first(
    qtbot: QtBot, view: CommitmentsView, late_id: int, demo_db: Database
) -> None:
    select(qtbot, view, late_id)

    def answer(box: object) -> None:
        assert isinstance(box, DeleteReasonDialog)
        box.reject()

    errors = when_modal(DeleteReasonDialog, answer)
    view.delete_selected()
    assert not errors
    with demo_db.read() as s:
        assert commitments.get(s, late_id) is not None

    errors = when_modal(DeleteReasonDialog, give_reason("Entered twice"))
    with qtbot.waitSignal(view.model.reloaded, timeout=5000):
        view.delete_selected()
    assert not errors
    with demo_db.read() as s:
        assert audit.entries(s, entity="commitment", entity_id=late_id)[0].reason == "Entered twice"
    assert view.model.row_of(late_id) is None
    assert QApplication.activeModalWidget() is None
