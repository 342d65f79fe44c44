"""The Help menu: a getting-started guide, the keyboard shortcuts (generated from the
actions themselves, so the sheet cannot drift from them), the demo enterprise and About."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..paths import resources_dir
from .actions import ActionId, plain_text, shortcut_text
from .screen_fit import fit_to_screen

if TYPE_CHECKING:
    from .main_window import MainWindow


class HelpMenu(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        a = window.actions
        menu = window.menuBar().addMenu(self.tr("&Help"))
        menu.addActions([a[ActionId.GETTING_STARTED], a[ActionId.SHORTCUTS]])
        menu.addSeparator()
        menu.addAction(a[ActionId.LOAD_DEMO])
        menu.addSeparator()
        menu.addAction(a[ActionId.ABOUT])
        a[ActionId.GETTING_STARTED].triggered.connect(self.show_guide)
        a[ActionId.SHORTCUTS].triggered.connect(self.show_shortcuts)
        a[ActionId.LOAD_DEMO].triggered.connect(self.load_demo)
        a[ActionId.ABOUT].triggered.connect(self.show_about)

    def show_guide(self) -> QDialog:
        dialog = _dialog(self.window, self.tr("Getting started"), "getting_started")
        browser = QTextBrowser(dialog)
        browser.setOpenExternalLinks(False)
        browser.setHtml((resources_dir() / "help" / "getting-started.html").read_text("utf-8"))
        dialog.layout().insertWidget(0, browser)
        fit_to_screen(dialog, 620, 560)
        dialog.open()
        return dialog

    def show_shortcuts(self) -> QDialog:
        dialog = _dialog(self.window, self.tr("Keyboard shortcuts"), "shortcuts")
        rows = self._shortcut_rows()
        search = QLineEdit(dialog)
        search.setPlaceholderText(self.tr("Find an action or a key…"))
        search.setClearButtonEnabled(True)
        table = QTableWidget(len(rows), 3, dialog)
        table.setObjectName("shortcut_table")
        table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Action"), self.tr("Keys")])
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        for row, texts in enumerate(rows):
            for column, text in enumerate(texts):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)

        def filter_rows(text: str) -> None:
            needle = text.casefold()
            for row, texts in enumerate(rows):
                table.setRowHidden(row, bool(needle) and needle not in " ".join(texts).casefold())

        search.textChanged.connect(filter_rows)
        layout = dialog.layout()
        layout.insertWidget(0, search)
        layout.insertWidget(1, table)
        fit_to_screen(dialog, 560, 600)
        dialog.open()
        search.setFocus()
        return dialog

    def _shortcut_rows(self) -> list[tuple[str, str, str]]:
        """(where, action, keys) of every action with a shortcut: the window's registry, undo
        and redo, and the open plan editor's tools."""
        window = self.window
        found = [(self.tr("Window"), a) for a in window.actions.values()]
        found += [(self.tr("Window"), window.undo_action), (self.tr("Window"), window.redo_action)]
        editor = window.plan_tabs.current_editor()
        if editor is not None:
            found += [(self.tr("Floor plan"), a) for a in editor.actions_by_name.values()]
        return [
            (where, plain_text(action), shortcut_text(action))
            for where, action in found
            if shortcut_text(action)
        ]

    def load_demo(self) -> None:
        if not self.window.load_demo():
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Demo enterprise"),
                self.tr("The demo enterprise is already in this workspace."),
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

    def show_about(self) -> QDialog:
        from .about_dialog import AboutDialog  # reads fonts through reportlab: when opened

        dialog = AboutDialog(self.window.workspace_name, self.window)
        dialog.open()
        return dialog


def _dialog(parent: QWidget, title: str, name: str) -> QDialog:
    dialog = QDialog(parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    layout = QVBoxLayout(dialog)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return dialog
