"""A team-server import's COPY statements run on a second thread, in order, while the import
goes on reading and checking the next rows.

On PostgreSQL the server does the work of a COPY (constraints, indexes, the word index) in
its own process, and the client only waits: about half of a server import was that wait.
One worker thread runs the COPY jobs in the order they were handed in, on the session's own
psycopg connection; whatever else the import sends through the session (an update, the next
block of ids, a sheet's look-ups, the commit) first waits for the pipe to empty (a
`before_cursor_execute` hook on the session's connection), so every statement still reaches
the server in the import's order, inside its one transaction. psycopg serialises the use of
a connection itself; the hook only keeps the order.

A job that fails stops the pipe: the jobs after it are dropped and the error is raised in
the import's thread at its next statement (or `drain`), which rolls the transaction back.
SQLite gains nothing from a thread (its driver takes and gives back Python's lock for every
row, and a writer thread made a measured test slower), so it never uses one.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection

Job = Callable[[], None]
_STOP = object()


class CopyPipe:
    """Runs jobs one at a time, in order, on a worker thread; `drain` waits for them."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._jobs: queue.Queue[Any] = queue.Queue(maxsize=4)  # bounded: memory stays flat
        self._error: BaseException | None = None
        self._cancelled = False
        self._idle = threading.Condition()
        self._pending = 0
        self._thread = threading.Thread(target=self._run, name="engagetrack-copy", daemon=True)
        self._thread.start()
        event.listen(connection, "before_cursor_execute", self._before_statement)

    def submit(self, job: Job) -> None:
        self._raise_failure()
        with self._idle:
            self._pending += 1
        self._jobs.put(job)

    def drain(self) -> None:
        """Wait until every job handed in has run; raise the first job's error, if any."""
        with self._idle:
            while self._pending:
                self._idle.wait()
        self._raise_failure()

    def close(self, *, cancel: bool = False) -> None:
        """Stop the worker after the jobs it has; with `cancel` (or after a failure) those
        not yet started are dropped."""
        self._cancelled = self._cancelled or cancel
        if self._thread.is_alive():
            self._jobs.put(_STOP)
            self._thread.join()
        if event.contains(self._connection, "before_cursor_execute", self._before_statement):
            event.remove(self._connection, "before_cursor_execute", self._before_statement)

    def _before_statement(self, *_args: Any) -> None:
        if threading.current_thread() is not self._thread:
            self.drain()

    def _raise_failure(self) -> None:
        if self._error is not None:
            raise self._error

    def _run(self) -> None:
        while True:
            job = self._jobs.get()
            if job is _STOP:
                return
            try:
                if self._error is None and not self._cancelled:
                    job()
            except BaseException as exc:  # handed to the import's thread
                self._error = exc
            finally:
                with self._idle:
                    self._pending -= 1
                    self._idle.notify_all()
