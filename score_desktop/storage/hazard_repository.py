"""SQL implementation of the HazardRepository port."""

import dataclasses
import uuid

from sqlalchemy import delete, select

from ..domain.errors import NotFoundError
from ..domain.geometry import Point
from ..domain.hazard import (
    ControlLevel,
    Hazard,
    HazardCategory,
    HazardStatus,
    IdentifiedBy,
    ProposedControl,
)
from ..domain.risk import PROFILE_PREFIX, Band, RiskMethod, make_profile
from .repository_base import SqlRepository, delete_with_tombstones, user_errors
from .schema import DeletionRow, HazardCategoryRow, HazardRow, RiskProfileRow

TEXT_FIELDS = (
    "enterprise_id",
    "plan_id",
    "title",
    "category_code",
    "description",
    "source",
    "exposed_women",
    "exposed_men",
    "job",
    "existing_controls",
    "responsible",
    "due_date",
    "visit_id",
    "legal_reference",
)


COLUMNS = (
    "id",
    "x",
    "y",
    "initial",
    "residual",
    "proposed_controls",
    "status",
    "identified_by",
    *TEXT_FIELDS,
)


def hazard_from_row(row) -> Hazard:
    """From a HazardRow or a plain result row holding the COLUMNS."""
    pinned = row.plan_id is not None and row.x is not None and row.y is not None
    fields = {name: getattr(row, name) for name in TEXT_FIELDS}
    if not pinned:
        fields["plan_id"] = None
    return Hazard(
        id=row.id,
        position=Point(row.x, row.y) if pinned else None,
        initial=tuple((k, float(v)) for k, v in (row.initial or {}).items()),
        residual=tuple((k, float(v)) for k, v in (row.residual or {}).items()),
        proposed_controls=tuple(
            ProposedControl(c["text"], ControlLevel(c["level"]))
            for c in row.proposed_controls or ()
        ),
        status=HazardStatus(row.status),
        identified_by=IdentifiedBy(row.identified_by),
        **fields,
    )


def copy_hazard_to_row(hazard: Hazard, row: HazardRow) -> None:
    for name in TEXT_FIELDS:
        setattr(row, name, getattr(hazard, name))
    row.x = hazard.position.x if hazard.position else None
    row.y = hazard.position.y if hazard.position else None
    row.initial = dict(hazard.initial)
    row.residual = dict(hazard.residual)
    row.proposed_controls = [
        {"text": c.text, "level": c.level.value} for c in hazard.proposed_controls
    ]
    row.status = hazard.status.value
    row.identified_by = hazard.identified_by.value


class SqlHazardRepository(SqlRepository):
    @user_errors
    def list_categories(self) -> list[HazardCategory]:
        query = select(HazardCategoryRow).order_by(HazardCategoryRow.sort_order)
        with self._transaction() as session:
            return [
                HazardCategory(r.code, r.name, r.colour, r.symbol, r.nr5_group)
                for r in session.scalars(query)
            ]

    @user_errors
    def list_hazards(self, enterprise_id: uuid.UUID | None = None) -> list[Hazard]:
        """Read as plain rows, not ORM objects: a workspace can hold many thousand hazards."""
        query = select(*(getattr(HazardRow, c) for c in COLUMNS)).order_by(HazardRow.created_at)
        if enterprise_id is not None:
            query = query.where(HazardRow.enterprise_id == enterprise_id)
        with self._transaction() as session:
            return [hazard_from_row(row) for row in session.execute(query)]

    @user_errors
    def add_hazards(self, hazards: list[Hazard]) -> None:
        with self._transaction() as session:
            for hazard in hazards:
                row = HazardRow(id=hazard.id)
                copy_hazard_to_row(hazard, row)
                session.add(row)
            ids = [h.id for h in hazards]
            session.execute(delete(DeletionRow).where(DeletionRow.row_id.in_(ids)))

    @user_errors
    def update_hazards(self, hazards: list[Hazard]) -> None:
        with self._transaction() as session:
            for hazard in hazards:
                row = session.get(HazardRow, hazard.id)
                if row is None:
                    raise NotFoundError(f"No hazard with id {hazard.id}.")
                copy_hazard_to_row(hazard, row)

    @user_errors
    def delete_hazards(self, hazard_ids: list[uuid.UUID]) -> None:
        with self._transaction() as session:
            delete_with_tombstones(session, HazardRow, "hazards", hazard_ids, "hazard")

    @user_errors
    def list_profiles(self) -> list[RiskMethod]:
        with self._transaction() as session:
            rows = session.scalars(select(RiskProfileRow).order_by(RiskProfileRow.created_at))
            return [
                make_profile(
                    row.id, row.name, row.base_method, tuple(Band(**band) for band in row.bands)
                )
                for row in rows
            ]

    @user_errors
    def add_profile(self, profile: RiskMethod, base_key: str) -> None:
        profile_id = uuid.UUID(profile.key.removeprefix(PROFILE_PREFIX))
        bands = [dataclasses.asdict(band) for band in profile.bands]
        with self._transaction() as session:
            session.add(
                RiskProfileRow(id=profile_id, name=profile.name, base_method=base_key, bands=bands)
            )

    @user_errors
    def save_categories(self, categories: list[HazardCategory]) -> None:
        """Insert or update by code, in the order given (the catalogue's order)."""
        with self._transaction() as session:
            rows = {r.code: r for r in session.scalars(select(HazardCategoryRow))}
            for order, category in enumerate(categories, start=1):
                row = rows.get(category.code)
                if row is None:
                    row = HazardCategoryRow(id=uuid.uuid4(), code=category.code)
                    session.add(row)
                row.name, row.colour, row.symbol = category.name, category.colour, category.symbol
                row.nr5_group, row.sort_order = category.nr5_group, 10 * order
