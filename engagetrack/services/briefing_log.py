"""The briefing-note log: numbering (ET-YEAR-NNNN), recording and listing the notes written.

The list of notes' titles is what departments publish proactively, so the log keeps both
languages' titles whatever language the note itself was written in.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagetrack.domain.validation import name_key
from engagetrack.domain.vocabularies import Classification
from engagetrack.services import audit
from engagetrack.store.models import BriefingNote

ENTITY = "briefing_note"
PREFIX = "ET"
WHOLE_SCOPE = "all"  # the scope of a note on the whole engagement


def scope_of(names: list[str]) -> tuple[str, str]:
    """(scope as shown, scope key for matching) for a note on these organizations."""
    if not names:
        return WHOLE_SCOPE, WHOLE_SCOPE
    ordered = sorted(names, key=name_key)
    return "; ".join(ordered), "; ".join(name_key(n) for n in ordered)


def next_number(session: Session, year: int) -> tuple[int, str]:
    """The next sequence of the year and its tracking number, e.g. (7, 'ET-2026-0007')."""
    last = session.scalar(select(func.max(BriefingNote.sequence)).where(BriefingNote.year == year))
    sequence = int(last or 0) + 1
    return sequence, f"{PREFIX}-{year}-{sequence:04d}"


def last_date(session: Session, scope_key: str) -> date | None:
    """The date of the last note logged for the same scope, if any."""
    return session.scalar(
        select(func.max(BriefingNote.written_on)).where(BriefingNote.scope_key == scope_key)
    )


@dataclass(frozen=True)
class NoteEntry:
    number: str
    title_en: str
    title_fr: str
    written_on: date
    kind: str
    language: str
    addressee: str | None
    scope: str
    marking: Classification
    prepared_by: str | None
    file_name: str
    sha256: str

    @property
    def title(self) -> str:
        """The title in the note's own language."""
        return self.title_fr if self.language == "fr" else self.title_en

    def as_json(self) -> dict[str, Any]:
        """Exactly the keys of SPEC §8 `briefs --json`."""
        return {
            "number": self.number,
            "title": self.title,
            "date": self.written_on.isoformat(),
            "addressee": self.addressee,
            "scope": self.scope,
            "marking": self.marking.value,
            "prepared_by": self.prepared_by,
            "language": self.language,
            "sha256": self.sha256,
        }


def add(
    session: Session, entry: NoteEntry, *, year: int, sequence: int, since: date | None
) -> None:
    """Log one note in the caller's transaction (audited like every write)."""
    _, key = scope_of([] if entry.scope == WHOLE_SCOPE else entry.scope.split("; "))
    row = BriefingNote(
        **_entry_values(entry), year=year, sequence=sequence, scope_key=key, since=since
    )
    session.add(row)
    session.flush()
    audit.write_entry(
        session,
        ENTITY,
        row.id,
        "create",
        {
            "number": [None, entry.number],
            "title_en": [None, entry.title_en],
            "marking": [None, entry.marking.value],
            "sha256": [None, entry.sha256],
        },
    )


def entries(session: Session, *, ceiling: Classification | None = None) -> list[NoteEntry]:
    """Every logged note, newest first; with a ceiling, only the notes marked up to it."""
    query = select(BriefingNote).order_by(BriefingNote.year.desc(), BriefingNote.sequence.desc())
    if ceiling is not None:
        query = query.where(BriefingNote.marking.in_(ceiling.levels_up_to()))
    return [NoteEntry(**_entry_values(n)) for n in session.scalars(query)]


def _entry_values(source: NoteEntry | BriefingNote) -> dict[str, Any]:
    """A NoteEntry's fields read from an entry or a log row: the row's columns of those names."""
    return {f.name: getattr(source, f.name) for f in fields(NoteEntry)}


def organization_names(session: Session) -> list[str]:
    """Every organization's name, for choosing the ones a note is about."""
    from engagetrack.store.models import Organization

    return list(session.scalars(select(Organization.name).order_by(Organization.name_key)))
