"""The main window: portfolio on the left, the selected enterprise on the right.

Dialog modules are imported when first opened, not with the window: they are not needed for
the first paint (see the startup benchmark).

Dialogs are opened window-modal with open(), never exec(), so the event loop keeps running
(and tests can drive them); their results arrive in the _on_*_dialog_finished slots.
"""

import uuid

from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabBar,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from ..document.commands import (
    AddEnterpriseCommand,
    AddVisitCommand,
    DeleteEnterpriseCommand,
    EditEnterpriseCommand,
)
from ..document.portfolio import PortfolioDocument
from ..document.undo_contexts import WORKSPACE
from ..domain.enterprise import Enterprise
from ..services.reporting.result import ReportResult
from .actions import EDITING, ActionId, create_actions, undo_actions
from .checklists.template_actions import TemplateActions
from .comments.comment_actions import CommentActions
from .comments.review_mode import may_open_walkthrough, review_mode_text
from .enterprise_panel import EnterprisePanel
from .exchange.exchange_actions import ExchangeActions
from .first_paint import paint_pages_once
from .help_menu import HelpMenu
from .history_actions import HistoryActions
from .improvement_tabs import ImprovementTabs
from .message_boxes import open_message, open_question
from .office.office_actions import OfficeActions
from .plan_tabs import PlanTabs
from .portfolio_panel import PortfolioPanel
from .report_actions import ReportExports
from .session_state import SessionState, keep_split
from .settings_keys import PORTFOLIO_AND_ENTERPRISE, WINDOW_GEOMETRY
from .signoff_actions import SignoffActions
from .visit_actions import VisitActions
from .window_menus import build_menus
from .workspace_care import WorkspaceCare

PORTFOLIO_TAB = 0  # the first tab, never closed; plans and improvement plans open after it


