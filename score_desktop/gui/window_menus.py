"""The window's File and Edit menus: which actions, in which groups. The registry in
actions.py holds their words, keys and icons; the window connects them."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenuBar

from .actions import ActionId

# in groups between separators
FILE_MENU = (
    (
        ActionId.NEW_ENTERPRISE,
        ActionId.NEW_VISIT,
        ActionId.NEW_PLAN,
        ActionId.OPEN_PLAN,
        ActionId.OPEN_IMPROVEMENT,
        ActionId.PROGRAMME_INDICATORS,
        ActionId.PROGRAMME_OVERVIEW,
    ),
    (
        ActionId.EXPORT_VISIT_REPORT,
        ActionId.EXPORT_PROGRESS_REPORT,
        ActionId.SIGN_VISIT_REPORT,
        ActionId.SIGN_EIP_REPORT,
    ),
    (ActionId.SEND_ENTERPRISE, ActionId.RECEIVE_PACKAGE, ActionId.CONFLICT_INBOX),
    (ActionId.CHECKLIST_TEMPLATES, ActionId.IMPORT_CHECKLIST, ActionId.EXPORT_CHECKLIST),
    (ActionId.CONNECT_OFFICE, ActionId.SYNC_OFFICE),
    (ActionId.CLOSE_TAB,),
    (ActionId.RESTORE_BACKUP, ActionId.COMPACT_WORKSPACE),
    (ActionId.PREFERENCES,),
    (ActionId.QUIT,),
)
EDIT_MENU = (  # after Undo and Redo
    (ActionId.FIND,),
    (ActionId.HISTORY, ActionId.ACTIVITY, ActionId.COMMENTS),
    (ActionId.EDIT_ENTERPRISE, ActionId.DELETE_ENTERPRISE),
    (ActionId.EDIT_VISIT, ActionId.DELETE_VISIT, ActionId.WALKTHROUGH),
    (ActionId.EDIT_PLAN, ActionId.DUPLICATE_PLAN, ActionId.DELETE_PLAN),
)


def build_menus(bar: QMenuBar, actions: dict[ActionId, QAction], undo_redo: list[QAction]) -> None:
    menus = (
        (QCoreApplication.translate("MainWindow", "&File"), FILE_MENU, []),
        (QCoreApplication.translate("MainWindow", "&Edit"), EDIT_MENU, undo_redo),
    )
    for title, groups, first in menus:
        menu = bar.addMenu(title)
        if first:
            menu.addActions(first)
            menu.addSeparator()
        for n, group in enumerate(groups):
            if n:
                menu.addSeparator()
            menu.addActions([actions[action_id] for action_id in group])
