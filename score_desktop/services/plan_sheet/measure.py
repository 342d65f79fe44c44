"""How wide a line of text is on paper, in the fonts the PDF embeds (Noto Sans first).

The sheet is laid out once with these widths; the SVG names the same fonts and the PNG draws
with them, so a label that fits in the PDF fits in the other two."""

from dataclasses import dataclass, field

from reportlab.pdfbase.pdfmetrics import getFont, stringWidth

from ..reporting.fonts import RegisteredFont, ReportFonts, report_fonts
from ..reporting.text import UncoveredText, clean, font_runs

POINTS_PER_MM = 72 / 25.4
# What the SVG asks for: the faces of the report's font chains, then any sans-serif.
FONT_FAMILY = "'Noto Sans', 'DejaVu Sans', 'WenQuanYi Zen Hei', sans-serif"


@dataclass
class TextMeasure:
    fonts: ReportFonts = field(default_factory=report_fonts)
    uncovered: UncoveredText = field(default_factory=UncoveredText)
    _em: dict[tuple[str, bool], float] = field(default_factory=dict, repr=False)
    _plain: dict[bool, dict[str, int]] = field(default_factory=dict, repr=False)

    def runs(self, text: str, bold: bool = False) -> list[tuple[str, str]]:
        """(font name, run) pieces of one line, each in a font that has its glyphs."""
        chain = self.fonts.bold if bold else self.fonts.regular
        return font_runs(clean(text), chain, self.uncovered)

    def width(self, text: str, size: float, bold: bool = False) -> float:
        """Width in mm of one line set `size` mm tall (the em); widths grow with the size,
        so each text is measured once, at an em of 1 (a plan's names are tried at several
        sizes and wrapped several ways)."""
        em = self._em.get((text, bold))
        if em is None:
            em = self._em[(text, bold)] = self._em_width(text, bold)
        return em * size

    def _em_width(self, text: str, bold: bool) -> float:
        """Printable ASCII that the first font draws (nearly every name) is summed from a
        table of that font's advances, as reportlab's stringWidth sums them (the same
        figure: 2,000 names of a site plan took 30 ms through clean() and font runs, 3 ms
        so); any other text is cleaned and split into runs, each in a font that has it."""
        if text.isascii() and text.isprintable():
            advances = self._plain.get(bold)
            if advances is None:
                chain = self.fonts.bold if bold else self.fonts.regular
                advances = self._plain[bold] = _ascii_advances(chain.primary)
            try:
                return 0.001 * sum([advances[c] for c in text])
            except KeyError:  # a character the first font lacks
                pass
        return sum(stringWidth(run, font, 1.0) for font, run in self.runs(text, bold))


def _ascii_advances(font: RegisteredFont) -> dict[str, int]:
    """The font's advance (in thousandths of the em) of each printable ASCII character it
    has; reportlab's own table, so a sum of these is its stringWidth at an em of 1."""
    face = getFont(font.name).face
    return {
        chr(code): face.charWidths.get(code, face.defaultWidth)
        for code in range(0x20, 0x7F)
        if code in font.code_points
    }
