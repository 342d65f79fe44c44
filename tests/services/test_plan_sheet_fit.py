"""Text on the plan sheet: widths in the PDF's fonts, and the largest setting of a name that
fits its room. The short cuts taken for speed (a table of ASCII advances, settings refused
before they are measured) must give what the plain way gives."""

import random

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from score_desktop.services.plan_sheet.labels import (
    LEADING,
    FittedText,
    _fitted,
    fit_text,
    wrap_words,
)
from score_desktop.services.plan_sheet.measure import TextMeasure


def _plain_width(measure: TextMeasure, text: str, bold: bool) -> float:
    return sum(stringWidth(run, font, 1.0) for font, run in measure.runs(text, bold))


@pytest.mark.parametrize(
    "text",
    ["Zone 12", "M1999", "Copper & PVC store", "  spaced  ", "~{|}`", "", "Kho thép", "办公室 B"],
)
@pytest.mark.parametrize("bold", [False, True])
def test_a_width_is_reportlabs_width_in_the_fonts_the_pdf_embeds(text, bold):
    measure = TextMeasure()
    assert measure.width(text, 2.5, bold) == _plain_width(measure, text, bold) * 2.5


def test_text_no_font_has_is_still_collected_as_uncovered():
    measure = TextMeasure()
    measure.width("Store \U000e0100", 2.5)
    assert "\U000e0100" in measure.uncovered.chars


def _every_setting(text, room_w, room_h, sizes, measure) -> FittedText | None:
    """Each size from the preferred down, whole then wrapped: fit_text without short cuts."""
    preferred, smallest = sizes
    size = preferred
    while True:
        for lines in (text.split("\n"), wrap_words(text, size, room_w, measure)):
            setting = _fitted(lines, size, measure)
            if setting.width <= room_w and setting.height <= room_h:
                return setting
        if size <= smallest + 1e-9:
            return None
        size = max(smallest, size * 0.85)


def test_fit_text_chooses_what_trying_every_setting_chooses():
    rng = random.Random(28)
    words = ["Zone", "12", "Wire", "drawing", "line", "Corridor", "to", "the", "QC", "lab", "B"]
    measure = TextMeasure()
    fitted = refused = 0
    for _ in range(3000):
        text = rng.choice([" ", "  ", "\n"]).join(rng.sample(words, rng.randint(1, 5)))
        if rng.random() < 0.2:
            text = f" {text}  "
        room_w, room_h = rng.uniform(1, 40), rng.uniform(1, 12)
        sizes = rng.choice([(2.5, 1.8), (2.5 - 25.4 / 72, 1.8), (3.0, 3.0)])
        expected = _every_setting(text, room_w, room_h, sizes, measure)
        assert fit_text(text, room_w, room_h, sizes, measure) == expected, (text, room_w, room_h)
        fitted += expected is not None
        refused += expected is None
    assert fitted > 500 and refused > 500  # both outcomes were tried often


def test_a_name_with_room_for_a_second_line_only_is_wrapped():
    measure = TextMeasure()
    one_line = measure.width("Wire store", 1.8)
    fitted = fit_text("Wire store", one_line * 0.8, 2 * 1.8 * LEADING + 0.01, (2.5, 1.8), measure)
    assert fitted is not None and fitted.lines == ("Wire", "store")
