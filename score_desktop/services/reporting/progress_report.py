"""The monthly progress report: for a month or a range of months, every indicator against its
baseline and target (table and vector charts from domain.indicators.chart_rows, the rows the
dashboard draws), EIP progress, EIT meetings held and photos of improvements verified."""

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak, Spacer, TableStyle

from ...domain.enterprise import Enterprise
from ...domain.improvement import ImprovementProject
from ...domain.indicators import (
    Indicator,
    chart_rows,
    completed_on,
    month_of,
    months_between,
)
from ...domain.photo import Photo, PhotoKind
from ...domain.team import EitMeeting, EitMember, Suggestion
from ..written_files import written_in_place
from .build import build_pdf
from .charts import indicator_chart
from .columns import figure_cell, widths_for_figures
from .cover import cover
from .evidence import photo_rows
from .flow import PageTable
from .labels import status_name
from .layout import Writer
from .options import ReportOptions
from .progress import NO_PROGRESS, ExportProgress
from .result import ReportResult
from .sections import START_ROOM, change_cell, grid, improved_means, number_text, verdict

CHART_MONTHS = 12


@dataclass(frozen=True)
class ProgressContent:
    today: dt.date
    indicators: list[Indicator]
    entries: list = field(default_factory=list)
    meetings: list[EitMeeting] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)
    projects: list[ImprovementProject] = field(default_factory=list)
    members: list[EitMember] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)
    load_photo: Callable[[str], bytes] | None = None


@dataclass(frozen=True)
class Period:
    first: dt.date  # first day of the first month
    last: dt.date  # first day of the last month

    @classmethod
    def of(cls, first: dt.date, last: dt.date | None = None) -> "Period":
        first, last = month_of(first), month_of(last or first)
        if last < first:
            raise ValueError("The period ends before it starts.")
        return cls(first, last)

    def contains(self, day: dt.date | None) -> bool:
        return day is not None and self.first <= month_of(day) <= self.last

    @property
    def months(self) -> list[dt.date]:
        return months_between(self.first, self.last)

    def label(self) -> str:
        if self.first == self.last:
            return f"{self.first:%Y-%m}"
        return f"{self.first:%Y-%m} – {self.last:%Y-%m}"


def write_progress_report(
    enterprise: Enterprise,
    content: ProgressContent,
    period: Period,
    path: Path,
    *,
    options: ReportOptions | None = None,
    progress: ExportProgress = NO_PROGRESS,
) -> ReportResult:
    options = options or ReportOptions()
    with written_in_place(path, ".report-") as output, Writer.for_options(options) as writer:
        t = writer.t
        chart_start = min(period.first, _add_months(period.last, -(CHART_MONTHS - 1)))
        rows = chart_rows(
            content.indicators,
            content.entries,
            months_between(chart_start, period.last),
            content.meetings,
            content.suggestions,
            content.projects,
        )
        facts = [(t("Period"), period.label()), (t("Location"), enterprise.location)]
        story = cover(
            writer, enterprise, t("Monthly progress report"), facts, content.today, options
        )
        story.append(PageBreak())
        story += _indicator_table(writer, rows, period)
        story += _charts(writer, rows)
        story += _eip_progress(writer, content, period)
        story += _meetings(writer, content, period)
        story += _verified_photos(writer, content, period)
        return build_pdf(
            output,
            path,
            story,
            writer,
            title=f"{t('Monthly progress report')} — {enterprise.name}",
            footer=f"{enterprise.name} · {t('Monthly progress report')} {period.label()}",
            header=f"{enterprise.name} · {t('Monthly progress report')} · {period.label()}",
            progress=progress,
        )


