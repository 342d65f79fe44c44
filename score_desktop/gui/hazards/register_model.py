"""The hazard register as a table: one row per hazard of an enterprise."""

import dataclasses
import uuid
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ...document.hazard_commands import UpdateHazardsCommand
from ...document.portfolio import PortfolioDocument
from ...domain.floorplan import zone_at
from ...domain.hazard import Hazard
from ...domain.risk import FactorRole
from ..portfolio_model import ID_ROLE, SORT_ROLE
from .labels import STATUS_LABELS, translated

_Index = QModelIndex | QPersistentModelIndex


class HazardColumn(IntEnum):
    TITLE = 0
    CATEGORY = 1
    ZONE = 2
    EXPOSED = 3
    INITIAL = 4
    RESIDUAL = 5
    STATUS = 6
    RESPONSIBLE = 7
    DUE = 8


EDITABLE = {HazardColumn.TITLE: "title", HazardColumn.RESPONSIBLE: "responsible"}


class HazardTableModel(QAbstractTableModel):
    def __init__(
        self, document: PortfolioDocument, enterprise_id: uuid.UUID, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.document = document
        self.enterprise_id = enterprise_id
        self._rows: list[uuid.UUID] = []
        self._zones: dict[uuid.UUID, str] = {}
        self._reload()
        register = document.hazards
        register.hazards_added.connect(self._on_hazards_added)
        register.hazards_changed.connect(self._on_hazards_changed)
        register.hazards_removed.connect(self._on_hazards_removed)
        register.reset.connect(self._on_reset)
        document.enterprise_changed.connect(self._on_enterprise_changed)

    def _reload(self) -> None:
        self._rows = [h.id for h in self.document.hazards.hazards_of(self.enterprise_id)]
        self._zones = {}

    @property
    def method(self):
        return self.document.risk_method(self.enterprise_id)

    def hazard_at(self, row: int) -> Hazard:
        return self.document.hazards.hazard(self._rows[row])

    def row_of(self, hazard_id: uuid.UUID) -> int:
        return self._rows.index(hazard_id)

    def zone_of(self, hazard: Hazard) -> str:
        if hazard.id not in self._zones:
            name = ""
            if hazard.is_pinned and self.document.has_plan(hazard.plan_id):
                items = self.document.plan_document(hazard.plan_id).items()
                zone = zone_at(items, hazard.position)
                name = zone.label if zone is not None else ""
            self._zones[hazard.id] = name
        return self._zones[hazard.id]

    def forget_zones(self) -> None:
        """Plans changed under the pins: zones are looked up again when next shown."""
        self._zones = {}
        if self._rows:
            self.dataChanged.emit(
                self.index(0, HazardColumn.ZONE), self.index(len(self._rows) - 1, HazardColumn.ZONE)
            )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HazardColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            HazardColumn.TITLE: self.tr("Hazard"),
            HazardColumn.CATEGORY: self.tr("Category"),
            HazardColumn.ZONE: self.tr("Zone"),
            HazardColumn.EXPOSED: self.tr("Exposed ♀/♂"),
            HazardColumn.INITIAL: self.tr("Initial risk"),
            HazardColumn.RESIDUAL: self.tr("Residual risk"),
            HazardColumn.STATUS: self.tr("Status"),
            HazardColumn.RESPONSIBLE: self.tr("Responsible"),
            HazardColumn.DUE: self.tr("Due"),
        }[HazardColumn(section)]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and HazardColumn(index.column()) in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def is_current(self, row: int) -> bool:
        """False for a row whose hazard the register has just dropped: other listeners of the
        same signal (the plan's pins) may ask before this model has removed the row."""
        return self.document.hazards.has(self._rows[row])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not self.is_current(index.row()):
            return None
        hazard = self.hazard_at(index.row())
        column = HazardColumn(index.column())
        if role == ID_ROLE:
            return hazard.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(hazard, column)
        if role == SORT_ROLE:
            return self._sort_key(hazard, column)
        if role == Qt.ItemDataRole.BackgroundRole and column in (
            HazardColumn.INITIAL,
            HazardColumn.RESIDUAL,
        ):
            assessment = self._assessment(hazard, column)
            if assessment is not None:
                colour = QColor(assessment.band.colour)
                colour.setAlpha(110)
                return QBrush(colour)
        if role == Qt.ItemDataRole.ToolTipRole and column == HazardColumn.TITLE:
            return hazard.description or hazard.title
        return None

    def _assessment(self, hazard: Hazard, column: HazardColumn):
        if column == HazardColumn.INITIAL:
            return hazard.initial_assessment(self.method)
        return hazard.residual_assessment(self.method)

    def _text(self, hazard: Hazard, column: HazardColumn) -> str:
        if column == HazardColumn.TITLE:
            return hazard.title
        if column == HazardColumn.CATEGORY:
            category = self.document.hazards.category(hazard.category_code)
            return (
                category.name
                if category
                else self.tr("unknown (%1)").replace("%1", hazard.category_code)
            )
        if column == HazardColumn.ZONE:
            return self.zone_of(hazard) if hazard.is_pinned else self.tr("not on the plan")
        if column == HazardColumn.EXPOSED:
            return f"{hazard.exposed_women} / {hazard.exposed_men}"
        if column in (HazardColumn.INITIAL, HazardColumn.RESIDUAL):
            assessment = self._assessment(hazard, column)
            return f"{assessment.score:g} {assessment.band.label}" if assessment else "—"
        if column == HazardColumn.STATUS:
            return translated(STATUS_LABELS[hazard.status])
        if column == HazardColumn.RESPONSIBLE:
            return hazard.responsible
        return hazard.due_date.isoformat() if hazard.due_date else ""

    def _sort_key(self, hazard: Hazard, column: HazardColumn):
        if column in (HazardColumn.INITIAL, HazardColumn.RESIDUAL):
            assessment = self._assessment(hazard, column)
            return assessment.score if assessment else -1.0
        if column == HazardColumn.EXPOSED:
            return hazard.exposed
        if column == HazardColumn.STATUS:
            return list(STATUS_LABELS).index(hazard.status)
        return self._text(hazard, column).casefold()

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        column = HazardColumn(index.column())
        if role != Qt.ItemDataRole.EditRole or column not in EDITABLE:
            return False
        hazard = self.hazard_at(index.row())
        field = EDITABLE[column]
        text = str(value).strip()
        if text == getattr(hazard, field):
            return False
        edited = dataclasses.replace(hazard, **{field: text})
        label = self.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        command = UpdateHazardsCommand(
            self.document,
            [edited],
            self.tr("Change %1").replace("%1", label),
            merge_key=(hazard.id, field),
        )
        return self.document.push(command)

    # Following the register ----------------------------------------------------------------

    def _on_hazards_added(self, hazards: list) -> None:
        mine = [h.id for h in hazards if h.enterprise_id == self.enterprise_id]
        if mine:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(mine) - 1)
            self._rows.extend(mine)
            self.endInsertRows()

    def _on_hazards_changed(self, hazards: list) -> None:
        rows = [self._rows.index(h.id) for h in hazards if h.id in self._rows]
        for hazard in hazards:
            self._zones.pop(hazard.id, None)
        if rows:
            self.dataChanged.emit(
                self.index(min(rows), 0), self.index(max(rows), len(HazardColumn) - 1)
            )

    def _on_hazards_removed(self, hazards: list) -> None:
        gone = {h.id for h in hazards} & set(self._rows)
        if gone:
            self.beginResetModel()
            self._rows = [i for i in self._rows if i not in gone]
            self.endResetModel()

    def _on_reset(self) -> None:
        self.beginResetModel()
        self._reload()
        self.endResetModel()

    def _on_enterprise_changed(self, enterprise) -> None:
        if enterprise.id == self.enterprise_id and self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(HazardColumn) - 1)
            )


