"""Sorted, filtered id lists and on-demand row loading for big tables (the UI's lazy models).

A table keeps only the ordered ids of what matches (cheap even at 200,000 rows) and loads the
visible rows a page at a time, Anki-style. Sorting and filtering happen in SQL, never by
materialising ORM objects.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import ColumnElement, FromClause, Select, or_, select
from sqlalchemy.orm import Session

from engagetrack.store import postgres
from engagetrack.store.chunking import chunked
from engagetrack.store.driver_sql import driver_statement
from engagetrack.store.like import contains_folded

ColumnKind = Literal["text", "date", "int", "vocab", "bool"]
FilterFn = Callable[[Any], ColumnElement[bool]]

PAGE = 200
MIN_SEARCH_WORD = 2  # one letter matches a third of a big table: not worth a query


def _all_ids(session: Session, query: Select[Any]) -> list[int]:
    """The first column of every row, fetched by the driver itself.

    SQLAlchemy's result machinery costs about half a microsecond per row: 100 ms of a
    200,000-row sort; on a server, so did reading the ids a few thousand at a time (see
    store/driver_sql.py).
    """
    statement = driver_statement(session, query)
    if statement is not None:
        return statement.column()
    return list(session.scalars(query))


def effective_search(text: str) -> str:
    """The words of a search that are worth a query; equal texts need no new query."""
    return " ".join(w for w in text.split() if len(w) >= MIN_SEARCH_WORD)


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # English; the UI translates it
    expr: ColumnElement[Any]
    kind: ColumnKind = "text"
    searchable: bool = False
    # a column looked up in another table (correlated, cheap for one page): sorting by it on
    # PostgreSQL joins that table instead, once, rather than running the lookup per row
    # (1.5 s for 200,000 commitments; SQLite's in-process lookups are fast enough as they are)
    sort_join: tuple[FromClause, ColumnElement[bool], ColumnElement[Any]] | None = None


@dataclass(frozen=True)
class Listing:
    """One table: its source, its columns and its named filters."""

    source: FromClause
    id_expr: ColumnElement[int]
    columns: tuple[Column, ...]
    filters: Mapping[str, FilterFn] = field(default_factory=dict)
    default_sort: str | None = None
    base_where: tuple[ColumnElement[bool], ...] = ()
    # a table with a full-text index matches the search box through it instead of LIKE
    search_fn: Callable[[str], ColumnElement[bool] | None] | None = None

    def column(self, key: str) -> Column:
        for c in self.columns:
            if c.key == key:
                return c
        raise KeyError(key)

    def _where(self, query: Select[Any], search: str, filters: Mapping[str, Any]) -> Select[Any]:
        for clause in self.base_where:
            query = query.where(clause)
        if self.search_fn is not None:
            matched = self.search_fn(search)
            if matched is not None:
                query = query.where(matched)
            words: list[str] = []
        else:
            words = search.split()
        searchable = [c.expr for c in self.columns if c.searchable]
        for word in words if searchable else ():  # a listing searched by a filter instead
            query = query.where(or_(*(contains_folded(e, word) for e in searchable)))
        for name, value in filters.items():
            if value is None or value == "" or value == ():
                continue
            query = query.where(self.filters[name](value))
        return query

    def ids(
        self,
        session: Session,
        *,
        search: str = "",
        filters: Mapping[str, Any] | None = None,
        sort: str | None = None,
        descending: bool = False,
    ) -> list[int]:
        """Ids of the matching rows in display order (ties broken by id, so order is stable)."""
        query = self._where(select(self.id_expr).select_from(self.source), search, filters or {})
        key = sort or self.default_sort
        if key is not None:
            column = self.column(key)
            expr = column.expr
            if session.get_bind().dialect.name == "postgresql":
                if column.sort_join is not None:
                    target, onclause, expr = column.sort_join
                    query = query.outerjoin(target, onclause)
                if column.kind in ("text", "vocab") and postgres.text_sorts_by_bytes(session):
                    expr = expr.collate("C")  # the same order, without strcoll
            # empty values first going up, last going down, on every engine (SQLite's own
            # order; PostgreSQL's is the reverse)
            query = query.order_by(
                expr.desc().nulls_last() if descending else expr.asc().nulls_first()
            )
        query = query.order_by(self.id_expr.desc() if descending else self.id_expr.asc())
        return _all_ids(session, query)

    def rows(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        """The column values of these rows, keyed by id (for one page of the view)."""
        out: dict[int, tuple[Any, ...]] = {}
        exprs = [c.expr for c in self.columns]
        for chunk in chunked(ids):
            query = (
                select(self.id_expr, *exprs).select_from(self.source).where(self.id_expr.in_(chunk))
            )
            for row in session.execute(query):
                out[int(row[0])] = tuple(row[1:])
        return out

    def count(
        self, session: Session, *, search: str = "", filters: Mapping[str, Any] | None = None
    ) -> int:
        return len(self.ids(session, search=search, filters=filters))
