"""Pure validation rules and the ValidationError that carries field-level messages."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import TypeVar

from engagetrack.domain.field_labels import field_key
from engagetrack.domain.messages import t
from engagetrack.domain.vocabularies import Vocabulary

MAX_NAME_LENGTH = 200
MAX_TEXT_LENGTH = 32_767  # what one Excel cell holds: a longer text could not be exported

V = TypeVar("V", bound=Vocabulary)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


class ValidationError(ValueError):
    """One or more fields are invalid; `errors` maps a field name to a readable message."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors: dict[str, str] = dict(errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))

    @classmethod
    def single(cls, field: str, message: str) -> ValidationError:
        return cls({field: message})


def clean_text(value: object | None) -> str | None:
    """Strip surrounding spaces; blank becomes None so the database stores no empty strings.
    NUL characters (invisible, and refused by PostgreSQL) are dropped on every engine."""
    if value is None:
        return None
    text = str(value).replace("\x00", "").strip()
    return text or None


def name_key(name: str) -> str:
    """The form two names are compared in: case and surrounding/duplicate spaces ignored."""
    return " ".join(name.split()).casefold()


def is_valid_email(email: str) -> bool:
    return bool(_EMAIL.match(email.strip()))


class Checker:
    """Collects field errors so a form can show all of them at once.

    Labels may be given untranslated (`deferred`, field_labels.field_key): they are
    translated only when a message is written, since most checks pass (an import checks a
    million fields and translating each label first was a tenth of its time)."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def required(self, field: str, value: object | None, label: str) -> None:
        if clean_text(value) is None:
            self.errors.setdefault(field, t("{label} is required.", label=t(label)))

    def max_length(
        self, field: str, value: str | None, limit: int, label: str | None = None
    ) -> None:
        """`label` defaults to the field's own (field_labels.field_key)."""
        if value is not None and len(value) > limit:
            self.errors.setdefault(
                field,
                t(
                    "{label} is too long ({count} characters; at most {limit}).",
                    label=t(label or field_key(field)),
                    count=len(value),
                    limit=limit,
                ),
            )

    def email(self, field: str, value: str | None) -> None:
        if value and not is_valid_email(value):
            self.errors.setdefault(
                field, t('"{value}" is not a valid e-mail address.', value=value)
            )

    def not_future(self, field: str, value: date | None, label: str, today: date) -> None:
        if value is not None and value > today:
            self.errors.setdefault(field, t("{label} cannot be in the future.", label=t(label)))

    def vocab(self, field: str, raw: object, enum: type[V], label: str) -> V | None:
        """A vocabulary member from a member or a code (any case); records why not."""
        if isinstance(raw, enum):
            return raw
        try:
            return enum.parse(str(raw or ""))
        except ValueError as exc:
            self.errors.setdefault(field, t("{label} {problem}.", label=t(label), problem=exc))
            return None

    def add(self, field: str, message: str) -> None:
        self.errors.setdefault(field, message)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


def parse_iso_date(text: str) -> date:
    """Parse YYYY-MM-DD; ValueError with a readable message otherwise."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            t('"{text}" is not a date (expected YYYY-MM-DD)', text=text.strip())
        ) from None
