"""Names on the sheet: machine, zone and free labels, each where it hides no pin, register
tag, symbol or other name (zone names also keep off machines).

A name is fitted to its room (`labels.fit_text`: whole, wrapped, smaller), placed nearest the
room's middle; if no setting fits, or no place in the room is free, it is led out beside the
room with a thin line to it; only when the sheet has no free place near it either is it
written over its room.

Everything about a name that does not depend on the others (its room, its settings) is
worked out first; on a crowded sheet, which of its lead-out places the symbols and pins
already cover is then found for all names at once (`crowding.covered_lead_outs`)."""

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ...domain.floorplan import PlanItem, PlanItemKind
from ...domain.geometry import Point, centroid
from ...domain.plan_style import LABEL_PRINT_MM, STYLES
from .content import box_corners
from .crowding import covered_lead_outs
from .furniture import PT, TEXT_DARK
from .labels import LEADING, Box, FittedText, Placer, fit_text
from .marks import CircleMark, Mark, PathMark, Stroke, TextMark
from .measure import TextMeasure

ROOM_INSET = 0.8  # mm kept clear inside a room's outline (its wall is drawn there)
HALF_CAP = 0.36  # half a capital's height, of the em: the baseline under a centred line
Xy = tuple[float, float]
# Names certain to be led out (no setting fits their room) from which their places are
# tested at once: below this a sheet's names take less time one by one than numpy's set-up.
CROWDED = 200


@dataclass(slots=True)
class _Name:
    """One name, ready to place: its text set to fit its `room` (`fitted`, or None when no
    setting fits), the setting it is led out with (`lead`), and where its room's middle is."""

    room: Box
    fitted: FittedText | None
    lead: FittedText | None
    centre: Xy
    colour: str
    covered: Sequence[bool] | None = None  # its lead-out places known to be taken


def _extent(outline: list[Xy]) -> Box:
    xs, ys = [p[0] for p in outline], [p[1] for p in outline]
    return (min(xs), min(ys), max(xs), max(ys))


