"""Change-log rows as travelling entries, and back; what the exchange reads of the schema."""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, cast

from sqlalchemy import JSON as JSONType
from sqlalchemy import (
    Connection,
    DateTime,
    Dialect,
    Row,
    String,
    Table,
    Text,
    Uuid,
    select,
    type_coerce,
)
from sqlalchemy import cast as sql_cast
from sqlalchemy.orm import Session

from ..domain.exchange import RecordState
from ..domain.merge import Entry, keys_of
from .history_recorder import LogInsert, recorded_columns, row_class_of, to_json
from .raw_values import json_of
from .schema import Base, ChangeLogRow

IN_CHUNK = 500
LOG = cast(Table, ChangeLogRow.__table__)
# the change-log columns an entry is read from, in the order entry_of unpacks them
ENTRY_NAMES = (
    "sequence",
    "change_id",
    "record_kind",
    "record_id",
    "operation",
    "fields",
    "revision",
    "at",
    "author_id",
    "device_id",
    "change_set",
    "action",
    "enterprise_id",
    "part_keys",
    "shadowed",
)
ENTRY_COLUMNS = tuple(LOG.c[name] for name in ENTRY_NAMES)
# the same, ids and times as the driver gives them and JSON as its text: converted once, in
# entry_of (the dialect's own conversions cost most of a package's reading, and PostgreSQL's
# driver would parse every JSON value, mostly `null`s, in Python one row at a time)
RAW_COLUMNS = tuple(
    sql_cast(c, Text).label(c.key)
    if isinstance(c.type, JSONType)
    else type_coerce(c, String).label(c.key)
    if isinstance(c.type, Uuid | DateTime)
    else c
    for c in ENTRY_COLUMNS
)
# catalogue rows records refer to by code: copied where missing, never merged
REFERENCE_TABLES = (
    "score_modules",
    "hazard_categories",
    "risk_profiles",
    "catalogue_items",
    "checklist_templates",  # only those the package's walk-throughs use
)


def entry_of(row: Row[Any]) -> Entry:
    """A change-log row read with ENTRY_COLUMNS (ids and times as the driver gives them).

    Unpacked by position, in ENTRY_NAMES' order: a first sync reads 50,000 entries, and
    fifteen lookups by name on each row cost more than building the entries (0.3 s)."""
    (
        _sequence,
        change_id,
        record_kind,
        record_id,
        operation,
        fields_text,
        revision,
        at,
        author_id,
        device_id,
        change_set,
        action,
        enterprise_id,
        part_keys_text,
        shadowed_text,
    ) = row
    fields = json_of(fields_text) or {}
    part_keys, shadowed = json_of(part_keys_text), json_of(shadowed_text)
    return Entry(
        change_id=as_uuid(change_id),
        record_kind=record_kind,
        record_id=as_uuid(record_id),
        operation=operation,
        fields=fields,
        keys=frozenset(part_keys) if part_keys is not None else keys_of(operation, fields),
        revision=revision,
        at=_iso(at),
        author_id=as_uuid(author_id),
        device_id=as_uuid(device_id),
        change_set=as_uuid(change_set),
        action=action or "",
        enterprise_id=as_uuid(enterprise_id),
        shadowed=frozenset(shadowed or ()),
    )


@functools.lru_cache(maxsize=1 << 16)
def _parsed_uuid(text: str) -> uuid.UUID:
    return uuid.UUID(text)


def as_uuid(value: Any) -> Any:
    """An id as SQLite's text or PostgreSQL's uuid gives it, as a UUID (the same few people,
    devices and records recur in thousands of rows: each text is parsed once)."""
    if value is None or isinstance(value, uuid.UUID):
        return value
    return _parsed_uuid(value)


def insert_log_rows(session: Session, entries: Sequence[Entry]) -> None:
    """Append entries to this workspace's change log in one driver call."""
    if entries:
        connection = session.connection()
        _log_insert(connection.dialect).execute(connection, [log_row(e) for e in entries], {})


@functools.cache
def _log_insert(dialect: Dialect) -> LogInsert:
    keys = tuple(log_row(_SAMPLE))
    return LogInsert.compile(dialect, keys, ())


def log_row(entry: Entry) -> dict[str, Any]:
    """An entry (or part of one) as a change-log row of this workspace."""
    whole = keys_of(entry.operation, entry.fields)
    return {
        "change_id": entry.change_id,
        "change_set": entry.change_set or entry.change_id,
        "record_kind": entry.record_kind,
        "record_id": entry.record_id,
        "enterprise_id": entry.enterprise_id,
        "operation": entry.operation,
        "fields": entry.fields if type(entry.fields) is dict else dict(entry.fields),
        "revision": entry.revision,
        "action": entry.action,
        "author_id": entry.author_id,
        "device_id": entry.device_id,
        "at": _moment(entry.at),
        "part_keys": None if entry.keys == whole else sorted(entry.keys),
        "shadowed": sorted(entry.shadowed) if entry.shadowed else None,
    }


def entries_of_records(
    connection: Connection, ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, list[Entry]]:
    """Every log entry of these records, each list in this workspace's order."""
    found: dict[uuid.UUID, list[Entry]] = {}
    for part in chunks(list(ids)):
        query = select(*RAW_COLUMNS).where(LOG.c.record_id.in_(part)).order_by(LOG.c.sequence)
        for row in connection.execute(query):
            entry = entry_of(row)
            found.setdefault(entry.record_id, []).append(entry)
    return found


def chunks(ids: Sequence[uuid.UUID]) -> Iterator[Sequence[uuid.UUID]]:
    for start in range(0, len(ids), IN_CHUNK):
        yield ids[start : start + IN_CHUNK]


@functools.cache
def table_order() -> dict[str, int]:
    """Parents before children (insert in this order, delete in the reverse)."""
    return {table.name: n for n, table in enumerate(Base.metadata.sorted_tables)}


def record_class(record_kind: str) -> type[Any]:
    found = row_class_of(record_kind)
    if found is None:
        from ..domain.exchange import PackageError

        raise PackageError(f"Records of kind {record_kind!r} are unknown to this version.")
    return found


def current_rows(
    session: Session, record_kind: str, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, Any]:
    row_class = record_class(record_kind)
    found = {}
    for part in chunks(list(ids)):
        for row in session.scalars(select(row_class).where(row_class.id.in_(part))):
            found[row.id] = row
    return found


def current_states(
    connection: Connection, record_kind: str, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, RecordState]:
    """The records' states as a change set carries them, read as plain rows: no ORM object
    is made for each (a pull of thousands of records spent most of its reading on those)."""
    row_class = record_class(record_kind)
    table = row_class.__table__
    names = recorded_columns(cast("type[Base]", row_class))
    found = {}
    for part in chunks(list(ids)):
        for row in connection.execute(select(table).where(table.c.id.in_(part))):
            values = row._mapping
            created = values["created_at"]
            found[values["id"]] = RecordState(
                record_kind,
                values["id"],
                {name: to_json(values[name]) for name in names},
                created.isoformat() if created else "",
                values["created_by"],
            )
    return found


def _iso(moment: dt.datetime | str | None) -> str:
    if moment is None:
        return ""
    if isinstance(moment, str):  # SQLite's text
        moment = dt.datetime.fromisoformat(moment)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.isoformat()


@functools.lru_cache(maxsize=1 << 12)  # the entries of one edit share their time
def _moment(text: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return dt.datetime.now(dt.UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


_SAMPLE = Entry(uuid.UUID(int=0), "", uuid.UUID(int=0), "update", {}, frozenset())
