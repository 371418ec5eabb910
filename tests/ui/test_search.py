"""The global search as a user drives it: type, move with the arrow keys, Enter jumps to the
record on its own tab; the search service's word matching underneath."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from engagetrack.services.search import search
from engagetrack.store.database import Database
from engagetrack.store.models import Commitment, Organization
from engagetrack.ui import tasks
from engagetrack.ui.dialogs.search_dialog import SearchDialog
from engagetrack.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database) -> Iterator[MainWindow]:
    w = MainWindow(demo_db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(w.is_started)  # its shortcuts are set once the first frame is up
    yield w
    tasks.wait_for_all()


def _open_search(qtbot: QtBot, window: MainWindow) -> SearchDialog:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(QDialog, "searchDialog")
    assert isinstance(dialog, SearchDialog) and dialog.isVisible()
    qtbot.waitUntil(dialog.box.hasFocus, timeout=2000)  # typing goes straight in
    return dialog


def _texts(results: QListWidget) -> list[str]:
    return [results.item(i).text() for i in range(results.count())]


def _org_id(db: Database, name: str) -> int:
    with db.read() as session:
        found = session.scalar(select(Organization.id).where(Organization.name == name))
    assert found is not None
    return found


def test_enter_opens_the_organization_with_its_detail(
    qtbot: QtBot, window: MainWindow, demo_db: Database
) -> None:
    dialog = _open_search(qtbot, window)
    qtbot.keyClicks(dialog.box, "publ saf")  # word beginnings, in any field
    qtbot.waitUntil(lambda: dialog.results.count() > 0)
    assert _texts(dialog.results)[0].startswith("Public Safety Canada")
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.current_tab() == "Organizations"
    organizations = window.view("Organizations")
    wanted = _org_id(demo_db, "Public Safety Canada")
    qtbot.waitUntil(lambda: organizations.current_id() == wanted)


def test_arrow_keys_choose_a_commitment_and_jump_to_it(
    qtbot: QtBot, window: MainWindow, demo_db: Database
) -> None:
    dialog = _open_search(qtbot, window)
    qtbot.keyClicks(dialog.box, "livestreaming")
    qtbot.waitUntil(lambda: dialog.results.count() > 0)
    texts = _texts(dialog.results)
    row = next(i for i, t in enumerate(texts) if "Commitment" in t)
    for _ in range(row):
        qtbot.keyClick(dialog.box, Qt.Key.Key_Down)  # the focus stays in the box
    assert dialog.results.currentRow() == row
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    assert window.current_tab() == "Commitments"
    with demo_db.read() as session:
        wanted = session.scalar(
            select(Commitment.id).where(Commitment.description.like("Confirm livestreaming%"))
        )
    commitments = window.view("Commitments")
    qtbot.waitUntil(lambda: commitments.current_id() == wanted)


def test_a_contact_opens_its_organization(
    qtbot: QtBot, window: MainWindow, demo_db: Database
) -> None:
    dialog = _open_search(qtbot, window)
    qtbot.keyClicks(dialog.box, "arachnid")
    qtbot.waitUntil(lambda: dialog.results.count() > 0)
    row = next(i for i, t in enumerate(_texts(dialog.results)) if "Contact ·" in t)
    dialog.results.setCurrentRow(row)
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    assert window.current_tab() == "Organizations"
    wanted = _org_id(demo_db, "Canadian Centre for Child Protection")
    organizations = window.view("Organizations")
    qtbot.waitUntil(lambda: organizations.current_id() == wanted)


def test_one_letter_asks_for_more_and_nothing_found_says_so(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = _open_search(qtbot, window)
    qtbot.keyClicks(dialog.box, "k")
    qtbot.wait(250)  # past the debounce
    assert dialog.results.count() == 0
    assert dialog.status.text() == "Type at least two letters."
    qtbot.keyClicks(dialog.box, "qzx")
    qtbot.waitUntil(lambda: dialog.status.text() == "Nothing found.")
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)  # nothing to open: the dialog stays
    assert dialog.isVisible()
    qtbot.keyClick(dialog.box, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.current_tab() == "Dashboard"


def test_every_word_must_match_and_words_match_from_their_start(demo_db: Database) -> None:
    with demo_db.read() as session:
        both = search(session, "publish transparency")
        prefix = search(session, "transp")
        inside = search(session, "ransparency")  # the middle of a word of a commitment
        one_letter = search(session, "p")
    commitments = [h.title for h in both if h.entity == "commitment"]
    assert commitments and all("ransparency" in t and "Publish" in t for t in commitments)
    assert {h.title for h in prefix if h.entity == "commitment"} >= set(commitments)
    assert not [h for h in inside if h.entity == "commitment"]
    assert one_letter == []
