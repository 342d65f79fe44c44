"""Where names go on the sheet: never under a pin or its register tag, never cut.

A name is first tried whole at the preferred size, then wrapped at word breaks, then smaller
down to a floor; if it still does not fit its room (a corridor drawn 8 mm wide) it is led
out: written beside the room with a thin line to it. Each candidate place is checked against
the pins, tags and names already placed, which then keep the place it takes."""

from collections.abc import Sequence
from dataclasses import dataclass

from .measure import TextMeasure

Box = tuple[float, float, float, float]  # left, top, right, bottom in mm
LEADING = 1.18  # line height for an em


@dataclass(frozen=True)
class FittedText:
    lines: tuple[str, ...]
    size: float  # em, mm
    width: float
    height: float


def wrap_words(text: str, size: float, width: float, measure: TextMeasure, bold=False):
    """Greedy word wrap of each paragraph of `text`; a word longer than `width` keeps a line."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            trial = f"{line} {word}" if line else word
            if line and measure.width(trial, size, bold) > width:
                lines.append(line)
                line = word
            else:
                line = trial
        lines.append(line)
    return lines


def _widest(lines: Sequence[str], size: float, measure: TextMeasure) -> float:
    if len(lines) == 1:  # most names
        return measure.width(lines[0], size)
    return max((measure.width(line, size) for line in lines), default=0.0)


def _fitted(lines: Sequence[str], size: float, measure: TextMeasure) -> FittedText:
    return FittedText(
        tuple(lines), size, _widest(lines, size, measure), len(lines) * size * LEADING
    )


def fit_text(
    text: str, room_w: float, room_h: float, sizes: tuple[float, float], measure: TextMeasure
) -> FittedText | None:
    """The largest setting of `text` (one line, else wrapped; preferred size down to the
    smallest) that fits `room_w` × `room_h` mm; None when even the smallest does not."""
    preferred, smallest = sizes
    paragraphs = text.split("\n")
    # the first setting tried below, made only if it fits (a name led out onto the sheet)
    width, height = _widest(paragraphs, preferred, measure), len(paragraphs) * preferred * LEADING
    if width <= room_w and height <= room_h:
        return FittedText(tuple(paragraphs), preferred, width, height)
    # No setting is narrower than its longest word nor shorter than its paragraphs, and
    # widths grow with the size: when the smallest size fails that, every size fails (most
    # names of a crowded site plan at 1:1000, which took a dozen measurings each).
    least = min(preferred, smallest)
    longest = max((measure.width(w, least) for w in text.split()), default=0.0)
    if longest > room_w or len(paragraphs) * least * LEADING > room_h:
        return None
    # Wrapping never makes fewer lines than paragraphs, and a paragraph wider than the room
    # (its words one space apart, as wrapped) takes one more: with no height for that at the
    # smallest size, no size fits (the names of a crowded site plan at 1:1000).
    one_space = _widest([" ".join(p.split()) for p in paragraphs], 1.0, measure)
    more_lines = (len(paragraphs) + 1) * LEADING
    if one_space * least > room_w and more_lines * least > room_h:
        return None
    size = preferred
    while True:
        whole = _fitted(paragraphs, size, measure)
        if whole.width <= room_w and whole.height <= room_h:
            return whole
        # too tall as it is, or too wide with no room for another line: wrapping cannot help
        if whole.width > room_w and (one_space * size <= room_w or more_lines * size <= room_h):
            wrapped = _fitted(wrap_words(text, size, room_w, measure), size, measure)
            if wrapped.width <= room_w and wrapped.height <= room_h:
                return wrapped
        if size <= smallest + 1e-9:
            return None
        size = max(smallest, size * 0.85)


def overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def box_at(cx: float, cy: float, text: FittedText, pad: float = 0.3) -> Box:
    half_w, half_h = text.width / 2 + pad, text.height / 2 + pad
    return (cx - half_w, cy - half_h, cx + half_w, cy + half_h)


def inside(box: Box, room: Box) -> bool:
    return box[0] >= room[0] and box[1] >= room[1] and box[2] <= room[2] and box[3] <= room[3]


class Placer:
    """Finds a free place for each name, and remembers the places taken (pins, tags,
    symbols, names) in a grid of cells, so a plan of thousands of names is not checked
    name against name."""

    CELL = 10.0  # mm

    def __init__(self, taken: list[Box], cell: float = CELL):
        """`cell`: the grid's side, in the boxes' unit (the editor places in plan units)."""
        self.CELL = cell
        self._cells: dict[tuple[int, int], list[Box]] = {}
        for box in taken:
            self.take(box)

    def take(self, box: Box) -> None:
        c, cells = self.CELL, self._cells
        i0, i1, j0, j1 = int(box[0] // c), int(box[2] // c), int(box[1] // c), int(box[3] // c)
        if i0 == i1 and j0 == j1:  # most symbols and names lie in one cell
            boxes = cells.get((i0, j0))
            if boxes is None:
                cells[(i0, j0)] = [box]
            else:
                boxes.append(box)
            return
        for i in range(i0, i1 + 1):
            for j in range(j0, j1 + 1):
                boxes = cells.get((i, j))
                if boxes is None:
                    cells[(i, j)] = [box]
                else:
                    boxes.append(box)

    def free(self, box: Box) -> bool:
        """No taken box overlaps `box` (overlaps() inlined: a crowded plan asks 100,000
        times)."""
        c, cells = self.CELL, self._cells
        left, top, right, bottom = box
        for i in range(int(left // c), int(right // c) + 1):
            for j in range(int(top // c), int(bottom // c) + 1):
                for other in cells.get((i, j), ()):
                    if (
                        left < other[2]
                        and other[0] < right
                        and top < other[3]
                        and other[1] < bottom
                    ):
                        return False
        return True

    def place(self, centre: tuple[float, float], text: FittedText, room: Box | None):
        """The centre nearest `centre` (within `room`, if given) where `text` hides nothing;
        None when there is none."""
        cx, cy = centre
        step_y = max(text.height * 0.55, 1.0)
        step_x = max(text.width * 0.3, 1.0)
        for dy, dx in _spiral():
            x, y = cx + dx * step_x, cy + dy * step_y
            box = box_at(x, y, text)
            if room is not None and not inside(box, room):
                continue
            if self.free(box):
                self.take(box)
                return x, y
        return None

    def lead_out(
        self,
        near: Box,
        text: FittedText,
        limit: Box,
        covered: Sequence[bool] | None = None,
    ):
        """A free place just outside `near` (above, below, right, left, then further out),
        within `limit` (the sheet); None if there is none. `covered`, if given, flags the
        places of `lead_out_places` known to be taken already
        (`crowding.covered_lead_outs`): those are not tried."""
        least_x, least_y, most_x, most_y = limit
        free = self.free
        for n, (x, y, box) in enumerate(lead_out_places(near, text)):
            if covered is not None and covered[n]:
                continue
            if (
                box[0] >= least_x
                and box[1] >= least_y
                and box[2] <= most_x
                and box[3] <= most_y
                and free(box)
            ):
                self.take(box)
                return x, y
        return None


LEAD_OUT_RINGS = 6


def lead_out_places(near: Box, text: FittedText) -> list[tuple[float, float, Box]]:
    """Where a name led out of `near` is tried, in order: its centre and box (`box_at`'s),
    just above, below, right and left of `near`, then a line further out, six times."""
    half_w, half_h = text.width / 2 + 0.6, text.height / 2 + 0.6
    box_w, box_h = text.width / 2 + 0.3, text.height / 2 + 0.3  # box_at()'s arithmetic
    near_left, near_top, near_right, near_bottom = near
    cx, cy = (near_left + near_right) / 2, (near_top + near_bottom) / 2
    step = text.height + 0.8
    places = []
    for ring in range(LEAD_OUT_RINGS):
        gap = ring * step
        for x, y in (
            (cx, near_top - half_h - gap),
            (cx, near_bottom + half_h + gap),
            (near_right + half_w + gap, cy),
            (near_left - half_w - gap, cy),
        ):
            places.append((x, y, (x - box_w, y - box_h, x + box_w, y + box_h)))
    return places


def _spiral():
    """Offsets (rows, columns) tried in order: the centre, then up and down, then sideways."""
    yield 0, 0
    for ring in range(1, 5):
        for dy, dx in ((-ring, 0), (ring, 0), (0, -ring), (0, ring)):
            yield dy, dx
        for dy, dx in ((-ring, -ring), (-ring, ring), (ring, -ring), (ring, ring)):
            yield dy, dx
