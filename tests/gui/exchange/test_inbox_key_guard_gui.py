"""The inbox refuses a decision that would give two answers one question, says which answer
holds it, and changes nothing; the other choice then settles the conflict."""

import os

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


def _answer_received(qtbot, window, workspace, tmp_path):
    """Hoa's answer to the PPE question, received in the window's workspace."""
    hoa = make_laptop(tmp_path, "Hoa")
    enterprise = make_enterprise("Garment Co.")
    hoa.repos.portfolio.add_enterprise(enterprise)
    hoa.repos.indicators.put_answers([PracticeAnswer(enterprise.id, "ppe_policy", True, "")])
    window.exchange.receive(a_package_from(tmp_path, hoa, enterprise.id, "first.scorepkg"))
    summary_box(qtbot, window).close()
    repos = sql_repositories(workspace)
    [answer] = repos.indicators.list_answers(enterprise.id)
    return hoa, enterprise, repos, answer


@pytest.mark.parametrize("case", ["deleted here", "key changed on both sides"])
def test_keep_theirs_onto_a_taken_key_is_refused_in_the_inbox(
    qtbot, window, workspace, tmp_path, case
):
    hoa, enterprise, repos, answer = _answer_received(qtbot, window, workspace, tmp_path)
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


def test_a_key_moved_there_onto_one_held_here_names_the_holder_in_the_inbox(
    qtbot, window, workspace, tmp_path
):
    hoa, enterprise, repos, answer = _answer_received(qtbot, window, workspace, tmp_path)
    repos.indicators.put_answers([PracticeAnswer(enterprise.id, "first_aid", False, "mine")])
    set_practice(hoa.workspace, answer.id, "first_aid")  # Hoa moves hers onto first aid

    window.exchange.receive(a_package_from(tmp_path, hoa, enterprise.id, "second.scorepkg"))
    summary_box(qtbot, window).close()

    window.actions[ActionId.CONFLICT_INBOX].trigger()
    inbox = active_dialog(qtbot, ConflictInboxDialog)
    assert inbox.tree.topLevelItemCount() == 1
    row = inbox.tree.topLevelItem(0)
    assert row.text(1) == (
        "Good practice (already used here by Baseline survey answer “first_aid”)"
    )
    assert (row.text(2), row.text(3)) == ("ppe_policy", "first_aid")
    assert "Here Baseline survey answer “first_aid” already has this value" in (
        inbox.theirs_text.toPlainText()
    )
    assert not inbox.keep_both.isEnabled()  # a key is one value
    keep = os.environ.get("SCORE_DESKTOP_SCREENSHOTS")
    if keep:
        inbox.grab().save(f"{keep}/inbox-key-taken.png")
    qtbot.mouseClick(inbox.keep_mine, Qt.MouseButton.LeftButton)
    assert inbox.tree.topLevelItemCount() == 0
    hoa.workspace.close()
