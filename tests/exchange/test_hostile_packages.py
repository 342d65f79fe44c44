"""Every kind of hostile or broken package is refused with its own message, and the
receiving workspace is left exactly as it was."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import stat
import zipfile
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from score_desktop.domain.exchange import PackageError
from score_desktop.domain.history import Person
from score_desktop.domain.photo import Photo
from score_desktop.services.exchange import receive_package, send_enterprise
from score_desktop.storage.schema import Base
from tests.builders import make_enterprise, make_visit


def jpeg(colour=(200, 40, 40)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(buffer, "JPEG")
    return buffer.getvalue()


@pytest.fixture
def sent(laptops, tmp_path):
    """A valid package of an enterprise with a visit and a photo, and an empty receiver."""
    hoa, an = laptops("Hoa"), laptops("An")
    enterprise = make_enterprise()
    hoa.repos.portfolio.add_enterprise(enterprise)
    hoa.repos.portfolio.add_visit(make_visit(enterprise))
    sha, _ = hoa.repos.photos.store_blob(jpeg(), jpeg((1, 2, 3)), "image/jpeg")
    hoa.repos.photos.add_photos([Photo(enterprise.id, sha, 64, 48)])
    path = tmp_path / "good.scorepkg"
    send_enterprise(hoa.exchange, path, enterprise.id, Person("Hoa"))
    return path, an, sha


def fingerprint(laptop) -> tuple[str, str]:
    """Every row of every table and, for a SQLite file, the file's bytes."""
    rows = []
    with laptop.workspace.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            found = connection.execute(select(table)).all()
            rows.append(f"{table.name}:{sorted(map(str, found))}")
    content = hashlib.sha256("\n".join(rows).encode()).hexdigest()
    if not laptop.workspace.url.startswith("sqlite"):
        return "", content
    path = Path(laptop.workspace.url.removeprefix("sqlite:///"))
    laptop.workspace.engine.dispose()
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return hashlib.sha256(path.read_bytes()).hexdigest(), content


def rebuilt(source: Path, target: Path, *, change=None, extra=(), manifest=None, rehash=True):
    """A copy of the package with entries changed (name → bytes, None removes), extra raw
    entries (ZipInfo, bytes), the manifest edited, and its hashes made to match (or not)."""
    with zipfile.ZipFile(source) as archive:
        entries = {n: archive.read(n) for n in archive.namelist()}
    listing = json.loads(entries.pop("manifest.json"))
    for name, data in (change or {}).items():
        if data is None:
            entries.pop(name, None)
        else:
            entries[name] = data
    if rehash:
        listing["entries"] = {
            n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in entries.items()
        }
    if manifest is not None:
        manifest(listing)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
        for info, data in extra:
            archive.writestr(info, data)
        archive.writestr("manifest.json", json.dumps(listing))
    return target


def records_with(source: Path, edit) -> bytes:
    with zipfile.ZipFile(source) as archive:
        document = json.loads(archive.read("records.json"))
    edit(document)
    return json.dumps(document).encode()


def link(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def visit_of(document):
    return next(r for r in document["records"] if r["record_kind"] == "visits")


CASES = {
    "outside the archive": (
        lambda src, dst, sha: rebuilt(src, dst, extra=[(zipfile.ZipInfo("../evil.json"), b"{}")]),
        "outside its folder",
    ),
    "absolute path": (
        lambda src, dst, sha: rebuilt(src, dst, extra=[(zipfile.ZipInfo("/etc/cron.d/x"), b"")]),
        "outside its folder",
    ),
    "a link": (
        lambda src, dst, sha: rebuilt(src, dst, extra=[(link("photos/" + "a" * 64), b"/etc")]),
        "link",
    ),
    "a zip bomb": (
        lambda src, dst, sha: rebuilt(src, dst, change={f"photos/{sha}": b"\0" * (8 << 20)}),
        "unpacks to far more",
    ),
    "a hash that does not match": (
        lambda src, dst, sha: rebuilt(src, dst, change={"changes.json": b"[]"}, rehash=False),
        "manifest",
    ),
    "a photo whose bytes are not its hash": (
        lambda src, dst, sha: rebuilt(src, dst, change={f"photos/{sha}": jpeg((9, 9, 9))}),
        "damaged",
    ),
    "a truncated file": (
        lambda src, dst, sha: (
            dst.write_bytes(src.read_bytes()[: len(src.read_bytes()) // 2]) and dst
        ),
        "not a SCORE package",
    ),
    "not a zip": (
        lambda src, dst, sha: dst.write_bytes(b"%PDF-1.7") and dst,
        "not a SCORE package",
    ),
    "JSON of the wrong shape": (
        lambda src, dst, sha: rebuilt(src, dst, change={"records.json": b"[1, 2]"}),
        "wrong shape",
    ),
    "a value of the wrong type": (
        lambda src, dst, sha: rebuilt(
            src,
            dst,
            change={
                "records.json": records_with(src, lambda d: visit_of(d)["values"].update(date=42))
            },
        ),
        "wrong type",
    ),
    "a newer format": (
        lambda src, dst, sha: rebuilt(src, dst, manifest=lambda m: m.update(format_version=99)),
        "newer version",
    ),
    "acknowledgements of the wrong shape": (
        lambda src, dst, sha: rebuilt(
            src, dst, manifest=lambda m: m.update(received={"not a device": "many"})
        ),
        "says what its sender received in the wrong shape",
    ),
    "a newer schema": (
        lambda src, dst, sha: rebuilt(
            src, dst, manifest=lambda m: m.update(schema_revision="9999_from_the_future")
        ),
        "newer version",
    ),
    "a record pointing at one that exists nowhere": (
        lambda src, dst, sha: rebuilt(
            src,
            dst,
            change={
                "records.json": records_with(
                    src,
                    lambda d: next(r for r in d["records"] if r["record_kind"] == "photos")[
                        "values"
                    ].update(hazard_id="0b5c1c8e-43a4-4d3c-9a57-6a4e8f1d2b3c"),
                )
            },
        ),
        "exists nowhere",
    ),
    "a change of a record the package does not hold": (
        lambda src, dst, sha: rebuilt(
            src,
            dst,
            change={
                "records.json": records_with(
                    src,
                    lambda d: d.update(
                        records=[r for r in d["records"] if r["record_kind"] != "visits"]
                    ),
                )
            },
        ),
        "not in it",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_hostile_package_is_refused_and_writes_nothing(sent, tmp_path, case):
    source, an, sha = sent
    make, message = CASES[case]
    package = make(source, tmp_path / "hostile.scorepkg", sha)
    before = fingerprint(an)
    with pytest.raises(PackageError) as refused:
        receive_package(an.exchange, package)
    assert message in str(refused.value)
    assert "Traceback" not in str(refused.value)
    assert fingerprint(an) == before
    # and the good package still merges afterwards
    assert receive_package(an.exchange, source).summary.added == 3


def test_a_photo_already_held_is_not_copied_again(sent, laptops, tmp_path):
    source, an, sha = sent
    first = receive_package(an.exchange, source).summary
    assert (first.photos_copied, first.photos_held) == (1, 0)
    third = laptops("Third")
    third.repos.photos.store_blob(jpeg(), jpeg((1, 2, 3)), "image/jpeg")
    summary = receive_package(third.exchange, source).summary
    assert (summary.photos_copied, summary.photos_held) == (0, 1)
