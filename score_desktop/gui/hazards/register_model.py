"""The hazard register as a table: one row per hazard of an enterprise."""

import dataclasses
import datetime as dt
import functools
import operator
import uuid
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ...document.hazard_commands import UpdateHazardsCommand
from ...document.portfolio import PortfolioDocument
from ...domain.hazard import Hazard, HazardStatus, RiskView
from ..i18n import sort_key, translated
from ..labels import OVERDUE_COLOUR
from ..portfolio_model import ID_ROLE, SORT_ROLE
from .badges import category_badge
from .labels import STATUS_LABELS
from .register_filter import NO_FILTER, HazardFilter

_Index = QModelIndex | QPersistentModelIndex


class HazardColumn(IntEnum):
    NUMBER = 0  # the register number, H1…: the pin's, the form's and the report's
    TITLE = 1
    CATEGORY = 2
    ZONE = 3
    EXPOSED = 4
    INITIAL = 5
    RESIDUAL = 6
    STATUS = 7
    RESPONSIBLE = 8
    DUE = 9


EDITABLE = {
    HazardColumn.TITLE: "title",
    HazardColumn.RESPONSIBLE: "responsible",
    HazardColumn.STATUS: "status",  # chosen from a list (status_delegate.py)
}


_TEXT_ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole))
_BACKGROUND, _TOOLTIP = Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_ANSWERED = _TEXT_ROLES | {ID_ROLE, SORT_ROLE, _BACKGROUND, _TOOLTIP, _DECORATION}
_RISK_COLUMNS = frozenset((HazardColumn.INITIAL, HazardColumn.RESIDUAL))


@functools.lru_cache(maxsize=64)
def _band_brush(hex_colour: str) -> QBrush:
    colour = QColor(hex_colour)
    colour.setAlpha(110)
    return QBrush(colour)


