"""The visit report: what the consultant hands over after a visit, in the sections the export
dialog keeps (options.Section), in the report's language."""

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak, Spacer, TableStyle

from ...domain.catalogues import ScoreModule
from ...domain.enterprise import Enterprise
from ...domain.hazard import HazardStatus
from ...domain.improvement import ProjectStatus
from ...domain.visit import Visit
from ..written_files import written_in_place
from .build import build_pdf
from .checklist_section import checklist_section
from .cover import cover
from .evidence import before_after_section, hazard_details_section
from .flow import KeepShortTogether, PageTable
from .layout import ACCENT, BAND, RULE, Writer
from .options import ReportOptions, Section
from .plan_section import plan_section
from .progress import NO_PROGRESS, ExportProgress
from .result import ReportResult
from .sections import (
    START_ROOM,
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
    options: ReportOptions | None = None,
    progress: ExportProgress = NO_PROGRESS,
) -> ReportResult:
    """Write the PDF atomically: a failed or cancelled export never leaves a file at `path`.

    `content` adds the plan, hazards, photos, EIP and indicators after the visit record.
    """
    options = options or ReportOptions()
    with written_in_place(path, ".report-") as output, Writer.for_options(options) as writer:
        t = writer.t
        content = content or VisitContent(today=today or dt.date.today())
        today = today or content.today
        shows = options.shows
        story = cover(
            writer,
            enterprise,
            t("SCORE visit report"),
            _cover_facts(writer, enterprise, visit, modules),
            today,
            options,
        )
        story.append(PageBreak())
        if shows(Section.SUMMARY):
            story += _summary(writer, visit, content)
        story += _profile(writer, enterprise)
        if shows(Section.VISIT):
            story += _visit_record(writer, visit)
        builders = (
            (Section.PLAN, lambda: plan_section(writer, content, options)),
            (Section.RISK_MATRIX, lambda: risk_matrix_section(writer, content)),
            (Section.HAZARDS, lambda: hazard_section(writer, content)),
            (Section.HAZARD_DETAILS, lambda: hazard_details_section(writer, content)),
            (Section.BEFORE_AFTER, lambda: before_after_section(writer, content)),
            (Section.CHECKLISTS, lambda: checklist_section(writer, content, visit.id)),
            (Section.EIP, lambda: eip_section(writer, content)),
            (Section.INDICATORS, lambda: indicator_section(writer, content)),
        )
        for section, build in builders:
            if shows(section):
                story += build()
        if shows(Section.VISIT):
            story += _next_steps(writer, visit)
        if shows(Section.SIGNATURES):
            story += signature_block(writer, enterprise, visit)

        footer = f"{enterprise.name} · {t('Visit report')} {visit.date.isoformat()}"
        return build_pdf(
            output,
            path,
            story,
            writer,
            title=f"{t('Visit report')} — {enterprise.name}",
            footer=footer,
            header=f"{enterprise.name} · {t(visit.type_label)} · {visit.date.isoformat()}",
            progress=progress,
        )


def _cover_facts(writer: Writer, enterprise: Enterprise, visit: Visit, modules):
    t = writer.t
    return [
        (t("Visit"), f"{t(visit.type_label)} — {t(module_title(visit.module_code, modules))}"),
        (t("Date"), visit.date.isoformat()),
        (t("Consultant"), visit.consultant),
        (t("Safety inspector"), visit.inspector or "—"),
        (t("Location"), enterprise.location),
    ]


