"""How each kind of plan item looks: one table read by the screen scene and by the plan sheet
that the PDF, PNG and SVG outputs draw (services/plan_sheet)."""

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from .floorplan import PlanItemKind
from .hazard import NR5_COLOURS, Hazard, HazardCategory, RiskView, count_ratings
from .risk import RiskMethod


@dataclass(frozen=True, slots=True)
class ItemStyle:
    fill: str  # "#RRGGBB" or "" for none
    stroke: str
    stroke_metres: float  # line width; for segments the default thickness
    fill_alpha: float = 1.0
    symbol_text: str = ""  # short mark drawn in point symbols


STYLES: dict[PlanItemKind, ItemStyle] = {
    PlanItemKind.ZONE: ItemStyle("#A9CCE3", "#2E5C7A", 0.05, 0.45),
    PlanItemKind.AISLE: ItemStyle("#F7DC6F", "#B7950B", 0.03, 0.55),
    PlanItemKind.STORAGE: ItemStyle("#D7BDE2", "#6C3483", 0.04, 0.5),
    PlanItemKind.WALL: ItemStyle("", "#34495E", 0.25),
    PlanItemKind.DOOR: ItemStyle("", "#A04000", 0.12),
    PlanItemKind.EMERGENCY_EXIT: ItemStyle("", "#1E8449", 0.45),
    PlanItemKind.MACHINE: ItemStyle("#BFC9CA", "#424949", 0.04),
    PlanItemKind.STAIRS: ItemStyle("#F2F3F4", "#566573", 0.03),
    PlanItemKind.FIRE_EXTINGUISHER: ItemStyle("#C0392B", "#FFFFFF", 0.0, symbol_text="F"),
    PlanItemKind.FIRST_AID: ItemStyle("#1E8449", "#FFFFFF", 0.0, symbol_text="+"),
    PlanItemKind.EYEWASH: ItemStyle("#138D75", "#FFFFFF", 0.0, symbol_text="E"),
    PlanItemKind.LABEL: ItemStyle("", "#17202A", 0.0),
}

SYMBOL_SIZE_PX = 22  # symbols keep their size on screen at every zoom
DEFAULT_LABEL_METRES = 0.6  # text height of a label and of zone names


# Hazard pins: diameter on screen by risk band (participatory maps: small, medium, large).
PIN_DIAMETERS_PX = (20, 26, 32, 38, 44)
UNRATED_PIN_COLOUR = "#95A5A6"
UNRATED_PIN_PX = PIN_DIAMETERS_PX[1]  # neither the smallest (low) nor a band's


# On paper (PDF, PNG, SVG): one stated print size, whatever the resolution. A pin of the
# screen's d pixels is d × PRINT_MM_PER_PX mm across (3.6 to 7.9 mm), a symbol 4 mm.
PRINT_MM_PER_PX = 0.18
SYMBOL_PRINT_MM = SYMBOL_SIZE_PX * PRINT_MM_PER_PX
TAG_PRINT_MM = 2.0  # the register number (H1…) beside a pin: its em
LABEL_PRINT_MM = (2.5, 1.8)  # names on the plan: preferred and smallest em
LEGEND_PRINT_MM = 2.8  # the legend's text


def pin_print_mm(diameter_px: int) -> float:
    """A pin's diameter on paper, for its diameter on screen (`pin_look`)."""
    return diameter_px * PRINT_MM_PER_PX


def pin_print_range() -> tuple[float, float]:
    """The smallest and largest pin on paper, in mm (what the legend states)."""
    return pin_print_mm(PIN_DIAMETERS_PX[0]), pin_print_mm(PIN_DIAMETERS_PX[-1])


def pin_diameter(band_index: int, band_count: int) -> int:
    """Spread a method's bands over the pin sizes, lowest band smallest."""
    if band_count <= 1:
        return PIN_DIAMETERS_PX[1]
    step = (len(PIN_DIAMETERS_PX) - 1) / (band_count - 1)
    return PIN_DIAMETERS_PX[round(band_index * step)]


