"""How text fields and lists of a form behave, one rule each: long single-line fields shown
from their first word, multi-line fields left with Tab, lists left with Tab.

QLineEdit.setText leaves the cursor, and so the view, at the end: a long sector or product
list opened as "-voltage power cables, control cables, enamelled…", its start cut off.
"""

from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QPlainTextEdit, QWidget


def show_from_start(form: QWidget) -> None:
    """Every line edit of `form` (those inside editable combos too) scrolled to its start."""
    for edit in form.findChildren(QLineEdit):
        edit.setCursorPosition(0)


def note_edit(text: str, parent: QWidget) -> QPlainTextEdit:
    """A multi-line field of a form: Tab moves to the next field, as in every other field
    (typed as a character, it landed text in the wrong field and printed a tab in reports)."""
    edit = QPlainTextEdit(text, parent)
    edit.setTabChangesFocus(True)
    return edit


def leave_on_tab(*views: QAbstractItemView) -> None:
    """Lists the user selects in: Tab leaves them (arrows move inside). With Tab walking the
    cells, the portfolio kept the focus and changed the selected enterprise at each press."""
    for view in views:
        view.setTabKeyNavigation(False)
