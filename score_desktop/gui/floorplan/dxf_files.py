"""CAD drawings (DXF) in and out of a plan: a drawing becomes the background at true scale,
the traced plan is written for CAD tools (services/plan_dxf*.py do the work, in the thread
pool behind the report runner's progress dialog).

An import runs in two steps in the thread pool behind a progress dialog (a hall's DXF can
hold a hundred thousand entities): reading the file, then, once the user has chosen layers,
drawing them. The plan changes only at the end, as one undoable command; a file that cannot
be read changes nothing and says why.
"""

import dataclasses
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from ...document.plan_commands import EditPlanCommand
from ...domain.errors import KnownProblemError
from ...domain.floorplan import PlanBackground
from ...domain.geometry import Point
from ..i18n import error_text
from ..report_runner import ReportRunner
from .dxf_layers import DxfLayerDialog, skipped_text


def _read(path, label, progress):
    from ...services.plan_dxf import read_dxf
    from ...services.reporting.progress import ExportProgress

    return read_dxf(path, ExportProgress(lambda done, total, _w: progress.step(done, total, label)))


def _render(drawing, layers, label, progress):
    from ...services.plan_dxf import render_dxf
    from ...services.reporting.progress import ExportProgress

    steps = ExportProgress(lambda done, total, _w: progress.step(done, total, label))
    return render_dxf(drawing, layers, steps)


def _write_to(content, path, numbers, label, progress):
    """(path, result): the runner's one finished signal tells an export from an import."""
    from ...services.plan_dxf_export import write_plan_dxf
    from ...services.reporting.progress import ExportProgress

    steps = ExportProgress(lambda done, total, _w: progress.step(done, total, label))
    return path, write_plan_dxf(content, path, numbers, steps)


class DxfFiles(QObject):
    """Reports through the editor's status and problem signals."""

    def __init__(self, editor):
        super().__init__(editor)
        self.editor = editor
        self.runner = ReportRunner(editor)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        self.dialog: DxfLayerDialog | None = None

    # Import --------------------------------------------------------------------------------

    def choose_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.editor,
            self.tr("Import CAD drawing"),
            "",
            self.tr("CAD drawings (*.dxf);;All files (*)"),
        )
        if path:
            self.import_dxf(Path(path))

    def import_dxf(self, path: Path) -> None:
        """Read `path` in the pool; the layer dialog opens when it is read."""
        if self.runner.running:
            return
        title = self.tr("Reading %1").replace("%1", Path(path).name)
        self.runner.start(title, _read, Path(path), title)

    def _on_runner_finished(self, result) -> None:
        from ...services.plan_dxf import DxfDrawing, RenderedDxf

        if isinstance(result, tuple):  # an export: (path, DxfExportResult)
            self._written(*result)
        elif isinstance(result, DxfDrawing):
            self.dialog = DxfLayerDialog(result, self.editor)
            self.dialog.accepted.connect(self._on_dialog_accepted)
            self.dialog.open()
        elif isinstance(result, RenderedDxf):
            self._place(result)

    def _on_dialog_accepted(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        drawing = dialog.drawing
        title = self.tr("Drawing the layers of %1").replace("%1", drawing.source_name)
        self.runner.start(title, _render, drawing, dialog.chosen(), title)

    def _on_runner_failed(self, message: str) -> None:
        self.editor.problem.emit(message)

    def _place(self, rendered) -> bool:
        """The drawn layers under the plan at true scale: pixels to plan units through the
        plan's own metres per unit, so traced items keep their size whatever it is."""
        document = self.editor.plan_document
        plan = document.plan
        image = rendered.image
        try:
            image_id = document.portfolio.plan_repository.store_image(
                image.data, image.media_type, image.width, image.height
            )
        except (KnownProblemError, OSError) as exc:
            self.editor.problem.emit(error_text(exc))
            return False
        units_per_pixel = rendered.metres_per_pixel / plan.metres_per_unit
        old = plan.background
        background = PlanBackground(
            image_id=image_id,
            width_px=image.width,
            height_px=image.height,
            source_name=image.source_name,
            units_per_pixel=units_per_pixel,
            origin=old.origin if old is not None else Point(0.0, 0.0),
        )
        if old is not None:
            background = dataclasses.replace(
                background, opacity=old.opacity, locked=old.locked, visible=old.visible
            )
        ok = document.push(
            EditPlanCommand(
                document.portfolio,
                dataclasses.replace(plan, background=background),
                self.tr("Import CAD drawing"),
            )
        )
        if ok:
            self.editor.view.fit_to_plan()
            self.editor.status.emit(self._placed_message(rendered))
        return ok

    def _placed_message(self, rendered) -> str:
        centimetres = rendered.metres_per_pixel * 100
        message = self.tr(
            "CAD drawing placed at its true size (1 pixel = %1 cm); traced items keep theirs."
        ).replace("%1", f"{centimetres:.3g}")
        if rendered.skipped:
            message += " " + self.tr("Not drawn: %1.").replace("%1", skipped_text(rendered.skipped))
        return message

    # Export --------------------------------------------------------------------------------

    def choose_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self.editor,
            self.tr("Export as DXF"),
            f"{self.editor.plan_document.plan.name}.dxf",
            self.tr("CAD drawings (*.dxf)"),
        )
        if path:
            self.export_dxf(Path(path))

    def export_dxf(self, path: Path) -> None:
        """The layers the view shows, in metres, written in the pool (a site plan of 10,000
        items takes seconds); a failed write leaves no file."""
        from .export_content import plan_export

        if self.runner.running:
            return
        export = plan_export(self.editor)
        title = self.tr("Writing %1").replace("%1", Path(path).name)
        self.runner.start(title, _write_to, export.content, Path(path), export.pins.numbers, title)

    def _written(self, path: Path, result) -> None:
        from ..export_notice import tell_if_changed

        self.editor.status.emit(self.tr("Plan written: %1").replace("%1", str(path)))
        tell_if_changed(self.editor, path, result.replaced)