class PinStyle(StrEnum):
    """How hazard pins are coloured: by category (participatory map), by the Brazilian NR-5
    five colours, or by risk band (traffic light)."""

    CATEGORY = "category"
    NR5 = "nr5"
    BAND = "band"


def pin_look(
    hazard: Hazard,
    method: RiskMethod,
    category: HazardCategory | None,
    style: PinStyle,
    view: RiskView = RiskView.CURRENT,
) -> tuple[str, int]:
    """Colour and diameter (screen pixels) of a hazard's pin, for its risk in `view` (by
    default the current risk: `Hazard.current`). The plan editor and the PDF plan both draw
    from this. A hazard not rated in `view` gets a neutral pin in every style: grey, of a
    middle size, so it never reads as a low risk nor as a rated hazard of its category."""
    assessment = hazard.assessment(method, view)
    if assessment is None:
        return UNRATED_PIN_COLOUR, UNRATED_PIN_PX
    diameter = pin_diameter(assessment.band_index, len(method.bands))
    if style is PinStyle.BAND:
        colour = assessment.band.colour
    elif category is None:
        colour = UNRATED_PIN_COLOUR
    elif style is PinStyle.NR5:
        colour = NR5_COLOURS.get(category.nr5_group, UNRATED_PIN_COLOUR)
    else:
        colour = category.colour
    return colour, diameter


@dataclass(frozen=True, slots=True)
class LegendColour:
    """A colour of a pin legend. `kind` says what `key` names, for each view to word in its
    language: "category" (a category code), "nr5" (an NR-5 group), "band" (a band label), or
    "unrated" (no key)."""

    colour: str
    kind: str
    key: str = ""


def pin_legend(
    style: PinStyle,
    method: RiskMethod | None,
    hazards: Iterable[Hazard],
    categories: Iterable[HazardCategory],
    view: RiskView = RiskView.CURRENT,
) -> list[LegendColour]:
    """The colours the pins of `hazards` have in `style`, as `pin_look` gives them: the
    categories of rated pins (catalogue order, then unknown codes in grey), the NR-5 groups
    of rated pins, or the method's bands; then grey for pins not rated in `view`, if any.
    The screen legend and the PDF plan's legend both list these. `method` is needed for the
    band style; without it, in the other styles, every pin counts as rated."""
    hazards = list(hazards)
    unrated: set[tuple[tuple[str, float], ...]] = set()
    if method is not None:  # a few dozen distinct ratings
        unrated = {r for r in count_ratings(hazards, view) if method.rated(r) is None}
    not_rated = [LegendColour(UNRATED_PIN_COLOUR, "unrated")] if unrated else []
    if style is PinStyle.BAND:
        if method is None:
            raise ValueError("Pins coloured by band need a risk method.")
        entries = [LegendColour(band.colour, "band", band.label) for band in method.bands]
        return entries + not_rated
    if unrated:
        hazards = [h for h in hazards if h.ratings(view) not in unrated]
    codes = {h.category_code for h in hazards}
    known = [c for c in categories if c.code in codes]
    unknown = sorted(codes - {c.code for c in known})
    if style is PinStyle.NR5:
        groups = {c.nr5_group for c in known}
        entries = [LegendColour(NR5_COLOURS[g], "nr5", g) for g in NR5_COLOURS if g in groups]
    else:
        entries = [LegendColour(c.colour, "category", c.code) for c in known]
    unknown_codes = [LegendColour(UNRATED_PIN_COLOUR, "category", code) for code in unknown]
    return entries + unknown_codes + not_rated


def ink_on(colour: str) -> str:
    """Dark text on a light pin or badge, white on a dark one (the pins' rule)."""
    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return "#1B2631" if (r * 299 + g * 587 + b * 114) / 1000 > 0.62 else "#FFFFFF"
