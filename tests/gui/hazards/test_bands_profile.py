"""Editing band limits as a named profile, through the real dialog; undo and reopening."""

from PySide6.QtWidgets import QDialogButtonBox

from score_desktop.document.portfolio import PortfolioDocument
from score_desktop.gui.hazards.bands_dialog import BandsDialog
from score_desktop.gui.hazards.register_model import HazardColumn
from score_desktop.services.demo import DEMO_ENTERPRISE_ID, DEMO_PLAN_ID, demo_hazards
from score_desktop.storage.repositories import sql_repositories
from tests.gui.conftest import active_dialog


def test_bands_become_a_profile_used_by_the_enterprise(qtbot, demo_window, workspace):
    editor = demo_window.plan_tabs.open_plan(DEMO_PLAN_ID)
    panel = editor.hazards.panel
    panel.bands_button.click()
    dialog = active_dialog(qtbot, BandsDialog)
    dialog.name_edit.setText("Deyang programme bands")
    dialog.table.item(0, 0).setText("Acceptable")
    dialog.table.item(0, 1).setText("6")
    dialog.findChild(QDialogButtonBox).accepted.emit()

    method = demo_window.document.risk_method(DEMO_ENTERPRISE_ID)
    assert method.name == "Deyang programme bands"
    assert panel.method_combo.currentText() == "Deyang programme bands"
    shared_cups = demo_hazards()[14]  # 2 × 2 = 4 → now "Acceptable" (6 and below)
    row = panel.model.row_of(shared_cups.id)
    assert panel.model.index(row, HazardColumn.INITIAL).data() == "4 Acceptable"

    reopened = PortfolioDocument(sql_repositories(workspace))
    assert reopened.risk_method(DEMO_ENTERPRISE_ID).name == "Deyang programme bands"

    demo_window.undo_action.trigger()
    assert demo_window.document.risk_method(DEMO_ENTERPRISE_ID).key == "5x5"
    assert (
        panel.model.index(panel.model.row_of(shared_cups.id), HazardColumn.INITIAL).data()
        == "4 Low"
    )


def test_unordered_limits_are_refused_in_the_dialog(qtbot, demo_window):
    editor = demo_window.plan_tabs.open_plan(DEMO_PLAN_ID)
    dialog = editor.hazards.panel.edit_bands()
    dialog.table.item(1, 1).setText("2")  # below the first band's 4
    dialog.accept()
    assert dialog.isVisible() and "increase" in dialog.problems.text()
    dialog.table.item(1, 1).setText("lots")
    dialog.accept()
    assert "not a number" in dialog.problems.text()
    dialog.reject()
    assert demo_window.document.risk_method(DEMO_ENTERPRISE_ID).key == "5x5"
