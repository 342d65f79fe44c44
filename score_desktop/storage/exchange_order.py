"""Merges into a shared database (the office server) that run side by side.

Laptops push at the same time; each push is one merge transaction. Serialising whole merges
kept them correct but made the slowest of a hundred laptops wait for all the others. Only
two things need an order:

- the change log's numbering: the server's counter (migration 0016) is locked from a
  transaction's first log row until it commits, and a merge appends its log rows last, so
  that lock is held only for the tail of a merge;
- two merges deciding about the same record: each reads the record and its history, then
  writes the outcome. A merge runs without any lock until it is about to append its log
  rows; it then takes the order lock (`ORDER_LOCK` in the session's info, an advisory
  lock on PostgreSQL, held until commit) and looks for a change to any of its records
  committed after it began. If there is one, its decisions may rest on what it read
  before that change: it is rolled back (`ConcurrentMerge`) and run again with the order
  lock taken first, so it cannot meet another.

Without an order lock (a laptop's SQLite file: one writer) nothing of this applies.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import KnownProblemError
from .exchange_rows import LOG, chunks

ORDER_LOCK = "exchange_order_lock"  # Session.info: takes the order lock, until commit
SERIAL = "exchange_serial"  # Session.info: this merge runs alone (its second attempt)
OrderLock = Callable[[Session], None]


class ConcurrentMerge(KnownProblemError):
    """Another transaction changed one of this merge's records while it ran."""


def begin(session: Session) -> None:
    """At the start of a merge's transaction: a second attempt takes the order lock now."""
    lock: OrderLock | None = session.info.get(ORDER_LOCK)
    if lock is not None and session.info.get(SERIAL):
        lock(session)


def before_appending(
    session: Session,
    enterprise_id: uuid.UUID,
    seen_through: int | None,
    records: Iterable[uuid.UUID],
) -> None:
    """Take the order lock and make sure no change to `records` arrived after the merge
    read the enterprise's log up to `seen_through` (raises ConcurrentMerge)."""
    lock: OrderLock | None = session.info.get(ORDER_LOCK)
    if lock is None:
        return
    lock(session)
    if session.info.get(SERIAL):
        return
    scope = LOG.c.enterprise_id == enterprise_id
    if seen_through is not None:
        scope = scope & (LOG.c.sequence > seen_through)
    for part in chunks(sorted(set(records), key=str)):
        found = session.execute(
            select(LOG.c.sequence).where(scope, LOG.c.record_id.in_(part)).limit(1)
        )
        if found.first() is not None:
            raise ConcurrentMerge("Another sync changed the same records: merged again.")
