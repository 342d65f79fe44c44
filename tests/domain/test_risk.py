"""Every method at every band edge, and what a profile or a change of method does."""

import pytest

from score_desktop.domain.errors import ValidationError
from score_desktop.domain.risk import (
    BUILT_IN_METHODS,
    FINE_KINNEY,
    MATRIX_3X3,
    MATRIX_5X5,
    OIRA_FRENCH,
    OIRA_KINNEY,
    Band,
)


@pytest.mark.parametrize(
    ("likelihood", "severity", "score", "band"),
    [
        (1, 1, 1, "low"),
        (2, 2, 4, "low"),
        (1, 5, 5, "medium"),
        (3, 3, 9, "medium"),
        (2, 5, 10, "high"),
        (3, 5, 15, "high"),
        (4, 4, 16, "very_high"),
        (5, 5, 25, "very_high"),
    ],
)
def test_5x5(likelihood, severity, score, band):
    result = MATRIX_5X5.assess({"likelihood": likelihood, "severity": severity})
    assert (result.score, result.band.key) == (score, band)


@pytest.mark.parametrize(
    ("p", "c", "band"),
    [
        (1, 1, "trivial"),
        (1, 2, "tolerable"),
        (2, 1, "tolerable"),
        (1, 3, "moderate"),
        (3, 1, "moderate"),
        (2, 2, "moderate"),
        (2, 3, "important"),
        (3, 2, "important"),
        (3, 3, "intolerable"),
    ],
)
def test_3x3_reproduces_the_spanish_table_cell_by_cell(p, c, band):
    assert MATRIX_3X3.assess({"probability": p, "consequence": c}).band.key == band


@pytest.mark.parametrize(
    ("p", "e", "c", "band"),
    [
        (0.1, 0.5, 1, "acceptable"),
        (1, 6, 3, "acceptable"),  # 18
        (1, 2, 10, None),
        (1, 10, 1, "acceptable"),
    ],
)
def test_fine_kinney_low_band(p, e, c, band):
    values = {"probability": p, "exposure": e, "consequence": c}
    if band is None:
        with pytest.raises(ValidationError):
            FINE_KINNEY.assess(values)  # 10 is not a consequence level
    else:
        assert FINE_KINNEY.assess(values).band.key == band


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (19.9, "acceptable"),
        (20, "possible"),
        (70, "possible"),
        (70.5, "substantial"),
        (200, "substantial"),
        (201, "high"),
        (400, "high"),
        (400.1, "very_high"),
        (6000, "very_high"),
    ],
)
def test_fine_kinney_band_edges(score, band):
    assert FINE_KINNEY.band_of(score)[1].key == band


def test_fine_kinney_full_product():
    result = FINE_KINNEY.assess({"probability": 6, "exposure": 6, "consequence": 15})
    assert result.score == 540 and result.band.key == "very_high"


@pytest.mark.parametrize(
    ("p", "f", "s", "score", "band"),
    [
        (1, 1, 1, 1, "low"),
        (3, 1, 5, 15, "low"),
        (1, 4, 5, 20, "medium"),
        (5, 1, 10, 50, "medium"),
        (3, 4, 5, 60, "high"),
        (5, 7, 10, 350, "high"),
    ],
)
def test_oira_kinney(p, f, s, score, band):
    result = OIRA_KINNEY.assess({"probability": p, "frequency": f, "severity": s})
    assert (result.score, result.band.key) == (score, band)


@pytest.mark.parametrize(
    ("f", "s", "score", "band"),
    [
        (9, 1, 9, "low"),
        (1, 10, 10, "medium"),
        (9, 5, 45, "medium"),
        (7, 7, 49, "high"),
        (9, 10, 90, "high"),
    ],
)
def test_oira_french(f, s, score, band):
    result = OIRA_FRENCH.assess({"frequency": f, "severity": s})
    assert (result.score, result.band.key) == (score, band)


