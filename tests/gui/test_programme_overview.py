"""The programme overview tab, through the real window on the demo workspace."""

import dataclasses
import datetime as dt

from openpyxl import load_workbook
from PySide6.QtWidgets import QTableWidget

from score_desktop.document.hazard_commands import AddHazardsCommand
from score_desktop.document.improvement_commands import UpdateRecordsCommand
from score_desktop.domain.hazard import Hazard
from score_desktop.domain.improvement import ProjectStatus
from score_desktop.domain.programme import GroupBy
from score_desktop.gui.actions import ActionId

TRICKY_CONSULTANT = '=HYPERLINK("http://x") <b>&</b> مستشار'


def column(table: QTableWidget, title: str) -> int:
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    return headers.index(title)


def total_row(overview, title: str) -> str:
    table = overview.groups_table
    return table.item(table.rowCount() - 1, column(table, title)).text()


def open_overview(window, qtbot):
    window.actions[ActionId.PROGRAMME_OVERVIEW].trigger()
    overview = window.improvement_tabs.overview
    assert window.tabs.currentWidget() is overview
    return overview


def test_the_overview_counts_the_demo_and_follows_edits_made_elsewhere(demo_window, qtbot):
    document = demo_window.document
    (enterprise,) = document.enterprises()
    hazards = document.hazards.hazards_of(enterprise.id)
    projects = document.improvement.projects_of(enterprise.id)
    live = [p for p in projects if p.status is not ProjectStatus.CANCELLED]
    overview = open_overview(demo_window, qtbot)

    assert total_row(overview, "Enterprises") == "1"
    assert total_row(overview, "Hazards") == str(len(hazards))
    assert total_row(overview, "Projects") == str(len(live))  # cancelled ones left out
    done = sum(p.status in (ProjectStatus.DONE, ProjectStatus.VERIFIED) for p in projects)
    assert total_row(overview, "Done") == str(done)

    # an EIP project moved to Done on its own tab, a hazard added on the plan: both show
    open_project = next(p for p in projects if p.status is ProjectStatus.PLANNED)
    moved = open_project.moved_to(ProjectStatus.DONE, dt.date(2026, 12, 1))
    document.push(UpdateRecordsCommand(document, [moved], "Done"))
    added = Hazard(enterprise.id, "Blocked exit", "fire")  # not rated yet
    document.push(AddHazardsCommand(document, [added]))
    qtbot.waitUntil(lambda: total_row(overview, "Done") == str(done + 1))
    assert total_row(overview, "Hazards") == str(len(hazards) + 1)
    assert total_row(overview, "Not rated") == "1"

    document.undo_stack.undo()
    qtbot.waitUntil(lambda: total_row(overview, "Hazards") == str(len(hazards)))

    # behind another tab it waits: it reads again when shown
    demo_window.tabs.setCurrentIndex(0)
    document.undo_stack.redo()
    qtbot.wait(600)
    assert total_row(overview, "Hazards") == str(len(hazards))
    demo_window.tabs.setCurrentWidget(overview)
    qtbot.waitUntil(lambda: total_row(overview, "Hazards") == str(len(hazards) + 1))


def test_grouping_and_filters_change_the_rows(demo_window, qtbot):
    document = demo_window.document
    (enterprise,) = document.enterprises()
    overview = open_overview(demo_window, qtbot)
    overview.group_combo.setCurrentIndex(overview.group_combo.findData(GroupBy.MODULE.value))
    names = [
        overview.groups_table.item(r, 0).text() for r in range(overview.groups_table.rowCount())
    ]
    projects = document.improvement.projects_of(enterprise.id)
    modules = {p.module_code for p in projects if p.status is not ProjectStatus.CANCELLED}
    assert {n.split(" — ")[0] for n in names[:-1]} >= modules
    assert names[-1] == "All"

    country = overview.filters[GroupBy.COUNTRY]
    assert country.itemText(1) == enterprise.country
    country.setCurrentIndex(0)
    consultant = overview.filters[GroupBy.CONSULTANT]
    assert consultant.count() == 2  # "All consultants" and the demo's consultant


def test_export_writes_numbers_as_numbers_and_user_text_as_text(demo_window, qtbot, tmp_path):
    document = demo_window.document
    (enterprise,) = document.enterprises()
    visit = max(document.visits_of(enterprise.id), key=lambda v: v.date)
    from score_desktop.document.commands import EditVisitCommand

    document.push(
        EditVisitCommand(document, dataclasses.replace(visit, consultant=TRICKY_CONSULTANT))
    )
    overview = open_overview(demo_window, qtbot)
    overview.group_combo.setCurrentIndex(overview.group_combo.findData(GroupBy.CONSULTANT.value))
    exported = []
    overview.exported.connect(exported.append)

    assert overview.export_to(tmp_path / "overview.xlsx")

    book = load_workbook(tmp_path / "overview.xlsx")
    groups, categories = book.worksheets
    assert groups.title == "Consultant" and categories.title == "Hazard categories"
    header = [c.value for c in groups[1]]
    first = [c.value for c in groups[2]]
    assert first[0] == TRICKY_CONSULTANT and groups.cell(2, 1).data_type == "s"
    assert first[header.index("Hazards")] == len(document.hazards.hazards_of(enterprise.id))
    share = first[header.index("Share closed")]
    assert isinstance(share, float) and 0 <= share <= 1
    assert groups.cell(2, header.index("Share closed") + 1).number_format == "0.0%"
    rows = list(categories.iter_rows(min_row=2, values_only=True))
    assert sum(row[-1] for row in rows) == first[header.index("Hazards")]
    assert exported == [str(tmp_path / "overview.xlsx")]

    assert overview.export_to(tmp_path / "overview.csv")
    text = (tmp_path / "overview.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("Consultant,Enterprises,Hazards")
    assert "'=HYPERLINK" in text  # never a formula in a spreadsheet
