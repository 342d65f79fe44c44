"""Marks the PNG painter copies from stamps land where QPainter would draw them itself."""

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from score_desktop.gui.floorplan.sheet_painter import FONT_FAMILIES, FONT_PX, paint_sheet
from score_desktop.services.plan_sheet.marks import (
    CircleMark,
    Sheet,
    Stroke,
    Symbol,
    SymbolsMark,
    TextMark,
)

DPI = 300
K = DPI / 25.4


def _image(sheet):
    image = QImage(round(sheet.width * K), round(sheet.height * K), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    return image


def _painter(image):
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    return painter


def _symbols(as_figures: bool):
    """Forty symbols at awkward fractions of a pixel: a white-ringed disc and a letter each,
    as two marks or as one figure placed (what the sheet makes of safety symbols)."""
    sheet = Sheet(60, 40, 10, 40)
    ring = Stroke("#FFFFFF", 0.2)
    disc, letter = (
        CircleMark((0, 0), 2.0, "#C0392B", stroke=ring),
        TextMark(0, 1.0, "F", 2.8, "#FFFFFF", True),
    )
    figures = SymbolsMark((Symbol("fire_extinguisher", (disc, letter)),))
    for n in range(40):
        x, y = 4 + (n % 8) * 7.013 + n * 0.0371, 5 + (n // 8) * 7.29 + n * 0.0213
        if as_figures:
            figures.placed.append((0, x, y))
        else:
            sheet.marks.append(CircleMark((x, y), 2.0, "#C0392B", stroke=ring))
            sheet.marks.append(TextMark(x, y + 1.0, "F", 2.8, "#FFFFFF", True))
    if as_figures:
        sheet.marks.append(figures)
    return sheet


def _direct(sheet):
    """The same marks drawn one by one, as the painter did before it had stamps."""
    image = _image(sheet)
    painter = _painter(image)
    painter.scale(K, K)
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPixelSize(FONT_PX)
    font.setBold(True)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    marks = [
        part for m in sheet.marks for part in (m.parts() if isinstance(m, SymbolsMark) else [m])
    ]
    for mark in marks:
        painter.save()
        if isinstance(mark, CircleMark):
            painter.setPen(QColor(0, 0, 0, 0))
            painter.setBrush(QColor("#FFFFFF"))
            painter.drawEllipse(QPointF(*mark.centre), 2.1, 2.1)
            painter.setBrush(QColor(mark.fill))
            painter.drawEllipse(QPointF(*mark.centre), 1.9, 1.9)
        else:
            painter.translate(mark.x, mark.y)
            painter.scale(mark.size / FONT_PX, mark.size / FONT_PX)
            painter.setFont(font)
            painter.setPen(QColor(mark.colour))
            width = painter.fontMetrics().horizontalAdvance(mark.text)
            painter.drawText(QPointF(-width / 2, 0), mark.text)
        painter.restore()
    painter.end()
    return image


@pytest.mark.parametrize("as_figures", [False, True])
def test_stamped_symbols_match_symbols_drawn_one_by_one(qapp, as_figures):
    sheet = _symbols(as_figures)
    stamped = _image(sheet)
    painter = _painter(stamped)
    paint_sheet(painter, sheet, K)
    painter.end()
    direct = _direct(sheet)
    differences = []
    for y in range(stamped.height()):
        for x in range(stamped.width()):
            a, b = stamped.pixelColor(x, y), direct.pixelColor(x, y)
            differences.append(max(abs(a.red() - b.red()), abs(a.green() - b.green())))
    differences.sort()
    red = sum(
        1
        for y in range(0, stamped.height(), 3)
        for x in range(0, stamped.width(), 3)
        if stamped.pixelColor(x, y).name() == "#c0392b"
    )
    assert red > 500  # the discs are there
    # only edge pixels differ, by what an eighth of a pixel changes in their coverage
    assert differences[len(differences) * 999 // 1000] <= 96
    assert sum(differences) / len(differences) < 1.0  # one pixel off fails both


def test_the_png_export_is_opaque_rgb(qapp, tmp_path):
    """White paper has no transparency to keep: RGB, not RGBA (a quarter less to encode)."""
    import uuid

    from PIL import Image

    from score_desktop.domain.floorplan import FloorPlan, PlanItem, PlanItemKind
    from score_desktop.domain.geometry import Point
    from score_desktop.gui.floorplan.export import PlanExport, export_png
    from score_desktop.services.plan_sheet.build import PinOptions
    from score_desktop.services.plan_sheet.content import PlanContent

    plan = FloorPlan(uuid.uuid4(), "Hall", metres_per_unit=0.01)
    zone = PlanItem(
        plan.id, PlanItemKind.ZONE, (Point(0, 0), Point(500, 0), Point(500, 300), Point(0, 300))
    )
    path = tmp_path / "hall.png"
    export_png(PlanExport(PlanContent(plan, [zone]), PinOptions(None), "Hall"), path, 150)
    with Image.open(path) as image:
        assert image.mode == "RGB"
        assert image.getpixel((2, 2)) == (255, 255, 255)
