"""PortfolioDocument: the enterprises and visits every view is a projection of."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Hashable
from contextlib import AbstractContextManager, nullcontext
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..domain.catalogues import ScoreModule
from ..domain.enterprise import Enterprise
from ..domain.errors import KnownProblemError
from ..domain.visit import Visit
from .record_set import RecordSet, RecordStore, by_attribute, each
from .review_mode import ReviewMode
from .texts import error_text, sort_key
from .undo_contexts import UndoContexts

if TYPE_CHECKING:  # the window paints before these are imported: see the startup benchmark
    from ..domain.exchange import ConflictInboxRepository, ExchangeRepository
    from ..domain.floorplan import FloorPlan, PlanItem
    from ..domain.hazard import Hazard
    from ..domain.history import Person
    from ..domain.ports import (
        FloorPlanRepository,
        HistoryRepository,
        PortfolioRepository,
        Repositories,
    )
    from ..domain.programme import ProgrammeFacts
    from ..domain.risk import RiskMethod
    from ..domain.signoff import SignoffRepository
    from .checklists import ChecklistBook
    from .comments import CommentThreads
    from .hazards import HazardRegister
    from .improvement import ImprovementBook
    from .indicators import IndicatorBook
    from .photos import PhotoLibrary
    from .plan import PlanDocument


class PortfolioDocument(ReviewMode, QObject):
    """Enterprises, visits and modules of one workspace, kept in step with its database.

    A document may be created empty and attached to a workspace later (attach()), so the
    window can be on screen before the database layer is even imported.

    Every collection is a RecordSet (see record_set.py) with the same signals (added, changed,
    removed, each with a list of records, and reset): `enterprise_set`, `visit_set`,
    `plan_set`, `hazards`, `photos`, `improvement`, each plan's items (`plan_document(id)`).
    They are changed by undo commands only (see commands.py), never by views.

    Signals:
        reset(): the whole content was replaced (a workspace was attached).
        modules_changed(): the module catalogue grew.
        areas_changed(uuid.UUID): zones, aisles or storage areas of this plan were added,
            changed or removed (the register's zone column and filter follow it).
        problem_occurred(str): an edit, undo or redo failed; the message is for the user.
        mode_changed(): the person using the app changed, and with them maybe the review mode
            (an enterprise manager reviews: see domain/comments.py).
    """

    reset = Signal()
    modules_changed = Signal()
    areas_changed = Signal(object)  # plan id
    problem_occurred = Signal(str)
    mode_changed = Signal()

    def __init__(self, repositories: Repositories | None = None, parent: QObject | None = None):
        super().__init__(parent)
        # the repositories are None until attach(); the methods writing or reading through
        # them run attached only, hence their casts
        self.repository: PortfolioRepository | None = None
        self.plan_repository: FloorPlanRepository | None = None
        self.undo = UndoContexts(self)  # one stack per context; see undo_contexts.py
        self.history: HistoryRepository | None = None
        # signed reports (domain/signoff.py): not edits, so not on the undo stack
        self.signoffs: SignoffRepository | None = None
        self._repositories: Repositories | None = None
        self._hazards: HazardRegister | None = None  # made on first use: see the properties
        self._photos: PhotoLibrary | None = None
        self._improvement: ImprovementBook | None = None
        self._indicators: IndicatorBook | None = None
        self._comments: CommentThreads | None = None
        self.person: Person | None = None  # who is using the app (the review mode follows)
        self._checklists: ChecklistBook | None = None
        by_enterprise = {"enterprise": by_attribute("enterprise_id")}
        self.enterprise_set = RecordSet({}, self)
        self.visit_set = RecordSet(by_enterprise, self, by_enterprise=True)
        self.plan_set = RecordSet(by_enterprise, self, by_enterprise=True)
        self._last_visits: dict[uuid.UUID, dt.date] = {}  # of enterprises not read yet
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

    @property
    def comments(self) -> CommentThreads:
        """The comment threads (and what was read here), made on first use."""
        if self._comments is None:
            from .comments import CommentThreads

            self._comments = CommentThreads(self)
        return self._comments

    @property
    def checklists(self) -> ChecklistBook:
        """Walk-throughs, their answers and the stored template versions, made on first use."""
        if self._checklists is None:
            from .checklists import ChecklistBook

            self._checklists = ChecklistBook(self)
        return self._checklists

    def attach(self, repositories: Repositories) -> None:
        """Load everything from the repositories; edits from now on are written to them."""
        repository, plan_repository = repositories.portfolio, repositories.plans
        modules = repository.list_modules()
        self.undo.clear()
        self._plan_documents.clear()
        self.repository, self.plan_repository = repository, plan_repository
        self.history, self._repositories = repositories.history, repositories
        self.signoffs = repositories.signoffs
        self._modules = modules
        self.enterprise_set.load(
            RecordStore(
                repository.list_enterprises,
                each(repository.add_enterprise),
                each(repository.update_enterprise),
                each(lambda e: repository.delete_enterprise(e.id)),
            ),
        )
        self.visit_set.load(
            RecordStore(
                repository.list_visits,
                each(repository.add_visit),
                each(repository.update_visit),
                each(lambda v: repository.delete_visit(v.id)),
                read_scope=repository.list_visits,
            ),
        )
        # the portfolio's last-visit column, in one grouped query instead of every visit
        self._last_visits = repository.last_visit_dates()
        self.plan_set.load(
            RecordStore(
                plan_repository.list_plans,
                each(plan_repository.add_plan),
                each(plan_repository.update_plan),
                each(lambda p: plan_repository.delete_plan(p.id)),
                read_scope=plan_repository.list_plans,
            ),
        )
        self.hazards.attach(repositories.hazards)
        self.photos.attach(repositories.photos)
        self.improvement.attach(repositories.improvement)
        self.indicators.attach(repositories.indicators)
        self.comments.attach(repositories.comments)
        self.checklists.attach(repositories.checklists)
        self._follow_enterprises()
        self.reset.emit()

    def _follow_enterprises(self) -> None:
        """The sets read by enterprise: what enterprise a plan or visit belongs to, and one
        enterprise's records read in every set at once (a review item found by its visit
        names hazards and projects found by id)."""
        for records in self._by_enterprise():
            records.enterprise_needed = self.read_enterprise
        history = cast("HistoryRepository", self.history)
        for records, kinds in (
            (self.visit_set, ("visits",)),
            (self.plan_set, ("floor_plans",)),
            (self.hazards, ("hazards",)),
            (self.photos, ("photos",)),
            (self.improvement, IMPROVEMENT_KINDS),
            (self.comments, ("comments",)),
            (self.checklists, ("walkthroughs", "checklist_answers")),
        ):
            store = cast("RecordStore", records.store)
            records.store = dataclasses.replace(store, locate=_locator(history, kinds))
        self.hazards.enterprise_of["plan"] = self._enterprise_of_plan
        self.photos.enterprise_of.update(
            plan=self._enterprise_of_plan,
            visit_id=self._enterprise_of_visit,
            hazard_id=self._enterprise_of_hazard,
        )
        self.improvement.enterprise_of["visit"] = self._enterprise_of_visit
        self.checklists.enterprise_of["visit"] = self._enterprise_of_visit
        self.checklists.enterprise_of["walkthrough"] = self._enterprise_of_walkthrough

    def _by_enterprise(self) -> list:
        return [
            self.visit_set,
            self.plan_set,
            self.hazards,
            self.photos,
            self.improvement,
            self.indicators,
            self.comments,
            self.checklists,
        ]

    def read_enterprise(self, enterprise_id: uuid.UUID) -> None:
        """Hold every record of the enterprise from now on (read once, when anything of it is
        first asked for): a workspace of 1,400 enterprises opens as fast as one."""
        for records in self._by_enterprise():
            records.read_enterprise(enterprise_id)

    def _enterprise_of_plan(self, plan_id) -> uuid.UUID | None:
        plan = self.plan_set.get(plan_id) if plan_id is not None else None
        return plan.enterprise_id if plan is not None else None

    def _enterprise_of_visit(self, visit_id) -> uuid.UUID | None:
        visit = self.visit_set.get(visit_id) if visit_id is not None else None
        return visit.enterprise_id if visit is not None else None

    def _enterprise_of_walkthrough(self, walkthrough_id) -> uuid.UUID | None:
        walk = self.checklists.get(walkthrough_id) if walkthrough_id is not None else None
        return walk.enterprise_id if walk is not None else None

    def _enterprise_of_hazard(self, hazard_id) -> uuid.UUID | None:
        hazard = self.hazards.get(hazard_id) if hazard_id is not None else None
        return hazard.enterprise_id if hazard is not None else None

    def is_attached(self) -> bool:
        return self.repository is not None

    # Who and history -----------------------------------------------------------------------

    def set_author(self, person: Person) -> None:
        """Every change from now on is recorded as made by `person`."""
        cast("HistoryRepository", self.history).set_author(person)
        self.use_person(person)

    def use_person(self, person: Person | None) -> None:
        """Work as `person` (their comments, their review mode). A change of mode clears
        the undo stack: an edit made in the other mode is not undone in this one."""
        from ..domain.comments import reviews

        changes_mode = reviews(person) != reviews(self.person)
        self.person = person
        if changes_mode:
            self.undo_stack.clear()
        self.mode_changed.emit()

    def acting(self, text: str) -> AbstractContextManager[None]:
        """Writes inside the block are one user action called `text` in the history."""
        if self.history is None:
            return nullcontext()
        return self.history.acting(text)

    def restore_deleted(self, record_id: uuid.UUID, text: str) -> list:
        """Put back a record deleted beyond the undo stack (with what was deleted with it and
        the links its deletion cleared). The restored records may belong to any collection:
        each one reads its records again and tells what came back as `added` (and relinked
        records as `changed`), parents first, like any edit; the undo stack stays."""
        restored = cast("HistoryRepository", self.history).restore(record_id, text)
        self.read_again()
        return restored

    def records_arrived(self) -> None:
        """Records were merged from another workspace (a package, a decision in the conflict
        inbox): every set reads again and tells what changed, like any edit. The undo stacks
        are cleared: their steps were made against records that may have changed since."""
        self.undo.clear()
        self.read_again()

    @property
    def exchange(self) -> ExchangeRepository:
        return cast("Repositories", self._repositories).exchange

    @property
    def inbox(self) -> ConflictInboxRepository:
        return cast("Repositories", self._repositories).inbox

    def programme_facts(self) -> ProgrammeFacts:
        """Read from the database, not from the held records: a programme has hundreds of
        enterprises, the document holds those opened."""
        return cast("Repositories", self._repositories).programme.facts()

    def read_again(self) -> None:
        """Every collection reads its records again (changed outside the undo stack)."""
        for records in (self.enterprise_set, self.visit_set, self.plan_set):
            records.refresh()
        for plan_document in list(self._plan_documents.values()):
            if self.has_plan(plan_document.plan_id):
                plan_document.refresh()
        records_by_enterprise = (self.hazards, self.photos, self.improvement, self.comments)
        for records in (*records_by_enterprise, self.checklists):
            records.refresh()
        self.indicators.refresh()

    # Queries -------------------------------------------------------------------------------

    def enterprises(self) -> list[Enterprise]:
        return sorted(self.enterprise_set.all(), key=lambda e: sort_key(e.name))

    def enterprise(self, enterprise_id: uuid.UUID) -> Enterprise:
        return self.enterprise_set.record(enterprise_id)

    def has_enterprise(self, enterprise_id: uuid.UUID) -> bool:
        return self.enterprise_set.has(enterprise_id)

    def visits_of(self, enterprise_id: uuid.UUID) -> list[Visit]:
        return sorted(self.visit_set.group("enterprise", enterprise_id), key=lambda v: v.date)

    def visit(self, visit_id: uuid.UUID) -> Visit:
        return self.visit_set.record(visit_id)

    def last_visit_date(self, enterprise_id: uuid.UUID) -> dt.date | None:
        if not self.visit_set.holds(enterprise_id):  # asked for every row painted: no read
            return self._last_visits.get(enterprise_id)
        visits = self.visit_set.group("enterprise", enterprise_id)
        return max((v.date for v in visits), default=None)

    def enterprises_visited_for(self, module_code: str) -> set[uuid.UUID]:
        """The enterprises with a visit for this module (one query, not every visit)."""
        return cast("PortfolioRepository", self.repository).enterprises_visited_for(module_code)

    def modules(self) -> list[ScoreModule]:
        return list(self._modules)

    def module_title(self, code: str) -> str:
        return next((m.title for m in self._modules if m.code == code), code)

    def risk_method(self, enterprise_id: uuid.UUID) -> RiskMethod:
        return self.hazards.method(self.enterprise(enterprise_id).risk_method)

    def plans_of(self, enterprise_id: uuid.UUID) -> list[FloorPlan]:
        return self.plan_set.group("enterprise", enterprise_id)

    def plan(self, plan_id: uuid.UUID) -> FloorPlan:
        return self.plan_set.record(plan_id)

    def has_plan(self, plan_id: uuid.UUID) -> bool:
        return self.plan_set.has(plan_id)

    def zone_at(self, plan_id: uuid.UUID | None, position) -> PlanItem | None:
        """The zone (or aisle, storage area) of a plan around a position: where a new
        hazard's exposed workers and a photo pin's zone come from."""
        if plan_id is None or position is None or not self.has_plan(plan_id):
            return None
        from ..domain.floorplan import zone_at  # the plan modules load with the first plan

        return zone_at(self.plan_document(plan_id).areas(), position)

    def zone_name(self, hazard: Hazard) -> str:
        """The name of the zone a hazard is pinned in ("" when none), by the read model's
        rule, as the reports find it."""
        if hazard.plan_id is None or not self.has_plan(hazard.plan_id):
            return ""
        from ..domain.read_model import zone_name

        return zone_name(hazard, self.plan_document(hazard.plan_id).areas())

    def plan_document(self, plan_id: uuid.UUID):
        """The open PlanDocument of a plan (one per plan, kept while the workspace is open).

        Commands find plans through here, so undo still works after an editor tab is closed.
        """
        from .plan import PlanDocument  # plan.py imports this module

        if plan_id not in self._plan_documents:
            self._plan_documents[plan_id] = PlanDocument(self, plan_id, parent=self)
        return self._plan_documents[plan_id]

    def is_empty(self) -> bool:
        return not len(self.enterprise_set)

    # Edits ---------------------------------------------------------------------------------

    @property
    def undo_stack(self) -> QUndoStack:
        """The undo stack of the context in front (the workspace's unless a view set one)."""
        return self.undo.current_stack()

    def push(self, command, context: Hashable | None = None) -> bool:
        """Apply `command` now and put it on the undo stack of `context` (by default the
        context in front, where the user made the edit); False (and a message) on failure.

        The command is applied before it is pushed so that a failed write never leaves a
        command on the stack for something that did not happen.
        """
        refusal = self.review_refusal(command)
        if refusal is not None:
            self.problem_occurred.emit(refusal)
            return False
        try:
            with self.acting(command.text()):
                command.apply()
        except KnownProblemError as exc:
            self.problem_occurred.emit(error_text(exc))
            return False
        command.skip_next_redo()
        self.undo.stack(self.undo.current if context is None else context).push(command)
        return True

    def ensure_module(self, title: str) -> ScoreModule:
        """The catalogue module called `title`, added if new (catalogue growth is not undone)."""
        module = cast("PortfolioRepository", self.repository).ensure_module(title)
        if module not in self._modules:
            self._modules = cast("PortfolioRepository", self.repository).list_modules()
            self.modules_changed.emit()
        return module


# the tables of the EIT and EIP records (the change log's record kinds)
IMPROVEMENT_KINDS = (
    "eit_members",
    "eit_meetings",
    "suggestions",
    "improvement_projects",
    "review_items",
)


def _locator(history: HistoryRepository, kinds: tuple[str, ...]):
    def locate(record_id: uuid.UUID) -> uuid.UUID | None:
        for kind in kinds:
            found = history.enterprise_of(kind, record_id)
            if found is not None:
                return found
        return None

    return locate
