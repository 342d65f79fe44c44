"""Writing a story to a PDF: atomically (a temporary file renamed at the end, so a failed or
cancelled export leaves nothing), with progress per flowable and a cancel check."""

import os
import tempfile
from pathlib import Path

from .layout import Writer, numbered_canvas, report_document
from .progress import NO_PROGRESS, ExportProgress
from .result import ReportResult


def build_pdf(
    path: Path,
    story: list,
    writer: Writer,
    *,
    title: str,
    footer: str,
    header: str = "",
    progress: ExportProgress = NO_PROGRESS,
    done_before: int = 0,
) -> ReportResult:
    path = Path(path)
    total = done_before + len(story)
    fd, tmp_name = tempfile.mkstemp(prefix=".report-", suffix=".pdf", dir=path.parent)
    os.close(fd)
    try:
        doc = report_document(tmp_name, title, writer)
        laid_out = [done_before]

        def after_flowable(_flowable) -> None:
            laid_out[0] += 1
            progress.step(min(laid_out[0], total), total, writer.t("Laying out pages"))

        doc.afterFlowable = after_flowable
        doc.build(story, canvasmaker=numbered_canvas(footer, writer, header))
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    warnings = list(writer.problems)
    if writer.uncovered.chars:
        warnings.append(writer.uncovered.describe())
    return ReportResult(path=path, warnings=warnings)
