"""What a sheet draws round the plan: the scale bar under it (with 1:N when printed at a
stated scale) and the north arrow."""

from ...domain.geometry import nice_scale_bar_length
from .marks import Mark, PathMark, Stroke, TextMark

PT = 25.4 / 72  # one point in mm
SCALE_BAR_ROOM = 16 * PT  # under the drawing, for the scale bar
SCALE_BAR_SHARE = 0.22  # of the sheet's width, about
TEXT_DARK = "#17202A"


def draw_scale_bar(
    marks: list[Mark],
    width: float,
    plan_height: float,
    mm_per_metre: float,
    paper_scale: float | None,
) -> None:
    """Four squares, black and white, as long as a round number of metres (the editor's
    rule, `nice_scale_bar_length`), under the plan at its left."""
    length = nice_scale_bar_length(1 / mm_per_metre, width * SCALE_BAR_SHARE)
    bar = length * mm_per_metre
    x, top = 2 * PT, plan_height + SCALE_BAR_ROOM - 8 * PT
    thin = Stroke(TEXT_DARK, 0.5 * PT)
    for i in range(4):
        left = x + i * bar / 4
        square = (
            (left, top),
            (left + bar / 4, top),
            (left + bar / 4, top + 3 * PT),
            (left, top + 3 * PT),
        )
        fill = TEXT_DARK if i % 2 == 0 else "#FFFFFF"
        marks.append(PathMark(square, True, thin, fill, group="scale"))
    size = 6 * PT
    baseline = top - 2 * PT
    marks.append(TextMark(x, baseline, "0", size, TEXT_DARK, group="scale"))
    marks.append(TextMark(x + bar, baseline, f"{length:g} m", size, TEXT_DARK, group="scale"))
    if paper_scale is not None:
        text = f"1:{paper_scale:g}"
        marks.append(
            TextMark(
                x + bar + 6 * size,
                top + 3 * PT,
                text,
                size,
                TEXT_DARK,
                anchor="start",
                group="scale",
            )
        )


def draw_north(marks: list[Mark], width: float, word: str) -> None:
    """An arrow near the top right, pointing up the sheet, with its letter."""
    x, y = width - 10 * PT, 8 * PT  # the arrow's tip
    arrow = ((x, y), (x - 4 * PT, y + 14 * PT), (x, y + 10 * PT), (x + 4 * PT, y + 14 * PT))
    marks.append(PathMark(arrow, True, None, TEXT_DARK, group="north"))
    marks.append(TextMark(x, y - 2 * PT, word, 7 * PT, TEXT_DARK, True, group="north"))