class MainWindow(QMainWindow):
    def __init__(
        self,
        document: PortfolioDocument,
        settings: QSettings,
        workspace_name: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.document = document
        self.settings = settings
        # the photo library (and its domain modules) is made when a workspace is attached
        document.reset.connect(self._apply_photo_policy)
        if document.is_attached():
            self._apply_photo_policy()
        self.workspace_name = ""
        self.read_only = False
        self.thread_pool = QThreadPool.globalInstance()
        self.last_export: ReportResult | None = None
        self.reports = ReportExports(document, settings, self)

        self.actions = create_actions(self)
        # Undo and Redo act on the tab in front (its own stack) and name the step
        self.undo_action, self.redo_action = undo_actions(
            document.undo.group, self, self.tr("&Undo"), self.tr("&Redo")
        )

        self.portfolio_panel = PortfolioPanel(document, self)
        self.enterprise_panel = EnterprisePanel(document, self)
        for action_id in (
            ActionId.NEW_VISIT,
            ActionId.EDIT_VISIT,
            ActionId.DELETE_VISIT,
            ActionId.WALKTHROUGH,
            ActionId.EXPORT_VISIT_REPORT,
        ):
            button = QToolButton(self.enterprise_panel)
            button.setDefaultAction(self.actions[action_id])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.enterprise_panel.add_visit_button(button)
        for action_id in (
            ActionId.NEW_PLAN,
            ActionId.OPEN_PLAN,
            ActionId.EDIT_PLAN,
            ActionId.DUPLICATE_PLAN,
            ActionId.DELETE_PLAN,
        ):
            button = QToolButton(self.enterprise_panel)
            button.setDefaultAction(self.actions[action_id])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.enterprise_panel.add_plan_button(button)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.portfolio_panel)
        splitter.addWidget(self.enterprise_panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 640])
        keep_split(settings, PORTFOLIO_AND_ENTERPRISE, splitter)
        self.enterprise_panel.keep_splits(settings)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.addTab(splitter, self.tr("Portfolio"))  # PORTFOLIO_TAB
        self.tabs.tabBar().setTabButton(PORTFOLIO_TAB, QTabBar.ButtonPosition.RightSide, None)
        self.setCentralWidget(self.tabs)
        paint_pages_once(self.tabs)
        self.plan_tabs = PlanTabs(self, self.tabs)
        self.improvement_tabs = ImprovementTabs(self, self.tabs)
        self.history_actions = HistoryActions(self)
        self.comment_actions = CommentActions(self, self.actions[ActionId.COMMENTS])
        self.signoffs = SignoffActions(self)
        self.exchange = ExchangeActions(self)
        self.visits = VisitActions(self)  # new, edit, delete, walk through
        self.checklist_templates = TemplateActions(self)  # the editor, XLSX import/export
        self.office = OfficeActions(self)  # connect, sync, the indicator
        self.care = WorkspaceCare(self)  # backups, restore, compaction, damage
        self.session = SessionState(self)  # the enterprise and plans open at the last close
        self.set_workspace_name(workspace_name)

        self._build_menus()
        self._connect()
        self.history_actions.offer_in_context_menu(
            self.portfolio_panel.table,
            self.enterprise_panel.visit_table,
            self.enterprise_panel.plan_list,
        )
        self.enterprise_panel.visit_table.addAction(self.actions[ActionId.SIGN_VISIT_REPORT])
        self.enterprise_panel.gallery_made.connect(
            lambda gallery: self.history_actions.offer_in_context_menu(gallery.list)
        )
        self.portfolio_panel.select_first()
        self.session.restore()
        self._update_actions()
        self.resize(1200, 760)
        geometry = WINDOW_GEOMETRY.read(settings)
        if geometry is not None:
            self.restoreGeometry(geometry)

    # Construction --------------------------------------------------------------------------

    def _build_menus(self) -> None:
        a = self.actions
        build_menus(self.menuBar(), a, [self.undo_action, self.redo_action])
        self.help_menu = HelpMenu(self)

        # in the menu bar's free corner, not a row of its own: a 700-pixel screen needs the
        # height for the plan and its register
        toolbar = QToolBar(self.tr("Main"), self.menuBar())
        toolbar.setObjectName("main_toolbar")
        self.menuBar().setCornerWidget(toolbar, Qt.Corner.TopRightCorner)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)  # names in tips
        toolbar.addActions([a[ActionId.NEW_ENTERPRISE], a[ActionId.EDIT_ENTERPRISE]])
        toolbar.addAction(a[ActionId.OPEN_IMPROVEMENT])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])

    def _connect(self) -> None:
        a = self.actions
        a[ActionId.NEW_ENTERPRISE].triggered.connect(self.new_enterprise)
        a[ActionId.EDIT_ENTERPRISE].triggered.connect(self.edit_enterprise)
        a[ActionId.DELETE_ENTERPRISE].triggered.connect(self.delete_enterprise)
        a[ActionId.EXPORT_VISIT_REPORT].triggered.connect(self.export_visit_report)
        a[ActionId.EXPORT_PROGRESS_REPORT].triggered.connect(self.export_progress_report)
        self.reports.finished.connect(self._on_report_finished)
        self.reports.failed.connect(self._on_report_failed)
        self.reports.runner.running_changed.connect(lambda _running: self._update_actions())
        a[ActionId.FIND].triggered.connect(self._on_find_triggered)
        a[ActionId.PREFERENCES].triggered.connect(self.open_preferences)
        a[ActionId.HISTORY].triggered.connect(self.history_actions.show_history)
        a[ActionId.ACTIVITY].triggered.connect(self.history_actions.show_activity)
        a[ActionId.QUIT].triggered.connect(self.close)
        self.portfolio_panel.current_enterprise_changed.connect(self._on_enterprise_selected)
        self.portfolio_panel.enterprise_activated.connect(lambda _id: self.edit_enterprise())
        self.enterprise_panel.current_visit_changed.connect(lambda _id: self._update_actions())
        self.enterprise_panel.current_plan_changed.connect(lambda _id: self._update_actions())
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.document.reset.connect(self._on_document_reset)
        self.document.problem_occurred.connect(self.show_problem)
        self.document.mode_changed.connect(self._on_document_mode_changed)
        self.document.enterprise_set.added.connect(self._on_document_enterprises_added)
        self.document.visit_set.added.connect(self._on_document_visits_added)

    # Enterprises ---------------------------------------------------------------------------

    def new_enterprise(self) -> None:
        from .enterprise_dialog import EnterpriseDialog

        self._open_enterprise_dialog(EnterpriseDialog(None, self), is_new=True)

    def edit_enterprise(self) -> None:
        enterprise_id = self.portfolio_panel.current_enterprise_id()
        if enterprise_id is not None:
            from .enterprise_dialog import EnterpriseDialog

            dialog = EnterpriseDialog(self.document.enterprise(enterprise_id), self)
            self._open_enterprise_dialog(dialog, is_new=False)

    def _open_enterprise_dialog(self, dialog, *, is_new: bool) -> None:
        dialog.accepted.connect(lambda: self._on_enterprise_dialog_accepted(dialog, is_new))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _on_enterprise_dialog_accepted(self, dialog, is_new: bool) -> None:
        enterprise: Enterprise = dialog.value()
        if is_new:
            self._push(AddEnterpriseCommand(self.document, enterprise))
        elif dialog.is_changed():
            self._push(EditEnterpriseCommand(self.document, enterprise))

    def delete_enterprise(self) -> None:
        enterprise_id = self.portfolio_panel.current_enterprise_id()
        if enterprise_id is None:
            return
        enterprise = self.document.enterprise(enterprise_id)
        count = len(self.document.visits_of(enterprise_id))
        question = self.tr(
            "Delete “%1” and its %n visit(s)?\nYou can undo this with Ctrl+Z.", "", count
        )
        self.confirm(
            question.replace("%1", enterprise.name),
            lambda: self._push(DeleteEnterpriseCommand(self.document, enterprise_id)),
        )

    # Report --------------------------------------------------------------------------------

    def export_visit_report(self) -> None:
        visit_id = self.enterprise_panel.current_visit_id()
        if visit_id is not None:
            self.reports.ask_visit_report(visit_id)

    def export_progress_report(self) -> None:
        enterprise_id = self.enterprise_panel.enterprise_id
        if enterprise_id is not None:
            self.reports.ask_progress_report(enterprise_id)

    def _on_report_finished(self, result: ReportResult) -> None:
        self.last_export = result
        self.statusBar().showMessage(self.tr("Report written: %1").replace("%1", str(result.path)))
        if result.warnings:
            self.show_problem("\n".join(result.warnings), title=self.tr("Report written"))

    def _on_report_failed(self, message: str) -> None:
        self.show_problem(self.tr("The report could not be written: %1").replace("%1", message))

    # Misc ----------------------------------------------------------------------------------

    def _push(self, command) -> bool:
        """An edit of the workspace (enterprises, visits, plans as records, the demo): on
        its stack whichever tab is in front, so Undo on a plan never takes it back."""
        return self.document.push(command, WORKSPACE)

    def _on_tab_changed(self, _index: int) -> None:
        self.document.undo.set_current(self.undo_context(self.tabs.currentWidget()))
        self._update_actions()

    def undo_context(self, page: QWidget | None):
        """The undo context of a tab's page: a plan's, an EIT & EIP tab's, else the
        workspace's."""
        return (
            self.plan_tabs.undo_context(page)
            or self.improvement_tabs.undo_context(page)
            or WORKSPACE
        )

    def load_demo(self) -> bool:
        """Add the demo enterprise (the records `score-desktop demo` writes) as one undoable
        step, applied whole or not at all; False if it is already there."""
        from ..document.commands import CompositeCommand
        from ..document.hazard_commands import AddHazardsCommand
        from ..document.improvement_commands import AddRecordsCommand
        from ..document.indicator_commands import SetEntriesCommand
        from ..document.plan_commands import AddPlanCommand
        from ..services.demo import demo_records  # not needed for the first paint

        demo = demo_records()
        if self.document.has_enterprise(demo.enterprise.id):
            return False
        doc, text = self.document, self.tr("Load demo enterprise")
        parts = [
            AddEnterpriseCommand(doc, demo.enterprise),
            *(AddVisitCommand(doc, visit) for visit in demo.visits),
            AddPlanCommand(doc, demo.plan, demo.plan_items),
            AddHazardsCommand(doc, demo.hazards),
            *(AddRecordsCommand(doc, records, text) for records in demo.improvement),
            SetEntriesCommand(doc, demo.enterprise.id, demo.indicator_entries, text),
        ]
        return self._push(CompositeCommand(doc, text, parts))

    def open_preferences(self) -> None:
        from .preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self.workspace_name, self)
        dialog.accepted.connect(self._apply_photo_policy)
        dialog.accepted.connect(self.history_actions.use_stored_person)
        dialog.accepted.connect(self.care.apply_settings)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def current_enterprise_id(self) -> uuid.UUID | None:
        """The enterprise of the tab in front (a plan's, an EIT tab's), else the portfolio's."""
        editor = self.plan_tabs.current_editor()
        if editor is not None:
            return editor.plan_document.plan.enterprise_id
        page = self.tabs.currentWidget()
        return getattr(page, "enterprise_id", None) or self.portfolio_panel.current_enterprise_id()

    def history_record(self):
        """Edit ▸ History… with nothing more precise under focus: what the tab in front has
        selected (a plan's hazard or item), else its enterprise."""
        from .history_format import record_ref

        page = self.tabs.currentWidget()
        finder = getattr(page, "history_record", None)
        found = finder() if callable(finder) else None
        if found is not None:
            return found

        enterprise_id = self.current_enterprise_id()
        if enterprise_id is None or not self.document.has_enterprise(enterprise_id):
            return None
        return record_ref(
            "enterprises", enterprise_id, self.document.enterprise(enterprise_id).name
        )

    def _apply_photo_policy(self) -> None:
        from .preferences_dialog import photo_keep_max_pixels

        self.document.photos.keep_max_pixels = photo_keep_max_pixels(self.settings)

    def show_problem(self, message: str, title: str | None = None) -> None:
        title = title or self.tr("SCORE Desktop")
        open_message(self, QMessageBox.Icon.Warning, title, message, "problem_box")

    def confirm(self, question: str, on_yes) -> None:
        open_question(self, self.tr("Please confirm"), question, on_yes, "confirm_box")

    def set_workspace_name(self, name: str, read_only: bool = False) -> None:
        """The title and status bar name the workspace, and say when it cannot be edited."""
        self.workspace_name, self.read_only = name, read_only
        self._update_actions()
        if read_only:
            self.setWindowTitle(self.tr("SCORE Desktop — %1 (read-only)").replace("%1", name))
            self.statusBar().showMessage(
                self.tr("Workspace: %1 — read-only: browse and export, no edits").replace(
                    "%1", name
                )
            )
            return
        if not name:
            self.setWindowTitle(self.tr("SCORE Desktop"))
            if not self.document.is_attached():
                self.statusBar().showMessage(self.tr("Opening the workspace…"))
            return
        self.setWindowTitle(self.tr("SCORE Desktop — %1").replace("%1", name))
        self.statusBar().showMessage(self.tr("Workspace: %1").replace("%1", name))

    def _on_document_mode_changed(self) -> None:
        self._update_actions()
        if self.document.reviewing and not self.read_only:
            self.statusBar().showMessage(review_mode_text())

    def _on_document_reset(self) -> None:
        self.portfolio_panel.select_first()
        self.session.restore()
        self._update_actions()

    def _on_enterprise_selected(self, enterprise_id) -> None:
        self.enterprise_panel.set_enterprise(enterprise_id)
        self._update_actions()

    def _on_document_enterprises_added(self, enterprises: list) -> None:
        self.portfolio_panel.select_enterprise(enterprises[-1].id)

    def _on_document_visits_added(self, visits: list) -> None:
        for visit in visits:
            if visit.enterprise_id == self.enterprise_panel.enterprise_id:
                self.enterprise_panel.select_visit(visit.id)

    def _on_find_triggered(self) -> None:
        """On a plan, its register's search; elsewhere the portfolio's, brought forward."""
        editor = self.plan_tabs.current_editor()
        if editor is not None:
            search = editor.hazards.panel.search_edit
        else:
            self.tabs.setCurrentIndex(PORTFOLIO_TAB)
            search = self.portfolio_panel.search_edit
        search.setFocus()
        search.selectAll()

    def update_actions(self) -> None:
        """Enable what the selection and the work in progress allow."""
        self._update_actions()

    def _update_actions(self) -> None:
        has_enterprise = self.enterprise_panel.enterprise_id is not None
        has_visit = self.enterprise_panel.current_visit_id() is not None
        # deleting what the portfolio has selected, only while it is seen: from a plan's
        # tab, Ctrl+Del asked to delete a visit the user could not see
        seen = self.tabs.currentIndex() == PORTFOLIO_TAB
        a = self.actions
        a[ActionId.NEW_ENTERPRISE].setEnabled(self.document.is_attached())
        a[ActionId.HISTORY].setEnabled(self.document.is_attached())
        a[ActionId.ACTIVITY].setEnabled(has_enterprise)
        for action_id in (
            ActionId.EDIT_ENTERPRISE,
            ActionId.NEW_VISIT,
            ActionId.OPEN_IMPROVEMENT,
            ActionId.NEW_PLAN,
        ):
            a[action_id].setEnabled(has_enterprise)
        has_plan = self.enterprise_panel.current_plan_id() is not None
        a[ActionId.OPEN_PLAN].setEnabled(has_enterprise and has_plan)
        a[ActionId.LOAD_DEMO].setEnabled(self.document.is_attached())
        a[ActionId.DELETE_ENTERPRISE].setEnabled(has_enterprise and seen)
        a[ActionId.EDIT_VISIT].setEnabled(has_visit)
        visit_id = self.enterprise_panel.current_visit_id()
        walk = has_visit and may_open_walkthrough(self.document, visit_id)
        a[ActionId.WALKTHROUGH].setEnabled(walk and not self.read_only)
        a[ActionId.DELETE_VISIT].setEnabled(has_visit and seen)
        exporting = self.reports.runner.running
        a[ActionId.EXPORT_VISIT_REPORT].setEnabled(has_visit and not exporting)
        a[ActionId.EXPORT_PROGRESS_REPORT].setEnabled(has_enterprise and not exporting)
        self.signoffs.update_actions(has_visit, has_enterprise, exporting)
        self.exchange.update_actions(has_enterprise)
        self.checklist_templates.update_actions()
        self.office.update_actions()
        a[ActionId.COMMENTS].setEnabled(self.document.is_attached() and not self.read_only)
        for action_id in EDITING if self.read_only or self.document.reviewing else ():
            a[action_id].setEnabled(False)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        WINDOW_GEOMETRY.write(self.settings, self.saveGeometry())
        self.session.save()
        self.thread_pool.waitForDone(10_000)
        super().closeEvent(event)
