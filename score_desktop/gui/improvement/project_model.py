"""The EIP as a table: one row per project, overdue ones highlighted."""

import datetime as dt
import uuid
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from ...document.portfolio import PortfolioDocument
from ...domain.improvement import ImprovementProject
from ...domain.read_model import currency_of
from ..i18n import sort_key, translated
from ..labels import OVERDUE_COLOUR
from ..numbers import figure, money
from .labels import STATUS_LABELS


class Column(IntEnum):
    TITLE = 0
    MODULE = 1
    RESPONSIBLE = 2
    DUE = 3
    STATUS = 4
    COST = 5
    SAVINGS = 6
    PAYBACK = 7


_FIGURES = frozenset((Column.COST, Column.SAVINGS, Column.PAYBACK))
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ProjectTableModel(QAbstractTableModel):
    def __init__(self, document: PortfolioDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.enterprise_id: uuid.UUID | None = None
        self.today = dt.date.today()
        self.rows: list[ImprovementProject] = []
        book = document.improvement
        for signal in (book.added, book.changed, book.removed):
            signal.connect(self._on_records)
        book.reset.connect(self.reload)

    def set_enterprise(self, enterprise_id: uuid.UUID | None) -> None:
        self.enterprise_id = enterprise_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        book = self.document.improvement
        self.rows = book.projects_of(self.enterprise_id) if self.enterprise_id else []
        self.members = {m.id: m for m in book.members_of(self.enterprise_id)} if self.rows else {}
        self.endResetModel()

    def _on_records(self, records: list) -> None:
        self.reload()

    def project_at(self, row: int) -> ImprovementProject:
        return self.rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Project"),
            self.tr("Module"),
            self.tr("Responsible"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Cost"),
            self.tr("Savings / month"),
            self.tr("Payback (months)"),
        )[section]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        project = self.rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.UserRole:
            return project.id
        if role == Qt.ItemDataRole.BackgroundRole and project.is_overdue(self.today):
            return OVERDUE_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and project.is_overdue(self.today):
            return self.tr("Overdue since %1").replace("%1", project.due_date.isoformat())
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _FIGURES:
            return _RIGHT  # sums and months line up by their units
        if role == Qt.ItemDataRole.EditRole:  # sort keys
            return self._sort_key(project, column)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column is Column.TITLE:
            return project.title
        if column is Column.MODULE:
            return project.module_code
        if column is Column.RESPONSIBLE:
            member = self.members.get(project.responsible_id)
            return member.name if member else project.team
        if column is Column.DUE:
            return project.due_date.isoformat() if project.due_date else ""
        if column is Column.STATUS:
            return translated(STATUS_LABELS[project.status])
        if column is Column.COST:
            return money(project.cost, self._currency())
        if column is Column.SAVINGS:
            return money(project.savings, self._currency())
        payback = project.payback_months
        return "" if payback is None else figure(payback, 1)

    def _currency(self) -> str:
        return (
            currency_of(self.document.enterprise(self.enterprise_id)) if self.enterprise_id else ""
        )

    def _sort_key(self, project: ImprovementProject, column: Column):
        if column is Column.DUE:
            return project.due_date.isoformat() if project.due_date else "9999"
        if column is Column.STATUS:
            return list(STATUS_LABELS).index(project.status)
        if column in (Column.COST, Column.SAVINGS, Column.PAYBACK):
            value = {
                Column.COST: project.cost,
                Column.SAVINGS: project.savings,
                Column.PAYBACK: project.payback_months,
            }[column]
            return float(value) if value is not None else -1.0
        return sort_key(self.data(self.index(self.rows.index(project), column)))


class ProjectFilter(QSortFilterProxyModel):
    """Text, status, module and 'overdue only'."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(Qt.ItemDataRole.EditRole)
        self.text = ""
        self.status = None
        self.module = None
        self.overdue_only = False

    def set_filter(self, **changes) -> None:
        for name, value in changes.items():
            setattr(self, name, value)
        self.invalidate()  # invalidateFilter() alone does not refilter with PySide6 6.11

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        model: ProjectTableModel = self.sourceModel()
        project = model.project_at(row)
        if self.status is not None and project.status.value != self.status:
            return False
        if self.module is not None and project.module_code != self.module:
            return False
        if self.overdue_only and not project.is_overdue(model.today):
            return False
        needle = self.text.casefold().strip()
        haystack = f"{project.title}\n{project.problem}\n{project.action}".casefold()
        return not needle or needle in haystack
