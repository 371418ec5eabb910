"""Id lists cut into pieces that fit one statement's bound parameters.

SQLite refuses a statement with more than 999 parameters in its older builds (32,766 in
newer ones); an `IN (...)` over a page, a board or an organization's contacts stays below
the smaller limit, with room for the statement's other parameters.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

SQLITE_MAX_VARS = 900

T = TypeVar("T")


def chunked(values: Sequence[T], size: int = SQLITE_MAX_VARS) -> Iterator[list[T]]:
    """`values` in order, `size` at a time (the last piece may be shorter)."""
    for start in range(0, len(values), size):
        yield list(values[start : start + size])
