import dataclasses
import datetime as dt

import pytest

from score_desktop.domain.errors import NotFoundError
from score_desktop.domain.floorplan import FloorPlan
from score_desktop.domain.geometry import Point
from score_desktop.domain.hazard import (
    DEFAULT_CATEGORIES,
    ControlLevel,
    Hazard,
    HazardStatus,
    IdentifiedBy,
    ProposedControl,
)
from score_desktop.storage.hazard_repository import SqlHazardRepository
from tests.builders import make_enterprise, make_visit


@pytest.fixture
def hazards(workspace):
    return SqlHazardRepository(workspace)


@pytest.fixture
def setting(repository, plan_repository):
    enterprise = make_enterprise()
    repository.add_enterprise(enterprise)
    visit = make_visit(enterprise)
    repository.add_visit(visit)
    plan = FloorPlan(enterprise_id=enterprise.id, name="Hall")
    plan_repository.add_plan(plan)
    return enterprise, visit, plan


def full_hazard(enterprise, visit, plan):
    return Hazard(
        enterprise_id=enterprise.id,
        title="Unguarded nip point <b>&",
        category_code="mechanical",
        plan_id=plan.id,
        position=Point(1200.5, 800),
        description="Strander 2 — 绞线机",
        source="Stranding machine",
        exposed_women=2,
        exposed_men=6,
        job="Operators",
        existing_controls="Warning sign",
        initial=(("likelihood", 4.0), ("severity", 4.0)),
        proposed_controls=(
            ProposedControl("Interlocked guard", ControlLevel.ENGINEERING),
            ProposedControl("Lock-out training", ControlLevel.ADMINISTRATIVE),
        ),
        residual=(("likelihood", 2.0), ("severity", 4.0)),
        responsible="Wang Jun",
        due_date=dt.date(2026, 10, 1),
        status=HazardStatus.IN_PROGRESS,
        identified_by=IdentifiedBy.INSPECTOR,
        visit_id=visit.id,
        legal_reference="GB 5083",
    )


def test_categories_are_seeded_in_order(hazards):
    assert hazards.list_categories() == list(DEFAULT_CATEGORIES)


def test_a_full_hazard_round_trips(hazards, setting):
    hazard = full_hazard(*setting)
    hazards.add_hazards([hazard])
    assert hazards.list_hazards(setting[0].id) == [hazard]


def test_unpinned_hazard_and_updates_and_deletes(hazards, setting):
    enterprise, _visit, plan = setting
    listed = Hazard(
        enterprise_id=enterprise.id,
        title="Noise",
        category_code="noise",
        initial=(("likelihood", 3.0), ("severity", 3.0)),
    )
    hazards.add_hazards([listed])
    pinned = dataclasses.replace(listed, plan_id=plan.id, position=Point(5, 5))
    hazards.update_hazards([pinned])
    assert hazards.list_hazards() == [pinned]
    hazards.delete_hazards([listed.id])
    assert hazards.list_hazards() == []
    with pytest.raises(NotFoundError):
        hazards.delete_hazards([listed.id])
    with pytest.raises(NotFoundError):
        hazards.update_hazards([pinned])


def test_deleting_the_plan_unpins_its_hazards(hazards, setting, plan_repository):
    hazard = full_hazard(*setting)
    hazards.add_hazards([hazard])
    plan_repository.delete_plan(setting[2].id)
    (kept,) = hazards.list_hazards()
    assert kept.plan_id is None and kept.position is None and kept.title == hazard.title


def test_deleting_the_enterprise_deletes_its_hazards(hazards, setting, repository):
    hazards.add_hazards([full_hazard(*setting)])
    repository.delete_enterprise(setting[0].id)
    assert hazards.list_hazards() == []


def test_profiles_round_trip(hazards):
    import uuid

    from score_desktop.domain.risk import OIRA_FRENCH, Band, make_profile

    bands = (
        Band("low", "Low", 12, "#00AA00"),
        Band("medium", "Medium", 40, "#FFAA00"),
        Band("high", "High", None, "#FF0000", "Act now"),
    )
    profile = make_profile(uuid.uuid4(), "French, stricter", "oira_french", bands)
    hazards.add_profile(profile, "oira_french")
    (loaded,) = hazards.list_profiles()
    assert loaded == profile and loaded.factors == OIRA_FRENCH.factors
