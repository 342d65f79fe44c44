"""Who changed what: people, and the change log every write appends to.

The change log is the one record of edits that the History dialog, the activity timeline
and (later) exchange packages and office sync all read. Entries are ordered by their
workspace sequence number, never by wall time: laptop clocks in factories are wrong. Wall
time is kept to show to people.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from dataclasses import dataclass, field

from .errors import ValidationError
from .messages import N_, Message


class Role(enum.Enum):
    CONSULTANT = "consultant"
    INSPECTOR = "inspector"
    MANAGER = "manager"
    OFFICER = "officer"


class Operation(enum.Enum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"  # a deleted record put back under its own id
    BASELINE = "baseline"  # the record as it stood when the workspace started keeping history


MAX_NAME_LENGTH = 200


@dataclass(frozen=True)
class Person:
    """Someone who uses the app: the author of the changes made while they are chosen."""

    name: str
    role: Role = Role.CONSULTANT
    organisation: str = ""
    id: uuid.UUID = field(default_factory=uuid.uuid4)

    def validate(self) -> None:
        problems = {}
        if not self.name.strip():
            problems["name"] = N_("A name is needed: it is shown beside every change you make.")
        elif len(self.name) > MAX_NAME_LENGTH:
            problems["name"] = Message(
                "A name has at most {limit} characters.", limit=MAX_NAME_LENGTH
            )
        if len(self.organisation) > MAX_NAME_LENGTH:
            problems["organisation"] = Message(
                "An organisation has at most {limit} characters.", limit=MAX_NAME_LENGTH
            )
        if problems:
            raise ValidationError(problems)


@dataclass(frozen=True)
class FieldChange:
    """One field's value before and after a change, as stored (JSON-ready values)."""

    name: str
    before: object
    after: object


@dataclass(frozen=True)
class Change:
    """One change-log entry: one operation on one record."""

    sequence: int
    record_kind: str  # the table the record lives in ("hazards", "visits"…)
    record_id: uuid.UUID
    operation: Operation
    fields: tuple[FieldChange, ...]
    at: dt.datetime
    revision: int
    change_set: uuid.UUID  # every change made by one user action shares it
    action: str = ""  # what the user did, in their words ("Edit hazard “Forklift”")
    author_id: uuid.UUID | None = None
    author_name: str = ""
    device_id: uuid.UUID | None = None
    enterprise_id: uuid.UUID | None = None

    def field(self, name: str) -> FieldChange | None:
        return next((f for f in self.fields if f.name == name), None)


@dataclass(frozen=True)
class TimelineFilter:
    """Which of an enterprise's changes to list; None means any."""

    author_id: uuid.UUID | None = None
    record_kind: str | None = None
    first_day: dt.date | None = None
    last_day: dt.date | None = None
    limit: int | None = None
