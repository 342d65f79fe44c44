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
    # one enterprise's records, for a set loaded by enterprise (see RecordSet's `by_enterprise`)
    read_scope: Callable[[Any], list] | None = None
    # the enterprise of a stored record by its id (None: no such record), for a record asked
    # for by id before its enterprise was read (a plan tab reopened by its id)
    locate: Callable[[uuid.UUID], Any] | None = None


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

    def __init__(
        self,
        groupings: Mapping[str, Grouping],
        parent: QObject | None = None,
        by_enterprise: bool = False,
    ):
        """`by_enterprise`: the records are read one enterprise at a time, when something of
        that enterprise is first asked for (a programme office holds 1,400 enterprises; a
        consultant looks at one). Such a set has an "enterprise" grouping; the groupings in
        `enterprise_of` find the enterprise of their other keys (a plan, a visit)."""
        super().__init__(parent)
        self._groupings = dict(groupings)
        self._records: GroupedRecords[Any] = GroupedRecords(self._groupings)
        self.store: RecordStore | None = None  # None until load()
        self.by_enterprise = by_enterprise
        self.enterprise_of: dict[str, Callable[[Any], Hashable | None]] = {}
        # set by the document: what to read when an enterprise is first asked for (all of
        # its sets at once, so a record found by id belongs to an enterprise read whole)
        self.enterprise_needed: Callable[[Hashable], None] | None = None
        self._enterprises_read: set[Hashable] = set()
        self._located: dict[uuid.UUID, Hashable | None] = {}  # ids asked for and not held

    def load(self, store: RecordStore) -> None:
        self._records = self._first_read(store)
        self._enterprises_read = set()
        self._located = {}
        self.store = store
        self._content_changed()
        self.reset.emit()

    def read_enterprise(self, enterprise_id: Hashable) -> None:
        """Hold the enterprise's records from now on (read once; a set loaded whole holds
        them already)."""
        if not self.by_enterprise or enterprise_id in self._enterprises_read:
            return
        read_scope = self._store().read_scope
        assert read_scope is not None, "a set loaded by enterprise reads one enterprise"
        self._enterprises_read.add(enterprise_id)
        self._take(read_scope(enterprise_id))

    def unload_enterprise(self, enterprise_id: Hashable) -> None:
        """Forget the enterprise's records (still stored; read again when next asked for)."""
        if enterprise_id in self._enterprises_read:
            self._enterprises_read.discard(enterprise_id)
            self._drop(self._records.of("enterprise", enterprise_id))

    def refresh(self) -> None:
        """Read the stored records again and tell what differs from memory, as edits are
        told (a restore from the history wrote them behind the document's back). A set
        loaded by enterprise reads the enterprises it holds and tells what was added or
        changed (a restore never removes)."""
        store = self._store()
        self._located = {}
        if self.by_enterprise:
            assert store.read_scope is not None
            read = [r for e in list(self._enterprises_read) for r in store.read_scope(e)]
            stored = {r.id: r for r in read}
            removed = []
        else:
            stored = {r.id: r for r in store.read()}
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
        if record_id not in self._records:
            self._read_enterprise_of(record_id)
        return self._records.get(record_id)

    def record(self, record_id: uuid.UUID):
        if record_id not in self._records:
            self._read_enterprise_of(record_id)
        return self._records[record_id]

    def has(self, record_id: uuid.UUID) -> bool:
        if record_id not in self._records:
            self._read_enterprise_of(record_id)
        return record_id in self._records

    def _read_enterprise_of(self, record_id: uuid.UUID) -> None:
        """A record asked for by id whose enterprise was not read: find it and read it (once
        per id; an id of no record is remembered as such until the next refresh)."""
        if not self.by_enterprise or self.store is None or self.store.locate is None:
            return
        if record_id not in self._located:
            self._located[record_id] = self.store.locate(record_id)
        self._need(self._located[record_id])

    def all(self) -> list:
        return list(self._records)

    def group(self, grouping: str, key: Hashable) -> list:
        if self.by_enterprise:
            if grouping == "enterprise":
                self._need(key)
            elif grouping in self.enterprise_of:
                self._need(self.enterprise_of[grouping](key))
        return self._records.of(grouping, key)

    def _need(self, enterprise_id: Hashable | None) -> None:
        if enterprise_id is None or enterprise_id in self._enterprises_read:
            return
        if self.enterprise_needed is not None:
            self.enterprise_needed(enterprise_id)
        self.read_enterprise(enterprise_id)

    def __len__(self) -> int:
        return len(self._records)

    # Mutators for commands -----------------------------------------------------------------

    def holds(self, enterprise_id: Hashable) -> bool:
        """Whether the enterprise's records are in memory (without reading them)."""
        return not self.by_enterprise or enterprise_id in self._enterprises_read

    def _need_enterprises_of(self, records: Iterable) -> None:
        """An edit reads its enterprise first: memory then holds all of it, edit included."""
        if self.by_enterprise:
            enterprise_of = self._groupings["enterprise"]
            for enterprise_id in {enterprise_of(r) for r in records}:
                self._need(enterprise_id)

    def insert(self, records: list) -> None:
        if not records:
            return
        self._need_enterprises_of(records)
        self._store().add(records)
        for record in records:
            self._records.put(record)
        self._content_changed(records)
        self.added.emit(records)

    def replace(self, records: list) -> None:
        if not records:
            return
        self._need_enterprises_of(records)
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

    def _first_read(self, store: RecordStore) -> GroupedRecords:
        """What a load holds (a subclass may read its records its own way)."""
        return GroupedRecords(self._groupings, [] if self.by_enterprise else store.read())

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
