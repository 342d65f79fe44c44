"""The plan's files: importing a background (image or PDF page) and exporting PNG or SVG."""

import dataclasses
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from ...document.plan_commands import EditPlanCommand
from ...domain.errors import KnownProblemError
from ...domain.floorplan import PlanBackground, replaced_background
from ..export_notice import tell_if_changed
from ..i18n import error_text
from ..numbers import figure
from ..report_runner import ReportRunner

DROP_AS_PHOTO, DROP_AS_BACKGROUND = "photo", "background"


def _prepare(path: Path, page: int, scale_down: bool, label: str, progress):
    """In the pool: the image's bytes, or the ImageTooLargeError to ask about on the GUI
    thread (returned, not raised: a failure only carries its message)."""
    from ...services.plan_background import ImageTooLargeError, prepare_background
    from ...services.reporting.progress import ExportProgress

    steps = ExportProgress(lambda done, total, _what: progress.step(done, total, label))
    try:
        return prepare_background(path, page, scale_down, steps)
    except ImageTooLargeError as exc:
        return exc


class PlanFiles(QObject):
    """Reports through the editor's status and problem signals."""

    def __init__(self, editor):
        super().__init__(editor)
        self.editor = editor
        self.runner = ReportRunner(editor)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(editor.problem)
        self.scale_down_box: QMessageBox | None = None

    def drop(self, paths: list, scene_point) -> None:
        """A PDF or a CAD drawing becomes the background; photos are pinned where they fall.
        One image could be either, so the editor asks."""
        paths = [Path(p) for p in paths]
        if len(paths) == 1 and paths[0].suffix.lower() == ".dxf":
            self.editor.cad.import_dxf(paths[0])
            return
        if len(paths) == 1 and paths[0].suffix.lower() == ".pdf":
            self.import_background(paths[0])
            return
        if len(paths) == 1:
            use = self.editor.ask_drop_use()
            if use == DROP_AS_BACKGROUND:
                self.import_background(paths[0])
            if use != DROP_AS_PHOTO:
                return
        self.editor.photo_pins.import_at(paths, scene_point)

    def choose_background(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.editor,
            self.tr("Import background"),
            "",
            self.tr("Plans and photos (*.png *.jpg *.jpeg *.webp *.pdf);;All files (*)"),
        )
        if path:
            self.import_background(Path(path))

    def import_background(self, path: Path, page: int | None = None, scale_down=False) -> None:
        """Put an image or a PDF page under the drawing. It is read in the pool behind a
        progress dialog (a 48-megapixel photo took 3 s, the window frozen); the plan changes
        at the end, in one undoable step, and not at all on failure. An image over the pixel
        budget is offered to be scaled down."""
        # Pillow and PDFium load on the first import of a background, not with the editor.
        from ...services.plan_background import page_count

        if self.runner.running:
            return
        try:
            if page is None:
                pages = page_count(path)
                page = 0
                if pages > 1:
                    number, ok = QInputDialog.getInt(
                        self.editor,
                        self.tr("PDF page"),
                        self.tr("Page to use (1–%1):").replace("%1", str(pages)),
                        1,
                        1,
                        pages,
                    )
                    if not ok:
                        return
                    page = number - 1
        except (KnownProblemError, OSError) as exc:
            self.editor.problem.emit(error_text(exc))
            return
        title = self.tr("Reading %1").replace("%1", Path(path).name)
        self.runner.start(title, _prepare, Path(path), page, scale_down, title)

    def _on_runner_finished(self, result) -> None:
        from ...services.plan_background import ImageTooLargeError

        if isinstance(result, ImageTooLargeError):
            self._offer_scale_down(result)
        else:
            self._place(result)

    def _offer_scale_down(self, refused) -> None:
        path, page = refused.path, refused.page
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Import background"),
            self.tr(
                "%1 is %2 × %3 pixels (%4 megapixels); a background has at most %5. Scale it "
                "down to fit and import it?"
            )
            .replace("%1", path.name)
            .replace("%2", str(refused.width))
            .replace("%3", str(refused.height))
            .replace("%4", figure(refused.width * refused.height / 1e6, 0))
            .replace("%5", figure(refused.limit / 1e6, 0)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.editor,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.finished.connect(lambda answer: self._on_scale_down_answered(answer, path, page))
        box.finished.connect(box.deleteLater)
        self.scale_down_box = box  # tests answer it
        box.open()

    def _on_scale_down_answered(self, answer: int, path: Path, page: int) -> None:
        self.scale_down_box = None
        if answer == QMessageBox.StandardButton.Yes:
            self.import_background(path, page, scale_down=True)

    def _place(self, prepared) -> bool:
        try:
            repository = self.editor.plan_document.portfolio.plan_repository
            image_id = repository.store_image(
                prepared.data, prepared.media_type, prepared.width, prepared.height
            )
        except (KnownProblemError, OSError) as exc:
            self.editor.problem.emit(error_text(exc))
            return False
        plan = self.editor.plan_document.plan
        background = PlanBackground(
            image_id=image_id,
            width_px=prepared.width,
            height_px=prepared.height,
            source_name=prepared.source_name,
        )
        message = self.tr("Background imported. Calibrate the scale with K.")
        if plan.background is not None:  # keep placement, look and real-world size
            background = replaced_background(plan.background, background)
            message = self._fitted_message(plan, background)
        ok = self.editor.plan_document.push(
            EditPlanCommand(
                self.editor.plan_document.portfolio,
                dataclasses.replace(plan, background=background),
                self.tr("Import background"),
            )
        )
        if ok:
            self.editor.view.fit_to_plan()
            self.editor.status.emit(message)
        return ok

    def _fitted_message(self, plan, background: PlanBackground) -> str:
        width_m = background.width_px * background.units_per_pixel * plan.metres_per_unit
        text = self.tr(
            "The new background was fitted to the old one's width (%1 m), so traced items "
            "keep their size. If the two drawings do not show the same extent, calibrate "
            "again with K."
        ).replace("%1", figure(width_m, 2))
        return text

    def remove_background(self) -> None:
        plan = self.editor.plan_document.plan
        if plan.background is not None:
            self.editor.plan_document.push(
                EditPlanCommand(
                    self.editor.plan_document.portfolio,
                    dataclasses.replace(plan, background=None),
                    self.tr("Remove background"),
                )
            )

    def choose_png_export(self) -> None:
        dpi_text, ok = QInputDialog.getItem(
            self.editor,
            self.tr("Export as PNG"),
            self.tr("Resolution (printed at 1:100):"),
            ["96 dpi", "150 dpi", "300 dpi"],
            1,
            False,
        )
        if not ok:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self.editor,
            self.tr("Export as PNG"),
            f"{self.editor.plan_document.plan.name}.png",
            self.tr("PNG images (*.png)"),
        )
        if path:
            self.export_png(Path(path), int(dpi_text.split()[0]))

    def export_png(self, path: Path, dpi: int) -> bool:
        # The plan sheet measures text with reportlab's fonts: loaded on the first export,
        # not with the editor (nor by the warm-up after start-up).
        from .export import export_png
        from .export_content import export_legend, plan_export

        try:
            legend = export_legend(self.editor, dpi)
            size = export_png(plan_export(self.editor), path, dpi, legend=legend)
        except KnownProblemError as exc:
            self.editor.problem.emit(error_text(exc))
            return False
        self.editor.status.emit(
            self.tr("Plan written: %1 (%2 × %3 pixels)")
            .replace("%1", str(path))
            .replace("%2", str(size.width()))
            .replace("%3", str(size.height()))
        )
        return True

    def choose_svg_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self.editor,
            self.tr("Export as SVG"),
            f"{self.editor.plan_document.plan.name}.svg",
            self.tr("SVG drawings (*.svg)"),
        )
        if path:
            self.export_svg(Path(path))

    def export_svg(self, path: Path) -> bool:
        from .export import export_svg  # as export_png: reportlab on the first export
        from .export_content import export_legend, plan_export

        try:
            replaced = export_svg(plan_export(self.editor), path, legend=export_legend(self.editor))
        except KnownProblemError as exc:
            self.editor.problem.emit(error_text(exc))
            return False
        self.editor.status.emit(self.tr("Plan written: %1").replace("%1", str(path)))
        tell_if_changed(self.editor, path, replaced)
        return True
