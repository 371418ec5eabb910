"""Writing an import's changes in bulk: Core inserts and updates by chunk, with their audit rows.

The import decides what each row does (import_rows.py); this module only buffers the
resulting rows and sends them to the database in a few statements per chunk, in an order the
foreign keys accept: the records, then their updates, then what hangs off them (stage
history, meeting links), then the audit entries in the order the changes were decided.
Ids of new records are allocated here, so audit entries and links can name them before they
are written: from max(id) + 1 on SQLite (the import holds the writer lock and one
transaction), from each table's sequence on PostgreSQL, where the import also locks the
record tables against other writers first (store/postgres.py).

Inserts skip SQLAlchemy's per-row statement machinery, a third of the writing time: each
column's own bind processor (the same conversion SQLAlchemy applies) turns the values into
what the database stores, and the rows go to the driver on the session's own connection,
inside its transaction: SQLite's `executemany`, PostgreSQL's `COPY ... FROM STDIN` (psycopg
formats the rows itself; a multi-row INSERT through SQLAlchemy made a server import 2.5
times as slow as SQLite's, three quarters of it in the inserts).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import (
    Date,
    Enum,
    Integer,
    String,
    Table,
    and_,
    bindparam,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session

from engagetrack.interchange.copy_pipe import CopyPipe
from engagetrack.services import audit
from engagetrack.services.audit import Action
from engagetrack.services.audit_text import CreationText
from engagetrack.store import fulltext, postgres
from engagetrack.store.driver_sql import driver_connection
from engagetrack.store.models import AuditEntry, utcnow
from engagetrack.store.writer_process import WriterProcess

AUDIT = cast(Table, AuditEntry.__table__)

CHUNK = 5_000
CACHE_KIB = 64 * 1024
MAX_ID_BLOCK = 100_000
# the audit columns an import writes: who and when, then each entry's own (see _insert_audit)
_AUDIT_KEYS = (
    "at",
    "user",
    "db_role",
    "os_user",
    "reason",
    "entity",
    "entity_id",
    "action",
    "changes",
)


class BulkWriter:
    """Buffers inserts, updates, link changes and audit rows; `flush` writes them.

    On SQLite the statements go to the driver: the session's own connection, or a second
    process (`second`, store/writer_process.py) holding the write transaction, while the
    session only reads. The caller then commits through `commit` after its session's block.
    """

    def __init__(self, session: Session, *, second: WriterProcess | None = None) -> None:
        self.session = session
        self.postgresql = postgres.is_postgresql(session)
        self._pipe: CopyPipe | None = None
        self.second = second
        self._sink: Any = None  # SQLite: where the driver statements go
        if self.postgresql:
            postgres.lock_for_bulk_write(session)
            self._pipe = CopyPipe(session.connection())
        else:
            self._sink = second if second is not None else driver_connection(session)
            # a big import touches index pages all over the file: keep them in memory rather
            # than spilling them to the WAL and reading them back (this connection only)
            self._sink.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        self.now = utcnow()
        self.user = audit.current_user(session)
        self.enabled = True  # off once the import is known to fail: nothing more is sent
        self._next: dict[Table, int] = {}
        self._first: dict[Table, int] = {}  # the first id this import allocated per table
        self._ids: dict[Table, list[int]] = defaultdict(list)  # PostgreSQL: taken, unused
        self._id_block: dict[Table, int] = {}  # PostgreSQL: how many ids to take next
        self._plans: dict[tuple[Table, tuple[str, ...]], Any] = {}
        self._inserts: dict[Table, list[dict[str, Any]]] = defaultdict(list)
        self._updates: dict[tuple[Table, tuple[str, ...]], list[dict[str, Any]]] = defaultdict(list)
        self._unlinks: dict[Table, list[dict[str, Any]]] = defaultdict(list)
        # entity, entity_id, action, then the changes as stored (JSON text), or (second
        # process) the number of the template the child fills in and the entry's own texts
        self._audit: list[tuple[Any, ...]] = []
        # second process: the rows it keeps for filling texts in, by table and columns
        self._stores: dict[tuple[Table, tuple[str, ...]], int] = {}
        self._kept = False  # rows kept since the last audit entries were sent
        # second process: template number by table, columns, text and extra keys (None:
        # the record's text is made here, see _template_number)
        self._templates: dict[tuple[Any, ...], int | None] = {}
        self._template_count = 0  # the templates sent to the second process
        self.pending = 0
        # the tables whose full-text insert trigger is off -> the first new id not indexed
        self._suspended: dict[Table, int] = {}
        self._reindexed: set[str] = set()  # back on: later rows are indexed by the trigger

    def new_id(self, table: Table) -> int:
        if self.postgresql:
            if not self._ids[table]:
                # blocks growing tenfold up to MAX_ID_BLOCK: taking ids is a statement, and
                # each one waits for the rows still on their way to the server (copy_pipe.py)
                block = self._id_block.get(table, postgres.ID_BLOCK)
                self._id_block[table] = min(block * 10, MAX_ID_BLOCK)
                self._ids[table] = postgres.next_ids(self.session, table, block)[::-1]
            return self._ids[table].pop()
        if table not in self._next:
            top = self.session.scalar(select(func.coalesce(func.max(table.c.id), 0)))
            self._next[table] = self._first[table] = int(top or 0) + 1
        value = self._next[table]
        self._next[table] = value + 1
        return value

    def insert(self, table: Table, row: dict[str, Any], *, stamped: bool = True) -> None:
        if not self.enabled:
            return
        if stamped:
            row.setdefault("created_at", self.now)
            row.setdefault("updated_at", self.now)
        self._inserts[table].append(row)
        self.pending += 1

    def update(self, table: Table, record_id: int, values: dict[str, Any]) -> None:
        if not self.enabled or not values:
            return
        columns = tuple(sorted(values))
        self._updates[(table, columns)].append(
            {"b_id": record_id, "updated_at": self.now, **values}
        )
        self.pending += 1

    def unlink(self, table: Table, row: dict[str, Any]) -> None:
        """Delete the association row with exactly these column values."""
        if self.enabled:
            self._unlinks[table].append(row)
            self.pending += 1

    def audit(self, entity: str, entity_id: int, action: Action, changes: dict[str, Any]) -> None:
        """One audit entry, as audit.write_entry writes it (an empty update is not recorded)."""
        if not self.enabled or (action == "update" and not changes):
            return
        self._audit.append((entity, entity_id, action, audit.encode_changes(changes)))

    def insert_created(
        self,
        table: Table,
        row: dict[str, Any],
        entity: str,
        text: CreationText,
        extra: dict[str, Any] | None = None,
    ) -> None:
        """Insert a new record's row (it holds every field of `text`, and its id) and its
        "create" entry: each field as [null, value], with `extra`'s pairs (audit_text.py).

        With a second process the text is filled in there, from the values the row is
        stored as (the child keeps the chunk's rows until its audit rows are written),
        when every field's column stores its value as the audit writes it."""
        if not self.enabled:
            return
        self.insert(table, row)
        names = tuple(extra) if extra else ()
        number = None
        if self.second is not None:
            key = (table, tuple(row), text, names)
            number = self._templates.get(key, -1)
            if number == -1:
                number = self._template_number(key)
        if number is None:
            self._audit.append((entity, row["id"], "create", text(row, extra)))
        else:
            own = text.extra_texts(extra) if extra else ()
            self._audit.append((entity, row["id"], "create", number, own))

    def _template_number(self, key: tuple[Any, ...]) -> int | None:
        """Tell the second process the template for rows of these columns; None when one of
        its fields is stored otherwise than the audit writes it (a flag as 0 or 1, say)."""
        table, columns, text, names = key
        template, fields, places = text.layout(names)
        plain = all(_stored_as_audited(table.c[f].type) for f in fields) and "id" in columns
        number = None
        if plain:
            store = self._stores.setdefault((table, columns), len(self._stores))
            number = self._template_count
            self._template_count += 1
            assert self.second is not None
            self.second.template(
                number, store, template, [columns.index(f) for f in fields], places
            )
        self._templates[key] = number
        return number

    def discard(self) -> None:
        """Stop writing (the import will be rolled back) and drop what is buffered."""
        self.enabled = False
        self._inserts.clear()
        self._updates.clear()
        self._unlinks.clear()
        self._audit.clear()
        self.pending = 0

    def flush(self, order: list[Table]) -> None:
        """Send everything buffered; `order` lists the tables parents first."""
        if not self.enabled:
            return
        for table in order:
            self._insert(table, self._inserts.pop(table, []))
            for (target, columns), params in list(self._updates.items()):
                if target is not table:
                    continue
                del self._updates[(target, columns)]
                self._update(table, columns, params)
            unlinks = self._unlinks.pop(table, [])
            if unlinks:
                self._unlink(table, unlinks)
        assert not self._inserts and not self._updates and not self._unlinks, "unordered table"
        self._insert_audit()
        self._audit.clear()
        self.pending = 0
        self._index_written()

    def _index_written(self) -> None:
        """Index the rows just written to the tables whose full-text trigger is off: a chunk
        at a time, so that a second process indexes a sheet while it is read rather than all
        at its end, when the import has to wait for it."""
        for table, first in self._suspended.items():
            end = self._next[table]
            if end > first:
                self._sink.execute(fulltext.BY_SOURCE[table.name].index_statement(first, end))
                self._suspended[table] = end

    def _update(self, table: Table, columns: tuple[str, ...], params: list[dict[str, Any]]) -> None:
        # the SET clause is the columns the parameters name (all rows name the same); a
        # versioned record counts the change as the ORM does (see models.Timestamped)
        if self._sink is None:
            statement = update(table).where(table.c.id == bindparam("b_id"))
            if "version" in table.c:
                statement = statement.values(version=table.c.version + 1)
            for i in range(0, len(params), CHUNK):
                self.session.connection().execute(statement, params[i : i + CHUNK])
            return
        dialect = self.session.get_bind().dialect
        quote = dialect.identifier_preparer.quote
        names = [*columns, "updated_at"]
        sets = [f"{quote(c)} = ?" for c in names]
        if "version" in table.c:
            sets.append(f"{quote('version')} = {quote('version')} + 1")
        sql = f"UPDATE {quote(table.name)} SET {', '.join(sets)} WHERE {quote('id')} = ?"
        processors = [table.c[c].type.bind_processor(dialect) for c in names] + [None]
        for i in range(0, len(params), CHUNK):
            self._sink.executemany(
                sql,
                _driver_rows(
                    params[i : i + CHUNK], (*names, "b_id"), processors, [], adapt=_adapted
                ),
            )

    def _unlink(self, table: Table, rows: list[dict[str, Any]]) -> None:
        columns = tuple(rows[0])
        if self._sink is None:
            removal = delete(table).where(
                and_(*(table.c[c] == bindparam(f"b_{c}") for c in columns))
            )
            params = [{f"b_{c}": r[c] for c in columns} for r in rows]
            self.session.connection().execute(removal, params)
            return
        quote = self.session.get_bind().dialect.identifier_preparer.quote
        where = " AND ".join(f"{quote(c)} = ?" for c in columns)
        self._sink.executemany(
            f"DELETE FROM {quote(table.name)} WHERE {where}",
            [[r[c] for c in columns] for r in rows],
        )

    def finish(self) -> None:
        """Wait for the rows still on their way to the server; index the new rows of the
        tables written with their full-text trigger off (SQLite)."""
        if self._pipe is not None:
            self._pipe.drain()
        if not self.enabled:
            return  # the import rolls back, and the triggers with it
        self.reindex()
        if self.second is not None:
            self.second.sync()  # the first error the second process met, raised here

    def reindex(self) -> None:
        """Index the new rows of the tables written with their full-text trigger off, and
        turn the trigger back on (SQLite). Called once a table's sheet is done, so a second
        process does it while this one reads the next sheet."""
        if not self.enabled:
            return
        for table, first in self._suspended.items():
            for statement in fulltext.BY_SOURCE[table.name].resume_statements(first):
                self._sink.execute(statement)
            self._reindexed.add(table.name)
        self._suspended.clear()

    def commit(self) -> None:
        """Commit the second process's transaction (after the session's block is over,
        so its checkpoint is not held back by this process's reads); nothing without one."""
        if self.second is not None:
            self.second.commit()
            second, self.second = self.second, None
            second.release()

    def close(self, *, cancel: bool = False) -> None:
        """Stop the server's COPY worker: after its jobs, or at once when `cancel` (the
        import is rolled back, so what it still holds must not be sent). A second process
        is told to roll back when `cancel`; otherwise it waits for `commit`."""
        if self._pipe is not None:
            self._pipe.close(cancel=cancel)
            self._pipe = None
        if cancel and self.second is not None:
            self.second.close()  # rolled back and ended
            self.second = None

    def _suspend_fulltext(self, table: Table) -> None:
        index = fulltext.BY_SOURCE.get(table.name)
        if (
            self.postgresql
            or index is None
            or table in self._suspended
            or table.name in self._reindexed
            or table not in self._first
        ):
            return
        self._sink.execute(index.suspend_statement())
        self._suspended[table] = self._first[table]

    def _insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        if rows:
            self._suspend_fulltext(table)
        by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for row in rows:
            by_columns[tuple(row)].append(row)
        for columns, group in by_columns.items():
            if (table, columns) not in self._plans:
                self._plans[(table, columns)] = self._plan(table, columns)
            plan = self._plans[(table, columns)]
            for i in range(0, len(group), CHUNK):
                chunk = group[i : i + CHUNK]
                if plan is None:
                    assert self.second is None, "a row the second process cannot write"
                    self.session.execute(insert(table), chunk)
                elif plan.copy:
                    assert self._pipe is not None
                    self._pipe.submit(
                        _copy_job(
                            driver_connection(self.session),
                            plan.sql,
                            _driver_rows(chunk, plan.keys, plan.processors, plan.defaults),
                        )
                    )
                else:
                    values = _driver_rows(
                        chunk, plan.keys, plan.processors, plan.defaults, adapt=_adapted
                    )
                    store = self._stores.get((table, columns))
                    if store is None:
                        self._sink.executemany(plan.sql, values)
                    else:  # a second process fills the rows' audit texts in (insert_created)
                        keep = (store, columns.index("id"))
                        self._sink.executemany(plan.sql, values, keep=keep)
                        self._kept = True

    def _insert_audit(self) -> None:
        """The buffered audit entries, as audit.entry_rows makes them: who and when are the
        same for every entry, so they go through their columns' processors once, and the
        rows are built as the driver takes them rather than as dicts first."""
        if not self._audit and not self._kept:
            return
        head = {"at": utcnow(), "user": self.user, **audit.identity(self.session), "reason": None}
        plan = self._plans.get((AUDIT, _AUDIT_KEYS))
        if plan is None and (AUDIT, _AUDIT_KEYS) not in self._plans:
            plan = self._plans[(AUDIT, _AUDIT_KEYS)] = self._plan(AUDIT, _AUDIT_KEYS)
        if plan is None or any(plan.processors[len(head) :]):
            # another database, or per-entry columns that need converting: the general way
            own = _AUDIT_KEYS[len(head) :]
            assert self.second is None, "audit texts a second process cannot fill in"
            self._insert(AUDIT, [head | dict(zip(own, e, strict=True)) for e in self._audit])
            return
        assert tuple(head) == plan.keys[: len(head)]
        first = _driver_rows([head], tuple(head), plan.processors[: len(head)], [])[0]
        if self._sink is not None:
            first = [_adapted(v) for v in first]
        defaults = plan.defaults
        if self.second is not None:
            # the child fills in the texts it was left (and forgets the rows it kept)
            self.second.audit(plan.sql, first, defaults, self._audit)
            self._kept = False
            return
        for i in range(0, len(self._audit), CHUNK):
            rows = [[*first, *entry, *defaults] for entry in self._audit[i : i + CHUNK]]
            if plan.copy:
                assert self._pipe is not None
                self._pipe.submit(_copy_job(driver_connection(self.session), plan.sql, rows))
            else:
                self._sink.executemany(plan.sql, rows)

    def _plan(self, table: Table, columns: tuple[str, ...]) -> _Plan | None:
        """The INSERT (or COPY) for rows naming `columns`, each value's converter, and the
        scalar defaults of the columns they leave out; None when only SQLAlchemy can do it
        (a default computed per row, another database than SQLite or PostgreSQL)."""
        dialect = self.session.get_bind().dialect
        if dialect.name not in ("sqlite", "postgresql") or any(c not in table.c for c in columns):
            return None
        processors = [table.c[c].type.bind_processor(dialect) for c in columns]
        names = list(columns)
        defaults: list[Any] = []
        for column in table.c:
            if column.key in columns or column.default is None:
                continue
            if not column.default.is_scalar:
                return None
            process = column.type.bind_processor(dialect)
            value = column.default.arg  # type: ignore[attr-defined]
            defaults.append(value if process is None else process(value))
            names.append(column.key)
        quote = dialect.identifier_preparer.quote
        target = f"{quote(table.name)} ({', '.join(quote(n) for n in names)})"
        if dialect.name == "postgresql":
            return _Plan(f"COPY {target} FROM STDIN", columns, processors, defaults, copy=True)
        sql = f"INSERT INTO {target} VALUES ({', '.join('?' * len(names))})"
        return _Plan(sql, columns, processors, defaults, copy=False)


def _stored_as_audited(kind: Any) -> bool:
    """True when the column stores a value as the audit's JSON writes it: text, whole
    numbers, dates, and codes stored by their value (not a flag stored as 0 or 1, nor an
    enum stored by its Python name)."""
    if isinstance(kind, Enum):
        return kind.enum_class is not None and kind.enums == [m.value for m in kind.enum_class]
    return isinstance(kind, String | Integer | Date)


@dataclass(frozen=True)
class _Plan:
    """How rows naming the same columns reach the driver."""

    sql: str  # SQLite's INSERT with `?` placeholders, or PostgreSQL's COPY FROM STDIN
    keys: tuple[str, ...]  # the rows' own columns, in the statement's order
    processors: list[Any]  # each key's bind processor (None: the value as it is)
    defaults: list[Any]  # the values of the columns the rows leave out, after the keys
    copy: bool


def _copy_job(connection: Any, sql: str, rows: list[list[Any]]) -> Callable[[], None]:
    """One COPY of these rows on the psycopg connection (run by the CopyPipe's thread)."""

    def job() -> None:
        with connection.cursor() as cursor, cursor.copy(sql) as copy:
            for values in rows:
                copy.write_row(values)

    return job


_UNSET = object()


def _adapted(value: Any) -> Any:
    """The value as sqlite3 binds it: through the adapter registered for its type (a
    datetime becomes its ISO text), once here rather than for every row by the driver."""
    adapt = sqlite3.adapters.get((type(value), sqlite3.PrepareProtocol))
    return value if adapt is None else adapt(value)


def _identity(value: Any) -> Any:
    return value


def _driver_rows(
    rows: list[dict[str, Any]],
    keys: tuple[str, ...],
    processors: list[Any],
    defaults: list[Any],
    *,
    adapt: Callable[[Any], Any] = _identity,
) -> list[list[Any]]:
    """Each row's values in `keys` order, through its column's bind processor (and `adapt`,
    the driver's own conversion when it is worth doing once), then the defaults.

    A processor's answer is reused while a column's value is the very same object as the row
    before's: the stamps (created_at, updated_at, the audit's `at`) are one datetime for the
    whole import, and each conversion through SQLAlchemy's DateTime costs microseconds. The
    memo holds its value, so an identity match can never be a recycled object; processors and
    sqlite3's adapters are pure functions of their value, so what is stored is the same.
    """
    # itemgetter of one key gives the value itself, not a 1-tuple
    get: Callable[[dict[str, Any]], Any] = (
        itemgetter(*keys) if len(keys) > 1 else lambda row: (row[keys[0]],)
    )
    # [position, processor, last value, its conversion]
    memos = [[i, p, _UNSET, None] for i, p in enumerate(processors) if p is not None]
    out: list[list[Any]] = []
    for row in rows:
        values = list(get(row))
        for memo in memos:
            i = memo[0]
            value = values[i]
            if value is not memo[2]:
                memo[2] = value
                memo[3] = adapt(memo[1](value))
            values[i] = memo[3]
        if defaults:
            values += defaults
        out.append(values)
    return out