@pytest.mark.parametrize(
    ("values", "problem"),
    [
        ({"likelihood": 6, "severity": 1}, "likelihood"),
        ({"likelihood": 1}, "severity"),
        ({"likelihood": 1, "severity": 1, "exposure": 3}, "factors"),
    ],
)
def test_out_of_range_or_missing_ratings_are_refused(values, problem):
    with pytest.raises(ValidationError) as caught:
        MATRIX_5X5.assess(values)
    assert problem in caught.value.problems


def test_every_method_has_ordered_bands_ending_open():
    for method in BUILT_IN_METHODS.values():
        method.with_bands(method.bands)  # the built-ins pass their own checks
        assert method.max_score > 0


def test_a_profile_moves_thresholds_and_renames():
    profile = MATRIX_5X5.with_bands(
        (
            Band("ok", "Acceptable", 6, "#00FF00"),
            Band("act", "Act", 12, "#FFAA00"),
            Band("stop", "Stop", None, "#FF0000"),
        ),
        name="Programme profile",
    )
    assert profile.assess({"likelihood": 2, "severity": 3}).band.label == "Acceptable"
    assert profile.assess({"likelihood": 4, "severity": 3}).band.label == "Act"
    assert profile.name == "Programme profile"


@pytest.mark.parametrize(
    "bands",
    [
        (
            Band("a", "A", 5, "#000000"),
            Band("b", "B", 3, "#000000"),
            Band("c", "C", None, "#000000"),
        ),
        (Band("a", "A", 5, "#000000"),),
        (Band("a", "A", None, "#000000"), Band("b", "B", None, "#000000")),
    ],
)
def test_bad_profiles_are_refused(bands):
    with pytest.raises(ValidationError):
        MATRIX_5X5.with_bands(bands)


def test_carry_over_keeps_relative_ranks_and_fills_missing_roles():
    five = {"likelihood": 5, "severity": 1}
    assert MATRIX_3X3.carry_over(five, MATRIX_5X5) == {"probability": 3, "consequence": 1}
    kinney = OIRA_KINNEY.carry_over(five, MATRIX_5X5)
    assert kinney == {"probability": 5, "frequency": 4, "severity": 1}  # exposure: middle
    back = MATRIX_5X5.carry_over({"probability": 2, "consequence": 3}, MATRIX_3X3)
    assert back == {"likelihood": 3, "severity": 5}


def test_a_named_profile_keeps_factors_and_gets_its_own_key():
    import uuid

    from score_desktop.domain.risk import PROFILE_PREFIX, make_profile

    profile_id = uuid.uuid4()
    bands = (
        Band("low", "Acceptable", 6, "#00AA00"),
        Band("mid", "Act soon", 14, "#FFAA00"),
        Band("top", "Stop", None, "#FF0000"),
    )
    profile = make_profile(profile_id, " Peru office ", "5x5", bands)
    assert profile.key == f"{PROFILE_PREFIX}{profile_id}" and profile.name == "Peru office"
    assert profile.factors == MATRIX_5X5.factors
    assert profile.assess({"likelihood": 2, "severity": 3}).band.label == "Acceptable"
    with pytest.raises(ValidationError):
        make_profile(profile_id, "  ", "5x5", bands)


def test_stored_ratings_are_assessed_once_per_method_and_per_profile():
    ratings = (("likelihood", 4.0), ("severity", 3.0))
    first = MATRIX_5X5.rated(ratings)
    assert first == MATRIX_5X5.assess({"likelihood": 4, "severity": 3})
    assert MATRIX_5X5.rated(ratings) is first  # remembered, not recomputed
    assert MATRIX_5X5.rated(()) is None
    assert MATRIX_5X5.rated((("probability", 3.0), ("consequence", 3.0))) is None  # 3x3 keys
    assert MATRIX_5X5.rated((("likelihood", 9.0), ("severity", 3.0))) is None
    strict = MATRIX_5X5.with_bands(
        (Band("ok", "Acceptable", 6, "#00FF00"), Band("stop", "Stop", None, "#FF0000"))
    )
    assert strict.rated(ratings).band.key == "stop"  # its own answers, not the method's
    assert MATRIX_5X5.rated(ratings).band.key == "high"
    assert strict != MATRIX_5X5 and MATRIX_5X5.with_bands(MATRIX_5X5.bands) == MATRIX_5X5
