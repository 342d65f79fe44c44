"""What views and reports read about an enterprise, by the same rules whoever holds the
records: the open document (the window) or the repositories (the command line).

A rule that derives something (the enterprise's risk method, a hazard's zone, the indicator
catalogue, the records a report shows) lives here once; the two record holders only answer
the plain questions of RecordSource.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from .checklist import ChecklistTemplate, EnterpriseProfile, enterprise_profile
from .custom_indicators import indicator_from_json
from .enterprise import Enterprise
from .floorplan import FloorPlan, PlanItem, zone_at
from .hazard import Hazard, HazardCategory
from .improvement import ImprovementProject, figures_currency
from .indicators import (
    DEFAULT_INDICATORS,
    DEFAULT_PRACTICES,
    Entry,
    GoodPractice,
    Indicator,
)
from .photo import Photo
from .ports import Repositories
from .risk import BUILT_IN_METHODS, DEFAULT_METHOD, RiskMethod
from .team import EitMeeting, EitMember, Suggestion
from .visit import Visit
from .walkthrough import ChecklistAnswer, Walkthrough
from .walkthrough_review import Review, review

# The rules -------------------------------------------------------------------------------


def risk_method(key: str, profiles: Mapping[str, RiskMethod]) -> RiskMethod:
    """A workspace profile, else the built-in method with this key, else the default 5 × 5
    (a key of a profile this workspace does not hold)."""
    return profiles.get(key) or BUILT_IN_METHODS.get(key, DEFAULT_METHOD)


def indicator_catalogue(custom: Iterable[tuple[str, dict[str, Any]]]) -> list[Indicator]:
    """The default indicators, then those the programme added to this workspace."""
    added = [indicator_from_json(p) for kind, p in custom if kind == "indicator"]
    return list(DEFAULT_INDICATORS) + added


def practice_catalogue(custom: Iterable[tuple[str, dict[str, Any]]]) -> list[GoodPractice]:
    added = [GoodPractice(**p) for kind, p in custom if kind == "practice"]
    return list(DEFAULT_PRACTICES) + added


def currency_of(enterprise: Enterprise) -> str:
    """The currency the enterprise's figures are in: its own, else its country's."""
    return figures_currency(enterprise.currency, enterprise.country)


def zone_name(hazard: Hazard, items: Iterable[PlanItem]) -> str:
    """The name of the zone (aisle, storage area) a hazard is pinned in; "" when none."""
    if hazard.position is None:
        return ""
    zone = zone_at(items, hazard.position)
    return zone.label if zone is not None else ""


# The questions a holder of records answers ------------------------------------------------


class RecordSource(Protocol):
    def enterprise(self, enterprise_id: uuid.UUID) -> Enterprise: ...

    def risk_profiles(self) -> list[RiskMethod]: ...

    def categories(self) -> list[HazardCategory]: ...

    def hazards_of(self, enterprise_id: uuid.UUID) -> list[Hazard]: ...

    def records_of(self, cls: type, enterprise_id: uuid.UUID) -> list[Any]: ...

    def plans_of(self, enterprise_id: uuid.UUID) -> list[FloorPlan]: ...

    def items_of(self, plan_id: uuid.UUID) -> list[PlanItem]: ...

    def photos_of(self, enterprise_id: uuid.UUID) -> list[Photo]: ...

    def entries_of(self, enterprise_id: uuid.UUID) -> list[Entry]: ...

    def custom_catalogue(self) -> list[tuple[str, dict[str, Any]]]: ...

    def load_image(self, image_id: uuid.UUID) -> bytes: ...

    def load_blob(self, sha256: str) -> bytes: ...

    def visits_of(self, enterprise_id: uuid.UUID) -> list[Visit]: ...

    def checklist_records_of(self, enterprise_id: uuid.UUID) -> list[Any]: ...

    def checklist_templates(self) -> list[ChecklistTemplate]: ...


@dataclass(frozen=True)
class PlanRecords:
    """A plan with its items and the hazards pinned on it."""

    plan: FloorPlan
    items: list[PlanItem]
    hazards: list[Hazard]


@dataclass(frozen=True)
class EnterpriseRecords:
    """Everything a report of one enterprise shows, read at one moment."""

    enterprise: Enterprise
    method: RiskMethod
    currency: str
    categories: list[HazardCategory]
    hazards: list[Hazard]
    members: list[EitMember]
    meetings: list[EitMeeting]
    suggestions: list[Suggestion]
    projects: list[ImprovementProject]
    indicators: list[Indicator]
    entries: list[Entry]
    plans: list[PlanRecords]
    photos: list[Photo]
    load_image: Callable[[uuid.UUID], bytes]
    load_photo: Callable[[str], bytes]
    checklists: ChecklistRecords | None = None


@dataclass(frozen=True)
class ChecklistRecords:
    """An enterprise's walk-throughs and answers, the template versions they used, and what
    their conditions look at (the enterprise's profile, its visits' dates)."""

    walkthroughs: list[Walkthrough]
    answers: list[ChecklistAnswer]
    templates: dict[uuid.UUID, ChecklistTemplate]
    profile: EnterpriseProfile
    visit_dates: dict[uuid.UUID, dt.date]

    def answers_of(self, walkthrough_id: uuid.UUID) -> list[ChecklistAnswer]:
        return [a for a in self.answers if a.walkthrough_id == walkthrough_id]

    def review(self, walk: Walkthrough, language: str) -> Review:
        previous = next((w for w in self.walkthroughs if w.id == walk.previous_id), None)
        return review(
            walk,
            self.templates[walk.template_id],
            self.answers_of(walk.id),
            self.profile,
            language,
            previous,
            self.answers_of(previous.id) if previous is not None else (),
        )


def checklist_records(source: RecordSource, enterprise: Enterprise) -> ChecklistRecords:
    records = source.checklist_records_of(enterprise.id)
    visits = source.visits_of(enterprise.id)
    walks = [r for r in records if isinstance(r, Walkthrough)]
    return ChecklistRecords(
        walkthroughs=walks,
        answers=[r for r in records if isinstance(r, ChecklistAnswer)],
        templates={t.id: t for t in source.checklist_templates()},
        profile=enterprise_profile(enterprise, visits),
        visit_dates={v.id: v.date for v in visits},
    )


def enterprise_records(source: RecordSource, enterprise_id: uuid.UUID) -> EnterpriseRecords:
    enterprise = source.enterprise(enterprise_id)
    hazards = source.hazards_of(enterprise_id)
    profiles = {p.key: p for p in source.risk_profiles()}
    return EnterpriseRecords(
        enterprise=enterprise,
        method=risk_method(enterprise.risk_method, profiles),
        currency=currency_of(enterprise),
        categories=source.categories(),
        hazards=hazards,
        members=source.records_of(EitMember, enterprise_id),
        meetings=sorted(source.records_of(EitMeeting, enterprise_id), key=lambda m: m.date),
        suggestions=sorted(source.records_of(Suggestion, enterprise_id), key=lambda s: s.date),
        projects=source.records_of(ImprovementProject, enterprise_id),
        indicators=indicator_catalogue(source.custom_catalogue()),
        entries=source.entries_of(enterprise_id),
        plans=[
            PlanRecords(
                plan,
                source.items_of(plan.id),
                [h for h in hazards if h.is_pinned and h.plan_id == plan.id],
            )
            for plan in source.plans_of(enterprise_id)
        ],
        photos=source.photos_of(enterprise_id),
        load_image=source.load_image,
        load_photo=source.load_blob,
        checklists=checklist_records(source, enterprise),
    )


class RepositoryRecords:
    """A RecordSource reading straight from the repositories (the command line has no
    document)."""

    def __init__(self, repositories: Repositories):
        self.repositories = repositories

    def enterprise(self, enterprise_id: uuid.UUID) -> Enterprise:
        return self.repositories.portfolio.get_enterprise(enterprise_id)

    def risk_profiles(self) -> list[RiskMethod]:
        return self.repositories.hazards.list_profiles()

    def categories(self) -> list[HazardCategory]:
        return self.repositories.hazards.list_categories()

    def hazards_of(self, enterprise_id: uuid.UUID) -> list[Hazard]:
        return self.repositories.hazards.list_hazards(enterprise_id)

    def records_of(self, cls: type, enterprise_id: uuid.UUID) -> list[Any]:
        records: list[Any] = self.repositories.improvement.list_records(cls)
        return [r for r in records if r.enterprise_id == enterprise_id]

    def plans_of(self, enterprise_id: uuid.UUID) -> list[FloorPlan]:
        return self.repositories.plans.list_plans(enterprise_id)

    def items_of(self, plan_id: uuid.UUID) -> list[PlanItem]:
        return self.repositories.plans.list_items(plan_id)

    def photos_of(self, enterprise_id: uuid.UUID) -> list[Photo]:
        return self.repositories.photos.list_photos(enterprise_id)

    def entries_of(self, enterprise_id: uuid.UUID) -> list[Entry]:
        return self.repositories.indicators.list_entries(enterprise_id)

    def custom_catalogue(self) -> list[tuple[str, dict[str, Any]]]:
        return self.repositories.indicators.list_catalogue()

    def load_image(self, image_id: uuid.UUID) -> bytes:
        return self.repositories.plans.load_image(image_id)

    def load_blob(self, sha256: str) -> bytes:
        return self.repositories.photos.load_blob(sha256)

    def visits_of(self, enterprise_id: uuid.UUID) -> list[Visit]:
        return self.repositories.portfolio.list_visits(enterprise_id)

    def checklist_records_of(self, enterprise_id: uuid.UUID) -> list[Any]:
        store = self.repositories.checklists
        return [
            *store.list_records(Walkthrough, enterprise_id),
            *store.list_records(ChecklistAnswer, enterprise_id),
        ]

    def checklist_templates(self) -> list[ChecklistTemplate]:
        return self.repositories.checklists.list_templates()
