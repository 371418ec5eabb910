"""The Organizations tab driven as a user: search, sort, detail, add with validation,
duplicates flagged, archive, delete-or-archive, merge, contacts, and jumping to a record."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from engagetrack.domain.vocabularies import Stage
from engagetrack.services import contacts, organizations
from engagetrack.store.database import Database
from engagetrack.store.models import Contact, Organization, StageChange
from engagetrack.ui import tasks
from engagetrack.ui.bus import DataBus
from engagetrack.ui.dialogs.assessment_editor import AssessmentEditor
from engagetrack.ui.dialogs.contact_editor import ContactEditor
from engagetrack.ui.dialogs.delete_reason import DeleteReasonDialog
from engagetrack.ui.dialogs.merge_dialog import MergeDialog
from engagetrack.ui.dialogs.organization_editor import OrganizationEditor
from engagetrack.ui.dialogs.stage_dialog import StageChangeDialog
from engagetrack.ui.views.organizations import OrganizationsView
from tests.ui.dialogs_helper import give_reason, when_modal

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def view(qtbot: QtBot, demo_db: Database, bus: DataBus) -> Iterator[OrganizationsView]:
    v = OrganizationsView(demo_db, bus)
    qtbot.addWidget(v)
    v.resize(1400, 800)
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


def _lines(tree: QTreeWidget) -> list[str]:
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return [" | ".join(i.text(c) for c in range(tree.columnCount())) for i in items if i]


def _item(tree: QTreeWidget, text: str) -> QTreeWidgetItem:
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item is not None and any(text in item.text(c) for c in range(tree.columnCount())):
            return item
    raise AssertionError(f"{text!r} not in {_lines(tree)}")


def _click_row(qtbot: QtBot, view: OrganizationsView, name: str) -> None:
    row = _names(view).index(name)
    rect = view.table.visualRect(view.model.index(row, 0))
    qtbot.mouseClick(view.table.viewport(), LEFT, pos=rect.center())


def _yes(box: object) -> None:
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()


def test_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: object, view: OrganizationsView
) -> None:
    qtmodeltester.check(view.model)  # type: ignore[attr-defined]
    with qtbot.waitSignal(view.model.reloaded, timeout=5000):
        view.show_archived.setChecked(True)
    qtmodeltester.check(view.model)  # type: ignore[attr-defined]


def test_search_filters_as_you_type(qtbot: QtBot, view: OrganizationsView) -> None:
    qtbot.keyClicks(view.search, "canad")
    qtbot.waitUntil(lambda: "Microsoft" not in _names(view), timeout=5000)
    names = _names(view)
    assert "Canadian Centre for Child Protection" in names and "Public Safety Canada" in names
    assert view.count.text() == f"{len(names)} organizations"
    qtbot.keyClicks(view.search, "xyz")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=5000)
    assert view.count.text() == "0 organizations"
    assert "Select an organization" in view.detail.title.text()  # nothing left to show


def test_clicking_a_header_sorts(qtbot: QtBot, view: OrganizationsView) -> None:
    header = view.table.horizontalHeader()
    country = QPoint(header.sectionViewportPosition(2) + 10, header.height() // 2)
    with qtbot.waitSignal(view.model.reloaded, timeout=5000):
        qtbot.mouseClick(header.viewport(), LEFT, pos=country)
    countries = [view.model.index(r, 2).data() for r in range(view.model.rowCount())]
    assert countries == sorted(countries) and countries[0] == "Australia"
    with qtbot.waitSignal(view.model.reloaded, timeout=5000):
        qtbot.mouseClick(header.viewport(), LEFT, pos=country)
    countries = [view.model.index(r, 2).data() for r in range(view.model.rowCount())]
    assert countries == sorted(countries, reverse=True) and countries[0] == "United States"


def test_clicking_a_row_shows_the_whole_story(
    qtbot: QtBot, view: OrganizationsView, demo_db: Database
) -> None:
    _click_row(qtbot, view, "Kestrel Video (example)")
    assert "Kestrel Video (example)" in view.detail.title.text()
    assert view.detail.values["stage"].text().startswith("Considering since ")
    assert any("Trust and Safety" in line for line in _lines(view.detail.contacts))
    history = _lines(view.detail.history)
    assert "Engaged → Considering" in history[0]  # newest first
    assert any("Added as" in line for line in history)
    assert any("Bilateral with Kestrel Video" in m for m in _lines(view.detail.meetings))
    # overdue in words, not by colour alone; the tab says how many
    assert any(
        "Confirm livestreaming safeguards" in p and "Overdue" in p
        for p in _lines(view.detail.commitments)
    )
    assert view.detail.sections.tabToolTip(3) == "1 overdue"
    assessments = _lines(view.detail.assessments)
    assert len(assessments) == 11 and assessments[0].startswith("P1 ")


def test_double_click_opens_a_meeting_once_and_enter_a_commitment(
    qtbot: QtBot, view: OrganizationsView, demo_db: Database
) -> None:
    assert view.show_record("organization", _org_id(demo_db, "Kestrel Video (example)"))
    view.detail.sections.setCurrentWidget(view.detail.meetings)
    item = _item(view.detail.meetings, "Bilateral with Kestrel Video")
    asked: list[tuple[str, int]] = []
    view.open_record.connect(lambda entity, rid: asked.append((entity, rid)))
    centre = view.detail.meetings.visualItemRect(item).center()
    # a real double-click is a press-release followed by a double-click event
    qtbot.mouseClick(view.detail.meetings.viewport(), LEFT, pos=centre)
    qtbot.mouseDClick(view.detail.meetings.viewport(), LEFT, pos=centre)
    assert asked == [("meeting", item.data(0, Qt.ItemDataRole.UserRole))]  # once, not twice
    view.detail.sections.setCurrentWidget(view.detail.commitments)
    promise = _item(view.detail.commitments, "Confirm livestreaming safeguards")
    view.detail.commitments.setCurrentItem(promise)
    qtbot.keyClick(view.detail.commitments, Qt.Key.Key_Return)
    assert asked[-1] == ("commitment", promise.data(0, Qt.ItemDataRole.UserRole))


def test_an_assessment_opens_its_editor(
    qtbot: QtBot, view: OrganizationsView, demo_db: Database
) -> None:
    view.show_record("organization", _org_id(demo_db, "Kestrel Video (example)"))
    view.detail.sections.setCurrentWidget(view.detail.assessments)
    seen: list[str] = []

    def look(dialog: object) -> None:
        assert isinstance(dialog, AssessmentEditor)
        seen.append(dialog.windowTitle())
        dialog.reject()

    errors = when_modal(AssessmentEditor, look)
    p5 = _item(view.detail.assessments, "P5 ")
    view.detail.assessments.setCurrentItem(p5)
    qtbot.keyClick(view.detail.assessments, Qt.Key.Key_Return)
    assert not errors, errors
    assert seen == ["Kestrel Video (example) — P5"]


def test_add_with_duplicate_name_keeps_the_dialog_then_saves(
    qtbot: QtBot, view: OrganizationsView, demo_db: Database
) -> None:
    seen: dict[str, object] = {}

    def fill(dialog: object) -> None:
        assert isinstance(dialog, OrganizationEditor)
        seen["stage"] = dialog.stage.currentText()
        qtbot.keyClicks(dialog.name, " google ")
        qtbot.mouseClick(dialog.save_button, LEFT)
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
        qtbot.mouseClick(dialog.save_button, LEFT)

    errors = when_modal(OrganizationEditor, fill)
    qtbot.mouseClick(view.new_button, LEFT)
    assert not errors, errors
    assert seen["stage"] == "Identified"
    assert seen["open"] is True and seen["kept"] == " google "
    assert 'An organization named "Google" already exists.' in str(seen["message"])
    assert "Google" in str(seen["similar"])
    with demo_db.read() as s:
        org = organizations.find_by_name(s, "northwind messaging")
        assert org is not None and org.country == "Ireland" and org.stage is Stage.IDENTIFIED
        new_id = org.id
    qtbot.waitUntil(lambda: "Northwind Messaging" in view.detail.title.text(), timeout=5000)
    assert view.current_id() == new_id


def test_f2_edits_the_selected_organization(
    qtbot: QtBot, view: OrganizationsView, demo_db: Database
) -> None:
    _click_row(qtbot, view, "Snap")

    def rename(dialog: object) -> None:
        assert isinstance(dialog, OrganizationEditor)
        assert dialog.name.text() == "Snap"
        dialog.name.clear()
        qtbot.keyClicks(dialog.name, "Snap Inc.")
        qtbot.mouseClick(dialog.save_button, LEFT)

    errors = when_modal(OrganizationEditor, rename)
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    assert not errors, errors
    qtbot.waitUntil(lambda: "Snap Inc." in view.detail.title.text(), timeout=5000)


def test_change_stage_asks_for_date_and_note(
    qtbot: QtBot, view: OrganizationsView, demo_db: Database
) -> None:
    org_id = _org_id(demo_db, "Thorn")
    view.show_record("organization", org_id)

    def move(dialog: object) -> None:
        assert isinstance(dialog, StageChangeDialog)
        qtbot.keyClicks(dialog.note, "Board approved")
        dialog.save()

    view.stage_menu.aboutToShow.emit()  # what opening the button's menu does
    considering = next(a for a in view.stage_menu.actions() if a.text() == "Considering")
    errors = when_modal(StageChangeDialog, move)
    considering.trigger()
    assert not errors, errors
    qtbot.waitUntil(lambda: "Considering since" in view.detail.values["stage"].text(), timeout=5000)
    assert "Board approved" in _lines(view.detail.history)[0]
    with demo_db.read() as s:
        notes = s.scalars(select(StageChange.note).where(StageChange.organization_id == org_id))
        assert "Board approved" in list(notes)


def test_archive_hides_then_show_archived_shows_it_marked(
    qtbot: QtBot, view: OrganizationsView, demo_db: Database
) -> None:
    view.show_record("organization", _org_id(demo_db, "Tessera Search (example)"))
    was = view.table.currentIndex().row()
    neighbour = _names(view)[was + 1]
    with qtbot.waitSignal(view.model.reloaded, timeout=5000):
        qtbot.mouseClick(view.archive_button, LEFT)
    assert not any(n.startswith("Tessera") for n in _names(view))
    # its neighbour is selected and shown, not nothing
    assert view.detail_data is not None and view.current_id() == view.detail_data.id
    assert neighbour in view.detail.title.text() and view.table.currentIndex().row() == was
    with qtbot.waitSignal(view.model.reloaded, timeout=5000):
        qtbot.mouseClick(view.show_archived, LEFT)
    row = _names(view).index("Tessera Search (example) (archived)")
    assert view.model.index(row, 0).data(Qt.ItemDataRole.FontRole).italic()
    assert view.model.index(row, 1).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert view.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_delete_key_deletes_one_without_history_and_archives_one_with(
    qtbot: QtBot, view: OrganizationsView, demo_db: Database
) -> None:
    lonely = _org_id(demo_db, "Tessera Search (example)")
    _click_row(qtbot, view, "Tessera Search (example)")
    errors = when_modal(DeleteReasonDialog, give_reason("Typo"))
    with qtbot.waitSignal(view.model.reloaded, timeout=5000):
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert not errors, errors
    with demo_db.read() as s:
        assert s.get(Organization, lonely) is None
    assert "Tessera Search (example)" not in _names(view)

    busy = _org_id(demo_db, "WeProtect Global Alliance")
    view.show_record("organization", busy)
    told: list[str] = []
    later: list[BaseException] = []

    def ok(box: object) -> None:
        assert isinstance(box, QMessageBox)
        told.append(box.text())
        box.accept()

    def yes_then_read_the_answer(box: object) -> None:
        assert isinstance(box, DeleteReasonDialog)
        give_reason("No longer a partner")(box)
        later.extend(when_modal(QMessageBox, ok))

    errors = when_modal(DeleteReasonDialog, yes_then_read_the_answer)
    qtbot.mouseClick(view.delete_button, LEFT)
    assert not errors and not later, (errors, later)
    assert "archived instead" in told[0]
    with demo_db.read() as s:
        org = s.get(Organization, busy)
        assert org is not None and org.archived


# typing opens the picker's completion popup, which the offscreen platform cannot raise
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_merge_picks_the_duplicate_by_typing_and_moves_everything(
    qtbot: QtBot, view: OrganizationsView, demo_db: Database
) -> None:
    keep = _org_id(demo_db, "Facebook")
    with demo_db.write() as s:
        dup = organizations.create(s, {"name": "Meta Platforms"}).id
        contacts.create(s, {"organization_id": dup, "name": "Policy lead"})
    view.refresh()
    qtbot.waitUntil(lambda: "Meta Platforms" in _names(view), timeout=5000)
    view.show_record("organization", keep)
    summary: list[str] = []

    def choose(dialog: object) -> None:
        assert isinstance(dialog, MergeDialog)
        assert not dialog.ok.isEnabled()  # nothing chosen yet, nothing to merge
        qtbot.keyClicks(dialog.duplicate.lineEdit(), "Meta Platforms")
        summary.append(dialog.summary.text())
        qtbot.mouseClick(dialog.ok, LEFT)

    errors = when_modal(MergeDialog, choose)
    qtbot.mouseClick(view.merge_button, LEFT)
    assert not errors, errors
    assert "1 contact," in summary[0] and "Meta Platforms" in summary[0]
    assert "Facebook" in summary[0] and "removed" in summary[0]
    with demo_db.read() as s:
        assert s.get(Organization, dup) is None
        moved = s.scalars(
            select(Contact.organization_id).where(Contact.name == "Policy lead")
        ).one()
    assert moved == keep
    qtbot.waitUntil(lambda: "Meta Platforms" not in _names(view), timeout=5000)
    qtbot.waitUntil(
        lambda: any("Policy lead" in c for c in _lines(view.detail.contacts)), timeout=5000
    )


def test_contact_with_bad_email_is_refused_beside_the_field(
    qtbot: QtBot, view: OrganizationsView, demo_db: Database
) -> None:
    view.show_record("organization", _org_id(demo_db, "Thorn"))
    assert not view.detail.edit_contact_button.isEnabled()  # no contact chosen yet
    seen: dict[str, object] = {}

    def fill(dialog: object) -> None:
        assert isinstance(dialog, ContactEditor)
        qtbot.keyClicks(dialog.name, "Research lead")
        qtbot.keyClicks(dialog.email, "not-an-address")
        qtbot.mouseClick(dialog.buttons.buttons()[0], LEFT)
        seen["message"] = dialog.errors.labels["email"].text()
        seen["open"] = dialog.isVisible()
        seen["kept"] = dialog.name.text()
        dialog.email.clear()
        qtbot.keyClicks(dialog.email, "research@example.org")
        qtbot.mouseClick(dialog.buttons.buttons()[0], LEFT)

    errors = when_modal(ContactEditor, fill)
    qtbot.mouseClick(view.detail.add_contact_button, LEFT)
    assert not errors, errors
    assert "not a valid e-mail address" in str(seen["message"]) and seen["open"] is True
    assert seen["kept"] == "Research lead"
    qtbot.waitUntil(
        lambda: any("research@example.org" in c for c in _lines(view.detail.contacts)), timeout=5000
    )


def test_show_record_clears_filters_to_reach_a_hidden_record(
    qtbot: QtBot, view: OrganizationsView, demo_db: Database
) -> None:
    qtbot.keyClicks(view.search, "microsoft")
    view.stage_filter.setCurrentIndex(view.stage_filter.findData("Endorsed"))
    qtbot.waitUntil(lambda: _names(view) == ["Microsoft"], timeout=5000)
    target = _org_id(demo_db, "Thorn")
    assert view.show_record("organization", target)
    qtbot.waitUntil(lambda: view.current_id() == target, timeout=5000)
    assert view.search.text() == "" and view.stage_filter.currentIndex() == 0
    assert "Thorn" in view.detail.title.text() and not view.show_archived.isChecked()
    assert not view.show_record("organization", 987654)  # no such organization
    assert not view.show_record("meeting", 1)


def test_show_record_reaches_an_archived_one_and_a_contact(
    qtbot: QtBot, view: OrganizationsView, demo_db: Database
) -> None:
    with demo_db.write() as s:
        hidden = organizations.set_archived(s, _org_id(demo_db, "Thorn")).id
        contact = contacts.create(s, {"organization_id": hidden, "name": "Archivist"}).id
    with qtbot.waitSignal(view.model.reloaded, timeout=5000):
        view.refresh()
    assert view.show_record("organization", hidden)
    qtbot.waitUntil(lambda: view.current_id() == hidden, timeout=5000)
    assert view.show_archived.isChecked() and "(archived)" in view.detail.title.text()
    view.show_record("organization", _org_id(demo_db, "Snap"))
    assert view.show_record("contact", contact)
    qtbot.waitUntil(lambda: view.current_id() == hidden, timeout=5000)
    current = view.detail.contacts.currentItem()
    assert current is not None and current.text(0) == "Archivist"
    assert view.detail.sections.currentIndex() == 0
