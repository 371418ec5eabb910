"""Write one briefing note: check the request, gather, compose, write, log; all or nothing.

The tracking number is taken in the same transaction that logs the note, so two notes never
share one. The document goes to a temporary file beside the target and is renamed into
place just before that transaction commits: a refused or failed note leaves no file and no
log entry, and never touches an existing file at the target.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from engagetrack.domain.messages import deferred, t
from engagetrack.domain.vocabularies import Classification
from engagetrack.interchange.atomic_file import Target, discard
from engagetrack.interchange.briefing_binder import compose_binder
from engagetrack.interchange.briefing_compose import compose_briefing
from engagetrack.interchange.briefing_docx import write_docx
from engagetrack.interchange.briefing_facts import NoteFacts, gather
from engagetrack.interchange.briefing_text import LANGUAGES
from engagetrack.interchange.briefing_words import Note, Signatures
from engagetrack.services import briefing_log, settings
from engagetrack.services import organizations as orgs
from engagetrack.store.database import Database

KINDS = ("briefing", "binder")
DEFAULT_DAYS = 90  # --since without an earlier note for the same scope
Progress = Callable[[int, int], None]
STEPS = 4


class NoteError(Exception):
    """The note could not be written; the message is meant for the user."""


@dataclass(frozen=True)
class NoteResult:
    path: Path
    number: str
    title: str
    marking: Classification
    kind: str
    language: str
    since: date
    sha256: str


def default_kind(names: Sequence[str]) -> str:
    """briefing with organizations named, binder without."""
    return "briefing" if names else "binder"


def write_note(
    db: Database,
    path: Path,
    *,
    org_names: Sequence[str] = (),
    since: date | None = None,
    ceiling: Classification | None = None,
    lang: str = "en",
    kind: str | None = None,
    addressee: str | None = None,
    prepared_by: str | None = None,
    today: date | None = None,
    progress: Progress | None = None,
) -> NoteResult:
    """Write the note to `path` and log it; NoteError (message for the user) when it cannot."""
    path = Path(path)
    kind = kind or default_kind(org_names)
    if kind not in KINDS:
        raise NoteError(
            t(
                '"{kind}" is not a kind of note; the kinds are {kinds}.',
                kind=kind,
                kinds=", ".join(KINDS),
            )
        )
    if lang not in LANGUAGES:
        raise NoteError(
            t('"{lang}" is not a language of notes; the languages are en, fr.', lang=lang)
        )
    target = Target(path, ".docx", NoteError, what=deferred("a note's file name"), program="Word",
                    nothing=deferred("No note was written."))  # fmt: skip
    target.check()
    today = today or date.today()
    report = progress or (lambda done, total: None)
    report(0, STEPS)
    temp = target.claim_temp()
    replaced = False
    try:
        with db.write() as session:
            ids, names = _organizations(session, org_names, ceiling)
            scope, key = briefing_log.scope_of(names)
            since = since or briefing_log.last_date(session, key) or today - timedelta(DEFAULT_DAYS)
            facts = gather(session, org_ids=ids, since=since, ceiling=ceiling, today=today)
            report(1, STEPS)
            sequence, number = briefing_log.next_number(session, today.year)
            signatures = _signatures(session, prepared_by)
            note = _compose(facts, kind, lang, number, addressee, signatures, names)
            report(2, STEPS)
            try:
                write_docx(note, temp)
            except OSError as exc:
                raise target.failure(exc) from exc
            digest = _sha256(temp)
            report(3, STEPS)
            briefing_log.add(
                session,
                briefing_log.NoteEntry(
                    number=number,
                    title_en=note.titles["en"],
                    title_fr=note.titles["fr"],
                    written_on=today,
                    kind=kind,
                    language=lang,
                    addressee=(addressee or "").strip() or None,
                    scope=scope,
                    marking=note.marking,
                    prepared_by=signatures.prepared_by or None,
                    file_name=path.name,
                    sha256=digest,
                ),
                year=today.year,
                sequence=sequence,
                since=since,
            )
            session.flush()
            target.replace(temp)
            replaced = True
    except BaseException:
        discard(temp)
        if replaced:  # the log entry did not commit: the note must not stay without it
            discard(path)
        raise
    report(STEPS, STEPS)
    return NoteResult(path, number, note.title, note.marking, kind, lang, since, digest)


def _organizations(
    session: Session, names: Sequence[str], ceiling: Classification | None
) -> tuple[list[int] | None, list[str]]:
    if not names:
        return None, []
    ids: list[int] = []
    found: list[str] = []
    for name in names:
        org = orgs.find_by_name(session, name)
        # above the ceiling is as absent as unknown: the refusal must not confirm it exists
        if org is None or (ceiling is not None and not ceiling.allows(org.classification)):
            raise NoteError(
                t('There is no organization "{name}" in the register.', name=name.strip())
            )
        if org.id not in ids:
            ids.append(org.id)
            found.append(org.name)
    return ids, found


def _signatures(session: Session, prepared_by: str | None) -> Signatures:
    s = settings.note_settings(session)
    return Signatures(
        branch=s[settings.BRANCH],
        prepared_by=(prepared_by or "").strip() or s[settings.PREPARED_BY],
        prepared_title=s[settings.PREPARED_BY_TITLE],
        prepared_phone=s[settings.PREPARED_BY_PHONE],
        approved_by=s[settings.APPROVED_BY_NAME],
        approved_title=s[settings.APPROVED_BY_TITLE],
        approved_phone=s[settings.APPROVED_BY_PHONE],
    )


def _compose(
    facts: NoteFacts,
    kind: str,
    lang: str,
    number: str,
    addressee: str | None,
    signatures: Signatures,
    names: list[str],
) -> Note:

    if kind == "binder":
        return compose_binder(facts, lang=lang, number=number, signatures=signatures, names=names)
    return compose_briefing(
        facts,
        lang=lang,
        number=number,
        addressee=(addressee or "").strip(),
        author=signatures.prepared_by,
        names=names,
    )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()
