"""Changes in words: kinds of record, operations and fields as people read them, and which
record the user is on (values: history_values.py)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime
from PySide6.QtWidgets import QWidget

from ..domain.history import Change, Operation

FIELD_LABELS = {  # column → words; anything not here reads as its column name
    "carried": QT_TRANSLATE_NOOP("history_field", "Carried from the last walk-through"),
    "content": QT_TRANSLATE_NOOP("history_field", "Content"),
    "item_key": QT_TRANSLATE_NOOP("history_field", "Checklist item"),
    "photo_ids": QT_TRANSLATE_NOOP("history_field", "Photos"),
    "previous_id": QT_TRANSLATE_NOOP("history_field", "Previous walk-through"),
    "repeat_zone": QT_TRANSLATE_NOOP("history_field", "Zone (repeated item)"),
    "started_on": QT_TRANSLATE_NOOP("history_field", "Started on"),
    "template_code": QT_TRANSLATE_NOOP("history_field", "Template"),
    "template_id": QT_TRANSLATE_NOOP("history_field", "Template version"),
    "template_version": QT_TRANSLATE_NOOP("history_field", "Template version number"),
    "version": QT_TRANSLATE_NOOP("history_field", "Version"),
    "walkthrough_id": QT_TRANSLATE_NOOP("history_field", "Walk-through"),
    "zone_ids": QT_TRANSLATE_NOOP("history_field", "Zones"),
    "author_name": QT_TRANSLATE_NOOP("history_field", "Author"),
    "author_role": QT_TRANSLATE_NOOP("history_field", "Author's role"),
    "action": QT_TRANSLATE_NOOP("history_field", "Action"),
    "address": QT_TRANSLATE_NOOP("history_field", "Address"),
    "after_photo_id": QT_TRANSLATE_NOOP("history_field", "After photo"),
    "annotations": QT_TRANSLATE_NOOP("history_field", "Marks on the photo"),
    "answer": QT_TRANSLATE_NOOP("history_field", "Answer"),
    "area": QT_TRANSLATE_NOOP("history_field", "Area"),
    "attendee_ids": QT_TRANSLATE_NOOP("history_field", "Attendees"),
    "attendees": QT_TRANSLATE_NOOP("history_field", "Attendees"),
    "background": QT_TRANSLATE_NOOP("history_field", "Background placement"),
    "background_image_id": QT_TRANSLATE_NOOP("history_field", "Background image"),
    "bands": QT_TRANSLATE_NOOP("history_field", "Bands"),
    "base_method": QT_TRANSLATE_NOOP("history_field", "Method"),
    "baseline_value": QT_TRANSLATE_NOOP("history_field", "Baseline value"),
    "building": QT_TRANSLATE_NOOP("history_field", "Building"),
    "camera": QT_TRANSLATE_NOOP("history_field", "Camera"),
    "caption": QT_TRANSLATE_NOOP("history_field", "Caption"),
    "category_code": QT_TRANSLATE_NOOP("history_field", "Category"),
    "code": QT_TRANSLATE_NOOP("history_field", "Code"),
    "colour": QT_TRANSLATE_NOOP("history_field", "Colour"),
    "consultant": QT_TRANSLATE_NOOP("history_field", "Consultant"),
    "contact_person": QT_TRANSLATE_NOOP("history_field", "Contact person"),
    "content_sha256": QT_TRANSLATE_NOOP("history_field", "Report content (SHA-256)"),
    "content_size": QT_TRANSLATE_NOOP("history_field", "Report content (bytes)"),
    "control_level": QT_TRANSLATE_NOOP("history_field", "Control level"),
    "corrected_at": QT_TRANSLATE_NOOP("history_field", "Corrected at"),
    "cost_actual": QT_TRANSLATE_NOOP("history_field", "Actual cost"),
    "cost_estimate": QT_TRANSLATE_NOOP("history_field", "Estimated cost"),
    "country": QT_TRANSLATE_NOOP("history_field", "Country"),
    "currency": QT_TRANSLATE_NOOP("history_field", "Currency"),
    "date": QT_TRANSLATE_NOOP("history_field", "Date"),
    "decisions": QT_TRANSLATE_NOOP("history_field", "Decisions"),
    "department": QT_TRANSLATE_NOOP("history_field", "Department"),
    "description": QT_TRANSLATE_NOOP("history_field", "Description"),
    "drawing_sha256": QT_TRANSLATE_NOOP("history_field", "Drawn signature"),
    "due_date": QT_TRANSLATE_NOOP("history_field", "Due date"),
    "elected_by_workers": QT_TRANSLATE_NOOP("history_field", "Elected by workers"),
    "email": QT_TRANSLATE_NOOP("history_field", "E-mail"),
    "enterprise_id": QT_TRANSLATE_NOOP("history_field", "Enterprise"),
    "existing_controls": QT_TRANSLATE_NOOP("history_field", "Existing controls"),
    "exposed_men": QT_TRANSLATE_NOOP("history_field", "Exposed men"),
    "exposed_women": QT_TRANSLATE_NOOP("history_field", "Exposed women"),
    "fill": QT_TRANSLATE_NOOP("history_field", "Fill colour"),
    "floor": QT_TRANSLATE_NOOP("history_field", "Floor"),
    "font_size": QT_TRANSLATE_NOOP("history_field", "Text size"),
    "grid_metres": QT_TRANSLATE_NOOP("history_field", "Grid (m)"),
    "hazard_id": QT_TRANSLATE_NOOP("history_field", "Hazard"),
    "hazard_ids": QT_TRANSLATE_NOOP("history_field", "Hazards"),
    "height": QT_TRANSLATE_NOOP("history_field", "Height"),
    "identified_by": QT_TRANSLATE_NOOP("history_field", "Identified by"),
    "indicator": QT_TRANSLATE_NOOP("history_field", "Indicator"),
    "initial": QT_TRANSLATE_NOOP("history_field", "Initial risk"),
    "inputs": QT_TRANSLATE_NOOP("history_field", "Figures"),
    "inspector": QT_TRANSLATE_NOOP("history_field", "Inspector"),
    "job": QT_TRANSLATE_NOOP("history_field", "Job"),
    "joined_on": QT_TRANSLATE_NOOP("history_field", "Joined on"),
    "kind": QT_TRANSLATE_NOOP("history_field", "Kind"),
    "label": QT_TRANSLATE_NOOP("history_field", "Label"),
    "left_on": QT_TRANSLATE_NOOP("history_field", "Left on"),
    "legal_reference": QT_TRANSLATE_NOOP("history_field", "Legal reference"),
    "main_buyers": QT_TRANSLATE_NOOP("history_field", "Main buyers"),
    "managers_men": QT_TRANSLATE_NOOP("history_field", "Managers, men"),
    "managers_women": QT_TRANSLATE_NOOP("history_field", "Managers, women"),
    "metres_per_unit": QT_TRANSLATE_NOOP("history_field", "Scale (m per unit)"),
    "module_code": QT_TRANSLATE_NOOP("history_field", "SCORE module"),
    "month": QT_TRANSLATE_NOOP("history_field", "Month"),
    "name": QT_TRANSLATE_NOOP("history_field", "Name"),
    "new_value": QT_TRANSLATE_NOOP("history_field", "New value"),
    "next_steps": QT_TRANSLATE_NOOP("history_field", "Next steps"),
    "next_visit_date": QT_TRANSLATE_NOOP("history_field", "Next visit"),
    "note": QT_TRANSLATE_NOOP("history_field", "Note"),
    "notes": QT_TRANSLATE_NOOP("history_field", "Notes"),
    "nr5_group": QT_TRANSLATE_NOOP("history_field", "NR-5 group"),
    "objectives": QT_TRANSLATE_NOOP("history_field", "Objectives"),
    "observations": QT_TRANSLATE_NOOP("history_field", "Observations"),
    "old_value": QT_TRANSLATE_NOOP("history_field", "Old value"),
    "organisation": QT_TRANSLATE_NOOP("history_field", "Organisation"),
    "original_name": QT_TRANSLATE_NOOP("history_field", "File name"),
    "outcome": QT_TRANSLATE_NOOP("history_field", "Outcome"),
    "payload": QT_TRANSLATE_NOOP("history_field", "Definition"),
    "pdf_sha256": QT_TRANSLATE_NOOP("history_field", "Signed PDF (SHA-256)"),
    "phone": QT_TRANSLATE_NOOP("history_field", "Phone"),
    "photo_id": QT_TRANSLATE_NOOP("history_field", "Photo"),
    "pin_bearing": QT_TRANSLATE_NOOP("history_field", "Pin direction"),
    "pin_plan_id": QT_TRANSLATE_NOOP("history_field", "Pinned on plan"),
    "pin_x": QT_TRANSLATE_NOOP("history_field", "Pin x"),
    "pin_y": QT_TRANSLATE_NOOP("history_field", "Pin y"),
    "plan_id": QT_TRANSLATE_NOOP("history_field", "Floor plan"),
    "points": QT_TRANSLATE_NOOP("history_field", "Shape"),
    "position": QT_TRANSLATE_NOOP("history_field", "Position"),
    "practice": QT_TRANSLATE_NOOP("history_field", "Good practice"),
    "problem": QT_TRANSLATE_NOOP("history_field", "Problem"),
    "products": QT_TRANSLATE_NOOP("history_field", "Products"),
    "project_id": QT_TRANSLATE_NOOP("history_field", "Project"),
    "project_ids": QT_TRANSLATE_NOOP("history_field", "Projects"),
    "proposed_controls": QT_TRANSLATE_NOOP("history_field", "Proposed controls"),
    "reason": QT_TRANSLATE_NOOP("history_field", "Reason"),
    "record_id": QT_TRANSLATE_NOOP("history_field", "Record"),
    "region": QT_TRANSLATE_NOOP("history_field", "Region"),
    "residual": QT_TRANSLATE_NOOP("history_field", "Residual risk"),
    "responsible": QT_TRANSLATE_NOOP("history_field", "Responsible"),
    "responsible_id": QT_TRANSLATE_NOOP("history_field", "Responsible"),
    "result_value": QT_TRANSLATE_NOOP("history_field", "Result"),
    "risk_method": QT_TRANSLATE_NOOP("history_field", "Risk method"),
    "role": QT_TRANSLATE_NOOP("history_field", "Role"),
    "root_cause": QT_TRANSLATE_NOOP("history_field", "Root cause"),
    "rotation": QT_TRANSLATE_NOOP("history_field", "Rotation"),
    "savings_actual": QT_TRANSLATE_NOOP("history_field", "Actual savings"),
    "savings_expected": QT_TRANSLATE_NOOP("history_field", "Expected savings"),
    "sector": QT_TRANSLATE_NOOP("history_field", "Sector"),
    "sex": QT_TRANSLATE_NOOP("history_field", "Sex"),
    "sha256": QT_TRANSLATE_NOOP("history_field", "Content (SHA-256)"),
    "signed_at": QT_TRANSLATE_NOOP("history_field", "Signed at"),
    "signed_changes_sha256": QT_TRANSLATE_NOOP("history_field", "Changes signed (SHA-256)"),
    "signed_report_id": QT_TRANSLATE_NOOP("history_field", "Signed report"),
    "signed_through": QT_TRANSLATE_NOOP(
        "history_field", "Signed as of change (on the signing device)"
    ),
    "snap_to_grid": QT_TRANSLATE_NOOP("history_field", "Snap to grid"),
    "sort_order": QT_TRANSLATE_NOOP("history_field", "Order"),
    "source": QT_TRANSLATE_NOOP("history_field", "Source"),
    "start_date": QT_TRANSLATE_NOOP("history_field", "Start date"),
    "status": QT_TRANSLATE_NOOP("history_field", "Status"),
    "subject_id": QT_TRANSLATE_NOOP("history_field", "Subject"),
    "subject_kind": QT_TRANSLATE_NOOP("history_field", "Kind of subject"),
    "submitter": QT_TRANSLATE_NOOP("history_field", "Submitted by"),
    "submitter_sex": QT_TRANSLATE_NOOP("history_field", "Submitter's sex"),
    "suggestion_id": QT_TRANSLATE_NOOP("history_field", "Suggestion"),
    "symbol": QT_TRANSLATE_NOOP("history_field", "Symbol"),
    "tail_sha256": QT_TRANSLATE_NOOP("history_field", "Signature page (SHA-256)"),
    "taken_at": QT_TRANSLATE_NOOP("history_field", "Taken at"),
    "written_at": QT_TRANSLATE_NOOP("history_field", "Written at"),
    "target_value": QT_TRANSLATE_NOOP("history_field", "Target"),
    "team": QT_TRANSLATE_NOOP("history_field", "Team"),
    "text": QT_TRANSLATE_NOOP("history_field", "Text"),
    "thickness": QT_TRANSLATE_NOOP("history_field", "Thickness"),
    "title": QT_TRANSLATE_NOOP("history_field", "Title"),
    "topics": QT_TRANSLATE_NOOP("history_field", "Topics"),
    "union_present": QT_TRANSLATE_NOOP("history_field", "Union present"),
    "value": QT_TRANSLATE_NOOP("history_field", "Value"),
    "verified_by": QT_TRANSLATE_NOOP("history_field", "Verified by"),
    "verified_on": QT_TRANSLATE_NOOP("history_field", "Verified on"),
    "done_on": QT_TRANSLATE_NOOP("history_field", "Done on"),
    "visit_id": QT_TRANSLATE_NOOP("history_field", "Visit"),
    "visit_type": QT_TRANSLATE_NOOP("history_field", "Visit type"),
    "width": QT_TRANSLATE_NOOP("history_field", "Width"),
    "workers_men": QT_TRANSLATE_NOOP("history_field", "Workers, men"),
    "workers_women": QT_TRANSLATE_NOOP("history_field", "Workers, women"),
    "x": QT_TRANSLATE_NOOP("history_field", "x"),
    "y": QT_TRANSLATE_NOOP("history_field", "y"),
    "z": QT_TRANSLATE_NOOP("history_field", "Stacking order"),
    "zone": QT_TRANSLATE_NOOP("history_field", "Zone"),
    "zone_id": QT_TRANSLATE_NOOP("history_field", "Zone"),
}


@dataclass(frozen=True)
class RecordRef:
    """A record the History dialog can show: its id and how to call it."""

    record_id: uuid.UUID
    title: str


def record_under_focus(widget: QWidget | None) -> RecordRef | None:
    """The record the user is on: the nearest widget (from the focused one outwards) that
    answers `history_record()`."""
    while widget is not None:
        finder = getattr(widget, "history_record", None)
        if callable(finder):
            found = finder()
            if found is not None:
                return found
        widget = widget.parentWidget()
    return None


# kinds of record in words (translated when shown); all but the workspace's own belong to
# an enterprise, and are what its activity can be filtered by
KIND_LABELS = {
    "enterprises": QT_TRANSLATE_NOOP("history", "Enterprise"),
    "visits": QT_TRANSLATE_NOOP("history", "Visit"),
    "floor_plans": QT_TRANSLATE_NOOP("history", "Floor plan"),
    "plan_items": QT_TRANSLATE_NOOP("history", "Plan item"),
    "hazards": QT_TRANSLATE_NOOP("history", "Hazard"),
    "photos": QT_TRANSLATE_NOOP("history", "Photo"),
    "eit_members": QT_TRANSLATE_NOOP("history", "EIT member"),
    "eit_meetings": QT_TRANSLATE_NOOP("history", "EIT meeting"),
    "suggestions": QT_TRANSLATE_NOOP("history", "Suggestion"),
    "improvement_projects": QT_TRANSLATE_NOOP("history", "Improvement project"),
    "review_items": QT_TRANSLATE_NOOP("history", "Follow-up review item"),
    "indicator_entries": QT_TRANSLATE_NOOP("history", "Indicator value"),
    "baseline_corrections": QT_TRANSLATE_NOOP("history", "Baseline correction"),
    "practice_answers": QT_TRANSLATE_NOOP("history", "Baseline survey answer"),
    "people": QT_TRANSLATE_NOOP("history", "Person"),
    "score_modules": QT_TRANSLATE_NOOP("history", "SCORE module"),
    "hazard_categories": QT_TRANSLATE_NOOP("history", "Hazard category"),
    "risk_profiles": QT_TRANSLATE_NOOP("history", "Risk bands"),
    "catalogue_items": QT_TRANSLATE_NOOP("history", "Catalogue entry"),
    "signed_reports": QT_TRANSLATE_NOOP("history", "Signed report"),
    "report_signatures": QT_TRANSLATE_NOOP("history", "Signature"),
    "comments": QT_TRANSLATE_NOOP("history", "Comment"),
    "walkthroughs": QT_TRANSLATE_NOOP("history", "Walk-through"),
    "checklist_answers": QT_TRANSLATE_NOOP("history", "Checklist answer"),
    "checklist_templates": QT_TRANSLATE_NOOP("history", "Checklist template"),
}
WORKSPACE_KINDS = (
    "people",
    "score_modules",
    "hazard_categories",
    "risk_profiles",
    "catalogue_items",
    "checklist_templates",
)
ENTERPRISE_KINDS = tuple(k for k in KIND_LABELS if k not in WORKSPACE_KINDS)


def kind_label(kind: str) -> str:
    known = KIND_LABELS.get(kind)
    return QCoreApplication.translate("history", known) if known is not None else kind


def operation_label(operation: Operation) -> str:
    return {
        Operation.INSERT: QCoreApplication.translate("history", "Created"),
        Operation.UPDATE: QCoreApplication.translate("history", "Changed"),
        Operation.DELETE: QCoreApplication.translate("history", "Deleted"),
        Operation.RESTORE: QCoreApplication.translate("history", "Restored"),
        Operation.BASELINE: QCoreApplication.translate("history", "Recorded before history"),
    }[operation]


def field_label(name: str) -> str:
    """A field in words, translated ("due_date" → "Due date"); an unknown column reads as
    its name."""
    known = FIELD_LABELS.get(name)
    if known is not None:
        return QCoreApplication.translate("history_field", known)
    words = name.replace("_id", "").replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def when_text(change: Change) -> str:
    """Local wall time, for people only (changes are ordered by sequence, not by this).
    Year first: the same in every country a programme works in."""
    moment = QDateTime.fromSecsSinceEpoch(int(change.at.timestamp())).toLocalTime()
    return moment.toString("yyyy-MM-dd HH:mm")


def author_text(change: Change) -> str:
    return change.author_name or QCoreApplication.translate("history", "—")


def record_ref(kind: str, record_id: uuid.UUID, name: str = "") -> RecordRef:
    """A record called by its kind and name: Hazard “Unguarded nip point”."""
    label = kind_label(kind)
    name = " ".join(str(name).split())
    if len(name) > 60:
        name = name[:59] + "…"
    return RecordRef(record_id, f"{label} “{name}”" if name else label)
