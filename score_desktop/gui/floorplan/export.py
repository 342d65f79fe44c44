"""Drawing a plan to PNG and SVG files, without selection marks or grid; under it, when the
plan shows one, the legend of its hazard pins, as the view and the visit report have it (a
map of coloured numbered dots says little without it).

Both are written to a temporary file beside the target and renamed at the end, so a failed
export leaves nothing. Qt writes a label's control characters into the SVG as they are,
which no XML reader accepts: each becomes U+FFFD, and the export says how many."""

from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtSvg import QSvgGenerator

from ...domain.errors import KnownProblemError
from ...domain.text import replaced
from ...services.written_files import written_in_place
from .scene import FloorPlanScene

MAX_SIDE_PX = 20_000
INCH_M = 0.0254
LOGICAL_DPI = 96  # the legend is laid out in screen pixels, then scaled to the file's inch
LEGEND_PADDING_PX = 12  # around the legend, in those pixels
RULE_COLOUR = "#B3B6B7"  # the line between plan and legend
LEGEND_TEXT = "#1B2631"  # dark on the file's white, whatever the screen's theme


class ExportError(KnownProblemError):
    """The plan could not be written."""


@contextmanager
def _clean(scene: FloorPlanScene):
    """Without selection outlines and grid while rendering; restored afterwards."""
    selected = scene.selected_ids()
    grid = scene.grid_visible
    scene.clearSelection()
    scene.grid_visible = False
    try:
        yield
    finally:
        scene.grid_visible = grid
        scene.select_ids(selected)


def _source(scene: FloorPlanScene) -> QRectF:
    rect = scene.plan_rect()
    margin = max(rect.width(), rect.height()) * 0.02
    return rect.adjusted(-margin, -margin, margin, margin)


def png_size(scene: FloorPlanScene, dpi: int, paper_scale: int = 100) -> QSize:
    """Pixels for the plan printed at 1:`paper_scale` and `dpi` dots per inch."""
    pixels_per_unit = dpi / INCH_M * scene.plan.metres_per_unit / paper_scale
    source = _source(scene)
    return QSize(round(source.width() * pixels_per_unit), round(source.height() * pixels_per_unit))


class Legend(Protocol):
    """What the export needs of the pin legend (gui.hazards.pin_legend.PinLegend)."""

    def entries(self) -> list: ...
    def height_at(self, width: int) -> int: ...
    def paint_on(self, painter: QPainter, width: int, text_colour: QColor) -> None: ...


def _legend_width(width: float, scale: float) -> int:
    """The legend's own width, in its pixels, inside a band `width` units wide."""
    return max(1, int(width / scale) - 2 * LEGEND_PADDING_PX)


def _legend_height(legend: Legend | None, width: float, scale: float) -> float:
    """The band's height in the file's units, `width` units wide at `scale` units per legend
    pixel; 0 without a legend or entries."""
    if legend is None or not legend.entries():
        return 0.0
    return (legend.height_at(_legend_width(width, scale)) + 2 * LEGEND_PADDING_PX) * scale


def _draw_legend(painter: QPainter, legend: Legend, top: float, width: float, scale: float):
    painter.save()
    painter.setPen(QPen(QColor(RULE_COLOUR), 0))
    painter.drawLine(QPointF(0, top), QPointF(width, top))
    painter.translate(0, top)
    painter.scale(scale, scale)
    painter.translate(LEGEND_PADDING_PX, LEGEND_PADDING_PX)
    legend.paint_on(painter, _legend_width(width, scale), QColor(LEGEND_TEXT))
    painter.restore()


def export_png(
    scene: FloorPlanScene,
    path: Path,
    dpi: int,
    paper_scale: int = 100,
    legend: Legend | None = None,
) -> QSize:
    """The plan at 1:`paper_scale` and `dpi`, with `legend` under it; returns the size."""
    plan = png_size(scene, dpi, paper_scale)
    scale = dpi / LOGICAL_DPI
    band = round(_legend_height(legend, plan.width(), scale))
    size = QSize(plan.width(), plan.height() + band)
    if max(size.width(), size.height()) > MAX_SIDE_PX:
        raise ExportError(
            f"At {dpi} dpi the image would be {size.width()} × {size.height()} pixels; "
            f"choose a lower resolution (at most {MAX_SIDE_PX} pixels a side)."
        )
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDotsPerMeterX(round(dpi / INCH_M))
    image.setDotsPerMeterY(round(dpi / INCH_M))
    image.fill(QColor("white"))
    with _clean(scene):
        painter = QPainter(image)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        target = QRectF(0, 0, plan.width(), plan.height())
        scene.render(painter, target, _source(scene), Qt.AspectRatioMode.KeepAspectRatio)
        if band:
            _draw_legend(painter, legend, plan.height(), plan.width(), scale)
        painter.end()
    try:
        with written_in_place(path, ".plan-") as temporary:
            if not image.save(str(temporary), "PNG"):
                raise ExportError(f"Cannot write {path}.")
    except OSError as exc:
        raise ExportError(f"Cannot write {path}: {exc.strerror or exc}.") from exc
    return size


def export_svg(scene: FloorPlanScene, path: Path, title: str, legend: Legend | None = None) -> int:
    """The plan at 1:100, with `legend` under it, sized as printed at that scale; returns
    how many characters XML cannot hold were written as U+FFFD."""
    source = _source(scene)
    width_mm = source.width() * scene.plan.metres_per_unit * 1000 / 100  # drawn at 1:100
    scale = 1000 / max(source.width(), source.height())  # a 1000-unit-wide SVG canvas
    width, height = source.width() * scale, source.height() * scale
    legend_scale = 1.0  # a unit a pixel, as the pins and symbols are drawn on this canvas
    band = _legend_height(legend, width, legend_scale)
    try:
        with written_in_place(path, ".plan-") as temporary:
            generator = QSvgGenerator()
            generator.setFileName(str(temporary))
            generator.setTitle(title)
            generator.setDescription(f"Floor plan at 1:100, {width_mm:.0f} mm wide")
            generator.setSize(QSize(round(width), round(height + band)))
            generator.setViewBox(QRectF(0, 0, width, height + band))
            with _clean(scene):
                painter = QPainter()
                if not painter.begin(generator):
                    raise ExportError(f"Cannot write {path}.")
                target = QRectF(0, 0, width, height)
                scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
                if band:
                    _draw_legend(painter, legend, height, width, legend_scale)
                painter.end()
            del generator  # closes the file
            drawn = temporary.read_bytes().decode("utf-8", errors="replace")
            valid, count = replaced(drawn)
            if count:
                temporary.write_text(valid, encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"Cannot write {path}: {exc.strerror or exc}.") from exc
    return count
