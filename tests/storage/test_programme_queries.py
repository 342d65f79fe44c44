"""The programme overview's facts, read from a real workspace in bulk."""

import datetime as dt
from decimal import Decimal

from score_desktop.domain.hazard import Hazard, HazardStatus
from score_desktop.domain.improvement import ImprovementProject, ProjectStatus
from score_desktop.domain.programme import GroupBy, overview
from score_desktop.domain.risk import BUILT_IN_METHODS
from score_desktop.storage.hazard_repository import SqlHazardRepository
from score_desktop.storage.improvement_repository import SqlImprovementRepository
from score_desktop.storage.programme_queries import SqlProgramme
from tests.builders import make_enterprise, make_visit


def test_facts_name_the_latest_consultant_the_visits_modules_and_live_records(
    workspace, repository
):
    hazards, improvement = SqlHazardRepository(workspace), SqlImprovementRepository(workspace)
    a = make_enterprise("A", currency="")
    b = make_enterprise("B <&> 🙂", country="Ghana", sector="")
    for e in (a, b):
        repository.add_enterprise(e)
    first = make_visit(a, dt.date(2026, 1, 5), module_code="WC", consultant="Hoa")
    latest = make_visit(a, dt.date(2026, 6, 1), module_code="OSH", consultant=" Lan ")
    for v in (latest, first):  # stored out of order: the date decides
        repository.add_visit(v)
    found = Hazard(
        a.id,
        "Blocked exit",
        "fire",
        initial=(("likelihood", 5.0), ("severity", 5.0)),
        residual=(("likelihood", 1.0), ("severity", 2.0)),
        status=HazardStatus.CONTROLLED,
        visit_id=latest.id,
    )
    gone = Hazard(a.id, "Deleted", "fire")
    hazards.add_hazards([found, gone])
    hazards.delete_hazards([gone.id])
    improvement.add_records(
        [
            ImprovementProject(
                a.id,
                "Clear the exit",
                module_code="OSH",
                status=ProjectStatus.DONE,
                savings_expected=Decimal("100"),
                savings_actual=Decimal("2500000"),
            ),
            ImprovementProject(b.id, "5S", module_code="WC", savings_expected=Decimal("12.5")),
        ]
    )

    facts = SqlProgramme(workspace).facts()

    by_name = {e.name: e for e in facts.enterprises}
    assert by_name["A"].consultant == "Lan"
    assert by_name["A"].modules == {"WC", "OSH"}
    assert by_name["B <&> 🙂"].consultant == "" and by_name["B <&> 🙂"].modules == set()
    assert [(h.category_code, h.module, h.status) for h in facts.hazards] == [
        ("fire", "OSH", HazardStatus.CONTROLLED)
    ]
    assert sorted(p.savings for p in facts.projects) == [Decimal("12.5"), Decimal("2500000")]

    shown = overview(facts, GroupBy.CONSULTANT, BUILT_IN_METHODS.__getitem__)
    assert [(g.name, g.enterprises, g.hazards, g.projects_closed) for g in shown.groups] == [
        ("Lan", 1, 1, 1),
        ("", 1, 0, 0),
    ]
    assert shown.total.by_band == {"low": 1}  # controls in place: the residual
    assert shown.total.savings == {"VND": Decimal("2500000"), "GHS": Decimal("12.5")}
