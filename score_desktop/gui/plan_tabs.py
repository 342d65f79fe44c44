"""Floor plans in the main window: the plan actions and one editor tab per open plan.

Plan records, commands and the plan dialog are imported when an action first needs them,
not with the window (see the startup benchmark)."""

from __future__ import annotations

import dataclasses
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget, QWidget

from ..document.undo_contexts import WORKSPACE, plan_context
from ..domain.bulk import thaw
from ..domain.errors import KnownProblemError
from .actions import ActionId
from .session_state import keep_split
from .settings_keys import (
    PLAN_AND_PROPERTIES,
    PLAN_AND_REGISTER,
    PLAN_PIN_STYLE,
    PLAN_RISK_VIEW,
)

if TYPE_CHECKING:
    from ..domain.floorplan import FloorPlan


class PlanTabs(QObject):
    """Owns plan editor tabs (tab 0 is the portfolio) and carries out the plan actions."""

    def __init__(self, window, tabs: QTabWidget):
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.tabs = tabs
        self.editors: dict[uuid.UUID, QWidget] = {}
        a = window.actions
        a[ActionId.NEW_PLAN].triggered.connect(self.new_plan)
        a[ActionId.OPEN_PLAN].triggered.connect(lambda: self.open_plan(self._selected()))
        a[ActionId.EDIT_PLAN].triggered.connect(self.edit_plan)
        a[ActionId.DUPLICATE_PLAN].triggered.connect(self.duplicate_plan)
        a[ActionId.DELETE_PLAN].triggered.connect(self.delete_plan)
        a[ActionId.CLOSE_TAB].triggered.connect(lambda: self.close_tab(tabs.currentIndex()))
        tabs.tabCloseRequested.connect(self.close_tab)
        window.enterprise_panel.plan_activated.connect(self.open_plan)
        self.document.plan_set.changed.connect(self._on_document_plans_changed)
        self.document.plan_set.removed.connect(self._on_document_plans_removed)
        self.document.reset.connect(self.close_all)

    def _selected(self) -> uuid.UUID | None:
        return self.window.enterprise_panel.current_plan_id()

    def new_plan(self) -> None:
        enterprise_id = self.window.enterprise_panel.enterprise_id
        if enterprise_id is None:
            return
        count = len(self.document.plans_of(enterprise_id))
        name = (
            self.tr("Ground floor")
            if count == 0
            else self.tr("Plan %1").replace("%1", str(count + 1))
        )
        from ..domain.floorplan import FloorPlan
        from .plan_dialog import PlanDialog

        dialog = PlanDialog(
            FloorPlan(enterprise_id=enterprise_id, name=name), is_new=True, parent=self.window
        )
        dialog.accepted.connect(lambda: self._add(dialog.value()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _add(self, plan: FloorPlan) -> None:
        from ..document.plan_commands import AddPlanCommand

        if self.document.push(AddPlanCommand(self.document, plan), WORKSPACE):
            self.open_plan(plan.id)

    def edit_plan(self) -> None:
        plan_id = self._selected()
        if plan_id is None:
            return
        from ..document.plan_commands import EditPlanCommand
        from .plan_dialog import PlanDialog

        original = self.document.plan(plan_id)
        dialog = PlanDialog(original, is_new=False, parent=self.window)

        def on_accepted() -> None:
            if dialog.value() != original:
                text = self.tr("Edit floor plan details")
                self.document.push(EditPlanCommand(self.document, dialog.value(), text), WORKSPACE)

        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def duplicate_plan(self) -> None:
        plan_id = self._selected()
        if plan_id is None:
            return
        plan = self.document.plan(plan_id)
        copy = dataclasses.replace(
            plan, id=uuid.uuid4(), name=self.tr("%1 (copy)").replace("%1", plan.name)
        )
        items = [
            dataclasses.replace(i, id=uuid.uuid4(), plan_id=copy.id)
            for i in self.document.plan_repository.list_items(plan_id)
        ]
        text = self.tr("Duplicate floor plan “%s”")
        from ..document.plan_commands import AddPlanCommand

        self.document.push(AddPlanCommand(self.document, copy, items, text=text), WORKSPACE)

    def delete_plan(self) -> None:
        plan_id = self._selected()
        if plan_id is None:
            return
        plan = self.document.plan(plan_id)
        question = self.tr(
            "Delete the floor plan “%1” and everything drawn on it?\nYou can undo this with Ctrl+Z."
        ).replace("%1", plan.name)
        from ..document.plan_commands import DeletePlanCommand

        self.window.confirm(
            question,
            lambda: self.document.push(DeletePlanCommand(self.document, plan_id), WORKSPACE),
        )

    def open_plan(self, plan_id: uuid.UUID | None):
        if plan_id is None:
            return None
        if plan_id not in self.editors:
            # The editor (and Pillow, PDFium behind it) loads when a plan is first opened,
            # not with the window: see the startup benchmark.
            from .floorplan.editor import open_plan_editor

            try:
                editor = open_plan_editor(self.document, plan_id, self.tabs)  # reads its items
            except KnownProblemError as exc:  # a damaged row, a lost connection
                self.window.show_problem(str(exc), self.tr("Cannot open the floor plan"))
                return None
            self._keep_layout(editor)
            self._keep_risk_view(editor.hazards.panel)
            editor.status.connect(lambda text: self.window.statusBar().showMessage(text, 8000))
            editor.problem.connect(self.window.show_problem)
            self.window.history_actions.offer_in_context_menu(editor.hazards.panel.table)
            self.editors[plan_id] = editor
            self.tabs.addTab(editor, self._title(self.document.plan(plan_id)))
        editor = self.editors[plan_id]
        self.tabs.setCurrentWidget(editor)
        return editor

    def _keep_layout(self, editor) -> None:
        """Every plan opens split as the user last left one: the plan beside its properties,
        above its register (a small laptop screen wants the register taller, say)."""
        layouts = (PLAN_AND_PROPERTIES, PLAN_AND_REGISTER)
        for setting, splitter in zip(layouts, editor.splitters, strict=True):
            restored = keep_split(self.window.settings, setting, splitter)
        editor.split_restored = restored  # the register's: else folded on a short screen

    def _keep_risk_view(self, panel) -> None:
        """Every plan opens showing the risk (current, initial or residual) last chosen on
        any plan; an unknown stored value leaves the current risk."""
        settings = self.window.settings
        panel.set_risk_view(PLAN_RISK_VIEW.read(settings))
        panel.risk_view_changed.connect(lambda value: PLAN_RISK_VIEW.write(settings, value))
        # and the pins coloured as last chosen (by category, NR-5 colours or risk band)
        panel.set_pin_style(PLAN_PIN_STYLE.read(settings))
        panel.pin_style_changed.connect(lambda value: PLAN_PIN_STYLE.write(settings, value))

    def _title(self, plan: FloorPlan) -> str:
        enterprise = self.document.enterprise(plan.enterprise_id).name
        short = enterprise if len(enterprise) <= 24 else enterprise[:23] + "…"
        return f"{plan.name} — {short}".replace("&", "&&")  # not a shortcut underline

    def close_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        for plan_id, editor in list(self.editors.items()):
            if editor is widget:
                self.close_plan(plan_id)

    def close_plan(self, plan_id: uuid.UUID) -> None:
        editor = self.editors.pop(plan_id, None)
        if editor is not None:
            self.tabs.removeTab(self.tabs.indexOf(editor))
            editor.deleteLater()
            thaw()  # what the open froze (open_plan_editor) can be collected again

    def close_all(self) -> None:
        for plan_id in list(self.editors):
            self.close_plan(plan_id)

    def undo_context(self, page: QWidget | None):
        """The undo context of `page` if it is a plan's editor, else None."""
        for plan_id, editor in self.editors.items():
            if editor is page:
                return plan_context(plan_id)
        return None

    def current_editor(self):
        widget = self.tabs.currentWidget()
        return widget if widget in self.editors.values() else None

    def _on_document_plans_removed(self, plans: list[FloorPlan]) -> None:
        for plan in plans:
            self.close_plan(plan.id)

    def _on_document_plans_changed(self, plans: list[FloorPlan]) -> None:
        for plan in plans:
            editor = self.editors.get(plan.id)
            if editor is not None:
                self.tabs.setTabText(self.tabs.indexOf(editor), self._title(plan))
