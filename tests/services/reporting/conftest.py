"""A real demo workspace with real photos (generated JPEGs imported through the photo service),
linked to hazards as before/after pairs, for the report tests."""

import dataclasses
import datetime as dt
import io
import subprocess

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader

from score_desktop.domain.photo import Annotation, AnnotationKind, Photo, PhotoKind
from score_desktop.services.demo import DEMO_ENTERPRISE_ID, seed_demo
from score_desktop.services.photo_import import read_photo
from score_desktop.services.reporting.content import content_from
from score_desktop.services.reporting.visit_report import write_visit_report
from score_desktop.storage.repositories import sql_repositories

TODAY = dt.date(2026, 11, 22)


def jpeg(path, size=(2400, 1600), colour=(180, 90, 40), text=""):
    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    for x in range(0, size[0], 97):  # texture, so the JPEG is not trivially small
        draw.line([(x, 0), (size[0] - x, size[1])], fill=(x % 255, 120, 200), width=9)
    if text:
        draw.text((40, 40), text, fill="white")
    image.save(path, "JPEG", quality=90)
    return path


def pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def pdftotext(path) -> str:
    run = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return run.stdout


def image_objects(path) -> dict[int, tuple[int, int, str]]:
    """Distinct image XObjects of the PDF: object number -> (width, height, filter)."""
    found = {}
    for page in PdfReader(path).pages:
        resources = page["/Resources"]
        for ref in resources.get("/XObject", {}).values() if "/XObject" in resources else ():
            obj = ref.get_object()
            if obj["/Subtype"] == "/Image":
                found[ref.idnum] = (obj["/Width"], obj["/Height"], str(obj.get("/Filter")))
    return found


@pytest.fixture
def repositories(workspace):
    repositories = sql_repositories(workspace)
    seed_demo(repositories)
    return repositories


@pytest.fixture
def hazard(repositories):
    """The demo's top hazard (unguarded nip point), rescored."""
    return next(
        h
        for h in repositories.hazards.list_hazards(DEMO_ENTERPRISE_ID)
        if h.title.startswith("Unguarded nip point")
    )


@pytest.fixture
def photos(repositories, hazard, tmp_path):
    """A before (annotated) and an after photo of the hazard, and one general photo."""
    store = repositories.photos
    records = []
    for name, kind, colour in (
        ("before.jpg", PhotoKind.BEFORE, (200, 60, 40)),
        ("after.jpg", PhotoKind.AFTER, (40, 160, 80)),
        ("general.jpg", PhotoKind.GENERAL, (60, 60, 160)),
    ):
        read = read_photo(jpeg(tmp_path / name, colour=colour, text=name))
        store.store_blob(read.data, read.thumbnail, read.media_type)
        annotations = ()
        if kind is PhotoKind.BEFORE:
            annotations = (
                Annotation(AnnotationKind.ARROW, ((0.1, 0.1), (0.5, 0.5))),
                Annotation(AnnotationKind.TEXT, ((0.55, 0.55),), text="No guard here"),
            )
        records.append(
            Photo(
                DEMO_ENTERPRISE_ID,
                read.sha256,
                read.width,
                read.height,
                original_name=name,
                caption=f"Caption of {name}",
                kind=kind,
                hazard_id=hazard.id,
                taken_at=dt.datetime(2026, 10, 13, 10, 0),
                annotations=annotations,
            )
        )
    store.add_photos(records)
    return records


def png_bytes(size=(600, 200), colour=(31, 95, 139)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def replace(record, **changes):
    return dataclasses.replace(record, **changes)


def write(repositories, path, options=None, progress=None, **visit_changes):
    enterprise = repositories.portfolio.get_enterprise(DEMO_ENTERPRISE_ID)
    visit = repositories.portfolio.list_visits(DEMO_ENTERPRISE_ID)[-1]
    if visit_changes:
        visit = replace(visit, **visit_changes)
    content = content_from(repositories, enterprise, TODAY)
    modules = repositories.portfolio.list_modules()
    extra = {"progress": progress} if progress is not None else {}
    return write_visit_report(
        enterprise, visit, modules, path, content=content, options=options, today=TODAY, **extra
    )
