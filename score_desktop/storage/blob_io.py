"""Stored file bytes (photos, plan images, signed reports) streamed out, hashed beside.

A whole package moves gigabytes of camera photos. Read as one value, each photo was copied
out of SQLite's pages, then hashed, then CRC'd and written by the zip, one pass after the
other. Here a file leaves SQLite through a blob handle in 1 MiB pieces handed straight to
the writer, and its SHA-256 is computed on a thread of its own while the caller's thread
reads and writes the next piece: hashlib, SQLite's blob reads and zlib's CRC all release
the GIL, so checking the stored bytes costs wall time only where hashing is slower than
the copy itself.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

PIECE = 1 << 20
_PENDING = 16  # pieces queued for hashing at most (memory stays bounded on a slow hasher)
_hashing: ThreadPoolExecutor | None = None


def _executor() -> ThreadPoolExecutor:
    global _hashing
    if _hashing is None:
        _hashing = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sha256")
    return _hashing


class Sha256Beside:
    """The SHA-256 of pieces handed over in order, computed on the hashing thread (one
    worker: pieces are hashed in the order given)."""

    def __init__(self) -> None:
        self._hash = hashlib.sha256()
        self._pending: deque[Future[None]] = deque()

    def update(self, piece: bytes) -> None:
        if len(self._pending) >= _PENDING:
            self._pending.popleft().result()
        self._pending.append(_executor().submit(self._hash.update, piece))

    def hexdigest(self) -> str:
        while self._pending:
            self._pending.popleft().result()
        return self._hash.hexdigest()


def sha256_beside(data: bytes) -> Future[str]:
    """The hash of bytes already in memory, computed while the caller goes on (writing
    them to the database, for instance)."""
    return _executor().submit(lambda: hashlib.sha256(data).hexdigest())


def copy_stored(
    connection: Connection, table: str, sha256: str, write: Callable[[bytes], Any]
) -> tuple[int, str] | None:
    """Hand the `data` of the row of `table` named by `sha256` to `write` in pieces;
    returns its size and the SHA-256 of what was read (None: no such row). The caller
    compares the hash: what a mismatch means is its to say."""
    raw = connection.connection.driver_connection
    key = {"sha": sha256}
    if not isinstance(raw, sqlite3.Connection):  # another engine: read whole
        query = text(f"SELECT data FROM {table} WHERE sha256 = :sha LIMIT 1")
        data = connection.execute(query, key).scalar()
        if data is None:
            return None
        write(bytes(data))
        return len(data), hashlib.sha256(data).hexdigest()
    query = text(f"SELECT rowid FROM {table} WHERE sha256 = :sha LIMIT 1")
    rowid = connection.execute(query, key).scalar()
    if rowid is None:
        return None
    digest, size = Sha256Beside(), 0
    try:
        with raw.blobopen(table, "data", rowid, readonly=True) as handle:
            while piece := handle.read(PIECE):
                digest.update(piece)
                write(piece)
                size += len(piece)
    except sqlite3.Error as exc:  # a driver error, told in words by repository_base
        raise DBAPIError.instance(f"blob read of {table}", None, exc, sqlite3.Error) from exc
    return size, digest.hexdigest()
