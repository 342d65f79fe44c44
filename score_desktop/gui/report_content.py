"""Gathers, on the GUI thread, the immutable records a report shows, through the read model
that the command line uses too. Bytes (photos, plan backgrounds) are read later, in the export
worker, through the repositories' loaders."""

import datetime as dt

from ..document.portfolio import PortfolioDocument
from ..document.read_source import DocumentRecords
from ..domain.read_model import enterprise_records


def visit_content(document: PortfolioDocument, enterprise_id, today: dt.date):
    # reportlab's section module is imported with the first export, not at start-up
    from ..services.reporting.content import visit_content

    return visit_content(enterprise_records(DocumentRecords(document), enterprise_id), today)


def progress_content(document: PortfolioDocument, enterprise_id, today: dt.date):
    from ..services.reporting.content import progress_content

    return progress_content(enterprise_records(DocumentRecords(document), enterprise_id), today)
