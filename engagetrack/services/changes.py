"""Applying field values to a record and describing what changed, for the audit trail."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any

from engagetrack.domain.messages import t
from engagetrack.domain.validation import ValidationError


def jsonable(value: Any) -> Any:
    """A value as the audit trail stores it (JSON: dates as ISO text, codes as text)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def reject_unknown(values: Mapping[str, Any], allowed: Iterable[str]) -> None:
    unknown = set(values) - set(allowed)
    if unknown:
        # a programming error rather than user input, but it must never pass silently
        raise ValidationError({f: t("is not a field that can be set") for f in sorted(unknown)})


def apply_values(record: Any, values: Mapping[str, Any]) -> dict[str, list[Any]]:
    """Set the given attributes; return {field: [old, new]} for the ones that changed."""
    changed: dict[str, list[Any]] = {}
    for field, new in values.items():
        old = getattr(record, field)
        if old != new:
            setattr(record, field, new)
            changed[field] = [jsonable(old), jsonable(new)]
    return changed


def snapshot(record: Any, fields: Iterable[str]) -> dict[str, list[Any]]:
    """All fields as [None, value]: the audit 'changes' of a created record."""
    return {f: [None, jsonable(getattr(record, f))] for f in fields}


def removal(record: Any, fields: Iterable[str]) -> dict[str, list[Any]]:
    """All fields as [value, None]: the audit 'changes' of a deleted record."""
    return {f: [jsonable(getattr(record, f)), None] for f in fields}
