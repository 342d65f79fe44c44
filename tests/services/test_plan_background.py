"""Background files of every kind, good and bad, generated here with Pillow and reportlab."""

import io

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from score_desktop.services.plan_background import (
    BackgroundImportError,
    page_count,
    prepare_background,
)


def drawing(size=(800, 500)) -> Image.Image:
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((20, 20, size[0] - 20, size[1] - 20), outline="black", width=6)
    draw.line((400, 20, 400, size[1] - 20), fill="black", width=4)
    return image


def decoded(prepared) -> Image.Image:
    return Image.open(io.BytesIO(prepared.data))


@pytest.mark.parametrize(("fmt", "suffix"), [("PNG", "png"), ("JPEG", "jpg"), ("WEBP", "webp")])
def test_images_become_png_or_jpeg_bytes_qt_can_show(tmp_path, fmt, suffix):
    path = tmp_path / f"plan.{suffix}"
    drawing().save(path, fmt)
    prepared = prepare_background(path)
    assert (prepared.width, prepared.height) == (800, 500)
    assert decoded(prepared).format in ("PNG", "JPEG")
    assert prepared.media_type in ("image/png", "image/jpeg")
    assert prepared.source_name == path.name


def test_exif_orientation_is_applied(tmp_path):
    path = tmp_path / "phone.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # rotated 90° clockwise
    drawing((800, 500)).save(path, "JPEG", exif=exif)
    prepared = prepare_background(path)
    assert (prepared.width, prepared.height) == (500, 800)


def make_pdf(path, pages=2, encrypt=False):
    canvas = Canvas(str(path), pagesize=landscape(A4))
    for n in range(pages):
        canvas.rect(50, 50, 700, 480)
        canvas.drawString(100, 300, f"Workshop plan page {n + 1}")
        canvas.showPage()
    canvas.save()
    if encrypt:
        writer = PdfWriter(clone_from=str(path))
        writer.encrypt("secret")
        writer.write(str(path))


def test_a_pdf_page_is_rendered(tmp_path):
    path = tmp_path / "plan.pdf"
    make_pdf(path)
    assert page_count(path) == 2
    prepared = prepare_background(path, page=1)
    assert prepared.source_name == "plan.pdf (page 2)"
    assert prepared.width == pytest.approx(landscape(A4)[0] * 150 / 72, abs=2)
    assert decoded(prepared).format == "PNG"


def test_encrypted_pdf_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "locked.pdf"
    make_pdf(path, encrypt=True)
    assert PdfReader(path).is_encrypted
    with pytest.raises(BackgroundImportError, match="password"):
        prepare_background(path)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("broken.pdf", b"%PDF-1.7\n garbage without objects", "not a readable PDF"),
        ("notes.png", b"this is a text file, not an image", "not an image"),
        ("empty.jpg", b"", "not an image"),
    ],
)
def test_bad_files_are_refused(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(BackgroundImportError, match=message):
        prepare_background(path)


def test_truncated_jpeg_is_refused(tmp_path):
    good = tmp_path / "good.jpg"
    Image.effect_noise((1200, 900), 60).convert("RGB").save(good, "JPEG")
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(BackgroundImportError, match="damaged or incomplete"):
        prepare_background(cut)


@pytest.mark.parametrize(
    ("size", "shown"), [((20_000, 10_000), "at most 50"), ((9_000, 7_000), "63 megapixels")]
)
def test_oversized_images_are_refused_before_decoding(tmp_path, size, shown):
    path = tmp_path / "huge.png"
    Image.new("1", size).save(path, "PNG")  # 1-bit: a small file claiming many pixels
    with pytest.raises(BackgroundImportError, match=shown):
        prepare_background(path)


def test_missing_file_and_page_out_of_range(tmp_path):
    with pytest.raises(BackgroundImportError, match="does not exist"):
        prepare_background(tmp_path / "nope.png")
    path = tmp_path / "plan.pdf"
    make_pdf(path, pages=1)
    with pytest.raises(BackgroundImportError, match="no page 3"):
        prepare_background(path, page=2)


def test_a_named_pipe_is_refused_without_waiting(tmp_path):
    import os
    import threading

    pipe = tmp_path / "plan.pdf"
    os.mkfifo(pipe)
    refused = []

    def choose():
        for ask in (page_count, prepare_background):
            with pytest.raises(BackgroundImportError, match="not a file but a folder, pipe"):
                ask(pipe)
            refused.append(ask)

    worker = threading.Thread(target=choose, daemon=True)
    worker.start()
    worker.join(20)
    assert refused == [page_count, prepare_background]  # not blocked on the pipe


def test_an_oversized_image_is_offered_and_scaled_down_to_the_budget(tmp_path):
    from score_desktop.services.plan_background import MAX_PIXELS, ImageTooLargeError

    path = tmp_path / "scan.png"
    Image.new("L", (9_000, 7_000), 255).save(path, "PNG")  # 63 megapixels
    with pytest.raises(ImageTooLargeError) as refused:
        prepare_background(path)
    assert (refused.value.width, refused.value.height) == (9_000, 7_000)
    prepared = prepare_background(path, scale_down=True)
    assert prepared.width * prepared.height <= MAX_PIXELS
    assert prepared.width * prepared.height > 0.99 * MAX_PIXELS
    assert prepared.width / prepared.height == pytest.approx(9 / 7, rel=0.001)
    with Image.open(io.BytesIO(prepared.data)) as stored:
        assert stored.size == (prepared.width, prepared.height)
