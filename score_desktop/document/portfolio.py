"""PortfolioDocument: the enterprises and visits every view is a projection of."""

import datetime as dt
import uuid

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..domain.catalogues import ScoreModule
from ..domain.enterprise import Enterprise
from ..domain.errors import KnownProblemError
from ..domain.ports import PortfolioRepository
from ..domain.visit import Visit


class PortfolioDocument(QObject):
    """Enterprises, visits and modules of one workspace, kept in step with its database.

    A document may be created empty and attached to a workspace later (attach()), so the
    window can be on screen before the database layer is even imported.

    The mutators below write through the repository first and change memory and emit only when
    the write succeeded; they are meant for undo commands (see commands.py), never for views.

    Signals:
        reset(): the whole content was replaced (a workspace was attached).
        enterprise_added(Enterprise)
        enterprise_changed(Enterprise): the new value of an edited enterprise.
        enterprise_removed(uuid.UUID)
        visit_added(Visit)
        visit_changed(Visit)
        visit_removed(Visit): the visit as it was before removal.
        modules_changed(): the module catalogue grew.
        problem_occurred(str): an edit, undo or redo failed; the message is for the user.
    """

    reset = Signal()
    enterprise_added = Signal(Enterprise)
    enterprise_changed = Signal(Enterprise)
    enterprise_removed = Signal(uuid.UUID)
    visit_added = Signal(Visit)
    visit_changed = Signal(Visit)
    visit_removed = Signal(Visit)
    modules_changed = Signal()
    problem_occurred = Signal(str)

    def __init__(
        self, repository: PortfolioRepository | None = None, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.repository: PortfolioRepository | None = None
        self.undo_stack = QUndoStack(self)
        self._enterprises: dict[uuid.UUID, Enterprise] = {}
        self._visits: dict[uuid.UUID, Visit] = {}
        self._modules: list[ScoreModule] = []
        if repository is not None:
            self.attach(repository)

    def attach(self, repository: PortfolioRepository) -> None:
        """Load everything from `repository`; edits from now on are written to it."""
        enterprises = {e.id: e for e in repository.list_enterprises()}
        visits = {v.id: v for v in repository.list_visits()}
        modules = repository.list_modules()
        self.undo_stack.clear()
        self.repository = repository
        self._enterprises, self._visits, self._modules = enterprises, visits, modules
        self.reset.emit()

    def is_attached(self) -> bool:
        return self.repository is not None

    # Queries -------------------------------------------------------------------------------

    def enterprises(self) -> list[Enterprise]:
        return sorted(self._enterprises.values(), key=lambda e: e.name.casefold())

    def enterprise(self, enterprise_id: uuid.UUID) -> Enterprise:
        return self._enterprises[enterprise_id]

    def has_enterprise(self, enterprise_id: uuid.UUID) -> bool:
        return enterprise_id in self._enterprises

    def visits_of(self, enterprise_id: uuid.UUID) -> list[Visit]:
        found = [v for v in self._visits.values() if v.enterprise_id == enterprise_id]
        return sorted(found, key=lambda v: v.date)

    def visit(self, visit_id: uuid.UUID) -> Visit:
        return self._visits[visit_id]

    def last_visit_date(self, enterprise_id: uuid.UUID) -> dt.date | None:
        dates = [v.date for v in self._visits.values() if v.enterprise_id == enterprise_id]
        return max(dates, default=None)

    def modules(self) -> list[ScoreModule]:
        return list(self._modules)

    def module_title(self, code: str) -> str:
        return next((m.title for m in self._modules if m.code == code), code)

    def is_empty(self) -> bool:
        return not self._enterprises

    # Edits ---------------------------------------------------------------------------------

    def push(self, command) -> bool:
        """Apply `command` now and put it on the undo stack; False (and a message) on failure.

        The command is applied before it is pushed so that a failed write never leaves a
        command on the stack for something that did not happen.
        """
        try:
            command.apply()
        except KnownProblemError as exc:
            self.problem_occurred.emit(str(exc))
            return False
        command.skip_next_redo()
        self.undo_stack.push(command)
        return True

    def ensure_module(self, title: str) -> ScoreModule:
        """The catalogue module called `title`, added if new (catalogue growth is not undone)."""
        module = self.repository.ensure_module(title)
        if module not in self._modules:
            self._modules = self.repository.list_modules()
            self.modules_changed.emit()
        return module

    # Mutators for commands -----------------------------------------------------------------

    def insert_enterprise(self, enterprise: Enterprise) -> None:
        self.repository.add_enterprise(enterprise)
        self._enterprises[enterprise.id] = enterprise
        self.enterprise_added.emit(enterprise)

    def replace_enterprise(self, enterprise: Enterprise) -> None:
        self.repository.update_enterprise(enterprise)
        self._enterprises[enterprise.id] = enterprise
        self.enterprise_changed.emit(enterprise)

    def remove_enterprise(self, enterprise_id: uuid.UUID) -> tuple[Enterprise, list[Visit]]:
        """Remove an enterprise and its visits; returns them so undo can put them back."""
        enterprise, visits = self._enterprises[enterprise_id], self.visits_of(enterprise_id)
        self.repository.delete_enterprise(enterprise_id)
        for visit in visits:
            del self._visits[visit.id]
        del self._enterprises[enterprise_id]
        self.enterprise_removed.emit(enterprise_id)
        return enterprise, visits

    def restore_enterprise(self, enterprise: Enterprise, visits: list[Visit]) -> None:
        self.repository.restore_enterprise(enterprise, visits)
        self._enterprises[enterprise.id] = enterprise
        self.enterprise_added.emit(enterprise)
        for visit in visits:
            self._visits[visit.id] = visit
            self.visit_added.emit(visit)

    def insert_visit(self, visit: Visit) -> None:
        self.repository.add_visit(visit)
        self._visits[visit.id] = visit
        self.visit_added.emit(visit)

    def replace_visit(self, visit: Visit) -> None:
        self.repository.update_visit(visit)
        self._visits[visit.id] = visit
        self.visit_changed.emit(visit)

    def remove_visit(self, visit_id: uuid.UUID) -> Visit:
        visit = self._visits[visit_id]
        self.repository.delete_visit(visit_id)
        del self._visits[visit_id]
        self.visit_removed.emit(visit)
        return visit
