"""Reading a big workbook in a second process, so parsing overlaps the import's checks and writes.

Not used by the importer since the cells are read by python-calamine: the parse is now a
tenth of an import, and pickling the rows across cost more than the overlap saved (at scale
1,000, 6.8 s and 214 MB with the child against 5.2 s and 135 MB without). Kept, tested, for
the bundle's launcher, which still runs it as a child module (packaging/launcher.py).

openpyxl's parser is half of a large import; on a two-core machine it can run beside the
importer instead of before each of its rows. `stream_sheets_parallel` keeps the contract of
`reading.stream_sheets` (the same sheets, rows, problems and WorkbookFileError messages): a
child process runs `stream_sheets` itself and sends each sheet's header, then its rows in
batches, through a one-way pipe. The pipe's buffer bounds memory: the child waits while the
importer is busy. Small files are read in this process, where a second interpreter would cost
more than it saves.

The child is a fresh interpreter (`python -m engagetrack.interchange.reading_process FILE`)
writing pickled messages to its standard output: not `multiprocessing`, whose children
re-run the parent's main script, and not a fork, which is unsafe in a process running Qt
threads (and absent on Windows). When the importer stops early, or dies, the child is
stopped or finds its pipe closed and ends.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import queue
import subprocess
import sys
import threading
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import IO, Any

import engagetrack

try:
    import fcntl
except ImportError:  # Windows: pipes keep the size the system gives them
    fcntl = None  # type: ignore[assignment]
from engagetrack.domain import messages
from engagetrack.interchange import spec
from engagetrack.interchange.reading import RawSheet, WorkbookFileError, sheet_bytes, stream_sheets

# bytes of unpacked sheet XML from which a second process pays for itself (its start-up,
# about half a second, against reading a workbook of some 5,000 rows)
PARALLEL_FROM = 8 * 1024 * 1024
BATCH = 500  # rows per message: few enough messages, small enough to keep the child busy
QUEUED = 40  # batches read ahead at most: bounds the memory when the importer is slower
# A pipe holds 64 KB by default; each refill costs the pump thread a turn at the interpreter,
# which the busy importer hands over only every few milliseconds, so the child would spend a
# third of its time waiting. Where the system allows it (Linux) the pipe is made this big.
PIPE_BYTES = 1 << 20
VANISHED = "vanished"  # the pipe ended without the child's last word

Row = tuple[int, dict[str, Any]]
SheetStream = Generator[tuple[RawSheet, Iterator[Row]], None, None]


def stream_sheets_parallel(path: Path, *, threshold: int | None = None) -> SheetStream:
    """As `reading.stream_sheets`, parsed in a second process when the file is big
    (`threshold` bytes of sheet XML; PARALLEL_FROM unless given)."""
    path = Path(path)
    if sheet_bytes(path) < (PARALLEL_FROM if threshold is None else threshold):
        yield from stream_sheets(path)
        return
    try:
        child = _start_child(path)
    except OSError:  # no second interpreter to be had: read here, as for a small file
        yield from stream_sheets(path)
        return
    assert child.stdout is not None
    inbox = _Inbox(child.stdout, path)
    if inbox.peek()[0] == VANISHED:
        # the child ended before a word (it could not start, or not import the reader):
        # nothing has been read yet, so this process reads the file itself
        inbox.close()
        child.wait(timeout=30)
        child.stdout.close()
        yield from stream_sheets(path)
        return
    try:
        while True:
            message = inbox.next()
            if message[0] == "done":
                return
            _, name, title, present, problems = message
            raw = RawSheet(
                spec.SHEETS_BY_NAME[name], title, present=dict(present), problems=list(problems)
            )
            rows = inbox.rows(raw)
            yield raw, rows
            for _ in rows:  # rows the caller did not take: the next sheet comes after them
                pass
    finally:
        inbox.close()
        if child.poll() is None:
            child.kill()
        child.wait(timeout=30)
        inbox.pump.join(timeout=30)
        child.stdout.close()


def _start_child(path: Path) -> subprocess.Popen[bytes]:
    # the child finds this very package first, installed or not
    package_root = str(Path(engagetrack.__file__).resolve().parents[1])
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH", "")) if p)
    env["ENGAGETRACK_LANG"] = messages.language()  # its row problems in the user's language
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # Windows: no console flashes up
    return subprocess.Popen(
        [sys.executable, "-m", __name__, str(path)],
        bufsize=PIPE_BYTES,  # the pump takes what is there in one read, not 8 KB at a time
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        creationflags=flags,
    )


class _Inbox:
    """The parent's end of the pipe: messages in order, a vanished child as a file error.

    A thread empties the pipe into a queue as fast as the child fills it: a pipe holds only
    64 KB, so without it the child would wait for each batch to be imported before parsing
    the next, and the two processes would take turns instead of working side by side.
    """

    def __init__(self, stream: IO[bytes], path: Path) -> None:
        self.stream = stream
        self.path = path
        self.queue: queue.Queue[tuple[Any, ...]] = queue.Queue(maxsize=QUEUED)
        self.stopped = threading.Event()
        self._peeked: tuple[Any, ...] | None = None
        self.pump = threading.Thread(target=self._pump, name="engagetrack-reader", daemon=True)
        self.pump.start()

    def _pump(self) -> None:
        while not self.stopped.is_set():
            try:
                # only our own child writes here, so unpickling is as safe as the child is
                message: tuple[Any, ...] = pickle.load(self.stream)
            except Exception:  # EOF, a closed pipe, a torn message: the same
                message = (VANISHED,)
            while not self.stopped.is_set():
                try:
                    self.queue.put(message, timeout=0.2)
                    break
                except queue.Full:
                    continue
            if message[0] in ("done", "error", VANISHED):
                return

    def close(self) -> None:
        self.stopped.set()

    def peek(self) -> tuple[Any, ...]:
        """The next message, left for `next` to take."""
        if self._peeked is None:
            self._peeked = self.queue.get()
        return self._peeked

    def next(self) -> tuple[Any, ...]:
        message, self._peeked = self.peek(), None
        if message[0] == VANISHED:
            raise WorkbookFileError(_vanished(self.path))
        if message[0] == "error":
            raise WorkbookFileError(message[1])
        return message

    def rows(self, raw: RawSheet) -> Iterator[Row]:
        headers = list(raw.present)
        while True:
            message = self.next()
            if message[0] == "end":
                return
            _, batch, problems = message
            raw.problems.extend(problems)
            for number, values in batch:
                yield number, dict(zip(headers, values, strict=True))


def _vanished(path: Path) -> str:
    return messages.t(
        "{name} could not be read: the reading process stopped unexpectedly.", name=path.name
    )


def produce(path: str, out: IO[bytes]) -> None:
    """The child: read the workbook as `stream_sheets` does and send what it finds."""

    def send(message: tuple[Any, ...]) -> None:
        pickle.dump(message, out, protocol=pickle.HIGHEST_PROTOCOL)

    try:
        with contextlib.closing(stream_sheets(Path(path))) as sheets:
            for raw, rows in sheets:
                send(("sheet", raw.spec.name, raw.title, raw.present, raw.problems))
                sent = len(raw.problems)
                batch: list[tuple[int, tuple[Any, ...]]] = []
                for number, cells in rows:
                    batch.append((number, tuple(cells.values())))
                    if len(batch) >= BATCH:
                        send(("rows", batch, raw.problems[sent:]))
                        sent = len(raw.problems)
                        batch = []
                send(("rows", batch, raw.problems[sent:]))
                send(("end",))
        send(("done",))
        out.flush()
    except (BrokenPipeError, ConnectionResetError):
        pass  # the importer stopped listening: nothing left to do
    except WorkbookFileError as exc:
        _send_quietly(out, ("error", str(exc)))
    except Exception as exc:  # whatever it is, the importer must hear of it
        name = Path(path).name
        text = messages.t(
            "{name} cannot be read ({problem}).", name=name, problem=f"{type(exc).__name__}: {exc}"
        )
        _send_quietly(out, ("error", text))


def _send_quietly(out: IO[bytes], message: tuple[Any, ...]) -> None:
    with contextlib.suppress(OSError):
        pickle.dump(message, out, protocol=pickle.HIGHEST_PROTOCOL)
        out.flush()


def _widen(fd: int) -> None:
    set_size = getattr(fcntl, "F_SETPIPE_SZ", None) if fcntl is not None else None
    if set_size is None:
        return
    with contextlib.suppress(OSError):  # above the system's limit: keep what it allows
        fcntl.fcntl(fd, set_size, PIPE_BYTES)


if __name__ == "__main__":
    messages.set_language(os.environ.get("ENGAGETRACK_LANG", "en"))
    _widen(sys.stdout.fileno())
    with open(sys.stdout.fileno(), "wb", buffering=PIPE_BYTES, closefd=False) as stdout:
        produce(sys.argv[1], stdout)
