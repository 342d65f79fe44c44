"""Page furniture shared by every report: margins, styles, running footer with "page N of M"."""

import functools
from dataclasses import dataclass

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Table, TableStyle

from .flow import PIECE_CHARS, PageTable, Para, TextBlock, pieces
from .fonts import ReportFonts, report_fonts
from .i18n import Translator
from .images import PrintImages
from .options import Paper
from .text import (
    UncoveredText,
    clean,
    fit_line,
    font_runs,
    is_right_to_left,
    needs_shaping,
    to_markup,
)

# Binary streams rather than ASCII85 text: ASCII85 makes every embedded photo and font 25 %
# bigger and, in pure Python, took longer than decoding the 24 MP photos (bench_report).
rl_config.useA85 = 0

ACCENT = colors.HexColor("#1F5F8B")
MUTED = colors.HexColor("#5A6570")
RULE = colors.HexColor("#C9D3DC")
BAND = colors.HexColor("#EEF3F7")
MARGIN = 18 * mm
PAGE_SIZES = {Paper.A4: A4, Paper.LETTER: LETTER}


@dataclass
class ReportStyles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    figure: ParagraphStyle
    label: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    number: ParagraphStyle  # figures in table columns, right-aligned


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
        subheading=ParagraphStyle(
            "subheading",
            fontName=bold,
            fontSize=11,
            leading=14,
            textColor=ACCENT,
            spaceBefore=6,
            spaceAfter=3,
        ),
        figure=ParagraphStyle("figure", fontName=bold, fontSize=20, leading=24, textColor=ACCENT),
        label=ParagraphStyle("label", fontName=bold, fontSize=9, leading=12, textColor=MUTED),
        body=ParagraphStyle("body", fontName=regular, fontSize=10, leading=14, spaceAfter=4),
        small=ParagraphStyle("small", fontName=regular, fontSize=8, leading=10, textColor=MUTED),
        number=ParagraphStyle(
            "number", fontName=regular, fontSize=10, leading=14, alignment=TA_RIGHT
        ),
    )


class Writer:
    """Turns user text into Paragraphs in the right fonts, noting characters no font has.

    `t` translates the report's own labels into the report's language.
    """

    def __init__(self, fonts: ReportFonts, t: Translator | None = None, paper=Paper.A4):
        self.fonts = fonts
        self.styles = make_styles(fonts)
        self.uncovered = UncoveredText()
        self.problems: list[str] = []  # shown to the user with the finished report
        self.unreadable: set[str] = set()  # photos (by SHA-256) that could not be printed
        self.t = t or Translator()
        self.pagesize = PAGE_SIZES[Paper(paper)]
        self._shaped_styles: dict[tuple[str, bool], ParagraphStyle] = {}
        self._images: PrintImages | None = None

    @property
    def images(self) -> PrintImages:
        """Images prepared for this export (a temporary folder, removed by close())."""
        if self._images is None:
            self._images = PrintImages()
        return self._images

    def close(self) -> None:
        if self._images is not None:
            self._images.close()
            self._images = None

    def __enter__(self) -> "Writer":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()  # prepared images go, whether the report was written, failed or cancelled

    @classmethod
    def for_options(cls, options) -> "Writer":
        """A writer in the options' language and paper, with the report fonts."""
        return cls(report_fonts(), Translator(options.language), options.paper)

    @property
    def width(self) -> float:
        """Width of the text frame on a portrait page."""
        return self.pagesize[0] - 2 * MARGIN

    def para(self, text: str, style: ParagraphStyle | None = None, *, bold: bool = False):
        """User or report text as one flowable: a Paragraph, or for long text a TextBlock of
        bounded pieces (see flow.py: a single huge Paragraph costs the square of its length)."""
        style = style or self.styles.body
        chain = (
            self.fonts.bold
            if bold or style.fontName == self.fonts.bold.primary.name
            else (self.fonts.regular)
        )
        text = clean(text)
        if len(text) <= PIECE_CHARS:
            return self._paragraph(text, style, chain)
        return TextBlock([self._paragraph(piece, style, chain) for piece in pieces(text)])

    def _paragraph(self, text: str, style: ParagraphStyle, chain) -> Para:
        if not needs_shaping(text):
            markup = to_markup(text, chain, self.uncovered, style_font=style.fontName)
            return Para(markup, style)
        # Arabic, Urdu, Burmese…: shaped by HarfBuzz, one font per word, right-to-left text
        # aligned right. Only such paragraphs pay for shaping.
        markup = to_markup(text, chain, self.uncovered, per_word=True)
        return Para(markup, self._shaped(style, is_right_to_left(text)))

    def _shaped(self, style: ParagraphStyle, rtl: bool) -> ParagraphStyle:
        key = (style.name, rtl)
        if key not in self._shaped_styles:
            extra = {"alignment": TA_RIGHT} if rtl else {}
            self._shaped_styles[key] = ParagraphStyle(
                f"{style.name}-shaped{'-rtl' if rtl else ''}", parent=style, shaping=1, **extra
            )
        return self._shaped_styles[key]

    def label(self, text: str):
        return self.para(text, self.styles.label)

    def field_table(self, rows: list[tuple[str, str]], widths=(42 * mm, None)) -> Table:
        """Label/value rows; long values split across pages instead of overflowing."""
        width = self.width
        col_widths = [widths[0], widths[1] or width - widths[0]]
        data = [[self.label(lbl), self.para(value or "—")] for lbl, value in rows]
        table = PageTable(data, colWidths=col_widths)
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


