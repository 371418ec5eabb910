"""One SQLite write transaction run by a second process, fed statements by this one.

A big import spends a third of its time inside SQLite (inserting rows, keeping indexes,
writing pages), work that needs none of the import's checks: on a machine with two cores it
can run beside them. A thread cannot: sqlite3 hands the interpreter back and forth for every
row, and the two threads took longer than writing in turn. So `WriterProcess` starts a fresh
interpreter (`python -m engagetrack.store.writer_process`, as reading_process.py does: no
`multiprocessing`, whose children re-run the parent's script, no fork in a process with Qt
threads) that opens the register with our pragmas, takes SQLite's write lock
(BEGIN IMMEDIATE) and runs, in order, every statement it is sent.

Statements travel pickled through the child's standard input; a thread in each process
moves the bytes so that neither waits for the other while the pipe drains. Errors are
answered at the next `sync` or `commit`: from the first one the child rolls back and runs
nothing more. The transaction ends only on `commit`; a `rollback`, a closed pipe (this
process ended or died) or any error leaves the register as it was: nothing half-written.

An import's "create" audit entries repeat their record's values, so rather than send each
one's text the parent may ask the child to keep a chunk's rows (`executemany(keep=...)`)
and to fill the entries' texts in from them (`template`, `audit`): the importer's process,
the busier of the two, is spared a tenth of its work, and the pipe the texts.

After its commit the child checkpoints the WAL into the database file once it is told the
parent's own read transaction is over (`release`), so the next edit in the window does not
pay for the import's pages; the parent does not wait for that.
"""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import queue
import sqlite3
import struct
import subprocess
import sys
import threading
from collections.abc import Callable
from datetime import date, datetime
from json.encoder import encode_basestring
from pathlib import Path
from typing import IO, Any

import engagetrack

_HEADER = struct.Struct("<Q")
QUEUED = 6  # messages on their way at most, each way: bounds the memory a fast side holds
PIPE_BYTES = 1 << 20
_STOP = b""  # the feeder's signal to close the pipe


class WriterProcessError(sqlite3.OperationalError):
    """The second process ended without answering (file_errors.py says it to the user)."""


def _send(stream: IO[bytes], payload: bytes) -> None:
    stream.write(_HEADER.pack(len(payload)))
    stream.write(payload)


def _receive(stream: IO[bytes]) -> bytes | None:
    """One message's bytes, or None at the end of the stream (or a torn message)."""
    head = stream.read(_HEADER.size)
    if len(head) < _HEADER.size:
        return None
    (size,) = _HEADER.unpack(head)
    payload = stream.read(size)
    return payload if len(payload) == size else None


def _error(reply: tuple[Any, ...]) -> sqlite3.Error:
    """The child's error as the same sqlite3 class, so file problems are explained alike."""
    _, name, text = reply
    cls = getattr(sqlite3, name, None)
    if not (isinstance(cls, type) and issubclass(cls, sqlite3.Error)):
        cls = sqlite3.OperationalError
    return cls(text)


