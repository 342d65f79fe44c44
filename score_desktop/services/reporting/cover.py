"""The cover page shared by the reports: logos (programme, consultant, enterprise), title,
enterprise and the key facts."""

import datetime as dt
import hashlib
import io

from PIL import Image as PilImage
from reportlab.lib.units import mm
from reportlab.platypus import Image, Spacer, Table, TableStyle

from ...domain.enterprise import Enterprise
from .images import PhotoUnreadableError
from .layout import Writer
from .options import ReportOptions

LOGO_HEIGHT = 18 * mm
LOGO_ORDER = ("programme", "consultant", "enterprise")


def logo_row(writer: Writer, options: ReportOptions):
    """The chosen logos side by side, each scaled to the same height; unreadable ones are
    reported and left out."""
    cells = []
    for logo in sorted(options.logos, key=lambda lg: LOGO_ORDER.index(lg.role)):
        key = "logo-" + hashlib.sha256(logo.data).hexdigest()
        try:
            with PilImage.open(io.BytesIO(logo.data)) as image:
                ratio = image.width / max(image.height, 1)
            width = min(LOGO_HEIGHT * ratio, writer.width / 3 - 6 * mm)
            height = width / ratio
            path = writer.images.path_for(key, lambda d=logo.data: d, width, height)
        except (OSError, PhotoUnreadableError) as exc:
            writer.problems.append(writer.t("A logo could not be read: {error}", error=exc))
            continue
        cells.append(Image(path, width=width, height=height))
    if not cells:
        return None
    table = Table([cells], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8 * mm),
            ]
        )
    )
    return table


def cover(
    writer: Writer,
    enterprise: Enterprise,
    title: str,
    facts: list[tuple[str, str]],
    today: dt.date,
    options: ReportOptions,
) -> list:
    s = writer.styles
    t = writer.t
    logos = logo_row(writer, options)
    story: list = [logos, Spacer(1, 22 * mm)] if logos else [Spacer(1, 40 * mm)]
    return story + [
        writer.para(title, s.subtitle),
        Spacer(1, 4 * mm),
        writer.para(enterprise.name, s.title),
        Spacer(1, 10 * mm),
        writer.field_table(facts),
        Spacer(1, 30 * mm),
        writer.para(
            t("Prepared on {date} with SCORE Desktop.", date=today.isoformat())
            + " "
            + t("SCORE: Sustaining Competitive and Responsible Enterprises (ILO)."),
            s.small,
        ),
    ]
