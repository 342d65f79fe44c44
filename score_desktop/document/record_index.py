"""Records by id and by the record they belong to: an enterprise's visits or plans are
found without looking at every visit or plan of the workspace."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from typing import Generic, TypeVar

R = TypeVar("R")


class GroupedRecords(Generic[R]):
    """A dict of records by id, kept with an index by owner id (`owner_of(record)`).

    A portfolio of 1,400 enterprises has 5,600 visits: asking each row for its last visit
    by scanning them all was 16 million comparisons before the first paint.
    """

    def __init__(self, owner_of: Callable[[R], uuid.UUID], records: Iterable[R] = ()):
        self._owner_of = owner_of
        self._by_id: dict[uuid.UUID, R] = {}
        self._by_owner: dict[uuid.UUID, dict[uuid.UUID, R]] = {}
        for record in records:
            self.put(record)

    def put(self, record: R) -> None:
        """Add, or replace in place (a record that moved to another owner moves too)."""
        record_id = record.id  # type: ignore[attr-defined]
        old = self._by_id.get(record_id)
        if old is not None and self._owner_of(old) != self._owner_of(record):
            self.pop(record_id)
        self._by_id[record_id] = record
        self._by_owner.setdefault(self._owner_of(record), {})[record_id] = record

    def pop(self, record_id: uuid.UUID) -> R:
        record = self._by_id.pop(record_id)
        owner = self._owner_of(record)
        siblings = self._by_owner[owner]
        del siblings[record_id]
        if not siblings:
            del self._by_owner[owner]
        return record

    def of(self, owner_id: uuid.UUID) -> list[R]:
        return list(self._by_owner.get(owner_id, {}).values())

    def __getitem__(self, record_id: uuid.UUID) -> R:
        return self._by_id[record_id]

    def __contains__(self, record_id: object) -> bool:
        return record_id in self._by_id

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[R]:
        return iter(list(self._by_id.values()))
