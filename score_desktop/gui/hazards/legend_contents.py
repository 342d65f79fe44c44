"""What the pin legend says for a plan: which risk the pins show, their colours in the chosen
style (one rule, `domain.plan_style.pin_legend`, also behind the PDF plan's legend), and what a
pin's size and number mean. Worded here, drawn by `pin_legend.PinLegend`."""

import uuid

from PySide6.QtCore import QCoreApplication

from ...document.portfolio import PortfolioDocument
from ...domain.hazard import RiskView
from ...domain.plan_style import (
    PIN_DIAMETERS_PX,
    LegendColour,
    PinStyle,
    pin_legend,
    pin_print_range,
)
from ...domain.risk import RiskMethod
from ..i18n import translated
from ..numbers import figure
from .labels import LEGEND_TITLES, NR5_LABELS


def legend_contents(
    document: PortfolioDocument, enterprise_id: uuid.UUID, style: PinStyle, view: RiskView
) -> tuple[str, list[tuple[str, str, str]], str]:
    """(title, entries, note) of the legend: entries are (colour, name, badge letters)."""
    method = document.risk_method(enterprise_id)
    register = document.hazards
    colours = pin_legend(
        style, method, register.hazards_of(enterprise_id), register.categories(), view
    )
    entries = [(e.colour, _name(document, e), _badge(document, e)) for e in colours]
    bands = ", ".join(translated(band.label) for band in method.bands)
    note = (
        QCoreApplication.translate(
            "PinLegend",
            "Pin size grows with the risk band (%1: %2 to %3 px). The number in a pin "
            "is the workers exposed; its tag (H1…) is its row in the register.",
        )
        .replace("%1", bands)
        .replace("%2", str(PIN_DIAMETERS_PX[0]))
        .replace("%3", str(PIN_DIAMETERS_PX[-1]))
    )
    return translated(LEGEND_TITLES[view]), entries, note


def _badge(document: PortfolioDocument, entry: LegendColour) -> str:
    """A category's letters, in its dot: the other styles' dots are colours only."""
    category = document.hazards.category(entry.key) if entry.kind == "category" else None
    return category.symbol if category else ""


def _name(document: PortfolioDocument, entry: LegendColour) -> str:
    if entry.kind == "category":
        category = document.hazards.category(entry.key)
        if category is not None:
            return translated(category.name)
        return QCoreApplication.translate("PinLegend", "unknown (%1)").replace("%1", entry.key)
    if entry.kind == "nr5":
        return translated(NR5_LABELS[entry.key])
    return (
        translated(entry.key)
        if entry.kind == "band"
        else QCoreApplication.translate("PinLegend", "Not rated")
    )


def paper_pin_note(method: RiskMethod, dpi: int | None = None) -> str:
    """The legend's note for a plan on paper: pin sizes in mm (their print size, the same at
    every resolution) and, for an image, in its pixels at `dpi`."""
    bands = ", ".join(translated(band.label) for band in method.bands)
    low, high = pin_print_range()
    if dpi is None:
        sizes = QCoreApplication.translate("PinLegend", "%1 to %2 mm across").replace(
            "%1", figure(low, 1)
        )
    else:
        sizes = (
            QCoreApplication.translate("PinLegend", "%1 to %2 mm across, %3 to %4 px at %5 dpi")
            .replace("%1", figure(low, 1))
            .replace("%3", str(round(low * dpi / 25.4)))
            .replace("%4", str(round(high * dpi / 25.4)))
            .replace("%5", str(dpi))
        )
    sizes = sizes.replace("%2", figure(high, 1))
    return (
        QCoreApplication.translate(
            "PinLegend",
            "Pin size grows with the risk band (%1: %2). The number in a pin "
            "is the workers exposed; its tag (H1…) is its row in the register.",
        )
        .replace("%1", bands)
        .replace("%2", sizes)
    )
