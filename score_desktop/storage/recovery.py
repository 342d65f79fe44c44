"""Copying what can still be read from a damaged workspace into a new file.

Python's sqlite3 has no binding for SQLite's recovery extension (the shell's `.recover`),
so the copy is made here, table by table and row by row, in rowid order: where a page
cannot be read, the read starts again after it (`_rows`). Indexes are rebuilt from the rows
in the new file, so damage confined to an index loses nothing. Rows that refer to a record
that was lost are left out (the app and its migrations expect whole references), and said.

The damaged file is never opened: a copy of it (with its write-ahead log) is read, so not
even a checkpoint touches it. The new file is built under a temporary name and renamed
once it passes SQLite's full integrity check.
"""

import logging
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect
from sqlalchemy.schema import CreateIndex, CreateTable

from ..domain.maintenance import Recovery, TableRecovery
from .errors import WorkspaceError, WorkspaceUnavailableError
from .schema import Base
from .schema_version import HEAD_REVISION

log = logging.getLogger(__name__)

# as Alembic makes it, for a file whose own definition of it was lost
ALEMBIC_VERSION_TABLE = (
    "CREATE TABLE IF NOT EXISTS alembic_version (version_num VARCHAR(32) NOT NULL, "
    "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
)
FIRST_ROWID = -(2**63)
LAST_ROWID = 2**63 - 1


def recover_workspace(damaged: Path, target: Path) -> Recovery:
    """Copy every readable row of `damaged` into the new workspace file `target`.

    Raises:
        WorkspaceError: the target exists or cannot be written, or nothing can be read.
    """
    damaged, target = damaged.expanduser().resolve(), target.expanduser().resolve()
    if not damaged.is_file():
        raise WorkspaceUnavailableError(f"{damaged} does not exist.")
    if target.exists() or target == damaged:
        raise WorkspaceUnavailableError(
            f"{target} exists already: recover into a new file, so nothing is overwritten."
        )
    if not target.parent.is_dir():
        raise WorkspaceUnavailableError(f"The folder {target.parent} does not exist.")
    partial = target.with_name(target.name + ".partial")
    try:
        with tempfile.TemporaryDirectory(dir=target.parent, prefix=".recovering-") as scratch:
            source = _private_copy(damaged, Path(scratch))
            tables = _copy_into(source, partial, damaged)
        partial.replace(target)
    except OSError as exc:
        raise WorkspaceUnavailableError(
            f"Cannot write the recovered workspace {target}: {exc.strerror or exc}"
        ) from exc
    finally:
        partial.unlink(missing_ok=True)
    return Recovery(damaged, target, tuple(tables))


def _private_copy(damaged: Path, scratch: Path) -> Path:
    """The damaged file and its write-ahead log, copied where reading cannot change them."""
    copy = scratch / "damaged.sqlite3"
    shutil.copyfile(damaged, copy)
    wal = damaged.with_name(damaged.name + "-wal")
    if wal.exists():
        shutil.copyfile(wal, scratch / "damaged.sqlite3-wal")
    return copy


def _copy_into(source_path: Path, target_path: Path, damaged: Path) -> list[TableRecovery]:
    source = sqlite3.connect(source_path)
    target = sqlite3.connect(target_path, isolation_level=None)
    try:
        schema = _schema(source, damaged)
        target.execute("PRAGMA journal_mode=OFF")  # a temporary file until it is whole
        target.execute("PRAGMA foreign_keys=OFF")
        target.execute("BEGIN")
        for _name, sql in schema.tables + schema.indexes:
            target.execute(sql)
        found = [_copy_table(source, target, name) for name, _sql in schema.tables]
        _restore_revision(target, damaged)
        if schema.lost:
            found += [_Found(name, damaged=True) for name in _add_lost_tables(target, damaged)]
        left_out = _drop_broken_references(target)
        target.execute("COMMIT")
        problems = [row for (row,) in target.execute("PRAGMA integrity_check")]
        if problems != ["ok"]:  # a bug here, not damage there: the rows were written anew
            raise WorkspaceError(f"The recovered workspace failed its check: {problems[:3]}")
    finally:
        source.close()
        target.close()
    return [
        TableRecovery(
            t.table,
            t.copied - left_out.get(t.table, 0),
            t.damaged,
            t.unreadable,
            left_out.get(t.table, 0),
        )
        for t in found
    ]


@dataclass
class _Schema:
    tables: list[tuple[str, str]] = field(default_factory=list)
    indexes: list[tuple[str, str]] = field(default_factory=list)
    lost: bool = False  # some definitions could not be read


def _schema(source: sqlite3.Connection, damaged: Path) -> _Schema:
    """The tables and indexes the damaged file declares, as far as that list can be read.

    `writable_schema` makes SQLite load the definitions it can read instead of refusing
    them all (the copy is read, never written); the list is then read like any table.
    """
    listed = _Found("sqlite_master")
    try:
        source.execute("PRAGMA writable_schema=ON")
        rows = list(_rows(source, "sqlite_master", "type, name, tbl_name, sql", listed))
    except sqlite3.DatabaseError as exc:  # not even the header: "file is not a database"
        rows = []
        log.warning("schema of %s unreadable: %s", damaged, exc)
    schema = _Schema(lost=listed.damaged or listed.unreadable > 0)
    for kind, name, _table, sql in rows:
        if kind == "table" and isinstance(sql, str) and not str(name).startswith("sqlite_"):
            schema.tables.append((str(name), sql))
    tables = {name for name, _sql in schema.tables}
    for kind, name, table, sql in rows:  # the indexes of tables whose definition was read
        if kind == "index" and isinstance(name, str) and isinstance(sql, str) and table in tables:
            schema.indexes.append((name, sql))
    if not schema.tables:
        raise WorkspaceError(
            f"Nothing can be recovered from {damaged}: the list of its tables cannot be read. "
            "Restore a backup instead; the file was not changed."
        )
    return schema


