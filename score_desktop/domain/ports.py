"""The storage contract the document and services depend on (implemented in storage/).

Keeping it here lets the document layer and the services stay ignorant of SQLAlchemy, and lets
tests of those layers run against the real SQLite repository without importing it directly.
"""

import datetime as dt
import uuid
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from .catalogues import ScoreModule
from .checklist import ChecklistTemplate
from .comments import CommentRepository
from .enterprise import Enterprise
from .exchange import ConflictInboxRepository, ExchangeRepository
from .floorplan import FloorPlan, PlanItem
from .hazard import Hazard, HazardCategory
from .history import Change, Person, TimelineFilter
from .improvement import ImprovementProject, ReviewItem
from .indicators import BaselineCorrection, Entry, EntryKey, PracticeAnswer
from .photo import Photo
from .plan_read import PlanItemsRead
from .programme import ProgrammeFacts
from .risk import RiskMethod
from .signoff import SignoffRepository
from .team import EitMeeting, EitMember, Suggestion
from .visit import Visit
from .walkthrough_review import AnswerTally

# The record classes of the ImprovementRepository.
ImprovementRecord = EitMember | EitMeeting | Suggestion | ImprovementProject | ReviewItem
RecordT = TypeVar("RecordT", bound=ImprovementRecord)


class PortfolioRepository(Protocol):
    """Enterprises, their visits and the module catalogue. Every write is committed at once."""

    def list_enterprises(self) -> list[Enterprise]: ...

    def get_enterprise(self, enterprise_id: uuid.UUID) -> Enterprise: ...

    def add_enterprise(self, enterprise: Enterprise) -> None: ...

    def update_enterprise(self, enterprise: Enterprise) -> None: ...

    def delete_enterprise(self, enterprise_id: uuid.UUID) -> None: ...

    def list_visits(self, enterprise_id: uuid.UUID | None = None) -> list[Visit]: ...

    def get_visit(self, visit_id: uuid.UUID) -> Visit: ...

    def add_visit(self, visit: Visit) -> None: ...

    def update_visit(self, visit: Visit) -> None: ...

    def delete_visit(self, visit_id: uuid.UUID) -> None: ...

    def last_visit_dates(self) -> dict[uuid.UUID, dt.date]: ...

    def enterprises_visited_for(self, module_code: str) -> set[uuid.UUID]: ...

    def list_modules(self) -> list[ScoreModule]: ...

    def ensure_module(self, title: str) -> ScoreModule: ...


class FloorPlanRepository(Protocol):
    """Floor plans, their items and background images. Every write is committed at once."""

    def list_plans(self, enterprise_id: uuid.UUID | None = None) -> list[FloorPlan]: ...

    def get_plan(self, plan_id: uuid.UUID) -> FloorPlan: ...

    def add_plan(self, plan: FloorPlan, items: Sequence[PlanItem] = ...) -> None: ...

    def update_plan(self, plan: FloorPlan) -> None: ...

    def delete_plan(self, plan_id: uuid.UUID) -> None: ...

    def list_items(self, plan_id: uuid.UUID) -> list[PlanItem]: ...

    def read_items(self, plan_id: uuid.UUID) -> PlanItemsRead: ...

    def list_areas(self, plan_id: uuid.UUID) -> list[PlanItem]: ...

    def add_items(self, items: list[PlanItem]) -> None: ...

    def update_items(self, items: list[PlanItem]) -> None: ...

    def delete_items(self, item_ids: list[uuid.UUID]) -> None: ...

    def store_image(
        self, data: bytes, media_type: str, width_px: int, height_px: int
    ) -> uuid.UUID: ...

    def load_image(self, image_id: uuid.UUID) -> bytes: ...


class HazardRepository(Protocol):
    """Hazards and the category catalogue. Every write is committed at once."""

    def list_categories(self) -> list[HazardCategory]: ...

    def list_hazards(self, enterprise_id: uuid.UUID | None = None) -> list[Hazard]: ...

    def add_hazards(self, hazards: list[Hazard]) -> None: ...

    def update_hazards(self, hazards: list[Hazard]) -> None: ...

    def delete_hazards(self, hazard_ids: list[uuid.UUID]) -> None: ...

    def list_profiles(self) -> list[RiskMethod]: ...

    def save_categories(self, categories: list[HazardCategory]) -> None: ...

    def add_profile(self, profile: RiskMethod, base_key: str) -> None: ...


class PhotoRepository(Protocol):
    """Photo bytes by content hash and photo records. Every write is committed at once."""

    def store_blob(self, data: bytes, thumbnail: bytes, media_type: str) -> tuple[str, bool]: ...

    def load_blob(self, sha256: str) -> bytes: ...

    def load_thumbnail(self, sha256: str) -> bytes: ...

    def load_thumbnails(self, hashes: list[str]) -> dict[str, bytes]: ...

    def add_photos(self, photos: list[Photo]) -> None: ...

    def update_photos(self, photos: list[Photo]) -> None: ...

    def list_photos(self, enterprise_id: uuid.UUID | None = None) -> list[Photo]: ...

    def delete_photos(self, photo_ids: list[uuid.UUID]) -> None: ...


