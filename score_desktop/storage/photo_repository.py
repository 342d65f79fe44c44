"""Photo bytes by content hash (stored once, verified on every read) and photo records."""

import hashlib
import uuid

from sqlalchemy import select

from ..domain.errors import IntegrityError, NotFoundError
from ..domain.geometry import Point
from ..domain.photo import Annotation, Photo, PhotoKind, PhotoPin
from .repository_base import SqlRepository, delete_records, user_errors
from .schema import PhotoBlobRow, PhotoRow

FIELDS = (
    "enterprise_id",
    "sha256",
    "width",
    "height",
    "original_name",
    "caption",
    "taken_at",
    "camera",
    "hazard_id",
    "visit_id",
    "zone_id",
)


def _write(row: PhotoRow, photo: Photo) -> None:
    for name in FIELDS:
        setattr(row, name, getattr(photo, name))
    row.kind = photo.kind.value
    pin = photo.pin
    row.pin_plan_id = pin.plan_id if pin else None
    row.pin_x, row.pin_y = (pin.position.x, pin.position.y) if pin else (None, None)
    row.pin_bearing = pin.bearing if pin else None
    row.annotations = [a.to_json() for a in photo.annotations]


def _read(row: PhotoRow) -> Photo:
    pin = None
    if row.pin_plan_id is not None and row.pin_x is not None and row.pin_y is not None:
        pin = PhotoPin(row.pin_plan_id, Point(row.pin_x, row.pin_y), row.pin_bearing or 0.0)
    return Photo(
        id=row.id,
        kind=PhotoKind(row.kind),
        pin=pin,
        annotations=tuple(Annotation.from_json(a) for a in row.annotations or ()),
        **{name: getattr(row, name) for name in FIELDS},
    )


class SqlPhotoRepository(SqlRepository):
    @user_errors
    def store_blob(self, data: bytes, thumbnail: bytes, media_type: str) -> tuple[str, bool]:
        """Keep bytes once per content; returns (sha256, whether they were new)."""
        digest = hashlib.sha256(data).hexdigest()
        with self._transaction() as session:
            if session.get(PhotoBlobRow, digest) is not None:
                return digest, False
            session.add(
                PhotoBlobRow(sha256=digest, media_type=media_type, data=data, thumbnail=thumbnail)
            )
            return digest, True

    @user_errors
    def load_blob(self, sha256: str) -> bytes:
        """The photo's bytes, checked against their hash: damage is reported, never shown."""
        with self._transaction() as session:
            row = session.get(PhotoBlobRow, sha256)
            if row is None:
                raise NotFoundError(f"No stored photo {sha256[:12]}….")
            if hashlib.sha256(row.data).hexdigest() != sha256:
                raise IntegrityError(
                    "A stored photo is damaged: its content no longer matches its checksum "
                    f"({sha256[:12]}…). Import it again from the original file."
                )
            return row.data

    @user_errors
    def load_thumbnail(self, sha256: str) -> bytes:
        thumbnails = self.load_thumbnails([sha256])
        if sha256 not in thumbnails:
            raise NotFoundError(f"No stored photo {sha256[:12]}….")
        return thumbnails[sha256]

    @user_errors
    def load_thumbnails(self, hashes: list[str]) -> dict[str, bytes]:
        """Many thumbnails in one query (a gallery of a hundred photos opens at once)."""
        query = select(PhotoBlobRow.sha256, PhotoBlobRow.thumbnail).where(
            PhotoBlobRow.sha256.in_(set(hashes))
        )
        with self._transaction() as session:
            return {sha256: data for sha256, data in session.execute(query)}

    @user_errors
    def add_photos(self, photos: list[Photo]) -> None:
        with self._transaction() as session:
            stored = set(
                session.scalars(
                    select(PhotoBlobRow.sha256).where(
                        PhotoBlobRow.sha256.in_({p.sha256 for p in photos})
                    )
                )
            )
            for photo in photos:
                if photo.sha256 not in stored:
                    raise NotFoundError(f"The bytes of {photo.original_name} were not stored.")
                row = PhotoRow(id=photo.id)
                _write(row, photo)
                session.add(row)

    @user_errors
    def update_photos(self, photos: list[Photo]) -> None:
        with self._transaction() as session:
            for photo in photos:
                row = session.get(PhotoRow, photo.id)
                if row is None:
                    raise NotFoundError(f"No photo with id {photo.id}.")
                _write(row, photo)

    @user_errors
    def list_photos(self, enterprise_id: uuid.UUID | None = None) -> list[Photo]:
        query = select(PhotoRow).order_by(PhotoRow.created_at)
        if enterprise_id is not None:
            query = query.where(PhotoRow.enterprise_id == enterprise_id)
        with self._transaction() as session:
            return [_read(row) for row in session.scalars(query)]

    @user_errors
    def delete_photos(self, photo_ids: list[uuid.UUID]) -> None:
        """Delete records; the bytes stay (another record, or undo, may still need them)."""
        with self._transaction() as session:
            delete_records(session, PhotoRow, photo_ids, "photo")