def _summary(writer: Writer, visit: Visit, content: VisitContent) -> list:
    """The visit at a glance: what a manager reads first."""
    t = writer.t
    hazards = content.hazards
    new = sum(h.visit_id == visit.id for h in hazards)
    controlled = sum(h.status in (HazardStatus.CONTROLLED, HazardStatus.VERIFIED) for h in hazards)
    projects = content.projects
    done = sum(p.status in (ProjectStatus.DONE, ProjectStatus.VERIFIED) for p in projects)
    overdue = sum(p.is_overdue(content.today) for p in projects)
    open_projects = sum(p.status.open for p in projects)
    top = 0
    if content.method is not None:
        top_band = content.method.bands[-1]
        top = sum(
            (a := h.initial_assessment(content.method)) is not None and a.band == top_band
            for h in hazards
            if h.status not in (HazardStatus.CONTROLLED, HazardStatus.VERIFIED)
        )
    figures = [
        (t("New hazards"), new),
        (t("Open hazards"), len(hazards) - controlled),
        (t("Controlled or verified"), controlled),
        (t("Open in the top band"), top),
        (t("Projects done"), done),
        (t("Projects open"), open_projects),
        (t("Projects overdue"), overdue),
        (t("Photos"), len(content.photos)),
    ]
    cells = [
        [writer.para(str(value), writer.styles.figure), writer.para(label, writer.styles.small)]
        for label, value in figures
    ]
    rows = [cells[:4], cells[4:]]
    width = writer.width / 4
    table = PageTable(rows, colWidths=[width] * 4)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), BAND),
                ("LINEBELOW", (0, 0), (-1, 0), 2, "white"),
                ("LINEAFTER", (0, 0), (-2, -1), 2, "white"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return [writer.para(t("Summary"), writer.styles.heading), table, Spacer(1, 4 * mm)]


def _profile(writer: Writer, enterprise: Enterprise):
    s = writer.styles
    t = writer.t
    rows = [
        (t("Sector"), enterprise.sector),
        (t("Products"), enterprise.products),
        (t("Country"), enterprise.country),
        (t("Region / city"), enterprise.region),
        (t("Address"), enterprise.address),
        (t("Contact person"), enterprise.contact_person),
        (t("Phone"), enterprise.phone),
        (t("E-mail"), enterprise.email),
        (t("Trade union present"), t("Yes") if enterprise.union_present else t("No")),
        (t("Main buyers"), enterprise.main_buyers),
        (t("Notes"), enterprise.notes),
    ]
    return [
        writer.para(t("Enterprise profile"), s.heading),
        writer.field_table(rows),
        KeepShortTogether(
            [writer.para(t("Headcount by sex"), s.heading), _headcount_table(writer, enterprise)]
        ),
    ]


def _headcount_table(writer: Writer, enterprise: Enterprise) -> PageTable:
    t = writer.t
    h = enterprise.headcount

    def share(women: int, total: int) -> str:
        return f"{100 * women / total:.0f} %" if total else "—"

    rows = [
        ("", t("Women"), t("Men"), t("Total"), t("Share of women")),
        (
            t("Workers"),
            h.workers_women,
            h.workers_men,
            h.workers,
            share(h.workers_women, h.workers),
        ),
        (
            t("Managers"),
            h.managers_women,
            h.managers_men,
            h.managers,
            share(h.managers_women, h.managers),
        ),
        (t("Total"), h.women, h.men, h.total, share(h.women, h.total)),
    ]
    data = [
        [writer.para(str(cell), bold=(r == 0 or c == 0 or r == 3)) for c, cell in enumerate(row)]
        for r, row in enumerate(rows)
    ]
    table = PageTable(data, colWidths=[35 * mm, 25 * mm, 25 * mm, 25 * mm, 35 * mm])
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


def _paragraphs(writer: Writer, text: str) -> list:
    return [writer.para(paragraph) for paragraph in (text or "—").split("\n\n")]


def _visit_record(writer: Writer, visit: Visit):
    s = writer.styles
    t = writer.t
    story = [writer.para(t("The visit"), s.heading)]
    story.append(
        writer.field_table([(t("Attendees"), visit.attendees), (t("Objectives"), visit.objectives)])
    )
    story.append(writer.para(t("Observations"), s.heading))
    return story + _paragraphs(writer, visit.observations)


def _next_steps(writer: Writer, visit: Visit):
    t = writer.t
    next_visit = visit.next_visit_date.isoformat() if visit.next_visit_date else t("not set")
    return [
        CondPageBreak(START_ROOM),
        writer.para(t("Agreed next steps"), writer.styles.heading),
        *_paragraphs(writer, visit.next_steps),
        writer.field_table([(t("Next visit"), next_visit)]),
    ]


def signature_block(writer: Writer, enterprise: Enterprise, visit: Visit) -> list:
    """Room to sign for the consultant, the paired inspector and the enterprise's manager."""
    t = writer.t
    people = [
        (t("Consultant"), visit.consultant),
        (t("Safety inspector"), visit.inspector),
        (t("Enterprise manager"), enterprise.contact_person),
    ]
    gap = 8 * mm
    width = (writer.width - 2 * gap) / 3
    names = []
    for role, name in people:
        names += [
            [
                writer.para(role, writer.styles.label),
                writer.para(name or " "),
                writer.para(t("Signature and date"), writer.styles.small),
            ],
            "",
        ]
    table = PageTable(
        [[""] * 5, names[:5]], colWidths=[width, gap, width, gap, width], rowHeights=[18 * mm, None]
    )
    table.setStyle(
        TableStyle(
            [
                *(("LINEBELOW", (c, 0), (c, 0), 0.6, ACCENT) for c in (0, 2, 4)),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    heading = writer.para(t("Signatures"), writer.styles.heading)
    return [KeepShortTogether([heading, table])]
