"""Full-text indexes over the big tables, and the word-prefix search built on them.

Search-as-you-type semantics: every word the user types must begin a word of the record
("publ" finds "Publish", "tremb" finds "Tremblay"), ignoring case and accents; a lone letter
is not searched for.

One definition per index serves both engines. On SQLite it is an FTS5 table kept in step by
triggers (prefix indexes for one to three letters keep short words fast). On PostgreSQL it is
a GIN index over `to_tsvector('simple', ...)` of the same columns, accents folded as SQLite's
tokenizer folds them: the text decomposed (`normalize(..., NFD)`) and its combining marks
removed (immutable, so it can be indexed; the `unaccent` extension is neither immutable nor
always installed; `translate` over a table of accented letters, used before schema 0006,
looked each character up in the whole table and cost a server import most of its time), and
the words become a `word:*` prefix query. `matches(...)` is one
SQL element that compiles to either (see `_compile_sqlite`, `_compile_postgresql`), so the
services and the listings never ask which engine they run on. `matches_or_in(...)` is the
same match OR'd with "a column is among a subquery's values", written so that PostgreSQL
answers both halves from indexes (see `_compile_or_in_postgresql`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Dialect,
    Select,
    String,
    bindparam,
    literal_column,
    or_,
    select,
    table,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import NullType, TypeDecorator

from engagetrack.store.folding import MARKS_CLASS, fold

_WORD = re.compile(r"\w+", re.UNICODE)

# one letter matches a third of a big table: it filters nothing useful, and costs the most
MIN_WORD = 2


@dataclass(frozen=True)
class FullTextIndex:
    name: str  # the FTS5 table
    source: str  # the indexed table (its integer primary key `id` is the FTS rowid)
    columns: tuple[str, ...]

    def create_statements(self) -> list[str]:
        cols = ", ".join(self.columns)
        new = ", ".join(f"new.{c}" for c in self.columns)
        old = ", ".join(f"old.{c}" for c in self.columns)
        return [
            f"CREATE VIRTUAL TABLE {self.name} USING fts5({cols}, content='{self.source}',"
            " content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')",
            self.insert_trigger(),
            f"CREATE TRIGGER {self.name}_ad AFTER DELETE ON {self.source} BEGIN"
            f" INSERT INTO {self.name}({self.name}, rowid, {cols})"
            f" VALUES ('delete', old.id, {old}); END",
            f"CREATE TRIGGER {self.name}_au AFTER UPDATE OF {cols} ON {self.source} BEGIN"
            f" INSERT INTO {self.name}({self.name}, rowid, {cols})"
            f" VALUES ('delete', old.id, {old});"
            f" INSERT INTO {self.name}(rowid, {cols}) VALUES (new.id, {new}); END",
            f"INSERT INTO {self.name}({self.name}) VALUES ('rebuild')",
        ]

    # Bulk loading. Indexing row by row from the insert trigger costs SQLite about twenty
    # times what indexing the same rows in one INSERT ... SELECT does (measured on an import
    # of 300,000 rows: most of its writing time). A bulk writer drops the insert trigger in
    # its transaction, inserts, then indexes the new rows at once and puts the trigger back;
    # a rollback brings the trigger back by itself.

    def insert_trigger(self) -> str:
        cols = ", ".join(self.columns)
        new = ", ".join(f"new.{c}" for c in self.columns)
        return (
            f"CREATE TRIGGER {self.name}_ai AFTER INSERT ON {self.source} BEGIN"
            f" INSERT INTO {self.name}(rowid, {cols}) VALUES (new.id, {new}); END"
        )

    def suspend_statement(self) -> str:
        return f"DROP TRIGGER IF EXISTS {self.name}_ai"

    def index_statement(self, first_id: int, end_id: int | None = None) -> str:
        """Index the rows from `first_id` on (up to `end_id`, excluded)."""
        cols = ", ".join(self.columns)
        where = f"id >= {int(first_id)}"
        if end_id is not None:
            where += f" AND id < {int(end_id)}"
        return (
            f"INSERT INTO {self.name}(rowid, {cols})"
            f" SELECT id, {cols} FROM {self.source} WHERE {where}"
        )

    def resume_statements(self, first_id: int) -> list[str]:
        """Index the rows from `first_id` on, and index each insert again from now on."""
        return [self.index_statement(first_id), self.insert_trigger()]

    def drop_statements(self) -> list[str]:
        return [f"DROP TRIGGER IF EXISTS {self.name}_{t}" for t in ("ai", "ad", "au")] + [
            f"DROP TABLE IF EXISTS {self.name}"
        ]

    # PostgreSQL: one expression index over the folded words of the same columns

    def document_sql(self, qualifier: str = "") -> str:
        """The indexed text: the columns joined, lower-cased, accents folded (as `fold`)."""
        prefix = f"{qualifier}." if qualifier else ""
        joined = " || ' ' || ".join(f"coalesce({prefix}{c}, '')" for c in self.columns)
        return f"regexp_replace(normalize(lower({joined}), NFD), '{MARKS_CLASS}', '', 'g')"

    def postgresql_create_statements(self) -> list[str]:
        return [
            f"CREATE INDEX IF NOT EXISTS {self.name} ON {self.source}"
            f" USING gin (to_tsvector('simple'::regconfig, {self.document_sql()}))"
        ]

    def postgresql_drop_statements(self) -> list[str]:
        return [f"DROP INDEX IF EXISTS {self.name}"]

    def matching_ids(self, text: str) -> Select[tuple[int]] | None:
        """Ids of the rows where every typed word begins a word; None when nothing to match."""
        query = match_expression(text)
        if query is None:
            return None
        fts = table(self.name)
        return (
            select(literal_column("rowid", type_=None))
            .select_from(fts)
            .where(literal_column(self.name).op("MATCH")(query))
        )


MEETINGS = FullTextIndex(
    "meetings_fts", "meetings", ("title", "location", "lead", "summary", "outcomes")
)
COMMITMENTS = FullTextIndex("commitments_fts", "commitments", ("description", "owner", "notes"))
INDEXES = (MEETINGS, COMMITMENTS)
BY_SOURCE = {index.source: index for index in INDEXES}
BY_NAME = {index.name: index for index in INDEXES}


def match_words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text) if len(w) >= MIN_WORD]


def match_expression(text: str) -> str | None:
    """An FTS5 query: each word of `text` as a quoted prefix term, all required."""
    words = match_words(text)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def tsquery_expression(text: str) -> str | None:
    """The same query for PostgreSQL's to_tsquery: folded words as prefixes, all required
    (the words are letters and digits only, quoted all the same)."""
    words = [fold(w) for w in match_words(text)]
    if not words:
        return None
    return " & ".join(f"'{w}':*" for w in words)


def is_index_table(name: str) -> bool:
    """True for FTS tables and their shadow tables (not part of the ORM models)."""
    return any(name == i.name or name.startswith(i.name + "_") for i in INDEXES)


class _Query(TypeDecorator[str]):
    """The user's words, bound as a parameter and turned into each engine's query syntax
    when bound (never written into the SQL)."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if dialect.name == "postgresql":
            return tsquery_expression(value)
        return match_expression(value)


