"""ChecklistBook: the walk-throughs and answers of every enterprise, and the template
versions the workspace holds, kept in step with the database."""

import uuid
from typing import cast

from PySide6.QtCore import QObject, Signal

from ..domain.checklist import ChecklistTemplate
from ..domain.ports import ChecklistRepository
from ..domain.walkthrough import ChecklistAnswer, Walkthrough, answers_by_slot
from ..domain.walkthrough_review import AnswerTally
from .record_set import RecordSet, RecordStore

RECORD_TYPES = (Walkthrough, ChecklistAnswer)


class ChecklistBook(RecordSet):
    """Walk-throughs and answers (a RecordSet of both types) grouped by enterprise, visit
    and walk-through; and the stored template versions.

    Signals besides RecordSet's:
        templates_changed(): a template version was stored.
    """

    templates_changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(
            {
                "enterprise": lambda r: r.enterprise_id,
                "visit": lambda r: getattr(r, "visit_id", None),
                "walkthrough": lambda r: getattr(r, "walkthrough_id", None),
            },
            parent,
            by_enterprise=True,
        )
        self.repository: ChecklistRepository | None = None
        self._templates: dict[uuid.UUID, ChecklistTemplate] = {}

    def attach(self, repository: ChecklistRepository) -> None:
        self.repository = repository
        self._templates = {t.id: t for t in repository.list_templates()}
        self.load(
            RecordStore(
                lambda: [r for cls in RECORD_TYPES for r in repository.list_records(cls)],
                repository.add_records,
                repository.update_records,
                lambda removed: _delete(repository, removed),
                read_scope=lambda enterprise_id: [
                    r for cls in RECORD_TYPES for r in repository.list_records(cls, enterprise_id)
                ],
            ),
        )

    # Templates -----------------------------------------------------------------------------

    def stored_templates(self) -> list[ChecklistTemplate]:
        return list(self._templates.values())

    def template(self, template_id: uuid.UUID) -> ChecklistTemplate:
        return self._templates[template_id]

    def ensure_template(self, template: ChecklistTemplate) -> None:
        """Store a template version if the workspace lacks it. Versions are only ever added
        (walk-throughs read the version they used), so this is not undone."""
        if template.id in self._templates:
            return
        cast(ChecklistRepository, self.repository).add_template(template)
        self._templates[template.id] = template
        self.templates_changed.emit()

    # Queries -------------------------------------------------------------------------------

    def walkthroughs_of_visit(self, visit_id: uuid.UUID) -> list[Walkthrough]:
        return [r for r in self.group("visit", visit_id) if isinstance(r, Walkthrough)]

    def walkthroughs_of(self, enterprise_id: uuid.UUID) -> list[Walkthrough]:
        return [r for r in self.group("enterprise", enterprise_id) if isinstance(r, Walkthrough)]

    def walkthrough(self, walkthrough_id: uuid.UUID) -> Walkthrough:
        return self.record(walkthrough_id)

    def answers_of(self, walkthrough_id: uuid.UUID) -> list[ChecklistAnswer]:
        return self.group("walkthrough", walkthrough_id)

    def answers_by_slot(self, walkthrough_id: uuid.UUID):
        return answers_by_slot(self.answers_of(walkthrough_id))

    def answer_tallies(self, enterprise_ids: list[uuid.UUID] | None = None) -> list[AnswerTally]:
        """Counted by the database (see SqlChecklistRepository.answer_tallies)."""
        return cast(ChecklistRepository, self.repository).answer_tallies(enterprise_ids)


def _delete(repository: ChecklistRepository, removed: list) -> None:
    """Answers before their walk-through (a follow-up's start removes both at once)."""
    for cls in (ChecklistAnswer, Walkthrough):
        ids = [r.id for r in removed if isinstance(r, cls)]
        if ids:
            repository.delete_records(cls, ids)
