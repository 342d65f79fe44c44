"""The visit report's checklists: for each walk-through on the visit, the score of each
section, every item answered *no* with its note, photos and the hazard (by its register
number) or EIP project it became, and for a follow-up what changed since the walk-through
it started from."""

import uuid

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Spacer, Table, TableStyle

from ...domain.checklist import Answer, pick
from ...domain.floorplan import AREA_KINDS
from ...domain.hazard import register_numbers
from ...domain.photo import Photo
from ...domain.walkthrough import ChangeKind
from ...domain.walkthrough_review import Review
from .flow import KeepShortTogether
from .layout import Writer
from .photo_figure import PhotoFigure
from .sections import START_ROOM, VisitContent, grid

THUMB_WIDTH = 24 * mm
THUMB_HEIGHT = 18 * mm
CHANGE_TINTS = {
    ChangeKind.IMPROVED: colors.HexColor("#D5F5E3"),
    ChangeKind.WORSENED: colors.HexColor("#FADBD8"),
}


def answer_name(t, answer: Answer) -> str:
    return {
        Answer.YES: t("Yes"),
        Answer.NO: t("No"),
        Answer.NOT_APPLICABLE: t("Not applicable"),
        Answer.NOT_CHECKED: t("Not checked"),
    }[answer]


def change_name(t, kind: ChangeKind) -> str:
    return {
        ChangeKind.IMPROVED: t("better"),
        ChangeKind.WORSENED: t("worse"),
        ChangeKind.NEWLY_ANSWERED: t("newly checked"),
        ChangeKind.NOT_RECHECKED: t("not checked again"),
        ChangeKind.APPLICABILITY: t("applicability changed"),
    }[kind]


def checklist_section(writer: Writer, content: VisitContent, visit_id: uuid.UUID) -> list:
    records = content.checklists
    if records is None:
        return []
    walks = [w for w in records.walkthroughs if w.visit_id == visit_id]
    if not walks:
        return []
    t = writer.t
    story: list = [CondPageBreak(START_ROOM), writer.para(t("Checklists"), writer.styles.heading)]
    for walk in walks:
        story += _walkthrough(writer, content, records.review(walk, writer.t.language))
    return story


def _walkthrough(writer: Writer, content: VisitContent, review: Review) -> list:
    t = writer.t
    walk, template = review.walkthrough, review.template
    title = t(
        "{title}, version {version}",
        title=pick(template.title, writer.t.language),
        version=template.version,
    )
    facts = []
    if walk.started_on is not None:
        facts.append(t("Started {date}", date=walk.started_on.isoformat()))
    if review.previous is not None and content.checklists is not None:
        earlier = content.checklists.visit_dates.get(review.previous.visit_id)
        facts.append(
            t(
                "Follow-up of the walk-through of {date}",
                date=earlier.isoformat() if earlier else "—",
            )
        )
    if review.carried:
        facts.append(t("Answers carried from it, not checked again: {count}", count=review.carried))
    story: list = [
        KeepShortTogether(
            [
                writer.para(title, writer.styles.subheading),
                *([writer.para(" · ".join(facts), writer.styles.small)] if facts else []),
                Spacer(1, 1.5 * mm),
                _scores(writer, review),
            ]
        ),
        Spacer(1, 3 * mm),
    ]
    if review.findings:
        story.append(_findings(writer, content, review))
        story.append(Spacer(1, 3 * mm))
    if review.previous is not None:
        story += _changes(writer, content, review)
    return story


