"""ItemsOnDemand: a plan's items by id, a safety symbol's record made when first asked for.

The plan's scene draws resting symbols from their rows (`resting()`); any other look at a
symbol (by id, by `in`, by iterating) sees its record, made then from the row it was read
with (see domain/plan_read.py). Iterating makes every record, so views that need only the
areas or the drawn shapes ask PlanDocument for those.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator

from ..domain.floorplan import PlanItem
from ..domain.plan_read import PlanItemsRead, RestingSymbol
from .record_index import GroupedRecords


class ItemsOnDemand(GroupedRecords[PlanItem]):
    def __init__(self, read: PlanItemsRead):
        super().__init__({}, read.records)
        self._resting = {symbol.id: symbol for symbol in read.symbols}
        self._order = read.order  # until every record is made
        self._make = read.make

    def resting(self) -> list[RestingSymbol]:
        """The symbols with no record yet, in the order they were read."""
        return list(self._resting.values())

    def made(self) -> list[PlanItem]:
        """The records made so far: every item but the resting symbols."""
        return list(self._by_id.values())

    def zs(self) -> Iterable[float]:
        yield from (record.z for record in self._by_id.values())
        yield from (symbol.z for symbol in self._resting.values())

    def make_all(self) -> None:
        """Every record made, held in the order they were read (then those added since)."""
        if not self._resting:
            return
        self._wake(list(self._resting))
        held = self._by_id
        self._by_id = {i: held.pop(i) for i in self._order if i in held}
        self._by_id.update(held)
        self._order = []

    def _wake(self, record_ids: Iterable[uuid.UUID]) -> None:
        symbols = [self._resting.pop(i) for i in record_ids if i in self._resting]
        for record in self._make(symbols) if symbols else ():
            self._by_id[record.id] = record

    # GroupedRecords, each look at a resting symbol making its record first

    def put(self, record: PlanItem) -> PlanItem | None:
        if record.id in self._resting:
            self._wake((record.id,))
        return super().put(record)

    def pop(self, record_id: uuid.UUID) -> PlanItem:
        if record_id in self._resting:
            self._wake((record_id,))
        return super().pop(record_id)

    def get(self, record_id: uuid.UUID) -> PlanItem | None:
        if record_id in self._resting:
            self._wake((record_id,))
        return super().get(record_id)

    def __getitem__(self, record_id: uuid.UUID) -> PlanItem:
        if record_id in self._resting:
            self._wake((record_id,))
        return super().__getitem__(record_id)

    def __contains__(self, record_id: object) -> bool:
        return record_id in self._by_id or record_id in self._resting

    def __len__(self) -> int:
        return len(self._by_id) + len(self._resting)

    def __iter__(self) -> Iterator[PlanItem]:
        self.make_all()
        return super().__iter__()
