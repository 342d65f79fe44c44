"""SQL implementation of the HazardRepository port."""

import dataclasses
import enum
import uuid
from typing import Any, TypeVar, cast

from sqlalchemy import Row, select

from ..domain.bulk import collector_paused
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
from .raw_values import Decoded, date_of, json_of, raw, uuid_of
from .repository_base import SqlRepository, delete_records, user_errors
from .schema import HazardCategoryRow, HazardRow, RiskProfileRow

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


UUID_COLUMNS = ("id", "enterprise_id", "plan_id", "visit_id")
JSON_COLUMNS = ("initial", "residual", "proposed_controls")
PLAIN_COLUMNS = (
    "x",
    "y",
    *(name for name in TEXT_FIELDS if name not in (*UUID_COLUMNS, "due_date")),
    "status",
    "identified_by",
)
_STATUSES = {s.value: s for s in HazardStatus}
_IDENTIFIED_BY = {i.value: i for i in IdentifiedBy}
_LEVELS = {c.value: c for c in ControlLevel}

E = TypeVar("E", bound=enum.Enum)


def listed_columns() -> list[Any]:
    """Ids and JSON as stored text (decoded by raw_values), dates as text too."""
    return [
        *(raw(getattr(HazardRow, name)) for name in (*UUID_COLUMNS, *JSON_COLUMNS)),
        raw(HazardRow.due_date),
        *(getattr(HazardRow, name) for name in PLAIN_COLUMNS),
    ]


class _HazardReader:
    """Rows of `listed_columns()` to hazards. Enterprises, plans and visits repeat from row
    to row, and so do ratings (a 5 x 5 matrix has 25) and empty control lists: each distinct
    stored text is decoded once."""

    def __init__(self) -> None:
        self._ids: dict[uuid.UUID | str, uuid.UUID] = {}
        self._rating = Decoded(ratings_of)
        self._proposed = Decoded(_proposed_controls)

    def _shared_id(self, value: uuid.UUID | str | None) -> uuid.UUID | None:
        if value is None:
            return None
        found = self._ids.get(value)
        if found is None:
            found = self._ids[value] = uuid_of(value)
        return found

    def __call__(self, row: Row[Any]) -> Hazard:
        m = row._mapping  # by column name: a few per cent of the read, none of its risk
        plan_id, x, y = m["plan_id"], m["x"], m["y"]
        pinned = plan_id is not None and x is not None and y is not None
        return Hazard(
            id=uuid_of(m["id"]),
            enterprise_id=cast(uuid.UUID, self._shared_id(m["enterprise_id"])),  # NOT NULL
            title=m["title"],
            category_code=m["category_code"],
            plan_id=self._shared_id(plan_id) if pinned else None,
            position=Point(x, y) if pinned else None,
            description=m["description"],
            source=m["source"],
            exposed_women=m["exposed_women"],
            exposed_men=m["exposed_men"],
            job=m["job"],
            existing_controls=m["existing_controls"],
            initial=self._rating(m["initial"]),
            proposed_controls=self._proposed(m["proposed_controls"]),
            residual=self._rating(m["residual"]),
            responsible=m["responsible"],
            due_date=date_of(m["due_date"]),
            status=_member(_STATUSES, HazardStatus, m["status"]),
            identified_by=_member(_IDENTIFIED_BY, IdentifiedBy, m["identified_by"]),
            visit_id=self._shared_id(m["visit_id"]),
            legal_reference=m["legal_reference"],
        )


def ratings_of(value: object) -> tuple[tuple[str, float], ...]:
    return tuple((k, float(v)) for k, v in (json_of(value) or {}).items())


def _proposed_controls(value: object) -> tuple[ProposedControl, ...]:
    return tuple(
        ProposedControl(c["text"], _member(_LEVELS, ControlLevel, c["level"]))
        for c in json_of(value) or ()
    )


def _member(members: dict[str, E], enum: type[E], value: str) -> E:
    """The enum member for a stored value; the enum's own error for an unknown one."""
    found = members.get(value)
    return found if found is not None else enum(value)


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
        """Read as plain values, not ORM objects: a workspace can hold many thousand hazards."""
        query = select(*listed_columns()).order_by(HazardRow.created_at)
        if enterprise_id is not None:
            query = query.where(HazardRow.enterprise_id == enterprise_id)
        read = _HazardReader()
        with self._transaction() as session, collector_paused():
            return [read(row) for row in session.execute(query)]

    @user_errors
    def add_hazards(self, hazards: list[Hazard]) -> None:
        with self._transaction() as session:
            for hazard in hazards:
                row = HazardRow(id=hazard.id)
                copy_hazard_to_row(hazard, row)
                session.add(row)

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
            delete_records(session, HazardRow, hazard_ids, "hazard")

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
