"""Exchange packages: a whole enterprise, and a package of 100 changes.

The enterprise: the demo with 2,000 hazards, PHOTOS photos of MEGAPIXELS each (camera-sized
JPEGs) and about 50,000 changes. Figures:
- full_export, full_import: writing and merging the whole package, each against copying the
  same photo bytes with shutil (files to a folder) in the same run. Target: ratio <= 1.5.
- changes_export, changes_import: a package of 100 changes since the last exchange, made and
  merged. Target: <= 1 s each.
- changes_size: that package against the whole one (no new photo in it). Target: <= 1 %.
- floor_export_photos: what a full export cannot skip for its photos, against the same copy:
  reading each one's bytes out of SQLite (blob handle, 1 MiB pieces) with its CRC-32 (the
  zip's) and SHA-256 (the check of the stored bytes), nothing written.
- floor_import_photos: the photos' bytes inserted into a new SQLite file with a workspace's
  settings (WAL, synchronous=NORMAL) in one transaction and committed, nothing checked.
- floor_export_files, floor_import_files: the same least work with the photos as plain files
  (no SQLite at all): each file's bytes into a zip's stored entry (the zip's CRC-32), and
  each entry read back (CRC-32 checked), its SHA-256 checked and written to its own file.
  shutil's copy never brings the bytes into the program (the kernel copies them); whatever
  must look at them, as a package must, pays at least these ratios on this machine, with
  any way of storing the photos.
SCORE_BENCH_PHOTOS (default 500) and SCORE_BENCH_MEGAPIXELS (default 24) set the photos.
"""

import dataclasses
import hashlib
import io
import os
import shutil
import sqlite3
import tempfile
import time
import uuid
import zipfile
import zlib
from pathlib import Path

from PIL import Image

from score_desktop.domain.history import Person
from score_desktop.domain.photo import Photo
from score_desktop.services.demo import DEMO_ENTERPRISE_ID, demo_hazards, seed_demo
from score_desktop.services.exchange import receive_package, send_enterprise
from score_desktop.storage.database import open_workspace
from score_desktop.storage.repositories import sql_repositories

PHOTOS = int(os.environ.get("SCORE_BENCH_PHOTOS", "500"))
MEGAPIXELS = int(os.environ.get("SCORE_BENCH_MEGAPIXELS", "24"))
HAZARDS = 2000
CHANGES = 50_000


