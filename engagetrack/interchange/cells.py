"""Cell values both ways: sanitising text for export and reading user cells on import.

Export: text is made safe for the file (no XML-illegal control characters, at most 32,767
characters; XlsxWriter itself escapes a literal OOXML `_xHHHH_` escape) and formula-like text
is kept a string.
Import: each reader turns a raw cell value (as openpyxl gives it; the calamine reader's are
made to match) into the domain value or raises CellError
with a message that names the column and the bad value, ready for `Sheet!Row: problem`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from typing import TypeVar

from engagetrack.domain.messages import t
from engagetrack.domain.principles import PRINCIPLE_NUMBERS
from engagetrack.domain.validation import MAX_TEXT_LENGTH, name_key
from engagetrack.domain.vocabularies import Vocabulary

V = TypeVar("V", bound=Vocabulary)

EXCEL_CELL_LIMIT = 32_767
# the characters a spreadsheet treats as the start of a formula (SPEC §5)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# XML 1.0 cannot hold these (a workbook writer refuses or escapes them)
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# OOXML escapes a character as _xHHHH_ (a literal one is itself escaped, by the writer)
_OOXML_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


class CellError(ValueError):
    """One cell cannot be read; the message is shown to the user as is."""


# ---------------------------------------------------------------- export


def safe_text(text: str) -> str:
    """Text as it can be stored in a cell: never makes the writer fail.

    Control characters other than tab, newline and carriage return are dropped (XML cannot
    carry them; the services never store them from the window's editors), and text beyond
    Excel's 32,767-character cell limit is cut with an ellipsis.
    """
    if _ILLEGAL.search(text) is not None:
        text = _ILLEGAL.sub("", text)
    if len(text) > EXCEL_CELL_LIMIT:
        text = text[: EXCEL_CELL_LIMIT - 1] + "…"
    return text


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


# ---------------------------------------------------------------- import


def _describe(value: object) -> str:
    text = value.isoformat() if isinstance(value, date | datetime) else str(value)
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:57] + "..."


def read_text(value: object, label: str, *, max_length: int = MAX_TEXT_LENGTH) -> str | None:
    """Any cell as text: numbers as typed (6135550100, not 6135550100.0); blank is None."""
    if value is None:
        return None
    if type(value) is str:  # most cells: skip the other kinds' checks
        text = value
    elif isinstance(value, bool):
        text = "TRUE" if value else "FALSE"
    elif isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        text = str(int(value))
    elif isinstance(value, datetime):
        text = value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    elif isinstance(value, date):
        text = value.isoformat()
    else:
        text = str(value)
    if "_x" in text:
        text = _OOXML_ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)
    # every character _ILLEGAL matches is unprintable: the C check spares most cells the search
    bad = None if text.isprintable() else _ILLEGAL.search(text)
    if bad:
        raise CellError(
            t(
                "{label} contains a control character ({code}) that a register cannot hold;"
                " remove it",
                label=label,
                code=f"U+{ord(bad.group(0)):04X}",
            )
        )
    text = text.strip()
    if len(text) > max_length:
        raise CellError(
            t(
                "{label} is too long ({count} characters; at most {limit})",
                label=label,
                count=len(text),
                limit=max_length,
            )
        )
    return text or None


def read_date(value: object, label: str) -> date | None:
    """A real Excel date, or ISO text YYYY-MM-DD; blank is None."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    raise CellError(
        t(
            '{label} "{value}" is not a date (expected YYYY-MM-DD)',
            label=label,
            value=_describe(value),
        )
    )


def read_vocab(value: object, vocab: type[V], label: str) -> V | None:
    """One code of the vocabulary, ignoring case; blank is None."""
    text = read_text(value, label)
    if text is None:
        return None
    try:
        return vocab.parse(text)
    except ValueError:
        raise CellError(
            t(
                '{label} "{value}" is not one of {choices}',
                label=label,
                value=_describe(text),
                choices=vocab.choices(),
            )
        ) from None


def read_principle(value: object, label: str) -> int | None:
    """A principle number 1..11 (also accepted: "P3")."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise CellError(t('{label} "{value}" is not a principle number', label=label, value=value))
    if isinstance(value, int | float):
        if float(value).is_integer() and int(value) in PRINCIPLE_NUMBERS:
            return int(value)
        raise CellError(_not_principle(label, value))
    text = read_text(value, label)
    if text is None:
        return None
    digits = text[1:] if text[:1] in ("P", "p") else text
    if digits.strip().isdigit() and int(digits) in PRINCIPLE_NUMBERS:
        return int(digits)
    raise CellError(_not_principle(label, text))


def _not_principle(label: str, value: object) -> str:
    return t(
        '{label} "{value}" is not a principle number (1 to 11)', label=label, value=_describe(value)
    )


def read_principles(value: object, label: str) -> list[int]:
    """A list like "1, 3, 11" (commas or semicolons); blank is the empty list."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = read_principle(value, label)
        return [] if number is None else [number]
    text = read_text(value, label)
    if text is None:
        return []
    numbers: list[int] = []
    for part in re.split(r"[,;]", text):
        if not part.strip():
            continue
        try:
            number = read_principle(part.strip(), label)
        except CellError:
            raise CellError(
                t(
                    '{label} "{value}": "{part}" is not a principle number (1 to 11)',
                    label=label,
                    value=_describe(text),
                    part=part.strip(),
                )
            ) from None
        if number is not None and number not in numbers:
            numbers.append(number)
    return sorted(numbers)


def split_names(text: str, known: Callable[[str], bool]) -> tuple[list[str], list[str]]:
    """Split a "; "-separated list of organization names into (found, unknown).

    A name may itself contain a semicolon, so the longest run of pieces that is a known
    name wins; a piece that starts no known name is reported as unknown.
    """
    pieces = text.split(";")
    found: list[str] = []
    unknown: list[str] = []
    i = 0
    while i < len(pieces):
        for j in range(len(pieces), i, -1):
            candidate = ";".join(pieces[i:j]).strip()
            if candidate and known(name_key(candidate)):
                found.append(candidate)
                i = j
                break
        else:
            piece = pieces[i].strip()
            if piece:
                unknown.append(piece)
            i += 1
    return found, unknown


def read_meeting_ref(value: object, label: str) -> tuple[date, str] | None:
    """`YYYY-MM-DD Title` into (date, title); blank is None."""
    text = read_text(value, label)
    if text is None:
        return None
    head, _, title = text.partition(" ")
    try:
        held_on = date.fromisoformat(head)
    except ValueError:
        held_on = None
    if held_on is None or not title.strip():
        raise CellError(
            t(
                '{label} "{value}" is not a meeting reference (expected "YYYY-MM-DD Title")',
                label=label,
                value=_describe(text),
            )
        )
    return held_on, title.strip()
