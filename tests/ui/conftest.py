"""Fixtures for window tests: a fresh database per test, fresh settings, no leaks.

Every test gets its own QSettings scope (napari's habit) so remembered window state from one
test never leaks into another, and any database it opens is closed afterwards.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from engagetrack.services import demo
from engagetrack.store.database import Database, open_database
from engagetrack.ui import tasks
from engagetrack.ui.bus import DataBus
from engagetrack.ui.i18n import install_translators

# window tests never need a display; set before pytest-qt creates the QApplication
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def fresh_settings(tmp_path: Path, qapp: object) -> Iterator[None]:
    """Point QSettings at a per-test folder, in INI format."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(tmp_path / "settings"))
    QCoreApplication.setOrganizationName("EngageTrackTests")
    QCoreApplication.setApplicationName("EngageTrackTests")
    install_translators("en")  # as the app does: English, with its plural forms
    yield
    tasks.wait_for_all()


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "register.db", create=True)
    yield db
    tasks.wait_for_all()
    db.close()


@pytest.fixture
def demo_db(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "demo.db", create=True)
    with db.write() as session:
        demo.load_demo(session)
    yield db
    tasks.wait_for_all()
    db.close()


@pytest.fixture
def bus() -> DataBus:
    return DataBus()


class RegisterWidget(QWidget):
    """A bare window on a register, for opening an editor without building a whole tab."""

    def __init__(self, db: Database, bus: DataBus) -> None:
        super().__init__()
        self.db, self.bus = db, bus


@pytest.fixture
def owner(qtbot: QtBot, demo_db: Database, bus: DataBus) -> RegisterWidget:
    widget = RegisterWidget(demo_db, bus)
    qtbot.addWidget(widget)
    return widget
