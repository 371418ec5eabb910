"""The export's rows, fetched by the driver, are exactly what SQLAlchemy's own results give.

`row_stream.stream` runs each sheet's query on the driver, its values bound, and converts every column
with that column's own result processor; the workbook must not change because of it: the same
rows, in the same order, with the same Python types (dates, vocabulary members, numbers).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from engagetrack.domain.vocabularies import Classification
from engagetrack.interchange.row_stream import stream as _stream
from engagetrack.interchange.sources import Sources
from engagetrack.services import organizations
from engagetrack.store.database import Database
from engagetrack.store.models import Commitment
from tests.helpers.workbook_fixtures import days_ago, fill_register


def _both(db: Database, make_query: str, ceiling: Classification | None) -> None:
    with db.read() as s:
        sources = Sources(s, ceiling, date.today())
        query = getattr(sources, make_query)()
        fast = list(_stream(s, query))
        usual = [tuple(r) for r in s.execute(query)]
    assert fast == usual, make_query
    assert [[type(v) for v in row] for row in fast] == [[type(v) for v in row] for row in usual]


def test_every_sheet_query_gives_the_same_rows_and_types(db: Database) -> None:
    fill_register(db)
    for ceiling in (None, Classification.PROTECTED_A, Classification.UNCLASSIFIED):
        for query in (
            "organizations_query",
            "contacts_query",
            "meetings_query",
            "commitments_query",
            "principles_query",
        ):
            _both(db, query, ceiling)
        with db.read() as s:
            sources = Sources(s, ceiling, date.today())
            overdue = sources.commitments_query(overdue=True)
            assert list(_stream(s, overdue)) == [tuple(r) for r in s.execute(overdue)]
    with db.read() as s:  # the register really has rows of each kind to compare
        assert len(list(s.scalars(select(Commitment.id)))) > 1


def test_text_with_quotes_in_a_filter_value_is_bound(db: Database) -> None:
    fill_register(db)
    hostile = "O'Brien \\ Co; DROP TABLE x"
    with db.write() as s:
        organizations.create(s, {"name": hostile})
    with db.read() as s:
        sources = Sources(s, None, date.today())
        since = sources.meetings_since(days_ago(3650))
        assert list(_stream(s, since)) == [tuple(r) for r in s.execute(since)]
        query = sources.organizations_query()
        query = query.where(query.selected_columns[0] == hostile)
        fast = list(_stream(s, query))
        assert fast == [tuple(r) for r in s.execute(query)]
        # the row is found: a quote or backslash written wrongly would match nothing
        assert [row[0] for row in fast] == [hostile]
