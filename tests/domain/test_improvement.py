"""EIT composition, meetings per month, the project rules, payback, overdue and carry-over,
checked without Qt."""

import datetime as dt
import uuid
from decimal import Decimal

import pytest

from score_desktop.domain.errors import ValidationError
from score_desktop.domain.hazard import ControlLevel, Hazard, HazardStatus, ProposedControl
from score_desktop.domain.improvement import (
    ImprovementProject,
    ProjectSource,
    ProjectStatus,
    ReviewKind,
    carry_over,
    currency_for,
    summarise,
)
from score_desktop.domain.team import (
    CompositionRules,
    EitMeeting,
    EitMember,
    EitRole,
    Sex,
    composition_warnings,
    meetings_per_month,
    same_person,
)

E = uuid.uuid4()
TODAY = dt.date(2026, 11, 22)
F, M = Sex.FEMALE, Sex.MALE


def member(name, sex, role, elected=True, **fields):
    return EitMember(E, name, sex, role, elected_by_workers=elected, **fields)


def balanced_team():
    return [
        member("Chen Li", M, EitRole.OWNER, elected=False),
        member("Wang Fang", F, EitRole.MANAGER, elected=False),
        member("Zhao Min", F, EitRole.SUPERVISOR, elected=False),
        member("Liu Yang", M, EitRole.WORKER),
        member("Sun Hui", F, EitRole.WORKER),
        member("Zhou Jie", F, EitRole.WORKER),
    ]


def test_a_balanced_team_has_no_warnings():
    assert composition_warnings(balanced_team(), 0.55, TODAY) == []


def test_each_rule_warns_and_thresholds_are_configurable():
    team = balanced_team()[:3] + [member("Appointed", M, EitRole.WORKER, elected=False)]
    warnings = composition_warnings(team, 0.9, TODAY)
    assert len(warnings) == 4  # size, balance, women, appointed worker
    assert "4 members" in warnings[0] and "1 workers and 3 managers" in warnings[1]
    assert "Women are 50%" in warnings[2] and "90%" in warnings[2]
    relaxed = CompositionRules(min_size=3, min_worker_share=0.2, workers_elected=False)
    assert len(composition_warnings(team, 0.5, TODAY, relaxed)) == 0


def test_members_who_left_do_not_count():
    team = balanced_team()
    team[3] = member("Liu Yang", M, EitRole.WORKER, left_on=dt.date(2026, 10, 1))
    assert any("5 members" in w for w in composition_warnings(team, 0.5, TODAY))
    assert team[3].active_on(dt.date(2026, 9, 30)) and not team[3].active_on(TODAY)
    with pytest.raises(ValidationError):
        member("X", M, EitRole.WORKER, joined_on=TODAY, left_on=dt.date(2026, 1, 1)).validate()


def test_meetings_per_month():
    days = [dt.date(2026, m, 5) for m in range(1, 7)] + [dt.date(2026, 6, 20)]
    meetings = [EitMeeting(E, d) for d in days]
    rate = meetings_per_month(meetings, dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    assert rate == pytest.approx(7 / (181 / (365.25 / 12)))
    assert meetings_per_month(meetings, dt.date(2026, 6, 1), dt.date(2026, 6, 10)) == 1.0


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"title": " "}, "title"),
        ({"start_date": TODAY, "due_date": TODAY - dt.timedelta(days=1)}, "due_date"),
        ({"cost_estimate": Decimal("-5")}, "cost_estimate"),
        ({"cost_actual": Decimal("-0.01")}, "cost_actual"),
        ({"status": ProjectStatus.VERIFIED}, "verified_on"),
    ],
)
def test_bad_projects_are_refused_with_the_field_named(fields, field):
    project = ImprovementProject(E, **{"title": "Guard the nip point", **fields})
    with pytest.raises(ValidationError) as caught:
        project.validate()
    assert field in caught.value.problems


def test_payback_overdue_and_warnings():
    left = member("Liu Yang", M, EitRole.WORKER, left_on=dt.date(2026, 10, 1))
    project = ImprovementProject(
        E,
        "Hoppers instead of bags",
        cost_estimate=Decimal("3000"),
        cost_actual=Decimal("3600"),
        savings_expected=Decimal("1500"),
        due_date=dt.date(2026, 11, 1),
        responsible_id=left.id,
    )
    assert project.payback_months == 3600 / 1500
    assert project.is_overdue(TODAY)
    notes = project.warnings([left], TODAY)
    assert any("left the EIT" in n for n in notes) and any("Overdue" in n for n in notes)
    done = ImprovementProject(E, "x", status=ProjectStatus.DONE, due_date=dt.date(2026, 1, 1))
    assert not done.is_overdue(TODAY) and done.payback_months is None


