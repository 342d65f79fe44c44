"""A 10,000-item plan (bench_floorplan's site: 2,000 zones, walls and machines, 8,000 safety
symbols, 300 m square) exported as SVG and as PNG at 300 dpi through the plan sheet, against
QSvgGenerator / QImage drawing the same records bare (each item's outline, each label as
text, no layout) in the same run.

Figures (median of RUNS, seconds): svg, png_300dpi (with their baselines and ratios),
sheet (building the sheet alone: layout of names, joins), svg_write (the SVG of a sheet
already built, against the same bare baseline: what the writer costs beyond the layout,
which the baseline does not do), svg_size (bytes). Each timed figure also as *_cpu: the
median processor time of this process (on a machine shared with other work the wall time
also counts the time the process waited for a core, and swings by half between runs). The
site is printed at 1:1000 (300 mm; 3,543 px a side at 300 dpi). Target: ratio <= 1.5.
"""

import os
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_floorplan import make_items  # noqa: E402
from PySide6.QtCore import QPointF, QRectF, QSize  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter, QPolygonF  # noqa: E402
from PySide6.QtSvg import QSvgGenerator  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from score_desktop.domain.floorplan import FloorPlan, Shape  # noqa: E402
from score_desktop.domain.plan_style import SYMBOL_PRINT_MM  # noqa: E402
from score_desktop.gui.floorplan.export import PlanExport, export_png, export_svg  # noqa: E402
from score_desktop.services.plan_sheet.build import PinOptions, sheet_at_scale  # noqa: E402
from score_desktop.services.plan_sheet.content import PlanContent, outline  # noqa: E402
from score_desktop.services.plan_sheet.svg import sheet_svg  # noqa: E402

SCALE = 1000
DPI = 300
RUNS = 5


def _bare(painter: QPainter, items, mm_per_unit: float) -> None:
    """The records drawn as plainly as QPainter can: outlines, lines, dots (as large as the
    sheet's symbols) and labels."""
    painter.scale(mm_per_unit, mm_per_unit)
    dot = SYMBOL_PRINT_MM / 2 / mm_per_unit
    painter.setBrush(QColor("#A9CCE3"))
    for item in items:
        points = outline(item)
        if item.shape is Shape.SEGMENT:
            painter.drawLine(QPointF(*points[0]), QPointF(*points[1]))
        elif item.shape is Shape.POINT:
            painter.drawEllipse(QPointF(*points[0]), dot, dot)
        else:
            painter.drawPolygon(QPolygonF([QPointF(*p) for p in points]))
        if item.label:
            painter.drawText(QPointF(*points[0]), item.label)


def _timed(action) -> tuple[float, float]:
    """Wall and processor seconds."""
    start, start_cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - start, time.process_time() - start_cpu


def run():
    QApplication.instance() or QApplication([])
    plan = FloorPlan(uuid.uuid4(), "Site", metres_per_unit=0.01)
    items = make_items(plan.id)
    export = PlanExport(PlanContent(plan, items), PinOptions(None), "Site")
    sheet = sheet_at_scale(export.content, SCALE, export.pins)
    mm_per_unit = sheet.mm_per_metre * plan.metres_per_unit
    folder = Path(tempfile.mkdtemp())
    try:
        pixels_per_mm = DPI / 25.4
        size = QSize(round(sheet.width * pixels_per_mm), round(sheet.height * pixels_per_mm))

        def bare_svg():
            generator = QSvgGenerator()
            generator.setFileName(str(folder / "bare.svg"))
            generator.setSize(QSize(round(sheet.width), round(sheet.height)))
            generator.setViewBox(QRectF(0, 0, sheet.width, sheet.height))
            painter = QPainter(generator)
            _bare(painter, items, mm_per_unit)
            painter.end()

        def bare_png():
            image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(QColor("white"))
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.scale(pixels_per_mm, pixels_per_mm)
            _bare(painter, items, mm_per_unit)
            painter.end()
            image.save(str(folder / "bare.png"), "PNG")

        def sheet_written():
            text, _replaced = sheet_svg(sheet, "Site", "at 1:1000")
            (folder / "sheet.svg").write_text(text, encoding="utf-8")

        figures = {
            "sheet": ([], lambda: sheet_at_scale(export.content, SCALE, export.pins), None),
            "svg_write": ([], sheet_written, bare_svg),
            "svg": ([], lambda: export_svg(export, folder / "plan.svg", SCALE), bare_svg),
            "png_300dpi": (
                [],
                lambda: export_png(export, folder / "plan.png", DPI, SCALE),
                bare_png,
            ),
        }
        baselines: dict[str, list[tuple[float, float]]] = {name: [] for name in figures}
        for _ in range(RUNS):  # interleaved: this machine's speed drifts between runs
            for name, (times, action, bare) in figures.items():
                times.append(_timed(action))
                if bare is not None:
                    baselines[name].append(_timed(bare))
        for clock, suffix in ((0, ""), (1, "_cpu")):
            for name, (times, _action, bare) in figures.items():
                value = statistics.median(t[clock] for t in times)
                figure = {"figure": name + suffix, "value": round(value, 3), "unit": "s"}
                if bare is not None:
                    base = statistics.median(t[clock] for t in baselines[name])
                    figure |= {"baseline": round(base, 3), "ratio": round(value / base, 2)}
                yield figure
        yield {"figure": "svg_size", "value": (folder / "plan.svg").stat().st_size, "unit": "bytes"}
        yield {
            "figure": "bare_svg_size",
            "value": (folder / "bare.svg").stat().st_size,
            "unit": "bytes",
        }
    finally:
        shutil.rmtree(folder, ignore_errors=True)
