"""GroupedRecords: records by id and by owner, in step through every change."""

import dataclasses
import uuid

from score_desktop.document.record_index import GroupedRecords


@dataclasses.dataclass(frozen=True)
class Record:
    owner: uuid.UUID
    name: str
    id: uuid.UUID = dataclasses.field(default_factory=uuid.uuid4)


def test_records_are_found_by_owner_in_order_and_follow_moves_and_removals():
    a, b = uuid.uuid4(), uuid.uuid4()
    first, second, third = Record(a, "1"), Record(a, "2"), Record(b, "3")
    records = GroupedRecords({"owner": lambda r: r.owner}, [first, second, third])
    assert records.of("owner", a) == [first, second] and records.of("owner", b) == [third]
    renamed = dataclasses.replace(first, name="1 renamed")
    records.put(renamed)  # replaced in place: the order stays
    assert records.of("owner", a) == [renamed, second] and records[first.id] is renamed
    moved = dataclasses.replace(second, owner=b)
    records.put(moved)
    assert records.of("owner", a) == [renamed] and records.of("owner", b) == [third, moved]
    assert records.pop(renamed.id) == renamed
    assert records.of("owner", a) == [] and renamed.id not in records and len(records) == 2
    assert list(records) == [moved, third]  # the set keeps the order records came in
