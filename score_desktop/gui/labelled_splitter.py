"""A splitter whose handle says what it divides and that it can be dragged: a bare
four-pixel line between the visits and the photos was never found."""

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QSplitter, QSplitterHandle, QWidget


class LabelledHandle(QSplitterHandle):
    def __init__(self, orientation: Qt.Orientation, parent: QSplitter):
        super().__init__(orientation, parent)
        self.text = ""

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        middle = self.height() / 2
        metrics = self.fontMetrics()
        width = metrics.horizontalAdvance(self.text) + 16 if self.text else 0
        left = (self.width() - width) / 2
        painter.drawLine(0, int(middle), int(left), int(middle))
        painter.drawLine(int(left + width), int(middle), self.width(), int(middle))
        if self.text:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                QRectF(left, 0, width, self.height()), Qt.AlignmentFlag.AlignCenter, self.text
            )
        painter.end()


class LabelledSplitter(QSplitter):
    """A vertical splitter of two widgets; its handle shows `set_label`'s text, centred on a
    line, with a resize cursor and a tooltip."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setHandleWidth(self.fontMetrics().height() + 2)

    def createHandle(self) -> QSplitterHandle:  # noqa: N802 - Qt override
        return LabelledHandle(self.orientation(), self)

    def set_label(self, text: str, tip: str) -> None:
        handle = self.handle(1)
        if isinstance(handle, LabelledHandle):
            handle.text = text
            handle.setToolTip(tip)
            handle.setAccessibleName(text)
            handle.update()
