"""Starting a walk-through: which template (shipped or stored, newest version of each) and
which zones its repeating items are answered in."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from ...document.checklist_commands import (
    StartWalkthroughCommand,
    follow_up_source,
    zones_of,
)
from ...document.portfolio import PortfolioDocument
from ...domain.checklist import ChecklistTemplate, pick
from ...domain.walkthrough import Walkthrough
from ...services.checklists import shipped_templates


def available_templates(document: PortfolioDocument) -> list[ChecklistTemplate]:
    """The newest version of each template code, shipped or stored."""
    newest: dict[str, ChecklistTemplate] = {}
    for template in (*shipped_templates(), *document.checklists.stored_templates()):
        held = newest.get(template.code)
        if held is None or template.version > held.version:
            newest[template.code] = template
    return list(newest.values())


class StartWalkthroughDialog(QDialog):
    def __init__(
        self, document: PortfolioDocument, visit_id: uuid.UUID, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.document = document
        self.visit_id = visit_id
        self.language = QLocale().name()
        self.setWindowTitle(self.tr("Start a walk-through"))
        visit = document.visit(visit_id)
        self.templates = available_templates(document)
        self.template = QComboBox(self)
        for template in self.templates:
            self.template.addItem(pick(template.title, self.language), template.id)
            if template.module_code == visit.module_code:
                self.template.setCurrentIndex(self.template.count() - 1)
        self.carry = QCheckBox(self)
        self.template.currentIndexChanged.connect(self._offer_follow_up)
        self.zones = QListWidget(self)
        for zone in zones_of(document, visit.enterprise_id):
            item = QListWidgetItem(zone.label, self.zones)
            item.setData(Qt.ItemDataRole.UserRole, zone.id)
            item.setCheckState(Qt.CheckState.Checked)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Checklist:"), self.template)
        layout.addRow(self.tr("Zones to walk through:"), self.zones)
        layout.addRow(self.carry)
        layout.addRow(buttons)
        self.started: uuid.UUID | None = None
        self.previous: Walkthrough | None = None
        self._offer_follow_up()

    def _offer_follow_up(self, *_index) -> None:
        """A follow-up starts, when asked, from the last walk-through of the same
        template: its answers are carried as the starting point."""
        template = self.templates[self.template.currentIndex()] if self.templates else None
        self.previous = (
            follow_up_source(self.document, self.visit_id, template.code) if template else None
        )
        self.carry.setVisible(self.previous is not None)
        self.carry.setChecked(self.previous is not None)
        if self.previous is not None:
            day = self.document.visit(self.previous.visit_id).date
            self.carry.setText(
                self.tr("Start from the walk-through of %1 (its answers carried)").replace(
                    "%1", day.isoformat()
                )
            )

    def chosen_zones(self) -> tuple[uuid.UUID, ...]:
        return tuple(
            self.zones.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.zones.count())
            if self.zones.item(row).checkState() == Qt.CheckState.Checked
        )

    def accept(self) -> None:
        template = self.templates[self.template.currentIndex()]
        previous = self.previous.id if self.previous and self.carry.isChecked() else None
        command = StartWalkthroughCommand(
            self.document,
            self.visit_id,
            template,
            self.chosen_zones(),
            previous_id=previous,
            language=self.language,
        )
        if self.document.push(command):
            self.started = command.walkthrough.id
            super().accept()


def open_walkthrough(parent: QWidget, document: PortfolioDocument, visit_id: uuid.UUID) -> None:
    """The visit's latest walk-through, or a new one started from the dialog."""
    from .walkthrough_window import WalkthroughWindow

    def show(walkthrough_id: uuid.UUID) -> None:
        window = WalkthroughWindow(document, walkthrough_id, parent)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()

    held = document.checklists.walkthroughs_of_visit(visit_id)
    if held:
        show(held[-1].id)
        return
    dialog = StartWalkthroughDialog(document, visit_id, parent)
    dialog.accepted.connect(lambda: dialog.started and show(dialog.started))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
