"""Regenerate the screenshots in this folder: `python docs/screenshots/take.py DB`.

Run under a real X display (e.g. `xvfb-run -s "-screen 0 1600x1000x24"` with
QT_QPA_PLATFORM=xcb) or offscreen; each tab of the main window is grabbed at 1500x950.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from engagetrack.services import organizations
from engagetrack.store import backups
from engagetrack.store.database import open_database
from engagetrack.ui import tasks
from engagetrack.ui.app import configure_application
from engagetrack.ui.main_window import TAB_NAMES, MainWindow

HERE = Path(__file__).resolve().parent


def settle(app: QApplication, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()
        tasks.wait_for_all(100)
        time.sleep(0.01)


def main() -> None:
    app = QApplication(sys.argv[:1])
    configure_application(app)
    # a scratch copy opened for editing, so the window looks as an official sees it
    scratch = Path(tempfile.mkdtemp()) / "register.db"
    backups.copy_database(Path(sys.argv[1]), scratch)
    db = open_database(scratch, daily_backup=False)
    suffix = sys.argv[2] if len(sys.argv) > 2 else ""
    window = MainWindow(db)
    window.resize(1500, 950)
    window.show()
    for name in TAB_NAMES:
        view = window.show_tab(name)
        settle(app)
        if name == "Organizations":
            with db.read() as session:
                org = organizations.find_by_name(session, "Canadian Centre for Child Protection")
                org_id = org.id if org is not None else None
            if org_id is not None:
                view.show_record("organization", org_id)
                settle(app)
        window.grab().save(str(HERE / f"{name.lower()}{suffix}.png"))
    window.close()
    db.close()


if __name__ == "__main__":
    main()
