"""A laptop's workspace and the office server, brought together: the laptop's changes go up,
the others' come down, through the same change sets and merge engine as exchange packages.

Each enterprise is one push and one pull, each one transaction on the side that receives it:
- **Push**: the laptop's changes after what it last sent to the server (its own change-log
  sequence), merged into the server. The batch's id is derived from the laptop's device,
  the enterprise and the head sent, so a batch sent again after a cut-off sync (the server
  committed, the laptop never heard) is recognised and applied once.
- **Pull**: the server's changes after what the server last sent to this laptop, where the
  server's sequence is its own gap-free order of accepted changes (migration 0016), read in
  one snapshot, less the records only this laptop changed since (it holds those changes).
  The mark is moved on the server only after the laptop committed the merge; a pull cut
  off before that is simply pulled again (the merge is idempotent by change id).
Laptop clocks play no part in any of it. Photos and plan images travel only where the
receiving side lacks their hash (the merge asks for the bytes of what it misses).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from ..domain.bulk import collector_paused
from ..domain.errors import NotFoundError
from ..domain.exchange import ChangeSet, MergeSummary
from ..storage.database import Workspace
from ..storage.exchange_store import SqlExchange
from ..storage.office_server import office_workspace
from ..storage.portfolio_repository import SqlPortfolioRepository

BATCHES = uuid.UUID("6a1f3c52-54d4-4f6e-9d55-0c0ffee5e7a1")  # namespace of batch ids

Progress = Callable[[int, int, str], bool]  # (done, total, what) -> go on?


@dataclass
class SyncResult:
    pushed: int = 0  # change-log entries sent up
    pulled: int = 0  # change-log entries brought down
    conflicts: int = 0
    enterprises: int = 0
    cancelled: bool = False
    summaries: list[MergeSummary] = field(default_factory=list)


def batch_id(device: uuid.UUID, enterprise_id: uuid.UUID, head: int | None) -> uuid.UUID:
    return uuid.uuid5(BATCHES, f"{device}/{enterprise_id}/{head}")


def sync(
    laptop: Workspace,
    server: Workspace,
    *,
    name: str,
    progress: Progress = lambda _done, _total, _what: True,
) -> SyncResult:
    """Push then pull every enterprise the two sides share or either side has.

    `name` is how the server's people know this laptop (its user). `progress` may stop the
    sync between two enterprises by returning False: what was done stays done.
    """
    local, office = SqlExchange(laptop), SqlExchange(office_workspace(server))
    reader = SqlExchange(office_workspace(server, snapshot=True))
    laptop_device, server_device = local.device_id(), office.device_id()
    # an enterprise synced before and deleted since, here or there, has a deletion to carry
    held = _enterprise_ids(laptop) | local.exchanged_with(server_device)
    ids = held | _enterprise_ids(server)
    result = SyncResult()
    for done, enterprise_id in enumerate(sorted(ids, key=str)):
        if not progress(done, len(ids), str(enterprise_id)):
            result.cancelled = True
            return result
        with collector_paused():  # one enterprise's records and changes, in and out
            if enterprise_id in held:
                result.pushed += _push(local, office, enterprise_id, laptop_device, name, result)
            result.pulled += _pull(
                (reader, office), local, enterprise_id, laptop_device, server_device, result
            )
        result.enterprises += 1
    progress(len(ids), len(ids), "")
    return result


def _enterprise_ids(workspace: Workspace) -> set[uuid.UUID]:
    return {e.id for e in SqlPortfolioRepository(workspace).list_enterprises()}


def _push(
    local: SqlExchange,
    office: SqlExchange,
    enterprise_id: uuid.UUID,
    laptop_device: uuid.UUID,
    name: str,
    result: SyncResult,
) -> int:
    server_device = office.device_id()
    since = local.sent_through(server_device, enterprise_id)
    change_set = local.collect(enterprise_id, since)
    if not _news(change_set, since):
        return 0
    summary = office.merge(
        change_set,
        package_id=batch_id(laptop_device, enterprise_id, change_set.head),
        from_device=laptop_device,
        from_name=name,
        read_blob=local.read_blob,
        read_thumbnail=local.read_thumbnail,
        in_step=True,
    )
    local.mark_sent(server_device, enterprise_id, change_set.head, "office")
    result.summaries.append(summary)
    return len(change_set.entries)


def _pull(
    office: tuple[SqlExchange, SqlExchange],
    local: SqlExchange,
    enterprise_id: uuid.UUID,
    laptop_device: uuid.UUID,
    server_device: uuid.UUID,
    result: SyncResult,
) -> int:
    reader, writer = office
    since = reader.sent_through(laptop_device, enterprise_id)
    try:
        # what the laptop itself sent (this sync's push, say) does not come back down
        change_set = reader.collect(enterprise_id, since, skip_device=laptop_device)
    except NotFoundError:  # one the login no longer sees (its deletion synced, unassigned)
        return 0
    if not _news(change_set, since):
        return 0
    if not change_set.entries:
        writer.mark_sent(laptop_device, enterprise_id, change_set.head, "")
        return 0
    summary = local.merge(
        change_set,
        package_id=batch_id(server_device, enterprise_id, change_set.head),
        from_device=server_device,
        from_name="office",
        read_blob=reader.read_blob,
        read_thumbnail=reader.read_thumbnail,
        in_step=True,
    )
    writer.mark_sent(laptop_device, enterprise_id, change_set.head, "")
    result.conflicts += summary.conflicts
    result.summaries.append(summary)
    return len(change_set.entries)


def _news(change_set: ChangeSet, since: int | None) -> bool:
    return change_set.head is not None and (since is None or change_set.head > since)
