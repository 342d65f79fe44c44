"""PlanEditor: one floor plan in a tab: tool bar, view, property panel, status line."""

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCursor, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...document.commands import CompositeCommand
from ...document.plan import PlanDocument
from ...document.plan_commands import RemovePlanItemsCommand
from ...domain.bulk import collector_paused
from ...domain.floorplan import Layer, PlanItemKind
from ..hazards.legend_card import LegendCard
from ..icons import TOOL_ICONS, icon
from ..labelled_splitter import LabelledSplitter
from .area_tools import BoxTool, PolygonAreaTool, RectangleAreaTool
from .arrange import Arrangement
from .dxf_files import DxfFiles
from .editor_menus import EditorMenus
from .hazard_editing import HazardEditing
from .kind_labels import plan_item_kind_label
from .photo_pins import PhotoPinLayer
from .plan_clipboard import copy_selection, duplicate_selection, paste_into
from .plan_files import DROP_AS_BACKGROUND, DROP_AS_PHOTO, PlanFiles
from .properties import PlanPropertyPanel
from .register_fold import fold_register_on_a_short_screen, follow_register_fold
from .scene import FloorPlanScene
from .segment_tool import SegmentTool
from .tools import (
    CalibrateTool,
    MeasureTool,
    PlaceHazardTool,
    PointSymbolTool,
    SelectTool,
    TextTool,
    Tool,
)
from .view import FloorPlanView


def open_plan_editor(portfolio, plan_id, parent: QWidget | None = None) -> "PlanEditor":
    """A plan's editor, its items read first (when not already open): both under one pause
    of the garbage collector, since each pause ends with a pass over everything it made.
    What it made is kept out of later passes until the editor is closed (PlanTabs thaws)."""
    with collector_paused(keep=True):
        return PlanEditor(portfolio.plan_document(plan_id), parent)


