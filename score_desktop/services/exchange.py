"""Send an enterprise to someone, receive what they sent: packages over the merge engine.

The file is the transport; the change set and its merge are the same ones office sync
will use (domain/exchange.py, storage/exchange_store.py).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from ..domain.bulk import collector_paused
from ..domain.exchange import ExchangeRepository, MergeSummary
from ..domain.history import Person
from .packages import Producer, Progress, WrittenPackage, read_package, write_package


def person_json(person: Person) -> dict[str, str]:
    return {
        "id": str(person.id),
        "name": person.name,
        "role": person.role.value,
        "organisation": person.organisation,
    }


def send_enterprise(
    exchange: ExchangeRepository,
    path: str | Path,
    enterprise_id: uuid.UUID,
    person: Person,
    *,
    to_device: uuid.UUID | None = None,
    changes_only: bool = False,
    progress: Progress | None = None,
) -> WrittenPackage:
    """Write a package of the enterprise: whole, or (`changes_only`, to a device exchanged
    with before) only the records changed since what that device acknowledged in its last
    package (whole when it has acknowledged nothing yet). Sent twice without an answer, the
    changes of the first go again: a lost package loses nothing, and merging is idempotent.
    Every package says what this workspace has merged of each device's changes, so the
    receiver's next package to us can start there."""
    since = None
    if changes_only and to_device is not None:
        since = exchange.acknowledged_through(to_device, enterprise_id)
    with collector_paused():  # tens of thousands of changes read and written as JSON
        change_set = exchange.collect(enterprise_id, since)
        written = write_package(
            path,
            change_set,
            Producer(exchange.device_id(), person_json(person)),
            exchange.schema_revision(),
            exchange.copy_blob,
            exchange.read_thumbnail,
            progress,
        )
    if to_device is not None:
        exchange.mark_sent(to_device, enterprise_id, change_set.head, "")
    return written


@dataclass(frozen=True)
class Received:
    summary: MergeSummary
    enterprise_id: uuid.UUID
    enterprise_name: str
    from_name: str
    from_device: uuid.UUID


def receive_package(exchange: ExchangeRepository, path: str | Path) -> Received:
    """Check and merge a package: all of it, or nothing (PackageError says why)."""
    with collector_paused():  # as send_enterprise
        opened = read_package(path, exchange.schema_revision())
        try:
            summary = exchange.merge(
                opened.change_set,
                package_id=opened.package_id,
                from_device=opened.producer.device_id,
                from_name=opened.from_name,
                read_blob=opened.read_blob,
                read_thumbnail=opened.read_thumbnail,
            )
        finally:
            opened.close()
    change_set = opened.change_set
    return Received(
        summary,
        change_set.enterprise_id,
        change_set.enterprise_name,
        opened.from_name,
        opened.producer.device_id,
    )


def describe(summary: MergeSummary) -> str:
    """The summary in one line, for the command line (the window says it in its language)."""
    if summary.already_received:
        return "This package was received before: nothing changed."
    parts = [
        f"{summary.added} added",
        f"{summary.merged} merged",
        f"{summary.deleted} deleted",
        f"{summary.restored} restored",
        f"{summary.conflicts} left in conflict",
        f"{summary.photos_copied} photos copied",
        f"{summary.photos_held} photos already here",
    ]
    return "Records: " + ", ".join(parts) + "."
