"""The window on a register others write too: a stale edit is refused with who and when,
the input kept, Reload shows their version; others' changes appear without a restart; a
server that asks for a password gets one from the official."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from engagetrack.services import organizations as orgs
from engagetrack.store.database import Database
from engagetrack.store.location import resolve_target
from engagetrack.ui import app as app_module
from engagetrack.ui.bus import DataBus
from engagetrack.ui.dialogs.organization_editor import OrganizationEditor
from engagetrack.ui.others_changes import OthersChanges
from tests.helpers.postgres_server import PASSWORD_ROLE, TEMPLATE, PostgresServer
from tests.ui.conftest import RegisterWidget


def _kestrel(db: Database) -> int:
    with db.read() as s:
        found = orgs.find_by_name(s, "Kestrel Video (example)")
        assert found is not None
        return found.id


def _as(db: Database, user: str, change: dict[str, str], org_id: int) -> None:
    """Another official saves a change (the same register, another name)."""
    mine, db.user = db.user, user
    try:
        with db.write() as s:
            orgs.update(s, org_id, change)
    finally:
        db.user = mine


def test_a_stale_edit_keeps_the_input_and_offers_reload(
    qtbot: QtBot, owner: RegisterWidget, demo_db: Database
) -> None:
    org_id = _kestrel(demo_db)
    editor = OrganizationEditor(owner, org_id)
    qtbot.addWidget(editor)
    editor.load()
    assert not editor.reload_button.isVisibleTo(editor)
    _as(demo_db, "bob", {"notes": "Bob met them on Monday."}, org_id)

    editor.country.setText("Canada (my edit)")
    assert not editor.save()
    assert "bob changed this record on" in editor.general.text()
    assert editor.reload_button.isVisibleTo(editor)
    assert editor.country.text() == "Canada (my edit)"  # the input is kept
    with demo_db.read() as s:
        assert orgs.get(s, org_id).notes == "Bob met them on Monday."  # theirs stays

    qtbot.mouseClick(editor.reload_button, Qt.MouseButton.LeftButton)
    assert editor.notes.toPlainText() == "Bob met them on Monday."
    assert not editor.reload_button.isVisibleTo(editor)
    editor.country.setText("Canada")
    assert editor.save()  # now based on their version
    with demo_db.read() as s:
        record = orgs.get(s, org_id)
        assert (record.country, record.notes) == ("Canada", "Bob met them on Monday.")


def test_an_editor_left_open_saves_again_on_its_own_version(
    qtbot: QtBot, owner: RegisterWidget, demo_db: Database
) -> None:
    org_id = _kestrel(demo_db)
    editor = OrganizationEditor(owner, org_id)
    qtbot.addWidget(editor)
    editor.load()
    editor.country.setText("Canada")
    assert editor.write()  # saved, still open
    editor.country.setText("Canada, again")
    assert editor.write()  # not refused as stale: it is its own change


def test_others_changes_refresh_the_window_and_name_who(qtbot: QtBot, demo_db: Database) -> None:
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    bus = DataBus()
    watcher = OthersChanges(demo_db, bus, window.statusBar())
    assert watcher.look() == []
    with qtbot.assertNotEmitted(bus.changed):
        with demo_db.write() as s:  # my own edit refreshes through the bus already
            orgs.update(s, _kestrel(demo_db), {"sector": "Video"})
        assert watcher.look() == []
    _as(demo_db, "bob", {"sector": "Livestreaming"}, _kestrel(demo_db))
    with qtbot.waitSignal(bus.changed) as refreshed:
        assert watcher.look() == ["bob"]
    assert refreshed.args == ["all"]
    assert "bob" in window.statusBar().currentMessage()


@pytest.fixture
def password_register(postgres: PostgresServer) -> Iterator[str]:
    name = postgres.create_database(template=TEMPLATE)
    postgres.execute(f"DROP ROLE IF EXISTS {PASSWORD_ROLE}")
    postgres.execute(f"CREATE ROLE {PASSWORD_ROLE} LOGIN SUPERUSER PASSWORD 'team-pass'")
    yield postgres.url(name, user=PASSWORD_ROLE)
    postgres.drop_database(name)


def test_the_window_asks_for_the_password_the_server_wants(
    qtbot: QtBot, password_register: str, monkeypatch: pytest.MonkeyPatch, tmp_path: object
) -> None:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path) + "/none")
    asked: list[str] = []

    def official(parent: object, target: object, why: str) -> str | None:
        asked.append(why)
        return "wrong" if len(asked) == 1 else "team-pass"

    monkeypatch.setattr(app_module, "ask_password", official)
    db = app_module.open_with_recovery(resolve_target(password_register))
    assert db is not None
    try:
        assert len(asked) == 2 and "asks for a password" in asked[0]
        assert "team-pass" not in db.target.describe()
        assert not db.read_only
    finally:
        db.close()
    monkeypatch.setattr(app_module, "ask_password", lambda *_: None)  # Cancel
    assert app_module.open_with_recovery(resolve_target(password_register)) is None


def test_the_editor_of_an_existing_organization_has_no_stray_stage_box(
    qtbot: QtBot, owner: RegisterWidget, demo_db: Database
) -> None:
    """Seen on a screenshot: the new organization's "Initial stage" box floated over the
    Name label when an existing one was edited."""
    editor = OrganizationEditor(owner, _kestrel(demo_db))
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.stage.isVisible()
    new = OrganizationEditor(owner, None)
    qtbot.addWidget(new)
    new.show()
    assert new.stage.isVisible()
