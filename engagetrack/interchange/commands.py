"""The `import` and `export` subcommands: run the interchange and print what happened.

Exit codes follow SPEC §4: 0 done, 1 a user error (each problem on its own stderr line).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TextIO

from engagetrack.domain import messages
from engagetrack.domain.messages import deferred, t
from engagetrack.domain.vocabularies import Classification
from engagetrack.interchange import spec, spec_fr
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
        text = (
            deferred("Nothing was imported: {count} problem in {name}.")
            if n == 1
            else deferred("Nothing was imported: {count} problems in {name}.")
        )
        print(t(text, count=n, name=Path(path).name), file=out)
        return EXIT_FAILED
    for line in report.summary_lines():
        print(line, file=out)
    if dry_run:
        print(t("Dry run: nothing was written."), file=out)
    else:
        print(t("Imported {name} in one transaction.", name=Path(path).name), file=out)
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
    language: str = "en",
) -> int:
    sheets = (*spec.EXPORT_SHEETS, spec.BRIEFS) if with_briefs else None
    try:
        result = export_workbook(
            db, path, ceiling=ceiling, since=since, sheets=sheets, language=language
        )
    except ExportError as exc:
        print(t("error: {problem}", problem=exc), file=err)
        return EXIT_FAILED
    shown = messages.language()
    for sheet, n in result.rows.items():
        print(t("{sheet}: {count} rows", sheet=spec_fr.sheet_name(sheet, shown), count=n), file=out)
    marking = result.marking.label_in(shown)
    print(t("Wrote {path} (marked {marking}).", path=result.path, marking=marking), file=out)
    return EXIT_OK
