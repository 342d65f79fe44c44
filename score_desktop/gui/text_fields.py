"""Long single-line fields shown from their first word when a form opens.

QLineEdit.setText leaves the cursor, and so the view, at the end: a long sector or product
list opened as "-voltage power cables, control cables, enamelled…", its start cut off.
"""

from PySide6.QtWidgets import QLineEdit, QWidget


def show_from_start(form: QWidget) -> None:
    """Every line edit of `form` (those inside editable combos too) scrolled to its start."""
    for edit in form.findChildren(QLineEdit):
        edit.setCursorPosition(0)
