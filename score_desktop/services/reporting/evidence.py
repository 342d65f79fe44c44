"""Per-hazard detail blocks with their photos, and before/after pairs side by side: the
evidence a manager and an inspector look for behind the register's numbers."""

import datetime as dt
import uuid
from typing import cast

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Spacer, Table, TableStyle

from ...domain.hazard import Hazard, ordered_hazards
from ...domain.photo import Photo, PhotoKind
from ...domain.read_model import zone_name
from ...domain.risk import RiskMethod
from .flow import KeepShortTogether
from .labels import control_level, identified_by, status_name
from .layout import RULE, Writer
from .photo_figure import PhotoFigure
from .sections import START_ROOM, VisitContent

PHOTO_ROW_HEIGHT = 58 * mm
PAIR_HEIGHT = 70 * mm


def photos_by_hazard(photos: list[Photo]) -> dict[uuid.UUID, list[Photo]]:
    grouped: dict[uuid.UUID, list[Photo]] = {}
    for photo in photos:
        if photo.hazard_id is not None:
            grouped.setdefault(photo.hazard_id, []).append(photo)
    order = {PhotoKind.BEFORE: 0, PhotoKind.AFTER: 1, PhotoKind.EVIDENCE: 2, PhotoKind.GENERAL: 3}
    for group in grouped.values():
        group.sort(key=lambda p: (order[p.kind], p.taken_at or dt.datetime.min, p.original_name))
    return grouped


def before_after_pair(photos: list[Photo]) -> tuple[Photo, Photo] | None:
    """The latest *before* and the latest *after* photo of one hazard (as on screen)."""
    before = [p for p in photos if p.kind is PhotoKind.BEFORE]
    after = [p for p in photos if p.kind is PhotoKind.AFTER]
    if not before or not after:
        return None
    return before[-1], after[-1]


def zone_names(content: VisitContent) -> dict[uuid.UUID, str]:
    """The zone each pinned hazard lies in, found from its plan's areas."""
    names = {}
    for plan in content.plans:
        for hazard in plan.hazards:
            name = zone_name(hazard, plan.items)
            if name:
                names[hazard.id] = name
    return names


def hazard_details_section(writer: Writer, content: VisitContent) -> list:
    if not content.hazards or content.method is None:
        return []
    t = writer.t
    method = content.method
    grouped = photos_by_hazard(content.photos)
    zones = zone_names(content)
    heading = writer.para(t("Hazards in detail"), writer.styles.heading)
    story: list = [CondPageBreak(START_ROOM), heading]
    for number, hazard in enumerate(ordered_hazards(content.hazards, method), start=1):
        heading = writer.para(f"H{number}  {hazard.title}", writer.styles.subheading)
        facts = writer.para(_facts_line(t, content, method, hazard, zones), writer.styles.small)
        rows = [
            (t("Description"), hazard.description),
            (t("Source"), hazard.source),
            (t("Existing controls"), hazard.existing_controls),
            (
                t("Proposed controls"),
                "\n".join(
                    f"{control_level(t, c.level)}: {c.text}" for c in hazard.proposed_controls
                ),
            ),
            (t("Legal reference"), hazard.legal_reference),
        ]
        rows = [(label, value) for label, value in rows if value]
        story.append(
            KeepShortTogether([heading, facts, *([writer.field_table(rows[:1])] if rows else [])])
        )
        if rows[1:]:
            story.append(writer.field_table(rows[1:]))
        photos = grouped.get(hazard.id, [])
        if photos and content.load_photo is not None:
            story.append(Spacer(1, 2 * mm))
            story += photo_rows(writer, photos, content.load_photo)
        story.append(Spacer(1, 4 * mm))
    return story


