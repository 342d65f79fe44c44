"""Visit report sections built from the hazard register, the EIP and the indicators: what the
enterprise manager and the inspector read after the visit record."""

import datetime as dt
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table, TableStyle

from ...domain.hazard import Hazard, HazardStatus
from ...domain.improvement import ImprovementProject, summarise
from ...domain.indicators import Indicator, change_vs_baseline
from ...domain.risk import RiskMethod
from ...domain.team import EitMember
from .layout import ACCENT, BAND, RULE, Writer

START_ROOM = 55 * mm  # a section starts on a new page when less than this is left

LEVEL_NAMES = {
    "elimination": "1 Elimination",
    "substitution": "2 Substitution",
    "engineering": "3 Engineering",
    "administrative": "4 Administrative",
    "ppe": "5 PPE",
}
STATUS_NAMES = {
    "open": "Open",
    "in_progress": "In progress",
    "controlled": "Controlled",
    "verified": "Verified",
    "planned": "Planned",
    "done": "Done",
    "on_hold": "On hold",
    "cancelled": "Cancelled",
}


@dataclass(frozen=True)
class IndicatorLine:
    indicator: Indicator
    baseline: float | None
    latest: float | None
    latest_month: dt.date | None


@dataclass(frozen=True)
class VisitContent:
    """What the report shows beyond the visit record (each part may be empty)."""

    today: dt.date
    method: RiskMethod | None = None
    hazards: list[Hazard] = field(default_factory=list)
    categories: dict[str, str] = field(default_factory=dict)
    projects: list[ImprovementProject] = field(default_factory=list)
    members: list[EitMember] = field(default_factory=list)
    currency: str = ""
    indicators: list[IndicatorLine] = field(default_factory=list)


def grid(data, widths, header_rows=1, extra=()) -> Table:
    table = Table(data, colWidths=widths, repeatRows=header_rows, splitInRow=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, header_rows - 1), BAND),
                ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT),
                ("LINEBELOW", (0, header_rows), (-1, -1), 0.3, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                *extra,
            ]
        )
    )
    return table


def _small(writer: Writer, text: str):
    return writer.para(text, writer.styles.small)


def hazard_section(writer: Writer, content: VisitContent) -> list:
    if not content.hazards or content.method is None:
        return []
    s = writer.styles
    method = content.method
    counts = {status: 0 for status in HazardStatus}
    for hazard in content.hazards:
        counts[hazard.status] += 1
    summary = ", ".join(f"{STATUS_NAMES[k.value]} {n}" for k, n in counts.items() if n)
    story = [
        writer.para("Hazard register", s.heading),
        writer.para(f"{len(content.hazards)} hazards rated with {method.name}: {summary}."),
        Spacer(1, 2 * mm),
    ]
    header = ["Hazard", "♀ / ♂", "Initial", "Residual", "Proposed controls", "Responsible, due"]
    data = [[writer.para(h, bold=True) for h in header]]
    extra = []
    order = sorted(
        content.hazards,
        key=lambda h: -(h.initial_assessment(method).score if h.initial_assessment(method) else 0),
    )
    for row, hazard in enumerate(order, start=1):
        initial, residual = hazard.initial_assessment(method), hazard.residual_assessment(method)
        controls = "\n".join(
            f"{LEVEL_NAMES[c.level.value]}: {c.text}" for c in hazard.proposed_controls
        )
        due = hazard.due_date.isoformat() if hazard.due_date else ""
        data.append(
            [
                [
                    writer.para(hazard.title, bold=True),
                    _small(writer, content.categories.get(hazard.category_code, "")),
                ],
                writer.para(f"{hazard.exposed_women} / {hazard.exposed_men}"),
                writer.para(f"{initial.score:g} {initial.band.label}" if initial else "—"),
                writer.para(f"{residual.score:g} {residual.band.label}" if residual else "—"),
                [writer.para(line) for line in controls.split("\n")] if controls else "—",
                [
                    writer.para(hazard.responsible or "—"),
                    _small(writer, f"{due} · {STATUS_NAMES[hazard.status.value]}"),
                ],
            ]
        )
        for column, assessment in ((2, initial), (3, residual)):
            if assessment is not None:
                extra.append(
                    ("BACKGROUND", (column, row), (column, row), _tint(assessment.band.colour))
                )
    widths = [44 * mm, 14 * mm, 19 * mm, 21 * mm, 48 * mm, 28 * mm]
    story.append(grid(data, widths, extra=extra))
    return [CondPageBreak(START_ROOM), *story]  # a heading never ends a page alone


def _tint(colour: str) -> colors.Color:
    """A band colour lightened so black text stays readable on it."""
    base = colors.HexColor(colour)
    return colors.Color(
        base.red + (1 - base.red) * 0.55,
        base.green + (1 - base.green) * 0.55,
        base.blue + (1 - base.blue) * 0.55,
    )


def _money(value) -> str:
    return "" if value is None else f"{value:,.0f}"


