"""A CAD drawing (DXF) as a plan background, through ezdxf.

Factories often hold their hall's layout as a DXF. It is read in two steps so the user can
choose layers in between: `read_dxf` parses the file (blocks expanded, curves flattened,
lengths kept in the drawing's units) and `render_dxf` draws the chosen layers into the same
image a scan or PDF page becomes (`plan_background.PreparedImage`), at a stated resolution.
Because the drawing states its units ($INSUNITS), the image's metres per pixel are known and
the background is placed at true scale without calibration.

Handled: LINE, LWPOLYLINE, POLYLINE (2D), CIRCLE, ARC, TEXT, MTEXT, and INSERT (blocks,
nested ones and arrays too). Every other entity is skipped and counted by type. Failures raise
`BackgroundImportError` (a known problem: nothing was changed); `progress` reports and
may cancel (`ExportCancelled`) between entities and layers.
"""

import functools
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import ezdxf
from ezdxf import recover
from ezdxf.entities import DXFGraphic
from ezdxf.enums import InsertUnits
from ezdxf.math import Matrix44
from ezdxf.path import Path as CurvePath
from ezdxf.path import make_path
from PIL import Image, ImageDraw, ImageFont

from .plan_background import MAX_PIXELS, BackgroundImportError, PreparedImage, _encode
from .reporting.fonts import FontsMissingError, report_fonts
from .reporting.progress import NO_PROGRESS, ExportProgress
from .reporting.text import clean, font_runs
from .user_files import UnreadableFileError, read_user_file

# $INSUNITS codes ezdxf knows, in metres; 0 (unitless) is read as millimetres, the usual
# unit of building drawings, and the user is told to check.
UNIT_NAMES = {1: "in", 2: "ft", 4: "mm", 5: "cm", 6: "m"}
UNITLESS_AS = 4
PIXELS_PER_METRE = 100  # 1 cm a pixel: finer than anyone traces
MAX_SIDE_PX = 8000  # a larger hall is drawn coarser, never cut
LINE_PX = 2
EM_PER_HEIGHT = 1.4  # a DXF text's height is its capitals', about 0.7 of the font's em
MARGIN_PX = 20
CURVE_SEGMENTS = 2000  # curves flattened to 1/this of the drawing's size

LINEAR = ("LINE", "LWPOLYLINE", "POLYLINE", "CIRCLE", "ARC")
TEXTS = ("TEXT", "MTEXT")


@dataclass(frozen=True)
class DxfText:
    x: float
    y: float
    height: float
    rotation: float  # degrees, counter-clockwise (CAD's y up)
    text: str
    # where (x, y) sits on the text: the share of its width left of the point (0 left,
    # 0.5 centre, 1 right) and of its height below it (0 base line, 0.5 middle, 1 top)
    align: tuple[float, float] = (0.0, 0.0)


@dataclass
class DxfLayer:
    """One layer's drawable content, in drawing units, y up."""

    name: str
    lines: list[list[tuple[float, float]]] = field(default_factory=list)
    texts: list[DxfText] = field(default_factory=list)
    curves: list[CurvePath] = field(default_factory=list)  # read, not yet flattened

    @property
    def count(self) -> int:
        return len(self.lines) + len(self.curves) + len(self.texts)


@dataclass
class DxfDrawing:
    source_name: str
    units: int  # the $INSUNITS code used (UNITLESS_AS where the file states none)
    units_stated: bool
    layers: dict[str, DxfLayer]
    skipped: Counter

    @property
    def metres_per_unit(self) -> float:
        return _metres(self.units)

    @property
    def unit_name(self) -> str:
        return UNIT_NAMES.get(self.units) or ezdxf.units.unit_name(self.units)

    def extent(self, layers: Iterable[str]) -> tuple[float, float, float, float] | None:
        xs: list[float] = []
        ys: list[float] = []
        for name in layers:
            layer = self.layers[name]
            for line in layer.lines:
                xs += [p[0] for p in line]
                ys += [p[1] for p in line]
            for t in layer.texts:  # as wide as the fonts that draw it set it
                width = t.height * _width_in_heights(t.text)
                xs += [t.x - t.align[0] * width, t.x + (1 - t.align[0]) * width]
                ys += [t.y - t.align[1] * t.height, t.y + (1 - t.align[1]) * t.height]
        if not xs:
            return None
        return min(xs), min(ys), max(xs), max(ys)


@dataclass(frozen=True)
class RenderedDxf:
    image: PreparedImage
    metres_per_pixel: float
    origin: tuple[float, float]  # the image's top-left corner in drawing units (y up)
    skipped: dict[str, int]  # entities not drawn, by type


