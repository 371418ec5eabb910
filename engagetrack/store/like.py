"""SQL LIKE patterns that match the user's text literally, whatever characters it holds.

A search for "50%" or "a_b" must find those characters, not treat them as wildcards: every
query that matches typed text builds its pattern here and passes `escape=LIKE_ESCAPE`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement

LIKE_ESCAPE = "\\"


def like_pattern(text: str) -> str:
    """A LIKE pattern matching any value that contains `text` (with `escape=LIKE_ESCAPE`).
    NUL characters are dropped: no stored text holds one (PostgreSQL refuses them)."""
    escaped = text.replace("\x00", "").replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def contains_text(expr: Any, text: str) -> ColumnElement[bool]:
    """`expr` contains `text`, ignoring case (ILIKE with the pattern above)."""
    return expr.ilike(like_pattern(text), escape=LIKE_ESCAPE)
