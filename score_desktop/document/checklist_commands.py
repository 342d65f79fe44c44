"""Undoable edits of walk-throughs: starting one, answering an item, and turning a *no* into
a hazard pinned in its zone and an EIP project, linked back to the answer, in one step."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

from PySide6.QtCore import QCoreApplication

from ..domain.checklist import (
    Answer,
    ChecklistItem,
    ChecklistTemplate,
    EnterpriseProfile,
    pick,
)
from ..domain.checklist import enterprise_profile as profile_of
from ..domain.floorplan import PlanItem
from ..domain.geometry import centroid, point_in_polygon
from ..domain.walkthrough import (
    ChecklistAnswer,
    Walkthrough,
    ZonePlace,
    carried_answers,
    suggested_hazard,
    suggested_project,
)
from ..domain.walkthrough_review import previous_walkthrough
from .commands import CompositeCommand, DocumentCommand, ReplaceRecordsCommand, short_name
from .hazard_commands import AddHazardsCommand
from .improvement_commands import AddRecordsCommand
from .portfolio import PortfolioDocument


def zones_of(document: PortfolioDocument, enterprise_id: uuid.UUID) -> list[PlanItem]:
    """The named zones, aisles and storage areas of the enterprise's plans, plan by plan."""
    found = []
    for plan in document.plans_of(enterprise_id):
        found += [item for item in document.plan_document(plan.id).areas() if item.label.strip()]
    return found


