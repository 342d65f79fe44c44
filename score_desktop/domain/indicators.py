"""SCORE monitoring indicators: the catalogue, formulas from raw inputs, and change against the
baseline.

Rates are computed from what enterprises actually record (days lost and possible working days,
separations and average headcount…), so the formula is visible and the same everywhere. OSH
rates follow the ILO 16th ICLS (1998): frequency per 1,000,000 hours worked, incidence per
1,000 workers.
"""

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, cast

from .errors import ValidationError
from .improvement import ImprovementProject
from .messages import Message
from .team import EitMeeting, Suggestion


class Direction(StrEnum):
    LOWER_BETTER = "lower_better"
    HIGHER_BETTER = "higher_better"
    # a figure that describes the enterprise, neither better nor worse when it moves (its
    # workforce: 219 → 220 workers was shown red, "worse", against a higher baseline)
    NEUTRAL = "neutral"


class EntryKind(StrEnum):
    BASELINE = "baseline"
    MONTH = "month"
    TARGET = "target"


class Source(StrEnum):
    ENTERED = "entered"  # typed (or pasted) by the consultant
    RECORDS = "records"  # counted from the EIT and EIP records: never typed twice


@dataclass(frozen=True, slots=True)
class Input:
    key: str
    label: str
    count: bool = True  # a count cannot be negative; every input here is a count or amount


@dataclass(frozen=True, slots=True)
class Indicator:
    """`scale` set: value = inputs[0] / inputs[1] × scale (a rate). Unset: the single input."""

    code: str
    name: str
    unit: str
    direction: Direction
    inputs: tuple[Input, ...]
    scale: float | None = None
    percent: bool = False
    sex_split: bool = False
    source: Source = Source.ENTERED
    module: str = "WC"
    # a count of people or things: whole numbers, so its scale has no half steps
    whole: bool = False

    def decimals(self, value: float) -> int:
        """How many decimals `value` is shown with: none for a count's whole number
        ("111" people), two otherwise ("4.24" %)."""
        return 0 if self.whole and float(value).is_integer() else 2

    @property
    def formula(self) -> str:
        if self.scale is None:
            return self.inputs[0].label
        scale = f" × {self.scale:,.0f}" if self.scale != 1 else ""
        return f"{self.inputs[0].label} ÷ {self.inputs[1].label}{scale}"

    def compute(self, values: dict[str, float]) -> float | None:
        """The indicator from its inputs; None while an input is missing.

        Raises ValidationError for a negative input, a zero denominator with a numerator, or a
        percentage above 100.
        """
        problems: dict[str, str] = {}
        for spec in self.inputs:
            value = values.get(spec.key)
            if value is not None and value < 0:
                problems[spec.key] = Message("{label} cannot be negative.", label=spec.label)
        if problems:
            raise ValidationError(problems)
        if any(values.get(spec.key) is None for spec in self.inputs):
            return None
        if self.scale is None:
            return float(values[self.inputs[0].key])
        top, bottom = (values[spec.key] for spec in self.inputs[:2])
        if bottom == 0:
            raise ValidationError(
                {
                    self.inputs[1].key: Message(
                        "{input} is zero: {indicator} is undefined.",
                        input=self.inputs[1].label,
                        indicator=self.name,
                    )
                }
            )
        result = top / bottom * self.scale
        if self.percent and result > 100:
            raise ValidationError(
                {
                    self.inputs[0].key: Message(
                        "{indicator} would be {result} %: {top} exceeds {bottom}.",
                        indicator=self.name,
                        result=f"{result:.1f}",
                        top=self.inputs[0].label,
                        bottom=self.inputs[1].label,
                    )
                }
            )
        return result

    def improved(self, baseline: float, value: float) -> bool | None:
        """Better than the baseline for this indicator's direction (None: unchanged, or an
        indicator that is neither better nor worse when it moves)."""
        if value == baseline or self.direction is Direction.NEUTRAL:
            return None
        return (value < baseline) == (self.direction is Direction.LOWER_BETTER)


