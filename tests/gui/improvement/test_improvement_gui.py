"""The EIT and EIP through the real window: roster, meetings, suggestions, projects on a board,
and the follow-up review of a new visit."""

import datetime as dt
import os

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from score_desktop.domain.improvement import (
    ImprovementProject,
    ProjectSource,
    ProjectStatus,
    ReviewItem,
    ReviewKind,
    ReviewOutcome,
)
from score_desktop.domain.team import EitMeeting, EitMember, EitRole, Suggestion
from score_desktop.gui.actions import ActionId
from score_desktop.gui.improvement.team_panel import MemberDialog
from score_desktop.services.demo import DEMO_ENTERPRISE_ID, demo_hazards
from score_desktop.storage.hazard_repository import SqlHazardRepository
from score_desktop.storage.improvement_repository import SqlImprovementRepository
from tests.gui.conftest import active_dialog, assert_shown_whole, drop_mime


@pytest.fixture
def page(demo_window):
    demo_window.actions[ActionId.OPEN_IMPROVEMENT].trigger()
    page = demo_window.improvement_tabs.pages[DEMO_ENTERPRISE_ID]
    assert demo_window.tabs.currentWidget() is page
    return page


def stored(workspace, cls):
    return [
        r
        for r in SqlImprovementRepository(workspace).list_records(cls)
        if getattr(r, "enterprise_id", DEMO_ENTERPRISE_ID) == DEMO_ENTERPRISE_ID
    ]


def test_build_a_roster_and_see_the_composition_checks(qtbot, page, workspace, demo_window):
    team = page.team
    before = len(stored(workspace, EitMember))
    dialog = team.add_member()
    dialog.name_edit.setText("Lê Văn Tám <b>&")  # QTest cannot type beyond Latin-1
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("worker"))
    dialog.elected_check.setChecked(False)
    dialog.accept()
    members = stored(workspace, EitMember)
    assert len(members) == before + 1
    new = next(m for m in members if m.name == "Lê Văn Tám <b>&")
    assert new.role is EitRole.WORKER and not new.elected_by_workers
    assert "appointed, not elected" in team.composition.text()
    demo_window.undo_action.trigger()
    assert len(stored(workspace, EitMember)) == before


def test_a_member_who_leaves_before_joining_is_refused(qtbot, page, workspace):
    dialog = page.team.add_member()
    qtbot.keyClicks(dialog.name_edit, "Early leaver")
    dialog.left.check.setChecked(True)
    dialog.left.edit.setDate(dialog.joined.edit.date().addDays(-3))
    dialog.accept()
    assert dialog.isVisible() and "before joining" in dialog.problems.text()
    dialog.reject()
    assert all(m.name != "Early leaver" for m in stored(workspace, EitMember))


def test_log_a_meeting_with_attendees_and_projects(qtbot, page, workspace):
    meetings = page.meetings
    before = len(stored(workspace, EitMeeting))
    dialog = meetings.log_meeting()
    assert dialog.attendees.checked_ids()  # active members are ticked at first
    qtbot.keyClicks(dialog.topics_edit, "Drum storage; hopper trial")
    first_project = dialog.projects.item(0).data(Qt.ItemDataRole.UserRole)
    dialog.projects.set_checked(first_project)
    dialog.accept()
    logged = stored(workspace, EitMeeting)
    assert len(logged) == before + 1
    new = max(logged, key=lambda m: (m.date, m.topics == "Drum storage; hopper trial"))
    assert new.topics == "Drum storage; hopper trial" and first_project in new.project_ids
    assert meetings.table.item(0, 2).text() == "Drum storage; hopper trial"
    assert "Meetings per month" in meetings.rate.text()


def test_a_suggestion_becomes_a_project_in_one_undo_step(qtbot, page, workspace, demo_window):
    suggestions = page.suggestions
    dialog = suggestions.add_suggestion()
    qtbot.keyClicks(dialog.text_edit, "Paint walkway lines around the drum store")
    dialog.accept()
    row = next(
        r
        for r in range(suggestions.table.rowCount())
        if suggestions.table.item(r, 1).text().startswith("Paint walkway")
    )
    form = suggestions.make_project(row)
    assert form.title_edit.text() == "Paint walkway lines around the drum store"
    assert form.source_combo.currentData() == ProjectSource.SUGGESTION.value
    form.accept()
    suggestion = next(s for s in stored(workspace, Suggestion) if s.text.startswith("Paint"))
    project = next(p for p in stored(workspace, ImprovementProject) if p.title.startswith("Paint"))
    assert suggestion.project_id == project.id and suggestion.status.value == "accepted"
    assert project.suggestion_id == suggestion.id
    demo_window.undo_action.trigger()
    assert all(not p.title.startswith("Paint") for p in stored(workspace, ImprovementProject))
    suggestion = next(s for s in stored(workspace, Suggestion) if s.text.startswith("Paint"))
    assert suggestion.project_id is None and suggestion.status.value == "received"


