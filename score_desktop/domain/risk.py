"""Risk methods: factors with their allowed levels, a product score, and bands.

Every method multiplies its factors. The bands are upper limits, inclusive unless marked
otherwise; they are data, so a programme can rename them or move thresholds (a method
profile) without code. Factors carry a *role* (likelihood, exposure, severity) so that a
hazard's ratings can be carried over when an enterprise changes method.
"""

import math
import uuid
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import cast

from .errors import ValidationError
from .messages import N_, Message


class FactorRole(StrEnum):
    LIKELIHOOD = "likelihood"
    EXPOSURE = "exposure"
    SEVERITY = "severity"


@dataclass(frozen=True, slots=True)
class Level:
    value: float
    label: str


@dataclass(frozen=True, slots=True)
class Factor:
    key: str
    name: str
    role: FactorRole
    levels: tuple[Level, ...]

    def level(self, value: float) -> Level:
        for level in self.levels:
            if math.isclose(level.value, value):
                return level
        allowed = ", ".join(f"{lv.value:g}" for lv in self.levels)
        raise ValidationError(
            {
                self.key: Message(
                    "{factor} must be one of {allowed}, not {value}.",
                    factor=self.name,
                    allowed=allowed,
                    value=f"{value:g}",
                )
            }
        )

    def rank(self, value: float) -> int:
        return self.levels.index(self.level(value))


@dataclass(frozen=True, slots=True)
class Band:
    key: str
    label: str
    upper: float | None  # None: no upper limit (the last band)
    colour: str
    action: str = ""
    upper_inclusive: bool = True

    def contains_top(self, score: float) -> bool:
        if self.upper is None:
            return True
        return score <= self.upper if self.upper_inclusive else score < self.upper


@dataclass(frozen=True, slots=True)
class Assessment:
    score: float
    band: Band
    band_index: int


@dataclass(frozen=True, slots=True)
class RiskMethod:
    key: str
    name: str
    factors: tuple[Factor, ...]
    bands: tuple[Band, ...]
    # ratings seen -> their assessment (None: not valid for this method); a register of ten
    # thousand hazards holds a few dozen distinct ratings. Not part of the method's identity.
    _rated: dict[tuple[tuple[str, float], ...], Assessment | None] = field(
        default_factory=dict, init=False, compare=False, hash=False, repr=False
    )

    def rated(self, ratings: tuple[tuple[str, float], ...]) -> Assessment | None:
        """The assessment of stored ratings (factor key, value), or None when they do not
        fit this method (unrated, or rated with another method)."""
        try:
            return self._rated[ratings]
        except KeyError:
            pass
        try:
            assessment = self.assess(dict(ratings)) if ratings else None
        except ValidationError:
            assessment = None
        if len(self._rated) < 10_000:  # a bound, should stored data be unusually varied
            self._rated[ratings] = assessment
        return assessment

    def validate_values(self, values: dict[str, float]) -> None:
        problems: dict[str, str] = {}
        for factor in self.factors:
            if factor.key not in values:
                problems[factor.key] = Message("{factor}: choose a rating.", factor=factor.name)
                continue
            try:
                factor.level(values[factor.key])
            except ValidationError as exc:
                problems.update(exc.problems)
        extra = set(values) - {f.key for f in self.factors}
        if extra:
            problems["factors"] = Message(
                "{method} has no factor {factor}.", method=self.name, factor=sorted(extra)[0]
            )
        if problems:
            raise ValidationError(problems)

    def score(self, values: dict[str, float]) -> float:
        self.validate_values(values)
        return math.prod(values[f.key] for f in self.factors)

    def band_of(self, score: float) -> tuple[int, Band]:
        for index, band in enumerate(self.bands):
            if band.contains_top(score):
                return index, band
        return len(self.bands) - 1, self.bands[-1]

    def assess(self, values: dict[str, float]) -> Assessment:
        score = self.score(values)
        index, band = self.band_of(score)
        return Assessment(score, band, index)

    @property
    def max_score(self) -> float:
        return math.prod(max(lv.value for lv in f.levels) for f in self.factors)

    def with_bands(self, bands: tuple[Band, ...], name: str | None = None) -> "RiskMethod":
        """A profile: same factors, other thresholds or labels (checked for order)."""
        uppers = [b.upper for b in bands]
        if not bands or uppers[-1] is not None or any(u is None for u in uppers[:-1]):
            raise ValidationError(
                {"bands": N_("Only the last band may be open-ended, and it must be.")}
            )
        # checked above: only the last limit is None, and neither slice holds it
        lower, upper = cast(list[float], uppers[:-1]), cast(list[float], uppers[1:-1])
        if any(a >= b for a, b in zip(lower, upper, strict=False)):
            raise ValidationError({"bands": N_("Band limits must increase from band to band.")})
        return replace(self, bands=bands, name=name or self.name)

    def carry_over(self, values: dict[str, float], source: "RiskMethod") -> dict[str, float]:
        """Ratings from `source` mapped onto this method: same role, same relative rank;
        a role the source did not rate starts at the middle level."""
        by_role = {f.role: f for f in source.factors}
        result = {}
        for factor in self.factors:
            old = by_role.get(factor.role)
            if old is not None and old.key in values:
                fraction = old.rank(values[old.key]) / max(1, len(old.levels) - 1)
            else:
                fraction = 0.5
            rank = round(fraction * (len(factor.levels) - 1))
            result[factor.key] = factor.levels[rank].value
        return result

    def carried_ratings(
        self, ratings: tuple[tuple[str, float], ...], source: "RiskMethod"
    ) -> tuple[tuple[str, float], ...]:
        """A hazard's stored ratings (factor key, value pairs) from `source` onto this method;
        no ratings stay none."""
        return tuple(self.carry_over(dict(ratings), source).items()) if ratings else ()


