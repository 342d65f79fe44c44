"""Figures in table columns never wrap: `2,500,0` over `00` reads as two numbers.

A column of figures is widened to its widest figure, taking the room from a column of words
(which wraps, as words may); a figure wider than any room left is set smaller, never broken.
"""

from copy import copy

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from .layout import Writer
from .text import clean

CELL_PADDING = 12.0  # reportlab's default cell padding, left and right (6 + 6)
WORDS_LEAST = 20 * mm  # a column of words keeps at least this much when it gives room


def figure_width(writer: Writer, text: str, *, bold: bool = False, size: float = 0) -> float:
    """Width of a figure in the body style's primary face (figures are digits and marks,
    which the primary font has)."""
    chain = writer.fonts.bold if bold else writer.fonts.regular
    text = clean(text)  # as the cell prints it (a French group mark becomes a no-break space)
    return stringWidth(text, chain.primary.name, size or writer.styles.body.fontSize)


def widths_for_figures(
    writer: Writer,
    widths: list[float],
    figures: dict[int, list[str]],
    *,
    give: dict[int, str],
    headings: dict[int, str] | None = None,
) -> list[float]:
    """`widths` with each column of `figures` at least as wide as its widest figure (measured
    bold: totals are bold) and the longest word of its heading in `headings` ("Économies /
    mois" broke as "Économie" over "s"), the room taken from the columns of words `give`
    (column: its heading), each in proportion to what it has above its floor: `WORDS_LEAST`
    or its heading's longest word, so headings are not cut inside a word."""
    headings = headings or {}
    sized = list(widths)
    floors = {
        c: min(
            widths[c],
            max(
                [WORDS_LEAST]
                + [figure_width(writer, w, bold=True) + CELL_PADDING + 1 for w in head.split()]
            ),
        )
        for c, head in give.items()
    }
    for column, texts in figures.items():
        words = headings.get(column, "").split()
        need = max((figure_width(writer, t, bold=True) for t in [*texts, *words]), default=0.0)
        missing = need + CELL_PADDING + 1 - sized[column]
        spare = {c: max(sized[c] - floor, 0.0) for c, floor in floors.items()}
        total = sum(spare.values())
        if missing <= 0 or total <= 0:
            continue
        share = min(missing / total, 1.0)
        for c, room in spare.items():
            sized[c] -= room * share
            sized[column] += room * share
    return sized


def figure_cell(writer: Writer, text: str, column_width: float, *, bold: bool = False):
    """A right-aligned figure on one line, set smaller when even the widened column is
    narrower than it."""
    style = writer.styles.number
    room = column_width - CELL_PADDING
    natural = figure_width(writer, text, bold=bold)
    if natural > room > 0:
        style = copy(style)
        style.fontSize = style.fontSize * room / natural * 0.98
        style.leading = max(style.fontSize * 1.2, 1)
    return writer.para(text, style, bold=bold)
