"""Background database work, Anki-style: small operations on a worker thread pool, results
handed back to the GUI thread by signal.

Pass ids, not ORM objects, between threads; each operation opens its own session.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Operation(QRunnable):
    """Runs `work(report)` off the GUI thread; `report(done, total)` emits progress."""

    def __init__(self, work: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self._work = work
        self.signals = _Signals()
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit)
        except BaseException as exc:  # handed to the GUI thread, which shows it in plain words
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


_POOL: QThreadPool | None = None


def pool() -> QThreadPool:
    """The app's own small pool; SQLite serialises the writers, WAL lets readers go on."""
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(2)
    return _POOL


_RUNNING: set[Operation] = set()


def run_in_background(
    work: Callable[[Callable[[int, int], None]], Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> Operation:
    """Start `work` on the pool; callbacks run on the GUI thread."""
    op = Operation(work)
    _RUNNING.add(op)

    def finished(result: Any) -> None:
        _RUNNING.discard(op)
        if on_done is not None:
            on_done(result)

    def failed(exc: BaseException) -> None:
        _RUNNING.discard(op)
        if on_error is not None:
            on_error(exc)

    op.signals.finished.connect(finished)
    op.signals.failed.connect(failed)
    if on_progress is not None:
        op.signals.progress.connect(on_progress)
    pool().start(op)
    return op


def wait_for_all(msecs: int = 30_000) -> bool:
    """Wait for running operations (used when closing the window and in tests)."""
    return bool(pool().waitForDone(msecs))
