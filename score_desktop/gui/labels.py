"""Translated labels for domain catalogue values, and the tint of an overdue due date.

The domain keeps English source texts; they are marked here so pyside6-lupdate extracts them,
and translated on display with the same contexts.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from ..domain.catalogues import VISIT_TYPE_LABELS, VisitType

OVERDUE_COLOUR = QColor("#F5B7B1")  # projects and hazards past due, still open

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


def visit_type_label(visit_type: VisitType) -> str:
    return QCoreApplication.translate("VisitType", VISIT_TYPE_LABELS[visit_type])


def visit_caption(visit) -> str:
    """How a visit is named in lists and filters everywhere: "2026-09-08 · Follow-up 1",
    its type in the user's language."""
    return f"{visit.date.isoformat()} · {visit_type_label(visit.visit_type)}"


def module_label(title: str) -> str:
    """A catalogue module's title, translated when it is one of the defaults."""
    return QCoreApplication.translate("ScoreModule", title)
