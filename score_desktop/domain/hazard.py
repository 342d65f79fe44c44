"""Hazards: one record shown twice, as a pin on the plan and as a row of the register."""

import datetime as dt
import operator
import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from .errors import ValidationError
from .geometry import Point
from .messages import N_, Message
from .risk import Assessment, Ratings, RiskMethod


class HazardStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    CONTROLLED = "controlled"
    VERIFIED = "verified"

    @property
    def open(self) -> bool:
        """Still to be acted on: its due date still binds."""
        return self in (HazardStatus.OPEN, HazardStatus.IN_PROGRESS)

    @property
    def controls_in_place(self) -> bool:
        """The proposed controls are in place, so the residual rating is the risk now."""
        return self in _IN_PLACE


_IN_PLACE = frozenset((HazardStatus.CONTROLLED, HazardStatus.VERIFIED))


class RiskView(StrEnum):
    """Which of a hazard's ratings a view shows. CURRENT is the risk that exists now (see
    `Hazard.ratings`): what a risk map shows unless asked otherwise."""

    CURRENT = "current"
    INITIAL = "initial"
    RESIDUAL = "residual"


class IdentifiedBy(StrEnum):
    CONSULTANT = "consultant"
    INSPECTOR = "inspector"
    EIT = "eit"
    WORKERS_MAPPING = "workers_mapping"


class ControlLevel(StrEnum):
    """The hierarchy of controls, most effective first."""

    ELIMINATION = "elimination"
    SUBSTITUTION = "substitution"
    ENGINEERING = "engineering"
    ADMINISTRATIVE = "administrative"
    PPE = "ppe"


@dataclass(frozen=True, slots=True)
class ProposedControl:
    text: str
    level: ControlLevel


@dataclass(frozen=True, slots=True)
class HazardCategory:
    code: str
    name: str
    colour: str
    symbol: str  # one or two letters on its badge, beside its name (tells like colours apart)
    nr5_group: str  # physical, chemical, biological, ergonomic, accident

    def validate(self) -> None:
        problems = {}
        if not self.code.strip() or not self.name.strip():
            problems["name"] = N_("A category needs a name.")
        if not (len(self.colour) == 7 and self.colour.startswith("#")):
            problems["colour"] = Message(
                "“{colour}” is not a colour like #2E86C1.", colour=self.colour
            )
        if not 1 <= len(self.symbol.strip()) <= 2:
            problems["symbol"] = N_("The symbol is one or two characters.")
        if self.nr5_group not in NR5_COLOURS:
            problems["nr5_group"] = Message(
                "“{nr5_group}” is not an NR-5 group.", nr5_group=self.nr5_group
            )
        if problems:
            raise ValidationError(problems)


@dataclass(frozen=True, slots=True)
class Hazard:
    enterprise_id: uuid.UUID
    title: str
    category_code: str
    id: uuid.UUID = field(default_factory=uuid.uuid4)
    plan_id: uuid.UUID | None = None
    position: Point | None = None  # on the plan, in plan units; None: listed, not pinned
    description: str = ""
    source: str = ""
    exposed_women: int = 0
    exposed_men: int = 0
    job: str = ""
    existing_controls: str = ""
    initial: tuple[tuple[str, float], ...] = ()  # factor key -> value, per the method
    proposed_controls: tuple[ProposedControl, ...] = ()
    residual: tuple[tuple[str, float], ...] = ()  # empty: not rated yet
    responsible: str = ""
    due_date: dt.date | None = None
    status: HazardStatus = HazardStatus.OPEN
    identified_by: IdentifiedBy = IdentifiedBy.CONSULTANT
    visit_id: uuid.UUID | None = None
    legal_reference: str = ""

    @property
    def exposed(self) -> int:
        return self.exposed_women + self.exposed_men

    @property
    def is_pinned(self) -> bool:
        return self.plan_id is not None and self.position is not None

    def is_overdue(self, today: dt.date) -> bool:
        return self.status.open and self.due_date is not None and self.due_date < today

    def initial_assessment(self, method: RiskMethod) -> Assessment | None:
        """None when not rated, or rated for another method (shown as unrated, not an error;
        validate() refuses such ratings when the record is saved)."""
        return _assess(self.initial, method)

    def residual_assessment(self, method: RiskMethod) -> Assessment | None:
        return _assess(self.residual, method)

    @property
    def current(self) -> tuple[tuple[str, float], ...]:
        """The ratings of the risk that exists now: the initial rating until the controls
        are in place (status controlled or verified), then the residual. Proposed controls
        lower nothing yet; controls in place but not re-rated keep the initial rating."""
        return current_ratings(self.initial, self.residual, self.status)

    def ratings(self, view: RiskView) -> tuple[tuple[str, float], ...]:
        """The stored ratings a view of `view` shows (empty: not rated)."""
        if view is RiskView.CURRENT:
            return self.current
        return self.initial if view is RiskView.INITIAL else self.residual

    def assessment(self, method: RiskMethod, view: RiskView) -> Assessment | None:
        """The risk in `view` (None: not rated for this method)."""
        return _assess(self.ratings(view), method)

    def validate(self, method: RiskMethod, category_codes: set[str]) -> None:
        problems: dict[str, str] = {}
        if not self.title.strip():
            problems["title"] = N_("A hazard needs a title.")
        if self.category_code not in category_codes:
            problems["category"] = Message(
                "“{category_code}” is not a hazard category.", category_code=self.category_code
            )
        if self.exposed_women < 0 or self.exposed_men < 0:
            problems["exposed"] = N_("Exposed workers cannot be negative.")
        if (self.plan_id is None) != (self.position is None):
            problems["position"] = N_("A pin needs both a plan and a position.")
        # a hazard may be recorded before it is rated (a pin placed on the walk-through): it
        # is shown as not rated, never as a rating nobody gave it
        for name, values in (("initial", self.initial), ("residual", self.residual)):
            if values:
                try:
                    method.validate_values(dict(values))
                except ValidationError as exc:
                    found = list(exc.problems.values())  # each one translatable on its own
                    problems[name] = Message(
                        " ".join(f"{{p{i}}}" for i in range(len(found))),
                        **{f"p{i}": text for i, text in enumerate(found)},
                    )
        if problems:
            raise ValidationError(problems)


