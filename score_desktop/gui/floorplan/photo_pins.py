"""Photo pins on the plan: where a photo was taken and which way the camera looked.

Drag a pin to move it, drag the tip of its arrow to turn it; double-click opens the photo.
Photos dropped on the plan are pinned where they fall, in the zone (and on the hazard pin)
under the pointer. Deleting a pin unpins the photo; the photo stays in the gallery.
"""

import dataclasses
import math
import uuid
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from ...document.photo_commands import UpdatePhotosCommand
from ...domain.geometry import Point
from ...domain.photo import Photo, PhotoPin
from ..photos.importer import PhotoImporter
from ..photos.viewer import PhotoViewer, open_photo
from .pins import HazardPin

RADIUS = 9.0  # screen pixels: pins keep their size at every zoom
ARROW = 34.0
TIP_GRAB = 8.0
CONE_DEGREES = 30.0
PIN_COLOUR = QColor("#1565C0")
SELECTED = QColor("#F4D03F")


class PhotoPinItem(QGraphicsItem):
    """Painted in screen pixels around the pin's plan position."""

    def __init__(self, layer: "PhotoPinLayer", photo: Photo):
        super().__init__()
        self.layer = layer
        self.photo_id = photo.id
        self.bearing = 0.0
        self._turning = False
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations
        )
        self.setZValue(5e7 + 1)  # above hazard pins, below handles
        self.sync(photo)

    def sync(self, photo: Photo) -> None:
        self.bearing = photo.pin.bearing
        self.setPos(photo.pin.position.x, photo.pin.position.y)
        self.origin = self.pos()
        self.setToolTip(photo.caption or photo.original_name)
        self.update()

    def tip(self) -> QPointF:
        angle = math.radians(self.bearing)
        return QPointF(math.sin(angle) * ARROW, -math.cos(angle) * ARROW)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        reach = ARROW + TIP_GRAB + 2
        return QRectF(-reach, -reach, 2 * reach, 2 * reach)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), RADIUS + 2, RADIUS + 2)
        path.addEllipse(self.tip(), TIP_GRAB, TIP_GRAB)
        return path

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cone = QPolygonF([QPointF(0, 0)])
        for offset in (-CONE_DEGREES, 0, CONE_DEGREES):
            angle = math.radians(self.bearing + offset)
            cone.append(QPointF(math.sin(angle) * ARROW, -math.cos(angle) * ARROW))
        fill = QColor(PIN_COLOUR)
        fill.setAlpha(60)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawPolygon(cone)
        tip = self.tip()
        painter.setPen(QPen(PIN_COLOUR, 2.5))
        painter.drawLine(QPointF(0, 0), tip)
        painter.setBrush(QBrush(SELECTED if self.isSelected() else QColor("#FFFFFF")))
        painter.drawEllipse(tip, 4, 4)
        outline = SELECTED if self.isSelected() else QColor("#FFFFFF")
        painter.setPen(QPen(outline, 3 if self.isSelected() else 2))
        painter.setBrush(PIN_COLOUR)
        painter.drawEllipse(QPointF(0, 0), RADIUS, RADIUS)
        painter.setPen(QPen(QColor("#FFFFFF"), 1.4))  # a small camera
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(-5.5, -3.5, 11, 8), 1.5, 1.5)
        painter.drawEllipse(QPointF(0, 0.5), 2.3, 2.3)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if (
            event.button() == Qt.MouseButton.LeftButton
            and math.dist((event.pos().x(), event.pos().y()), (self.tip().x(), self.tip().y()))
            <= TIP_GRAB
        ):
            self._turning = True
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._turning:
            p = event.pos()
            self.bearing = math.degrees(math.atan2(p.x(), -p.y())) % 360
            self.update()
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._turning:
            self._turning = False
            event.accept()
            self.layer.commit_turn(self)
            return
        super().mouseReleaseEvent(event)

    def itemChange(self, change, value):  # noqa: N802 - Qt override
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.update()
        return super().itemChange(change, value)


