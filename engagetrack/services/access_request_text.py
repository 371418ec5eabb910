"""Finding an organization's name in the text of other records: the whole name, word for
word, ignoring case, accents and line breaks ("Microsoft" in "…Google, Microsoft, Roblox…",
never in "Microsofts"); a trailing "(example)" or "(Canada)" need not be written."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, false, or_

from engagetrack.services.search_match import fold, strip_accents
from engagetrack.store.like import contains_text

_TRAILING_BRACKETS = re.compile(r"\s*\([^()]*\)\s*$")


class NameFinder:
    def __init__(self, name: str) -> None:
        forms = [" ".join(name.split())]
        short = _TRAILING_BRACKETS.sub("", forms[0]).strip()
        if short and short != forms[0]:
            forms.append(short)
        self.forms = forms
        self._patterns = [
            re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in fold(f).split()) + r"(?!\w)")
            for f in forms
        ]
        shortest = min(forms, key=len)
        self.search_text = shortest  # for the full-text indexes: every word, as prefixes
        words = [w for w in re.findall(r"\w+", shortest) if len(w) >= 2] or [shortest]
        self._longest_word = max(words, key=len)
        self._plain_word = strip_accents(self._longest_word)

    def like_any(self, *columns: Any) -> ColumnElement[bool]:
        """A cheap SQL pre-filter: one of the columns holds the name's longest word (the
        whole name is then looked for in Python, with `in_texts`)."""
        if not columns:
            return false()
        return or_(*(contains_text(c, self._longest_word) for c in columns))

    def like_plain(self, column: Any) -> ColumnElement[bool]:
        """The pre-filter for a text kept without accents (an attached file's words)."""
        return contains_text(column, self._plain_word)

    def in_texts(self, texts: Iterable[str | None]) -> bool:
        for text in texts:
            if text and isinstance(text, str):
                folded = fold(text)
                if any(p.search(folded) for p in self._patterns):
                    return True
        return False

    def in_record(self, record: Any, columns: Iterable[str]) -> bool:
        return self.in_texts(getattr(record, c) for c in columns)
