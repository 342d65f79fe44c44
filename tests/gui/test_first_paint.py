"""after_next_paint: a callback that waits until a window is really on screen."""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from score_desktop.gui.first_paint import after_next_paint


class PaintCounter(QObject):
    def __init__(self):
        super().__init__()
        self.count = 0

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_the_callback_runs_once_after_the_window_has_painted(qtbot):
    window = QMainWindow()
    window.setCentralWidget(QLabel("Deyang cable works"))
    qtbot.addWidget(window)
    counter = PaintCounter()
    QApplication.instance().installEventFilter(counter)
    calls = []
    after_next_paint(window, lambda: calls.append(counter.count))
    window.show()
    assert calls == []  # shown is not yet painted
    qtbot.waitUntil(lambda: calls != [])
    QApplication.instance().removeEventFilter(counter)
    assert calls[0] >= 1
    window.update()
    qtbot.wait(50)
    assert len(calls) == 1  # once


def test_another_windows_paint_does_not_count(qtbot):
    window, other = QMainWindow(), QMainWindow()
    qtbot.addWidget(window)
    qtbot.addWidget(other)
    calls = []
    after_next_paint(window, lambda: calls.append(True))
    other.show()
    qtbot.waitExposed(other)
    qtbot.wait(50)
    assert calls == []
    window.show()
    qtbot.waitUntil(lambda: calls == [True])


def test_a_child_deleted_before_the_paint_is_no_trouble(qtbot):
    window = QMainWindow()
    label = QLabel("Extrusion")
    window.setCentralWidget(label)
    qtbot.addWidget(window)
    calls = []
    after_next_paint(window, lambda: calls.append(True))
    window.setCentralWidget(QLabel("Stranding"))  # the watched label is deleted
    window.show()
    qtbot.waitUntil(lambda: calls == [True])
