"""A full disk while saving from a dialog: a plain message, the dialog stays open with the
user's input intact, nothing is half-saved, and a retry after space is freed succeeds."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from engagetrack.services import commitments, organizations
from engagetrack.store.database import Database
from engagetrack.ui.dialogs.commitment_editor import CommitmentEditor


def test_disk_full_keeps_the_dialog_and_the_input(
    qtbot: QtBot, demo_db: Database, owner: QWidget
) -> None:
    with demo_db.read() as s:
        org = organizations.find_by_name(s, "Roblox")
        assert org is not None
        org_id = org.id
        pages = int(s.connection().exec_driver_sql("PRAGMA page_count").scalar() or 0)
    room = {"pages": pages}

    @event.listens_for(demo_db.engine, "connect")
    def _cap(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count = {room['pages']}")

    dialog = CommitmentEditor(owner, organization_id=org_id)
    qtbot.addWidget(dialog)
    dialog.show()
    description = "Publish a report on grooming detection " + "with figures " * 2000
    dialog.description.setPlainText(description)
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert "full; nothing was saved" in dialog.errors.general.text()
    assert dialog.description.toPlainText() == description
    with demo_db.read() as s:
        assert commitments.find(s, org_id, description) is None

    room["pages"] = 1_000_000  # space freed: the same click now saves
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with demo_db.read() as s:
        assert commitments.find(s, org_id, description) is not None
