"""Send, receive (menu and drop) and the conflict inbox through the real window and dialogs."""

import dataclasses
import weakref

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from score_desktop.domain.history import Person
from score_desktop.domain.indicators import PracticeAnswer
from score_desktop.gui.actions import ActionId
from score_desktop.gui.exchange import send_dialog
from score_desktop.gui.exchange.conflict_inbox import ConflictInboxDialog
from score_desktop.gui.exchange.send_dialog import SendDialog
from score_desktop.services.exchange import send_enterprise
from score_desktop.storage.repositories import sql_repositories
from tests.builders import make_enterprise, make_visit
from tests.exchange.conftest import make_laptop
from tests.gui.conftest import active_dialog, drop_files


def summary_box(qtbot, window):
    box = active_dialog(qtbot, QMessageBox)
    assert box.windowTitle() == "Package received"
    return box


def a_package_from(tmp_path, laptop, enterprise_id, name="from-hoa.scorepkg"):
    path = tmp_path / name
    send_enterprise(laptop.exchange, path, enterprise_id, Person(laptop.name))
    return path


def test_a_dropped_package_adds_the_enterprise_and_says_what_happened(qtbot, window, tmp_path):
    hoa = make_laptop(tmp_path, "Hoa")
    enterprise = make_enterprise("Garment Co.")
    hoa.repos.portfolio.add_enterprise(enterprise)
    hoa.repos.portfolio.add_visit(make_visit(enterprise))
    package = a_package_from(tmp_path, hoa, enterprise.id)
    assert drop_files(window, [package])
    box = summary_box(qtbot, window)
    assert "Garment Co., from Hoa" in box.text()
    assert "2 records added" in box.informativeText()
    assert "conflict" not in box.informativeText()  # only what happened is listed
    assert [e.name for e in window.document.enterprises()] == ["Garment Co."]
    assert len(window.document.visits_of(enterprise.id)) == 1
    box.close()
    assert not drop_files(window, [tmp_path / "notes.txt"])  # only packages are taken
    hoa.workspace.close()


def test_a_conflict_waits_in_the_inbox_and_keep_theirs_settles_it(
    qtbot, window, tmp_path, monkeypatch
):
    hoa = make_laptop(tmp_path, "Hoa")
    enterprise = make_enterprise("Garment Co.")
    hoa.repos.portfolio.add_enterprise(enterprise)
    window.exchange.receive(a_package_from(tmp_path, hoa, enterprise.id, "first.scorepkg"))
    summary_box(qtbot, window).close()
    hoa.repos.portfolio.update_enterprise(dataclasses.replace(enterprise, phone="111 Hoa"))
    mine = window.document.enterprise(enterprise.id)
    from score_desktop.document.commands import EditEnterpriseCommand

    window.document.push(
        EditEnterpriseCommand(window.document, dataclasses.replace(mine, phone="222 me"))
    )
    monkeypatch.setattr(send_dialog, "ask_received_path", lambda *_: tmp_path / "second.scorepkg")
    a_package_from(tmp_path, hoa, enterprise.id, "second.scorepkg")
    window.actions[ActionId.RECEIVE_PACKAGE].trigger()
    box = summary_box(qtbot, window)
    assert "1 change left in the conflict inbox" in box.informativeText()
    assert window.exchange.conflicts_button.isVisible()
    assert window.exchange.conflicts_button.text() == "1 conflict to decide"
    inbox_button = next(b for b in box.buttons() if "inbox" in b.text())
    inbox_button.click()
    inbox = active_dialog(qtbot, ConflictInboxDialog)
    entry = inbox.tree.topLevelItem(0)
    assert entry.text(0) == "Enterprise “Garment Co.”"
    assert (entry.text(1), entry.text(2), entry.text(3)) == ("Phone", "222 me", "111 Hoa")
    assert "Hoa" in inbox.theirs_who.text()
    assert not inbox.keep_both.isEnabled() or inbox.current().can_keep_both
    assert window.document.enterprise(enterprise.id).phone == "222 me"  # nothing decided
    qtbot.mouseClick(inbox.keep_theirs, Qt.MouseButton.LeftButton)
    assert window.document.enterprise(enterprise.id).phone == "111 Hoa"
    assert inbox.tree.topLevelItemCount() == 0
    assert not window.exchange.conflicts_button.isVisible()
    hoa.workspace.close()


