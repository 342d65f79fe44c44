"""PortfolioDocument: the enterprises and visits every view is a projection of."""

from __future__ import annotations

import datetime as dt
import uuid
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..domain.catalogues import ScoreModule
from ..domain.enterprise import Enterprise
from ..domain.errors import KnownProblemError
from ..domain.visit import Visit
from .record_index import GroupedRecords

if TYPE_CHECKING:  # the window paints before these are imported: see the startup benchmark
    from ..domain.floorplan import FloorPlan, PlanItem
    from ..domain.hazard import Hazard
    from ..domain.history import Person
    from ..domain.photo import Photo
    from ..domain.ports import (
        FloorPlanRepository,
        HistoryRepository,
        PortfolioRepository,
        Repositories,
    )
    from ..domain.risk import RiskMethod
    from .hazards import HazardRegister
    from .improvement import ImprovementBook
    from .indicators import IndicatorBook
    from .photos import PhotoLibrary
    from .plan import PlanDocument


class PortfolioDocument(QObject):
    """Enterprises, visits and modules of one workspace, kept in step with its database.

    A document may be created empty and attached to a workspace later (attach()), so the
    window can be on screen before the database layer is even imported.

    The mutators below write through the repository first and change memory and emit only when
    the write succeeded; they are meant for undo commands (see commands.py), never for views.

    Signals:
        reset(): the whole content was replaced (a workspace was attached).
        enterprise_added(Enterprise)
        enterprise_changed(Enterprise): the new value of an edited enterprise.
        enterprise_removed(uuid.UUID)
        visit_added(Visit)
        visit_changed(Visit)
        visit_removed(Visit): the visit as it was before removal.
        modules_changed(): the module catalogue grew.
        plan_added(FloorPlan)
        plan_changed(FloorPlan): name, scale, grid or background of a plan changed.
        plan_removed(FloorPlan): the plan as it was before removal.
        areas_changed(uuid.UUID): zones, aisles or storage areas of this plan were added,
            changed or removed (the register's zone column and filter follow it).
        problem_occurred(str): an edit, undo or redo failed; the message is for the user.
    """

    reset = Signal()
    enterprise_added = Signal(Enterprise)
    enterprise_changed = Signal(Enterprise)
    enterprise_removed = Signal(uuid.UUID)
    visit_added = Signal(Visit)
    visit_changed = Signal(Visit)
    visit_removed = Signal(Visit)
    modules_changed = Signal()
    plan_added = Signal(object)  # FloorPlan, as the next two: not imported with the window
    plan_changed = Signal(object)
    plan_removed = Signal(object)
    areas_changed = Signal(object)  # plan id
    problem_occurred = Signal(str)

    def __init__(self, repositories: Repositories | None = None, parent: QObject | None = None):
        super().__init__(parent)
        # the repositories are None until attach(); the methods writing or reading through
        # them run attached only, hence their casts
        self.repository: PortfolioRepository | None = None
        self.plan_repository: FloorPlanRepository | None = None
        self.undo_stack = QUndoStack(self)
        self.history: HistoryRepository | None = None
        self._repositories: Repositories | None = None
        self._hazards: HazardRegister | None = None  # made on first use: see the properties
        self._photos: PhotoLibrary | None = None
        self._improvement: ImprovementBook | None = None
        self._indicators: IndicatorBook | None = None
        self._enterprises: dict[uuid.UUID, Enterprise] = {}
        self._visits: GroupedRecords[Visit] = GroupedRecords(_enterprise_of)
        self._plans: GroupedRecords[FloorPlan] = GroupedRecords(_enterprise_of)
        self._modules: list[ScoreModule] = []
        self._plan_documents: dict[uuid.UUID, PlanDocument] = {}
        if repositories is not None:
            self.attach(repositories)

    @property
    def hazards(self) -> HazardRegister:
        """Every hazard of the workspace, its categories and risk profiles. Made on first
        use, at the latest when a workspace is attached, as the books below."""
        if self._hazards is None:
            from .hazards import HazardRegister

            self._hazards = HazardRegister(self)
        return self._hazards

    @property
    def photos(self) -> PhotoLibrary:
        """The photo records of the workspace, made on first use."""
        if self._photos is None:
            from .photos import PhotoLibrary

            self._photos = PhotoLibrary(self)
        return self._photos

    @property
    def improvement(self) -> ImprovementBook:
        """The EIT and EIP records (an ImprovementBook). Made on first use, which is at the
        latest when a workspace is attached: its domain modules are not needed to paint the
        window (see the startup benchmark)."""
        if self._improvement is None:
            from .improvement import ImprovementBook

            self._improvement = ImprovementBook(self)
        return self._improvement

    @property
    def indicators(self) -> IndicatorBook:
        """The indicator entries and catalogue (an IndicatorBook), made on first use."""
        if self._indicators is None:
            from .indicators import IndicatorBook

            self._indicators = IndicatorBook(self, self)
        return self._indicators

    def attach(self, repositories: Repositories) -> None:
        """Load everything from the repositories; edits from now on are written to them."""
        repository, plan_repository = repositories.portfolio, repositories.plans
        enterprises = {e.id: e for e in repository.list_enterprises()}
        visits = GroupedRecords(_enterprise_of, repository.list_visits())
        plans = GroupedRecords(_enterprise_of, plan_repository.list_plans())
        modules = repository.list_modules()
        self.undo_stack.clear()
        self._plan_documents.clear()
        self.repository, self.plan_repository = repository, plan_repository
        self.history, self._repositories = repositories.history, repositories
        self._enterprises, self._visits, self._modules = enterprises, visits, modules
        self._plans = plans
        self.hazards.attach(repositories.hazards)
        self.photos.attach(repositories.photos)
        self.improvement.attach(repositories.improvement)
        self.indicators.attach(repositories.indicators)
        self.reset.emit()

    def is_attached(self) -> bool:
        return self.repository is not None

    # Who and history -----------------------------------------------------------------------

    def set_author(self, person: Person) -> None:
        """Every change from now on is recorded as made by `person`."""
        cast("HistoryRepository", self.history).set_author(person)

    def acting(self, text: str) -> AbstractContextManager[None]:
        """Writes inside the block are one user action called `text` in the history."""
        if self.history is None:
            return nullcontext()
        return self.history.acting(text)

    def restore_deleted(self, record_id: uuid.UUID, text: str) -> list:
        """Put back a record deleted beyond the undo stack (with what was deleted with it),
        then reload: the restored records may belong to any collection. The undo stack is
        cleared, as on any reload, and the views rebuild from `reset`."""
        restored = cast("HistoryRepository", self.history).restore(record_id, text)
        self.attach(cast("Repositories", self._repositories))
        return restored

    # Queries -------------------------------------------------------------------------------

    def enterprises(self) -> list[Enterprise]:
        return sorted(self._enterprises.values(), key=lambda e: e.name.casefold())

    def enterprise(self, enterprise_id: uuid.UUID) -> Enterprise:
        return self._enterprises[enterprise_id]

    def has_enterprise(self, enterprise_id: uuid.UUID) -> bool:
        return enterprise_id in self._enterprises

    def visits_of(self, enterprise_id: uuid.UUID) -> list[Visit]:
        return sorted(self._visits.of(enterprise_id), key=lambda v: v.date)

    def visit(self, visit_id: uuid.UUID) -> Visit:
        return self._visits[visit_id]

    def last_visit_date(self, enterprise_id: uuid.UUID) -> dt.date | None:
        return max((v.date for v in self._visits.of(enterprise_id)), default=None)

    def modules(self) -> list[ScoreModule]:
        return list(self._modules)

    def module_title(self, code: str) -> str:
        return next((m.title for m in self._modules if m.code == code), code)

    def risk_method(self, enterprise_id: uuid.UUID) -> RiskMethod:
        return self.hazards.method(self._enterprises[enterprise_id].risk_method)

    def plans_of(self, enterprise_id: uuid.UUID) -> list[FloorPlan]:
        return self._plans.of(enterprise_id)

    def plan(self, plan_id: uuid.UUID) -> FloorPlan:
        return self._plans[plan_id]

    def has_plan(self, plan_id: uuid.UUID) -> bool:
        return plan_id in self._plans

    def zone_at(self, plan_id: uuid.UUID | None, position) -> PlanItem | None:
        """The zone (or aisle, storage area) of a plan around a position: the one rule
        behind a hazard's zone, a new hazard's exposed workers and a photo pin's zone."""
        if plan_id is None or position is None or not self.has_plan(plan_id):
            return None
        from ..domain.floorplan import zone_at  # the plan modules load with the first plan

        return zone_at(self.plan_document(plan_id).items(), position)

    def zone_name(self, hazard: Hazard) -> str:
        """The name of the zone a hazard is pinned in ("" when none)."""
        zone = self.zone_at(hazard.plan_id, hazard.position)
        return zone.label if zone is not None else ""

    def plan_document(self, plan_id: uuid.UUID):
        """The open PlanDocument of a plan (one per plan, kept while the workspace is open).

        Commands find plans through here, so undo still works after an editor tab is closed.
        """
        from .plan import PlanDocument  # plan.py imports this module

        if plan_id not in self._plan_documents:
            self._plan_documents[plan_id] = PlanDocument(self, plan_id, parent=self)
        return self._plan_documents[plan_id]

    def is_empty(self) -> bool:
        return not self._enterprises

    # Edits ---------------------------------------------------------------------------------

    def push(self, command) -> bool:
        """Apply `command` now and put it on the undo stack; False (and a message) on failure.

        The command is applied before it is pushed so that a failed write never leaves a
        command on the stack for something that did not happen.
        """
        try:
            with self.acting(command.text()):
                command.apply()
        except KnownProblemError as exc:
            self.problem_occurred.emit(str(exc))
            return False
        command.skip_next_redo()
        self.undo_stack.push(command)
        return True

    def ensure_module(self, title: str) -> ScoreModule:
        """The catalogue module called `title`, added if new (catalogue growth is not undone)."""
        module = cast("PortfolioRepository", self.repository).ensure_module(title)
        if module not in self._modules:
            self._modules = cast("PortfolioRepository", self.repository).list_modules()
            self.modules_changed.emit()
        return module

    # Mutators for commands -----------------------------------------------------------------

    def insert_enterprise(self, enterprise: Enterprise) -> None:
        cast("PortfolioRepository", self.repository).add_enterprise(enterprise)
        self._enterprises[enterprise.id] = enterprise
        self.enterprise_added.emit(enterprise)

    def replace_enterprise(self, enterprise: Enterprise) -> None:
        cast("PortfolioRepository", self.repository).update_enterprise(enterprise)
        self._enterprises[enterprise.id] = enterprise
        self.enterprise_changed.emit(enterprise)

    def remove_enterprise(self, enterprise_id: uuid.UUID) -> RemovedEnterprise:
        """Remove an enterprise with its visits and plans; returns them so undo can restore."""
        plans = [
            (plan, cast("FloorPlanRepository", self.plan_repository).list_items(plan.id))
            for plan in self.plans_of(enterprise_id)
        ]
        removed = RemovedEnterprise(
            self._enterprises[enterprise_id],
            self.visits_of(enterprise_id),
            plans,
            self.hazards.hazards_of(enterprise_id),
            self.photos.photos_of(enterprise_id),
            self.improvement.everything_of(
                enterprise_id, {v.id for v in self.visits_of(enterprise_id)}
            ),
            self.indicators.everything_of(enterprise_id),
        )
        for group in reversed(removed.improvement):
            self.improvement.remove(type(group[0]), [r.id for r in group])
        if removed.photos:
            self.photos.remove([p.id for p in removed.photos])
        if removed.hazards:
            self.hazards.remove([h.id for h in removed.hazards])
        for plan, _items in plans:
            self.remove_plan(plan.id)
        cast("PortfolioRepository", self.repository).delete_enterprise(enterprise_id)
        self.indicators.forget(enterprise_id)  # the database deleted them with it
        for visit in removed.visits:
            self._visits.pop(visit.id)
        del self._enterprises[enterprise_id]
        self.enterprise_removed.emit(enterprise_id)
        return removed

    def restore_enterprise(self, removed: RemovedEnterprise) -> None:
        cast("PortfolioRepository", self.repository).restore_enterprise(
            removed.enterprise, removed.visits
        )
        self._enterprises[removed.enterprise.id] = removed.enterprise
        self.enterprise_added.emit(removed.enterprise)
        for visit in removed.visits:
            self._visits.put(visit)
            self.visit_added.emit(visit)
        for plan, items in removed.plans:
            self.insert_plan(plan, items)
        if removed.hazards:
            self.hazards.insert(removed.hazards)
        if removed.photos:
            self.photos.insert(removed.photos)
        for group in removed.improvement:
            self.improvement.insert(group)
        self.indicators.restore(removed.enterprise.id, removed.indicators)

    def insert_visit(self, visit: Visit) -> None:
        cast("PortfolioRepository", self.repository).add_visit(visit)
        self._visits.put(visit)
        self.visit_added.emit(visit)

    def replace_visit(self, visit: Visit) -> None:
        cast("PortfolioRepository", self.repository).update_visit(visit)
        self._visits.put(visit)
        self.visit_changed.emit(visit)

    def remove_visit(self, visit_id: uuid.UUID) -> Visit:
        visit = self._visits[visit_id]
        cast("PortfolioRepository", self.repository).delete_visit(visit_id)
        self._visits.pop(visit_id)
        self.visit_removed.emit(visit)
        return visit

    def insert_plan(self, plan: FloorPlan, items: list[PlanItem]) -> None:
        cast("FloorPlanRepository", self.plan_repository).add_plan(plan, items)
        self._plans.put(plan)
        if plan.id in self._plan_documents:
            self._plan_documents[plan.id].reload()
        self.plan_added.emit(plan)

    def replace_plan(self, plan: FloorPlan) -> None:
        cast("FloorPlanRepository", self.plan_repository).update_plan(plan)
        self._plans.put(plan)
        self.plan_changed.emit(plan)

    def remove_plan(self, plan_id: uuid.UUID) -> RemovedPlan:
        """Remove a plan and its items; its hazards stay in the register, unpinned."""
        plan, items = (
            self._plans[plan_id],
            cast("FloorPlanRepository", self.plan_repository).list_items(plan_id),
        )
        cast("FloorPlanRepository", self.plan_repository).delete_plan(plan_id)
        self._plans.pop(plan_id)
        pinned = self.hazards.forget_plan(plan_id)
        self.plan_removed.emit(plan)
        return RemovedPlan(plan, items, pinned)

    def restore_plan(self, removed: RemovedPlan) -> None:
        self.insert_plan(removed.plan, removed.items)
        if removed.pinned_hazards:
            self.hazards.replace(removed.pinned_hazards)


@dataclass(frozen=True)
class RemovedPlan:
    plan: FloorPlan
    items: list[PlanItem]
    pinned_hazards: list[Hazard]


@dataclass(frozen=True)
class RemovedEnterprise:
    """Everything a deleted enterprise took with it, for undo."""

    enterprise: Enterprise
    visits: list[Visit]
    plans: list[tuple[FloorPlan, list[PlanItem]]]
    hazards: list[Hazard]
    photos: list[Photo]
    improvement: list[list]  # EIT and EIP records, one list per type
    indicators: tuple  # entries, corrections and good-practice answers


def _enterprise_of(record) -> uuid.UUID:
    return record.enterprise_id
