"""The one way a record's dialog accepts: OK makes the record; a broken rule keeps the dialog
open with the reasons shown, and nothing is returned."""

from PySide6.QtWidgets import QDialog, QLabel

from ..domain.errors import ValidationError
from .discard_guard import DiscardGuard
from .i18n import problems_text


class RecordDialog(DiscardGuard, QDialog):
    """Subclasses build `self.problems` (a QLabel) and implement `checked_value()`, which
    returns the record or raises ValidationError; `on_problems` may move the focus."""

    problems: QLabel
    _accepted: object = None

    def checked_value(self):
        raise NotImplementedError

    def on_problems(self, problems: dict[str, str]) -> None:
        """Called with the broken rules (field → message) after they are shown."""

    def accept(self) -> None:
        try:
            value = self.checked_value()
        except ValidationError as exc:
            self.problems.setText(problems_text(exc.problems))
            self.on_problems(exc.problems)
            return
        self._accepted = value
        super().accept()

    def accepted_value(self):
        assert self._accepted is not None, "only after the dialog was accepted"
        return self._accepted