def test_send_writes_a_package_another_workspace_merges(qtbot, window, tmp_path, monkeypatch):
    enterprise = make_enterprise("Cable Works")
    from score_desktop.document.commands import AddEnterpriseCommand

    window.document.push(AddEnterpriseCommand(window.document, enterprise))
    window.portfolio_panel.select_enterprise(enterprise.id)
    target = tmp_path / "cable.scorepkg"
    monkeypatch.setattr(send_dialog, "ask_package_path", lambda *_: target)
    window.actions[ActionId.SEND_ENTERPRISE].trigger()
    dialog = active_dialog(qtbot, SendDialog)
    assert dialog.whole.isChecked() and not dialog.changes.isEnabled()
    dialog.accept()
    assert window.exchange.progress.findChild(QPushButton) is not None  # it can be cancelled
    assert weakref.getweakrefcount(window.exchange.task) == 0  # through its owner (workers.py)
    qtbot.waitUntil(lambda: "Package written" in window.statusBar().currentMessage())
    an = make_laptop(tmp_path, "An")
    from score_desktop.services.exchange import receive_package

    received = receive_package(an.exchange, target)
    assert received.summary.added == 1
    assert an.repos.portfolio.get_enterprise(enterprise.id).name == "Cable Works"
    an.workspace.close()


def test_a_refused_package_says_why_and_changes_nothing(qtbot, window, tmp_path):
    bogus = tmp_path / "broken.scorepkg"
    bogus.write_bytes(b"PK\x03\x04 cut short")
    before = window.document.enterprises()
    window.exchange.receive(bogus)
    box = active_dialog(qtbot, QMessageBox)
    assert "not a SCORE package" in box.text() + box.informativeText()
    assert window.document.enterprises() == before


def test_the_same_answer_given_in_two_workspaces_is_decided_in_the_inbox(
    qtbot, window, workspace, tmp_path
):
    hoa = make_laptop(tmp_path, "Hoa")
    enterprise = make_enterprise("Garment Co.")
    hoa.repos.portfolio.add_enterprise(enterprise)
    window.exchange.receive(a_package_from(tmp_path, hoa, enterprise.id, "first.scorepkg"))
    summary_box(qtbot, window).close()
    repos = sql_repositories(workspace)
    repos.indicators.put_answers([PracticeAnswer(enterprise.id, "ppe_policy", False, "mine")])
    hoa.repos.indicators.put_answers([PracticeAnswer(enterprise.id, "ppe_policy", True, "mine")])
    window.exchange.receive(a_package_from(tmp_path, hoa, enterprise.id, "second.scorepkg"))
    box = summary_box(qtbot, window)
    assert "1 change left in the conflict inbox" in box.informativeText()
    next(b for b in box.buttons() if "inbox" in b.text()).click()
    inbox = active_dialog(qtbot, ConflictInboxDialog)
    entry = inbox.tree.topLevelItem(0)
    assert entry.text(1).endswith("(entered in both workspaces)")
    assert (entry.text(2), entry.text(3)) == ("no", "yes")
    qtbot.mouseClick(inbox.keep_mine, Qt.MouseButton.LeftButton)
    assert inbox.tree.topLevelItemCount() == 0
    [answer] = repos.indicators.list_answers(enterprise.id)
    assert (answer.answer, answer.note) == (False, "mine")
    hoa.workspace.close()


def test_the_inbox_says_a_conflicting_choice_in_the_forms_words(qtbot, window, tmp_path):
    """A visit's type in conflict reads as the visit form says it, not as it is stored."""
    from score_desktop.document.commands import EditVisitCommand
    from score_desktop.domain.catalogues import VisitType

    hoa = make_laptop(tmp_path, "Hoa")
    enterprise = make_enterprise("Garment Co.")
    visit = make_visit(enterprise)
    hoa.repos.portfolio.add_enterprise(enterprise)
    hoa.repos.portfolio.add_visit(visit)
    window.exchange.receive(a_package_from(tmp_path, hoa, enterprise.id, "first.scorepkg"))
    summary_box(qtbot, window).close()
    hoa.repos.portfolio.update_visit(dataclasses.replace(visit, visit_type=VisitType.FOLLOW_UP_2))
    mine = dataclasses.replace(window.document.visit(visit.id), visit_type=VisitType.FOLLOW_UP_1)
    window.document.push(EditVisitCommand(window.document, mine))
    window.exchange.receive(a_package_from(tmp_path, hoa, enterprise.id, "second.scorepkg"))
    summary_box(qtbot, window).close()
    window.exchange.conflicts_button.click()
    inbox = active_dialog(qtbot, ConflictInboxDialog)
    entry = inbox.tree.topLevelItem(0)
    assert (entry.text(1), entry.text(2), entry.text(3)) == (
        "Visit type",
        "Follow-up 1",
        "Follow-up 2",
    )
    inbox.tree.setCurrentItem(entry)
    assert inbox.theirs_text.toPlainText() == "Follow-up 2"
    hoa.workspace.close()
