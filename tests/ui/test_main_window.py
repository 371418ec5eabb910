"""The main window driven as a user: shortcuts, search and jump, about, start-up problems,
first-run welcome, remembered layout."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QListWidget, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from engagetrack import build_info
from engagetrack.store import backups
from engagetrack.store.database import Database, open_database
from engagetrack.store.location import Target
from engagetrack.store.models import Organization
from engagetrack.ui import app as app_module
from engagetrack.ui import tasks
from engagetrack.ui.dialogs.startup_dialogs import OpenProblemDialog, Way
from engagetrack.ui.main_window import TAB_NAMES, MainWindow, recent_files


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database) -> Iterator[MainWindow]:
    w = MainWindow(demo_db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(w.is_started)  # its shortcuts are set once the first frame is up
    yield w
    tasks.wait_for_all()


def test_tabs_in_order_and_ctrl_digits_switch(qtbot: QtBot, window: MainWindow) -> None:
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == list(TAB_NAMES)
    for i, name in enumerate(TAB_NAMES, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + i), Qt.KeyboardModifier.ControlModifier)
        assert window.current_tab() == name
        assert window.view(name).isVisible()


def test_title_and_status_bar_tell_file_and_marking(
    qtbot: QtBot, window: MainWindow, demo_db: Database
) -> None:
    assert demo_db.path is not None
    assert demo_db.path.name in window.windowTitle()
    assert window.file_label.text() == str(demo_db.path)
    # the demo holds a PROTECTED B meeting and commitment (read once the window has painted)
    qtbot.waitUntil(lambda: "PROTECTED B" in window.marking_label.text())
    assert window.mode_label.text() == "Editing"


def test_global_search_jumps_to_the_record(
    qtbot: QtBot, window: MainWindow, demo_db: Database
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(QDialog, "searchDialog")
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.box, "kestrel")  # type: ignore[attr-defined]
    results: QListWidget = dialog.results  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: results.count() > 0)
    texts = [results.item(i).text() for i in range(results.count())]
    assert any(t.startswith("Kestrel Video (example)") for t in texts)
    assert any("Bilateral with Kestrel Video" in t for t in texts)
    # choose the meeting: the Meetings tab opens with it selected
    row = next(i for i, t in enumerate(texts) if t.startswith("Bilateral with Kestrel Video"))
    results.setCurrentRow(row)
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert window.current_tab() == "Meetings"


def test_about_box_shows_version_path_and_schema(
    qtbot: QtBot, window: MainWindow, demo_db: Database
) -> None:
    shown: list[str] = []

    def grab() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, grab)
            return
        shown.append(box.text())
        shown.extend(b.text() for b in box.buttons())
        box.accept()

    QTimer.singleShot(20, grab)
    window.about()
    text = shown[0]
    assert "0.1.0" in text and str(demo_db.path) in text and demo_db.schema_version in text
    assert "PROTECTED B" in text and "unofficial translation" in text
    assert build_info.commit() in text  # the commit it was built from
    assert "&Licences…" in shown[1:]


def test_remembers_last_tab_and_recent_files(qtbot: QtBot, demo_db: Database) -> None:
    first = MainWindow(demo_db)
    qtbot.addWidget(first)
    first.show_tab("Commitments")
    first.close()
    assert QSettings().value("window/tab") == "Commitments"
    again = MainWindow(demo_db)
    qtbot.addWidget(again)
    assert again.current_tab() == "Commitments"
    # only the shown tab was built: start-up stays cheap
    assert set(again._views) == {"Commitments"}
    again.close()


def test_backup_now_writes_a_copy(qtbot: QtBot, window: MainWindow, demo_db: Database) -> None:
    assert demo_db.path is not None
    before = set(backups.list_backups(demo_db.path))
    window.backup_action.trigger()
    qtbot.waitUntil(
        lambda: set(backups.list_backups(demo_db.path)) - before != set(), timeout=10_000
    )  # type: ignore[arg-type]
    tasks.wait_for_all()


def test_bad_file_offers_a_way_out_and_read_only(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = tmp_path / "locked.db"
    holder = open_database(good, create=True)  # another writer holds the lock
    try:
        offered: list[list[str]] = []

        def fake_exec(dialog: OpenProblemDialog) -> int:
            offered.append([b.objectName() for b in dialog.findChildren(QPushButton)])
            dialog.choice = Way.READ_ONLY
            return 1

        monkeypatch.setattr(OpenProblemDialog, "exec", fake_exec)
        db = app_module.open_with_recovery(Target(path=good))
        assert db is not None and db.read_only
        assert "way_read_only" in offered[0] and "way_other_file" in offered[0]
        db.close()
    finally:
        holder.close()


def test_junk_file_is_explained_and_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    junk = tmp_path / "notes.db"
    junk.write_bytes(b"this is not a database" * 50)
    before = junk.read_bytes()
    messages: list[str] = []

    def fake_exec(dialog: OpenProblemDialog) -> int:
        messages.extend(
            label.text()
            for label in dialog.findChildren(QLabel)
            if label.accessibleName() == "Message"
        )
        dialog.choice = Way.QUIT
        return 0

    monkeypatch.setattr(OpenProblemDialog, "exec", fake_exec)
    assert app_module.open_with_recovery(Target(path=junk)) is None
    assert messages == ["notes.db is not an EngageTrack database (it is not a SQLite file)."]
    assert junk.read_bytes() == before


def test_first_run_welcome_loads_the_demo(qtbot: QtBot, empty_db: Database) -> None:
    window = MainWindow(empty_db)
    qtbot.addWidget(window)
    window.show()
    assert app_module.is_empty(empty_db)
    register = app_module.OpenRegister(QApplication.instance())  # type: ignore[arg-type]
    register.db, register.window = empty_db, window
    app_module.welcome(window, register)
    dialog = window.findChild(QDialog, "welcomeDialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    demo_button = dialog.findChild(QPushButton, "way_demo")
    assert demo_button is not None
    qtbot.mouseClick(demo_button, Qt.MouseButton.LeftButton)
    with empty_db.read() as session:
        names = set(session.scalars(select(Organization.name)))
    assert {"Microsoft", "WeProtect Global Alliance", "Public Safety Canada"} <= names
    assert not app_module.is_empty(empty_db)


def test_session_remembers_recent_files(qtbot: QtBot, tmp_path: Path, qapp: QApplication) -> None:
    session = app_module.OpenRegister(qapp)
    assert session.start(Target(path=tmp_path / "a.db"), read_only=False)
    assert session.window is not None
    qtbot.addWidget(session.window)
    # the welcome dialog is shown for an empty register; close it
    qtbot.waitUntil(
        lambda: (
            session.window is not None
            and session.window.findChild(QDialog, "welcomeDialog") is not None
        )
    )
    welcome = session.window.findChild(QDialog, "welcomeDialog")
    assert welcome is not None
    welcome.reject()
    assert str(tmp_path / "a.db") in recent_files()
    session.window.close()
    session.close()


def test_charts_follow_a_switch_to_dark_mode(
    qtbot: QtBot, window: MainWindow, qapp: QApplication
) -> None:
    dashboard = window.view("Dashboard")
    qtbot.waitUntil(dashboard.charts_ready, timeout=10_000)  # type: ignore[attr-defined]
    light = qapp.palette()
    dark = QPalette(light)
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e8e8e8"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#e8e8e8"),
    ):
        dark.setColor(role, QColor(colour))
    try:
        qapp.setPalette(dark)  # what the system does when the user turns dark mode on

        def labels_are_light() -> bool:
            views = window.findChildren(QChartView)
            return len(views) == 2 and all(
                axis.labelsColor() == QColor("#e8e8e8")
                for view in views
                for axis in view.chart().axes()
            )

        qtbot.waitUntil(labels_are_light, timeout=10_000)
    finally:
        qapp.setPalette(light)
        tasks.wait_for_all()
