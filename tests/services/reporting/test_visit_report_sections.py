"""The visit report's plan, photos, before/after pairs, summary, signatures and options, on a
real demo workspace with real photos."""

import dataclasses
import datetime as dt
import re
import subprocess
import unicodedata

import pytest
from pypdf import PdfReader
from reportlab.lib.rl_accel import fp_str

from score_desktop.domain.hazard import DEFAULT_CATEGORIES, HazardStatus, RiskView
from score_desktop.domain.plan_style import PinStyle
from score_desktop.services.demo import DEMO_ENTERPRISE_ID
from score_desktop.services.reporting.options import (
    Logo,
    Paper,
    ReportOptions,
    Section,
)
from score_desktop.services.reporting.progress import ExportCancelled, ExportProgress
from tests.services.reporting.conftest import (
    TODAY,
    image_objects,
    pdf_text,
    pdftotext,
    png_bytes,
    replace,
    write,
)


def test_the_floor_plan_is_drawn_as_vectors_on_a_landscape_page(repositories, tmp_path):
    path = tmp_path / "visit.pdf"
    write(repositories, path)
    reader = PdfReader(path)
    plan_pages = [p for p in reader.pages if "Floor plan: Cable workshop" in p.extract_text()]
    assert len(plan_pages) == 1
    page = plan_pages[0]
    assert page.mediabox.width > page.mediabox.height  # the wide shed gets a landscape page
    text = " ".join(page.extract_text().split())
    # "10 m": the scale bar's round length by the editor's rule (nice_scale_bar_length)
    for expected in ("Extrusion", "Office 办公室", "QC lab", "H1", "H15", "10 m", "EXIT"):
        assert expected in text, expected
    for legend in (
        "Mechanical / machinery",
        "Fire extinguisher",
        "Emergency exit",
        "3.6 to 7.9 mm across",  # the pins' sizes on paper, as the sheet draws them
    ):
        assert legend in text, legend
    stream = page.get_contents().get_data().decode("latin-1")
    path_operators = re.findall(r"(?<=\s)(?:l|re|c)(?=\s)", stream)  # lines, boxes, curves
    assert len(path_operators) > 200  # the plan is vectors, not a picture
    assert image_objects(path) == {}  # the demo plan has no background image


def test_photos_are_downsampled_embedded_once_and_annotated(repositories, photos, tmp_path):
    path = tmp_path / "visit.pdf"
    result = write(repositories, path)
    assert result.warnings == []
    text = pdf_text(path)
    assert "Hazards in detail" in text and "Before and after" in text
    assert "Caption of before.jpg" in text and "No guard here" in text
    assert "Risk 16 Very high → 8 Medium" in text
    images = image_objects(path)
    # three photos; before and after are placed twice (detail block and pair) but embedded once
    assert len(images) == 3
    assert all("DCTDecode" in filters for _w, _h, filters in images.values())
    # at ~200 dpi for their widest placement: half the text width (84 mm, ~661 px) for the
    # pair, a third of it (55 mm, ~435 px) for the photo only shown in the detail block
    widths = sorted(w for w, _h, _f in images.values())
    assert 425 <= widths[0] <= 445 and all(650 <= w <= 670 for w in widths[1:]), widths


def test_before_after_pair_shows_the_action_behind_the_change(repositories, photos, tmp_path):
    path = tmp_path / "visit.pdf"
    options = ReportOptions(sections=frozenset({Section.BEFORE_AFTER}))
    write(repositories, path, options)
    text = pdf_text(path)
    assert "Before and after" in text and "Unguarded nip point" in text
    assert "Action:" in text
    assert "Hazards in detail" not in text and "Hazard register" not in text


def test_a_damaged_photo_is_reported_and_the_report_is_still_written(
    repositories, photos, tmp_path, workspace
):
    from sqlalchemy import text

    with workspace.engine.begin() as connection:
        connection.execute(
            text("UPDATE photo_blobs SET data = :junk WHERE sha256 = :sha"),
            {"junk": b"not a jpeg any more", "sha": photos[0].sha256},
        )
    path = tmp_path / "visit.pdf"
    result = write(repositories, path)
    assert path.exists()
    assert any("before.jpg" in w and "damaged" in w for w in result.warnings)
    assert len(image_objects(path)) == 2
    assert "Photo could not be read" in pdf_text(path)


def test_summary_and_signature_block(repositories, tmp_path):
    path = tmp_path / "visit.pdf"
    write(repositories, path)
    text = pdf_text(path)
    for expected in (
        "Summary",
        "New hazards",
        "Projects overdue",
        "Signatures",
        "Enterprise manager",
        "Wang Jun",  # the contact person signs for the enterprise
        "Signature and date",
    ):
        assert expected in text, expected


