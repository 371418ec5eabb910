"""Regenerate stale-edit.png: an organization editor whose save was refused because someone
else changed the record on the team server, with the input kept and Reload offered.

    xvfb-run -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/screenshots/take_stale_edit.py [-fr]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from engagetrack.services import demo
from engagetrack.services import organizations as orgs
from engagetrack.store.database import open_database
from engagetrack.ui import app as app_module
from engagetrack.ui.bus import DataBus
from engagetrack.ui.dialogs.organization_editor import OrganizationEditor
from engagetrack.ui.i18n import install_translators

HERE = Path(__file__).resolve().parent


class Owner(QWidget):
    def __init__(self, db: object, bus: DataBus) -> None:
        super().__init__()
        self.db, self.bus = db, bus


def main() -> None:
    french = "-fr" in sys.argv
    app = QApplication(sys.argv[:1])
    app_module.configure_application(app)
    install_translators("fr" if french else "en")
    db = open_database(Path(tempfile.mkdtemp()) / "team.db", create=True, user="a.tremblay")
    with db.write() as s:
        demo.load_demo(s)
    with db.read() as s:
        org = orgs.find_by_name(s, "Kestrel Video (example)")
        assert org is not None
        org_id = org.id
    owner = Owner(db, DataBus())  # kept: the editor is its child
    editor = OrganizationEditor(owner, org_id)
    editor.load()
    editor.show()
    db.user = "j.singh"  # a colleague saves first
    with db.write() as s:
        orgs.update(s, org_id, {"notes": "Met their policy lead on 27 November."})
    db.user = "a.tremblay"
    editor.notes.setPlainText("Livestreaming safeguards promised in writing by January.")
    editor.save()
    for _ in range(20):
        app.processEvents()
    name = "stale-edit-fr.png" if french else "stale-edit.png"
    editor.grab().save(str(HERE / name))
    print(HERE / name)


if __name__ == "__main__":
    main()
