"""Drawing a plan to PNG and SVG files, without selection marks or grid."""

from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from ...domain.errors import KnownProblemError
from .scene import FloorPlanScene

MAX_SIDE_PX = 20_000
INCH_M = 0.0254


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


def export_png(scene: FloorPlanScene, path: Path, dpi: int, paper_scale: int = 100) -> QSize:
    size = png_size(scene, dpi, paper_scale)
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
        scene.render(
            painter, QRectF(image.rect()), _source(scene), Qt.AspectRatioMode.KeepAspectRatio
        )
        painter.end()
    if not image.save(str(path), "PNG"):
        raise ExportError(f"Cannot write {path}.")
    return size


def export_svg(scene: FloorPlanScene, path: Path, title: str) -> None:
    source = _source(scene)
    width_mm = source.width() * scene.plan.metres_per_unit * 1000 / 100  # drawn at 1:100
    scale = 1000 / max(source.width(), source.height())  # a 1000-unit-wide SVG canvas
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setTitle(title)
    generator.setDescription(f"Floor plan at 1:100, {width_mm:.0f} mm wide")
    generator.setSize(QSize(round(source.width() * scale), round(source.height() * scale)))
    generator.setViewBox(QRectF(0, 0, source.width() * scale, source.height() * scale))
    with _clean(scene):
        painter = QPainter()
        if not painter.begin(generator):
            raise ExportError(f"Cannot write {path}.")
        scene.render(painter, generator.viewBoxF(), source, Qt.AspectRatioMode.KeepAspectRatio)
        painter.end()
    if not Path(path).is_file():
        raise ExportError(f"Cannot write {path}.")
