"""ImprovementBook: an enterprise's EIT (members, meetings, suggestions), its improvement
projects and the review items of follow-up visits, kept in step with the database."""

import uuid

from PySide6.QtCore import QObject

from ..domain.improvement import ImprovementProject, ReviewItem
from ..domain.ports import ImprovementRepository
from ..domain.team import EitMeeting, EitMember, Suggestion
from .record_set import RecordSet, RecordStore

RECORD_TYPES = (EitMember, EitMeeting, Suggestion, ImprovementProject, ReviewItem)


def _kind_and_enterprise(record) -> tuple[type, uuid.UUID] | None:
    enterprise_id = getattr(record, "enterprise_id", None)
    return (type(record), enterprise_id) if enterprise_id is not None else None


class ImprovementBook(RecordSet):
    """The EIT and EIP records of every enterprise (a RecordSet of the RECORD_TYPES), grouped
    by type and enterprise, and review items by visit. Record ids are unique across types;
    every list a signal carries holds records of one type."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(
            {
                "enterprise": lambda r: getattr(r, "enterprise_id", None),
                "owner": _kind_and_enterprise,
                "visit": lambda r: getattr(r, "visit_id", None),
            },
            parent,
            by_enterprise=True,
        )
        self.enterprise_of["owner"] = lambda kind_and_enterprise: kind_and_enterprise[1]
        # None until attach(); the methods writing or reading through it run attached only,
        # hence their casts
        self.repository: ImprovementRepository | None = None

    def attach(self, repository: ImprovementRepository) -> None:
        self.repository = repository
        self.load(
            RecordStore(
                lambda: [r for cls in RECORD_TYPES for r in repository.list_records(cls)],
                repository.add_records,
                repository.update_records,
                lambda removed: repository.delete_records(
                    type(removed[0]), [r.id for r in removed]
                ),
                read_scope=lambda enterprise_id: [
                    r for cls in RECORD_TYPES for r in repository.list_records(cls, enterprise_id)
                ],
            ),
        )

    # Queries -------------------------------------------------------------------------------

    def of(self, cls: type, enterprise_id: uuid.UUID) -> list:
        return self.group("owner", (cls, enterprise_id))

    def members_of(self, enterprise_id: uuid.UUID) -> list[EitMember]:
        return self.of(EitMember, enterprise_id)

    def meetings_of(self, enterprise_id: uuid.UUID) -> list[EitMeeting]:
        return sorted(self.of(EitMeeting, enterprise_id), key=lambda m: m.date)

    def suggestions_of(self, enterprise_id: uuid.UUID) -> list[Suggestion]:
        return sorted(self.of(Suggestion, enterprise_id), key=lambda s: s.date)

    def projects_of(self, enterprise_id: uuid.UUID) -> list[ImprovementProject]:
        return self.of(ImprovementProject, enterprise_id)

    def review_of(self, visit_id: uuid.UUID) -> list[ReviewItem]:
        return [r for r in self.group("visit", visit_id) if isinstance(r, ReviewItem)]

    def everything_of(self, enterprise_id: uuid.UUID, visit_ids: set[uuid.UUID]) -> list[list]:
        """Records of an enterprise, grouped by type in an order that can be re-inserted."""
        groups = [self.of(cls, enterprise_id) for cls in RECORD_TYPES[:-1]]
        groups.append([r for visit_id in visit_ids for r in self.review_of(visit_id)])
        return [group for group in groups if group]
