import uuid
from decimal import Decimal

from score_desktop.domain.hazard import HazardStatus
from score_desktop.domain.improvement import ProjectStatus, figures_currency
from score_desktop.domain.programme import (
    NOT_RATED,
    EnterpriseFacts,
    GroupBy,
    HazardFacts,
    ProgrammeFacts,
    ProjectFacts,
    Selection,
    choices,
    overview,
)
from score_desktop.domain.risk import BUILT_IN_METHODS

METHOD_OF = BUILT_IN_METHODS.__getitem__
VERY_HIGH = (("likelihood", 5.0), ("severity", 5.0))  # 25 on the 5 x 5
LOW = (("likelihood", 1.0), ("severity", 2.0))  # 2


def enterprise(name, country="Viet Nam", sector="Garments", consultant="", modules=(), money=""):
    return EnterpriseFacts(
        id=uuid.uuid4(),
        name=name,
        country=country,
        sector=sector,
        money=figures_currency(money, country),
        risk_method="5x5",
        consultant=consultant,
        modules=frozenset(modules),
    )


def hazard(owner, status=HazardStatus.OPEN, initial=VERY_HIGH, residual=LOW, module="OSH"):
    return HazardFacts(owner.id, "fire", status, initial, residual, module)


def project(owner, status=ProjectStatus.PLANNED, savings=None, module="OSH"):
    return ProjectFacts(owner.id, module, status, savings)


def test_a_hazard_counts_in_its_current_band_the_initial_until_controls_are_in_place():
    a = enterprise("A")
    facts = ProgrammeFacts(
        (a,),
        (
            hazard(a, HazardStatus.OPEN),  # residual only proposed: still very high
            hazard(a, HazardStatus.CONTROLLED),  # controls in place: low
            hazard(a, HazardStatus.OPEN, initial=()),  # never rated
        ),
        (),
    )
    shown = overview(facts, GroupBy.COUNTRY, METHOD_OF)
    assert shown.total.by_band == {"very_high": 1, "low": 1, NOT_RATED: 1}
    assert shown.total.hazards == 3 and shown.total.hazards_open == 2
    assert [b.key for b in shown.bands] == ["very_high", "low", NOT_RATED]  # most severe first
    assert shown.by_category == {"fire": {"very_high": 1, "low": 1, NOT_RATED: 1}}


def test_groups_by_country_with_the_unnamed_group_last():
    a, b, c = enterprise("A", "Viet Nam"), enterprise("B", "Ghana"), enterprise("C", "")
    facts = ProgrammeFacts((a, b, c), (hazard(a), hazard(a), hazard(c)), ())
    shown = overview(facts, GroupBy.COUNTRY, METHOD_OF)
    assert [(g.name, g.enterprises, g.hazards) for g in shown.groups] == [
        ("Ghana", 1, 0),
        ("Viet Nam", 1, 2),
        ("", 1, 1),
    ]
    assert shown.total.enterprises == 3 and shown.total.hazards == 3


def test_closure_rate_leaves_cancelled_projects_out():
    a = enterprise("A")
    facts = ProgrammeFacts(
        (a,),
        (),
        (
            project(a, ProjectStatus.DONE),
            project(a, ProjectStatus.VERIFIED),
            project(a, ProjectStatus.IN_PROGRESS),
            project(a, ProjectStatus.PLANNED),
            project(a, ProjectStatus.CANCELLED),
        ),
    )
    total = overview(facts, GroupBy.SECTOR, METHOD_OF).total
    assert (total.projects, total.projects_closed, total.closure_rate) == (4, 2, 0.5)
    empty = overview(ProgrammeFacts((a,), (), ()), GroupBy.SECTOR, METHOD_OF).total
    assert empty.closure_rate is None


def test_savings_are_summed_per_currency_never_across():
    vn, gh = enterprise("A", "Viet Nam"), enterprise("B", "Ghana", money="GHS")
    facts = ProgrammeFacts(
        (vn, gh),
        (),
        (
            project(vn, savings=Decimal("2500000")),
            project(vn, savings=Decimal("500000")),
            project(gh, savings=Decimal("120.50")),
            project(gh),  # no figure: counted, not summed
        ),
    )
    total = overview(facts, GroupBy.COUNTRY, METHOD_OF).total
    assert total.savings == {"VND": Decimal("3000000"), "GHS": Decimal("120.50")}


def test_by_module_each_record_falls_in_its_own_module_and_an_enterprise_in_each_visited():
    a = enterprise("A", modules=("OSH", "WC"))
    facts = ProgrammeFacts(
        (a,),
        (hazard(a, module="OSH"), hazard(a, module="")),
        (project(a, module="WC"), project(a, module="QM")),
    )
    rows = {g.name: g for g in overview(facts, GroupBy.MODULE, METHOD_OF).groups}
    assert {n: (g.enterprises, g.hazards, g.projects) for n, g in rows.items()} == {
        "OSH": (1, 1, 0),
        "WC": (1, 0, 1),
        "QM": (0, 0, 1),
        "": (0, 1, 0),  # a hazard found outside any visit
    }


def test_selection_by_module_keeps_only_that_modules_records():
    a, b = enterprise("A", modules=("OSH",)), enterprise("B", modules=("WC",))
    facts = ProgrammeFacts(
        (a, b),
        (hazard(a, module="OSH"), hazard(a, module="WC")),
        (project(a, module="OSH"), project(b, module="WC")),
    )
    total = overview(facts, GroupBy.COUNTRY, METHOD_OF, Selection(module="OSH")).total
    assert (total.enterprises, total.hazards, total.projects) == (1, 1, 1)


def test_by_consultant_and_the_filters_choices():
    a = enterprise("A", consultant="Lan")
    b = enterprise("B", consultant="Kofi", country="Ghana")
    c = enterprise("C")
    facts = ProgrammeFacts((a, b, c), (hazard(b),), ())
    shown = overview(facts, GroupBy.CONSULTANT, METHOD_OF, Selection(country="Ghana"))
    assert [(g.name, g.enterprises, g.hazards) for g in shown.groups] == [("Kofi", 1, 1)]
    assert choices(facts, GroupBy.CONSULTANT) == ["Kofi", "Lan"]
    assert choices(facts, GroupBy.COUNTRY) == ["Ghana", "Viet Nam"]
