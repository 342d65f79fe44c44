"""HazardPins: the plan's hazard pins, drawn by a marker layer until one is touched.

A paired visit can map thousands of hazards on a site plan. Every pin is a mark on the pin
layer; its HazardPin item (hit, selected, dragged, showing the title as a tooltip) is made
when the pointer, a rubber band or the register first reaches it. Made pins stay, and paint
themselves (highlighted, over their mark) only while selected.
"""

import dataclasses
import functools
import uuid

from PySide6.QtCore import QObject, QPointF, QRectF

from ...document.hazard_commands import UpdateHazardsCommand
from ...domain.bulk import collector_paused
from ...domain.floorplan import Layer
from ...domain.geometry import Point
from ...domain.hazard import Hazard, RiskView
from ...domain.plan_style import PIN_DIAMETERS_PX, PinStyle, pin_look
from .graphics_table import GraphicsTable
from .items import screen_ratio
from .marker_layer import MarkerLayer
from .number_tags import NumberTags, Offsets
from .pins import PIN_Z, HazardPin, pin_pixmap

LARGEST_PIN_PX = max(PIN_DIAMETERS_PX) + 8  # the largest pin's pixmap, outline included


def _look_key(hazard: Hazard) -> tuple:
    """What a pin's look depends on besides the plan's method, style and view: its category,
    its ratings and its status (which of them is the current risk)."""
    return (hazard.category_code, hazard.initial, hazard.residual, hazard.status)


@functools.cache
def _pin_mark(colour: str, diameter: int, exposed: int, ratio: float) -> tuple:
    """A resting pin's pixmap and half sizes, as the marker layer takes them (kept, as
    pin_pixmap keeps the pixmaps: a plan opened again finds them made)."""
    pixmap = pin_pixmap(colour, diameter, str(exposed) if exposed else "", False, ratio)
    return (pixmap, *MarkerLayer.half_size(pixmap))


