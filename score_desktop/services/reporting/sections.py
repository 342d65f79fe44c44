"""Visit report sections built from the hazard register, the EIP and the indicators: what the
enterprise manager and the inspector read after the visit record."""

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Spacer, TableStyle

from ...domain.hazard import Hazard, HazardCategory, HazardStatus, ordered_hazards
from ...domain.improvement import ImprovementProject, summarise
from ...domain.indicators import Direction, Indicator, change_vs_baseline
from ...domain.money import format_amount, format_number
from ...domain.photo import Photo
from ...domain.read_model import ChecklistRecords
from ...domain.risk import RiskMethod
from ...domain.team import EitMember
from .charts import indicator_chart
from .columns import figure_cell, widths_for_figures
from .flow import KeepShortTogether, PageTable
from .labels import control_level, status_name
from .layout import ACCENT, BAND, RULE, Writer
from .plan_drawing import PlanContent

START_ROOM = 55 * mm  # a section starts on a new page when less than this is left
OVERDUE_TINT = colors.HexColor("#FADBD8")  # a project or hazard past due, still open


@dataclass(frozen=True)
class IndicatorLine:
    indicator: Indicator
    baseline: float | None
    latest: float | None
    latest_month: dt.date | None
    series: tuple[tuple[dt.date, float], ...] = ()
    target: float | None = None


@dataclass(frozen=True)
class VisitContent:
    """What the report shows beyond the visit record (each part may be empty).

    `load_photo(sha256)` reads a photo's verified bytes; it is called in the export worker.
    """

    today: dt.date
    method: RiskMethod | None = None
    hazards: list[Hazard] = field(default_factory=list)
    categories: dict[str, HazardCategory] = field(default_factory=dict)
    projects: list[ImprovementProject] = field(default_factory=list)
    members: list[EitMember] = field(default_factory=list)
    currency: str = ""
    indicators: list[IndicatorLine] = field(default_factory=list)
    plans: list[PlanContent] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)
    load_photo: Callable[[str], bytes] | None = None
    checklists: ChecklistRecords | None = None

    def category_name(self, code: str) -> str:
        category = self.categories.get(code)
        return category.name if category else code


def grid(data, widths, header_rows=1, extra=()) -> PageTable:
    table = PageTable(data, colWidths=widths, repeatRows=header_rows)
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
    t = writer.t
    method = content.method
    counts = {status: 0 for status in HazardStatus}
    for hazard in content.hazards:
        counts[hazard.status] += 1
    summary = ", ".join(f"{status_name(t, k)} {n}" for k, n in counts.items() if n)
    story = [
        writer.para(t("Hazard register"), s.heading),
        writer.para(
            t(
                "{count} hazards rated with {method}: {summary}.",
                count=len(content.hazards),
                method=t(method.name),
                summary=summary,
            )
        ),
        Spacer(1, 2 * mm),
    ]
    header = [
        "#",
        t("Hazard"),
        "♀ / ♂",
        t("Initial"),
        t("Residual"),
        t("Proposed controls"),
        t("Responsible, due"),
    ]
    data = [[writer.para(h, bold=True) for h in header]]
    extra = []
    for row, hazard in enumerate(ordered_hazards(content.hazards, method), start=1):
        initial, residual = hazard.initial_assessment(method), hazard.residual_assessment(method)
        controls = [f"{control_level(t, c.level)}: {c.text}" for c in hazard.proposed_controls]
        due = hazard.due_date.isoformat() if hazard.due_date else ""
        overdue = hazard.is_overdue(content.today)
        when = (due, status_name(t, hazard.status), t("overdue") if overdue else "")
        data.append(
            [
                _small(writer, f"H{row}"),
                [
                    writer.para(hazard.title, bold=True),
                    _small(writer, t(content.category_name(hazard.category_code))),
                ],
                writer.para(f"{hazard.exposed_women} / {hazard.exposed_men}"),
                writer.para(
                    f"{initial.score:g} {t(initial.band.label)}" if initial else t("not rated")
                ),
                writer.para(f"{residual.score:g} {t(residual.band.label)}" if residual else "—"),
                [writer.para(line) for line in controls] if controls else "—",
                [
                    writer.para(hazard.responsible or "—"),
                    _small(writer, " · ".join(filter(None, when))),
                ],
            ]
        )
        if overdue:
            extra.append(("BACKGROUND", (6, row), (6, row), OVERDUE_TINT))
        for column, assessment in ((3, initial), (4, residual)):
            if assessment is not None:
                extra.append(
                    ("BACKGROUND", (column, row), (column, row), _tint(assessment.band.colour))
                )
    widths = [11 * mm, 39 * mm, 13 * mm, 18 * mm, 20 * mm, 45 * mm, 28 * mm]
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


