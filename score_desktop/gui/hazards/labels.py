"""Translated labels of hazard enums (the domain keeps English source texts), in the
domain's context: `translated` is the one helper of gui/i18n.py."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...domain.hazard import ControlLevel, HazardStatus, IdentifiedBy, RiskView

STATUS_LABELS = {
    HazardStatus.OPEN: QT_TRANSLATE_NOOP("Domain", "Open"),
    HazardStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Domain", "In progress"),
    HazardStatus.CONTROLLED: QT_TRANSLATE_NOOP("Domain", "Controlled"),
    HazardStatus.VERIFIED: QT_TRANSLATE_NOOP("Domain", "Verified"),
}
IDENTIFIED_BY_LABELS = {
    IdentifiedBy.CONSULTANT: QT_TRANSLATE_NOOP("Domain", "Consultant"),
    IdentifiedBy.INSPECTOR: QT_TRANSLATE_NOOP("Domain", "Safety inspector"),
    IdentifiedBy.EIT: QT_TRANSLATE_NOOP("Domain", "Enterprise Improvement Team"),
    IdentifiedBy.WORKERS_MAPPING: QT_TRANSLATE_NOOP("Domain", "Workers' risk mapping"),
}
NR5_LABELS = {  # the keys of domain.hazard.NR5_COLOURS
    "physical": QT_TRANSLATE_NOOP("Domain", "Physical"),
    "chemical": QT_TRANSLATE_NOOP("Domain", "Chemical"),
    "biological": QT_TRANSLATE_NOOP("Domain", "Biological"),
    "ergonomic": QT_TRANSLATE_NOOP("Domain", "Ergonomic"),
    "accident": QT_TRANSLATE_NOOP("Domain", "Accident / mechanical"),
}
CONTROL_LEVEL_LABELS = {
    ControlLevel.ELIMINATION: QT_TRANSLATE_NOOP("Domain", "1 Elimination"),
    ControlLevel.SUBSTITUTION: QT_TRANSLATE_NOOP("Domain", "2 Substitution"),
    ControlLevel.ENGINEERING: QT_TRANSLATE_NOOP("Domain", "3 Engineering"),
    ControlLevel.ADMINISTRATIVE: QT_TRANSLATE_NOOP("Domain", "4 Administrative"),
    ControlLevel.PPE: QT_TRANSLATE_NOOP("Domain", "5 PPE"),
}

RISK_VIEW_LABELS = {  # the choice of the plan's risk view
    RiskView.CURRENT: QT_TRANSLATE_NOOP("Domain", "Current risk"),
    RiskView.INITIAL: QT_TRANSLATE_NOOP("Domain", "Initial risk"),
    RiskView.RESIDUAL: QT_TRANSLATE_NOOP("Domain", "Residual risk"),
}
LEGEND_TITLES = {  # the legend's first line: which risk the pins show
    RiskView.CURRENT: QT_TRANSLATE_NOOP("Domain", "Pins: current risk"),
    RiskView.INITIAL: QT_TRANSLATE_NOOP("Domain", "Pins: initial risk"),
    RiskView.RESIDUAL: QT_TRANSLATE_NOOP("Domain", "Pins: residual risk (with proposed controls)"),
}
