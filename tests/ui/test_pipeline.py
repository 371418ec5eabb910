"""The Pipeline tab as an official uses it: move a card along, by keyboard or by a drop."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from engagetrack.domain.vocabularies import Stage
from engagetrack.services import organizations
from engagetrack.store.database import Database
from engagetrack.store.models import StageChange
from engagetrack.ui import tasks
from engagetrack.ui.bus import DataBus
from engagetrack.ui.dialogs.stage_dialog import StageChangeDialog
from engagetrack.ui.models.pipeline_board import MIME
from engagetrack.ui.views.pipeline import PipelineView
from tests.ui.dialogs_helper import when_modal

ORG = "Kestrel Video (example)"


@pytest.fixture
def view(qtbot: QtBot, demo_db: Database, bus: DataBus) -> Iterator[PipelineView]:
    v = PipelineView(demo_db, bus)
    qtbot.addWidget(v)
    v.resize(1500, 800)
    v.show()
    qtbot.waitUntil(lambda: v.column_of(org_id(demo_db)) is not None, timeout=5000)
    yield v
    tasks.wait_for_all()


def org_id(db: Database, name: str = ORG) -> int:
    with db.read() as s:
        org = organizations.find_by_name(s, name)
        assert org is not None
        return org.id


def stage_of(db: Database, oid: int) -> Stage:
    with db.read() as s:
        return organizations.get(s, oid).stage


def names(view: PipelineView, stage: Stage) -> list[str]:
    return [c.name for c in view.columns[stage].model.cards]


def test_card_models_pass_qtmodeltester(view: PipelineView, qtmodeltester: object) -> None:
    for column in view.columns.values():
        qtmodeltester.check(column.model)  # type: ignore[attr-defined]


def test_ctrl_right_moves_card_after_dialog(
    qtbot: QtBot, view: PipelineView, demo_db: Database
) -> None:
    oid = org_id(demo_db)
    start = stage_of(demo_db, oid)
    target = start.next_stage()
    assert target is not None
    assert view.select_card(oid, focus=True)
    list_view = view.columns[start].list

    def accept(dialog: object) -> None:
        assert isinstance(dialog, StageChangeDialog)
        assert dialog.changed_on.value() == date.today()
        assert dialog.changed_on.maximumDate().toPython() == date.today()
        qtbot.keyClicks(dialog.note, "Letter from their general counsel")
        dialog.save()

    errors = when_modal(StageChangeDialog, accept)
    with qtbot.waitSignal(view.board_loaded, timeout=5000):
        qtbot.keyClick(list_view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert not errors, errors

    assert ORG in names(view, target) and ORG not in names(view, start)
    moved_to = view.column_of(oid)
    assert moved_to is not None and moved_to.stage is target
    # the card stays selected in its new column, ready for the next Ctrl+Right
    assert moved_to.list.currentIndex().row() == moved_to.model.row_of(oid)
    with demo_db.read() as s:
        change = s.scalars(
            select(StageChange)
            .where(StageChange.organization_id == oid)
            .order_by(StageChange.id.desc())
        ).first()
        assert change is not None
        assert (change.from_stage, change.to_stage) == (start, target)
        assert change.changed_on == date.today()
        assert change.note == "Letter from their general counsel"


def test_cancel_leaves_the_card_where_it_was(
    qtbot: QtBot, view: PipelineView, demo_db: Database
) -> None:
    oid = org_id(demo_db)
    start = stage_of(demo_db, oid)
    with demo_db.read() as s:
        history = len(organizations.get(s, oid).stage_changes)
    assert view.select_card(oid, focus=True)
    errors = when_modal(StageChangeDialog, lambda d: d.reject())  # type: ignore[attr-defined]
    qtbot.keyClick(view.columns[start].list, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert not errors, errors
    tasks.wait_for_all()
    qtbot.wait(50)
    assert stage_of(demo_db, oid) is start
    assert ORG in names(view, start)
    with demo_db.read() as s:
        assert len(organizations.get(s, oid).stage_changes) == history


def test_drop_on_another_column_asks_and_moves(
    qtbot: QtBot, view: PipelineView, demo_db: Database
) -> None:
    oid = org_id(demo_db)
    source = view.columns[stage_of(demo_db, oid)].model
    mime = source.mimeData([source.index(source.row_of(oid) or 0, 0)])
    assert isinstance(mime, QMimeData) and mime.hasFormat(MIME)
    target = view.columns[Stage.ON_HOLD].model
    errors = when_modal(StageChangeDialog, lambda d: d.save())  # type: ignore[attr-defined]
    with qtbot.waitSignal(view.board_loaded, timeout=5000):
        target.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert not errors, errors
    assert stage_of(demo_db, oid) is Stage.ON_HOLD
    assert ORG in names(view, Stage.ON_HOLD)


def test_filters_and_table_mode(qtbot: QtBot, view: PipelineView) -> None:
    high = view.priority_filter.findData("High")
    with qtbot.waitSignal(view.board_loaded, timeout=5000):
        view.priority_filter.setCurrentIndex(high)
    cards = [c for col in view.columns.values() for c in col.model.cards]
    assert cards and all(c.priority.value == "High" for c in cards)
    with qtbot.waitSignal(view.table_model.reloaded, timeout=5000):
        qtbot.mouseClick(view.table_button, Qt.MouseButton.LeftButton)
    assert view.stack.currentWidget() is view.table
    assert view.table_model.rowCount() == len(cards)
    with qtbot.waitSignal(view.table_model.reloaded, timeout=5000):
        qtbot.keyClicks(view.search, "snap")
    assert [view.table_model.index(r, 0).data() for r in range(view.table_model.rowCount())] == [
        "Snap"
    ]
