"""FloorPlanScene: a projection of one PlanDocument, and the home of the active tool."""

import uuid
from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
)

from ...document.plan import PlanDocument
from ...document.plan_commands import UpdatePlanItemsCommand
from ...domain.bulk import collector_paused
from ...domain.floorplan import (
    LAYER_OF,
    SYMBOL_KINDS,
    FloorPlan,
    Layer,
    PlanItem,
    PlanItemKind,
)
from ...domain.geometry import snap
from ...domain.hazard import RiskView
from ...domain.plan_read import RestingSymbol
from ...domain.plan_style import SYMBOL_SIZE_PX, PinStyle
from .backdrop import PlanBackdrop
from .drafting_aids import ObjectSnap, WallJoins
from .graphics_table import GraphicsTable
from .handles import SelectionHandles
from .hazard_pins import HazardPins
from .items import (
    SYMBOL_ITEM_Z,
    PlanGraphics,
    SymbolGraphics,
    make_graphics,
    screen_ratio,
    symbol_look,
)
from .marker_layer import MarkerLayer
from .pins import HazardPin
from .zone_names import NamesClearOfPins

SYMBOLS_Z = SYMBOL_ITEM_Z - 1  # above the drawing, below hazard pins and symbol items
MIN_ZOOM, MAX_ZOOM = 0.002, 200.0  # screen pixels per plan unit, in every view of a plan
MIN_GRID_PX = 8  # grid lines closer than this on screen are not drawn


SCENE_MARGIN = 1.0  # of the plan's larger side, around it


