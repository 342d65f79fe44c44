import datetime as dt
import uuid

import pytest

from score_desktop.domain.catalogues import DEFAULT_MODULES, VISIT_TYPE_LABELS, VisitType
from score_desktop.domain.enterprise import Enterprise, Headcount
from score_desktop.domain.errors import ValidationError
from score_desktop.domain.visit import Visit, latest_visit


def test_headcount_totals_and_share_of_women():
    h = Headcount(workers_women=41, workers_men=67, managers_women=4, managers_men=9)
    assert (h.workers, h.managers, h.women, h.men, h.total) == (108, 13, 45, 76, 121)
    assert h.share_women == pytest.approx(45 / 121)


def test_empty_headcount_has_no_share():
    assert Headcount().share_women is None


def test_enterprise_validation_lists_every_problem():
    bad = Enterprise(name="  ", email="not-an-address", headcount=Headcount(workers_men=-1))
    with pytest.raises(ValidationError) as caught:
        bad.validate()
    assert set(caught.value.problems) == {"name", "email", "workers_men"}


@pytest.mark.parametrize("email", ["", "li.mei@example.cn", "a@b.co"])
def test_enterprise_accepts_empty_or_plausible_email(email):
    Enterprise(name="X", email=email).validate()


def test_location_joins_the_parts_that_are_present():
    assert Enterprise(name="X", region="Deyang", country="China").location == "Deyang, China"
    assert Enterprise(name="X", country="Peru").location == "Peru"


def test_visit_next_date_cannot_precede_visit():
    visit = Visit(
        enterprise_id=uuid.uuid4(),
        date=dt.date(2026, 5, 2),
        next_visit_date=dt.date(2026, 5, 1),
    )
    with pytest.raises(ValidationError) as caught:
        visit.validate()
    assert list(caught.value.problems) == ["next_visit_date"]


def test_latest_visit_is_the_most_recent_by_date():
    eid = uuid.uuid4()
    visits = [Visit(eid, dt.date(2026, m, 1)) for m in (3, 9, 6)]
    assert latest_visit(visits).date == dt.date(2026, 9, 1)
    assert latest_visit([]) is None


def test_catalogues_cover_every_visit_type_and_the_seven_modules():
    assert set(VISIT_TYPE_LABELS) == set(VisitType)
    assert [m.code for m in DEFAULT_MODULES] == ["WC", "QM", "CP", "HRM", "OSH", "GENDER", "COVID"]


def test_a_currency_must_be_an_iso_code():
    import pytest

    from score_desktop.domain.enterprise import Enterprise
    from score_desktop.domain.errors import ValidationError

    Enterprise(name="A", currency="VND").validate()
    Enterprise(name="A").validate()  # empty: the country's
    with pytest.raises(ValidationError) as caught:
        Enterprise(name="A", currency="U$D").validate()
    assert "currency" in caught.value.problems
