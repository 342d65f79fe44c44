"""The pin legend on a card in the plan view's top corner, over the map as on a wall chart,
and folded to its title line (which risk the pins show) when the plan needs the room.

Beside the register the legend sat below the risk matrix, out of sight unless the side column
was scrolled. On the plan, at 1,024 pixels wide, the whole card covered pins and an exit: a
small toggle folds it to its title, and fitting the plan folds it itself when the plan cannot
keep most of its size beside the whole card (`FloorPlanView.fit_to_plan`).
"""

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

from .pin_legend import PinLegend

CARD_PADDING_PX = 6
CARD_MARGIN_PX = 8  # from the plan view's edges
TOGGLE_PX = 18


class LegendCard(QWidget):
    """The card lets the pointer through to the pins under it (its toggle, a sibling over
    it, takes clicks), keeps to the corner as the view is resized, and grows or shrinks with
    the legend's entries.

    Signals:
    collapsed_changed(bool): folded to the title line, or unfolded.
    """

    collapsed_changed = Signal(bool)

    def __init__(self, legend: PinLegend, view: QWidget):
        super().__init__(view)
        self.legend = legend
        self.view = view
        self.collapsed = False
        legend.setParent(self)
        legend.show()
        self.title = QLabel(self)  # the legend's title alone, while folded
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.hide()
        # a sibling, not a child: a widget inside one transparent to the mouse gets no clicks
        self.toggle = QToolButton(view)
        self.toggle.setObjectName("legend_toggle")
        self.toggle.setAutoRaise(True)
        self.toggle.setFixedSize(TOGGLE_PX, TOGGLE_PX)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the plan keeps the keys (Shift+L)
        self.toggle.clicked.connect(lambda: self.set_collapsed(not self.collapsed))
        for widget in (self, legend, self.title):
            widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        legend.contents_changed.connect(self.place)  # a hidden legend posts no layout request
        view.viewport().installEventFilter(self)  # the corner moves as the view is resized
        self._show_toggle()
        self.place()

    def set_collapsed(self, collapsed: bool) -> None:
        if collapsed == self.collapsed:
            return
        self.collapsed = collapsed
        self.legend.setVisible(not collapsed)
        self.title.setVisible(collapsed)
        self._show_toggle()
        self.place()
        self.collapsed_changed.emit(collapsed)

    def _show_toggle(self) -> None:
        if self.collapsed:
            self.toggle.setArrowType(Qt.ArrowType.DownArrow)
            self.toggle.setToolTip(self.tr("Show the whole legend (Shift+L)"))
        else:
            self.toggle.setArrowType(Qt.ArrowType.UpArrow)
            self.toggle.setToolTip(self.tr("Fold the legend to its title (Shift+L)"))
        self.toggle.setAccessibleName(self.toggle.toolTip())

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt override
        super().setVisible(visible)
        self.toggle.setVisible(visible)

    def place(self) -> None:
        area = self.view.viewport().geometry()  # in the view's coordinates
        room = area.width() - 2 * CARD_MARGIN_PX - 2 * CARD_PADDING_PX - TOGGLE_PX
        if self.collapsed:
            self.title.setText(self.legend.title())
            width = max(1, min(self.title.sizeHint().width(), room))
            height = self.title.sizeHint().height()
            shown = self.title
        else:
            legend = self.legend
            width = max(1, min(legend.sizeHint().width(), legend.maximumWidth(), room))
            height = legend.heightForWidth(width)
            shown = legend
        mirrored = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        left = CARD_PADDING_PX + (TOGGLE_PX if mirrored else 0)
        shown.setGeometry(left, CARD_PADDING_PX, width, height)
        height = max(height, TOGGLE_PX)
        self.resize(width + TOGGLE_PX + 2 * CARD_PADDING_PX, height + 2 * CARD_PADDING_PX)
        if mirrored:
            x = area.left() + CARD_MARGIN_PX
        else:
            x = area.right() + 1 - CARD_MARGIN_PX - self.width()
        self.move(x, area.top() + CARD_MARGIN_PX)
        toggle_x = self.x() + (
            CARD_PADDING_PX if mirrored else self.width() - CARD_PADDING_PX - TOGGLE_PX
        )
        self.toggle.move(toggle_x, self.y() + CARD_PADDING_PX)
        self.toggle.raise_()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # the legend's entries changed
            self.place()
        return super().event(event)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.place()
        return False

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(0, 0, 0, 60))
        card = self.palette().color(QPalette.ColorRole.Window)  # under the legend's text colour
        card.setAlpha(225)
        painter.setBrush(card)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.end()