class SheetNames:
    """Writes the names of a sheet's items into its marks; `xy` turns a plan point into mm
    on the sheet, `k` is mm per plan unit, `sheet` the drawing's box (where names may go)."""

    def __init__(
        self,
        marks: list[Mark],
        measure: TextMeasure,
        xy: Callable[[Point], Xy],
        k: float,
        sheet: Box,
    ):
        self.marks, self.measure, self.xy, self.k, self.sheet = marks, measure, xy, k, sheet

    def draw(
        self,
        boxes: list[PlanItem],
        areas: list[PlanItem],
        labels: list[PlanItem],
        taken: list[Box],
    ) -> None:
        """Names of machines and stairs (`boxes`), then of zones, aisles and stores (`areas`),
        then `labels`, each in drawing order; `taken`: the symbols, pins and tags drawn."""
        placer = Placer(taken)
        extents = [_extent([self.xy(p) for p in box_corners(item)]) for item in boxes]
        machines = [
            self._name(item.label, item.points[0], extent, TEXT_DARK, small=True)
            for item, extent in zip(boxes, extents, strict=True)
            if item.label
        ]
        rooms = []
        for item in areas:
            lines = [item.label]
            if item.kind is PlanItemKind.ZONE and (item.workers_women or item.workers_men):
                lines.append(f"♀ {item.workers_women}  ♂ {item.workers_men}")
            text = "\n".join(line for line in lines if line)
            if text:
                extent = _extent([self.xy(p) for p in item.points])
                colour = STYLES[item.kind].stroke
                rooms.append(self._name(text, centroid(item.points), extent, colour))
        self._crowding(machines + rooms, taken)
        for name in machines:
            self._place(placer, name)
        for extent in extents:
            placer.take(extent)
        for name in rooms:
            self._place(placer, name)
        for item in labels:
            self._free_label(placer, item)

    def _name(self, text, centre, extent: Box, colour, small=False) -> "_Name":
        """`extent`: the room's outline's box on the sheet."""
        left, top, right, bottom = extent
        inset = min(ROOM_INSET, (right - left) / 4, (bottom - top) / 4)
        room = (left + inset, top + inset, right - inset, bottom - inset)
        preferred, smallest = LABEL_PRINT_MM
        if small:
            preferred -= PT
        fitted = fit_text(
            text,
            room[2] - room[0] - 0.6,
            room[3] - room[1] - 0.6,
            (preferred, smallest),
            self.measure,
        )
        lead = fitted
        if fitted is None:  # no setting fits the room: the name is led out at its own size
            sheet_w, sheet_h = self.sheet[2] - self.sheet[0], self.sheet[3] - self.sheet[1]
            lead = fit_text(text, sheet_w * 0.3, sheet_h, (preferred, smallest), self.measure)
        return _Name(room, fitted, lead, self.xy(centre), colour)

    def _crowding(self, names: list["_Name"], taken: list[Box]) -> None:
        """On a crowded sheet, flags each certain lead-out's places the symbols, pins and
        tags (`taken`, placed before any name) already cover."""
        leaving: list[tuple[_Name, FittedText]] = []
        for name in names:
            if name.fitted is None and name.lead is not None:
                leaving.append((name, name.lead))
        if len(leaving) < CROWDED:
            return
        rooms = [(name.room, lead) for name, lead in leaving]
        for (name, _lead), flags in zip(
            leaving, covered_lead_outs(taken, rooms, self.sheet), strict=True
        ):
            name.covered = flags

    def _place(self, placer: Placer, name: "_Name") -> None:
        if name.fitted is not None:
            place = placer.place(name.centre, name.fitted, name.room)
            if place is not None:
                self._lines(name.fitted, place, name.colour)
                return
        fitted = name.lead
        if fitted is None:
            return
        # beside the room, with a line to it (unless every place there is known taken)
        if name.covered is not None and all(name.covered):
            place = None
        else:
            place = placer.lead_out(name.room, fitted, self.sheet, name.covered)
        if place is None:  # nowhere free on the sheet: over the room after all
            place = name.centre
        else:
            self._leader(name.centre, place, fitted, name.colour)
        self._lines(fitted, place, name.colour)

    def _free_label(self, placer: Placer, item: PlanItem) -> None:
        """A label the user placed: at its size on paper (within reading limits), moved only
        as far as it takes to clear a pin."""
        size = (
            max(LABEL_PRINT_MM[1], min(item.font_size * self.k, 14 * PT))
            if item.font_size
            else LABEL_PRINT_MM[0]
        )
        sheet_w, sheet_h = self.sheet[2] - self.sheet[0], self.sheet[3] - self.sheet[1]
        fitted = fit_text(item.label, sheet_w, sheet_h, (size, size), self.measure)
        if fitted is None:
            return
        centre = self.xy(item.points[0])
        place = placer.place(centre, fitted, self.sheet) or centre
        self._lines(fitted, place, STYLES[item.kind].stroke)

    def _lines(self, fitted: FittedText, centre: Xy, colour: str) -> None:
        x, y = centre
        line_h = fitted.size * LEADING
        top = y - fitted.height / 2
        for i, line in enumerate(fitted.lines):
            baseline = top + line_h * (i + 0.5) + fitted.size * HALF_CAP
            self.marks.append(TextMark(x, baseline, line, fitted.size, colour, group="label"))

    def _leader(self, start: Xy, end: Xy, fitted: FittedText, colour: str) -> None:
        """A thin line from the room to the near edge of its led-out name."""
        ex, ey = end
        sx, sy = start
        half_w, half_h = fitted.width / 2 + 0.3, fitted.height / 2 + 0.3
        dx, dy = sx - ex, sy - ey
        t = min(half_w / abs(dx) if dx else math.inf, half_h / abs(dy) if dy else math.inf, 1.0)
        edge = (ex + dx * t, ey + dy * t)
        stroke = Stroke(colour, 0.25, cap="round")
        self.marks.append(PathMark((start, edge), False, stroke, group="label"))
        self.marks.append(CircleMark(start, 0.4, colour, group="label"))
