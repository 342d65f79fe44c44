"""Signing a report and checking a signed PDF (see docs/sign-off.md).

A signed PDF is the report's content, byte for byte, followed by an incremental update of
the PDF that adds one signature page: the content's bytes stay a prefix of every signed copy,
so the SHA-256 printed on the signature page can be checked against the file itself, and the
workspace stores the content once and only the appended part of each signed copy.
"""

import datetime as dt
import hashlib
import io
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ..domain.history import Role
from ..domain.signoff import Signature, SignedKind, SignedReport, Verdict, VerdictKind
from .reporting.options import Paper, ReportOptions, Section
from .reporting.progress import NO_PROGRESS, ExportProgress
from .written_files import written_in_place

ROLE_WORDS = {
    Role.CONSULTANT: "consultant",
    Role.INSPECTOR: "safety inspector",
    Role.MANAGER: "enterprise manager",
    Role.OFFICER: "programme officer",
}


@dataclass(frozen=True)
class SignedPdf:
    report: SignedReport  # as it will be stored (new, or the one signed before)
    content: bytes
    data: bytes  # the signed PDF: `content` and the signature page after it


def signed_options(options: ReportOptions) -> ReportOptions:
    """A signed report leaves out the blank lines to sign by hand: its signature page holds
    the signatures."""
    return replace(options, sections=options.sections - {Section.SIGNATURES})


def render_report(write: Callable[..., object], progress: ExportProgress = NO_PROGRESS) -> bytes:
    """The bytes of a report that `write(path, progress=…)` writes (a report writer of
    services.reporting with its records bound), through a temporary folder."""
    with tempfile.TemporaryDirectory(prefix="score-sign-") as folder:
        path = Path(folder) / "report.pdf"
        write(path, progress=progress)
        return path.read_bytes()


def new_report(
    *,
    enterprise_id,
    kind: SignedKind,
    subject_id,
    title: str,
    content: bytes,
    signed_through: int,
) -> SignedReport:
    return SignedReport(
        enterprise_id=enterprise_id,
        kind=kind,
        subject_id=subject_id,
        title=title,
        content_sha256=hashlib.sha256(content).hexdigest(),
        content_size=len(content),
        signed_through=signed_through,
    )


def signed_pdf(
    report: SignedReport,
    content: bytes,
    signatures: Sequence[Signature],
    language: str = "en",
) -> SignedPdf:
    """`content` with a signature page for `signatures` (those given before and the new
    ones) appended as an incremental update: the result begins with `content` unchanged."""
    from pypdf import PdfReader, PdfWriter  # with the first signature, not at start-up

    from .reporting.layout import Writer
    from .reporting.signature_page import signature_page

    reader = PdfReader(io.BytesIO(content))
    pages = len(reader.pages)
    width = float(reader.pages[0].mediabox.width) if pages else 0.0
    paper = Paper.LETTER if abs(width - 612) < 2 else Paper.A4
    with Writer.for_options(ReportOptions(language=language, paper=paper)) as writer:
        page = signature_page(writer, report, tuple(signatures), pages)
    pdf = PdfWriter(io.BytesIO(content), incremental=True)
    for added in PdfReader(io.BytesIO(page)).pages:
        pdf.add_page(added)
    out = io.BytesIO()
    pdf.write(out)
    data = out.getvalue()
    if not data.startswith(content):  # the design rests on it: never store anything else
        raise AssertionError("The signed PDF does not begin with the report's content.")
    return SignedPdf(report, content, data)


def sign_new(
    write: Callable[..., object],
    signatures: Sequence[Signature],
    *,
    enterprise_id,
    kind: SignedKind,
    subject_id,
    report_title: str,
    signed_through: int,
    language: str = "en",
    progress: ExportProgress = NO_PROGRESS,
) -> SignedPdf:
    """Render the report (`write`, see render_report), freeze it and sign it: what the
    window runs in the thread pool; storing it is the caller's (SignoffRepository).
    (`report_title`: `title` is the thread pool runner's own argument.)"""
    content = render_report(write, progress)
    report = new_report(
        enterprise_id=enterprise_id,
        kind=kind,
        subject_id=subject_id,
        title=report_title,
        content=content,
        signed_through=signed_through,
    )
    return signed_pdf(report, content, signatures, language)


def sign_again(
    report: SignedReport,
    content: bytes,
    signatures: Sequence[Signature],
    language: str = "en",
    progress: ExportProgress = NO_PROGRESS,
) -> SignedPdf:
    """A new signed copy of a report signed before: `signatures` are all it shows (those
    given before and the new ones). `progress` (the thread pool runner's) goes unused: this
    takes a moment, the content being rendered already."""
    del progress
    return signed_pdf(report, content, signatures, language)


def signed_title(kind: SignedKind, enterprise_name: str, day: dt.date, language: str) -> str:
    """The report's title as the signature page prints it, in the report's language."""
    from .reporting.i18n import Translator

    t = Translator(language)
    if kind is SignedKind.VISIT:
        return f"{t('Visit report')} — {enterprise_name}, {day.isoformat()}"
    return f"{t('Enterprise Improvement Plan')} — {enterprise_name}, {day.isoformat()}"


def signature_now(name: str, role: Role, drawing: bytes | None = None) -> Signature:
    """A signature given now (UTC: the time printed and stored)."""
    signature = Signature(
        name.strip(), role, dt.datetime.now(dt.UTC).replace(microsecond=0), drawing
    )
    signature.validate()
    return signature


def write_signed(path: Path, data: bytes) -> Path:
    """The signed PDF at `path`, written under a temporary name and renamed."""
    with written_in_place(path, prefix=".signed-") as temporary:
        temporary.write_bytes(data)
    return Path(path)


# Telling what a file is ------------------------------------------------------------------


def describe(verdict: Verdict, name: str) -> list[str]:
    """Lines for the command line (English, like its other messages)."""
    report = verdict.report
    if verdict.kind is VerdictKind.UNKNOWN or report is None:
        return [
            f"{name} does not match any signed report of this workspace.",
            f"SHA-256: {verdict.sha256}",
        ]
    if verdict.kind is VerdictKind.CONTENT_ONLY:
        return [
            f"{name} does not match: its pages are the content of the signed report "
            f"“{report.title}”, but its signature page is missing or was changed.",
            f"SHA-256: {verdict.sha256}",
        ]
    lines = [f"{name} is a signed report of this workspace: “{report.title}”.", "Signed by:"]
    for signature in verdict.signatures:
        when = signature.signed_at.strftime("%Y-%m-%d %H:%M UTC")
        drawn = ", drawn signature" if signature.drawing else ""
        lines.append(f"  {signature.name} ({ROLE_WORDS[signature.role]}), {when}{drawn}")
    later = len(report.signatures) - len(verdict.signatures)
    if later > 0:
        lines.append(f"{later} more signature(s) were added to a later copy.")
    change = report.superseded_by
    if change is not None:
        who = f" by {change.author_name}" if change.author_name else ""
        what = f" ({change.action})" if change.action else ""
        lines.append(
            f"SUPERSEDED: the records it shows were changed after it was signed, "
            f"on {change.at:%Y-%m-%d %H:%M UTC}{who}{what}."
        )
    lines.append(f"SHA-256: {verdict.sha256}")
    return lines
