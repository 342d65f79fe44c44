"""The review mode in widgets: forms shown read-only but for what an enterprise manager may
change. The document refuses the rest anyway (PortfolioDocument.review_refusal); this only
says so before anyone types. A working mode for honest people, not security."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def review_mode_text() -> str:
    return QCoreApplication.translate(
        "comments",
        "Review mode (enterprise manager): records are read-only; you can comment, update "
        "the projects you are responsible for and decide on the improvement plan.",
    )


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
        elif isinstance(widget, QComboBox | QDateEdit | QAbstractButton):
            widget.setEnabled(False)
        elif isinstance(widget, QAbstractItemView):
            widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            widget.setEnabled(False)
