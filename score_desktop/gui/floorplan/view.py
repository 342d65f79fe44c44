"""FloorPlanView: zoom, pan, scale bar and the pointer position in metres."""

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPen,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView

from ...domain.geometry import nice_scale_bar_length
from ..photos.importer import dropped_paths
from .scene import MAX_ZOOM, MIN_ZOOM, FloorPlanScene

WHEEL_STEP = 1.15
CARD_GAP_PX = 6  # between a fitted plan and the card beside it
SCALE_BAR_X, SCALE_BAR_BOTTOM = 16.0, 20.0  # the bar's left end, above the viewport's bottom
# the longest bar: a round length (1, 2, 5 × 10ⁿ) of at least 0.75 × the 120-pixel target
SCALE_BAR_MAX_PX = 120 * 0.75 * 2.5
FIT_KEPT = 0.85  # the plan moves clear of the card only if it keeps this much of its size


def _zoom_to_fit(rect: QRectF, area: QRectF) -> float:
    """The zoom that shows all of `rect` (scene) in `area` (pixels); 0 for an empty area."""
    if area.width() <= 0 or area.height() <= 0:
        return 0.0
    return min(area.width() / rect.width(), area.height() / rect.height())


class FloorPlanView(QGraphicsView):
    """Signals:
    pointer_moved(float, float): the pointer's position on the plan, in metres.
    zoom_changed(float): the new zoom, 1.0 meaning one plan unit per screen pixel.
    files_dropped(list, QPointF): local files dropped on the plan, and where (scene
        coordinates): a background or photos taken there.
    """

    pointer_moved = Signal(float, float)
    zoom_changed = Signal(float)
    files_dropped = Signal(list, QPointF)

    def __init__(self, scene: FloorPlanScene, parent=None):
        super().__init__(scene, parent)
        self.plan_scene = scene
        self.fitted_zoom: float | None = None  # the zoom of the last fit to the plan
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self._pan_start: QPointF | None = None
        self._band_start: QPointF | None = None  # scene point where a left drag began
        self._space_held = False
        # a widget over the view's corner that fitting keeps clear of, folding it if need be
        # (a LegendCard: set_collapsed)
        self.corner_card = None

    # Zoom ----------------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        target = min(MAX_ZOOM, max(MIN_ZOOM, self.zoom * factor))
        factor = target / self.zoom
        if abs(factor - 1) > 1e-9:
            self.scale(factor, factor)
            self._zoomed()

    def set_zoom(self, zoom: float) -> None:
        self.zoom_by(zoom / self.zoom)

    def fit_to_plan(self) -> None:
        """The whole plan in the view, never under the corner card (the pin legend) nor the
        scale bar: beside or below the whole card when the plan keeps nearly its zoom there,
        else beside or below the card folded to its title line; above or right of the bar."""
        rect = self.plan_scene.plan_rect()
        margin = max(rect.width(), rect.height()) * 0.04
        rect = rect.adjusted(-margin, -margin, margin, margin)
        card = self.corner_card
        whole = QRectF(self.viewport().rect())
        area = self._room_beside_card(rect)
        if area is not None:  # beside the whole card, and clear of the bar, it must still keep
            area = self._clear_of_scale_bar(rect, area)  # nearly the zoom it has alone
            alone = _zoom_to_fit(rect, self._clear_of_scale_bar(rect, whole))
            if _zoom_to_fit(rect, area) < FIT_KEPT * alone:
                area = None
        if area is None and card is not None and not card.isHidden():
            card.set_collapsed(True)  # its title still says which risk the pins show
            area = self._room_beside_card(rect, at_any_zoom=True)
            area = self._clear_of_scale_bar(rect, area or whole)
        area = area or self._clear_of_scale_bar(rect, whole)
        zoom = _zoom_to_fit(rect, area)
        if zoom <= 0:
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
            self._zoomed()
            return
        self.setTransform(QTransform.fromScale(zoom, zoom))
        placed = self._placed(rect, area, zoom)
        middle = QRectF(self.viewport().rect()).center()
        # a viewport much wider (or taller) than the plan needs more room to pan into than
        # the scene's margin gives: the view could not scroll the plan clear of the card
        viewport = self.viewport().rect()
        shown = QRectF(
            rect.left() - placed.left() / zoom,
            rect.top() - placed.top() / zoom,
            viewport.width() / zoom,
            viewport.height() / zoom,
        )
        scene_rect = self.plan_scene.sceneRect()
        if not scene_rect.contains(shown):
            self.plan_scene.setSceneRect(scene_rect.united(shown))
        self.centerOn(rect.center() + (middle - placed.center()) / zoom)
        self._zoomed()
        self.fitted_zoom = zoom  # the register's fold fits again while the user kept it

    def _placed(self, rect: QRectF, area: QRectF, zoom: float) -> QRectF:
        """Where `rect` lands at `zoom`, in viewport pixels: as near the middle as `area`
        allows."""
        middle = QRectF(self.viewport().rect()).center()
        width, height = rect.width() * zoom, rect.height() * zoom
        left = min(max(middle.x() - width / 2, area.left()), area.right() - width)
        top = min(max(middle.y() - height / 2, area.top()), area.bottom() - height)
        return QRectF(left, top, width, height)

    def _clear_of_scale_bar(self, rect: QRectF, area: QRectF) -> QRectF:
        """`area`, or the larger part of it above or right of the scale bar if the plan
        placed there would run under the bar (a pin in the plan's corner was hidden)."""
        zoom = _zoom_to_fit(rect, area)
        if zoom <= 0 or not self._placed(rect, area, zoom).intersects(self._bar_at(zoom)):
            return area
        gap = CARD_GAP_PX
        top = self._bar_at(zoom).top() - gap  # the box's height is the same at any zoom
        above = QRectF(area.topLeft(), QPointF(area.right(), min(area.bottom(), top)))
        right = area
        for _ in range(3):  # the bar's length follows the zoom, which follows the room
            bar = self._bar_at(_zoom_to_fit(rect, right) or zoom)
            right = QRectF(
                QPointF(max(area.left(), bar.right() + gap), area.top()), area.bottomRight()
            )
        if self._placed(rect, right, _zoom_to_fit(rect, right)).intersects(
            self._bar_at(_zoom_to_fit(rect, right))
        ):
            bar = self.scale_bar_box(SCALE_BAR_MAX_PX)
            right = QRectF(
                QPointF(max(area.left(), bar.right() + gap), area.top()), area.bottomRight()
            )
        return max((above, right), key=lambda part: _zoom_to_fit(rect, part))

    def _bar_at(self, zoom: float) -> QRectF:
        """The scale bar's box at `zoom`."""
        metres_per_pixel = self.plan_scene.plan.metres_per_unit / zoom
        return self.scale_bar_box(nice_scale_bar_length(metres_per_pixel) / metres_per_pixel)

    def scale_bar_box(self, length_px: float) -> QRectF:
        """The scale bar's white box for a bar of `length_px`, in viewport pixels."""
        x, y = SCALE_BAR_X, self.viewport().height() - SCALE_BAR_BOTTOM
        return QRectF(x - 6, y - 22, length_px + 12, 30)

    def _room_beside_card(self, rect: QRectF, at_any_zoom: bool = False) -> QRectF | None:
        """The largest part of the viewport beside or below the card, in its coordinates, if
        the plan keeps FIT_KEPT of its zoom there (or `at_any_zoom`); else None."""
        card = self.corner_card
        if card is None or card.isHidden() or rect.isEmpty():
            return None
        viewport = QRectF(self.viewport().rect())
        covered = QRectF(card.geometry()).translated(-QPointF(self.viewport().pos()))
        gap = CARD_GAP_PX
        candidates = [  # left of the card, right of it, below it
            QRectF(viewport.topLeft(), QPointF(covered.left() - gap, viewport.bottom())),
            QRectF(QPointF(covered.right() + gap, viewport.top()), viewport.bottomRight()),
            QRectF(QPointF(viewport.left(), covered.bottom() + gap), viewport.bottomRight()),
        ]
        best = max(candidates, key=lambda area: _zoom_to_fit(rect, area))
        kept = _zoom_to_fit(rect, best) >= FIT_KEPT * _zoom_to_fit(rect, viewport)
        return best if kept or (at_any_zoom and _zoom_to_fit(rect, best) > 0) else None

    def _zoomed(self) -> None:
        self.plan_scene.view_zoomed(self.zoom)
        self.zoom_changed.emit(self.zoom)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        if not event.pixelDelta().isNull() and not event.modifiers():
            super().wheelEvent(event)  # a touchpad scroll pans
            return
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(WHEEL_STEP**steps)
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self.zoom_by(1 + event.value())
            return True
        return super().viewportEvent(event)

    # Pan -----------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.MiddleButton or (
            self._space_held and event.button() == Qt.MouseButton.LeftButton
        ):
            self._pan_start = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self._band_start = self.mapToScene(event.position().toPoint())
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        scene_pos = self.mapToScene(event.position().toPoint())
        scale = self.plan_scene.plan.metres_per_unit
        self.pointer_moved.emit(scene_pos.x() * scale, scene_pos.y() * scale)
        if self._pan_start is not None:
            delta = event.position() - self._pan_start
            self._pan_start = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            event.accept()
            return
        if self._rubber_banding(event):  # the band selects items: give its markers theirs
            band = QRectF(self._band_start, scene_pos).normalized()
            self.plan_scene.make_items_within(band)
        super().mouseMoveEvent(event)

    def _rubber_banding(self, event: QMouseEvent) -> bool:
        return (
            self._band_start is not None
            and bool(event.buttons() & Qt.MouseButton.LeftButton)
            and self.dragMode() == QGraphicsView.DragMode.RubberBandDrag
            and self.plan_scene.mouseGrabberItem() is None
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._band_start = None
        if self._pan_start is not None:
            self._pan_start = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        """Keys the active tool is typing with (a length: digits, Backspace, Enter, Tab and x
        between width and height) reach it before the editor's shortcuts (Backspace deletes,
        letters pick tools) and before Tab moves the focus."""
        if event.type() == QEvent.Type.ShortcutOverride:
            tool = self.scene().tool
            if tool is not None and tool.wants_key(event):
                event.accept()
                return True
        elif event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Tab:
            # Tab from a typed width to the height: Qt moves the focus before keyPressEvent
            tool = self.scene().tool
            if tool is not None and tool.wants_key(event) and tool.key(event):
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        tool = self.scene().tool
        if tool is not None and tool.key(event):
            event.accept()
            return
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = False
            self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    # Drag and drop of files ---------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if dropped_paths(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if dropped_paths(event):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        paths = dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(
                [str(p) for p in paths], self.mapToScene(event.position().toPoint())
            )
        else:
            super().dropEvent(event)

    # Scale bar -----------------------------------------------------------------------------

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802
        metres_per_pixel = self.plan_scene.plan.metres_per_unit / (self.zoom or 1)
        length_m = nice_scale_bar_length(metres_per_pixel)
        length_px = length_m / metres_per_pixel  # as in _bar_at
        painter.save()
        painter.resetTransform()
        x, y = SCALE_BAR_X, self.viewport().height() - SCALE_BAR_BOTTOM
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.scale_bar_box(length_px), QColor(255, 255, 255, 210))
        painter.setPen(QPen(QColor("#1B2631"), 2))
        painter.drawLine(QPointF(x, y), QPointF(x + length_px, y))
        for tick in (x, x + length_px):
            painter.drawLine(QPointF(tick, y - 5), QPointF(tick, y + 3))
        font = QFont()
        font.setPixelSize(12)
        painter.setFont(font)
        text = f"{length_m:g} m" if length_m >= 1 else f"{length_m * 100:g} cm"
        painter.drawText(QRectF(x, y - 20, length_px, 14), Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
