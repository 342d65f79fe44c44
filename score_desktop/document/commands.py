"""Undoable edits. Each command changes the document, never a view.

ReplaceRecordsCommand is the one command that changes a RecordSet: adding, editing and
deleting any kind of record are instances of it (or thin subclasses naming the step). A cascade
is a CompositeCommand whose parts change the dependants before the record they depend on (as
Orange canvas removes a node's links before the node), so undo puts the record back first.
"""

import dataclasses
import time
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..domain.enterprise import Enterprise
from ..domain.errors import KnownProblemError
from ..domain.visit import Visit
from .portfolio import PortfolioDocument
from .record_set import RecordSet
from .texts import error_text


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

    def record_changes(self) -> list[tuple[Any, Any]] | None:
        """The records this command changes, as (before, after) pairs (None for an added
        record's before and a removed one's after), for the review mode to check; None when
        the command does not say (the review mode then refuses it)."""
        return None

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
            self.document.problem_occurred.emit(error_text(exc))


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

    def record_changes(self) -> list[tuple[Any, Any]] | None:
        changes: list[tuple[Any, Any]] = []
        for part in self.parts:
            found = part.record_changes()
            if found is None:
                return None
            changes += found
        return changes


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


class ReplaceRecordsCommand(MergingCommand):
    """Replace `before` by `after` in one RecordSet.

    A record only in `after` is added, only in `before` removed, in both changed. `check`
    validates the new values before anything is written. Successive commands with the same
    merge key (typing in a field) become one step.
    """

    ID = 1001

    def __init__(
        self,
        document: PortfolioDocument,
        records: RecordSet | Callable[[], RecordSet],
        before: list,
        after: list,
        text: str,
        merge_key=None,
        check: Callable[[list], None] | None = None,
    ):
        super().__init__(document, text, merge_key)
        self._records = records
        self.old, self.new = list(before), list(after)
        self.check = check

    @property
    def records(self) -> RecordSet:
        """Found when used: a plan's items are a PlanDocument made when first asked for."""
        return self._records if isinstance(self._records, RecordSet) else self._records()

    def apply(self) -> None:
        if self.check is not None:
            self.check(self.new)
        self._change(self.old, self.new)

    def revert(self) -> None:
        self._change(self.new, self.old)

    def record_changes(self) -> list[tuple[Any, Any]] | None:
        old = {r.id: r for r in self.old}
        new = {r.id: r for r in self.new}
        return [(old.get(i), new.get(i)) for i in {**old, **new}]

    def _change(self, before: list, after: list) -> None:
        before_ids = {r.id for r in before}
        after_ids = {r.id for r in after}
        steps: list[tuple[Callable, Callable]] = []
        removed = [r for r in before if r.id not in after_ids]
        changed_old = [r for r in before if r.id in after_ids]
        changed = [r for r in after if r.id in before_ids]
        added = [r for r in after if r.id not in before_ids]
        if removed:
            steps.append(
                (
                    lambda: self.records.remove([r.id for r in removed]),
                    lambda: self.records.insert(removed),
                )
            )
        if changed:
            steps.append(
                (lambda: self.records.replace(changed), lambda: self.records.replace(changed_old))
            )
        if added:
            steps.append(
                (
                    lambda: self.records.insert(added),
                    lambda: self.records.remove([r.id for r in added]),
                )
            )
        done: list[Callable] = []
        try:
            for step, undo_step in steps:
                step()
                done.append(undo_step)
        except KnownProblemError:
            for undo_step in reversed(done):
                undo_step()
            raise


# Records of the portfolio, and the cascades of deleting them --------------------------------


class AddEnterpriseCommand(ReplaceRecordsCommand):
    def __init__(self, document: PortfolioDocument, enterprise: Enterprise):
        text = QCoreApplication.translate("commands", "Add enterprise “%s”")
        super().__init__(
            document, document.enterprise_set, [], [enterprise], text % short_name(enterprise.name)
        )
        self.enterprise = enterprise


class EditEnterpriseCommand(ReplaceRecordsCommand):
    def __init__(self, document: PortfolioDocument, new: Enterprise):
        text = QCoreApplication.translate("commands", "Edit enterprise “%s”")
        old = document.enterprise(new.id)
        super().__init__(
            document, document.enterprise_set, [old], [new], text % short_name(new.name)
        )


