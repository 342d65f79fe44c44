"""HazardRegister: every hazard of the workspace, kept in step with its database rows."""

import dataclasses
import uuid
from typing import cast

from PySide6.QtCore import QObject, Signal

from ..domain.hazard import Hazard, HazardCategory
from ..domain.ports import HazardRepository
from ..domain.risk import BUILT_IN_METHODS, DEFAULT_METHOD, RiskMethod


class HazardRegister(QObject):
    """The hazards of all enterprises; the register table and the plan pins project it.

    Mutators write first and emit after; they are for commands only.

    Signals:
        hazards_added(list): new Hazards.
        hazards_changed(list): the new values of changed Hazards.
        hazards_removed(list): the Hazards as they were before removal.
        reset(): everything was reloaded.
        categories_changed(): the category catalogue changed (names, colours, new ones).
    """

    hazards_added = Signal(list)
    hazards_changed = Signal(list)
    hazards_removed = Signal(list)
    reset = Signal()
    categories_changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        # None until attach(); the methods writing or reading through it run attached only,
        # hence their casts
        self.repository: HazardRepository | None = None
        self._hazards: dict[uuid.UUID, Hazard] = {}
        self._categories: list[HazardCategory] = []
        self._profiles: dict[str, RiskMethod] = {}
        self._listings: dict[tuple[str, int], tuple[Hazard, ...]] = {}  # see _listed

    def attach(self, repository: HazardRepository) -> None:
        hazards = {h.id: h for h in repository.list_hazards()}
        self._categories = repository.list_categories()
        self._profiles = {p.key: p for p in repository.list_profiles()}
        self.repository, self._hazards = repository, hazards
        self._listings.clear()
        self.reset.emit()

    # Queries -------------------------------------------------------------------------------

    def methods(self) -> list[RiskMethod]:
        """Built-in methods, then the workspace's named profiles."""
        return [*BUILT_IN_METHODS.values(), *self._profiles.values()]

    def method(self, key: str) -> RiskMethod:
        return self._profiles.get(key) or method_for(key)

    def known_method(self, key: str) -> RiskMethod | None:
        """The method or profile with this key, or None (a profile of another workspace)."""
        return self._profiles.get(key) or BUILT_IN_METHODS.get(key)

    def add_profile(self, profile: RiskMethod, base_key: str) -> None:
        """Profiles are only ever added (a profile in use must stay resolvable)."""
        cast(HazardRepository, self.repository).add_profile(profile, base_key)
        self._profiles[profile.key] = profile

    def replace_categories(self, categories: list[HazardCategory]) -> None:
        """For commands: the whole catalogue, in order (categories are never removed)."""
        for category in categories:
            category.validate()
        cast(HazardRepository, self.repository).save_categories(categories)
        self._categories = list(categories)
        self.categories_changed.emit()

    def categories(self) -> list[HazardCategory]:
        return list(self._categories)

    def category(self, code: str) -> HazardCategory | None:
        return next((c for c in self._categories if c.code == code), None)

    # Compared by their integers: UUID.__eq__ is a Python call, ten thousand per listing.
    # Listings are kept until the next change: opening a plan of 10,000 hazards lists the
    # enterprise's hazards for the register, its matrix and its legend, and the plan's for
    # its pins. Each caller gets its own list.

    def hazards_of(self, enterprise_id: uuid.UUID) -> list[Hazard]:
        target = enterprise_id.int
        return self._listed(
            ("enterprise", target),
            lambda: [h for h in self._hazards.values() if h.enterprise_id.int == target],
        )

    def hazards_on(self, plan_id: uuid.UUID) -> list[Hazard]:
        target = plan_id.int
        return self._listed(
            ("plan", target),
            lambda: [
                h
                for h in self._hazards.values()
                if h.plan_id is not None and h.plan_id.int == target
            ],
        )

    def _listed(self, key: tuple[str, int], make) -> list[Hazard]:
        found = self._listings.get(key)
        if found is None:
            found = self._listings[key] = tuple(make())
        return list(found)

    def hazard(self, hazard_id: uuid.UUID) -> Hazard:
        return self._hazards[hazard_id]

    def get(self, hazard_id: uuid.UUID) -> Hazard | None:
        return self._hazards.get(hazard_id)

    def has(self, hazard_id: uuid.UUID) -> bool:
        return hazard_id in self._hazards

    def check(self, hazards: list[Hazard], method: RiskMethod) -> None:
        """Refuse the whole batch before anything is written (nothing saved half-way)."""
        codes = {c.code for c in self._categories}
        for hazard in hazards:
            hazard.validate(method, codes)

    # Mutators for commands -----------------------------------------------------------------

    def insert(self, hazards: list[Hazard]) -> None:
        cast(HazardRepository, self.repository).add_hazards(hazards)
        self._hazards.update((h.id, h) for h in hazards)
        self._listings.clear()
        self.hazards_added.emit(hazards)

    def replace(self, hazards: list[Hazard]) -> None:
        cast(HazardRepository, self.repository).update_hazards(hazards)
        self._hazards.update((h.id, h) for h in hazards)
        self._listings.clear()
        self.hazards_changed.emit(hazards)

    def remove(self, hazard_ids: list[uuid.UUID]) -> list[Hazard]:
        removed = [self._hazards[i] for i in hazard_ids]
        cast(HazardRepository, self.repository).delete_hazards(hazard_ids)
        for hazard_id in hazard_ids:
            del self._hazards[hazard_id]
        self._listings.clear()
        self.hazards_removed.emit(removed)
        return removed

    def forget_plan(self, plan_id: uuid.UUID) -> list[Hazard]:
        """The database unpinned these when their plan was deleted; mirror that in memory."""
        pinned = self.hazards_on(plan_id)
        unpinned = [dataclasses.replace(h, plan_id=None, position=None) for h in pinned]
        self._hazards.update((h.id, h) for h in unpinned)
        self._listings.clear()
        if unpinned:
            self.hazards_changed.emit(unpinned)
        return pinned


def method_for(key: str) -> RiskMethod:
    """The built-in method with this key; unknown keys fall back to the default (5 × 5)."""
    return BUILT_IN_METHODS.get(key, DEFAULT_METHOD)
