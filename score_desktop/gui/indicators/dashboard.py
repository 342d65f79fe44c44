"""The dashboard: small multiples of every indicator, drawn with QPainter (no pyqtgraph, so the
tab opens at once), each against the baseline and target with points coloured by improvement;
change against the baseline under each; hover for values, double-click for the full chart."""

import datetime as dt
import math

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QToolTip, QVBoxLayout, QWidget

from ...domain.indicators import Indicator, change_vs_baseline
from ..numbers import figure, signed
from .labels import translated

GOOD, BAD, SAME = QColor("#1E8449"), QColor("#C0392B"), QColor("#566573")
BASELINE, TARGET, AXIS = QColor("#7F8C8D"), QColor("#2E86C1"), QColor("#808B96")
GRID = QColor("#EAECEE")  # the y scale's lines, behind everything
LABEL_PX = 14  # a label's height: closer lines than this share one label


def short_number(value: float) -> str:
    """Digits a reader uses at this size: 2,310 · 42.5 · 4.24 · 0.382; whole numbers whole;
    in the UI's language (2 310 · 42,5 in French)."""
    size = abs(value)
    if value == int(value) or size >= 100:
        digits = 0
    elif size >= 10:
        digits = 1
    elif size >= 1:
        digits = 2
    else:  # three significant digits
        digits = 2 - math.floor(math.log10(size))
    return figure(value, digits)


# A month and its year where the language does not write them as "MMM yyyy" (Chinese
# put "12月 2025"; QLocale has no year-and-month format of its own).
YEAR_MONTH_FORMS = {QLocale.Language.Chinese: "yyyy年M月"}


def month_text(month: dt.date) -> str:
    """A month as the UI's language writes it ("mars 2026", "2026年3月"), never English."""
    locale = QLocale()
    form = YEAR_MONTH_FORMS.get(locale.language(), "MMM yyyy")
    return locale.toString(QDate(month.year, month.month, month.day), form)


def nice_ticks(low: float, high: float, count: int = 4, whole: bool = False) -> list[float]:
    """Round values (1, 2, 2.5, 5 × 10ⁿ apart) from `low` to `high`, about `count` of them:
    the chart's y scale; `whole` (a count): whole steps only, never "1.5 cases", unless no
    whole number falls in the range (a mean of counts between 110.2 and 110.8)."""
    if high <= low:
        return [low]
    raw = (high - low) / count
    power = 10 ** math.floor(math.log10(raw))
    steps = [m * power for m in (1, 2, 2.5, 5, 10)]
    if whole and math.floor(high) >= math.ceil(low):  # a whole number to mark in the range
        steps = [max(1, round(step)) for step in steps if step >= 1 and step % 1 == 0] or [1]
    step = next((step for step in steps if step >= raw), steps[-1])
    first = math.ceil(low / step) * step
    ticks = [first + n * step for n in range(int((high - first) / step + 1e-9) + 1)]
    return [tick for tick in ticks if tick <= high + 1e-9] or [low]


def change_text(indicator: Indicator, baseline: float | None, latest: float | None) -> str:
    if baseline is None or latest is None:
        return ""
    change = change_vs_baseline(indicator, baseline, latest)
    percent = f"{signed(change.percent, 1)} %" if change.percent is not None else "—"
    return (
        QCoreApplication.translate("IndicatorsPanel", "%1 (%2) vs baseline")
        .replace("%1", percent)
        .replace("%2", signed(change.absolute, indicator.decimals(change.absolute)))
    )


def indicator_figure(indicator: Indicator, value: float) -> str:
    """A value as the indicator counts: "111" people, "4.24" %."""
    return figure(value, indicator.decimals(value))


def point_colour(indicator: Indicator, baseline: float | None, value: float) -> QColor:
    improved = indicator.improved(baseline, value) if baseline is not None else None
    return SAME if improved is None else (GOOD if improved else BAD)


