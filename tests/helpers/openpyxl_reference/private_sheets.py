"""openpyxl's write-only sheets streamed into the register's private folder, not /tmp.

openpyxl writes each write-only sheet to a file from `tempfile` (the system temporary folder)
and removes it at the end; a process killed meanwhile leaves marked records there. Inside
`sheets_beside(register)` this thread's sheets go to `store.private_temp` instead, where the
next open of the register sweeps anything left.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path

from openpyxl.worksheet import _writer

from engagetrack.store import private_temp

_ORIGINAL = _writer.create_temporary_file
_here = threading.local()  # the window exports on a worker thread: one folder per thread


def _create_temporary_file(suffix: str = "") -> str:
    places: tuple[Path, ...] = getattr(_here, "places", ())
    if not places:
        return _ORIGINAL(suffix)
    for place in places[:-1]:
        try:
            name = str(private_temp.new_file(place, suffix))
            break
        except OSError:
            continue  # a register in a read-only folder: beside the workbook instead
    else:
        name = str(private_temp.new_file(places[-1], suffix))
    _writer.ALL_TEMP_FILES.append(name)  # openpyxl's own clean-up at exit still applies
    return name


_writer.create_temporary_file = _create_temporary_file  # looked up at each call by openpyxl


@contextlib.contextmanager
def sheets_beside(register: Path | None, workbook: Path) -> Iterator[None]:
    """This thread's sheets beside `register`, else beside `workbook` (the chosen file)."""
    previous = getattr(_here, "places", ())
    _here.places = (register, workbook) if register is not None else (workbook,)
    try:
        yield
    finally:
        _here.places = previous


def tidy(register: Path | None, workbook: Path) -> None:
    """Remove the private folders an export used, once their files are gone."""
    for place in (register, workbook):
        if place is not None:
            private_temp.remove_if_empty(place)
