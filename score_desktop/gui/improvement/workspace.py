"""One enterprise's EIT and EIP in a main-window tab: projects (table, board, summary), the
team, its meetings, the suggestion scheme, and the follow-up review."""

import uuid

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTabWidget, QWidget

from ...document.portfolio import PortfolioDocument
from ...domain.read_model import currency_of
from ..indicators.indicators_panel import IndicatorsPanel
from .meetings_panel import MeetingsPanel
from .projects_panel import ProjectsPanel
from .review_panel import ReviewPanel
from .suggestions_panel import SuggestionsPanel
from .team_panel import TeamPanel


class ImprovementWorkspace(QTabWidget):
    def __init__(
        self,
        document: PortfolioDocument,
        enterprise_id: uuid.UUID,
        settings: QSettings,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.document = document
        self.enterprise_id = enterprise_id
        self.projects = ProjectsPanel(document, self.currency, self, settings=settings)
        self.team = TeamPanel(document, settings, self)
        self.meetings = MeetingsPanel(document, self)
        self.suggestions = SuggestionsPanel(document, self.currency, self)
        self.review = ReviewPanel(document, self)
        self.addTab(self.projects, self.tr("Improvement plan (EIP)"))
        self.addTab(self.team, self.tr("Team (EIT)"))
        self.addTab(self.meetings, self.tr("Meetings"))
        self.addTab(self.suggestions, self.tr("Suggestions"))
        self.addTab(self.review, self.tr("Follow-up review"))
        self.indicators = IndicatorsPanel(document, self)
        self.addTab(self.indicators, self.tr("Indicators"))
        for panel in (
            self.projects,
            self.team,
            self.meetings,
            self.suggestions,
            self.review,
            self.indicators,
        ):
            panel.set_enterprise(enterprise_id)

    def currency(self) -> str:
        if not self.document.has_enterprise(self.enterprise_id):
            return ""
        enterprise = self.document.enterprise(self.enterprise_id)
        return currency_of(enterprise)