def test_summary_counts_and_totals():
    projects = [
        ImprovementProject(
            E, "a", module_code="OSH", cost_estimate=Decimal(100), savings_expected=Decimal(50)
        ),
        ImprovementProject(
            E,
            "b",
            module_code="OSH",
            status=ProjectStatus.DONE,
            cost_actual=Decimal(300),
            savings_actual=Decimal(100),
        ),
        ImprovementProject(
            E, "c", module_code="QM", status=ProjectStatus.CANCELLED, cost_estimate=Decimal(1000)
        ),
    ]
    summary = summarise(projects, TODAY)
    assert summary.by_status == {
        ProjectStatus.PLANNED: 1,
        ProjectStatus.DONE: 1,
        ProjectStatus.CANCELLED: 1,
    }
    assert summary.by_module == {"OSH": 2, "QM": 1}
    assert (summary.cost, summary.savings_per_month) == (Decimal(400), Decimal(150))
    assert summary.payback_months == pytest.approx(400 / 150)


def test_a_project_from_a_hazard_carries_its_data_over():
    owner = member("Wang Jun (王军)", M, EitRole.MANAGER)
    hazard = Hazard(
        enterprise_id=E,
        title="Unguarded nip point",
        category_code="mechanical",
        description="Fingers can reach the capstan.",
        proposed_controls=(
            ProposedControl("Sign on the machine", ControlLevel.ADMINISTRATIVE),
            ProposedControl("Fixed guard", ControlLevel.ENGINEERING),
        ),
        responsible="Wang Jun (王军)",
        due_date=dt.date(2026, 12, 15),
        status=HazardStatus.IN_PROGRESS,
    )
    project = ImprovementProject.from_hazard(hazard, [owner], zone="Stranding")
    assert (project.title, project.problem, project.zone) == (
        "Unguarded nip point",
        "Fingers can reach the capstan.",
        "Stranding",
    )
    assert project.source is ProjectSource.HAZARD and project.hazard_ids == (hazard.id,)
    assert project.control_level is ControlLevel.ENGINEERING  # the strongest proposed
    assert project.action == "Sign on the machine\nFixed guard"
    assert project.responsible_id == owner.id and project.due_date == hazard.due_date
    assert project.status is ProjectStatus.IN_PROGRESS and project.module_code == "OSH"


def test_carry_over_takes_open_hazards_and_projects_only():
    visit = uuid.uuid4()
    hazards = [
        Hazard(enterprise_id=E, title="open", category_code="x"),
        Hazard(enterprise_id=E, title="shut", category_code="x", status=HazardStatus.VERIFIED),
    ]
    projects = [
        ImprovementProject(E, "doing", status=ProjectStatus.IN_PROGRESS),
        ImprovementProject(E, "done", status=ProjectStatus.DONE),
        ImprovementProject(E, "paused", status=ProjectStatus.ON_HOLD),
    ]
    items = carry_over(visit, hazards, projects)
    assert [(i.kind, i.title) for i in items] == [
        (ReviewKind.HAZARD, "open"),
        (ReviewKind.PROJECT, "doing"),
        (ReviewKind.PROJECT, "paused"),
    ]
    assert currency_for(" China ") == "CNY" and currency_for("Atlantis") == "USD"


@pytest.mark.parametrize(
    ("typed", "member", "same"),
    [
        ("Wang Jun (王军)", "Wang Jun (王军)", True),
        ("wang  jun", "Wang Jun (王军)", True),  # without case, spaces and the Chinese name
        ("王军", "Wang Jun (王军)", True),
        ("Wang Jun（王军）", "wang jun", True),  # full-width brackets
        ("Wang Jun (王俊)", "Wang Jun (王军)", False),  # two people of one Latin name
        ("Wang", "Wang Jun (王军)", False),
        ("", "", False),
    ],
)
def test_a_typed_name_finds_its_eit_member(typed, member, same):
    assert same_person(typed, member) is same
    assert same_person(member, typed) is same


def test_a_project_from_a_hazard_keeps_its_responsible_person_as_typed_loosely():
    enterprise = uuid.uuid4()
    owner = EitMember(enterprise, "Liu Yan (刘燕)", Sex.FEMALE, EitRole.SUPERVISOR)
    hazard = Hazard(
        enterprise_id=enterprise, title="Blocked exit", category_code="fire", responsible="liu yan"
    )
    project = ImprovementProject.from_hazard(hazard, [owner])
    assert project.responsible_id == owner.id and project.team == ""


def test_moved_to_done_keeps_the_day_and_moved_back_forgets_it():
    project = ImprovementProject(uuid.uuid4(), "Guard", due_date=dt.date(2027, 3, 1))
    monday, later = dt.date(2026, 11, 2), dt.date(2026, 12, 7)
    done = project.moved_to(ProjectStatus.DONE, monday)
    assert done.done_on == monday and done.verified_on is None
    verified = done.moved_to(ProjectStatus.VERIFIED, later)
    assert verified.done_on == monday and verified.verified_on == later
    assert verified.moved_to(ProjectStatus.IN_PROGRESS, later).done_on is None
