"""A message the window shows without waiting for it: window-modal, opened with `open()`
(the event loop, and a worker's signals, go on), plain text (user text is never read as
markup), deleted when closed, and named so tests can find it."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def open_message(
    parent: QWidget, icon: QMessageBox.Icon, title: str, text: str, name: str
) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setObjectName(name)
    box.finished.connect(box.deleteLater)
    box.open()
    return box


def open_question(
    parent: QWidget, title: str, question: str, on_yes, name: str, on_no=None
) -> QMessageBox:
    """Yes or No, No by default; `on_yes()` runs if the answer is Yes, `on_no()` (if
    given) on No or Esc."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setObjectName(name)

    def on_finished(result: int) -> None:
        if result == QMessageBox.StandardButton.Yes:
            on_yes()
        elif on_no is not None:
            on_no()
        box.deleteLater()

    box.finished.connect(on_finished)
    box.open()
    return box
