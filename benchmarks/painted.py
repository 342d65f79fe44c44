"""Showing a window and waiting for its first paint, for benchmarks that time an open.

A window shown with show() is painted only once the platform exposes it, in a later turn of
the event loop: calling repaint() right after show() paints nothing. An open is timed until
the view has really painted, as the user sees it.
"""

import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget


class _PaintSpy(QObject):
    def __init__(self):
        super().__init__()
        self.painted = False

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def show_painted(window: QWidget, viewport: QWidget, timeout_s: float = 10.0) -> None:
    """Show `window` and return once `viewport` has painted (events processed meanwhile)."""
    spy = _PaintSpy()
    viewport.installEventFilter(spy)
    try:
        window.show()
        deadline = time.perf_counter() + timeout_s
        while not spy.painted:
            QApplication.processEvents()
            if time.perf_counter() > deadline:
                raise RuntimeError(f"{type(window).__name__} was not painted in {timeout_s} s")
    finally:
        viewport.removeEventFilter(spy)
