"""The report's small indicator charts, read from their drawings."""

import datetime as dt

from reportlab.graphics.shapes import String

from score_desktop.domain.indicators import BY_CODE
from score_desktop.services.reporting.charts import indicator_chart

MONTHS = [dt.date(2026, m, 1) for m in (6, 7, 8)]


def scale_ends(code: str, values: list[float], baseline: float | None = None) -> list[str]:
    series = list(zip(MONTHS, values, strict=True))
    drawing = indicator_chart(BY_CODE[code], series, baseline, None, 160, 70, "Helvetica")
    texts = [shape.text for shape in drawing.contents if isinstance(shape, String)]
    return [t for t in texts if not t.startswith("2026-")]  # the months below


def test_a_count_s_scale_ends_are_whole_numbers():
    assert scale_ends("managers", [13, 13, 13]) == ["14", "12"]
    assert scale_ends("lost_time_accidents", [0, 1, 0]) == ["1", "0"]


def test_a_rate_keeps_its_decimals():
    assert scale_ends("absenteeism", [4.24, 3.9, 3.1]) == ["4.2", "3.1"]
