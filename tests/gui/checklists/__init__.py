"""Helpers of the checklist GUI tests."""

from score_desktop.gui.checklists.walkthrough_window import WalkthroughWindow


def shown_walkthrough(qtbot, document, walkthrough_id) -> WalkthroughWindow:
    """A walk-through's window, shown, its table holding the keyboard."""
    window = WalkthroughWindow(document, walkthrough_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    return window