def _assess(values: tuple[tuple[str, float], ...], method: RiskMethod) -> Assessment | None:
    return method.rated(values)


def current_ratings(initial: Ratings, residual: Ratings, status: HazardStatus) -> Ratings:
    """The ratings of the risk that exists now (see Hazard.current), from stored values."""
    return residual if residual and status in _IN_PLACE else initial


_STORED = operator.attrgetter("initial", "residual", "status")


def count_ratings(hazards: Iterable[Hazard], view: RiskView) -> Counter[Ratings]:
    """How many of `hazards` have each ratings in `view`. The same as counting
    `h.ratings(view)`, for thousands of hazards: they share a few dozen stored ratings,
    gathered without a Python call per hazard, and the rule applies once to each."""
    stored = Counter(map(_STORED, hazards))
    counts: Counter[Ratings] = Counter()
    for (initial, residual, status), count in stored.items():
        if view is RiskView.CURRENT:
            counts[current_ratings(initial, residual, status)] += count
        else:
            counts[initial if view is RiskView.INITIAL else residual] += count
    return counts


def ordered_hazards(hazards: Iterable[Hazard], method: RiskMethod) -> list[Hazard]:
    """The register's order: highest initial risk first, unrated last, then by title (and
    id, so every holder of the same records gives the same order). Its row numbers (H1,
    H2…) name a hazard on the plan's pins, in the register, in the form's title and in the
    report."""
    hazards = list(hazards)
    scores: dict[tuple[tuple[str, float], ...], float] = {}  # a few dozen distinct ratings
    for hazard in hazards:
        if hazard.initial not in scores:
            assessment = method.rated(hazard.initial)
            scores[hazard.initial] = assessment.score if assessment is not None else -1.0
    return sorted(hazards, key=lambda h: (-scores[h.initial], h.title, h.id))


def register_numbers(hazards: Iterable[Hazard], method: RiskMethod) -> dict[uuid.UUID, int]:
    """Each hazard's register number (1 for H1), by `ordered_hazards`: give it all of an
    enterprise's hazards, whatever a view filters."""
    return {h.id: n for n, h in enumerate(ordered_hazards(hazards, method), start=1)}


NR5_COLOURS = {  # Brazil NR-5 participatory risk map
    "physical": "#27AE60",
    "chemical": "#E74C3C",
    "biological": "#8E5B3A",
    "ergonomic": "#F4D03F",
    "accident": "#2E86C1",
}

DEFAULT_CATEGORIES: tuple[HazardCategory, ...] = (
    HazardCategory("mechanical", N_("Mechanical / machinery"), "#2E86C1", "M", "accident"),
    HazardCategory("electrical", N_("Electrical"), "#F39C12", "E", "accident"),
    HazardCategory("fire", N_("Fire & explosion"), "#C0392B", "F", "accident"),
    HazardCategory("chemical", N_("Chemical"), "#8E44AD", "C", "chemical"),
    HazardCategory("noise", N_("Physical: noise"), "#16A085", "N", "physical"),
    HazardCategory("heat", N_("Physical: heat"), "#D35400", "H", "physical"),
    HazardCategory("vibration", N_("Physical: vibration"), "#1ABC9C", "V", "physical"),
    HazardCategory("lighting", N_("Physical: lighting"), "#F1C40F", "L", "physical"),
    HazardCategory("radiation", N_("Physical: radiation"), "#7D3C98", "R", "physical"),
    HazardCategory("biological", N_("Biological"), "#6E2C00", "B", "biological"),
    HazardCategory("ergonomic", N_("Ergonomic"), "#B7950B", "Er", "ergonomic"),
    HazardCategory("psychosocial", N_("Psychosocial"), "#AF7AC5", "Ps", "ergonomic"),
    HazardCategory("slips", N_("Slips, trips & falls"), "#5D6D7E", "S", "accident"),
    HazardCategory("transport", N_("Transport / forklift"), "#273746", "T", "accident"),
    HazardCategory("infection", N_("COVID-19 / infection"), "#117864", "I", "biological"),
)
