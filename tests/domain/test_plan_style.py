"""Pin looks and the pin legend: every colour a pin has in a style is in that style's legend,
and nothing else is."""

import dataclasses
import functools
import random
import uuid

import pytest

from score_desktop.domain.hazard import (
    DEFAULT_CATEGORIES,
    NR5_COLOURS,
    Hazard,
    HazardStatus,
    RiskView,
)
from score_desktop.domain.plan_style import (
    PIN_DIAMETERS_PX,
    UNRATED_PIN_COLOUR,
    UNRATED_PIN_PX,
    LegendColour,
    PinStyle,
    pin_legend,
    pin_look,
)
from score_desktop.domain.risk import DEFAULT_METHOD

ENTERPRISE = uuid.uuid4()
CATALOGUE = {c.code: c for c in DEFAULT_CATEGORIES}


def _hazards(count: int, codes: list[str], unrated: bool = False) -> list[Hazard]:
    rng = random.Random(count)
    made = []
    for n in range(count):
        ratings = (("likelihood", float(rng.randint(1, 5))), ("severity", float(rng.randint(1, 5))))
        made.append(
            Hazard(
                enterprise_id=ENTERPRISE,
                title=f"H{n}",
                category_code=codes[n % len(codes)],
                initial=() if unrated and n == 0 else ratings,
            )
        )
    return made


@pytest.mark.parametrize("style", list(PinStyle))
@pytest.mark.parametrize("unrated", [False, True])
def test_the_legend_has_exactly_the_colours_the_pins_have(style, unrated):
    hazards = _hazards(60, ["noise", "fire", "chemical", "retired-code"], unrated)
    legend = pin_legend(style, DEFAULT_METHOD, hazards, DEFAULT_CATEGORIES)
    pins = {pin_look(h, DEFAULT_METHOD, CATALOGUE.get(h.category_code), style)[0] for h in hazards}
    if style is PinStyle.BAND:  # every band is listed, used or not, so the scale reads whole
        assert [e.key for e in legend[: len(DEFAULT_METHOD.bands)]] == [
            b.label for b in DEFAULT_METHOD.bands
        ]
        assert pins <= {e.colour for e in legend}
        assert (LegendColour(UNRATED_PIN_COLOUR, "unrated") in legend) == unrated
    else:
        assert {e.colour for e in legend} == pins
        assert len({(e.kind, e.key) for e in legend}) == len(legend)


def test_categories_in_catalogue_order_then_unknown_codes_in_grey():
    hazards = _hazards(8, ["zz-old", "fire", "mechanical", "aa-old"])
    legend = pin_legend(PinStyle.CATEGORY, DEFAULT_METHOD, hazards, DEFAULT_CATEGORIES)
    assert legend == [
        LegendColour(CATALOGUE["mechanical"].colour, "category", "mechanical"),
        LegendColour(CATALOGUE["fire"].colour, "category", "fire"),
        LegendColour(UNRATED_PIN_COLOUR, "category", "aa-old"),
        LegendColour(UNRATED_PIN_COLOUR, "category", "zz-old"),
    ]


def test_nr5_lists_only_the_groups_in_use_in_their_order():
    hazards = _hazards(6, ["chemical", "noise"])  # chemical group, physical group
    legend = pin_legend(PinStyle.NR5, DEFAULT_METHOD, hazards, DEFAULT_CATEGORIES)
    assert legend == [
        LegendColour(NR5_COLOURS["physical"], "nr5", "physical"),
        LegendColour(NR5_COLOURS["chemical"], "nr5", "chemical"),
    ]


def test_no_hazards_no_colours_but_bands_still_read_whole():
    assert pin_legend(PinStyle.CATEGORY, DEFAULT_METHOD, [], DEFAULT_CATEGORIES) == []
    assert len(pin_legend(PinStyle.BAND, DEFAULT_METHOD, [], DEFAULT_CATEGORIES)) == len(
        DEFAULT_METHOD.bands
    )
    with pytest.raises(ValueError):
        pin_legend(PinStyle.BAND, None, [], DEFAULT_CATEGORIES)


def test_a_pin_shows_the_current_risk_unless_asked_for_another():
    """Rated 16 (Very high), 8 once guarded: while the guard is only proposed the pin is
    red and of the largest size; once controlled, the residual's."""
    open_hazard = Hazard(
        enterprise_id=ENTERPRISE,
        title="Wrapping machine without guard",
        category_code="mechanical",
        initial=(("likelihood", 4.0), ("severity", 4.0)),
        residual=(("likelihood", 2.0), ("severity", 4.0)),
    )
    very_high, medium = DEFAULT_METHOD.bands[3], DEFAULT_METHOD.bands[1]
    band = PinStyle.BAND
    assert pin_look(open_hazard, DEFAULT_METHOD, None, band) == (very_high.colour, 44)
    residual = pin_look(open_hazard, DEFAULT_METHOD, None, band, RiskView.RESIDUAL)
    assert residual[0] == medium.colour and residual[1] < 44
    controlled = dataclasses.replace(open_hazard, status=HazardStatus.CONTROLLED)
    assert pin_look(controlled, DEFAULT_METHOD, None, band) == residual
    assert pin_look(controlled, DEFAULT_METHOD, None, band, RiskView.INITIAL)[0] == (
        very_high.colour
    )


def test_the_band_legend_lists_not_rated_for_pins_unrated_in_its_view():
    rated_once = Hazard(
        enterprise_id=ENTERPRISE,
        title="Noise",
        category_code="noise",
        initial=(("likelihood", 3.0), ("severity", 3.0)),
    )
    unrated = LegendColour(UNRATED_PIN_COLOUR, "unrated")
    legend = functools.partial(pin_legend, PinStyle.BAND, DEFAULT_METHOD, [rated_once], [])
    assert unrated not in legend(RiskView.CURRENT)
    assert unrated in legend(RiskView.RESIDUAL)  # not re-rated yet


@pytest.mark.parametrize("style", list(PinStyle))
def test_an_unrated_hazard_has_a_neutral_pin_and_a_not_rated_entry_in_every_style(style):
    rated, unrated = _hazards(2, ["fire", "chemical"])
    unrated = dataclasses.replace(unrated, initial=())
    look = pin_look(unrated, DEFAULT_METHOD, CATALOGUE["chemical"], style)
    assert look == (UNRATED_PIN_COLOUR, UNRATED_PIN_PX)
    assert PIN_DIAMETERS_PX[0] < UNRATED_PIN_PX  # not the size of the lowest band
    legend = pin_legend(style, DEFAULT_METHOD, [rated, unrated], DEFAULT_CATEGORIES)
    assert legend[-1] == LegendColour(UNRATED_PIN_COLOUR, "unrated")
    if style is PinStyle.CATEGORY:  # the unrated hazard's category has no pin of its colour
        assert [e.key for e in legend[:-1]] == ["fire"]
