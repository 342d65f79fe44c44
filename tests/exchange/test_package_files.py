"""Photos go into a package and out of it as their stored bytes: streamed in pieces, stored
(not deflated) in the zip, checked against their hash on both sides."""

from __future__ import annotations

import io
import os
import zipfile

import pytest
from PIL import Image
from sqlalchemy import text

from score_desktop.domain.errors import IntegrityError
from score_desktop.domain.exchange import Blob, PackageError
from score_desktop.domain.history import Person
from score_desktop.domain.photo import Photo
from score_desktop.services.exchange import receive_package, send_enterprise
from tests.builders import make_enterprise
from tests.exchange.test_hostile_packages import fingerprint, rebuilt


def camera_photo(size: int) -> bytes:
    """A JPEG followed by `size` bytes of noise (a camera file's size, more than a piece)."""
    buffer = io.BytesIO()
    Image.effect_noise((320, 240), 60).convert("RGB").save(buffer, "JPEG")
    return buffer.getvalue() + os.urandom(size)


def thumbnail() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (16, 12), (9, 9, 9)).save(buffer, "JPEG")
    return buffer.getvalue()


@pytest.fixture
def sender(laptops):
    """A laptop holding an enterprise with two photos of 2.5 and 3 MiB."""
    hoa = laptops("Hoa")
    enterprise = make_enterprise()
    hoa.repos.portfolio.add_enterprise(enterprise)
    photos = {}
    for size in (5 << 19, 3 << 20):
        data = camera_photo(size)
        sha, _ = hoa.repos.photos.store_blob(data, thumbnail(), "image/jpeg")
        hoa.repos.photos.add_photos([Photo(enterprise.id, sha, 320, 240)])
        photos[sha] = data
    return hoa, enterprise, photos


def test_photos_travel_stored_and_whole(sender, laptops, tmp_path):
    hoa, enterprise, photos = sender
    path = tmp_path / "whole.scorepkg"
    send_enterprise(hoa.exchange, path, enterprise.id, Person("Hoa"))
    with zipfile.ZipFile(path) as archive:
        for sha, data in photos.items():
            entry = archive.getinfo(f"photos/{sha}")
            assert entry.compress_type == zipfile.ZIP_STORED
            assert entry.file_size == len(data)
            assert archive.read(entry) == data  # zipfile checks the CRC on reading
    an = laptops("An")
    summary = receive_package(an.exchange, path).summary
    assert summary.photos_copied == 2
    for sha, data in photos.items():
        assert an.exchange.read_blob(Blob("photo", sha, "image/jpeg")) == data


def damage_stored_photo(laptop, sha: str, data: bytes) -> None:
    """One byte of the stored photo changed, as a failing disk would."""
    damaged = bytearray(data)
    damaged[2 << 20] ^= 0xFF
    with laptop.workspace.engine.begin() as connection:
        connection.execute(
            text("UPDATE photo_blobs SET data = :data WHERE sha256 = :sha"),
            {"data": bytes(damaged), "sha": sha},
        )


def test_a_damaged_stored_photo_is_not_sent_and_leaves_no_file(sender, tmp_path):
    hoa, enterprise, photos = sender
    sha = max(photos, key=lambda sha: len(photos[sha]))
    damage_stored_photo(hoa, sha, photos[sha])
    path = tmp_path / "out" / "whole.scorepkg"
    path.parent.mkdir()
    with pytest.raises(IntegrityError, match="damaged"):
        send_enterprise(hoa.exchange, path, enterprise.id, Person("Hoa"))
    assert list(path.parent.iterdir()) == []


def test_a_photo_changed_in_the_package_is_refused_and_writes_nothing(sender, laptops, tmp_path):
    """Same size, CRC made to match, the manifest still naming the original hash: only the
    merge's SHA-256 (computed beside the write) can tell, and the import lands not at all."""
    hoa, enterprise, photos = sender
    path = tmp_path / "whole.scorepkg"
    send_enterprise(hoa.exchange, path, enterprise.id, Person("Hoa"))
    sha = max(photos, key=lambda sha: len(photos[sha]))
    damaged = bytearray(photos[sha])
    damaged[-1] ^= 0xFF
    hostile = rebuilt(
        path, tmp_path / "hostile.scorepkg", change={f"photos/{sha}": bytes(damaged)}, rehash=False
    )
    an = laptops("An")
    before = fingerprint(an)
    with pytest.raises(PackageError, match="damaged"):
        receive_package(an.exchange, hostile)
    assert fingerprint(an) == before
