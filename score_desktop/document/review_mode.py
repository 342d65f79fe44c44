"""The review mode of an enterprise manager, as the portfolio document applies it: which
edits it refuses and whose EIP projects the manager may move (docs/review-mode.md)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from ..domain.history import Person


class ReviewMode:
    """Mixed into PortfolioDocument: reads its `person` and `improvement` book."""

    person: Person | None
    improvement: Any

    @property
    def reviewing(self) -> bool:
        """The review mode of an enterprise manager: records are read-only but comments,
        the status and after photo of their EIP projects and the decision on the plan. A
        working mode for honest people sharing files, not security."""
        from ..domain.comments import reviews

        return reviews(self.person)

    def review_refusal(self, command) -> str | None:
        """Why the review mode refuses this command (None: allowed, or not reviewing).
        A command that cannot list its record changes is refused."""
        if not self.reviewing:
            return None
        from ..domain.comments import review_refusal
        from .texts import translated

        person = cast("Person", self.person)
        changes = command.record_changes()
        for before, after in changes if changes is not None else [(None, None)]:
            refusal = review_refusal(person, before, after, self._responsible_name)
            if refusal is not None:
                return translated(refusal)
        return None

    def may_update_project(self, project) -> bool:
        """Whether the person using the app may change this EIP project's status: anyone
        editing; in review mode, the project's responsible person only."""
        if not self.reviewing:
            return True
        from ..domain.comments import same_person_name

        person = cast("Person", self.person)
        return same_person_name(self._responsible_name(project.responsible_id), person.name)

    def _responsible_name(self, member_id: uuid.UUID | None) -> str:
        member = self.improvement.get(member_id) if member_id is not None else None
        return str(getattr(member, "name", ""))
