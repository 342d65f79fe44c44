"""The real window and dialogs, driven as a user would: typing, clicking, shortcuts."""

import datetime as dt
import weakref
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox

from score_desktop.gui.actions import ActionId
from score_desktop.gui.enterprise_dialog import EnterpriseDialog
from score_desktop.gui.report_dialog import ReportOptionsDialog
from score_desktop.gui.visit_dialog import VisitDialog
from score_desktop.services.demo import DEMO_ENTERPRISE_ID
from score_desktop.storage.portfolio_repository import SqlPortfolioRepository
from tests.builders import TRICKY
from tests.gui.conftest import active_dialog


def click_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def answer_yes(qtbot) -> None:
    box = active_dialog(qtbot, QMessageBox)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)


def test_create_an_enterprise_through_the_dialog(window, qtbot, workspace):
    window.actions[ActionId.NEW_ENTERPRISE].trigger()
    dialog = active_dialog(qtbot, EnterpriseDialog)
    qtbot.keyClicks(dialog.ui.nameEdit, "Textiles Andinos S.A.C.")
    dialog.ui.sectorCombo.setCurrentText("C14 Manufacture of wearing apparel (garments)")
    qtbot.keyClicks(dialog.ui.countryEdit, "Peru")
    qtbot.keyClicks(dialog.ui.regionEdit, "Lima")
    dialog.ui.workersWomenSpin.setValue(48)
    dialog.ui.workersMenSpin.setValue(22)
    dialog.ui.managersWomenSpin.setValue(3)
    dialog.ui.managersMenSpin.setValue(4)
    assert "77" in dialog.ui.totalLabel.text()
    click_ok(qtbot, dialog)

    stored = SqlPortfolioRepository(workspace).list_enterprises()
    assert [e.name for e in stored] == ["Textiles Andinos S.A.C."]
    assert stored[0].headcount.workers_women == 48
    assert window.portfolio_panel.current_enterprise_id() == stored[0].id
    assert window.enterprise_panel.name_label.text() == "Textiles Andinos S.A.C."


def test_dialog_keeps_what_was_typed_when_validation_fails(window, qtbot, workspace):
    window.actions[ActionId.NEW_ENTERPRISE].trigger()
    dialog = active_dialog(qtbot, EnterpriseDialog)
    qtbot.keyClicks(dialog.ui.emailEdit, "not an address")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "needs a name" in dialog.ui.problemsLabel.text()
    assert dialog.ui.emailEdit.text() == "not an address"
    assert SqlPortfolioRepository(workspace).list_enterprises() == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # typed work: Esc asks first
    question = active_dialog(qtbot, QMessageBox)
    assert question.objectName() == "discard_question" and dialog.isVisible()
    qtbot.keyClick(question, Qt.Key.Key_Escape)  # keep editing
    assert dialog.isVisible() and dialog.ui.emailEdit.text() == "not an address"
    dialog.reject()
    question = active_dialog(qtbot, QMessageBox)
    question.button(QMessageBox.StandardButton.Discard).click()
    assert not dialog.isVisible()