class WriterProcess:
    """This process's end: statements sent in order, answers awaited only where needed."""

    def __init__(self, path: Path) -> None:
        package_root = str(Path(engagetrack.__file__).resolve().parents[1])
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (package_root, env.get("PYTHONPATH", "")) if p
        )
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # Windows: no console flashes up
        self.child = subprocess.Popen(
            [sys.executable, "-m", __name__],
            bufsize=0,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            creationflags=flags,
        )
        assert self.child.stdin is not None and self.child.stdout is not None
        self._replies = self.child.stdout
        self._outbox: queue.Queue[bytes] = queue.Queue(maxsize=QUEUED)
        self._broken = False
        self._ended = False
        self._feeder = threading.Thread(
            target=self._feed, args=(self.child.stdin,), name="engagetrack-writer", daemon=True
        )
        self._feeder.start()
        self._post(("begin", str(path)))

    def _feed(self, stream: IO[bytes]) -> None:
        """Move the messages into the pipe (the interpreter is free while the pipe is full)."""
        with contextlib.suppress(OSError):
            _widen(stream.fileno())
        while True:
            payload = self._outbox.get()
            if payload is _STOP:
                break
            if self._broken:
                continue  # the child is gone: its answer (or its absence) says why
            try:
                _send(stream, payload)
            except OSError:
                self._broken = True
        with contextlib.suppress(OSError):
            stream.close()

    def _post(self, message: tuple[Any, ...]) -> None:
        self._outbox.put(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))

    def execute(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> None:
        self._post(("exec", sql, params))

    def executemany(
        self, sql: str, rows: list[Any], *, keep: tuple[int, int] | None = None
    ) -> None:
        """Run `sql` for each row; `keep` = (store, column): the child also keeps the rows,
        by that column's value, for the next `audit` to fill texts in from."""
        if keep is not None:
            self._post(("kept", sql, rows, *keep))
        elif rows:
            self._post(("many", sql, rows))

    def template(
        self, number: int, store: int, text: str, columns: list[int], places: list[int]
    ) -> None:
        """Name a text to fill in: `text` has a %s for each of the kept row's `columns`'
        values, as JSON, with the entry's own texts inserted at `places` among them."""
        self._post(("template", number, store, text, columns, places))

    def audit(self, sql: str, head: list[Any], tail: list[Any], entries: list[Any]) -> None:
        """Insert audit rows: `head`, an entry's own values, then `tail`. An entry is either
        (entity, id, action, text), or (entity, id, action, template, texts) whose text is
        the template's filled in from the row kept under its id. The kept rows are then
        dropped."""
        self._post(("audit", sql, head, tail, entries))

    def _answer(self) -> None:
        payload = _receive(self._replies)
        if payload is None:
            raise WriterProcessError(
                "the import's writing process ended unexpectedly; nothing was saved"
            )
        reply = pickle.loads(payload)
        if reply[0] == "error":
            raise _error(reply)

    def sync(self) -> None:
        """Wait until everything sent has run; the first error the child met, raised here."""
        self._post(("sync",))
        self._answer()

    def commit(self) -> None:
        """Commit the transaction; raises (and the child has rolled back) if it could not."""
        self._post(("commit",))
        self._answer()

    def release(self) -> None:
        """After a commit: this process reads no more, so the child may checkpoint and end
        (in its own time; nothing here waits for it)."""
        self._post(("checkpoint",))
        self._stop(wait=False)

    def close(self) -> None:
        """End without committing (a rollback when the transaction is still open); nothing
        once ended."""
        if not self._ended:
            self._post(("rollback",))
            self._stop(wait=True)

    def _stop(self, *, wait: bool) -> None:
        self._ended = True
        self._outbox.put(_STOP)
        self._feeder.join(timeout=60)
        with contextlib.suppress(OSError):
            self._replies.close()
        if wait:
            try:
                self.child.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.child.kill()
                self.child.wait(timeout=30)
        else:
            # reaped by a thread, so no process is left a zombie while the program runs on
            threading.Thread(target=self.child.wait, name="engagetrack-writer-end").start()


def _widen(fd: int) -> None:
    """A 1 MB pipe where the system allows it (Linux): fewer turns for both threads."""
    try:
        import fcntl
    except ImportError:  # Windows: the pipe keeps the size the system gives it
        return
    set_size = getattr(fcntl, "F_SETPIPE_SZ", None)
    if set_size is not None:
        with contextlib.suppress(OSError):
            fcntl.fcntl(fd, set_size, PIPE_BYTES)


# ------------------------------------------------------------------ the child


def serve(inbox: IO[bytes], outbox: IO[bytes]) -> None:
    """Run the statements of `inbox` in one transaction; answer on `outbox`."""
    from engagetrack.store.sqlite_connections import connect

    messages: queue.Queue[bytes | None] = queue.Queue(maxsize=QUEUED)

    def pump() -> None:
        # the next message is read while the last one runs (SQLite frees the interpreter)
        while True:
            payload = _receive(inbox)
            messages.put(payload)
            if payload is None:
                return

    threading.Thread(target=pump, name="engagetrack-writer-inbox", daemon=True).start()

    def answer(reply: tuple[Any, ...]) -> None:
        with contextlib.suppress(OSError):
            _send(outbox, pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL))
            outbox.flush()

    conn: sqlite3.Connection | None = None
    kept: dict[int, dict[Any, Any]] = {}  # store -> id -> row
    templates: dict[int, tuple[Any, ...]] = {}
    failed: tuple[Any, ...] | None = None
    committed = False
    while True:
        payload = messages.get()
        if payload is None:
            break  # the parent ended: whatever is open rolls back
        message = pickle.loads(payload)  # only our parent writes here
        kind = message[0]
        if kind in ("sync", "commit"):
            if failed is None and kind == "commit" and conn is not None:
                try:
                    conn.execute("COMMIT")
                    committed = True
                except sqlite3.Error as exc:
                    failed = ("error", type(exc).__name__, str(exc))
            answer(failed or ("ok",))
            continue
        if kind == "rollback":
            break
        if kind == "checkpoint":
            if committed and conn is not None:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
            break
        if failed is not None:
            continue
        try:
            if kind == "begin":
                conn = connect(Path(message[1]), read_only=False)
                # the checkpoint waits for `release`: the parent's reader would stop it
                conn.execute("PRAGMA wal_autocheckpoint=0")
                conn.execute("BEGIN IMMEDIATE")
            elif conn is None:
                raise WriterProcessError("no transaction was begun")
            elif kind == "exec":
                conn.execute(message[1], message[2])
            elif kind == "many":
                conn.executemany(message[1], message[2])
            elif kind == "kept":
                _, sql, rows, store, column = message
                conn.executemany(sql, rows)
                kept.setdefault(store, {}).update({row[column]: row for row in rows})
            elif kind == "template":
                templates[message[1]] = message[2:]
            elif kind == "audit":
                _, sql, head, tail, entries = message
                conn.executemany(sql, _audit_rows(head, tail, entries, templates, kept))
                kept.clear()
        except Exception as exc:  # whatever it is, the parent hears of it at its next sync
            name = type(exc).__name__ if isinstance(exc, sqlite3.Error) else "OperationalError"
            failed = ("error", name, str(exc))
            if conn is not None and conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
    if conn is not None:
        if conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        conn.close()