Ratings = tuple[tuple[str, float], ...]  # stored ratings: (factor key, value) pairs
Cell = tuple[float, float]  # a risk matrix's cell: (likelihood level, severity level)


def matrix_axes(method: RiskMethod) -> tuple[Factor, Factor]:
    """A risk matrix's rows and columns: the likelihood factor (exposure where there is
    none) and the severity factor; a third factor is counted over, not shown."""
    by_role = {f.role: f for f in method.factors}
    rows = by_role.get(FactorRole.LIKELIHOOD) or by_role[FactorRole.EXPOSURE]
    return rows, by_role[FactorRole.SEVERITY]


def ratings_cell(ratings: Ratings, axes: tuple[Factor, Factor]) -> Cell | None:
    """The matrix cell of stored ratings (None: not rated on both axes)."""
    values = dict(ratings)
    row, column = values.get(axes[0].key), values.get(axes[1].key)
    return None if row is None or column is None else (row, column)


GREEN, AMBER, ORANGE, RED, DARK_RED = "#27AE60", "#F1C40F", "#E67E22", "#E74C3C", "#922B21"


def _levels(*pairs: tuple[float, str]) -> tuple[Level, ...]:
    return tuple(Level(value, label) for value, label in pairs)


MATRIX_5X5 = RiskMethod(
    "5x5",
    N_("5 × 5 likelihood × severity"),
    (
        Factor(
            "likelihood",
            N_("Likelihood"),
            FactorRole.LIKELIHOOD,
            _levels(
                (1, N_("Very unlikely / rare")),
                (2, N_("Unlikely")),
                (3, N_("Possible")),
                (4, N_("Likely")),
                (5, N_("Very likely / almost certain")),
            ),
        ),
        Factor(
            "severity",
            N_("Severity"),
            FactorRole.SEVERITY,
            _levels(
                (1, N_("Negligible (first aid)")),
                (2, N_("Minor")),
                (3, N_("Moderate (lost time)")),
                (4, N_("Major (permanent disability)")),
                (5, N_("Catastrophic (death)")),
            ),
        ),
    ),
    (
        Band("low", N_("Low"), 4, GREEN, N_("Monitor; routine controls")),
        Band("medium", N_("Medium"), 9, AMBER, N_("Specific controls; review")),
        Band("high", N_("High"), 15, ORANGE, N_("Priority action; management attention")),
        Band("very_high", N_("Very high"), None, RED, N_("Stop work until the risk is reduced")),
    ),
)

MATRIX_3X3 = RiskMethod(
    "3x3",
    N_("3 × 3 probability × consequence (Peru / Spain)"),
    (
        Factor(
            "probability",
            N_("Probability"),
            FactorRole.LIKELIHOOD,
            _levels((1, N_("Low")), (2, N_("Medium")), (3, N_("High"))),
        ),
        Factor(
            "consequence",
            N_("Consequence"),
            FactorRole.SEVERITY,
            _levels((1, N_("Slightly harmful")), (2, N_("Harmful")), (3, N_("Extremely harmful"))),
        ),
    ),
    (
        Band("trivial", N_("Trivial"), 1, GREEN, N_("No specific action")),
        Band("tolerable", N_("Tolerable"), 2, GREEN, N_("Keep controls; periodic checks")),
        Band("moderate", N_("Moderate"), 4, AMBER, N_("Reduce the risk within a set time")),
        Band("important", N_("Important"), 6, ORANGE, N_("Do not start work until reduced")),
        Band("intolerable", N_("Intolerable"), None, RED, N_("Stop work; forbidden until reduced")),
    ),
)

