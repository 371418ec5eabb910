"""Undo and redo from the Edit menu: archiving, editing an organization and a commitment's
quick status change go back and forth, each step audited."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from engagetrack.domain.vocabularies import CommitmentStatus
from engagetrack.services import audit, commitments, organizations
from engagetrack.store.database import Database
from engagetrack.ui import tasks
from engagetrack.ui.dialogs.organization_editor import OrganizationEditor
from engagetrack.ui.main_window import MainWindow
from engagetrack.ui.views.commitments import CommitmentsView
from engagetrack.ui.views.organizations import OrganizationsView


def _org(db: Database, name: str) -> tuple[int, bool, str | None]:
    with db.read() as s:
        org = organizations.find_by_name(s, name)
        assert org is not None
        return org.id, org.archived, org.country


def test_archive_undo_redo(qtbot: QtBot, demo_db: Database) -> None:
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.is_started)  # its shortcuts are set once the first frame is up
    view = window.show_tab("Organizations")
    assert isinstance(view, OrganizationsView)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=5000)
    org_id, _, _ = _org(demo_db, "Thorn")
    view.show_record("organization", org_id)
    assert not window.undo_action.isEnabled()
    view.toggle_archived()
    assert _org(demo_db, "Thorn")[1] is True
    assert window.undo_action.isEnabled() and "Archive Thorn" in window.undo_action.text()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _org(demo_db, "Thorn")[1] is False
    window.redo_action.trigger()
    assert _org(demo_db, "Thorn")[1] is True
    with demo_db.read() as s:
        trail = [
            e.changes.get("archived")
            for e in audit.entries(s, entity="organization", entity_id=org_id, limit=3)
        ]
    assert trail == [[False, True], [True, False], [False, True]]
    tasks.wait_for_all()


def test_edit_undo_puts_the_old_values_back(qtbot: QtBot, demo_db: Database) -> None:
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    org_id, _, country = _org(demo_db, "Snap")
    dialog = OrganizationEditor(window, org_id)
    qtbot.addWidget(dialog)
    dialog.country.setText("Canada")
    dialog.save()
    assert _org(demo_db, "Snap")[2] == "Canada"
    window.undo_action.trigger()
    assert _org(demo_db, "Snap")[2] == country
    tasks.wait_for_all()


def test_quick_status_undo(qtbot: QtBot, demo_db: Database) -> None:
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    view = window.show_tab("Commitments")
    assert isinstance(view, CommitmentsView)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=5000)
    with demo_db.read() as s:
        org_id = _org(demo_db, "WeProtect Global Alliance")[0]
        late = commitments.find(
            s, org_id, "Take an enhanced role promoting the principles to members"
        )
        assert late is not None
        late_id = late.id
    assert view.show_record("commitment", late_id)
    qtbot.waitUntil(lambda: view.current_id() == late_id, timeout=5000)
    view.set_status(CommitmentStatus.DONE)
    with demo_db.read() as s:
        done = commitments.get(s, late_id)
        assert done.status is CommitmentStatus.DONE and done.completed_on is not None
    window.undo_action.trigger()
    with demo_db.read() as s:
        back = commitments.get(s, late_id)
        assert back.status is CommitmentStatus.OPEN and back.completed_on is None
    tasks.wait_for_all()
