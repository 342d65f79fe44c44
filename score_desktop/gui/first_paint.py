"""Running something once a window has been painted, not merely shown.

A shown window is painted when the platform exposes it, which on X11 comes a few event-loop
turns after show(): a zero-timer set at show() can fire before anything is on screen. The
startup benchmark's quit (`--exit-after-shown`) waits for the paint with this.
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _PaintWatch(QObject):
    def __init__(self, window: QWidget, callback: Callable[[], None]):
        super().__init__(window)
        self._window, self._callback = window, callback

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            QApplication.instance().removeEventFilter(self)
            # the rest of this paint pass (the window's other widgets) runs first
            QTimer.singleShot(0, self._callback)
        return False


def after_next_paint(window: QWidget, callback: Callable[[], None]) -> None:
    """Call `callback` once the window (or any widget in it) has next been painted."""
    QApplication.instance().installEventFilter(_PaintWatch(window, callback))
    window.update()