def test_sections_can_be_left_out(repositories, tmp_path):
    path = tmp_path / "short.pdf"
    write(repositories, path, ReportOptions(sections=frozenset({Section.HAZARDS})))
    text = pdf_text(path)
    assert "Hazard register" in text
    for absent in ("Floor plan", "Signatures", "Summary", "Observations", "Risk matrix"):
        assert absent not in text, absent


def test_letter_paper(repositories, tmp_path):
    path = tmp_path / "letter.pdf"
    write(repositories, path, ReportOptions(paper=Paper.LETTER))
    first = PdfReader(path).pages[0]
    assert (float(first.mediabox.width), float(first.mediabox.height)) == (612, 792)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("es", ("Informe de visita SCORE", "Registro de peligros", "Página 1 de", "Firmas")),
        ("zh_CN", ("SCORE 访问报告", "危害登记表", "第 1 页", "签名")),
        ("fr", ("Rapport de visite SCORE", "Registre des dangers", "Page 1 sur", "Signatures")),
        ("vi", ("Báo cáo chuyến thăm SCORE", "Sổ đăng ký mối nguy", "Trang 1 /", "Chữ ký")),
    ],
)
def test_report_labels_follow_the_report_language(repositories, tmp_path, language, expected):
    path = tmp_path / f"{language}.pdf"
    write(repositories, path, ReportOptions(language=language))
    text = pdftotext(path)
    for label in expected:
        assert label in text, label
    assert "Hazard register" not in text


def test_urdu_arabic_amharic_and_burmese_are_set_in_their_fonts(repositories, tmp_path):
    urdu = "مشین پر حفاظتی گارڈ نہیں ہے"
    arabic = "يوجد خطر كهربائي في المصنع"
    amharic = "በማሽኑ ላይ ጥበቃ የለም"
    burmese = "စက်ပေါ်တွင် အကာအကွယ်မရှိပါ"
    path = tmp_path / "scripts.pdf"
    result = write(
        repositories,
        path,
        observations=f"{urdu}\n\n{arabic}\n\n{amharic}\n\n{burmese}\n\nGuard: {urdu} (line 2)",
    )
    assert result.warnings == []
    fonts = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    for family in ("NotoNaskhArabic", "NotoSansEthiopic", "NotoSansMyanmar"):
        assert any(family in f for f in fonts), family
    text = unicodedata.normalize("NFKC", pdftotext(path))
    assert amharic in text
    # shaped glyphs extract as presentation forms (ligatures such as lam-alef do not extract)
    for word in urdu.split() + arabic.split():
        assert unicodedata.normalize("NFKC", word) in text, word
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(path), str(tmp_path / "p")], check=True)


def test_a_ten_thousand_character_hazard_description_flows(repositories, hazard, tmp_path):
    words = ("Drums stacked four high block the aisle; 电缆盘堵塞通道 <b>&. " * 300)[:10_000]
    repositories.hazards.update_hazards([replace(hazard, description=words)])
    path = tmp_path / "long.pdf"
    write(repositories, path)
    text = pdf_text(path)
    assert "Drums stacked four high block the aisle; 电缆盘堵塞通道 <b>&." in text
    pages = len(PdfReader(path).pages)
    assert f"Page {pages} of {pages}" in text


def test_cover_logos_and_an_unreadable_logo(repositories, tmp_path):
    path = tmp_path / "logos.pdf"
    options = ReportOptions(
        logos=(Logo("programme", png_bytes()), Logo("enterprise", b"GIF89a broken"))
    )
    result = write(repositories, path, options)
    assert any("logo could not be read" in w for w in result.warnings)
    first_page_images = PdfReader(path).pages[0]["/Resources"]["/XObject"]
    assert len(first_page_images) == 1


def test_progress_is_reported_and_cancel_leaves_no_file(repositories, photos, tmp_path):
    steps = []
    path = tmp_path / "out" / "visit.pdf"
    path.parent.mkdir()
    write(repositories, path, progress=ExportProgress(report=lambda *s: steps.append(s)))
    assert path.exists()
    totals = {total for _done, total, _what in steps}
    assert len(totals) == 1
    done = [d for d, _t, _w in steps]
    assert done == sorted(done) and done[-1] == totals.pop()
    assert steps[0][2] == "Preparing photos" and steps[-1][2] == "Laying out pages"

    path.unlink()
    calls = []

    def cancel_after_a_few() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(ExportCancelled):
        write(repositories, path, progress=ExportProgress(cancelled=cancel_after_a_few))
    assert list(path.parent.iterdir()) == []


def test_a_folder_that_is_gone_is_said_before_any_photo_is_prepared(repositories, photos, tmp_path):
    steps = []
    path = tmp_path / "unplugged" / "visit.pdf"
    with pytest.raises(FileNotFoundError):
        write(repositories, path, progress=ExportProgress(report=lambda *s: steps.append(s)))
    assert steps == []  # not one photo prepared, not one page laid out


