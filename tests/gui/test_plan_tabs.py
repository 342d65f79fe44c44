"""Floor plans from the main window: list, dialogs, tabs, duplicate, delete, undo."""

import gc

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from score_desktop.document.plan_commands import AddPlanItemsCommand
from score_desktop.domain.bulk import thaw
from score_desktop.domain.floorplan import PlanItem, PlanItemKind
from score_desktop.domain.geometry import Point
from score_desktop.gui.actions import ActionId
from score_desktop.gui.floorplan.editor import PlanEditor
from score_desktop.gui.plan_dialog import PlanDialog
from score_desktop.services.demo import DEMO_ENTERPRISE_ID, DEMO_PLAN_ID, demo_plan_items
from score_desktop.storage.floorplan_repository import SqlFloorPlanRepository
from tests.gui.conftest import active_dialog


def plans(workspace):
    return SqlFloorPlanRepository(workspace).list_plans(DEMO_ENTERPRISE_ID)


def test_demo_enterprise_lists_its_plan_and_opens_it_in_a_tab(demo_window):
    panel = demo_window.enterprise_panel
    assert panel.plan_list.count() == 1
    assert panel.plan_list.item(0).text() == "Cable workshop (Hall 1 · Ground floor)"
    demo_window.actions[ActionId.OPEN_PLAN].trigger()
    editor = demo_window.tabs.currentWidget()
    assert isinstance(editor, PlanEditor)
    assert demo_window.tabs.tabText(1).startswith("Cable workshop — Deyang")
    assert len(editor.scene.graphics) == len(demo_plan_items())


def test_new_plan_through_the_dialog_opens_its_editor(demo_window, qtbot, workspace):
    demo_window.actions[ActionId.NEW_PLAN].trigger()
    dialog = active_dialog(qtbot, PlanDialog)
    dialog.name_edit.setText("Warehouse")
    dialog.floor_edit.setText("1")
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )
    assert sorted(p.name for p in plans(workspace)) == ["Cable workshop", "Warehouse"]
    assert demo_window.tabs.tabText(demo_window.tabs.currentIndex()).startswith("Warehouse")


def test_plan_dialog_refuses_an_empty_name(demo_window, qtbot, workspace):
    demo_window.actions[ActionId.EDIT_PLAN].trigger()
    dialog = active_dialog(qtbot, PlanDialog)
    dialog.name_edit.clear()
    dialog.accept()
    assert dialog.isVisible() and "needs a name" in dialog.problems.text()
    dialog.reject()


def test_duplicate_then_undo(demo_window, workspace):
    demo_window.actions[ActionId.DUPLICATE_PLAN].trigger()
    copy = next(p for p in plans(workspace) if p.id != DEMO_PLAN_ID)
    assert copy.name == "Cable workshop (copy)"
    repo = SqlFloorPlanRepository(workspace)
    assert len(repo.list_items(copy.id)) == len(repo.list_items(DEMO_PLAN_ID))
    demo_window.undo_action.trigger()
    assert [p.id for p in plans(workspace)] == [DEMO_PLAN_ID]


def test_delete_plan_closes_its_tab_and_undo_restores_it(demo_window, qtbot, workspace):
    demo_window.plan_tabs.open_plan(DEMO_PLAN_ID)
    demo_window.tabs.setCurrentIndex(0)
    demo_window.actions[ActionId.DELETE_PLAN].trigger()
    box = active_dialog(qtbot, QMessageBox)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert plans(workspace) == [] and demo_window.tabs.count() == 1
    demo_window.undo_action.trigger()
    assert [p.id for p in plans(workspace)] == [DEMO_PLAN_ID]
    assert len(SqlFloorPlanRepository(workspace).list_items(DEMO_PLAN_ID)) == len(demo_plan_items())


def test_a_plan_reopened_after_its_tab_closed_keeps_its_undo_steps(demo_window, workspace):
    """Closed, the plan's steps are out of reach (the portfolio undoes its own); opened
    again, they are back, and undo and redo reach no deleted scene."""
    editor = demo_window.plan_tabs.open_plan(DEMO_PLAN_ID)
    document = demo_window.document
    item = PlanItem(DEMO_PLAN_ID, PlanItemKind.EYEWASH, (Point(100, 100),))
    document.push(AddPlanItemsCommand(document, [item]))
    editor.scene.select_ids([item.id])
    demo_window.actions[ActionId.CLOSE_TAB].trigger()
    assert demo_window.tabs.count() == 1
    assert not demo_window.undo_action.isEnabled()
    reopened = demo_window.plan_tabs.open_plan(DEMO_PLAN_ID)
    demo_window.undo_action.trigger()
    ids = {i.id for i in SqlFloorPlanRepository(workspace).list_items(DEMO_PLAN_ID)}
    assert item.id not in ids and item.id not in reopened.scene.graphics
    demo_window.redo_action.trigger()
    assert item.id in reopened.scene.graphics


