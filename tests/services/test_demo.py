from score_desktop.services.demo import DEMO_ENTERPRISE_ID, seed_demo


def test_demo_is_a_realistic_enterprise_with_paired_visits(repository):
    assert seed_demo(repository) is True
    enterprise = repository.get_enterprise(DEMO_ENTERPRISE_ID)
    assert "Deyang" in enterprise.region and enterprise.country == "China"
    assert 100 <= enterprise.headcount.total <= 150
    assert enterprise.headcount.women > 0 and enterprise.headcount.men > 0
    visits = repository.list_visits(DEMO_ENTERPRISE_ID)
    assert {v.module_code for v in visits} == {"WC", "OSH"}
    assert any(v.inspector for v in visits if v.module_code == "OSH")
    assert any("\u4e00" <= ch <= "\u9fff" for v in visits for ch in v.observations)


def test_seeding_twice_adds_nothing(repository):
    seed_demo(repository)
    assert seed_demo(repository) is False
    assert len(repository.list_enterprises()) == 1
    assert len(repository.list_visits()) == 4