def test_a_tall_busy_plan_gets_a_portrait_page_of_its_own(repositories, tmp_path):
    from score_desktop.domain.floorplan import PlanItem, PlanItemKind
    from score_desktop.domain.geometry import Point
    from score_desktop.services.demo import DEMO_PLAN_ID

    plans = repositories.plans
    old = plans.list_items(DEMO_PLAN_ID)
    plans.delete_items([i.id for i in old])
    racks = [
        PlanItem(
            DEMO_PLAN_ID,
            PlanItemKind.MACHINE,
            (Point(200 + (n % 8) * 300, 200 + (n // 8) * 250),),
            width=220,
            height=120,
            label=f"Rack {n + 1}",
        )
        for n in range(200)  # 8 wide, 25 deep: a tall store
    ]
    plans.add_items(racks)
    path = tmp_path / "tall.pdf"
    write(repositories, path, ReportOptions(sections=frozenset({Section.PLAN})))
    reader = PdfReader(path)
    (page,) = [p for p in reader.pages if "Floor plan" in p.extract_text()]
    assert page.mediabox.height > page.mediabox.width
    text = page.extract_text()
    assert "Rack 1" in text and "Rack 200" in text
    assert text.count("Rack") >= 200  # every label printed, none dropped for size


@pytest.mark.parametrize(
    ("style", "listed", "absent"),
    [
        (PinStyle.NR5, ["Accident", "Chemical", "Physical"], ["Mechanical / machinery"]),
        (PinStyle.BAND, ["Low", "Medium", "High", "Very high"], ["Mechanical / machinery"]),
    ],
)
def test_the_plan_legend_names_what_the_pin_colours_mean_in_each_style(
    repositories, tmp_path, style, listed, absent
):
    path = tmp_path / "visit.pdf"
    write(repositories, path, options=ReportOptions(pin_style=style))
    pages = PdfReader(path).pages
    page = next(p for p in pages if "Floor plan: Cable workshop" in p.extract_text())
    text = " ".join(page.extract_text().split())
    for name in listed:
        assert name in text, name
    for name in absent:
        assert name not in text, name

    if style is PinStyle.NR5:  # only the groups of the plan's hazards
        pinned = [h for h in repositories.hazards.list_hazards(DEMO_ENTERPRISE_ID) if h.position]
        catalogue = {c.code: c for c in DEFAULT_CATEGORIES}
        groups = {catalogue[h.category_code].nr5_group for h in pinned}
        assert ("Biological" in text) == ("biological" in groups)


def test_an_open_hazard_past_its_due_date_is_marked_overdue(repositories, hazard, tmp_path):
    late = replace(hazard, status=HazardStatus.IN_PROGRESS, due_date=TODAY - dt.timedelta(days=3))
    acted_on = replace(late, status=HazardStatus.CONTROLLED)
    texts = []
    for record in (late, acted_on):
        repositories.hazards.update_hazards([record])
        path = tmp_path / f"{record.status}.pdf"
        write(repositories, path)
        register = pdftotext(path).split("Hazard register", 1)[1]
        texts.append(" ".join(register.split()))
    due = late.due_date.isoformat()
    assert f"{due} · In progress · overdue" in texts[0]
    assert f"{due} · Controlled" in texts[1] and f"{due} · Controlled · overdue" not in texts[1]


@pytest.mark.parametrize(
    ("view", "red_pins", "note"),
    [
        (RiskView.CURRENT, 1, "Pins show the current risk"),  # the unguarded wrapping machine
        (RiskView.INITIAL, 2, "Pins show the initial risk"),  # and the guarded nip point
        (RiskView.RESIDUAL, 0, "Pins show the residual risk"),
    ],
)
def test_the_plans_pins_show_the_current_risk_unless_asked_otherwise(
    repositories, tmp_path, view, red_pins, note
):
    path = tmp_path / "visit.pdf"
    options = ReportOptions(sections=frozenset({Section.PLAN}), pin_style=PinStyle.BAND)
    if view is not RiskView.CURRENT:
        options = dataclasses.replace(options, pin_risk=view)
    assert options.pin_risk is view  # the default is the current risk
    write(repositories, path, options=options)
    page = next(p for p in PdfReader(path).pages if "Floor plan" in p.extract_text())
    assert note in " ".join(page.extract_text().split())
    very_high = fp_str(0xE7 / 255, 0x4C / 255, 0x3C / 255) + " rg"  # as reportlab writes it
    stream = page.get_contents().get_data().decode("latin-1")
    assert stream.count(very_high) == red_pins + 1  # each red pin, and the legend's swatch


def test_an_unrated_hazard_is_printed_as_not_rated(repositories, hazard, tmp_path):
    repositories.hazards.update_hazards([replace(hazard, initial=(), residual=())])
    path = tmp_path / "visit.pdf"
    write(repositories, path)
    register = " ".join(pdftotext(path).split("Hazard register", 1)[1].split())
    assert f"{hazard.title}" in register and "not rated" in register
    details = " ".join(pdf_text(path).split("Hazards in detail", 1)[1].split())
    assert "Initial: not rated" in details
