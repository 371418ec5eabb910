"""The Attachments section's screenshot: `python docs/screenshots/take_attachments.py DB`.

DB is a scratch demo register (`engagetrack init --demo --db DB`) that this script changes:
it attaches three files to Microsoft, then grabs the Organizations tab with Microsoft's
Files tab open, at 1500x950, into attachments.png beside this script. Run under a real X
display (`xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb …`).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from engagetrack.services import attachments, organizations
from engagetrack.store.database import open_database
from engagetrack.ui.app import configure_application
from engagetrack.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parent))
from take import HERE, settle

FILES = (
    ("Transparency report 2025.pdf", b"%PDF-1.4 report" * 9000, "PROTECTED A", "Annual report"),
    ("Letter of support, 5 March 2020.msg", b"letter" * 4000, "UNCLASSIFIED", "Signed copy"),
    ("Call notes 2026-10-02.txt", b"Notes of the call with Microsoft." * 40, "UNCLASSIFIED", ""),
)


def main() -> None:
    app = QApplication(sys.argv[:1])
    configure_application(app)
    db = open_database(Path(sys.argv[1]), daily_backup=False, user="A. Tremblay")
    with db.write() as session:
        org = organizations.find_by_name(session, "Microsoft")
        assert org is not None
        org_id = org.id
        for name, data, marking, note in FILES:
            attachments.attach_bytes(
                session, "organization", org_id, name, data, classification=marking, note=note
            )
    window = MainWindow(db)
    window.resize(1500, 950)
    window.show()
    view = window.show_tab("Organizations")
    settle(app)
    view.show_record("organization", org_id)
    settle(app)
    detail = view.detail  # type: ignore[attr-defined]
    detail.sections.setCurrentWidget(detail.files)
    settle(app)
    window.grab().save(str(HERE / "attachments.png"))
    window.close()
    db.close()


if __name__ == "__main__":
    main()
