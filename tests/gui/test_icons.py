"""Every action of the window and every plan tool shows an icon from the bundled set, and
its tip still names it and its keys."""

import dataclasses

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QKeySequence

from score_desktop.document.commands import EditEnterpriseCommand
from score_desktop.gui.actions import ActionId, shortcut_text
from score_desktop.gui.icons import ACTION_ICONS, FILE_ICONS, TOOL_ICONS
from score_desktop.paths import resources_dir
from score_desktop.services.demo import DEMO_ENTERPRISE_ID, DEMO_PLAN_ID


def _drawn(icon) -> bool:
    """True when the icon paints something (an SVG the engine cannot read paints nothing)."""
    image = icon.pixmap(QSize(24, 24)).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    return any(image.pixelColor(x, y).alpha() > 0 for x in range(image.width()) for y in range(24))


def test_every_action_and_tool_has_a_drawn_icon_and_a_tip_with_its_keys(qtbot, demo_window):
    assert set(ACTION_ICONS) == set(ActionId)
    for action_id, action in demo_window.actions.items():
        assert _drawn(action.icon()), action_id
        keys = shortcut_text(action)
        assert not keys or keys in action.toolTip()
    editor = demo_window.plan_tabs.open_plan(DEMO_PLAN_ID)
    assert set(TOOL_ICONS) == set(editor.tool_actions)
    for name, action in editor.tool_actions.items():
        assert _drawn(action.icon()), name
        assert action.shortcut().toString() in action.toolTip()
    for name in FILE_ICONS:
        action = editor.actions_by_name[name]
        assert _drawn(action.icon()), name
        assert action.toolTip() != action.text().replace("…", "")  # a tip that explains


def test_every_tool_is_on_the_plans_tool_bar_at_1024_pixels(qtbot, demo_window):
    demo_window.resize(1024, 700)
    editor = demo_window.plan_tabs.open_plan(DEMO_PLAN_ID)
    qtbot.waitExposed(editor)
    for name, action in editor.tool_actions.items():
        button = editor.toolbar.widgetForAction(action)
        assert button is not None and button.isVisible(), name  # not behind the » button


def test_undo_and_redo_tips_name_the_step_and_the_keys(qtbot, demo_window):
    document = demo_window.document
    enterprise = document.enterprise(DEMO_ENTERPRISE_ID)
    renamed = dataclasses.replace(enterprise, name="Renamed")
    document.push(EditEnterpriseCommand(document, renamed))
    tip = demo_window.undo_action.toolTip()
    assert "Renamed" in tip or "Edit enterprise" in tip
    assert QKeySequence("Ctrl+Z").toString(QKeySequence.SequenceFormat.NativeText) in tip
    assert _drawn(demo_window.undo_action.icon())


def test_the_icon_set_ships_with_its_licence():
    """Every icon is Tabler's (with its licence) or one drawn for this app (said so)."""
    icons = resources_dir() / "icons"
    assert "MIT License" in (icons / "tabler" / "LICENSE").read_text()
    assert "drawn for SCORE Desktop" in (icons / "drawn" / "README.md").read_text()
    for name in {*ACTION_ICONS.values(), *TOOL_ICONS.values(), *FILE_ICONS.values()}:
        found = [f for f in ("tabler", "drawn") if (icons / f / f"{name}.svg").is_file()]
        assert len(found) == 1, name
