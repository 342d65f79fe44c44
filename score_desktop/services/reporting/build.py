"""Writing a story to a PDF: photos prepared first (the long part), then the layout, with
progress per photo and per flowable and a cancel check. Into the temporary file its writer
reserved with `written_in_place`, renamed at the end, so a failed or cancelled export
leaves nothing."""

import re
from pathlib import Path

from reportlab.platypus import KeepTogether, Table
from reportlab.platypus.doctemplate import LayoutError

from ...domain.errors import KnownProblemError
from .layout import Writer, numbered_canvas, report_document
from .photo_figure import PhotoFigure
from .progress import NO_PROGRESS, ExportProgress
from .result import ReportResult


class ReportLayoutError(KnownProblemError):
    """Something in the report did not fit on a page. Text is cut into pieces and tables
    split their rows (flow.py), so this is a bug to report, said in one line."""

    def __init__(self, error: LayoutError):
        page = re.search(r"on page (\d+)", str(error))
        where = f" (page {page.group(1)})" if page else ""
        super().__init__(f"The report could not be laid out: a part is larger than a page{where}.")


def build_pdf(
    output: Path,
    path: Path,
    story: list,
    writer: Writer,
    *,
    title: str,
    footer: str,
    header: str = "",
    progress: ExportProgress = NO_PROGRESS,
) -> ReportResult:
    """Lay `story` out into `output`, the temporary file a writer reserved first
    (`written_in_place`, so a folder that is gone or read-only is said at once, not after
    the photos and the layout); the result names `path`, where the PDF is once that
    block ends."""
    done_before = prepare_photos(story, progress, writer.t("Preparing photos"))
    total = done_before + len(story)
    doc = report_document(str(output), title, writer)
    laid_out = [done_before]

    def after_flowable(_flowable) -> None:
        laid_out[0] += 1
        progress.step(min(laid_out[0], total), total, writer.t("Laying out pages"))

    doc.afterFlowable = after_flowable
    try:
        doc.build(story, canvasmaker=numbered_canvas(footer, writer, header))
    except LayoutError as exc:
        raise ReportLayoutError(exc) from exc
    warnings = list(writer.problems)
    if writer.uncovered.chars:
        warnings.append(writer.uncovered.describe())
    return ReportResult(path=Path(path), warnings=warnings)


def prepare_photos(story: list, progress: ExportProgress, what: str) -> int:
    """Decode and downsample every photo first (the long part), reporting each; returns how
    many steps were reported, so the layout's steps continue the same count."""
    figures = list(_figures(story))
    total = len(figures) + len(story)
    for figure in figures:
        figure.reserve()
    for done, figure in enumerate(figures, start=1):
        figure.prepare()
        progress.step(done, total, what)
    return len(figures)


def _figures(flowables):
    for flowable in flowables:
        if isinstance(flowable, PhotoFigure):
            yield flowable
        elif isinstance(flowable, Table):
            for row in flowable._cellvalues:
                yield from _figures(cell for cell in row if not isinstance(cell, str))
        elif isinstance(flowable, KeepTogether):
            yield from _figures(flowable._content)
        elif isinstance(flowable, list | tuple):
            yield from _figures(flowable)
