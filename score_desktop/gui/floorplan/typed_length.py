"""Lengths typed while drawing, one rule for every tool: a wall's length, a zone's or a
machine's width and height, a polygon's side, a measured distance.

Digits and one decimal mark (period, or the comma most languages write), in metres;
Backspace edits, Esc stops typing (a second Esc drops the shape, as in every tool). With two
fields (width and height) Tab, Enter, `x`, `*` or `×` goes from width to height, so "12" Tab
"8" Enter and "12x8" Enter are the same. The view hands these keys to the tool before the
editor's shortcuts (`FloorPlanView.event`): while a length is typed, `x` is no tool letter.
"""

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSimpleTextItem

DIGITS = {getattr(Qt.Key, f"Key_{d}"): str(d) for d in range(10)}
DECIMAL_MARKS = (Qt.Key.Key_Period, Qt.Key.Key_Comma)
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
NEXT_FIELD = (Qt.Key.Key_Tab, Qt.Key.Key_X, Qt.Key.Key_Asterisk, Qt.Key.Key_multiply)
READOUT_COLOUR = "#2874A6"  # the preview's blue


class TypedLengths:
    """The lengths being typed: `fields` of them (1, or 2 for width × height).

    `key()` answers what a key did: "typed" (the text changed), "next" (on to the height),
    "enter" (the lengths are complete), or None (not a typing key now)."""

    def __init__(self, fields: int = 1):
        self.fields = fields
        self.parts = [""]

    def clear(self) -> None:
        self.parts = [""]

    @property
    def typing(self) -> bool:
        return any(self.parts)

    def values(self) -> list[float | None]:
        """Each field's length in metres, None where nothing (or no positive number) is typed."""
        values: list[float | None] = []
        for part in self.parts + [""] * (self.fields - len(self.parts)):
            try:
                metres = float(part)
            except ValueError:
                metres = 0.0
            values.append(metres if metres > 0 else None)
        return values

    @property
    def complete(self) -> bool:
        return all(value is not None for value in self.values())

    def wants(self, event: QKeyEvent, started: bool = True) -> bool:
        """Whether `event` is a typing key now. Digits start typing once the shape is
        `started`; Esc belongs to the typing only while something is typed; Enter while
        something is typed (else it finishes the shape as the tool says)."""
        if not started:
            return False
        key = event.key()
        if key in DIGITS or key in DECIMAL_MARKS:
            return True
        if key in ENTER or key == Qt.Key.Key_Escape or key == Qt.Key.Key_Backspace:
            return self.typing
        return self.fields > 1 and key in NEXT_FIELD and bool(self.parts[0])

    def key(self, event: QKeyEvent) -> str | None:
        key = event.key()
        if key in DIGITS:
            self.parts[-1] += DIGITS[key]
        elif key in DECIMAL_MARKS:
            if "." not in self.parts[-1]:
                self.parts[-1] += "."
        elif key == Qt.Key.Key_Backspace:
            if self.parts[-1]:
                self.parts[-1] = self.parts[-1][:-1]
            elif len(self.parts) > 1:
                self.parts.pop()
        elif key == Qt.Key.Key_Escape:
            self.clear()
        elif key in ENTER:
            if self.complete:
                return "enter"
            if len(self.parts) < self.fields and self.parts[-1]:
                self.parts.append("")
                return "next"
            return "typed"
        elif key in NEXT_FIELD and self.fields > 1:
            if len(self.parts) < self.fields and self.parts[-1]:
                self.parts.append("")
                return "next"
            return "typed"
        else:
            return None
        return "typed"

    def readout(self) -> str:
        """What is typed, as the readout shows it: "4,5 m", "12 × … m" (the locale's mark)."""
        mark = QLocale().decimalPoint()
        shown = [part.replace(".", mark) or "…" for part in self.parts]
        shown += ["…"] * (self.fields - len(shown))
        return " × ".join(shown) + " m"

    def hint(self) -> str:
        if self.fields == 1:
            text = QCoreApplication.translate(
                "TypedLengths", "Length: %1. Enter draws it; Backspace edits; Esc stops typing."
            )
        else:
            text = QCoreApplication.translate(
                "TypedLengths",
                "Size: %1. Tab or x goes to the height, Enter draws it; Backspace edits; "
                "Esc stops typing.",
            )
        return text.replace("%1", self.readout())


class Readout:
    """The length or size beside the pointer while drawing, at the screen's size."""

    def __init__(self, scene):
        self.scene = scene
        self.item: QGraphicsSimpleTextItem | None = None

    def show(self, text: str, at: QPointF) -> None:
        if self.item is None:
            self.item = QGraphicsSimpleTextItem()
            self.item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            self.item.setBrush(QColor(READOUT_COLOUR))
            self.item.setZValue(1e9)
            self.scene.addItem(self.item)
        self.item.setText(text)
        self.item.setPos(at)

    def text(self) -> str:
        return self.item.text() if self.item is not None else ""

    def hide(self) -> None:
        if self.item is not None:
            self.scene.removeItem(self.item)
            self.item = None