class HazardPins(QObject):
    def __init__(self, scene, smallest_zoom: float):
        super().__init__(scene)
        self.scene = scene
        self.style = PinStyle.CATEGORY
        self.view = RiskView.CURRENT  # which of its ratings a pin shows
        self.layer = MarkerLayer(PIN_Z - 1, smallest_zoom)  # made pins draw above it
        scene.addItem(self.layer)
        self._ratio = screen_ratio()
        # register numbers over resting pins, under a selected pin's highlight
        self.tags = NumberTags(PIN_Z - 0.5, smallest_zoom, self._ratio)
        scene.addItem(self.tags)
        self.items = GraphicsTable(self._make)  # hazard id -> HazardPin, made on first use

    @property
    def register(self):
        return self.scene.document.portfolio.hazards

    @property
    def visible(self) -> bool:
        return self.scene.layer_visible[Layer.HAZARDS]

    def look(self, hazard: Hazard) -> tuple[str, int]:
        return self._looks()(hazard)

    def _looks(self, seen: dict | None = None):
        """A function from hazard to its pin's colour and diameter, with the method, the
        style and the risk view looked up once (the same for every pin of the plan). `seen`:
        its memo, keyed by `_look_key`, for a caller that reads it directly."""
        method = self.scene.document.portfolio.risk_method(self.scene.plan.enterprise_id)
        category, style, view = self.register.category, self.style, self.view
        seen = {} if seen is None else seen  # a look depends only on category and ratings

        def look(hazard: Hazard) -> tuple[str, int]:
            key = _look_key(hazard)
            found = seen.get(key)
            if found is None:
                found = seen[key] = pin_look(hazard, method, category(key[0]), style, view)
            return found

        return look

    def _here(self, hazard: Hazard) -> bool:
        return hazard.plan_id == self.scene.document.plan_id and hazard.position is not None

    # Building ------------------------------------------------------------------------------

    def rebuild(self) -> None:
        with collector_paused():
            for pin in self.items.clear():
                self.scene.removeItem(pin)
            hazards = self.register.hazards_on(self.scene.document.plan_id)
            table = self._refresh(hazards)  # every pin's id, already hashed, when built
            self.items.defer_all(table if table is not None else [h.id for h in hazards])

    def _make(self, hazard_id: uuid.UUID) -> HazardPin:
        hazard = self.register.hazard(hazard_id)
        pin = HazardPin(hazard, *self.look(hazard))
        pin.lay_on(self.layer, hazard_id, self.tags)
        pin.setVisible(self.visible)
        self.scene.addItem(pin)
        return pin

    def _mark(self, hazard: Hazard, looks=None):
        """The layer's mark for a pin, or None when hidden."""
        if not self.visible:
            return None
        pin = self.items.made_item(hazard.id)
        if pin is not None and not pin.isVisible():
            return None
        colour, diameter = (looks or self._looks())(hazard)
        text = str(hazard.exposed) if hazard.exposed else ""
        pixmap = pin_pixmap(colour, diameter, text, False, self._ratio)
        return hazard.position.x, hazard.position.y, pixmap

    def place(self, hazard: Hazard) -> None:
        mark = self._mark(hazard) if self._here(hazard) else None
        if mark is None:
            self.layer.remove_mark(hazard.id)
        else:
            self.layer.set_mark(hazard.id, *mark)

    def _refresh(self, hazards: list[Hazard] | None = None) -> dict | None:
        """The layer's new table when it was built in one pass (every pin resting)."""
        if hazards is None:
            hazards = self.register.hazards_on(self.scene.document.plan_id)
        seen: dict = {}  # _look_key -> (colour, diameter)
        looks = self._looks(seen)
        if not self.visible:
            self.layer.set_table({})
        elif not self.items.made():  # every pin rests: one pixmap lookup per distinct look
            # a look (colour, size) per category and ratings (`looks` remembers them), and a
            # pixmap per look and count
            # (the memo of `looks` is read here directly: a call per pin costs more than it)
            entries: dict = {}  # (colour, diameter, exposed) -> (pixmap, half w, half h)
            ratio, table = self._ratio, {}
            for hazard in hazards:
                look = seen.get(
                    (hazard.category_code, hazard.initial, hazard.residual, hazard.status)
                )  # _look_key, inline
                if look is None:
                    look = looks(hazard)  # fills `seen`
                exposed = hazard.exposed_women + hazard.exposed_men
                entry = entries.get((look, exposed))
                if entry is None:
                    entry = entries[(look, exposed)] = _pin_mark(*look, exposed, ratio)
                at = hazard.position
                table[hazard.id] = (at[0], at[1], entry[0], entry[1], entry[2])
            largest = max((max(e[1], e[2]) for e in entries.values()), default=0.0)
            self.layer.set_table(table, largest)
            self._refresh_tags(hazards, seen)
            return table
        else:
            marks = []
            for hazard in hazards:
                mark = self._mark(hazard, looks)
                if mark is not None:
                    marks.append((hazard.id, *mark))
            self.layer.set_marks(marks)
        self._refresh_tags(hazards, seen)
        return None

    def _refresh_tags(self, hazards: list[Hazard] | None = None, seen: dict | None = None):
        """Every pin's register number (H1…), the register's own (`HazardRegister.numbers`):
        one hazard's new rating or title may move the numbers of the others. `seen`: the
        memo of `_looks`, when the caller has just filled it."""
        if hazards is None:
            hazards = self.register.hazards_on(self.scene.document.plan_id)
        if not self.visible:
            self.tags.set_tags({})
            return
        seen = {} if seen is None else seen
        looks = self._looks(seen)
        enterprise_id = self.scene.plan.enterprise_id
        method = self.scene.document.portfolio.risk_method(enterprise_id)
        numbers = self.register.numbers(enterprise_id, method)
        hidden = {p.hazard_id for p in self.items.made() if not p.isVisible()}
        offsets, table = Offsets(), {}  # each id hashed once (UUID's hash is Python's)
        for hazard in hazards:  # the memo read inline, as in _refresh
            look = seen.get((hazard.category_code, hazard.initial, hazard.residual, hazard.status))
            if look is None:
                look = looks(hazard)
            at, hazard_id = hazard.position, hazard.id
            table[hazard_id] = offsets.entry(at[0], at[1], f"H{numbers[hazard_id]}", look[1])
        for hazard_id in hidden:
            table.pop(hazard_id, None)
        self.tags.set_table(table, offsets.reach())

    # What the scene asks -------------------------------------------------------------------

    def set_style(self, style: PinStyle, view: RiskView | None = None) -> None:
        self.style = style
        self.view = view or self.view
        looks = self._looks()
        for pin in self.items.made():
            hazard = self.register.hazard(pin.hazard_id)
            pin.sync(hazard, *looks(hazard))
        self._refresh()

    def set_visible(self, visible: bool) -> None:
        for pin in self.items.made():
            pin.setVisible(visible)
            pin.setSelected(pin.isSelected() and visible)
        self._refresh()

    def make_within(self, rect: QRectF) -> None:
        for hazard_id in self.layer.keys_within(rect):
            self.items[hazard_id]  # noqa: B018 - the lookup makes the pin

    def make_near(self, point: QPointF, zoom: float) -> None:
        reach = LARGEST_PIN_PX / 2 / zoom
        self.make_within(QRectF(point.x() - reach, point.y() - reach, 2 * reach, 2 * reach))

    def select(self, hazard_ids) -> None:
        for hazard_id in hazard_ids:
            if hazard_id in self.items:
                self.items[hazard_id].setSelected(True)

    def commit_moves(self) -> None:
        moved = [p for p in self.items.made() if p.pos() != p.origin]
        if not moved:
            return
        hazards = []
        for pin in moved:
            position = self.scene.snapped(pin.pos())
            hazards.append(
                dataclasses.replace(
                    self.register.hazard(pin.hazard_id), position=Point(position.x(), position.y())
                )
            )
            pin.setPos(pin.origin)
        text = self.tr("Move hazard pins (%1)").replace("%1", str(len(hazards)))
        document = self.scene.document
        document.push(UpdateHazardsCommand(document.portfolio, hazards, text))

    # Following the register ----------------------------------------------------------------

    def _numbers_may_move(self, hazards: list) -> None:
        """Any hazard of the enterprise, on this plan or not, may move the numbers here."""
        enterprise_id = self.scene.plan.enterprise_id
        if any(h.enterprise_id == enterprise_id for h in hazards):
            self._refresh_tags()

    def on_added(self, hazards: list) -> None:
        for hazard in hazards:
            if self._here(hazard):
                self.items.defer(hazard.id)
                self.place(hazard)
        self._numbers_may_move(hazards)

    def on_changed(self, hazards: list) -> None:
        for hazard in hazards:
            here = self._here(hazard)
            pin = self.items.made_item(hazard.id)
            if pin is not None and here:
                pin.sync(hazard, *self.look(hazard))
            elif pin is not None:
                self.scene.removeItem(self.items.pop(hazard.id))
            elif here and hazard.id not in self.items:
                self.items.defer(hazard.id)
            if not here:
                self.items.pop(hazard.id)
            self.place(hazard)
        self._numbers_may_move(hazards)

    def on_removed(self, hazards: list) -> None:
        for hazard in hazards:
            pin = self.items.pop(hazard.id)
            if pin is not None:
                self.scene.removeItem(pin)
            self.layer.remove_mark(hazard.id)
        self._numbers_may_move(hazards)