def _rate(
    code: str,
    name: str,
    unit: str,
    direction: Direction,
    top: tuple[str, str],
    bottom: tuple[str, str],
    scale: float,
    *,
    percent: bool = False,
    module: str = "WC",
    **kw: Any,
) -> Indicator:
    return Indicator(
        code,
        name,
        unit,
        direction,
        (Input(*top), Input(*bottom)),
        scale=scale,
        percent=percent,
        module=module,
        **kw,
    )


def _single(
    code: str,
    name: str,
    unit: str,
    direction: Direction,
    label: str,
    *,
    module: str = "WC",
    **kw: Any,
) -> Indicator:
    return Indicator(code, name, unit, direction, (Input("value", label),), module=module, **kw)


L, H, N = Direction.LOWER_BETTER, Direction.HIGHER_BETTER, Direction.NEUTRAL
DEFAULT_INDICATORS: tuple[Indicator, ...] = (
    _single("workers", "Workers", "people", N, "Workers", sex_split=True, module="HRM",
            whole=True),
    _single("managers", "Managers", "people", N, "Managers", sex_split=True, module="HRM",
            whole=True),
    _rate("absenteeism", "Absenteeism", "%", L, ("days_lost", "Days lost"),
          ("possible_days", "Possible working days"), 100, percent=True, module="HRM"),
    _rate("turnover", "Labour turnover", "%", L, ("separations", "Separations"),
          ("average_headcount", "Average headcount"), 100, percent=True, module="HRM"),
    _rate("defect_rate", "Defect / reject rate", "%", L, ("defects", "Defective units"),
          ("units", "Units produced"), 100, percent=True, module="QM"),
    _single("complaints", "Customer complaints or returns", "cases", L, "Complaints or returns",
            module="QM", whole=True),
    _rate("productivity", "Productivity", "units per worker-hour", H, ("output", "Output"),
          ("worker_hours", "Worker-hours"), 1, module="QM"),
    _rate("on_time_delivery", "On-time delivery", "%", H, ("on_time", "Orders on time"),
          ("orders", "Orders delivered"), 100, percent=True, module="QM"),
    _rate("energy_per_unit", "Energy per unit of output", "kWh per unit", L, ("kwh", "kWh used"),
          ("units", "Units produced"), 1, module="CP"),
    _rate("water_per_unit", "Water per unit of output", "m³ per unit", L, ("m3", "Water m³"),
          ("units", "Units produced"), 1, module="CP"),
    _single("waste", "Waste", "kg", L, "Waste kg", module="CP"),
    _single("lost_time_accidents", "Lost-time accidents", "cases", L, "Lost-time injuries",
            sex_split=True, module="OSH", whole=True),
    _single("accident_days_lost", "Days lost to accidents", "days", L, "Days lost",
            module="OSH"),
    _rate("frequency_rate", "Accident frequency rate", "per 1,000,000 hours", L,
          ("injuries", "New injury cases"), ("hours", "Hours worked"), 1_000_000, module="OSH"),
    _rate("incidence_rate", "Accident incidence rate", "per 1,000 workers", L,
          ("injuries", "New injury cases"), ("workers", "Workers"), 1_000, module="OSH"),
    _single("cost_savings", "Cost savings", "currency per month", H,
            "Savings of done and verified projects", source=Source.RECORDS),
    _single("suggestions_received", "Suggestions received", "suggestions", H, "Received",
            source=Source.RECORDS, whole=True),
    _single("suggestions_implemented", "Suggestions implemented", "suggestions", H,
            "Implemented", source=Source.RECORDS, whole=True),
    _single("eit_meetings", "EIT meetings held", "meetings", H, "Meetings",
            source=Source.RECORDS, whole=True),
    _single("projects_started", "Improvement projects started", "projects", H, "Started",
            source=Source.RECORDS, whole=True),
    _single("projects_completed", "Improvement projects completed", "projects", H, "Completed",
            source=Source.RECORDS, whole=True),
)  # fmt: skip
BY_CODE = {i.code: i for i in DEFAULT_INDICATORS}


def month_of(day: dt.date) -> dt.date:
    return day.replace(day=1)