def _add_months(month: dt.date, count: int) -> dt.date:
    index = month.year * 12 + month.month - 1 + count
    return dt.date(index // 12, index % 12 + 1, 1)


def period_value(series, period: Period) -> float | None:
    """The indicator over the period: its month, or the mean of the months of a range."""
    values = [v for m, v in series if period.contains(m)]
    return sum(values) / len(values) if values else None


def _indicator_table(writer: Writer, rows, period: Period) -> list:
    t = writer.t
    header = [
        t("Indicator"),
        t("Baseline"),
        t("Target"),
        period.label(),
        t("Change"),
        "",
        t("Target met"),
    ]
    shown = []
    for indicator, series, baseline, target in rows:
        value = period_value(series, period)
        if value is not None or baseline is not None:
            shown.append((indicator, baseline, target, value))
    if not shown:
        return [writer.para(t("No indicator has values for this period."))]
    changes = [
        change_cell(indicator, baseline, value, t.language)
        for indicator, baseline, _t, value in shown
    ]
    figures = {
        1: [number_text(baseline, i, t.language) for i, baseline, _t, _v in shown],
        2: [number_text(target, i, t.language) for i, _b, target, _v in shown],
        3: [number_text(value, i, t.language) for i, _b, _t, value in shown],
        4: [change for change, _improved in changes],
    }
    widths = widths_for_figures(
        writer,
        [52 * mm, 20 * mm, 20 * mm, 22 * mm, 20 * mm, 22 * mm, 18 * mm],
        figures,
        give={0: header[0], 5: ""},
        headings={c: header[c] for c in (1, 2, 3, 4)},
    )
    data = [
        [
            writer.para(h, writer.styles.number if c in figures else None, bold=True)
            for c, h in enumerate(header)
        ]
    ]
    extra = []
    for row, ((indicator, baseline, target, value), (_change, improved)) in enumerate(
        zip(shown, changes, strict=True), start=1
    ):
        arrow = ""
        if improved is not None:
            arrow = "▲" if value > baseline else "▼"
            tint = "#D5F5E3" if improved else "#FADBD8"
            extra.append(("BACKGROUND", (4, row), (5, row), colors.HexColor(tint)))
        met = ""
        if target is not None and value is not None and improved_means(indicator):
            met = t("yes") if indicator.improved(target, value) is not False else t("no")
        data.append(
            [
                writer.para(f"{t(indicator.name)} ({t(indicator.unit)})"),
                *(figure_cell(writer, figures[c][row - 1], widths[c]) for c in (1, 2, 3, 4)),
                writer.para(f"{arrow} {verdict(t, improved)}" if improved is not None else ""),
                writer.para(met),
            ]
        )
    return [
        writer.para(t("Indicators against baseline and target"), writer.styles.heading),
        grid(data, widths, extra=extra),
    ]


def _charts(writer: Writer, rows) -> list:
    t = writer.t
    shown = [r for r in rows if r[1]]
    if not shown:
        return []
    columns = 3
    cell = writer.width / columns
    font = writer.fonts.regular.primary.name
    cells: list[list[Any] | str] = [  # a row is padded with empty cells
        [
            writer.para(t(indicator.name), writer.styles.label),
            indicator_chart(indicator, series, baseline, target, cell - 4 * mm, 30 * mm, font),
        ]
        for indicator, series, baseline, target in shown
    ]
    table_rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    table_rows[-1] += [""] * (columns - len(table_rows[-1]))
    table = PageTable(table_rows, colWidths=[cell] * columns)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    legend = t("Blue: monthly values; dashed grey: baseline; dotted green: target.")
    return [
        CondPageBreak(START_ROOM + 30 * mm),
        writer.para(t("The last 12 months"), writer.styles.heading),
        writer.para(legend, writer.styles.small),
        table,
    ]


def _eip_progress(writer: Writer, content: ProgressContent, period: Period) -> list:
    t = writer.t
    # looked up by responsible_id, which may be None
    names: dict[uuid.UUID | None, str] = {m.id: m.name for m in content.members}
    completed = [p for p in content.projects if period.contains(completed_on(p))]
    started = [p for p in content.projects if period.contains(p.start_date)]
    period_end = _add_months(period.last, 1) - dt.timedelta(days=1)
    overdue = [p for p in content.projects if p.is_overdue(min(period_end, content.today))]
    summary = t(
        "Completed in the period: {completed}; started: {started}; overdue at its end: {overdue}.",
        completed=len(completed),
        started=len(started),
        overdue=len(overdue),
    )
    story = [
        CondPageBreak(START_ROOM),
        writer.para(t("Improvement plan in the period"), writer.styles.heading),
        writer.para(summary),
    ]
    listed = list(dict.fromkeys([*completed, *started, *overdue]))
    if listed:
        header = [t("Project"), t("Module"), t("Responsible"), t("Due"), t("Status")]
        data = [[writer.para(h, bold=True) for h in header]]
        for p in listed:
            data.append(
                [
                    writer.para(p.title),
                    writer.para(p.module_code),
                    writer.para(names.get(p.responsible_id, "") or p.team or "—"),
                    writer.para(p.due_date.isoformat() if p.due_date else "—"),
                    writer.para(status_name(t, p.status)),
                ]
            )
        story += [Spacer(1, 2 * mm), grid(data, [62 * mm, 20 * mm, 36 * mm, 25 * mm, 31 * mm])]
    return story


def _meetings(writer: Writer, content: ProgressContent, period: Period) -> list:
    t = writer.t
    held = sorted((m for m in content.meetings if period.contains(m.date)), key=lambda m: m.date)
    story = [
        CondPageBreak(START_ROOM),
        writer.para(t("EIT meetings held"), writer.styles.heading),
        writer.para(t("{count} meetings in the period.", count=len(held))),
    ]
    if held:
        header = [t("Date"), t("Attendees"), t("Topics"), t("Decisions")]
        data = [[writer.para(h, bold=True) for h in header]]
        for m in held:
            data.append(
                [
                    writer.para(m.date.isoformat()),
                    writer.para(str(len(m.attendee_ids))),
                    writer.para(m.topics or "—"),
                    writer.para(m.decisions or "—"),
                ]
            )
        story += [Spacer(1, 2 * mm), grid(data, [24 * mm, 24 * mm, 63 * mm, 63 * mm])]
    return story


def verified_photos(content: ProgressContent, period: Period) -> list[Photo]:
    """After-photos of projects verified in the period, and after-photos taken in it."""
    by_id = {p.id: p for p in content.photos}
    chosen: dict[uuid.UUID, Photo] = {}
    for project in content.projects:
        if period.contains(project.verified_on) and project.after_photo_id in by_id:
            chosen[project.after_photo_id] = by_id[project.after_photo_id]
    for photo in content.photos:
        taken = photo.taken_at.date() if photo.taken_at else None
        if photo.kind is PhotoKind.AFTER and period.contains(taken):
            chosen.setdefault(photo.id, photo)
    return list(chosen.values())


def _verified_photos(writer: Writer, content: ProgressContent, period: Period) -> list:
    photos = verified_photos(content, period)
    if not photos or content.load_photo is None:
        return []
    t = writer.t
    return [
        CondPageBreak(START_ROOM + 50 * mm),
        writer.para(t("Improvements verified in the period"), writer.styles.heading),
        *photo_rows(writer, photos, content.load_photo),
    ]
