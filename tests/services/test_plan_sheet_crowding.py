"""A crowded sheet's names: the lead-out places the symbols and pins cover are found for all
names at once, and the names still land exactly where trying every place put them."""

import random
import uuid

import numpy as np

from score_desktop.domain.floorplan import FloorPlan, PlanItem, PlanItemKind
from score_desktop.domain.geometry import Point, rectangle
from score_desktop.services.plan_sheet import names
from score_desktop.services.plan_sheet.build import PinOptions, sheet_at_scale
from score_desktop.services.plan_sheet.content import PlanContent
from score_desktop.services.plan_sheet.crowding import _places, covered_lead_outs
from score_desktop.services.plan_sheet.labels import (
    FittedText,
    Placer,
    lead_out_places,
    overlaps,
)
from score_desktop.services.plan_sheet.marks import SymbolsMark


def _crowded_site() -> PlanContent:
    """A 200 m square with 400 rooms of 7 × 5 m and 1,000 safety symbols: at 1:1000 no name
    fits its room, and most places beside the rooms are under a symbol."""
    rng = random.Random(5)
    plan = FloorPlan(uuid.uuid4(), "Crowded", metres_per_unit=0.01)
    items = []
    for n in range(400):
        x, y = rng.uniform(0, 19_300), rng.uniform(0, 19_500)
        corners = rectangle(Point(x, y), Point(x + 700, y + 500))
        items.append(PlanItem(plan.id, PlanItemKind.ZONE, corners, label=f"Room {n}", z=n))
    for n in range(1000):
        kind = (PlanItemKind.FIRE_EXTINGUISHER, PlanItemKind.EYEWASH)[n % 2]
        point = Point(rng.uniform(0, 20_000), rng.uniform(0, 20_000))
        items.append(PlanItem(plan.id, kind, (point,), z=n))
    return PlanContent(plan, items)


def _drawn(sheet):
    return [m for m in sheet.marks if not isinstance(m, SymbolsMark)]


def test_names_land_where_trying_every_place_puts_them(monkeypatch):
    content = _crowded_site()
    found = []
    real = names.covered_lead_outs

    def counted(*args):
        flags = real(*args)
        found.append(sum(map(sum, flags)))
        return flags

    monkeypatch.setattr(names, "covered_lead_outs", counted)
    monkeypatch.setattr(names, "CROWDED", 1)
    at_once = sheet_at_scale(content, 1000, PinOptions(None))
    assert found and found[0] > 4000  # many places were known covered, and not tried
    monkeypatch.setattr(names, "CROWDED", 10**9)  # every place tried, one by one
    one_by_one = sheet_at_scale(content, 1000, PinOptions(None))
    assert _drawn(at_once) == _drawn(one_by_one)
    leaders = [m for m in _drawn(at_once) if m.group == "label" and hasattr(m, "points")]
    assert len(leaders) > 20  # and many names found a place beside their room


def test_a_place_said_covered_overlaps_a_taken_box():
    rng = random.Random(11)
    limit = (0.0, 0.0, 200.0, 150.0)
    taken = []
    for _ in range(600):
        x, y, w, h = (
            rng.uniform(-5, 200),
            rng.uniform(-5, 150),
            rng.uniform(0.5, 6),
            rng.uniform(0.5, 4),
        )
        taken.append((x, y, x + w, y + h))
    leaving = []
    for _ in range(300):
        x, y = rng.uniform(0, 190), rng.uniform(0, 140)
        text = FittedText(("Name",), 2.5, rng.uniform(3, 15), rng.uniform(2.9, 6))
        leaving.append(((x, y, x + rng.uniform(1, 9), y + rng.uniform(1, 6)), text))
    flags = covered_lead_outs(taken, leaving, limit)
    said = 0
    for (room, text), row in zip(leaving, flags, strict=True):
        for (_x, _y, box), flag in zip(lead_out_places(room, text), row, strict=True):
            if flag:
                said += 1
                assert any(overlaps(box, other) for other in taken), box
    assert said > 1000  # the test says something
    placer = Placer(taken)  # and a place not said covered may be free or not: tried exactly
    assert any(
        placer.free(box)
        for (room, text), row in zip(leaving, flags, strict=True)
        for (_x, _y, box), flag in zip(lead_out_places(room, text), row, strict=True)
        if not flag
    )


def test_the_places_tested_at_once_are_the_places_tried():
    rng = random.Random(3)
    leaving = []
    for _ in range(50):
        x, y = rng.uniform(0, 300), rng.uniform(0, 300)
        text = FittedText(("Name",), 2.5, rng.uniform(3, 15), rng.uniform(2.9, 6))
        leaving.append(((x, y, x + rng.uniform(1, 9), y + rng.uniform(1, 6)), text))
    at_once = _places(np, leaving).tolist()
    for (room, text), boxes in zip(leaving, at_once, strict=True):
        assert [list(box) for _x, _y, box in lead_out_places(room, text)] == boxes
