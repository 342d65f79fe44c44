"""One undo stack per context the user edits in: the workspace (portfolio, enterprise
panel, photos), each floor plan, each enterprise's EIT & EIP. The stacks sit in one
`QUndoGroup` whose active stack is the context in front, so Undo never takes back an edit
made on a tab the user cannot see (Ctrl+Z on a plan undid an indicator edit on a hidden
tab when all edits shared one stack).

A context is a hashable key: `WORKSPACE`, `plan_context(id)`, `improvement_context(id)`.
Stacks outlive their tabs (a plan closed and opened again keeps its undo history); they
are dropped when a workspace is attached.
"""

from __future__ import annotations

import uuid
from collections.abc import Hashable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoGroup, QUndoStack

WORKSPACE: Hashable = "workspace"


def plan_context(plan_id: uuid.UUID) -> Hashable:
    return ("plan", plan_id)


def improvement_context(enterprise_id: uuid.UUID) -> Hashable:
    return ("improvement", enterprise_id)


class UndoContexts(QObject):
    """The stacks by context and the group that acts on the one in front.

    Signals:
        edited(): any stack's index moved (an edit, an undo or a redo, in any context).
    """

    edited = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.group = QUndoGroup(self)
        self._stacks: dict[Hashable, QUndoStack] = {}
        self.current: Hashable = WORKSPACE
        self.group.setActiveStack(self.stack(WORKSPACE))

    def stack(self, context: Hashable) -> QUndoStack:
        """The stack of `context`, made on first use."""
        stack = self._stacks.get(context)
        if stack is None:
            stack = QUndoStack(self)
            stack.indexChanged.connect(self._on_index_changed)
            self.group.addStack(stack)
            self._stacks[context] = stack
        return stack

    def set_current(self, context: Hashable) -> None:
        """The context in front: Undo and Redo act on its stack, and edits without a
        context of their own go on it."""
        self.current = context
        self.group.setActiveStack(self.stack(context))

    def current_stack(self) -> QUndoStack:
        return self.stack(self.current)

    def clear(self) -> None:
        """Forget every context's steps (a workspace was attached)."""
        for context, stack in list(self._stacks.items()):
            if context == WORKSPACE or context == self.current:
                stack.clear()
                continue
            self.group.removeStack(stack)
            del self._stacks[context]
            stack.deleteLater()

    def _on_index_changed(self, _index: int) -> None:
        self.edited.emit()
