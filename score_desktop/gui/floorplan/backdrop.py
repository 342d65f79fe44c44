"""PlanBackdrop: the plan's background image (a scan, photo or PDF page) in its scene.

The image is loaded from the workspace when the plan's record names a new one, placed, scaled
and faded as the record says, and a drag of an unlocked background becomes one command.
"""

import dataclasses
import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPixmapItem

from ...document.plan_commands import EditPlanCommand
from ...domain.errors import KnownProblemError
from ...domain.floorplan import Layer
from ...domain.geometry import Point
from ..i18n import error_text

BACKGROUND_Z = -1e9


class PlanBackdrop:
    def __init__(self, scene):
        self.scene = scene
        self.item: QGraphicsPixmapItem | None = None
        self._image_id: uuid.UUID | None = None

    def sync(self) -> None:
        """Follow the plan's record; a stored image that cannot be shown is reported through
        the scene's background_failed signal."""
        scene, background = self.scene, self.scene.plan.background
        if background is None or self._image_id != background.image_id:
            if self.item is not None:
                scene.removeItem(self.item)
                self.item = None
            self._image_id = None
        if background is None:
            return
        if self.item is None:
            try:
                data = scene.document.portfolio.plan_repository.load_image(background.image_id)
            except KnownProblemError as exc:
                scene.background_failed.emit(error_text(exc))
                return
            pixmap = QPixmap()
            if not pixmap.loadFromData(data):
                scene.background_failed.emit(
                    QCoreApplication.translate(
                        "FloorPlanScene", "The stored background image cannot be read."
                    )
                )
                return
            self.item = QGraphicsPixmapItem(pixmap)
            self.item.setZValue(BACKGROUND_Z)
            self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
            scene.addItem(self.item)
            self._image_id = background.image_id
        item = self.item
        item.setPos(background.origin.x, background.origin.y)
        item.setScale(background.units_per_pixel)
        item.setOpacity(background.opacity)
        item.setVisible(background.visible and scene.layer_visible[Layer.BACKGROUND])
        locked = background.locked
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, not locked)
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, not locked)

    def commit_move(self) -> None:
        """An unlocked background dragged by the user: its new origin is one command."""
        item, plan = self.item, self.scene.plan
        background = plan.background
        if item is None or background is None:
            return
        position = item.pos()
        if (position.x(), position.y()) == (background.origin.x, background.origin.y):
            return
        moved = dataclasses.replace(background, origin=Point(position.x(), position.y()))
        command = EditPlanCommand(
            self.scene.document.portfolio,
            dataclasses.replace(plan, background=moved),
            QCoreApplication.translate("FloorPlanScene", "Move background"),
        )
        if not self.scene.document.push(command):
            item.setPos(background.origin.x, background.origin.y)
