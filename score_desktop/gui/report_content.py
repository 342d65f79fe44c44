"""Gathers, on the GUI thread, the immutable records a visit report shows beyond the visit."""

import datetime as dt

from ..document.portfolio import PortfolioDocument
from ..domain.improvement import currency_for


def visit_content(document: PortfolioDocument, enterprise_id, today: dt.date):
    # reportlab's section module is imported with the first export, not at start-up
    from ..services.reporting.sections import VisitContent, indicator_lines

    enterprise = document.enterprise(enterprise_id)
    book = document.indicators
    return VisitContent(
        today=today,
        method=document.risk_method(enterprise_id),
        hazards=document.hazards.hazards_of(enterprise_id),
        categories={c.code: c.name for c in document.hazards.categories()},
        projects=document.improvement.projects_of(enterprise_id),
        members=document.improvement.members_of(enterprise_id),
        currency=enterprise.currency or currency_for(enterprise.country),
        indicators=indicator_lines(book.indicators(), book.entries_of(enterprise_id)),
    )
