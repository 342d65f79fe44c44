"""The EIT composition rules a country programme uses (kept in the user's settings)."""

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from ...domain.team import CompositionRules
from ..settings_keys import EIT_RULES


def load_rules(settings: QSettings) -> CompositionRules:
    return CompositionRules(**{name: s.read(settings) for name, s in EIT_RULES.items()})


def save_rules(settings: QSettings, rules: CompositionRules) -> None:
    for name, setting in EIT_RULES.items():
        setting.write(settings, getattr(rules, name))
    settings.sync()


def _percent(value: float, parent) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setRange(0, 100)
    spin.setDecimals(0)
    spin.setSuffix(" %")
    spin.setValue(value * 100)
    return spin


class RulesDialog(QDialog):
    def __init__(self, rules: CompositionRules, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Team composition checks"))
        self.min_size, self.max_size = QSpinBox(self), QSpinBox(self)
        for spin, value in ((self.min_size, rules.min_size), (self.max_size, rules.max_size)):
            spin.setRange(1, 50)
            spin.setValue(value)
        self.min_workers = _percent(rules.min_worker_share, self)
        self.max_workers = _percent(rules.max_worker_share, self)
        self.women = _percent(rules.women_share_tolerance, self)
        self.elected = QCheckBox(self.tr("Worker members are elected by the workers"), self)
        self.elected.setChecked(rules.workers_elected)
        note = QLabel(self.tr("Each check only warns; nothing is refused."), self)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Smallest team:"), self.min_size)
        form.addRow(self.tr("Largest team:"), self.max_size)
        form.addRow(self.tr("Workers at least:"), self.min_workers)
        form.addRow(self.tr("Workers at most:"), self.max_workers)
        form.addRow(self.tr("Women's share may trail the workforce by:"), self.women)
        form.addRow("", self.elected)
        form.addRow(note)
        form.addRow(box)

    def value(self) -> CompositionRules:
        low, high = sorted((self.min_size.value(), self.max_size.value()))
        share_low, share_high = sorted((self.min_workers.value(), self.max_workers.value()))
        return CompositionRules(
            min_size=low,
            max_size=high,
            min_worker_share=share_low / 100,
            max_worker_share=share_high / 100,
            women_share_tolerance=self.women.value() / 100,
            workers_elected=self.elected.isChecked(),
        )
