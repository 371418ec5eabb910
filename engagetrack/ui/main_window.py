"""The main window: seven tabs, menus, shortcuts, status bar and remembered layout.

Tabs other than the one shown first are built the first time they are opened, so start-up
costs one tab. Each tab is a `View`; the window routes "open this record" requests between
them and tells every tab when data changed (the DataBus).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6 import QtCore
from PySide6.QtCore import QByteArray, QEvent, QSettings, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from engagetrack import APP_NAME, __version__
from engagetrack.domain.principles import FRAMEWORK_NAME_EN, FRAMEWORK_SOURCE
from engagetrack.domain.vocabularies import Classification
from engagetrack.store import backups
from engagetrack.store.database import Database
from engagetrack.ui import tasks
from engagetrack.ui.i18n import LANGUAGE_KEY, LANGUAGES
from engagetrack.ui.resources import icon
from engagetrack.ui.views.base import DataBus, View

if TYPE_CHECKING:
    from engagetrack.services.search import Hit

# (tab title, module, class), in the order of SPEC §6 and of Ctrl+1 … Ctrl+7
TABS: tuple[tuple[str, str, str], ...] = (
    ("Dashboard", "engagetrack.ui.views.dashboard", "DashboardView"),
    ("Organizations", "engagetrack.ui.views.organizations", "OrganizationsView"),
    ("Pipeline", "engagetrack.ui.views.pipeline", "PipelineView"),
    ("Meetings", "engagetrack.ui.views.meetings", "MeetingsView"),
    ("Commitments", "engagetrack.ui.views.commitments", "CommitmentsView"),
    ("Principles", "engagetrack.ui.views.principles", "PrinciplesView"),
    ("Export", "engagetrack.ui.views.export", "ExportView"),
)
TAB_NAMES = tuple(name for name, _m, _c in TABS)

# which tab shows which kind of record
HOME_TAB = {
    "organization": "Organizations",
    "contact": "Organizations",
    "meeting": "Meetings",
    "commitment": "Commitments",
    "assessment": "Principles",
}
MAX_RECENT = 8
FIRST_PAINT_FALLBACK_MS = 300


class MainWindow(QMainWindow):
    """One register in one window. `switch_database` asks the app to open another one."""

    switch_database = Signal(object, bool)  # a Path (or None for "choose"), read-only

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.bus = DataBus(self)
        self._views: dict[str, View] = {}
        self._pages: dict[str, QWidget] = {}
        self._palette_timer = QTimer(self)
        self._palette_timer.setSingleShot(True)
        self._palette_timer.setInterval(100)
        self._palette_timer.timeout.connect(self.refresh_all)
        # start-up work that would share the CPU with the first paint waits for it
        self._after_paint: list[Callable[[], None]] | None = []
        self.setObjectName("MainWindow")
        self.setWindowIcon(icon("app"))

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setAccessibleName(self.tr("Main sections"))
        self.tabs.setDocumentMode(True)
        for name in TAB_NAMES:
            page = QWidget(self.tabs)
            page.setObjectName(f"page{name}")
            QVBoxLayout(page).setContentsMargins(6, 6, 6, 6)
            self._pages[name] = page
            self.tabs.addTab(page, self.tr(name))
        self.setCentralWidget(self.tabs)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.tabs.tabBar().installEventFilter(self)  # its first paint: the window is up

        self._build_menus()
        self._build_status_bar()
        self._update_title()
        self._restore_window()
        self._on_tab_changed(self.tabs.currentIndex())
        self.bus.changed.connect(lambda _entity: self._refresh_marking())

    # --- tabs -------------------------------------------------------------------------
    def view(self, name: str) -> View:
        """The tab's View, built on first use."""
        if name not in self._views:
            _title, module_name, class_name = TABS[TAB_NAMES.index(name)]
            cls = getattr(importlib.import_module(module_name), class_name)
            view: View = cls(self.db, self.bus, self._pages[name])
            view.setObjectName(f"view{name}")
            layout = self._pages[name].layout()
            assert layout is not None
            layout.addWidget(view)
            view.open_record.connect(self.open_record)
            show_tab = getattr(view, "show_tab", None)
            if show_tab is not None:
                show_tab.connect(self.show_tab)
            self._views[name] = view
            # (a first tab's remembered splitters and columns: a frame after the first paint)
            self.after_first_paint(lambda: self._restore_view_state(name, view))
        return self._views[name]

    def show_tab(self, name: str) -> View:
        view = self.view(name)
        self.tabs.setCurrentIndex(TAB_NAMES.index(name))
        return view

    def current_tab(self) -> str:
        return TAB_NAMES[self.tabs.currentIndex()]

    def _on_tab_changed(self, index: int) -> None:
        if 0 <= index < len(TAB_NAMES):
            self.view(TAB_NAMES[index])

    def open_record(self, entity: str, record_id: int) -> None:
        """Show a record on the tab that holds its kind."""
        tab = HOME_TAB.get(entity)
        if tab is None:
            return
        view = self.show_tab(tab)
        if not view.show_record(entity, record_id):
            self.statusBar().showMessage(self.tr("That record is not shown on this tab."), 5000)

    def open_hit(self, hit: Hit) -> None:
        if hit.entity == "contact" and hit.organization_id is not None:
            self.open_record("organization", hit.organization_id)
        else:
            self.open_record(hit.entity, hit.record_id)

    # --- menus --------------------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            self._shortcut(action, shortcut)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _shortcut(
        self, action: QAction, *keys: QKeySequence | QKeySequence.StandardKey | str
    ) -> None:
        """Give `action` its keys once the window has painted: PySide6 builds every enum of
        Qt's namespace (20 ms) on the first `setShortcut`, and the first paint need not wait."""
        sequences = [QKeySequence(k) for k in keys]
        self.after_first_paint(lambda: action.setShortcuts(sequences))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(
            self._action(
                self.tr("&New register…"),
                self.new_database,
                None,
                self.tr("Create a new, empty register file"),
            )
        )
        file_menu.addAction(
            self._action(self.tr("&Open…"), self.open_database, QKeySequence.StandardKey.Open)
        )
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        self.backup_action = self._action(self.tr("&Backup now"), self.backup_now, "Ctrl+Shift+B")
        file_menu.addAction(self.backup_action)
        self.restore_action = self._action(
            self.tr("Restore from bac&kup…"), self.restore_from_backup
        )
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        self.import_action = self._action(
            self.tr("&Import workbook…"), self.import_workbook, "Ctrl+I"
        )
        file_menu.addAction(self.import_action)
        file_menu.addAction(
            self._action(self.tr("&Export workbook…"), self.export_workbook, "Ctrl+E")
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        )
        if self.db.read_only or self.db.path is None:
            self.backup_action.setEnabled(self.db.path is not None)
            self.restore_action.setEnabled(False)
        if self.db.read_only:
            self.import_action.setEnabled(False)

        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.bus.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self._shortcut(self.undo_action, QKeySequence.StandardKey.Undo)
        self.redo_action = self.bus.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self._shortcut(self.redo_action, QKeySequence.StandardKey.Redo)
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        self.new_action = self._action(
            self.tr("&New record"),
            self.new_record,
            QKeySequence.StandardKey.New,
            self.tr("Add a record on the current tab"),
        )
        self.new_action.setEnabled(not self.db.read_only)
        edit.addAction(self.new_action)
        edit.addSeparator()
        find = self._action(
            self.tr("&Find…"),
            self.find_anything,
            None,
            self.tr("Search every organization, contact, meeting and commitment"),
        )
        self._shortcut(find, QKeySequence.StandardKey.Find, "Ctrl+K")
        edit.addAction(find)

        view_menu = bar.addMenu(self.tr("&View"))
        for i, name in enumerate(TAB_NAMES, start=1):
            view_menu.addAction(self._action(self.tr(name), self._tab_switcher(name), f"Ctrl+{i}"))
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("&Language"))
        for code, name in LANGUAGES.items():
            language_menu.addAction(self._action(name, self._language_chooser(code)))
        view_menu.addSeparator()
        view_menu.addAction(
            self._action(self.tr("&Refresh"), self.refresh_all, QKeySequence.StandardKey.Refresh)
        )

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About EngageTrack"), self.about))
        help_menu.addAction(
            self._action(self.tr("The &principles' source"), self.principles_source)
        )
        help_menu.addAction(self._action(self.tr("&Data folder"), self.open_data_folder))

    def _language_chooser(self, code: str) -> Callable[[], Any]:
        def choose() -> None:
            QSettings().setValue(LANGUAGE_KEY, code)
            QMessageBox.information(
                self,
                APP_NAME,
                self.tr("EngageTrack will use %1 the next time it starts.").replace(
                    "%1", LANGUAGES[code]
                ),
            )

        return choose

    def _tab_switcher(self, name: str) -> Callable[[], Any]:
        return lambda: self.show_tab(name)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.file_label = QLabel(self.db.target.describe(), self)
        self.file_label.setAccessibleName(self.tr("Open file"))
        # Qt's enums take 20 ms to load on first use: after the first paint
        self.after_first_paint(
            lambda: self.file_label.setTextInteractionFlags(
                QtCore.Qt.TextInteractionFlag.TextSelectableByMouse
            )
        )
        self.marking_label = QLabel(self)
        self.marking_label.setAccessibleName(self.tr("Highest marking held"))
        self.mode_label = QLabel(
            self.tr("Read-only") if self.db.read_only else self.tr("Editing"), self
        )
        self.mode_label.setAccessibleName(self.tr("Read-only state"))
        if self.db.read_only:
            self.mode_label.setStyleSheet("font-weight: bold")
        status.addPermanentWidget(self.file_label, 1)
        status.addPermanentWidget(self.marking_label)
        status.addPermanentWidget(self.mode_label)
        self.marking_label.setText(self.tr("Holds: …"))
        self.after_first_paint(self._refresh_marking)

    def _refresh_marking(self) -> None:
        """The highest marking the register actually holds: what this file must be kept as.

        Read in the background: three scans of the big tables would delay the first paint.
        """
        self.marking_label.setToolTip(
            self.tr(
                "The highest security marking of any record in this register. Store and share the file accordingly."
            )
        )
        db = self.db

        def work(_report: Any) -> Classification:
            from engagetrack.services import queries_dashboard

            with db.read() as session:
                return queries_dashboard.highest_marking(session)

        def done(held: Classification) -> None:
            if shiboken6.isValid(self.marking_label):  # the window may have closed meanwhile
                self.marking_label.setText(self.tr("Holds: %1").replace("%1", held.value))

        tasks.run_in_background(work, on_done=done)

    def _update_title(self) -> None:
        name = self.db.path.name if self.db.path is not None else self.db.target.describe()
        suffix = self.tr(" [read-only]") if self.db.read_only else ""
        self.setWindowTitle(f"{name}{suffix} — {APP_NAME}")

    # --- actions ------------------------------------------------------------------------
    def new_record(self) -> None:
        view = self.view(self.current_tab())
        action = getattr(view, "new_record", None)
        if callable(action):
            action()
        else:
            self.statusBar().showMessage(self.tr("Nothing to add on this tab."), 4000)

    def find_anything(self) -> None:
        from engagetrack.ui.search import SearchDialog

        dialog = SearchDialog(self.db, self)
        dialog.setObjectName("searchDialog")
        dialog.chosen.connect(self.open_hit)
        dialog.open()

    def refresh_all(self) -> None:
        self.bus.changed.emit("all")

    def new_database(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New register"),
            str(self._folder() / "register.db"),
            self.tr("EngageTrack register (*.db)"),
        )
        if name:
            path = Path(name)
            if path.exists():
                QMessageBox.warning(
                    self, APP_NAME, self.tr("That file already exists. Choose Open to open it.")
                )
                return
            self.switch_database.emit(path, False)

    def open_database(self, path: Path | None = None, read_only: bool = False) -> None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Open register"),
                str(self._folder()),
                self.tr("EngageTrack register (*.db);;All files (*)"),
            )
            if not name:
                return
            path = Path(name)
        self.switch_database.emit(path, read_only)

    def _folder(self) -> Path:
        return self.db.path.parent if self.db.path is not None else Path.home()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = [f for f in recent_files() if f != str(self.db.path)]
        if not files:
            none = self.recent_menu.addAction(self.tr("(none)"))
            none.setEnabled(False)
        for f in files:
            action = self.recent_menu.addAction(f)
            action.triggered.connect(lambda _c=False, p=f: self.open_database(Path(p)))

    def backup_now(self) -> None:
        path = self.db.path
        if path is None:
            return
        self.statusBar().showMessage(self.tr("Backing up…"))

        def done(made: Path) -> None:
            self.statusBar().showMessage(
                self.tr("Backup written to %1").replace("%1", str(made)), 8000
            )

        def failed(exc: BaseException) -> None:
            self.statusBar().clearMessage()
            QMessageBox.warning(self, APP_NAME, str(exc))

        tasks.run_in_background(
            lambda _r: backups.backup_now(path, label="manual"), on_done=done, on_error=failed
        )

    def daily_backup(self) -> None:
        """SPEC §3: once a day on open, in the background so start-up stays quick."""
        path = self.db.path
        if path is None or self.db.read_only:
            return

        def failed(exc: BaseException) -> None:
            self.statusBar().showMessage(
                self.tr("The daily backup failed: %1").replace("%1", str(exc)), 15000
            )

        tasks.run_in_background(lambda _r: backups.daily_backup(path), on_error=failed)

    def restore_from_backup(self) -> None:
        path = self.db.path
        if path is None:
            return
        folder = backups.backup_dir_for(path)
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from backup"), str(folder), self.tr("Backups (*.db)")
        )
        if not name:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            self.tr(
                "Replace the register with the backup %1?\n\nA copy of the register as it is now"
                " is kept in the backups folder first."
            ).replace("%1", Path(name).name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restore_requested = Path(name)
        self.switch_database.emit(path, False)

    def import_workbook(self) -> None:
        from engagetrack.ui.import_flow import run_import_flow

        run_import_flow(self, self.db, on_imported=lambda: self.bus.changed.emit("all"))

    def export_workbook(self) -> None:
        view = self.show_tab("Export")
        choose = getattr(view, "choose_file", None)
        if callable(choose):
            choose()

    def about(self) -> None:
        with self.db.read() as _session:
            schema = self.db.schema_version
        QMessageBox.about(
            self,
            self.tr("About EngageTrack"),
            self.tr(
                "<h3>EngageTrack %1</h3>"
                "<p>The register and outreach tracker for the %2.</p>"
                "<p><b>Data file:</b> %3<br><b>Schema version:</b> %4<br>"
                "<b>Marking scheme:</b> UNCLASSIFIED &lt; PROTECTED A &lt; PROTECTED B</p>"
                "<p><b>The principles' source:</b> %5 The French text of the principles is an"
                " unofficial translation.</p>"
                "<p>Works offline. EngageTrack never opens a network connection.</p>"
            )
            .replace("%1", __version__)
            .replace("%2", FRAMEWORK_NAME_EN)
            .replace("%3", self.db.target.describe())
            .replace("%4", schema)
            .replace("%5", FRAMEWORK_SOURCE),
        )

    def principles_source(self) -> None:
        QMessageBox.information(self, self.tr("The principles' source"), FRAMEWORK_SOURCE)

    def open_data_folder(self) -> None:
        if self.db.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.db.path.parent)))

    # --- remembered layout ----------------------------------------------------------------
    def _restore_window(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 880)
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        last = settings.value("window/tab", "Dashboard")
        if isinstance(last, str) and last in TAB_NAMES:
            # build only the tab being shown; the others wait until opened
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(TAB_NAMES.index(last))
            self.tabs.blockSignals(False)

    def _restore_view_state(self, name: str, view: View) -> None:
        settings = QSettings()
        for splitter in view.findChildren(QSplitter):
            value = settings.value(f"views/{name}/splitter/{splitter.objectName()}")
            if splitter.objectName() and isinstance(value, QByteArray):
                splitter.restoreState(value)
        for table in view.findChildren(QTableView):
            value = settings.value(f"views/{name}/table/{table.objectName()}")
            if table.objectName() and isinstance(value, QByteArray):
                table.horizontalHeader().restoreState(value)

    def save_layout(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/tab", self.current_tab())
        for name, view in self._views.items():
            for splitter in view.findChildren(QSplitter):
                if splitter.objectName():
                    settings.setValue(
                        f"views/{name}/splitter/{splitter.objectName()}", splitter.saveState()
                    )
            for table in view.findChildren(QTableView):
                header: QHeaderView = table.horizontalHeader()
                if table.objectName():
                    settings.setValue(
                        f"views/{name}/table/{table.objectName()}", header.saveState()
                    )

    def changeEvent(self, event: QEvent) -> None:
        # The system switched between light and dark (or the user changed colours): what is
        # painted from palette colours at build time (charts, status tints) is redrawn. A
        # switch delivers several change events; one redraw follows them.
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange):
            self._palette_timer.start()
        super().changeEvent(event)

    def is_started(self) -> bool:
        """True once the window has painted and run what waited for that (its shortcuts)."""
        return self._after_paint is None

    def after_first_paint(self, work: Callable[[], None]) -> None:
        """Run `work` once the window has painted its first frame (at once if it has)."""
        if self._after_paint is None:
            work()
        else:
            self._after_paint.append(work)

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and self._after_paint is not None
            and watched is self.tabs.tabBar()
        ):
            QTimer.singleShot(0, self._first_paint_done)  # after the whole frame
        return super().eventFilter(watched, event)

    def _first_paint_done(self) -> None:
        waiting, self._after_paint = self._after_paint or [], None
        self.tabs.tabBar().removeEventFilter(self)
        for work in waiting:
            work()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        tasks.wait_for_all()
        super().closeEvent(event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._after_paint is not None:
            # in case the tab bar is never painted (a window shown but covered at once)
            QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, self._first_paint_done)
        if self.db.backup_warning:
            QTimer.singleShot(
                0, lambda: self.statusBar().showMessage(str(self.db.backup_warning), 15000)
            )


def recent_files() -> list[str]:
    value = QSettings().value("files/recent", [])
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value] if isinstance(value, list) else []


def remember_file(path: Path) -> None:
    files = [str(path)] + [f for f in recent_files() if f != str(path)]
    QSettings().setValue("files/recent", files[:MAX_RECENT])
