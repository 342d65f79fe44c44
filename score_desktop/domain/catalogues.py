"""Default catalogues: SCORE modules, visit types and ISIC-style sectors.

Modules are stored in the workspace so a country programme can add its own (Lean, Business
Continuity…); these are the defaults every new workspace starts with.
"""

from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class ScoreModule:
    code: str
    title: str
    sort_order: int = 100


DEFAULT_MODULES: tuple[ScoreModule, ...] = (
    ScoreModule("WC", "Workplace Cooperation", 10),
    ScoreModule("QM", "Quality Management", 20),
    ScoreModule("CP", "Clean Production", 30),
    ScoreModule("HRM", "Human Resource Management", 40),
    ScoreModule("OSH", "Occupational Safety and Health", 50),
    ScoreModule("GENDER", "Gender Equality", 60),
    ScoreModule("COVID", "COVID-19 Safety & Health", 70),
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
    VisitType.INTAKE: "Intake / baseline",
    VisitType.FOLLOW_UP_1: "Follow-up 1",
    VisitType.FOLLOW_UP_2: "Follow-up 2",
    VisitType.FOLLOW_UP_3: "Follow-up 3",
    VisitType.EXTRA: "Extra visit",
    VisitType.YEAR_AFTER: "Year-after visit",
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
