"""French ships: the window, the vocabularies and the column headers read in French."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from engagetrack.domain.vocabularies import Classification, Stage
from engagetrack.store.database import Database
from engagetrack.ui.i18n import install_translators, vocab_label
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
