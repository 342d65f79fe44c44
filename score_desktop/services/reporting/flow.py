"""Flowables that stay small, whatever a user typed.

reportlab lays a Paragraph out again each time it is split across a page, and a table again
measures every cell of the rows left each time it splits. One 200,000-character note was one
Paragraph re-broken on each of its pages (26 s, growing with the square of the length). Here
long text is cut into pieces of bounded size (`pieces`) held by one `TextBlock`, each
Paragraph remembers its layout per width (`Para`), and table rows may split inside
(`PageTable`), so a row taller than a page never stops a report.
"""

import re
import unicodedata

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

PIECE_CHARS = 4000  # at most this many characters are laid out again when a piece splits
ROW_KEPT_WHOLE = 120.0  # points: a row up to this tall moves to the next page whole

# a break after a sentence (with its spaces), or after a full stop that needs no space
_SENTENCE_END = re.compile(r"[.!?。！？؟۔।]+\s+|[。！？]")
_SPACE = re.compile(r"\s+")
_JOINERS = {"\u200d", "\u034f"}  # zero-width joiner, combining grapheme joiner


def pieces(text: str, limit: int = PIECE_CHARS) -> list[str]:
    """`text` cut into pieces of at most `limit` characters: at a line break in the last half
    of the window if there is one, else after a sentence, else at a space, else (a word
    longer than `limit`) between two characters that do not join. A line break or space at
    a cut is dropped: the next piece starts on a new line."""
    out: list[str] = []
    start = 0
    while len(text) - start > limit:
        low, end = start + limit // 2, start + limit
        newline = text.rfind("\n", low, end)
        if newline >= 0:
            out.append(text[start:newline])
            start = newline + 1
            continue
        sentence = _last(_SENTENCE_END, text, low, end)
        space = sentence or _last(_SPACE, text, low, end)
        if sentence is not None:
            out.append(text[start : sentence.end()].rstrip())
            start = sentence.end()
        elif space is not None:
            out.append(text[start : space.start()])
            start = space.end()
        else:
            cut = _cluster_start(text, end, start + 1)
            out.append(text[start:cut])
            start = cut
    out.append(text[start:])
    return out


def _last(pattern: re.Pattern, text: str, low: int, end: int):
    matches = list(pattern.finditer(text, low, end))
    return matches[-1] if matches else None


def _cluster_start(text: str, cut: int, least: int) -> int:
    """`cut` moved back until it does not fall inside a character cluster (before a mark,
    variation selector or joiner, or after a joiner)."""
    while cut > least and (
        unicodedata.category(text[cut])[0] == "M"
        or text[cut] in _JOINERS
        or text[cut - 1] in _JOINERS
        or "\ufe00" <= text[cut] <= "\ufe0f"
    ):
        cut -= 1
    return cut


class Para(Paragraph):
    """A Paragraph that keeps its line breaking per width: a table lays out the cells of
    every remaining row again each time it splits, which without this breaks the same text
    into lines once per page."""

    _LAYOUT = ("width", "height", "blPara", "_wrapWidths", "_width_max")

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab API
        layouts = self.__dict__.setdefault("_layouts", {})
        known = layouts.get(availWidth)
        if known is not None:
            self.__dict__.update(known[0])
            return known[1]
        size = super().wrap(availWidth, availHeight)
        layouts[availWidth] = ({k: v for k, v in self.__dict__.items() if k in self._LAYOUT}, size)
        return size


class TextBlock(Flowable):
    """Long text as pieces laid out one under the other, as one flowable: it splits between
    pieces, or inside one, so a split lays out at most one piece again."""

    def __init__(self, paragraphs: list[Paragraph]):
        super().__init__()
        self.paragraphs = paragraphs
        self.spaceBefore = paragraphs[0].style.spaceBefore
        self.spaceAfter = paragraphs[-1].style.spaceAfter
        self._heights: list[float] = []

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab API
        self.width = availWidth
        self._heights = [p.wrap(availWidth, availHeight)[1] for p in self.paragraphs]
        self.height = sum(self._heights)
        return availWidth, self.height

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab API
        if not self._heights:  # as Paragraph.split: the last layout counts (a table splits a
            self.wrap(availWidth, availHeight)  # cell at its width with the padding)
        used = 0.0
        for index, (paragraph, height) in enumerate(
            zip(self.paragraphs, self._heights, strict=True)
        ):
            if used + height > availHeight:
                parts = paragraph.split(availWidth, availHeight - used)
                if len(parts) != 1:  # one part: it fits after all (rounding)
                    before, after = self.paragraphs[:index], self.paragraphs[index + 1 :]
                    head = before + parts[:1]
                    tail = parts[1:] + after if parts else [paragraph, *after]
                    return [TextBlock(head), TextBlock(tail)] if head else []
            used += height
        return [self]

    def minWidth(self):  # noqa: N802 - reportlab API
        return max(p.minWidth() for p in self.paragraphs)

    def draw(self) -> None:
        y = self.height
        for paragraph, height in zip(self.paragraphs, self._heights, strict=True):
            y -= height
            paragraph.drawOn(self.canv, 0, y)


class PageTable(Table):
    """A table whose rows may split across pages, but only rows taller than `ROW_KEPT_WHOLE`:
    reportlab otherwise splits any row that does not fit, leaving a header and an empty sliver
    of a short row at the foot of a page. A tall row is split where the page ends: reportlab
    would end the table before it and split it on the same page under a repeated header."""

    def __init__(self, data, **kwargs):
        for name, default in (("hAlign", "LEFT"), ("splitByRow", 1), ("splitInRow", 1)):
            kwargs.setdefault(name, default)  # reportlab passes them on to a split's parts
        super().__init__(data, **kwargs)

    def split(self, availWidth, availHeight):  # noqa: N803 - reportlab API
        self._calc(availWidth, availHeight)
        row = self._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans=1)
        if row < len(self._rowHeights) and self._rowHeights[row] > ROW_KEPT_WHOLE:
            parts = self._splitRows(availHeight, doInRowSplit=1)
            if parts:
                return parts
        return super().split(availWidth, availHeight)

    def _splitRows(self, availHeight, doInRowSplit=0):  # noqa: N802, N803 - reportlab API
        if doInRowSplit:
            row = self._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans=1)
            if row < len(self._rowHeights) and self._rowHeights[row] <= ROW_KEPT_WHOLE:
                return []
        return super()._splitRows(availHeight, doInRowSplit)


class KeepShortTogether(KeepTogether):
    """Kept on one page when it fits on one. Content taller than a page starts where it is
    when at least `room` is left: reportlab's KeepTogether starts it on a new page, leaving
    the heading before it alone at the foot of the last one."""

    def __init__(self, flowables, room: float = 55 * mm):
        super().__init__(flowables)
        self.room = room

    def split(self, aW, aH):  # noqa: N803 - reportlab API
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        frame = getattr(self, "_frame", None)
        if frame is not None and frame._height < self._H and aH >= self.room:
            # led by an action, as KeepTogether does: the frame then lays out the parts
            # one by one instead of expecting the first to fit whole
            return [self.NullActionFlowable(), *self._content]
        return super().split(aW, aH)
