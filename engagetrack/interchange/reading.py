"""Reading a workbook file safely: refuse what is not an .xlsx, then take the v1 sheets' cells.

A hostile or damaged file never gets further than a one-line WorkbookFileError: not a zip,
a truncated zip, an encrypted or old-format (OLE) file, a zip that would unpack to more than
we are willing to read, XML that the parser refuses. Only the v1 columns are kept, and
formulas are never evaluated: the value Excel saved with the formula is read, and a formula
with no saved value is a row problem.

Cells are read by python-calamine (calamine_rows.py), about twelve times faster than
openpyxl. openpyxl's read-only mode still reads the files calamine cannot read as we need:
a sheet holding a formula (calamine cannot tell a formula with no saved value from an empty
cell) or an error value (calamine gives "" where openpyxl gives "#DIV/0!"), and a sheet whose
cells lie so far apart that calamine's grid would not fit in memory.
"""

from __future__ import annotations

import contextlib
import html
import posixpath
import re
import threading
import zipfile
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property
from itertools import compress, islice, repeat
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple

from openpyxl import load_workbook

from engagetrack.domain.messages import t
from engagetrack.interchange import calamine_rows, spec, spec_fr

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx and old .xls files
MAX_UNPACKED = 2 * 1024**3  # bytes: far above any real register, far below a zip bomb
HEADER_SCAN = 512  # columns looked at for headers
_FORMULA = re.compile(rb"<(?:\w+:)?f[ >/]")
_ERROR_VALUE = re.compile(rb'\bt="e"')
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)")
_ANGLE_HINT = re.compile(rb"<[f!]")  # where a formula or a DTD may start
PROLOG = 64 * 1024  # bytes of a part looked at for a DTD (it can only come before the root)


SheetStream = Generator[tuple["RawSheet", Iterator[tuple[int, dict[str, Any]]]], None, None]


class WorkbookFileError(Exception):
    """The file cannot be read as a workbook at all; the message is for the user."""


@dataclass
class RawSheet:
    """One v1 sheet as found: which columns it has and the raw values of its rows."""

    spec: spec.SheetSpec
    title: str
    present: dict[str, int] = field(default_factory=dict)  # header -> 0-based column
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def problem(self, row: int, message: str) -> None:
        # the sheet as the workbook names it, in whichever language
        self.problems.append(f"{self.title}!{row}: {message}")

    @cached_property
    def language(self) -> str:
        """The sheet's language, by its name: its headers are named in messages in it."""
        return "en" if self.title.strip().casefold() == self.spec.name.casefold() else "fr"

    @cached_property
    def _labels(self) -> dict[str, str]:
        # once per sheet: the importer names a column for every cell it reads
        return {h: spec_fr.header(h, self.language) for h in self.spec.headers}

    def label(self, header: str) -> str:
        return self._labels.get(header, header)


def _check_file(path: Path) -> None:
    name = path.name
    if not path.exists():
        raise WorkbookFileError(t("{path}: there is no such file.", path=path))
    if not path.is_file():
        raise WorkbookFileError(t("{path} is a folder, not a workbook file.", path=path))
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(OLE_MAGIC))
    except OSError as exc:
        raise WorkbookFileError(
            t("{name} cannot be read: {reason}.", name=name, reason=exc.strerror or exc)
        ) from None
    if head == OLE_MAGIC:
        raise WorkbookFileError(
            t(
                "{name} is password-protected or an old-style .xls file; in Excel, remove the"
                " password and save it as an Excel Workbook (.xlsx), then import that.",
                name=name,
            )
        )
    if not zipfile.is_zipfile(path):
        raise WorkbookFileError(
            t("{name} is not an Excel workbook (.xlsx), or it is damaged.", name=name)
        )


@dataclass(frozen=True)
class _Scan:
    """What the parts' XML holds that decides how the sheets are read."""

    formulas: bool = False  # some sheet holds a formula
    # openpyxl must read it: a formula, an error value (#DIV/0!, #N/A ...: calamine gives ""),
    # a cell beyond what calamine's grid may hold, or a DTD (openpyxl's defusedxml refuses
    # entity declarations; calamine would read the part as empty)
    openpyxl_only: bool = False

    def __or__(self, other: _Scan) -> _Scan:
        return _Scan(self.formulas or other.formulas, self.openpyxl_only or other.openpyxl_only)


