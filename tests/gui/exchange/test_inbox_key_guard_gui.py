"""The inbox refuses a decision that would give two answers one question, says which answer
holds it, and changes nothing; the other choice then settles the conflict."""

import pytest
from PySide6.QtCore import Qt

from score_desktop.domain.indicators import PracticeAnswer
from score_desktop.gui.actions import ActionId
from score_desktop.gui.exchange.conflict_inbox import ConflictInboxDialog
from score_desktop.storage.repositories import sql_repositories
from score_desktop.storage.schema import PracticeAnswerRow
from tests.builders import make_enterprise
from tests.exchange.conftest import make_laptop
from tests.gui.conftest import active_dialog
from tests.gui.exchange.test_exchange_gui import a_package_from, summary_box


def set_practice(workspace, answer_id, practice):
    with workspace.sessions.begin() as session:
        session.get(PracticeAnswerRow, answer_id).practice = practice


@pytest.mark.parametrize("case", ["deleted here", "key changed on both sides"])
def test_keep_theirs_onto_a_taken_key_is_refused_in_the_inbox(
    qtbot, window, workspace, tmp_path, case
):
    hoa = make_laptop(tmp_path, "Hoa")
    enterprise = make_enterprise("Garment Co.")
    hoa.repos.portfolio.add_enterprise(enterprise)
    hoa.repos.indicators.put_answers([PracticeAnswer(enterprise.id, "ppe_policy", True, "")])
    window.exchange.receive(a_package_from(tmp_path, hoa, enterprise.id, "first.scorepkg"))
    summary_box(qtbot, window).close()
    repos = sql_repositories(workspace)
    [answer] = repos.indicators.list_answers(enterprise.id)
    if case == "deleted here":
        repos.indicators.delete_answers([answer.id])
        hoa.repos.indicators.put_answers(
            [PracticeAnswer(enterprise.id, "ppe_policy", True, "Seen at the gate")]
        )
        taken = "ppe_policy"
    else:
        set_practice(hoa.workspace, answer.id, "fire_drills")
        set_practice(workspace, answer.id, "first_aid")
        taken = "fire_drills"
    window.exchange.receive(a_package_from(tmp_path, hoa, enterprise.id, "second.scorepkg"))
    summary_box(qtbot, window).close()
    repos.indicators.put_answers([PracticeAnswer(enterprise.id, taken, False, "mine")])
    answers = sorted(
        (a.practice, a.answer, a.note) for a in repos.indicators.list_answers(enterprise.id)
    )

    window.actions[ActionId.CONFLICT_INBOX].trigger()
    inbox = active_dialog(qtbot, ConflictInboxDialog)
    assert inbox.tree.topLevelItemCount() == 1
    qtbot.mouseClick(inbox.keep_theirs, Qt.MouseButton.LeftButton)

    problem = inbox.problem.text()
    assert problem.startswith("Not done: there is already another Baseline survey answer for")
    assert f"Good practice: {taken}" in problem
    assert inbox.tree.topLevelItemCount() == 1  # still waiting
    after = sorted(
        (a.practice, a.answer, a.note) for a in repos.indicators.list_answers(enterprise.id)
    )
    assert after == answers
    qtbot.mouseClick(inbox.keep_mine, Qt.MouseButton.LeftButton)
    assert inbox.problem.text() == ""
    assert inbox.tree.topLevelItemCount() == 0
    hoa.workspace.close()
