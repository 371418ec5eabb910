"""The Organizations tab driven as a user: search, detail, add with validation, duplicates
flagged, archive, delete-or-archive, merge, contacts, and jumping to a record."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from engagetrack.services import organizations
from engagetrack.store.database import Database
from engagetrack.store.models import Contact, Organization
from engagetrack.ui import tasks
from engagetrack.ui.dialogs.contact_editor import ContactEditor
from engagetrack.ui.dialogs.merge_dialog import MergeDialog
from engagetrack.ui.dialogs.organization_editor import OrganizationEditor
from engagetrack.ui.views.base import DataBus
from engagetrack.ui.views.organizations import OrganizationsView
from tests.ui.dialogs_helper import when_modal


@pytest.fixture
def view(qtbot: QtBot, demo_db: Database, bus: DataBus) -> Iterator[OrganizationsView]:
    v = OrganizationsView(demo_db, bus)
    qtbot.addWidget(v)
    v.resize(1300, 800)
    v.show()
    qtbot.waitUntil(lambda: v.model.rowCount() > 0, timeout=5000)
    yield v
    tasks.wait_for_all()


def _org_id(db: Database, name: str) -> int:
    with db.read() as s:
        org = organizations.find_by_name(s, name)
        assert org is not None
        return org.id


def _names(view: OrganizationsView) -> list[str]:
    return [view.model.index(r, 0).data() for r in range(view.model.rowCount())]


def test_model_passes_the_model_tester(qtmodeltester: object, view: OrganizationsView) -> None:
    qtmodeltester.check(view.model)  # type: ignore[attr-defined]


def test_search_filters_as_you_type(qtbot: QtBot, view: OrganizationsView) -> None:
    with qtbot.waitSignal(view.model.reloaded, timeout=5000):
        qtbot.keyClicks(view.search, "canad")
    names = _names(view)
    assert "Canadian Centre for Child Protection" in names and "Public Safety Canada" in names
    assert "Microsoft" not in names  # American: neither its name nor its country matches
    assert view.count.text() == f"{len(names)} organizations"


def test_selecting_shows_the_whole_story(
    qtbot: QtBot, view: OrganizationsView, demo_db: Database
) -> None:
    assert view.show_record("organization", _org_id(demo_db, "Kestrel Video (example)"))
    assert "Kestrel Video (example)" in view.title.text()
    contacts = [view.contacts.item(i).text() for i in range(view.contacts.count())]
    assert any("Trust and Safety" in c for c in contacts)
    history = [view.history.item(i).text() for i in range(view.history.count())]
    assert (
        history[0].endswith("Engaged → Considering (root)") or "Engaged → Considering" in history[0]
    )
    meetings = [view.meetings.item(i).text() for i in range(view.meetings.count())]
    assert any("Bilateral with Kestrel Video" in m for m in meetings)
    promises = [view.commitments.item(i).text() for i in range(view.commitments.count())]
    assert any("Confirm livestreaming safeguards" in p and "OVERDUE" in p for p in promises)
    assert view.assessments.count() == 11
    with qtbot.waitSignal(view.open_record) as signal:
        view.meetings.setCurrentRow(0)
        qtbot.keyClick(view.meetings, Qt.Key.Key_Return)
    assert signal.args[0] == "meeting"


def test_add_with_duplicate_name_keeps_the_dialog_then_saves(
    qtbot: QtBot, view: OrganizationsView, demo_db: Database
) -> None:
    seen: dict[str, object] = {}

    def fill(dialog: object) -> None:
        assert isinstance(dialog, OrganizationEditor)
        qtbot.keyClicks(dialog.name, " google ")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        seen["open"] = dialog.isVisible()
        seen["message"] = dialog.errors.labels["name"].text()
        seen["kept"] = dialog.name.text()
        dialog.name.clear()
        qtbot.keyClicks(dialog.name, "Gogle")
        qtbot.waitUntil(dialog.similar.isVisible, timeout=3000)
        seen["similar"] = dialog.similar.text()
        dialog.name.clear()
        qtbot.keyClicks(dialog.name, "Northwind Messaging")
        qtbot.keyClicks(dialog.country, "Ireland")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    errors = when_modal(OrganizationEditor, fill)
    view.new_record()
    assert not errors, errors
    assert seen["open"] is True and seen["kept"] == " google "
    assert 'An organization named "Google" already exists.' in str(seen["message"])
    assert "Google" in str(seen["similar"])
    with demo_db.read() as s:
        org = organizations.find_by_name(s, "northwind messaging")
        assert org is not None and org.country == "Ireland"
    qtbot.waitUntil(lambda: "Northwind Messaging" in view.title.text(), timeout=5000)


def test_archive_hides_and_show_archived_brings_back(
    qtbot: QtBot, view: OrganizationsView, demo_db: Database
) -> None:
    target = _org_id(demo_db, "Tessera Search (example)")
    view.show_record("organization", target)
    with qtbot.waitSignal(view.model.reloaded, timeout=5000):
        qtbot.mouseClick(view.archive_button, Qt.MouseButton.LeftButton)
    assert "Tessera Search (example)" not in _names(view)
    with qtbot.waitSignal(view.model.reloaded, timeout=5000):
        view.show_archived.setChecked(True)
    assert "Tessera Search (example)" in _names(view)


def test_delete_without_history_deletes_and_with_history_archives(
    qtbot: QtBot, view: OrganizationsView, demo_db: Database
) -> None:
    def yes(box: object) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    lonely = _org_id(demo_db, "Tessera Search (example)")
    view.show_record("organization", lonely)
    errors = when_modal(QMessageBox, yes)
    view.delete_selected()
    assert not errors
    with demo_db.read() as s:
        assert s.get(Organization, lonely) is None

    busy = _org_id(demo_db, "WeProtect Global Alliance")
    view.show_record("organization", busy)
    told: list[str] = []
    later: list[BaseException] = []

    def ok(box: object) -> None:
        assert isinstance(box, QMessageBox)
        told.append(box.text())
        box.accept()

    def yes_then_read_the_answer(box: object) -> None:
        yes(box)
        later.extend(when_modal(QMessageBox, ok))

    errors = when_modal(QMessageBox, yes_then_read_the_answer)
    view.delete_selected()
    assert not errors and not later
    assert "archived instead" in told[0]
    with demo_db.read() as s:
        org = s.get(Organization, busy)
        assert org is not None and org.archived


def test_merge_moves_everything(qtbot: QtBot, view: OrganizationsView, demo_db: Database) -> None:
    keep = _org_id(demo_db, "Facebook")
    with demo_db.write() as s:
        dup = organizations.create(s, {"name": "Meta Platforms"}).id
        from engagetrack.services import contacts

        contacts.create(s, {"organization_id": dup, "name": "Policy lead"})
    view.refresh()
    qtbot.waitUntil(lambda: "Meta Platforms" in _names(view), timeout=5000)
    view.show_record("organization", keep)

    def choose(dialog: object) -> None:
        assert isinstance(dialog, MergeDialog)
        dialog.duplicate.set_current_id(dup)
        assert "1 contacts" in dialog.summary.text()
        dialog.accept()

    errors = when_modal(MergeDialog, choose)
    view.merge_selected()
    assert not errors, errors
    with demo_db.read() as s:
        assert s.get(Organization, dup) is None
        moved = s.scalars(
            select(Contact.organization_id).where(Contact.name == "Policy lead")
        ).one()
    assert moved == keep


def test_contact_with_bad_email_is_refused_beside_the_field(
    qtbot: QtBot, view: OrganizationsView, demo_db: Database
) -> None:
    view.show_record("organization", _org_id(demo_db, "Thorn"))
    seen: dict[str, object] = {}

    def fill(dialog: object) -> None:
        assert isinstance(dialog, ContactEditor)
        qtbot.keyClicks(dialog.name, "Research lead")
        qtbot.keyClicks(dialog.email, "not-an-address")
        dialog.save()
        seen["message"] = dialog.errors.labels["email"].text()
        seen["open"] = dialog.isVisible()
        dialog.email.setText("research@example.org")
        dialog.save()

    errors = when_modal(ContactEditor, fill)
    view.add_contact()
    assert not errors, errors
    assert "not a valid e-mail address" in str(seen["message"]) and seen["open"] is True
    qtbot.waitUntil(
        lambda: any(
            "Research lead" in view.contacts.item(i).text() for i in range(view.contacts.count())
        ),
        timeout=5000,
    )


def test_show_record_clears_filters_to_reach_a_hidden_record(
    qtbot: QtBot, view: OrganizationsView, demo_db: Database
) -> None:
    with qtbot.waitSignal(view.model.reloaded, timeout=5000):
        qtbot.keyClicks(view.search, "microsoft")
    target = _org_id(demo_db, "Thorn")
    with qtbot.waitSignal(view.model.reloaded, timeout=5000):
        assert view.show_record("organization", target)
    assert view.current_id() == target
    assert view.search.text() == ""