def _facts_line(t, content: VisitContent, method, hazard: Hazard, zones) -> str:
    """Category, zone, exposure, risk, who and when on one line: 200 hazards read in pages,
    not in a hundred."""
    initial, residual = hazard.initial_assessment(method), hazard.residual_assessment(method)
    risk = f"{initial.score:g} {t(initial.band.label)}" if initial else t("not rated")
    if residual:
        risk += f" → {residual.score:g} {t(residual.band.label)}"
    exposed = t("{women} women, {men} men", women=hazard.exposed_women, men=hazard.exposed_men)
    parts = [
        t(content.category_name(hazard.category_code)),
        zones.get(hazard.id, ""),
        exposed + (f" ({hazard.job})" if hazard.job else ""),
        f"{t('Risk (initial → residual)') if residual else t('Initial')}: {risk}",
        hazard.responsible,
        hazard.due_date.isoformat() if hazard.due_date else "",
        status_name(t, hazard.status),
        f"{t('Identified by')}: {identified_by(t, hazard.identified_by)}",
    ]
    return " · ".join(part for part in parts if part)


def photo_rows(writer: Writer, photos: list[Photo], load, per_row: int = 3) -> list:
    t = writer.t
    cell = (writer.width - 4 * mm * (per_row - 1)) / per_row
    kinds = {
        PhotoKind.BEFORE: t("Before"),
        PhotoKind.AFTER: t("After"),
        PhotoKind.EVIDENCE: t("Evidence"),
        PhotoKind.GENERAL: "",
    }
    figures: list[PhotoFigure | str] = [  # a row is padded with empty cells
        PhotoFigure(p, load, writer, cell, PHOTO_ROW_HEIGHT - 12, label=kinds[p.kind])
        for p in photos
    ]
    rows = [figures[i : i + per_row] for i in range(0, len(figures), per_row)]
    rows[-1] += [""] * (per_row - len(rows[-1]))
    table = Table(rows, colWidths=[cell + 4 * mm] * per_row, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
            ]
        )
    )
    return [table]


def before_after_section(writer: Writer, content: VisitContent) -> list:
    if content.method is None or content.load_photo is None:
        return []
    t = writer.t
    method = content.method
    grouped = photos_by_hazard(content.photos)
    actions = _actions_by_hazard(content)
    blocks = []
    for hazard in ordered_hazards(content.hazards, method):
        pair = before_after_pair(grouped.get(hazard.id, []))
        if pair is None:
            continue
        blocks.append(_pair_block(writer, content, hazard, pair, actions.get(hazard.id, "")))
    if not blocks:
        return []
    intro = writer.para(t("Before and after"), writer.styles.heading)
    return [CondPageBreak(START_ROOM + PAIR_HEIGHT), intro, *blocks]


def _actions_by_hazard(content: VisitContent) -> dict[uuid.UUID, str]:
    """The improvement project behind each hazard's change (its title and action)."""
    actions: dict[uuid.UUID, str] = {}
    for project in content.projects:
        text = project.title + (f": {project.action}" if project.action else "")
        for hazard_id in project.hazard_ids:
            actions.setdefault(hazard_id, text)
    return actions


def _pair_block(writer: Writer, content: VisitContent, hazard: Hazard, pair, action: str):
    t = writer.t
    method = cast(RiskMethod, content.method)  # checked by before_after_section
    initial, residual = hazard.initial_assessment(method), hazard.residual_assessment(method)
    before_text = f"{initial.score:g} {t(initial.band.label)}" if initial else t("not rated")
    after_text = f"{residual.score:g} {t(residual.band.label)}" if residual else t("not re-scored")
    if not action:
        action = "; ".join(c.text for c in hazard.proposed_controls)
    half = (writer.width - 6 * mm) / 2
    before, after = pair
    figures = [
        PhotoFigure(before, content.load_photo, writer, half, PAIR_HEIGHT, label=t("Before")),
        PhotoFigure(after, content.load_photo, writer, half, PAIR_HEIGHT, label=t("After")),
    ]
    table = Table([figures], colWidths=[half + 6 * mm, half], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ]
        )
    )
    return KeepShortTogether(
        [
            writer.para(hazard.title, writer.styles.subheading),
            writer.para(t("Risk {before} → {after}", before=before_text, after=after_text)),
            writer.para(t("Action: {action}", action=action or "—"), writer.styles.small),
            Spacer(1, 2 * mm),
            table,
            Spacer(1, 5 * mm),
        ]
    )