def eip_section(writer: Writer, content: VisitContent) -> list:
    if not content.projects:
        return []
    s = writer.styles
    t = writer.t
    today = content.today
    summary = summarise(content.projects, today)
    # looked up by responsible_id, which may be None
    names: dict[uuid.UUID | None, str] = {m.id: m.name for m in content.members}
    counts = ", ".join(f"{status_name(t, k)} {n}" for k, n in summary.by_status.items())
    payback = summary.payback_months

    def money(value) -> str:
        return format_amount(value, content.currency, t.language)

    totals = {"cost": money(summary.cost), "savings": money(summary.savings_per_month)}
    story = [
        writer.para(t("Enterprise Improvement Plan"), s.heading),
        writer.para(
            t(
                "{count} projects ({counts}); overdue: {overdue}.",
                count=sum(summary.by_status.values()),
                counts=counts,
                overdue=summary.overdue,
            )
            + " "
            + t(
                "Cost {cost} {currency}, savings {savings} {currency} a month.",
                currency=content.currency,
                **totals,
            )
            + (
                " " + t("Payback {months} months.", months=format_number(payback, 1, t.language))
                if payback
                else ""
            )
        ),
        Spacer(1, 2 * mm),
    ]
    header = [
        t("Project"),
        t("Module"),
        t("Responsible"),
        t("Due"),
        t("Status"),
        t("Cost"),
        t("Savings / month"),
    ]
    order = sorted(content.projects, key=lambda p: (p.due_date or dt.date.max, p.title))
    amounts = [(money(p.cost), money(p.savings)) for p in order]
    amounts.append((totals["cost"], totals["savings"]))
    widths = widths_for_figures(
        writer,
        [40 * mm, 19 * mm, 27 * mm, 25 * mm, 22 * mm, 18 * mm, 23 * mm],
        {5: [a[0] for a in amounts], 6: [a[1] for a in amounts]},
        give={c: header[c] for c in (0, 2, 4)},  # project, responsible, status
        headings={5: header[5], 6: header[6]},
    )

    def figures(pair: tuple[str, str], bold: bool = False) -> list:
        return [figure_cell(writer, text, widths[5 + i], bold=bold) for i, text in enumerate(pair)]

    number_header = writer.styles.number
    data = [
        [writer.para(h, bold=True) for h in header[:5]]
        + [writer.para(h, number_header, bold=True) for h in header[5:]]
    ]
    extra: list[tuple[Any, ...]] = []  # table style commands
    for row, (p, pair) in enumerate(zip(order, amounts[:-1], strict=True), start=1):
        overdue = p.is_overdue(today)
        status = status_name(t, p.status) + (" — " + t("overdue") if overdue else "")
        data.append(
            [
                writer.para(p.title),
                writer.para(p.module_code),
                writer.para(names.get(p.responsible_id, "") or p.team or "—"),
                writer.para(p.due_date.isoformat() if p.due_date else "—"),
                writer.para(status),
                *figures(pair),
            ]
        )
        if overdue:
            extra.append(("BACKGROUND", (0, row), (-1, row), OVERDUE_TINT))
    data.append([writer.para(t("Total"), bold=True), "", "", "", "", *figures(amounts[-1], True)])
    extra.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT))
    story.append(grid(data, widths, extra=extra))
    return [CondPageBreak(START_ROOM), *story]