def _check_zip(path: Path, cleared: Callable[[str], None] | None = None) -> _Scan:
    """Refuse zip bombs and non-workbooks; what the parts hold that calamine cannot read.

    `cleared` is told the title of each sheet found fit for calamine (while no part so far
    asks for openpyxl), after every other part has been checked: that sheet may be parsed
    while the others are scanned."""
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if "xl/workbook.xml" not in {i.filename for i in infos}:
                raise WorkbookFileError(
                    t(
                        "{name} is not an Excel workbook (.xlsx); save it from your spreadsheet"
                        " program as an Excel Workbook and import that.",
                        name=name,
                    )
                )
            if sum(i.file_size for i in infos) > MAX_UNPACKED:
                raise WorkbookFileError(
                    t("{name} is too large to import (over 2 GB unpacked).", name=name)
                )
            found = _Scan()
            read = _v1_parts(archive)
            sheets: list[zipfile.ZipInfo] = []
            for info in infos:
                if (
                    info.filename.startswith("xl/worksheets/")
                    and info.filename.endswith(".xml")
                    and (read is None or info.filename in read)
                ):
                    sheets.append(info)
                elif info.filename.endswith((".xml", ".rels")):
                    with archive.open(info) as stream:
                        prolog = stream.read(PROLOG)
                    found = found | _Scan(openpyxl_only=_DTD.search(prolog) is not None)
            for info in sheets:
                found = found | _scan_sheet(archive, info)
                if cleared is not None and read is not None and not found.openpyxl_only:
                    cleared(read[info.filename])
            return found
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as exc:
        raise WorkbookFileError(
            t("{name} is damaged and cannot be read ({problem}).", name=name, problem=exc)
        ) from None


_SHEET = re.compile(rb"<(?:\w+:)?sheet\s[^>]*>")
_RELATIONSHIP = re.compile(rb"<(?:\w+:)?Relationship\s[^>]*>")
_NAME = re.compile(rb'\sname="([^"]*)"')
_REL_ID = re.compile(rb'\s\w+:id="([^"]*)"')
_ID = re.compile(rb'\sId="([^"]*)"')
_TARGET = re.compile(rb'\sTarget="([^"]*)"')
_SMALL_PART = 1024 * 1024  # bytes: a workbook's list of sheets is a few kilobytes


def _v1_parts(archive: zipfile.ZipFile) -> dict[str, str] | None:
    """The worksheet parts of the sheets an import reads (titled as a v1 sheet, in either
    language), each with its title; or None when the file does not say plainly which they are: then every
    sheet is scanned. A sheet nobody reads (the Summary, Overdue) decides nothing."""
    try:
        if any(archive.getinfo(n).file_size > _SMALL_PART for n in (_BOOK, _BOOK_RELS)):
            return None
        book, rels = archive.read(_BOOK), archive.read(_BOOK_RELS)
    except KeyError:
        return None
    targets: dict[bytes, str] = {}
    for tag in _RELATIONSHIP.findall(rels):
        rel_id, target = _ID.search(tag), _TARGET.search(tag)
        if rel_id is None or target is None:
            return None
        where = html.unescape(target.group(1).decode("utf-8", "replace"))
        targets[rel_id.group(1)] = posixpath.normpath(
            where.lstrip("/") if where.startswith("/") else posixpath.join("xl", where)
        )
    parts: dict[str, str] = {}
    for tag in _SHEET.findall(book):
        name, rel_id = _NAME.search(tag), _REL_ID.search(tag)
        if name is None or rel_id is None:
            return None
        title = html.unescape(name.group(1).decode("utf-8", "replace"))
        if spec_fr.sheet_for_title(title) not in _V1_NAMES:
            continue
        if targets.get(rel_id.group(1)) not in archive.NameToInfo:
            return None
        parts[targets[rel_id.group(1)]] = title
    return parts


_V1_NAMES = frozenset(s.name for s in spec.DATA_SHEETS)
_BOOK = "xl/workbook.xml"
_BOOK_RELS = "xl/_rels/workbook.xml.rels"


