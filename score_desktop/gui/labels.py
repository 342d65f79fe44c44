"""Translated labels for domain catalogue values, and the tint of an overdue due date.

The domain keeps English source texts, marked with domain.messages.N_; they are translated
on display by gui/i18n.translated.
"""

from PySide6.QtGui import QColor

from ..domain.catalogues import VISIT_TYPE_LABELS, VisitType
from .i18n import translated

OVERDUE_COLOUR = QColor("#F5B7B1")  # projects and hazards past due, still open


def visit_type_label(visit_type: VisitType) -> str:
    return translated(VISIT_TYPE_LABELS[visit_type])


def visit_caption(visit) -> str:
    """How a visit is named in lists and filters everywhere: "2026-09-08 · Follow-up 1",
    its type in the user's language."""
    return f"{visit.date.isoformat()} · {visit_type_label(visit.visit_type)}"


def module_label(title: str) -> str:
    """A catalogue module's title, translated when it is one of the defaults."""
    return translated(title)
