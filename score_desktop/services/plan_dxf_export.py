"""The traced plan as a DXF drawing for CAD tools (LibreCAD, AutoCAD, QCAD), through ezdxf.

In metres ($INSUNITS 6), y up as CAD draws it (the plan's y runs down the screen), one layer
per kind of thing so a CAD user can switch them: zones, walls (with their thickness as the
polyline's width), doors, exits, machines, hazards (a circle with the register number as
TEXT). Names go on as TEXT at a fixed height on paper-independent metres (MTEXT when they
hold line breaks), escaped so that CAD shows them as typed (`dxf_text`: `%%c`, `^J`, `\\P`
are codes in DXF strings). Written to a temporary file and renamed, so a failed export
leaves nothing.
"""

import re
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import ezdxf
from ezdxf.enums import TextEntityAlignment

from ..domain import text as domain_text
from ..domain.errors import KnownProblemError
from ..domain.floorplan import PlanItemKind, Shape
from ..domain.geometry import Point, centroid
from .plan_sheet.content import PlanContent, outline
from .reporting.progress import NO_PROGRESS, ExportProgress
from .written_files import written_in_place

# (layer name, ACI colour) per kind: the kinds a consultant traces, grouped as CAD users
# expect to switch them.
LAYER_OF_KIND = {
    PlanItemKind.ZONE: ("ZONES", 5),
    PlanItemKind.AISLE: ("AISLES", 8),
    PlanItemKind.STORAGE: ("STORAGE", 30),
    PlanItemKind.WALL: ("WALLS", 7),
    PlanItemKind.DOOR: ("DOORS", 4),
    PlanItemKind.EMERGENCY_EXIT: ("EXITS", 3),
    PlanItemKind.MACHINE: ("MACHINES", 6),
    PlanItemKind.STAIRS: ("STAIRS", 8),
    PlanItemKind.FIRE_EXTINGUISHER: ("SAFETY", 1),
    PlanItemKind.FIRST_AID: ("SAFETY", 1),
    PlanItemKind.EYEWASH: ("SAFETY", 1),
    PlanItemKind.LABEL: ("LABELS", 7),
}
HAZARDS_LAYER = ("HAZARDS", 1)
NAMES_LAYER = ("NAMES", 7)
TEXT_M = 0.25  # names and numbers: 25 cm tall in the drawing
PIN_RADIUS_M = 0.3
SYMBOL_RADIUS_M = 0.2
DEFAULT_WALL_M = 0.15


class DxfExportError(KnownProblemError):
    """The DXF could not be written."""


@dataclass(frozen=True)
class DxfExportResult:
    layers: dict[str, int]  # entities per layer
    replaced: int  # characters a DXF cannot hold, written as U+FFFD


def write_plan_dxf(
    content: PlanContent,
    path: Path,
    numbers: dict[uuid.UUID, int] | None = None,
    progress: ExportProgress = NO_PROGRESS,
) -> DxfExportResult:
    """Write `content` to `path`; `numbers` are the hazards' register numbers. `progress`
    reports and may cancel (ExportCancelled) before anything is written."""
    doc = ezdxf.new("R2010", setup=True)
    doc.units = ezdxf.units.M
    doc.header["$INSUNITS"] = ezdxf.units.M
    doc.header["$MEASUREMENT"] = 1  # metric
    writer = _Writer(doc, content.plan.metres_per_unit)
    total = len(content.items) + 1
    for number, item in enumerate(content.items):
        if number % 500 == 0:
            progress.step(number, total, "items")
        writer.item(item)
    for hazard in content.hazards:
        if hazard.position is not None:
            register = (numbers or {}).get(hazard.id)
            writer.hazard(hazard.position, str(register) if register else hazard.title)
    progress.step(total - 1, total, "writing")
    try:
        with written_in_place(path, ".plan-") as temporary:
            doc.saveas(temporary, encoding="utf-8")
    except OSError as exc:
        raise DxfExportError(f"Cannot write {path}: {exc.strerror or exc}.") from exc
    return DxfExportResult(dict(writer.counts), writer.replaced)


