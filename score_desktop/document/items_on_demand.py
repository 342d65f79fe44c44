"""ItemsOnDemand: a plan's items by id, read when first needed, a safety symbol's record made
when first asked for.

Nothing is read until something looks at the items, except the areas (`areas()`), which
are read alone while the rest is not: the hazard register lists the zones of every plan of
an enterprise and names each pinned hazard's zone, and that read no whole plan.

Once read, the plan's scene draws resting symbols from their rows (`resting()`); any other
look at a symbol (by id, by `in`, by iterating) sees its record, made then from the row it
was read with (see domain/plan_read.py). Iterating makes every record, so views that need
only the areas or the drawn shapes ask PlanDocument for those.
"""

from __future__ import annotations

import operator
import uuid
from collections.abc import Callable, Iterable, Iterator

from ..domain.floorplan import AREA_KINDS, PlanItem
from ..domain.plan_read import PlanItemsRead, RestingSymbol
from .record_index import GroupedRecords

_BY_Z = operator.attrgetter("z")


class ItemsOnDemand(GroupedRecords[PlanItem]):
    def __init__(self, read: Callable[[], PlanItemsRead], read_areas: Callable[[], list[PlanItem]]):
        """`read`: every item (symbols as rows); `read_areas`: the areas alone, bottom to top."""
        super().__init__({})
        self._read, self._read_areas = read, read_areas
        self.read_done = False
        self._resting: dict[uuid.UUID, RestingSymbol] = {}
        self._order: list[uuid.UUID] = []  # until every record is made
        self._make: Callable[[list[RestingSymbol]], list[PlanItem]] = lambda _symbols: []

    def _need_read(self) -> None:
        if self.read_done:
            return
        read = self._read()
        self._by_id = {record.id: record for record in read.records}
        self._resting = {symbol.id: symbol for symbol in read.symbols}
        self._order, self._make = read.order, read.make
        self.read_done = True

    def areas(self) -> list[PlanItem]:
        """The zones, aisles and storage areas, bottom to top (never resting symbols); read
        alone while the rest is not (PlanDocument keeps them until the next change)."""
        if self.read_done:
            return sorted((r for r in self._by_id.values() if r.kind in AREA_KINDS), key=_BY_Z)
        return self._read_areas()

    def resting(self) -> list[RestingSymbol]:
        """The symbols with no record yet, in the order they were read."""
        self._need_read()
        return list(self._resting.values())

    def made(self) -> list[PlanItem]:
        """The records made so far: every item but the resting symbols."""
        self._need_read()
        return list(self._by_id.values())

    def zs(self) -> Iterable[float]:
        self._need_read()
        yield from (record.z for record in self._by_id.values())
        yield from (symbol.z for symbol in self._resting.values())

    def make_all(self) -> None:
        """Every record made, held in the order they were read (then those added since)."""
        self._need_read()
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

    # GroupedRecords, each look read first, and at a resting symbol making its record

    def _hold(self, record_id: uuid.UUID) -> None:
        """Read, and the record of `record_id` made if it is a resting symbol."""
        self._need_read()
        if record_id in self._resting:
            self._wake((record_id,))

    def put(self, record: PlanItem) -> PlanItem | None:
        self._hold(record.id)
        return super().put(record)

    def pop(self, record_id: uuid.UUID) -> PlanItem:
        self._hold(record_id)
        return super().pop(record_id)

    def get(self, record_id: uuid.UUID) -> PlanItem | None:
        self._hold(record_id)
        return super().get(record_id)

    def __getitem__(self, record_id: uuid.UUID) -> PlanItem:
        self._hold(record_id)
        return super().__getitem__(record_id)

    def __contains__(self, record_id: object) -> bool:
        self._need_read()
        return record_id in self._by_id or record_id in self._resting

    def __len__(self) -> int:
        self._need_read()
        return len(self._by_id) + len(self._resting)

    def __iter__(self) -> Iterator[PlanItem]:
        self.make_all()
        return super().__iter__()
