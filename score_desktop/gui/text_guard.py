"""Text fields keep out what user text may not hold (`domain/text.py`): such characters are
removed as they are typed, pasted or dropped, so a form never holds text storage refuses.

Installed once on the application, not on each form (fields come from Designer forms, code,
and item delegates' editors): the first time a field of a window gets the focus, every
editable text field of that window is guarded (a drop lands in a field without giving it
the focus). Line edits get a validator that returns the text without those characters
(those with a validator of their own, spin boxes and number fields, are left alone); text
edits have the range each change added cleaned, as an undo step of its own (Qt cannot join
it to a paste's): the first undo brings the characters back, the next takes the paste back.
Text stored before the rule is cleaned in a line edit at its next edit (the validator sees
the whole text), in a text edit when it is guarded (a later edit elsewhere in it would not
reach the old character, and storage would refuse the whole note).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRegularExpression
from PySide6.QtGui import QTextCursor, QTextDocument, QValidator
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from ..domain.text import UNSTORABLE, cleaned

GUARDED = "score_text_guarded"
# the rule's characters Qt's text can hold (a QString drops lone surrogates on the way in)
_PATTERN = QRegularExpression("[\\x{0}-\\x{8}\\x{b}\\x{c}\\x{e}-\\x{1f}\\x{fffe}\\x{ffff}]")


class StorableText(QValidator):
    """Accepts any text, without the characters the rule refuses (the cursor keeps its
    place among the characters that stay)."""

    def validate(self, text: str, pos: int):
        clean, count = cleaned(text)
        if count:
            pos -= len(UNSTORABLE.findall(text[:pos]))
        return QValidator.State.Acceptable, clean, pos


class TextGuard(QObject):
    """Made once, on the GUI thread (`install`)."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.validator = StorableText(self)
        self._cleaning = False
        app.focusChanged.connect(self._on_app_focus_changed)

    def _on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or new.property(GUARDED):
            return
        self.guard_window(new.window())

    def guard_window(self, window: QWidget) -> None:
        """Every editable text field of `window` (and `window`, if it is one) guarded."""
        for edit in (window, *window.findChildren(QLineEdit)):
            if isinstance(edit, QLineEdit) and not edit.property(GUARDED):
                edit.setProperty(GUARDED, True)
                if edit.validator() is None:
                    edit.setValidator(self.validator)
        for kind in (QPlainTextEdit, QTextEdit):
            for edit in (window, *window.findChildren(kind)):
                if isinstance(edit, kind) and not edit.property(GUARDED):
                    edit.setProperty(GUARDED, True)
                    if not edit.isReadOnly():
                        self.guard_text_edit(edit)

    def guard_text_edit(self, edit: QPlainTextEdit | QTextEdit) -> None:
        document = edit.document()
        self._clean(document, 0, document.characterCount())  # older text too
        document.contentsChange.connect(self._on_document_contents_change)

    def _on_document_contents_change(self, position: int, _removed: int, added: int) -> None:
        """Clean what a change added, unless the change was an undo (a step to redo is then
        left): undoing the clean-up brings the characters back once, as undo should."""
        document = self.sender()
        if not added or self._cleaning or not isinstance(document, QTextDocument):
            return
        if document.availableRedoSteps() == 0:
            self._clean(document, position, position + added)

    def _clean(self, document: QTextDocument, start: int, end: int) -> None:
        found = document.find(_PATTERN, start)
        if found.isNull() or found.selectionStart() >= end:
            return
        self._cleaning = True
        editing = QTextCursor(document)
        editing.beginEditBlock()  # one undo step, after the change's own
        try:
            while not found.isNull() and found.selectionStart() < end:
                found.removeSelectedText()
                end -= 1
                found = document.find(_PATTERN, found.position())
        finally:
            editing.endEditBlock()
            self._cleaning = False


def install(app: QApplication) -> TextGuard:
    return TextGuard(app)
