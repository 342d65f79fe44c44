"""Opening the app again brings back where the user was: the selected enterprise, the open
plan tabs and the one in front, the splitters and how pins are coloured."""

import uuid

from score_desktop.document.commands import AddEnterpriseCommand
from score_desktop.domain.plan_style import PinStyle
from score_desktop.services.demo import DEMO_ENTERPRISE_ID, DEMO_PLAN_ID
from tests.builders import make_enterprise
from tests.gui.test_plan_tabs import _drag_handle


def test_the_next_start_brings_back_enterprise_plans_splitters_and_pin_colours(
    demo_window_factory, qtbot, settings
):
    window = demo_window_factory()
    window.resize(1300, 900)
    other = make_enterprise(name="Aaa first in the list")
    window.document.push(AddEnterpriseCommand(window.document, other))
    window.portfolio_panel.select_enterprise(DEMO_ENTERPRISE_ID)
    editor = window.plan_tabs.open_plan(DEMO_PLAN_ID)
    panel = editor.hazards.panel
    panel.pin_style_combo.setCurrentIndex(panel.pin_style_combo.findData(PinStyle.BAND.value))
    window.tabs.setCurrentIndex(0)
    splitter = window.tabs.widget(0)
    qtbot.waitExposed(splitter)
    handle = splitter.handle(1)
    before = splitter.sizes()
    _drag_handle_x(qtbot, handle, -200)
    moved = splitter.sizes()
    assert moved[0] < before[0] - 150
    visits = window.enterprise_panel.splitter
    _drag_handle(qtbot, visits, 80)
    visits_moved = visits.sizes()
    window.tabs.setCurrentWidget(editor)
    window.close()

    again = demo_window_factory()  # the next start, same settings
    again.resize(1300, 900)
    assert again.portfolio_panel.current_enterprise_id() == DEMO_ENTERPRISE_ID
    front = again.tabs.currentWidget()
    assert front is again.plan_tabs.editors[DEMO_PLAN_ID]
    assert front.hazards.panel.pin_style_combo.currentData() == PinStyle.BAND.value
    assert front.scene.pin_style is PinStyle.BAND
    again.tabs.setCurrentIndex(0)
    qtbot.waitExposed(again.tabs.widget(0))
    assert abs(again.tabs.widget(0).sizes()[0] - moved[0]) <= 2
    assert abs(again.enterprise_panel.splitter.sizes()[0] - visits_moved[0]) <= 2


def _drag_handle_x(qtbot, handle, dx: int) -> None:
    from PySide6.QtCore import QPoint, Qt

    middle = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=middle)
    for step in range(1, 6):
        qtbot.mouseMove(handle, middle + QPoint(dx * step // 5, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=middle + QPoint(dx, 0))


def test_ids_of_records_that_are_gone_or_no_ids_are_passed_over(demo_window_factory, settings):
    settings.setValue("session/enterprise", uuid.uuid4().hex)
    settings.setValue("session/open_plans", f"not-an-id {uuid.uuid4().hex} {DEMO_PLAN_ID.hex}")
    settings.setValue("session/front_plan", "nonsense")
    window = demo_window_factory()
    assert window.portfolio_panel.current_enterprise_id() is not None  # the first one
    assert list(window.plan_tabs.editors) == [DEMO_PLAN_ID]
    assert window.tabs.currentIndex() == 0  # no plan named in front: the portfolio
