"""French ships: the window, the vocabularies and the column headers read in French."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from engagetrack.domain.vocabularies import Classification, Stage
from engagetrack.services import demo
from engagetrack.store.database import Database, open_database
from engagetrack.store.location import Target
from engagetrack.ui import app as app_module
from engagetrack.ui.dialogs.organization_editor import OrganizationEditor
from engagetrack.ui.i18n import LANGUAGE_KEY, install_translators, vocab_label
from engagetrack.ui.main_window import MainWindow


@pytest.fixture
def french(qapp: object) -> Iterator[None]:
    assert install_translators("fr") == "fr"
    yield
    install_translators("en")


def test_the_window_speaks_french(qtbot: QtBot, demo_db: Database, french: None) -> None:
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs[:2] == ["Tableau de bord", "Organisations"]
    assert vocab_label(Stage.ENDORSED) == "Adhérente"
    assert vocab_label(Classification.PROTECTED_B) == "PROTÉGÉ B"
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Fichier" in menus
    view = window.show_tab("Organizations")
    header = view.table.model().headerData(0, Qt.Orientation.Horizontal)  # type: ignore[attr-defined]
    assert header == "Nom"


def test_english_stays_english(qtbot: QtBot, demo_db: Database) -> None:
    install_translators("en")
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    assert window.tabs.tabText(0) == "Dashboard"
    assert vocab_label(Stage.ENDORSED) == "Endorsed"


def test_view_language_switches_the_window_at_once(
    qtbot: QtBot, tmp_path: Path, qapp: QApplication
) -> None:
    """View > Language > Français: the window comes back in French on the same register,
    on the tab the user was on; English again the same way."""
    register = app_module.OpenRegister(qapp)
    path = tmp_path / "register.db"
    writer = open_database(path, create=True)
    with writer.write() as session:
        demo.load_demo(session)
    writer.close()
    try:
        assert register.start(Target(path=path), read_only=False)
        window = register.window  # replaced (and deleted) by the app when the language changes
        assert isinstance(window, MainWindow)
        db = register.db
        window.show_tab("Meetings")
        french = next(
            a for a in window.findChildren(QAction) if a.text() == "Français" and a.isCheckable()
        )
        french.trigger()
        qtbot.waitUntil(lambda: register.window is not window, timeout=5000)
        again = register.window
        assert isinstance(again, MainWindow)
        assert register.db is db  # the same register, still open for editing
        assert again.tabs.tabText(0) == "Tableau de bord"
        assert again.current_tab() == "Meetings"
        assert QSettings().value(LANGUAGE_KEY) == "fr"
        english = next(
            a for a in again.findChildren(QAction) if a.text() == "English" and a.isCheckable()
        )
        assert not english.isChecked()
        english.trigger()
        qtbot.waitUntil(lambda: register.window is not again, timeout=5000)
        assert isinstance(register.window, MainWindow)
        qtbot.addWidget(register.window)
        assert register.window.tabs.tabText(0) == "Dashboard"
    finally:
        install_translators("en")
        register.close()


def test_the_first_run_welcome_offers_the_language(
    qtbot: QtBot, tmp_path: Path, qapp: QApplication
) -> None:
    register = app_module.OpenRegister(qapp)
    try:
        assert register.start(Target(path=tmp_path / "new.db"), read_only=False)
        first = register.window  # replaced (and deleted) by the app when the language changes
        assert first is not None

        def welcome_of(window: QWidget | None) -> QDialog | None:
            dialog = window.findChild(QDialog, "welcomeDialog") if window else None
            return dialog if dialog is not None and dialog.isVisible() else None

        qtbot.waitUntil(lambda: welcome_of(first) is not None, timeout=5000)
        dialog = welcome_of(first)
        assert dialog is not None
        french = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Français")
        qtbot.mouseClick(french, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: welcome_of(register.window) is not None, timeout=5000)
        assert register.window is not first
        qtbot.addWidget(register.window)
        again = welcome_of(register.window)
        assert again is not None and again.windowTitle() == "Bienvenue dans EngageTrack"
        assert QSettings().value(LANGUAGE_KEY) == "fr"
    finally:
        install_translators("en")
        register.close()


def test_a_refused_save_is_explained_in_french(
    qtbot: QtBot, demo_db: Database, french: None
) -> None:
    """The message comes from the services (domain/messages.py), in the window's language."""
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    dialog = OrganizationEditor(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # nothing saved, the input kept
    message = dialog.errors.labels["name"].text()
    assert "obligatoire" in message, message


def _organization_tabs(qtbot: QtBot, demo_db: Database, width: int) -> tuple[object, object]:
    from engagetrack.services import organizations

    with demo_db.read() as s:
        org = organizations.find_by_name(s, "Microsoft")
        assert org is not None
        org_id = org.id
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.resize(width, 950)
    window.show()
    view = window.show_tab("Organizations")
    view.show_record("organization", org_id)
    tabs = view.detail.sections  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: tabs.full_label(0).endswith("(1)"), timeout=5000)
    return window, tabs


def test_the_detail_tabs_all_stay_in_sight_in_french(
    qtbot: QtBot, demo_db: Database, french: None
) -> None:
    """French labels are longer: when the counts do not all fit, the last tabs show their
    names alone (the count is kept for when there is room), never scroll arrows."""
    _window, tabs = _organization_tabs(qtbot, demo_db, 1500)
    bar = tabs.tabBar()  # type: ignore[attr-defined]
    names = ["Personnes", "Étapes", "Réunions", "Engagements", "Principes", "Fichiers"]
    shown = [bar.tabText(i) for i in range(bar.count())]
    full = [tabs.full_label(i) for i in range(bar.count())]  # type: ignore[attr-defined]
    assert full[0] == "Personnes (1)" and full[5] == "Fichiers (0)"
    assert all(s in (n, f) for s, n, f in zip(shown, names, full, strict=True))
    assert shown[-1] == "Fichiers"  # not room for every count at this width
    assert sum(bar.tabSizeHint(i).width() for i in range(bar.count())) <= tabs.width()
    assert all(bar.rect().contains(bar.tabRect(i)) for i in range(bar.count()))
    assert not bar.usesScrollButtons()


def test_the_detail_tabs_show_their_counts_when_there_is_room(
    qtbot: QtBot, demo_db: Database
) -> None:
    install_translators("en")
    _window, tabs = _organization_tabs(qtbot, demo_db, 2600)
    splitter = tabs.parentWidget()  # the panel: give it most of the window
    while splitter is not None and not hasattr(splitter, "setSizes"):
        splitter = splitter.parentWidget()
    if splitter is not None:
        splitter.setSizes([800, 1800])  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not tabs.showing_names_only(), timeout=5000)  # type: ignore[attr-defined]
    bar = tabs.tabBar()  # type: ignore[attr-defined]
    assert bar.tabText(0) == "Contacts (1)"
    assert bar.tabText(4).startswith("Principles (")
