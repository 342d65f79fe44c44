"""Which lead-out places of a sheet's names the symbols, pins and tags certainly cover, found
for all names at once.

On a crowded sheet (8,000 symbols at 1:1000) most names fit neither their room nor any of the
24 places beside it, and trying each place against the grid of taken boxes one by one was most
of the time the sheet took. The symbols, pins and tags are taken before any name, so whether
they cover a place does not depend on the order the names are placed in: every place of
every name is tested here in one pass, on a raster of the cells lying wholly inside one of
those boxes (numpy, a summed-area table). The placer then skips the places found covered and
checks the others exactly, so every name lands where trying every place put it."""

import math
from collections.abc import Sequence

from .labels import LEAD_OUT_RINGS, Box, FittedText

# How far inside, in cells, a cell must lie in a box (and a place over a cell) to count: far
# above the rounding of coordinates, so "covered" is never said of a place that only touches.
EDGE = 1e-6
FINEST_CELL = 1.0  # mm: a symbol (4 mm) holds two or three cells a side
MOST_CELLS = 400_000  # larger sheets get coarser cells


def covered_lead_outs(
    taken: Sequence[Box], leaving: Sequence[tuple[Box, FittedText]], limit: Box
) -> list[list[bool]]:
    """For each (room, setting) of `leaving`, which of its places (`lead_out_places`, in
    order) a box of `taken` certainly overlaps. `limit` is the sheet: what lies outside it is
    not rastered, and never said to be covered."""
    import numpy as np  # only for crowded sheets; numpy is slow to import (not at start-up)

    left, top, right, bottom = limit
    cell = max(FINEST_CELL, math.sqrt((right - left) * (bottom - top) / MOST_CELLS))
    cols, rows = int((right - left) / cell) + 1, int((bottom - top) / cell) + 1
    if not taken or not leaving:
        return [[False] * (4 * LEAD_OUT_RINGS) for _ in leaving]
    boxes = (np.asarray(taken, dtype=float) - (left, top, left, top)) / cell
    # the cells wholly inside each box: columns ceil(left) .. floor(right) - 1
    i0 = np.clip(np.ceil(boxes[:, 0] + EDGE), 0, cols).astype(np.intp)
    i1 = np.clip(np.floor(boxes[:, 2] - EDGE), 0, cols).astype(np.intp)
    j0 = np.clip(np.ceil(boxes[:, 1] + EDGE), 0, rows).astype(np.intp)
    j1 = np.clip(np.floor(boxes[:, 3] - EDGE), 0, rows).astype(np.intp)
    keep = (i1 > i0) & (j1 > j0)
    i0, i1, j0, j1 = i0[keep], i1[keep], j0[keep], j1[keep]
    starts = np.zeros((rows + 1, cols + 1), dtype=np.int32)  # +1 where a box's cells begin
    np.add.at(starts, (j0, i0), 1)
    np.add.at(starts, (j0, i1), -1)
    np.add.at(starts, (j1, i0), -1)
    np.add.at(starts, (j1, i1), 1)
    inside = starts.cumsum(axis=0, dtype=np.int32).cumsum(axis=1, dtype=np.int32)[:rows, :cols] > 0
    table = np.zeros((rows + 1, cols + 1), dtype=np.int32)  # full cells above and left of
    table[1:, 1:] = inside.cumsum(axis=0, dtype=np.int32).cumsum(axis=1, dtype=np.int32)
    spots = (_places(np, leaving) - np.array([left, top, left, top])) / cell
    # the cells a place overlaps by more than EDGE: columns floor(left) .. ceil(right) - 1
    a0 = np.clip(np.floor(spots[..., 0] + EDGE), 0, cols).astype(np.intp)
    a1 = np.clip(np.ceil(spots[..., 2] - EDGE), 0, cols).astype(np.intp)
    b0 = np.clip(np.floor(spots[..., 1] + EDGE), 0, rows).astype(np.intp)
    b1 = np.clip(np.ceil(spots[..., 3] - EDGE), 0, rows).astype(np.intp)
    a1, b1 = np.maximum(a1, a0), np.maximum(b1, b0)
    full = table[b1, a1] - table[b0, a1] - table[b1, a0] + table[b0, a0]
    result: list[list[bool]] = (full > 0).tolist()
    return result


def _places(np, leaving: Sequence[tuple[Box, FittedText]]):
    """`lead_out_places`' boxes for every name at once, shape (names, places, 4): the same
    arithmetic in the same order, so the same numbers."""
    rooms = np.array([room for room, _text in leaving], dtype=float)
    width = np.array([text.width for _room, text in leaving], dtype=float)
    height = np.array([text.height for _room, text in leaving], dtype=float)
    half_w, half_h = width / 2 + 0.6, height / 2 + 0.6
    box_w, box_h = width / 2 + 0.3, height / 2 + 0.3
    near_left, near_top, near_right, near_bottom = rooms.T
    cx, cy = (near_left + near_right) / 2, (near_top + near_bottom) / 2
    step = height + 0.8
    gap = np.arange(LEAD_OUT_RINGS)[None, :] * step[:, None]  # (names, rings)
    column = np.newaxis
    xs = np.stack(
        [
            np.broadcast_to(cx[:, column], gap.shape),
            np.broadcast_to(cx[:, column], gap.shape),
            (near_right + half_w)[:, column] + gap,
            (near_left - half_w)[:, column] - gap,
        ],
        axis=2,
    ).reshape(len(leaving), -1)
    ys = np.stack(
        [
            (near_top - half_h)[:, column] - gap,
            (near_bottom + half_h)[:, column] + gap,
            np.broadcast_to(cy[:, column], gap.shape),
            np.broadcast_to(cy[:, column], gap.shape),
        ],
        axis=2,
    ).reshape(len(leaving), -1)
    bw, bh = box_w[:, column], box_h[:, column]
    return np.stack([xs - bw, ys - bh, xs + bw, ys + bh], axis=2)