def months_between(first: dt.date, last: dt.date) -> list[dt.date]:
    months, current = [], month_of(first)
    while current <= month_of(last):
        months.append(current)
        current = (current + dt.timedelta(days=32)).replace(day=1)
    return months


@dataclass(frozen=True, slots=True)
class Entry:
    """The inputs of one indicator for one month (or its baseline or target), one sex or all.

    `value` is computed from `inputs` when the entry is made, so reports and the portfolio can
    aggregate without recomputing a million formulas.
    """

    enterprise_id: uuid.UUID
    indicator: str
    kind: EntryKind
    month: dt.date
    inputs: tuple[tuple[str, float], ...]
    value: float | None
    sex: str = "all"  # "all", "female" or "male"
    id: uuid.UUID = field(default_factory=uuid.uuid4)

    @classmethod
    def make(
        cls,
        enterprise_id: uuid.UUID,
        indicator: Indicator,
        kind: EntryKind | str,
        month: dt.date,
        inputs: Mapping[str, float | None],
        sex: str = "all",
        **kw: uuid.UUID,
    ) -> "Entry":
        clean = {k: float(v) for k, v in inputs.items() if v is not None}
        value = indicator.compute(clean)
        return cls(
            enterprise_id,
            indicator.code,
            EntryKind(kind),
            month_of(month),
            tuple(sorted(clean.items())),
            value,
            sex,
            **kw,
        )

    def key(self) -> "EntryKey":
        return (self.enterprise_id, self.indicator, self.kind, self.month, self.sex)


# What identifies an entry: enterprise, indicator, kind, month and sex (Entry.key).
EntryKey = tuple[uuid.UUID, str, EntryKind, dt.date, str]

# One indicator's chart: its monthly values, its baseline and its target (chart_rows).
ChartRow = tuple[Indicator, list[tuple[dt.date, float]], float | None, float | None]


def check_month(month: dt.date, first: dt.date, today: dt.date) -> None:
    """A monthly value must fall within the engagement: from the baseline month to now."""
    if month_of(month) < month_of(first):
        raise ValidationError(
            {
                "month": Message(
                    "{month} is before the engagement began ({first}).",
                    month=f"{month:%Y-%m}",
                    first=f"{first:%Y-%m}",
                )
            }
        )
    if month_of(month) > month_of(today):
        raise ValidationError(
            {"month": Message("{month} has not happened yet.", month=f"{month:%Y-%m}")}
        )


JUMP_WARNING = 0.5  # a month-on-month change above 50 % is worth a second look


def implausible_jump(previous: float | None, value: float | None) -> bool:
    if previous is None or value is None or previous == 0:
        return False
    return abs(value - previous) / abs(previous) > JUMP_WARNING


@dataclass(frozen=True)
class Change:
    absolute: float
    percent: float | None  # None when the baseline is zero
    improved: bool | None


def change_vs_baseline(indicator: Indicator, baseline: float, value: float) -> Change:
    absolute = value - baseline
    percent = absolute / abs(baseline) * 100 if baseline else None
    return Change(absolute, percent, indicator.improved(baseline, value))


def completed_on(project: ImprovementProject) -> dt.date | None:
    """When a done or verified project counts as completed: the day it was moved to done,
    else (recorded before that day was kept) its verification date, else its due date."""
    if project.status.value not in ("done", "verified"):
        return None
    return project.done_on or project.verified_on or project.due_date


def from_records(
    code: str,
    month: dt.date,
    meetings: Iterable[EitMeeting],
    suggestions: Iterable[Suggestion],
    projects: Iterable[ImprovementProject],
) -> float:
    """Indicators the EIT and EIP records already hold, for one month."""
    month = month_of(month)

    def in_month(day: dt.date | None) -> bool:
        return day is not None and month_of(day) == month

    if code == "eit_meetings":
        return float(sum(in_month(m.date) for m in meetings))
    if code == "suggestions_received":
        return float(sum(in_month(s.date) for s in suggestions))
    if code == "suggestions_implemented":
        return float(sum(in_month(s.date) and s.status.value == "implemented" for s in suggestions))
    if code == "projects_started":
        return float(sum(in_month(p.start_date) for p in projects))
    if code == "projects_completed":
        return float(sum(in_month(completed_on(p)) for p in projects))
    if code == "cost_savings":
        total = 0.0
        for p in projects:
            done = completed_on(p)
            if done is not None and month_of(done) <= month and p.savings is not None:
                total += float(p.savings)
        return total
    raise KeyError(code)


