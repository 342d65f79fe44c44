"""One registry of the window's actions: text, shortcut and tip in one place.

Menus and toolbars only place actions; enablement is set by the window from the selection.
"""

from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence


class ActionId(Enum):
    NEW_ENTERPRISE = auto()
    EDIT_ENTERPRISE = auto()
    DELETE_ENTERPRISE = auto()
    NEW_VISIT = auto()
    EDIT_VISIT = auto()
    DELETE_VISIT = auto()
    EXPORT_VISIT_REPORT = auto()
    EXPORT_PROGRESS_REPORT = auto()
    SIGN_VISIT_REPORT = auto()
    WALKTHROUGH = auto()
    CHECKLIST_TEMPLATES = auto()
    IMPORT_CHECKLIST = auto()
    EXPORT_CHECKLIST = auto()
    SIGN_EIP_REPORT = auto()
    SEND_ENTERPRISE = auto()
    RECEIVE_PACKAGE = auto()
    CONFLICT_INBOX = auto()
    CONNECT_OFFICE = auto()
    SYNC_OFFICE = auto()
    NEW_PLAN = auto()
    OPEN_PLAN = auto()
    EDIT_PLAN = auto()
    DUPLICATE_PLAN = auto()
    DELETE_PLAN = auto()
    OPEN_IMPROVEMENT = auto()
    PROGRAMME_INDICATORS = auto()
    PROGRAMME_OVERVIEW = auto()
    CLOSE_TAB = auto()
    FIND = auto()
    PREFERENCES = auto()
    HISTORY = auto()
    COMMENTS = auto()
    ACTIVITY = auto()
    RESTORE_BACKUP = auto()
    COMPACT_WORKSPACE = auto()
    QUIT = auto()
    GETTING_STARTED = auto()
    SHORTCUTS = auto()
    LOAD_DEMO = auto()
    ABOUT = auto()


# What a read-only workspace disables (edits elsewhere are refused with the reason)
EDITING = (
    ActionId.NEW_ENTERPRISE,
    ActionId.EDIT_ENTERPRISE,
    ActionId.DELETE_ENTERPRISE,
    ActionId.NEW_VISIT,
    ActionId.EDIT_VISIT,
    ActionId.DELETE_VISIT,
    ActionId.NEW_PLAN,
    ActionId.EDIT_PLAN,
    ActionId.DUPLICATE_PLAN,
    ActionId.DELETE_PLAN,
    ActionId.LOAD_DEMO,
    ActionId.CHECKLIST_TEMPLATES,
    ActionId.IMPORT_CHECKLIST,
)


@dataclass(frozen=True)
class ActionSpec:
    text: str
    shortcuts: tuple[QKeySequence | QKeySequence.StandardKey | str, ...] = ()
    tip: str = ""


