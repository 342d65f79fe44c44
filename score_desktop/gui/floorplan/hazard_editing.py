"""Hazards in the plan editor: the place-hazard tool's work, the form, the register panel,
and keeping the selection of pins and register rows in step."""

import dataclasses
import uuid

import shiboken6
from PySide6.QtCore import QObject, QPointF

from ...document.clipboard import PastedHazards, hazards_from_mime
from ...document.commands import CompositeCommand
from ...document.hazard_commands import (
    AddHazardsCommand,
    RemoveHazardsCommand,
    UpdateHazardsCommand,
)
from ...document.photo_commands import AddPhotosCommand
from ...domain.geometry import Point
from ...domain.hazard import Hazard, RiskView
from ...domain.plan_style import PinStyle
from ..hazards.hazard_dialog import HazardDialog
from ..hazards.register_panel import HazardRegisterPanel


class HazardEditing(QObject):
    def __init__(self, editor):
        super().__init__(editor)
        self.editor = editor
        self.scene = editor.scene
        self.portfolio = editor.plan_document.portfolio
        self.pending_pin: uuid.UUID | None = None
        self.panel = HazardRegisterPanel(
            self.portfolio, editor.plan_document.plan.enterprise_id, editor
        )
        self.panel.selection_changed.connect(self._on_panel_selection_changed)
        self.panel.edit_requested.connect(self.edit)
        self.panel.new_requested.connect(self.new_unpinned)
        self.panel.pin_requested.connect(self.pin_later)
        self.panel.pin_style_changed.connect(lambda v: self.scene.set_pin_style(PinStyle(v)))
        self.panel.risk_view_changed.connect(lambda v: self.scene.set_risk_view(RiskView(v)))
        self.scene.selectionChanged.connect(self._on_scene_selection_changed)
        self._dialog: HazardDialog | None = None
        self._following_panel = False  # the scene's selection is being set from the rows

    @property
    def enterprise_id(self) -> uuid.UUID:
        return self.editor.plan_document.plan.enterprise_id

    def _blank(self, position: Point | None) -> Hazard:
        """A new hazard, not rated: left so, it is saved and shown as not rated (it was
        pre-rated at the middle levels, and so saved as a risk nobody had judged)."""
        visits = self.portfolio.visits_of(self.enterprise_id)
        hazard = Hazard(
            enterprise_id=self.enterprise_id,
            title="",
            category_code="mechanical",
            visit_id=visits[-1].id if visits else None,
        )
        if position is None:
            return hazard
        zone = self.portfolio.zone_at(self.editor.plan_document.plan_id, position)
        if zone is not None:  # everyone working in the zone is exposed, until told otherwise
            hazard = dataclasses.replace(
                hazard, exposed_women=zone.workers_women, exposed_men=zone.workers_men
            )
        return dataclasses.replace(
            hazard, plan_id=self.editor.plan_document.plan_id, position=position
        )

    def _zone_name(self, hazard: Hazard) -> str:
        return self.portfolio.zone_name(hazard)

    def _open(self, hazard: Hazard, is_new: bool) -> HazardDialog:
        dialog = HazardDialog(
            self.portfolio,
            hazard,
            is_new=is_new,
            zone_name=self._zone_name(hazard),
            parent=self.editor,
        )

        def on_accepted() -> None:
            value = dialog.accepted_value()
            if is_new:
                command = AddHazardsCommand(self.portfolio, [value])
                photos = [
                    dataclasses.replace(p, visit_id=value.visit_id) for p in dialog.pending_photos()
                ]
                if photos:
                    parts = [command, AddPhotosCommand(self.portfolio, photos)]
                    command = CompositeCommand(self.portfolio, command.text(), parts)
                if self.editor.plan_document.push(command):
                    self.select([value.id])
            elif value != hazard:
                text = self.tr("Edit hazard")
                self.editor.plan_document.push(UpdateHazardsCommand(self.portfolio, [value], text))

        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self._dialog = dialog
        return dialog

    # Entry points --------------------------------------------------------------------------

    def place_at(self, point: QPointF) -> None:
        """The hazard tool clicked: pin the hazard waiting for a place, or start a new one."""
        position = Point(point.x(), point.y())
        if self.pending_pin is not None and self.portfolio.hazards.has(self.pending_pin):
            hazard = self.portfolio.hazards.hazard(self.pending_pin)
            self.pending_pin = None
            pinned = dataclasses.replace(
                hazard, plan_id=self.editor.plan_document.plan_id, position=position
            )
            self.editor.plan_document.push(
                UpdateHazardsCommand(self.portfolio, [pinned], self.tr("Pin hazard"))
            )
            self.editor.set_tool("select")
            self.select([hazard.id])
            return
        self._open(self._blank(position), is_new=True)

    def new_unpinned(self) -> HazardDialog:
        return self._open(self._blank(None), is_new=True)

    def edit(self, hazard_id: uuid.UUID) -> HazardDialog | None:
        if hazard_id is None or not self.portfolio.hazards.has(hazard_id):
            return None
        return self._open(self.portfolio.hazards.hazard(hazard_id), is_new=False)

    def pin_later(self, hazard_id: uuid.UUID) -> None:
        self.pending_pin = hazard_id
        self.editor.set_tool("hazard")
        self.editor.status.emit(self.tr("Click on the plan where this hazard is."))

    def selected_ids(self) -> list[uuid.UUID]:
        """The hazards selected as pins or as rows: a hazard without a place on the plan is
        selected in the register alone (the rows of selected pins are selected with them)."""
        return list(dict.fromkeys(self.scene.selected_hazard_ids() + self.panel.selected_ids()))

    def delete_command(self) -> RemoveHazardsCommand | None:
        """Deleting the selected hazards, as a command not yet applied (None: none)."""
        ids = self.selected_ids()
        return RemoveHazardsCommand(self.portfolio, ids) if ids else None

    def delete_selected(self) -> bool:
        command = self.delete_command()
        if command is not None:
            self.editor.plan_document.push(command)
        return command is not None

    def selected_hazards(self) -> list[Hazard]:
        return [self.portfolio.hazards.hazard(i) for i in self.scene.selected_hazard_ids()]

    def from_clipboard(self, mime, offset_units: float) -> PastedHazards:
        """The hazards the clipboard holds, as new pins on this plan (not yet added)."""
        plan = self.editor.plan_document.plan
        register = self.portfolio.hazards
        return hazards_from_mime(
            mime,
            plan,
            offset_units,
            self.portfolio.risk_method(plan.enterprise_id),
            register.known_method,
            {c.code for c in register.categories()},
        )

    def select(self, hazard_ids: list[uuid.UUID]) -> None:
        self.scene.select_hazard_ids(hazard_ids)
        self.panel.select_ids(hazard_ids)

    # Selection both ways -------------------------------------------------------------------

    def _on_panel_selection_changed(self, hazard_ids: list) -> None:
        # the rows stay as chosen: echoed back, the pins' rows alone would be selected, and a
        # hazard without a pin could not be selected after one with a pin
        self._following_panel = True
        try:
            self.scene.select_hazard_ids(hazard_ids)
        finally:
            self._following_panel = False
        pins = [self.scene.pins[i] for i in hazard_ids if i in self.scene.pins]
        if pins:
            self.editor.view.centerOn(pins[0])

    def _on_scene_selection_changed(self) -> None:
        # A scene emits selectionChanged while it is destroyed (see handles.py).
        if not shiboken6.isValid(self.scene) or not shiboken6.isValid(self.panel):
            return
        if self._following_panel:
            return
        hazard_ids = self.scene.selected_hazard_ids()
        if hazard_ids or self.panel.selected_ids():
            self.panel.select_ids(hazard_ids)
