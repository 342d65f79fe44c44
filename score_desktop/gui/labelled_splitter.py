"""A splitter whose handle says what it divides and that it can be dragged: a bare
four-pixel line between the visits and the photos was never found. Its lower part can be
folded away to the handle and opened again (a double-click on the handle), which a plan's
register does on a short screen."""

from PySide6.QtCore import QRectF, Qt, Signal
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

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt override
        splitter = self.splitter()
        if isinstance(splitter, LabelledSplitter) and splitter.foldable:
            splitter.set_folded(not splitter.is_folded())
        else:
            super().mouseDoubleClickEvent(event)


class LabelledSplitter(QSplitter):
    """A vertical splitter of two widgets; its handle shows `set_label`'s text, centred on a
    line, with a resize cursor and a tooltip.

    Signals:
        folded_changed(bool): the lower widget was folded away (True) or opened (False), by
            a drag, a double-click on the handle or `set_folded`.
    """

    folded_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, foldable: bool = False):
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setHandleWidth(self.fontMetrics().height() + 2)
        self.foldable = foldable
        self._folded = False
        self.splitterMoved.connect(lambda _pos, _index: self._note_fold())

    def is_folded(self) -> bool:
        return self.count() > 1 and self.sizes()[1] == 0

    def set_folded(self, folded: bool, *, as_user: bool = True) -> None:
        """Fold the lower widget to the handle, or open it at its least size (no more
        than leaves the upper one its least); `as_user`: stored as a drag would be (a fold
        made for a short screen is not the user's choice, and is not kept)."""
        if self.count() < 2 or folded == self.is_folded():
            return
        total = sum(self.sizes())
        if folded:
            lower = 0
        else:
            room = total - self.widget(0).minimumSizeHint().height()
            lower = max(0, min(self.widget(1).minimumSizeHint().height(), room))
        self.setSizes([total - lower, lower])
        if as_user:
            self.splitterMoved.emit(total - lower, 1)  # stored, and the fold noted, as a drag
        else:
            self._note_fold()

    def _note_fold(self) -> None:
        folded = self.is_folded()
        if folded != self._folded:
            self._folded = folded
            self.folded_changed.emit(folded)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._note_fold()  # a stored state may have folded it

    def createHandle(self) -> QSplitterHandle:  # noqa: N802 - Qt override
        return LabelledHandle(self.orientation(), self)

    def set_label(self, text: str, tip: str) -> None:
        handle = self.handle(1)
        if isinstance(handle, LabelledHandle):
            handle.text = text
            handle.setToolTip(tip)
            handle.setAccessibleName(text)
            handle.update()
