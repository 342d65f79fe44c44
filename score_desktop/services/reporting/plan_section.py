"""The floor plans of the visit report: each drawn as vectors with its legend, on a landscape
page of its own when it is wider than tall, on a portrait page of its own when it is tall and
busy (so big sheds stay legible)."""

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect
from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, NextPageTemplate, PageBreak

from ...domain.floorplan import PlanItemKind
from ...domain.hazard import register_numbers
from ...domain.plan_style import STYLES, LegendColour, PinStyle, pin_legend, pin_print_range
from .flow import KeepShortTogether, PageTable
from .labels import pin_risk_note
from .layout import MARGIN, Writer
from .options import ReportOptions
from .plan_drawing import PlanContent, PlanDrawing
from .sections import VisitContent

LEGEND_ROOM = 35 * mm  # kept free under a full-page plan for its legend (and its title)
BIG_PLAN_ITEMS = 150  # a taller-than-wide plan with more gets a whole portrait page
LEGEND_ITEMS = (  # the labels are messages of the report catalogues
    (PlanItemKind.ZONE, "Zone", "box"),
    (PlanItemKind.AISLE, "Aisle / walkway", "box"),
    (PlanItemKind.STORAGE, "Storage area", "box"),
    (PlanItemKind.MACHINE, "Machine / workstation", "box"),
    (PlanItemKind.EMERGENCY_EXIT, "Emergency exit", "line"),
    (PlanItemKind.FIRE_EXTINGUISHER, "Fire extinguisher", "circle"),
    (PlanItemKind.FIRST_AID, "First aid", "box"),
    (PlanItemKind.EYEWASH, "Eyewash", "circle"),
)
NR5_NAMES = {
    "physical": "Physical",
    "chemical": "Chemical",
    "biological": "Biological",
    "ergonomic": "Ergonomic",
    "accident": "Accident",
}


def plan_section(writer: Writer, content: VisitContent, options: ReportOptions) -> list:
    plans = [p for p in content.plans if p.items or p.hazards or p.plan.background]
    if not plans:
        return []
    numbers = {}
    if content.method is not None:  # the register's numbers, as the app shows them
        numbers = register_numbers(content.hazards, content.method)
    story: list = []
    for plan in plans:
        story += _one_plan(writer, content, options, plan, numbers)
    return story


def _one_plan(writer, content: VisitContent, options: ReportOptions, plan: PlanContent, numbers):
    t = writer.t
    title_text = " · ".join(filter(None, (plan.plan.name, plan.plan.building, plan.plan.floor)))
    title = writer.para(t("Floor plan: {name}", name=title_text), writer.styles.heading)
    legend = _legend(writer, content, options, plan)
    heading_room = 14 * mm
    if plan.is_wide:
        page_w, page_h = landscape(writer.pagesize)
        width = page_w - 2 * MARGIN
        height = page_h - MARGIN - 22 * mm - heading_room - LEGEND_ROOM
        before = [NextPageTemplate("landscape"), PageBreak()]
        after = [NextPageTemplate("page"), PageBreak()]
    elif len(plan.items) + len(plan.hazards) > BIG_PLAN_ITEMS:
        width = writer.width
        height = writer.pagesize[1] - MARGIN - 22 * mm - heading_room - LEGEND_ROOM
        before, after = [PageBreak()], [PageBreak()]
    else:
        width, height = writer.width, writer.pagesize[1] * 0.55
        before, after = [CondPageBreak(height + heading_room)], []
    drawing = PlanDrawing(
        plan,
        writer,
        content.method,
        content.categories,
        options.pin_style,
        numbers,
        width,
        height,
        north_arrow=options.north_arrow,
        pin_risk=options.pin_risk,
    )
    return [*before, KeepShortTogether([title, drawing]), legend, *after]


def _swatch(colour: str, shape: str = "circle", border: str = "#FFFFFF") -> Drawing:
    d = Drawing(10, 10)
    fill = colors.HexColor(colour)
    if shape == "circle":
        d.add(Circle(5, 5, 4.2, fillColor=fill, strokeColor=colors.HexColor(border)))
    elif shape == "line":
        d.add(Line(0, 5, 10, 5, strokeColor=fill, strokeWidth=3))
    else:
        d.add(Rect(0.8, 1.5, 8.4, 7, fillColor=fill, strokeColor=colors.HexColor(border)))
    return d


def _legend_name(t, content: VisitContent, entry: LegendColour) -> str:
    if entry.kind == "category":
        return t(content.category_name(entry.key))
    if entry.kind == "nr5":
        return t(NR5_NAMES[entry.key])
    return t(entry.key) if entry.kind == "band" else t("Not rated")


def _legend(writer: Writer, content: VisitContent, options: ReportOptions, plan: PlanContent):
    t, s = writer.t, writer.styles
    entries: list[tuple[Drawing, str]] = []
    style = options.pin_style
    if plan.hazards:
        if content.method is None:  # no method, no bands: pins as by category
            style = PinStyle.CATEGORY
        colours = pin_legend(
            style, content.method, plan.hazards, content.categories.values(), options.pin_risk
        )
        entries += [(_swatch(entry.colour), _legend_name(t, content, entry)) for entry in colours]
    kinds = {item.kind for item in plan.items}
    for kind, label, shape in LEGEND_ITEMS:
        if kind in kinds:
            item_style = STYLES[kind]
            colour = item_style.fill or item_style.stroke
            entries.append((_swatch(colour, shape, item_style.stroke), t(label)))
    low, high = pin_print_range()
    note = t(
        "Pins: number of exposed workers inside, register number beside; size by risk band, "
        "{low} to {high} mm across.",
        low=f"{low:.1f}",
        high=f"{high:.1f}",
    )
    columns = 4
    cell = writer.width / columns
    rows = []
    for i in range(0, len(entries), columns):
        row = []
        for swatch, label in entries[i : i + columns]:
            row += [swatch, writer.para(label, writer.styles.small)]
        row += [""] * (2 * columns - len(row))
        rows.append(row)
    parts = []
    if plan.hazards:  # first, as the legend's title: which rating the pins show
        parts.append(writer.para(pin_risk_note(t, options.pin_risk), s.small, bold=True))
    if rows:
        table = PageTable(rows, colWidths=[5 * mm, cell - 5 * mm] * columns)
        table.setStyle(
            [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 1)]
        )
        parts.append(table)
    if plan.hazards:
        parts.append(writer.para(note, writer.styles.small))
    return KeepShortTogether(parts)
