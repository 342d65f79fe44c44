"""The layers of a CAD drawing, to choose which become the plan's background."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)


def skipped_text(skipped: dict[str, int]) -> str:
    """ "3 ELLIPSE, 1 POINT": what the background leaves out, so nothing goes unnoticed."""
    return ", ".join(f"{count} {kind}" for kind, count in sorted(skipped.items()))


class DxfLayerDialog(QDialog):
    """Every layer with what it holds, checked; OK is off while none is."""

    def __init__(self, drawing, parent=None):
        super().__init__(parent)
        self.drawing = drawing
        self.setWindowTitle(self.tr("Layers of %1").replace("%1", drawing.source_name))
        layout = QVBoxLayout(self)
        units = self.tr("Units: %1, so the drawing is placed at its true size.").replace(
            "%1", drawing.unit_name
        )
        if not drawing.units_stated:
            units = self.tr(
                "The drawing states no units; it is read as millimetres. Measure a known "
                "distance after importing and calibrate with K if it is off."
            )
        note = QLabel(units, self)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.layer_list = QListWidget(self)
        for name, layer in drawing.layers.items():
            item = QListWidgetItem(self.tr("%1 (%n item(s))", "", layer.count).replace("%1", name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.layer_list.addItem(item)
        layout.addWidget(self.layer_list)
        if drawing.skipped:
            left_out = QLabel(
                self.tr("Not drawn (kinds this import does not read): %1").replace(
                    "%1", skipped_text(drawing.skipped)
                ),
                self,
            )
            left_out.setWordWrap(True)
            layout.addWidget(left_out)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        every = QPushButton(self.tr("All"), self)
        none = QPushButton(self.tr("None"), self)
        buttons.addButton(every, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(none, QDialogButtonBox.ButtonRole.ResetRole)
        every.clicked.connect(self._check_all)
        none.clicked.connect(self._check_none)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.layer_list.itemChanged.connect(self._on_layer_list_item_changed)
        layout.addWidget(buttons)
        self.resize(420, 360)

    def chosen(self) -> list[str]:
        return [
            self.layer_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.layer_list.count())
            if self.layer_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, names) -> None:
        for row in range(self.layer_list.count()):
            item = self.layer_list.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) in names
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def _check_all(self) -> None:
        rows = range(self.layer_list.count())
        self.set_checked({self.layer_list.item(r).data(Qt.ItemDataRole.UserRole) for r in rows})

    def _check_none(self) -> None:
        self.set_checked(set())

    def _on_layer_list_item_changed(self, _item) -> None:
        self.ok_button.setEnabled(bool(self.chosen()))