class HazardTableModel(QAbstractTableModel):
    def __init__(
        self, document: PortfolioDocument, enterprise_id: uuid.UUID, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.document = document
        self.enterprise_id = enterprise_id
        self._all: list[uuid.UUID] = []  # every hazard of the enterprise
        self._rows: list[uuid.UUID] = []  # those passing the filter, in sort order
        self._headers: tuple[str, ...] | None = None
        self.filter = HazardFilter()
        self.risk_view = RiskView.CURRENT  # the ratings the band and cell filters look at
        self.today = dt.date.today()  # what "overdue" is measured against
        # by register number: highest initial risk first (domain.hazard.ordered_hazards)
        self._sort_column, self._sort_order = HazardColumn.NUMBER, Qt.SortOrder.AscendingOrder
        self._zones: dict[uuid.UUID, str] = {}
        self._cache: dict[uuid.UUID, _Row] = {}
        self._positions: dict[uuid.UUID, int] | None = None  # row_of's index, rebuilt lazily
        self._pass_method = None  # the risk method while filtering and sorting
        self._reload()
        register = document.hazards
        register.added.connect(self._on_hazards_added)
        register.changed.connect(self._on_hazards_changed)
        register.removed.connect(self._on_hazards_removed)
        register.reset.connect(self._on_reset)
        register.categories_changed.connect(self._on_categories_changed)
        document.enterprise_set.changed.connect(self._on_enterprises_changed)
        document.areas_changed.connect(self._on_document_areas_changed)

    def _reload(self) -> None:
        hazards = self.document.hazards.hazards_of(self.enterprise_id)
        self._all = [h.id for h in hazards]
        self._zones = {}
        self._cache = {}
        self._rows = self._visible_rows(hazards)
        self._positions = None

    # Filtering and sorting in one pass over cached keys: a proxy model would call data()
    # for every comparison, hundreds of thousands of Python calls for 10,000 hazards.

    def _visible_rows(self, hazards: list[Hazard] | None = None) -> list[uuid.UUID]:
        """`hazards`: every hazard of `_all`, when the caller has just listed them."""
        register = self.document.hazards
        self._pass_method = method = self.method  # one lookup for the whole pass
        try:
            if hazards is None:
                hazards = [h for h in map(register.get, self._all) if h is not None]
            else:
                hazards = list(hazards)
            if self.filter != NO_FILTER:
                hazards = [h for h in hazards if self._accepts(h)]
            reverse = self._sort_order == Qt.SortOrder.DescendingOrder
            if self._sort_column == HazardColumn.NUMBER:
                numbers = self.numbers()
                ids = [h.id for h in hazards]
                ids.sort(key=numbers.__getitem__, reverse=reverse)
                return ids
            if self._sort_column in (HazardColumn.INITIAL, HazardColumn.RESIDUAL):
                hazards = _by_score(
                    hazards, method, self._sort_column == HazardColumn.INITIAL, reverse
                )
            else:
                hazards.sort(key=lambda h: self.sort_key(h, self._sort_column), reverse=reverse)
        finally:
            self._pass_method = None
        return [h.id for h in hazards]

    def _relayout(self) -> None:
        """Apply filter and order, keeping persistent indexes (and so the selection)."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self._rows[i.row()] if i.row() < len(self._rows) else None for i in old]
        self._rows = self._visible_rows()
        self._positions = None
        position = {hazard_id: row for row, hazard_id in enumerate(self._rows)}
        new = [
            self.index(position[h], i.column()) if h in position else QModelIndex()
            for h, i in zip(old_ids, old, strict=True)
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def set_filter(self, **changes) -> None:
        new = dataclasses.replace(self.filter, **changes)
        if new != self.filter:
            self.filter = new
            self._relayout()

    def set_risk_view(self, view: RiskView) -> None:
        if view is not self.risk_view:
            self.risk_view = view
            if self.filter.band or self.filter.cell is not None:
                self._relayout()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (HazardColumn(column), order) == (self._sort_column, self._sort_order):
            return  # the rows are kept in this order already
        self._sort_column, self._sort_order = HazardColumn(column), order
        self._relayout()

    def _accepts(self, hazard: Hazard) -> bool:
        method = self._pass_method or self.method
        return self.filter.accepts(hazard, method, self.risk_view, self.today, self.zone_of)

    def _row(self, hazard: Hazard) -> "_Row":
        """Assessments of a row, computed once per change of the hazard; texts and sort keys
        are added per column when first asked for (a zone lookup costs a polygon test)."""
        cached = self._cache.get(hazard.id)
        if cached is None or cached.hazard is not hazard:
            method = self._pass_method or self.method
            cached = _Row(
                hazard,
                {},
                {},
                hazard.initial_assessment(method),
                hazard.residual_assessment(method),
            )
            self._cache[hazard.id] = cached
        return cached

    def text(self, hazard: Hazard, column: int) -> str:
        if column == HazardColumn.NUMBER:  # not kept: another hazard's edit may shift it
            return f"H{self.numbers()[hazard.id]}"
        row = self._row(hazard)
        if column not in row.texts:
            row.texts[column] = self._text(hazard, HazardColumn(column), row.initial, row.residual)
        return row.texts[column]

    def sort_key(self, hazard: Hazard, column: int):
        if column == HazardColumn.NUMBER:
            return self.numbers()[hazard.id]
        row = self._row(hazard)
        if column not in row.keys:
            row.keys[column] = self._sort_key(hazard, HazardColumn(column), row)
        return row.keys[column]

    @property
    def method(self):
        return self.document.risk_method(self.enterprise_id)

    def numbers(self) -> dict[uuid.UUID, int]:
        """Every hazard's register number (counted by the register once per change)."""
        method = self._pass_method or self.method
        return self.document.hazards.numbers(self.enterprise_id, method)

    def hazard_at(self, row: int) -> Hazard:
        return self.document.hazards.hazard(self._rows[row])

    def row_of(self, hazard_id: uuid.UUID) -> int | None:
        """The row showing this hazard, or None when the filter hides it."""
        if self._positions is None or len(self._positions) != len(self._rows):
            self._positions = {hazard_id: row for row, hazard_id in enumerate(self._rows)}
        return self._positions.get(hazard_id)

    def zone_of(self, hazard: Hazard) -> str:
        if hazard.id not in self._zones:
            self._zones[hazard.id] = self.document.zone_name(hazard)
        return self._zones[hazard.id]

    def _on_document_areas_changed(self, plan_id: uuid.UUID) -> None:
        has_plan = self.document.has_plan(plan_id)
        if has_plan and self.document.plan(plan_id).enterprise_id != self.enterprise_id:
            return  # another enterprise's plan
        self.forget_zones()
        if self.filter.zone is not None:
            self._relayout()  # a renamed zone may now pass, or fail, the zone filter

    def forget_zones(self) -> None:
        """Plans changed under the pins: zones are looked up again when next shown."""
        self._zones = {}
        self._cache = {}
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
        if self._headers is None:  # asked hundreds of times per paint; the language is fixed
            self._headers = (
                self.tr("No."),
                self.tr("Hazard"),
                self.tr("Category"),
                self.tr("Zone"),
                self.tr("Exposed ♀/♂"),
                self.tr("Initial risk"),
                self.tr("Residual risk"),
                self.tr("Status"),
                self.tr("Responsible"),
                self.tr("Due"),
            )
        return self._headers[section]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        editable = index.isValid() and HazardColumn(index.column()) in EDITABLE
        if editable and not self.document.reviewing:  # review mode: read, and comment
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def is_current(self, row: int) -> bool:
        """False for a row whose hazard the register has just dropped: other listeners of the
        same signal (the plan's pins) may ask before this model has removed the row."""
        return self.document.hazards.has(self._rows[row])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        # A view asks for every role of every cell it paints, most of which the register
        # leaves to the view: those are turned away before any lookup.
        if role not in _ANSWERED or not index.isValid():
            return None
        column = index.column()
        if role == _DECORATION and column != HazardColumn.CATEGORY:
            return None  # only the category has a badge
        if not self.is_current(index.row()):
            return None
        hazard = self.hazard_at(index.row())
        if role == _DECORATION:
            category = self.document.hazards.category(hazard.category_code)
            return None if category is None else category_badge(category.colour, category.symbol)
        if role == ID_ROLE:
            return hazard.id
        if role in _TEXT_ROLES:
            return self.text(hazard, column)
        if role == SORT_ROLE:
            return self.sort_key(hazard, column)
        if role == _BACKGROUND and column in _RISK_COLUMNS:
            row = self._row(hazard)
            assessment = row.initial if column == HazardColumn.INITIAL else row.residual
            if assessment is not None:
                return _band_brush(assessment.band.colour)
        if column == HazardColumn.DUE and hazard.is_overdue(self.today):
            if role == _BACKGROUND:
                return OVERDUE_COLOUR
            if role == _TOOLTIP:
                return self.tr("Overdue since %1").replace("%1", hazard.due_date.isoformat())
        if role == _TOOLTIP and column == HazardColumn.TITLE:
            return hazard.description or hazard.title
        return None

    def _text(self, hazard: Hazard, column: HazardColumn, initial, residual) -> str:
        if column == HazardColumn.TITLE:
            return hazard.title
        if column == HazardColumn.CATEGORY:
            category = self.document.hazards.category(hazard.category_code)
            if category is None:
                return self.tr("unknown (%1)").replace("%1", hazard.category_code)
            return translated(category.name)
        if column == HazardColumn.ZONE:
            return self.zone_of(hazard) if hazard.is_pinned else self.tr("not on the plan")
        if column == HazardColumn.EXPOSED:
            return f"{hazard.exposed_women} / {hazard.exposed_men}"
        if column in (HazardColumn.INITIAL, HazardColumn.RESIDUAL):
            assessment = initial if column == HazardColumn.INITIAL else residual
            if assessment is not None:
                return f"{assessment.score:g} {translated(assessment.band.label)}"
            # a residual is for hazards with controls to propose: its absence is no gap
            return self.tr("not rated") if column == HazardColumn.INITIAL else "—"
        if column == HazardColumn.STATUS:
            return translated(STATUS_LABELS[hazard.status])
        if column == HazardColumn.RESPONSIBLE:
            return hazard.responsible
        return hazard.due_date.isoformat() if hazard.due_date else ""

    def _sort_key(self, hazard: Hazard, column: HazardColumn, row: "_Row"):
        if column in (HazardColumn.INITIAL, HazardColumn.RESIDUAL):
            assessment = row.initial if column == HazardColumn.INITIAL else row.residual
            return assessment.score if assessment else -1.0
        if column == HazardColumn.EXPOSED:
            return hazard.exposed
        if column == HazardColumn.STATUS:
            return list(STATUS_LABELS).index(hazard.status)
        return sort_key(self.text(hazard, column))

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        column = HazardColumn(index.column())
        if role != Qt.ItemDataRole.EditRole or column not in EDITABLE:
            return False
        hazard = self.hazard_at(index.row())
        field = EDITABLE[column]
        if column == HazardColumn.STATUS:
            try:
                value = HazardStatus(value)
            except ValueError:
                return False
        else:
            value = str(value).strip()
        if value == getattr(hazard, field):
            return False
        edited = dataclasses.replace(hazard, **{field: value})
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
        mine = [h for h in hazards if h.enterprise_id == self.enterprise_id]
        self._all.extend(h.id for h in mine)
        shown = [h.id for h in mine if self._accepts(h)]
        if shown:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(shown) - 1)
            self._rows.extend(shown)
            self._positions = None
            self.endInsertRows()
            # then to their place: under a header that says the rows are sorted, an added
            # or restored row at the end looked like a wrong sort
            self._relayout()

    def _on_hazards_changed(self, hazards: list) -> None:
        positions = {hazard_id: row for row, hazard_id in enumerate(self._rows)}
        rows = [positions[h.id] for h in hazards if h.id in positions]
        for hazard in hazards:
            self._zones.pop(hazard.id, None)
            self._cache.pop(hazard.id, None)
        if rows:
            self.dataChanged.emit(
                self.index(min(rows), 0), self.index(max(rows), len(HazardColumn) - 1)
            )
        if any(h.enterprise_id == self.enterprise_id for h in hazards):
            self._numbers_changed()

    def _numbers_changed(self) -> None:
        """A rating or title changed, or a hazard came or went: other rows' register
        numbers may have moved, and rows sorted by them with them."""
        if self._sort_column == HazardColumn.NUMBER:
            self._relayout()
        if self._rows:
            last = len(self._rows) - 1
            column = HazardColumn.NUMBER
            self.dataChanged.emit(self.index(0, column), self.index(last, column))

    def _on_hazards_removed(self, hazards: list) -> None:
        gone = {h.id for h in hazards}
        self._all = [i for i in self._all if i not in gone]
        for row in sorted((r for r, i in enumerate(self._rows) if i in gone), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self._positions = None
            self.endRemoveRows()
        if any(h.enterprise_id == self.enterprise_id for h in hazards):
            self._numbers_changed()

    def _on_categories_changed(self) -> None:
        self._cache = {}
        if self._rows:
            self.dataChanged.emit(
                self.index(0, HazardColumn.CATEGORY),
                self.index(len(self._rows) - 1, HazardColumn.CATEGORY),
            )

    def _on_reset(self) -> None:
        self.beginResetModel()
        self._reload()
        self.endResetModel()

    def _on_enterprises_changed(self, enterprises: list) -> None:
        if self._rows and any(e.id == self.enterprise_id for e in enterprises):
            self._cache = {}  # the risk method may have changed, and the numbers with it
            if self._sort_column == HazardColumn.NUMBER:
                self._relayout()
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(HazardColumn) - 1)
            )


@dataclasses.dataclass
class _Row:
    hazard: Hazard
    texts: dict[int, str]
    keys: dict[int, object]
    initial: object
    residual: object


def _by_score(hazards: list[Hazard], method, initial: bool, reverse: bool) -> list[Hazard]:
    """Sorted by initial (or residual) score, unrated first when ascending; ties keep their
    order. The register opens sorted so: thousands of hazards share a few dozen ratings,
    which are scored once each, and the sort's key is a list lookup, not a call per row
    (per-row caches are only needed for the rows shown)."""
    ratings = list(map(_INITIAL if initial else _RESIDUAL, hazards))
    scores = {}
    for values in set(ratings):
        assessment = method.rated(values)
        scores[values] = assessment.score if assessment is not None else -1.0
    keys = list(map(scores.__getitem__, ratings))
    order = sorted(range(len(hazards)), key=keys.__getitem__, reverse=reverse)
    return [hazards[n] for n in order]


_INITIAL, _RESIDUAL = operator.attrgetter("initial"), operator.attrgetter("residual")
