"""Page furniture shared by every report: margins, styles, running footer with "page N of M"."""

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle

from .fonts import ReportFonts
from .text import UncoveredText, clean, font_runs, to_markup

ACCENT = colors.HexColor("#1F5F8B")
MUTED = colors.HexColor("#5A6570")
RULE = colors.HexColor("#C9D3DC")
BAND = colors.HexColor("#EEF3F7")
MARGIN = 18 * mm


@dataclass
class ReportStyles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    label: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle


def make_styles(fonts: ReportFonts) -> ReportStyles:
    regular, bold = fonts.regular.primary.name, fonts.bold.primary.name
    return ReportStyles(
        title=ParagraphStyle("title", fontName=bold, fontSize=24, leading=30, textColor=ACCENT),
        subtitle=ParagraphStyle("subtitle", fontName=regular, fontSize=13, leading=18),
        heading=ParagraphStyle(
            "heading",
            fontName=bold,
            fontSize=14,
            leading=18,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=6,
        ),
        label=ParagraphStyle("label", fontName=bold, fontSize=9, leading=12, textColor=MUTED),
        body=ParagraphStyle("body", fontName=regular, fontSize=10, leading=14, spaceAfter=4),
        small=ParagraphStyle("small", fontName=regular, fontSize=8, leading=10, textColor=MUTED),
    )


class Writer:
    """Turns user text into Paragraphs in the right fonts, noting characters no font has."""

    def __init__(self, fonts: ReportFonts):
        self.fonts = fonts
        self.styles = make_styles(fonts)
        self.uncovered = UncoveredText()

    def para(self, text: str, style: ParagraphStyle | None = None, *, bold: bool = False):
        style = style or self.styles.body
        chain = (
            self.fonts.bold
            if bold or style.fontName == self.fonts.bold.primary.name
            else (self.fonts.regular)
        )
        return Paragraph(to_markup(text, chain, self.uncovered), style)

    def label(self, text: str):
        return self.para(text, self.styles.label)

    def field_table(self, rows: list[tuple[str, str]], widths=(42 * mm, None)) -> Table:
        """Label/value rows; long values split across pages instead of overflowing."""
        width = A4[0] - 2 * MARGIN
        col_widths = [widths[0], widths[1] or width - widths[0]]
        data = [[self.label(lbl), self.para(value or "—")] for lbl, value in rows]
        table = Table(data, colWidths=col_widths, splitInRow=1, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return table


def numbered_canvas(footer_left: str, fonts: ReportFonts):
    """A Canvas class that writes "Page N of M" once the page count is known."""
    chain = fonts.regular

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab API
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                self._draw_footer(total)
                super().showPage()
            super().save()

        def _draw_footer(self, total: int) -> None:
            width, _ = A4
            self.setStrokeColor(RULE)
            self.line(MARGIN, 14 * mm, width - MARGIN, 14 * mm)
            self.setFillColor(MUTED)
            x = MARGIN
            for font_name, run in _footer_runs(footer_left, chain):
                self.setFont(font_name, 8)
                self.drawString(x, 9 * mm, run)
                x += self.stringWidth(run, font_name, 8)
            self.setFont(chain.primary.name, 8)
            self.drawRightString(width - MARGIN, 9 * mm, f"Page {self._pageNumber} of {total}")

    return NumberedCanvas


def _footer_runs(text: str, chain):
    shortened = clean(text).replace("\n", " ")
    if len(shortened) > 90:
        shortened = shortened[:89] + "…"
    return font_runs(shortened, chain)


def report_document(target, title: str) -> BaseDocTemplate:
    doc = BaseDocTemplate(
        target,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=22 * mm,
        title=title,
        creator="SCORE Desktop",
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return doc
