"""SQL implementation of the FloorPlanRepository port."""

import hashlib
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from ..domain.bulk import collector_paused
from ..domain.errors import IntegrityError, NotFoundError
from ..domain.floorplan import AREA_KINDS, FloorPlan, PlanItem
from ..domain.plan_read import PlanItemsRead
from .plan_mapping import (
    copy_item_to_row,
    copy_plan_to_row,
    items_from_rows,
    items_read_from_rows,
    listed_columns,
    plan_from_row,
)
from .repository_base import SqlRepository, delete_records, delete_rows, user_errors
from .schema import FloorPlanRow, PlanImageRow, PlanItemRow


class SqlFloorPlanRepository(SqlRepository):
    """Floor plans, their items and their background images."""

    @user_errors
    def list_plans(self, enterprise_id: uuid.UUID | None = None) -> list[FloorPlan]:
        query = select(FloorPlanRow).order_by(FloorPlanRow.created_at, FloorPlanRow.name)
        if enterprise_id is not None:
            query = query.where(FloorPlanRow.enterprise_id == enterprise_id)
        with self._transaction() as session:
            return [plan_from_row(row) for row in session.scalars(query)]

    @user_errors
    def get_plan(self, plan_id: uuid.UUID) -> FloorPlan:
        with self._transaction() as session:
            return plan_from_row(self._plan_row(session, plan_id))

    @user_errors
    def add_plan(self, plan: FloorPlan, items: Sequence[PlanItem] = ()) -> None:
        """Insert a plan (and, to restore or duplicate one, its items) in one transaction."""
        plan.validate()
        for item in items:
            item.validate()
        with self._transaction() as session:
            row = FloorPlanRow(id=plan.id)
            copy_plan_to_row(plan, row)
            session.add(row)
            session.flush()
            for item in items:
                item_row = PlanItemRow(id=item.id)
                copy_item_to_row(item, item_row)
                session.add(item_row)

    @user_errors
    def update_plan(self, plan: FloorPlan) -> None:
        plan.validate()
        with self._transaction() as session:
            copy_plan_to_row(plan, self._plan_row(session, plan.id))

    @user_errors
    def delete_plan(self, plan_id: uuid.UUID) -> None:
        with self._transaction() as session:
            row = self._plan_row(session, plan_id)
            delete_rows(session, PlanItemRow, PlanItemRow.plan_id == plan_id)
            session.delete(row)

    @user_errors
    def list_items(self, plan_id: uuid.UUID) -> list[PlanItem]:
        """Read as plain values through the connection, not the ORM: a site plan can hold ten
        thousand items."""
        with self._transaction() as session, collector_paused():
            rows = session.connection().execute(self._items_query(plan_id)).all()
            return items_from_rows(plan_id, rows)

    @user_errors
    def read_items(self, plan_id: uuid.UUID) -> PlanItemsRead:
        """As list_items, the safety symbols left as rows (see domain/plan_read.py)."""
        with self._transaction() as session, collector_paused():
            rows = session.connection().execute(self._items_query(plan_id)).all()
            return items_read_from_rows(plan_id, rows)

    @user_errors
    def list_areas(self, plan_id: uuid.UUID) -> list[PlanItem]:
        """The plan's zones, aisles and storage areas alone, bottom to top."""
        kinds = [kind.value for kind in AREA_KINDS]
        query = self._items_query(plan_id).where(PlanItemRow.kind.in_(kinds))
        with self._transaction() as session:
            return items_from_rows(plan_id, session.connection().execute(query).all())

    @user_errors
    def add_items(self, items: list[PlanItem]) -> None:
        for item in items:
            item.validate()
        with self._transaction() as session:
            for item in items:
                self._plan_row(session, item.plan_id)
                row = PlanItemRow(id=item.id)
                copy_item_to_row(item, row)
                session.add(row)

    @user_errors
    def update_items(self, items: list[PlanItem]) -> None:
        for item in items:
            item.validate()
        with self._transaction() as session:
            for item in items:
                row = session.get(PlanItemRow, item.id)
                if row is None:
                    raise NotFoundError(f"No plan item with id {item.id}.")
                copy_item_to_row(item, row)

    @user_errors
    def delete_items(self, item_ids: list[uuid.UUID]) -> None:
        with self._transaction() as session:
            delete_records(session, PlanItemRow, item_ids, "plan item")

    @user_errors
    def store_image(self, data: bytes, media_type: str, width_px: int, height_px: int) -> uuid.UUID:
        """Store image bytes once per content; returns the id of the stored copy."""
        digest = hashlib.sha256(data).hexdigest()
        with self._transaction() as session:
            existing = session.scalar(select(PlanImageRow.id).where(PlanImageRow.sha256 == digest))
            if existing is not None:
                return existing
            row = PlanImageRow(
                id=uuid.uuid4(),
                sha256=digest,
                media_type=media_type,
                width_px=width_px,
                height_px=height_px,
                data=data,
            )
            session.add(row)
            return row.id

    @user_errors
    def load_image(self, image_id: uuid.UUID) -> bytes:
        with self._transaction() as session:
            row = session.get(PlanImageRow, image_id)
            if row is None:
                raise NotFoundError(f"No stored image with id {image_id}.")
            if hashlib.sha256(row.data).hexdigest() != row.sha256:
                raise IntegrityError(
                    "The stored background image is damaged (its content no longer matches "
                    "its checksum). Import the background again."
                )
            return row.data

    @staticmethod
    def _items_query(plan_id: uuid.UUID) -> Select[Any]:
        return (
            select(*listed_columns())
            .where(PlanItemRow.plan_id == plan_id)
            .order_by(PlanItemRow.z, PlanItemRow.created_at)
        )

    @staticmethod
    def _plan_row(session: Session, plan_id: uuid.UUID) -> FloorPlanRow:
        row = session.get(FloorPlanRow, plan_id)
        if row is None:
            raise NotFoundError(f"No floor plan with id {plan_id}.")
        return row
