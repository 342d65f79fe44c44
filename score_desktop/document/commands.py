"""Undoable edits of the portfolio. Each command changes the document, never a view."""

import time
import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..domain.enterprise import Enterprise
from ..domain.errors import KnownProblemError
from ..domain.visit import Visit
from .portfolio import PortfolioDocument, RemovedEnterprise

if TYPE_CHECKING:
    from ..domain.photo import Photo


def short_name(name: str, limit: int = 40) -> str:
    name = " ".join(name.split())
    return name if len(name) <= limit else name[: limit - 1] + "…"


class DocumentCommand(QUndoCommand):
    """A command applied once by PortfolioDocument.push, then redone/undone by the stack.

    Failures during undo/redo (a locked or full disk) are reported through the document's
    problem_occurred signal: exceptions cannot travel back through Qt's C++ stack.
    """

    def __init__(self, document: PortfolioDocument, text: str):
        super().__init__(text)
        self.document = document
        self._skip_redo = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def skip_next_redo(self) -> None:
        self._skip_redo = True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._guarded(self.apply, QCoreApplication.translate("commands", "Redo: %s"))

    def undo(self) -> None:
        self._guarded(self.revert, QCoreApplication.translate("commands", "Undo: %s"))

    def _guarded(self, action, label: str) -> None:
        try:
            with self.document.acting(label % self.text()):
                action()
        except KnownProblemError as exc:
            self.setObsolete(True)
            self.document.problem_occurred.emit(str(exc))


class CompositeCommand(DocumentCommand):
    """Several commands as one undo step (a hazard and the photos dropped on its form).

    If one part fails, the parts already applied are reverted before the error goes on.
    """

    def __init__(self, document: PortfolioDocument, text: str, parts: list[DocumentCommand]):
        super().__init__(document, text)
        self.parts = list(parts)

    def apply(self) -> None:
        done = []
        try:
            for part in self.parts:
                part.apply()
                done.append(part)
        except KnownProblemError:
            for part in reversed(done):
                part.revert()
            raise

    def revert(self) -> None:
        for part in reversed(self.parts):
            part.revert()


MERGE_WINDOW_S = 2.0  # edits of the same field closer than this become one undo step


class MergingCommand(DocumentCommand):
    """A command replacing old values by `new`; successive ones with the same merge key merge
    (typing in a field, spinning a value, nudging), so one gesture is one undo step.

    Subclasses set `ID` (one per class) and `self.new`; a merge keeps the first `old` and
    takes the latest `new`.
    """

    ID = -1
    new: Any  # set by each subclass

    def __init__(self, document: PortfolioDocument, text: str, merge_key=None):
        super().__init__(document, text)
        self.merge_key = merge_key
        self._time = time.monotonic()

    def id(self) -> int:
        return self.ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if type(other) is not type(self) or other.merge_key != self.merge_key:
            return False
        if other._time - self._time > MERGE_WINDOW_S:
            return False
        self.new, self._time = other.new, other._time
        return True


class AddEnterpriseCommand(DocumentCommand):
    def __init__(self, document: PortfolioDocument, enterprise: Enterprise):
        super().__init__(
            document,
            QCoreApplication.translate("commands", "Add enterprise “%s”")
            % short_name(enterprise.name),
        )
        self.enterprise = enterprise

    def apply(self) -> None:
        self.document.insert_enterprise(self.enterprise)

    def revert(self) -> None:
        self.document.remove_enterprise(self.enterprise.id)


class EditEnterpriseCommand(DocumentCommand):
    def __init__(self, document: PortfolioDocument, new: Enterprise):
        super().__init__(
            document,
            QCoreApplication.translate("commands", "Edit enterprise “%s”") % short_name(new.name),
        )
        self.old = document.enterprise(new.id)
        self.new = new

    def apply(self) -> None:
        self.document.replace_enterprise(self.new)

    def revert(self) -> None:
        self.document.replace_enterprise(self.old)


class DeleteEnterpriseCommand(DocumentCommand):
    """Deletes an enterprise with all its visits; undo restores them under the same ids."""

    def __init__(self, document: PortfolioDocument, enterprise_id: uuid.UUID):
        name = document.enterprise(enterprise_id).name
        super().__init__(
            document,
            QCoreApplication.translate("commands", "Delete enterprise “%s”") % short_name(name),
        )
        self.enterprise_id = enterprise_id
        self._removed: RemovedEnterprise | None = None

    def apply(self) -> None:
        self._removed = self.document.remove_enterprise(self.enterprise_id)

    def revert(self) -> None:
        assert self._removed is not None
        self.document.restore_enterprise(self._removed)


class AddVisitCommand(DocumentCommand):
    def __init__(self, document: PortfolioDocument, visit: Visit):
        super().__init__(
            document,
            QCoreApplication.translate("commands", "Add visit of %s") % visit.date.isoformat(),
        )
        self.visit = visit

    def apply(self) -> None:
        self.document.insert_visit(self.visit)

    def revert(self) -> None:
        self.document.remove_visit(self.visit.id)


class EditVisitCommand(DocumentCommand):
    def __init__(self, document: PortfolioDocument, new: Visit):
        super().__init__(
            document,
            QCoreApplication.translate("commands", "Edit visit of %s") % new.date.isoformat(),
        )
        self.old = document.visit(new.id)
        self.new = new

    def apply(self) -> None:
        self.document.replace_visit(self.new)

    def revert(self) -> None:
        self.document.replace_visit(self.old)


class DeleteVisitCommand(DocumentCommand):
    def __init__(self, document: PortfolioDocument, visit_id: uuid.UUID):
        visit = document.visit(visit_id)
        super().__init__(
            document,
            QCoreApplication.translate("commands", "Delete visit of %s") % visit.date.isoformat(),
        )
        self.visit = visit
        self._photos: list[Photo] = []

    def apply(self) -> None:
        reviewed = self.document.improvement.review_of(self.visit.id)
        self.document.remove_visit(self.visit.id)
        self._reviewed = reviewed  # the database deleted them with the visit
        self.document.improvement.forget(reviewed)
        self._photos = self.document.photos.unlink("visit_id", {self.visit.id})

    def revert(self) -> None:
        self.document.insert_visit(self.visit)
        if self._reviewed:
            self.document.improvement.insert(self._reviewed)
        if self._photos:
            self.document.photos.replace(self._photos)
