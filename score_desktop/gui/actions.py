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
    FIND = auto()
    PREFERENCES = auto()
    QUIT = auto()
    ABOUT = auto()


@dataclass(frozen=True)
class ActionSpec:
    text: str
    shortcuts: tuple[QKeySequence | QKeySequence.StandardKey | str, ...] = ()
    tip: str = ""


def _tr(text: str) -> str:
    return QCoreApplication.translate("actions", text)


def _specs() -> dict[ActionId, ActionSpec]:
    return {
        ActionId.NEW_ENTERPRISE: ActionSpec(
            _tr("&New enterprise…"), (QKeySequence.StandardKey.New,), _tr("Add an enterprise")
        ),
        ActionId.EDIT_ENTERPRISE: ActionSpec(
            _tr("&Edit enterprise…"), ("Ctrl+E",), _tr("Edit the selected enterprise")
        ),
        ActionId.DELETE_ENTERPRISE: ActionSpec(
            _tr("&Delete enterprise"),
            ("Ctrl+Shift+Del",),
            _tr("Delete the selected enterprise and its visits"),
        ),
        ActionId.NEW_VISIT: ActionSpec(
            _tr("New &visit…"), ("Ctrl+Shift+N",), _tr("Record a visit to the selected enterprise")
        ),
        ActionId.EDIT_VISIT: ActionSpec(
            _tr("Ed&it visit…"), ("Ctrl+Shift+E",), _tr("Edit the selected visit")
        ),
        ActionId.DELETE_VISIT: ActionSpec(
            _tr("Delete visi&t"), ("Ctrl+Del",), _tr("Delete the selected visit")
        ),
        ActionId.EXPORT_VISIT_REPORT: ActionSpec(
            _tr("E&xport visit report…"),
            (QKeySequence.StandardKey.Print,),
            _tr("Write the selected visit's report as PDF"),
        ),
        ActionId.FIND: ActionSpec(
            _tr("&Find enterprise"),
            (QKeySequence.StandardKey.Find,),
            _tr("Search the portfolio"),
        ),
        ActionId.PREFERENCES: ActionSpec(_tr("&Preferences…"), ("Ctrl+,",)),
        ActionId.QUIT: ActionSpec(_tr("&Quit"), (QKeySequence.StandardKey.Quit,)),
        ActionId.ABOUT: ActionSpec(_tr("&About SCORE Desktop")),
    }


def create_actions(parent: QObject) -> dict[ActionId, QAction]:
    actions = {}
    for action_id, spec in _specs().items():
        action = QAction(spec.text, parent)
        action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        if spec.tip:
            action.setStatusTip(spec.tip)
            action.setToolTip(spec.tip)
        action.setObjectName(action_id.name.lower())
        actions[action_id] = action
    return actions
