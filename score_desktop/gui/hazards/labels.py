"""Translated labels of hazard enums (the domain keeps English source texts)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...domain.hazard import ControlLevel, HazardStatus, IdentifiedBy, RiskView

STATUS_LABELS = {
    HazardStatus.OPEN: QT_TRANSLATE_NOOP("Hazard", "Open"),
    HazardStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Hazard", "In progress"),
    HazardStatus.CONTROLLED: QT_TRANSLATE_NOOP("Hazard", "Controlled"),
    HazardStatus.VERIFIED: QT_TRANSLATE_NOOP("Hazard", "Verified"),
}
IDENTIFIED_BY_LABELS = {
    IdentifiedBy.CONSULTANT: QT_TRANSLATE_NOOP("Hazard", "Consultant"),
    IdentifiedBy.INSPECTOR: QT_TRANSLATE_NOOP("Hazard", "Safety inspector"),
    IdentifiedBy.EIT: QT_TRANSLATE_NOOP("Hazard", "Enterprise Improvement Team"),
    IdentifiedBy.WORKERS_MAPPING: QT_TRANSLATE_NOOP("Hazard", "Workers' risk mapping"),
}
NR5_LABELS = {  # the keys of domain.hazard.NR5_COLOURS
    "physical": QT_TRANSLATE_NOOP("Hazard", "Physical"),
    "chemical": QT_TRANSLATE_NOOP("Hazard", "Chemical"),
    "biological": QT_TRANSLATE_NOOP("Hazard", "Biological"),
    "ergonomic": QT_TRANSLATE_NOOP("Hazard", "Ergonomic"),
    "accident": QT_TRANSLATE_NOOP("Hazard", "Accident / mechanical"),
}
CONTROL_LEVEL_LABELS = {
    ControlLevel.ELIMINATION: QT_TRANSLATE_NOOP("Hazard", "1 Elimination"),
    ControlLevel.SUBSTITUTION: QT_TRANSLATE_NOOP("Hazard", "2 Substitution"),
    ControlLevel.ENGINEERING: QT_TRANSLATE_NOOP("Hazard", "3 Engineering"),
    ControlLevel.ADMINISTRATIVE: QT_TRANSLATE_NOOP("Hazard", "4 Administrative"),
    ControlLevel.PPE: QT_TRANSLATE_NOOP("Hazard", "5 PPE"),
}

RISK_VIEW_LABELS = {  # the choice of the plan's risk view
    RiskView.CURRENT: QT_TRANSLATE_NOOP("Hazard", "Current risk"),
    RiskView.INITIAL: QT_TRANSLATE_NOOP("Hazard", "Initial risk"),
    RiskView.RESIDUAL: QT_TRANSLATE_NOOP("Hazard", "Residual risk"),
}
LEGEND_TITLES = {  # the legend's first line: which risk the pins show
    RiskView.CURRENT: QT_TRANSLATE_NOOP("Hazard", "Pins: current risk"),
    RiskView.INITIAL: QT_TRANSLATE_NOOP("Hazard", "Pins: initial risk"),
    RiskView.RESIDUAL: QT_TRANSLATE_NOOP("Hazard", "Pins: residual risk (with proposed controls)"),
}


def translated(text: str) -> str:
    return QCoreApplication.translate("Hazard", text)