def eip_section(writer: Writer, content: VisitContent) -> list:
    if not content.projects:
        return []
    s = writer.styles
    today = content.today
    summary = summarise(content.projects, today)
    names = {m.id: m.name for m in content.members}
    counts = ", ".join(f"{STATUS_NAMES[k.value]} {n}" for k, n in summary.by_status.items())
    payback = summary.payback_months
    story = [
        writer.para("Enterprise Improvement Plan", s.heading),
        writer.para(
            f"{sum(summary.by_status.values())} projects ({counts}); overdue: {summary.overdue}. "
            f"Cost {_money(summary.cost)} {content.currency}, savings "
            f"{_money(summary.savings_per_month)} {content.currency} a month"
            + (f", payback {payback:.1f} months." if payback else ".")
        ),
        Spacer(1, 2 * mm),
    ]
    header = ["Project", "Module", "Responsible", "Due", "Status", "Cost", "Savings / month"]
    data = [[writer.para(h, bold=True) for h in header]]
    extra = []
    order = sorted(content.projects, key=lambda p: (p.due_date or dt.date.max, p.title))
    for row, p in enumerate(order, start=1):
        overdue = p.is_overdue(today)
        data.append(
            [
                writer.para(p.title),
                writer.para(p.module_code),
                writer.para(names.get(p.responsible_id, "") or p.team or "—"),
                writer.para(p.due_date.isoformat() if p.due_date else "—"),
                writer.para(STATUS_NAMES[p.status.value] + (" — overdue" if overdue else "")),
                writer.para(_money(p.cost)),
                writer.para(_money(p.savings)),
            ]
        )
        if overdue:
            extra.append(("BACKGROUND", (0, row), (-1, row), colors.HexColor("#FADBD8")))
    widths = [40 * mm, 19 * mm, 27 * mm, 25 * mm, 22 * mm, 18 * mm, 23 * mm]
    story.append(grid(data, widths, extra=extra))
    return [CondPageBreak(START_ROOM), *story]


def indicator_section(writer: Writer, content: VisitContent) -> list:
    lines = [line for line in content.indicators if line.latest is not None]
    if not lines:
        return []
    s = writer.styles
    story = [writer.para("Key indicators against the baseline", s.heading)]
    header = ["Indicator", "Baseline", "Latest", "Change", ""]
    data = [[writer.para(h, bold=True) for h in header]]
    extra = []
    for row, line in enumerate(lines, start=1):
        indicator = line.indicator
        change_text, verdict = "—", ""
        if line.baseline is not None:
            change = change_vs_baseline(indicator, line.baseline, line.latest)
            change_text = (
                f"{change.percent:+.1f} %"
                if change.percent is not None
                else f"{change.absolute:+g}"
            )
            verdict = {True: "better", False: "worse", None: "unchanged"}[change.improved]
            if change.improved is not None:
                tint = "#D5F5E3" if change.improved else "#FADBD8"
                extra.append(("BACKGROUND", (3, row), (4, row), colors.HexColor(tint)))
        month = f" ({line.latest_month:%Y-%m})" if line.latest_month else ""
        data.append(
            [
                writer.para(f"{indicator.name} ({indicator.unit})"),
                writer.para("—" if line.baseline is None else f"{line.baseline:,.2f}"),
                writer.para(f"{line.latest:,.2f}{month}"),
                writer.para(change_text),
                writer.para(verdict),
            ]
        )
    story.append(grid(data, [62 * mm, 24 * mm, 38 * mm, 22 * mm, 28 * mm], extra=extra))
    return [CondPageBreak(START_ROOM), *story]


def indicator_lines(catalogue, entries) -> list[IndicatorLine]:
    """The baseline and the latest month of each indicator that has monthly values."""
    lines = []
    for indicator in catalogue:
        mine = [e for e in entries if e.indicator == indicator.code and e.sex == "all"]
        baseline = next((e.value for e in mine if e.kind.value == "baseline"), None)
        months = sorted(
            (e for e in mine if e.kind.value == "month" and e.value is not None),
            key=lambda e: e.month,
        )
        if months:
            lines.append(IndicatorLine(indicator, baseline, months[-1].value, months[-1].month))
    return lines


def risk_matrix_section(writer: Writer, content: VisitContent) -> list:
    """Counts of hazards in each cell of a two-factor matrix (rows: the first factor, highest
    first), each cell in its band's colour; methods with more factors have no matrix."""
    method = content.method
    if not content.hazards or method is None or len(method.factors) != 2:
        return []
    rows_factor, columns_factor = method.factors
    counts: dict[tuple[float, float], int] = {}
    for hazard in content.hazards:
        values = dict(hazard.initial)
        key = (values.get(rows_factor.key), values.get(columns_factor.key))
        if None not in key:
            counts[key] = counts.get(key, 0) + 1
    header = [writer.para(f"{rows_factor.name} / {columns_factor.name}", bold=True)]
    header += [writer.para(f"{lv.value:g} {lv.label}", bold=True) for lv in columns_factor.levels]
    data, extra = [header], []
    for r, row_level in enumerate(reversed(rows_factor.levels), start=1):
        line = [writer.para(f"{row_level.value:g} {row_level.label}", bold=True)]
        for c, column_level in enumerate(columns_factor.levels, start=1):
            values = {rows_factor.key: row_level.value, columns_factor.key: column_level.value}
            band = method.assess(values).band
            count = counts.get((row_level.value, column_level.value), 0)
            line.append(writer.para(str(count) if count else ""))
            extra.append(("BACKGROUND", (c, r), (c, r), _tint(band.colour)))
        data.append(line)
    width = (174 - 40) / len(columns_factor.levels)
    table = grid(
        data,
        [40 * mm] + [width * mm] * len(columns_factor.levels),
        extra=[*extra, ("ALIGN", (1, 1), (-1, -1), "CENTER")],
    )
    legend = ", ".join(f"{b.label}" for b in method.bands)
    return [
        KeepTogether(
            [
                writer.para("Risk matrix (initial ratings)", writer.styles.heading),
                table,
                Spacer(1, 1 * mm),
                _small(writer, f"Number of hazards in each cell. Bands: {legend}."),
            ]
        )
    ]
