"""A plan's items as the editor reads them: safety symbols stay rows until asked for.

A site plan holds thousands of safety symbols. Opening it draws each from its kind and
position, and few are ever touched; making a record of each was the largest part of the
read. The store gives their rows instead, and makes the records of those asked for from the
same rows, by the same code as a full read: a record made late is the one a full read makes.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

from .floorplan import PlanItem, PlanItemKind


class RestingSymbol(NamedTuple):
    """What drawing a symbol at rest needs, and the row its record is made from."""

    id: uuid.UUID
    kind: PlanItemKind
    x: float
    y: float
    z: float
    row: Any  # the store's own: only `PlanItemsRead.make` looks inside


@dataclass(frozen=True)
class PlanItemsRead:
    records: list[PlanItem]  # every item but the safety symbols
    symbols: list[RestingSymbol]
    order: list[uuid.UUID]  # every id, in the store's order (bottom to top, then oldest first)
    make: Callable[[list[RestingSymbol]], list[PlanItem]]  # the symbols' records