def _specs() -> dict[ActionId, ActionSpec]:
    return {
        ActionId.NEW_ENTERPRISE: ActionSpec(
            QCoreApplication.translate("actions", "&New enterprise…"),
            (QKeySequence.StandardKey.New,),
            QCoreApplication.translate("actions", "Add an enterprise"),
        ),
        ActionId.EDIT_ENTERPRISE: ActionSpec(
            QCoreApplication.translate("actions", "&Edit enterprise…"),
            ("Ctrl+E",),
            QCoreApplication.translate("actions", "Edit the selected enterprise"),
        ),
        ActionId.DELETE_ENTERPRISE: ActionSpec(
            QCoreApplication.translate("actions", "&Delete enterprise"),
            ("Ctrl+Shift+Del",),
            QCoreApplication.translate("actions", "Delete the selected enterprise and its visits"),
        ),
        ActionId.NEW_VISIT: ActionSpec(
            QCoreApplication.translate("actions", "New &visit…"),
            ("Ctrl+Shift+N",),
            QCoreApplication.translate("actions", "Record a visit to the selected enterprise"),
        ),
        ActionId.EDIT_VISIT: ActionSpec(
            QCoreApplication.translate("actions", "Ed&it visit…"),
            ("Ctrl+Shift+E",),
            QCoreApplication.translate("actions", "Edit the selected visit"),
        ),
        ActionId.DELETE_VISIT: ActionSpec(
            QCoreApplication.translate("actions", "Delete visi&t"),
            ("Ctrl+Del",),
            QCoreApplication.translate("actions", "Delete the selected visit"),
        ),
        ActionId.EXPORT_VISIT_REPORT: ActionSpec(
            QCoreApplication.translate("actions", "E&xport visit report…"),
            (QKeySequence.StandardKey.Print,),
            QCoreApplication.translate("actions", "Write the selected visit's report as PDF"),
        ),
        ActionId.EXPORT_PROGRESS_REPORT: ActionSpec(
            QCoreApplication.translate("actions", "Export monthly &progress report…"),
            ("Ctrl+Shift+P",),
            QCoreApplication.translate(
                "actions", "Indicators, improvement plan and EIT meetings of a month as PDF"
            ),
        ),
        ActionId.WALKTHROUGH: ActionSpec(
            QCoreApplication.translate("actions", "&Walk-through…"),
            ("Ctrl+Shift+W",),
            QCoreApplication.translate(
                "actions", "Answer a checklist on the selected visit, zone by zone"
            ),
        ),
        ActionId.CHECKLIST_TEMPLATES: ActionSpec(
            QCoreApplication.translate("actions", "C&hecklist templates…"),
            ("Ctrl+Shift+L",),
            QCoreApplication.translate(
                "actions",
                "Edit a checklist's sections, items, help, conditions and suggested hazards "
                "and projects; saving adds a new version",
            ),
        ),
        ActionId.IMPORT_CHECKLIST: ActionSpec(
            QCoreApplication.translate("actions", "Import checklist template…"),
            (),
            QCoreApplication.translate(
                "actions", "Add a checklist template written in a spreadsheet (XLSX)"
            ),
        ),
        ActionId.EXPORT_CHECKLIST: ActionSpec(
            QCoreApplication.translate("actions", "Export checklist template…"),
            (),
            QCoreApplication.translate(
                "actions", "Write a checklist template as a spreadsheet to change or translate"
            ),
        ),
        ActionId.SIGN_VISIT_REPORT: ActionSpec(
            QCoreApplication.translate("actions", "&Sign visit report…"),
            (),
            QCoreApplication.translate(
                "actions",
                "Sign the selected visit's report with the inspector and the manager, and "
                "save it as a signed PDF",
            ),
        ),
        ActionId.SIGN_EIP_REPORT: ActionSpec(
            QCoreApplication.translate("actions", "Sign &EIP report…"),
            (),
            QCoreApplication.translate(
                "actions", "Sign the enterprise's improvement plan report and save it as a PDF"
            ),
        ),
        ActionId.SEND_ENTERPRISE: ActionSpec(
            QCoreApplication.translate("actions", "Sen&d enterprise…"),
            ("Ctrl+Shift+S",),
            QCoreApplication.translate(
                "actions",
                "Write the selected enterprise's records, history and photos to a package file "
                "for the inspector, the manager or another consultant",
            ),
        ),
        ActionId.RECEIVE_PACKAGE: ActionSpec(
            QCoreApplication.translate("actions", "&Receive package…"),
            ("Ctrl+Shift+R",),
            QCoreApplication.translate(
                "actions",
                "Merge a package someone sent (or drop the file on the window); "
                "differing changes wait in the conflict inbox",
            ),
        ),
        ActionId.CONFLICT_INBOX: ActionSpec(
            QCoreApplication.translate("actions", "Con&flict inbox…"),
            ("Ctrl+Shift+K",),
            QCoreApplication.translate(
                "actions", "Decide between changes made here and in another workspace"
            ),
        ),
        ActionId.CONNECT_OFFICE: ActionSpec(
            QCoreApplication.translate("actions", "Connect &to office…"),
            (),
            QCoreApplication.translate(
                "actions", "Give the office server's address, your name and your password"
            ),
        ),
        ActionId.SYNC_OFFICE: ActionSpec(
            QCoreApplication.translate("actions", "S&ync"),
            ("F9",),
            QCoreApplication.translate(
                "actions",
                "Send your changes to the office server and bring your colleagues' changes here",
            ),
        ),
        ActionId.NEW_PLAN: ActionSpec(
            QCoreApplication.translate("actions", "New floor &plan…"),
            (),
            QCoreApplication.translate("actions", "Add a floor plan to the selected enterprise"),
        ),
        ActionId.OPEN_PLAN: ActionSpec(
            QCoreApplication.translate("actions", "&Open floor plan"),
            ("Ctrl+O",),
            QCoreApplication.translate("actions", "Open the selected floor plan in a tab"),
        ),
        ActionId.OPEN_IMPROVEMENT: ActionSpec(
            QCoreApplication.translate("actions", "EIT && &improvement plan"),
            ("Ctrl+I",),
            QCoreApplication.translate(
                "actions", "The enterprise's improvement team, projects and follow-up review"
            ),
        ),
        ActionId.PROGRAMME_INDICATORS: ActionSpec(
            QCoreApplication.translate("actions", "&Programme indicators"),
            ("Ctrl+Shift+I",),
            QCoreApplication.translate(
                "actions", "Indicators over all or a selection of enterprises"
            ),
        ),
        ActionId.PROGRAMME_OVERVIEW: ActionSpec(
            QCoreApplication.translate("actions", "Programme &overview"),
            ("Ctrl+Shift+O",),
            QCoreApplication.translate(
                "actions",
                "Hazards by risk and category, projects closed and savings, by country, "
                "sector, module or consultant",
            ),
        ),
        ActionId.EDIT_PLAN: ActionSpec(
            QCoreApplication.translate("actions", "Floor plan &details…"),
            (),
            QCoreApplication.translate("actions", "Rename the plan, set building, floor, notes"),
        ),
        ActionId.DUPLICATE_PLAN: ActionSpec(
            QCoreApplication.translate("actions", "D&uplicate floor plan"),
            (),
            QCoreApplication.translate("actions", "Copy the selected plan with everything on it"),
        ),
        ActionId.DELETE_PLAN: ActionSpec(
            QCoreApplication.translate("actions", "Delete floor p&lan"),
            (),
            QCoreApplication.translate("actions", "Delete the selected floor plan"),
        ),
        ActionId.CLOSE_TAB: ActionSpec(
            QCoreApplication.translate("actions", "&Close tab"), (QKeySequence.StandardKey.Close,)
        ),
        ActionId.FIND: ActionSpec(
            QCoreApplication.translate("actions", "&Find enterprise"),
            (QKeySequence.StandardKey.Find,),
            QCoreApplication.translate("actions", "Search the portfolio"),
        ),
        ActionId.COMMENTS: ActionSpec(
            QCoreApplication.translate("comments", "Comments…"),
            ("Ctrl+Shift+M",),
            QCoreApplication.translate(
                "actions", "The comment thread of the selected hazard, project, visit or plan"
            ),
        ),
        ActionId.HISTORY: ActionSpec(
            QCoreApplication.translate("actions", "&History…"),
            ("Ctrl+H",),
            QCoreApplication.translate(
                "actions", "Every change of the selected record: who, when, old and new values"
            ),
        ),
        ActionId.ACTIVITY: ActionSpec(
            QCoreApplication.translate("actions", "&Activity of the enterprise…"),
            ("Ctrl+Shift+H",),
            QCoreApplication.translate(
                "actions", "Every change to the enterprise's records; restore deleted ones"
            ),
        ),
        ActionId.PREFERENCES: ActionSpec(
            QCoreApplication.translate("actions", "&Preferences…"), ("Ctrl+,",)
        ),
        ActionId.RESTORE_BACKUP: ActionSpec(
            QCoreApplication.translate("actions", "&Restore from backup…"),
            (),
            QCoreApplication.translate(
                "actions", "Put a backup in the workspace's place; the workspace is kept aside"
            ),
        ),
        ActionId.COMPACT_WORKSPACE: ActionSpec(
            QCoreApplication.translate("actions", "Co&mpact workspace"),
            (),
            QCoreApplication.translate(
                "actions", "Remove photo bytes no record refers to and free unused space"
            ),
        ),
        ActionId.QUIT: ActionSpec(
            QCoreApplication.translate("actions", "&Quit"), (QKeySequence.StandardKey.Quit,)
        ),
        ActionId.GETTING_STARTED: ActionSpec(
            QCoreApplication.translate("actions", "&Getting started"),
            (QKeySequence.StandardKey.HelpContents,),
            QCoreApplication.translate("actions", "A short guide from a first visit to its report"),
        ),
        ActionId.SHORTCUTS: ActionSpec(
            QCoreApplication.translate("actions", "&Keyboard shortcuts"),
            ("Ctrl+/",),
            QCoreApplication.translate("actions", "Every shortcut of the window, searchable"),
        ),
        ActionId.LOAD_DEMO: ActionSpec(
            QCoreApplication.translate("actions", "Load &demo enterprise"),
            (),
            QCoreApplication.translate(
                "actions", "Add an example garment factory with visits, a plan, hazards and an EIP"
            ),
        ),
        ActionId.ABOUT: ActionSpec(QCoreApplication.translate("actions", "&About SCORE Desktop")),
    }


