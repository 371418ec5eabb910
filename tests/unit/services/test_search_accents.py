"""Searches fold accents the same way on both engines: the big tables' word search (what
SQLite's tokenizer finds, the team server's index finds) and the small tables' search of
organizations and contacts ("quebec" finds "Québec"), in French, English and the names of
other Latin-script places."""

from __future__ import annotations

from datetime import date

import pytest

from engagetrack.services import (
    commitments,
    contacts,
    meetings,
    organizations,
    queries_pipeline,
    queries_principles,
    search,
)
from engagetrack.services import queries_commitments as qc
from engagetrack.services import queries_meetings as qm
from engagetrack.services import queries_organizations as qo
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


@pytest.fixture
def organizations_in_french(db: Database) -> dict[str, int]:
    with db.write() as s:
        made = {
            name: organizations.create(s, {"name": name, "country": country}).id
            for name, country in (
                ("Sécurité publique Québec", "Canada"),
                ("Ministère de l'Intérieur", "France"),
                ("Plain Co", "Canada"),
            )
        }
        s.flush()
        contacts.create(
            s, {"organization_id": made["Plain Co"], "name": "Hélène Côté", "title": "Directrice"}
        )
    return made


@pytest.mark.parametrize(
    ("words", "names"),
    [
        ("quebec", ["Sécurité publique Québec"]),
        ("SECURITE publique", ["Sécurité publique Québec"]),
        ("québec", ["Sécurité publique Québec"]),
        ("ministere interieur", ["Ministère de l'Intérieur"]),
        ("co", ["Plain Co"]),
        ("france", ["Ministère de l'Intérieur"]),
    ],
)
def test_organizations_are_found_with_or_without_accents(
    db: Database, organizations_in_french: dict[str, int], words: str, names: list[str]
) -> None:
    wanted = sorted(organizations_in_french[n] for n in names)
    with db.read() as s:
        assert sorted(qo.LISTING.ids(s, search=words)) == wanted  # the Organizations tab
        found = [h.record_id for h in search.search(s, words) if h.entity == "organization"]
        assert sorted(found) == wanted  # the search everywhere


def test_a_contact_and_the_pipeline_and_the_matrix_ignore_accents(
    db: Database, organizations_in_french: dict[str, int]
) -> None:
    with db.read() as s:
        hits = search.search(s, "helene cote")
        assert [h.title for h in hits if h.entity == "contact"] == ["Hélène Côté"]
        quebec = organizations_in_french["Sécurité publique Québec"]
        board = queries_pipeline.board(s, queries_pipeline.Filters(search="quebec"))
        assert [c.id for cards in board.cards.values() for c in cards] == [quebec]
        assert queries_principles.organization_ids(s, search="QUEBEC") == [quebec]