def number_text(value: float | None, indicator: Indicator, language: str = "en") -> str:
    """An indicator's value as the reports print it in `language` ("—" when there is none)."""
    return "—" if value is None else format_number(value, indicator.decimals(value), language)


def improved_means(indicator: Indicator) -> bool:
    """False for a figure that is neither better nor worse when it moves (a workforce)."""
    return indicator.direction is not Direction.NEUTRAL


def verdict(t, improved: bool | None, indicator: Indicator | None = None) -> str:
    """better, worse, unchanged; nothing for a figure that is neither (a workforce)."""
    if indicator is not None and not improved_means(indicator):
        return ""
    return {True: t("better"), False: t("worse"), None: t("unchanged")}[improved]


def change_cell(
    indicator: Indicator, baseline: float | None, value: float | None, language: str = "en"
):
    """("+12.5 %", improved?) of a value against the baseline, in `language`'s decimal
    mark; ("—", None) without one."""
    if baseline is None or value is None:
        return "—", None
    change = change_vs_baseline(indicator, baseline, value)

    def signed(figure: float, digits: int) -> str:
        return ("+" if figure > 0 else "") + format_number(figure, digits, language)

    text = (
        f"{signed(change.percent, 1)} %"
        if change.percent is not None
        else signed(change.absolute, indicator.decimals(change.absolute))
    )
    return text, change.improved


def indicator_section(writer: Writer, content: VisitContent) -> list:
    lines = [line for line in content.indicators if line.latest is not None]
    if not lines:
        return []
    s = writer.styles
    t = writer.t
    story = [writer.para(t("Key indicators against the baseline"), s.heading)]
    header = [t("Indicator"), t("Baseline"), t("Latest"), t("Change"), "", t("Last 12 months")]
    changes = [
        change_cell(line.indicator, line.baseline, line.latest, t.language) for line in lines
    ]
    figures = {
        1: [number_text(line.baseline, line.indicator, t.language) for line in lines],
        2: [number_text(line.latest, line.indicator, t.language) for line in lines],
        3: [text for text, _improved in changes],
    }
    verdicts = [  # one word: kept whole
        verdict(t, improved, line.indicator)
        for line, (_text, improved) in zip(lines, changes, strict=True)
    ]
    widths = widths_for_figures(
        writer,
        [48 * mm, 20 * mm, 30 * mm, 18 * mm, 20 * mm, 38 * mm],
        {**figures, 4: verdicts},
        give={0: header[0]},
        headings={c: header[c] for c in (1, 2, 3)},
    )
    data = [
        [
            writer.para(h, writer.styles.number if c in figures else None, bold=True)
            for c, h in enumerate(header)
        ]
    ]
    font = writer.fonts.regular.primary.name
    extra = []
    for row, (line, (change_text, improved)) in enumerate(
        zip(lines, changes, strict=True), start=1
    ):
        indicator = line.indicator
        if improved is not None:
            tint = "#D5F5E3" if improved else "#FADBD8"
            extra.append(("BACKGROUND", (3, row), (4, row), colors.HexColor(tint)))
        latest = [figure_cell(writer, figures[2][row - 1], widths[2])]
        if line.latest_month:
            latest.append(writer.para(f"({line.latest_month:%Y-%m})", writer.styles.number))
        data.append(
            [
                writer.para(f"{t(indicator.name)} ({t(indicator.unit)})"),
                figure_cell(writer, figures[1][row - 1], widths[1]),
                latest,
                figure_cell(writer, change_text, widths[3]),
                writer.para(verdicts[row - 1] if line.baseline is not None else ""),
                indicator_chart(
                    indicator,
                    list(line.series[-12:]),
                    line.baseline,
                    line.target,
                    36 * mm,
                    13 * mm,
                    font,
                ),
            ]
        )
    story.append(grid(data, widths, extra=[*extra, ("VALIGN", (0, 1), (-1, -1), "MIDDLE")]))
    return [CondPageBreak(START_ROOM), *story]


