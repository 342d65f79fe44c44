import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle

from score_desktop.document.portfolio import PortfolioDocument
from score_desktop.gui.main_window import MainWindow
from score_desktop.services.demo import seed_demo
from score_desktop.storage.repositories import sql_repositories


@pytest.fixture
def window(qtbot, document, settings):
    win = MainWindow(document, settings, "test workspace")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def demo_window_factory(qtbot, repository, plan_repository, settings):
    """Builds the window on the demo workspace when called (after translators are set)."""

    def build() -> MainWindow:
        seed_demo(sql_repositories(repository.workspace))
        win = MainWindow(
            PortfolioDocument(sql_repositories(repository.workspace)), settings, "demo workspace"
        )
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        return win

    return build


@pytest.fixture
def demo_window(demo_window_factory):
    return demo_window_factory()


def active_dialog(qtbot, cls, timeout: int = 5000):
    """The dialog of `cls` the window has just opened (window-modal, via open()). When none
    opens, the failure names the windows shown and where every thread was."""
    from PySide6.QtWidgets import QApplication
    from pytestqt.exceptions import TimeoutError as WaitTimeout

    found = []

    def opened():
        found[:] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()
        ]
        assert found

    try:
        qtbot.waitUntil(opened, timeout=timeout)
    except WaitTimeout as exc:
        raise AssertionError(f"no {cls.__name__} opened\n{_where_things_are()}") from exc
    return found[0]


def _where_things_are() -> str:
    import sys
    import threading
    import traceback

    from PySide6.QtWidgets import QApplication

    shown = [
        f"{type(w).__name__} {w.windowTitle()!r}"
        for w in QApplication.topLevelWidgets()
        if w.isVisible()
    ]
    names = {t.ident: t.name for t in threading.enumerate()}
    stacks = [
        f"thread {names.get(ident, ident)}:\n{''.join(traceback.format_stack(frame))}"
        for ident, frame in sys._current_frames().items()
    ]
    return "windows shown: " + ", ".join(shown) + "\n" + "\n".join(stacks)


def drop_files(widget, paths, pos=None) -> bool:
    """Drag local files over `widget` and drop them; True when the drag was accepted."""
    from PySide6.QtCore import QMimeData, QUrl

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return drop_mime(widget, mime, pos)


def drop_mime(widget, mime, pos=None) -> bool:
    """Drag `mime` over `widget` (enter, move) and drop it, as Qt delivers a user's drag."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    pos = pos or widget.rect().center()
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(pos), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    move = QDragMoveEvent(QPoint(pos), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(widget, move)
    drop = QDropEvent(QPoint(pos).toPointF(), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(widget, drop)
    return True


def assert_shown_whole(qtbot, table, columns, rows=()):
    """At 1366 x 768, these columns' headers and these rows' texts fit their cells."""
    table.window().resize(1366, 768)
    qtbot.waitUntil(lambda: table.viewport().width() > 1000)
    model, header = table.model(), table.horizontalHeader()
    margins = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
    for column in columns:
        text = model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(text) + margins
        for row in rows:
            cell = model.index(row, column).data() or ""
            assert header.sectionSize(column) >= table.fontMetrics().horizontalAdvance(cell), cell


@pytest.fixture(autouse=True)
def no_box_left_open(qapp):
    """A message box a test left open (a question after its dialog's Cancel) is closed, so the
    next test's active_dialog never finds it."""
    yield
    from PySide6.QtWidgets import QApplication, QMessageBox

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            widget.close()
