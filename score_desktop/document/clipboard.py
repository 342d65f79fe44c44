"""Copying plan items as data, so they paste into the same or another plan."""

import json
import uuid
from dataclasses import asdict, replace

from PySide6.QtCore import QMimeData

from ..domain.floorplan import PlanItem, PlanItemKind
from ..domain.geometry import Point

MIME_TYPE = "application/x-score-desktop-plan-items"


def items_to_mime(items: list[PlanItem], metres_per_unit: float) -> QMimeData:
    """Items with the scale they were drawn at, so a paste keeps their real size."""
    payload = {"metres_per_unit": metres_per_unit, "items": []}
    for item in items:
        data = asdict(item)
        data.update(kind=item.kind.value, points=[[p.x, p.y] for p in item.points])
        data.pop("id"), data.pop("plan_id")
        payload["items"].append(data)
    mime = QMimeData()
    mime.setData(MIME_TYPE, json.dumps(payload).encode())
    mime.setText("\n".join(i.label for i in items if i.label))
    return mime


def items_from_mime(
    mime: QMimeData, plan_id: uuid.UUID, metres_per_unit: float, offset_units: float
) -> list[PlanItem]:
    """New items (new ids) for `plan_id`, rescaled to its scale and shifted by the offset."""
    if not mime.hasFormat(MIME_TYPE):
        return []
    try:
        payload = json.loads(bytes(mime.data(MIME_TYPE)).decode())
        factor = float(payload["metres_per_unit"]) / metres_per_unit
        items = []
        for data in payload["items"]:
            points = tuple(
                Point(x * factor + offset_units, y * factor + offset_units)
                for x, y in data.pop("points")
            )
            kind = PlanItemKind(data.pop("kind"))
            item = PlanItem(plan_id=plan_id, kind=kind, points=points, **data)
            items.append(
                replace(
                    item,
                    width=item.width * factor,
                    height=item.height * factor,
                    thickness=item.thickness * factor,
                    font_size=item.font_size * factor,
                )
            )
        return items
    except (ValueError, KeyError, TypeError):
        return []