FINE_KINNEY = RiskMethod(
    "fine_kinney",
    N_("Fine-Kinney (P × E × C)"),
    (
        Factor(
            "probability",
            N_("Probability"),
            FactorRole.LIKELIHOOD,
            _levels(
                (0.1, N_("Virtually impossible")),
                (0.2, N_("Practically impossible")),
                (0.5, N_("Conceivable but very unlikely")),
                (1, N_("Only remotely possible")),
                (3, N_("Unusual but possible")),
                (6, N_("Quite possible")),
                (10, N_("May well be expected")),
            ),
        ),
        Factor(
            "exposure",
            N_("Exposure"),
            FactorRole.EXPOSURE,
            _levels(
                (0.5, N_("Very rare (yearly)")),
                (1, N_("Rare (a few times a year)")),
                (2, N_("Unusual (monthly)")),
                (3, N_("Occasional (weekly)")),
                (6, N_("Frequent (daily)")),
                (10, N_("Continuous")),
            ),
        ),
        Factor(
            "consequence",
            N_("Consequence"),
            FactorRole.SEVERITY,
            _levels(
                (1, N_("Noticeable (first aid)")),
                (3, N_("Important (lost time)")),
                (7, N_("Serious (permanent harm)")),
                (15, N_("Very serious (one death)")),
                (40, N_("Disaster (several deaths)")),
                (100, N_("Catastrophe (many deaths)")),
            ),
        ),
    ),
    (
        Band(
            "acceptable",
            N_("Acceptable"),
            20,
            GREEN,
            N_("Attention indicated"),
            upper_inclusive=False,
        ),
        Band("possible", N_("Possible"), 70, AMBER, N_("Attention needed")),
        Band("substantial", N_("Substantial"), 200, ORANGE, N_("Correction required")),
        Band("high", N_("High"), 400, RED, N_("Immediate correction")),
        Band("very_high", N_("Very high"), None, DARK_RED, N_("Consider stopping the activity")),
    ),
)

OIRA_KINNEY = RiskMethod(
    "oira_kinney",
    N_("OiRA Kinney (P × F × S)"),
    (
        Factor(
            "probability",
            N_("Probability"),
            FactorRole.LIKELIHOOD,
            _levels((1, N_("Small")), (3, N_("Medium")), (5, N_("Large"))),
        ),
        Factor(
            "frequency",
            N_("Frequency"),
            FactorRole.EXPOSURE,
            _levels((1, N_("Almost never")), (4, N_("Regularly")), (7, N_("Constantly"))),
        ),
        Factor(
            "severity",
            N_("Severity"),
            FactorRole.SEVERITY,
            _levels((1, N_("Weak")), (5, N_("Significant")), (10, N_("High"))),
        ),
    ),
    (
        Band("low", N_("Low"), 15, GREEN),
        Band("medium", N_("Medium"), 50, AMBER),
        Band("high", N_("High"), None, RED),
    ),
)

OIRA_FRENCH = RiskMethod(
    "oira_french",
    N_("OiRA French (F × S)"),
    (
        Factor(
            "frequency",
            N_("Frequency"),
            FactorRole.EXPOSURE,
            _levels(
                (1, N_("Rare")),
                (3, N_("Not very often")),
                (7, N_("Often")),
                (9, N_("Very often / regularly")),
            ),
        ),
        Factor(
            "severity",
            N_("Severity"),
            FactorRole.SEVERITY,
            _levels(
                (1, N_("Weak")),
                (5, N_("Not very severe")),
                (7, N_("Severe")),
                (10, N_("Very severe")),
            ),
        ),
    ),
    (
        Band("low", N_("Low"), 10, GREEN, upper_inclusive=False),
        Band("medium", N_("Medium"), 45, AMBER),
        Band("high", N_("High"), None, RED),
    ),
)

BUILT_IN_METHODS: dict[str, RiskMethod] = {
    m.key: m for m in (MATRIX_5X5, MATRIX_3X3, FINE_KINNEY, OIRA_KINNEY, OIRA_FRENCH)
}
DEFAULT_METHOD = MATRIX_5X5


PROFILE_PREFIX = "profile:"


def profile_key(profile_id: uuid.UUID) -> str:
    return f"{PROFILE_PREFIX}{profile_id}"


def make_profile(
    profile_id: uuid.UUID, name: str, base_key: str, bands: tuple[Band, ...]
) -> RiskMethod:
    """A named profile of a built-in method: its factors, these bands, its own key."""
    base = BUILT_IN_METHODS.get(base_key, DEFAULT_METHOD)
    if not name.strip():
        raise ValidationError({"name": N_("A method profile needs a name.")})
    return replace(base.with_bands(bands, name=name.strip()), key=profile_key(profile_id))
