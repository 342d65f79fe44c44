"""The selected enterprise's visits: new, edit, delete, and walking a checklist through one
(the window's Visit actions, and a double-click on a visit)."""

from PySide6.QtCore import QObject

from ..document.commands import AddVisitCommand, DeleteVisitCommand, EditVisitCommand
from .actions import ActionId


class VisitActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        a = window.actions
        a[ActionId.NEW_VISIT].triggered.connect(self.new_visit)
        a[ActionId.EDIT_VISIT].triggered.connect(self.edit_visit)
        a[ActionId.DELETE_VISIT].triggered.connect(self.delete_visit)
        a[ActionId.WALKTHROUGH].triggered.connect(self.open_walkthrough)
        window.enterprise_panel.visit_activated.connect(lambda _id: self.edit_visit())

    def new_visit(self) -> None:
        window = self.window
        enterprise_id = window.enterprise_panel.enterprise_id
        if enterprise_id is None:
            return
        from .visit_dialog import VisitDialog

        visit = VisitDialog.blank_for(window.document, enterprise_id)
        dialog = VisitDialog(window.document, visit, is_new=True, parent=window)
        dialog.accepted.connect(
            lambda: window._push(AddVisitCommand(window.document, dialog.accepted_value()))
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def edit_visit(self) -> None:
        window = self.window
        visit_id = window.enterprise_panel.current_visit_id()
        if visit_id is None:
            return
        original = window.document.visit(visit_id)
        from .visit_dialog import VisitDialog

        dialog = VisitDialog(window.document, original, is_new=False, parent=window)

        def on_accepted() -> None:
            if dialog.accepted_value() != original:
                window._push(EditVisitCommand(window.document, dialog.accepted_value()))

        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def open_walkthrough(self) -> None:
        window = self.window
        visit_id = window.enterprise_panel.current_visit_id()
        if visit_id is not None:
            from .checklists.start_dialog import open_walkthrough

            open_walkthrough(window, window.document, visit_id)

    def delete_visit(self) -> None:
        window = self.window
        visit_id = window.enterprise_panel.current_visit_id()
        if visit_id is None:
            return
        visit = window.document.visit(visit_id)
        window.confirm(
            self.tr("Delete the visit of %1?\nYou can undo this with Ctrl+Z.").replace(
                "%1", visit.date.isoformat()
            ),
            lambda: window._push(DeleteVisitCommand(window.document, visit_id)),
        )
