"""The right-hand side of the template editor: the fields of a section or an item, in one
language at a time, written straight into the item's data form (domain/checklist_codec.py).

The editor keeps the template as that plain data while it is edited (a frozen template
cannot be changed in place) and makes a template of it only when it is saved.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.hazard import ControlLevel
from ..hazards.labels import CONTROL_LEVEL_LABELS
from ..i18n import translated

EMPTY_PAGE, SECTION_PAGE, ITEM_PAGE = range(3)


def new_hazard(category: str) -> dict[str, Any]:
    return {
        "category": category,
        "title": {},
        "controls": {},
        "control_level": ControlLevel.ENGINEERING.value,
        "likelihood": 3,
        "severity": 3,
    }


def new_action(module: str) -> dict[str, Any]:
    return {"module": module, "title": {}, "action": {}}


class TemplateEntryForm(QStackedWidget):
    """Edits one section's or item's data (a dict held by the editor).

    Signals:
        edited(): a field changed the entry (its label in the tree may need redrawing).
    """

    edited = Signal()

    def __init__(self, categories: list, modules: list, parent: QWidget | None = None):
        super().__init__(parent)
        self.entry: dict[str, Any] | None = None
        self.language = "en"
        self._loading = False
        hint = QLabel(self.tr("Choose a section or an item on the left."), self)
        self.addWidget(hint)  # EMPTY_PAGE

        section_page = QWidget(self)
        self.section_key = QLineEdit(section_page)
        self.section_title = QLineEdit(section_page)
        section_form = QFormLayout(section_page)
        section_form.addRow(self.tr("Key:"), self.section_key)
        section_form.addRow(self.tr("Title:"), self.section_title)
        self.addWidget(section_page)  # SECTION_PAGE

        item_page = QWidget(self)
        self.item_key = QLineEdit(item_page)
        self.item_text = QPlainTextEdit(item_page)
        self.item_text.setTabChangesFocus(True)
        self.item_help = QPlainTextEdit(item_page)
        self.item_help.setTabChangesFocus(True)
        self.repeats = QCheckBox(self.tr("Answered once per zone"), item_page)
        self.show_if = QLineEdit(item_page)
        self.show_if.setPlaceholderText(self.tr("e.g. MS1=yes; workers>=50; sector=garment"))
        self.show_if.setToolTip(
            self.tr(
                "Show the item only when all these hold, separated by “;”: an earlier item's "
                "answer (MS1=yes, MS1=no|not_applicable), the sector (sector=garment), a "
                "module (module=OSH) or the headcount (workers>=50, workers<250)."
            )
        )
        for widget in (self.item_text, self.item_help):
            widget.setMaximumHeight(70)

        self.hazard_box = QGroupBox(self.tr("A “no” suggests a hazard"), item_page)
        self.hazard_box.setCheckable(True)
        self.category = QComboBox(self.hazard_box)
        for category in categories:
            self.category.addItem(translated(category.name), category.code)
        self.control_level = QComboBox(self.hazard_box)
        for level in ControlLevel:
            self.control_level.addItem(translated(CONTROL_LEVEL_LABELS[level]), level.value)
        self.likelihood = QSpinBox(self.hazard_box)
        self.severity = QSpinBox(self.hazard_box)
        for spin in (self.likelihood, self.severity):
            spin.setRange(1, 5)
        self.hazard_title = QLineEdit(self.hazard_box)
        self.hazard_title.setPlaceholderText(self.tr("(the item's text)"))
        self.controls = QPlainTextEdit(self.hazard_box)
        self.controls.setTabChangesFocus(True)
        self.controls.setPlaceholderText(self.tr("One control a line"))
        self.controls.setMaximumHeight(60)
        hazard_form = QFormLayout(self.hazard_box)
        hazard_form.addRow(self.tr("Category:"), self.category)
        hazard_form.addRow(self.tr("Level of control:"), self.control_level)
        hazard_form.addRow(self.tr("Likelihood (1-5):"), self.likelihood)
        hazard_form.addRow(self.tr("Severity (1-5):"), self.severity)
        hazard_form.addRow(self.tr("Hazard title:"), self.hazard_title)
        hazard_form.addRow(self.tr("Controls:"), self.controls)

        self.action_box = QGroupBox(self.tr("A “no” suggests an EIP project"), item_page)
        self.action_box.setCheckable(True)
        self.module = QComboBox(self.action_box)
        for module in modules:
            self.module.addItem(f"{module.code} · {translated(module.title)}", module.code)
        self.action_title = QLineEdit(self.action_box)
        self.action_title.setPlaceholderText(self.tr("(the action, else the item's text)"))
        self.action_text = QPlainTextEdit(self.action_box)
        self.action_text.setTabChangesFocus(True)
        self.action_text.setMaximumHeight(60)
        action_form = QFormLayout(self.action_box)
        action_form.addRow(self.tr("Module:"), self.module)
        action_form.addRow(self.tr("Project title:"), self.action_title)
        action_form.addRow(self.tr("Action:"), self.action_text)

        item_form = QFormLayout()
        item_form.addRow(self.tr("Key:"), self.item_key)
        item_form.addRow(self.tr("Question:"), self.item_text)
        item_form.addRow(self.tr("Help:"), self.item_help)
        item_form.addRow("", self.repeats)
        item_form.addRow(self.tr("Show if:"), self.show_if)
        item_layout = QVBoxLayout(item_page)
        item_layout.addLayout(item_form)
        item_layout.addWidget(self.hazard_box)
        item_layout.addWidget(self.action_box)
        item_layout.addStretch(1)
        self.addWidget(item_page)  # ITEM_PAGE
        self._connect()

    def _connect(self) -> None:
        self.section_key.textEdited.connect(lambda t: self._set("key", t.strip()))
        self.section_title.textEdited.connect(lambda t: self._set_text("title", t))
        self.item_key.textEdited.connect(lambda t: self._set("key", t.strip()))
        self.item_text.textChanged.connect(
            lambda: self._set_text("text", self.item_text.toPlainText())
        )
        self.item_help.textChanged.connect(
            lambda: self._set_text("help", self.item_help.toPlainText())
        )
        self.repeats.toggled.connect(lambda on: self._set("repeats", on))
        self.show_if.textEdited.connect(lambda t: self._set("show_if", t.strip()))
        self.hazard_box.toggled.connect(self._on_hazard_box_toggled)
        self.category.activated.connect(
            lambda _i: self._set_in("hazard", "category", self.category.currentData())
        )
        self.control_level.activated.connect(
            lambda _i: self._set_in("hazard", "control_level", self.control_level.currentData())
        )
        self.likelihood.valueChanged.connect(lambda v: self._set_in("hazard", "likelihood", v))
        self.severity.valueChanged.connect(lambda v: self._set_in("hazard", "severity", v))
        self.hazard_title.textEdited.connect(lambda t: self._set_text("title", t, "hazard"))
        self.controls.textChanged.connect(
            lambda: self._set_text("controls", self.controls.toPlainText(), "hazard")
        )
        self.action_box.toggled.connect(self._on_action_box_toggled)
        self.module.activated.connect(
            lambda _i: self._set_in("action", "module", self.module.currentData())
        )
        self.action_title.textEdited.connect(lambda t: self._set_text("title", t, "action"))
        self.action_text.textChanged.connect(
            lambda: self._set_text("action", self.action_text.toPlainText(), "action")
        )

    # Showing ------------------------------------------------------------------------------

    def show_entry(self, entry: dict[str, Any] | None, is_section: bool) -> None:
        self.entry = entry
        self._loading = True
        try:
            if entry is None:
                self.setCurrentIndex(EMPTY_PAGE)
            elif is_section:
                self.setCurrentIndex(SECTION_PAGE)
                self.section_key.setText(entry.get("key", ""))
                self.section_title.setText(self._text(entry, "title"))
            else:
                self.setCurrentIndex(ITEM_PAGE)
                self._show_item(entry)
        finally:
            self._loading = False

    def _show_item(self, entry: dict[str, Any]) -> None:
        self.item_key.setText(entry.get("key", ""))
        self.item_text.setPlainText(self._text(entry, "text"))
        self.item_help.setPlainText(self._text(entry, "help"))
        self.repeats.setChecked(bool(entry.get("repeats")))
        self.show_if.setText(entry.get("show_if", ""))
        # an item without a suggestion shows a blank one, not the last item's fields
        hazard = entry.get("hazard")
        self.hazard_box.setChecked(hazard is not None)
        hazard = hazard or new_hazard(self.category.itemData(0) or "")
        self.category.setCurrentIndex(max(0, self.category.findData(hazard["category"])))
        self.control_level.setCurrentIndex(
            max(0, self.control_level.findData(hazard["control_level"]))
        )
        with QSignalBlocker(self.likelihood), QSignalBlocker(self.severity):
            self.likelihood.setValue(hazard["likelihood"])
            self.severity.setValue(hazard["severity"])
        self.hazard_title.setText(self._text(hazard, "title"))
        self.controls.setPlainText(self._text(hazard, "controls"))
        action = entry.get("action")
        self.action_box.setChecked(action is not None)
        action = action or new_action(self.module.itemData(0) or "")
        self.module.setCurrentIndex(max(0, self.module.findData(action["module"])))
        self.action_title.setText(self._text(action, "title"))
        self.action_text.setPlainText(self._text(action, "action"))

    def _text(self, entry: dict[str, Any], name: str) -> str:
        return entry.get(name, {}).get(self.language, "")

    # Writing ------------------------------------------------------------------------------

    def _set(self, name: str, value: Any) -> None:
        if self._loading or self.entry is None:
            return
        if value in ("", False):
            self.entry.pop(name, None)
        else:
            self.entry[name] = value
        self.edited.emit()

    def _set_in(self, part: str, name: str, value: Any) -> None:
        if self._loading or self.entry is None or part not in self.entry:
            return
        self.entry[part][name] = value
        self.edited.emit()

    def _set_text(self, name: str, value: str, part: str = "") -> None:
        if self._loading or self.entry is None:
            return
        holder = self.entry.get(part) if part else self.entry
        if holder is None:
            return
        by_language = holder.setdefault(name, {})
        if value:
            by_language[self.language] = value
        else:
            by_language.pop(self.language, None)
        self.edited.emit()

    def _on_hazard_box_toggled(self, on: bool) -> None:
        self._toggle_part(
            on, "hazard", lambda: new_hazard(self.category.itemData(0) or "mechanical")
        )

    def _on_action_box_toggled(self, on: bool) -> None:
        self._toggle_part(on, "action", lambda: new_action(self.module.itemData(0) or "OSH"))

    def _toggle_part(self, on: bool, part: str, make) -> None:
        """An item's hazard or action ticked (a new one, its fields shown) or unticked."""
        if self._loading or self.entry is None:
            return
        if on:
            self.entry[part] = make()
            self._loading = True
            try:
                self._show_item(self.entry)
            finally:
                self._loading = False
        else:
            self.entry.pop(part, None)
        self.edited.emit()
