"""The window is shown before the workspace is opened, then filled when it is attached."""

import argparse
import sqlite3

from PySide6.QtWidgets import QApplication, QMessageBox

from score_desktop.app import open_workspace_into
from score_desktop.document.portfolio import PortfolioDocument
from score_desktop.gui.actions import ActionId
from score_desktop.gui.main_window import MainWindow
from score_desktop.services.demo import DEMO_ENTERPRISE_ID, seed_demo
from score_desktop.storage.repositories import sql_repositories


def args_for(path, **extra) -> argparse.Namespace:
    base = dict(database=str(path), demo=False, screenshot=None, exit_after_shown=None)
    return argparse.Namespace(**{**base, **extra})


def test_window_waits_for_the_workspace_then_shows_the_first_enterprise(
    qtbot, settings, repository, plan_repository
):
    seed_demo(sql_repositories(repository.workspace))
    window = MainWindow(PortfolioDocument(), settings)
    qtbot.addWidget(window)
    window.show()
    assert window.statusBar().currentMessage() == "Opening the workspace…"
    assert not window.actions[ActionId.NEW_ENTERPRISE].isEnabled()

    with qtbot.waitSignal(window.document.reset):
        window.document.attach(sql_repositories(repository.workspace))
    assert window.portfolio_panel.current_enterprise_id() == DEMO_ENTERPRISE_ID
    assert window.enterprise_panel.visit_model.rowCount() == 4
    assert window.actions[ActionId.NEW_ENTERPRISE].isEnabled()


def test_open_workspace_into_attaches_and_names_the_workspace(qtbot, settings, tmp_path):
    window = MainWindow(PortfolioDocument(), settings)
    qtbot.addWidget(window)
    path = tmp_path / "w.sqlite3"
    opened = open_workspace_into(window, args_for(path, demo=True))
    try:
        assert window.document.has_enterprise(DEMO_ENTERPRISE_ID)
        assert str(path) in window.windowTitle()
    finally:
        for workspace in opened:
            workspace.close()


def test_a_workspace_that_cannot_be_opened_is_explained(
    qtbot, settings, tmp_path, monkeypatch, capsys
):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("create table songs (title text)")
    conn.close()
    shown, exits = [], []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    # the app's loop is asked to end; here no loop runs, and Qt would end the next test's
    monkeypatch.setattr(QApplication, "exit", exits.append)
    window = MainWindow(PortfolioDocument(), settings)
    qtbot.addWidget(window)
    assert open_workspace_into(window, args_for(path)) == []
    assert "not a SCORE Desktop workspace" in shown[0]
    assert "not a SCORE Desktop workspace" in capsys.readouterr().err
    assert not window.document.is_attached()
    assert exits == [1]