def test_project_from_a_hazard_and_bad_input(qtbot, page, workspace):
    projects = page.projects
    hazard = demo_hazards()[3]  # no project acts on it yet
    form = projects.new_from_hazard(hazard.id)
    assert form.title_edit.text() == hazard.title and form.zone_edit.text()
    form.numbers["cost_estimate"].setText("-200")
    form.start_date.set_value(dt.date(2026, 12, 1))
    form.due_date.set_value(dt.date(2026, 11, 1))
    form.accept()
    assert form.isVisible()
    assert "cannot be negative" in form.problems.text()
    assert "before the start date" in form.problems.text()
    form.numbers["cost_estimate"].setText("abc")
    form.accept()
    assert "“abc” is not a number" in form.problems.text()
    form.numbers["cost_estimate"].setText("1,800")
    form.due_date.set_value(dt.date(2027, 1, 31))
    form.accept()
    assert not form.isVisible()
    project = next(p for p in stored(workspace, ImprovementProject) if hazard.id in p.hazard_ids)
    assert str(project.cost_estimate) == "1800" and project.source is ProjectSource.HAZARD


def test_a_responsible_who_left_the_team_is_a_warning_not_a_block(qtbot, page, workspace):
    mirrors = next(p for p in page.projects.model.rows if p.title.startswith("Convex mirrors"))
    form = page.projects.edit(mirrors.id)
    assert "Zhou Bin (周斌) left the EIT on 2026-10-01." in form.notes.text()
    assert "(left the team)" in form.responsible_combo.currentText()
    form.accept()
    assert not form.isVisible()  # saved all the same


def test_the_plan_opens_with_what_is_due_next_first(page):
    proxy = page.projects.proxy
    titles = [proxy.index(row, 0).data() for row in range(proxy.rowCount())]
    projects = {p.title: p for p in page.projects.model.rows}
    dated = [projects[t].due_date for t in titles if projects[t].due_date is not None]
    assert len(dated) > 3 and dated == sorted(dated)
    assert projects[titles[-1]].due_date is None  # undated last


def test_the_plan_table_shows_its_headers_whole_and_its_sums_right_aligned(qtbot, page):
    table = page.projects.table
    assert_shown_whole(qtbot, table, range(1, table.model().columnCount()))
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    cost = page.projects.proxy.index(0, 5).data(Qt.ItemDataRole.TextAlignmentRole)
    assert cost == right
    assert page.projects.proxy.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None


