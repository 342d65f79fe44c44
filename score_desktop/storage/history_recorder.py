"""The one path every write takes: a flush of a workspace session records what it changed.

Repositories only add, change and delete ORM rows; the recorder, listening on the
workspace's sessions, does the rest in the same transaction: bumps each changed record's
revision, sets its authors, appends one change-log entry per record (fields with their values
before and after), and keeps the tombstones of deleted records. A repository cannot forget to
log a change, and the exchange and sync that read the log see every write.

Writes must go through the ORM (session.add / attribute sets / session.delete): a bulk
`delete()` or `update()` statement would bypass the log. `delete_rows` in repository_base is
the way to delete many rows.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import functools
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import (
    Connection,
    Date,
    DateTime,
    Dialect,
    LargeBinary,
    Table,
    Uuid,
    event,
    insert,
    select,
)
from sqlalchemy import delete as sql_delete
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import NO_VALUE, instance_state

from .schema import (
    Base,
    ChangeLogRow,
    DeletionRow,
    EnterpriseRow,
    FloorPlanRow,
    PlanImageRow,
    TimestampedRow,
    VisitRow,
    WorkspaceMetaRow,
    utcnow,
)

if TYPE_CHECKING:

    class RecordedRow(TimestampedRow, Base):
        """For type checking only: a recorded row is both a TimestampedRow and a mapped
        class (each row class inherits both; Python types have no intersection)."""


BOOKKEEPING = frozenset(("id", "created_at", "updated_at", "revision", "created_by", "updated_by"))
NOT_RECORDED = (PlanImageRow,)  # content-addressed bytes, not records anyone edits
# records that reach their enterprise through a parent: (link column, parent row class)
PARENT_OF: dict[str, tuple[str, type[FloorPlanRow] | type[VisitRow]]] = {
    "plan_items": ("plan_id", FloorPlanRow),
    "review_items": ("visit_id", VisitRow),
}
DEVICE_KEY = "device_id"
IN_CHUNK = 500
CHANGED_KEY = "history_changed_fields"
CHANGE_SET_KEY = "history_change_set"
# set on a session that writes changes received from another workspace: they arrive with
# their own change-log entries, so nothing is recorded for them here
REPLAYING = "history_replaying"
# a change-log row: the columns each entry has its own value of; the others (SHARED_KEYS)
# have one value for all entries of a flush
ENTRY_KEYS = (
    "change_id",
    "record_kind",
    "record_id",
    "enterprise_id",
    "operation",
    "fields",
    "revision",
)
SHARED_KEYS = ("change_set", "action", "author_id", "device_id", "at")


@dataclass
class HistoryContext:
    """Who writes, from which device, as part of which user action.

    One per open workspace. `action()` groups every write of one user action (an edit, an
    undo, a cascade of deletions) into one change set, which restoring from history and
    the exchange read as a unit.
    """

    author_id: uuid.UUID | None = None
    enabled: bool = True  # off only to measure what recording costs
    device_id: uuid.UUID | None = None
    change_set: uuid.UUID | None = None
    action_text: str = ""
    _enterprise_of: dict[uuid.UUID, uuid.UUID | None] = field(default_factory=dict)

    @contextmanager
    def action(self, text: str) -> Iterator[None]:
        """Writes inside the block share one change set; a nested action joins the outer."""
        if self.change_set is not None:
            yield
            return
        self.change_set, self.action_text = uuid.uuid4(), text
        try:
            yield
        finally:
            self.change_set, self.action_text = None, ""


def install(sessions: sessionmaker[Session], context: HistoryContext) -> None:
    event.listen(sessions, "before_flush", lambda s, _ctx, _i: _before_flush(s, context))
    event.listen(sessions, "after_flush", lambda s, _ctx: _after_flush(s, context))


def is_recorded(obj: object) -> bool:
    return isinstance(obj, TimestampedRow) and not isinstance(obj, NOT_RECORDED)


@functools.cache
def recorded_columns(row_class: type[Base]) -> tuple[str, ...]:
    """The fields a change lists: every column but keys, bookkeeping and bytes."""
    return tuple(
        c.key
        for c in row_class.__table__.columns
        if c.key not in BOOKKEEPING and not isinstance(c.type, LargeBinary)
    )


@functools.cache
def recorded_set(row_class: type[Base]) -> frozenset[str]:
    return frozenset(recorded_columns(row_class))


def row_class_of(record_kind: str) -> type[Base] | None:
    """The row class of a recorded table, or None for a kind this version does not record."""
    return _recorded_classes().get(record_kind)


@functools.cache
def _recorded_classes() -> dict[str, type[Base]]:
    return {
        mapper.class_.__tablename__: mapper.class_
        for mapper in Base.registry.mappers
        if is_recorded_class(mapper.class_)
    }


def is_recorded_class(cls: type) -> bool:
    return issubclass(cls, TimestampedRow) and not issubclass(cls, NOT_RECORDED)


# Values as JSON ---------------------------------------------------------------------------


def to_json(value: object) -> object:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.date):  # datetime too
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, enum.Enum):
        return to_json(value.value)
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    return str(value)


def from_json(row_class: type[Base], name: str, value: Any) -> object:
    """A value as the change log stores it (`to_json`), back as the column's Python value."""
    if value is None:
        return None
    column_type = row_class.__table__.columns[name].type
    if isinstance(column_type, Uuid):
        return uuid.UUID(str(value))
    if isinstance(column_type, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(column_type, Date):
        return dt.date.fromisoformat(value)
    return value


# The flush hooks ----------------------------------------------------------------------------


def _before_flush(session: Session, context: HistoryContext) -> None:
    """Revisions and authors must be set before the rows are written; the changed fields
    are found here once (the after-flush hook writes them)."""
    if not context.enabled or session.info.get(REPLAYING):
        return
    author = context.author_id
    deleted = session.deleted  # each read of these properties builds a new set
    deleted_revisions = {obj.id: obj.revision or 1 for obj in deleted if is_recorded(obj)}
    for obj in session.new:
        if is_recorded(obj):
            obj.created_by = obj.created_by or author
            obj.updated_by = author
            if obj.id in deleted_revisions:  # deleted and written again: one update
                obj.revision = deleted_revisions[obj.id] + 1
    changed = session.info.setdefault(CHANGED_KEY, {})
    for obj in session.dirty:
        if is_recorded(obj) and obj not in deleted:
            fields = _changed_fields(obj)
            if fields:
                changed[obj] = fields
                obj.revision = (obj.revision or 1) + 1
                obj.updated_by = author


def _after_flush(session: Session, context: HistoryContext) -> None:
    if not context.enabled or session.info.get(REPLAYING):
        return
    new = [obj for obj in session.new if is_recorded(obj)]
    deleted = {obj.id: obj for obj in session.deleted if is_recorded(obj)}
    dirty = session.info.pop(CHANGED_KEY, {})
    if not (new or deleted or dirty):
        return
    entries: list[dict[str, object]] = []
    flushed = {obj.id: obj for obj in (*new, *deleted.values())}
    tombstoned = _tombstoned(session, [obj.id for obj in new if obj.id not in deleted])
    for obj in new:
        values = _values(obj)
        old = deleted.pop(obj.id, None)
        if old is not None:
            before = _values(old)
            fields = {k: [before.get(k), v] for k, v in values.items() if before.get(k) != v}
            operation = "update"
        else:
            fields = {k: [None, v] for k, v in values.items()}
            operation = "restore" if obj.id in tombstoned else "insert"
        entries.append(_entry(session, context, obj, operation, fields, obj.revision, flushed))
    for obj, fields in dirty.items():
        entries.append(_entry(session, context, obj, "update", fields, obj.revision, flushed))
    for obj in deleted.values():
        # what a restore needs to put the row back as it was, its creation included
        kept = {"created_at": [to_json(obj.created_at), None]}
        kept["created_by"] = [to_json(obj.created_by), None]
        fields = {**kept, **{k: [v, None] for k, v in _values(obj).items()}}
        revision = (obj.revision or 1) + 1
        entries.append(_entry(session, context, obj, "delete", fields, revision, flushed))
    if not entries:
        return
    connection = session.connection()
    shared = {
        # outside a user action, one transaction is one change set (a repository call
        # that deletes an enterprise with its children is restored as a whole)
        "change_set": context.change_set or session.info.setdefault(CHANGE_SET_KEY, uuid.uuid4()),
        "action": context.action_text,
        "author_id": context.author_id,
        "device_id": _device_id(session, context),
        "at": utcnow(),
    }
    _log_insert(connection.dialect).execute(connection, entries, shared)
    if tombstoned:
        ids = list(tombstoned)
        for start in range(0, len(ids), IN_CHUNK):
            part = ids[start : start + IN_CHUNK]
            connection.execute(sql_delete(DeletionRow).where(DeletionRow.row_id.in_(part)))
    gone = [e for e in entries if e["operation"] == "delete"]
    if gone:
        now = utcnow()
        connection.execute(
            insert(DeletionRow),
            [
                {
                    "id": uuid.uuid4(),
                    "table_name": e["record_kind"],
                    "row_id": e["record_id"],
                    "deleted_at": now,
                }
                for e in gone
            ],
        )


def values_of(obj: RecordedRow) -> dict[str, object]:
    """A record's fields as the change log stores them."""
    return _values(obj)


def _values(obj: RecordedRow) -> dict[str, object]:
    state_dict = obj.__dict__
    return {name: to_json(state_dict.get(name)) for name in recorded_columns(type(obj))}


def _changed_fields(obj: RecordedRow) -> dict[str, list[object]]:
    """Fields whose value differs from the one loaded (a repository sets every field of a
    row it writes, so most are set to what they were: compared as they are, converted only
    when they differ)."""
    state = instance_state(obj)
    names = recorded_set(type(obj))
    current = state.dict
    fields = {}
    for name, before in state.committed_state.items():
        if name not in names:
            continue
        after = current.get(name)
        if before is NO_VALUE:
            before = None
        if before == after and type(before) is type(after):
            continue
        before, after = to_json(before), to_json(after)
        if before != after:
            fields[name] = [before, after]
    return fields


def _entry(
    session: Session,
    context: HistoryContext,
    obj: RecordedRow,
    operation: str,
    fields: dict[str, list[object]],
    revision: int,
    flushed: dict[uuid.UUID, RecordedRow],
) -> dict[str, object]:
    return {
        "change_id": uuid.uuid4(),
        "record_kind": obj.__tablename__,
        "record_id": obj.id,
        "enterprise_id": _enterprise_of(session, context, obj, flushed),
        "operation": operation,
        "fields": fields,
        "revision": revision or 1,
    }


def _enterprise_of(
    session: Session,
    context: HistoryContext,
    obj: RecordedRow,
    flushed: dict[uuid.UUID, RecordedRow],
) -> uuid.UUID | None:
    if isinstance(obj, EnterpriseRow):
        return obj.id
    direct: uuid.UUID | None = getattr(obj, "enterprise_id", None)
    if direct is not None:
        return direct
    link = PARENT_OF.get(obj.__tablename__)
    if link is None:
        return None
    parent_id = getattr(obj, link[0], None)
    if parent_id is None:
        return None
    if parent_id in flushed:
        return getattr(flushed[parent_id], "enterprise_id", None)
    cache = context._enterprise_of
    if parent_id not in cache:
        parent = link[1]
        cache[parent_id] = (
            session.connection()
            .execute(select(parent.enterprise_id).where(parent.id == parent_id))
            .scalar()
        )
    return cache[parent_id]


def _tombstoned(session: Session, ids: list[uuid.UUID]) -> set[uuid.UUID]:
    found: set[uuid.UUID] = set()
    if not ids:
        return found
    connection = session.connection()
    for start in range(0, len(ids), IN_CHUNK):
        part = ids[start : start + IN_CHUNK]
        found.update(
            connection.execute(
                select(DeletionRow.row_id).where(DeletionRow.row_id.in_(part))
            ).scalars()
        )
    return found


@dataclass(frozen=True)
class LogInsert:
    """The change-log insert, compiled once per database dialect.

    Each entry's values pass through the dialect's own conversions (UUID, JSON, time) once,
    those shared by a flush once for all its entries, and the rows go to the driver's
    cursor of the session's connection as they are, an error raised as SQLAlchemy raises
    it. A Core insert looked its compilation up and converted every parameter again on
    every flush: with it the change log cost 1.19-1.22 x a bare hazard edit; converted once
    and sent through `exec_driver_sql` 1.19-1.20 x; sent to the driver's cursor, without
    SQLAlchemy's execution context around each flush's insert, 1.16-1.17 x
    (`benchmarks/bench_history.py`).
    """

    sql: str
    # in the statement's order: name, the dialect's conversion, shared by the flush's entries
    columns: tuple[tuple[str, Callable[[Any], Any] | None, bool], ...]
    positional: bool  # the driver takes a tuple, else a dict by name

    @classmethod
    def compile(
        cls,
        dialect: Dialect,
        entry_keys: tuple[str, ...] = ENTRY_KEYS,
        shared_keys: tuple[str, ...] = SHARED_KEYS,
    ) -> LogInsert:
        # inline: no primary key fetched back (no RETURNING), nothing reads the sequence
        statement = cast(Table, ChangeLogRow.__table__).insert().inline()
        compiled = statement.compile(dialect=dialect, column_keys=[*entry_keys, *shared_keys])
        # the dialect's own conversions (none of these columns is a tuple type)
        processors = cast(dict[str, Callable[[Any], Any]], compiled._bind_processors)
        names = compiled.positiontup or list(compiled.binds)
        columns = tuple((n, processors.get(n), n in shared_keys) for n in names)
        return cls(compiled.string, columns, compiled.positional)

    def execute(
        self, connection: Connection, entries: list[dict[str, object]], shared: dict[str, object]
    ) -> None:
        common = {
            n: p(shared[n]) if p else shared[n] for n, p, is_shared in self.columns if is_shared
        }
        rows: list[Any] = []
        for entry in entries:
            row = [
                common[n] if is_shared else p(entry[n]) if p else entry[n]
                for n, p, is_shared in self.columns
            ]
            rows.append(
                tuple(row)
                if self.positional
                else dict(zip((c[0] for c in self.columns), row, strict=True))
            )
        driver_errors = connection.dialect.loaded_dbapi.Error
        cursor = connection.connection.cursor()  # the session's own, in its transaction
        try:
            if len(rows) == 1:
                cursor.execute(self.sql, rows[0])
            else:
                cursor.executemany(self.sql, rows)
        except driver_errors as exc:  # as SQLAlchemy raises it: repositories translate that
            raise DBAPIError.instance(
                self.sql, rows, exc, driver_errors, dialect=connection.dialect
            ) from exc
        finally:
            cursor.close()


@functools.cache
def _log_insert(dialect: Dialect) -> LogInsert:
    return LogInsert.compile(dialect)


def device_id_of(session: Session, context: HistoryContext) -> uuid.UUID:
    return _device_id(session, context)


def _device_id(session: Session, context: HistoryContext) -> uuid.UUID:
    """The workspace's own device id, made on its first write."""
    if context.device_id is None:
        connection = session.connection()
        stored = connection.execute(
            select(WorkspaceMetaRow.value).where(WorkspaceMetaRow.key == DEVICE_KEY)
        ).scalar()
        if stored is None:
            stored = str(uuid.uuid4())
            connection.execute(insert(WorkspaceMetaRow), [{"key": DEVICE_KEY, "value": stored}])
        context.device_id = uuid.UUID(stored)
    return context.device_id