class DeleteEnterpriseCommand(CompositeCommand):
    """Deletes an enterprise with everything it holds; undo restores them under the same ids.

    The parts delete dependants first (EIT and EIP records, photos, hazards, plans, indicator
    values, visits, comments), the enterprise last; undo puts the enterprise back first.
    """

    def __init__(self, document: PortfolioDocument, enterprise_id: uuid.UUID):
        enterprise = document.enterprise(enterprise_id)
        text = QCoreApplication.translate("commands", "Delete enterprise “%s”") % short_name(
            enterprise.name
        )
        visits = document.visits_of(enterprise_id)
        book = document.improvement
        parts: list[DocumentCommand] = [
            ReplaceRecordsCommand(document, book, group, [], text)
            for group in reversed(book.everything_of(enterprise_id, {v.id for v in visits}))
        ]
        parts += checklist_parts(document, document.checklists.walkthroughs_of(enterprise_id), text)
        parts += [
            ReplaceRecordsCommand(document, document.photos, records, [], text)
            for records in [document.photos.photos_of(enterprise_id)]
            if records
        ]
        parts += [
            ReplaceRecordsCommand(document, document.hazards, records, [], text)
            for records in [document.hazards.hazards_of(enterprise_id)]
            if records
        ]
        for plan in document.plans_of(enterprise_id):
            parts += delete_plan_parts(document, plan.id, text, unpin=False)
        parts += [
            ReplaceRecordsCommand(document, document.indicators, group, [], text)
            for group in reversed(document.indicators.everything_of(enterprise_id))
        ]
        if visits:
            parts.append(ReplaceRecordsCommand(document, document.visit_set, visits, [], text))
        comments = document.comments.group("enterprise", enterprise_id)
        if comments:
            parts.append(ReplaceRecordsCommand(document, document.comments, comments, [], text))
        parts.append(
            ReplaceRecordsCommand(document, document.enterprise_set, [enterprise], [], text)
        )
        super().__init__(document, text, parts)
        self.enterprise_id = enterprise_id


class AddVisitCommand(ReplaceRecordsCommand):
    def __init__(self, document: PortfolioDocument, visit: Visit):
        text = QCoreApplication.translate("commands", "Add visit of %s") % visit.date.isoformat()
        super().__init__(document, document.visit_set, [], [visit], text)
        self.visit = visit


class EditVisitCommand(ReplaceRecordsCommand):
    def __init__(self, document: PortfolioDocument, new: Visit):
        text = QCoreApplication.translate("commands", "Edit visit of %s") % new.date.isoformat()
        super().__init__(document, document.visit_set, [document.visit(new.id)], [new], text)


class DeleteVisitCommand(CompositeCommand):
    """Deletes the visit's review, unlinks its photos, then deletes the visit."""

    def __init__(self, document: PortfolioDocument, visit_id: uuid.UUID):
        visit = document.visit(visit_id)
        text = QCoreApplication.translate("commands", "Delete visit of %s") % visit.date.isoformat()
        reviewed = document.improvement.review_of(visit_id)
        parts: list[DocumentCommand] = []
        if reviewed:
            parts.append(ReplaceRecordsCommand(document, document.improvement, reviewed, [], text))
        parts += checklist_parts(
            document, document.checklists.walkthroughs_of_visit(visit_id), text
        )
        parts.append(unlink_photos_command(document, "visit_id", {visit_id}, text))
        parts.append(ReplaceRecordsCommand(document, document.visit_set, [visit], [], text))
        super().__init__(document, text, parts)
        self.visit = visit


def checklist_parts(
    document: PortfolioDocument, walkthroughs: list, text: str
) -> list[DocumentCommand]:
    """Delete walk-throughs' answers, then the walk-throughs (undo: the other way)."""
    if not walkthroughs:
        return []
    book = document.checklists
    answers = [a for w in walkthroughs for a in book.answers_of(w.id)]
    parts: list[DocumentCommand] = []
    if answers:
        parts.append(ReplaceRecordsCommand(document, book, answers, [], text))
    parts.append(ReplaceRecordsCommand(document, book, walkthroughs, [], text))
    return parts


def unlink_photos_command(
    document: PortfolioDocument, field: str, ids: set[uuid.UUID], text: str
) -> ReplaceRecordsCommand:
    """The part of a delete that clears the photos' link (hazard_id, visit_id) to the deleted
    records, so undo links them again once those records are back."""
    linked = [photo for key in ids for photo in document.photos.group(field, key)]
    # `field` names a link: mypy checks None against every field
    unlinked = [dataclasses.replace(p, **{field: None}) for p in linked]  # type: ignore[arg-type]
    return ReplaceRecordsCommand(document, document.photos, linked, unlinked, text)


def delete_plan_parts(
    document: PortfolioDocument, plan_id: uuid.UUID, text: str, unpin: bool = True
) -> list[DocumentCommand]:
    """Unpin the plan's hazards, delete its items, then the plan: the hazards stay in the
    register; undo pins them again once the plan and its items are back. (Deleting an
    enterprise deletes its hazards before its plans: nothing is left to unpin.)"""
    pinned = document.hazards.hazards_on(plan_id) if unpin else []
    unpinned = [dataclasses.replace(h, plan_id=None, position=None) for h in pinned]
    items = document.plan_document(plan_id).items()
    parts: list[DocumentCommand] = []
    if pinned:
        parts.append(ReplaceRecordsCommand(document, document.hazards, pinned, unpinned, text))
    if items:
        parts.append(
            ReplaceRecordsCommand(
                document, lambda: document.plan_document(plan_id), items, [], text
            )
        )
    parts.append(
        ReplaceRecordsCommand(document, document.plan_set, [document.plan(plan_id)], [], text)
    )
    return parts
