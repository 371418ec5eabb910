"""The Attachments section as a user drives it: files dropped from the file manager, the
marking asked, a duplicate pointed out, a private copy opened, saved elsewhere, removed with
a reason; the meeting editor's section; File > Access request pack…."""

from __future__ import annotations

import stat
import warnings
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from engagetrack.services import attachments, audit, organizations
from engagetrack.store import private_temp
from engagetrack.store.database import Database
from engagetrack.ui import tasks
from engagetrack.ui.bus import DataBus
from engagetrack.ui.dialogs import attachments_section
from engagetrack.ui.dialogs.attach_dialog import AttachDialog
from engagetrack.ui.dialogs.delete_reason import DeleteReasonDialog
from engagetrack.ui.dialogs.meeting_editor import MeetingEditor
from engagetrack.ui.views.access_request import AccessRequestDialog
from engagetrack.ui.views.organizations import OrganizationsView
from tests.ui.conftest import RegisterWidget
from tests.ui.dialogs_helper import give_reason, when_modal

LETTER = b"Dear Microsoft,\r\nthank you for the transparency report.\x00\xff"


@pytest.fixture
def view(qtbot: QtBot, demo_db: Database, bus: DataBus) -> Iterator[OrganizationsView]:
    v = OrganizationsView(demo_db, bus)
    qtbot.addWidget(v)
    v.resize(1400, 800)
    v.show()
    qtbot.waitUntil(lambda: v.model.rowCount() > 0, timeout=5000)
    yield v
    tasks.wait_for_all()


def _microsoft(db: Database) -> int:
    with db.read() as s:
        org = organizations.find_by_name(s, "Microsoft")
        assert org is not None
        return org.id


def _files_tab(
    qtbot: QtBot, view: OrganizationsView, org_id: int
) -> attachments_section.AttachmentsSection:
    view.show_record("organization", org_id)
    section = view.detail.files
    qtbot.waitUntil(lambda: section.record_id == org_id, timeout=5000)
    view.detail.sections.setCurrentWidget(section)
    return section