def read_dxf(path: Path, progress: ExportProgress = NO_PROGRESS) -> DxfDrawing:
    """Parse `path` into layers of polylines and texts; raises BackgroundImportError."""
    path = Path(path)
    try:
        read_user_file(path, head=1)  # a regular file (a pipe is refused, never waited on)
    except UnreadableFileError as exc:
        raise BackgroundImportError(f"{path.name} {exc}") from exc
    progress.step(0, 100, "read")
    try:
        doc = _load(path)
    except (ezdxf.DXFError, UnicodeDecodeError, OSError, ValueError, IndexError) as exc:
        raise BackgroundImportError(
            f"{path.name} is not a DXF drawing that can be read: {exc}"
        ) from exc
    progress.step(30, 100, "read")
    stated = int(doc.header.get("$INSUNITS", 0) or 0)
    units = stated if _known_unit(stated) else UNITLESS_AS
    drawing = DxfDrawing(path.name, units, units == stated, {}, Counter())
    entities = list(doc.modelspace())
    blocks = _Blocks(drawing, doc)
    for number, entity in enumerate(entities):
        _collect(drawing, entity, blocks)
        if number % 500 == 0:
            progress.step(30 + 60 * number // len(entities), 100, "entities")
    drawing.layers = {name: layer for name, layer in sorted(drawing.layers.items()) if layer.count}
    if not drawing.layers:
        raise BackgroundImportError(
            f"{path.name} holds nothing this application can draw (lines, polylines, "
            "circles, arcs or texts in model space)."
        )
    _flatten_curves(drawing)
    return drawing


def _load(path: Path):
    """The strict reader first; a file it refuses goes to the one that repairs what it can,
    which is four times slower (70,000 entities: 26 s against 6 s)."""
    try:
        return ezdxf.readfile(path)
    except (ezdxf.DXFError, UnicodeDecodeError, OSError, ValueError, IndexError):
        pass
    doc, _auditor = recover.readfile(path)
    return doc


def _metres(code: int) -> float:
    return ezdxf.units.conversion_factor(InsertUnits(code), InsertUnits.Meters)


def _known_unit(code: int) -> bool:
    if code == 0:
        return False
    try:
        return _metres(code) > 0
    except (KeyError, IndexError, ValueError):
        return False


def _collect(drawing: DxfDrawing, entity: DXFGraphic, blocks: "_Blocks") -> None:
    kind = entity.dxftype()
    layer_name = entity.dxf.get("layer", "0")
    if kind == "INSERT":
        blocks.insert(entity, layer_name, Matrix44(), 0)
        return
    layer = drawing.layers.setdefault(layer_name, DxfLayer(layer_name))
    if kind in LINEAR:
        try:
            path = make_path(entity)
        except (TypeError, ValueError, ezdxf.DXFError):
            drawing.skipped[kind] += 1
            return
        layer.curves.append(path)  # flattened once the drawing's size is known
    elif kind in TEXTS:
        text = _text_of(entity)
        if text is None:
            drawing.skipped[kind] += 1
        elif text.text.strip():
            layer.texts.append(text)
    else:
        drawing.skipped[kind] += 1


class _Blocks:
    """Block contents read once per block and placed by each INSERT's transformation (its
    paths and texts moved, not the entities copied: ezdxf's virtual entities took 9 s for
    10,000 inserts). Entities on layer "0" inside a block take the layer of the INSERT, as
    CAD shows them."""

    def __init__(self, drawing: DxfDrawing, doc):
        self.drawing, self.doc = drawing, doc
        self.contents: dict[str, list | None] = {}

    def _content(self, name: str) -> list | None:
        if name in self.contents:
            return self.contents[name]  # None: missing, or being read (a block in itself)
        self.contents[name] = None
        block = self.doc.blocks.get(name)
        if block is None:
            return None
        content: list = []
        for entity in block:
            kind = entity.dxftype()
            layer = entity.dxf.get("layer", "0")
            if kind == "INSERT":
                content.append(("insert", layer, entity))
            elif kind in LINEAR:
                try:
                    content.append(("path", layer, make_path(entity)))
                except (TypeError, ValueError, ezdxf.DXFError):
                    content.append(("skip", kind, None))
            elif kind in TEXTS:
                text = _text_of(entity)
                if text is None:
                    content.append(("skip", kind, None))
                elif text.text.strip():
                    content.append(("text", layer, text))
            else:
                content.append(("skip", kind, None))
        self.contents[name] = content
        return content

    def insert(self, entity, layer_name: str, outer: Matrix44, depth: int) -> None:
        drawing = self.drawing
        content = self._content(entity.dxf.name) if depth < 16 else None
        if content is None:
            drawing.skipped["INSERT"] += 1
            return
        try:
            placements = (
                [m.matrix44() for m in entity.multi_insert()]
                if entity.mcount > 1
                else [entity.matrix44()]
            )
        except (ezdxf.DXFError, ValueError, ZeroDivisionError, ArithmeticError):
            drawing.skipped["INSERT"] += 1
            return
        for placement in placements:
            matrix = placement @ outer
            for what, layer, thing in content:
                if what == "skip":
                    drawing.skipped[layer] += 1
                    continue
                target = layer_name if layer == "0" else layer
                if what == "insert":
                    self.insert(thing, target, matrix, depth + 1)
                    continue
                bucket = drawing.layers.setdefault(target, DxfLayer(target))
                if what == "path":
                    bucket.curves.append(thing.transform(matrix))
                else:
                    bucket.texts.append(_moved_text(thing, matrix))


def _moved_text(text: DxfText, matrix: Matrix44) -> DxfText:
    x, y, _z = matrix.transform((text.x, text.y, 0))
    up = matrix.transform_direction((0, text.height, 0))
    along = matrix.transform_direction((1, 0, 0))
    turned = math.degrees(math.atan2(along.y, along.x))
    return DxfText(x, y, up.magnitude, text.rotation + turned, text.text, text.align)


_TEXT_H = {1: 0.5, 2: 1.0, 4: 0.5}  # TEXT halign: center, right, middle
_TEXT_V = {2: 0.5, 3: 1.0}  # TEXT valign: middle, top (bottom is taken as the base line)


def _text_of(entity) -> DxfText | None:
    """TEXT and the first line of MTEXT, anchored as CAD anchors them."""
    try:
        dxf = entity.dxf
        if entity.dxftype() == "TEXT":
            halign, valign = dxf.get("halign", 0), dxf.get("valign", 0)
            if halign in (3, 5) or (halign == 0 and valign == 0):  # aligned, fit, left
                x, y, _z = dxf.insert
                return DxfText(x, y, dxf.height, dxf.rotation, entity.plain_text())
            x, y, _z = dxf.get("align_point", dxf.insert)
            vertical = 0.5 if halign == 4 else _TEXT_V.get(valign, 0.0)
            align = (_TEXT_H.get(halign, 0.0), vertical)
            return DxfText(x, y, dxf.height, dxf.rotation, entity.plain_text(), align)
        x, y, _z = dxf.insert
        row, column = divmod(dxf.get("attachment_point", 1) - 1, 3)  # 1: top left … 9
        first = "".join(entity.plain_text().splitlines()[:1])
        align = (column / 2, (1.0, 0.5, 0.0)[row])
        return DxfText(x, y, dxf.char_height, entity.get_rotation(), first, align)
    except (AttributeError, ValueError, IndexError, ezdxf.DXFError):
        return None


def _flatten_curves(drawing: DxfDrawing) -> None:
    """ezdxf paths to point lists, with arcs split finely for the drawing's size."""
    xs: list[float] = []
    ys: list[float] = []
    for layer in drawing.layers.values():
        for path in layer.curves:
            for v in path.control_vertices():
                xs.append(v.x)
                ys.append(v.y)
    size = max(max(xs) - min(xs), max(ys) - min(ys)) if xs else 1.0
    tolerance = max(size / CURVE_SEGMENTS, 1e-9)
    for layer in drawing.layers.values():
        for path in layer.curves:
            points = [(v.x, v.y) for v in path.flattening(tolerance)]
            if len(points) >= 2:
                layer.lines.append(points)
        layer.curves = []


def render_dxf(
    drawing: DxfDrawing, layers: Iterable[str], progress: ExportProgress = NO_PROGRESS
) -> RenderedDxf:
    """The chosen layers drawn black on white at PIXELS_PER_METRE (coarser for a hall too
    large for MAX_SIDE_PX); raises BackgroundImportError when they hold nothing."""
    chosen = [name for name in layers if name in drawing.layers]
    extent = drawing.extent(chosen)
    if extent is None:
        raise BackgroundImportError("The chosen layers hold nothing to draw; choose others.")
    x0, y0, x1, y1 = extent
    metres = drawing.metres_per_unit
    width_m, height_m = max((x1 - x0) * metres, 1e-6), max((y1 - y0) * metres, 1e-6)
    room = MAX_SIDE_PX - 2 * MARGIN_PX
    pixels_per_metre = min(PIXELS_PER_METRE, room / width_m, room / height_m)
    pixels_per_metre = min(pixels_per_metre, math.sqrt(MAX_PIXELS / (width_m * height_m)))
    px_per_unit = pixels_per_metre * metres
    width = round(width_m * pixels_per_metre) + 2 * MARGIN_PX
    height = round(height_m * pixels_per_metre) + 2 * MARGIN_PX
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)

    def at(x: float, y: float) -> tuple[float, float]:
        return (MARGIN_PX + (x - x0) * px_per_unit, MARGIN_PX + (y1 - y) * px_per_unit)

    for number, name in enumerate(chosen):
        layer = drawing.layers[name]
        for line in layer.lines:
            draw.line([at(*p) for p in line], fill=0, width=LINE_PX, joint="curve")
        for text in layer.texts:
            _draw_text(image, text, at(text.x, text.y), text.height * px_per_unit)
        progress.step(number + 1, len(chosen), name)
    prepared = _encode(image, f"{drawing.source_name} ({drawing.unit_name})")
    metres_per_pixel = 1 / pixels_per_metre
    origin = (x0 - MARGIN_PX / px_per_unit, y1 + MARGIN_PX / px_per_unit)
    return RenderedDxf(prepared, metres_per_pixel, origin, dict(drawing.skipped))


