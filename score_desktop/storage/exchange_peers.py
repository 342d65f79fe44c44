"""What a merge learns about the device a change set came from (`exchange_peers`).

Packages of changes rest on acknowledgement (docs/package-format.md, `received`): a package
of changes to a device starts at the last sequence of ours that device is known to hold,
never at what was last sent to it, so a package lost on the way is carried by the next one.
A device is known to hold our changes up to a sequence in two ways:
- it says so: its change set's `received` gives, for our device, our last sequence it had
  merged when it wrote the package;
- it shows so: a whole change set holds every change of its log, so every change of ours
  up to the first one missing from it is held there.
The latest package's word counts, even if lower than an earlier one (a package arriving
late, a workspace back from a backup): that only makes the next package larger.
"""

from __future__ import annotations

import uuid

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from ..domain.exchange import ChangeSet
from .exchange_rows import LOG
from .exchange_schema import ExchangePeerRow
from .history_recorder import HistoryContext, device_id_of
from .raw_values import hex_of
from .schema import utcnow


def note_peer(
    session: Session,
    context: HistoryContext,
    change_set: ChangeSet,
    from_device: uuid.UUID,
    from_name: str,
) -> None:
    """After a merge (flushed, in its transaction): the sender's name, when it was heard
    from, what it holds of ours, and what we now hold of its changes."""
    peer = session.get(ExchangePeerRow, (from_device, change_set.enterprise_id))
    if peer is None:
        peer = ExchangePeerRow(device_id=from_device, enterprise_id=change_set.enterprise_id)
        session.add(peer)
    peer.person_name = from_name
    peer.received_at = utcnow()
    said = change_set.received.get(device_id_of(session, context))
    shown = _held_in_whole(session, change_set) if change_set.since is None else None
    known = [n for n in (said, shown) if n is not None]
    if known:
        peer.acknowledged_through = max(known)
        peer.acknowledged_at = utcnow()
    _note_received(peer, change_set)


def _held_in_whole(session: Session, change_set: ChangeSet) -> int | None:
    """Our last sequence up to which every change of ours to the enterprise is in this
    whole change set (so its sender holds them); None if the first one is not."""
    arrived = {entry.change_id.hex for entry in change_set.entries}
    through = None
    # ids as the driver gives them (SQLite's text, PostgreSQL's uuid): converting 50,000 of
    # them through the column's type cost more than the rest of the walk
    rows = session.execute(
        select(LOG.c.sequence, type_coerce(LOG.c.change_id, String))
        .where(LOG.c.enterprise_id == change_set.enterprise_id)
        .order_by(LOG.c.sequence)
    )
    for sequence, change_id in rows:
        if hex_of(change_id) not in arrived:
            break
        through = sequence
    return through


def _note_received(peer: ExchangePeerRow, change_set: ChangeSet) -> None:
    """What we now hold of the sender's changes (its sequence), which our packages tell it:
    all of them up to its head if the change set covered everything after what we held
    before; after a gap (a package of theirs lost), what we held stays the mark."""
    head, since, held = change_set.head, change_set.since, peer.received_through
    if head is None:
        return
    if since is None:
        peer.received_through = head
    elif held is not None and since <= held:
        peer.received_through = max(held, head)
