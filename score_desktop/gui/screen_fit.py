"""Windows open no larger than the screen leaves: a laptop at 1,024 × 700 (less a panel)
put the bottom of a 700-pixel visit form, and its OK button, off the screen."""

from PySide6.QtWidgets import QWidget

TITLE_BAR_PX = 40  # what a window manager adds above a window, about


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize `widget` to `width` × `height`, but no larger than its screen's free area
    (title bar included), and never below what its layout needs."""
    screen = widget.screen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width())
        height = min(height, room.height() - TITLE_BAR_PX)
    least = widget.minimumSizeHint()
    widget.resize(max(width, least.width()), max(height, least.height()))
