"""Translated labels for domain catalogue values.

The domain keeps English source texts; they are marked here so pyside6-lupdate extracts them,
and translated on display with the same contexts.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.catalogues import VISIT_TYPE_LABELS, VisitType
from ..domain.floorplan import PlanItemKind

MARKED_FOR_TRANSLATION = (
    QT_TRANSLATE_NOOP("VisitType", "Intake / baseline"),
    QT_TRANSLATE_NOOP("VisitType", "Follow-up 1"),
    QT_TRANSLATE_NOOP("VisitType", "Follow-up 2"),
    QT_TRANSLATE_NOOP("VisitType", "Follow-up 3"),
    QT_TRANSLATE_NOOP("VisitType", "Extra visit"),
    QT_TRANSLATE_NOOP("VisitType", "Year-after visit"),
    QT_TRANSLATE_NOOP("ScoreModule", "Workplace Cooperation"),
    QT_TRANSLATE_NOOP("ScoreModule", "Quality Management"),
    QT_TRANSLATE_NOOP("ScoreModule", "Clean Production"),
    QT_TRANSLATE_NOOP("ScoreModule", "Human Resource Management"),
    QT_TRANSLATE_NOOP("ScoreModule", "Occupational Safety and Health"),
    QT_TRANSLATE_NOOP("ScoreModule", "Gender Equality"),
    QT_TRANSLATE_NOOP("ScoreModule", "COVID-19 Safety & Health"),
)

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


def visit_type_label(visit_type: VisitType) -> str:
    return QCoreApplication.translate("VisitType", VISIT_TYPE_LABELS[visit_type])


def module_label(title: str) -> str:
    """A catalogue module's title, translated when it is one of the defaults."""
    return QCoreApplication.translate("ScoreModule", title)


def plan_item_kind_label(kind: PlanItemKind) -> str:
    return QCoreApplication.translate("PlanItemKind", PLAN_ITEM_KIND_LABELS[kind])
