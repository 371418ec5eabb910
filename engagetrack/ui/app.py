"""Application start-up: the QApplication, the database, the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QTabWidget

from engagetrack import APP_NAME, __version__
from engagetrack.store.database import open_database
from engagetrack.store.errors import StoreError
from engagetrack.store.location import Target

TABS = ("Dashboard", "Organizations", "Pipeline", "Meetings", "Commitments", "Principles", "Export")


def run_app(target: Target, *, read_only: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    try:
        db = open_database(target, mode="read" if read_only else "write", create=not read_only)
    except StoreError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    window = QMainWindow()
    window.setWindowTitle(f"{APP_NAME} - {target.describe()}")
    tabs = QTabWidget()
    for name in TABS:
        tabs.addTab(QLabel(name), name)
    window.setCentralWidget(tabs)
    window.resize(1200, 800)
    window.show()
    try:
        return int(app.exec())
    finally:
        db.close()