def _camera_jpeg() -> bytes:
    """A photo-sized JPEG with a camera photo's texture (smooth areas and grain)."""
    width = int((MEGAPIXELS * 1_000_000 * 3 / 2) ** 0.5)
    height = width * 2 // 3
    small = Image.effect_noise((width // 8, height // 8), 60).convert("RGB")
    picture = small.resize((width, height), Image.Resampling.BICUBIC)
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def _enterprise(folder: Path):
    workspace = open_workspace(f"sqlite:///{folder / 'sender.sqlite3'}")
    repositories = sql_repositories(workspace)
    seed_demo(repositories)
    templates = demo_hazards()
    hazards = [
        dataclasses.replace(templates[n % len(templates)], id=uuid.uuid4())
        for n in range(HAZARDS - len(templates))
    ]
    repositories.hazards.add_hazards(hazards)
    rounds = max(1, (CHANGES - HAZARDS) // len(hazards))
    for n in range(rounds):
        hazards = [dataclasses.replace(h, responsible=f"Person {n}") for h in hazards]
        repositories.hazards.update_hazards(hazards)
    photo_bytes = _camera_jpeg()
    files = folder / "photos"
    files.mkdir()
    for n in range(PHOTOS):
        data = photo_bytes + n.to_bytes(4, "big")  # after the JPEG's end: a distinct file
        sha, _new = repositories.photos.store_blob(data, b"thumbnail", "image/jpeg")
        repositories.photos.add_photos([Photo(DEMO_ENTERPRISE_ID, sha, 6000, 4000)])
        (files / f"{sha}.jpg").write_bytes(data)
    return workspace, repositories, files, hazards


def _timed(action):
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def _read_photos(workspace: Path) -> None:
    connection = sqlite3.connect(workspace)
    for (rowid,) in connection.execute("SELECT rowid FROM photo_blobs").fetchall():
        digest, crc = hashlib.sha256(), 0
        with connection.blobopen("photo_blobs", "data", rowid, readonly=True) as handle:
            while piece := handle.read(1 << 20):
                digest.update(piece)
                crc = zlib.crc32(piece, crc)
    connection.close()


def _store_photos(files: Path, workspace: Path) -> None:
    connection = sqlite3.connect(workspace, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute("CREATE TABLE photo_blobs (sha256 TEXT PRIMARY KEY, data BLOB)")
    connection.execute("BEGIN")
    for path in files.iterdir():
        connection.execute("INSERT INTO photo_blobs VALUES (?, ?)", (path.stem, path.read_bytes()))
    connection.execute("COMMIT")
    connection.close()


def _zip_files(files: Path, package: Path) -> None:
    with zipfile.ZipFile(package, "w", zipfile.ZIP_STORED) as archive:
        for path in sorted(files.iterdir()):
            archive.writestr(f"photos/{path.name}", path.read_bytes())


def _unzip_checked(package: Path, folder: Path) -> None:
    folder.mkdir()
    with zipfile.ZipFile(package) as archive:
        for info in archive.infolist():
            data = archive.read(info)  # checks the CRC-32
            if hashlib.sha256(data).hexdigest() != Path(info.filename).stem:
                raise ValueError(f"{info.filename}: bytes do not match their name")
            (folder / Path(info.filename).name).write_bytes(data)


def _against_copy(figure: str, seconds: float, copy_s: float, scale: dict) -> dict:
    return {
        "figure": figure,
        "value": round(seconds, 2),
        "unit": "s",
        "baseline": round(copy_s, 2),
        "ratio": round(seconds / copy_s, 3),
        **scale,
    }


def run():
    with tempfile.TemporaryDirectory(prefix="bench-exchange-") as temporary:
        folder = Path(temporary)
        sender, repositories, files, hazards = _enterprise(folder)
        receiver = open_workspace(f"sqlite:///{folder / 'receiver.sqlite3'}")
        theirs = sql_repositories(receiver)
        receiver_device = theirs.exchange.device_id()
        hoa = Person("Hoa")
        copy_s, _ = _timed(lambda: shutil.copytree(files, folder / "copied"))
        full = folder / "whole.scorepkg"
        export_s, written = _timed(
            lambda: send_enterprise(
                repositories.exchange, full, DEMO_ENTERPRISE_ID, hoa, to_device=receiver_device
            )
        )
        import_s, received = _timed(lambda: receive_package(theirs.exchange, full))
        assert received.summary.conflicts == 0 and received.summary.photos_copied == PHOTOS
        # the receiver answers (nothing new of its own): its package acknowledges what it
        # merged, which is where the next package of changes to it starts
        answer = folder / "answer.scorepkg"
        sender_device = repositories.exchange.device_id()
        send_enterprise(
            theirs.exchange,
            answer,
            DEMO_ENTERPRISE_ID,
            Person("An"),
            to_device=sender_device,
            changes_only=True,
        )
        receive_package(repositories.exchange, answer)
        scale = {"photos": PHOTOS, "megapixels": MEGAPIXELS, "changes": written.changes}
        yield _against_copy("full_export", export_s, copy_s, scale)
        yield _against_copy("full_import", import_s, copy_s, scale)
        shutil.rmtree(folder / "copied")
        copy_s, _ = _timed(lambda: shutil.copytree(files, folder / "copied"))
        read_s, _ = _timed(lambda: _read_photos(folder / "sender.sqlite3"))
        store_s, _ = _timed(lambda: _store_photos(files, folder / "floor.sqlite3"))
        yield _against_copy("floor_export_photos", read_s, copy_s, scale)
        yield _against_copy("floor_import_photos", store_s, copy_s, scale)
        shutil.rmtree(folder / "copied")
        copy_s, _ = _timed(lambda: shutil.copytree(files, folder / "copied"))
        zip_s, _ = _timed(lambda: _zip_files(files, folder / "files.zip"))
        unzip_s, _ = _timed(lambda: _unzip_checked(folder / "files.zip", folder / "unzipped"))
        yield _against_copy("floor_export_files", zip_s, copy_s, scale)
        yield _against_copy("floor_import_files", unzip_s, copy_s, scale)
        edited = [dataclasses.replace(h, responsible="Changed once") for h in hazards[:100]]
        repositories.hazards.update_hazards(edited)
        changes = folder / "changes.scorepkg"
        make_s, small = _timed(
            lambda: send_enterprise(
                repositories.exchange,
                changes,
                DEMO_ENTERPRISE_ID,
                hoa,
                to_device=receiver_device,
                changes_only=True,
            )
        )
        merge_s, merged = _timed(lambda: receive_package(theirs.exchange, changes))
        assert merged.summary.merged == 100 and merged.summary.conflicts == 0
        yield {"figure": "changes_export", "value": round(make_s, 3), "unit": "s", **scale}
        yield {"figure": "changes_import", "value": round(merge_s, 3), "unit": "s", **scale}
        yield {
            "figure": "changes_size",
            "value": small.size,
            "unit": "bytes",
            "baseline": written.size,
            "ratio": round(small.size / written.size, 5),
            **scale,
        }
        sender.close()
        receiver.close()