def _draw_text(image: Image.Image, text: DxfText, baseline: tuple[float, float], size: float):
    """A text at its height, on its base line, turned by its rotation; too small to read is
    left out. Each run of it is set in the first report font that has its letters (Chinese,
    Arabic and Vietnamese names were empty boxes in Pillow's own font)."""
    em = max(4, round(size * EM_PER_HEIGHT))
    runs = _font_runs(text.text, em)
    if size < 4 or not runs:
        return
    tops, bottoms, advance = [], [], 0.0
    for font, run in runs:
        _left, top, _right, bottom = font.getbbox(run, anchor="ls")  # top < 0: above the line
        tops.append(top)
        bottoms.append(bottom)
        advance += font.getlength(run)
    top, bottom = min(tops), max(bottoms)
    first_left = runs[0][0].getbbox(runs[0][1], anchor="ls")[0]
    baseline_start = (max(0.0, -first_left), -top)  # the base line's left end in the label
    share_x, share_y = text.align
    origin = (  # the text's insertion point in the label
        baseline_start[0] + share_x * advance,
        baseline_start[1] - share_y * size,
    )
    label = Image.new(
        "L", (max(1, int(baseline_start[0] + advance + em)), max(1, int(bottom - top))), 0
    )
    draw = ImageDraw.Draw(label)
    x = baseline_start[0]
    for font, run in runs:
        draw.text((x, baseline_start[1]), run, fill=255, font=font, anchor="ls")
        x += font.getlength(run)
    turned = label.rotate(text.rotation, expand=True, resample=Image.Resampling.BILINEAR)
    # where the insertion point went, turning about the label's centre (y down)
    angle = math.radians(text.rotation)
    dx, dy = origin[0] - label.width / 2, origin[1] - label.height / 2
    rx = dx * math.cos(angle) + dy * math.sin(angle)
    ry = -dx * math.sin(angle) + dy * math.cos(angle)
    x = baseline[0] - (turned.width / 2 + rx)
    y = baseline[1] - (turned.height / 2 + ry)
    image.paste(0, (round(x), round(y)), turned)


def _font_runs(text: str, em: int) -> list[tuple[ImageFont.FreeTypeFont, str]]:
    """`text` cut into runs, each with the Pillow face of the report font chain's first font
    that covers it (the chain the PDF uses); Pillow's own font where no report font is
    installed."""
    try:
        chain = report_fonts().regular
    except FontsMissingError:
        font = ImageFont.load_default(size=em)
        return [(font, text)] if isinstance(font, ImageFont.FreeTypeFont) else []
    paths = {font.name: str(font.path) for font in chain.fonts}
    return [(_face(paths[name], em), run) for name, run in font_runs(clean(text), chain) if run]


@functools.lru_cache(maxsize=4096)
def _width_in_heights(text: str) -> float:
    """How wide `text` is drawn, in text heights (a CJK word is about twice as wide as a
    Latin one of as many letters)."""
    runs = _font_runs(text, 100)
    if not runs:
        return 0.6 * max(1, len(text))
    return sum(font.getlength(run) for font, run in runs) / 100 * EM_PER_HEIGHT


@functools.lru_cache(maxsize=128)
def _face(path: str, em: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, em)
