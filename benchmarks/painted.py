"""Showing a window and waiting for its first paint, for benchmarks that time an open.

A window shown with show() is painted only once the platform exposes it, in a later turn of
the event loop: calling repaint() right after show() paints nothing. An open is timed until
the window has really painted, as the user sees it (the app's own after_next_paint).
"""

import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from score_desktop.gui.first_paint import after_next_paint


def show_painted(window: QWidget, timeout_s: float = 10.0, part: QWidget | None = None) -> None:
    """Show `window` and return once it has painted (events processed meanwhile).

    `part`: the widget whose paint is awaited (the window's whole paint pass still ends
    first), when the window is large: watching every widget of an editor puts each of its
    hundreds of events through Python, a cost the app does not pay when it opens a plan.
    """
    wait_painted(part or window, timeout_s, before=window.show)


def wait_painted(widget: QWidget, timeout_s: float = 10.0, before=None) -> None:
    """Return once `widget` (or a widget it has) has next been painted; `before`: what makes
    it paint (by default, whatever is pending: a tab just opened, say)."""
    painted: list[bool] = []
    after_next_paint(widget, lambda: painted.append(True))
    if before is not None:
        before()
    deadline = time.perf_counter() + timeout_s
    while not painted:
        QApplication.processEvents()
        if time.perf_counter() > deadline:
            raise RuntimeError(f"{type(widget).__name__} was not painted in {timeout_s} s")


def dispose(*objects: QObject) -> None:
    """Delete `objects` now, as the app's event loop does after deleteLater().

    A benchmark never runs the event loop, and processEvents() leaves deferred deletes for
    the loop: without this, every editor closed between runs stayed alive, connected to the
    document and listed among the top-level widgets that Qt walks on each show.
    """
    for obj in objects:
        obj.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
