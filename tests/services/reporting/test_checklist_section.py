"""The visit report's checklist section on the demo workspace: a walk-through on the intake
visit and its follow-up, with answers, notes, a real photo on a *no*, the hazard and project
it became; the PDF is parsed with pypdf and pdftotext."""

import datetime as dt
import subprocess

import pytest

from score_desktop.domain.checklist import Answer
from score_desktop.domain.hazard import register_numbers
from score_desktop.domain.improvement import ImprovementProject
from score_desktop.domain.walkthrough import ChecklistAnswer, Walkthrough, carried_answers
from score_desktop.services.demo import DEMO_ENTERPRISE_ID
from score_desktop.services.reporting.content import content_from
from score_desktop.services.reporting.options import ReportOptions, Section
from tests.checklist_builders import make_template
from tests.services.reporting.conftest import TODAY, image_objects, pdf_text, write

ONLY = ReportOptions(sections=frozenset({Section.CHECKLISTS}))


def layout_lines(path) -> list[str]:
    """pdftotext's lines, the cells of a table row on one line, spaces folded."""
    run = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return [" ".join(line.split()) for line in run.stdout.splitlines()]


def zone_ids(repositories, *names):
    plan = repositories.plans.list_plans(DEMO_ENTERPRISE_ID)[0]
    labels = {i.label: i.id for i in repositories.plans.list_items(plan.id)}
    return tuple(labels[n] for n in names)


@pytest.fixture
def walks(repositories, photos, hazard):
    """The intake walk-through (OSH baseline visit) and the follow-up (the report's visit)
    started from it: A1 yes → yes (carried), A2 yes → no, A3 in Extrusion no → yes."""
    store = repositories.checklists
    template = make_template()
    store.add_template(template)
    visits = repositories.portfolio.list_visits(DEMO_ENTERPRISE_ID)
    zones = zone_ids(repositories, "Extrusion", "Stranding")
    project = next(
        p
        for p in repositories.improvement.list_records(ImprovementProject)
        if p.enterprise_id == DEMO_ENTERPRISE_ID
    )

    def walk(visit, previous=None):
        return Walkthrough(
            DEMO_ENTERPRISE_ID,
            visit.id,
            template.id,
            template.code,
            template.version,
            zone_ids=zones,
            previous_id=previous,
            started_on=visit.date,
        )

    first = walk(visits[2])
    answers = [
        ChecklistAnswer(first.id, DEMO_ENTERPRISE_ID, "A1", Answer.YES),
        ChecklistAnswer(first.id, DEMO_ENTERPRISE_ID, "A2", Answer.YES),
        ChecklistAnswer(
            first.id,
            DEMO_ENTERPRISE_ID,
            "A3",
            Answer.NO,
            zone_id=zones[0],
            repeat_zone=True,
            note="Drums stored in the aisle",
        ),
    ]
    store.add_records([first, *answers])
    second = walk(visits[3], first.id)
    carried = {a.item_key: a for a in carried_answers(answers, second)}
    now = [
        carried["A1"],
        ChecklistAnswer(
            second.id,
            DEMO_ENTERPRISE_ID,
            "A2",
            Answer.NO,
            note="Rack by the extruder is loose",
            photo_ids=(photos[0].id,),
            hazard_id=hazard.id,
            project_id=project.id,
        ),
        ChecklistAnswer(
            second.id, DEMO_ENTERPRISE_ID, "A3", Answer.YES, zone_id=zones[0], repeat_zone=True
        ),
    ]
    store.add_records([second, *now])
    return first, second, project


def test_the_section_scores_each_section_and_lists_every_no_with_what_it_became(
    repositories, walks, hazard, tmp_path
):
    _first, _second, project = walks
    path = tmp_path / "visit.pdf"
    result = write(repositories, path, ONLY)
    assert result.warnings == []
    text = pdf_text(path)
    assert "Checklists" in text and "Test walk-through, version 1" in text
    assert "Follow-up of the walk-through of 2026-09-08" in text
    assert "Answers carried from it, not checked again: 1" in text
    # storage: A1 yes, A2 no, A3 yes in Extrusion, not checked in Stranding → 67 %
    layout = layout_lines(path)
    assert "Storage and handling 2 1 0 1 67 %" in layout, layout
    enterprise = repositories.portfolio.get_enterprise(DEMO_ENTERPRISE_ID)
    content = content_from(repositories, enterprise, TODAY)
    number = register_numbers(content.hazards, content.method)[hazard.id]
    assert f"H{number} {hazard.title}" in text, text
    assert f"EIP project: {project.title}" in text
    assert "Rack by the extruder is loose" in text
    assert len(image_objects(path)) == 1  # the photo on the no, as a thumbnail
    width = next(iter(image_objects(path).values()))[0]
    assert width < 300  # printed at ~24 mm, not at the photo's full size


def test_a_follow_up_shows_what_changed_since_the_last_walk_through(repositories, walks, tmp_path):
    path = tmp_path / "visit.pdf"
    write(repositories, path, ONLY)
    layout = layout_lines(path)
    text = " ".join(layout)
    assert "What changed since the last walk-through" in text
    assert any("A2 Are the racks fixed" in line and "Yes No worse" in line for line in layout)
    assert any("A3 Are the aisles clear" in line and "No Yes better" in line for line in layout)
    assert not any(line.startswith("A1 ") and "better" in line for line in layout)


def test_the_intake_report_has_no_changes_and_other_visits_no_section(
    repositories, walks, tmp_path
):
    path = tmp_path / "intake.pdf"
    visits = repositories.portfolio.list_visits(DEMO_ENTERPRISE_ID)
    write(repositories, path, ONLY, id=visits[2].id, date=dt.date(2026, 9, 8))
    text = pdf_text(path)
    assert "Test walk-through" in text and "Drums stored in the aisle" in text
    assert "What changed" not in text
    write(repositories, tmp_path / "wc.pdf", ONLY, id=visits[0].id)
    assert "Test walk-through" not in pdf_text(tmp_path / "wc.pdf")


def test_the_section_in_chinese(repositories, walks, tmp_path):
    path = tmp_path / "zh.pdf"
    write(
        repositories,
        path,
        ReportOptions(sections=frozenset({Section.CHECKLISTS}), language="zh_CN"),
    )
    text = pdf_text(path)
    assert "测试巡查" in text and "物料存储与搬运" in text
    assert "Checklists" not in text and "What changed" not in text
    assert TODAY.year == 2026
