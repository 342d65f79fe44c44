"""The signature page of a signed report: who signed, as what, when, their drawn signatures,
and the SHA-256 of the report's content (the bytes before this page; see docs/sign-off.md)."""

import datetime as dt
import io

from PIL import Image as PilImage
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from ...domain.history import Role
from ...domain.signoff import Signature, SignedReport
from .flow import PageTable
from .layout import ACCENT, BAND, MARGIN, MUTED, RULE, Writer
from .text import font_runs

DRAWING_BOX = (52 * mm, 16 * mm)


def role_title(t, role: Role) -> str:
    return {
        Role.CONSULTANT: t("Consultant"),
        Role.INSPECTOR: t("Safety inspector"),
        Role.MANAGER: t("Enterprise manager"),
        Role.OFFICER: t("Programme officer"),
    }[role]


def signed_time(signature: Signature) -> str:
    """In UTC, as the column's heading says: laptops' clocks and zones differ."""
    return signature.signed_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M")


class Drawing(Flowable):
    """A drawn signature (PNG), fitted into its box with its proportions kept."""

    def __init__(self, data: bytes):
        super().__init__()
        with PilImage.open(io.BytesIO(data)) as image:
            image.load()
            self.image = image.convert("RGBA")
        box_w, box_h = DRAWING_BOX
        scale = min(box_w / self.image.width, box_h / self.image.height)
        self.width, self.height = self.image.width * scale, self.image.height * scale

    def wrap(self, _available_width, _available_height):
        return self.width, self.height

    def draw(self):
        self.canv.drawImage(ImageReader(self.image), 0, 0, self.width, self.height, mask="auto")


def signature_page(
    writer: Writer, report: SignedReport, signatures: tuple[Signature, ...], pages: int
) -> bytes:
    """One page (more only for a long list of signers) as a PDF of its own, to be appended to
    the report's content."""
    t = writer.t
    s = writer.styles
    story = [
        writer.para(t("Signatures"), s.heading),
        writer.para(report.title, s.subheading),
        Spacer(1, 3 * mm),
    ]
    header = (t("Name"), t("Role"), t("Signed (UTC)"), t("Signature"))
    rows: list[list] = [[writer.para(h, bold=True) for h in header]]
    for signature in signatures:
        rows.append(
            [
                writer.para(signature.name),
                writer.para(role_title(t, signature.role)),
                writer.para(signed_time(signature)),
                Drawing(signature.drawing) if signature.drawing else writer.para("—"),
            ]
        )
    widths = [writer.width - 40 * mm - 34 * mm - DRAWING_BOX[0] - 4 * mm, 40 * mm, 34 * mm]
    table = PageTable(rows, colWidths=[*widths, DRAWING_BOX[0] + 4 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), BAND),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 1), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 6),
            ]
        )
    )
    story += [table, Spacer(1, 8 * mm)]
    story.append(writer.para(t("What was signed"), s.subheading))
    story.append(
        writer.para(
            t(
                "The signatures above are given to pages 1 to {pages} of this file, exactly as "
                "first saved: its first {size} bytes, whose SHA-256 is:",
                pages=pages,
                size=report.content_size,
            )
        )
    )
    digest = ParagraphStyle("digest", fontName="Courier", fontSize=9, leading=13, spaceAfter=6)
    story.append(Paragraph(report.content_sha256, digest))  # hexadecimal: ASCII only
    story.append(
        writer.para(
            t(
                "The workspace that made this file keeps it byte for byte. To check a copy: "
                "score-desktop verify FILE.pdf"
            ),
            s.small,
        )
    )
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=writer.pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=22 * mm,
        title=report.title,
        creator="SCORE Desktop",
    )
    footer = t("Signature page")

    def furniture(canvas, _doc):
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, 14 * mm, writer.pagesize[0] - MARGIN, 14 * mm)
        canvas.setFillColor(MUTED)
        x = MARGIN
        for font_name, run in font_runs(footer, writer.fonts.regular):  # Chinese needs its font
            canvas.setFont(font_name, 8)
            canvas.drawString(x, 9 * mm, run)
            x += canvas.stringWidth(run, font_name, 8)
        canvas.restoreState()

    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return buffer.getvalue()
