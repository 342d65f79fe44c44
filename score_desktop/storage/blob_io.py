"""Stored file bytes (photos, plan images, signed reports) streamed out of the workspace.

A whole package moves gigabytes of camera photos. Read as one value, each photo was copied
out of SQLite's pages into a bytes object, hashed, then copied again by the zip. Here a
file leaves SQLite through a blob handle in 1 MiB pieces, each hashed and handed straight
to the writer (the zip's CRC and the file write): no photo is ever held whole. A second
thread for the hash was measured too and lost on a busy two-core machine (thread hand-offs
cost more than the overlap gave), so the hash runs inline.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

PIECE = 1 << 20


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
    digest, size = hashlib.sha256(), 0
    try:
        with raw.blobopen(table, "data", rowid, readonly=True) as handle:
            while piece := handle.read(PIECE):
                digest.update(piece)
                write(piece)
                size += len(piece)
    except sqlite3.Error as exc:  # a driver error, told in words by repository_base
        raise DBAPIError.instance(f"blob read of {table}", None, exc, sqlite3.Error) from exc
    return size, digest.hexdigest()