class PlanEditor(QWidget):
    """Signals:
    status(str): a message for the window's status bar.
    problem(str): something was refused; the window shows it.
    """

    status = Signal(str)
    problem = Signal(str)

    def __init__(self, plan_document: PlanDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan_document = plan_document
        self.scene = FloorPlanScene(plan_document, self)
        self.view = FloorPlanView(self.scene, self)
        self.properties = PlanPropertyPanel(plan_document, self)
        self.coordinates = QLabel(self)
        self.files = PlanFiles(self)
        self.cad = DxfFiles(self)
        self.arrange = Arrangement(self)
        self.tools: dict[str, Tool] = {}
        self.tool_actions: dict[str, QAction] = {}
        self.actions_by_name: dict[str, QAction] = {}

        self.toolbar = QToolBar(self)
        # tools as icons, their names and keys in their tips: the seventeen tools fit a
        # 1,024-pixel window, where their names needed a "More tools" menu
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self._build_tools()
        self.toolbar.addSeparator()
        self.menus = EditorMenus(self)  # Edit, View and Plan, with their keys

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.properties)
        splitter.setStretchFactor(0, 1)
        self.hazards = HazardEditing(self)
        self.legend_card = LegendCard(self.hazards.panel.legend, self.view)
        self.legend_card.collapsed_changed.connect(self.actions_by_name["legend_folded"].setChecked)
        self.view.corner_card = self.legend_card
        self.photo_pins = PhotoPinLayer(self)
        vertical = LabelledSplitter(self, foldable=True)
        vertical.addWidget(splitter)
        vertical.addWidget(self.hazards.panel)
        vertical.setStretchFactor(0, 3)
        vertical.setStretchFactor(1, 1)
        vertical.setSizes([620, 380])  # scaled to the editor's height: a few register rows
        self.splitters = (splitter, vertical)  # the window keeps where the user puts them
        self.split_restored = False  # set when the window gave it the user's last split
        status_row = QHBoxLayout()
        status_row.addWidget(self.photo_pins.importer, 1)
        status_row.addStretch(1)
        status_row.addWidget(self.coordinates)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(vertical, 1)
        layout.addLayout(status_row)

        self.view.pointer_moved.connect(self._on_view_pointer_moved)
        self.view.files_dropped.connect(self.files.drop)
        self.scene.selectionChanged.connect(self._on_scene_selection_changed)
        self.scene.background_failed.connect(self.problem)
        self.set_tool("select")
        plan_document.portfolio.mode_changed.connect(self._on_portfolio_mode_changed)
        self._on_portfolio_mode_changed()
        follow_register_fold(self)

    def _on_portfolio_mode_changed(self) -> None:
        """In review mode the plan is read: its drawing tools and edits are off."""
        from ..comments.review_mode import PLAN_EDITS, PLAN_READING_TOOLS

        editing = not self.plan_document.portfolio.reviewing
        self.properties.setEnabled(editing)  # the plan's and items' fields: shown, greyed
        for name, action in self.tool_actions.items():
            action.setEnabled(editing or name in PLAN_READING_TOOLS)
        for name, action in self.actions_by_name.items():
            if name in PLAN_EDITS or name.startswith("nudge_"):
                action.setEnabled(editing)
        if not editing and self.tool_name not in PLAN_READING_TOOLS:
            self.set_tool("select")

    # Construction --------------------------------------------------------------------------

    def _build_tools(self) -> None:
        K, kind = PlanItemKind, plan_item_kind_label
        specs = [  # name, label, shortcut, tool
            ("select", self.tr("Select"), "V", SelectTool(self)),
            ("hazard", self.tr("Hazard"), "Y", PlaceHazardTool(self)),
            ("zone", kind(K.ZONE), "Z", RectangleAreaTool(self, K.ZONE)),
            ("polygon", self.tr("Zone (polygon)"), "P", PolygonAreaTool(self, K.ZONE)),
            ("aisle", kind(K.AISLE), "A", RectangleAreaTool(self, K.AISLE)),
            ("storage", kind(K.STORAGE), "O", RectangleAreaTool(self, K.STORAGE)),
            ("wall", kind(K.WALL), "W", SegmentTool(self, K.WALL)),
            ("door", kind(K.DOOR), "D", SegmentTool(self, K.DOOR)),
            ("exit", kind(K.EMERGENCY_EXIT), "X", SegmentTool(self, K.EMERGENCY_EXIT)),
            ("machine", kind(K.MACHINE), "M", BoxTool(self, K.MACHINE)),
            ("stairs", kind(K.STAIRS), "S", BoxTool(self, K.STAIRS)),
            (
                "extinguisher",
                kind(K.FIRE_EXTINGUISHER),
                "F",
                PointSymbolTool(self, K.FIRE_EXTINGUISHER),
            ),
            ("first_aid", kind(K.FIRST_AID), "H", PointSymbolTool(self, K.FIRST_AID)),
            ("eyewash", kind(K.EYEWASH), "E", PointSymbolTool(self, K.EYEWASH)),
            ("text", kind(K.LABEL), "T", TextTool(self)),
            ("measure", self.tr("Measure"), "R", MeasureTool(self)),
            ("calibrate", self.tr("Calibrate scale"), "K", CalibrateTool(self)),
        ]
        group = QActionGroup(self)
        group.setExclusive(True)
        for name, text, key, tool in specs:
            action = QAction(text, self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text} ({key})")
            action.setObjectName(f"tool_{name}")
            action.setIcon(icon(TOOL_ICONS.get(name, "")))
            action.triggered.connect(lambda _checked=False, n=name: self._pick_tool(n))
            group.addAction(action)
            self.view.addAction(action)  # its letter is the register's keyboard search there
            tool.message.connect(self.status)
            tool.problem.connect(self.problem)
            self.tools[name], self.tool_actions[name] = tool, action
            self.toolbar.addAction(action)

    def set_layer_visible(self, layer: Layer, visible: bool) -> None:
        if layer is Layer.PHOTOS:
            self.photo_pins.set_visible(visible)
        else:
            self.scene.set_layer_visible(layer, visible)
        if layer is Layer.HAZARDS:
            self._show_legend()

    def shown_legend(self):
        """The pin legend while the view shows it (an exported plan shows what the view does)."""
        return self.legend_card.legend if self.legend_card.isVisibleTo(self) else None

    def _show_legend(self) -> None:
        """The legend explains the hazard pins: shown when asked for and the pins are."""
        wanted = self.actions_by_name["legend"].isChecked()
        self.legend_card.setVisible(wanted and self.scene.layer_visible[Layer.HAZARDS])

    # Dropped files -------------------------------------------------------------------------

    def ask_drop_use(self) -> str | None:
        """One dropped image could be a photo or the background: the user says which."""
        menu = QMenu(self)
        photo = menu.addAction(self.tr("Attach as a photo taken here"))
        background = menu.addAction(self.tr("Use as the plan's background"))
        chosen = menu.exec(QCursor.pos())
        if chosen is background:
            return DROP_AS_BACKGROUND
        return DROP_AS_PHOTO if chosen is photo else None

    # Tools ---------------------------------------------------------------------------------

    def set_tool(self, name: str) -> None:
        if self.scene.tool is not None:
            self.scene.tool.deactivate()
        tool = self.tools[name]
        self.scene.tool = tool
        self.tool_actions[name].setChecked(True)
        self.view.setDragMode(
            self.view.DragMode.RubberBandDrag if name == "select" else self.view.DragMode.NoDrag
        )
        tool.activate()

    def _pick_tool(self, name: str) -> None:
        """A tool picked from the tool bar: the plan takes the keyboard (Esc, Enter, arrows)."""
        self.set_tool(name)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def calibrated(self) -> None:
        """After the calibrate dialog: Select is the tool again and the plan has the keys
        (the dialog had taken them, and the next letter typed went nowhere)."""
        self._pick_tool("select")

    @property
    def tool_name(self) -> str:
        return next(n for n, t in self.tools.items() if t is self.scene.tool)

    def cancel_tool(self) -> None:
        if self.tool_name == "select":
            self.scene.clearSelection()
        else:
            self.scene.tool.cancel()
            self.set_tool("select")

    def _finish_polygon(self) -> None:
        tool = self.scene.tool
        if isinstance(tool, PolygonAreaTool):
            tool.close_shape()

    def ask_text(self, title: str, label: str, text: str = "") -> tuple[str, bool]:
        return QInputDialog.getText(self, title, label, text=text)

    def ask_number(self, title: str, label: str, value: float) -> tuple[float, bool]:
        return QInputDialog.getDouble(self, title, label, value, 0.0, 1e6, 2)

    # Editing the selection -----------------------------------------------------------------

    def history_record(self):
        """The selected hazard or item, else the plan (Edit ▸ History…)."""
        from ..history_format import record_ref

        hazard_ids = self.hazards.selected_ids()  # as pins or as rows
        if hazard_ids:
            hazard = self.hazards.portfolio.hazards.hazard(hazard_ids[0])
            return record_ref("hazards", hazard.id, hazard.title)
        items = self.selected_items()
        if items:
            item = items[0]
            return record_ref("plan_items", item.id, item.label or plan_item_kind_label(item.kind))
        plan = self.plan_document.plan
        return record_ref("floor_plans", plan.id, plan.name)

    def selected_items(self):
        return [self.plan_document.item(i) for i in self.scene.selected_ids()]

    def _push(self, command) -> bool:
        return self.plan_document.push(command)

    def delete_selected(self) -> None:
        """Drawn items, hazard pins and photo pins together are one undo step (a photo
        pin's photo stays, unpinned)."""
        portfolio = self.plan_document.portfolio
        parts = [self.hazards.delete_command(), self.photo_pins.unpin_command()]
        ids = self.scene.selected_ids()
        if ids:
            parts.append(RemovePlanItemsCommand(portfolio, self.plan_document.plan_id, ids))
        parts = [part for part in parts if part is not None]
        if len(parts) == 1:
            self._push(parts[0])
        elif parts:  # applied whole or not at all
            self._push(CompositeCommand(portfolio, self.tr("Delete"), parts))

    def duplicate_selected(self) -> None:
        duplicate_selection(self)

    def copy_selected(self) -> None:
        copy_selection(self)

    def paste(self) -> None:
        paste_into(self, QGuiApplication.clipboard().mimeData())

    def select_all(self) -> None:
        for graphics in self.scene.graphics.values():
            if graphics.isVisible():
                graphics.setSelected(True)

    # Following the scene -------------------------------------------------------------------

    def _on_scene_selection_changed(self) -> None:
        self.properties.show_selection(self.scene.selected_ids())

    def _on_view_pointer_moved(self, x_m: float, y_m: float) -> None:
        self.coordinates.setText(f"x {x_m:.2f} m   y {y_m:.2f} m")

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not getattr(self, "_fitted", False):
            self._fitted = True
            fold_register_on_a_short_screen(self)
            self.view.fit_to_plan()

    def scene_point(self, view_point: QPointF) -> QPointF:
        return self.view.mapToScene(view_point.toPoint())