class ImprovementRepository(Protocol):
    """EIT members, meetings, suggestions, improvement projects and visit review items, by
    record class (all records of one call are of one class). Every write is committed."""

    def list_records(
        self, cls: type[RecordT], enterprise_id: uuid.UUID | None = None
    ) -> list[RecordT]: ...

    def add_records(self, records: Sequence[ImprovementRecord]) -> None: ...

    def update_records(self, records: Sequence[ImprovementRecord]) -> None: ...

    def delete_records(self, cls: type[ImprovementRecord], ids: list[uuid.UUID]) -> None: ...


class IndicatorRepository(Protocol):
    """Indicator entries, baseline corrections and good-practice answers."""

    def list_entries(self, enterprise_id: uuid.UUID) -> list[Entry]: ...

    def replace_entries(self, remove: Sequence[EntryKey], add: Sequence[Entry]) -> None: ...

    def monthly_means(
        self,
        indicator: str,
        first: dt.date,
        last: dt.date,
        enterprise_ids: list[uuid.UUID] | None = None,
        sex: str = "all",
    ) -> dict[dt.date, tuple[float, int]]: ...

    def baselines(
        self, indicator: str, enterprise_ids: list[uuid.UUID] | None = None, sex: str = "all"
    ) -> dict[uuid.UUID, float | None]: ...

    def add_correction(self, correction: BaselineCorrection) -> None: ...

    def delete_correction(self, correction_id: uuid.UUID) -> None: ...

    def list_corrections(self, enterprise_id: uuid.UUID) -> list[BaselineCorrection]: ...

    def list_answers(self, enterprise_id: uuid.UUID) -> list[PracticeAnswer]: ...

    def put_answers(self, answers: list[PracticeAnswer]) -> None: ...

    def delete_answers(self, answer_ids: list[uuid.UUID]) -> None: ...

    def list_catalogue(self) -> list[tuple[str, dict[str, Any]]]: ...

    def add_catalogue_item(self, kind: str, code: str, payload: dict[str, Any]) -> None: ...

    def delete_catalogue_item(self, kind: str, code: str) -> None: ...


class ChecklistRepository(Protocol):
    """Checklist template versions (added once, never changed), walk-throughs and answers
    (by record class: Walkthrough or ChecklistAnswer). Every write is committed."""

    def list_templates(self) -> list[ChecklistTemplate]: ...

    def add_template(self, template: ChecklistTemplate) -> bool: ...

    def list_records(self, cls: type, enterprise_id: uuid.UUID | None = None) -> list[Any]: ...

    def add_records(self, records: Sequence[Any]) -> None: ...

    def update_records(self, records: Sequence[Any]) -> None: ...

    def delete_records(self, cls: type, ids: list[uuid.UUID]) -> None: ...

    def answer_tallies(
        self, enterprise_ids: Sequence[uuid.UUID] | None = None
    ) -> list[AnswerTally]: ...


class HistoryRepository(Protocol):
    """People, and the change log every write appends to (see domain/history.py)."""

    def set_author(self, person: Person) -> None: ...

    def enterprise_of(self, record_kind: str, record_id: uuid.UUID) -> uuid.UUID | None: ...

    def author_id(self) -> uuid.UUID | None: ...

    def list_people(self) -> list[Person]: ...

    def acting(self, text: str) -> AbstractContextManager[None]: ...

    def record_history(self, record_id: uuid.UUID) -> list[Change]: ...

    def timeline(
        self,
        enterprise_id: uuid.UUID,
        which: TimelineFilter = ...,
        before_sequence: int | None = None,
        limit: int = ...,
    ) -> list[Change]: ...

    def count_timeline(self, enterprise_id: uuid.UUID, which: TimelineFilter = ...) -> int: ...

    def timeline_authors(self, enterprise_id: uuid.UUID) -> list[Person]: ...

    def deleted_records(self, enterprise_id: uuid.UUID | None = None) -> list[Change]: ...

    def restore(self, record_id: uuid.UUID, action: str) -> list[tuple[str, uuid.UUID]]: ...


class ProgrammeRepository(Protocol):
    def facts(self) -> ProgrammeFacts:
        """What the programme overview is computed from, for every enterprise readable."""
        ...


@dataclass(frozen=True)
class Repositories:
    """Everything a workspace stores, as the document layer sees it."""

    portfolio: PortfolioRepository
    plans: FloorPlanRepository
    hazards: HazardRepository
    photos: PhotoRepository
    improvement: ImprovementRepository
    indicators: IndicatorRepository
    history: HistoryRepository
    exchange: ExchangeRepository
    inbox: ConflictInboxRepository
    signoffs: SignoffRepository
    comments: CommentRepository
    checklists: ChecklistRepository
    programme: ProgrammeRepository
