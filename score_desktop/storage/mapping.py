"""Conversions between table rows and domain records (serialisation stays out of the domain)."""

from typing import Any

from sqlalchemy import Row

from ..domain.catalogues import ScoreModule, VisitType
from ..domain.enterprise import Enterprise, Headcount
from ..domain.visit import Visit
from .schema import EnterpriseRow, ScoreModuleRow, VisitRow

ENTERPRISE_TEXT_FIELDS = (
    "name",
    "sector",
    "products",
    "country",
    "region",
    "address",
    "contact_person",
    "phone",
    "email",
    "main_buyers",
    "notes",
    "risk_method",
    "currency",
)
HEADCOUNT_FIELDS = ("workers_women", "workers_men", "managers_women", "managers_men")
VISIT_FIELDS = (
    "enterprise_id",
    "date",
    "module_code",
    "consultant",
    "inspector",
    "attendees",
    "objectives",
    "observations",
    "next_steps",
    "next_visit_date",
)


def enterprise_from_row(row: EnterpriseRow | Row[Any]) -> Enterprise:
    return Enterprise(
        id=row.id,
        headcount=Headcount(**{name: getattr(row, name) for name in HEADCOUNT_FIELDS}),
        union_present=row.union_present,
        **{name: getattr(row, name) for name in ENTERPRISE_TEXT_FIELDS},
    )


def copy_enterprise_to_row(enterprise: Enterprise, row: EnterpriseRow) -> None:
    for name in ENTERPRISE_TEXT_FIELDS:
        setattr(row, name, getattr(enterprise, name))
    for name in HEADCOUNT_FIELDS:
        setattr(row, name, getattr(enterprise.headcount, name))
    row.union_present = enterprise.union_present


def visit_from_row(row: VisitRow | Row[Any]) -> Visit:
    return Visit(
        id=row.id,
        visit_type=VisitType(row.visit_type),
        **{name: getattr(row, name) for name in VISIT_FIELDS},
    )


def copy_visit_to_row(visit: Visit, row: VisitRow) -> None:
    for name in VISIT_FIELDS:
        setattr(row, name, getattr(visit, name))
    row.visit_type = visit.visit_type.value


def module_from_row(row: ScoreModuleRow) -> ScoreModule:
    return ScoreModule(code=row.code, title=row.title, sort_order=row.sort_order)
