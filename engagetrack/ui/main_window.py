"""The main window: seven tabs, menus, shortcuts, status bar and remembered layout.

Tabs other than the one shown first are built the first time they are opened, so start-up
costs one tab. Each tab is a `View`; the window routes "open this record" requests between
them and tells every tab when data changed (the DataBus).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from engagetrack import APP_NAME, build_info
from engagetrack.domain.principles import framework_name, framework_source
from engagetrack.store import backups
from engagetrack.store.database import Database
from engagetrack.ui import tasks
from engagetrack.ui.bus import DataBus
from engagetrack.ui.i18n import LANGUAGE_KEY, arg, language
from engagetrack.ui.names import tab_title
from engagetrack.ui.others_changes import OthersChanges, worth_watching
from engagetrack.ui.resources import icon
from engagetrack.ui.startup import FirstPaint
from engagetrack.ui.status_line import StatusLine
from engagetrack.ui.views.base import View
from engagetrack.ui.widgets import choose_file, choose_new_register, choose_register
from engagetrack.ui.window_menus import build_menus
from engagetrack.ui.window_state import recent_files, restore_view, restore_window, save_window

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


class MainWindow(QMainWindow):
    """One register in one window. `switch_database` asks the app to open another register,
    `restore_backup` to put a backup in place of this one."""

    switch_database = Signal(object, bool)  # a Path (or None for "choose"), read-only
    restore_backup = Signal(object, object)  # the backup's Path, the register's Path
    language_changed = Signal(str)  # "en" or "fr", chosen in View > Language

    # made by window_menus.build_menus
    recent_menu: QMenu
    backup_action: QAction
    restore_action: QAction
    import_action: QAction
    undo_action: QAction
    redo_action: QAction
    new_action: QAction

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
            self.tabs.addTab(page, tab_title(name))
        self.setCentralWidget(self.tabs)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        # start-up work that would share the CPU with the first paint waits for it
        self._first_paint = FirstPaint(self.tabs.tabBar(), self)

        build_menus(self, TAB_NAMES)
        self.status_line = StatusLine(self.db, self.statusBar(), self.after_first_paint)
        self.file_label = self.status_line.file_label
        self.marking_label = self.status_line.marking_label
        self.mode_label = self.status_line.mode_label
        self._update_title()
        last = restore_window(self, TAB_NAMES)
        if last is not None:
            # build only the tab being shown; the others wait until opened
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(TAB_NAMES.index(last))
            self.tabs.blockSignals(False)
        self._on_tab_changed(self.tabs.currentIndex())
        self.bus.changed.connect(lambda _entity: self.status_line.refresh_marking())
        self.others: OthersChanges | None = None  # a team server: others' edits appear
        if worth_watching(db):
            self.after_first_paint(
                lambda: setattr(self, "others", OthersChanges(db, self.bus, self.statusBar()))
            )

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
            view.show_tab.connect(self.show_tab)
            self._views[name] = view
            # (a first tab's remembered splitters and columns: a frame after the first paint)
            self.after_first_paint(lambda: restore_view(name, view))
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
    def action(
        self,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            self.shortcut(action, shortcut)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def shortcut(
        self, action: QAction, *keys: QKeySequence | QKeySequence.StandardKey | str
    ) -> None:
        """Give `action` its keys once the window has painted: PySide6 builds every enum of
        Qt's namespace (20 ms) on the first `setShortcut`, and the first paint need not wait."""
        sequences = [QKeySequence(k) for k in keys]
        self.after_first_paint(lambda: action.setShortcuts(sequences))

    def language_chooser(self, code: str) -> Callable[[], Any]:
        """Switch the window's language at once: the choice is remembered, and the app builds
        the window anew in that language on the same open register."""

        def choose() -> None:
            QSettings().setValue(LANGUAGE_KEY, code)
            if code != language():
                self.language_changed.emit(code)

        return choose

    def tab_switcher(self, name: str) -> Callable[[], Any]:
        return lambda: self.show_tab(name)

    def _update_title(self) -> None:
        name = self.db.path.name if self.db.path is not None else self.db.target.describe()
        suffix = self.tr(" [read-only]") if self.db.read_only else ""
        self.setWindowTitle(f"{name}{suffix} — {APP_NAME}")

    # --- actions ------------------------------------------------------------------------
    def new_record(self) -> None:
        view = self.view(self.current_tab())
        if view.can_add():
            view.new_record()
        else:
            self.statusBar().showMessage(self.tr("Nothing to add on this tab."), 4000)

    def find_anything(self) -> None:
        from engagetrack.ui.dialogs.search_dialog import SearchDialog

        dialog = SearchDialog(self.db, self)
        dialog.setObjectName("searchDialog")
        dialog.chosen.connect(self.open_hit)
        dialog.open()

    def refresh_all(self) -> None:
        self.bus.changed.emit("all")

    def new_database(self) -> None:
        path = choose_new_register(self, self._folder())
        if path is None:
            return
        if path.exists():
            QMessageBox.warning(
                self, APP_NAME, self.tr("That file already exists. Choose Open to open it.")
            )
            return
        self.switch_database.emit(path, False)

    def open_database(self, path: Path | None = None, read_only: bool = False) -> None:
        if path is None:
            path = choose_register(self, self._folder())
            if path is None:
                return
        self.switch_database.emit(path, read_only)

    def _folder(self) -> Path:
        return self.db.path.parent if self.db.path is not None else Path.home()

    def fill_recent_menu(self) -> None:
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
            self.statusBar().showMessage(arg(self.tr("Backup written to %1"), str(made)), 8000)

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
                arg(self.tr("The daily backup failed: %1"), str(exc)), 15000
            )

        tasks.run_in_background(lambda _r: backups.daily_backup(path), on_error=failed)

    def restore_from_backup(self) -> None:
        path = self.db.path
        if path is None:
            return
        folder = backups.backup_dir_for(path)
        backup = choose_file(
            self, self.tr("Restore from backup"), folder, self.tr("Backups (*.db)")
        )
        if backup is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            arg(
                self.tr(
                    "Replace the register with the backup %1?\n\nA copy of the register as it is now"
                    " is kept in the backups folder first."
                ),
                backup.name,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restore_backup.emit(backup, path)

    def import_workbook(self) -> None:
        from engagetrack.ui.import_flow import run_import_flow

        run_import_flow(self, self.db, on_imported=lambda: self.bus.changed.emit("all"))

    def export_workbook(self) -> None:
        from engagetrack.ui.views.export import ExportView

        view = self.show_tab("Export")
        if isinstance(view, ExportView):
            view.choose_file()

    def about(self) -> None:
        """Version and provenance, the register, the principles' source, and the licences."""
        stamp = build_info.built_at()
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About EngageTrack"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            arg(
                self.tr(
                    "<h3>EngageTrack %1</h3>"
                    "<p>The register and outreach tracker for the %2.</p>"
                    "<p><b>Built from commit:</b> %3%4<br>"
                    "<b>Data file:</b> %5<br><b>Schema version:</b> %6<br>"
                    "<b>Marking scheme:</b> UNCLASSIFIED &lt; PROTECTED A &lt; PROTECTED B</p>"
                    "<p><b>The principles' source:</b> %7 The French text of the principles is"
                    " an unofficial translation.</p>"
                    "<p>Works offline. EngageTrack never opens a network connection.</p>"
                ),
                escape(build_info.version()),
                framework_name(language()),
                escape(build_info.commit()),
                arg(self.tr(", on %1"), escape(stamp)) if stamp else "",
                escape(self.db.target.describe()),
                escape(self.db.schema_version),
                framework_source(language()),
            )
        )
        licences = build_info.licences_text()
        details = box.addButton(self.tr("&Licences…"), QMessageBox.ButtonRole.ActionRole)
        details.setAccessibleName(self.tr("Third-party licences"))
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is details:
            self.show_licences(licences)

    def show_licences(self, text: str | None) -> None:
        """The third-party licences shipped with this copy (Qt and PySide6: LGPL-3.0)."""
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Third-party licences"))
        box.setText(
            self.tr(
                "EngageTrack uses Qt and PySide6 under the LGPL-3.0, and other open-source"
                " libraries under their own licences."
            )
        )
        box.setDetailedText(
            text
            or self.tr(
                "This copy runs from source: see THIRD-PARTY-LICENSES.txt in a release build,"
                " or each package's licence in the virtual environment."
            )
        )
        box.exec()

    def principles_source(self) -> None:
        QMessageBox.information(
            self, self.tr("The principles' source"), framework_source(language())
        )

    def open_data_folder(self) -> None:
        if self.db.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.db.path.parent)))

    def changeEvent(self, event: QEvent) -> None:
        # The system switched between light and dark (or the user changed colours): what is
        # painted from palette colours at build time (charts, status tints) is redrawn. A
        # switch delivers several change events; one redraw follows them.
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange):
            self._palette_timer.start()
        super().changeEvent(event)

    def is_started(self) -> bool:
        """True once the window has painted and run what waited for that (its shortcuts)."""
        return self._first_paint.done

    def after_first_paint(self, work: Callable[[], None]) -> None:
        """Run `work` once the window has painted its first frame (at once if it has)."""
        self._first_paint.after(work)

    def save_layout(self) -> None:
        save_window(self, self.current_tab(), self._views)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        tasks.wait_for_all()
        super().closeEvent(event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._first_paint.arm_fallback()
        if self.db.backup_warning:
            QTimer.singleShot(
                0, lambda: self.statusBar().showMessage(str(self.db.backup_warning), 15000)
            )