def test_the_team_shows_positions_whole_and_enter_edits_a_member(qtbot, page):
    page.setCurrentWidget(page.team)
    table = page.team.table
    position = [table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    column = position.index("Position")
    assert_shown_whole(qtbot, table, [column], rows=range(table.rowCount()))
    table.setCurrentCell(1, 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = active_dialog(qtbot, MemberDialog)
    assert dialog.isVisible()
    dialog.reject()


def test_overdue_rows_are_highlighted_and_filtered(page):
    projects = page.projects
    overdue = [p for p in projects.model.rows if p.is_overdue(dt.date.today())]
    assert overdue, "the demo has overdue projects"
    projects.overdue_check.setChecked(True)
    assert projects.proxy.rowCount() == len(overdue)
    index = projects.proxy.index(0, 0)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "Overdue" in projects.summary.text()


def test_drag_a_card_to_another_status_and_undo(qtbot, page, workspace, demo_window):
    board = page.projects.board
    page.projects.views.setCurrentWidget(board)
    planned = board.columns[ProjectStatus.PLANNED]
    done = board.columns[ProjectStatus.DONE]
    card = planned.item(0)
    project_id = card.data(Qt.ItemDataRole.UserRole)
    assert drop_mime(done.viewport(), planned.mimeData([card]), QPoint(20, 20))
    moved = next(p for p in stored(workspace, ImprovementProject) if p.id == project_id)
    assert moved.status is ProjectStatus.DONE
    assert board.card(project_id).listWidget() is done
    keep = os.environ.get("SCORE_DESKTOP_SCREENSHOTS")
    if keep:
        demo_window.resize(1500, 850)
        demo_window.grab().save(f"{keep}/eip-board.png")
    demo_window.undo_action.trigger()
    assert board.card(project_id).listWidget() is planned


def test_follow_up_review_from_the_last_visit(qtbot, page, workspace, demo_window):
    review = page.review
    page.setCurrentWidget(review)
    visits_before = len(demo_window.document.visits_of(DEMO_ENTERPRISE_ID))
    visit = review.new_follow_up(dt.date(2026, 12, 10))
    assert len(demo_window.document.visits_of(DEMO_ENTERPRISE_ID)) == visits_before + 1
    items = review.items()
    open_hazards = [h for h in demo_hazards() if h.status.value in ("open", "in_progress")]
    assert len([i for i in items if i.kind is ReviewKind.HAZARD]) == len(open_hazards)
    assert any(i.kind is ReviewKind.PROJECT for i in items)

    project_item = next(i for i in items if i.kind is ReviewKind.PROJECT)
    review.select_item(project_item.record_id)
    review.note_edit.setText("Guard fitted, checked with the operator")
    review.photo_combo.setCurrentIndex(0)
    assert review.mark(ReviewOutcome.VERIFIED)
    project = next(
        p for p in stored(workspace, ImprovementProject) if p.id == project_item.record_id
    )
    assert project.status is ProjectStatus.VERIFIED and project.verified_on == visit.date

    hazard_item = next(i for i in review.items() if i.kind is ReviewKind.HAZARD)
    review.select_item(hazard_item.record_id)
    dialog = review.rescore()
    assert dialog.tabs.currentIndex() == 1
    dialog.residual_inputs.set_values((("likelihood", 1.0), ("severity", 2.0)))
    dialog.accept()
    hazard = SqlHazardRepository(workspace).list_hazards(DEMO_ENTERPRISE_ID)
    rescored = next(h for h in hazard if h.id == hazard_item.record_id)
    assert dict(rescored.residual) == {"likelihood": 1.0, "severity": 2.0}

    review.select_item(
        next(i for i in review.items() if i.outcome is ReviewOutcome.PENDING).record_id
    )
    review.mark(ReviewOutcome.CARRIED_ON)
    outcomes = {
        i.record_id: i.outcome for i in stored(workspace, ReviewItem) if i.visit_id == visit.id
    }
    assert outcomes[project_item.record_id] is ReviewOutcome.VERIFIED
    assert outcomes[hazard_item.record_id] is ReviewOutcome.RESCORED
    assert ReviewOutcome.CARRIED_ON in outcomes.values()
    keep = os.environ.get("SCORE_DESKTOP_SCREENSHOTS")
    if keep:
        demo_window.resize(1500, 850)
        demo_window.grab().save(f"{keep}/follow-up-review.png")
    for _ in range(4):  # carried on, re-score, verified, the new visit itself
        demo_window.undo_action.trigger()
    assert len(demo_window.document.visits_of(DEMO_ENTERPRISE_ID)) == visits_before


def test_export_the_plan_as_xlsx_and_csv(qtbot, page, tmp_path, demo_window):
    import openpyxl

    projects = page.projects
    with qtbot.waitSignal(projects.exported):
        assert projects.export_to(tmp_path / "eip.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "eip.xlsx")["EIP"]
    assert sheet.max_row == 1 + len(projects.model.rows)
    assert projects.export_to(tmp_path / "eip.csv")
    assert "Interlocked guard" in (tmp_path / "eip.csv").read_text(encoding="utf-8-sig")
    with qtbot.waitSignal(demo_window.document.problem_occurred) as problem:
        assert not projects.export_to(tmp_path / "missing folder" / "eip.xlsx")
    assert "could not be saved" in problem.args[0]
    active_dialog(qtbot, QMessageBox).accept()


def test_composition_checks_are_configurable(qtbot, page, demo_window):
    team = page.team
    assert "balanced" in team.composition.text()  # the demo EIT: 8 active, 4 and 4
    dialog = team.edit_rules()
    dialog.min_size.setValue(9)
    dialog.accept()
    assert "8 members; 9–10 work best" in team.composition.text()
    assert demo_window.settings.value("eit/composition/min_size", type=int) == 9


def test_the_enterprise_currency_is_used_when_set(qtbot, page, demo_window):
    import dataclasses

    from score_desktop.document.commands import EditEnterpriseCommand

    assert "CNY" in page.projects.summary.text()  # from the country, China
    document = demo_window.document
    enterprise = document.enterprise(DEMO_ENTERPRISE_ID)
    document.push(EditEnterpriseCommand(document, dataclasses.replace(enterprise, currency="USD")))
    page.projects.set_enterprise(DEMO_ENTERPRISE_ID)
    assert "USD" in page.projects.summary.text() and page.currency() == "USD"


def test_the_eip_report_is_written_in_the_background(qtbot, page, tmp_path):
    from pypdf import PdfReader

    projects = page.projects
    with qtbot.waitSignal(projects.reported, timeout=30_000) as done:
        projects.write_report(tmp_path / "eip.pdf")
    text = " ".join(PdfReader(done.args[0]).pages[0].extract_text().split())
    assert "Enterprise Improvement Plan" in text and "Projects by SCORE module" in text
    assert projects.report_button.isEnabled()
