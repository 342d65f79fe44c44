"""The pin legend under an exported plan: its title (which risk the pins show), a dot and a
name for each colour, and the note on size and numbers, all in mm on the sheet."""

from dataclasses import dataclass, field

from ...domain.plan_style import LEGEND_PRINT_MM, ink_on
from .labels import LEADING, wrap_words
from .marks import CircleMark, Mark, PathMark, Stroke, TextMark
from .measure import TextMeasure

PADDING = 3.0  # mm round the legend
DOT = LEGEND_PRINT_MM  # a dot's diameter
GAP = 1.0  # dot to name
SPACING = 3.0  # between entries on a line
RULE = "#B3B6B7"  # the line between plan and legend
INK = "#1B2631"


@dataclass(frozen=True)
class LegendBand:
    """What the legend says, worded by the caller in the output's language: `entries` are
    (colour, name, letters): letters, if any, are written in the dot (a category's badge)."""

    title: str = ""
    entries: list[tuple[str, str, str]] = field(default_factory=list)
    note: str = ""


def _layout(legend: LegendBand, width: float, measure: TextMeasure):
    """Lines of (kind, x, text, colour, letters) and the band's height."""
    size = LEGEND_PRINT_MM
    line = size * LEADING * 1.25
    inner = max(width - 2 * PADDING, 20.0)
    rows: list[list[tuple]] = []
    if legend.title:
        rows += [
            [("title", 0.0, text, "", "")]
            for text in wrap_words(legend.title, size, inner, measure, True)
        ]
    row: list[tuple] = []
    x = 0.0
    for colour, name, letters in legend.entries:
        need = DOT + GAP + measure.width(name, size)
        if row and x + need > inner:
            rows.append(row)
            row, x = [], 0.0
        row.append(("entry", x, name, colour, letters))
        x += need + SPACING
    if row:
        rows.append(row)
    if legend.note:
        rows += [
            [("note", 0.0, text, "", "")] for text in wrap_words(legend.note, size, inner, measure)
        ]
    return rows, line, len(rows) * line + 2 * PADDING


def legend_height(legend: LegendBand, width: float, measure: TextMeasure) -> float:
    return _layout(legend, width, measure)[2]


def draw_legend(marks: list[Mark], legend: LegendBand, top: float, width: float, measure) -> None:
    rows, line, _height = _layout(legend, width, measure)
    size = LEGEND_PRINT_MM
    marks.append(PathMark(((0.0, top), (width, top)), False, Stroke(RULE, 0.2), group="legend"))
    for index, row in enumerate(rows):
        middle = top + PADDING + line * (index + 0.5)
        baseline = middle + size * 0.36
        for kind, x, text, colour, letters in row:
            left = PADDING + x
            if kind == "entry":
                centre = (left + DOT / 2, middle)
                marks.append(CircleMark(centre, DOT / 2, colour, group="legend"))
                if letters:
                    small = DOT * 0.5
                    marks.append(
                        TextMark(
                            centre[0],
                            middle + small * 0.36,
                            letters,
                            small,
                            ink_on(colour),
                            True,
                            group="legend",
                        )
                    )
                left += DOT + GAP
            marks.append(
                TextMark(
                    left, baseline, text, size, INK, kind == "title", anchor="start", group="legend"
                )
            )
