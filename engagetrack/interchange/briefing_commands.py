"""The `brief` and `briefs` subcommands: write a note, list the log; print what happened.

Exit codes follow SPEC §4: 0 done, 1 a user error (one line on stderr).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TextIO

from engagetrack.domain.messages import language, t
from engagetrack.domain.vocabularies import Classification
from engagetrack.interchange.briefing_note import NoteError, write_note
from engagetrack.services import briefing_log
from engagetrack.store.database import Database

EXIT_OK, EXIT_FAILED = 0, 1


def run_brief(
    db: Database,
    path: Path,
    *,
    org_names: Sequence[str],
    since: date | None,
    ceiling: Classification | None,
    lang: str,
    kind: str | None,
    addressee: str | None,
    prepared_by: str | None,
    out: TextIO,
    err: TextIO,
) -> int:
    try:
        result = write_note(
            db,
            path,
            org_names=org_names,
            since=since,
            ceiling=ceiling,
            lang=lang,
            kind=kind,
            addressee=addressee,
            prepared_by=prepared_by,
        )
    except NoteError as exc:
        print(t("error: {problem}", problem=exc), file=err)
        return EXIT_FAILED
    print(f"{result.number}: {result.title} ({result.kind}, {result.language})", file=out)
    print(t("Changes since {date}.", date=result.since.isoformat()), file=out)
    marking = result.marking.label_in(language())
    print(t("Wrote {path} (marked {marking}).", path=result.path, marking=marking), file=out)
    print(f"SHA-256 {result.sha256}", file=out)
    return EXIT_OK


def run_briefs(db: Database, *, as_json: bool, out: TextIO) -> int:
    with db.read() as session:
        entries = briefing_log.entries(session)
    if as_json:
        print(json.dumps([e.as_json() for e in entries], ensure_ascii=False), file=out)
        return EXIT_OK
    if not entries:
        print(t("No briefing note has been written yet."), file=out)
    for e in entries:
        print(
            f"{e.number}  {e.written_on.isoformat()}  {e.marking.value:<12}  {e.language}"
            f"  {e.title}",
            file=out,
        )
    return EXIT_OK
