import pickle
import uuid

import pytest

from score_desktop.storage.raw_values import json_list_of, uuid_from_int, uuid_of


@pytest.mark.parametrize("number", [0, 1, uuid.uuid4().int, (1 << 128) - 1])
def test_a_uuid_made_from_its_int_is_the_standard_one_in_every_way(number):
    made, standard = uuid_from_int(number), uuid.UUID(int=number)
    assert type(made) is uuid.UUID
    assert made == standard and hash(made) == hash(standard)
    assert (str(made), made.hex, made.version, made.is_safe) == (
        str(standard),
        standard.hex,
        standard.version,
        standard.is_safe,
    )
    assert pickle.loads(pickle.dumps(made)) == standard
    assert {standard: "found"}[made] == "found"


@pytest.mark.parametrize("number", [-1, 1 << 128])
def test_an_int_out_of_a_uuids_range_is_refused(number):
    with pytest.raises(ValueError):
        uuid_from_int(number)


def test_stored_ids_are_read_in_any_of_their_forms():
    standard = uuid.uuid4()
    assert uuid_of(standard.hex) == uuid_of(str(standard)) == uuid_of(standard) == standard


def test_json_texts_are_decoded_together_or_one_by_one_alike():
    texts = ["[[1, 2]]", " [[3.5, -4]] ", "[]", '{"a": [1]}']
    assert json_list_of(texts) == [[[1, 2]], [[3.5, -4]], [], {"a": [1]}]
    assert json_list_of([]) == []
    parsed = [[[1, 2]], None]  # a driver that parses JSON itself
    assert json_list_of(parsed) == parsed
