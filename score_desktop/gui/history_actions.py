"""The window's history actions: who is using the app, a record's history, an enterprise's
activity. Kept out of main_window.py, which places the actions and leaves the work here."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ..domain.errors import KnownProblemError
from ..domain.history import Person
from .actions import ActionId
from .history_format import record_under_focus
from .profile import ProfileDialog, store_person, stored_person

D = TypeVar("D", bound=QDialog)


class HistoryActions(QObject):
    """Needs a window with `document`, `settings`, `show_problem` and
    `current_enterprise_id()`."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window

    # Who ---------------------------------------------------------------------------------

    def use_stored_person(self) -> bool:
        """Make the person chosen on this computer the author; False if none was chosen."""
        person = stored_person(self.window.settings)
        if person is None:
            return False
        self.set_person(person)
        return True

    def ask_person(self) -> ProfileDialog:
        """The first-start question: who is using the app (window-modal)."""
        dialog = ProfileDialog(stored_person(self.window.settings), self.window)
        dialog.setObjectName("profile_dialog")
        dialog.accepted.connect(lambda: self.set_person(dialog.chosen))
        return _opened(dialog)

    def set_person(self, person: Person) -> None:
        store_person(self.window.settings, person)
        if not self.window.document.is_attached() or self.window.read_only:
            return  # recorded in the workspace at its next writable open
        try:
            self.window.document.set_author(person)
        except KnownProblemError as exc:
            self.window.show_problem(str(exc))

    # History -----------------------------------------------------------------------------

    def offer_in_context_menu(self, *widgets: QWidget) -> None:
        """Right-click on these views offers History… (a right press selects and focuses the
        row under the mouse, so the history is the clicked record's)."""
        action = self.window.actions[ActionId.HISTORY]
        for widget in widgets:
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            widget.addAction(action)
        comments = getattr(self.window, "comment_actions", None)
        if comments is not None:  # and Comments… on the same record
            comments.offer_in_context_menu(*widgets)

    def show_history(self):
        """The History dialog of the record the user is on (focus, then selection)."""
        ref = record_under_focus(QApplication.focusWidget()) or self.window.history_record()
        if ref is None:
            self.window.show_problem(self.tr("Select a record to see its history."))
            return None
        from .history_dialog import HistoryDialog

        return _opened(HistoryDialog(self.window.document, ref, self.window))

    def show_activity(self):
        enterprise_id = self.window.current_enterprise_id()
        if enterprise_id is None:
            self.window.show_problem(self.tr("Select an enterprise to see its activity."))
            return None
        from .timeline_dialog import TimelineDialog

        return _opened(TimelineDialog(self.window.document, enterprise_id, self.window))


def _opened(dialog: D) -> D:
    """Open `dialog` window-modal, to be deleted when it closes."""
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
