"""Running something once a window has been painted, not merely shown.

A shown window is painted when the platform exposes it, which on X11 comes a few event-loop
turns after show(): a zero-timer set at show() can fire before anything is on screen. The
startup benchmark's quit (`--exit-after-shown`) waits for the paint with this.

The watch is on the window's own widgets, not on the application: an application-wide
filter hands every event of every object to Python, and PySide6 then creates the Python
types (with all their enums) of objects the app never touches, 30-60 ms at start-up that a
plain run of the app does not spend.
"""

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QTabWidget, QWidget


class _PaintWatch(QObject):
    def __init__(self, window: QWidget, callback: Callable[[], None]):
        super().__init__(window)
        self._callback = callback
        # whichever is painted first: the window itself may be wholly covered by children
        self._watched = [window, *window.findChildren(QWidget)]
        for widget in self._watched:
            widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and self._watched:
            for widget in self._watched:
                if shiboken6.isValid(widget):  # a child may have gone since the watch began
                    widget.removeEventFilter(self)
            self._watched = []
            # the rest of this paint pass (the window's other widgets) runs first
            QTimer.singleShot(0, self._callback)
        return False


def after_next_paint(window: QWidget, callback: Callable[[], None]) -> None:
    """Call `callback` once the window (or a widget it has now) has next been painted."""
    _PaintWatch(window, callback)
    window.update()


def paint_pages_once(tabs: QTabWidget) -> None:
    """Have a page that `tabs` brings forward painted in one pass, not two.

    Bringing a page forward repaints the tab widget at once, and Qt posts that paint before
    the page is shown. Each widget the page shows then posts a request to repaint itself
    (Qt's show_sys), and those come after the paint: the whole page, every cell of a table
    and every pin of a plan, was painted a second time straight after the first. Handing
    Qt those requests when the page comes forward adds them to the paint already pending.
    """
    tabs.currentChanged.connect(_mark_shown_widgets_dirty)


def _mark_shown_widgets_dirty(_index: int) -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.UpdateLater)
