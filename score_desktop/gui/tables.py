"""Column widths shared by the app's tables: short fields whole, long ones share the rest, and
what a long one cuts is shown when the pointer rests on it."""

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)

TIP_CHARACTERS = 1500  # of a 10,000-character note, the tip shows the start


def fit_columns(table: QTableView, stretch) -> None:
    """Every column as wide as its contents, but those of `stretch`, which share the room
    left (a name, a title, notes). Qt's fixed 100 px cut dates, positions and headers such as
    'Payback (months)' while a title column had hundreds of pixels to spare. A cell cut
    short shows its whole text as a tip."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    show_cut_text(table)


def show_cut_text(table: QTableView) -> None:
    """Cells cut short show their whole text as a tip (unless the table paints its own)."""
    if type(table.itemDelegate()) is QStyledItemDelegate:  # Qt's own: nothing of ours lost
        table.setItemDelegate(FullTextTips(table))


class FullTextTips(QStyledItemDelegate):
    """A cell whose text ends in '…' (a long title, the attendees of a meeting) shows all of
    it as its tip; a cell with a tip of its own keeps it."""

    def helpEvent(self, event, view, option, index) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.ToolTip or index.data(Qt.ItemDataRole.ToolTipRole):
            return super().helpEvent(event, view, option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if isinstance(text, str) and self.is_cut(option, index, text):
            QToolTip.showText(event.globalPos(), tip_text(text), view)
        else:
            QToolTip.hideText()
        return True

    def is_cut(self, option: QStyleOptionViewItem, index, text: str) -> bool:
        """Whether the cell's text is wider than the room its column gives it."""
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return False
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        return option.fontMetrics.horizontalAdvance(text) > room.width() - 2 * margin


def tip_text(text: str) -> str:
    """`text` as a tip that wraps (rich text: a plain one is a single line across the
    screen), its markup shown as typed, and a very long one shortened."""
    if len(text) > TIP_CHARACTERS:
        text = text[:TIP_CHARACTERS].rstrip() + "…"
    return f"<p>{html.escape(text)}</p>"