# a stored value's JSON text, as the audit trail writes it (services/audit_text.py): the
# driver's text, whole numbers and NULL, and the dates it is handed to adapt itself, each
# by a C-level call; any other kind (the parent sends none) as the audit's encoder writes it
_ENCODE = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
_VALUE_TEXTS: dict[type, Callable[[Any], str]] = {
    str: encode_basestring,
    int: int.__repr__,
    type(None): lambda _: "null",
    date: lambda value: encode_basestring(value.isoformat()),
    datetime: lambda value: encode_basestring(value.isoformat()),
}


def _audit_rows(
    head: list[Any],
    tail: list[Any],
    entries: list[Any],
    templates: dict[int, tuple[Any, ...]],
    kept: dict[int, dict[Any, Any]],
) -> list[list[Any]]:
    rows = []
    for entry in entries:
        if len(entry) == 5:
            entity, entity_id, action, number, own = entry
            store, text, columns, places = templates[number]
            row = kept[store][entity_id]
            texts = [_VALUE_TEXTS.get(type(v), _ENCODE)(v) for v in map(row.__getitem__, columns)]
            for place, extra in zip(places, own, strict=True):
                texts.insert(place, extra)
            entry = (entity, entity_id, action, text % tuple(texts))
        rows.append([*head, *entry, *tail])
    return rows


if __name__ == "__main__":
    _widen(sys.stdin.fileno())
    with (
        open(sys.stdin.fileno(), "rb", buffering=PIPE_BYTES, closefd=False) as stdin,
        open(sys.stdout.fileno(), "wb", closefd=False) as stdout,
    ):
        serve(stdin, stdout)