class PhotoPinLayer(QObject):
    """Keeps one PhotoPinItem per photo pinned on this plan, and turns gestures into edits."""

    def __init__(self, editor):
        super().__init__(editor)
        self.editor = editor
        self.scene = editor.scene
        self.portfolio = editor.plan_document.portfolio
        self.items: dict[uuid.UUID, PhotoPinItem] = {}
        self.visible = True
        self.importer = PhotoImporter(self.portfolio, editor)
        library = self.portfolio.photos
        library.added.connect(self._on_photos_changed)
        library.changed.connect(self._on_photos_changed)
        library.removed.connect(self._on_photos_removed)
        library.reset.connect(self._rebuild)
        self.scene.move_committers.append(self.commit_moves)
        self._rebuild()

    @property
    def plan_id(self) -> uuid.UUID:
        return self.editor.plan_document.plan_id

    def _rebuild(self) -> None:
        for item in self.items.values():
            self.scene.removeItem(item)
        self.items.clear()
        self._on_photos_changed(self.portfolio.photos.photos_on_plan(self.plan_id))

    def _on_photos_changed(self, photos: list) -> None:
        if not shiboken6.isValid(self.scene):
            return
        for photo in photos:
            here = photo.pin is not None and photo.pin.plan_id == self.plan_id
            item = self.items.get(photo.id)
            if here and item is None:
                item = PhotoPinItem(self, photo)
                item.setVisible(self.visible)
                self.scene.addItem(item)
                self.items[photo.id] = item
            elif here:
                item.sync(photo)
            elif item is not None:
                self.scene.removeItem(self.items.pop(photo.id))

    def _on_photos_removed(self, photos: list) -> None:
        if not shiboken6.isValid(self.scene):
            return
        for photo in photos:
            if photo.id in self.items:
                self.scene.removeItem(self.items.pop(photo.id))

    def set_visible(self, visible: bool) -> None:
        self.visible = visible
        for item in self.items.values():
            item.setVisible(visible)
            item.setSelected(item.isSelected() and visible)

    def selected_ids(self) -> list[uuid.UUID]:
        return [i.photo_id for i in self.scene.selectedItems() if isinstance(i, PhotoPinItem)]

    # Edits ---------------------------------------------------------------------------------

    def _zone_id(self, position: Point) -> uuid.UUID | None:
        zone = self.portfolio.zone_at(self.plan_id, position)
        return zone.id if zone is not None else None

    def _pinned(self, photo: Photo, position: Point, bearing: float) -> Photo:
        pin = PhotoPin(self.plan_id, position, round(bearing, 1))
        return dataclasses.replace(photo, pin=pin, zone_id=self._zone_id(position))

    def commit_moves(self) -> None:
        moved = [item for item in self.items.values() if item.pos() != item.origin]
        if not moved:
            return
        photos = []
        for item in moved:
            position = self.scene.snapped(item.pos())
            photo = self.portfolio.photos.photo(item.photo_id)
            photos.append(self._pinned(photo, Point(position.x(), position.y()), item.bearing))
            item.setPos(item.origin)
        text = self.tr("Move photo pins (%1)").replace("%1", str(len(photos)))
        self.editor.plan_document.push(UpdatePhotosCommand(self.portfolio, photos, text))

    def commit_turn(self, item: PhotoPinItem) -> None:
        photo = self.portfolio.photos.photo(item.photo_id)
        if round(item.bearing, 1) == photo.pin.bearing:
            return
        turned = self._pinned(photo, photo.pin.position, item.bearing)
        text = self.tr("Turn photo pin")
        self.editor.plan_document.push(UpdatePhotosCommand(self.portfolio, [turned], text))

    def unpin_command(self) -> UpdatePhotosCommand | None:
        """Unpinning the selected photos (they stay), as a command not yet applied."""
        ids = self.selected_ids()
        if not ids:
            return None
        photos = [dataclasses.replace(self.portfolio.photos.photo(i), pin=None) for i in ids]
        text = self.tr("Remove photo pins (%1)").replace("%1", str(len(photos)))
        return UpdatePhotosCommand(self.portfolio, photos, text)

    def unpin_selected(self) -> bool:
        command = self.unpin_command()
        if command is not None:
            self.editor.plan_document.push(command)
        return command is not None

    def import_at(self, paths: list[Path], scene_point: QPointF):
        """Photos dropped on the plan: pinned where they fell, in that zone and hazard."""
        position = Point(scene_point.x(), scene_point.y())
        self.scene.make_items_at(scene_point)  # a resting hazard pin there gets its item
        hazard_id = next(
            (
                i.hazard_id
                for i in self.scene.items(scene_point)
                if isinstance(i, HazardPin) and i.isVisible()
            ),
            None,
        )
        visits = self.portfolio.visits_of(self.editor.plan_document.plan.enterprise_id)
        links = {
            "pin": PhotoPin(self.plan_id, position),
            "zone_id": self._zone_id(position),
            "hazard_id": hazard_id,
            "visit_id": visits[-1].id if visits else None,
        }
        enterprise_id = self.editor.plan_document.plan.enterprise_id
        return self.importer.start(paths, enterprise_id, links)

    def open_viewer(self, photo_id: uuid.UUID) -> PhotoViewer | None:
        return open_photo(self.portfolio, photo_id, self.editor)