def test_esc_on_an_untouched_form_closes_it_at_once(window, qtbot):
    window.actions[ActionId.NEW_ENTERPRISE].trigger()
    dialog = active_dialog(qtbot, EnterpriseDialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_edit_then_undo_and_redo_with_keyboard_shortcuts(demo_window, qtbot, workspace):
    win = demo_window
    win.actions[ActionId.EDIT_ENTERPRISE].trigger()
    dialog = active_dialog(qtbot, EnterpriseDialog)
    dialog.ui.nameEdit.setText(TRICKY)
    click_ok(qtbot, dialog)
    repo = SqlPortfolioRepository(workspace)
    assert repo.get_enterprise(DEMO_ENTERPRISE_ID).name == TRICKY
    assert win.enterprise_panel.name_label.text() == TRICKY  # shown literally, not as markup
    assert win.enterprise_panel.name_label.textFormat() == Qt.TextFormat.PlainText

    qtbot.keyClick(win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert repo.get_enterprise(DEMO_ENTERPRISE_ID).name.startswith("Deyang Hongxing")
    qtbot.keyClick(
        win,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert repo.get_enterprise(DEMO_ENTERPRISE_ID).name == TRICKY
    assert win.undo_action.text().startswith("&Undo")


def test_delete_enterprise_asks_first_and_can_be_undone(demo_window, qtbot, workspace):
    win = demo_window
    win.actions[ActionId.DELETE_ENTERPRISE].trigger()
    answer_yes(qtbot)
    repo = SqlPortfolioRepository(workspace)
    assert repo.list_enterprises() == []
    assert win.enterprise_panel.enterprise_id is None
    win.undo_action.trigger()
    assert len(repo.list_visits(DEMO_ENTERPRISE_ID)) == 4
    assert win.portfolio_panel.proxy.rowCount() == 1


def test_add_a_visit_through_the_dialog(demo_window, qtbot, workspace):
    win = demo_window
    win.actions[ActionId.NEW_VISIT].trigger()
    dialog = active_dialog(qtbot, VisitDialog)
    # continues from the last visit: same consultant, module and the planned date
    assert dialog.ui.consultantEdit.text() == "Li Mei (李梅)"
    assert dialog.ui.dateEdit.date() == QDate(2026, 11, 24)
    assert dialog.ui.typeCombo.currentData() == "follow_up_2"
    dialog.ui.moduleCombo.setCurrentText("Lean Manufacturing")  # not yet in the catalogue
    qtbot.keyClicks(dialog.ui.observationsEdit, "Hoppers replaced bags at the extruder.")
    click_ok(qtbot, dialog)

    visits = SqlPortfolioRepository(workspace).list_visits(DEMO_ENTERPRISE_ID)
    new = visits[-1]
    assert new.date == dt.date(2026, 11, 24) and new.module_code == "LEAN_MANUFACTURING"
    assert win.enterprise_panel.current_visit_id() == new.id
    assert "Hoppers replaced bags" in win.enterprise_panel.visit_details.toPlainText()
    win.undo_action.trigger()
    assert len(SqlPortfolioRepository(workspace).list_visits(DEMO_ENTERPRISE_ID)) == 4


def test_edit_and_delete_a_visit(demo_window, qtbot, workspace):
    win = demo_window
    selected = win.enterprise_panel.current_visit_id()
    win.actions[ActionId.EDIT_VISIT].trigger()
    dialog = active_dialog(qtbot, VisitDialog)
    dialog.ui.inspectorEdit.setText("Liu Yan")
    click_ok(qtbot, dialog)
    repo = SqlPortfolioRepository(workspace)
    assert repo.get_visit(selected).inspector == "Liu Yan"
    assert win.enterprise_panel.current_visit_id() == selected

    win.actions[ActionId.DELETE_VISIT].trigger()
    answer_yes(qtbot)
    assert selected not in {v.id for v in repo.list_visits()}


def test_deleting_from_the_portfolio_waits_until_it_is_seen(demo_window, qtbot, workspace):
    """From a plan's tab, Ctrl+Del asked to delete the portfolio's visit, out of sight."""
    win = demo_window
    visits = len(SqlPortfolioRepository(workspace).list_visits())
    win.actions[ActionId.OPEN_PLAN].trigger()
    editor = win.plan_tabs.current_editor()
    assert editor is not None and win.tabs.currentWidget() is editor
    editor.view.setFocus()
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete, ctrl)
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete, ctrl | Qt.KeyboardModifier.ShiftModifier)
    qtbot.wait(50)
    assert not [w for w in win.findChildren(QMessageBox) if w.isVisible()]
    assert len(SqlPortfolioRepository(workspace).list_visits()) == visits
    assert not win.actions[ActionId.DELETE_VISIT].isEnabled()
    assert not win.actions[ActionId.DELETE_ENTERPRISE].isEnabled()
    win.tabs.setCurrentIndex(0)
    assert win.actions[ActionId.DELETE_VISIT].isEnabled()
    assert win.actions[ActionId.DELETE_ENTERPRISE].isEnabled()


def test_find_searches_the_register_on_a_plan_and_the_portfolio_elsewhere(demo_window, qtbot):
    win = demo_window
    win.actions[ActionId.OPEN_PLAN].trigger()
    editor = win.plan_tabs.current_editor()
    qtbot.keyClick(editor.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.hazards.panel.search_edit.hasFocus())
    win.actions[ActionId.OPEN_IMPROVEMENT].trigger()
    assert win.tabs.currentWidget() is not editor
    win.actions[ActionId.FIND].trigger()
    assert win.tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: win.portfolio_panel.search_edit.hasFocus())


def test_search_filters_the_portfolio(demo_window, qtbot):
    panel = demo_window.portfolio_panel
    qtbot.keyClicks(panel.search_edit, "sichuan cable")
    assert panel.proxy.rowCount() == 1
    panel.search_edit.setText("Lima")
    assert panel.proxy.rowCount() == 0


