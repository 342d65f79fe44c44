"""Translated names of plan item kinds, for the plan editor (the window does not import the
plan records: see the startup benchmark)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...domain.floorplan import PlanItemKind

PLAN_ITEM_KIND_LABELS = {
    PlanItemKind.ZONE: QT_TRANSLATE_NOOP("PlanItemKind", "Zone / room"),
    PlanItemKind.AISLE: QT_TRANSLATE_NOOP("PlanItemKind", "Aisle / walkway"),
    PlanItemKind.STORAGE: QT_TRANSLATE_NOOP("PlanItemKind", "Storage area"),
    PlanItemKind.WALL: QT_TRANSLATE_NOOP("PlanItemKind", "Wall"),
    PlanItemKind.DOOR: QT_TRANSLATE_NOOP("PlanItemKind", "Door"),
    PlanItemKind.EMERGENCY_EXIT: QT_TRANSLATE_NOOP("PlanItemKind", "Emergency exit"),
    PlanItemKind.MACHINE: QT_TRANSLATE_NOOP("PlanItemKind", "Machine / workstation"),
    PlanItemKind.STAIRS: QT_TRANSLATE_NOOP("PlanItemKind", "Stairs"),
    PlanItemKind.FIRE_EXTINGUISHER: QT_TRANSLATE_NOOP("PlanItemKind", "Fire extinguisher"),
    PlanItemKind.FIRST_AID: QT_TRANSLATE_NOOP("PlanItemKind", "First-aid point"),
    PlanItemKind.EYEWASH: QT_TRANSLATE_NOOP("PlanItemKind", "Eyewash"),
    PlanItemKind.LABEL: QT_TRANSLATE_NOOP("PlanItemKind", "Text label"),
}


def plan_item_kind_label(kind: PlanItemKind) -> str:
    return QCoreApplication.translate("PlanItemKind", PLAN_ITEM_KIND_LABELS[kind])
