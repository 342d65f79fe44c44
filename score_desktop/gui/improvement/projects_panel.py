"""The EIP: a filterable table and a board of the same projects, an EIP summary, and the
actions that create, edit, and delete projects (also from a hazard)."""

import datetime as dt
import uuid
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...document.improvement_commands import (
    AddRecordsCommand,
    RemoveRecordsCommand,
)
from ...document.portfolio import PortfolioDocument
from ...domain.improvement import ImprovementProject, summarise
from ..export_notice import not_saved, tell_if_changed
from ..i18n import translated
from ..numbers import figure, money
from ..tables import fit_columns
from ..text_fields import leave_on_tab
from .board import ProjectBoard
from .hazard_followup import save_project
from .labels import STATUS_LABELS, fill_combo
from .project_dialog import ProjectDialog
from .project_model import Column, ProjectFilter, ProjectTableModel


class ProjectsPanel(QWidget):
    """Signals:
    dialog_opened(object): a ProjectDialog was opened (for callers that fill it in).
    exported(str): the plan was written to this file.
    reported(str): the EIP report (PDF) was written to this file.
    """

    dialog_opened = Signal(object)
    exported = Signal(str)
    reported = Signal(str)

    def __init__(
        self,
        document: PortfolioDocument,
        currency,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ):
        super().__init__(parent)
        self.document = document
        self.settings = settings or QSettings()
        self.report_runner = None  # a ReportRunner, made with the first report
        self.currency = currency  # a callable: the enterprise's currency code
        self.enterprise_id: uuid.UUID | None = None
        self.model = ProjectTableModel(document, self)
        self.proxy = ProjectFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        leave_on_tab(self.table)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        # what is due next first, undated last (the header's default was titles, Z to A)
        self.table.sortByColumn(Column.DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        fit_columns(self.table, stretch=(Column.TITLE,))  # names, dates and sums whole
        self.table.verticalHeader().hide()
        self.table.activated.connect(lambda _i: self.edit_selected())  # double-click or Enter
        self.board = ProjectBoard(document, self)
        self.board.edit_requested.connect(self.edit)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search projects"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda t: self.proxy.set_filter(text=t))
        self.status_filter = QComboBox(self)
        self.status_filter.addItem(self.tr("All statuses"), None)
        fill_combo(self.status_filter, STATUS_LABELS)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filter(status=self.status_filter.currentData())
        )
        self.module_filter = QComboBox(self)
        self.module_filter.addItem(self.tr("All modules"), None)
        for module in document.modules():
            self.module_filter.addItem(module.title, module.code)
        self.module_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filter(module=self.module_filter.currentData())
        )
        self.overdue_check = QCheckBox(self.tr("Overdue only"), self)
        self.overdue_check.toggled.connect(lambda on: self.proxy.set_filter(overdue_only=on))
        filters = QHBoxLayout()
        for widget in (self.search, self.status_filter, self.module_filter, self.overdue_check):
            filters.addWidget(widget)

        self.new_button = QPushButton(self.tr("New project…"), self)
        self.new_button.clicked.connect(lambda: self.new_project())
        self.from_hazard_combo = QComboBox(self)
        self.from_hazard_combo.setToolTip(self.tr("Make a project that acts on this hazard"))
        self.from_hazard_button = QPushButton(self.tr("Project from hazard…"), self)
        self.from_hazard_button.clicked.connect(
            lambda: self.new_from_hazard(self.from_hazard_combo.currentData())
        )
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button = QPushButton(self.tr("Export EIP…"), self)
        self.export_button.setToolTip(
            self.tr("As an Excel workbook or CSV, with OiRA's action-plan columns first")
        )
        self.export_button.clicked.connect(self.choose_export)
        self.report_button = QPushButton(self.tr("EIP report (PDF)…"), self)
        self.report_button.setToolTip(
            self.tr("The plan, its costs and savings, and the team, for the enterprise manager")
        )
        self.report_button.clicked.connect(self.choose_report)
        from ..comments.review_mode import EditingControls

        # new, delete and from hazard are refused in review mode; Edit… opens the form,
        # where the responsible manager updates the status
        adding, removing = EditingControls(document, self), EditingControls(document, self)
        adding.add(self.new_button)
        removing.add(self.delete_button, self.from_hazard_combo, self.from_hazard_button)
        buttons = QHBoxLayout()
        for widget in (adding, self.edit_button, removing):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.report_button)

        self.views = QTabWidget(self)
        self.views.addTab(self.table, self.tr("Table"))
        self.views.addTab(self.board, self.tr("Board"))
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        from ..comments.decision import DecisionBar

        self.decision_bar = DecisionBar(document, self)  # the manager's decision on the plan
        layout = QVBoxLayout(self)
        layout.addWidget(self.decision_bar)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.views, 1)
        layout.addWidget(self.summary)
        book = document.improvement
        for signal in (book.added, book.changed, book.removed):
            signal.connect(self._show_summary)
        document.hazards.added.connect(self._fill_hazards)
        document.hazards.removed.connect(self._fill_hazards)

    def set_enterprise(self, enterprise_id: uuid.UUID | None) -> None:
        self.enterprise_id = enterprise_id
        self.model.set_enterprise(enterprise_id)
        self.board.set_enterprise(enterprise_id)
        self.decision_bar.set_enterprise(enterprise_id)
        self._fill_hazards()
        self._show_summary()

    def _fill_hazards(self, *_changed) -> None:
        self.from_hazard_combo.clear()
        if self.enterprise_id is None:
            return
        for hazard in self.document.hazards.hazards_of(self.enterprise_id):
            self.from_hazard_combo.addItem(hazard.title, hazard.id)
        self.from_hazard_button.setEnabled(self.from_hazard_combo.count() > 0)

    def _show_summary(self, *_changed) -> None:
        if self.enterprise_id is None:
            self.summary.clear()
            return
        summary = summarise(
            self.document.improvement.projects_of(self.enterprise_id), dt.date.today()
        )
        counts = ", ".join(
            f"{translated(STATUS_LABELS[s])} {n}"
            for s, n in sorted(
                summary.by_status.items(), key=lambda i: list(STATUS_LABELS).index(i[0])
            )
        )
        modules = ", ".join(f"{code} {n}" for code, n in sorted(summary.by_module.items()))
        payback = summary.payback_months
        text = self.tr(
            "%n project(s): %2. By module: %3. Cost %4 %5, savings %6 %5 a month, payback %7.",
            "",
            sum(summary.by_status.values()),
        )
        for key, value in (
            ("%2", counts or "—"),
            ("%3", modules or "—"),
            ("%4", money(summary.cost, self.currency())),
            ("%5", self.currency()),
            ("%6", money(summary.savings_per_month, self.currency())),
            ("%7", self.tr("%1 months").replace("%1", figure(payback, 1)) if payback else "—"),
        ):
            text = text.replace(key, value)
        if summary.overdue:
            text += " " + self.tr("Overdue: %1.").replace("%1", str(summary.overdue))
        self.summary.setText(text)

    # Actions -------------------------------------------------------------------------------

    def history_record(self):
        from ..history_format import record_ref

        ids = self.selected_ids()
        if not ids:
            return None
        project = self.document.improvement.record(ids[0])
        return record_ref("improvement_projects", project.id, project.title)

    def selected_ids(self) -> list[uuid.UUID]:
        rows = self.table.selectionModel().selectedRows()
        return [self.proxy.index(r.row(), 0).data(Qt.ItemDataRole.UserRole) for r in rows]

    def select(self, project_id: uuid.UUID) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole) == project_id:
                self.table.selectRow(row)

    def _open(self, project: ImprovementProject, is_new: bool, text: str) -> ProjectDialog:
        dialog = ProjectDialog(
            self.document, project, is_new=is_new, currency=self.currency(), parent=self
        )

        def on_accepted() -> None:
            value = dialog.accepted_value()
            if self.document.reviewing and not is_new:  # status, after photo, progress note
                if value == project and not dialog.progress_note():
                    return
                from ...document.comment_commands import update_project_progress

                self.document.push(
                    update_project_progress(self.document, value, dialog.progress_note())
                )
            elif is_new:
                if self.document.push(AddRecordsCommand(self.document, [value], text)):
                    self.select(value.id)
            elif value != project:  # done: its hazards controlled too?
                save_project(self, self.document, project, value, text)

        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def new_project(self, project: ImprovementProject | None = None) -> ProjectDialog | None:
        if self.enterprise_id is None:
            return None
        project = project or ImprovementProject(self.enterprise_id, "", start_date=dt.date.today())
        return self._open(project, True, self.tr("Add improvement project"))

    def new_from_hazard(self, hazard_id: uuid.UUID | None) -> ProjectDialog | None:
        if hazard_id is None or not self.document.hazards.has(hazard_id):
            return None
        hazard = self.document.hazards.hazard(hazard_id)
        zone = self.document.zone_name(hazard)
        members = self.document.improvement.members_of(hazard.enterprise_id)
        project = ImprovementProject.from_hazard(hazard, members, zone)
        return self.new_project(project)

    def edit(self, project_id: uuid.UUID) -> ProjectDialog | None:
        book = self.document.improvement
        if project_id is None or not book.has(project_id):
            return None
        project = book.record(project_id)
        return self._open(project, False, self.tr("Edit improvement project"))

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.edit(ids[0])

    def choose_export(self) -> None:
        name = self.document.enterprise(self.enterprise_id).name if self.enterprise_id else ""
        suggested = f"EIP {name}.xlsx".replace("/", "-")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the improvement plan"),
            suggested,
            self.tr("Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)"),
        )
        if path:
            self.export_to(Path(path))

    def choose_report(self) -> None:
        """The export dialog (paper, language), then the file name, then the report."""
        from ..report_dialog import ReportKind, ReportOptionsDialog

        dialog = ReportOptionsDialog(self.settings, ReportKind.EIP, self)
        dialog.accepted.connect(lambda: self._on_report_dialog_accepted(dialog))
        self.report_dialog = dialog
        dialog.open()

    def _on_report_dialog_accepted(self, dialog) -> None:
        from ..report_actions import ask_pdf_path, short_name

        name = short_name(self.document.enterprise(self.enterprise_id).name)
        path = ask_pdf_path(self, self.settings, self.tr("EIP report"), f"EIP-{name}")
        if path is not None:
            options, problems = dialog.options()
            for problem in problems:
                self.document.problem_occurred.emit(problem)
            self.write_report(path, options)

    def write_report(self, path: Path, options=None):
        """In the thread pool; `reported(str)` or the document's problem signal follows."""
        if self.enterprise_id is None:
            return None
        # reportlab loads with the first report, not with the window
        from ...services.reporting.eip_report import write_eip_report
        from ..report_content import visit_content
        from ..report_runner import ReportRunner

        if self.report_runner is None:
            self.report_runner = ReportRunner(self)
            self.report_runner.finished.connect(lambda r: self.reported.emit(str(r.path)))
            self.report_runner.failed.connect(self.document.problem_occurred.emit)
            self.report_runner.running_changed.connect(
                lambda running: self.report_button.setEnabled(not running)
            )
        enterprise = self.document.enterprise(self.enterprise_id)
        content = visit_content(self.document, self.enterprise_id, dt.date.today())
        meetings = self.document.improvement.meetings_of(self.enterprise_id)
        return self.report_runner.start(
            self.tr("Writing the EIP report…"),
            write_eip_report,
            enterprise,
            content,
            meetings,
            path,
            options=options,
        )

    def export_to(self, path: Path) -> bool:
        """Write the EIP (XLSX, or CSV for a .csv name); a failure is reported, not raised."""
        if self.enterprise_id is None:
            return False
        # openpyxl loads with the first export, not with the window
        from ...services.eip_export import EipExport, writer_for

        book = self.document.improvement
        export = EipExport(
            self.document.enterprise(self.enterprise_id).name,
            self.currency(),
            book.projects_of(self.enterprise_id),
            book.members_of(self.enterprise_id),
            self.document.hazards.hazards_of(self.enterprise_id),
            dt.date.today(),
        )
        try:
            result = writer_for(path)(path, export)
        except OSError as exc:
            failure = self.tr("The plan could not be saved to %1: %2")
            self.document.problem_occurred.emit(not_saved(failure, path, exc))
            return False
        tell_if_changed(self, path, result.replaced, result.shortened)
        self.exported.emit(str(path))
        return True

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            text = self.tr("Delete improvement projects (%1)").replace("%1", str(len(ids)))
            self.document.push(RemoveRecordsCommand(self.document, ids, text))
