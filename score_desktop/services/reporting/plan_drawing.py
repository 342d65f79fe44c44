"""The report's floor plan: the plan sheet (services/plan_sheet, the drawing the PNG and SVG
exports make too) drawn with reportlab as vectors, fitted to the room the page gives it.

This module only translates marks: which marks there are, where names go and how large pins
are on paper is decided once, by the sheet."""

import uuid

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from ...domain.errors import KnownProblemError
from ...domain.hazard import HazardCategory, RiskView
from ...domain.plan_style import PinStyle
from ...domain.risk import RiskMethod
from ..plan_sheet.build import PinOptions, SheetWords, sheet_to_fit
from ..plan_sheet.content import PlanContent
from ..plan_sheet.marks import CircleMark, ImageMark, PathMark, Stroke, SymbolsMark, TextMark
from ..plan_sheet.measure import TextMeasure
from .layout import Writer
from .text import needs_shaping

__all__ = ["PlanContent", "PlanDrawing"]

PT_PER_MM = 72 / 25.4
_CAPS = {"butt": 0, "round": 1, "square": 2}
_JOINS = {"miter": 0, "round": 1, "bevel": 2}


class PlanDrawing(Flowable):
    """A plan scaled to fit `width` × `height` points (the legend is a separate table)."""

    def __init__(
        self,
        content: PlanContent,
        writer: Writer,
        method: RiskMethod | None,
        categories: dict[str, HazardCategory],
        pin_style: PinStyle,
        numbers: dict[uuid.UUID, int],
        width: float,
        height: float,
        north_arrow: bool = False,
        pin_risk: RiskView = RiskView.CURRENT,
    ):
        super().__init__()
        self.content, self.writer = content, writer
        pins = PinOptions(method, categories, pin_style, numbers, pin_risk)
        words = SheetWords(exit=writer.t("EXIT"))
        measure = TextMeasure(writer.fonts, writer.uncovered)
        self.sheet = sheet_to_fit(
            content,
            width / PT_PER_MM,
            height / PT_PER_MM,
            pins,
            words=words,
            north_arrow=north_arrow,
            measure=measure,
        )
        self.measure = measure
        self.width = self.sheet.width * PT_PER_MM
        self.height = self.sheet.height * PT_PER_MM
        self.hAlign = "CENTER"

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def xy(self, x: float, y: float) -> tuple[float, float]:
        """Sheet mm (y down) to the flowable's points (y up)."""
        return x * PT_PER_MM, self.height - y * PT_PER_MM

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(colors.HexColor("#C9D3DC"))
        c.setLineWidth(0.5)
        frame_bottom = self.height - self.sheet.plan_height * PT_PER_MM
        c.rect(0, frame_bottom, self.width, self.sheet.plan_height * PT_PER_MM)
        for mark in self.sheet.marks:
            for drawn in mark.parts() if isinstance(mark, SymbolsMark) else (mark,):
                if isinstance(drawn, PathMark):
                    self._path(drawn)
                elif isinstance(drawn, CircleMark):
                    self._circle(drawn)
                elif isinstance(drawn, TextMark):
                    self._text(drawn)
                elif isinstance(drawn, ImageMark):
                    self._image(drawn)
        c.restoreState()

    def _paint(self, stroke: Stroke | None, fill: str, alpha: float) -> tuple[int, int]:
        c = self.canv
        if stroke is not None:
            c.setStrokeColor(colors.HexColor(stroke.colour))
            c.setLineWidth(stroke.width * PT_PER_MM)
            c.setLineCap(_CAPS[stroke.cap])
            c.setLineJoin(_JOINS[stroke.join])
        if fill:
            c.setFillColor(colors.HexColor(fill))
            c.setFillAlpha(alpha)
        return (1 if stroke is not None else 0), (1 if fill else 0)

    def _path(self, mark: PathMark) -> None:
        c = self.canv
        c.saveState()
        stroke, fill = self._paint(mark.stroke, mark.fill, mark.fill_alpha)
        path = c.beginPath()
        first, *rest = (self.xy(x, y) for x, y in mark.points)
        path.moveTo(*first)
        for x, y in rest:
            path.lineTo(x, y)
        if mark.closed:
            path.close()
        c.drawPath(path, stroke=stroke, fill=fill)
        c.restoreState()

    def _circle(self, mark: CircleMark) -> None:
        c = self.canv
        c.saveState()
        stroke, fill = self._paint(mark.stroke, mark.fill, mark.fill_alpha)
        x, y = self.xy(*mark.centre)
        c.circle(x, y, mark.radius * PT_PER_MM, stroke=stroke, fill=fill)
        c.restoreState()

    def _text(self, mark: TextMark) -> None:
        """One line in the fonts that cover it; a line in a script that needs shaping (Arabic,
        Urdu, Burmese) as a Paragraph, which shapes and orders it."""
        c = self.canv
        if needs_shaping(mark.text):
            self._shaped(mark)
            return
        size = mark.size * PT_PER_MM
        runs = self.measure.runs(mark.text, mark.bold)
        total = sum(c.stringWidth(run, font, size) for font, run in runs)
        c.saveState()
        c.translate(*self.xy(mark.x, mark.y))
        if mark.angle:
            c.rotate(-mark.angle)  # clockwise on the sheet is clockwise on paper
        c.setFillColor(colors.HexColor(mark.colour))
        x = -total / 2 if mark.anchor == "middle" else 0.0
        for font, run in runs:
            c.setFont(font, size)
            c.drawString(x, 0, run)
            x += c.stringWidth(run, font, size)
        c.restoreState()

    def _shaped(self, mark: TextMark) -> None:
        size = mark.size * PT_PER_MM
        style = ParagraphStyle(
            "plan-label",
            fontName=self.writer.fonts.regular.primary.name,
            fontSize=size,
            leading=size * 1.15,
            alignment=TA_CENTER,
            textColor=colors.HexColor(mark.colour),
        )
        para = self.writer.para(mark.text, style, bold=mark.bold)
        w, h = para.wrap(self.measure.width(mark.text, mark.size) * PT_PER_MM * 1.3 + 4, 200)
        x, y = self.xy(mark.x, mark.y)
        if mark.anchor == "start":
            x += w / 2
        para.drawOn(self.canv, x - w / 2, y - size * 0.3)

    def _image(self, mark: ImageMark) -> None:
        loader = self.content.load_background
        if loader is None:
            return
        w, h = mark.width * PT_PER_MM, mark.height * PT_PER_MM
        x, top = self.xy(mark.x, mark.y)
        try:
            image = self.writer.images.path_for(
                str(mark.image_id), lambda: loader(mark.image_id), w, h, fade=1 - mark.opacity
            )
        except KnownProblemError as exc:
            self.writer.problems.append(f"{self.content.plan.name}: {exc}")
            return
        self.canv.drawImage(image, x, top - h, w, h)
