"""The programme view's checklist items most often answered no, per sector and country,
following the view's country filter and new answers."""

from score_desktop.document.checklist_commands import StartWalkthroughCommand, answer_command
from score_desktop.document.commands import AddEnterpriseCommand, AddVisitCommand
from score_desktop.domain.checklist import Answer
from score_desktop.gui.actions import ActionId
from score_desktop.gui.checklists.most_missed import COUNTRY, ENTERPRISES, ITEM, NOES, SECTOR, SHARE
from score_desktop.gui.combo import index_of
from tests.builders import make_enterprise, make_visit
from tests.checklist_builders import make_template


def walk_through(document, enterprise, answers):
    document.push(AddEnterpriseCommand(document, enterprise))
    visit = make_visit(enterprise, module_code="OSH")
    document.push(AddVisitCommand(document, visit))
    template = make_template()
    start = StartWalkthroughCommand(document, visit.id, template)
    document.push(start)
    for key, value in answers.items():
        command = answer_command(
            document, start.walkthrough, template, template.item(key), None, value
        )
        document.push(command)
    return start.walkthrough


def rows(table) -> list[tuple]:
    return [
        tuple(table.item(r, c).text() for c in (ITEM, SECTOR, COUNTRY, NOES, SHARE, ENTERPRISES))
        for r in range(table.rowCount())
    ]


def test_the_items_most_often_answered_no_per_sector_and_country(qtbot, demo_window):
    document = demo_window.document
    no, yes = Answer.NO, Answer.YES
    walk_through(document, make_enterprise("Hanoi Garments", sector="C14"), {"A1": no, "A3": no})
    walk_through(
        document, make_enterprise("Hai Phong Garments", sector="C14"), {"A1": no, "A3": yes}
    )
    walk_through(
        document,
        make_enterprise("Deyang Wire", sector="C27", country="China"),
        {"A1": yes, "A3": no},
    )
    demo_window.actions[ActionId.PROGRAMME_INDICATORS].trigger()
    view = demo_window.improvement_tabs.programme
    assert rows(view.missed) == [
        ("A1  Are there racks for materials?", "C14", "Viet Nam", "2", "100% of 2", "2"),
        ("A3  Are the aisles clear?", "C27", "China", "1", "100% of 1", "1"),
        ("A3  Are the aisles clear?", "C14", "Viet Nam", "1", "50% of 2", "1"),
    ]
    view.country_combo.setCurrentIndex(index_of(view.country_combo, "China"))
    assert [r[:3] for r in rows(view.missed)] == [("A3  Are the aisles clear?", "C27", "China")]
    deyang = next(e for e in document.enterprises() if e.name == "Deyang Wire")
    walk = document.checklists.walkthroughs_of(deyang.id)[0]
    template = document.checklists.template(walk.template_id)
    document.push(answer_command(document, walk, template, template.item("A1"), None, no))
    assert [r[0] for r in rows(view.missed)][:1] == ["A1  Are there racks for materials?"]
