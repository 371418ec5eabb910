"""Application start-up: the QApplication, opening the register (with a way out of every
problem), the first-run welcome, and switching registers from the File menu."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox, QWidget

from engagetrack import APP_NAME, __version__
from engagetrack.services.headline import register_is_empty
from engagetrack.store import backups
from engagetrack.store.database import Database, Mode, open_database
from engagetrack.store.errors import PasswordRequiredError, StoreError
from engagetrack.store.location import Target
from engagetrack.ui import tasks
from engagetrack.ui.i18n import LANGUAGE_KEY, arg, install_translators, preferred_language, tr
from engagetrack.ui.resources import icon
from engagetrack.ui.startup import prefetch_figures
from engagetrack.ui.widgets import choose_new_register, choose_register
from engagetrack.ui.window_state import remember_file

if TYPE_CHECKING:
    from engagetrack.ui.main_window import MainWindow

ORGANIZATION = "EngageTrack"


def configure_application(app: QCoreApplication) -> None:
    """Names for QSettings, the icon and the translators (Qt's own beside ours)."""
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    if isinstance(app, QApplication):
        app.setWindowIcon(icon("app"))
    install_translators(preferred_language())


def open_with_recovery(
    target: Target, *, read_only: bool = False, parent: QWidget | None = None
) -> Database | None:
    """Open the register; on a problem, explain it and offer the ways out, never a traceback."""
    mode: Mode = "read" if read_only else "write"
    password: str | None = None
    while True:
        try:
            return open_database(
                target,
                mode=mode,
                create=mode == "write",
                daily_backup=False,
                password=password,
            )
        except PasswordRequiredError as exc:
            password = ask_password(parent, target, str(exc))
            if password is None:
                return None
            continue
        except StoreError as exc:
            from engagetrack.ui.dialogs.startup_dialogs import OpenProblemDialog, Way

            dialog = OpenProblemDialog(exc, target, parent)
            dialog.exec()
            way = dialog.choice
        if way is Way.READ_ONLY:
            mode = "read"
        elif way in (Way.OTHER_FILE, Way.BACKUP, Way.NEW_FILE):
            start = target.path.parent if target.path is not None else Path.home()
            if way is Way.BACKUP and target.path is not None:
                start = backups.backup_dir_for(target.path)
            chosen = (
                choose_new_register(parent, start)
                if way is Way.NEW_FILE
                else choose_register(parent, start)
            )
            if chosen is None:
                continue
            target = Target(path=chosen)
            # a backup is opened read-only: looking at it must never change it
            mode = "read" if way is Way.BACKUP else "write"
        else:
            return None


def ask_password(parent: QWidget | None, target: Target, why: str) -> str | None:
    """The server's password for this connection only (never stored); None: cancelled."""
    text, ok = QInputDialog.getText(
        parent,
        tr("Password for the team register"),
        arg(tr("%1\n\nPassword for %2:"), why, target.describe()),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None


def is_empty(db: Database) -> bool:
    with db.raw_read() as conn:
        return register_is_empty(conn)


def welcome(window: QWidget, register: OpenRegister) -> None:
    """First run on an empty register: the language, then demo, import, or start empty."""
    from engagetrack.ui.dialogs.startup_dialogs import Way, WelcomeDialog
    from engagetrack.ui.main_window import MainWindow

    db = register.db
    if db is None:
        return
    dialog = WelcomeDialog(db.path, window)
    dialog.setObjectName("welcomeDialog")

    def chosen() -> None:
        if not isinstance(window, MainWindow):
            return
        if dialog.choice is Way.LANGUAGE and dialog.chosen_language is not None:
            QSettings().setValue(LANGUAGE_KEY, dialog.chosen_language)
            register.change_language(dialog.chosen_language, welcome_again=True)
        elif dialog.choice is Way.DEMO:
            from engagetrack.services import demo

            try:
                with db.write() as session:
                    demo.load_demo(session)
            except StoreError as exc:
                QMessageBox.warning(window, APP_NAME, str(exc))
                return
            window.bus.changed.emit("all")
            window.statusBar().showMessage(tr("The demo dataset is loaded."), 8000)
        elif dialog.choice is Way.IMPORT:
            window.import_workbook()

    dialog.finished.connect(lambda _result: chosen())
    dialog.open()


class OpenRegister:
    """Holds the open register and its window; replaces both when the user switches file."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.db: Database | None = None
        self.window: QWidget | None = None

    def start(self, target: Target, *, read_only: bool) -> bool:
        db = open_with_recovery(target, read_only=read_only, parent=self.window)
        if db is None:
            return False
        prefetch_figures(db)  # counted while the window's code loads and builds

        old_db = self.db
        window = self._show_window(db)
        if db.path is not None:
            remember_file(db.path)
        if old_db is not None:
            tasks.wait_for_all()
            old_db.close()
        window.after_first_paint(window.daily_backup)
        if not db.read_only and is_empty(db):
            QTimer.singleShot(0, lambda: welcome(window, self))
        return True

    def _show_window(self, db: Database) -> MainWindow:
        """A new window on `db`, shown before the old one closes (the app never runs out of
        windows)."""
        from engagetrack.ui.main_window import MainWindow

        old_window = self.window
        if isinstance(old_window, MainWindow):
            old_window.save_layout()  # the new window opens where the user was
        window = MainWindow(db)
        window.switch_database.connect(self.switch)
        window.restore_backup.connect(self.restore)
        window.language_changed.connect(self.change_language)
        self.db, self.window = db, window
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        window.show()
        return window

    def change_language(self, code: str, *, welcome_again: bool = False) -> None:
        """Speak `code` from now on: the window is built anew in it on the same register."""
        install_translators(code)
        if self.db is None:
            return
        window = self._show_window(self.db)
        if welcome_again:
            QTimer.singleShot(0, lambda: welcome(window, self))

    def switch(self, path: Path | None, read_only: bool) -> None:
        if path is not None:
            self.start(Target(path=path), read_only=read_only)

    def restore(self, backup: Path, current: Path) -> None:
        """Close the register, put the backup in its place (keeping a copy), reopen it."""
        if self.db is None or self.db.path != current:
            return
        self.app.setQuitOnLastWindowClosed(False)  # between closing and reopening
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
        tasks.wait_for_all()
        self.db.close()
        self.db, self.window = None, None
        try:
            kept = backups.restore_backup(backup, current)
            QMessageBox.information(
                None,
                APP_NAME,
                arg(tr("Restored. The register as it was is kept in %1."), str(kept)),
            )
        except StoreError as exc:
            QMessageBox.warning(None, APP_NAME, str(exc))
        started = self.start(Target(path=current), read_only=False)
        self.app.setQuitOnLastWindowClosed(True)
        if not started:
            self.app.quit()

    def close(self) -> None:
        tasks.wait_for_all()
        if self.db is not None:
            self.db.close()


def run_app(target: Target, *, read_only: bool = False) -> int:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    configure_application(app)
    register = OpenRegister(app)
    if not register.start(target, read_only=read_only):
        return 1
    try:
        return int(app.exec())
    finally:
        register.close()
