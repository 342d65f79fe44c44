"""Property panel: the selected item's fields, or the plan's own when nothing is selected.

Each field edit is an undoable command with a merge key (item and field), so typing a name or
spinning a value is one undo step.
"""

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ...document.plan import PlanDocument
from ...document.plan_commands import EditPlanCommand, UpdatePlanItemsCommand
from ...domain.floorplan import PlanItem, PlanItemKind, Shape
from ...domain.geometry import polygon_area, polyline_length
from ...domain.plan_style import DEFAULT_LABEL_METRES, STYLES
from ..numbers import figure
from .kind_labels import plan_item_kind_label


class PlanPropertyPanel(QWidget):
    """Signals:
    problem(str): an edit was refused (the document reports it too).
    """

    problem = Signal(str)

    def __init__(self, plan_document: PlanDocument, parent=None):
        super().__init__(parent)
        self.document = plan_document
        self._item_id = None
        self._loading = False
        self.setMinimumWidth(240)
        self.layout_ = QFormLayout(self)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.layout_.addRow(self.title)

        self.label_edit = QLineEdit(self)
        self.department_edit = QLineEdit(self)
        self.women_spin = self._spin()
        self.men_spin = self._spin()
        self.width_spin = self._metres()
        self.height_spin = self._metres()
        self.thickness_spin = self._metres()
        self.text_size_spin = self._metres()
        self.rotation_spin = QDoubleSpinBox(self)
        self.rotation_spin.setRange(-360, 360)
        self.rotation_spin.setSuffix(" °")
        self.fill_button = QPushButton(self)
        self.measure_label = QLabel(self)

        self.plan_name_edit = QLineEdit(self)
        self.grid_spin = self._metres()
        self.snap_check = QCheckBox(self.tr("Snap to grid"), self)
        self.opacity_spin = QSpinBox(self)
        self.opacity_spin.setRange(5, 100)
        self.opacity_spin.setSuffix(" %")
        self.bg_visible_check = QCheckBox(self.tr("Show background"), self)
        self.bg_locked_check = QCheckBox(self.tr("Lock background"), self)

        self._rows: dict[str, tuple[str, QWidget]] = {
            "label": (self.tr("Name / text:"), self.label_edit),
            "department": (self.tr("Department:"), self.department_edit),
            "workers_women": (self.tr("Workers (women):"), self.women_spin),
            "workers_men": (self.tr("Workers (men):"), self.men_spin),
            "width": (self.tr("Width:"), self.width_spin),
            "height": (self.tr("Depth:"), self.height_spin),
            "rotation": (self.tr("Rotation:"), self.rotation_spin),
            "thickness": (self.tr("Thickness:"), self.thickness_spin),
            "font_size": (self.tr("Text height:"), self.text_size_spin),
            "fill": (self.tr("Colour:"), self.fill_button),
            "measure": (self.tr("Size:"), self.measure_label),
            "plan_name": (self.tr("Plan name:"), self.plan_name_edit),
            "grid": (self.tr("Grid size:"), self.grid_spin),
            "snap": ("", self.snap_check),
            "opacity": (self.tr("Background opacity:"), self.opacity_spin),
            "bg_visible": ("", self.bg_visible_check),
            "bg_locked": ("", self.bg_locked_check),
        }
        for label, widget in self._rows.values():
            self.layout_.addRow(label, widget)

        self.label_edit.textEdited.connect(lambda t: self._edit_item("label", t))
        self.department_edit.textEdited.connect(lambda t: self._edit_item("department", t))
        self.women_spin.valueChanged.connect(lambda v: self._edit_item("workers_women", v))
        self.men_spin.valueChanged.connect(lambda v: self._edit_item("workers_men", v))
        for name, spin in (
            ("width", self.width_spin),
            ("height", self.height_spin),
            ("thickness", self.thickness_spin),
            ("font_size", self.text_size_spin),
        ):
            spin.valueChanged.connect(lambda v, n=name: self._edit_item(n, self._to_units(v)))
        self.rotation_spin.valueChanged.connect(lambda v: self._edit_item("rotation", v))
        self.fill_button.clicked.connect(self._on_fill_clicked)
        self.plan_name_edit.textEdited.connect(lambda t: self._edit_plan("name", t))
        self.grid_spin.valueChanged.connect(lambda v: self._edit_plan("grid_metres", v))
        self.snap_check.toggled.connect(lambda v: self._edit_plan("snap_to_grid", v))
        self.opacity_spin.valueChanged.connect(lambda v: self._edit_background("opacity", v / 100))
        self.bg_visible_check.toggled.connect(lambda v: self._edit_background("visible", v))
        self.bg_locked_check.toggled.connect(lambda v: self._edit_background("locked", v))

        plan_document.changed.connect(self._on_document_items_changed)
        plan_document.removed.connect(self._on_document_items_removed)
        plan_document.plan_changed.connect(self._on_document_plan_changed)
        self.show_selection([])

    def _spin(self) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(0, 100_000)
        return spin

    def _metres(self) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setDecimals(2)
        spin.setRange(0.01, 10_000)
        spin.setSingleStep(0.1)
        spin.setSuffix(" m")
        return spin

    def _to_units(self, metres: float) -> float:
        return metres / self.document.plan.metres_per_unit

    def _to_metres(self, units: float) -> float:
        return units * self.document.plan.metres_per_unit

    # Showing -------------------------------------------------------------------------------

    def show_selection(self, item_ids: list) -> None:
        self._item_id = item_ids[0] if len(item_ids) == 1 else None
        self._multiple = len(item_ids)
        self.refresh()

    def refresh(self) -> None:
        self._loading = True
        try:
            if self._item_id is not None and self.document.has_item(self._item_id):
                self._show_item(self.document.item(self._item_id))
            elif self._multiple > 1:
                self.title.setText(self.tr("%1 items selected").replace("%1", str(self._multiple)))
                self._only(set())
            else:
                self._show_plan()
        finally:
            self._loading = False

    def _only(self, names: set[str]) -> None:
        for name, (_label, widget) in self._rows.items():
            visible = name in names
            widget.setVisible(visible)
            label = self.layout_.labelForField(widget)
            if label is not None:
                label.setVisible(visible)

    def _show_item(self, item: PlanItem) -> None:
        self.title.setText(plan_item_kind_label(item.kind))
        names = {"label", "measure"}
        shape = item.shape
        if item.kind is PlanItemKind.ZONE:
            names |= {"department", "workers_women", "workers_men", "fill"}
        elif shape is Shape.POLYGON:
            names |= {"fill"}
        if shape is Shape.BOX:
            names |= {"width", "height", "rotation", "fill"}
        if shape is Shape.SEGMENT:
            names |= {"thickness"}
        if item.kind is PlanItemKind.LABEL:
            names |= {"font_size", "rotation"}
            names.discard("measure")
        self._only(names)
        self.label_edit.setText(item.label)
        self.department_edit.setText(item.department)
        self.women_spin.setValue(item.workers_women)
        self.men_spin.setValue(item.workers_men)
        self.width_spin.setValue(self._to_metres(item.width))
        self.height_spin.setValue(self._to_metres(item.height))
        self.rotation_spin.setValue(item.rotation)
        style = STYLES[item.kind]
        self.thickness_spin.setValue(
            self._to_metres(item.thickness) if item.thickness else style.stroke_metres
        )
        self.text_size_spin.setValue(
            self._to_metres(item.font_size) if item.font_size else DEFAULT_LABEL_METRES
        )
        colour = item.fill or style.fill or "#FFFFFF"
        self.fill_button.setText(colour.upper())
        self.fill_button.setStyleSheet(f"background-color: {colour};")
        self.measure_label.setText(self._measure(item))

    def _measure(self, item: PlanItem) -> str:
        scale = self.document.plan.metres_per_unit
        if item.shape is Shape.POLYGON:
            return self.tr("%1 m²").replace("%1", figure(polygon_area(item.points) * scale**2, 1))
        if item.shape is Shape.SEGMENT:
            length = polyline_length(item.points) * scale
            return self.tr("%1 m long").replace("%1", figure(length, 2))
        if item.shape is Shape.BOX:
            return self.tr("%1 m²").replace("%1", figure(item.width * item.height * scale**2, 1))
        return ""

    def _show_plan(self) -> None:
        plan = self.document.plan
        self.title.setText(self.tr("Floor plan"))
        names = {"plan_name", "grid", "snap"}
        if plan.background is not None:
            names |= {"opacity", "bg_visible", "bg_locked"}
            self.opacity_spin.setValue(round(plan.background.opacity * 100))
            self.bg_visible_check.setChecked(plan.background.visible)
            self.bg_locked_check.setChecked(plan.background.locked)
        self._only(names)
        self.plan_name_edit.setText(plan.name)
        self.grid_spin.setValue(plan.grid_metres)
        self.snap_check.setChecked(plan.snap_to_grid)

    # Editing -------------------------------------------------------------------------------

    def _edit_item(self, field: str, value) -> None:
        if self._loading or self._item_id is None:
            return
        item = self.document.item(self._item_id)
        if getattr(item, field) == value:
            return
        new = dataclasses.replace(item, **{field: value})
        text = self.tr("Change %1").replace("%1", self._rows[field][0].rstrip(":"))
        self.document.push(
            UpdatePlanItemsCommand(self.document.portfolio, [new], text, merge_key=(item.id, field))
        )

    def _edit_plan(self, field: str, value) -> None:
        if self._loading:
            return
        plan = self.document.plan
        if field == "name" and not str(value).strip():
            return
        new = dataclasses.replace(plan, **{field: value})
        self.document.push(
            EditPlanCommand(
                self.document.portfolio,
                new,
                self.tr("Change floor plan"),
                merge_key=(plan.id, field),
            )
        )

    def _edit_background(self, field: str, value) -> None:
        plan = self.document.plan
        if self._loading or plan.background is None:
            return
        background = dataclasses.replace(plan.background, **{field: value})
        new = dataclasses.replace(plan, background=background)
        self.document.push(
            EditPlanCommand(
                self.document.portfolio,
                new,
                self.tr("Change background"),
                merge_key=(plan.id, field),
            )
        )

    def _on_fill_clicked(self) -> None:
        if self._item_id is None:
            return
        current = QColor(self.fill_button.text())
        colour = QColorDialog.getColor(current, self, self.tr("Colour"))
        if colour.isValid():
            self._edit_item("fill", colour.name().upper())

    def _on_document_items_changed(self, items: list) -> None:
        if any(i.id == self._item_id for i in items):
            self.refresh()

    def _on_document_plan_changed(self, _plan) -> None:
        self.refresh()

    def _on_document_items_removed(self, items: list) -> None:
        if any(i.id == self._item_id for i in items):
            self.show_selection([])
