"""Where a search's words are in a record: the first field holding one, with a little of the
text around it ("summary: …with Facebook, Google, Microsoft, Roblox…")."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

AROUND = 40  # characters of context either side of the word


def fold(text: str) -> str:
    """Case and accents away, one character for one (so positions stay the same)."""
    out = []
    for ch in text:
        base = unicodedata.normalize("NFD", ch)[0]
        out.append(base.casefold()[:1] or ch)
    return "".join(out)


def strip_accents(text: str) -> str:
    """The text without its accents ("Réunion" -> "Reunion"), case kept: how an attached
    file's words are stored for the search, so that "reunion" finds "réunion"."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    )


def match_text(fields: Sequence[tuple[str, str | None]], words: Sequence[str]) -> str:
    """`field: …context…` for the first field (in the order given) holding one of the words,
    a word beginning preferred to a match inside a word; "" when none is found."""
    folded_words = [fold(w) for w in words if w]
    for anywhere in (False, True):
        for name, text in fields:
            if not text:
                continue
            folded = fold(text)
            for word in folded_words:
                pattern = re.escape(word) if anywhere else r"(?<!\w)" + re.escape(word)
                hit = re.search(pattern, folded)
                if hit is not None:
                    return f"{name}: {_excerpt(text, hit.start(), hit.end())}"
    return ""


def _excerpt(text: str, start: int, end: int) -> str:
    left = max(0, start - AROUND)
    right = min(len(text), end + AROUND)
    piece = " ".join(text[left:right].split())
    return ("…" if left > 0 else "") + piece + ("…" if right < len(text) else "")
