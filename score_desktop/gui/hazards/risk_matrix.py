"""The risk matrix: hazards counted per likelihood × severity cell; a click filters."""

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.hazard import Hazard, RiskView, count_ratings
from ...domain.risk import RiskMethod, matrix_axes, ratings_cell
from ..i18n import translated

AXIS = 16  # the factors' names: likelihood up the left side, severity along the bottom
LABEL_W, LABEL_H = 24, 18  # the levels' numbers
CELL, MIN_CELL = 34, 16  # a cell's side when there is room, and at the least
NAME_PX_LEAST = 8  # the factors' names are made smaller down to this size


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
        self.view = RiskView.CURRENT
        # as large as its hint, smaller when the register is short of room: cells shrink
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)

    def set_data(self, method: RiskMethod, hazards: list[Hazard], view: RiskView) -> None:
        """Count `hazards` by their ratings in `view`; unrated ones are in no cell."""
        self.method, self.view = method, view
        self.counts = {}
        # thousands of hazards share a few dozen ratings: count those, then place them
        ratings = count_ratings(hazards, view)
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

    def _size_for(self, cell: float) -> QSize:
        if self.method is None:
            return QSize(round(AXIS + LABEL_W + 5 * cell), round(AXIS + LABEL_H + 5 * cell))
        rows, columns = self._axes()
        return QSize(
            round(max(AXIS + LABEL_W + cell * len(columns) + 2, self._column_name_width())),
            round(LABEL_H + AXIS + cell * len(rows) + 2),
        )

    def _column_name(self) -> str:
        return f"{translated(matrix_axes(self.method)[1].name)} →" if self.method else ""

    def _column_name_width(self) -> float:
        """Room for the column factor's name in a small type: wider than the grid in
        Vietnamese ("Mức độ nghiêm trọng →"), which a grid-wide label cut at both ends."""
        font = QFont(self.font())
        font.setPixelSize(NAME_PX_LEAST)
        return AXIS + QFontMetricsF(font).horizontalAdvance(self._column_name()) + 4

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self._size_for(CELL)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self._size_for(MIN_CELL)

    def column_name_box(self, font: QFont, cell: float) -> tuple[QRectF, QFont]:
        """Where the column factor's name is painted, and in what type: under the grid, or
        centred on it as wide as the name needs, within the widget."""
        rows, columns = self._axes()
        name = self._column_name()
        grid_left, grid_width = AXIS + LABEL_W, cell * len(columns)
        need = QFontMetricsF(_fitting(font, name, grid_width)).horizontalAdvance(name)
        width = min(max(grid_width, need + 2), self.width() - AXIS)
        left = min(max(grid_left + (grid_width - width) / 2, AXIS), self.width() - width)
        box = QRectF(left, len(rows) * cell + LABEL_H, width, AXIS)
        return box, _fitting(font, name, width)

    def _cell_side(self) -> float:
        """The side that fits the widget's size now, between MIN_CELL and CELL."""
        rows, columns = self._axes()
        fits = min(
            (self.width() - AXIS - LABEL_W - 2) / len(columns),
            (self.height() - LABEL_H - AXIS - 2) / len(rows),
        )
        return max(MIN_CELL, min(CELL, fits))

    def _cell_rect(self, row: int, column: int, cell: float) -> QRectF:
        return QRectF(AXIS + LABEL_W + column * cell, row * cell, cell, cell)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        if self.method is None:
            return
        rows, columns = self._axes()
        row_factor, column_factor = matrix_axes(self.method)
        cell = self._cell_side()
        painter = QPainter(self)
        font = QFont(self.font())
        font.setPixelSize(11)
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(font)
        grey = QColor("#566573")
        for r, likelihood in enumerate(rows):
            painter.setPen(grey)
            painter.drawText(
                QRectF(AXIS, r * cell, LABEL_W - 4, cell),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{likelihood.value:g}",
            )
            for c, severity in enumerate(columns):
                rect = self._cell_rect(r, c, cell)
                painter.fillRect(rect, self._cell_colour(likelihood.value, severity.value))
                painter.setPen(QPen(QColor("#FFFFFF"), 1))
                painter.drawRect(rect)
                count = self.counts.get((likelihood.value, severity.value), 0)
                if count:
                    painter.setPen(QColor("#17202A"))
                    painter.setFont(bold)
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count))
                    painter.setFont(font)
                if self.selected == (likelihood.value, severity.value):
                    painter.setPen(QPen(QColor("#1B4F72"), 3))
                    painter.drawRect(rect.adjusted(1.5, 1.5, -1.5, -1.5))
                self._paint_cell_extra(painter, rect, (likelihood.value, severity.value))
        painter.setPen(grey)
        grid_left = AXIS + LABEL_W
        for c, severity in enumerate(columns):
            painter.drawText(
                QRectF(grid_left + c * cell, len(rows) * cell, cell, LABEL_H),
                Qt.AlignmentFlag.AlignCenter,
                f"{severity.value:g}",
            )
        # the factors' names, so the axes read without the form at hand (a long name, as
        # in Vietnamese, in a smaller type rather than cut)
        column_name = self._column_name()
        box, name_font = self.column_name_box(font, cell)
        painter.setFont(name_font)
        painter.drawText(
            box,
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextSingleLine,
            _elided(name_font, column_name, box.width()),
        )
        painter.save()
        painter.translate(0, len(rows) * cell)
        painter.rotate(-90)
        row_name = f"{translated(row_factor.name)} →"
        painter.setFont(_fitting(font, row_name, len(rows) * cell))
        painter.drawText(
            QRectF(0, 0, len(rows) * cell, AXIS),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextSingleLine,
            _elided(painter.font(), row_name, len(rows) * cell),
        )
        painter.restore()
        painter.end()

    def _cell_colour(self, likelihood: float, severity: float) -> QColor:
        """A cell's band colour, for a two-factor method; a third factor's cells are grey
        (their band depends on it)."""
        if self.method is None or len(self.method.factors) != 2:
            return QColor("#EAECEE")
        colour = QColor(self.method.band_of(likelihood * severity)[1].colour)
        colour.setAlpha(150)
        return colour

    def _paint_cell_extra(self, painter: QPainter, rect: QRectF, cell: tuple) -> None:
        """What a subclass draws over a cell (the keyboard's cell, say)."""

    def cell_at(self, x: float, y: float) -> tuple[float, float] | None:
        if self.method is None:
            return None
        rows, columns = self._axes()
        cell, left = self._cell_side(), AXIS + LABEL_W
        c, r = int((x - left) // cell), int(y // cell)
        if x < left or not (0 <= r < len(rows) and 0 <= c < len(columns)):
            return None
        return rows[r].value, columns[c].value

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        cell = self.cell_at(event.position().x(), event.position().y())
        self.selected = None if cell is None or cell == self.selected else cell
        self.update()
        self.cell_clicked.emit(self.selected)


def _fitting(font: QFont, text: str, width: float) -> QFont:
    """`font`, made smaller (down to NAME_PX_LEAST) until `text` fits `width`."""
    fitted = QFont(font)
    while (
        fitted.pixelSize() > NAME_PX_LEAST and QFontMetricsF(fitted).horizontalAdvance(text) > width
    ):
        fitted.setPixelSize(fitted.pixelSize() - 1)
    return fitted


def _elided(font: QFont, text: str, width: float) -> str:
    """`text` cut at its end with "…" when even the smallest type does not fit: a name
    cut at both ends (centred in too little room) read as another word."""
    return QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
