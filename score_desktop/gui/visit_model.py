"""Table model of one enterprise's visits, newest first."""

import uuid
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ..document.portfolio import PortfolioDocument
from ..domain.visit import Visit
from .labels import module_label, visit_type_label
from .portfolio_model import ID_ROLE

_Index = QModelIndex | QPersistentModelIndex


class VisitColumn(IntEnum):
    DATE = 0
    TYPE = 1
    MODULE = 2
    CONSULTANT = 3
    INSPECTOR = 4


class VisitTableModel(QAbstractTableModel):
    """Visits of the enterprise given to set_enterprise(); follows the document's signals."""

    def __init__(self, document: PortfolioDocument, parent: QObject | None = None):
        super().__init__(parent)
        self._document = document
        self._enterprise_id: uuid.UUID | None = None
        self._rows: list[Visit] = []
        for signal in (document.visit_set.added, document.visit_set.changed):
            signal.connect(self._on_document_visits_touched)
        document.visit_set.removed.connect(self._on_document_visits_touched)
        document.enterprise_set.removed.connect(self._on_document_enterprises_removed)
        document.reset.connect(self._on_document_reset)

    def set_enterprise(self, enterprise_id: uuid.UUID | None) -> None:
        self.beginResetModel()
        self._enterprise_id = enterprise_id
        self._rows = self._load()
        self.endResetModel()

    def _load(self) -> list[Visit]:
        if self._enterprise_id is None:
            return []
        return sorted(
            self._document.visits_of(self._enterprise_id), key=lambda v: v.date, reverse=True
        )

    def visit_at(self, row: int) -> Visit:
        return self._rows[row]

    def row_of(self, visit_id: uuid.UUID) -> int:
        return next(i for i, v in enumerate(self._rows) if v.id == visit_id)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(VisitColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            VisitColumn.DATE: self.tr("Date"),
            VisitColumn.TYPE: self.tr("Type"),
            VisitColumn.MODULE: self.tr("SCORE module"),
            VisitColumn.CONSULTANT: self.tr("Consultant"),
            VisitColumn.INSPECTOR: self.tr("Safety inspector"),
        }.get(VisitColumn(section))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        visit = self._rows[index.row()]
        if role == ID_ROLE:
            return visit.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = VisitColumn(index.column())
        if column == VisitColumn.DATE:
            return visit.date.isoformat()
        if column == VisitColumn.TYPE:
            return visit_type_label(visit.visit_type)
        if column == VisitColumn.MODULE:
            return module_label(self._document.module_title(visit.module_code))
        if column == VisitColumn.CONSULTANT:
            return visit.consultant
        return visit.inspector

    def _on_document_visits_touched(self, visits: list[Visit]) -> None:
        if any(v.enterprise_id == self._enterprise_id for v in visits):
            self.set_enterprise(self._enterprise_id)

    def _on_document_reset(self) -> None:
        self.set_enterprise(None)

    def _on_document_enterprises_removed(self, enterprises: list) -> None:
        if any(e.id == self._enterprise_id for e in enterprises):
            self.set_enterprise(None)