def zone_place(document: PortfolioDocument, enterprise_id: uuid.UUID, zone_id) -> ZonePlace | None:
    """Where a hazard of this zone is pinned: the zone's centre (a vertex-side point when
    the centre falls outside a concave zone)."""
    if zone_id is None:
        return None
    zone = next((z for z in zones_of(document, enterprise_id) if z.id == zone_id), None)
    if zone is None:
        return None
    point = centroid(zone.points)
    if not point_in_polygon(point, zone.points):
        first, opposite = zone.points[0], zone.points[len(zone.points) // 2]
        point = type(point)((first.x * 3 + opposite.x) / 4, (first.y * 3 + opposite.y) / 4)
    return ZonePlace(zone.plan_id, point, zone.label)


def enterprise_profile(document: PortfolioDocument, enterprise_id: uuid.UUID) -> EnterpriseProfile:
    """The enterprise's sector, headcount and the modules of its visits."""
    return profile_of(document.enterprise(enterprise_id), document.visits_of(enterprise_id))


def _validate(records: list) -> None:
    for record in records:
        if isinstance(record, Walkthrough):
            record.validate()


def follow_up_source(
    document: PortfolioDocument, visit_id: uuid.UUID, template_code: str
) -> Walkthrough | None:
    """The enterprise's last walk-through of this template on an earlier visit, if any."""
    visit = document.visit(visit_id)
    visits = {v.id: v.date for v in document.visits_of(visit.enterprise_id)}
    return previous_walkthrough(
        document.checklists.walkthroughs_of(visit.enterprise_id), visits, template_code, visit_id
    )


class StartWalkthroughCommand(ReplaceRecordsCommand):
    """A walk-through of a visit on a template (stored in the workspace first, if new).
    A follow-up started from an earlier walk-through (`previous_id`) gets its answers as the
    starting point, marked as carried, in the same step."""

    def __init__(
        self,
        document: PortfolioDocument,
        visit_id: uuid.UUID,
        template: ChecklistTemplate,
        zone_ids: tuple[uuid.UUID, ...] = (),
        previous_id: uuid.UUID | None = None,
        language: str = "en",
    ):
        document.checklists.ensure_template(template)
        visit = document.visit(visit_id)
        self.walkthrough = Walkthrough(
            visit.enterprise_id,
            visit.id,
            template.id,
            template.code,
            template.version,
            zone_ids=tuple(zone_ids),
            previous_id=previous_id,
            started_on=dt.date.today(),
        )
        self.carried: list[ChecklistAnswer] = []
        if previous_id is not None:
            previous = document.checklists.answers_of(previous_id)
            self.carried = carried_answers(previous, self.walkthrough)
        text = QCoreApplication.translate("commands", "Start walk-through “%s”") % short_name(
            pick(template.title, language)
        )
        super().__init__(
            document,
            document.checklists,
            [],
            [self.walkthrough, *self.carried],
            text,
            check=_validate,
        )


class DeleteWalkthroughCommand(CompositeCommand):
    def __init__(self, document: PortfolioDocument, walkthrough_id: uuid.UUID):
        from .commands import checklist_parts

        walk = document.checklists.walkthrough(walkthrough_id)
        text = QCoreApplication.translate("commands", "Delete walk-through")
        super().__init__(document, text, checklist_parts(document, [walk], text))


def slot_answer(
    document: PortfolioDocument, walk: Walkthrough, item: ChecklistItem, zone_id
) -> ChecklistAnswer:
    """The answer held for a slot, or a new one not yet given."""
    held = document.checklists.answers_by_slot(walk.id).get((item.key, zone_id))
    if held is not None:
        return held
    return ChecklistAnswer(
        walk.id, walk.enterprise_id, item.key, zone_id=zone_id, repeat_zone=zone_id is not None
    )


class ChangeAnswerCommand(ReplaceRecordsCommand):
    """Set a slot's answer, note, photos or zone. Typing a note merges into one step."""

    ID = 6001

    def __init__(
        self, document: PortfolioDocument, new: ChecklistAnswer, text: str = "", merge_key=None
    ):
        new = dataclasses.replace(new, carried=False)  # looked at on this visit
        book = document.checklists
        # the walk-through's answers are all in memory: one not held is not yet given (get()
        # would ask the database for its enterprise, 2-7 ms an answer)
        held = book.answers_by_slot(new.walkthrough_id).get(new.slot)
        old = held if held is not None and held.id == new.id else None
        words = text or QCoreApplication.translate("commands", "Answer “%s”") % new.item_key
        super().__init__(document, book, [old] if old else [], [new], words, merge_key)


def answer_command(
    document: PortfolioDocument,
    walk: Walkthrough,
    template: ChecklistTemplate,
    item: ChecklistItem,
    zone_id: uuid.UUID | None,
    answer: Answer,
    make_hazard: bool = False,
    make_project: bool = False,
    language: str = "en",
) -> DocumentCommand:
    """Answer a slot; with a *no*, also make the item's hazard (pinned in the slot's zone, or
    the zone the answer names) and/or project, linked both ways, as one undo step. A link
    already made is not made again."""
    current = slot_answer(document, walk, item, zone_id)
    new = dataclasses.replace(current, answer=answer)
    text = QCoreApplication.translate("commands", "Answer “%s”") % item.key
    make_hazard = make_hazard and item.hazard is not None and current.hazard_id is None
    make_project = make_project and current.project_id is None
    if answer is not Answer.NO or not (make_hazard or make_project):
        return ChangeAnswerCommand(document, new, text)
    place = zone_place(document, walk.enterprise_id, new.zone_id)
    parts: list[DocumentCommand] = []
    hazard = None
    if make_hazard:
        hazard = suggested_hazard(
            item,
            new,
            walk.visit_id,
            document.risk_method(walk.enterprise_id),
            place,
            language,
            {c.code for c in document.hazards.categories()},
        )
        parts.append(AddHazardsCommand(document, [hazard], text))
        new = dataclasses.replace(new, hazard_id=hazard.id)
    if make_project:
        linked = hazard
        if linked is None and current.hazard_id is not None:
            linked = document.hazards.get(current.hazard_id)
        project = suggested_project(item, new, place, language, linked)
        parts.append(AddRecordsCommand(document, [project], text))
        new = dataclasses.replace(new, project_id=project.id)
    parts.append(ChangeAnswerCommand(document, new, text))
    return CompositeCommand(document, text, parts)
