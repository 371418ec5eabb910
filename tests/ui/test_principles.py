"""The Principles tab as an official uses it: read the matrix, record an assessment."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from engagetrack.domain.vocabularies import AssessmentStatus, Stage
from engagetrack.services import assessments, organizations
from engagetrack.store.database import Database
from engagetrack.ui import tasks
from engagetrack.ui.bus import DataBus
from engagetrack.ui.dialogs.assessment_editor import AssessmentEditor
from engagetrack.ui.views.principles import PrinciplesView
from tests.ui.dialogs_helper import when_modal

ORG = "Kestrel Video (example)"


@pytest.fixture
def view(qtbot: QtBot, demo_db: Database, bus: DataBus) -> Iterator[PrinciplesView]:
    v = PrinciplesView(demo_db, bus)
    qtbot.addWidget(v)
    v.resize(1500, 700)
    v.show()
    # the matrix and its totals row both load off the GUI thread
    qtbot.waitUntil(lambda: v.model.rowCount() > 0 and bool(v.totals_model.totals), timeout=5000)
    yield v
    tasks.wait_for_all()


def org_row(view: PrinciplesView, name: str) -> int:
    rows = [r for r in range(view.model.rowCount()) if view.model.index(r, 0).data() == name]
    assert len(rows) == 1
    return rows[0]


def test_models_pass_qtmodeltester(view: PrinciplesView, qtmodeltester: object) -> None:
    qtmodeltester.check(view.model)  # type: ignore[attr-defined]
    qtmodeltester.check(view.totals_model)  # type: ignore[attr-defined]


def test_headers_and_tooltips_name_the_principles(view: PrinciplesView) -> None:
    assert [view.model.headerData(c, Qt.Orientation.Horizontal) for c in (1, 11)] == ["P1", "P11"]
    tip = view.model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("P1 — Known CSAM")
    cell_tip = view.model.index(org_row(view, "Microsoft"), 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "Known CSAM" in cell_tip and "known child sexual abuse material" in cell_tip


def test_edit_cell_changes_text_colour_totals_and_history(
    qtbot: QtBot, view: PrinciplesView, demo_db: Database
) -> None:
    row = org_row(view, ORG)
    cell = view.model.index(row, 3)
    before_text = cell.data()
    assert before_text != "Implemented"
    done_before, shown = view.totals_model.totals[3]
    view.table.setFocus()
    view.table.setCurrentIndex(cell)

    def record(dialog: object) -> None:
        assert isinstance(dialog, AssessmentEditor)
        dialog.status.setCurrentIndex(dialog.status.findData("Implemented"))
        qtbot.keyClicks(dialog.evidence, "Livestream moderation described in the 2026 report")
        qtbot.keyClicks(dialog.source, "Company transparency report 2026")
        dialog.save()

    errors = when_modal(AssessmentEditor, record)
    with qtbot.waitSignal(view.model.reloaded, timeout=5000):
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert not errors, errors

    row = org_row(view, ORG)
    cell = view.model.index(row, 3)
    assert cell.data() == "Implemented"
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "Livestream moderation" in cell.data(Qt.ItemDataRole.ToolTipRole)
    qtbot.waitUntil(lambda: view.totals_model.totals[3] == (done_before + 1, shown), timeout=5000)
    assert view.totals_model.index(0, 3).data() == f"{done_before + 1} / {shown}"
    assert view.table.currentIndex() == cell  # the user stays on the cell just edited

    with demo_db.read() as s:
        org = organizations.find_by_name(s, ORG)
        assert org is not None
        a = assessments.get_for(s, org.id, 3)
        assert a is not None and a.status is AssessmentStatus.IMPLEMENTED
        assert a.source == "Company transparency report 2026"

    history: dict[str, str] = {}

    def read_history(dialog: object) -> None:
        assert isinstance(dialog, AssessmentEditor)
        history["text"] = dialog.history.toPlainText()
        dialog.reject()

    errors = when_modal(AssessmentEditor, read_history)
    centre = view.table.visualRect(cell).center()
    # a real double-click is a press-release followed by a double-click event
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert not errors, errors
    assert '"Implemented"' in history["text"]
    assert "Livestream moderation" in history["text"]


def test_endorsers_only_and_text_filter(
    qtbot: QtBot, view: PrinciplesView, demo_db: Database
) -> None:
    with demo_db.read() as s:
        endorsers = sorted(
            o.name
            for o in s.scalars(organizations.select(organizations.Organization))
            if o.stage is Stage.ENDORSED and not o.archived
        )
    everyone = view.model.rowCount()
    with qtbot.waitSignal(view.model.reloaded, timeout=5000):
        qtbot.mouseClick(view.endorsers_only, Qt.MouseButton.LeftButton)
    shown = sorted(view.model.index(r, 0).data() for r in range(view.model.rowCount()))
    assert shown == endorsers and len(shown) < everyone
    qtbot.waitUntil(
        lambda: all(n == len(endorsers) for _done, n in view.totals_model.totals.values()),
        timeout=5000,
    )
    with qtbot.waitSignal(view.model.reloaded, timeout=5000):
        qtbot.keyClicks(view.search, "micro")
    assert [view.model.index(r, 0).data() for r in range(view.model.rowCount())] == ["Microsoft"]
    assert view.count.text() == "1 organization"