def indicator_lines(catalogue, entries) -> list[IndicatorLine]:
    """Baseline, target and monthly values of each indicator that has monthly values."""
    lines = []
    for indicator in catalogue:
        mine = [e for e in entries if e.indicator == indicator.code and e.sex == "all"]
        baseline = next((e.value for e in mine if e.kind.value == "baseline"), None)
        target = next((e.value for e in mine if e.kind.value == "target"), None)
        months = sorted(
            (e for e in mine if e.kind.value == "month" and e.value is not None),
            key=lambda e: e.month,
        )
        if months:
            series = tuple((e.month, e.value) for e in months)
            lines.append(
                IndicatorLine(
                    indicator, baseline, months[-1].value, months[-1].month, series, target
                )
            )
    return lines


def risk_matrix_section(writer: Writer, content: VisitContent) -> list:
    """Counts of hazards in each cell of a two-factor matrix (rows: the first factor, highest
    first), each cell in its band's colour, for the initial and (where rated) residual risk;
    methods with more factors have no matrix."""
    method = content.method
    if not content.hazards or method is None or len(method.factors) != 2:
        return []
    t = writer.t
    story = [_matrix(writer, content, "initial", t("Risk matrix (initial ratings)"))]
    if any(h.residual for h in content.hazards):
        story.append(_matrix(writer, content, "residual", t("Risk matrix (residual ratings)")))
    return story


def _matrix(writer: Writer, content: VisitContent, ratings: str, title: str):
    t = writer.t
    method = cast(RiskMethod, content.method)  # checked by the caller
    rows_factor, columns_factor = method.factors
    counts: dict[tuple[float, float], int] = {}
    for hazard in content.hazards:
        values = dict(getattr(hazard, ratings))
        key = (values.get(rows_factor.key), values.get(columns_factor.key))
        if None not in key:
            rated = cast(tuple[float, float], key)
            counts[rated] = counts.get(rated, 0) + 1
    corner = f"{t(rows_factor.name)} / {t(columns_factor.name)}"
    level_names = [f"{lv.value:g} {t(lv.label)}" for lv in columns_factor.levels]
    header = [writer.para(corner, bold=True)]
    header += [writer.para(name, bold=True) for name in level_names]
    data, extra = [header], []
    for r, row_level in enumerate(reversed(rows_factor.levels), start=1):
        line = [writer.para(f"{row_level.value:g} {t(row_level.label)}", bold=True)]
        for c, column_level in enumerate(columns_factor.levels, start=1):
            values = {rows_factor.key: row_level.value, columns_factor.key: column_level.value}
            band = method.assess(values).band
            count = counts.get((row_level.value, column_level.value), 0)
            line.append(writer.para(str(count) if count else ""))
            extra.append(("BACKGROUND", (c, r), (c, r), _tint(band.colour)))
        data.append(line)
    first = 40 * mm
    width = (writer.width - first) / len(columns_factor.levels)
    widths = widths_for_figures(  # a level's longest word whole ("Catastrop" over "hique")
        writer,
        [first] + [width] * len(columns_factor.levels),
        {c: name.split() for c, name in enumerate(level_names, start=1)},
        give={0: corner},
    )
    table = grid(
        data,
        widths,
        extra=[*extra, ("ALIGN", (1, 1), (-1, -1), "CENTER")],
    )
    legend = ", ".join(t(b.label) for b in method.bands)
    return KeepShortTogether(
        [
            writer.para(title, writer.styles.heading),
            table,
            Spacer(1, 1 * mm),
            _small(writer, t("Number of hazards in each cell. Bands: {bands}.", bands=legend)),
        ]
    )
