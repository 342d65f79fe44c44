"""Changes in words: kinds of record, operations, fields and values as people read them."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import QWidget

from ..domain.history import Change, Operation

NAME_FIELDS = ("title", "name", "label", "practice", "indicator", "date", "code", "text")
LONG_VALUE = 120


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


def kind_label(kind: str) -> str:
    labels = {
        "enterprises": QCoreApplication.translate("history", "Enterprise"),
        "visits": QCoreApplication.translate("history", "Visit"),
        "floor_plans": QCoreApplication.translate("history", "Floor plan"),
        "plan_items": QCoreApplication.translate("history", "Plan item"),
        "hazards": QCoreApplication.translate("history", "Hazard"),
        "photos": QCoreApplication.translate("history", "Photo"),
        "eit_members": QCoreApplication.translate("history", "EIT member"),
        "eit_meetings": QCoreApplication.translate("history", "EIT meeting"),
        "suggestions": QCoreApplication.translate("history", "Suggestion"),
        "improvement_projects": QCoreApplication.translate("history", "Improvement project"),
        "review_items": QCoreApplication.translate("history", "Follow-up review item"),
        "indicator_entries": QCoreApplication.translate("history", "Indicator value"),
        "baseline_corrections": QCoreApplication.translate("history", "Baseline correction"),
        "practice_answers": QCoreApplication.translate("history", "Baseline survey answer"),
        "people": QCoreApplication.translate("history", "Person"),
        "score_modules": QCoreApplication.translate("history", "SCORE module"),
        "hazard_categories": QCoreApplication.translate("history", "Hazard category"),
        "risk_profiles": QCoreApplication.translate("history", "Risk bands"),
        "catalogue_items": QCoreApplication.translate("history", "Catalogue entry"),
    }
    return labels.get(kind, kind)


def operation_label(operation: Operation) -> str:
    return {
        Operation.INSERT: QCoreApplication.translate("history", "Created"),
        Operation.UPDATE: QCoreApplication.translate("history", "Changed"),
        Operation.DELETE: QCoreApplication.translate("history", "Deleted"),
        Operation.RESTORE: QCoreApplication.translate("history", "Restored"),
        Operation.BASELINE: QCoreApplication.translate("history", "Recorded before history"),
    }[operation]


def field_label(name: str) -> str:
    """Column names read as words: "due_date" → "Due date"."""
    words = name.replace("_id", "").replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def value_text(value: object) -> str:
    """A stored value as one line of plain text, shortened when long."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("history", "yes")
            if value
            else QCoreApplication.translate("history", "no")
        )
    text = json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else str(value)
    text = " ".join(text.split())
    return text if len(text) <= LONG_VALUE else text[: LONG_VALUE - 1] + "…"


def change_lines(change: Change) -> list[str]:
    """What changed, one line per field ("Status: open → controlled")."""
    if change.operation is Operation.BASELINE:
        return []
    lines = []
    for f in change.fields:
        if change.operation in (Operation.INSERT, Operation.RESTORE):
            if f.after in (None, "", [], {}) or f.name.endswith("_id"):
                continue  # empty, or a link to a parent named elsewhere
            lines.append(f"{field_label(f.name)}: {value_text(f.after)}")
        elif change.operation is Operation.DELETE:
            continue
        else:
            lines.append(f"{field_label(f.name)}: {value_text(f.before)} → {value_text(f.after)}")
    return lines


def name_in_change(change: Change) -> str:
    """The record's name as the change itself gives it, if it does."""
    if change.record_kind == "indicator_entries":  # an indicator's value in one month
        parts = [_value_of(change, n) for n in ("indicator", "kind", "month", "sex")]
        return " · ".join(p for p in parts if p and p not in ("all",))
    for name in NAME_FIELDS:
        found = change.field(name)
        if found is not None:
            value = found.after if found.after not in (None, "") else found.before
            if value not in (None, ""):
                return value_text(value)
    return ""


def _value_of(change: Change, name: str) -> str:
    found = change.field(name)
    if found is None:
        return ""
    value = found.after if found.after not in (None, "") else found.before
    return "" if value in (None, "") else value_text(value)


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
