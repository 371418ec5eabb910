"""A register opened read-only: every tab shows at once what it cannot do, and no editor opens.

An official who opens a colleague's file read-only must learn it from disabled controls, not
after filling in a dialog that then cannot save.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton
from pytestqt.qtbot import QtBot

from engagetrack.services import demo
from engagetrack.store.database import Database, open_database
from engagetrack.ui import tasks
from engagetrack.ui.main_window import MainWindow
from engagetrack.ui.views.commitments import CommitmentsView
from engagetrack.ui.views.meetings import MeetingsView
from engagetrack.ui.views.organizations import OrganizationsView
from engagetrack.ui.views.pipeline import PipelineView
from engagetrack.ui.views.principles import PrinciplesView
from engagetrack.ui.views.table_tab import TableTab


@pytest.fixture
def read_only_db(tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "colleague.db"
    writer = open_database(path, create=True)
    with writer.write() as session:
        demo.load_demo(session)
    writer.close()
    db = open_database(path, mode="read")
    assert db.read_only
    yield db
    tasks.wait_for_all()
    db.close()


@pytest.fixture
def window(qtbot: QtBot, read_only_db: Database) -> Iterator[MainWindow]:
    w = MainWindow(read_only_db)
    qtbot.addWidget(w)
    w.show()
    yield w
    tasks.wait_for_all()


def no_dialog_opens(qtbot: QtBot) -> None:
    qtbot.wait(50)
    opened = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    assert not opened, [w.windowTitle() for w in opened]


def select_first_row(qtbot: QtBot, view: TableTab) -> None:
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=5000)
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.waitUntil(lambda: view.current_id() is not None, timeout=5000)


@pytest.mark.parametrize(
    ("tab", "kind"),
    [
        ("Organizations", OrganizationsView),
        ("Meetings", MeetingsView),
        ("Commitments", CommitmentsView),
    ],
)
def test_table_tabs_disable_every_write_with_a_record_selected(
    qtbot: QtBot, window: MainWindow, tab: str, kind: type[TableTab]
) -> None:
    view = window.show_tab(tab)
    assert isinstance(view, kind)
    select_first_row(qtbot, view)
    buttons = [b for b in view.findChildren(QPushButton) if b.parent() is view]
    enabled = sorted(b.accessibleName() for b in buttons if b.isEnabled())
    # only what reads is left: clearing the filters
    assert enabled == ["Clear filters"], enabled
    menu = view.build_menu()
    writes = [a.text() for a in menu.actions() if a.isEnabled() and not a.isSeparator()]
    assert all("Go to" in text for text in writes), writes
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter opens the editor when writable
    no_dialog_opens(qtbot)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    no_dialog_opens(qtbot)
    assert not view.can_add()


def test_new_record_says_nothing_can_be_added(qtbot: QtBot, window: MainWindow) -> None:
    window.show_tab("Meetings")
    assert not window.new_action.isEnabled()
    window.new_record()
    no_dialog_opens(qtbot)
    assert window.statusBar().currentMessage() == "Nothing to add on this tab."


def test_pipeline_cards_cannot_be_moved(qtbot: QtBot, window: MainWindow) -> None:
    view = window.show_tab("Pipeline")
    assert isinstance(view, PipelineView)
    qtbot.waitUntil(lambda: any(c.model.rowCount() for c in view.columns.values()), timeout=5000)
    column = next(c for c in view.columns.values() if c.model.rowCount())
    assert not column.list.dragEnabled() and not column.list.acceptDrops()
    assert "read-only" in view.hint.text()
    column.list.setCurrentIndex(column.model.index(0, 0))
    org = column.model.cards[0].id
    qtbot.keyClick(column.list, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    no_dialog_opens(qtbot)
    assert not view.request_move(org, column.stage.next_stage() or column.stage)
    menu = view.card_menu(org, column.stage)
    move = next(a for a in menu.actions() if a.menu() is not None)
    assert not move.isEnabled()


def test_principle_cells_cannot_be_edited(qtbot: QtBot, window: MainWindow) -> None:
    view = window.show_tab("Principles")
    assert isinstance(view, PrinciplesView)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=5000)
    assert "Read-only" in view.legend.text()
    cell = view.model.index(0, 3)
    view.table.setCurrentIndex(cell)
    qtbot.mouseDClick(
        view.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.table.visualRect(cell).center() or QPoint(),
    )
    no_dialog_opens(qtbot)


def test_organization_detail_has_no_contact_editing(qtbot: QtBot, window: MainWindow) -> None:
    view = window.show_tab("Organizations")
    assert isinstance(view, OrganizationsView)
    select_first_row(qtbot, view)
    detail = view.detail
    assert detail.data is not None
    for button in (
        detail.add_contact_button,
        detail.edit_contact_button,
        detail.remove_contact_button,
    ):
        assert not button.isEnabled()


def test_a_register_read_from_a_read_only_folder_says_so(
    qtbot: QtBot, read_only_db: Database
) -> None:
    read_only_db.immutable = True  # as open_database sets it for a read-only folder
    window = MainWindow(read_only_db)
    qtbot.addWidget(window)
    assert window.mode_label.text() == "Read-only (folder)"
    assert "cannot be written" in window.mode_label.toolTip()
