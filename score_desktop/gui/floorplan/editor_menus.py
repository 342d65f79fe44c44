"""The plan editor's Edit, View and Plan menus and the keys that act on the plan (nudges,
Esc, Enter). The drawing tools are the editor's own (`editor.py`)."""

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolButton

from ...domain.floorplan import Layer
from ..icons import FILE_ICONS, icon


class EditorMenus(QObject):
    """Builds the menus into `editor`'s tool bar; each action is kept in
    `editor.actions_by_name` (review mode switches the edits off by name)."""

    def __init__(self, editor):
        super().__init__(editor)
        self.editor = editor
        self._build()

    def _action(self, name: str, text: str, slot, shortcuts=(), on_plan=False) -> QAction:
        """`on_plan`: its keys act only while the plan has the focus. Arrows, Enter, Esc,
        letters and Ctrl+A mean something else in the register, the properties and their
        editors (arrows in the register nudged the selected items instead of moving down)."""
        editor = self.editor
        action = QAction(text, editor)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setObjectName(name)
        action.triggered.connect(slot)
        (editor.view if on_plan else editor).addAction(action)
        editor.actions_by_name[name] = action
        return action

    def _build(self) -> None:
        editor = self.editor
        edit = QMenu(self.tr("Edit"), editor)
        edit.addActions(
            [
                self._action(
                    "delete",
                    self.tr("Delete"),
                    editor.delete_selected,
                    (QKeySequence.StandardKey.Delete, "Backspace"),
                ),
                self._action(
                    "duplicate", self.tr("Duplicate"), editor.duplicate_selected, ("Ctrl+D",)
                ),
                self._action(
                    "copy", self.tr("Copy"), editor.copy_selected, (QKeySequence.StandardKey.Copy,)
                ),
                self._action(
                    "paste", self.tr("Paste"), editor.paste, (QKeySequence.StandardKey.Paste,)
                ),
                self._action(
                    "select_all",
                    self.tr("Select all"),
                    editor.select_all,
                    (QKeySequence.StandardKey.SelectAll,),
                    on_plan=True,
                ),
            ]
        )
        edit.addSeparator()
        edit.addActions(
            [
                self._action(
                    "to_front",
                    self.tr("Bring to front"),
                    lambda: editor.arrange.restack(True),
                    ("Ctrl+]",),
                ),
                self._action(
                    "to_back",
                    self.tr("Send to back"),
                    lambda: editor.arrange.restack(False),
                    ("Ctrl+[",),
                ),
                self._action(
                    "align_left", self.tr("Align left edges"), lambda: editor.arrange.align("left")
                ),
                self._action(
                    "align_top", self.tr("Align top edges"), lambda: editor.arrange.align("top")
                ),
            ]
        )
        arrows = (("left", "Left", -1, 0), ("right", "Right", 1, 0), ("up", "Up", 0, -1))
        for name, key, dx, dy in (*arrows, ("down", "Down", 0, 1)):
            for suffix, keys, large in (("", key, False), ("_large", f"Shift+{key}", True)):
                self._action(
                    f"nudge_{name}{suffix}",
                    "",
                    lambda _c=False, x=dx, y=dy, big=large: editor.arrange.nudge(x, y, big),
                    (keys,),
                    on_plan=True,
                )
        self._action("cancel", "", editor.cancel_tool, ("Esc",), on_plan=True)
        self._action("finish_shape", "", editor._finish_polygon, ("Return", "Enter"), on_plan=True)
        self._add_menu_button(self.tr("Edit"), edit)

        view = QMenu(self.tr("View"), editor)
        view.addActions(
            [
                self._action("fit", self.tr("Fit plan"), editor.view.fit_to_plan, ("Ctrl+0",)),
                self._action(
                    "zoom_100",
                    self.tr("Zoom 100 %"),
                    lambda: editor.view.set_zoom(1.0),
                    ("Ctrl+1",),
                ),
                self._action(
                    "zoom_in",
                    self.tr("Zoom in"),
                    lambda: editor.view.zoom_by(1.25),
                    (QKeySequence.StandardKey.ZoomIn, "Ctrl+="),
                ),
                self._action(
                    "zoom_out",
                    self.tr("Zoom out"),
                    lambda: editor.view.zoom_by(0.8),
                    (QKeySequence.StandardKey.ZoomOut,),
                ),
            ]
        )
        view.addSeparator()
        grid = self._action(
            "grid",
            self.tr("Show grid"),
            lambda c: editor.scene.set_grid_visible(c),
            ("G",),
            on_plan=True,
        )
        grid.setCheckable(True)
        grid.setChecked(True)
        view.addAction(grid)
        legend = self._action(
            "legend",
            self.tr("Show legend"),
            lambda _checked: editor._show_legend(),
            ("L",),
            on_plan=True,
        )
        legend.setCheckable(True)
        legend.setChecked(True)
        view.addAction(legend)
        folded = self._action(
            "legend_folded",
            self.tr("Legend: title only"),
            lambda checked: editor.legend_card.set_collapsed(checked),
            ("Shift+L",),
            on_plan=True,
        )
        folded.setCheckable(True)
        view.addAction(folded)
        register = self._action(
            "register_shown",
            self.tr("Show hazard register"),
            lambda checked: editor.splitters[1].set_folded(not checked),
            ("Shift+R",),
            on_plan=True,
        )
        register.setCheckable(True)
        register.setChecked(True)
        view.addAction(register)
        view.addSeparator()
        layer_names = {
            Layer.BACKGROUND: self.tr("Background"),
            Layer.STRUCTURE: self.tr("Structure (walls, doors, exits)"),
            Layer.ZONES: self.tr("Zones and areas"),
            Layer.EQUIPMENT: self.tr("Equipment and safety points"),
            Layer.LABELS: self.tr("Labels"),
            Layer.HAZARDS: self.tr("Hazard pins"),
            Layer.PHOTOS: self.tr("Photo pins"),
        }
        for layer, text in layer_names.items():
            action = self._action(
                f"layer_{layer.value}",
                text,
                lambda c, lay=layer: editor.set_layer_visible(lay, c),
            )
            action.setCheckable(True)
            action.setChecked(True)
            view.addAction(action)
        self._add_menu_button(self.tr("View"), view)

        plan_menu = QMenu(self.tr("Plan"), editor)
        plan_menu.setToolTipsVisible(True)
        plan_menu.addActions(
            [
                self._action(
                    "import_background",
                    self.tr("Import background…"),
                    editor.files.choose_background,
                ),
                self._file_action(
                    "import_dxf",
                    self.tr("Import CAD drawing (DXF)…"),
                    self.tr("A DXF drawing as the background at its true size, layers chosen"),
                    editor.cad.choose_import,
                ),
                self._action(
                    "remove_background",
                    self.tr("Remove background"),
                    editor.files.remove_background,
                ),
            ]
        )
        plan_menu.addSeparator()
        plan_menu.addActions(
            [
                self._action(
                    "export_png", self.tr("Export as PNG…"), editor.files.choose_png_export
                ),
                self._action(
                    "export_svg", self.tr("Export as SVG…"), editor.files.choose_svg_export
                ),
                self._file_action(
                    "export_dxf",
                    self.tr("Export as DXF…"),
                    self.tr("The traced plan for CAD tools, in metres, a layer per kind"),
                    editor.cad.choose_export,
                ),
            ]
        )
        self._add_menu_button(self.tr("Plan"), plan_menu)

    def _file_action(self, name: str, text: str, tip: str, slot) -> QAction:
        action = self._action(name, text, slot)
        action.setIcon(icon(FILE_ICONS[name]))
        action.setToolTip(tip)
        return action

    def _add_menu_button(self, text: str, menu: QMenu) -> None:
        editor = self.editor
        button = QToolButton(editor)
        button.setText(text)
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        editor.toolbar.addWidget(button)
