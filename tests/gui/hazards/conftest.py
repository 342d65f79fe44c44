import pytest

from score_desktop.gui.floorplan.editor import PlanEditor
from score_desktop.services.demo import DEMO_PLAN_ID


@pytest.fixture
def editor(qtbot, demo_window):
    """The demo plan open in the window, at a quarter of a pixel per plan unit."""
    editor: PlanEditor = demo_window.plan_tabs.open_plan(DEMO_PLAN_ID)
    editor.resize(1300, 900)
    editor.view.resetTransform()
    editor.view.scale(0.25, 0.25)
    editor.view.centerOn(2000, 1200)
    return editor
