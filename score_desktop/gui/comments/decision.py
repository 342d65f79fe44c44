"""The decision on the improvement plan: the latest one shown above the EIP's projects, and
the enterprise manager's dialog to approve or request changes with a reason."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...document.comment_commands import DecideOnPlanCommand
from ...document.portfolio import PortfolioDocument
from ...domain.comments import Decision, PlanDecision
from ...domain.errors import ValidationError
from ..i18n import error_text
from ..text_fields import note_edit
from .thread_dialog import comment_body, comment_heading


class DecisionBar(QWidget):
    """The latest decision (who, when, what, why), for everyone; the button for a manager
    in review mode."""

    def __init__(self, document: PortfolioDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("decision_bar")
        self.document = document
        self.enterprise_id: uuid.UUID | None = None
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Decide on the plan…"), self)
        self.button.clicked.connect(self.open_dialog)
        self.dialog: PlanDecisionDialog | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        document.comments.added.connect(self._refresh)
        document.comments.removed.connect(self._refresh)
        document.comments.reset.connect(self._refresh)
        document.mode_changed.connect(self._refresh)

    def set_enterprise(self, enterprise_id: uuid.UUID | None) -> None:
        self.enterprise_id = enterprise_id
        self._refresh()

    def _refresh(self, *_args) -> None:
        found = None
        if self.enterprise_id is not None and self.document.is_attached():
            found = self.document.comments.decision(self.enterprise_id)
        if found is None:
            self.label.setText(self.tr("No decision on the improvement plan yet."))
            self.label.setStyleSheet("")
        else:
            comment, decision = found
            self.label.setText(f"{comment_body(comment)}\n{comment_heading(comment, False)}")
            approved = decision.decision is Decision.APPROVE
            self.label.setStyleSheet("color: #1e7b34;" if approved else "color: #9a6700;")
        self.button.setVisible(self.document.reviewing)
        self.setVisible(self.document.reviewing or found is not None)

    def open_dialog(self) -> PlanDecisionDialog | None:
        if self.enterprise_id is None:
            return None
        dialog = PlanDecisionDialog(self.document, self.enterprise_id, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog = dialog
        return dialog


class PlanDecisionDialog(QDialog):
    """Approve the improvement plan, or request changes saying why (the reason is needed)."""

    def __init__(
        self, document: PortfolioDocument, enterprise_id: uuid.UUID, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("plan_decision")
        self.setWindowTitle(self.tr("Decision on the improvement plan"))
        self.document, self.enterprise_id = document, enterprise_id
        self.approve = QRadioButton(self.tr("&Approve the plan"), self)
        self.request = QRadioButton(self.tr("&Request changes"), self)
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.approve)
        self.choice.addButton(self.request)
        self.approve.setChecked(True)
        self.reason_edit = note_edit("", self)
        self.reason_edit.setPlaceholderText(
            self.tr("Why (needed when you request changes): the consultant reads it")
        )
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.approve)
        layout.addWidget(self.request)
        layout.addWidget(QLabel(self.tr("Reason:"), self))
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.problem)
        layout.addWidget(box)

    def decision(self) -> PlanDecision:
        chosen = Decision.APPROVE if self.approve.isChecked() else Decision.REQUEST_CHANGES
        return PlanDecision(chosen, self.reason_edit.toPlainText().strip())

    def accept(self) -> None:
        try:
            command = DecideOnPlanCommand(self.document, self.enterprise_id, self.decision())
        except ValidationError as exc:
            self.problem.setText(error_text(exc))
            self.problem.show()
            self.reason_edit.setFocus()
            return
        if self.document.push(command):
            super().accept()
