"""A visit report with 100 photos of 24 megapixels and 200 hazards, against the floor of
decoding, downsampling and JPEG-encoding the same 100 photos alone.

The workspace is the demo enterprise in a temporary SQLite file, with 200 hazards pinned on its
plan and 100 photos stored through the photo service: 50 hazards get a before and an after
photo, so every photo is printed twice (detail block and before/after pair) and must be
embedded once. Each photo is distinct bytes (four generated pictures, each copy with its own
trailing bytes after the JPEG end marker: decoding work is that of a real photo, and the
content-addressed store keeps all 100).

Figures: export seconds (gathering the content from the repositories, preparing photos,
layout, writing the PDF) next to the floor (for each photo: read its bytes, draft-decode,
downsample to the same print size, encode as JPEG), their ratio (target <= 1.5), and the file
size (target <= 25 MB). Set SCORE_BENCH_REPORT_PHOTOS to change the number of photos.

First, `long_note`: the demo's visit report with a 200,000-character enterprise note against
the same report with the demo's note, both measured here (best of three). The note adds
pages, so `per_page_ratio` (seconds per page against the ordinary report's) is the figure
to judge: near 1 when layout grows with the length of the text (as one Paragraph, the note
alone took 20-26 s; now well under a second).
"""

import dataclasses
import datetime as dt
import os
import tempfile
import time
import uuid
from pathlib import Path

from pypdf import PdfReader
from samples import phone_like_jpeg

from score_desktop.domain.geometry import Point
from score_desktop.domain.photo import Photo, PhotoKind
from score_desktop.services.demo import DEMO_ENTERPRISE_ID, DEMO_PLAN_ID, demo_hazards, seed_demo
from score_desktop.services.photo_import import read_photo
from score_desktop.services.reporting.content import content_from
from score_desktop.services.reporting.images import prepare_jpeg
from score_desktop.services.reporting.visit_report import write_visit_report
from score_desktop.storage.database import open_workspace
from score_desktop.storage.repositories import sql_repositories

PHOTOS = int(os.environ.get("SCORE_BENCH_REPORT_PHOTOS", "100"))
HAZARDS = 200
SIZE = (6000, 4000)  # 24 MP
PAIR_WIDTH_PT = (210 - 36 - 6) / 2 / 25.4 * 72  # half the A4 text width: the widest placement


