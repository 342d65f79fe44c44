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
        raise ValidationError({self.key: f"{self.name} must be one of {allowed}, not {value:g}."})

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
        problems = {}
        for factor in self.factors:
            if factor.key not in values:
                problems[factor.key] = f"Rate {factor.name.lower()}."
                continue
            try:
                factor.level(values[factor.key])
            except ValidationError as exc:
                problems.update(exc.problems)
        extra = set(values) - {f.key for f in self.factors}
        if extra:
            problems["factors"] = f"{self.name} has no factor {sorted(extra)[0]}."
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
                {"bands": "Only the last band may be open-ended, and it must be."}
            )
        # checked above: only the last limit is None, and neither slice holds it
        lower, upper = cast(list[float], uppers[:-1]), cast(list[float], uppers[1:-1])
        if any(a >= b for a, b in zip(lower, upper, strict=False)):
            raise ValidationError({"bands": "Band limits must increase from band to band."})
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
    "5 × 5 likelihood × severity",
    (
        Factor(
            "likelihood",
            "Likelihood",
            FactorRole.LIKELIHOOD,
            _levels(
                (1, "Very unlikely / rare"),
                (2, "Unlikely"),
                (3, "Possible"),
                (4, "Likely"),
                (5, "Very likely / almost certain"),
            ),
        ),
        Factor(
            "severity",
            "Severity",
            FactorRole.SEVERITY,
            _levels(
                (1, "Negligible (first aid)"),
                (2, "Minor"),
                (3, "Moderate (lost time)"),
                (4, "Major (permanent disability)"),
                (5, "Catastrophic (death)"),
            ),
        ),
    ),
    (
        Band("low", "Low", 4, GREEN, "Monitor; routine controls"),
        Band("medium", "Medium", 9, AMBER, "Specific controls; review"),
        Band("high", "High", 15, ORANGE, "Priority action; management attention"),
        Band("very_high", "Very high", None, RED, "Stop work until the risk is reduced"),
    ),
)

MATRIX_3X3 = RiskMethod(
    "3x3",
    "3 × 3 probability × consequence (Peru / Spain)",
    (
        Factor(
            "probability",
            "Probability",
            FactorRole.LIKELIHOOD,
            _levels((1, "Low"), (2, "Medium"), (3, "High")),
        ),
        Factor(
            "consequence",
            "Consequence",
            FactorRole.SEVERITY,
            _levels((1, "Slightly harmful"), (2, "Harmful"), (3, "Extremely harmful")),
        ),
    ),
    (
        Band("trivial", "Trivial", 1, GREEN, "No specific action"),
        Band("tolerable", "Tolerable", 2, GREEN, "Keep controls; periodic checks"),
        Band("moderate", "Moderate", 4, AMBER, "Reduce the risk within a set time"),
        Band("important", "Important", 6, ORANGE, "Do not start work until reduced"),
        Band("intolerable", "Intolerable", None, RED, "Stop work; forbidden until reduced"),
    ),
)

FINE_KINNEY = RiskMethod(
    "fine_kinney",
    "Fine-Kinney (P × E × C)",
    (
        Factor(
            "probability",
            "Probability",
            FactorRole.LIKELIHOOD,
            _levels(
                (0.1, "Virtually impossible"),
                (0.2, "Practically impossible"),
                (0.5, "Conceivable but very unlikely"),
                (1, "Only remotely possible"),
                (3, "Unusual but possible"),
                (6, "Quite possible"),
                (10, "May well be expected"),
            ),
        ),
        Factor(
            "exposure",
            "Exposure",
            FactorRole.EXPOSURE,
            _levels(
                (0.5, "Very rare (yearly)"),
                (1, "Rare (a few times a year)"),
                (2, "Unusual (monthly)"),
                (3, "Occasional (weekly)"),
                (6, "Frequent (daily)"),
                (10, "Continuous"),
            ),
        ),
        Factor(
            "consequence",
            "Consequence",
            FactorRole.SEVERITY,
            _levels(
                (1, "Noticeable (first aid)"),
                (3, "Important (lost time)"),
                (7, "Serious (permanent harm)"),
                (15, "Very serious (one death)"),
                (40, "Disaster (several deaths)"),
                (100, "Catastrophe (many deaths)"),
            ),
        ),
    ),
    (
        Band("acceptable", "Acceptable", 20, GREEN, "Attention indicated", upper_inclusive=False),
        Band("possible", "Possible", 70, AMBER, "Attention needed"),
        Band("substantial", "Substantial", 200, ORANGE, "Correction required"),
        Band("high", "High", 400, RED, "Immediate correction"),
        Band("very_high", "Very high", None, DARK_RED, "Consider stopping the activity"),
    ),
)

OIRA_KINNEY = RiskMethod(
    "oira_kinney",
    "OiRA Kinney (P × F × S)",
    (
        Factor(
            "probability",
            "Probability",
            FactorRole.LIKELIHOOD,
            _levels((1, "Small"), (3, "Medium"), (5, "Large")),
        ),
        Factor(
            "frequency",
            "Frequency",
            FactorRole.EXPOSURE,
            _levels((1, "Almost never"), (4, "Regularly"), (7, "Constantly")),
        ),
        Factor(
            "severity",
            "Severity",
            FactorRole.SEVERITY,
            _levels((1, "Weak"), (5, "Significant"), (10, "High")),
        ),
    ),
    (
        Band("low", "Low", 15, GREEN),
        Band("medium", "Medium", 50, AMBER),
        Band("high", "High", None, RED),
    ),
)

OIRA_FRENCH = RiskMethod(
    "oira_french",
    "OiRA French (F × S)",
    (
        Factor(
            "frequency",
            "Frequency",
            FactorRole.EXPOSURE,
            _levels(
                (1, "Rare"), (3, "Not very often"), (7, "Often"), (9, "Very often / regularly")
            ),
        ),
        Factor(
            "severity",
            "Severity",
            FactorRole.SEVERITY,
            _levels((1, "Weak"), (5, "Not very severe"), (7, "Severe"), (10, "Very severe")),
        ),
    ),
    (
        Band("low", "Low", 10, GREEN, upper_inclusive=False),
        Band("medium", "Medium", 45, AMBER),
        Band("high", "High", None, RED),
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
        raise ValidationError({"name": "A method profile needs a name."})
    return replace(base.with_bands(bands, name=name.strip()), key=profile_key(profile_id))
