"""RatingMatrix: a hazard rated by choosing its likelihood × severity cell, by mouse or keys.

Two drop-downs per rating were slow on a walk-through, and they hid what the matrix shows at
a glance: which band a cell is in. A click on a cell sets both factors (a method's third
factor, exposure, keeps its own list, and colours the cells once chosen). Keyboard: the
arrows move a dashed frame from cell to cell, Space or Enter rate the framed cell.
"""

import math

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.risk import Cell, RiskMethod
from .risk_matrix import RiskMatrixWidget

_CHOOSE = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MOVES = {  # rows run from the highest likelihood down
    Qt.Key.Key_Up: (-1, 0),
    Qt.Key.Key_Down: (1, 0),
    Qt.Key.Key_Left: (0, -1),
    Qt.Key.Key_Right: (0, 1),
}


class RatingMatrix(RiskMatrixWidget):
    """Signals:
    chosen(object): the (likelihood, severity) cell clicked, or Space/Enter on the framed one.
    """

    chosen = Signal(object)

    def __init__(self, method: RiskMethod, parent: QWidget | None = None):
        super().__init__(parent)
        self.method = method
        self.others: dict[str, float] = {}  # a third factor's value, when rated
        self.cursor: Cell | None = None  # the keyboard's cell
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Risk matrix"))
        tip = self.tr("Click a cell to rate, or move with the arrow keys and press Space.")
        self.setToolTip(tip)
        self.setAccessibleDescription(tip)

    def show_rating(self, cell: Cell | None, others: dict[str, float]) -> None:
        """The rating the lists hold: its cell outlined (None: not rated on both axes)."""
        self.selected, self.others = cell, others
        if cell is not None:
            self.cursor = cell
        elif self.cursor is None:  # the middle cell, for the keys to move from
            rows, columns = self._axes()
            self.cursor = (rows[len(rows) // 2].value, columns[len(columns) // 2].value)
        self.update()

    def _cell_colour(self, likelihood: float, severity: float) -> QColor:
        method = self.method
        if method is None or len(method.factors) == 2:
            return super()._cell_colour(likelihood, severity)
        if len(self.others) != len(method.factors) - 2:
            return QColor("#EAECEE")  # its band waits for the third factor
        score = likelihood * severity * math.prod(self.others.values())
        colour = QColor(method.band_of(score)[1].colour)
        colour.setAlpha(150)
        return colour

    def _paint_cell_extra(self, painter: QPainter, rect: QRectF, cell: tuple) -> None:
        if self.hasFocus() and cell == self.cursor:
            painter.setPen(QPen(QColor("#17202A"), 1.5, Qt.PenStyle.DashLine))
            painter.drawRect(rect.adjusted(3, 3, -3, -3))

    # Mouse and keys ------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        cell = self.cell_at(event.position().x(), event.position().y())
        if cell is not None:
            self.cursor = cell
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.chosen.emit(cell)

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        self.update()  # the frame shows while the matrix has the keys

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if self.cursor is not None and key in _CHOOSE:
            self.chosen.emit(self.cursor)
        elif self.cursor is not None and key in _MOVES:
            rows, columns = self._axes()
            row = [level.value for level in rows].index(self.cursor[0])
            column = [level.value for level in columns].index(self.cursor[1])
            down, right = _MOVES[key]
            row = min(max(row + down, 0), len(rows) - 1)
            column = min(max(column + right, 0), len(columns) - 1)
            self.cursor = (rows[row].value, columns[column].value)
            self.update()
        else:
            super().keyPressEvent(event)  # Tab, Esc and the rest: the form's
            return
        event.accept()