def test_a_form_opens_with_long_fields_shown_from_their_start(demo_window, qtbot):
    demo_window.actions[ActionId.EDIT_ENTERPRISE].trigger()
    dialog = active_dialog(qtbot, EnterpriseDialog)
    products = dialog.ui.productsEdit
    assert products.fontMetrics().horizontalAdvance(products.text()) > products.width()  # long
    assert products.cursorPosition() == 0
    assert dialog.ui.sectorCombo.lineEdit().cursorPosition() == 0
    assert all(edit.cursorPosition() == 0 for edit in dialog.findChildren(QLineEdit))
    dialog.reject()


def test_the_portfolio_fits_its_pane_in_a_window_1024_pixels_wide(demo_window, qtbot):
    demo_window.resize(1024, 700)
    table = demo_window.portfolio_panel.table
    qtbot.waitUntil(lambda: table.viewport().width() < 420)
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width()  # nothing scrolled out of sight
    assert not table.horizontalScrollBar().isVisible()
    assert table.columnWidth(0) >= 100  # the enterprise's name keeps a readable width


def test_models_pass_the_model_tester(demo_window, qtmodeltester):
    qtmodeltester.check(demo_window.portfolio_panel.model)
    qtmodeltester.check(demo_window.portfolio_panel.proxy)
    qtmodeltester.check(demo_window.enterprise_panel.visit_model)


def test_export_visit_report_writes_a_pdf_in_the_background(
    demo_window, qtbot, tmp_path, monkeypatch
):
    target = tmp_path / "out" / "report"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    demo_window.actions[ActionId.EXPORT_VISIT_REPORT].trigger()
    dialog = active_dialog(qtbot, ReportOptionsDialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))  # not the UI's
    with qtbot.waitSignal(demo_window.statusBar().messageChanged, timeout=20_000):
        dialog.accept()
        # Cancel reaches the task through its owner (see gui/workers.py)
        assert weakref.getweakrefcount(demo_window.reports.runner.task) == 0
    qtbot.waitUntil(lambda: demo_window.last_export is not None, timeout=20_000)
    pdf = Path(str(target) + ".pdf")
    text = PdfReader(pdf).pages[0].extract_text()
    assert "SCORE visit report" in text and "2026-10-13" in text
    everything = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "Hazard register" in everything and "Fixed guard over wrapping machine 3" in everything


def test_export_failure_is_shown_to_the_user(demo_window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "missing-folder" / "r.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    demo_window.actions[ActionId.EXPORT_VISIT_REPORT].trigger()
    active_dialog(qtbot, ReportOptionsDialog).accept()
    box = active_dialog(qtbot, QMessageBox, timeout=20_000)  # after the export's worker
    assert "could not be written" in box.text()
    box.accept()
    assert not target.exists()


def test_load_demo_is_one_undoable_step(window, qtbot, workspace):
    assert window.load_demo() is True
    assert window.load_demo() is False
    repo = SqlPortfolioRepository(workspace)
    assert len(repo.list_visits()) == 4
    window.undo_action.trigger()
    assert repo.list_enterprises() == [] and repo.list_visits() == []


def test_the_demo_offered_in_the_window_is_the_one_the_command_line_writes(
    window, workspace, tmp_path
):
    """Every table, row by row (timestamps and authors aside), after both demos."""
    from sqlalchemy import select

    from score_desktop.services.demo import seed_demo
    from score_desktop.storage.database import open_workspace
    from score_desktop.storage.history_recorder import is_recorded_class, recorded_columns
    from score_desktop.storage.repositories import sql_repositories
    from score_desktop.storage.schema import Base

    def dump(ws):
        with ws.sessions() as session:
            return {
                m.class_.__tablename__: sorted(
                    (str(row.id), *(repr(getattr(row, n)) for n in recorded_columns(m.class_)))
                    for row in session.scalars(select(m.class_))
                )
                for m in Base.registry.mappers
                if is_recorded_class(m.class_)
            }

    assert window.load_demo()
    cli = open_workspace(f"sqlite:///{tmp_path / 'cli.sqlite3'}")
    seed_demo(sql_repositories(cli))
    from_window, from_cli = dump(workspace), dump(cli)
    cli.close()
    assert from_window == from_cli
    for table in ("eit_members", "improvement_projects", "indicator_entries", "hazards"):
        assert from_window[table], table


def test_a_sector_is_found_by_any_of_its_words(qtbot, window):
    dialog = EnterpriseDialog(None, window)
    qtbot.addWidget(dialog)
    completer = dialog.ui.sectorCombo.completer()
    for typed, expected in (
        ("garm", "C14 Manufacture of wearing apparel (garments)"),
        ("textile", "C13 Manufacture of textiles"),
        ("HOTEL", "I55 Accommodation (hotels)"),
    ):
        completer.setCompletionPrefix(typed)
        found = [
            completer.completionModel().index(row, 0).data()
            for row in range(completer.completionCount())
        ]
        assert expected in found, (typed, found)
