"""The window as a user starts it: `engagetrack --db FILE` in a subprocess, on a new file, a
register, a file that is not a register and a file another writer holds.

A small driver starts the real entry point (engagetrack.cli.main) with a timer beside it that
reports what is on screen as JSON lines and answers dialogs as a user would (the button to
press comes from the test), then closes the window.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from engagetrack.services import demo
from engagetrack.store import backups
from engagetrack.store.database import open_database

ROOT = Path(__file__).resolve().parents[2]

DRIVER = r"""
import json, sys, time
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton

app = QApplication(sys.argv[:1])
press = sys.argv[2].split(",") if sys.argv[2] else []
started = time.monotonic()
shown = {}

def say(**facts):
    print(json.dumps(facts), flush=True)

def loaded():
    return sorted(m for m in ("openpyxl", "alembic", "PySide6.QtCharts") if m in sys.modules)

def poll():
    if time.monotonic() - started > 60:
        say(event="timeout")
        app.exit(99)
        return
    modal = QApplication.activeModalWidget()
    if isinstance(modal, QDialog) and modal.isVisible():
        buttons = [b.objectName() for b in modal.findChildren(QPushButton) if b.objectName()]
        texts = [l.text() for l in modal.findChildren(QLabel) if l.text()]
        say(event="dialog", name=modal.objectName() or type(modal).__name__,
            title=modal.windowTitle(), buttons=buttons, texts=texts)
        wanted = press.pop(0) if press else "way_quit"
        modal.findChild(QPushButton, wanted).click()
    else:
        window = next((w for w in QApplication.topLevelWidgets()
                       if w.objectName() == "MainWindow" and w.isVisible()), None)
        if window is not None and window.view("Dashboard").is_ready():
            dashboard = window.view("Dashboard")
            facts = dict(title=window.windowTitle(),
                tabs=[window.tabs.tabText(i) for i in range(window.tabs.count())],
                mode=window.mode_label.text(), organizations=dashboard.organizations.number.text())
            if facts != shown.get("last"):
                say(event="window", loaded=loaded(),
                    sqlalchemy_at_paint=shown.get("sqlalchemy_at_paint"), **facts)
                shown["last"] = facts
            # a moment for what follows a choice (the demo loading) to reach the screen
            shown.setdefault("since", time.monotonic())
            if time.monotonic() - shown["since"] > 1.0:
                window.close()
                return
    QTimer.singleShot(50, poll)

import engagetrack.ui.views.dashboard as dashboard_module
first_paint = dashboard_module.DashboardView._figures_painted

def figures_painted(self):
    # the first paint of real figures must not wait for SQLAlchemy (a quarter of a second)
    shown.setdefault("sqlalchemy_at_paint", "sqlalchemy" in sys.modules)
    first_paint(self)

dashboard_module.DashboardView._figures_painted = figures_painted

from PySide6.QtCore import QTimer
QTimer.singleShot(50, poll)
from engagetrack.cli import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def start(db: Path, tmp_path: Path, *press: str) -> tuple[int, list[dict[str, Any]], str]:
    """Run the window on `db`, pressing these dialog buttons in turn; (exit code, reports,
    stderr)."""
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k not in ("ENGAGETRACK_DB", "ENGAGETRACK_LANG")}
    # the user's own settings and data folder are never touched by a test
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        LANG="en_CA.UTF-8",
        LC_ALL="en_CA.UTF-8",
    )
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, str(db), ",".join(press)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )
    reports = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    return done.returncode, reports, done.stderr


def test_a_new_file_greets_with_the_welcome_and_loads_the_demo(tmp_path: Path) -> None:
    db = tmp_path / "first.db"
    code, reports, stderr = start(db, tmp_path, "way_demo")
    assert code == 0, stderr
    assert "Traceback" not in stderr
    welcome = reports[0]
    assert welcome["event"] == "dialog" and welcome["name"] == "welcomeDialog"
    assert {"way_demo", "way_import", "way_empty"} <= set(welcome["buttons"])
    assert any("Voluntary Principles" in text for text in welcome["texts"])
    window = [r for r in reports if r["event"] == "window"][-1]
    assert window["organizations"] == "26"  # the Dashboard shows the demo at once
    assert window["title"].startswith("first.db")
    assert window["tabs"] == [
        "Dashboard",
        "Organizations",
        "Pipeline",
        "Meetings",
        "Commitments",
        "Principles",
        "Export",
    ]
    assert db.exists()


def test_a_register_opens_without_loading_the_workbook_and_migration_libraries(
    tmp_path: Path,
) -> None:
    db = tmp_path / "register.db"
    with open_database(db, create=True, daily_backup=False) as opened, opened.write() as s:
        demo.load_demo(s)
    code, reports, stderr = start(db, tmp_path)
    assert code == 0, stderr
    window = next(r for r in reports if r["event"] == "window")
    assert not [r for r in reports if r["event"] == "dialog"]  # no welcome: it has records
    assert window["organizations"] not in ("", "…", "0")
    assert window["mode"] == "Editing"
    # openpyxl and alembic cost start-up time and are needed only for an export or a migration
    assert "openpyxl" not in window["loaded"]
    assert "alembic" not in window["loaded"]
    # the figures are painted from plain sqlite3 before SQLAlchemy has even been imported
    assert window["sqlalchemy_at_paint"] is False
    # the daily backup is taken after the window shows, in the background
    assert len(backups.list_backups(db)) == 1


def test_a_file_that_is_not_a_register_is_explained_and_left_alone(tmp_path: Path) -> None:
    junk = tmp_path / "minutes.db"
    junk.write_bytes(b"Minutes of the roundtable\n" * 200)
    before = junk.read_bytes()
    code, reports, stderr = start(junk, tmp_path, "way_quit")
    assert code == 1
    assert "Traceback" not in stderr
    problem = reports[0]
    assert problem["event"] == "dialog"
    assert any("minutes.db is not an EngageTrack database" in t for t in problem["texts"])
    assert {"way_other_file", "way_new_file", "way_quit"} <= set(problem["buttons"])
    assert "way_read_only" not in problem["buttons"]  # reading junk would not help
    assert not [r for r in reports if r["event"] == "window"]
    assert junk.read_bytes() == before


@pytest.mark.skipif(sys.platform == "win32", reason="lock semantics differ; covered in store")
def test_a_file_another_writer_holds_opens_read_only(tmp_path: Path) -> None:
    db = tmp_path / "shared.db"
    holder = open_database(db, create=True, daily_backup=False)  # another window has it open
    try:
        code, reports, stderr = start(db, tmp_path, "way_read_only")
    finally:
        holder.close()
    assert code == 0, stderr
    problem = reports[0]
    assert problem["event"] == "dialog" and "way_read_only" in problem["buttons"]
    window = next(r for r in reports if r["event"] == "window")
    assert "[read-only]" in window["title"]
    assert window["mode"] == "Read-only"