def _drop(section: attachments_section.AttachmentsSection, paths: list[Path]) -> QDropEvent:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    with warnings.catch_warnings():  # PySide marks the QPoint form deprecated; Qt has no other
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            QPoint(20, 20),
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    QApplication.sendEvent(section, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(section, drop)
    return drop


def _attach_as(marking: str, note: str) -> Callable[[object], None]:
    def act(dialog: object) -> None:
        assert isinstance(dialog, AttachDialog)
        dialog.marking.setCurrentIndex(dialog.marking.findData(marking))
        dialog.note.setText(note)
        dialog.ok_button.click()

    return act


def test_a_dropped_file_is_attached_with_its_marking_and_note(
    qtbot: QtBot, view: OrganizationsView, demo_db: Database, tmp_path: Path
) -> None:
    org_id = _microsoft(demo_db)
    section = _files_tab(qtbot, view, org_id)
    assert section.list.topLevelItem(0).text(0) == "No files attached."
    letter = tmp_path / "letter.msg"
    letter.write_bytes(LETTER)
    errors = when_modal(AttachDialog, _attach_as("PROTECTED A", "Signed copy"))
    assert _drop(section, [letter]).isAccepted()
    qtbot.waitUntil(lambda: len(section.files) == 1, timeout=5000)
    assert not errors, errors
    item = section.list.topLevelItem(0)
    assert item.text(0) == "letter.msg" and item.text(5) == "Signed copy"
    assert view.detail.sections.full_label(5) == "Files (1)"
    with demo_db.read() as s:
        [stored] = attachments.of_record(s, "organization", org_id)
        assert attachments.content(s, stored.id) == LETTER
    assert stored.classification.value == "PROTECTED A"

    told: list[str] = []

    def read_it(box: object) -> None:
        assert isinstance(box, QMessageBox)
        told.append(box.text())
        box.accept()

    later: list[BaseException] = []
    errors = when_modal(
        AttachDialog,
        lambda d: (
            _attach_as("UNCLASSIFIED", "")(d),
            later.extend(when_modal(QMessageBox, read_it)),
        ),
    )
    _drop(section, [letter])
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert not errors and not later
    assert "not stored twice" in told[0] and len(section.files) == 1


def test_a_file_over_50_mb_is_refused_with_a_clear_message(
    qtbot: QtBot, view: OrganizationsView, demo_db: Database, tmp_path: Path
) -> None:
    section = _files_tab(qtbot, view, _microsoft(demo_db))
    big = tmp_path / "scan.pdf"
    with open(big, "wb") as f:
        f.truncate(attachments.MAX_BYTES + 1)
    told: list[str] = []

    def read_it(box: object) -> None:
        assert isinstance(box, QMessageBox)
        told.append(box.text())
        box.accept()

    errors = when_modal(QMessageBox, read_it)
    _drop(section, [big])
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert not errors
    assert "scan.pdf" in told[0] and "50 MB" in told[0]
    assert section.files == []


def test_open_save_as_and_remove_with_a_reason(
    qtbot: QtBot,
    view: OrganizationsView,
    demo_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    org_id = _microsoft(demo_db)
    with demo_db.write() as s:
        attachments.attach_bytes(s, "organization", org_id, "report.pdf", LETTER)
    section = _files_tab(qtbot, view, org_id)
    section.list.setCurrentItem(section.list.topLevelItem(0))

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(section.open_button, Qt.MouseButton.LeftButton)
    copy = Path(opened[0].toLocalFile())
    assert demo_db.path is not None and copy.parent == private_temp.folder_for(demo_db.path)
    assert copy.read_bytes() == LETTER and copy.name.endswith("report.pdf")
    assert not copy.stat().st_mode & stat.S_IWUSR  # a copy to read, not to edit
    attachments_section.remove_opened_copies()
    assert not copy.exists()

    target = tmp_path / "saved.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == LETTER
    assert sorted(
        p.name
        for p in tmp_path.iterdir()
        if p.name != "demo.db" and not p.name.startswith("demo.db")
    ) == ["saved.pdf"]

    errors = when_modal(DeleteReasonDialog, give_reason("Wrong company"))
    qtbot.mouseClick(section.remove_button, Qt.MouseButton.LeftButton)
    assert not errors, errors
    assert section.files == []
    with demo_db.read() as s:
        entry = audit.entries(s, entity="attachment")[0]
    assert entry.action == "delete" and entry.reason == "Wrong company"


def test_the_meeting_editor_attaches_once_the_meeting_is_saved(
    qtbot: QtBot, owner: RegisterWidget, demo_db: Database, tmp_path: Path
) -> None:
    editor = MeetingEditor(owner)
    qtbot.addWidget(editor)
    assert not editor.files.add_button.isEnabled()  # nothing to attach to yet
    editor.title_edit.setText("Call about the guide")
    assert editor.write()
    assert editor.files.record_id == editor.record_id and editor.files.add_button.isEnabled()
    notes = tmp_path / "notes.txt"
    notes.write_text("Call notes", encoding="utf-8")
    errors = when_modal(AttachDialog, _attach_as("UNCLASSIFIED", ""))
    editor.files.attach_paths([notes])
    assert not errors
    assert [a.file_name for a in editor.files.files] == ["notes.txt"]


def test_the_access_request_pack_is_written_in_the_background(
    qtbot: QtBot, owner: RegisterWidget, demo_db: Database, tmp_path: Path
) -> None:
    dialog = AccessRequestDialog(demo_db, owner)
    qtbot.addWidget(dialog)
    dialog.choose(_microsoft(demo_db))
    dialog.ceiling.setCurrentIndex(dialog.ceiling.findData("UNCLASSIFIED"))
    out = tmp_path / "pack.zip"
    dialog.file_edit.setText(str(out))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20000)
    assert "pack.zip" in dialog.status.text()
    with zipfile.ZipFile(out) as pack:
        assert "index.xlsx" in pack.namelist()
    assert dialog.folder_button.isEnabled()


def test_removing_a_contact_asks_for_the_reason(
    qtbot: QtBot, view: OrganizationsView, demo_db: Database
) -> None:
    org_id = _microsoft(demo_db)
    view.show_record("organization", org_id)
    detail = view.detail
    qtbot.waitUntil(lambda: detail.data is not None and detail.data.id == org_id, timeout=5000)
    detail.contacts.setCurrentItem(detail.contacts.topLevelItem(0))
    cancelled = when_modal(DeleteReasonDialog, lambda d: d.reject())  # type: ignore[attr-defined]
    qtbot.mouseClick(detail.remove_contact_button, Qt.MouseButton.LeftButton)
    assert not cancelled
    assert detail.contacts.topLevelItem(0).text(0).startswith("Digital Safety")
    errors = when_modal(DeleteReasonDialog, give_reason("Moved to another company"))
    qtbot.mouseClick(detail.remove_contact_button, Qt.MouseButton.LeftButton)
    assert not errors, errors
    with demo_db.read() as s:
        entry = audit.entries(s, entity="contact")[0]
    assert entry.action == "delete" and entry.reason == "Moved to another company"
    assert entry.changes["organization_id"] == [org_id, None]
