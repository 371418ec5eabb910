"""The Export tab's Briefing note section as a user runs it: choose, write, see the log."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from engagetrack.services import settings
from engagetrack.store.database import Database, open_database
from engagetrack.ui.bus import DataBus
from engagetrack.ui.views.export import ExportView


def test_write_a_french_meeting_note_and_see_it_logged(
    qtbot: QtBot, demo_db: Database, bus: DataBus, tmp_path: Path
) -> None:
    view = ExportView(demo_db, bus)
    qtbot.addWidget(view)
    view.show()
    section = view.briefing
    assert section.log.rowCount() == 0
    items = section.organizations.findItems("Kestrel Video (example)", Qt.MatchFlag.MatchExactly)
    assert len(items) == 1
    rect = section.organizations.visualItemRect(items[0])
    section.organizations.scrollToItem(items[0])
    rect = section.organizations.visualItemRect(items[0])
    qtbot.mouseClick(section.organizations.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert section.chosen_organizations() == ["Kestrel Video (example)"]
    section.language.setCurrentIndex(section.language.findData("fr"))
    section.addressee.setText("Sous-ministre")
    section.signatures[settings.BRANCH].setText("SSCLC")
    target = tmp_path / "note.docx"
    section.file_edit.setText(str(target))
    with qtbot.waitSignal(section.finished, timeout=60_000) as signal:
        qtbot.mouseClick(section.write_button, Qt.MouseButton.LeftButton)
    result = signal.args[0]
    assert result is not None and result.number.startswith("ET-")
    assert "marked UNCLASSIFIED" in section.status.text()
    doc = Document(str(target))
    assert doc.paragraphs[0].text == "POUR INFORMATION"
    assert section.log.rowCount() == 1
    assert section.log.item(0, 0).text() == result.number
    assert section.log.item(0, 2).text() == "Rencontre avec Kestrel Video (example)"
    with demo_db.read() as s:
        assert settings.get_setting(s, settings.BRANCH) == "SSCLC"


def test_the_tab_ceiling_applies_to_the_note(
    qtbot: QtBot, demo_db: Database, bus: DataBus, tmp_path: Path
) -> None:
    view = ExportView(demo_db, bus)
    qtbot.addWidget(view)
    view.ceiling.setCurrentIndex(view.ceiling.findData("UNCLASSIFIED"))
    target = tmp_path / "binder.docx"
    view.briefing.file_edit.setText(str(target))
    with qtbot.waitSignal(view.briefing.finished, timeout=60_000) as signal:
        view.briefing.run()
    assert signal.args[0].kind == "binder"
    assert signal.args[0].marking.value == "UNCLASSIFIED"
    text = "\n".join(p.text for p in Document(str(target)).paragraphs)
    assert "Pre-FCM briefing" not in text


def test_read_only_register_cannot_write_a_note(
    qtbot: QtBot, demo_db: Database, bus: DataBus, tmp_path: Path
) -> None:
    assert demo_db.path is not None
    demo_db.close()
    with open_database(demo_db.path, mode="read") as reader:
        view = ExportView(reader, bus)
        qtbot.addWidget(view)
        assert not view.briefing.write_button.isEnabled()
        view.briefing.file_edit.setText(str(tmp_path / "x.docx"))
        view.briefing.run()
        assert not (tmp_path / "x.docx").exists()
        view.close()
