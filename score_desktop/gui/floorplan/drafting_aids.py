"""Object snap with its marker, and walls kept joined: the scene's drawing aids.

The geometry is `domain/drafting.py`'s; here the scene's index finds the items near the
pointer (a plan holds thousands: only those whose bounds touch the snap square are asked) and
the walls whose ends a change touched are redrawn with their new corners.
"""

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

from ...domain.drafting import WallJoints, nearest_target, snap_targets
from ...domain.floorplan import PlanItem, PlanItemKind
from ...domain.geometry import Point, distance
from ...domain.plan_style import STYLES
from .items import PlanGraphics

SNAP_PX = 8  # a target this close on screen catches the pointer
MARKER_PX = 11


class ObjectSnap:
    """Snaps drawing points to the ends, corners and middles of nearby items; Alt held
    turns it off (the grid, if on, still applies)."""

    MOVE_LIMIT = 50  # items dragged together beyond this are moved without snapping

    def __init__(self, scene):
        self.scene = scene
        self.marker: QGraphicsRectItem | None = None  # in the scene only while it shows
        self.snapped_move = False  # the items being dragged were snapped onto another's point

    def _show_marker(self, target: Point) -> None:
        if self.marker is None:
            side = MARKER_PX
            self.marker = QGraphicsRectItem(QRectF(-side / 2, -side / 2, side, side))
            self.marker.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            self.marker.setPen(QPen(QColor("#E67E22"), 2))
            self.marker.setZValue(2e9)
            self.marker.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self.scene.addItem(self.marker)
        self.marker.setPos(target.x, target.y)

    def _zoom(self) -> float:
        views = self.scene.views()
        return (views[0].transform().m11() if views else 1.0) or 1.0

    def target(self, pos: QPointF, exclude=None) -> Point | None:
        """The snap target nearest `pos` within SNAP_PX on screen, if any; `exclude`: an
        item's id, or a set of them, not to snap to."""
        if not isinstance(exclude, set | frozenset):
            exclude = {exclude}
        reach = SNAP_PX / self._zoom()
        rect = QRectF(pos.x() - reach, pos.y() - reach, 2 * reach, 2 * reach)
        found = self.scene.items(rect, Qt.ItemSelectionMode.IntersectsItemBoundingRect)
        records: list[PlanItem] = [
            g.record
            for g in found
            if isinstance(g, PlanGraphics) and g.isVisible() and g.item_id not in exclude
        ]
        document = self.scene.document
        records += [
            document.item(key)
            for key in self.scene.symbol_layer.keys_within(rect)
            if key not in exclude and document.has_item(key)
        ]
        return nearest_target(Point(pos.x(), pos.y()), records, reach)

    def point(self, pos: QPointF, modifiers=Qt.KeyboardModifier.NoModifier, exclude=None):
        """Where a drawing tool puts a point the pointer is at: an item's snap target (the
        marker shows it), else the grid's point."""
        target = None
        if not modifiers & Qt.KeyboardModifier.AltModifier:
            target = self.target(pos, exclude)
        if target is None:
            self.hide()
            return self.scene.snapped(pos)
        self._show_marker(target)
        return QPointF(target.x, target.y)

    def snap_drag(self, modifiers) -> None:
        """Drawn items dragged by the select tool snap onto nearby items (Alt: not); the
        item under the pointer leads."""
        grabbed, selected = self.scene.mouseGrabberItem(), self.scene.selectedItems()
        if not all(isinstance(g, PlanGraphics) for g in selected):
            return  # pins dragged along would not follow the correction
        moved = [g for g in selected if g.pos() != g.origin]
        if grabbed in moved:
            moved.remove(grabbed)
            moved.insert(0, grabbed)
        self.snap_move(moved, modifiers)

    def snap_move(self, moved: list, modifiers) -> None:
        """Items being dragged (the first leads): the lead's end, corner or middle nearest
        another item's snaps onto it, and the others follow."""
        self.snapped_move = False
        if modifiers & Qt.KeyboardModifier.AltModifier or not moved:
            self.hide()
            return
        if len(moved) > self.MOVE_LIMIT:
            return
        lead = moved[0]
        shift = lead.pos() - lead.origin
        dragged = lead.record.moved(shift.x(), shift.y())
        exclude = {g.item_id for g in moved}
        best: tuple[float, Point, Point] | None = None
        for own in snap_targets(dragged):
            found = self.target(QPointF(own.x, own.y), exclude)
            if found is not None:
                gap = distance(own, found)
                if best is None or gap < best[0]:
                    best = (gap, own, found)
        if best is None:
            self.hide()
            return
        _gap, own, found = best
        correction = QPointF(found.x - own.x, found.y - own.y)
        for graphics in moved:
            graphics.setPos(graphics.pos() + correction)
        self._show_marker(found)
        self.snapped_move = True

    def hide(self) -> None:
        if self.marker is not None:
            self.scene.removeItem(self.marker)
            self.marker = None


class WallJoins:
    """Keeps every wall's neighbours at its ends, and tells the walls a change touched."""

    def __init__(self, scene):
        self.scene = scene
        self.joints = WallJoints()

    def _width(self, record: PlanItem, metres_per_unit: float | None = None) -> float:
        if record.thickness:
            return record.thickness
        return STYLES[record.kind].stroke_metres / (
            metres_per_unit or self.scene.plan.metres_per_unit
        )

    def rebuild(self, records) -> None:
        """Walls are made square-ended: only those meeting another one are redrawn."""
        self.joints = WallJoints()
        metres_per_unit = self.scene.plan.metres_per_unit  # looked up once, not per wall
        for record in records:
            if record.kind is PlanItemKind.WALL:
                self.joints.add(record.id, self._width(record, metres_per_unit), record.points)
        self._redraw(self.joints.joined())

    def follow(self, removed=(), added=()) -> None:
        """Walls `removed` (old records) and `added` (new ones): their joints are redrawn."""
        keys: list = []
        for record in removed:
            if record.kind is PlanItemKind.WALL:
                keys += self.joints.remove(record.id)
        for record in added:
            if record.kind is PlanItemKind.WALL:
                keys += self.joints.add(record.id, self._width(record), record.points)
        self._redraw(self.joints.walls_at(keys))

    def _redraw(self, wall_ids) -> None:
        graphics = self.scene.graphics
        for wall_id in wall_ids:
            item = graphics.made_item(wall_id)
            if item is not None:
                item.set_neighbours(self.joints.neighbours(wall_id))
