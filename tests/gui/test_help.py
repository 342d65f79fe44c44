"""Help: the guide, the shortcut sheet made from the actions, the demo at any time, and
actions that need an enterprise waiting for one."""

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMessageBox, QTableWidget, QTextBrowser

from score_desktop.gui.actions import ActionId, shortcut_text
from score_desktop.services.demo import DEMO_ENTERPRISE_ID
from tests.gui.conftest import active_dialog


def test_the_shortcut_sheet_lists_every_shortcut_and_finds_by_key(window, qtbot):
    dialog = window.help_menu.show_shortcuts()
    table = dialog.findChild(QTableWidget, "shortcut_table")
    listed = {table.item(row, 2).text() for row in range(table.rowCount())}
    with_keys = [a for a in window.actions.values() if shortcut_text(a)]
    assert {shortcut_text(a) for a in with_keys} <= listed
    undo = QKeySequence("Ctrl+Z").toString(QKeySequence.SequenceFormat.NativeText)
    assert any(undo in keys.split(", ") for keys in listed)  # undo and redo are listed too
    search = dialog.findChild(QLineEdit)
    search.setText("progress")
    shown = [r for r in range(table.rowCount()) if not table.isRowHidden(r)]
    assert [table.item(r, 1).text() for r in shown] == ["Export monthly progress report"]
    dialog.close()


def test_no_two_actions_share_a_key(window):
    """A key bound twice is ambiguous: Qt then triggers neither action."""
    owners: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            owners.setdefault(key.toString(), []).append(action.text())
    shared = {key: names for key, names in owners.items() if len(set(names)) > 1}
    assert shared == {}


def test_every_tooltip_names_its_shortcut(window):
    export = window.actions[ActionId.EXPORT_VISIT_REPORT]
    assert shortcut_text(export) and shortcut_text(export) in export.toolTip()
    assert window.actions[ActionId.NEW_PLAN].toolTip().startswith("New floor plan")


def test_the_guide_opens_from_help(window):
    dialog = window.help_menu.show_guide()
    assert "Getting started" in dialog.findChild(QTextBrowser).toPlainText()
    dialog.close()


def test_a_declined_demo_can_be_loaded_later_once(window, qtbot):
    assert window.document.is_empty()
    window.actions[ActionId.LOAD_DEMO].trigger()
    assert window.document.has_enterprise(DEMO_ENTERPRISE_ID)
    window.actions[ActionId.LOAD_DEMO].trigger()
    box = active_dialog(qtbot, QMessageBox)
    assert "already" in box.text()
    box.close()


def test_plan_actions_wait_for_an_enterprise(window):
    a = window.actions
    assert window.enterprise_panel.enterprise_id is None
    assert not a[ActionId.NEW_PLAN].isEnabled() and not a[ActionId.OPEN_PLAN].isEnabled()
    window.load_demo()
    window.portfolio_panel.select_enterprise(DEMO_ENTERPRISE_ID)
    assert a[ActionId.NEW_PLAN].isEnabled()
    plan = window.document.plans_of(DEMO_ENTERPRISE_ID)[0]
    window.enterprise_panel.select_plan(plan.id)
    assert a[ActionId.OPEN_PLAN].isEnabled()
