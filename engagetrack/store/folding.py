"""Text as the searches compare it: lower-cased, decomposed, without its combining marks
("Réunion" -> "reunion", "Nội" -> "noi"), what SQLite's unicode61 tokenizer with
remove_diacritics does. One definition for the word search (store/fulltext.py), the small
tables' search (store/like.py) and SQLite's `et_fold` function; no SQLAlchemy here, so
that a connection can register the function before SQLAlchemy is loaded.
"""

from __future__ import annotations

import re
import unicodedata

# the combining diacritical marks; the same class in Python and in PostgreSQL's regular
# expressions, written as the characters themselves (no escape syntax to agree on)
MARKS_CLASS = "[\u0300-\u036f]"
_MARKS = re.compile(MARKS_CLASS)


def fold(text: str) -> str:
    """`text` lower-cased, decomposed, without its combining marks."""
    return _MARKS.sub("", unicodedata.normalize("NFD", text.lower()))


def fold_or_none(value: object) -> str | None:
    """`fold` for SQLite's `et_fold`: text folded (ASCII quickly), anything else NULL."""
    if not isinstance(value, str):
        return None
    return value.lower() if value.isascii() else fold(value)