class _Match(ColumnElement[bool]):
    """`id_column`'s row has every word of the query (see the module's docstring)."""

    # not Boolean: SQLAlchemy would add "= 1" on SQLite, and that hides the IN from its
    # planner (a full scan instead of the index; 0.5 s instead of 40 ms at 200,000 rows)
    type = NullType()  # type: ignore[assignment]
    inherit_cache = True
    _traverse_internals = [
        ("id_column", InternalTraversal.dp_clauseelement),
        ("query", InternalTraversal.dp_clauseelement),
        ("index_name", InternalTraversal.dp_string),
    ]

    def __init__(self, index: FullTextIndex, id_column: ColumnElement[int], text: str) -> None:
        self.index_name = index.name
        self.id_column = id_column
        self.query = bindparam(None, text, type_=_Query())


@compiles(_Match)
def _compile_sqlite(element: _Match, compiler: Any, **kw: Any) -> str:
    name = element.index_name
    column = compiler.process(element.id_column, **kw)
    query = compiler.process(element.query, **kw)
    return f"{column} IN (SELECT rowid FROM {name} WHERE {name} MATCH {query})"


@compiles(_Match, "postgresql")
def _compile_postgresql(element: _Match, compiler: Any, **kw: Any) -> str:
    # a subquery on the indexed table, as on SQLite: the GIN index answers it on its own, even
    # when the caller ORs it with other conditions (an OR around the bare expression would
    # make PostgreSQL compute every row's words instead)
    index = BY_NAME[element.index_name]
    column = compiler.process(element.id_column, **kw)
    query = compiler.process(element.query, **kw)
    return (
        f"{column} IN (SELECT id FROM {index.source}"
        f" WHERE to_tsvector('simple'::regconfig, {index.document_sql()})"
        f" @@ to_tsquery('simple'::regconfig, {query}))"
    )


