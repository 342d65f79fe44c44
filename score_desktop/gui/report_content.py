"""Gathers, on the GUI thread, the immutable records a visit report shows beyond the visit.
Bytes (photos, plan backgrounds) are read later, in the export worker, through the
repositories' loaders."""

import datetime as dt

from ..document.portfolio import PortfolioDocument
from ..domain.improvement import currency_for


def visit_content(document: PortfolioDocument, enterprise_id, today: dt.date):
    # reportlab's section module is imported with the first export, not at start-up
    from ..services.reporting.content import plan_contents
    from ..services.reporting.sections import VisitContent, indicator_lines

    enterprise = document.enterprise(enterprise_id)
    book = document.indicators
    hazards = document.hazards.hazards_of(enterprise_id)
    return VisitContent(
        today=today,
        method=document.risk_method(enterprise_id),
        hazards=hazards,
        categories={c.code: c for c in document.hazards.categories()},
        projects=document.improvement.projects_of(enterprise_id),
        members=document.improvement.members_of(enterprise_id),
        currency=enterprise.currency or currency_for(enterprise.country),
        indicators=indicator_lines(book.indicators(), book.entries_of(enterprise_id)),
        plans=plan_contents(
            document.plans_of(enterprise_id),
            lambda plan_id: document.plan_document(plan_id).items(),
            hazards,
            document.plan_repository.load_image,
        ),
        photos=document.photos.photos_of(enterprise_id),
        load_photo=document.photos.repository.load_blob,
    )


def progress_content(document: PortfolioDocument, enterprise_id, today: dt.date):
    from ..services.reporting.progress_report import ProgressContent

    book, records = document.indicators, document.improvement
    return ProgressContent(
        today=today,
        indicators=book.indicators(),
        entries=book.entries_of(enterprise_id),
        meetings=records.meetings_of(enterprise_id),
        suggestions=records.suggestions_of(enterprise_id),
        projects=records.projects_of(enterprise_id),
        members=records.members_of(enterprise_id),
        photos=document.photos.photos_of(enterprise_id),
        load_photo=document.photos.repository.load_blob,
    )
