"""Tab moves between fields and leaves lists; it is never typed into a note or trapped in a
table (the portfolio changed its selected enterprise at each Tab)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTableView

from score_desktop.gui.hazards.hazard_dialog import HazardDialog
from score_desktop.services.demo import DEMO_ENTERPRISE_ID, DEMO_PLAN_ID
from tests.gui.conftest import active_dialog


def test_tab_leaves_the_portfolio_without_changing_the_enterprise(qtbot, demo_window):
    window = demo_window
    window.activateWindow()
    table = window.portfolio_panel.table
    window.portfolio_panel.select_enterprise(DEMO_ENTERPRISE_ID)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()
    assert window.portfolio_panel.current_enterprise_id() == DEMO_ENTERPRISE_ID


def test_tab_in_a_hazard_note_moves_on_and_types_nothing(qtbot, demo_window):
    window = demo_window
    window.activateWindow()
    editor = window.plan_tabs.open_plan(DEMO_PLAN_ID)
    editor.hazards.new_unpinned()
    dialog = active_dialog(qtbot, HazardDialog)
    dialog.activateWindow()
    note = dialog.description_edit
    note.setFocus()
    qtbot.waitUntil(note.hasFocus)
    qtbot.keyClicks(note, "Oil on the floor")
    qtbot.keyClick(note, Qt.Key.Key_Tab)
    assert "\t" not in note.toPlainText() and not note.hasFocus()
    assert QApplication.focusWidget() is not None
    dialog.reject()


def test_every_note_and_list_of_the_window_follows_the_rule(qtbot, demo_window):
    """Editable notes move on with Tab; only editable grids (figures, bands) keep Tab for
    their cells."""
    window = demo_window
    window.plan_tabs.open_plan(DEMO_PLAN_ID)
    window.improvement_tabs.open(DEMO_ENTERPRISE_ID)
    notes = [w for w in window.findChildren(QPlainTextEdit)]
    assert notes and all(n.tabChangesFocus() for n in notes), [
        n.objectName() for n in notes if not n.tabChangesFocus()
    ]
    lists = [
        v
        for v in window.findChildren(QTableView)  # QTableWidget is one
        if v.editTriggers() == v.EditTrigger.NoEditTriggers
    ]
    assert len(lists) >= 6
    trapped = [type(v.parent()).__name__ for v in lists if v.tabKeyNavigation()]
    assert trapped == []
