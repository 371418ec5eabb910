"""The `import` and `export` subcommands: run the interchange and print what happened.

Exit codes follow SPEC §4: 0 done, 1 a user error (each problem on its own stderr line).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TextIO

from engagetrack.domain.vocabularies import Classification
from engagetrack.interchange import spec
from engagetrack.interchange.exporter import ExportError, export_workbook
from engagetrack.interchange.importer import import_workbook
from engagetrack.store.database import Database

EXIT_OK, EXIT_FAILED = 0, 1


def run_import(db: Database, path: Path, *, dry_run: bool, out: TextIO, err: TextIO) -> int:
    report = import_workbook(db, path, dry_run=dry_run)
    if report.problems:
        for problem in report.problems:
            print(problem, file=err)
        n = len(report.problems)
        print(
            f"Nothing was imported: {n} problem{'s' if n != 1 else ''} in {Path(path).name}.",
            file=out,
        )
        return EXIT_FAILED
    for line in report.summary_lines():
        print(line, file=out)
    if dry_run:
        print("Dry run: nothing was written.", file=out)
    else:
        print(f"Imported {Path(path).name} in one transaction.", file=out)
    return EXIT_OK


def run_export(
    db: Database,
    path: Path,
    *,
    ceiling: Classification | None,
    since: date | None,
    out: TextIO,
    err: TextIO,
    with_briefs: bool = False,
) -> int:
    sheets = (*spec.EXPORT_SHEETS, spec.BRIEFS) if with_briefs else None
    try:
        result = export_workbook(db, path, ceiling=ceiling, since=since, sheets=sheets)
    except ExportError as exc:
        print(f"error: {exc}", file=err)
        return EXIT_FAILED
    for sheet, n in result.rows.items():
        print(f"{sheet}: {n} rows", file=out)
    print(f"Wrote {result.path} (marked {result.marking.value}).", file=out)
    return EXIT_OK
