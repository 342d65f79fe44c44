"""The risk matrix: hazards counted per likelihood × severity cell; a click filters."""

from collections import Counter

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.hazard import Hazard
from ...domain.risk import RiskMethod
from .register_model import matrix_axes, ratings_cell

LABEL_W, LABEL_H, CELL = 26, 20, 34


class RiskMatrixWidget(QWidget):
    """Signals:
    cell_clicked(object): (likelihood, severity) of the clicked cell, or None to clear.
    """

    cell_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.method: RiskMethod | None = None
        self.counts: dict[tuple[float, float], int] = {}
        self.selected: tuple[float, float] | None = None
        self.residual = False
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_data(self, method: RiskMethod, hazards: list[Hazard], residual: bool) -> None:
        self.method, self.residual = method, residual
        self.counts = {}
        # thousands of hazards share a few dozen ratings: count those, then place them
        ratings = Counter(h.residual if residual else h.initial for h in hazards)
        axes = matrix_axes(method)
        for values, count in ratings.items():
            cell = ratings_cell(values, axes)
            if cell is not None:
                self.counts[cell] = self.counts.get(cell, 0) + count
        self.updateGeometry()
        self.update()

    def _axes(self):
        rows, columns = matrix_axes(self.method)
        return list(reversed(rows.levels)), list(columns.levels)  # likely at the top

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        if self.method is None:
            return QSize(200, 200)
        rows, columns = self._axes()
        return QSize(LABEL_W + CELL * len(columns) + 2, LABEL_H + CELL * len(rows) + 2)

    def _cell_rect(self, row: int, column: int) -> QRectF:
        return QRectF(LABEL_W + column * CELL, row * CELL, CELL, CELL)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        if self.method is None:
            return
        rows, columns = self._axes()
        two_factors = len(self.method.factors) == 2
        painter = QPainter(self)
        font = QFont(self.font())
        font.setPixelSize(11)
        painter.setFont(font)
        for r, likelihood in enumerate(rows):
            painter.setPen(QColor("#566573"))
            painter.drawText(
                QRectF(0, r * CELL, LABEL_W - 4, CELL),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{likelihood.value:g}",
            )
            for c, severity in enumerate(columns):
                rect = self._cell_rect(r, c)
                if two_factors:
                    colour = QColor(
                        self.method.band_of(likelihood.value * severity.value)[1].colour
                    )
                    colour.setAlpha(150)
                else:
                    colour = QColor("#EAECEE")
                painter.fillRect(rect, colour)
                painter.setPen(QPen(QColor("#FFFFFF"), 1))
                painter.drawRect(rect)
                count = self.counts.get((likelihood.value, severity.value), 0)
                if count:
                    painter.setPen(QColor("#17202A"))
                    bold = QFont(font)
                    bold.setBold(True)
                    painter.setFont(bold)
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count))
                    painter.setFont(font)
                if self.selected == (likelihood.value, severity.value):
                    painter.setPen(QPen(QColor("#1B4F72"), 3))
                    painter.drawRect(rect.adjusted(1.5, 1.5, -1.5, -1.5))
        painter.setPen(QColor("#566573"))
        for c, severity in enumerate(columns):
            painter.drawText(
                QRectF(LABEL_W + c * CELL, len(rows) * CELL, CELL, LABEL_H),
                Qt.AlignmentFlag.AlignCenter,
                f"{severity.value:g}",
            )
        painter.end()

    def cell_at(self, x: float, y: float) -> tuple[float, float] | None:
        if self.method is None:
            return None
        rows, columns = self._axes()
        c, r = int((x - LABEL_W) // CELL), int(y // CELL)
        if x < LABEL_W or not (0 <= r < len(rows) and 0 <= c < len(columns)):
            return None
        return rows[r].value, columns[c].value

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        cell = self.cell_at(event.position().x(), event.position().y())
        self.selected = None if cell is None or cell == self.selected else cell
        self.update()
        self.cell_clicked.emit(self.selected)
