"""The exchange package file (`.scorepkg`): an open zip format, see docs/package-format.md.

Writing streams one photo at a time into a temporary file renamed into place at the end.
Reading trusts nothing: names, sizes, compression ratios, hashes, the manifest's shape and
version are checked before anything is handed to the merge, and every file's bytes are
checked against their SHA-256 again when the merge reads them. A refusal is a PackageError
with a message for the person who received the file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import stat
import time
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.exchange import (
    Blob,
    ChangeSet,
    PackageError,
    blob_from_json,
    blob_to_json,
    entry_from_json,
    entry_to_json,
    record_from_json,
    record_to_json,
)
from .written_files import written_in_place

FORMAT = "score-desktop-package"
FORMAT_VERSION = 2  # 2: the manifest says what its sender has merged of others ("received")
SUFFIX = ".scorepkg"
MANIFEST = "manifest.json"
RECORDS = "records.json"
CHANGES = "changes.json"
FILES = "files.json"
FOLDERS = {
    "photo": "photos",
    "thumbnail": "thumbnails",
    "plan_image": "plan_images",
    "report": "reports",
}
NAMES = re.compile(
    r"^(manifest|records|changes|files)\.json$|^(photos|thumbnails|plan_images|reports)/[0-9a-f]{64}$"
)


@dataclass(frozen=True)
class Limits:
    """What a package may hold before it is taken for a zip bomb or a mistake."""

    json_entry: int = 1 << 30  # 1 GiB of records or changes
    file_entry: int = 300 << 20  # one photo or plan image
    total: int = 64 << 30
    ratio: int = 200  # uncompressed / compressed, for entries over `ratio_from`
    ratio_from: int = 1 << 20
    entries: int = 200_000


@dataclass(frozen=True)
class Producer:
    device_id: uuid.UUID
    person: dict[str, Any]  # id, name, role, organisation


@dataclass(frozen=True)
class WrittenPackage:
    path: Path
    package_id: uuid.UUID
    size: int
    records: int
    changes: int
    files: int


Progress = Callable[[int, int], None]


def write_package(
    path: str | Path,
    change_set: ChangeSet,
    producer: Producer,
    schema_revision: str,
    copy_blob: Callable[[Blob, Callable[[bytes], Any]], int],
    read_thumbnail: Callable[[str], bytes | None],
    progress: Progress | None = None,
) -> WrittenPackage:
    """Write the change set; `progress(done, total)` may raise to cancel (nothing is left).

    `copy_blob(blob, write)` hands a file's bytes to `write` in pieces and checks them
    against their hash (raising, which drops the partial package, if they do not match):
    a photo goes from the workspace into the zip without being held whole."""
    path = Path(path)
    package_id = uuid.uuid4()
    listed: dict[str, dict[str, Any]] = {}
    total = len(change_set.blobs) + 1
    with written_in_place(path, prefix=".package-") as temporary:
        with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
            documents = {
                RECORDS: {
                    "records": [record_to_json(r) for r in change_set.records],
                    "people": change_set.people,
                    "references": change_set.references,
                },
                CHANGES: [entry_to_json(e) for e in change_set.entries],
                FILES: [blob_to_json(b) for b in change_set.blobs],
            }
            for name, document in documents.items():
                data = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()
                _add(archive, name, data, listed, compress=True)
            for done, blob in enumerate(change_set.blobs, start=1):
                if progress is not None:
                    progress(done, total)
                name = f"{FOLDERS[blob.kind]}/{blob.sha256}"
                _copy(archive, name, blob, copy_blob, listed)
                if blob.kind == "photo":
                    thumbnail = read_thumbnail(blob.sha256)
                    if thumbnail:
                        name = f"{FOLDERS['thumbnail']}/{blob.sha256}"
                        _add(archive, name, thumbnail, listed, compress=False)
            manifest = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "schema_revision": schema_revision,
                "package_id": str(package_id),
                "created_at": dt.datetime.now(dt.UTC).isoformat(),
                "producer": {"device_id": str(producer.device_id), "person": producer.person},
                "enterprise": {
                    "id": str(change_set.enterprise_id),
                    "name": change_set.enterprise_name,
                },
                "scope": "whole" if change_set.since is None else "changes",
                "since": change_set.since,
                "head": change_set.head,
                "received": {str(d): n for d, n in sorted(change_set.received.items(), key=str)},
                "entries": listed,
            }
            archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        if progress is not None:
            progress(total, total)
    return WrittenPackage(
        path,
        package_id,
        path.stat().st_size,
        len(change_set.records),
        len(change_set.entries),
        len(change_set.blobs),
    )


def _add(
    archive: zipfile.ZipFile,
    name: str,
    data: bytes,
    listed: dict[str, dict[str, Any]],
    *,
    compress: bool,
    sha256: str | None = None,
) -> None:
    """JSON is deflated; photos and images (compressed already) are stored as they are."""
    if name in listed:
        return
    archive.writestr(name, data, zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED)
    listed[name] = {"sha256": sha256 or hashlib.sha256(data).hexdigest(), "size": len(data)}


def _copy(
    archive: zipfile.ZipFile,
    name: str,
    blob: Blob,
    copy_blob: Callable[[Blob, Callable[[bytes], Any]], int],
    listed: dict[str, dict[str, Any]],
) -> None:
    """A stored file streamed into an entry of its own, stored as it is (JPEG, PNG and PDF
    are compressed already: deflating 3 GB of photos saved nothing and cost seconds). The
    zip's CRC is computed as the pieces are written; the hash is the one the file is named
    by, checked by `copy_blob` as it reads."""
    if name in listed:
        return
    entry = zipfile.ZipInfo(name, date_time=time.localtime()[:6])  # as `writestr` sets them
    entry.compress_type = zipfile.ZIP_STORED
    entry.external_attr = 0o600 << 16
    with archive.open(entry, "w") as handle:
        size = copy_blob(blob, handle.write)
    listed[name] = {"sha256": blob.sha256, "size": size}


# Reading ----------------------------------------------------------------------------------------


@dataclass
class OpenedPackage:
    """A package checked and parsed; its files are read (and checked) when the merge asks."""

    path: Path
    package_id: uuid.UUID
    producer: Producer
    manifest: dict[str, Any]
    change_set: ChangeSet
    _entries: dict[str, dict[str, Any]]
    _limits: Limits
    # opened once for every file read: opening a zip reads its whole directory again (with
    # 500 photos that was a third of an import)
    _archive: zipfile.ZipFile | None = field(default=None, init=False, repr=False)

    def close(self) -> None:
        if self._archive is not None:
            self._archive.close()
            self._archive = None

    @property
    def from_name(self) -> str:
        return str(self.producer.person.get("name", ""))

    def read_blob(self, blob: Blob) -> bytes:
        """A file's bytes, their size and CRC checked; their hash is the merge's to check
        (storage/exchange_merge.py), once."""
        return self._read_file(f"{FOLDERS[blob.kind]}/{blob.sha256}", blob.sha256)

    def read_thumbnail(self, sha256: str) -> bytes | None:
        name = f"{FOLDERS['thumbnail']}/{sha256}"
        if name not in self._entries:
            return None
        return self._read_file(name, None)

    def _read_file(self, name: str, sha256: str | None) -> bytes:
        if name not in self._entries:
            raise PackageError(f"The package lacks the file {name}.")
        listed = self._entries[name]
        if sha256 is not None and listed.get("sha256") != sha256:
            raise PackageError(f"The file {name} in the package is damaged.")
        if self._archive is None:
            try:
                self._archive = zipfile.ZipFile(self.path)
            except (zipfile.BadZipFile, OSError) as exc:
                raise PackageError(f"{self.path.name} can no longer be read ({exc}).") from exc
        return _read_entry(
            self._archive, name, listed, self._limits.file_entry, hashed=sha256 is None
        )


def read_package(path: str | Path, newest_schema: str, limits: Limits = Limits()) -> OpenedPackage:
    """Check and parse a package; PackageError says what is wrong with it."""
    path = Path(path)
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError as exc:
        raise PackageError(f"{path.name} does not exist.") from exc
    except (zipfile.BadZipFile, OSError) as exc:
        raise PackageError(
            f"{path.name} is not a SCORE package (it is not a zip archive, or it was cut short "
            "while being copied)."
        ) from exc
    with archive:
        infos = _checked_infos(archive, limits)
        manifest = _manifest(archive, infos, limits)
        _check_versions(manifest, newest_schema)
        entries = _listed_entries(manifest, infos)
        documents = {
            name: _json(archive, name, entries, limits) for name in (RECORDS, CHANGES, FILES)
        }
    change_set, producer = _change_set(manifest, documents)
    return OpenedPackage(
        path,
        _uuid(manifest.get("package_id"), "package id"),
        producer,
        manifest,
        change_set,
        entries,
        limits,
    )


def _checked_infos(archive: zipfile.ZipFile, limits: Limits) -> dict[str, zipfile.ZipInfo]:
    infos: dict[str, zipfile.ZipInfo] = {}
    total = 0
    listing = archive.infolist()
    if len(listing) > limits.entries:
        raise PackageError("The package holds too many files to be a SCORE package.")
    for info in listing:
        name = info.filename
        if name.startswith(("/", "\\")) or ".." in name.split("/") or "\\" in name or ":" in name:
            raise PackageError(f"The package holds a file outside its folder ({name[:80]!r}).")
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode) or info.is_dir():
            raise PackageError(f"The package holds a link or folder entry ({name[:80]!r}).")
        if not NAMES.match(name):
            raise PackageError(f"The package holds an unexpected file ({name[:80]!r}).")
        if name in infos:
            raise PackageError(f"The package holds {name} twice.")
        limit = limits.json_entry if name.endswith(".json") else limits.file_entry
        if info.file_size > limit:
            raise PackageError(f"{name} in the package is too large ({info.file_size:,} bytes).")
        if info.file_size > limits.ratio_from and info.file_size > limits.ratio * max(
            info.compress_size, 1
        ):
            raise PackageError(f"{name} in the package unpacks to far more than it holds.")
        total += info.file_size
        if total > limits.total:
            raise PackageError("The package unpacks to more than a package may hold.")
        infos[name] = info
    return infos


def _read_entry(
    archive: zipfile.ZipFile, name: str, listed: dict[str, Any], limit: int, *, hashed: bool = True
) -> bytes:
    """Read at most the listed size (the zip's own header is not trusted) and check it
    (`hashed` False: a file named by its hash, which the merge checks)."""
    size = listed.get("size")
    if not isinstance(size, int) or size < 0 or size > limit:
        raise PackageError(f"The manifest gives {name} an impossible size.")
    try:
        with archive.open(name) as handle:
            # one read of at most one byte more than listed: a stored photo comes out in a
            # single copy (pieces joined afterwards were a second copy of every photo)
            data = handle.read(size + 1)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:  # includes CRC errors
        raise PackageError(f"{name} in the package is damaged ({exc}).") from exc
    if len(data) > size:
        raise PackageError(f"{name} in the package is larger than its manifest says.")
    if len(data) != size or (hashed and hashlib.sha256(data).hexdigest() != listed.get("sha256")):
        raise PackageError(f"{name} in the package does not match its manifest (damaged?).")
    return data


def _manifest(
    archive: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], limits: Limits
) -> dict[str, Any]:
    if MANIFEST not in infos:
        raise PackageError("This zip is not a SCORE package: it has no manifest.")
    if infos[MANIFEST].file_size > 64 << 20:
        raise PackageError("The package's manifest is too large.")
    try:
        manifest = json.loads(archive.read(MANIFEST))
    except (ValueError, zipfile.BadZipFile, OSError) as exc:
        raise PackageError(f"The package's manifest is damaged ({exc}).") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackageError("This zip is not a SCORE package: its manifest is of another kind.")
    return manifest


def _check_versions(manifest: dict[str, Any], newest_schema: str) -> None:
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise PackageError("The package's manifest has no format version.")
    if version > FORMAT_VERSION:
        raise PackageError(
            f"This package was made by a newer version of SCORE Desktop (package format "
            f"{version}); update SCORE Desktop to receive it."
        )
    schema = manifest.get("schema_revision")
    if not isinstance(schema, str) or not re.match(r"^\d{4}_", schema):
        raise PackageError("The package's manifest has no schema revision.")
    if int(schema[:4]) > int(newest_schema[:4]):
        raise PackageError(
            f"This package was made by a newer version of SCORE Desktop (records of "
            f"revision {schema}); update SCORE Desktop to receive it."
        )


def _listed_entries(
    manifest: dict[str, Any], infos: dict[str, zipfile.ZipInfo]
) -> dict[str, dict[str, Any]]:
    listed = manifest.get("entries")
    if not isinstance(listed, dict):
        raise PackageError("The package's manifest does not list its files.")
    present = set(infos) - {MANIFEST}
    if set(listed) != present:
        missing = sorted(set(listed) - present)[:3]
        extra = sorted(present - set(listed))[:3]
        raise PackageError(
            "The package's files do not match its manifest"
            + (f" (missing: {', '.join(missing)})" if missing else "")
            + (f" (not listed: {', '.join(extra)})" if extra else "")
            + "."
        )
    for name, item in listed.items():
        if not isinstance(item, dict) or not isinstance(item.get("sha256"), str):
            raise PackageError(f"The manifest does not give the hash of {name}.")
        if item.get("size") != infos[name].file_size:
            raise PackageError(f"{name} in the package is not the size its manifest says.")
    return listed


def _json(
    archive: zipfile.ZipFile, name: str, entries: dict[str, dict[str, Any]], limits: Limits
) -> Any:
    if name not in entries:
        raise PackageError(f"The package lacks {name}.")
    data = _read_entry(archive, name, entries[name], limits.json_entry)
    try:
        return json.loads(data)
    except ValueError as exc:
        raise PackageError(f"{name} in the package is not valid JSON ({exc}).") from exc


def _change_set(manifest: dict[str, Any], documents: dict[str, Any]) -> tuple[ChangeSet, Producer]:
    enterprise = manifest.get("enterprise")
    producer = manifest.get("producer")
    if not isinstance(enterprise, dict) or not isinstance(producer, dict):
        raise PackageError("The package's manifest does not say whose records it holds.")
    person = producer.get("person")
    if not isinstance(person, dict):
        raise PackageError("The package's manifest does not say who made it.")
    records = documents[RECORDS]
    if not isinstance(records, dict) or not isinstance(records.get("records"), list):
        raise PackageError(f"{RECORDS} in the package has the wrong shape.")
    changes, files = documents[CHANGES], documents[FILES]
    if not isinstance(changes, list) or not isinstance(files, list):
        raise PackageError("The package's changes or files list has the wrong shape.")
    people, references = records.get("people", []), records.get("references", {})
    if not isinstance(people, list) or not isinstance(references, dict):
        raise PackageError(f"{RECORDS} in the package has the wrong shape.")
    name = enterprise.get("name")
    head, since = manifest.get("head"), manifest.get("since")
    change_set = ChangeSet(
        enterprise_id=_uuid(enterprise.get("id"), "enterprise id"),
        enterprise_name=name if isinstance(name, str) else "",
        records=[record_from_json(r, f"record {n + 1}") for n, r in enumerate(records["records"])],
        entries=[entry_from_json(e, f"change {n + 1}") for n, e in enumerate(changes)],
        people=people,
        references=references,
        blobs=[blob_from_json(b, f"file {n + 1}") for n, b in enumerate(files)],
        head=head if isinstance(head, int) else None,
        since=since if isinstance(since, int) else None,
        received=_received(manifest.get("received", {})),
    )
    return change_set, Producer(_uuid(producer.get("device_id"), "device id"), person)


def _received(value: object) -> dict[uuid.UUID, int]:
    """The sender's acknowledgements (absent from format 1: none)."""
    wrong = "The package's manifest says what its sender received in the wrong shape."
    if not isinstance(value, dict):
        raise PackageError(wrong)
    received = {}
    for device, through in value.items():
        if not isinstance(through, int) or isinstance(through, bool) or through < 0:
            raise PackageError(wrong)
        received[_uuid(device, "acknowledging device id")] = through
    return received


def _uuid(value: object, what: str) -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except ValueError as exc:
        raise PackageError(f"The package's {what} is missing or malformed.") from exc