class _Writer:
    def __init__(self, doc, metres_per_unit: float):
        self.doc = doc
        self.msp = doc.modelspace()
        self.scale = metres_per_unit
        self.counts: Counter = Counter()
        self.replaced = 0

    def at(self, p: Point) -> tuple[float, float]:
        return (p.x * self.scale, -p.y * self.scale)

    def layer(self, spec: tuple[str, int]) -> dict:
        name, colour = spec
        if name not in self.doc.layers:
            self.doc.layers.add(name, color=colour)
        self.counts[name] += 1
        return {"layer": name}

    def item(self, item) -> None:
        spec = LAYER_OF_KIND[item.kind]
        points = [self.at(p) for p in outline(item)]
        shape = item.shape
        if shape is Shape.SEGMENT:
            attribs = self.layer(spec)
            if item.kind is PlanItemKind.WALL:
                width = (item.thickness * self.scale) if item.thickness else DEFAULT_WALL_M
                self.msp.add_lwpolyline(points, dxfattribs={**attribs, "const_width": width})
            else:
                self.msp.add_line(points[0], points[1], dxfattribs=attribs)
        elif shape is Shape.POINT:
            if item.kind is PlanItemKind.LABEL:
                self.text(spec, item.label, points[0], (item.font_size * self.scale) or TEXT_M)
                return
            self.msp.add_circle(points[0], SYMBOL_RADIUS_M, dxfattribs=self.layer(spec))
        else:
            self.msp.add_lwpolyline(points, close=True, dxfattribs=self.layer(spec))
        if item.label and shape is not Shape.SEGMENT:
            middle = centroid(outline(item)) if shape is not Shape.POINT else item.points[0]
            self.text(
                NAMES_LAYER if shape is not Shape.POINT else spec, item.label, self.at(middle)
            )

    def hazard(self, position: Point, label: str) -> None:
        centre = self.at(position)
        self.msp.add_circle(centre, PIN_RADIUS_M, dxfattribs=self.layer(HAZARDS_LAYER))
        self.text(HAZARDS_LAYER, label, centre)

    def text(self, spec, words: str, at: tuple[float, float], height: float = TEXT_M) -> None:
        clean, count = domain_text.replaced(words)
        self.replaced += count
        attribs = self.layer(spec)
        if needs_mtext(clean):
            attribs.update(char_height=height, insert=at, attachment_point=5)  # middle centre
            self.msp.add_mtext(dxf_mtext(clean), dxfattribs=attribs)
            return
        entity = self.msp.add_text(dxf_text(clean), height=height, dxfattribs=attribs)
        entity.set_placement(at, align=TextEntityAlignment.MIDDLE_CENTER)


# Escaping user text. In every DXF string `^X` is a control character (caret notation: a
# literal caret is `^ `), and in TEXT and MTEXT `%%` starts a code (`%%c` Ø, `%%d` °, `%%p` ±,
# `%%u` underline, `%%nnn` a character), `%%%` being a literal percent sign. MTEXT adds
# backslash codes (`\P` a new line) and braces (groups). A lone `%` is no code: "50%" stays.
_PERCENTS = re.compile("%{2,}")
_CONTROL = re.compile("[\x00-\x1f]")
LINE_BREAK = re.compile("\r\n?|\n")


def _escaped(text: str) -> str:
    text = _PERCENTS.sub(lambda m: "%%%" * len(m.group()), text)
    text = text.replace("^", "^ ")
    return _CONTROL.sub(lambda m: "^" + chr(ord(m.group()) + 64), text)  # a tab: ^I


def needs_mtext(text: str) -> bool:
    """Line breaks need MTEXT; so does a closing caret, which ezdxf's TEXT reader drops."""
    return bool(LINE_BREAK.search(text)) or text.endswith("^")


def dxf_text(text: str) -> str:
    """One line of user text as a TEXT entity's string."""
    return _escaped(text)


def dxf_mtext(text: str) -> str:
    """User text as MTEXT content, each line break (CR LF, CR or LF) a paragraph."""
    text = text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")
    lines = LINE_BREAK.split(text)
    return "\\P".join(_escaped(line) for line in lines)
