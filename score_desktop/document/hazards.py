"""HazardRegister: every hazard of the workspace, kept in step with its database rows."""

import dataclasses
import uuid
from typing import cast

from PySide6.QtCore import QObject, Signal

from ..domain.hazard import Hazard, HazardCategory, register_numbers
from ..domain.ports import HazardRepository
from ..domain.read_model import risk_method
from ..domain.risk import BUILT_IN_METHODS, RiskMethod
from .record_set import RecordSet, RecordStore, by_attribute


class HazardRegister(RecordSet):
    """The hazards of all enterprises (a RecordSet grouped by enterprise and by plan), with
    their categories and risk profiles; the register table and the plan pins project it.

    Signals besides RecordSet's:
        categories_changed(): the category catalogue changed (names, colours, new ones).
    """

    categories_changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(
            {"enterprise": by_attribute("enterprise_id"), "plan": by_attribute("plan_id")},
            parent,
            by_enterprise=True,
        )
        # None until attach(); the methods writing or reading through it run attached only,
        # hence their casts
        self.repository: HazardRepository | None = None
        self._categories: list[HazardCategory] = []
        self._profiles: dict[str, RiskMethod] = {}
        # enterprise -> (the method they were counted by, register numbers): kept until one of
        # its hazards changes (connected first, so it is forgotten before any view asks)
        self._numbers: dict[uuid.UUID, tuple[RiskMethod, dict[uuid.UUID, int]]] = {}
        for signal in (self.added, self.changed, self.removed):
            signal.connect(self._forget_numbers)
        self.reset.connect(self._numbers.clear)

    def attach(self, repository: HazardRepository) -> None:
        self._categories = repository.list_categories()
        self._profiles = {p.key: p for p in repository.list_profiles()}
        self.repository = repository
        self.load(
            RecordStore(
                repository.list_hazards,
                repository.add_hazards,
                repository.update_hazards,
                lambda removed: repository.delete_hazards([h.id for h in removed]),
                read_scope=repository.list_hazards,
            ),
        )

    # Queries -------------------------------------------------------------------------------

    def methods(self) -> list[RiskMethod]:
        """Built-in methods, then the workspace's named profiles."""
        return [*BUILT_IN_METHODS.values(), *self._profiles.values()]

    def method(self, key: str) -> RiskMethod:
        return risk_method(key, self._profiles)

    def profiles(self) -> list[RiskMethod]:
        """The workspace's named risk profiles."""
        return list(self._profiles.values())

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

    def hazards_of(self, enterprise_id: uuid.UUID) -> list[Hazard]:
        return self.group("enterprise", enterprise_id)

    def hazards_on(self, plan_id: uuid.UUID) -> list[Hazard]:
        return self.group("plan", plan_id)

    def hazard(self, hazard_id: uuid.UUID) -> Hazard:
        return self.record(hazard_id)

    def numbers(self, enterprise_id: uuid.UUID, method: RiskMethod) -> dict[uuid.UUID, int]:
        """The register numbers (H1…) of an enterprise's hazards (`domain.hazard.
        register_numbers`), counted once per change: the register, the pins and the form
        all show them. Shared: callers read it, never change it."""
        kept = self._numbers.get(enterprise_id)
        if kept is None or kept[0] != method:
            kept = self._numbers[enterprise_id] = (
                method,
                register_numbers(self.hazards_of(enterprise_id), method),
            )
        return kept[1]

    def _forget_numbers(self, hazards: list[Hazard]) -> None:
        for enterprise_id in {h.enterprise_id for h in hazards}:
            self._numbers.pop(enterprise_id, None)

    def check(self, hazards: list[Hazard], method: RiskMethod) -> None:
        """Refuse the whole batch before anything is written (nothing saved half-way)."""
        codes = {c.code for c in self._categories}
        for hazard in hazards:
            hazard.validate(method, codes)

    # Mutators for commands -----------------------------------------------------------------

    def forget_plan(self, plan_id: uuid.UUID) -> list[Hazard]:
        """The database unpinned these when their plan was deleted; mirror that in memory."""
        pinned = self.hazards_on(plan_id)
        self.mirror([dataclasses.replace(h, plan_id=None, position=None) for h in pinned])
        return pinned