def hazards_for_plan() -> list:
    """200 hazards from the demo's 15, spread over the plan on a grid."""
    templates = demo_hazards()
    hazards = []
    for n in range(HAZARDS):
        template = templates[n % len(templates)]
        position = Point(200 + (n % 20) * 190, 200 + (n // 20) * 150)
        hazards.append(
            dataclasses.replace(
                template,
                id=uuid.uuid4(),
                title=f"{template.title} ({n + 1})",
                plan_id=DEMO_PLAN_ID,
                position=position,
            )
        )
    return hazards


def build_workspace(folder: Path):
    workspace = open_workspace(f"sqlite:///{folder / 'bench.sqlite3'}")
    repositories = sql_repositories(workspace)
    seed_demo(repositories)
    old = [h.id for h in repositories.hazards.list_hazards(DEMO_ENTERPRISE_ID)]
    repositories.hazards.delete_hazards(old)
    hazards = hazards_for_plan()
    repositories.hazards.add_hazards(hazards)
    sources = [phone_like_jpeg(n, SIZE) for n in range(4)]
    records, files = [], []
    for n in range(PHOTOS):
        path = folder / f"photo-{n:03d}.jpg"
        path.write_bytes(sources[n % len(sources)] + f"copy {n}".encode())
        read = read_photo(path)
        repositories.photos.store_blob(read.data, read.thumbnail, read.media_type)
        files.append(path)
        hazard = hazards[n // 2]
        records.append(
            Photo(
                DEMO_ENTERPRISE_ID,
                read.sha256,
                read.width,
                read.height,
                original_name=path.name,
                kind=PhotoKind.BEFORE if n % 2 == 0 else PhotoKind.AFTER,
                hazard_id=hazard.id,
                caption=f"Photo {n + 1}",
            )
        )
    repositories.photos.add_photos(records)
    return workspace, repositories, records


def floor(repositories, records) -> float:
    start = time.perf_counter()
    for photo in records:
        data = repositories.photos.load_blob(photo.sha256)
        height = PAIR_WIDTH_PT * photo.height / photo.width
        prepare_jpeg(data, PAIR_WIDTH_PT, height)
    return time.perf_counter() - start


def export(repositories, target: Path) -> float:
    start = time.perf_counter()
    enterprise = repositories.portfolio.get_enterprise(DEMO_ENTERPRISE_ID)
    visit = repositories.portfolio.list_visits(DEMO_ENTERPRISE_ID)[-1]
    content = content_from(repositories, enterprise, dt.date(2026, 11, 22))
    write_visit_report(
        enterprise, visit, repositories.portfolio.list_modules(), target, content=content
    )
    return time.perf_counter() - start


NOTE_CHARS = 200_000


def note_text() -> str:
    sentences = (f"Observation {n}: cable drums block aisle 3 near the exit. " for n in range(9999))
    return "".join(sentences)[:NOTE_CHARS]


def long_note(folder: Path) -> dict:
    """Seconds and pages of the demo's visit report with the demo's note and a long one."""
    workspace = open_workspace(f"sqlite:///{folder / 'note.sqlite3'}")
    try:
        repositories = sql_repositories(workspace)
        seed_demo(repositories)
        enterprise = repositories.portfolio.get_enterprise(DEMO_ENTERPRISE_ID)
        visit = repositories.portfolio.list_visits(DEMO_ENTERPRISE_ID)[-1]
        content = content_from(repositories, enterprise, dt.date(2026, 11, 22))
        modules = repositories.portfolio.list_modules()
        figures = {}
        for kind, notes in (("ordinary", enterprise.notes), ("long", note_text())):
            target = folder / f"note-{kind}.pdf"
            report = dataclasses.replace(enterprise, notes=notes)
            times = []
            for _ in range(3):
                start = time.perf_counter()
                write_visit_report(report, visit, modules, target, content=content)
                times.append(time.perf_counter() - start)
            figures[kind] = (min(times), len(PdfReader(target).pages))
        return figures
    finally:
        workspace.close()


def run():
    with tempfile.TemporaryDirectory() as name:
        figures = long_note(Path(name))
    (ordinary, ordinary_pages), (long, long_pages) = figures["ordinary"], figures["long"]
    yield {
        "figure": "long_note",
        "value": round(long, 2),
        "unit": "s",
        "baseline": round(ordinary, 2),
        "ratio": round(long / ordinary, 2),
        "pages": long_pages,
        "baseline_pages": ordinary_pages,
        "per_page_ratio": round((long / long_pages) / (ordinary / ordinary_pages), 2),
        "characters": NOTE_CHARS,
    }
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        workspace, repositories, records = build_workspace(folder)
        try:
            target = folder / "report.pdf"
            export(repositories, folder / "warm-up.pdf")  # fonts registered, caches warm
            base = floor(repositories, records)
            ours = export(repositories, target)
            size = target.stat().st_size
            reader = PdfReader(target)
            images = {
                ref.idnum
                for page in reader.pages
                if "/XObject" in page["/Resources"]
                for ref in page["/Resources"]["/XObject"].values()
            }
            pages = len(reader.pages)
        finally:
            workspace.close()
    yield {"figure": "photo_floor", "value": round(base, 2), "unit": "s", "photos": PHOTOS}
    yield {
        "figure": "export",
        "value": round(ours, 2),
        "unit": "s",
        "baseline": round(base, 2),
        "ratio": round(ours / base, 2),
        "target": "<= 1.5",
        "hazards": HAZARDS,
        "pages": pages,
    }
    yield {
        "figure": "file_size",
        "value": round(size / 1e6, 2),
        "unit": "MB",
        "target": "<= 25 MB",
        "images_embedded": len(images),
    }
