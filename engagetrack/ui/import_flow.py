"""Import a workbook from the window: preview (a dry run), then confirm, then import.

Both steps run off the GUI thread; nothing is written unless the preview had no problems and
the user said yes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from engagetrack.store.database import Database
from engagetrack.ui import tasks
from engagetrack.ui.i18n import arg, tr
from engagetrack.ui.widgets import choose_file

MAX_SHOWN_PROBLEMS = 30


def _report_text(report: Any) -> str:
    lines = list(report.summary_lines())
    return "\n".join(lines)


def run_import_flow(
    parent: QWidget, db: Database, *, on_imported: Callable[[], None], path: Path | None = None
) -> None:
    if db.read_only:
        QMessageBox.information(
            parent, tr("Import workbook"), tr("This register is open read-only.")
        )
        return
    if path is None:
        path = choose_file(
            parent,
            tr("Import workbook"),
            Path.home(),
            tr("Excel workbooks (*.xlsx)"),
        )
        if path is None:
            return
    chosen = path
    busy = QProgressDialog(arg(tr("Checking %1…"), chosen.name), "", 0, 0, parent)
    busy.setCancelButton(None)
    busy.setMinimumDuration(300)
    busy.setWindowTitle(tr("Import workbook"))

    def work(_report: Callable[[int, int], None]) -> Any:
        from engagetrack.interchange.importer import import_workbook

        return import_workbook(db, chosen, dry_run=True)

    def previewed(report: Any) -> None:
        busy.close()
        if report.problems:
            shown = report.problems[:MAX_SHOWN_PROBLEMS]
            more = len(report.problems) - len(shown)
            text = "\n".join(shown) + (arg(tr("\n… and %1 more."), str(more)) if more else "")
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                tr("Import workbook"),
                tr(
                    "The workbook was not imported: nothing was changed. Correct these rows and try again."
                ),
                QMessageBox.StandardButton.Ok,
                parent,
            )
            box.setDetailedText(text)
            box.setInformativeText(text if len(shown) <= 8 else shown[0] + "\n…")
            box.exec()
            return
        answer = QMessageBox.question(
            parent,
            tr("Import workbook"),
            arg(tr("Import %1?\n\n%2"), chosen.name, _report_text(report)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            _import(parent, db, chosen, on_imported)

    def failed(exc: BaseException) -> None:
        busy.close()
        QMessageBox.warning(parent, tr("Import workbook"), str(exc))

    tasks.run_in_background(work, on_done=previewed, on_error=failed)


def _import(parent: QWidget, db: Database, path: Path, on_imported: Callable[[], None]) -> None:
    def work(_report: Callable[[int, int], None]) -> Any:
        from engagetrack.interchange.importer import import_workbook

        return import_workbook(db, path)

    def done(report: Any) -> None:
        if report.problems:
            QMessageBox.warning(
                parent,
                tr("Import workbook"),
                "\n".join(report.problems[:MAX_SHOWN_PROBLEMS]),
            )
            return
        on_imported()
        QMessageBox.information(
            parent,
            tr("Import workbook"),
            arg(tr("Imported.\n\n%1"), _report_text(report)),
        )

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(parent, tr("Import workbook"), str(exc))

    tasks.run_in_background(work, on_done=done, on_error=failed)
