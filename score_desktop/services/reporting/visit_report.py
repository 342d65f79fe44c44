"""The visit report: cover, enterprise profile with headcount by sex, the visit's record."""

import datetime as dt
import os
import tempfile
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer, Table, TableStyle

from ...domain.catalogues import ScoreModule
from ...domain.enterprise import Enterprise
from ...domain.visit import Visit
from .fonts import report_fonts
from .layout import ACCENT, BAND, RULE, Writer, numbered_canvas, report_document
from .result import ReportResult
from .sections import (
    VisitContent,
    eip_section,
    hazard_section,
    indicator_section,
    risk_matrix_section,
)


def module_title(code: str, modules: list[ScoreModule]) -> str:
    for module in modules:
        if module.code == code:
            return module.title
    return code


def write_visit_report(
    enterprise: Enterprise,
    visit: Visit,
    modules: list[ScoreModule],
    path: Path,
    *,
    today: dt.date | None = None,
    content: VisitContent | None = None,
) -> ReportResult:
    """Write the PDF atomically: a failed export never leaves a half-written file at `path`.

    `content` adds the hazard register, the EIP and key indicators after the visit record.
    """
    writer = Writer(report_fonts())
    story = _cover(writer, enterprise, visit, modules, today or dt.date.today())
    story += [PageBreak(), *_profile(writer, enterprise), *_visit_record(writer, visit)]
    if content is not None:
        for section in (risk_matrix_section, hazard_section, eip_section, indicator_section):
            story += section(writer, content)

    path = Path(path)
    footer = f"{enterprise.name} · Visit report {visit.date.isoformat()}"
    fd, tmp_name = tempfile.mkstemp(prefix=".report-", suffix=".pdf", dir=path.parent)
    os.close(fd)
    try:
        doc = report_document(tmp_name, title=f"Visit report — {enterprise.name}")
        doc.build(story, canvasmaker=numbered_canvas(footer, writer.fonts))
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    warnings = [writer.uncovered.describe()] if writer.uncovered.chars else []
    return ReportResult(path=path, warnings=warnings)


def _cover(writer: Writer, enterprise: Enterprise, visit: Visit, modules, today: dt.date):
    s = writer.styles
    facts = [
        ("Visit", f"{visit.type_label} — {module_title(visit.module_code, modules)}"),
        ("Date", visit.date.isoformat()),
        ("Consultant", visit.consultant),
        ("Safety inspector", visit.inspector or "—"),
        ("Location", enterprise.location),
    ]
    return [
        Spacer(1, 40 * mm),
        writer.para("SCORE visit report", s.subtitle),
        Spacer(1, 4 * mm),
        writer.para(enterprise.name, s.title),
        Spacer(1, 10 * mm),
        writer.field_table(facts),
        Spacer(1, 30 * mm),
        writer.para(
            f"Prepared on {today.isoformat()} with SCORE Desktop. "
            "SCORE: Sustaining Competitive and Responsible Enterprises (ILO).",
            s.small,
        ),
    ]


def _profile(writer: Writer, enterprise: Enterprise):
    s = writer.styles
    rows = [
        ("Sector", enterprise.sector),
        ("Products", enterprise.products),
        ("Country", enterprise.country),
        ("Region / city", enterprise.region),
        ("Address", enterprise.address),
        ("Contact person", enterprise.contact_person),
        ("Phone", enterprise.phone),
        ("E-mail", enterprise.email),
        ("Trade union present", "Yes" if enterprise.union_present else "No"),
        ("Main buyers", enterprise.main_buyers),
        ("Notes", enterprise.notes),
    ]
    return [
        writer.para("Enterprise profile", s.heading),
        writer.field_table(rows),
        KeepTogether(
            [writer.para("Headcount by sex", s.heading), _headcount_table(writer, enterprise)]
        ),
    ]


def _headcount_table(writer: Writer, enterprise: Enterprise) -> Table:
    h = enterprise.headcount

    def share(women: int, total: int) -> str:
        return f"{100 * women / total:.0f} %" if total else "—"

    rows = [
        ("", "Women", "Men", "Total", "Share of women"),
        ("Workers", h.workers_women, h.workers_men, h.workers, share(h.workers_women, h.workers)),
        (
            "Managers",
            h.managers_women,
            h.managers_men,
            h.managers,
            share(h.managers_women, h.managers),
        ),
        ("Total", h.women, h.men, h.total, share(h.women, h.total)),
    ]
    data = [
        [writer.para(str(cell), bold=(r == 0 or c == 0 or r == 3)) for c, cell in enumerate(row)]
        for r, row in enumerate(rows)
    ]
    table = Table(data, colWidths=[35 * mm, 25 * mm, 25 * mm, 25 * mm, 35 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), BAND),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, RULE),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


def _visit_record(writer: Writer, visit: Visit):
    s = writer.styles
    story = [writer.para("The visit", s.heading)]
    story.append(
        writer.field_table(
            [
                ("Attendees", visit.attendees),
                ("Objectives", visit.objectives),
                (
                    "Next visit",
                    visit.next_visit_date.isoformat() if visit.next_visit_date else "not set",
                ),
            ]
        )
    )
    for title, text in (
        ("Observations", visit.observations),
        ("Agreed next steps", visit.next_steps),
    ):
        story.append(writer.para(title, s.heading))
        for paragraph in (text or "—").split("\n\n"):
            story.append(writer.para(paragraph))
    return story
