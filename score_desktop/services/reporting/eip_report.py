"""The EIP report for the enterprise manager: the plan by status and module with responsible
people, deadlines, costs and savings; the EIT roster and how often it meets."""

import datetime as dt
import os
import tempfile
from collections import Counter
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from ...domain.enterprise import Enterprise
from ...domain.team import EitMeeting, composition_warnings, meetings_per_month
from .fonts import report_fonts
from .layout import Writer, numbered_canvas, report_document
from .result import ReportResult
from .sections import VisitContent, eip_section, grid

ROLE_NAMES = {
    "owner": "Owner",
    "manager": "Manager",
    "supervisor": "Supervisor",
    "worker": "Worker",
}


def write_eip_report(
    enterprise: Enterprise,
    content: VisitContent,
    meetings: list[EitMeeting],
    path: Path,
) -> ReportResult:
    """Written to a temporary file and renamed: a failure leaves nothing at `path`."""
    writer = Writer(report_fonts())
    s = writer.styles
    today = content.today
    story = [
        writer.para("Enterprise Improvement Plan", s.subtitle),
        writer.para(enterprise.name, s.title),
        writer.para(f"As of {today.isoformat()}", s.small),
        Spacer(1, 6 * mm),
    ]
    by_module = Counter(p.module_code for p in content.projects)
    if by_module:
        story.append(writer.para("Projects by SCORE module", s.heading))
        rows = [
            [writer.para(h, bold=True) for h in ("Module", "Projects", "Open", "Done or verified")]
        ]
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
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=".report-", suffix=".pdf", dir=path.parent)
    os.close(fd)
    try:
        doc = report_document(tmp_name, title=f"EIP — {enterprise.name}")
        footer = f"{enterprise.name} · EIP {today.isoformat()}"
        doc.build(story, canvasmaker=numbered_canvas(footer, writer.fonts))
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    warnings = [writer.uncovered.describe()] if writer.uncovered.chars else []
    return ReportResult(path=path, warnings=warnings)


def _team(writer: Writer, enterprise, content: VisitContent, meetings, today: dt.date) -> list:
    s = writer.styles
    members = content.members
    if not members:
        return []
    active = [m for m in members if m.active_on(today)]
    start = today - dt.timedelta(days=183)
    rate = meetings_per_month(meetings, start, today)
    women = sum(m.sex.value == "female" for m in active)
    story = [
        writer.para("Enterprise Improvement Team", s.heading),
        writer.para(
            f"{len(active)} members ({women} women); {len(meetings)} meetings logged, "
            f"{rate:.1f} a month over the last six months."
        ),
    ]
    for warning in composition_warnings(members, enterprise.headcount.share_women, today):
        story.append(writer.para(f"• {warning}", s.small))
    responsible = Counter(p.responsible_id for p in content.projects if p.status.open)
    rows = [
        [
            writer.para(h, bold=True)
            for h in ("Name", "Role", "Position", "Elected", "Open projects")
        ]
    ]
    for m in sorted(members, key=lambda m: (not m.active_on(today), not m.role.management)):
        left = f" (left {m.left_on.isoformat()})" if m.left_on and m.left_on <= today else ""
        rows.append(
            [
                writer.para(m.name + left),
                writer.para(ROLE_NAMES[m.role.value]),
                writer.para(m.position),
                writer.para("yes" if m.elected_by_workers else ""),
                writer.para(str(responsible.get(m.id, 0) or "")),
            ]
        )
    story.append(Spacer(1, 2 * mm))
    story.append(grid(rows, [50 * mm, 26 * mm, 50 * mm, 18 * mm, 30 * mm]))
    return story
