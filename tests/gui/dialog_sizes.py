"""Opens every dialog of the app on the demo workspace and prints each one's size as JSON
lines: run by tests/gui/test_small_screens.py in a process of its own, on an offscreen
screen of 1,024 × 700 (a test process has one screen, of 800 × 800).

python -m tests.gui.dialog_sizes FOLDER [LANGUAGE]
"""

import json
import os
import sys
from pathlib import Path


def _openers(window, editor, page):
    from score_desktop.gui.actions import ActionId

    hazards = window.document.hazards.hazards_on(editor.plan_document.plan_id)
    project = page.projects.model.project_at(0)
    actions = {
        name: window.actions[action].trigger
        for name, action in (
            ("new enterprise", ActionId.NEW_ENTERPRISE),
            ("edit enterprise", ActionId.EDIT_ENTERPRISE),
            ("new visit", ActionId.NEW_VISIT),
            ("edit visit", ActionId.EDIT_VISIT),
            ("visit report", ActionId.EXPORT_VISIT_REPORT),
            ("progress report", ActionId.EXPORT_PROGRESS_REPORT),
            ("walk-through", ActionId.WALKTHROUGH),
            ("send enterprise", ActionId.SEND_ENTERPRISE),
            ("conflict inbox", ActionId.CONFLICT_INBOX),
            ("new plan", ActionId.NEW_PLAN),
            ("edit plan", ActionId.EDIT_PLAN),
            ("preferences", ActionId.PREFERENCES),
            ("history", ActionId.HISTORY),
            ("activity", ActionId.ACTIVITY),
            ("restore backup", ActionId.RESTORE_BACKUP),
            ("getting started", ActionId.GETTING_STARTED),
            ("shortcuts", ActionId.SHORTCUTS),
            ("about", ActionId.ABOUT),
        )
    }
    return actions | {
        "new hazard": editor.hazards.new_unpinned,
        "edit hazard": lambda: editor.hazards.edit(hazards[0].id),
        "risk bands": editor.hazards.panel.edit_bands,
        "hazard categories": editor.hazards.panel.edit_categories,
        "new project": page.projects.new_project,
        "edit project": lambda: page.projects.edit(project.id),
        "new member": page.team.add_member,
        "team rules": page.team.edit_rules,
        "new suggestion": page.suggestions.add_suggestion,
        "new indicator": page.indicators.add_indicator,
    }


def main(folder: Path, language: str) -> None:
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = str(folder / var.lower())
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    app = QApplication([])
    from score_desktop.gui.i18n import install_translators

    install_translators(app, language)
    from score_desktop.document.portfolio import PortfolioDocument
    from score_desktop.gui.main_window import MainWindow
    from score_desktop.services.demo import DEMO_ENTERPRISE_ID, DEMO_PLAN_ID, seed_demo
    from score_desktop.storage.database import open_workspace
    from score_desktop.storage.repositories import sql_repositories

    workspace = open_workspace(f"sqlite:///{folder / 'workspace.sqlite3'}")
    seed_demo(sql_repositories(workspace))
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(PortfolioDocument(sql_repositories(workspace)), settings, "demo")
    window.resize(1024, 660)
    window.show()
    editor = window.plan_tabs.open_plan(DEMO_PLAN_ID)
    page = window.improvement_tabs.open(DEMO_ENTERPRISE_ID)
    for _ in range(20):
        app.processEvents()
    for name, opener in _openers(window, editor, page).items():
        before = {id(w) for w in app.topLevelWidgets() if w.isVisible()}
        try:
            opener()
        except Exception as exc:  # noqa: BLE001 - reported as a line of its own
            print(json.dumps({"name": name, "error": repr(exc)}), flush=True)
            continue
        for _ in range(10):
            app.processEvents()
        opened = [w for w in app.topLevelWidgets() if w.isVisible() and id(w) not in before]
        for widget in opened:
            least = widget.minimumSizeHint().expandedTo(widget.minimumSize())
            print(
                json.dumps(
                    {
                        "name": name,
                        "class": type(widget).__name__,
                        "size": [widget.width(), widget.height()],
                        "least": [least.width(), least.height()],
                    }
                ),
                flush=True,
            )
        for widget in reversed(opened):
            if isinstance(widget, QMessageBox):
                widget.close()
            elif isinstance(widget, QDialog):
                widget.done(0)
            else:
                widget.close()
            app.processEvents()
        for widget in app.topLevelWidgets():  # a "discard?" question after the reject
            if isinstance(widget, QMessageBox) and widget.isVisible():
                widget.button(QMessageBox.StandardButton.Discard) and widget.button(
                    QMessageBox.StandardButton.Discard
                ).click()
                widget.close()
    window.close()
    workspace.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "en")
