"""Icons of the window's actions and the plan's tools: Tabler's outline set (MIT licence,
resources/icons/tabler/LICENSE), a few dozen SVG files bundled with the app, drawn by Qt's
SVG icon engine when first painted (no icon font to load at start-up); the few it lacks
are drawn for this app in the same style (resources/icons/drawn/).

A name that has no file gives an empty icon: the action then shows its text only."""

from functools import cache

from PySide6.QtGui import QIcon

from ..paths import resources_dir
from .actions import ActionId

ACTION_ICONS = {
    ActionId.NEW_ENTERPRISE: "building-plus",
    ActionId.EDIT_ENTERPRISE: "pencil",
    ActionId.DELETE_ENTERPRISE: "trash",
    ActionId.NEW_VISIT: "calendar-plus",
    ActionId.EDIT_VISIT: "calendar-event",
    ActionId.DELETE_VISIT: "calendar-x",
    ActionId.EXPORT_VISIT_REPORT: "file-type-pdf",
    ActionId.EXPORT_PROGRESS_REPORT: "report-analytics",
    ActionId.NEW_PLAN: "map-plus",
    ActionId.OPEN_PLAN: "map",
    ActionId.EDIT_PLAN: "map-cog",
    ActionId.DUPLICATE_PLAN: "copy",
    ActionId.DELETE_PLAN: "map-off",
    ActionId.OPEN_IMPROVEMENT: "users-group",
    ActionId.PROGRAMME_INDICATORS: "chart-line",
    ActionId.PROGRAMME_OVERVIEW: "programme-overview",
    ActionId.CLOSE_TAB: "x",
    ActionId.FIND: "search",
    ActionId.PREFERENCES: "settings",
    ActionId.HISTORY: "history",
    ActionId.ACTIVITY: "timeline",
    ActionId.RESTORE_BACKUP: "restore",
    ActionId.COMPACT_WORKSPACE: "package",
    ActionId.QUIT: "power",
    ActionId.GETTING_STARTED: "help",
    ActionId.SHORTCUTS: "keyboard",
    ActionId.LOAD_DEMO: "database-import",
    ActionId.ABOUT: "info-circle",
    ActionId.SIGN_VISIT_REPORT: "signature",
    ActionId.SIGN_EIP_REPORT: "signature",
    ActionId.SEND_ENTERPRISE: "package-send",
    ActionId.RECEIVE_PACKAGE: "package-receive",
    ActionId.CONFLICT_INBOX: "conflict-inbox",
    ActionId.CONNECT_OFFICE: "plug-connected",
    ActionId.SYNC_OFFICE: "refresh",
    ActionId.COMMENTS: "comments",
    ActionId.WALKTHROUGH: "checklist",
    ActionId.CHECKLIST_TEMPLATES: "checklist-edit",
    ActionId.IMPORT_CHECKLIST: "table-import",
    ActionId.EXPORT_CHECKLIST: "table-export",
}
UNDO, REDO = "arrow-back-up", "arrow-forward-up"

TOOL_ICONS = {  # the plan editor's tools, by tool name
    "select": "pointer",
    "hazard": "alert-triangle",
    "zone": "square",
    "polygon": "polygon",
    "aisle": "road",
    "storage": "packages",
    "wall": "wall",
    "door": "door",
    "exit": "door-exit",
    "machine": "building-factory-2",
    "stairs": "stairs",
    "extinguisher": "fire-extinguisher",
    "first_aid": "first-aid-kit",
    "eyewash": "eye",
    "text": "letter-t",
    "measure": "ruler-measure",
    "calibrate": "ruler-2",
}

FILE_ICONS = {  # the plan editor's file actions, by action name
    "import_dxf": "file-cad-import",
    "export_dxf": "file-cad-export",
}


@cache
def icon(name: str) -> QIcon:
    for folder in ("tabler", "drawn"):  # drawn/: a few made for this app in the same style
        path = resources_dir() / "icons" / folder / f"{name}.svg"
        if path.is_file():
            return QIcon(str(path))
    return QIcon()
