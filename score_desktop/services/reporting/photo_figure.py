"""A photo placed in a report: the print-sized JPEG with its annotations drawn on top as
vectors (never burnt into the pixels), and its caption under it."""

import math

from reportlab.lib import colors
from reportlab.platypus import Flowable

from ...domain.errors import KnownProblemError
from ...domain.photo import Annotation, AnnotationKind, Photo
from .layout import MUTED, Writer
from .text import clean, fit_line, font_runs

LINE_WIDTH_FRACTION = 0.006  # of the photo's longer side, as on screen
TEXT_HEIGHT_FRACTION = 0.045  # of the photo's height
CAPTION_ROOM = 11.0


def fitted(photo: Photo, width: float, height: float) -> tuple[float, float]:
    """The photo's size scaled to fit `width` × `height` points, aspect kept."""
    ratio = min(width / max(photo.width, 1), height / max(photo.height, 1))
    return photo.width * ratio, photo.height * ratio


class PhotoFigure(Flowable):
    """`load` reads the photo's bytes (verified by the repository) when first drawn."""

    def __init__(self, photo: Photo, load, writer: Writer, width: float, height: float, label=""):
        super().__init__()
        self.photo, self.load, self.writer = photo, load, writer
        self.box_width, self.box_height = width, height
        self.image_width, self.image_height = fitted(photo, width, height)
        self.label = label

    def wrap(self, available_width, available_height):
        return self.box_width, self.image_height + CAPTION_ROOM

    def reserve(self) -> None:
        self.writer.images.reserve(self.photo.sha256, self.image_width, self.image_height)

    def prepare(self) -> str | None:
        """Prepare the print JPEG now (progress is counted per photo); None if the bytes are
        missing, damaged or do not decode (reported once, the report goes on)."""
        if self.photo.sha256 in self.writer.unreadable:
            return None
        try:
            return self.writer.images.path_for(
                self.photo.sha256,
                lambda: self.load(self.photo.sha256),
                self.image_width,
                self.image_height,
            )
        except KnownProblemError as exc:
            self.writer.unreadable.add(self.photo.sha256)
            self.writer.problems.append(f"{self.photo.original_name or self.photo.id}: {exc}")
            return None

    def draw(self) -> None:
        c = self.canv
        x = (self.box_width - self.image_width) / 2
        y = CAPTION_ROOM
        path = self.prepare()
        if path is None:
            c.setStrokeColor(MUTED)
            c.rect(x, y, self.image_width, self.image_height)
            self._line(self.writer.t("Photo could not be read"), x + 4, y + self.image_height / 2)
        else:
            c.drawImage(path, x, y, self.image_width, self.image_height)
            draw_annotations(
                c, self.photo.annotations, x, y, self.image_width, self.image_height, self.writer
            )
        caption = " · ".join(part for part in (self.label, self.photo.caption) if part)
        if caption:
            c.setFillColor(MUTED)
            self._line(_shorten(caption, c, self.writer, self.box_width), x, 2)

    def _line(self, text: str, x: float, y: float, size: float = 7.5) -> None:
        c = self.canv
        for font, run in font_runs(text, self.writer.fonts.regular, self.writer.uncovered):
            c.setFont(font, size)
            c.drawString(x, y, run)
            x += c.stringWidth(run, font, size)


def _shorten(text: str, canvas, writer: Writer, width: float, size: float = 7.5) -> str:
    chain = writer.fonts.regular

    def measure(line: str) -> float:
        return sum(canvas.stringWidth(run, font, size) for font, run in font_runs(line, chain))

    return fit_line(clean(text), width, measure)


def draw_annotations(c, annotations, x, y, w, h, writer: Writer) -> None:
    """Marks in fractions of the photo (y from the top) onto the box at (x, y) (y up)."""
    width = max(1.0, LINE_WIDTH_FRACTION * max(w, h))

    def at(fraction):
        return x + fraction[0] * w, y + h - fraction[1] * h

    for annotation in annotations:
        c.saveState()
        colour = colors.HexColor(annotation.colour)
        c.setStrokeColor(colour)
        c.setLineWidth(width)
        c.setLineCap(1)
        c.setLineJoin(1)
        points = [at(p) for p in annotation.points]
        kind = annotation.kind
        if kind is AnnotationKind.ARROW:
            (tx, ty), (hx, hy) = points
            c.line(tx, ty, hx, hy)
            size = 4 * width
            angle = math.atan2(hy - ty, hx - tx)
            for side in (-1, 1):
                wing = angle + math.pi + side * math.radians(28)
                c.line(hx, hy, hx + math.cos(wing) * size, hy + math.sin(wing) * size)
        elif kind in (AnnotationKind.ELLIPSE, AnnotationKind.RECTANGLE):
            (ax, ay), (bx, by) = points
            if kind is AnnotationKind.ELLIPSE:
                c.ellipse(min(ax, bx), min(ay, by), max(ax, bx), max(ay, by), stroke=1, fill=0)
            else:
                c.rect(min(ax, bx), min(ay, by), abs(bx - ax), abs(by - ay), stroke=1, fill=0)
        elif kind is AnnotationKind.FREEHAND:
            path = c.beginPath()
            path.moveTo(*points[0])
            for px, py in points[1:]:
                path.lineTo(px, py)
            c.drawPath(path, stroke=1, fill=0)
        else:
            _text_mark(c, annotation, points[0], h, colour, writer)
        c.restoreState()


def _text_mark(c, annotation: Annotation, origin, h, colour, writer: Writer) -> None:
    size = max(6.0, TEXT_HEIGHT_FRACTION * h)
    pad = size * 0.25
    runs = font_runs(annotation.text.replace("\n", " "), writer.fonts.bold, writer.uncovered)
    text_width = sum(c.stringWidth(r, f, size) for f, r in runs)
    left, top = origin
    c.setFillColor(colors.black)
    c.setFillAlpha(0.6)
    c.rect(left, top - size - 2 * pad, text_width + 2 * pad, size + 2 * pad, stroke=0, fill=1)
    c.setFillAlpha(1.0)
    c.setFillColor(colour)
    x = left + pad
    for font, run in runs:
        c.setFont(font, size)
        c.drawString(x, top - size - pad * 0.6, run)
        x += c.stringWidth(run, font, size)
