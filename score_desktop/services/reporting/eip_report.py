"""The EIP report for the enterprise manager: the plan by status and module with responsible
people, deadlines, costs and savings; the EIT roster and how often it meets."""

import datetime as dt
from collections import Counter
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from ...domain.enterprise import Enterprise
from ...domain.money import format_number
from ...domain.team import EitMeeting, composition_warnings, meetings_per_month
from ..written_files import written_in_place
from .build import build_pdf
from .columns import widths_for_figures
from .labels import role_name
from .layout import Writer
from .options import ReportOptions
from .progress import NO_PROGRESS, ExportProgress
from .result import ReportResult
from .sections import VisitContent, eip_section, grid


def write_eip_report(
    enterprise: Enterprise,
    content: VisitContent,
    meetings: list[EitMeeting],
    path: Path,
    *,
    options: ReportOptions | None = None,
    progress: ExportProgress = NO_PROGRESS,
) -> ReportResult:
    """Written to a temporary file and renamed: a failure leaves nothing at `path`."""
    options = options or ReportOptions()
    with written_in_place(path, ".report-") as output, Writer.for_options(options) as writer:
        s = writer.styles
        t = writer.t
        today = content.today
        story = [
            writer.para(t("Enterprise Improvement Plan"), s.subtitle),
            writer.para(enterprise.name, s.title),
            writer.para(t("As of {date}", date=today.isoformat()), s.small),
            Spacer(1, 6 * mm),
        ]
        by_module = Counter(p.module_code for p in content.projects)
        if by_module:
            story.append(writer.para(t("Projects by SCORE module"), s.heading))
            header = (t("Module"), t("Projects"), t("Open"), t("Done or verified"))
            rows = [[writer.para(h, bold=True) for h in header]]
            for module, count in sorted(by_module.items()):
                mine = [p for p in content.projects if p.module_code == module]
                rows.append(
                    [
                        writer.para(module),
                        writer.para(str(count)),
                        writer.para(str(sum(p.status.open for p in mine))),
                        writer.para(str(sum(p.status.value in ("done", "verified") for p in mine))),
                    ]
                )
            story.append(grid(rows, [40 * mm, 30 * mm, 30 * mm, 40 * mm]))
        story += eip_section(writer, content)
        story += _team(writer, enterprise, content, meetings, today)
        return build_pdf(
            output,
            path,
            story,
            writer,
            title=f"{t('Enterprise Improvement Plan')} — {enterprise.name}",
            footer=f"{enterprise.name} · {t('EIP')} {today.isoformat()}",
            header=f"{enterprise.name} · {t('Enterprise Improvement Plan')}",
            progress=progress,
        )


def _team(writer: Writer, enterprise, content: VisitContent, meetings, today: dt.date) -> list:
    s = writer.styles
    t = writer.t
    members = content.members
    if not members:
        return []
    active = [m for m in members if m.active_on(today)]
    start = today - dt.timedelta(days=183)
    rate = meetings_per_month(meetings, start, today)
    women = sum(m.sex.value == "female" for m in active)
    story = [
        writer.para(t("Enterprise Improvement Team"), s.heading),
        writer.para(
            t(
                "{members} members ({women} women); {meetings} meetings logged, "
                "{rate} a month over the last six months.",
                members=len(active),
                women=women,
                meetings=len(meetings),
                rate=format_number(rate, 1, t.language),
            )
        ),
    ]
    for warning in composition_warnings(members, enterprise.headcount.share_women, today):
        story.append(writer.para(f"• {warning}", s.small))
    responsible = Counter(p.responsible_id for p in content.projects if p.status.open)
    header = (t("Name"), t("Role"), t("Position"), t("Elected"), t("Open projects"))
    rows = [[writer.para(h, bold=True) for h in header]]
    for m in sorted(members, key=lambda m: (not m.active_on(today), not m.role.management)):
        left = ""
        if m.left_on and m.left_on <= today:
            left = " " + t("(left {date})", date=m.left_on.isoformat())
        rows.append(
            [
                writer.para(m.name + left),
                writer.para(role_name(t, m.role)),
                writer.para(m.position),
                writer.para(t("yes") if m.elected_by_workers else ""),
                writer.para(str(responsible.get(m.id, 0) or "")),
            ]
        )
    story.append(Spacer(1, 2 * mm))
    # a role's longest word whole ("Travailleur·se" broke as "Travailleur·s" over "e")
    role_words = [w for m in members for w in role_name(t, m.role).split()]
    widths = widths_for_figures(
        writer,
        [50 * mm, 26 * mm, 50 * mm, 18 * mm, 30 * mm],
        {1: role_words},
        give={0: header[0], 2: header[2]},
        headings={1: header[1]},
    )
    story.append(grid(rows, widths))
    return story
