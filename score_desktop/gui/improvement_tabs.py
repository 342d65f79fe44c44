"""The EIT and EIP of an enterprise as a main-window tab (one per enterprise, opened once)."""

import uuid

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget, QWidget

from ..document.undo_contexts import improvement_context
from .actions import ActionId


class ImprovementTabs(QObject):
    def __init__(self, window, tabs: QTabWidget):
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.tabs = tabs
        self.pages: dict[uuid.UUID, QWidget] = {}
        window.actions[ActionId.OPEN_IMPROVEMENT].triggered.connect(
            lambda: self.open(window.enterprise_panel.enterprise_id)
        )
        window.actions[ActionId.PROGRAMME_INDICATORS].triggered.connect(self.open_programme)
        self.programme: QWidget | None = None
        window.actions[ActionId.PROGRAMME_OVERVIEW].triggered.connect(self.open_overview)
        self.overview: QWidget | None = None
        window.actions[ActionId.CLOSE_TAB].triggered.connect(
            lambda: self.close_tab(tabs.currentIndex())
        )
        tabs.tabCloseRequested.connect(self.close_tab)
        self.document.enterprise_set.removed.connect(
            lambda enterprises: [self.close(e.id) for e in enterprises]
        )
        self.document.enterprise_set.changed.connect(self._on_enterprises_changed)
        self.document.reset.connect(self.close_all)

    def open(self, enterprise_id: uuid.UUID | None):
        if enterprise_id is None:
            return None
        if enterprise_id not in self.pages:
            # loaded when first opened, not with the window (see the startup benchmark)
            from .improvement.workspace import ImprovementWorkspace

            page = ImprovementWorkspace(
                self.document, enterprise_id, self.window.settings, self.tabs
            )
            self.pages[enterprise_id] = page
            self.tabs.addTab(page, self._title(enterprise_id))
            # right-click History… on the team, meetings, suggestions and projects tables
            views = [_record_view(p) for p in page.findChildren(QWidget)]
            self.window.history_actions.offer_in_context_menu(*(v for v in views if v))
        page = self.pages[enterprise_id]
        self.tabs.setCurrentWidget(page)
        return page

    def undo_context(self, page: QWidget | None):
        """The undo context of `page` if it is an enterprise's EIT & EIP, else None."""
        for enterprise_id, own in self.pages.items():
            if own is page:
                return improvement_context(enterprise_id)
        return None

    def open_programme(self):
        """Indicators over the portfolio (one tab; charts load with it)."""
        if self.programme is None:
            from .indicators.portfolio_view import PortfolioIndicators

            self.programme = PortfolioIndicators(self.document, self.tabs)
            self.tabs.addTab(self.programme, self.tr("Programme indicators"))
        self.tabs.setCurrentWidget(self.programme)
        return self.programme

    def open_overview(self):
        """Hazards, projects and savings over the portfolio (one tab, read when opened)."""
        if self.overview is None:
            from .programme_overview import ProgrammeOverview

            self.overview = ProgrammeOverview(self.document, self.tabs)
            self.overview.exported.connect(
                lambda path: self.window.statusBar().showMessage(
                    self.tr("Written: %1").replace("%1", path), 8000
                )
            )
            self.tabs.addTab(self.overview, self.tr("Programme overview"))
        self.tabs.setCurrentWidget(self.overview)
        return self.overview

    def _title(self, enterprise_id: uuid.UUID) -> str:
        name = self.document.enterprise(enterprise_id).name
        short = name if len(name) <= 24 else name[:23] + "…"
        # a tab shows "&" as a shortcut underline unless doubled
        return self.tr("EIT and EIP — %1").replace("%1", short).replace("&", "&&")

    def close_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is not None and widget is self.programme:
            self.tabs.removeTab(index)
            self.programme.deleteLater()
            self.programme = None
            return
        if widget is not None and widget is self.overview:
            self.tabs.removeTab(index)
            self.overview.deleteLater()
            self.overview = None
            return
        for enterprise_id, page in list(self.pages.items()):
            if page is widget:
                self.close(enterprise_id)

    def close(self, enterprise_id: uuid.UUID) -> None:
        page = self.pages.pop(enterprise_id, None)
        if page is not None:
            self.tabs.removeTab(self.tabs.indexOf(page))
            page.deleteLater()

    def close_all(self) -> None:
        for enterprise_id in list(self.pages):
            self.close(enterprise_id)

    def _on_enterprises_changed(self, enterprises: list) -> None:
        for enterprise in enterprises:
            page = self.pages.get(enterprise.id)
            if page is not None:
                self.tabs.setTabText(self.tabs.indexOf(page), self._title(enterprise.id))


def _record_view(widget) -> QWidget | None:
    """The table (or the indicator grid) of a panel that answers History…"""
    if not callable(getattr(type(widget), "history_record", None)):
        return None
    return getattr(widget, "table", None) or getattr(widget, "grid", None)
