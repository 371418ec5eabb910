"""Nothing of the window is left in English for a French user: every tab, menu and dialog is
opened under a pseudo-translation, and every visible text must have passed through the French
catalogue (pseudo_translation.py says how the walk works)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from engagetrack import build_info
from engagetrack.domain.principles import PRINCIPLES, framework_name, framework_source
from engagetrack.domain.vocabularies import Stage
from engagetrack.services import (
    assessments,
    commitments,
    contacts,
    meetings,
    organizations,
    queries_principles,
)
from engagetrack.store.database import Database, open_database
from engagetrack.store.errors import DatabaseLockedError
from engagetrack.store.location import Target
from engagetrack.ui import tasks
from engagetrack.ui.dialogs.assessment_editor import AssessmentEditor
from engagetrack.ui.dialogs.commitment_editor import CommitmentEditor
from engagetrack.ui.dialogs.contact_editor import ContactEditor
from engagetrack.ui.dialogs.meeting_editor import MeetingEditor
from engagetrack.ui.dialogs.merge_dialog import MergeDialog
from engagetrack.ui.dialogs.organization_editor import OrganizationEditor
from engagetrack.ui.dialogs.search_dialog import SearchDialog
from engagetrack.ui.dialogs.stage_dialog import StageChangeDialog
from engagetrack.ui.dialogs.startup_dialogs import OpenProblemDialog, WelcomeDialog
from engagetrack.ui.i18n import install_translators
from engagetrack.ui.main_window import TAB_NAMES, MainWindow
from engagetrack.ui.views.pipeline import PipelineView
from engagetrack.ui.views.table_tab import TableTab
from tests.ui.pseudo_translation import (
    MarkingTranslator,
    catalogue_entries,
    menu_texts,
    untranslated,
    visible_texts,
)


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Database]:
    """One record of every kind, each named with a ZZ token the walk knows is data."""
    db = open_database(tmp_path / "ZZregister.db", create=True)
    today = date.today()
    with db.write() as s:
        org = organizations.create(
            s,
            {
                "name": "ZZOrg",
                "country": "ZZLand",
                "sector": "ZZSector",
                "lead_official": "ZZLead",
                "notes": "ZZNotes",
                "stage": Stage.ENDORSED.value,
            },
        ).id
        other = organizations.create(s, {"name": "ZZOther"}).id
        contacts.create(s, {"organization_id": org, "name": "ZZPerson", "title": "ZZTitle"})
        meeting = meetings.create(
            s,
            {"held_on": today - timedelta(days=3), "title": "ZZMeeting", "lead": "ZZLead"},
            organization_ids=[org, other],
            contact_ids=[],
            principle_numbers=[1],
        ).id
        meetings.create(
            s,
            {"held_on": today + timedelta(days=9), "title": "ZZPlanned"},
            organization_ids=[org],
            contact_ids=[],
            principle_numbers=[],
        )
        commitments.create(
            s,
            {
                "organization_id": org,
                "description": "ZZPromise",
                "owner": "ZZOwner",
                "due_on": today - timedelta(days=4),
                "meeting_id": meeting,
            },
        )
        commitments.create(
            s,
            {"organization_id": org, "description": "ZZSoon", "due_on": today + timedelta(2)},
        )
        assessments.set_assessment(s, org, 3, "Implemented", evidence="ZZEvidence")
    yield db
    tasks.wait_for_all()
    db.close()


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[MarkingTranslator]:
    install_translators("en")
    translator = MarkingTranslator(catalogue_entries())
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)
    install_translators("en")


def settle(qtbot: QtBot) -> None:
    for _ in range(5):
        tasks.wait_for_all()
        qtbot.wait(20)


def check(texts: list[tuple[str, str]], db: Database) -> None:
    data = [str(db.path), db.path.name] if db.path is not None else []
    data.append(db.user)  # who made each change: the stage history's "By" column
    # the principles are data held in both languages (domain/principles.py), not strings
    data += [framework_name(lang) for lang in ("en", "fr")]
    data += [framework_source(lang) for lang in ("en", "fr")]
    data.append(build_info.commit())
    for p in PRINCIPLES:
        data += [p.short_title_en, p.short_title_fr, p.theme_en, p.theme_fr, p.text_en, p.text_fr]
    left = untranslated(texts, data, (source for _context, source in catalogue_entries()))
    assert not left, "left in English:\n" + "\n".join(f"  {w}: {t!r}" for w, t in left)


def walk_modal(qtbot: QtBot, open_it: object) -> list[tuple[str, str]]:
    """Texts of the modal box that `open_it()` shows (QMessageBox and the like)."""
    seen: list[tuple[str, str]] = []

    def grab() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, grab)
            return
        seen.extend(visible_texts(box))
        box.close()

    QTimer.singleShot(20, grab)
    open_it()  # type: ignore[operator]
    return seen


def test_every_tab_and_menu(qtbot: QtBot, register: Database, pseudo: MarkingTranslator) -> None:
    window = MainWindow(register)
    qtbot.addWidget(window)
    window.resize(1500, 950)
    window.show()
    texts: list[tuple[str, str]] = []
    for name in TAB_NAMES:
        view = window.show_tab(name)
        settle(qtbot)
        if isinstance(view, TableTab):
            qtbot.waitUntil(lambda v=view: v.model.rowCount() > 0, timeout=5000)
            view.table.setCurrentIndex(view.model.index(0, 0))
            settle(qtbot)
            texts += menu_texts(view.build_menu(), f"{name} row menu")
        if isinstance(view, PipelineView):
            column = next(c for c in view.columns.values() if c.model.rowCount())
            card = column.model.cards[0]
            texts += menu_texts(view.card_menu(card.id, column.stage), "card menu")
        texts += visible_texts(window)
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            menu.aboutToShow.emit()  # Open recent fills itself when shown
            texts += menu_texts(menu, "menu bar")
    texts += walk_modal(qtbot, window.about)
    check(texts, register)


def test_every_editor_and_dialog(
    qtbot: QtBot, register: Database, pseudo: MarkingTranslator
) -> None:
    window = MainWindow(register)
    qtbot.addWidget(window)
    with register.read() as s:
        org = organizations.find_by_name(s, "ZZOrg")
        assert org is not None
        org_id, stage, since = org.id, org.stage, org.stage_since
        contact_id = org.contacts[0].id
        meeting = meetings.find(s, date.today() - timedelta(days=3), "ZZMeeting")
        commitment = commitments.find(s, org_id, "ZZPromise")
        assert meeting is not None and commitment is not None
        meeting_id, commitment_id = meeting.id, commitment.id
        matrix = queries_principles.rows(s, [org_id])[org_id]
        principle = next(p for p in queries_principles.principles(s) if p.number == 3)
    dialogs: list[QWidget] = [
        OrganizationEditor(window),
        OrganizationEditor(window, org_id),
        ContactEditor(window, org_id),
        ContactEditor(window, org_id, contact_id),
        MeetingEditor(window),
        MeetingEditor(window, meeting_id),
        CommitmentEditor(window),
        CommitmentEditor(window, commitment_id),
        AssessmentEditor(window, org_id, "ZZOrg", principle, matrix.cells.get(3)),
        StageChangeDialog(window, org_id, "ZZOrg", stage, Stage.ON_HOLD, since),
        MergeDialog(register, org_id, "ZZOrg", window),
        SearchDialog(register, window),
        WelcomeDialog(register.path, window),
        OpenProblemDialog(DatabaseLockedError("ZZ"), Target(path=register.path), window),
    ]
    texts: list[tuple[str, str]] = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot)
        texts += visible_texts(dialog)
        dialog.close()
    check(texts, register)
