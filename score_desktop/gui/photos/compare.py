"""Before and after photos of one hazard: side by side, or one over the other with a slider.

The title shows the risk before and after (initial and residual ratings) when the hazard was
re-scored, so the pair tells the improvement's story at a glance.
"""

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..screen_fit import fit_to_screen


class WipeView(QWidget):
    """The before photo left of the slider's position, the after photo right of it: the
    order of the side-by-side view (before | after)."""

    def __init__(self, before: QPixmap, after: QPixmap, parent=None):
        super().__init__(parent)
        self.before, self.after = before, after
        self.position = 0.5  # fraction of the width showing the before photo, from the left
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)

    def set_position(self, value: int) -> None:
        self.position = value / 100
        self.update()

    def _target(self, pixmap: QPixmap) -> QRectF:
        scale = min(self.width() / pixmap.width(), self.height() / pixmap.height())
        w, h = pixmap.width() * scale, pixmap.height() * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), QColor("#1B2631"))
        target = self._target(self.before)
        painter.drawPixmap(target, self.before, QRectF(self.before.rect()))
        split = target.left() + target.width() * self.position
        painter.setClipRect(QRectF(split, target.top(), target.right() - split, target.height()))
        painter.drawPixmap(target, self.after, QRectF(self.after.rect()))
        painter.setClipping(False)
        painter.setPen(QColor("#F4D03F"))
        painter.drawLine(int(split), int(target.top()), int(split), int(target.bottom()))
        for text, left in ((self.tr("before"), True), (self.tr("after"), False)):
            box = QRectF(target.left() + 8, target.top() + 8, target.width() - 16, 24)
            align = Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag.AlignRight
            painter.fillRect(
                painter.boundingRect(box, align, text).adjusted(-4, -2, 4, 2), QColor(0, 0, 0, 150)
            )
            painter.setPen(QColor("#FFFFFF"))
            painter.drawText(box, align, text)
        painter.end()


def _scaled_label(pixmap: QPixmap, caption: str, parent) -> QWidget:
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    picture = QLabel(box)
    picture.setPixmap(
        pixmap.scaled(
            560, 420, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    )
    picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
    text = QLabel(caption, box)
    text.setTextFormat(Qt.TextFormat.PlainText)
    text.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addWidget(picture, 1)
    layout.addWidget(text)
    return box


class CompareDialog(QDialog):
    def __init__(
        self,
        title: str,
        risk_text: str,
        before: tuple[QPixmap, str],
        after: tuple[QPixmap, str],
        parent=None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Before and after — %1").replace("%1", title))
        fit_to_screen(self, 1180, 640)
        heading = QLabel(title, self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        self.risk_label = QLabel(risk_text, self)
        self.risk_label.setTextFormat(Qt.TextFormat.PlainText)
        side = QWidget(self)
        side_layout = QHBoxLayout(side)
        side_layout.addWidget(
            _scaled_label(before[0], self.tr("Before: %1").replace("%1", before[1]), side)
        )
        side_layout.addWidget(
            _scaled_label(after[0], self.tr("After: %1").replace("%1", after[1]), side)
        )
        wipe_page = QWidget(self)
        self.wipe = WipeView(before[0], after[0], wipe_page)
        self.slider = QSlider(Qt.Orientation.Horizontal, wipe_page)
        self.slider.setRange(0, 100)
        self.slider.setValue(50)
        self.slider.valueChanged.connect(self.wipe.set_position)
        wipe_layout = QVBoxLayout(wipe_page)
        wipe_layout.addWidget(self.wipe, 1)
        wipe_layout.addWidget(self.slider)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(side, self.tr("Side by side"))
        self.tabs.addTab(wipe_page, self.tr("Slider"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.risk_label)
        layout.addWidget(self.tabs, 1)
