"""GraphicsTable: every plan item's graphics item, made on first use for safety symbols.

A symbol at rest is drawn by the scene's marker layer; it needs an item of its own only once
it is hit, selected or dragged. Opening a site plan with thousands of symbols would otherwise
spend most of its time making items nobody touches. Looking an id up makes its item;
`in`, `len()` and iteration cover every record, made or not; `made()` only the made ones.
"""

import uuid
from collections.abc import Callable, Iterator, Mapping

from PySide6.QtWidgets import QGraphicsItem


class GraphicsTable(Mapping):
    def __init__(self, make: Callable[[uuid.UUID], QGraphicsItem]):
        self._make = make
        self._made: dict[uuid.UUID, QGraphicsItem] = {}
        self._deferred: set[uuid.UUID] = set()

    def __getitem__(self, item_id: uuid.UUID) -> QGraphicsItem:
        graphics = self._made.get(item_id)
        if graphics is None:
            if item_id not in self._deferred:
                raise KeyError(item_id)
            self._deferred.discard(item_id)
            graphics = self._made[item_id] = self._make(item_id)
        return graphics

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._made or item_id in self._deferred

    def __iter__(self) -> Iterator[uuid.UUID]:
        yield from list(self._made)
        yield from list(self._deferred)

    def __len__(self) -> int:
        return len(self._made) + len(self._deferred)

    def made(self) -> list[QGraphicsItem]:
        return list(self._made.values())

    def made_item(self, item_id: uuid.UUID) -> QGraphicsItem | None:
        """The item if it exists, without making it."""
        return self._made.get(item_id)

    def add(self, item_id: uuid.UUID, graphics: QGraphicsItem) -> None:
        self._deferred.discard(item_id)
        self._made[item_id] = graphics

    def defer(self, item_id: uuid.UUID) -> None:
        self._made.pop(item_id, None)
        self._deferred.add(item_id)

    def defer_all(self, item_ids) -> None:
        """Many new ids at once (a plan being opened). A dict keyed by them is cheapest: the
        set made from it reuses the dict's hashes (UUID.__hash__ is a Python call)."""
        self._deferred.update(item_ids)

    def pop(self, item_id: uuid.UUID) -> QGraphicsItem | None:
        """Forget the id; its item (if it was made), for the caller to remove from the scene."""
        self._deferred.discard(item_id)
        return self._made.pop(item_id, None)

    def clear(self) -> list[QGraphicsItem]:
        made = self.made()
        self._made.clear()
        self._deferred.clear()
        return made