class SmallChart(QWidget):
    """A small multiple drawn with QPainter: a dashboard of twenty opens in a blink, where
    twenty interactive plots took a second. Hovering shows a point's value."""

    MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 44, 10, 8, 18

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumSize(280, 150)
        self.setMouseTracking(True)
        self.indicator: Indicator | None = None
        self.series: list[tuple[dt.date, float]] = []
        self.baseline = self.target = None
        self.spots: list[tuple[dt.date, float, QColor]] = []

    def show_indicator(self, indicator: Indicator, series, baseline, target) -> None:
        self.indicator, self.series = indicator, list(series)
        self.baseline, self.target = baseline, target
        self.spots = [(m, v, point_colour(indicator, baseline, v)) for m, v in self.series]
        self.update()

    def _frame(self):
        values = [v for _m, v in self.series] + [
            v for v in (self.baseline, self.target) if v is not None
        ]
        low, high = min(values), max(values)
        if high == low:
            low, high = low - 1, high + 1
        pad = (high - low) * 0.08
        low, high = low - pad, high + pad
        left, top = self.MARGIN_LEFT, self.MARGIN_TOP
        width = max(1, self.width() - left - self.MARGIN_RIGHT)
        height = max(1, self.height() - top - self.MARGIN_BOTTOM)
        count = max(1, len(self.series) - 1)

        def x(n: int) -> float:
            return left + width * n / count

        def y(value: float) -> float:
            return top + height * (high - value) / (high - low)

        return x, y, low, high

    def axis_labels(self) -> list[tuple[float, str, QColor]]:
        """(value, text, colour) beside the axis: the baseline and the target, in their lines'
        colours, as they are what a month is read against; without them, the highest and
        lowest months. Padded range ends (4.598, 0.3821) said nothing."""
        lines = [
            (value, colour)
            for value, colour in ((self.baseline, BASELINE), (self.target, TARGET))
            if value is not None
        ]
        if not lines:
            values = [v for _m, v in self.series]
            lines = [(max(values), AXIS), (min(values), AXIS)]
        _x, y, _low, _high = self._frame()
        labels: list[tuple[float, str, QColor]] = []
        for value, colour in lines:
            if all(abs(y(value) - y(other)) >= LABEL_PX for other, _t, _c in labels):
                labels.append((value, short_number(value), colour))
        return labels

    def scale_labels(self) -> list[tuple[float, str]]:
        """(value, text) of the y scale's round values, each with a faint line across; those
        too close to the baseline's or target's label give way to it."""
        _x, y, low, high = self._frame()
        taken = [y(value) for value, _t, _c in self.axis_labels()]
        return [
            (value, short_number(value))
            for value in nice_ticks(low, high, whole=self.indicator.whole)
            if all(abs(y(value) - other) >= LABEL_PX for other in taken)
        ]

    def month_labels(self) -> tuple[str, str]:
        """The first and last month under the time axis, in the UI's language."""
        return month_text(self.series[0][0]), month_text(self.series[-1][0])

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        if not self.series:
            painter.end()
            return
        x, y, low, high = self._frame()
        painter.setPen(AXIS)
        font = painter.font()
        font.setPixelSize(10)
        painter.setFont(font)
        right = Qt.AlignmentFlag.AlignRight
        last_x = x(max(1, len(self.series) - 1))
        for value, text in self.scale_labels():
            painter.setPen(GRID)
            painter.drawLine(QPointF(self.MARGIN_LEFT, y(value)), QPointF(last_x, y(value)))
            painter.setPen(AXIS)
            box = QRectF(0, y(value) - LABEL_PX / 2, self.MARGIN_LEFT - 4, LABEL_PX)
            painter.drawText(box, right | Qt.AlignmentFlag.AlignVCenter, text)
        for value, text, colour in self.axis_labels():
            painter.setPen(colour)
            box = QRectF(0, y(value) - LABEL_PX / 2, self.MARGIN_LEFT - 4, LABEL_PX)
            painter.drawText(box, right | Qt.AlignmentFlag.AlignVCenter, text)
        painter.setPen(AXIS)
        bottom = self.height() - self.MARGIN_BOTTOM + 3
        last = len(self.series) - 1
        first_month, last_month = self.month_labels()
        painter.drawText(QRectF(x(0), bottom, 100, 14), Qt.AlignmentFlag.AlignLeft, first_month)
        if last:
            painter.drawText(QRectF(x(last) - 100, bottom, 100, 14), right, last_month)
        for value, colour, style in (
            (self.baseline, BASELINE, Qt.PenStyle.DashLine),
            (self.target, TARGET, Qt.PenStyle.DotLine),
        ):
            if value is not None:
                pen = QPen(colour, 1.5, style)
                painter.setPen(pen)
                painter.drawLine(
                    QPointF(x(0), y(value)), QPointF(x(len(self.series) - 1), y(value))
                )
        painter.setPen(QPen(QColor("#5D6D7E"), 1.5))
        points = [QPointF(x(n), y(v)) for n, (_m, v) in enumerate(self.series)]
        painter.drawPolyline(points)
        painter.setPen(QPen(QColor("#FFFFFF"), 1))
        for point, (_m, _v, colour) in zip(points, self.spots, strict=True):
            painter.setBrush(colour)
            painter.drawEllipse(point, 3.5, 3.5)
        painter.end()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self.series:
            return
        x, _y, _low, _high = self._frame()
        n = min(range(len(self.series)), key=lambda k: abs(x(k) - event.position().x()))
        month, value = self.series[n]
        shown = indicator_figure(self.indicator, value)
        text = f"{month_text(month)}: {shown} {translated(self.indicator.unit)}"
        extra = change_text(self.indicator, self.baseline, value)
        QToolTip.showText(
            event.globalPosition().toPoint(), f"{text}\n{extra}" if extra else text, self
        )


class Dashboard(QScrollArea):
    """Small multiples of every indicator that has data.

    Signals:
        chosen(str): an indicator's chart was double-clicked (its code).
    """

    chosen = Signal(str)
    COLUMNS = 3

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.charts: dict[str, SmallChart] = {}
        self.changes: dict[str, QLabel] = {}

    def show_all(self, rows) -> None:
        """`rows`: (indicator, series, baseline, target) for each indicator."""
        page = QWidget(self)
        grid = QGridLayout(page)
        self.charts, self.changes = {}, {}
        shown = [r for r in rows if r[1]]
        for n, (indicator, series, baseline, target) in enumerate(shown):
            box = QWidget(page)
            layout = QVBoxLayout(box)
            layout.setContentsMargins(2, 2, 2, 2)
            name, unit = translated(indicator.name), translated(indicator.unit)
            title = QLabel(f"{name} ({unit})" if unit else name, box)
            title.setTextFormat(Qt.TextFormat.PlainText)
            title.setStyleSheet("font-weight: bold;")
            chart = SmallChart(box)
            chart.show_indicator(indicator, series, baseline, target)
            chart.mouseDoubleClickEvent = lambda _e, code=indicator.code: self.chosen.emit(code)
            change = QLabel(change_text(indicator, baseline, series[-1][1]), box)
            change.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(title)
            layout.addWidget(chart)
            layout.addWidget(change)
            grid.addWidget(box, n // self.COLUMNS, n % self.COLUMNS)
            self.charts[indicator.code], self.changes[indicator.code] = chart, change
        self.setWidget(page)