class FloorPlanScene(QGraphicsScene):
    """Builds graphics items for what the plan holds, then follows the document's signals.

    Signals:
        background_failed(str): the stored background could not be shown.
    """

    background_failed = Signal(str)

    def __init__(self, plan_document: PlanDocument, parent=None):
        super().__init__(parent)
        self.document = plan_document
        self.graphics = GraphicsTable(self._make_deferred)
        self._ratio = screen_ratio()
        self.layer_visible = {layer: True for layer in Layer}
        self.grid_visible = True
        self.tool = None
        self.backdrop = PlanBackdrop(self)
        self._plan_rect: QRectF | None = None  # see plan_rect()
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setBackgroundBrush(QColor("#FBFCFC"))
        self.handles = SelectionHandles(self)
        self.symbol_layer = MarkerLayer(SYMBOLS_Z, MIN_ZOOM)
        self.addItem(self.symbol_layer)
        self._selected_symbols: set = set()
        self.hazard_pins = HazardPins(self, MIN_ZOOM)
        self.move_committers: list = []  # other pin kinds commit their drags with ours
        self.object_snap = ObjectSnap(self)
        self.wall_joins = WallJoins(self)
        self._rebuild()
        register = plan_document.portfolio.hazards
        register.added.connect(self.hazard_pins.on_added)
        register.changed.connect(self.hazard_pins.on_changed)
        register.removed.connect(self.hazard_pins.on_removed)
        self.names = NamesClearOfPins(self)
        for signal in (register.added, register.changed, register.removed):
            signal.connect(self.names.pins_moved)  # after the pins: names move off them
        register.reset.connect(self._rebuild_pins)
        register.categories_changed.connect(self._on_categories_changed)
        plan_document.portfolio.enterprise_set.changed.connect(self._on_enterprises_changed)
        self.selectionChanged.connect(self._restyle_selected_symbols)
        plan_document.added.connect(self._on_document_items_added)
        plan_document.changed.connect(self._on_document_items_changed)
        plan_document.removed.connect(self._on_document_items_removed)
        plan_document.plan_changed.connect(self._on_document_plan_changed)
        plan_document.reset.connect(self._rebuild)

    @property
    def plan(self) -> FloorPlan:
        return self.document.plan

    # Building ------------------------------------------------------------------------------

    def _rebuild(self) -> None:
        with collector_paused():
            self._build()

    def _build(self) -> None:
        self._changed_shapes()
        for item in self.graphics.clear():
            self.removeItem(item)
        scale, self._ratio = self.plan.metres_per_unit, screen_ratio()
        symbols, (records, resting) = [], self.document.drawn()
        for record in records:
            if record.kind in SYMBOL_KINDS:
                symbols.append(record)  # drawn by the symbol layer until touched
            else:
                self._add_graphics(record, scale)
        self.wall_joins.rebuild(records)
        table = self._refresh_symbol_marks(symbols, resting)
        whole = table is not None and len(table) == len(symbols) + len(resting)  # all shown
        if whole:
            self.graphics.defer_all(table)
        else:
            self.graphics.defer_all([record.id for record in symbols])
            self.graphics.defer_all([symbol.id for symbol in resting])
        self._sync_background()
        self._rebuild_pins()
        self.update_scene_rect()
        self.handles.refresh()

    def _add_graphics(self, record: PlanItem, scale: float) -> QGraphicsItem:
        graphics = make_graphics(record, scale, self._ratio)
        if not self.layer_visible[LAYER_OF[record.kind]]:
            graphics.setVisible(False)
        self.addItem(graphics)
        self.graphics.add(record.id, graphics)
        return graphics

    def _make_deferred(self, item_id: uuid.UUID) -> QGraphicsItem:
        """A symbol's own item, made the first time it is hit, selected or looked up."""
        record = self.document.item(item_id)
        graphics = make_graphics(record, self.plan.metres_per_unit, self._ratio)
        graphics.lay_on(self.symbol_layer, item_id)
        graphics.setVisible(self.layer_visible[LAYER_OF[record.kind]])
        self.addItem(graphics)
        return graphics

    def view_zoomed(self, zoom: float) -> None:
        """The view's new zoom: marker layers size themselves for it."""
        self.symbol_layer.fit_to_zoom(zoom)
        self.hazard_pins.layer.fit_to_zoom(zoom)
        self.hazard_pins.tags.fit_to_zoom(zoom)

    def make_items_within(self, rect: QRectF) -> None:
        """Give the symbols and hazard pins drawn inside `rect` their own items, before Qt
        looks for items there (a rubber band)."""
        self._make_symbols_within(rect)
        self.hazard_pins.make_within(rect)

    def _make_symbols_within(self, rect: QRectF) -> None:
        for item_id in self.symbol_layer.keys_within(rect):
            self.graphics[item_id]  # noqa: B018 - the lookup makes the item

    def make_items_at(self, point: QPointF) -> None:
        """The same for a click, a double-click or a tooltip at `point`."""
        views = self.views()
        zoom = max((v.transform().m11() for v in views), default=1.0) or 1.0
        reach = (SYMBOL_SIZE_PX / 2 + 4) / zoom  # a symbol's radius and its outline
        self._make_symbols_within(
            QRectF(point.x() - reach, point.y() - reach, 2 * reach, 2 * reach)
        )
        self.hazard_pins.make_near(point, zoom)

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:  # noqa: N802 - Qt override
        self.make_items_at(event.scenePos())  # a resting pin's tooltip is its item's
        super().helpEvent(event)

    def _resting_mark(self, record_id: uuid.UUID, kind: PlanItemKind, x: float, y: float):
        """The symbol layer's mark for a symbol, or None when it is hidden."""
        if not self.layer_visible[LAYER_OF[kind]]:
            return None
        graphics = self.graphics.made_item(record_id)
        if graphics is not None and not graphics.isVisible():
            return None
        return x, y, symbol_look(kind, False, self._ratio)[0]

    def _place_symbol(self, record: PlanItem) -> None:
        if record.kind not in SYMBOL_KINDS:
            return
        mark = self._resting_mark(record.id, record.kind, *record.points[0])
        if mark is None:
            self.symbol_layer.remove_mark(record.id)
        else:
            self.symbol_layer.set_mark(record.id, *mark)

    def _refresh_symbol_marks(
        self, symbols: list[PlanItem] | None = None, resting: Sequence[RestingSymbol] = ()
    ) -> dict | None:
        """`symbols`, `resting`: the plan's symbol records and resting symbols, when the
        caller has them. Returns the layer's new table when it was built in one pass (no
        symbol has an item that may hide it)."""
        if symbols is None:
            records, resting = self.document.drawn()
            symbols = [r for r in records if r.kind in SYMBOL_KINDS]
        if not any(isinstance(g, SymbolGraphics) for g in self.graphics.made()):
            looks = {kind: symbol_look(kind, False, self._ratio)[0] for kind in SYMBOL_KINDS}
            entries = {
                kind: (pixmap, *MarkerLayer.half_size(pixmap)) for kind, pixmap in looks.items()
            }
            shown = {k for k in SYMBOL_KINDS if self.layer_visible[LAYER_OF[k]]}
            table = {r.id: (*r.points[0], *entries[r.kind]) for r in symbols if r.kind in shown}
            table.update((s.id, (s.x, s.y, *entries[s.kind])) for s in resting if s.kind in shown)
            largest = max((max(e[1], e[2]) for e in entries.values()), default=0.0)
            self.symbol_layer.set_table(table, largest)
            return table
        marks = []
        for record in symbols:
            mark = self._resting_mark(record.id, record.kind, *record.points[0])
            if mark is not None:
                marks.append((record.id, *mark))
        for symbol in resting:
            mark = self._resting_mark(symbol.id, symbol.kind, symbol.x, symbol.y)
            if mark is not None:
                marks.append((symbol.id, *mark))
        self.symbol_layer.set_marks(marks)
        return None

    def _sync_background(self) -> None:
        self._changed_shapes()
        self.backdrop.sync()

    def _changed_shapes(self) -> None:
        """What plan_rect() covers may have changed: items, background or shown layers."""
        self._plan_rect = None

    def plan_rect(self) -> QRectF:
        """Everything drawn, background included (empty plans: a 20 m square); safety
        symbols count where they are shown. Kept until something changes: opening a plan
        asks twice (the scene's rect, the view's fit), and it walks every item."""
        if self._plan_rect is None:
            self._plan_rect = self._drawn_rect()
        return QRectF(self._plan_rect)

    def _drawn_rect(self) -> QRectF:
        rect = QRectF()
        for item in self.graphics.made():
            rect |= item.sceneBoundingRect()  # in place: no new rect per item
        if len(self.symbol_layer):  # resting symbols, most of which have no item
            rect = rect.united(self.symbol_layer.extent().adjusted(-0.5, -0.5, 0.5, 0.5))
        if self.backdrop.item is not None:
            rect = rect.united(self.backdrop.item.sceneBoundingRect())
        if rect.isEmpty():
            side = 20 / self.plan.metres_per_unit
            rect = QRectF(0, 0, side, side)
        return rect

    def update_scene_rect(self) -> None:
        """The plan with room around it to pan into: a plan's width on each side, so that a
        fitted plan can sit clear of the legend's corner (with less, the view must centre
        a scene smaller than itself)."""
        rect = self.plan_rect()
        margin = max(rect.width(), rect.height()) * SCENE_MARGIN
        self.setSceneRect(rect.adjusted(-margin, -margin, margin, margin))

    # Layers and grid -----------------------------------------------------------------------

    def set_layer_visible(self, layer: Layer, visible: bool) -> None:
        self._changed_shapes()
        self.layer_visible[layer] = visible
        if layer in (Layer.HAZARDS, Layer.EQUIPMENT):  # what names keep clear of
            self.names.everywhere()
        if layer is Layer.HAZARDS:
            self.hazard_pins.set_visible(visible)
            return
        for graphics in self.graphics.made():
            if graphics.record.layer is layer:
                graphics.setVisible(visible)
                if not visible:
                    graphics.setSelected(False)
        self._refresh_symbol_marks()
        if layer is Layer.BACKGROUND:
            self._sync_background()

    def set_grid_visible(self, visible: bool) -> None:
        self.grid_visible = visible
        self.update()

    def grid_units(self) -> float:
        return self.plan.grid_metres / self.plan.metres_per_unit

    def snapped(self, point: QPointF) -> QPointF:
        if not self.plan.snap_to_grid:
            return point
        grid = self.grid_units()
        return QPointF(snap(point.x(), grid), snap(point.y(), grid))

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        super().drawBackground(painter, rect)
        if not self.grid_visible:
            return
        grid = self.grid_units()
        scale = painter.worldTransform().m11() or 1.0
        if grid * scale < MIN_GRID_PX:
            return
        left = int(rect.left() // grid) * grid
        top = int(rect.top() // grid) * grid
        columns = int((rect.right() - left) / grid) + 1
        rows = int((rect.bottom() - top) / grid) + 1
        lines = [
            QLineF(left + i * grid, rect.top(), left + i * grid, rect.bottom())
            for i in range(columns)
        ]
        lines += [
            QLineF(rect.left(), top + j * grid, rect.right(), top + j * grid) for j in range(rows)
        ]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # hairlines, many
        painter.setPen(QPen(QColor("#D5DBDB"), 0))
        painter.drawLines(lines)
        painter.restore()

    # Selection -----------------------------------------------------------------------------

    def _restyle_selected_symbols(self) -> None:
        if not shiboken6.isValid(self):
            return
        now = {g for g in self.selectedItems() if isinstance(g, SymbolGraphics | HazardPin)}
        for marker in now ^ self._selected_symbols:
            if shiboken6.isValid(marker):
                marker.show_selection()  # its highlight over its mark: layers are left alone
        self._selected_symbols = now

    def selected_ids(self) -> list[uuid.UUID]:
        return [g.item_id for g in self.selectedItems() if isinstance(g, PlanGraphics)]

    def select_ids(self, item_ids) -> None:
        self.clearSelection()
        for item_id in item_ids:
            if item_id in self.graphics:
                self.graphics[item_id].setSelected(True)

    # Mouse: the active tool first, then moving items ---------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        self.make_items_at(event.scenePos())
        if self.tool is None or not self.tool.press(event):
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.tool is None or not self.tool.move(event):
            super().mouseMoveEvent(event)
            if event.buttons() & Qt.MouseButton.LeftButton and self.mouseGrabberItem():
                self.object_snap.snap_drag(event.modifiers())

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        if self.tool is not None and self.tool.release(event):
            return
        super().mouseReleaseEvent(event)
        self.commit_moves()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        self.make_items_at(event.scenePos())
        if self.tool is None or not self.tool.double_click(event):
            super().mouseDoubleClickEvent(event)

    def commit_moves(self) -> None:
        """Turn items dragged away from their synced position into one move command."""
        self.backdrop.commit_move()
        self.hazard_pins.commit_moves()
        for commit in self.move_committers:
            commit()
        snapped_onto_item = self.object_snap.snapped_move
        self.object_snap.snapped_move = False
        self.object_snap.hide()
        moved = [g for g in self.graphics.made() if g.pos() != g.origin]
        if not moved:
            return
        delta = moved[0].pos() - moved[0].origin
        if self.plan.snap_to_grid and not snapped_onto_item:
            delta = self.snapped(delta)
        records = [self.document.item(g.item_id).moved(delta.x(), delta.y()) for g in moved]
        for graphics in moved:  # the document's signal puts them where they belong
            graphics.setPos(graphics.origin)
        if delta.isNull():
            return
        command = UpdatePlanItemsCommand(
            self.document.portfolio,
            records,
            self.tr("Move %1 item(s)").replace("%1", str(len(records))),
        )
        self.document.push(command)

    # Hazard pins (see hazard_pins.py) ----------------------------------------------------

    @property
    def register(self):
        return self.document.portfolio.hazards

    @property
    def pins(self) -> GraphicsTable:
        return self.hazard_pins.items

    @property
    def pin_style(self) -> PinStyle:
        return self.hazard_pins.style

    def set_pin_style(self, style: PinStyle) -> None:
        self.hazard_pins.set_style(style)

    @property
    def risk_view(self) -> RiskView:
        return self.hazard_pins.view

    def set_risk_view(self, view: RiskView) -> None:
        """Pins show this of their ratings (by default the current risk)."""
        self.hazard_pins.set_style(self.pin_style, view)

    def _rebuild_pins(self) -> None:
        if shiboken6.isValid(self):
            self.hazard_pins.rebuild()

    def selected_hazard_ids(self) -> list[uuid.UUID]:
        return [p.hazard_id for p in self.selectedItems() if isinstance(p, HazardPin)]

    def select_hazard_ids(self, hazard_ids) -> None:
        """One selectionChanged for the whole batch (not one per pin, each re-syncing the
        register)."""
        self.blockSignals(True)
        try:
            self.clearSelection()
            self.hazard_pins.select(hazard_ids)
        finally:
            self.blockSignals(False)
        self.selectionChanged.emit()

    def _on_categories_changed(self) -> None:
        if shiboken6.isValid(self):
            self.set_pin_style(self.pin_style)

    def _on_enterprises_changed(self, enterprises: list) -> None:
        # the risk method may have changed
        if any(e.id == self.plan.enterprise_id for e in enterprises):
            self.set_pin_style(self.pin_style)

    # Following the document ----------------------------------------------------------------

    def _on_document_items_added(self, records: list) -> None:
        self._changed_shapes()
        for record in records:
            if record.kind in SYMBOL_KINDS:
                self.graphics.defer(record.id)
                self._place_symbol(record)
            else:
                self._add_graphics(record, self.plan.metres_per_unit)
        self.wall_joins.follow(added=records)
        self.names.items_moved(records)
        self.update_scene_rect()

    def _on_document_items_changed(self, records: list) -> None:
        self._changed_shapes()
        old = [g.record for g in map(self.graphics.made_item, (r.id for r in records)) if g]
        self.wall_joins.follow(removed=old, added=records)
        self.names.items_moved([*old, *records])
        for record in records:
            graphics = self.graphics.made_item(record.id)
            if graphics is not None:
                graphics.sync(record, self.plan.metres_per_unit)
                graphics.setVisible(self.layer_visible[record.layer])
            self._place_symbol(record)
        self.update_scene_rect()

    def _on_document_items_removed(self, records: list) -> None:
        self._changed_shapes()
        self.wall_joins.follow(removed=records)
        self.names.items_moved(records)
        for item_id in (record.id for record in records):
            graphics = self.graphics.pop(item_id)
            if graphics is not None:
                self.removeItem(graphics)
            self.symbol_layer.remove_mark(item_id)
        self.handles.refresh()

    def _on_document_plan_changed(self, plan: FloorPlan) -> None:
        self._changed_shapes()
        self.wall_joins.rebuild(self.document.drawn()[0])  # walls' widths follow the scale
        for graphics in self.graphics.made():
            graphics.sync(self.document.item(graphics.item_id), plan.metres_per_unit)
        self._sync_background()
        self.update()