def chart_rows(
    indicators: Iterable[Indicator],
    entries: Iterable[Entry],
    months: Sequence[dt.date],
    meetings: Sequence[EitMeeting] = (),
    suggestions: Sequence[Suggestion] = (),
    projects: Sequence[ImprovementProject] = (),
) -> list[ChartRow]:
    """For each indicator: its monthly values over `months` (entered, or counted from the EIT
    and EIP records), its baseline and its target, all sexes together.

    The dashboard on screen and the monthly progress report both draw these rows, so paper
    and screen show the same figures.
    """
    by_key = {(e.indicator, e.kind, e.month): e for e in entries if e.sex == "all"}
    rows: list[ChartRow] = []
    for indicator in indicators:
        if indicator.source is Source.RECORDS:
            series = [
                (m, from_records(indicator.code, m, meetings, suggestions, projects))
                for m in months
            ]
        else:
            series = []
            for month in months:
                entry = by_key.get((indicator.code, EntryKind.MONTH, month))
                if entry is not None and entry.value is not None:
                    series.append((month, entry.value))
        references = [
            next(
                (
                    e.value
                    for (code, kind, _m), e in by_key.items()
                    if code == indicator.code and kind is wanted
                ),
                None,
            )
            for wanted in (EntryKind.BASELINE, EntryKind.TARGET)
        ]
        # references: the baseline and the target, two values
        rows.append(cast(ChartRow, (indicator, series, *references)))
    return rows


@dataclass(frozen=True, slots=True)
class BaselineCorrection:
    """A changed baseline value, kept so the history of the comparison is not lost."""

    enterprise_id: uuid.UUID
    indicator: str
    sex: str
    old_value: float | None
    new_value: float | None
    reason: str
    corrected_at: dt.datetime
    id: uuid.UUID = field(default_factory=uuid.uuid4)


@dataclass(frozen=True, slots=True)
class GoodPractice:
    code: str
    module: str
    text: str


DEFAULT_PRACTICES: tuple[GoodPractice, ...] = (
    GoodPractice("suggestion_scheme", "WC", "A suggestion scheme exists and is used"),
    GoodPractice("eit", "WC", "Managers and workers meet regularly to solve problems"),
    GoodPractice("daily_meetings", "WC", "Teams hold short daily or shift meetings"),
    GoodPractice("five_s", "WC", "5S is practised in production areas"),
    GoodPractice("quality_records", "QM", "Defects are recorded and their causes analysed"),
    GoodPractice("customer_feedback", "QM", "Customer complaints are recorded and answered"),
    GoodPractice("energy_metering", "CP", "Energy and water use are metered and reviewed"),
    GoodPractice("waste_sorting", "CP", "Waste is sorted and recycled or sold"),
    GoodPractice("hr_policy", "HRM", "Written HR policies (recruitment, pay, leave) exist"),
    GoodPractice("induction", "HRM", "New workers get an induction and training"),
    GoodPractice("osh_committee", "OSH", "An OSH committee meets regularly"),
    GoodPractice("risk_assessment", "OSH", "Hazards are assessed and recorded"),
    GoodPractice("ppe", "OSH", "Suitable PPE is provided free and worn"),
    GoodPractice("accident_records", "OSH", "Accidents and near misses are recorded"),
    GoodPractice("harassment_policy", "GENDER", "A policy against harassment is known to all"),
)


@dataclass(frozen=True, slots=True)
class PracticeAnswer:
    """The baseline answer to one good-practice question (None: not asked yet)."""

    enterprise_id: uuid.UUID
    practice: str
    answer: bool | None
    note: str = ""
    id: uuid.UUID = field(default_factory=uuid.uuid4)
