"""Copy and paste on a plan: drawn items and hazard pins together, into this plan or another,
of this enterprise or another (the data is in document/clipboard.py)."""

import dataclasses

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QGuiApplication

from ...document.clipboard import add_hazards_to_mime, items_from_mime, items_to_mime
from ...document.commands import CompositeCommand
from ...document.hazard_commands import AddHazardsCommand
from ...document.plan_commands import AddPlanItemsCommand

PASTE_OFFSET_METRES = 1.0  # a paste lands this far down and right of what was copied


def _selection_mime(editor) -> tuple[QMimeData, int, int] | None:
    """The selected items and hazard pins as clipboard data, with how many of each."""
    items, hazards = editor.selected_items(), editor.hazards.selected_hazards()
    if not items and not hazards:
        return None
    plan = editor.plan_document.plan
    mime = items_to_mime(items, plan.metres_per_unit)
    if hazards:
        method = editor.plan_document.portfolio.risk_method(plan.enterprise_id)
        add_hazards_to_mime(mime, hazards, plan.metres_per_unit, method.key)
    return mime, len(items), len(hazards)


def copy_selection(editor) -> None:
    selection = _selection_mime(editor)
    if selection is None:
        return
    mime, items, hazards = selection
    QGuiApplication.clipboard().setMimeData(mime)
    text = QCoreApplication.translate("PlanEditor", "Copied %1 item(s) and %2 hazard(s)")
    editor.status.emit(text.replace("%1", str(items)).replace("%2", str(hazards)))


def duplicate_selection(editor) -> None:
    """A paste of the selection, without the clipboard: items and pins together."""
    selection = _selection_mime(editor)
    if selection is None:
        return
    mime, items, hazards = selection
    text = None
    if hazards and not items:
        text = QCoreApplication.translate("HazardEditing", "Duplicate hazards (%1)")
        text = text.replace("%1", str(hazards))
    paste_into(editor, mime, text)


def paste_into(editor, mime: QMimeData, text: str | None = None) -> None:
    """One undo step for what `mime` holds, all or nothing: items, hazard pins or both."""
    plan = editor.plan_document.plan
    offset = PASTE_OFFSET_METRES / plan.metres_per_unit
    top = editor.plan_document.top_z()
    items = items_from_mime(mime, plan.id, plan.metres_per_unit, offset)
    items = [dataclasses.replace(item, z=top + 1 + n) for n, item in enumerate(items)]
    pasted = editor.hazards.from_clipboard(mime, offset)
    if pasted.refused:
        editor.problem.emit(
            QCoreApplication.translate(
                "PlanEditor",
                "%1 copied hazard(s) name a category this workspace does not have: "
                "add the category first, then paste again.",
            ).replace("%1", str(pasted.refused))
        )
    portfolio = editor.plan_document.portfolio
    text = text or QCoreApplication.translate("PlanEditor", "Paste")
    parts = [AddPlanItemsCommand(portfolio, items, text)] if items else []
    if pasted.hazards:
        parts.append(AddHazardsCommand(portfolio, pasted.hazards, text))
    if not parts:
        return
    command = parts[0] if len(parts) == 1 else CompositeCommand(portfolio, text, parts)
    if not editor.plan_document.push(command):
        return
    editor.scene.select_ids([i.id for i in items])
    if pasted.hazards:
        ids = [h.id for h in pasted.hazards]
        editor.scene.hazard_pins.select(ids)  # beside the items, not instead of them
        editor.hazards.panel.select_ids(ids)
