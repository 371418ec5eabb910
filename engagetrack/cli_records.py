"""The record-keeping commands: `attach`, `attachments`, `search` and `atip` (the answer to
an access-to-information request), added to the command line by `add_record_parsers`.

Apart from cli.py so that each stays small; the work is in the services and interchange.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from engagetrack.domain.messages import t
from engagetrack.domain.validation import ValidationError
from engagetrack.domain.vocabularies import Classification
from engagetrack.store.database import Database, open_database
from engagetrack.store.errors import StoreError
from engagetrack.store.location import resolve_target

if TYPE_CHECKING:
    from engagetrack.store.sessions import Session

Handler = Callable[[argparse.Namespace, TextIO, TextIO], int]
EXIT_OK, EXIT_USER_ERROR = 0, 1


class RecordsError(StoreError):
    """A problem with what the user asked, said in one line (exit 1)."""


def add_record_parsers(
    sub: Any,
    common: argparse.ArgumentParser,
    level: Callable[[str], Classification],
    day: Callable[[str], date],
    count: Callable[[str], int],
) -> None:
    """Add the four commands to `sub`; `level`, `day` and `count` are cli.py's argument
    types for a marking, a date and a number of 1 or more."""
    p = sub.add_parser(
        "attach", parents=[common], help=t("keep a file with a record, inside the register")
    )
    p.add_argument("file", type=Path, metavar="FILE")
    owner = p.add_mutually_exclusive_group(required=True)
    owner.add_argument("--org", metavar="NAME", help=t("the organization to attach it to"))
    owner.add_argument(
        "--meeting", metavar='"DATE TITLE"', help=t("the meeting, as YYYY-MM-DD Title")
    )
    owner.add_argument("--commitment", type=count, metavar="ID", help=t("the commitment's id"))
    p.add_argument(
        "--classification",
        type=level,
        metavar="LEVEL",
        help=t("the file's marking (default: the record's)"),
    )
    p.add_argument("--note", metavar="TEXT", help=t("a note about the file"))

    p = sub.add_parser("attachments", parents=[common], help=t("the attached files"))
    p.add_argument(
        "--org",
        metavar="NAME",
        help=t("only this organization's (its own, its meetings' and its commitments')"),
    )
    p.add_argument("--json", action="store_true", help=t("a JSON list"))

    p = sub.add_parser(
        "search", parents=[common], help=t("find words in every text of every record")
    )
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--json", action="store_true", help=t("a JSON list"))
    p.add_argument(
        "--limit", type=count, default=50, metavar="N", help=t("at most N results (default 50)")
    )

    p = sub.add_parser(
        "atip",
        parents=[common],
        help=t("write the access-request pack: every record about an organization"),
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument("--out", type=Path, required=True, metavar="PACK.zip")
    p.add_argument(
        "--max-classification",
        type=level,
        metavar="LEVEL",
        help=t("leave out every record above this marking"),
    )
    p.add_argument(
        "--since", type=day, metavar="DATE", help=t("records made, changed or dated from DATE")
    )
    p.add_argument(
        "--until", type=day, metavar="DATE", help=t("records made, changed or dated until DATE")
    )


def _refuse(exc: ValidationError) -> RecordsError:
    return RecordsError(" ".join(exc.errors.values()))


def _owner(session: Session, args: argparse.Namespace) -> tuple[str, int]:
    from engagetrack.services import meetings, organizations

    if args.org is not None:
        org = organizations.find_by_name(session, args.org)
        if org is None:
            raise RecordsError(t('There is no organization named "{name}".', name=args.org))
        return "organization", org.id
    if args.meeting is not None:
        day_text, _, title = args.meeting.strip().partition(" ")
        try:
            held_on = date.fromisoformat(day_text)
        except ValueError:
            raise RecordsError(
                t('Give the meeting as "YYYY-MM-DD Title", not "{text}".', text=args.meeting)
            ) from None
        meeting = meetings.find(session, held_on, title)
        if meeting is None:
            raise RecordsError(t('There is no meeting "{text}".', text=args.meeting))
        return "meeting", meeting.id
    return "commitment", int(args.commitment)


def cmd_attach(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from engagetrack.services import attachments

    with open_database(resolve_target(args.db), mode="write") as db:
        try:
            with db.write() as session:
                entity, record_id = _owner(session, args)
                done = attachments.attach_file(
                    session,
                    entity,
                    record_id,
                    args.file,
                    classification=args.classification,
                    note=args.note,
                )
        except ValidationError as exc:
            raise _refuse(exc) from None
    a = done.attachment
    if done.duplicate:
        print(
            t(
                'Already attached: "{name}" (#{id}, added {when} by {user}) is the same file;'
                " it was not stored twice.",
                name=a.file_name,
                id=a.id,
                when=a.created_at.date().isoformat(),
                user=a.added_by,
            ),
            file=out,
        )
        return EXIT_OK
    print(
        t(
            'Attached "{name}" ({size} bytes, {marking}) to {owner} as #{id}; SHA-256 {sha}.',
            name=a.file_name,
            size=f"{a.size:,}",
            marking=a.classification.value,
            owner=a.owner,
            id=a.id,
            sha=a.sha256,
        ),
        file=out,
    )
    return EXIT_OK


def cmd_attachments(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from engagetrack.services import attachments, organizations

    with _reader(args) as db, db.read() as session:
        if args.org is not None:
            org = organizations.find_by_name(session, args.org)
            if org is None:
                raise RecordsError(t('There is no organization named "{name}".', name=args.org))
            found = attachments.of_organization(session, org.id)
        else:
            found = attachments.every_attachment(session)
    if args.json:
        print(json.dumps([a.as_json() for a in found], ensure_ascii=False), file=out)
        return EXIT_OK
    for a in found:
        added = a.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(f"#{a.id}  {a.file_name}  {a.size:,} B  {a.classification.value}", file=out)
        print(f"    {a.entity} #{a.entity_id} {a.owner}", file=out)
        print(f"    {added}  {a.added_by}  sha256 {a.sha256}", file=out)
        if a.note:
            print(f"    {a.note}", file=out)
    if not found:
        print(t("No attached files."), file=out)
    return EXIT_OK


def cmd_search(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from engagetrack.services.search import search_everywhere, search_words

    if not search_words(args.text):
        raise RecordsError(t("Give at least one word of two letters or more."))
    with _reader(args) as db, db.read() as session:
        hits = search_everywhere(session, args.text, limit=args.limit)
    if args.json:
        print(json.dumps([h.as_json() for h in hits], ensure_ascii=False), file=out)
        return EXIT_OK
    for h in hits:
        print(f"{h.entity} #{h.record_id}  {h.title}  [{h.classification.value}]", file=out)
        if h.match:
            print(f"    {h.match}", file=out)
    if not hits:
        print(t("Nothing found."), file=out)
    return EXIT_OK


def cmd_atip(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from engagetrack.interchange.access_pack import PackError, write_pack

    if args.since and args.until and args.since > args.until:
        raise RecordsError(t("The end date is before the start date."))
    with _reader(args) as db:
        try:
            result = write_pack(
                db,
                args.out,
                args.name,
                ceiling=args.max_classification,
                since=args.since,
                until=args.until,
            )
        except ValidationError as exc:
            raise _refuse(exc) from None
        except PackError as exc:
            raise RecordsError(str(exc)) from None
    from engagetrack.domain.messages import language
    from engagetrack.interchange.access_pack import responsive_counts

    found = responsive_counts(result.records)
    print(t("Responsive records: {found}", found=found), file=out)
    print(
        t(
            "Wrote {path} ({size} bytes, marked {marking}): {files} attached file(s),"
            " {entries} audit entries.",
            path=result.path,
            size=f"{result.size:,}",
            marking=result.marking.label_in(language()),
            files=result.files,
            entries=result.audit_entries,
        ),
        file=out,
    )
    return EXIT_OK


def _reader(args: argparse.Namespace) -> Database:
    return open_database(resolve_target(args.db), mode="read")


RECORD_COMMANDS: dict[str | None, Handler] = {
    "attach": cmd_attach,
    "attachments": cmd_attachments,
    "search": cmd_search,
    "atip": cmd_atip,
}
