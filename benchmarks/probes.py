"""One measurement per process: `python -m benchmarks.probes NAME DB WORKDIR` prints JSON
with `seconds` (the timed part only) and `peak_mb` (the process's peak resident memory).

GUI probes drive the real window on the offscreen platform and time real user actions,
including the repaint of what changed.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

PROBES: dict[str, Callable[[Path, Path], float]] = {}
# figures a probe notes beside its timed one (printed for information, no target)
NOTES: dict[str, float] = {}
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


def _detail(what: str, seconds: float) -> None:
    """With BENCH_DETAIL=1, each single timing goes to stderr (for profiling, not the table)."""
    if os.environ.get("BENCH_DETAIL"):
        print(f"  {what}: {seconds * 1000:.0f} ms", file=sys.stderr)


def peak_mb() -> float:
    """Peak resident memory of this process plus its largest child (the import's reader)."""
    try:
        import resource
    except ImportError:  # Windows: no getrusage; benchmarks are run on Linux
        return 0.0
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024


_LOOP: list[Any] = []  # the one QEventLoop that pumps events, made once the app exists


def _pump() -> None:
    """Process the pending events, as `QApplication.processEvents()` would.

    Not through QCoreApplication.processEvents: with PySide6 6.12 on Python 3.11 each call of
    it drops one reference to None (6.12's binding of that static method), and None is not
    immortal before Python 3.12, so a polling loop of some 20,000 calls deallocated None and
    aborted the probe ("Fatal Python error: none_dealloc"). The program never calls it (it
    runs `app.exec()`). A QEventLoop's own processEvents asks the same event dispatcher and
    keeps the count (tests: 1,000 calls, about 1,000 references lost against none).
    """
    if not _LOOP:
        from PySide6.QtCore import QEventLoop

        _LOOP.append(QEventLoop())
    _LOOP[0].processEvents()


def _settle(app: Any, widget: Any) -> None:
    """Process pending events and paint the widget now, as the screen would."""
    _pump()
    widget.repaint()
    _pump()


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
    NOTES["ready_at"] = time.monotonic()  # the runner measures from the process's start
    window.close()
    return elapsed


def _open_window(db: Path) -> tuple[Any, Any, Any]:
    from PySide6.QtWidgets import QApplication

    from engagetrack.store.database import open_database
    from engagetrack.ui.main_window import MainWindow

    app = QApplication([])
    database = open_database(db, mode="read")
    window = MainWindow(database)
    window.resize(1400, 900)
    window.show()
    return app, window, database


@probe
def launch_app(db: Path, work: Path) -> float:
    """From process start (after the interpreter) to a painted Dashboard with real numbers,
    the way `engagetrack --db FILE --read-only` starts (read-only: the cached register is
    never changed, and no daily backup of it is made)."""
    start = time.perf_counter()
    from PySide6.QtWidgets import QApplication

    from engagetrack.store.location import Target
    from engagetrack.ui.app import OpenRegister, configure_application

    app = QApplication([])
    configure_application(app)
    session = OpenRegister(app)
    if not session.start(Target(path=db), read_only=True):
        raise RuntimeError("the register did not open")
    window = session.window
    dashboard = window.view("Dashboard")  # type: ignore[union-attr]
    deadline = time.perf_counter() + 60
    while dashboard.figures_painted_at is None:  # the frame showing the real figures
        _pump()
        if time.perf_counter() > deadline:
            raise RuntimeError("the Dashboard never painted its figures")
        time.sleep(0.0005)
    painted = dashboard.figures_painted_at
    elapsed = painted - start
    # the same moment on the clock shared by all processes, for the runner
    NOTES["ready_at"] = time.monotonic() - (time.perf_counter() - painted)
    deadline = time.perf_counter() + 60
    while not dashboard.lists_ready() and time.perf_counter() < deadline:
        _pump()
        time.sleep(0.001)
    NOTES["lists_seconds"] = time.perf_counter() - start
    return elapsed


def wait_until_dashboard_ready(app: Any, window: Any) -> None:
    """The Dashboard may load its figures in the background: wait for them to be shown."""
    deadline = time.perf_counter() + 60
    dashboard = window.view("Dashboard")
    while not getattr(dashboard, "is_ready", lambda: True)():
        _pump()
        if time.perf_counter() > deadline:
            raise RuntimeError("the Dashboard never became ready")
        time.sleep(0.001)
    _settle(app, window)


# --- tables ---------------------------------------------------------------------------------
def _tables(window: Any) -> list[tuple[str, Any, Any]]:
    """(tab, view, model) for every lazy table in the window, each tab built."""
    from PySide6.QtWidgets import QTableView

    from engagetrack.ui import tasks
    from engagetrack.ui.models.lazy_table import LazyTableModel

    found = []
    for name in ("Organizations", "Meetings", "Commitments", "Principles"):
        tab = window.view(name)
        tasks.wait_for_all()  # the first load of each table
        _pump()
        for view in tab.findChildren(QTableView):
            model = view.model()
            if isinstance(model, LazyTableModel):
                found.append((name, view, model))
    return found


def _timed_reload(app: Any, model: Any, viewport: Any, action: Callable[[], None]) -> float:
    """Time `action` until the model has its new rows (queries may run in the background)
    and the table has repainted them."""
    done: list[int] = []

    def mark(count: int) -> None:
        done.append(count)

    model.reloaded.connect(mark)
    generation = getattr(model, "_generation", None)
    start = time.perf_counter()
    action()
    if generation is not None and generation == getattr(model, "_generation", None):
        done.append(-1)  # nothing changed, so the model rightly ran no query
    deadline = start + 30
    while not done:
        _pump()
        if time.perf_counter() > deadline:
            raise RuntimeError("the table never reloaded")
        time.sleep(0.0005)
    _settle(app, viewport)
    elapsed = time.perf_counter() - start
    model.reloaded.disconnect(mark)
    return elapsed


def _search_box(tab: Any) -> tuple[Any, Callable[[], None]]:
    """The tab's search field and the slot its debounce timer calls."""
    apply = getattr(tab, "apply_filters", None) or getattr(tab, "apply_filter", None)
    if apply is None:
        raise RuntimeError(f"{type(tab).__name__} has no apply_filters()")
    return tab.search, apply


@probe
def filter_tables(db: Path, work: Path) -> float:
    """Worst per-keystroke time: each table's search box as a user types a word.

    Each keystroke restarts the tab's debounce timer (150 ms, so a fast typist causes one
    query, not four); timed here is what follows the timer: the query and the repaint.
    """
    app, window, database = _open_window(db)
    worst = 0.0
    for _name, view, model in _tables(window):
        tab = view.parent()
        while tab is not None and not hasattr(tab, "search"):
            tab = tab.parent()
        box, apply = _search_box(tab)
        _timed_reload(app, model, view.viewport(), apply)  # filters as the user left them
        typed = ""
        for letter in "publ":
            typed += letter
            box.blockSignals(True)
            box.setText(typed)
            box.blockSignals(False)
            elapsed = _timed_reload(app, model, view.viewport(), apply)
            _detail(f"filter {_name} {typed!r} ({model.rowCount()} rows)", elapsed)
            worst = max(worst, elapsed)
        box.blockSignals(True)
        box.setText("")
        box.blockSignals(False)
        _timed_reload(app, model, view.viewport(), apply)
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
        unsortable = getattr(model, "unsortable", frozenset())
        for column in range(model.columnCount()):
            if model.listing.columns[column].key in unsortable:
                continue
            for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
                elapsed = _timed_reload(
                    app, model, view.viewport(), lambda m=model, c=column, o=order: m.sort(c, o)
                )
                _detail(f"sort {_name} {model.listing.columns[column].key} {order.name}", elapsed)
                worst = max(worst, elapsed)
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


def _exported_cells(work: Path) -> dict[str, list[list[Any]]]:
    """Every sheet's cells of the exported workbook, as plain lists (read before timing, by
    calamine: openpyxl took a minute just to set the table), empty cells as None."""
    from python_calamine import CalamineWorkbook

    from engagetrack.interchange.calamine_rows import value

    book = CalamineWorkbook.from_path(str(work / "export.xlsx"))
    sheets = {
        name: [[value(v) for v in row] for row in book.get_sheet_by_name(name).iter_rows()]
        for name in book.sheet_names
    }
    book.close()
    return sheets


@probe
def export_baseline(db: Path, work: Path) -> float:
    """openpyxl's write-only mode writing the same cells from plain Python lists."""
    from openpyxl import Workbook

    sheets = _exported_cells(work)
    start = time.perf_counter()
    book = Workbook(write_only=True)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(work / "baseline.xlsx")
    return time.perf_counter() - start


@probe
def export_floor(db: Path, work: Path) -> float:
    """XlsxWriter alone (constant memory) writing the same cells from plain Python lists:
    the writer's own floor, nothing of ours."""
    from xlsxwriter import Workbook

    sheets = _exported_cells(work)
    target = work / "floor.xlsx"
    start = time.perf_counter()
    book = Workbook(
        str(target),
        {"constant_memory": True, "tmpdir": str(work), "strings_to_formulas": False,
         "strings_to_urls": False, "default_date_format": "yyyy-mm-dd"},
    )  # fmt: skip
    for title, rows in sheets.items():
        sheet = book.add_worksheet(title)
        for number, row in enumerate(rows):
            sheet.write_row(number, 0, row)
    book.close()
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


@probe
def import_floor(db: Path, work: Path) -> float:
    """python-calamine alone reading every cell of the same file: the reader's own floor."""
    from python_calamine import CalamineWorkbook

    start = time.perf_counter()
    book = CalamineWorkbook.from_path(str(work / "export.xlsx"))
    cells = 0
    for name in book.sheet_names:
        for row in book.get_sheet_by_name(name).iter_rows():
            cells += len(row)
    book.close()
    return time.perf_counter() - start


def main() -> None:
    name, db, work = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    try:
        seconds = PROBES[name](db, work)
    except BaseException:
        traceback.print_exc()
        sys.stderr.flush()
        os._exit(1)  # as below: no teardown of Qt objects in arbitrary order
    # a child still ending (the import's writer checkpoints after its commit) is waited for,
    # so that its memory counts
    for thread in threading.enumerate():
        if thread is not threading.current_thread() and not thread.daemon:
            thread.join(timeout=120)
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb(), **NOTES}), flush=True)
    sys.stderr.flush()
    # skip interpreter teardown: the figure is taken, and Qt objects dying in arbitrary
    # order at exit only add noise (and, with PySide6 6.12, sometimes a crash)
    os._exit(0)


if __name__ == "__main__":
    main()
