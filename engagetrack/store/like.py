"""SQL LIKE patterns that match the user's text literally, whatever characters it holds, and
the accent-blind match of the small tables' search.

A search for "50%" or "a_b" must find those characters, not treat them as wildcards: every
query that matches typed text builds its pattern here and passes `escape=LIKE_ESCAPE`.

`contains_folded` is the search of organizations and contacts (names, countries, sectors):
case and accents ignored on both engines ("quebec" finds "Québec", "securite" finds
"Sécurité publique"), folded as the word search folds them (store/folding.py): on
SQLite by the `et_fold` function every connection registers (store/sqlite_connections.py),
on PostgreSQL by the same expression the word index uses. Only the small tables use it: a
Python function per row is nothing for 10,000 organizations, a cost for 200,000 commitments
(those go through their word index).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, String, bindparam
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import NullType

from engagetrack.store.folding import MARKS_CLASS, fold

LIKE_ESCAPE = "\\"


def like_pattern(text: str) -> str:
    """A LIKE pattern matching any value that contains `text` (with `escape=LIKE_ESCAPE`).
    NUL characters are dropped: no stored text holds one (PostgreSQL refuses them)."""
    escaped = text.replace("\x00", "").replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def contains_text(expr: Any, text: str) -> ColumnElement[bool]:
    """`expr` contains `text`, ignoring case (ILIKE with the pattern above)."""
    return expr.ilike(like_pattern(text), escape=LIKE_ESCAPE)


def contains_folded(expr: Any, text: str) -> ColumnElement[bool]:
    """`expr` contains `text`, ignoring case and accents (see the module's docstring)."""
    return _FoldedLike(expr, like_pattern(fold(text)))


class _FoldedLike(ColumnElement[bool]):
    """`expr`'s folded text matches the (folded) LIKE pattern."""

    type = NullType()  # type: ignore[assignment]  # not Boolean: no "= 1" (store/fulltext.py)
    inherit_cache = True
    _traverse_internals = [
        ("expr", InternalTraversal.dp_clauseelement),
        ("pattern", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, expr: Any, pattern: str) -> None:
        self.expr = expr
        self.pattern = bindparam(None, pattern, type_=String())


@compiles(_FoldedLike)
def _compile_sqlite(element: _FoldedLike, compiler: Any, **kw: Any) -> str:
    # SQLite's own LIKE already ignores the case of ASCII letters: a row whose text is all
    # ASCII (its length in characters is its length in bytes) needs no folding, and the
    # Python function runs only for the others (a tenth of the cost on a register in English)
    x = compiler.process(element.expr, **kw)
    p = compiler.process(element.pattern, **kw)
    escape = f"ESCAPE '{LIKE_ESCAPE}'"
    return (
        f"({x} LIKE {p} {escape} OR (length({x}) <> length(CAST({x} AS BLOB))"
        f" AND et_fold({x}) LIKE {p} {escape}))"
    )


@compiles(_FoldedLike, "postgresql")
def _compile_postgresql(element: _FoldedLike, compiler: Any, **kw: Any) -> str:
    x = compiler.process(element.expr, **kw)
    p = compiler.process(element.pattern, **kw)
    # as on SQLite: the folding (a tenth of a millisecond a row) only for non-ASCII text
    folded = f"regexp_replace(normalize(lower({x}), NFD), '{MARKS_CLASS}', '', 'g')"
    escape = f"ESCAPE '{LIKE_ESCAPE}'"
    return (
        f"({x} ILIKE {p} {escape} OR (octet_length({x}) <> char_length({x})"
        f" AND {folded} LIKE {p} {escape}))"
    )
