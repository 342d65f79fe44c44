"""The pin legend on the plan: which risk the pins show (its title), the colours they use,
then what a pin's size and number mean.

The widget lays out and paints its few entries itself. As a rich-text QLabel it parsed and laid
out its HTML again for each size question of the panel's layouts: 5-7 ms of every plan's open.
Names are plain text, so a category called `<b>` shows as typed. A category's dot is its badge,
with its letters (see badges.py).
"""

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontInfo, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from .badges import paint_badge

GAP_PX = 4  # between a dot and its name
SPACING_PX = 12  # between entries on a line
NOTE_GAP_PX = 4  # between the entries and the note
NARROWEST_PX = 120
_BIG = 1 << 20
_ELIDE = Qt.TextElideMode.ElideRight
_WRAP = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
_ONE_LINE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine


class PinLegend(QWidget):
    """Signals:
    contents_changed(): new entries, note or title.
    """

    contents_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._entries: list[tuple[str, str]] = []  # (colour "#RRGGBB", name)
        self._symbols: list[str] = []  # a category's letters, drawn in its dot; or ""
        self._note = ""
        self._title = ""  # which risk the pins show, in bold above the entries
        self._advances: list[int] = []  # each name's width, measured once per change
        self._laid_out: tuple[int, tuple] | None = None  # (width, _layout(width))
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_contents(self, entries: list[tuple], note: str, title: str = "") -> None:
        """`entries`: (colour, name) or (colour, name, letters) in order; with letters, the
        dot is a badge. `title`: a first line in bold (which risk the pins show)."""
        symbols = [str(entry[2]) if len(entry) > 2 else "" for entry in entries]
        entries = [(str(entry[0]), str(entry[1])) for entry in entries]
        new = (entries, symbols, note, title)
        if new == (self._entries, self._symbols, self._note, self._title):
            return
        self._entries, self._symbols, self._note, self._title = new
        self.setAccessibleDescription(self.text())
        self._measure()
        self.contents_changed.emit()

    def _measure(self) -> None:
        metrics = self.fontMetrics()
        self._advances = [metrics.horizontalAdvance(name) for _, name in self._entries]
        self._laid_out = None
        self.updateGeometry()
        self.update()

    def entries(self) -> list[tuple[str, str]]:
        return list(self._entries)

    def symbols(self) -> list[str]:
        return list(self._symbols)

    def title(self) -> str:
        return self._title

    def text(self) -> str:
        """What the legend says, as plain text (title, names, then the note)."""
        names = " · ".join(name for _, name in self._entries)
        return "\n".join(filter(None, (self._title, names, self._note)))

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    # Layout --------------------------------------------------------------------------------

    def _dot(self) -> int:
        """A plain dot, or a badge as tall as a line when the entries have letters."""
        height = self.fontMetrics().height()
        return height if any(self._symbols) else max(6, round(height * 0.6))

    def _layout(self, width: int) -> tuple:
        """(places, note rect, height, title rect) at `width`: a place is (x, y, name width,
        shown name) for left-to-right text; right-to-left mirrors it when painting."""
        if self._laid_out is not None and self._laid_out[0] == width:
            return self._laid_out[1]
        asked, width = width, max(width, NARROWEST_PX)
        metrics = self.fontMetrics()
        line, dot = metrics.height(), self._dot()
        title = QRect()
        if self._title:
            bold = QFontMetrics(self._bold())
            title = bold.boundingRect(QRect(0, 0, width, _BIG), _WRAP, self._title)
        title_rect = QRect(0, 0, width, title.height())
        x, y = 0, title.height() + (NOTE_GAP_PX if self._title else 0)
        places = []
        for (_, name), advance in zip(self._entries, self._advances, strict=True):
            room = width - dot - GAP_PX
            shown = name if advance <= room else metrics.elidedText(name, _ELIDE, room)
            name_width = min(advance, room)
            if x and x + dot + GAP_PX + name_width > width:
                x, y = 0, y + line
            places.append((x, y, name_width, shown))
            x += dot + GAP_PX + name_width + SPACING_PX
        top = y + line + NOTE_GAP_PX if places else y
        note = QRect()
        if self._note:
            note = metrics.boundingRect(QRect(0, 0, width, _BIG), _WRAP, self._note)
        note_rect = QRect(0, top, width, note.height())
        result = (places, note_rect, top + note.height(), title_rect)
        self._laid_out = (asked, result)
        return result

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        # a layout asks with its cell's width, which may be more than the legend may take
        return self.height_at(min(width, self.maximumWidth()))

    def height_at(self, width: int) -> int:
        """The height laid out `width` wide, whatever the widget's own maximum (the band under
        an exported plan is as wide as the plan)."""
        return self._layout(width)[2]

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As wide as the entries on one line (at most the maximum width), as tall as that
        width needs."""
        dot = self._dot()
        one_line = sum(dot + GAP_PX + a + SPACING_PX for a in self._advances)
        width = max(NARROWEST_PX * 2, min(one_line, self.maximumWidth()))
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(NARROWEST_PX, self.heightForWidth(self.sizeHint().width()))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._measure()  # the names' widths in the new font

    # Painting ------------------------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        self.paint_on(painter, self.width(), self.palette().color(QPalette.ColorRole.WindowText))
        painter.end()

    def paint_on(self, painter: QPainter, width: int, text_colour: QColor) -> None:
        """The legend laid out `width` wide from the painter's origin (a widget's, or a band
        under an exported plan, scaled to its resolution): its height is heightForWidth."""
        places, note_rect, _height, title_rect = self._layout(width)
        line, dot = self.fontMetrics().height(), self._dot()
        mirrored = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        painter.save()
        # in pixels: in points, an image of 300 dpi would draw it three times the laid-out size
        font = QFont(self.font())
        font.setPixelSize(QFontInfo(self.font()).pixelSize())
        painter.setLayoutDirection(self.layoutDirection())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._title:
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(text_colour)
            painter.drawText(title_rect, _WRAP, self._title)
        painter.setFont(font)
        for (colour, _name), symbol, (x, y, name_width, shown) in zip(
            self._entries, self._symbols, places, strict=True
        ):
            entry = QRect(x, y, dot + GAP_PX + name_width, line)
            if mirrored:
                entry.moveLeft(width - entry.right() - 1)
                dot_left, name_left = entry.right() + 1 - dot, entry.left()
            else:
                dot_left, name_left = entry.left(), entry.left() + dot + GAP_PX
            dot_rect = QRectF(dot_left, y + (line - dot) / 2, dot, dot)
            if symbol:
                paint_badge(painter, dot_rect, colour, symbol)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(colour))
                painter.drawEllipse(dot_rect)
            painter.setPen(text_colour)
            painter.drawText(QRect(name_left, y, name_width, line), _ONE_LINE, shown)
        if self._note:
            painter.setPen(text_colour)
            painter.drawText(note_rect, _WRAP, self._note)  # mirrored by the painter's direction
        painter.restore()
