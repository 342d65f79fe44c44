from score_desktop.services.demo import DEMO_ENTERPRISE_ID, seed_demo
from score_desktop.storage.repositories import sql_repositories


def test_demo_is_a_realistic_enterprise_with_paired_visits(repository):
    assert seed_demo(sql_repositories(repository.workspace)) is True
    enterprise = repository.get_enterprise(DEMO_ENTERPRISE_ID)
    assert "Deyang" in enterprise.region and enterprise.country == "China"
    assert 100 <= enterprise.headcount.total <= 150
    assert enterprise.headcount.women > 0 and enterprise.headcount.men > 0
    visits = repository.list_visits(DEMO_ENTERPRISE_ID)
    assert {v.module_code for v in visits} == {"WC", "OSH"}
    assert any(v.inspector for v in visits if v.module_code == "OSH")
    assert any("\u4e00" <= ch <= "\u9fff" for v in visits for ch in v.observations)


def test_seeding_twice_adds_nothing(repository):
    seed_demo(sql_repositories(repository.workspace))
    assert seed_demo(sql_repositories(repository.workspace)) is False
    assert len(repository.list_enterprises()) == 1
    assert len(repository.list_visits()) == 4


def test_demo_hazards_are_valid_pinned_and_varied(repository):
    from score_desktop.domain.hazard import DEFAULT_CATEGORIES
    from score_desktop.domain.risk import MATRIX_5X5
    from score_desktop.services.demo import DEMO_PLAN_ID, demo_hazards

    hazards = demo_hazards()
    assert len(hazards) == 15
    codes = {c.code for c in DEFAULT_CATEGORIES}
    for hazard in hazards:
        hazard.validate(MATRIX_5X5, codes)
        assert hazard.plan_id == DEMO_PLAN_ID and hazard.position is not None
    bands = {h.initial_assessment(MATRIX_5X5).band.key for h in hazards}
    assert bands == {"low", "medium", "high", "very_high"}
    assert len({h.category_code for h in hazards}) >= 10
