"""RecordSet: one observable collection of records, written through storage before it tells
anyone, with one signal vocabulary for every kind of record.

Enterprises, visits, plans, plan items, hazards, photos, the EIT and EIP records and the
indicator entries are all RecordSets (or thin subclasses), so a view follows any of them the
same way, and one undo command (ReplaceRecordsCommand) changes any of them.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..domain.errors import KnownProblemError
from .record_index import GroupedRecords, Grouping


@dataclass(frozen=True)
class RecordStore:
    """How one kind of record is read and written: each call is one transaction of the
    repository."""

    read: Callable[[], list]  # every record of the set, as stored
    add: Callable[[list], Any]
    update: Callable[[list], Any]
    delete: Callable[[list], Any]  # receives the records as they are before deletion


class NotAttached(KnownProblemError):
    """An edit reached a collection before a workspace was opened."""


class RecordSet(QObject):
    """Records of one kind by id and by their groupings (enterprise, plan, hazard…).

    The mutators write first and change memory and emit only when the write succeeded; they
    are for undo commands, never for views.

    Signals (each list holds records of this set, never ids):
        added(list): records now in the set.
        changed(list): the new values of changed records.
        removed(list): records as they were before removal.
        reset(): the whole content was replaced (a workspace was opened).
    """

    added = Signal(list)
    changed = Signal(list)
    removed = Signal(list)
    reset = Signal()

    def __init__(self, groupings: Mapping[str, Grouping], parent: QObject | None = None):
        super().__init__(parent)
        self._groupings = dict(groupings)
        self._records: GroupedRecords[Any] = GroupedRecords(self._groupings)
        self.store: RecordStore | None = None  # None until load()

    def load(self, store: RecordStore) -> None:
        self._records = GroupedRecords(self._groupings, store.read())
        self.store = store
        self._content_changed()
        self.reset.emit()

    def refresh(self) -> None:
        """Read the stored records again and tell what differs from memory, as edits are
        told (a restore from the history wrote them behind the document's back)."""
        stored = {r.id: r for r in self._store().read()}
        removed = [r for r in self._records if r.id not in stored]
        changed = [r for r in stored.values() if r.id in self._records and self.get(r.id) != r]
        added = [r for r in stored.values() if r.id not in self._records]
        self.forget(removed)
        self.mirror(changed)
        if added:
            for record in added:
                self._records.put(record)
            self._content_changed(added)
            self.added.emit(added)

    # Queries -------------------------------------------------------------------------------

    def get(self, record_id: uuid.UUID):
        return self._records.get(record_id)

    def record(self, record_id: uuid.UUID):
        return self._records[record_id]

    def has(self, record_id: uuid.UUID) -> bool:
        return record_id in self._records

    def all(self) -> list:
        return list(self._records)

    def group(self, grouping: str, key: Hashable) -> list:
        return self._records.of(grouping, key)

    def __len__(self) -> int:
        return len(self._records)

    # Mutators for commands -----------------------------------------------------------------

    def insert(self, records: list) -> None:
        if not records:
            return
        self._store().add(records)
        for record in records:
            self._records.put(record)
        self._content_changed(records)
        self.added.emit(records)

    def replace(self, records: list) -> None:
        if not records:
            return
        old = [self._records[r.id] for r in records]
        self._store().update(records)
        self.mirror(records, old)

    def remove(self, record_ids: Iterable[uuid.UUID]) -> list:
        """Returns the records as they were, for undo to insert again."""
        removed = [self._records[i] for i in record_ids]
        if removed:
            self._store().delete(removed)
            self.forget(removed)
        return removed

    def mirror(self, records: list, old: list | None = None) -> None:
        """Take new values the database already holds (it cleared a link when the linked
        record was deleted) without writing them again."""
        if not records:
            return
        if old is None:
            old = [self._records[r.id] for r in records]
        for record in records:
            self._records.put(record)
        self._content_changed([*old, *records])
        self.changed.emit(records)

    def forget(self, records: list) -> None:
        """Drop records the database already deleted (by cascade) from memory."""
        if not records:
            return
        for record in records:
            self._records.pop(record.id)
        self._content_changed(records)
        self.removed.emit(records)

    # For subclasses ------------------------------------------------------------------------

    def _take(self, records: Iterable) -> None:
        """Records read for the first time (a set loaded in parts): no change, no signal."""
        for record in records:
            self._records.put(record)
        self._content_changed(None)

    def _drop(self, records: Iterable) -> None:
        """Records no longer kept in memory (still stored): no change, no signal."""
        for record in records:
            self._records.pop(record.id)
        self._content_changed(None)

    def _content_changed(self, records: list | None = None) -> None:
        """Called after every change, before the signal (None: everything was reloaded).
        `records` holds the old and new values involved. Subclasses drop derived caches."""

    def _store(self) -> RecordStore:
        if self.store is None:
            raise NotAttached("No workspace is open.")
        return self.store


def by_attribute(name: str) -> Grouping:
    """A grouping by one attribute of the record (enterprise_id, plan_id…)."""

    def key_of(record) -> Hashable | None:
        return getattr(record, name)

    return key_of


def each(write: Callable) -> Callable[[list], None]:
    """A writer of one record as a writer of a list (each record is its own transaction)."""

    def write_all(records: list) -> None:
        for record in records:
            write(record)

    return write_all
