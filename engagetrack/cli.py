"""The command line: argparse front for every subcommand; without one it opens the window.

Exit codes: 0 success, 1 a user error (one line per problem on stderr, no traceback),
2 bad usage (argparse's own convention).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TextIO

from engagetrack import APP_NAME, cli_argparse_fr
from engagetrack.cli_copy import add_copy_command, cmd_copy, server_snapshot
from engagetrack.cli_records import RECORD_COMMANDS, add_record_parsers
from engagetrack.cli_text import generated_counts, print_audit, print_stats
from engagetrack.domain import messages
from engagetrack.domain.messages import deferred, t
from engagetrack.domain.validation import ValidationError
from engagetrack.domain.vocabularies import Classification
from engagetrack.store.database import Database, open_database
from engagetrack.store.errors import StoreError
from engagetrack.store.file_errors import explain_error
from engagetrack.store.location import resolve_target

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2


class UserError(Exception):
    """A problem to report as-is on stderr, exit 1."""


def _date_arg(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            t('"{text}" is not a date (expected YYYY-MM-DD)', text=text)
        ) from None


def _level_arg(text: str) -> Classification:
    try:
        return Classification.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(t('"{text}" is not a whole number', text=text)) from None
    if value < 1:  # no entries, or an empty register, is never what the user meant
        raise argparse.ArgumentTypeError(t("must be 1 or more"))
    return value


class _VersionAction(argparse.Action):
    """`--version`: the version and its commit, looked up only when asked (a git call in a
    source checkout must not slow every other command)."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from engagetrack.build_info import version_text

        print(version_text())
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    db_help = t(
        "database file or SQLAlchemy URL (default: $ENGAGETRACK_DB, else the user data folder)"
    )
    # the program's own --db, and each command's: a command's must not reset what was given
    # before it ("engagetrack --db X export F"), so its default is to be absent
    top = argparse.ArgumentParser(add_help=False)
    top.add_argument("--db", metavar="PATH|URL", help=db_help)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH|URL", help=db_help, default=argparse.SUPPRESS)

    parser = argparse.ArgumentParser(
        prog="engagetrack",
        description=t(
            "{app}: the register and outreach tracker for the Voluntary Principles. Without a"
            " command, opens the window.",
            app=APP_NAME,
        ),
        parents=[top],
    )
    parser.add_argument(
        "--version", action=_VersionAction, help=t("print the version and the commit built from")
    )
    parser.add_argument(
        "--read-only", action="store_true", help=t("open the window without writing")
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", parents=[common], help=t("create the database"))
    p.add_argument(
        "--demo", action="store_true", help=t("add the demo dataset of the reference facts")
    )
    p.add_argument(
        "--today",
        type=_date_arg,
        metavar="DATE",
        help=t("with --demo: place the invented example records around DATE (default: today)"),
    )

    p = sub.add_parser(
        "import", parents=[common], help=t("import a workbook (format v1), all or nothing")
    )
    p.add_argument("file", type=Path, metavar="FILE.xlsx")
    p.add_argument(
        "--dry-run", action="store_true", help=t("report what would change; write nothing")
    )

    p = sub.add_parser("export", parents=[common], help=t("write the ministerial workbook"))
    p.add_argument("file", type=Path, metavar="FILE.xlsx")
    p.add_argument(
        "--max-classification",
        type=_level_arg,
        metavar="LEVEL",
        help=t(
            "leave out every record above this marking ({levels})",
            levels=", ".join(Classification.codes()),
        ),
    )
    p.add_argument(
        "--since", type=_date_arg, metavar="DATE", help=t("summarise changes since DATE")
    )
    p.add_argument(
        "--with-briefs", action="store_true", help=t("add the briefing-note log as a sheet")
    )
    p.add_argument(
        "--lang",
        choices=("en", "fr"),
        default=None,
        help=t("the workbook's language (default: the command line's)"),
    )

    p = sub.add_parser("brief", parents=[common], help=t("write a briefing note (Word), logged"))
    p.add_argument("file", type=Path, metavar="FILE.docx")
    p.add_argument(
        "--org",
        action="append",
        default=[],
        metavar="NAME",
        help=t(
            "a note for a meeting with this organization (repeatable); without it, the whole"
            " engagement"
        ),
    )
    p.add_argument(
        "--since",
        type=_date_arg,
        metavar="DATE",
        help=t("what changed since DATE (default: the last note on the same scope, else 90 days)"),
    )
    p.add_argument(
        "--max-classification",
        type=_level_arg,
        metavar="LEVEL",
        help=t("leave out every record above this marking"),
    )
    p.add_argument("--lang", choices=("en", "fr"), default="en", help=t("the note's language"))
    p.add_argument(
        "--kind",
        choices=("briefing", "binder"),
        help=t("briefing (default with --org) or binder (default without)"),
    )
    p.add_argument("--addressee", metavar="TEXT", help=t("to whom the note goes"))
    p.add_argument("--prepared-by", metavar="TEXT", help=t("the name in 'Prepared by'"))

    p = sub.add_parser("briefs", parents=[common], help=t("the briefing-note log, newest first"))
    p.add_argument("--json", action="store_true", help=t("a JSON list"))

    p = sub.add_parser("backup", parents=[common], help=t("consistent copy of the database"))
    p.add_argument(
        "--to", type=Path, metavar="FILE", help=t("write the copy here (never overwrites)")
    )

    add_copy_command(sub)
    sub.add_parser("check", parents=[common], help=t("integrity check and schema version"))

    p = sub.add_parser("stats", parents=[common], help=t("counts"))
    p.add_argument("--json", action="store_true", help=t("one JSON object"))

    p = sub.add_parser("audit", parents=[common], help=t("the audit trail, newest first"))
    p.add_argument("--limit", type=_positive_int, metavar="N", help=t("at most N entries"))
    p.add_argument("--json", action="store_true", help=t("a JSON list"))

    p = sub.add_parser("generate", parents=[common], help=t("fill a database with synthetic data"))
    p.add_argument(
        "--scale", type=_positive_int, required=True, metavar="N", help=t("organizations")
    )
    p.add_argument("--seed", type=int, default=2020, help=t("random seed (default 2020)"))
    add_record_parsers(sub, common, _level_arg, _date_arg, _positive_int)
    return parser


def _open_writer(args: argparse.Namespace, *, create: bool) -> Database:
    return open_database(resolve_target(args.db), mode="write", create=create)


def _open_reader(args: argparse.Namespace) -> Database:
    return open_database(resolve_target(args.db), mode="read")


def cmd_init(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.demo and args.today is not None:  # before the file is made
        from engagetrack.services.demo import check_reference_date

        check_reference_date(args.today)
    with _open_writer(args, create=True) as db:
        if args.demo:
            from engagetrack.services import demo

            with db.write() as session:
                added = demo.load_demo(session, today=args.today)
            print(t("Demo dataset added: {added}.", added=added), file=out)
        state = (
            deferred("Created {place} (schema {schema}).")
            if db.created
            else deferred("Already exists: {place} (schema {schema}).")
        )
        print(t(state, place=db.target.describe(), schema=db.schema_version), file=out)
    return EXIT_OK


def cmd_import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from engagetrack.interchange.commands import run_import
    from engagetrack.store.unborn import note_unborn

    target = resolve_target(args.db)
    # a refused import (or a dry run) into a register that did not exist leaves nothing
    unborn = note_unborn(target.path) if target.path is not None else None
    code, created = EXIT_USER_ERROR, False
    try:
        with open_database(target, mode="write", create=True) as db:
            created = db.created  # ours: never remove a file another process just made
            code = run_import(db, args.file, dry_run=args.dry_run, out=out, err=err)
    finally:
        if unborn is not None and created and (code != EXIT_OK or args.dry_run):
            unborn.remove()
    return code


def cmd_export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from engagetrack.interchange.commands import run_export

    with _open_reader(args) as db:
        return run_export(
            db,
            args.file,
            ceiling=args.max_classification,
            since=args.since,
            out=out,
            err=err,
            with_briefs=args.with_briefs,
            language=args.lang or messages.language(),
        )


def cmd_brief(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from engagetrack.interchange.briefing_commands import run_brief

    with _open_writer(args, create=False) as db:  # the note is logged in the register
        return run_brief(
            db,
            args.file,
            org_names=args.org,
            since=args.since,
            ceiling=args.max_classification,
            lang=args.lang,
            kind=args.kind,
            addressee=args.addressee,
            prepared_by=args.prepared_by,
            out=out,
            err=err,
        )


def cmd_briefs(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from engagetrack.interchange.briefing_commands import run_briefs

    with _open_reader(args) as db:
        return run_briefs(db, as_json=args.json, out=out)


def cmd_backup(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from engagetrack.store import backups

    with _open_reader(args) as db:
        # a server's backup is a portable SQLite snapshot; an on-demand copy of a file is
        # labelled, so the daily rotation (newest 14) never deletes it
        if db.path is None:
            made = server_snapshot(db, args.to)
        elif args.to:
            made = backups.copy_database(db.path, args.to)
        else:
            made = backups.backup_now(db.path, label="manual")
    print(t("Backup written to {path}.", path=made), file=out)
    return EXIT_OK


def cmd_check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from engagetrack.store.integrity import integrity_problems

    with _open_reader(args) as db:
        problems = integrity_problems(db)
        print(
            t("{place}: schema {schema}", place=db.target.describe(), schema=db.schema_version),
            file=out,
        )
    if problems:
        for problem in problems:
            print(t("damaged: {problem}", problem=problem), file=err)
        return EXIT_USER_ERROR
    print(t("Integrity check passed."), file=out)
    return EXIT_OK


def cmd_stats(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from engagetrack.services.reporting import stats

    with _open_reader(args) as db, db.read() as session:
        figures = stats(session)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False), file=out)
        return EXIT_OK
    print_stats(figures, out)
    return EXIT_OK


def cmd_audit(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from engagetrack.services import audit

    with _open_reader(args) as db, db.read() as session:
        rows = audit.entries(session, limit=args.limit)
    if args.json:
        print(json.dumps([r.as_json() for r in rows], ensure_ascii=False), file=out)
        return EXIT_OK
    print_audit(rows, out)
    return EXIT_OK


def cmd_generate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from engagetrack.services import synthetic

    with _open_writer(args, create=True) as db, db.write() as session:
        counts = synthetic.generate(session, scale=args.scale, seed=args.seed)
    print(t("Generated {counts}.", counts=generated_counts(counts)), file=out)
    return EXIT_OK


def cmd_window(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from engagetrack.ui.app import run_app
    from engagetrack.ui.startup import exit_without_teardown

    code = run_app(resolve_target(args.db), read_only=args.read_only)
    out.flush()
    err.flush()
    exit_without_teardown(code)  # the register is closed, every write committed
    return code


COMMANDS: dict[str | None, Callable[[argparse.Namespace, TextIO, TextIO], int]] = {
    None: cmd_window,
    "init": cmd_init,
    "import": cmd_import,
    "export": cmd_export,
    "brief": cmd_brief,
    "briefs": cmd_briefs,
    "backup": cmd_backup,
    "check": cmd_check,
    "copy": cmd_copy,
    "stats": cmd_stats,
    "audit": cmd_audit,
    "generate": cmd_generate,
    **RECORD_COMMANDS,
}


def _database_error(exc: BaseException) -> bool:
    """sqlite3's errors, and SQLAlchemy's wrapping of them. SQLAlchemy is not imported here
    (the window paints before it loads): if it has not been loaded, it raised nothing."""
    if isinstance(exc, sqlite3.Error):
        return True
    sqlalchemy_exc = sys.modules.get("sqlalchemy.exc")
    return sqlalchemy_exc is not None and isinstance(exc, sqlalchemy_exc.DBAPIError)


def main(argv: Sequence[str] | None = None) -> int:
    # a GUI-script launcher on Windows has no console: keep prints harmless
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115
    # the language first: argparse's help and errors are ours too
    messages.set_language(messages.language_from_environment())
    cli_argparse_fr.install()
    args = build_parser().parse_args(argv)
    out, err = sys.stdout, sys.stderr
    try:
        code = COMMANDS[args.command](args, out, err)
        out.flush()  # here, not at exit: a closed pipe is still ours to handle
        return code
    except BrokenPipeError:
        # the reader went away (`engagetrack audit | head`): end quietly, as Unix tools do;
        # stdout goes to devnull so the interpreter's own flush at exit cannot fail again
        # (https://docs.python.org/3/library/signal.html#note-on-sigpipe)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except (StoreError, UserError) as exc:
        print(t("error: {problem}", problem=exc), file=err)
    except ValidationError as exc:
        for field, message in exc.errors.items():
            print(t("error: {problem}", problem=f"{field}: {message}"), file=err)
    except Exception as exc:
        if not _database_error(exc):
            raise
        # a damaged page met half-way through a command: still one line, no traceback
        print(t("error: {problem}", problem=explain_error(resolve_target(args.db), exc)), file=err)
    except KeyboardInterrupt:
        print(t("error: interrupted; nothing was saved by the interrupted action."), file=err)
    return EXIT_USER_ERROR
