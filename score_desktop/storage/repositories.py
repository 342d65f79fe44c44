"""All SQL repositories of one workspace, bundled for the document layer."""

from ..domain.ports import Repositories
from .checklist_repository import SqlChecklistRepository
from .comment_repository import SqlCommentRepository
from .conflict_inbox import SqlConflictInbox
from .database import Workspace
from .exchange_store import SqlExchange
from .floorplan_repository import SqlFloorPlanRepository
from .hazard_repository import SqlHazardRepository
from .history_repository import SqlHistoryRepository
from .improvement_repository import SqlImprovementRepository
from .indicator_repository import SqlIndicatorRepository
from .photo_repository import SqlPhotoRepository
from .portfolio_repository import SqlPortfolioRepository
from .programme_queries import SqlProgramme
from .signoff_repository import SqlSignoffRepository


def sql_repositories(workspace: Workspace) -> Repositories:
    return Repositories(
        portfolio=SqlPortfolioRepository(workspace),
        plans=SqlFloorPlanRepository(workspace),
        hazards=SqlHazardRepository(workspace),
        photos=SqlPhotoRepository(workspace),
        improvement=SqlImprovementRepository(workspace),
        indicators=SqlIndicatorRepository(workspace),
        history=SqlHistoryRepository(workspace),
        exchange=SqlExchange(workspace),
        inbox=SqlConflictInbox(workspace),
        signoffs=SqlSignoffRepository(workspace),
        comments=SqlCommentRepository(workspace),
        checklists=SqlChecklistRepository(workspace),
        programme=SqlProgramme(workspace),
    )