def create_actions(parent: QObject) -> dict[ActionId, QAction]:
    actions = {}
    for action_id, spec in _specs().items():
        action = QAction(spec.text, parent)
        action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        if spec.tip:
            action.setStatusTip(spec.tip)
        action.setToolTip(tool_tip(action, spec.tip))
        action.setObjectName(action_id.name.lower())
        actions[action_id] = action
    from .icons import ACTION_ICONS, icon  # icons.py names the actions: imported after them

    for action_id, name in ACTION_ICONS.items():
        actions[action_id].setIcon(icon(name))
    return actions


def shortcut_text(action: QAction) -> str:
    """The action's shortcuts as the user's platform writes them ("" when none)."""
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())


def plain_text(action: QAction) -> str:
    """The action's name without its mnemonic "&" and its trailing "…"."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def tool_tip(action: QAction, tip: str) -> str:
    """What the action does, with its shortcut: every tooltip teaches the keyboard."""
    name = plain_text(action)
    keys = shortcut_text(action)
    head = f"{name} ({keys})" if keys else name
    return f"{head}\n{tip}" if tip else head


def undo_actions(group, parent: QObject, undo_text: str, redo_text: str):
    """The window's Undo and Redo: the undo group's (they act on the stack in front and
    name its step), with their keys, icons, and tips that name both."""
    from .icons import REDO, UNDO, icon

    undo = group.createUndoAction(parent, undo_text)
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    redo = group.createRedoAction(parent, redo_text)
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    for action, name in ((undo, UNDO), (redo, REDO)):
        action.setIcon(icon(name))
        # the group sets the text at each step; the tip follows it
        action.changed.connect(lambda a=action: a.setToolTip(tool_tip(a, "")))
        action.setToolTip(tool_tip(action, ""))
    return undo, redo
