"""Esc or Cancel on a form that holds typed work asks before throwing it away.

A form dialog takes `DiscardGuard` as its first base: what its fields hold when it is first
shown is kept, and `reject()` (Esc, Cancel, the window's close button) asks "Discard?" only
when a field differs from that. Nothing to set up per form: the fields are found by type.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def field_values(form: QWidget) -> list:
    """What every input of `form` holds, in a fixed order."""
    values: list = []
    for widget in form.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            if not isinstance(widget.parent(), QAbstractSpinBox | QComboBox):  # told below
                values.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            values.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            values.append((widget.currentIndex(), widget.currentText()))
        elif isinstance(widget, QDateTimeEdit):
            values.append(widget.dateTime().toString(Qt.DateFormat.ISODate))
        elif isinstance(widget, QAbstractSpinBox):
            values.append(widget.text())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            values.append(widget.isChecked())
    return values


class DiscardGuard:
    """Mixin for a QDialog: asks before Esc or Cancel throw typed work away."""

    _shown_values: list | None = None
    _discard_asked = False

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._shown_values is None:
            self._shown_values = field_values(self)  # type: ignore[arg-type]
        super().showEvent(event)  # type: ignore[misc]

    def has_changes(self) -> bool:
        return self._shown_values is not None and field_values(self) != self._shown_values  # type: ignore[arg-type]

    def reject(self) -> None:
        if self._discard_asked or not self.has_changes():
            super().reject()  # type: ignore[misc]
            return
        dialog: QDialog = self  # type: ignore[assignment]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            dialog.windowTitle(),
            dialog.tr("Discard what you typed in this form?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            dialog,
        )
        box.setObjectName("discard_question")
        box.button(QMessageBox.StandardButton.Cancel).setText(dialog.tr("Keep editing"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)

        def answered(button: QAbstractButton) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Discard:
                self._discard_asked = True
                dialog.reject()

        box.buttonClicked.connect(answered)
        box.open()