def _scan_sheet(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> _Scan:
    formulas = other = False
    tail = b""
    with archive.open(info) as stream:
        while chunk := stream.read(1 << 20):
            piece = tail + chunk
            # each pattern only where its fixed part occurs: bytes' substring search is many
            # times faster than the regex engine over a megabyte (3 s at scale 10,000), and
            # no pattern can match where its fixed part is absent
            # "<f" and "<!" found in one pass (a regex with a literal start is as fast as
            # one substring search)
            angle = _ANGLE_HINT.search(piece) is not None
            formulas = formulas or (
                (angle or b":f" in piece) and _FORMULA.search(piece) is not None
            )
            other = (
                other
                or (b't="e"' in piece and _ERROR_VALUE.search(piece) is not None)
                or (angle and _DTD.search(piece) is not None)
                or calamine_rows.extent_too_big(piece)
            )
            if formulas:
                break  # openpyxl reads it, formula book and all: nothing more to learn
            tail = chunk[-16:]
    return _Scan(formulas, formulas or other)


def read_sheets(path: Path) -> list[RawSheet]:
    """The v1 sheets present in the file, in workbook order of the format, rows in memory."""
    sheets: list[RawSheet] = []
    with contextlib.closing(stream_sheets(path)) as stream:
        for raw, rows in stream:
            raw.rows.extend(rows)
            sheets.append(raw)
    return sheets


def stream_sheets(
    path: Path,
) -> Generator[tuple[RawSheet, Iterator[tuple[int, dict[str, Any]]]], None, None]:
    """Each v1 sheet present, in the format's order, with its rows streamed one at a time.

    Take each sheet's rows before asking for the next sheet, and close the generator when
    done (contextlib.closing): the file stays open while it runs. A file that cannot be read,
    found at any point, raises WorkbookFileError.
    """
    _check_file(path)
    early = _EarlyParse(path)
    try:
        scan = _check_zip(path, early.cleared)
    except BaseException:
        early.close()
        raise
    if scan.openpyxl_only:
        early.close()  # what it parsed is not used
        yield from _stream_openpyxl(path, formulas=scan.formulas)
    else:
        yield from _stream_calamine(path, early)


class _EarlyParse:
    """The sheets' parsing started while the rest of the file is still scanned: calamine
    opens the book at the first sheet found fit for it, and a thread parses the sheets
    cleared so far (calamine releases Python's lock, the scan holds it). Closed unused when
    the file turns out to be openpyxl's."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.book: Any = None
        self.ahead: ThreadPoolExecutor | None = None
        self.parsed: _Parsed | None = None
        self.failed = False  # calamine could not open the book: read as if not started
        self.sheets: list[tuple[spec.SheetSpec, str]] = []

    def open(self) -> _Parsed:
        """The book opened and its parsing thread started, once; raises what calamine
        raises for a file it cannot open."""
        if self.parsed is None:
            self.book = calamine_rows.open_book(str(self.path))
            self.ahead = ThreadPoolExecutor(
                max_workers=1, thread_name_prefix="engagetrack-calamine"
            )
            # asked of the book now: it answers nothing while a sheet is being parsed
            self.sheets = list(_v1_titles(self.book.sheet_names))
            self.parsed = _Parsed(self.ahead, self.book, [title for _, title in self.sheets])
        return self.parsed

    def cleared(self, title: str) -> None:
        if self.failed:
            return
        try:
            parsed = self.open()
        except Exception:  # a hostile file: _stream_calamine says so when it opens it
            self.failed = True
            return
        parsed.clear(title)

    def close(self) -> None:
        if self.ahead is not None:
            self.ahead.shutdown(wait=True, cancel_futures=True)
        if self.book is not None:
            self.book.close()
        self.ahead = self.book = self.parsed = None


def _stream_calamine(path: Path, early: _EarlyParse) -> SheetStream:
    """The sheets read by calamine (see the module's docstring for when)."""
    try:
        parsed = early.open()  # started during the scan, or now
    except Exception as exc:  # a hostile file can make any parser fail in any way
        raise _unreadable(path, exc) from None
    parsed.clear(None)  # the whole file is scanned: every sheet may be parsed
    sheets = early.sheets
    try:
        for number, (sheet_spec, title) in enumerate(sheets):
            raw = RawSheet(sheet_spec, title)
            offset, rows = parsed.take(number)
            yield raw, _calamine_sheet(path, raw, offset, rows)
            del rows  # calamine holds a whole sheet: let it go before reading the next
    except WorkbookFileError:
        raise
    except Exception as exc:  # damaged XML inside a valid zip, ...
        raise _damaged(path, exc) from None
    finally:
        early.close()


SMALL_SHEET = 20_000  # rows: a sheet parsed in a few milliseconds, not worth waiting on


class _Parsed:
    """The sheets parsed in order by one thread, ahead of the import: the next one as soon as
    the import takes a sheet, and after a small sheet the one after it at once (so a big
    sheet after a small one, Meetings after Contacts, is ready when the import reaches it).
    calamine holds at most the sheet being imported, one big sheet and small ones.

    While the file is still being scanned (`cleared` is a set), only the sheets the scan has
    cleared are parsed; a sheet held back waits for `clear`. calamine parses without holding
    the interpreter: the second core is free for it while the import checks rows."""

    def __init__(self, ahead: ThreadPoolExecutor, book: Any, titles: list[str]) -> None:
        self.ahead = ahead
        self.book = book
        self.titles = titles
        self.cleared: set[str] | None = set()
        self.futures: dict[int, Future[tuple[int, Iterator[list[Any]]]]] = {}
        self.held: int | None = None  # the sheet due next, not cleared yet
        self.lock = threading.Lock()  # the parsing thread submits too
        self._submit(0)

    def clear(self, title: str | None) -> None:
        """`title` may be parsed now; None: every sheet may."""
        with self.lock:
            if self.cleared is not None:
                if title is None:
                    self.cleared = None
                else:
                    self.cleared.add(title)
            held, self.held = self.held, None
        if held is not None:
            self._submit(held)

    def _submit(self, number: int) -> None:
        with self.lock:
            if number >= len(self.titles) or number in self.futures:
                return
            if self.cleared is not None and self.titles[number] not in self.cleared:
                self.held = number
                return
            self.futures[number] = self.ahead.submit(self._parse, number)

    def _parse(self, number: int) -> tuple[int, Iterator[list[Any]]]:
        offset, rows, height = calamine_rows.sheet_rows(self.book, self.titles[number])
        if height < SMALL_SHEET:
            self._submit(number + 1)  # before this result is seen: no race with `take`
        return offset, rows

    def take(self, number: int) -> tuple[int, Iterator[list[Any]]]:
        """Sheet `number`'s (column offset, rows); the next sheet is then on its way."""
        self._submit(number)
        with self.lock:
            future = self.futures.pop(number)
        found = future.result()
        self._submit(number + 1)
        return found


def _v1_titles(titles: list[str]) -> Iterator[tuple[spec.SheetSpec, str]]:
    """The v1 sheets present, in the format's order, each under its title in the file;
    in either language, the first sheet found under either name is the one read."""
    found: dict[str, str] = {}
    for title in titles:
        english = spec_fr.sheet_for_title(title)
        if english is not None:
            found.setdefault(english, title)
    for sheet_spec in spec.DATA_SHEETS:
        if sheet_spec.name in found:
            yield sheet_spec, found[sheet_spec.name]


def _unreadable(path: Path, exc: Exception) -> WorkbookFileError:
    return WorkbookFileError(
        t(
            "{name} cannot be read as a workbook ({problem}).",
            name=path.name,
            problem=f"{type(exc).__name__}: {exc}",
        )
    )


def _stream_openpyxl(path: Path, *, formulas: bool) -> SheetStream:
    """The sheets read by openpyxl's read-only mode, with a formula book when needed."""
    # We open the file ourselves: when openpyxl fails half-way through a hostile file it
    # leaves its own handle open, and on Windows an open handle locks the user's file.
    with contextlib.ExitStack() as files:
        try:
            values_book = load_workbook(
                files.enter_context(open(path, "rb")), read_only=True, data_only=True
            )
        except Exception as exc:  # a hostile file can make any parser fail in any way
            raise _unreadable(path, exc) from None
        formula_book = None
        try:
            if formulas:
                formula_book = load_workbook(
                    files.enter_context(open(path, "rb")), read_only=True, data_only=False
                )
            for sheet_spec, title in _v1_titles(values_book.sheetnames):
                raw = RawSheet(sheet_spec, title)
                formula_ws = formula_book[title] if formula_book is not None else None
                rows = _read_sheet(raw, values_book[title], formula_ws)
                yield raw, _damage_checked(path, rows)
        except WorkbookFileError:
            raise
        except Exception as exc:  # damaged XML inside a valid zip, defusedxml refusals, ...
            raise _damaged(path, exc) from None
        finally:
            values_book.close()
            if formula_book is not None:
                formula_book.close()


def _damaged(path: Path, exc: Exception) -> WorkbookFileError:
    return WorkbookFileError(
        t(
            "{name} is damaged and cannot be read ({problem}).",
            name=path.name,
            problem=f"{type(exc).__name__}: {exc}",
        )
    )


def _damage_checked(
    path: Path, rows: Iterator[tuple[int, dict[str, Any]]]
) -> Iterator[tuple[int, dict[str, Any]]]:
    """The rows, with any failure of the parser turned into WorkbookFileError."""
    try:
        yield from rows
    except WorkbookFileError:
        raise
    except Exception as exc:
        raise _damaged(path, exc) from None


def _read_sheet(
    raw: RawSheet, ws: Any, formula_ws: Any | None
) -> Iterator[tuple[int, dict[str, Any]]]:
    """Read the header now (problems into `raw`); the returned iterator yields the rows."""
    header = next(ws.iter_rows(min_row=1, max_row=1, max_col=HEADER_SCAN, values_only=True), ())
    if not _read_header(raw, header):
        return iter(())
    return _rows(raw, ws, formula_ws)


def _calamine_sheet(path: Path, raw: RawSheet, offset: int, rows: Iterator[list[Any]]) -> BlockRows:
    """As `_read_sheet`, for a sheet read by calamine (its columns from `offset` on)."""
    first = next(rows, [])
    header = [None] * offset + [calamine_rows.value(v) for v in first[: HEADER_SCAN - offset]]
    if not _read_header(raw, header[:HEADER_SCAN]):
        return BlockRows(path, iter(()))
    return BlockRows(path, _calamine_blocks(raw, offset, rows))


BLOCK = 512  # rows: a block's columns are converted a column at a time


class Block(NamedTuple):
    """Consecutive non-empty rows of a sheet, a column at a time."""

    numbers: list[int]  # each row's number, as in Excel
    headers: list[str]  # the columns present, in the order of `columns`
    columns: list[list[Any]]  # each column's values, one per row


class BlockRows:
    """A sheet's rows as `stream_sheets` gives them, (number, {header: value}) one at a time,
    which may also be taken a block at a time (`blocks`): an import converts a column of
    hundreds of values in one pass, rather than a dict per row."""

    def __init__(self, path: Path, blocks: Iterator[Block]) -> None:
        self.path = path
        self._blocks = blocks
        self._rows: Iterator[tuple[int, dict[str, Any]]] | None = None

    def blocks(self) -> Iterator[Block]:
        """The blocks, with any failure of the parser turned into WorkbookFileError."""
        try:
            yield from self._blocks
        except WorkbookFileError:
            raise
        except Exception as exc:
            raise _damaged(self.path, exc) from None

    def __iter__(self) -> Iterator[tuple[int, dict[str, Any]]]:
        return self

    def __next__(self) -> tuple[int, dict[str, Any]]:
        if self._rows is None:
            self._rows = self._each()
        return next(self._rows)

    def _each(self) -> Iterator[tuple[int, dict[str, Any]]]:
        for numbers, headers, columns in self.blocks():
            for number, values in zip(numbers, zip(*columns, strict=True), strict=True):
                yield number, dict(zip(headers, values, strict=True))


def _calamine_blocks(raw: RawSheet, offset: int, rows: Iterator[list[Any]]) -> Iterator[Block]:
    # the hot loop of an import: calamine's values made to look like openpyxl's (see
    # calamine_rows.value) a column at a time, and the empty rows left out
    headers = list(raw.present)
    indexes = [index - offset for index in raw.present.values()]
    pick = itemgetter(*indexes) if len(indexes) > 1 else (lambda values: (values[indexes[0]],))
    top = max(indexes)
    blank = (None,) * len(indexes)
    number = 2
    while block := list(islice(rows, BLOCK)):
        numbers = range(number, number + len(block))
        number += len(block)
        if numbers[-1] > spec.MAX_ROWS:
            block = block[: max(0, spec.MAX_ROWS - numbers[0] + 1)]
            numbers = numbers[: len(block)]
        if block:
            if min(map(len, block)) > top:
                picked = list(map(pick, block))
            else:  # a short row (calamine gives whole rows, but a row may end early)
                picked = [tuple(v[i] if i < len(v) else None for i in indexes) for v in block]
            columns = [_openpyxl_like(column) for column in zip(*picked, strict=True)]
            kept = [values != blank for values in zip(*columns, strict=True)]
            if not all(kept):
                columns = [list(compress(column, kept)) for column in columns]
                numbers = list(compress(numbers, kept))  # type: ignore[assignment]
            if numbers:
                yield Block(list(numbers), headers, columns)
        if number - 1 > spec.MAX_ROWS:
            raw.problem(
                spec.MAX_ROWS + 1,
                t("the sheet has more rows than Excel allows ({count})", count=spec.MAX_ROWS),
            )
            return


def _openpyxl_like(column: tuple[Any, ...]) -> list[Any]:
    """A column of calamine's values as openpyxl gives them: blank text is None, text
    keeps its `_x` escapes as in the file, whole numbers below 10**15 are ints."""
    if all(type(v) is str for v in column) and "_x" not in "".join(column):
        return [v if v.strip() else None for v in column]  # most columns: text only
    return list(map(_openpyxl_value, column))


def _openpyxl_value(value: Any) -> Any:
    if type(value) is str:
        if not value.strip():
            return None
        return calamine_rows.escaped(value) if "_x" in value else value
    if type(value) is float and value.is_integer() and abs(value) < 1e15:
        return int(value)
    return value


def _read_header(raw: RawSheet, header: Sequence[Any]) -> bool:
    """The columns the header row names (problems into `raw`); True when rows may follow."""
    wanted = spec_fr.headers_by_text(raw.spec)
    for index, value in enumerate(header):
        text = wanted.get(" ".join(value.split()).casefold()) if isinstance(value, str) else None
        if text is None:
            continue
        if text in raw.present:
            raw.problem(1, t('the column "{column}" appears twice', column=raw.label(text)))
        raw.present[text] = index
    for key in raw.spec.key:
        if key not in raw.present:
            raw.problem(
                1,
                t(
                    'the column "{column}" is missing (this sheet needs {columns})',
                    column=raw.label(key),
                    columns=", ".join(map(raw.label, raw.spec.key)),
                ),
            )
    return not raw.problems and bool(raw.present)


def _rows(raw: RawSheet, ws: Any, formula_ws: Any | None) -> Iterator[tuple[int, dict[str, Any]]]:
    width = max(raw.present.values()) + 1
    present = list(raw.present.items())
    rows: Iterator[tuple[Any, ...]] = ws.iter_rows(min_row=2, max_col=width, values_only=True)
    formula_rows: Iterator[Any] = (
        formula_ws.iter_rows(min_row=2, max_col=width) if formula_ws is not None else repeat(None)
    )
    for row_no, (values, formula_cells) in enumerate(zip(rows, formula_rows, strict=False), 2):
        if row_no > spec.MAX_ROWS:
            raw.problem(
                row_no,
                t("the sheet has more rows than Excel allows ({count})", count=spec.MAX_ROWS),
            )
            return
        cells: dict[str, Any] = {}
        empty = True
        for header, index in present:
            value = values[index] if index < len(values) else None
            if isinstance(value, str) and not value.strip():
                value = None
            if value is None:
                if formula_cells is not None and index < len(formula_cells):
                    with contextlib.suppress(AttributeError):
                        if formula_cells[index].data_type == "f":
                            raw.problem(
                                row_no,
                                t(
                                    "{column} holds a formula with no saved result; open the"
                                    " file in Excel, save it, and import it again",
                                    column=raw.label(header),
                                ),
                            )
            else:
                empty = False
            cells[header] = value
        if not empty:
            yield row_no, cells


def sheet_bytes(path: Path) -> int:
    """Unpacked size of the worksheets; 0 when the file is not a readable zip (the reader
    in this process then gives the one-line message for it)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return sum(
                i.file_size for i in archive.infolist() if i.filename.startswith("xl/worksheets/")
            )
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError):
        return 0
