"""File ▸ Checklist templates…, Import checklist template… and Export checklist template…:
the template editor and templates as XLSX workbooks (docs/checklist-templates.md). Kept out
of main_window.py, which places the actions."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from ...document.texts import error_text
from ...domain.errors import KnownProblemError
from ..actions import ActionId
from ..message_boxes import open_message

if TYPE_CHECKING:  # the checklist modules load when an action is first used, not with the window
    from ...domain.checklist import ChecklistTemplate


def _title(template: ChecklistTemplate, language: str) -> str:
    from ...domain.checklist import pick

    return pick(template.title, language)


def all_versions(document) -> list[ChecklistTemplate]:
    """Every template version the app knows, shipped or stored, by code then version."""
    from ...services.checklists import shipped_templates

    found = {t.id: t for t in (*shipped_templates(), *document.checklists.stored_templates())}
    return sorted(found.values(), key=lambda t: (t.code, t.version))


class TemplateActions(QObject):
    """Needs a window with `document`, `actions`, `statusBar()`, `show_problem` and
    `read_only`."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.picker: QInputDialog | None = None
        actions = window.actions
        actions[ActionId.CHECKLIST_TEMPLATES].triggered.connect(self.open_editor)
        actions[ActionId.IMPORT_CHECKLIST].triggered.connect(lambda: self.import_template())
        actions[ActionId.EXPORT_CHECKLIST].triggered.connect(self.choose_export)

    def update_actions(self) -> None:
        attached = self.window.document.is_attached()
        writable = attached and not self.window.read_only
        actions = self.window.actions
        actions[ActionId.CHECKLIST_TEMPLATES].setEnabled(writable)
        actions[ActionId.IMPORT_CHECKLIST].setEnabled(writable)
        actions[ActionId.EXPORT_CHECKLIST].setEnabled(attached)

    @property
    def language(self) -> str:
        from PySide6.QtCore import QLocale

        return QLocale().name()

    # The editor ---------------------------------------------------------------------------

    def open_editor(self) -> None:
        from .template_editor import TemplateEditorDialog

        dialog = TemplateEditorDialog(self.window.document, self.window)
        dialog.accepted.connect(lambda: self._tell_stored(dialog.saved))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _tell_stored(self, template: ChecklistTemplate | None) -> None:
        if template is not None:
            self.window.statusBar().showMessage(
                self.tr("Saved “%1”, version %2")
                .replace("%1", _title(template, self.language))
                .replace("%2", str(template.version))
            )

    # Import -------------------------------------------------------------------------------

    def import_template(self, path: Path | None = None) -> ChecklistTemplate | None:
        """Read a workbook and add its template version; a malformed file, or a version the
        workspace holds with other content, is refused with the place of the problem and
        nothing is added."""
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Import checklist template"),
                "",
                self.tr("Spreadsheets (*.xlsx)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        from ...services.checklist_xlsx import placement, read_template_xlsx
        from ...services.checklists import shipped_templates

        document = self.window.document
        try:
            template = read_template_xlsx(path, {c.code for c in document.hazards.categories()})
            held = (*shipped_templates(), *document.checklists.stored_templates())
            is_new = placement(template, held)
            if is_new:
                document.checklists.ensure_template(template)
        except KnownProblemError as exc:
            self.window.show_problem(
                self.tr("%1 was not imported:\n%2")
                .replace("%1", path.name)
                .replace("%2", error_text(exc))
            )
            return None
        title = _title(template, self.language)
        if is_new:
            text = (
                self.tr("Imported “%1”, version %2, with %n item(s).", "", len(template.items()))
                .replace("%1", title)
                .replace("%2", str(template.version))
            )
        else:
            text = (
                self.tr("“%1”, version %2, is already in the workspace as it is in the file.")
                .replace("%1", title)
                .replace("%2", str(template.version))
            )
        open_message(
            self.window,
            QMessageBox.Icon.Information,
            self.tr("Checklist template"),
            text,
            "template_imported",
        )
        return template

    # Export -------------------------------------------------------------------------------

    def choose_export(self) -> None:
        """Which template version to export: a list, opened without waiting."""
        versions = all_versions(self.window.document)
        names = [
            self.tr("%1 (version %2)")
            .replace("%1", _title(t, self.language))
            .replace("%2", str(t.version))
            for t in versions
        ]
        picker = QInputDialog(self.window)
        picker.setObjectName("template_picker")
        picker.setWindowTitle(self.tr("Export checklist template"))
        picker.setLabelText(self.tr("Template:"))
        picker.setComboBoxItems(names)
        picker.setComboBoxEditable(False)
        picker.textValueSelected.connect(
            lambda name: self.export_template(versions[names.index(name)])
        )
        picker.finished.connect(picker.deleteLater)
        self.picker = picker
        picker.open()

    def export_template(self, template: ChecklistTemplate, path: Path | None = None) -> None:
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Export checklist template"),
                f"{template.code}-v{template.version}.xlsx",
                self.tr("Spreadsheets (*.xlsx)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        from ...services.checklist_xlsx import write_template_xlsx
        from ..export_notice import tell_if_changed

        try:
            result = write_template_xlsx(path, template)
        except (OSError, KnownProblemError) as exc:
            self.window.show_problem(
                self.tr("The template could not be written: %1").replace("%1", str(exc))
            )
            return
        self.window.statusBar().showMessage(
            self.tr("Template written: %1").replace("%1", str(path))
        )
        tell_if_changed(self.window, path, result.replaced, result.shortened)
