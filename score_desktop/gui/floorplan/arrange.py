"""Arranging the selected drawn items: stacking, nudging, aligning, renaming; each one command."""

import dataclasses

from PySide6.QtCore import QObject

from ...document.plan_commands import UpdatePlanItemsCommand

NUDGE_PX, NUDGE_PX_LARGE = 1, 10  # arrow keys move by screen pixels, Shift by ten


class Arrangement(QObject):
    def __init__(self, editor):
        super().__init__(editor)
        self.editor = editor

    def _push(self, items, text: str, merge_key=None) -> None:
        document = self.editor.plan_document
        document.push(UpdatePlanItemsCommand(document.portfolio, items, text, merge_key=merge_key))

    def restack(self, to_front: bool) -> None:
        items = sorted(self.editor.selected_items(), key=lambda i: i.z)
        if not items:
            return
        document = self.editor.plan_document
        base = document.top_z() + 1 if to_front else document.bottom_z() - len(items)
        new = [dataclasses.replace(i, z=base + n) for n, i in enumerate(items)]
        self._push(new, self.tr("Bring to front") if to_front else self.tr("Send to back"))

    def nudge(self, dx: int, dy: int, large: bool) -> None:
        """By screen pixels whatever the zoom; a run of nudges is one undo step."""
        items = self.editor.selected_items()
        if not items:
            return
        step = (NUDGE_PX_LARGE if large else NUDGE_PX) / (self.editor.view.zoom or 1)
        moved = [i.moved(dx * step, dy * step) for i in items]
        key = ("nudge", tuple(sorted(str(i.id) for i in items)))
        self._push(moved, self.tr("Nudge"), merge_key=key)

    def align(self, edge: str) -> None:
        """`edge`: "left" or "top", to the outermost of the selection's edges."""
        items = self.editor.selected_items()
        if len(items) < 2:
            return
        graphics = self.editor.scene.graphics
        boxes = {i.id: graphics[i.id].sceneBoundingRect() for i in items}
        target = min((b.left() if edge == "left" else b.top()) for b in boxes.values())
        new = []
        for item in items:
            box = boxes[item.id]
            shift = target - (box.left() if edge == "left" else box.top())
            new.append(item.moved(shift, 0) if edge == "left" else item.moved(0, shift))
        self._push(new, self.tr("Align"))

    def rename(self, item_id) -> None:
        item = self.editor.plan_document.item(item_id)
        text, ok = self.editor.ask_text(self.tr("Name"), self.tr("Name:"), item.label)
        if ok and text.strip() != item.label:
            self._push([dataclasses.replace(item, label=text.strip())], self.tr("Rename"))
