"""Photo import with images generated here: orientation, capture data, size policy, bad files."""

import datetime as dt
import io
import os
from pathlib import Path

import pytest
from PIL import Image

from score_desktop.services.photo_import import (
    PhotoImportError,
    import_photos,
    read_photo,
)


def exif(orientation=1, when="2026:09:08 10:15:00", make="Xiaomi", model="Redmi Note 12"):
    data = Image.Exif()
    data[0x0112] = orientation
    data[271], data[272] = make, model
    data.get_ifd(0x8769)[36867] = when
    return data


def jpeg(path, size=(800, 600), **exif_fields):
    image = Image.new("RGB", size, "white")
    image.paste((200, 30, 30), (0, 0, size[0] // 2, size[1] // 3))  # a red mark top-left
    image.save(path, "JPEG", exif=exif(**exif_fields), quality=92)
    return path


def test_a_plain_jpeg_is_kept_byte_for_byte_with_its_capture_data(tmp_path):
    path = jpeg(tmp_path / "guard.jpg")
    photo = read_photo(path)
    assert photo.data == path.read_bytes() and photo.media_type == "image/jpeg"
    assert (photo.width, photo.height) == (800, 600)
    assert photo.taken_at == dt.datetime(2026, 9, 8, 10, 15)
    assert photo.camera == "Xiaomi Redmi Note 12"
    thumb = Image.open(io.BytesIO(photo.thumbnail))
    assert max(thumb.size) == 320 and thumb.format == "JPEG"


def test_exif_rotation_is_applied_to_the_stored_pixels(tmp_path):
    photo = read_photo(jpeg(tmp_path / "phone.jpg", orientation=6))
    assert (photo.width, photo.height) == (600, 800)
    stored = Image.open(io.BytesIO(photo.data))
    assert stored.size == (600, 800)
    # the red mark, top-left in the sensor image, is top-right once turned upright
    assert stored.getpixel((590, 10))[0] > 150 and stored.getpixel((10, 10))[1] > 200


def test_photos_above_the_size_policy_are_stored_downscaled(tmp_path):
    path = jpeg(tmp_path / "big.jpg", size=(5000, 3000))
    photo = read_photo(path, keep_max_pixels=10_000_000)
    assert photo.downscaled and (photo.width, photo.height) == (4000, 2400)
    assert photo.data != path.read_bytes()


def test_png_with_transparency_stays_png_and_webp_becomes_jpeg(tmp_path):
    Image.new("RGBA", (300, 200), (0, 128, 0, 100)).save(tmp_path / "sketch.png")
    assert read_photo(tmp_path / "sketch.png").media_type == "image/png"
    Image.new("RGB", (300, 200), "blue").save(tmp_path / "shot.webp", "WEBP")
    assert read_photo(tmp_path / "shot.webp").media_type == "image/jpeg"


def test_a_phone_heic_is_read_upright_with_its_capture_data_and_stored_as_jpeg(tmp_path):
    image = Image.new("RGB", (640, 480), "white")
    image.paste((200, 30, 30), (0, 0, 320, 160))
    image.save(tmp_path / "IMG_0042.HEIC", "HEIF", quality=90, exif=exif(orientation=6).tobytes())
    photo = read_photo(tmp_path / "IMG_0042.HEIC")
    assert photo.media_type == "image/jpeg" and (photo.width, photo.height) == (480, 640)
    stored = Image.open(io.BytesIO(photo.data))
    assert stored.format == "JPEG" and stored.size == (480, 640)
    assert photo.taken_at == dt.datetime(2026, 9, 8, 10, 15) and photo.camera.startswith("Xiaomi")


def test_a_damaged_heic_gets_a_clear_message(tmp_path):
    Image.new("RGB", (320, 240), "blue").save(tmp_path / "whole.heic", "HEIF")
    whole = (tmp_path / "whole.heic").read_bytes()
    (tmp_path / "cut.heic").write_bytes(whole[: len(whole) // 2])
    with pytest.raises(PhotoImportError, match="^cut.heic: "):
        read_photo(tmp_path / "cut.heic")


def make_bad_files(tmp_path):
    good = jpeg(tmp_path / "good.jpg", size=(1200, 900))
    truncated = tmp_path / "truncated.jpg"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 3])
    (tmp_path / "empty.jpg").write_bytes(b"")
    (tmp_path / "notes.jpg").write_text("shopping list, not a photo")
    Image.new("1", (20_000, 10_000)).save(tmp_path / "bomb.png")
    Image.new("RGB", (50, 50)).save(tmp_path / "old.bmp", "BMP")
    return {
        "truncated.jpg": "damaged or incomplete",
        "empty.jpg": "empty",
        "notes.jpg": "not a photo",
        "bomb.png": "more pixels",
        "old.bmp": "not supported",
        "missing.jpg": "does not exist",
    }


@pytest.mark.parametrize(
    "name", ["truncated.jpg", "empty.jpg", "notes.jpg", "bomb.png", "old.bmp", "missing.jpg"]
)
def test_each_bad_file_gets_a_clear_message(tmp_path, name):
    expected = make_bad_files(tmp_path)[name]
    with pytest.raises(PhotoImportError, match=expected) as caught:
        read_photo(tmp_path / name)
    assert str(caught.value).startswith(name)


def test_a_batch_continues_past_bad_files(tmp_path):
    messages = make_bad_files(tmp_path)
    first, second = jpeg(tmp_path / "a.jpg"), jpeg(tmp_path / "b.jpg", size=(640, 480))
    paths = [first, *(tmp_path / name for name in messages), second]
    stored, progress = [], []
    summary = import_photos(paths, stored.append, progress=lambda d, t: progress.append((d, t)))
    assert [p.original_name for p in stored] == ["a.jpg", "b.jpg"]
    assert {name for name, _ in summary.failures} == set(messages)
    assert progress[-1] == (len(paths), len(paths)) and not summary.cancelled


def test_cancel_stops_between_files(tmp_path):
    paths = [jpeg(tmp_path / f"{n}.jpg", size=(200, 150)) for n in range(5)]
    stored = []
    summary = import_photos(paths, stored.append, cancelled=lambda: len(stored) >= 2)
    assert summary.cancelled and len(stored) == 2


def test_the_same_file_twice_has_one_hash(tmp_path):
    path = jpeg(tmp_path / "same.jpg")
    assert read_photo(path).sha256 == read_photo(path).sha256


def test_a_file_name_and_camera_text_that_cannot_be_stored_are_marked(tmp_path):
    """Names and camera data come from outside: characters user text may not hold become
    U+FFFD (a name undecodable on Linux arrives with lone surrogates)."""
    path = jpeg(tmp_path / "site\x07 \udcff.jpg", make="Can\x00on", model="EOS\x1b")
    photo = read_photo(path)
    assert photo.original_name == "site\ufffd \ufffd.jpg"
    assert photo.camera == "Can\ufffdon EOS\ufffd"


def run_with_deadline(work, seconds=20):
    """`work()` in a thread; fails the test instead of hanging it if `work` blocks."""
    import threading

    outcome = []
    worker = threading.Thread(target=lambda: outcome.append(work()), daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), "the import blocked"
    return outcome[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_a_folder_and_a_device_are_refused_without_waiting(tmp_path):
    pipe = tmp_path / "camera.jpg"
    os.mkfifo(pipe)  # nobody writes to it: an ordinary open would wait for ever
    folder = tmp_path / "folder.jpg"
    folder.mkdir()
    good = jpeg(tmp_path / "good.jpg")
    paths = [pipe, folder, Path(os.devnull), good]
    stored = []
    summary = run_with_deadline(lambda: import_photos(paths, stored.append))
    assert [p.original_name for p in stored] == ["good.jpg"]
    reasons = dict(summary.failures)
    assert set(reasons) == {"camera.jpg", "folder.jpg", Path(os.devnull).name}
    refused = ": is not a file but a folder, pipe or device."
    assert all(reason.endswith(refused) for reason in reasons.values())


def test_cancel_interrupts_a_long_read(tmp_path, monkeypatch):
    from score_desktop.services import user_files

    monkeypatch.setattr(user_files, "CHUNK_BYTES", 4096)
    large = tmp_path / "large.jpg"
    large.write_bytes(b"\xff\xd8" + bytes(10_000_000))
    asked = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > 3  # before the file, then after two chunks

    summary = import_photos([large, jpeg(tmp_path / "next.jpg")], [].append, cancelled=cancelled)
    assert summary.cancelled and not summary.imported and not summary.failures
    assert len(asked) == 4  # stopped in the first file, not after reading 10 MB


def test_a_file_larger_than_any_photo_is_refused_before_it_is_read(tmp_path, monkeypatch):
    from score_desktop.services import user_files

    monkeypatch.setattr(user_files, "MAX_BYTES", 1000)
    huge = tmp_path / "huge.jpg"
    huge.write_bytes(bytes(2000))
    with pytest.raises(PhotoImportError, match="more than the 0 MB this application reads"):
        read_photo(huge)