def _scores(writer: Writer, review: Review) -> Table:
    t = writer.t
    header = [t("Section"), t("Yes"), t("No"), t("Not applicable"), t("Not checked"), t("Score")]
    data = [[writer.para(h, bold=True) for h in header]]
    totals = [0, 0, 0, 0]
    for score in review.scores:
        counts = [score.yes, score.no, score.not_applicable, score.not_checked]
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        data.append(
            [
                writer.para(score.title),
                *(writer.para(str(n)) for n in counts),
                writer.para(_percent(score.score)),
            ]
        )
    answered = totals[0] + totals[1]
    data.append(
        [
            writer.para(t("Total"), bold=True),
            *(writer.para(str(n), bold=True) for n in totals),
            writer.para(_percent(totals[0] / answered if answered else None), bold=True),
        ]
    )
    widths = [15 * mm, 15 * mm, 26 * mm, 24 * mm, 16 * mm]
    return grid(
        data,
        [writer.width - sum(widths), *widths],
        extra=[("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("LINEABOVE", (0, -1), (-1, -1), 0.8, "grey")],
    )


def _percent(share: float | None) -> str:
    return "—" if share is None else f"{round(share * 100)} %"


def _zone_names(content: VisitContent) -> dict[uuid.UUID, str]:
    return {
        item.id: item.label
        for plan in content.plans
        for item in plan.items
        if item.kind in AREA_KINDS and item.label
    }


def _findings(writer: Writer, content: VisitContent, review: Review) -> Table:
    t = writer.t
    zones = _zone_names(content)
    photos = {p.id: p for p in content.photos}
    numbers = register_numbers(content.hazards, content.method) if content.method else {}
    hazards = {h.id: h for h in content.hazards}
    projects = {p.id: p for p in content.projects}
    header = [t("Item answered no"), t("Zone"), t("Note"), t("Photos"), t("Became")]
    data = [[writer.para(h, bold=True) for h in header]]
    widths = [46 * mm, 20 * mm, 40 * mm, THUMB_WIDTH + 2 * mm, None]
    widths[-1] = writer.width - sum(w for w in widths if w is not None)
    for finding in review.findings:
        answer = finding.answer
        became = []
        hazard = hazards.get(answer.hazard_id) if answer.hazard_id else None
        if hazard is not None:
            number = numbers.get(hazard.id)
            became.append(f"{'H' + str(number) if number else t('Hazard')} {hazard.title}")
        project = projects.get(answer.project_id) if answer.project_id else None
        if project is not None:
            became.append(t("EIP project: {title}", title=project.title))
        item_cell = [
            writer.para(f"{finding.item.key}  {pick(finding.item.text, writer.t.language)}"),
            writer.para(finding.section_title, writer.styles.small),
        ]
        if answer.carried:
            item_cell.append(writer.para(t("carried, not checked again"), writer.styles.small))
        data.append(
            [
                item_cell,
                writer.para(zones.get(answer.zone_id, "") if answer.zone_id else ""),
                writer.para(answer.note or "—"),
                _thumbnails(writer, content, [photos[i] for i in answer.photo_ids if i in photos]),
                [writer.para(line) for line in became] or writer.para("—"),
            ]
        )
    return grid(data, widths)


def _thumbnails(writer: Writer, content: VisitContent, photos: list[Photo]):
    if not photos or content.load_photo is None:
        return ""
    figures = [
        PhotoFigure(p, content.load_photo, writer, THUMB_WIDTH, THUMB_HEIGHT) for p in photos
    ]
    table = Table([[f] for f in figures], colWidths=[THUMB_WIDTH], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1 * mm),
            ]
        )
    )
    return table


def _changes(writer: Writer, content: VisitContent, review: Review) -> list:
    t = writer.t
    heading = writer.para(t("What changed since the last walk-through"), writer.styles.label)
    if not review.changes:
        return [KeepShortTogether([heading, writer.para(t("No answer changed."))])]
    zones = _zone_names(content)
    header = [t("Item"), t("Zone"), t("Before"), t("Now"), ""]
    data = [[writer.para(h, bold=True) for h in header]]
    extra = []
    for row, change in enumerate(review.changes, start=1):
        key, zone = change.slot
        item = review.item_of(key)
        text = f"{key}  {pick(item.text, writer.t.language)}" if item else key
        data.append(
            [
                writer.para(text),
                writer.para(zones.get(zone, "") if zone else ""),
                writer.para(answer_name(t, change.before)),
                writer.para(answer_name(t, change.after)),
                writer.para(change_name(t, change.kind)),
            ]
        )
        tint = CHANGE_TINTS.get(change.kind)
        if tint is not None:
            data_row = (0, row), (-1, row)
            extra.append(("BACKGROUND", *data_row, tint))
    widths = [None, 24 * mm, 24 * mm, 24 * mm, 30 * mm]
    widths[0] = writer.width - sum(w for w in widths if w is not None)
    return [KeepShortTogether([heading, grid(data, widths, extra=extra)]), Spacer(1, 3 * mm)]
