"""Small builders for records used across tests."""

import datetime as dt

from score_desktop.domain.catalogues import VisitType
from score_desktop.domain.enterprise import Enterprise, Headcount
from score_desktop.domain.visit import Visit

TRICKY = "<b>bold?</b> & a<b c <img src='/etc/passwd'/> &amp;"


def make_enterprise(name: str = "Nguyen Phuc Mechanical", **fields) -> Enterprise:
    defaults = dict(
        country="Viet Nam",
        region="Hà Nội",
        sector="C25 Manufacture of fabricated metal products",
        headcount=Headcount(workers_women=12, workers_men=40, managers_women=2, managers_men=5),
    )
    return Enterprise(name=name, **{**defaults, **fields})


def make_visit(enterprise: Enterprise, day: dt.date = dt.date(2026, 3, 4), **fields) -> Visit:
    defaults = dict(
        visit_type=VisitType.INTAKE,
        module_code="WC",
        consultant="Trần Thị Hoa",
        observations="Lối đi bị chặn bởi phôi thép.",
    )
    return Visit(enterprise_id=enterprise.id, date=day, **{**defaults, **fields})
