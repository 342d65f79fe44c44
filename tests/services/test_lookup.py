import datetime as dt

import pytest

from score_desktop.domain.errors import AmbiguousMatchError, NotFoundError
from score_desktop.services.lookup import find_enterprise, find_visit
from tests.builders import make_enterprise, make_visit

A = make_enterprise("Deyang Hongxing Cable")
B = make_enterprise("Deyang Machinery Works")
C = make_enterprise("Cable")


def test_enterprise_by_id_or_case_insensitive_part_of_name():
    enterprises = [A, B, C]
    assert find_enterprise(enterprises, str(B.id)) == B
    assert find_enterprise(enterprises, "hongxing") == A
    assert find_enterprise(enterprises, "CABLE") == C  # the exact name wins over parts


def test_enterprise_lookup_errors_say_what_went_wrong():
    with pytest.raises(AmbiguousMatchError, match="several"):
        find_enterprise([A, B], "deyang")
    with pytest.raises(NotFoundError, match="No enterprise name contains"):
        find_enterprise([A], "Lima")
    with pytest.raises(NotFoundError, match="id"):
        find_enterprise([A], str(B.id))


def test_visit_by_id_date_or_latest():
    first = make_visit(A, dt.date(2026, 1, 10))
    second = make_visit(A, dt.date(2026, 3, 5))
    visits = [second, first]
    assert find_visit(visits, "latest") == second
    assert find_visit(visits, "2026-01-10") == first
    assert find_visit(visits, str(first.id)) == first


def test_visit_lookup_errors():
    one = make_visit(A, dt.date(2026, 1, 10))
    twin = make_visit(A, dt.date(2026, 1, 10))
    with pytest.raises(AmbiguousMatchError, match="Several visits"):
        find_visit([one, twin], "2026-01-10")
    with pytest.raises(NotFoundError, match="No visit on"):
        find_visit([one], "2026-02-01")
    with pytest.raises(NotFoundError, match="neither"):
        find_visit([one], "yesterday")
    with pytest.raises(NotFoundError, match="no visits"):
        find_visit([], "latest")
