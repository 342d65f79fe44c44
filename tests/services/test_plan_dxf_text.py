"""User text in and out of DXF drawings: names exported come back as typed (DXF's `%%`,
caret and MTEXT codes escaped), and a background's CJK, Arabic and Vietnamese texts are drawn
in a font that has their letters, not as empty boxes."""

import uuid

import ezdxf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from score_desktop.domain.floorplan import FloorPlan, PlanItem, PlanItemKind
from score_desktop.domain.geometry import Point
from score_desktop.domain.hazard import Hazard
from score_desktop.services.plan_dxf_export import LINE_BREAK, write_plan_dxf
from score_desktop.services.plan_sheet.content import PlanContent

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
