"""What an exported plan shows, taken from the editor: the items of its visible layers, the
hazard pins as the view colours them, and the legend the view shows, worded for paper."""

import dataclasses

from ...domain.floorplan import Layer
from ...services.plan_sheet.build import PinOptions
from ...services.plan_sheet.content import PlanContent
from ...services.plan_sheet.legend import LegendBand
from ..hazards.legend_contents import paper_pin_note
from .export import PlanExport


def plan_export(editor) -> PlanExport:
    scene, document = editor.scene, editor.plan_document
    plan = document.plan
    shown = scene.layer_visible
    if not shown[Layer.BACKGROUND]:
        plan = dataclasses.replace(plan, background=None)
    items = [item for item in document.items() if shown[item.layer]]
    portfolio = document.portfolio
    register = portfolio.hazards
    hazards = []
    if shown[Layer.HAZARDS]:
        hazards = [h for h in register.hazards_on(plan.id) if h.position is not None]
    method = portfolio.risk_method(plan.enterprise_id)
    pins = PinOptions(
        method,
        {c.code: c for c in register.categories()},
        scene.hazard_pins.style,
        register.numbers(plan.enterprise_id, method),
        scene.hazard_pins.view,
    )
    repository = portfolio.plan_repository
    return PlanExport(
        PlanContent(plan, items, hazards),
        pins,
        plan.name,
        load_image=repository.load_image if repository is not None else None,
    )


def export_legend(editor, dpi: int | None = None) -> LegendBand | None:
    """The legend the view shows, with its note's sizes in the file's units (mm, and pixels
    for an image of `dpi`); None while the view shows none."""
    legend = editor.shown_legend()
    if legend is None or not legend.entries():
        return None
    plan = editor.plan_document.plan
    method = editor.plan_document.portfolio.risk_method(plan.enterprise_id)
    entries = [
        (colour, name, letters)
        for (colour, name), letters in zip(legend.entries(), legend.symbols(), strict=True)
    ]
    return LegendBand(legend.title(), entries, paper_pin_note(method, dpi))
