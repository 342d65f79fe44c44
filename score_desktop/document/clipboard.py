"""Copying plan items and hazard pins as data, so they paste into the same or another plan."""

import datetime as dt
import json
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from typing import Any, cast

from PySide6.QtCore import QMimeData

from ..domain.floorplan import FloorPlan, PlanItem, PlanItemKind
from ..domain.geometry import Point
from ..domain.hazard import ControlLevel, Hazard, HazardStatus, IdentifiedBy, ProposedControl
from ..domain.risk import RiskMethod

MIME_TYPE = "application/x-score-desktop-plan-items"


def items_to_mime(items: list[PlanItem], metres_per_unit: float) -> QMimeData:
    """Items with the scale they were drawn at, so a paste keeps their real size."""
    payload: dict[str, Any] = {"metres_per_unit": metres_per_unit, "items": []}
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
        # QByteArray has the buffer protocol, which PySide6's stubs do not declare
        payload = json.loads(bytes(mime.data(MIME_TYPE)).decode())  # type: ignore[call-overload]
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


HAZARDS_MIME_TYPE = "application/x-score-desktop-hazards"


def add_hazards_to_mime(
    mime: QMimeData, hazards: list[Hazard], metres_per_unit: float, method_key: str
) -> None:
    """Pinned hazards beside the items (a pin and the machine it is on copy together), with
    the scale and the risk method they were recorded at."""
    payload: dict[str, Any] = {
        "metres_per_unit": metres_per_unit,
        "method": method_key,
        "hazards": [],
    }
    for hazard in hazards:
        data = asdict(hazard)
        position = cast(Point, hazard.position)  # pins on a plan: placed
        data.update(
            enterprise_id=str(hazard.enterprise_id),
            position=[position.x, position.y],
            initial=[list(pair) for pair in hazard.initial],
            residual=[list(pair) for pair in hazard.residual],
            proposed_controls=[[c.text, c.level.value] for c in hazard.proposed_controls],
            due_date=hazard.due_date.isoformat() if hazard.due_date else None,
            status=hazard.status.value,
            identified_by=hazard.identified_by.value,
            visit_id=str(hazard.visit_id) if hazard.visit_id else None,
        )
        data.pop("id"), data.pop("plan_id")
        payload["hazards"].append(data)
    mime.setData(HAZARDS_MIME_TYPE, json.dumps(payload).encode())
    titles = "\n".join(h.title for h in hazards)
    mime.setText("\n".join(t for t in (mime.text(), titles) if t))


@dataclass(frozen=True)
class PastedHazards:
    hazards: list[Hazard]
    refused: int  # copied hazards naming a category the catalogue does not have


def hazards_from_mime(
    mime: QMimeData,
    plan: FloorPlan,
    offset_units: float,
    target_method: RiskMethod,
    method_named: Callable[[str], RiskMethod | None],
    category_codes: set[str],
) -> PastedHazards:
    """New hazards (new ids) pinned on `plan`, at their real-world place shifted by the offset.

    Copied from another enterprise, they lose their visit and their ratings are carried over
    to `plan`'s enterprise method by rank (as a change of method does); ratings made with a
    method this workspace does not know are dropped (the hazard reads as not rated)."""
    if not mime.hasFormat(HAZARDS_MIME_TYPE):
        return PastedHazards([], 0)
    try:
        # QByteArray has the buffer protocol, which PySide6's stubs do not declare
        payload = json.loads(bytes(mime.data(HAZARDS_MIME_TYPE)).decode())  # type: ignore[call-overload]
        factor = float(payload["metres_per_unit"]) / plan.metres_per_unit
        source_method = method_named(str(payload["method"]))
        hazards, refused = [], 0
        for data in payload["hazards"]:
            if data["category_code"] not in category_codes:
                refused += 1
                continue
            same_enterprise = uuid.UUID(data["enterprise_id"]) == plan.enterprise_id
            x, y = data["position"]
            initial = tuple((str(k), float(v)) for k, v in data["initial"])
            residual = tuple((str(k), float(v)) for k, v in data["residual"])
            if source_method is None:
                initial = residual = ()
            elif source_method.key != target_method.key:
                initial = target_method.carried_ratings(initial, source_method)
                residual = target_method.carried_ratings(residual, source_method)
            hazards.append(
                Hazard(
                    enterprise_id=plan.enterprise_id,
                    title=str(data["title"]),
                    category_code=str(data["category_code"]),
                    plan_id=plan.id,
                    position=Point(x * factor + offset_units, y * factor + offset_units),
                    description=str(data["description"]),
                    source=str(data["source"]),
                    exposed_women=int(data["exposed_women"]),
                    exposed_men=int(data["exposed_men"]),
                    job=str(data["job"]),
                    existing_controls=str(data["existing_controls"]),
                    initial=initial,
                    proposed_controls=tuple(
                        ProposedControl(str(text), ControlLevel(level))
                        for text, level in data["proposed_controls"]
                    ),
                    residual=residual,
                    responsible=str(data["responsible"]),
                    due_date=dt.date.fromisoformat(data["due_date"]) if data["due_date"] else None,
                    status=HazardStatus(data["status"]),
                    identified_by=IdentifiedBy(data["identified_by"]),
                    visit_id=uuid.UUID(data["visit_id"])
                    if data["visit_id"] and same_enterprise
                    else None,
                    legal_reference=str(data["legal_reference"]),
                )
            )
        return PastedHazards(hazards, refused)
    except (ValueError, KeyError, TypeError):
        return PastedHazards([], 0)
