"""The checklist template editor: sections and items in a tree, the chosen one's fields on
the right, texts in one language at a time; Save stores the next version of the template.

Templates are not records of the document: a stored version is never changed (walk-throughs
read the version they used), so the editor changes a copy in its data form and saving adds
a version, which is not undone (like an import). Until then, Cancel leaves everything as
it was.
"""

from __future__ import annotations

import copy
import itertools
import re
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...document.portfolio import PortfolioDocument
from ...document.texts import error_text
from ...domain.checklist import ChecklistTemplate, pick, template_id
from ...domain.checklist_codec import template_from_data, template_to_data
from ...domain.errors import KnownProblemError, ValidationError
from ..i18n import AVAILABLE_LANGUAGES, translated
from ..message_boxes import open_message
from .start_dialog import available_templates
from .template_form import TemplateEntryForm

ENTRY = Qt.ItemDataRole.UserRole  # the number of the tree row's entry in `entries`


def next_version(document: PortfolioDocument, code: str) -> int:
    """One more than the newest version of `code` the app knows (shipped or stored)."""
    from ...services.checklists import shipped_templates

    held = [
        t.version
        for t in (*shipped_templates(), *document.checklists.stored_templates())
        if t.code == code
    ]
    return max(held, default=0) + 1


class TemplateEditorDialog(QDialog):
    def __init__(self, document: PortfolioDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("Checklist templates"))
        self.saved: ChecklistTemplate | None = None
        self.entries: dict[int, dict[str, Any]] = {}
        self._numbers = itertools.count(1)
        self.data: dict[str, Any] = {}
        self.language = QLocale().name() if QLocale().name() in AVAILABLE_LANGUAGES else "en"

        self.templates = QComboBox(self)
        self.templates.setObjectName("templates")
        self.new_button = QPushButton(self.tr("New template"), self)
        self.languages = QComboBox(self)
        for code, name in AVAILABLE_LANGUAGES.items():
            self.languages.addItem(name, code)
        self.languages.setCurrentIndex(self.languages.findData(self.language))
        self.code = QLineEdit(self)
        self.title = QLineEdit(self)
        self.description = QLineEdit(self)
        self.description.setPlaceholderText(self.tr("What the checklist is for, and how to use it"))
        self.module = QComboBox(self)
        for module in document.modules():
            self.module.addItem(module.code, module.code)
        self.version = QLabel(self)

        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.add_section = QPushButton(self.tr("Add section"), self)
        self.add_item = QPushButton(self.tr("Add item"), self)
        self.remove = QPushButton(self.tr("Remove"), self)
        self.up = QPushButton(self.tr("Up"), self)
        self.down = QPushButton(self.tr("Down"), self)
        self.form = TemplateEntryForm(document.hazards.categories(), document.modules(), self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Template:"), self))
        top.addWidget(self.templates, 1)
        top.addWidget(self.new_button)
        top.addWidget(QLabel(self.tr("Texts in:"), self))
        top.addWidget(self.languages)
        header = QFormLayout()
        header.addRow(self.tr("Code:"), self.code)
        header.addRow(self.tr("Title:"), self.title)
        header.addRow(self.tr("Description:"), self.description)
        header.addRow(self.tr("Module:"), self.module)
        header.addRow(self.tr("Saved as:"), self.version)
        tree_side = QWidget(self)
        tree_layout = QVBoxLayout(tree_side)
        tree_layout.setContentsMargins(0, 0, 0, 0)
        tree_layout.addWidget(self.tree, 1)
        tree_buttons = QHBoxLayout()
        for button in (self.add_section, self.add_item, self.remove, self.up, self.down):
            tree_buttons.addWidget(button)
        tree_layout.addLayout(tree_buttons)
        splitter = QSplitter(self)
        splitter.addWidget(tree_side)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 4)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        self._choices = available_templates(document)
        for template in self._choices:
            self.templates.addItem(
                self.tr("%1 (version %2)")
                .replace("%1", pick(template.title, self.language))
                .replace("%2", str(template.version)),
                template.id,
            )
        self.templates.activated.connect(lambda i: self.edit(self._choices[i]))
        self.new_button.clicked.connect(self.edit_new)
        self.languages.activated.connect(self._on_languages_activated)
        self.title.textEdited.connect(lambda t: self._set_header_text("title", t))
        self.description.textEdited.connect(lambda t: self._set_header_text("description", t))
        self.code.textEdited.connect(self._on_code_edited)
        self.module.activated.connect(
            lambda _i: self.data.__setitem__("module", self.module.currentData())
        )
        self.tree.currentItemChanged.connect(lambda *_: self._show_current())
        self.form.edited.connect(self._on_form_edited)
        self.add_section.clicked.connect(self.add_new_section)
        self.add_item.clicked.connect(self.add_new_item)
        self.remove.clicked.connect(self.remove_current)
        self.up.clicked.connect(lambda: self.move_current(-1))
        self.down.clicked.connect(lambda: self.move_current(1))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.resize(1100, 720)
        if self._choices:
            self.edit(self._choices[0])
        else:
            self.edit_new()

    # Loading ------------------------------------------------------------------------------

    def edit(self, template: ChecklistTemplate) -> None:
        """A copy of `template` to change; saved, it becomes its next version."""
        self._load(template_to_data(template), is_new=False)

    def edit_new(self) -> None:
        data = {
            "format": 1,
            "code": "",
            "version": 1,
            "module": "OSH",
            "title": {},
            "description": {},
            "sections": [
                {
                    "key": "S1",
                    "title": {self.language: self.tr("New section")},
                    "items": [{"key": "S1.1", "text": {}}],
                }
            ],
        }
        self._load(data, is_new=True)
        self.code.setFocus()

    def _load(self, data: dict[str, Any], is_new: bool) -> None:
        self.data = copy.deepcopy(data)
        self.is_new = is_new
        self.code.setText(self.data["code"])
        self.code.setReadOnly(not is_new)
        self.module.setCurrentIndex(max(0, self.module.findData(self.data["module"])))
        self._show_texts()
        self._show_version()
        self.tree.clear()
        self.entries.clear()
        for section in self.data["sections"]:
            top = self._tree_item(section, None)
            for item in section["items"]:
                self._tree_item(item, top)
        self.tree.expandAll()
        self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def _tree_item(self, entry: dict[str, Any], parent: QTreeWidgetItem | None) -> QTreeWidgetItem:
        number = next(self._numbers)
        self.entries[number] = entry
        item = QTreeWidgetItem(parent) if parent is not None else QTreeWidgetItem(self.tree)
        item.setData(0, ENTRY, number)
        self._label(item)
        return item

    def _label(self, item: QTreeWidgetItem) -> None:
        entry = self.entries[item.data(0, ENTRY)]
        name = "title" if item.parent() is None else "text"
        text = pick(tuple(entry.get(name, {}).items()), self.language)
        item.setText(0, f"{entry.get('key', '')}  {text.splitlines()[0] if text else ''}")

    def _show_texts(self) -> None:
        self.title.setText(self.data.get("title", {}).get(self.language, ""))
        self.description.setText(self.data.get("description", {}).get(self.language, ""))
        self.form.language = self.language

    def _show_version(self) -> None:
        code = self.data["code"]
        version = next_version(self.document, code) if code else 1
        self.data["version"] = version
        self.version.setText(self.tr("version %1").replace("%1", str(version)))

    def _show_current(self) -> None:
        item = self.tree.currentItem()
        entry = self.entries[item.data(0, ENTRY)] if item is not None else None
        self.form.show_entry(entry, item is not None and item.parent() is None)
        self.add_item.setEnabled(item is not None)
        self.remove.setEnabled(item is not None)

    # Editing ------------------------------------------------------------------------------

    def _on_languages_activated(self, _index: int) -> None:
        self.language = self.languages.currentData()
        self._show_texts()
        for n in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(n)
            self._label(top)
            for c in range(top.childCount()):
                self._label(top.child(c))
        self._show_current()

    def _set_header_text(self, name: str, text: str) -> None:
        by_language = self.data.setdefault(name, {})
        if text:
            by_language[self.language] = text
        else:
            by_language.pop(self.language, None)

    def _on_code_edited(self, text: str) -> None:
        self.data["code"] = text.strip()
        self._show_version()

    def _on_form_edited(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self._label(item)

    def _keys(self) -> set[str]:
        return {
            key
            for section in self._sections_in_tree_order()
            for key in (section["key"], *(i.get("key", "") for i in section["items"]))
        }

    def _free_key(self, prefix: str) -> str:
        taken = self._keys()
        return next(f"{prefix}{n}" for n in itertools.count(1) if f"{prefix}{n}" not in taken)

    def add_new_section(self) -> None:
        section = {"key": self._free_key("S"), "title": {}, "items": []}
        item = self._tree_item(section, None)
        self.tree.setCurrentItem(item)
        self.form.section_key.setFocus()

    def add_new_item(self) -> None:
        current = self.tree.currentItem()
        if current is None:
            return
        section_item = current if current.parent() is None else current.parent()
        section_key = self.entries[section_item.data(0, ENTRY)]["key"]
        entry = {"key": self._free_key(f"{section_key}."), "text": {}}
        item = QTreeWidgetItem()
        number = next(self._numbers)
        self.entries[number] = entry
        item.setData(0, ENTRY, number)
        at = section_item.indexOfChild(current) + 1 if current is not section_item else None
        if at is None:
            section_item.addChild(item)
        else:
            section_item.insertChild(at, item)
        self._label(item)
        self.tree.setCurrentItem(item)
        self.form.item_text.setFocus()

    def remove_current(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        parent = item.parent()
        if parent is None:
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(item))
        else:
            parent.removeChild(item)

    def move_current(self, step: int) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        parent = item.parent()
        if parent is None:
            at = self.tree.indexOfTopLevelItem(item)
            if 0 <= at + step < self.tree.topLevelItemCount():
                expanded = item.isExpanded()
                self.tree.takeTopLevelItem(at)
                self.tree.insertTopLevelItem(at + step, item)
                item.setExpanded(expanded)
        else:
            at = parent.indexOfChild(item)
            if 0 <= at + step < parent.childCount():
                parent.takeChild(at)
                parent.insertChild(at + step, item)
        self.tree.setCurrentItem(item)

    # Saving -------------------------------------------------------------------------------

    def _sections_in_tree_order(self) -> list[dict[str, Any]]:
        sections = []
        for n in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(n)
            section = dict(self.entries[top.data(0, ENTRY)])
            section["items"] = [
                self.entries[top.child(c).data(0, ENTRY)] for c in range(top.childCount())
            ]
            sections.append(section)
        return sections

    def template(self) -> ChecklistTemplate:
        """The edited template as the version it is saved as; ValidationError names what
        is wrong (a key used twice, an item depending on a later one, a rating off the
        scale)."""
        data = {**self.data, "sections": self._sections_in_tree_order()}
        data["id"] = str(template_id(data["code"], data["version"]))
        template = template_from_data(data)
        template.validate({c.code for c in self.document.hazards.categories()})
        return template

    def save(self) -> None:
        try:
            template = self.template()
            self.document.checklists.ensure_template(template)
        except ValidationError as exc:
            self._tell_problem("\n".join(self._placed(p, m) for p, m in exc.problems.items()))
            return
        except KnownProblemError as exc:
            self._tell_problem(error_text(exc))
            return
        self.saved = template
        self.accept()

    def _placed(self, place: str, message: str) -> str:
        """A problem of the data form (`sections[1].items[2]`) named by its item's key."""
        found = re.match(r"sections\[(\d+)\](?:\.items\[(\d+)\])?", place)
        text = translated(message)
        if found is None:
            return text
        section = self._sections_in_tree_order()[int(found.group(1))]
        if found.group(2) is None:
            return self.tr("Section “%1”: %2").replace("%1", section["key"]).replace("%2", text)
        item = section["items"][int(found.group(2))]
        key = item.get("key", "")
        return self.tr("Item “%1”: %2").replace("%1", key).replace("%2", text)

    def _tell_problem(self, text: str) -> None:
        open_message(
            self,
            QMessageBox.Icon.Warning,
            self.tr("The template cannot be saved"),
            text,
            "template_problem",
        )
