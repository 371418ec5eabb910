"""The start-up fast path of the window, in one place (docs/architecture.md, "Start-up").

A user waits for the first frame, so nothing that frame does not need runs before it:

1. `store.database` checks a register at the current schema with stdlib sqlite3; the
   SQLAlchemy engine is made on the first session, after the first paint.
2. `prefetch_figures` counts the Dashboard's headline figures (`services.headline`, one plain
   SQL statement) on a thread while the window's code loads and builds; the Dashboard takes
   them with `take_prefetched`.
3. `FirstPaint` holds back work that would share the CPU with the first frame (keyboard
   shortcuts, which make PySide6 build all of Qt's enums; the marking query; the daily
   backup; remembered splitters) until the tab bar has painted.
4. `exit_without_teardown` ends the process once the register is closed (see its docstring).
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer

from engagetrack.services.headline import Headline, headline
from engagetrack.store.database import Database

FIRST_PAINT_FALLBACK_MS = 300  # in case the tab bar never paints (a window covered at once)


class _Prefetch:
    """The headline figures, counted on a thread while the window is still being built:
    sqlite3 lets go of the interpreter while it counts, so the two overlap."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.today = date.today()
        self.result: Headline | None = None
        self.thread = threading.Thread(target=self._run, name="engagetrack-figures", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            with self.db.raw_read() as conn:
                self.result = headline(conn, self.today)
        except Exception:  # the Dashboard asks again itself, and shows the problem
            self.result = None

    def take(self, db: Database, today: date) -> Headline | None:
        if db is not self.db or today != self.today:
            return None
        self.thread.join()
        return self.result


_prefetched: _Prefetch | None = None


def prefetch_figures(db: Database) -> None:
    """Start counting the headline figures for a Dashboard about to be built on `db`."""
    global _prefetched
    _prefetched = _Prefetch(db)


def take_prefetched(db: Database, today: date) -> Headline | None:
    """The figures counted for `db` today, once; None when none were (then count them)."""
    global _prefetched
    pending, _prefetched = _prefetched, None
    return pending.take(db, today) if pending is not None else None


class FirstPaint(QObject):
    """Runs queued work once `widget` has painted its first frame (at once after that)."""

    def __init__(self, widget: QObject, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._widget = widget
        self._waiting: list[Callable[[], None]] | None = []
        widget.installEventFilter(self)

    @property
    def done(self) -> bool:
        return self._waiting is None

    def after(self, work: Callable[[], None]) -> None:
        if self._waiting is None:
            work()
        else:
            self._waiting.append(work)

    def arm_fallback(self) -> None:
        """Called when the window shows: go ahead anyway if no paint comes."""
        if self._waiting is not None:
            QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, self._release)

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and self._waiting is not None
            and watched is self._widget
        ):
            QTimer.singleShot(0, self._release)  # after the whole frame
        return super().eventFilter(watched, event)

    def _release(self) -> None:
        if self._waiting is None:
            return
        waiting, self._waiting = self._waiting, None
        self._widget.removeEventFilter(self)
        for work in waiting:
            work()


def exit_without_teardown(code: int) -> None:
    """End the process now, the register closed and every write committed.

    PySide6 6.12 can crash while Python tears Qt objects down at exit (seen after browsing a
    10,000-organization register), which would turn a clean quit into an error report.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