def matches(
    index: FullTextIndex, id_column: ColumnElement[int], text: str
) -> ColumnElement[bool] | None:
    """Rows whose indexed text has every word of `text` (None when nothing to match)."""
    if not match_words(text):
        return None
    return _Match(index, id_column, text)


class _MatchOrIn(ColumnElement[bool]):
    """A `_Match`, or `column` is one of the values of `values` (a one-column select)."""

    type = NullType()  # type: ignore[assignment]  # as _Match's, for SQLite's planner
    inherit_cache = True
    _traverse_internals = [
        ("text_match", InternalTraversal.dp_clauseelement),
        ("in_column", InternalTraversal.dp_clauseelement),
        ("in_values", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, match: _Match, column: ColumnElement[Any], values: Select[Any]) -> None:
        self.text_match = match
        self.in_column = column
        self.in_values = values


@compiles(_MatchOrIn)
def _compile_or_in_sqlite(element: _MatchOrIn, compiler: Any, **kw: Any) -> str:
    portable = or_(element.text_match, element.in_column.in_(element.in_values)).self_group()
    return str(compiler.process(portable, **kw))


@compiles(_MatchOrIn, "postgresql")
def _compile_or_in_postgresql(element: _MatchOrIn, compiler: Any, **kw: Any) -> str:
    # Both halves on the outer table, each one an index's: PostgreSQL ORs the two bitmaps
    # (the GIN index's and the column's b-tree over `= ANY(ARRAY(...))`) and reads only the
    # matching rows. The OR of two IN subqueries made it test every row against both instead
    # (a scan of 200,000 commitments: 110 ms of the Commitments filter's 150).
    match = element.text_match
    index = BY_NAME[match.index_name]
    id_column = compiler.process(match.id_column, **kw)
    qualifier, _, _name = id_column.rpartition(".")
    query = compiler.process(match.query, **kw)
    column = compiler.process(element.in_column, **kw)
    values = compiler.process(element.in_values.scalar_subquery(), **kw)
    return (
        f"(to_tsvector('simple'::regconfig, {index.document_sql(qualifier)})"
        f" @@ to_tsquery('simple'::regconfig, {query}) OR {column} = ANY(ARRAY{values}))"
    )


def matches_or_in(
    index: FullTextIndex,
    id_column: ColumnElement[int],
    text: str,
    column: ColumnElement[Any],
    values: Select[Any],
) -> ColumnElement[bool]:
    """Rows whose indexed text has every word of `text`, or whose `column` is among `values`
    (the Commitments filter: the words, or the organization's name); without words to
    match, only the second."""
    # on PostgreSQL the words are matched on `id_column`'s own rows, so they must be the
    # index's (a row of another table has no such words)
    if getattr(getattr(id_column, "table", None), "name", None) != index.source:
        raise ValueError(f"{id_column} is not the id of {index.source}")
    match = matches(index, id_column, text)
    if match is None:
        return column.in_(values)
    assert isinstance(match, _Match)
    return _MatchOrIn(match, column, values)
