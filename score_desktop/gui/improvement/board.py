"""The EIP as a board: a column per status; dragging a card to another column changes the
project's status as one undoable step."""

import datetime as dt
import uuid

from PySide6.QtCore import QByteArray, QMimeData, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...document.portfolio import PortfolioDocument
from ...domain.improvement import ImprovementProject, ProjectStatus
from ..i18n import translated
from ..labels import OVERDUE_COLOUR
from .hazard_followup import save_project
from .labels import STATUS_LABELS

CARD_MIME = "application/x-score-desktop-project"


class StatusColumn(QListWidget):
    """Signals:
    card_dropped(object, object): a project id dropped here, and this column's status.
    """

    card_dropped = Signal(object, object)

    def __init__(self, status: ProjectStatus, parent: QWidget | None = None):
        super().__init__(parent)
        self.status = status
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setSpacing(3)

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [CARD_MIME]

    def mimeData(self, items) -> QMimeData:  # noqa: N802 - Qt override
        mime = QMimeData()
        ids = ",".join(str(i.data(Qt.ItemDataRole.UserRole)) for i in items)
        mime.setData(CARD_MIME, QByteArray(ids.encode()))
        return mime

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasFormat(CARD_MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasFormat(CARD_MIME):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not event.mimeData().hasFormat(CARD_MIME):
            return
        text = bytes(event.mimeData().data(CARD_MIME)).decode()
        event.setDropAction(Qt.DropAction.CopyAction)  # the board redraws; Qt must not move
        event.accept()
        for part in filter(None, text.split(",")):
            self.card_dropped.emit(uuid.UUID(part), self.status)


class ProjectBoard(QWidget):
    """Signals:
    edit_requested(object): a card was double-clicked (project id).
    """

    edit_requested = Signal(object)

    def __init__(self, document: PortfolioDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.enterprise_id: uuid.UUID | None = None
        self.columns: dict[ProjectStatus, StatusColumn] = {}
        self.headers: dict[ProjectStatus, QLabel] = {}
        layout = QHBoxLayout(self)
        for status in ProjectStatus:
            box = QVBoxLayout()
            header = QLabel(self)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            header.setStyleSheet("font-weight: bold;")
            column = StatusColumn(status, self)
            column.card_dropped.connect(self.move_project)
            column.itemActivated.connect(
                lambda item: self.edit_requested.emit(item.data(Qt.ItemDataRole.UserRole))
            )
            box.addWidget(header)
            box.addWidget(column, 1)
            layout.addLayout(box)
            self.columns[status], self.headers[status] = column, header
        book = document.improvement
        for signal in (book.added, book.changed, book.removed):
            signal.connect(self._on_records)
        book.reset.connect(self.refresh)
        document.mode_changed.connect(self.refresh)  # which cards a manager may move

    def set_enterprise(self, enterprise_id: uuid.UUID | None) -> None:
        self.enterprise_id = enterprise_id
        self.refresh()

    def _on_records(self, records: list) -> None:
        if records and isinstance(records[0], ImprovementProject):
            self.refresh()

    def refresh(self) -> None:
        today = dt.date.today()
        projects = (
            self.document.improvement.projects_of(self.enterprise_id) if self.enterprise_id else []
        )
        members = {m.id: m.name for m in self.document.improvement.members_of(self.enterprise_id)}
        for status, column in self.columns.items():
            column.clear()
            mine = [p for p in projects if p.status is status]
            mine.sort(key=lambda p: (p.due_date or dt.date.max, p.title))
            self.headers[status].setText(f"{translated(STATUS_LABELS[status])} ({len(mine)})")
            for project in mine:
                lines = [project.title]
                who = members.get(project.responsible_id) or project.team
                when = project.due_date.isoformat() if project.due_date else ""
                if who or when:
                    lines.append(" · ".join(p for p in (who, when) if p))
                item = QListWidgetItem("\n".join(lines), column)
                item.setData(Qt.ItemDataRole.UserRole, project.id)
                if not self.document.may_update_project(project):  # review mode: not theirs
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
                if project.is_overdue(today):
                    item.setBackground(OVERDUE_COLOUR)
                    item.setToolTip(self.tr("Overdue"))

    def card(self, project_id: uuid.UUID) -> QListWidgetItem | None:
        for column in self.columns.values():
            for row in range(column.count()):
                if column.item(row).data(Qt.ItemDataRole.UserRole) == project_id:
                    return column.item(row)
        return None

    def move_project(self, project_id: uuid.UUID, status: ProjectStatus) -> bool:
        project = self.document.improvement.record(project_id)
        if project.status is status:
            return False
        moved = project.moved_to(status, dt.date.today())
        text = self.tr("Move “%1” to %2").replace("%1", project.title)
        text = text.replace("%2", translated(STATUS_LABELS[status]))
        return save_project(self, self.document, project, moved, text)
