"""Default catalogues: SCORE modules, visit types and ISIC-style sectors.

Modules are stored in the workspace so a country programme can add its own (Lean, Business
Continuity…); these are the defaults every new workspace starts with.
"""

from dataclasses import dataclass
from enum import StrEnum

from .messages import N_


@dataclass(frozen=True, slots=True)
class ScoreModule:
    code: str
    title: str
    sort_order: int = 100


DEFAULT_MODULES: tuple[ScoreModule, ...] = (
    ScoreModule("WC", N_("Workplace Cooperation"), 10),
    ScoreModule("QM", N_("Quality Management"), 20),
    ScoreModule("CP", N_("Clean Production"), 30),
    ScoreModule("HRM", N_("Human Resource Management"), 40),
    ScoreModule("OSH", N_("Occupational Safety and Health"), 50),
    ScoreModule("GENDER", N_("Gender Equality"), 60),
    ScoreModule("COVID", N_("COVID-19 Safety & Health"), 70),
)


class VisitType(StrEnum):
    """Where a visit sits in the SCORE module cycle (intake, three follow-ups, extras)."""

    INTAKE = "intake"
    FOLLOW_UP_1 = "follow_up_1"
    FOLLOW_UP_2 = "follow_up_2"
    FOLLOW_UP_3 = "follow_up_3"
    EXTRA = "extra"
    YEAR_AFTER = "year_after"


VISIT_TYPE_LABELS: dict[VisitType, str] = {
    VisitType.INTAKE: N_("Intake / baseline"),
    VisitType.FOLLOW_UP_1: N_("Follow-up 1"),
    VisitType.FOLLOW_UP_2: N_("Follow-up 2"),
    VisitType.FOLLOW_UP_3: N_("Follow-up 3"),
    VisitType.EXTRA: N_("Extra visit"),
    VisitType.YEAR_AFTER: N_("Year-after visit"),
}

# ISIC Rev.4 divisions where SCORE enterprises are most often found; the field stays free text.
SECTOR_SUGGESTIONS: tuple[str, ...] = (
    "C10 Manufacture of food products",
    "C11 Manufacture of beverages",
    "C13 Manufacture of textiles",
    "C14 Manufacture of wearing apparel (garments)",
    "C15 Manufacture of leather and related products",
    "C16 Manufacture of wood and products of wood",
    "C17 Manufacture of paper and paper products",
    "C20 Manufacture of chemicals and chemical products",
    "C22 Manufacture of rubber and plastics products",
    "C23 Manufacture of other non-metallic mineral products",
    "C24 Manufacture of basic metals",
    "C25 Manufacture of fabricated metal products",
    "C27 Manufacture of electrical equipment",
    "C28 Manufacture of machinery and equipment n.e.c.",
    "C29 Manufacture of motor vehicles and parts",
    "C31 Manufacture of furniture",
    "F41 Construction of buildings",
    "I55 Accommodation (hotels)",
    "A01 Crop and animal production (agro-processing)",
)
