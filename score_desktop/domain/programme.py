"""The programme overview: hazards by risk band and category, improvement projects closed and
the savings they bring, grouped by country, sector, SCORE module or consultant.

The office reads it over hundreds of enterprises, so it is computed from the few facts each
record contributes (`ProgrammeFacts`, read in bulk by the storage), never from whole records
loaded one enterprise at a time.

Grouping rules (docs/office-server.md, *Programme overview*):
- an enterprise's consultant is the one named on its most recent visit;
- a hazard belongs to the module of the visit it was found on, a project to its own module,
  an enterprise to every module it has a visit for;
- money is summed per currency (an enterprise's currency, or its country's), never across.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from .hazard import HazardStatus, current_ratings
from .improvement import ProjectStatus
from .messages import N_
from .risk import Ratings, RiskMethod

NOT_RATED = "not_rated"
NONE_NAMED = ""  # the group of records with no country, sector, module or consultant


class GroupBy(StrEnum):
    COUNTRY = "country"
    SECTOR = "sector"
    MODULE = "module"
    CONSULTANT = "consultant"


GROUP_TITLES = {
    GroupBy.COUNTRY: N_("Country"),
    GroupBy.SECTOR: N_("Sector"),
    GroupBy.MODULE: N_("Module"),
    GroupBy.CONSULTANT: N_("Consultant"),
}


@dataclass(frozen=True, slots=True)
class EnterpriseFacts:
    id: Hashable  # the stored key (records name their enterprise by the same)
    name: str
    country: str
    sector: str
    money: str  # the currency of its figures (improvement.figures_currency)
    risk_method: str
    consultant: str  # of the most recent visit ("" when none is named)
    modules: frozenset[str]  # modules it has visits for


@dataclass(frozen=True, slots=True)
class HazardFacts:
    enterprise_id: Hashable
    category_code: str
    status: HazardStatus
    initial: tuple[tuple[str, float], ...]
    residual: tuple[tuple[str, float], ...]
    module: str  # of the visit it was found on ("" without one)


@dataclass(frozen=True, slots=True)
class ProjectFacts:
    enterprise_id: Hashable
    module: str
    status: ProjectStatus
    savings: Decimal | None  # per month: actual where known, else expected


@dataclass(frozen=True, slots=True)
class ProgrammeFacts:
    enterprises: tuple[EnterpriseFacts, ...]
    hazards: tuple[HazardFacts, ...]
    projects: tuple[ProjectFacts, ...]


@dataclass(frozen=True, slots=True)
class BandColumn:
    key: str
    label: str  # a domain text (N_), shown translated


@dataclass
class GroupFigures:
    """One row of the overview."""

    name: str  # the country, sector, module code or consultant; NONE_NAMED for none
    enterprises: int = 0
    hazards: int = 0
    hazards_open: int = 0
    by_band: Counter[str] = field(default_factory=Counter)  # current risk, by band key
    projects: int = 0  # not cancelled
    projects_closed: int = 0  # done or verified
    savings: dict[str, Decimal] = field(default_factory=dict)  # per month, by currency

    @property
    def closure_rate(self) -> float | None:
        """Share of live projects done or verified (None without projects)."""
        return self.projects_closed / self.projects if self.projects else None


@dataclass(frozen=True)
class Overview:
    group_by: GroupBy
    bands: tuple[BandColumn, ...]  # most severe first, "not rated" last
    groups: tuple[GroupFigures, ...]  # by name, the unnamed group last
    total: GroupFigures
    by_category: Mapping[str, Counter[str]]  # category code -> band key -> hazards


@dataclass(frozen=True, slots=True)
class Selection:
    """Which enterprises the overview covers (None: any)."""

    country: str | None = None
    sector: str | None = None
    module: str | None = None
    consultant: str | None = None

    def admits(self, enterprise: EnterpriseFacts) -> bool:
        return (
            (self.country is None or enterprise.country == self.country)
            and (self.sector is None or enterprise.sector == self.sector)
            and (self.module is None or self.module in enterprise.modules)
            and (self.consultant is None or enterprise.consultant == self.consultant)
        )


def overview(
    facts: ProgrammeFacts,
    group_by: GroupBy,
    method_of: Callable[[str], RiskMethod],
    selection: Selection = Selection(),
) -> Overview:
    """The overview of the selected enterprises; `method_of` finds a risk method by key."""
    chosen = {e.id: e for e in facts.enterprises if selection.admits(e)}
    groups: dict[str, GroupFigures] = {}
    total = GroupFigures(name="")
    bands: dict[str, tuple[float, str]] = {}  # key -> (severity 0..1, label)
    by_category: dict[str, Counter[str]] = defaultdict(Counter)
    module = selection.module
    by_module = group_by is GroupBy.MODULE

    def rows_of(names: Iterable[str]) -> list[GroupFigures]:
        return [groups.setdefault(n, GroupFigures(name=n)) for n in names] + [total]

    # a programme has tens of thousands of records and a few dozen distinct answers to each
    # question asked of them: each is worked out once
    rows_by_owner = {e.id: rows_of(_enterprise_groups(e, group_by)) for e in chosen.values()}
    for rows in rows_by_owner.values():
        for row in rows:
            row.enterprises += 1
    rows_by_module: dict[str, list[GroupFigures]] = {}
    band_of: dict[tuple[str, Ratings, Ratings, HazardStatus], str] = {}

    def rows_for(owner_id: Hashable, record_module: str) -> list[GroupFigures]:
        if not by_module:  # a record counts where its enterprise does
            return rows_by_owner[owner_id]
        rows = rows_by_module.get(record_module)
        if rows is None:
            rows = rows_by_module[record_module] = rows_of([record_module])
        return rows

    for hazard in facts.hazards:
        owner = chosen.get(hazard.enterprise_id)
        if owner is None or (module is not None and hazard.module != module):
            continue
        asked = (owner.risk_method, hazard.initial, hazard.residual, hazard.status)
        band = band_of.get(asked)
        if band is None:
            band = band_of[asked] = _band(method_of(owner.risk_method), *asked[1:], bands)
        by_category[hazard.category_code][band] += 1
        still_open = hazard.status in _OPEN
        for row in rows_for(owner.id, hazard.module):
            row.hazards += 1
            row.hazards_open += still_open
            row.by_band[band] += 1
    for project in facts.projects:
        owner = chosen.get(project.enterprise_id)
        skipped = module is not None and project.module != module
        if owner is None or skipped or project.status is ProjectStatus.CANCELLED:
            continue
        closed = project.status in _CLOSED
        money = owner.money
        for row in rows_for(owner.id, project.module):
            row.projects += 1
            row.projects_closed += closed
            if project.savings is not None:
                row.savings[money] = row.savings.get(money, Decimal(0)) + project.savings
    columns = sorted(bands.items(), key=lambda item: -item[1][0])
    return Overview(
        group_by=group_by,
        bands=(
            *(BandColumn(key, label) for key, (_severity, label) in columns),
            BandColumn(NOT_RATED, N_("Not rated")),
        ),
        groups=tuple(sorted(groups.values(), key=lambda g: (g.name == NONE_NAMED, g.name))),
        total=total,
        by_category=dict(by_category),
    )


_CLOSED = frozenset((ProjectStatus.DONE, ProjectStatus.VERIFIED))
_OPEN = frozenset(s for s in HazardStatus if s.open)


def _band(
    method: RiskMethod,
    initial: Ratings,
    residual: Ratings,
    status: HazardStatus,
    bands: dict[str, tuple[float, str]],
) -> str:
    """The key of the current risk's band (noting the band's severity and label in
    `bands`), or NOT_RATED."""
    assessment = method.rated(current_ratings(initial, residual, status))
    if assessment is None:
        return NOT_RATED
    severity = assessment.band_index / max(1, len(method.bands) - 1)
    bands.setdefault(assessment.band.key, (severity, assessment.band.label))
    return assessment.band.key


def _names(enterprise: EnterpriseFacts, group_by: GroupBy) -> list[str]:
    """The group a record of this enterprise falls in (modules are the record's own)."""
    return [getattr(enterprise, group_by.value)]


def _enterprise_groups(enterprise: EnterpriseFacts, group_by: GroupBy) -> list[str]:
    if group_by is GroupBy.MODULE:
        return sorted(enterprise.modules) or [NONE_NAMED]
    return _names(enterprise, group_by)


def choices(facts: ProgrammeFacts, group_by: GroupBy) -> list[str]:
    """The named values found for a filter, sorted (the unnamed one left out)."""
    values: set[str] = set()
    for enterprise in facts.enterprises:
        values.update(_enterprise_groups(enterprise, group_by))
    values.discard(NONE_NAMED)
    return sorted(values)
