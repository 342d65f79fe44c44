"""How wide a line of text is on paper, in the fonts the PDF embeds (Noto Sans first).

The sheet is laid out once with these widths; the SVG names the same fonts and the PNG draws
with them, so a label that fits in the PDF fits in the other two."""

from dataclasses import dataclass, field

from reportlab.pdfbase.pdfmetrics import stringWidth

from ..reporting.fonts import ReportFonts, report_fonts
from ..reporting.text import UncoveredText, clean, font_runs

POINTS_PER_MM = 72 / 25.4
# What the SVG asks for: the faces of the report's font chains, then any sans-serif.
FONT_FAMILY = "'Noto Sans', 'DejaVu Sans', 'WenQuanYi Zen Hei', sans-serif"


@dataclass
class TextMeasure:
    fonts: ReportFonts = field(default_factory=report_fonts)
    uncovered: UncoveredText = field(default_factory=UncoveredText)
    _em: dict[tuple[str, bool], float] = field(default_factory=dict, repr=False)

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
            runs = self.runs(text, bold)
            em = self._em[(text, bold)] = sum(stringWidth(run, font, 1.0) for font, run in runs)
        return em * size
