"""Regenerate welcome.png: the first-run welcome over the window of a new, empty register.

    xvfb-run -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python docs/screenshots/take_welcome.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QDialog

from engagetrack.store.database import open_database
from engagetrack.ui import app as app_module
from engagetrack.ui import tasks
from engagetrack.ui.main_window import MainWindow

HERE = Path(__file__).resolve().parent


def settle(app: QApplication, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()
        tasks.wait_for_all(100)
        time.sleep(0.01)


def main() -> None:
    app = QApplication(sys.argv[:1])
    app_module.configure_application(app)
    # fresh settings: a first run remembers no tab or layout
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    db = open_database(Path(tempfile.mkdtemp()) / "engagetrack.db", create=True)
    window = MainWindow(db)
    window.resize(1500, 950)
    window.show()
    settle(app)
    register = app_module.OpenRegister(app)
    register.db, register.window = db, window
    app_module.welcome(window, register)
    settle(app)
    dialog = window.findChild(QDialog, "welcomeDialog")
    assert dialog is not None
    # the dialog drawn where it shows: centred over the window it belongs to
    shot = window.grab()
    picture = dialog.grab()
    painter = QPainter(shot)
    shade = QColor(0, 0, 0, 90)  # the window dimmed behind its modal dialog
    painter.fillRect(shot.rect(), shade)
    corner = QPoint((shot.width() - picture.width()) // 2, (shot.height() - picture.height()) // 3)
    painter.drawPixmap(corner, picture)
    painter.end()
    shot.save(str(HERE / "welcome.png"))
    dialog.reject()
    window.close()
    db.close()


if __name__ == "__main__":
    main()
