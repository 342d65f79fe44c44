"""ImprovementBook: an enterprise's EIT (members, meetings, suggestions), its improvement
projects and the review items of follow-up visits, kept in step with the database."""

import uuid
from typing import Any, cast

from PySide6.QtCore import QObject, Signal

from ..domain.improvement import ImprovementProject, ReviewItem
from ..domain.ports import ImprovementRepository
from ..domain.team import EitMeeting, EitMember, Suggestion

RECORD_TYPES = (EitMember, EitMeeting, Suggestion, ImprovementProject, ReviewItem)


class ImprovementBook(QObject):
    """Records by type; every list a signal carries holds records of one type.

    Signals:
        records_added(list), records_changed(list), records_removed(list).
        reset(): everything was reloaded.
    """

    records_added = Signal(list)
    records_changed = Signal(list)
    records_removed = Signal(list)
    reset = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        # None until attach(); the methods writing or reading through it run attached only,
        # hence their casts
        self.repository: ImprovementRepository | None = None
        # by class: the records of that class (of RECORD_TYPES) by id
        self._records: dict[type, dict[uuid.UUID, Any]] = {cls: {} for cls in RECORD_TYPES}

    def attach(self, repository: ImprovementRepository) -> None:
        self._records = {
            cls: {r.id: r for r in repository.list_records(cls)} for cls in RECORD_TYPES
        }
        self.repository = repository
        self.reset.emit()

    # Queries -------------------------------------------------------------------------------

    def record(self, cls: type, record_id: uuid.UUID):
        return self._records[cls][record_id]

    def has(self, cls: type, record_id: uuid.UUID) -> bool:
        return record_id in self._records[cls]

    def of(self, cls: type, enterprise_id: uuid.UUID) -> list:
        return [r for r in self._records[cls].values() if r.enterprise_id == enterprise_id]

    def members_of(self, enterprise_id: uuid.UUID) -> list[EitMember]:
        return self.of(EitMember, enterprise_id)

    def meetings_of(self, enterprise_id: uuid.UUID) -> list[EitMeeting]:
        return sorted(self.of(EitMeeting, enterprise_id), key=lambda m: m.date)

    def suggestions_of(self, enterprise_id: uuid.UUID) -> list[Suggestion]:
        return sorted(self.of(Suggestion, enterprise_id), key=lambda s: s.date)

    def projects_of(self, enterprise_id: uuid.UUID) -> list[ImprovementProject]:
        return self.of(ImprovementProject, enterprise_id)

    def review_of(self, visit_id: uuid.UUID) -> list[ReviewItem]:
        return [r for r in self._records[ReviewItem].values() if r.visit_id == visit_id]

    def everything_of(self, enterprise_id: uuid.UUID, visit_ids: set[uuid.UUID]) -> list[list]:
        """Records of an enterprise, grouped by type in an order that can be re-inserted."""
        groups = [self.of(cls, enterprise_id) for cls in RECORD_TYPES[:-1]]
        groups.append([r for r in self._records[ReviewItem].values() if r.visit_id in visit_ids])
        return [group for group in groups if group]

    # Mutators for commands -----------------------------------------------------------------

    def insert(self, records: list) -> None:
        cast(ImprovementRepository, self.repository).add_records(records)
        self._keep(records)
        self.records_added.emit(records)

    def replace(self, records: list) -> None:
        cast(ImprovementRepository, self.repository).update_records(records)
        self._keep(records)
        self.records_changed.emit(records)

    def remove(self, cls: type, ids: list[uuid.UUID]) -> list:
        removed = [self._records[cls][i] for i in ids]
        cast(ImprovementRepository, self.repository).delete_records(cls, ids)
        self.forget(removed)
        return removed

    def forget(self, records: list) -> None:
        """Drop records the database already deleted (by cascade) from memory."""
        for record in records:
            del self._records[type(record)][record.id]
        if records:
            self.records_removed.emit(records)

    def _keep(self, records: list) -> None:
        for record in records:
            self._records[type(record)][record.id] = record
