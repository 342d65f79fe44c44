"""User text in and out of DXF drawings: names exported come back as typed (DXF's `%%`,
caret and MTEXT codes escaped), and a background's CJK, Arabic and Vietnamese texts are drawn
in a font that has their letters, not as empty boxes."""

import io
import uuid

import ezdxf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageChops, ImageDraw, ImageFont

from score_desktop.domain.floorplan import FloorPlan, PlanItem, PlanItemKind
from score_desktop.domain.geometry import Point
from score_desktop.domain.hazard import Hazard
from score_desktop.services.plan_dxf import read_dxf, render_dxf
from score_desktop.services.plan_dxf_export import LINE_BREAK, write_plan_dxf
from score_desktop.services.plan_sheet.content import PlanContent
from score_desktop.services.reporting.fonts import report_fonts

# Anything a record may hold: the text rule refuses lone surrogates, NUL and the other C0
# controls but tab, line feed and carriage return, and U+FFFE/U+FFFF.
STORABLE = st.characters(
    blacklist_categories=("Cs",),
    blacklist_characters="".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r")
    + "\ufffe\uffff",
)
CODES = st.sampled_from(
    [
        "%%c",
        "%%d",
        "%%p",
        "%%u",
        "%%o",
        "%%k",
        "%%%",
        "%%",
        "%%123",
        "%",
        "50%",
        "^",
        "^J",
        "^ ",
        "\\P",
        "\\S1/2;",
        "\\~",
        "{",
        "}",
        "\\",
        "\\{",
        "\n",
        "\r\n",
        "\t",
        " ",
        "中文",
        "تقرير",
        "Tiếng Việt",
    ]
)
LABEL = (
    st.lists(st.one_of(CODES, st.text(STORABLE, max_size=6)), min_size=1, max_size=8)
    .map("".join)
    .filter(str.strip)
)


def _read_back(path) -> dict[str, list[str]]:
    doc = ezdxf.readfile(path)
    assert not doc.audit().has_errors
    texts: dict[str, list[str]] = {}
    for entity in doc.modelspace().query("TEXT MTEXT"):
        texts.setdefault(entity.dxf.layer, []).append(entity.plain_text())
    return texts


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=LABEL, title=LABEL, note=LABEL)
def test_any_label_comes_back_from_cad_as_typed(tmp_path, name, title, note):
    plan = FloorPlan(uuid.uuid4(), "Hall", metres_per_unit=0.01)
    square = (Point(0, 0), Point(500, 0), Point(500, 500), Point(0, 500))
    items = [
        PlanItem(plan.id, PlanItemKind.ZONE, square, label=name),
        PlanItem(plan.id, PlanItemKind.LABEL, (Point(900, 900),), label=note),
    ]
    hazard = Hazard(uuid.uuid4(), title, "chemical", plan_id=plan.id, position=Point(100, 100))
    path = tmp_path / "plan.dxf"
    write_plan_dxf(PlanContent(plan, items, [hazard]), path)
    texts = _read_back(path)

    def typed(text: str) -> str:  # a line break is one, however it was typed
        return LINE_BREAK.sub("\n", text)

    assert texts["NAMES"] == [typed(name)]
    assert texts["LABELS"] == [typed(note)]
    assert texts["HAZARDS"] == [typed(title)]


def test_codes_are_written_escaped_and_a_plain_name_as_one_text(tmp_path):
    plan = FloorPlan(uuid.uuid4(), "Hall", metres_per_unit=0.01)
    at = (Point(0, 0),)
    labels = ["Ø 50%", "Tank %%c 2", "Line^Jone", "Office\nfirst floor"]
    items = [PlanItem(plan.id, PlanItemKind.LABEL, at, label=label) for label in labels]
    path = tmp_path / "plan.dxf"
    write_plan_dxf(PlanContent(plan, items), path)
    doc = ezdxf.readfile(path)
    written = {
        e.dxf.text if e.dxftype() == "TEXT" else e.text: e.dxftype()
        for e in doc.modelspace().query("TEXT MTEXT")
    }
    assert written == {
        "Ø 50%": "TEXT",  # a lone percent sign is no code: left as typed
        "Tank %%%%%%c 2": "TEXT",
        "Line^ Jone": "TEXT",
        "Office\\Pfirst floor": "MTEXT",
    }


def _drawn_text(tmp_path, words: str) -> Image.Image:
    """A DXF holding `words` 1 m tall on one layer, drawn as a background (1 cm a pixel)."""
    doc = ezdxf.new("R2010")
    doc.header["$INSUNITS"] = 6
    doc.modelspace().add_text(words, height=1.0, dxfattribs={"layer": "T", "insert": (0, 0)})
    path = tmp_path / "words.dxf"
    doc.saveas(path)
    rendered = render_dxf(read_dxf(path), ["T"])
    return Image.open(io.BytesIO(rendered.image.data)).convert("L")


def _ink(image: Image.Image) -> Image.Image:
    """The inked part, cropped to its bounds."""
    mask = image.point(lambda v: 255 if v < 128 else 0)
    return mask.crop(mask.getbbox())


@pytest.mark.parametrize(
    ("words", "other"),
    [("电缆盘堵塞", "通道口仓库"), ("مخزن المواد", "ورشة الخياطة"), ("Tiếng Việt", "Kho hàng")],
)
def test_non_latin_texts_of_a_background_are_drawn_in_their_letters(tmp_path, words, other):
    drawn = _ink(_drawn_text(tmp_path, words))
    # what a font without these letters draws: the same empty box for every character
    boxes = _ink(_drawn_text(tmp_path, "\ue000" * len(words)))
    assert drawn.size != boxes.size or ImageChops.difference(drawn, boxes).getbbox()
    # two texts of the same length in boxes would be the same pixels; in letters they differ
    second = _ink(_drawn_text(tmp_path, other))
    assert drawn.size != second.size or ImageChops.difference(drawn, second).getbbox()


def test_a_chinese_text_is_drawn_as_the_cjk_font_draws_it(tmp_path):
    """The glyphs match WenQuanYi's (or the chain's other CJK face): ink within a few per cent
    of Pillow drawing the same words in that face at the same size."""
    chain = report_fonts().regular
    words = "电缆盘堵塞"
    cjk = next(f for f in chain.fonts if all(f.covers(c) for c in words))
    drawn = _ink(_drawn_text(tmp_path, words))
    face = ImageFont.truetype(str(cjk.path), 140)  # 1 m tall at 1 cm a pixel: a 1.4 m em
    reference = Image.new("L", (1200, 300), 255)
    ImageDraw.Draw(reference).text((10, 200), words, fill=0, font=face, anchor="ls")
    expected = _ink(reference)
    assert drawn.size == pytest.approx(expected.size, abs=3)
    ink = drawn.histogram()[255]
    expected_ink = expected.histogram()[255]
    assert ink == pytest.approx(expected_ink, rel=0.05)
