"""Walls that meet, joined: segments of one kind and thickness whose ends touch become one
polyline, so an output draws their corner mitred instead of two butt ends with a notch."""

from collections import defaultdict
from collections.abc import Callable, Iterator

from ...domain.drafting import joint_key
from ...domain.floorplan import PlanItem, PlanItemKind
from ...domain.geometry import Point

JOINED_KINDS = (PlanItemKind.WALL,)


def joined_segments(
    items: list[PlanItem], thickness: Callable[[PlanItem], float]
) -> Iterator[tuple[PlanItemKind, float, list[Point], bool]]:
    """(kind, thickness, points, closed) for every line to draw: chains of walls, and every
    other segment alone. Only ends where exactly two walls meet are joined (a T or a cross
    keeps its walls apart: there is no single corner to mitre)."""
    groups: dict[tuple[PlanItemKind, float], list[PlanItem]] = defaultdict(list)
    for item in items:
        if item.kind in JOINED_KINDS:
            groups[(item.kind, thickness(item))].append(item)
        else:
            yield item.kind, thickness(item), list(item.points), False
    for (kind, width), walls in groups.items():
        yield from ((kind, width, chain, closed) for chain, closed in _chains(walls, width))


def _chains(walls: list[PlanItem], width: float):
    """Ends are one joint by the editor's rule (`domain.drafting.joint_key`)."""
    ends: dict[tuple[float, int, int], list[int]] = defaultdict(list)
    for index, wall in enumerate(walls):
        for p in wall.points:
            ends[joint_key(p, width)].append(index)
    used = [False] * len(walls)

    def next_wall(point: Point, came_from: int) -> int | None:
        sharing = ends[joint_key(point, width)]
        if len(sharing) != 2:
            return None
        other = sharing[0] if sharing[1] == came_from else sharing[1]
        return None if used[other] or other == came_from else other

    # start from free ends first, so open chains are drawn whole; loops are what is left
    order = sorted(
        range(len(walls)),
        key=lambda i: min(len(ends[joint_key(p, width)]) == 2 for p in walls[i].points),
    )
    for start in order:
        if used[start]:
            continue
        used[start] = True
        a, b = walls[start].points
        if len(ends[joint_key(a, width)]) == 2 and len(ends[joint_key(b, width)]) != 2:
            a, b = b, a  # walk away from the free end
        chain = [a, b]
        current = start
        while (following := next_wall(chain[-1], current)) is not None:
            used[following] = True
            p, q = walls[following].points
            far = q if joint_key(p, width) == joint_key(chain[-1], width) else p
            chain.append(far)
            current = following
        closed = len(chain) > 3 and joint_key(chain[0], width) == joint_key(chain[-1], width)
        if closed:
            chain.pop()
        yield chain, closed
