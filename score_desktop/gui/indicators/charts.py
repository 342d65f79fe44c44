"""The full-size indicator chart (pyqtgraph): the monthly series against the baseline and the
target, each point coloured by whether it is an improvement for that indicator's direction,
with hover values, zoom and export as PNG or SVG."""

import datetime as dt
import html
import math
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale, Qt, QTimeZone
from PySide6.QtGui import QPainter

from ...domain.indicators import Indicator
from ..numbers import figure
from .dashboard import BAD, GOOD, SAME, change_text, indicator_figure, month_text
from .labels import translated

LINE_LABELS = {
    "baseline": QT_TRANSLATE_NOOP("ChartPage", "baseline %1"),
    "target": QT_TRANSLATE_NOOP("ChartPage", "target %1"),
}


# pyqtgraph's date ticks are strftime formats (English month names whatever the language);
# their parts as QLocale formats.
_QT_DATE_PARTS = {"%Y": "yyyy", "%b": "MMM", "%d": "d", "%a": "ddd", "%H": "HH", "%M": "mm"}


def _seconds(month: dt.date) -> float:
    return dt.datetime(month.year, month.month, 15, tzinfo=dt.UTC).timestamp()


class MonthAxis(pg.DateAxisItem):
    """pyqtgraph's time axis, its month and day names in the UI's language."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph override
        specs = self.zoomLevel.tickSpecs if self.zoomLevel is not None else []
        spec = next((s for s in specs if s.spacing == spacing), None)
        if spec is None:
            return super().tickStrings(values, scale, spacing)
        form = spec.format
        for part, qt_part in _QT_DATE_PARTS.items():
            form = form.replace(part, qt_part)
        if "%" in form:  # seconds and finer: digits only, pyqtgraph's own
            return super().tickStrings(values, scale, spacing)
        locale, utc = QLocale(), QTimeZone.utc()
        return [locale.toString(QDateTime.fromSecsSinceEpoch(int(v), utc), form) for v in values]


class FigureAxis(pg.AxisItem):
    """The y scale: figures grouped in the UI's language, with as many decimals as the
    tick spacing needs; `whole` (a count of people or things): ticks on whole numbers only,
    never "110.5 people"."""

    whole = False

    def tickSpacing(self, minVal, maxVal, size):  # noqa: N802 - pyqtgraph override
        levels = super().tickSpacing(minVal, maxVal, size)
        if not self.whole or math.floor(maxVal) < math.ceil(minVal):
            return levels  # not a count, or no whole number in view to mark
        kept = [(step, offset) for step, offset in levels if step >= 1 and step % 1 == 0]
        return kept or [(1.0, 0.0)]

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph override
        step = abs(spacing * scale) or 1.0
        digits = max(0, -math.floor(math.log10(step)))
        return [figure(v * scale, digits) for v in values]


class IndicatorChart(pg.PlotWidget):
    def __init__(self, parent=None, small: bool = False):
        axes = {"bottom": MonthAxis(utcOffset=0), "left": FigureAxis("left")}
        super().__init__(parent, axisItems=axes)
        self.setBackground("w")
        self.small = small
        self.showGrid(x=False, y=True, alpha=0.2)
        self.setMouseEnabled(x=not small, y=not small)
        self.hideButtons()
        self.points: pg.ScatterPlotItem | None = None
        if small:
            self.setMinimumSize(280, 170)

    def show_indicator(self, indicator: Indicator, series, baseline, target) -> None:
        self.clear()
        name, unit = translated(indicator.name), translated(indicator.unit)
        axis = self.getAxis("left")
        axis.setLabel(text=unit)  # the scale's unit, beside its figures
        axis.whole = indicator.whole
        self.setTitle(
            f"<span style='color:#1B2631'>{html.escape(name)}</span>"
            if self.small
            else html.escape(f"{name} ({unit})")
        )
        if baseline is not None:
            self.addItem(
                pg.InfiniteLine(
                    pos=baseline,
                    angle=0,
                    pen=pg.mkPen("#7F8C8D", width=1.5, style=Qt.PenStyle.DashLine),
                    label=None
                    if self.small
                    else _line_label(
                        LINE_LABELS["baseline"], indicator_figure(indicator, baseline)
                    ),
                    labelOpts={"position": 0.05, "color": "#566573"},
                )
            )
        if target is not None:
            self.addItem(
                pg.InfiniteLine(
                    pos=target,
                    angle=0,
                    pen=pg.mkPen("#2E86C1", width=1.5, style=Qt.PenStyle.DotLine),
                    label=None
                    if self.small
                    else _line_label(LINE_LABELS["target"], indicator_figure(indicator, target)),
                    labelOpts={"position": 0.95, "color": "#2E86C1"},
                )
            )
        if not series:
            return
        xs = [_seconds(m) for m, _v in series]
        ys = [v for _m, v in series]
        self.plot(xs, ys, pen=pg.mkPen("#5D6D7E", width=1.5))
        spots = []
        for (month, value), x in zip(series, xs, strict=True):
            improved = indicator.improved(baseline, value) if baseline is not None else None
            colour = SAME if improved is None else (GOOD if improved else BAD)
            shown = indicator_figure(indicator, value)
            tip = f"{month_text(month)}: {shown} {translated(indicator.unit)}"
            extra = change_text(indicator, baseline, value)
            spots.append(
                {
                    "pos": (x, value),
                    "brush": pg.mkBrush(colour),
                    "pen": pg.mkPen("w"),
                    "size": 7 if self.small else 10,
                    "data": f"{tip}\n{extra}" if extra else tip,
                }
            )
        self.points = pg.ScatterPlotItem(hoverable=True, tip=lambda x, y, data: data)
        self.points.addPoints(spots)
        self.addItem(self.points)

    def export(self, path: Path) -> None:
        """PNG (at least 1200 px wide) or SVG, by the file name.

        SVG is drawn through Qt's own generator: pyqtgraph's SVG exporter cannot read the
        path data Qt 6.11 writes.
        """
        if Path(path).suffix.lower() == ".svg":
            from PySide6.QtSvg import QSvgGenerator

            generator = QSvgGenerator()
            generator.setFileName(str(path))
            generator.setSize(self.size())
            generator.setViewBox(self.rect())
            generator.setTitle(self.plotItem.titleLabel.text)
            painter = QPainter(generator)
            self.render(painter)
            painter.end()
            return
        import pyqtgraph.exporters as exporters

        exporter = exporters.ImageExporter(self.plotItem)
        exporter.parameters()["width"] = max(1200, int(self.width() * 2))
        exporter.export(str(path))


def _line_label(text: str, shown: str) -> str:
    """A reference line's words ("baseline 4.24", "baseline 111" people), in the UI's
    language; braces doubled, since pyqtgraph formats the label once more."""
    words = QCoreApplication.translate("ChartPage", text).replace("%1", shown)
    return words.replace("{", "{{").replace("}", "}}")
