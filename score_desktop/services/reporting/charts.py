"""Small vector charts of an indicator's months against its baseline and target, drawn with
reportlab.graphics from the same series the screen's dashboard shows."""

import datetime as dt

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
from reportlab.lib import colors

from ...domain.indicators import Indicator, change_vs_baseline

SERIES = colors.HexColor("#1F5F8B")
BASELINE = colors.HexColor("#7F8C8D")
TARGET = colors.HexColor("#27AE60")
BETTER = colors.HexColor("#1E8449")
WORSE = colors.HexColor("#C0392B")


def indicator_chart(
    indicator: Indicator,
    series: list[tuple[dt.date, float]],
    baseline: float | None,
    target: float | None,
    width: float,
    height: float,
    font: str,
) -> Drawing:
    """Line of monthly values, dashed baseline, dotted target; the last point coloured by
    whether it is better than the baseline."""
    d = Drawing(width, height)
    if not series:
        return d
    left, bottom, right, top = 26.0, 12.0, width - 4, height - 4
    values = [v for _m, v in series] + [v for v in (baseline, target) if v is not None]
    low, high = min(values), max(values)
    if high - low < 1e-9:
        low, high = low - 1, high + 1
    pad = (high - low) * 0.08
    low, high = low - pad, high + pad
    n = len(series)

    def x(i: int) -> float:
        return left + (right - left) * (i / (n - 1) if n > 1 else 0.5)

    def y(value: float) -> float:
        return bottom + (top - bottom) * (value - low) / (high - low)

    d.add(Line(left, bottom, right, bottom, strokeColor=colors.HexColor("#C9D3DC")))
    for value, colour, dash in ((baseline, BASELINE, [3, 2]), (target, TARGET, [1, 2])):
        if value is not None:
            d.add(Line(left, y(value), right, y(value), strokeColor=colour, strokeDashArray=dash))
    points = []
    for i, (_month, value) in enumerate(series):
        points += [x(i), y(value)]
    d.add(PolyLine(points, strokeColor=SERIES, strokeWidth=1.2))
    last = series[-1][1]
    colour = SERIES
    if baseline is not None:
        improved = change_vs_baseline(indicator, baseline, last).improved
        colour = {True: BETTER, False: WORSE, None: SERIES}[improved]
    d.add(Circle(x(n - 1), y(last), 2.2, fillColor=colour, strokeColor=colour))
    for value in (high - pad, low + pad):
        d.add(
            String(
                left - 2,
                y(value) - 2.5,
                _short(value, indicator.whole),
                fontName=font,
                fontSize=6,
                textAnchor="end",
                fillColor=BASELINE,
            )
        )
    d.add(String(left, 2, f"{series[0][0]:%Y-%m}", fontName=font, fontSize=6, fillColor=BASELINE))
    if n > 1:
        d.add(
            String(
                right,
                2,
                f"{series[-1][0]:%Y-%m}",
                fontName=font,
                fontSize=6,
                textAnchor="end",
                fillColor=BASELINE,
            )
        )
    return d


def _short(value: float, whole: bool = False) -> str:
    """A scale's end: "13" people (a count), "4.2" %, "0.38", "257k" kWh."""
    if whole and float(value).is_integer() and abs(value) < 10000:
        return f"{value:.0f}"
    if abs(value) >= 10000:
        return f"{value / 1000:.0f}k"
    if abs(value) >= 100:
        return f"{value:.0f}"
    return f"{value:.2g}" if abs(value) < 1 else f"{value:.1f}"
