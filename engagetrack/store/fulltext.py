"""SQLite FTS5 indexes over the big tables, and the word-prefix search built on them.

Search-as-you-type semantics: every word the user types must begin a word of the record
("publ" finds "Publish", "tremb" finds "Tremblay"), ignoring case and accents. Prefix indexes
for one to three letters keep short words fast; a lone letter is not searched for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, literal_column, select, table

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

    def resume_statements(self, first_id: int) -> list[str]:
        """Index the rows from `first_id` on, and index each insert again from now on."""
        cols = ", ".join(self.columns)
        return [
            f"INSERT INTO {self.name}(rowid, {cols})"
            f" SELECT id, {cols} FROM {self.source} WHERE id >= {int(first_id)}",
            self.insert_trigger(),
        ]

    def drop_statements(self) -> list[str]:
        return [f"DROP TRIGGER IF EXISTS {self.name}_{t}" for t in ("ai", "ad", "au")] + [
            f"DROP TABLE IF EXISTS {self.name}"
        ]

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


def match_expression(text: str) -> str | None:
    """An FTS5 query: each word of `text` as a quoted prefix term, all required."""
    words = [w for w in _WORD.findall(text) if len(w) >= MIN_WORD]
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def is_index_table(name: str) -> bool:
    """True for FTS tables and their shadow tables (not part of the ORM models)."""
    return any(name == i.name or name.startswith(i.name + "_") for i in INDEXES)


def matches(
    index: FullTextIndex, id_column: ColumnElement[int], text: str
) -> ColumnElement[bool] | None:
    ids = index.matching_ids(text)
    return None if ids is None else id_column.in_(ids)