def test_a_plan_with_a_damaged_item_is_explained_and_not_opened(demo_window, qtbot, workspace):
    stored = SqlFloorPlanRepository(workspace).list_items(DEMO_PLAN_ID)
    damaged = next(i for i in stored if i.kind is PlanItemKind.MACHINE)
    with workspace.engine.begin() as connection:  # as another program might have left it
        connection.exec_driver_sql(
            "UPDATE plan_items SET points = 'not json' WHERE id = ?", (damaged.id.hex,)
        )
    tabs_before = demo_window.tabs.count()
    demo_window.actions[ActionId.OPEN_PLAN].trigger()
    qtbot.waitUntil(lambda: demo_window.findChild(QMessageBox, "problem_box") is not None)
    box = demo_window.findChild(QMessageBox, "problem_box")
    assert box.windowTitle() == "Cannot open the floor plan"
    assert str(damaged.id) in box.text() and "nothing was changed" in box.text()
    assert demo_window.tabs.count() == tabs_before
    box.close()


def test_an_open_plan_is_kept_out_of_collections_until_its_tab_closes(demo_window):
    thaw()
    demo_window.actions[ActionId.OPEN_PLAN].trigger()
    assert isinstance(demo_window.tabs.currentWidget(), PlanEditor)
    assert gc.get_freeze_count() > 0  # what the open built (open_plan_editor)
    demo_window.plan_tabs.close_plan(DEMO_PLAN_ID)
    assert demo_window.tabs.count() == 1
    assert gc.get_freeze_count() == 0


def _drag_handle(qtbot, splitter, dy: int) -> None:
    handle = splitter.handle(1)
    middle = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=middle)
    for step in range(1, 6):  # a drag, in steps, as a hand moves
        qtbot.mouseMove(handle, middle + QPoint(0, dy * step // 5))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=middle + QPoint(0, dy))


def test_a_plan_opens_with_the_register_as_tall_as_it_was_last_left(
    demo_window_factory, qtbot, settings
):
    window = demo_window_factory()
    window.resize(1300, 900)
    editor = window.plan_tabs.open_plan(DEMO_PLAN_ID)
    qtbot.waitExposed(editor)
    vertical = editor.splitters[1]
    before = vertical.sizes()
    _drag_handle(qtbot, vertical, -150)  # the register made taller
    after = vertical.sizes()
    assert after[1] > before[1] + 100

    window.plan_tabs.close_plan(DEMO_PLAN_ID)
    reopened = window.plan_tabs.open_plan(DEMO_PLAN_ID)
    qtbot.waitExposed(reopened)
    assert abs(reopened.splitters[1].sizes()[1] - after[1]) <= 2

    window.close()
    again = demo_window_factory()  # the next start, same settings
    again.resize(1300, 900)
    editor = again.plan_tabs.open_plan(DEMO_PLAN_ID)
    qtbot.waitExposed(editor)
    assert abs(editor.splitters[1].sizes()[1] - after[1]) <= 2


def test_an_unreadable_stored_split_leaves_the_default(demo_window, qtbot, settings):
    settings.setValue("plan_editor/plan_and_register", b"not a splitter state")
    settings.setValue("plan_editor/plan_and_properties", 42)
    editor = demo_window.plan_tabs.open_plan(DEMO_PLAN_ID)
    qtbot.waitExposed(editor)
    top, register = editor.splitters[1].sizes()
    assert top > register > 0  # the plan above a few register rows, as by default


class PaintCounter(QObject):
    def __init__(self, widget):
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_a_plan_tab_paints_its_plan_once(demo_window, qtbot):
    demo_window.resize(1400, 1000)
    qtbot.wait(50)
    editor = demo_window.plan_tabs.open_plan(DEMO_PLAN_ID)  # shown, not yet painted
    plan = PaintCounter(editor.view.viewport())
    qtbot.waitUntil(lambda: plan.count > 0)
    qtbot.wait(300)  # what follows a first paint has run
    # it used to be painted again straight after, with every other widget of the tab: a
    # plan of ten thousand pins drew them twice
    assert plan.count == 1


def test_a_plan_opens_in_a_window_1024_pixels_wide(demo_window, qtbot):
    demo_window.resize(1024, 700)
    qtbot.wait(50)
    editor = demo_window.plan_tabs.open_plan(DEMO_PLAN_ID)
    qtbot.wait(50)
    # the register's filters were as wide as their longest names, and its side column as
    # the method's label and name side by side: the window grew to 1,290 pixels
    assert editor.minimumSizeHint().width() <= 1024
    assert demo_window.width() == 1024
    panel = editor.hazards.panel
    assert panel.search_edit.width() >= 100  # room to type in
