"""The Export tab as a user runs it: choose the ceiling and file, export, cancel, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from engagetrack.store.database import Database, open_database
from engagetrack.ui.bus import DataBus
from engagetrack.ui.views.export import ExportView


def _all_text(path: Path) -> str:
    book = load_workbook(path, read_only=True)
    try:
        return "\n".join(
            str(v)
            for ws in book.worksheets
            for row in ws.iter_rows(values_only=True)
            for v in row
            if v is not None
        )
    finally:
        book.close()


def test_unclassified_export_leaves_protected_records_out(
    qtbot: QtBot, demo_db: Database, bus: DataBus, tmp_path: Path
) -> None:
    view = ExportView(demo_db, bus)
    qtbot.addWidget(view)
    view.show()
    assert view.ceiling.currentData() == "PROTECTED B"  # everything, unless the user limits it
    assert [view.ceiling.itemText(i) for i in range(view.ceiling.count())] == [
        "UNCLASSIFIED",
        "PROTECTED A",
        "PROTECTED B",
    ]
    assert not view.progress.isVisible()
    target = tmp_path / "pack.xlsx"
    view.file_edit.setText(str(target))
    view.ceiling.setCurrentIndex(view.ceiling.findData("UNCLASSIFIED"))
    assert "PROTECTED A or PROTECTED B are left out" in view.ceiling_note.text()
    with qtbot.waitSignal(view.finished, timeout=60_000) as signal:
        qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    result = signal.args[0]
    assert result is not None and result.marking.value == "UNCLASSIFIED"
    assert target.exists()
    text = _all_text(target)
    assert "Pre-FCM briefing with the minister's office" not in text  # PROTECTED B meeting
    assert "Microsoft" in text
    assert "marked UNCLASSIFIED" in view.status.text()
    assert view.open_folder_button.isVisible()
    assert view.last_folder == tmp_path


def test_full_export_is_marked_with_its_highest_level(
    qtbot: QtBot, demo_db: Database, bus: DataBus, tmp_path: Path
) -> None:
    view = ExportView(demo_db, bus)
    qtbot.addWidget(view)
    view.file_edit.setText(str(tmp_path / "all.xlsx"))
    for name in ("Contacts", "Principles"):
        view.sheet_boxes[name].setChecked(False)
    with qtbot.waitSignal(view.finished, timeout=60_000) as signal:
        view.run()
    result = signal.args[0]
    assert result.marking.value == "PROTECTED B"
    assert "Contacts" not in load_workbook(result.path, read_only=True).sheetnames


def test_cancel_leaves_no_file(
    qtbot: QtBot, demo_db: Database, bus: DataBus, tmp_path: Path
) -> None:
    view = ExportView(demo_db, bus)
    qtbot.addWidget(view)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "never.xlsx"
    view.file_edit.setText(str(target))
    with qtbot.waitSignal(view.finished, timeout=60_000) as signal:
        view.run()
        view.cancel()
    assert signal.args[0] is None
    assert view.status.text() == "Cancelled; no file was written."
    assert not target.exists()
    assert list(out.iterdir()) == []  # no temporary file either


def test_unwritable_target_is_explained(
    qtbot: QtBot, demo_db: Database, bus: DataBus, tmp_path: Path
) -> None:
    view = ExportView(demo_db, bus)
    qtbot.addWidget(view)
    folder_in_the_way = tmp_path / "pack.xlsx"
    folder_in_the_way.mkdir()
    view.file_edit.setText(str(folder_in_the_way / "inside" / "x.xlsx"))
    (tmp_path / "pack.xlsx" / "inside").write_text("a file where a folder should be")
    with qtbot.waitSignal(view.finished, timeout=60_000) as signal:
        view.run()
    assert signal.args[0] is None
    assert view.status.text()  # a plain message, not a traceback
    assert "Traceback" not in view.status.text()
    assert view.run_button.isEnabled()


def test_prepared_by_is_remembered(
    qtbot: QtBot, demo_db: Database, bus: DataBus, tmp_path: Path
) -> None:
    view = ExportView(demo_db, bus)
    qtbot.addWidget(view)
    view.prepared_by.setText("J. Singh, Policy Analyst")
    view.file_edit.setText(str(tmp_path / "p.xlsx"))
    with qtbot.waitSignal(view.finished, timeout=60_000):
        view.run()
    again = ExportView(demo_db, bus)
    qtbot.addWidget(again)
    assert again.prepared_by.text() == "J. Singh, Policy Analyst"


def test_replacing_a_file_asks_first(
    qtbot: QtBot,
    demo_db: Database,
    bus: DataBus,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "briefing.xlsx"
    target.write_bytes(b"last week's workbook")
    asked: list[str] = []

    def decline(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", decline)
    view = ExportView(demo_db, bus)
    qtbot.addWidget(view)
    view.file_edit.setText(str(target))
    qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    assert asked and "briefing.xlsx already exists" in asked[0]
    assert target.read_bytes() == b"last week's workbook"
    assert view.run_button.isEnabled()


def test_a_read_only_database_still_exports(
    qtbot: QtBot, demo_db: Database, bus: DataBus, tmp_path: Path
) -> None:
    reader = open_database(demo_db.target.path, mode="read")
    try:
        assert reader.read_only
        view = ExportView(reader, bus)
        qtbot.addWidget(view)
        with qtbot.waitActive(view):  # a shortcut reaches an active window only
            view.show()
            view.activateWindow()
        view.prepared_by.setText("A. Reader")
        target = tmp_path / "read-only.xlsx"
        view.file_edit.setText(str(target))
        view.file_edit.setFocus()
        with qtbot.waitSignal(view.finished, timeout=20_000) as signal:  # Ctrl+Enter runs it
            qtbot.keyClick(view.file_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert signal.args[0] is not None, view.status.text()
        assert target.exists()
        assert "A. Reader" in _all_text(target)
    finally:
        from engagetrack.ui import tasks

        tasks.wait_for_all()
        reader.close()


def test_the_workbook_is_written_in_the_language_chosen(
    qtbot: QtBot, demo_db: Database, bus: DataBus, tmp_path: Path
) -> None:
    view = ExportView(demo_db, bus)
    qtbot.addWidget(view)
    assert view.language.currentData() == "en"  # the window's language, unless changed
    view.language.setCurrentIndex(view.language.findData("fr"))
    view.file_edit.setText(str(tmp_path / "classeur.xlsx"))
    with qtbot.waitSignal(view.finished, timeout=60_000) as signal:
        qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    result = signal.args[0]
    assert result is not None
    book = load_workbook(result.path, read_only=True)
    try:
        assert book.sheetnames[:3] == ["Sommaire", "Organisations", "Contacts"]
        first = next(book["Organisations"].iter_rows(max_row=1, values_only=True))
        assert first[0] == "Nom"
    finally:
        book.close()
