"""Comment threads on records, the manager's decision on the improvement plan, and what the
review mode lets an enterprise manager change.

Comments are only added, never edited: two people writing on two laptops make two
records, so threads merge as a union (storage/exchange_store.py carries them as any other
record of the enterprise). The manager's decision on the improvement plan (EIP) is a
comment too, of its own subject kind, with a structured text: the workspace schema has no
table for it, and as a comment it travels, merges and shows in the history the same way.

The review mode is a working mode for honest people sharing files, not security: anyone
can change their role in Preferences. Who may change what is enforced by the office
server, later.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

from .errors import ValidationError
from .history import Person, Role
from .messages import N_, Message

TEXT_MAX = 10_000


class SubjectKind(enum.Enum):
    """What a comment is about (stored as `comments.subject_kind`)."""

    HAZARD = "hazard"
    PROJECT = "improvement_project"
    VISIT = "visit"
    PLAN = "floor_plan"
    # the progress note of an EIP project by its responsible person (subject: the project)
    PROGRESS = "progress_note"
    # the manager's decision on the improvement plan (subject: the enterprise)
    PLAN_DECISION = "plan_decision"


# The kinds shown in one record's thread: a project's thread holds its progress notes
THREAD_KINDS = {
    SubjectKind.HAZARD: (SubjectKind.HAZARD,),
    SubjectKind.PROJECT: (SubjectKind.PROJECT, SubjectKind.PROGRESS),
    SubjectKind.VISIT: (SubjectKind.VISIT,),
    SubjectKind.PLAN: (SubjectKind.PLAN,),
    SubjectKind.PLAN_DECISION: (SubjectKind.PLAN_DECISION,),
}


@dataclass(frozen=True)
class Comment:
    """One message of a thread, with who wrote it (name and role as they were then)."""

    enterprise_id: uuid.UUID
    subject_kind: SubjectKind
    subject_id: uuid.UUID
    author_name: str
    author_role: Role
    written_at: dt.datetime
    text: str
    id: uuid.UUID = field(default_factory=uuid.uuid4)

    def validate(self) -> None:
        problems = {}
        if not self.text.strip():
            problems["text"] = N_("A comment needs some text.")
        elif len(self.text) > TEXT_MAX:
            problems["text"] = Message("A comment has at most {limit} characters.", limit=TEXT_MAX)
        if not self.author_name.strip():
            problems["author_name"] = N_("A comment needs its author's name.")
        if problems:
            raise ValidationError(problems)


def new_comment(
    person: Person,
    enterprise_id: uuid.UUID,
    subject_kind: SubjectKind,
    subject_id: uuid.UUID,
    text: str,
    now: dt.datetime | None = None,
) -> Comment:
    """A comment by `person`, written now (wall time, shown to people only)."""
    return Comment(
        enterprise_id,
        subject_kind,
        subject_id,
        person.name,
        person.role,
        now or dt.datetime.now(dt.UTC),
        text.strip(),
    )


def thread(comments: Iterable[Comment]) -> list[Comment]:
    """Oldest first; comments written at the same time in the order of their ids, so every
    workspace shows a merged thread in the same order."""
    return sorted(comments, key=lambda c: (c.written_at, str(c.id)))


# The decision on the improvement plan --------------------------------------------------


class Decision(enum.Enum):
    APPROVE = "approve"
    REQUEST_CHANGES = "request changes"


@dataclass(frozen=True)
class PlanDecision:
    decision: Decision
    reason: str = ""


DECISION_PREFIX = "decision: "


def decision_text(decision: PlanDecision) -> str:
    """The stored text: a first line naming the decision, then the reason as typed."""
    return f"{DECISION_PREFIX}{decision.decision.value}\n{decision.reason.strip()}".rstrip()


def parse_decision(text: str) -> PlanDecision | None:
    """The decision a comment of kind PLAN_DECISION holds (None: not one this version
    reads, shown as plain text)."""
    first, _, rest = text.partition("\n")
    if not first.startswith(DECISION_PREFIX):
        return None
    try:
        decision = Decision(first.removeprefix(DECISION_PREFIX).strip())
    except ValueError:
        return None
    return PlanDecision(decision, rest.strip())


def check_decision(decision: PlanDecision) -> None:
    if decision.decision is Decision.REQUEST_CHANGES and not decision.reason.strip():
        raise ValidationError(
            {"reason": N_("Say what should change: the consultant reads the reason.")}
        )


# The review mode -----------------------------------------------------------------------

# What the responsible person may change on their EIP project in review mode
REVIEW_PROJECT_FIELDS = frozenset({"status", "after_photo_id", "done_on"})  # done_on: by status


def reviews(person: Person | None) -> bool:
    """Whether this person works in review mode (an enterprise manager)."""
    return person is not None and person.role is Role.MANAGER


def review_refusal(
    person: Person,
    before: object | None,
    after: object | None,
    responsible_name: Callable[[uuid.UUID | None], str],
) -> Message | None:
    """Why a manager in review mode may not make this change of one record (None: allowed).

    Allowed: adding a comment written by them; changing only the status or the after photo
    of an EIP project whose responsible EIT member bears their name; adding a photo taken
    *after* (the evidence of such a project).
    """
    from .improvement import ImprovementProject  # only the review mode needs it
    from .photo import Photo, PhotoKind

    if isinstance(after, Comment) and before is None:
        if after.author_name == person.name:
            return None
        return Message("A comment is written in your own name.")
    if isinstance(after, Photo) and before is None:
        if after.kind is PhotoKind.AFTER:
            return None
        return Message("In review mode only photos taken after an improvement can be added.")
    if isinstance(before, ImprovementProject) and isinstance(after, ImprovementProject):
        if same_person_name(responsible_name(before.responsible_id), person.name):
            changed = {
                name
                for name in before.__dataclass_fields__
                if getattr(before, name) != getattr(after, name)
            }
            if changed <= REVIEW_PROJECT_FIELDS:
                return None
            return Message(
                "In review mode you can change the status and the after photo of your "
                "projects only."
            )
        return Message("In review mode you can update only the projects you are responsible for.")
    return Message(
        "You work in review mode (enterprise manager): records are read-only; comments, your "
        "projects' status and the decision on the plan can be changed."
    )


def same_person_name(a: str, b: str) -> bool:
    """Names compared as people type them (spaces and case aside)."""
    return bool(a.strip()) and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


class CommentRepository(Protocol):
    """Comments (records of the enterprise, exchanged) and which of them were read in this
    workspace (local, never exchanged). Every write is committed at once."""

    def list_comments(self, enterprise_id: uuid.UUID | None = None) -> list[Comment]: ...

    def add_comments(self, comments: list[Comment]) -> None: ...

    def delete_comments(self, comment_ids: list[uuid.UUID]) -> None: ...

    def read_ids(self, enterprise_id: uuid.UUID | None = None) -> set[uuid.UUID]: ...

    def mark_read(self, comment_ids: list[uuid.UUID]) -> None: ...
