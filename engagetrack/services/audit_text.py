"""The audit `changes` text of a created record, filled into a template per field set.

An import creates hundreds of thousands of records, each with an entry whose changes are
every field as [null, value]. Building that dict and passing it through the JSON encoder
(which sorts its keys and walks the nested lists each time) was a tenth of an import; the
keys and their order are the same for every record of a kind, so only the values are
encoded here, each by its type, into a text made once. The result is the very text that
`audit.encode_changes` gives for `changes.snapshot` (a test compares the two).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from enum import Enum
from functools import lru_cache
from json.encoder import encode_basestring
from operator import itemgetter
from typing import Any, NamedTuple

from engagetrack.services.audit import encode_changes
from engagetrack.services.changes import jsonable


class _ValueTexts(dict[type, Callable[[Any], str]]):
    """A value's JSON text by its type, each a C-level call: text and whole numbers by their
    encoders, a code from a table of its kind's members, a date from a cache of the dates
    seen (an import's dates repeat); anything else as the encoder writes it."""

    def __missing__(self, kind: type) -> Callable[[Any], str]:
        found: Callable[[Any], str]
        if issubclass(kind, Enum):
            found = {m: encode_changes(jsonable(m)) for m in kind}.__getitem__
        elif issubclass(kind, date):  # datetime too

            @lru_cache(maxsize=4096)
            def found(value: Any) -> str:
                return encode_basestring(value.isoformat())

        else:

            def found(value: Any) -> str:
                return encode_changes(jsonable(value))

        self[kind] = found
        return found


def _list_text(items: list[Any] | tuple[Any, ...]) -> str:
    return "[" + ", ".join([_TEXTS[type(v)](v) for v in items]) + "]"


_TEXTS = _ValueTexts(
    {
        str: encode_basestring,
        int: int.__repr__,
        type(None): {None: "null"}.__getitem__,
        list: _list_text,
        tuple: _list_text,
    }
)


def value_text(value: Any) -> str:
    """One value as the audit's JSON writes it."""
    return _TEXTS[type(value)](value)


class CreationText:
    """`encode_changes(snapshot(record, fields) | extra)` for many records of one kind.

    `extra` holds whole [old, new] pairs for keys that are not fields (a meeting's
    organizations and principles); each set of extra keys has its own template.
    """

    def __init__(self, fields: Sequence[str]) -> None:
        self.fields = tuple(fields)
        assert self.fields, "a record kind without fields"
        self._templates: dict[tuple[str, ...], _Template] = {}

    def _template(self, extra: tuple[str, ...]) -> _Template:
        assert not set(extra) & set(self.fields), "an extra key that is also a field"
        keys = sorted((*self.fields, *extra))
        assert not any("%" in k for k in keys), "a key that reads as a placeholder"
        slots = (("%s" if k in extra else "[null, %s]") for k in keys)
        text = ", ".join(
            f"{encode_basestring(k)}: {slot}" for k, slot in zip(keys, slots, strict=True)
        )
        order = [k for k in keys if k not in extra]
        # itemgetter of one key gives the value itself, not a 1-tuple
        get = itemgetter(*order) if len(order) > 1 else (lambda values: (values[order[0]],))
        # where each extra pair goes among the fields' texts, in ascending order
        places = [(i, k) for i, k in enumerate(keys) if k in extra]
        return _Template("{" + text + "}", get, places, tuple(order))

    def layout(self, extra: tuple[str, ...] = ()) -> tuple[str, tuple[str, ...], list[int]]:
        """What another process needs to fill the text in from a record's stored values:
        the template (a %s per text), the fields whose texts go in, in order, and where each
        extra pair's text is inserted among them (in `extra_texts` order)."""
        found = self._found(extra)
        return found.text, found.order, [index for index, _ in found.places]

    def extra_texts(self, extra: Mapping[str, Any]) -> tuple[str, ...]:
        """The extra pairs' texts, in the order `layout` places them."""
        return tuple(value_text(extra[name]) for _, name in self._found(tuple(extra)).places)

    def _found(self, names: tuple[str, ...]) -> _Template:
        found = self._templates.get(names)
        if found is None:
            found = self._templates[names] = self._template(names)
        return found

    def __call__(self, values: Mapping[str, Any], extra: Mapping[str, Any] | None = None) -> str:
        """The text for a record whose field values are `values` (its `vars`)."""
        found = self._found(tuple(extra) if extra else ())
        texts = [_TEXTS[type(v)](v) for v in found.get(values)]
        if extra:
            for index, name in found.places:
                pair = extra[name]
                texts.insert(index, _TEXTS[type(pair)](pair))
        return found.text % tuple(texts)


class _Template(NamedTuple):
    text: str  # the entry's JSON with a %s for each value's (or pair's) text
    get: Callable[[Any], Any]  # the field values, in the template's order
    places: list[tuple[int, str]]  # (position among the texts, extra key)
    order: tuple[str, ...]  # the fields `get` gives, in the template's order