@dataclasses.dataclass
class HazardFilter:
    text: str = ""
    category: str | None = None
    band: str | None = None
    status: str | None = None
    zone: str | None = None
    visit_id: uuid.UUID | None = None
    cell: tuple[float, float] | None = None  # (likelihood, severity) from the matrix
    residual: bool = False  # the matrix cell refers to residual ratings


class HazardFilterModel(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self.filter = HazardFilter()

    def set_filter(self, **changes) -> None:
        self.beginFilterChange()
        self.filter = dataclasses.replace(self.filter, **changes)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, HazardTableModel)
        if not model.is_current(source_row):
            return False
        hazard = model.hazard_at(source_row)
        f = self.filter
        if f.category and hazard.category_code != f.category:
            return False
        if f.status and hazard.status.value != f.status:
            return False
        if f.visit_id and hazard.visit_id != f.visit_id:
            return False
        if f.zone is not None and model.zone_of(hazard) != f.zone:
            return False
        method = model.method
        if f.band:
            assessment = hazard.initial_assessment(method)
            if assessment is None or assessment.band.key != f.band:
                return False
        if f.cell is not None and matrix_cell(hazard, method, f.residual) != f.cell:
            return False
        if f.text:
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
            if not all(word in haystack for word in f.text.casefold().split()):
                return False
        return True


def matrix_cell(hazard: Hazard, method, residual: bool) -> tuple[float, float] | None:
    """(likelihood, severity) of a hazard's ratings, the axes of the risk matrix."""
    values = dict(hazard.residual if residual else hazard.initial)
    if not values:
        return None
    axes = matrix_axes(method)
    return (values.get(axes[0].key), values.get(axes[1].key))


def matrix_axes(method):
    """Rows: the likelihood factor; columns: the severity factor (exposure is summed over)."""
    by_role = {f.role: f for f in method.factors}
    rows = by_role.get(FactorRole.LIKELIHOOD) or by_role[FactorRole.EXPOSURE]
    return rows, by_role[FactorRole.SEVERITY]
