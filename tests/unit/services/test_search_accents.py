"""Word search folds accents the same way on both engines: what SQLite's tokenizer finds, the
team server's index finds, in French, English and the names of other Latin-script places."""

from __future__ import annotations

from datetime import date

import pytest

from engagetrack.services import commitments, meetings, organizations
from engagetrack.services import queries_commitments as qc
from engagetrack.services import queries_meetings as qm
from engagetrack.store.database import Database


@pytest.fixture
def ids(db: Database) -> tuple[int, int]:
    with db.write() as s:
        org = organizations.create(s, {"name": "Kestrel Vidéo"})
        meeting = meetings.create(
            s,
            {
                "held_on": date(2026, 3, 2),
                "title": "Réunion à Hà Nội",
                "location": "Zürich",
                "summary": "Ĳssel delegation; Łódź office",
            },
        )
        commitment = commitments.create(
            s,
            {
                "organization_id": org.id,
                "description": "Publier les données d'ÉTÉ",
                "owner": "Hélène Côté",
            },
        )
        return meeting.id, commitment.id


def _meetings(db: Database, words: str) -> list[int]:
    with db.read() as s:
        return qm.LISTING.ids(s, search=words)


def _commitments(db: Database, words: str) -> list[int]:
    with db.read() as s:
        return qc.LISTING.ids(s, filters={"text": words})


@pytest.mark.parametrize(
    "words", ["reunion", "RÉUNION", "ha noi", "Nội", "zurich", "zür", "łódź", "łodz", "ĳssel"]
)
def test_accented_and_plain_words_find_the_meeting(
    db: Database, ids: tuple[int, int], words: str
) -> None:
    assert _meetings(db, words) == [ids[0]]


@pytest.mark.parametrize("words", ["lodz", "ijssel", "reunions"])
def test_letters_without_a_decomposition_stay_as_typed(
    db: Database, ids: tuple[int, int], words: str
) -> None:
    """Ł and Ĳ are letters of their own (no accent to remove) on both engines."""
    assert _meetings(db, words) == []


@pytest.mark.parametrize(
    "words", ["helene cote", "COTE", "donnees ete", "publier", "kestrel vidéo"]
)
def test_a_commitment_is_found_by_its_words_without_accents(
    db: Database, ids: tuple[int, int], words: str
) -> None:
    assert _commitments(db, words) == [ids[1]]
