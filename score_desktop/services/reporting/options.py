"""What a report shows and how it is printed: chosen in the export dialog or on the command
line. Free of reportlab, so the window can build options without loading it."""

from dataclasses import dataclass, field
from enum import StrEnum

from ...domain.errors import KnownProblemError
from ...domain.hazard import RiskView
from ...domain.plan_style import PinStyle


class Section(StrEnum):
    """Toggleable parts of the visit report, in the order they are printed."""

    SUMMARY = "summary"
    VISIT = "visit"
    PLAN = "plan"
    RISK_MATRIX = "risk_matrix"
    HAZARDS = "hazards"
    HAZARD_DETAILS = "hazard_details"
    BEFORE_AFTER = "before_after"
    CHECKLISTS = "checklists"
    EIP = "eip"
    INDICATORS = "indicators"
    SIGNATURES = "signatures"


class Paper(StrEnum):
    A4 = "A4"
    LETTER = "Letter"


REPORT_LANGUAGES = {
    "en": "English",
    "zh_CN": "中文（简体）",
    "es": "Español",
    "fr": "Français",
    "vi": "Tiếng Việt",
}


@dataclass(frozen=True)
class Logo:
    """An image printed on the cover; `data` is the file's bytes (checked when chosen)."""

    role: str  # programme, consultant, enterprise
    data: bytes


@dataclass(frozen=True)
class ReportOptions:
    sections: frozenset[Section] = frozenset(Section)
    paper: Paper = Paper.A4
    language: str = "en"
    pin_style: PinStyle = PinStyle.CATEGORY
    pin_risk: RiskView = RiskView.CURRENT  # which rating the plan's pins show
    north_arrow: bool = False  # only when the top of the plan faces north
    logos: tuple[Logo, ...] = field(default_factory=tuple)

    def shows(self, section: Section) -> bool:
        return section in self.sections


def report_language(ui_language: str) -> str:
    """The report language for a UI language (`zh_CN`, `es_ES`, `fr`…); English otherwise."""
    if ui_language in REPORT_LANGUAGES:
        return ui_language
    base = ui_language.split("_")[0]
    if base == "zh":
        return "zh_CN"
    return base if base in REPORT_LANGUAGES else "en"


def parse_sections(text: str | None) -> frozenset[Section]:
    """ "summary,plan,hazards" (command line) to sections; all of them when empty."""
    if not text or not text.strip():
        return frozenset(Section)
    chosen = set()
    for name in (part.strip() for part in text.split(",")):
        try:
            chosen.add(Section(name))
        except ValueError:
            known = ", ".join(s.value for s in Section)
            raise KnownProblemError(f"Unknown report section “{name}”. Known: {known}.") from None
    return frozenset(chosen)


def check_language(language: str) -> str:
    if language not in REPORT_LANGUAGES:
        known = ", ".join(REPORT_LANGUAGES)
        raise KnownProblemError(f"Reports can be written in {known}, not “{language}”.")
    return language
