"""The same register on SQLite and on PostgreSQL answers every read the window and the
commands make in the same way: listings with every search and sort, the Dashboard, the
pipeline, the principle matrix, an organization's detail, the global search, the figures."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, is_dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from engagetrack.services import (
    demo,
    headline,
    queries_commitments,
    queries_dashboard,
    queries_meetings,
    queries_organizations,
    queries_pipeline,
    queries_principles,
    reporting,
    search,
    synthetic,
)
from engagetrack.services import organizations as orgs
from engagetrack.store.database import Database, open_database
from tests.helpers.postgres_server import TEMPLATE, PostgresServer

TODAY = date(2026, 12, 1)
LISTINGS = {
    "organizations": queries_organizations.LISTING,
    "meetings": queries_meetings.LISTING,
    "commitments": queries_commitments.LISTING,
}
WORDS = ("", "kestrel", "publ", "round", "five eyes", "trembl", "50%", "zzz")


@pytest.fixture(scope="module")
def registers(
    postgres: PostgresServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Database, Database]]:
    """The demo and a small generated register, written the same way on both engines."""
    lite = open_database(tmp_path_factory.mktemp("parity") / "r.db", create=True)
    server = open_database(postgres.url(postgres.create_database(template=TEMPLATE)))
    for db in (lite, server):
        with db.write() as s:
            demo.load_demo(s, today=TODAY)
        with db.write() as s:
            synthetic.generate(s, scale=30, seed=7, today=TODAY)
    yield lite, server
    lite.close()
    server.close()


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return _plain(asdict(value))
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _both(registers: tuple[Database, Database], read: Any) -> tuple[Any, Any]:
    answers = []
    for db in registers:
        with db.read() as s:
            answers.append(_plain(read(s)))
    return answers[0], answers[1]


@pytest.mark.parametrize("name", sorted(LISTINGS))
def test_listings_search_and_sort_alike(registers: tuple[Database, Database], name: str) -> None:
    listing = LISTINGS[name]
    for words in WORDS:
        # the Commitments tab searches through its "text" filter, the others their box
        lite, server = _both(
            registers,
            lambda s, w=words: (
                listing.ids(s, filters={"text": w})
                if name == "commitments"
                else listing.ids(s, search=w)
            ),
        )
        assert lite == server, (name, words)
    for column in listing.columns:
        for descending in (False, True):
            lite, server = _both(
                registers,
                lambda s, c=column.key, d=descending: listing.ids(s, sort=c, descending=d),
            )
            assert lite == server, (name, column.key, descending)
    lite, server = _both(registers, lambda s: listing.rows(s, listing.ids(s)[:50]))
    assert lite == server


def test_the_dashboard_pipeline_and_matrix_alike(registers: tuple[Database, Database]) -> None:
    for read in (
        lambda s: queries_dashboard.dashboard(s, TODAY),
        queries_dashboard.highest_marking,
        lambda s: queries_pipeline.board(s, queries_pipeline.Filters()),
        lambda s: queries_pipeline.board(s, queries_pipeline.Filters(search="kest")),
        lambda s: queries_principles.rows(s, queries_principles.organization_ids(s)),
        lambda s: reporting.stats(s, today=TODAY),
    ):
        lite, server = _both(registers, read)
        assert lite == server


def test_an_organizations_detail_and_the_global_search_alike(
    registers: tuple[Database, Database],
) -> None:
    def detail(s: Any) -> Any:
        found = orgs.find_by_name(s, "Kestrel Video (example)")
        assert found is not None
        return queries_organizations.detail(s, found.id)

    lite, server = _both(registers, detail)
    assert lite == server
    for words in WORDS:
        lite, server = _both(registers, lambda s, w=words: search.search(s, w, limit=20))
        assert lite == server, words


def test_the_window_s_first_figures_alike(registers: tuple[Database, Database]) -> None:
    figures = []
    for db in registers:
        with db.raw_read() as conn:
            figures.append(headline.headline(conn, TODAY))
    assert figures[0] == figures[1]
    assert figures[0].organizations > 26


def test_new_records_after_a_generated_register_get_new_ids(
    registers: tuple[Database, Database], tmp_path: Path
) -> None:
    """Generated rows bring their own ids; the server's sequences follow them."""
    for db in registers:
        with db.write() as s:
            created = orgs.create(s, {"name": f"After the generator {tmp_path.name}"})
        assert created.id > 30