def numbered_canvas(footer_left: str, writer: Writer, header: str = ""):
    """A Canvas class that writes "Page N of M" once the page count is known, and the running
    header on every page after the cover."""
    chain = writer.fonts.regular
    t = writer.t

    def measure(text: str) -> float:
        return sum(stringWidth(run, font, 8) for font, run in font_runs(text, chain))

    @functools.cache  # the same header and footer on every page
    def fitted(text: str, width: float) -> str:
        return fit_line(clean(text), width, measure)

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
            width, height = self._pagesize
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, 14 * mm, width - MARGIN, 14 * mm)
            self.setFillColor(MUTED)
            page = t("Page {page} of {total}", page=self._pageNumber, total=total)
            page_width = measure(page)
            self._runs(width - MARGIN - page_width, 9 * mm, page)
            room = width - 2 * MARGIN - page_width - 6 * mm  # the footer never runs into it
            self._runs(MARGIN, 9 * mm, fitted(footer_left, room))
            if header and self._pageNumber > 1:
                self._runs(MARGIN, height - 11 * mm, fitted(header, width - 2 * MARGIN))
                self.line(MARGIN, height - 12.5 * mm, width - MARGIN, height - 12.5 * mm)

        def _runs(self, x: float, y: float, text: str) -> None:
            for font_name, run in font_runs(text, chain):
                self.setFont(font_name, 8)
                self.drawString(x, y, run)
                x += self.stringWidth(run, font_name, 8)

    return NumberedCanvas


def report_document(target, title: str, writer: Writer) -> BaseDocTemplate:
    """Portrait pages ("page") and landscape pages ("landscape", for big floor plans)."""
    doc = BaseDocTemplate(
        target,
        pagesize=writer.pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=22 * mm,
        title=title,
        creator="SCORE Desktop",
    )
    # No side padding: the text column is `Writer.width` wide, as the tables are sized, and
    # lines up with the running header (reportlab's 6 pt padding put every full-width table
    # 6 pt into the right margin).
    sides = {"leftPadding": 0, "rightPadding": 0}
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", **sides)
    wide = landscape(writer.pagesize)
    wide_frame = Frame(
        MARGIN, doc.bottomMargin, wide[0] - 2 * MARGIN, wide[1] - MARGIN - doc.bottomMargin, **sides
    )
    doc.addPageTemplates(
        [
            PageTemplate(id="page", frames=[frame], pagesize=writer.pagesize),
            PageTemplate(id="landscape", frames=[wide_frame], pagesize=wide),
        ]
    )
    return doc