@dataclass
class _Found:
    table: str
    copied: int = 0
    damaged: bool = False
    unreadable: int = 0


def _copy_table(source: sqlite3.Connection, target: sqlite3.Connection, table: str) -> _Found:
    found = _Found(table)
    quoted = _quote(table)
    try:
        columns = [row[1] for row in source.execute(f"PRAGMA table_info({quoted})")]
    except sqlite3.DatabaseError:
        found.damaged = True
        return found
    names = ", ".join(_quote(c) for c in columns)
    insert = f"INSERT INTO {quoted} ({names}) VALUES ({', '.join('?' * len(columns))})"
    for values in _rows(source, quoted, names, found):
        try:
            target.execute(insert, values)
        except sqlite3.DatabaseError:  # a duplicate key or a missing value: damage read
            found.unreadable += 1
            continue
        found.copied += 1
    return found


def _rows(
    source: sqlite3.Connection, table: str, names: str, found: _Found
) -> Iterator[tuple[object, ...]]:
    """Every row that can be read, in rowid order, stepping over unreadable pages."""
    after = FIRST_ROWID
    query = f"SELECT rowid, {names} FROM {table} WHERE rowid > ? ORDER BY rowid"
    while True:
        try:
            for rowid, *values in source.execute(query, (after,)):
                after = rowid
                yield tuple(values)
            return
        except sqlite3.DatabaseError:
            found.damaged = True
        following = _next_readable_rowid(source, table, after)
        if following is None:
            return
        try:  # the row itself may be the unreadable part (a damaged overflow page)
            row = source.execute(f"SELECT {names} FROM {table} WHERE rowid = ?", (following,))
            values = row.fetchone()
        except sqlite3.DatabaseError:
            found.unreadable += 1
        else:
            yield tuple(values)
        after = following


def _next_readable_rowid(source: sqlite3.Connection, table: str, after: int) -> int | None:
    """The first rowid past `after` whose key can be read: past a damaged page, the search
    doubles its step until a read succeeds, then halves back to the first readable row."""
    query = f"SELECT rowid FROM {table} WHERE rowid > ? ORDER BY rowid LIMIT 1"

    def first_after(rowid: int) -> tuple[bool, int | None]:
        try:
            row = source.execute(query, (rowid,)).fetchone()
        except sqlite3.DatabaseError:
            return False, None
        return True, None if row is None else int(row[0])

    readable, found = first_after(after)
    if readable:
        return found
    failed, step = after, 1
    while True:
        probe = min(after + step, LAST_ROWID)
        readable, found = first_after(probe)
        if readable:
            break
        if probe == LAST_ROWID:
            return None
        failed, step = probe, step * 2
    low, high = failed, probe  # reading past `low` fails, past `high` succeeds
    while high - low > 1:
        middle = (low + high) // 2
        readable, at_middle = first_after(middle)
        if readable:
            high, found = middle, at_middle
        else:
            low = middle
    return found


def _drop_broken_references(target: sqlite3.Connection) -> dict[str, int]:
    """Delete rows whose parent was lost, until none is left; how many per table."""
    dropped: dict[str, int] = {}
    while broken := target.execute("PRAGMA foreign_key_check").fetchall():
        rows: dict[str, set[int]] = {}
        for table, rowid, _parent, _key in broken:
            rows.setdefault(table, set()).add(rowid)
        for table, rowids in rows.items():
            target.executemany(
                f"DELETE FROM {_quote(table)} WHERE rowid = ?", [(r,) for r in rowids]
            )
            dropped[table] = dropped.get(table, 0) + len(rowids)
    return dropped


def _restore_revision(target: sqlite3.Connection, damaged: Path) -> None:
    """A lost schema revision is this version's when every table left has this version's
    columns; otherwise the recovered file could not be opened safely."""
    target.execute(ALEMBIC_VERSION_TABLE)
    if target.execute("SELECT count(*) FROM alembic_version").fetchone()[0]:
        return
    tables = Base.metadata.tables
    present = [
        name
        for (name,) in target.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if name != "alembic_version"
    ]
    for name in present:
        columns = {row[1] for row in target.execute(f"PRAGMA table_info({_quote(name)})")}
        if name not in tables or columns != {c.name for c in tables[name].columns}:
            raise WorkspaceError(
                f"Nothing usable can be recovered from {damaged}: its schema version was lost "
                "and its tables are not those of this version. Restore a backup instead."
            )
    target.execute("INSERT INTO alembic_version (version_num) VALUES (?)", (HEAD_REVISION,))


def _add_lost_tables(target: sqlite3.Connection, damaged: Path) -> list[str]:
    """Tables whose definition was lost, made anew (empty) from this version's schema;
    only a file of this version's schema can be completed so."""
    (revision,) = target.execute("SELECT version_num FROM alembic_version").fetchone()
    present = {name for (name,) in target.execute("SELECT name FROM sqlite_master")}
    missing = [t for t in Base.metadata.sorted_tables if t.name not in present]
    if missing and revision != HEAD_REVISION:
        raise WorkspaceError(
            f"Nothing usable can be recovered from {damaged}: the definitions of some of its "
            "tables were lost, and it was written by an older version. Restore a backup instead."
        )
    dialect = sqlite_dialect()
    for table in missing:
        target.execute(str(CreateTable(table).compile(dialect=dialect)))
        for index in table.indexes:
            if index.name not in present:
                target.execute(str(CreateIndex(index).compile(dialect=dialect)))
    return [table.name for table in missing]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
