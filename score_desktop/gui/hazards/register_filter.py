"""What the register's filter bar and risk matrix ask of a hazard to show its row."""

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable

from ...domain.hazard import Hazard, RiskView
from ...domain.risk import Cell, RiskMethod, matrix_axes, ratings_cell

NOT_RATED = "\u0000not-rated"  # the band filter's choice of hazards not rated in the view


@dataclasses.dataclass
class HazardFilter:
    text: str = ""
    category: str | None = None
    band: str | None = None  # a band's key, or NOT_RATED
    status: str | None = None
    overdue: bool = False  # open or in progress, past its due date
    zone: str | None = None
    visit_id: uuid.UUID | None = None
    cell: Cell | None = None  # (likelihood, severity) from the matrix

    def accepts(
        self,
        hazard: Hazard,
        method: RiskMethod,
        view: RiskView,
        today: dt.date,
        zone_of: Callable[[Hazard], str],
    ) -> bool:
        """Band and cell are those of the hazard's ratings in `view` (what the plan and the
        matrix show); `zone_of` is asked last but one (a zone costs a polygon test)."""
        if self.category and hazard.category_code != self.category:
            return False
        if self.status and hazard.status.value != self.status:
            return False
        if self.overdue and not hazard.is_overdue(today):
            return False
        if self.visit_id and hazard.visit_id != self.visit_id:
            return False
        if self.band or self.cell is not None:
            ratings = hazard.ratings(view)
            if self.band:
                assessment = method.rated(ratings)
                if assessment is None:
                    if self.band != NOT_RATED:
                        return False
                elif assessment.band.key != self.band:
                    return False
            if self.cell is not None and ratings_cell(ratings, matrix_axes(method)) != self.cell:
                return False
        if self.zone is not None and zone_of(hazard) != self.zone:
            return False
        if self.text:
            haystack = " ".join(
                (
                    hazard.title,
                    hazard.description,
                    hazard.source,
                    hazard.job,
                    hazard.responsible,
                    hazard.existing_controls,
                )
            ).casefold()
            if not all(word in haystack for word in self.text.casefold().split()):
                return False
        return True


NO_FILTER = HazardFilter()
