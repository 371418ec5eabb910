"""Messages below the window read in the language current when they are made."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook

from engagetrack.domain import messages
from engagetrack.domain.validation import Checker, ValidationError
from engagetrack.domain.vocabularies import Classification, Stage
from engagetrack.domain.vocabulary_fr import LABELS_FR
from engagetrack.interchange.reading import read_sheets
from engagetrack.store.database import open_database
from engagetrack.store.errors import StoreError
from engagetrack.store.location import resolve_target

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def french() -> Iterator[None]:
    messages.set_language("fr")
    yield
    messages.set_language("en")


def _validation_error() -> ValidationError:
    check = Checker()
    check.required("name", "", messages.t("Name"))
    with pytest.raises(ValidationError) as caught:
        check.raise_if_any()
    return caught.value


def test_a_validation_error_in_french(french: None) -> None:
    assert _validation_error().errors["name"] == "Le champ « Nom » est obligatoire."


def test_a_validation_error_in_english() -> None:
    assert _validation_error().errors["name"] == "Name is required."


@pytest.mark.parametrize(
    ("language", "expected"),
    [("fr", "junk.db n'est pas un registre EngageTrack"), ("en", "junk.db is not an EngageTrack")],
)
def test_a_storage_error_follows_the_language(tmp_path: Path, language: str, expected: str) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database" * 20)
    messages.set_language(language)
    try:
        with pytest.raises(StoreError, match=expected):
            open_database(resolve_target(str(junk)), mode="read")
    finally:
        messages.set_language("en")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_an_import_row_error_follows_the_language(tmp_path: Path, language: str) -> None:
    book = Workbook()
    ws = book.active
    ws.title = "Organizations"
    ws.append(["Name", "Name"])
    path = tmp_path / "twice.xlsx"
    book.save(path)
    messages.set_language(language)
    try:
        problems = read_sheets(path)[0].problems
    finally:
        messages.set_language("en")
    expected = {
        "fr": "Organizations!1: la colonne « Name » figure deux fois",
        "en": 'Organizations!1: the column "Name" appears twice',
    }
    assert problems == [expected[language]]


def test_the_environment_chooses_the_language() -> None:
    env = messages.language_from_environment
    assert env({"ENGAGETRACK_LANG": "fr"}) == "fr"
    assert env({"ENGAGETRACK_LANG": "en", "LANG": "fr_CA.UTF-8"}) == "en"
    assert env({"LC_ALL": "fr_CA.UTF-8", "LANG": "en_CA.UTF-8"}) == "fr"
    assert env({"LC_MESSAGES": "en_CA", "LANG": "fr_CA"}) == "en"
    assert env({"LANG": "fr_FR.UTF-8"}) == "fr"
    assert env({}) == "en"


def test_vocabularies_parse_french_labels_ignoring_case() -> None:
    assert Stage.parse("repérée") is Stage.IDENTIFIED
    assert Stage.parse("IDENTIFIED") is Stage.IDENTIFIED
    assert Classification.parse("Protégé B") is Classification.PROTECTED_B
    with pytest.raises(ValueError):
        Stage.parse("reperee")  # accents count


def test_french_labels_are_the_windows() -> None:
    path = ROOT / "resources" / "translations" / "glossary_fr.py"
    found = importlib.util.spec_from_file_location("glossary_fr", path)
    assert found is not None and found.loader is not None
    glossary = importlib.util.module_from_spec(found)
    found.loader.exec_module(glossary)
    assert glossary.VOCABULARY == LABELS_FR
