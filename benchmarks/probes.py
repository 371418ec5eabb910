"""One measurement per process: `python -m benchmarks.probes NAME DB WORKDIR` prints JSON
with `seconds` (the timed part only) and `peak_mb` (the process's peak resident memory).

GUI probes drive the real window on the offscreen platform and time real user actions,
including the repaint of what changed.
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

PROBES: dict[str, Callable[[Path, Path], float]] = {}
TAB_NAMES = (
    "Dashboard",
    "Organizations",
    "Pipeline",
    "Meetings",
    "Commitments",
    "Principles",
    "Export",
)


def probe(fn: Callable[[Path, Path], float]) -> Callable[[Path, Path], float]:
    PROBES[fn.__name__.rstrip("_")] = fn
    return fn


def peak_mb() -> float:
    try:
        import resource
    except ImportError:  # Windows: no getrusage; benchmarks are run on Linux
        return 0.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _settle(app: Any, widget: Any) -> None:
    """Process pending events and paint the widget now, as the screen would."""
    app.processEvents()
    widget.repaint()
    app.processEvents()


# --- launch ---------------------------------------------------------------------------------
@probe
def launch_bare(db: Path, work: Path) -> float:
    start = time.perf_counter()
    from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

    app = QApplication([])
    window = QMainWindow()
    tabs = QTabWidget()
    for name in TAB_NAMES:
        tabs.addTab(QWidget(), name)
    window.setCentralWidget(tabs)
    window.resize(1400, 900)
    window.show()
    _settle(app, window)
    elapsed = time.perf_counter() - start
    window.close()
    return elapsed


def _open_window(db: Path) -> tuple[Any, Any, Any]:
    from engagetrack.ui.main_window import MainWindow
    from PySide6.QtWidgets import QApplication

    from engagetrack.store.database import open_database

    app = QApplication([])
    database = open_database(db, mode="read")
    window = MainWindow(database)
    window.resize(1400, 900)
    window.show()
    return app, window, database


@probe
def launch_app(db: Path, work: Path) -> float:
    """From process start (after the interpreter) to a painted Dashboard with real numbers."""
    start = time.perf_counter()
    app, window, database = _open_window(db)
    _settle(app, window)
    wait_until_dashboard_ready(app, window)
    elapsed = time.perf_counter() - start
    window.close()
    database.close()
    return elapsed


def wait_until_dashboard_ready(app: Any, window: Any) -> None:
    """The Dashboard may load its figures in the background: wait for them to be shown."""
    deadline = time.perf_counter() + 60
    dashboard = window.view("Dashboard")
    while not getattr(dashboard, "is_ready", lambda: True)():
        app.processEvents()
        if time.perf_counter() > deadline:
            raise RuntimeError("the Dashboard never became ready")
        time.sleep(0.001)
    _settle(app, window)


# --- tables ---------------------------------------------------------------------------------
def _tables(window: Any) -> list[tuple[str, Any, Any]]:
    """(tab, view, model) for every lazy table in the window, each tab built."""
    from PySide6.QtWidgets import QTableView

    from engagetrack.ui.models.lazy_table import LazyTableModel

    found = []
    for name in ("Organizations", "Meetings", "Commitments", "Principles"):
        tab = window.view(name)
        for view in tab.findChildren(QTableView):
            model = view.model()
            if isinstance(model, LazyTableModel):
                found.append((name, view, model))
    return found


@probe
def filter_tables(db: Path, work: Path) -> float:
    """Worst per-keystroke time: each table's search as a user types a word letter by letter."""
    app, window, database = _open_window(db)
    worst = 0.0
    for _name, view, model in _tables(window):
        model.set_search("")
        typed = ""
        for letter in "publ":
            typed += letter
            start = time.perf_counter()
            model.set_search(typed)
            _settle(app, view.viewport())
            worst = max(worst, time.perf_counter() - start)
        model.set_search("")
    window.close()
    database.close()
    return worst


@probe
def sort_tables(db: Path, work: Path) -> float:
    """Worst time to sort a table of 100,000+ rows by any column, including the repaint."""
    from PySide6.QtCore import Qt

    app, window, database = _open_window(db)
    worst = 0.0
    for _name, view, model in _tables(window):
        if model.rowCount() < 100_000:
            continue
        for column in range(model.columnCount()):
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                start = time.perf_counter()
                model.sort(column, order)
                _settle(app, view.viewport())
                worst = max(worst, time.perf_counter() - start)
    window.close()
    database.close()
    return worst


@probe
def detail_panel(db: Path, work: Path) -> float:
    """Worst time to show an organization's detail panel, for a spread of organizations."""
    from sqlalchemy import select

    from engagetrack.store.models import Organization

    app, window, database = _open_window(db)
    organizations = window.view("Organizations")
    with database.read() as session:
        ids = list(session.scalars(select(Organization.id).order_by(Organization.id)))
    picks = ids[:: max(1, len(ids) // 10)][:10]
    organizations.show_record("organization", picks[0])  # the first build of the panel
    _settle(app, organizations)
    worst = 0.0
    for org_id in picks[1:]:
        start = time.perf_counter()
        organizations.show_record("organization", org_id)
        _settle(app, organizations)
        worst = max(worst, time.perf_counter() - start)
    window.close()
    database.close()
    return worst


# --- workbook -------------------------------------------------------------------------------
@probe
def export(db: Path, work: Path) -> float:
    from engagetrack.interchange.exporter import export_workbook

    from engagetrack.store.database import open_database

    target = work / "export.xlsx"
    target.unlink(missing_ok=True)
    with open_database(db, mode="read") as database:
        start = time.perf_counter()
        export_workbook(database, target)
        return time.perf_counter() - start


@probe
def export_baseline(db: Path, work: Path) -> float:
    """openpyxl's write-only mode writing the same cells from plain Python lists."""
    from openpyxl import Workbook, load_workbook

    source = load_workbook(work / "export.xlsx", read_only=True)
    sheets = {
        ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in source.worksheets
    }
    source.close()
    start = time.perf_counter()
    book = Workbook(write_only=True)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(work / "baseline.xlsx")
    return time.perf_counter() - start


@probe
def import_(db: Path, work: Path) -> float:
    from engagetrack.interchange.importer import import_workbook

    from engagetrack.store.database import open_database

    fresh = work / "imported.db"
    for leftover in work.glob("imported.db*"):
        leftover.unlink()
    shutil.rmtree(work / "backups", ignore_errors=True)
    with open_database(fresh, create=True) as database:
        start = time.perf_counter()
        report = import_workbook(database, work / "export.xlsx")
        elapsed = time.perf_counter() - start
    if getattr(report, "problems", None):
        raise RuntimeError(f"import refused the exported workbook: {report.problems[:5]}")
    return elapsed


@probe
def import_baseline(db: Path, work: Path) -> float:
    """openpyxl's read-only mode reading every cell of the same file."""
    from openpyxl import load_workbook

    start = time.perf_counter()
    book = load_workbook(work / "export.xlsx", read_only=True, data_only=True)
    cells = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            cells += len(row)
    book.close()
    return time.perf_counter() - start


def main() -> None:
    name, db, work = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    seconds = PROBES[name](db, work)
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb()}))


if __name__ == "__main__":
    main()
