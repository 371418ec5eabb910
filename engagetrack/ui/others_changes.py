"""Other people's changes, shown without a restart: on a team server (and on a file opened
read-only, which someone else may be writing) the window looks at the audit trail's newest
entry every few seconds, and when others have written, every tab refreshes and the status bar
says who.

A poll rather than PostgreSQL's LISTEN/NOTIFY: it is one indexed query, it works the same on
both engines, and it needs no connection held open for the window's lifetime.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QStatusBar

from engagetrack.store.database import Database
from engagetrack.store.errors import StoreError
from engagetrack.ui.bus import DataBus
from engagetrack.ui.i18n import arg

POLL_MS = 5_000
SHOWN_MS = 10_000  # how long the status bar names who changed what


def worth_watching(db: Database) -> bool:
    """Only where someone else can write while this window is open."""
    return db.path is None or db.read_only


class OthersChanges(QObject):
    """Refreshes the window when the audit trail grows by others' hands."""

    def __init__(self, db: Database, bus: DataBus, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.db, self.bus, self.bar = db, bus, bar
        self.seen = self._newest()
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.look)
        self.timer.start()

    def _newest(self) -> int:
        from engagetrack.services import audit  # after the first paint: SQLAlchemy is loaded

        try:
            with self.db.read() as session:
                return audit.newest_id(session)
        except StoreError:
            return 0

    def look(self) -> list[str]:
        """Check now; the names of those who wrote since the last look (empty: nothing)."""
        from engagetrack.services import audit

        try:
            with self.db.read() as session:
                newest = audit.newest_id(session)
                if newest <= self.seen:
                    return []
                writers = audit.writers_since(session, self.seen, except_user=self.db.user)
        except StoreError:
            return []  # the server is away for a moment: look again next time
        self.seen = newest
        if writers:
            self.bus.changed.emit("all")
            self.bar.showMessage(
                arg(self.tr("Updated with changes by %1"), ", ".join(writers)), SHOWN_MS
            )
        return writers
