"""Writing a plan to PNG and SVG files: the plan sheet the report's PDF draws too
(services/plan_sheet), at a stated paper scale, with the pin legend under it when the view
shows one (a map of coloured numbered dots says little without it).

The SVG is real vectors (paths, circles, text in named fonts) sized in millimetres, so it
opens at the scale it states; the PNG paints the same marks at its dots per inch. Pins,
symbols and names have print sizes in mm, the same at every resolution.

Both are written to a temporary file beside the target and renamed at the end, so a failed
export leaves nothing. Characters XML cannot hold become U+FFFD, and the export says how
many."""

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter

from ...domain.errors import KnownProblemError
from ...services.plan_sheet.build import PinOptions, SheetWords, sheet_at_scale
from ...services.plan_sheet.content import PlanContent
from ...services.plan_sheet.legend import LegendBand
from ...services.plan_sheet.marks import Sheet
from ...services.plan_sheet.svg import sheet_svg
from ...services.written_files import written_in_place
from .sheet_painter import paint_sheet

MAX_SIDE_PX = 20_000
MM_PER_INCH = 25.4
INCH_M = 0.0254
DEFAULT_PAPER_SCALE = 100


class ExportError(KnownProblemError):
    """The plan could not be written."""


@dataclass
class PlanExport:
    """What an exported plan shows: the records the view shows (its visible layers) and how
    the pins are drawn. `load_image` reads the background's bytes."""

    content: PlanContent
    pins: PinOptions
    title: str
    words: SheetWords = field(default_factory=SheetWords)
    load_image: Callable[[uuid.UUID], bytes] | None = None

    def sheet(self, paper_scale: float, legend: LegendBand | None = None) -> Sheet:
        return sheet_at_scale(self.content, paper_scale, self.pins, legend, words=self.words)


def png_size(sheet: Sheet, dpi: int) -> QSize:
    pixels_per_mm = dpi / MM_PER_INCH
    return QSize(round(sheet.width * pixels_per_mm), round(sheet.height * pixels_per_mm))


def export_png(
    export: PlanExport,
    path: Path,
    dpi: int,
    paper_scale: float = DEFAULT_PAPER_SCALE,
    legend: LegendBand | None = None,
) -> QSize:
    """The plan at 1:`paper_scale` and `dpi`, with `legend` under it; returns the size."""
    sheet = export.sheet(paper_scale, legend)
    size = png_size(sheet, dpi)
    if max(size.width(), size.height()) > MAX_SIDE_PX:
        raise ExportError(
            f"At {dpi} dpi the image would be {size.width()} × {size.height()} pixels; "
            f"choose a lower resolution (at most {MAX_SIDE_PX} pixels a side)."
        )
    # opaque (the sheet is white paper): written as RGB, a quarter less for the PNG encoder to
    # squeeze than RGBA (2.0 s against 2.7 s at 300 dpi for the benchmark site) and smaller
    image = QImage(size, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / INCH_M))
    image.setDotsPerMeterY(round(dpi / INCH_M))
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHints(
        QPainter.RenderHint.Antialiasing
        | QPainter.RenderHint.TextAntialiasing
        | QPainter.RenderHint.SmoothPixmapTransform
    )
    paint_sheet(painter, sheet, dpi / MM_PER_INCH, export.load_image)
    painter.end()
    try:
        with written_in_place(path, ".plan-") as temporary:
            if not image.save(str(temporary), "PNG"):
                raise ExportError(f"Cannot write {path}.")
    except OSError as exc:
        raise ExportError(f"Cannot write {path}: {exc.strerror or exc}.") from exc
    return size


def export_svg(
    export: PlanExport,
    path: Path,
    paper_scale: float = DEFAULT_PAPER_SCALE,
    legend: LegendBand | None = None,
) -> int:
    """The plan at 1:`paper_scale`, sized in mm as printed at that scale, with `legend`
    under it; returns how many characters XML cannot hold were written as U+FFFD."""
    sheet = export.sheet(paper_scale, legend)
    description = (
        f"Floor plan at 1:{paper_scale:g}, {sheet.width:.0f} mm wide "
        f"({sheet.width:.1f} × {sheet.height:.1f} mm with its scale bar and legend)"
    )
    try:
        text, count = sheet_svg(sheet, export.title, description, export.load_image)
    except KnownProblemError as exc:
        raise ExportError(f"Cannot write {path}: {exc}") from exc
    try:
        with written_in_place(path, ".plan-") as temporary:
            temporary.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"Cannot write {path}: {exc.strerror or exc}.") from exc
    return count
