"""The command line's moves between engines: `copy SOURCE DEST` (a whole register into an
empty one, file or server, either way) and the snapshot `backup` writes of a server."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import TextIO

from engagetrack.domain.messages import t
from engagetrack.store.database import Database, open_database
from engagetrack.store.location import Target, resolve_target


def add_copy_command(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "copy",
        help=t("copy a whole register into an empty one (a file or a server, either way)"),
    )
    p.add_argument("source", metavar="SOURCE", help=t("the register to copy: a file or a URL"))
    p.add_argument("destination", metavar="DEST", help=t("an empty register: a new file, or a URL"))


def cmd_copy(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    source_target, destination_target = (
        resolve_target(args.source),
        resolve_target(args.destination),
    )
    with open_database(source_target, mode="read") as source:
        copied = _copy_into(source, destination_target)
    print(
        t(
            "Copied {rows} rows in {tables} tables from {source} to {destination}; every"
            " table's count checked.",
            rows=sum(copied.values()),
            tables=len(copied),
            source=source_target.describe(),
            destination=destination_target.describe(),
        ),
        file=out,
    )
    for table, rows in copied.items():
        if rows:
            print(f"  {table}: {rows}", file=out)
    return 0


def server_snapshot(db: Database, to: Path | None) -> Path:
    """A portable SQLite copy of a register on a server (what `backup` makes of one): at
    `to`, else in the user's data folder under backups/."""
    if to is None:
        from platformdirs import user_data_path

        name = (db.target.url or "server").rsplit("/", 1)[-1].split("?", 1)[0] or "server"
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        to = user_data_path("EngageTrack", appauthor=False) / "backups" / f"{name}-{stamp}.db"
    to.parent.mkdir(parents=True, exist_ok=True)
    _copy_into(db, Target(path=to))
    return to


def _copy_into(source: Database, destination: Target) -> dict[str, int]:
    """All or nothing: a new file that the copy could not fill is removed again, with what
    was made for it (store/unborn.py)."""
    from engagetrack.store.register_copy import CopyError, copy_register
    from engagetrack.store.unborn import note_unborn

    if destination.path is not None and destination.path.exists():
        raise CopyError(t("{path} already exists; copy into a new file.", path=destination.path))
    unborn = note_unborn(destination.path) if destination.path is not None else None
    try:
        with open_database(destination, create=True, daily_backup=False) as target:
            return copy_register(source, target).rows
    except BaseException:
        if unborn is not None:
            unborn.remove()
        raise
