"""A SQLite workspace as a file: where it is, whether it can be written, and whether its
pages are sound.

The page check is SQLite's `PRAGMA quick_check`: every page of every table and index read
and its structure checked, without comparing indexes to their tables. On the whole file it
reads every byte (0.4-0.7 s per GB from the OS cache, 1-1.6 s from disk:
`benchmarks/bench_workspace_check.py`); on the records alone, without the photo and plan
background bytes, a few milliseconds at any size. Those bytes are verified by their SHA-256
on every read, and the whole file is checked off the window's thread after each start.
"""

import logging
import os
import sqlite3
from collections.abc import Callable, Sequence
from enum import Enum
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Connection
from sqlalchemy.engine import make_url

log = logging.getLogger(__name__)

# Tables of bytes, each verified by its hash when read; large, so left to the full check.
BYTE_TABLES = ("photo_blobs", "plan_images")
# Below this size the whole file is checked in the time the records alone take.
SMALL_FILE = 64 * 1024 * 1024


class PageCheck(Enum):
    """How much of a SQLite file is checked at open."""

    ALL = "all"
    RECORDS = "records"  # every table but BYTE_TABLES (the whole of a file under SMALL_FILE)
    NONE = "none"  # checked after the open (a large file in the window), or a benchmark


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL (None for another database or one in memory)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database).expanduser().resolve()


def read_only_reason(path: Path) -> str | None:
    """Why an existing workspace file cannot be written, in words; None if it can.

    SQLite writes a journal beside the file, so a read-only folder is enough. The check
    asks the system (`access`), which answers yes to root for a file it merely lacks the
    mode bits to write, and no to anyone on a read-only mount.
    """
    if not os.access(path.parent, os.W_OK):
        return f"its folder {path.parent} is read-only"
    if not os.access(path, os.W_OK):
        return "the file is read-only"
    return None


def read_only_connector(path: Path, timeout_s: float) -> Callable[[], sqlite3.Connection]:
    """Connections that never write, not even the journal's index beside the file.

    Without a journal left beside it the file is opened `immutable` (SQLite then needs no
    lock or shared-memory file, which a read-only folder cannot take). With a write-ahead
    log left by a session that ended abruptly, the log holds the last changes, so it is read
    (`mode=ro`); where that is impossible the open says so instead of hiding them.
    """
    wal = path.with_name(path.name + "-wal")
    has_log = wal.exists() and wal.stat().st_size > 0
    uri = f"file:{quote(str(path))}?mode=ro" + ("" if has_log else "&immutable=1")

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=timeout_s, check_same_thread=False)

    return connect


def check_pages(connection: Connection, scope: PageCheck) -> list[str]:
    """The problems SQLite's quick check finds (none: an empty list)."""
    if scope is PageCheck.NONE:
        return []
    if scope is PageCheck.RECORDS and _size(connection) < SMALL_FILE:
        scope = PageCheck.ALL
    if scope is PageCheck.ALL:
        rows = connection.exec_driver_sql("PRAGMA quick_check").fetchall()
    else:
        tables = connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
        ).fetchall()
        rows = []
        for (table,) in tables:
            if table not in BYTE_TABLES:
                quoted = table.replace('"', '""')
                rows += connection.exec_driver_sql(f'PRAGMA quick_check("{quoted}")').fetchall()
    return _problems(rows)


def _size(connection: Connection) -> int:
    pages = connection.exec_driver_sql("PRAGMA page_count").scalar_one()
    return int(pages) * int(connection.exec_driver_sql("PRAGMA page_size").scalar_one())


def quick_check_file(path: Path) -> list[str]:
    """The whole file's quick check, through a connection of its own (a worker's)."""
    connection = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        connection.close()
    return _problems(rows)


def _problems(rows: Sequence[Any]) -> list[str]:
    lines = [line for (text,) in rows for line in str(text).splitlines()]
    return [line for line in lines if line != "ok" and not line.startswith("***")]
