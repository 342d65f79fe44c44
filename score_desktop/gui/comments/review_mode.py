"""The review mode in widgets: forms shown read-only but for what an enterprise manager may
change, and the controls of edits the mode refuses switched off. The document refuses those
edits anyway (PortfolioDocument.review_refusal); this only says so before anyone clicks or
types. A working mode for honest people, not security."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ...document.portfolio import PortfolioDocument


def review_mode_text() -> str:
    return QCoreApplication.translate(
        "comments",
        "Review mode (enterprise manager): records are read-only; you can comment, update "
        "the projects you are responsible for and decide on the improvement plan.",
    )


# The plan editor in review mode: the tools that only read, and the actions that edit
PLAN_READING_TOOLS = frozenset({"select", "measure"})
PLAN_EDITS = frozenset(
    {
        "delete",
        "duplicate",
        "paste",
        "to_front",
        "to_back",
        "align_left",
        "align_top",
        "finish_shape",
        "import_background",
        "remove_background",
    }
)  # and every nudge_


def may_open_walkthrough(document: PortfolioDocument, visit_id) -> bool:
    """In review mode a walk-through is read, never started: only a visit that has one."""
    if not document.reviewing or visit_id is None:
        return True
    return bool(document.checklists.walkthroughs_of_visit(visit_id))


def show_read_only(form: QWidget, keep: tuple[QWidget, ...] = ()) -> None:
    """Every input of `form` read-only or disabled, but those in `keep` (and their
    children). Text stays selectable: a manager copies from it."""
    kept = set(keep)

    def is_kept(widget: QWidget) -> bool:
        while widget is not None and widget is not form:
            if widget in kept:
                return True
            widget = widget.parentWidget()
        return False

    for widget in form.findChildren(QWidget):
        if is_kept(widget):
            continue
        text_like = isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit)
        if text_like or (
            isinstance(widget, QAbstractSpinBox) and not isinstance(widget, QDateEdit)
        ):
            widget.setReadOnly(True)
            look_read_only(widget)
        elif isinstance(widget, QComboBox | QDateEdit | QAbstractButton):
            widget.setEnabled(False)
        elif isinstance(widget, QAbstractItemView):
            widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            widget.setEnabled(False)


def look_read_only(field: QWidget, read_only: bool = True) -> None:
    """Draw a read-only field on the window's colour, without spin arrows (False: as any
    field again). Qt's styles (Fusion here) draw a read-only field like an editable one,
    white, so a manager could not tell which fields of a form they may change. Disabled
    widgets need nothing: Qt greys them already."""
    if not read_only:
        field.setPalette(QPalette())  # nothing of its own: the application's again
        if isinstance(field, QAbstractSpinBox):
            field.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        return
    palette = field.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        window = palette.color(group, QPalette.ColorRole.Window)
        palette.setColor(group, QPalette.ColorRole.Base, window)
    field.setPalette(palette)
    if isinstance(field, QAbstractSpinBox):
        field.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)


class EditingControls(QWidget):
    """A row of controls for edits the review mode refuses (new, delete, mark…): disabled
    while the document reviews. Qt disables a disabled widget's children whatever their own
    state, and gives each its own state back when the row is enabled again, so the panel
    goes on enabling them by selection or count as before."""

    def __init__(
        self,
        document: PortfolioDocument,
        parent: QWidget | None = None,
        layout: QBoxLayout | None = None,
    ):
        super().__init__(parent)
        self.document = document
        self.row = layout if layout is not None else QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.setLayout(self.row)
        document.mode_changed.connect(self._on_document_mode_changed)
        self._on_document_mode_changed()

    def add(self, *widgets: QWidget, stretch: int = 0) -> None:
        for widget in widgets:
            self.row.addWidget(widget, stretch)

    def _on_document_mode_changed(self) -> None:
        self.setEnabled(not self.document.reviewing)
